#!/usr/bin/env bash
# Fuzz every target for SECONDS each (default 600), one after another, one job.
#
#   scripts/fuzz.sh            # 10 minutes per target
#   scripts/fuzz.sh 180 fold   # 3 minutes, only the fold target
#
# Needs the nightly toolchain. Uses `cargo fuzz` when it is installed
# (`cargo install cargo-fuzz --locked`); otherwise builds the targets with the
# same coverage flags cargo-fuzz passes (without AddressSanitizer: the crate is
# safe Rust) and runs the binaries directly. Each corpus is seeded from the
# repository's fixtures into fuzz/corpus/<target>/ (gitignored); crashes land
# in fuzz/artifacts/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(load quote fold claimreview csv exporters)

seed() { # seed TARGET FILE...
  mkdir -p "fuzz/corpus/$1"
  local t=$1; shift
  for f in "$@"; do [ -f "$f" ] && cp "$f" "fuzz/corpus/$t/$(echo "$f" | tr / _)"; done
  return 0
}
seed_load() { # the first byte picks the kind of file (see fuzz_targets/load.rs)
  mkdir -p fuzz/corpus/load
  local i=0
  for kind in actors outlets entities claims relations sources reviews claimgraph; do
    for f in $(find data tests/fixtures -path '*fuzz*' -prune -o \( -name "$kind.ron" -o -path "*/$kind/*.ron" -o -name "$kind.toml" \) -print 2>/dev/null | head -40); do
      { printf "\\$(printf %o $i)"; cat "$f"; } > "fuzz/corpus/load/$i-$(echo "$f" | tr / _)"
    done
    i=$((i + 1))
  done
}

seed_load
seed quote $(find seeds tests/fixtures -name '*.txt' -o -name '*.md' 2>/dev/null | head -50)
seed fold data/*.ron
seed claimreview $(find tests/fixtures -name '*.json' -o -name '*.jsonld' -o -name '*.html' 2>/dev/null | head -100)
seed csv $(find tests/fixtures -name '*.csv' -o -name '*.tsv' 2>/dev/null)
for t in load quote fold claimreview csv exporters; do seed "$t" $(find tests/fixtures/fuzz/$t -type f 2>/dev/null); done

max_len() {
  case $1 in
    load) echo 65536 ;;
    claimreview) echo 65536 ;;
    csv) echo 16384 ;;
    *) echo 4096 ;;
  esac
}

triple=x86_64-unknown-linux-gnu
if ! cargo +nightly fuzz --help >/dev/null 2>&1; then
  (cd fuzz && RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions -Coverflow-checks" \
    cargo +nightly build --release --target $triple --bins)
fi
for t in "${targets[@]}"; do
  mkdir -p "fuzz/artifacts/$t"
  flags=(-max_total_time="$seconds" -max_len="$(max_len "$t")" -jobs=1 -workers=1 -print_final_stats=1
         -artifact_prefix="fuzz/artifacts/$t/")
  echo "== $t: $seconds s"
  if cargo +nightly fuzz --help >/dev/null 2>&1; then
    (cd fuzz && cargo +nightly fuzz run "$t" "corpus/$t" -- "${flags[@]/fuzz\//}") || echo "!! $t failed"
  else
    "fuzz/target/$triple/release/$t" "fuzz/corpus/$t" "${flags[@]}" || echo "!! $t failed"
  fi
done
