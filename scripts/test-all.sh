#!/usr/bin/env bash
# Every test, with the real clients installed: Graphviz for the DOT export,
# Python's pyld and jsonschema (in .venv/) for the ClaimReview export, pyoxigraph
# and rdflib for the RDF exports, networkx and lxml for the GraphML and GEXF
# exports, html5lib for the HTML brief in the hostile suite, bash, zsh and fish
# for the completion scripts, man (man-db, groff) for the pages, and headless
# Chromium (driven by the playwright-core Node package, tests/browser/) for the
# `view` pages.
# Usage: scripts/test-all.sh   (installs graphviz, zsh, fish, man-db, groff,
# python3-venv, chromium and npm with apt-get when missing)
set -euo pipefail
cd "$(dirname "$0")/.."

# apt_install PACKAGE...: installs Debian packages, with sudo when not root.
apt_install() {
  echo "installing $*…" >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "$@" >/dev/null
}

if ! command -v dot >/dev/null 2>&1; then
  apt_install graphviz
fi

# The shells that read the completion scripts, and man to render the pages.
missing=""
for tool in zsh fish; do
  command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
command -v man >/dev/null 2>&1 || missing="$missing man-db"
command -v groff >/dev/null 2>&1 || missing="$missing groff"
if [ -n "$missing" ]; then
  # shellcheck disable=SC2086
  apt_install $missing
fi

# A JSON-LD processor and a JSON Schema validator check the ClaimReview export.
if [ ! -x .venv/bin/python ]; then
  if ! python3 -m venv .venv >/dev/null 2>&1; then
    apt_install python3-venv
    rm -rf .venv
    python3 -m venv .venv
  fi
fi
.venv/bin/pip install -q --disable-pip-version-check pyld==3.3.0 jsonschema==4.26.0 pyoxigraph==0.5.13 rdflib==7.6.0 networkx==3.6.1 lxml==6.1.3 html5lib==1.1
export CLAIMGRAPH_PYTHON="$PWD/.venv/bin/python"

cargo fmt --check
cargo clippy --all-targets -q -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps -q
# The library builds without the command line: clap is only the binary's.
cargo check --lib --no-default-features -q

# Graphviz, the Python checkers, the shells and man must be present for these
# runs: a missing one fails instead of skipping.
export CLAIMGRAPH_REQUIRE_GRAPHVIZ=1
export CLAIMGRAPH_REQUIRE_PYTHON=1
export CLAIMGRAPH_REQUIRE_SHELLS=1
cargo test --lib --bins --tests
cargo test --doc

# On a small generated corpus, networkx and pyoxigraph give claimgraph's
# origins for every claim (a smoke of the benchmark; the full comparison is
# opt-in: scripts/bench-compare 100000, see docs/performance.md).
ROUNDS=1 PROFILE=dev CACHE=1 scripts/bench-compare 2000

# The shipped data checks clean and its whole graph renders.
cargo run -q -- check --deny-warnings
cargo run -q -- export dot | dot -Tsvg -o target/claimgraph.svg
cargo run -q -- export dot --claim tos-used | dot -Tsvg -o target/claimgraph-tos.svg
# Its ClaimReview export is valid JSON-LD with Google's required fields
# (recommended ones the data lacks are listed as warnings).
cargo run -q -- export claimreview > target/claimreview.json
"$CLAIMGRAPH_PYTHON" scripts/check_claimreview.py target/claimreview.json

# The interactive view in a real browser: the system's Chromium with
# SwiftShader, driven by playwright-core (its Node package only: no browser is
# downloaded), on the bundled data, a claim, the hostile fixture and a
# 10,000-node corpus (tests/browser/view.test.mjs).
missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v npm >/dev/null 2>&1 || missing="$missing npm"
if [ -n "$missing" ]; then
  # shellcheck disable=SC2086
  apt_install $missing
fi
(cd tests/browser && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
mkdir -p target/browser
cargo run -q -- view -o target/browser/all.html --force
cargo run -q -- view --claim iskander-used -o target/browser/iskander.html --force
cargo run -q -- --data tests/fixtures/valid/hostile view -o target/browser/hostile.html --force
python3 tests/browser/corpus.py target/browser/corpus 10000
CLAIMGRAPH_BIN=target/debug/claimgraph CHROMIUM="$(command -v chromium)" node --test tests/browser/view.test.mjs
echo "all tests passed; graph drawn to target/claimgraph.svg, views and screenshots in target/browser/"
