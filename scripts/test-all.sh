#!/usr/bin/env bash
# Every test, with the real clients installed: Graphviz for the DOT export.
# Usage: scripts/test-all.sh   (installs graphviz with apt-get when missing)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dot >/dev/null 2>&1; then
  echo "installing graphviz…" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq graphviz >/dev/null
fi

cargo fmt --check
cargo clippy --all-targets -q -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps -q

# Graphviz must be present for these runs: a missing `dot` fails instead of skipping.
export CLAIMGRAPH_REQUIRE_GRAPHVIZ=1
cargo test --lib --bins --tests
cargo test --doc

# The shipped data checks clean and its whole graph renders.
cargo run -q -- check --deny-warnings
cargo run -q -- export dot | dot -Tsvg -o target/claimgraph.svg
cargo run -q -- export dot --claim tos-used | dot -Tsvg -o target/claimgraph-tos.svg
echo "all tests passed; graph drawn to target/claimgraph.svg"
