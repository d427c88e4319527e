#!/usr/bin/env bash
# Rebuilds the JavaScript that `claimgraph view` inlines into its pages, from
# the pinned lockfile in vendor/view/ (run by a maintainer, by hand, after
# changing vendor/view/package.json; `cargo build` never needs Node).
#
# It installs the exact versions of package-lock.json with `npm ci`, copies
# each package's own minified UMD bundle and its licence into
# vendor/view/dist/, and rewrites vendor/view/dist/VENDOR.md with each file's
# name, version, SHA-256 and source. `cargo test --lib present::view::vendor`
# fails when a file and its VENDOR.md entry disagree.
# Usage: scripts/vendor-view.sh
set -euo pipefail
cd "$(dirname "$0")/../vendor/view"

npm ci --ignore-scripts --no-audit --no-fund
mkdir -p dist

# package  file in the package                 committed as
files="
sigma       dist/sigma.min.js                 sigma.min.js
sigma       LICENSE.txt                       sigma.LICENSE.txt
graphology  dist/graphology.umd.min.js        graphology.umd.min.js
graphology  LICENSE.txt                       graphology.LICENSE.txt
"

{
  echo "# Vendored JavaScript for \`claimgraph view\`"
  echo
  echo "Written by \`scripts/vendor-view.sh\` from \`vendor/view/package-lock.json\`; do not edit by"
  echo "hand. Each file is copied unchanged from the package's npm tarball."
  echo
  echo "| file | package | version | licence | SHA-256 | source |"
  echo "|---|---|---|---|---|---|"
  echo "$files" | while read -r package path name; do
    [ -z "$package" ] && continue
    cp "node_modules/$package/$path" "dist/$name"
    version=$(node -p "require('./node_modules/$package/package.json').version")
    licence=$(node -p "require('./node_modules/$package/package.json').license")
    sha=$(sha256sum "dist/$name" | cut -d' ' -f1)
    echo "| \`$name\` | $package | $version | $licence | \`$sha\` | https://registry.npmjs.org/$package/-/$package-$version.tgz (\`package/$path\`) |"
  done
} > dist/VENDOR.md
cat dist/VENDOR.md
