//! Every input the fuzzers (`fuzz/`, run by `scripts/fuzz.sh`) ever crashed
//! on, kept under `tests/fixtures/fuzz/<target>/` and replayed here through
//! the same calls and checks as the fuzz target, so a fixed bug stays fixed.

use std::path::{Path, PathBuf};

use claimgraph::formats::csv::{DELIMITERS, Mapping, read_rows, sniff_delimiter};
use claimgraph::text::fold::fold;
use claimgraph::text::quote::{Normalised, near_match};

/// The saved inputs of one target, sorted (none yet is fine).
fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(|e| Some(e.ok()?.path())).collect())
        .unwrap_or_default();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path).unwrap();
            (path, bytes)
        })
        .collect()
}

/// As `fuzz_targets/fold.rs`: idempotent, no stray spaces.
fn check_fold(text: &str) {
    let once = fold(text);
    assert!(
        !once.starts_with(' ') && !once.ends_with(' ') && !once.contains("  "),
        "stray space: {text:?} -> {once:?}"
    );
    // The article exception documented in fuzz/fuzz_targets/fold.rs.
    if !once.split(' ').any(|w| w.starts_with("ال")) {
        assert_eq!(fold(&once), once, "fold is not idempotent on {text:?}");
    }
}

#[test]
fn fold_inputs() {
    for (_, bytes) in inputs("fold") {
        if let Ok(text) = std::str::from_utf8(&bytes) {
            check_fold(text);
        }
    }
}

/// The past bug the fold fuzzer is aimed at: a spacing accent decomposes
/// (NFKD) to a space and a combining mark.
#[test]
fn fold_spacing_accents() {
    for text in ["x´", "x¨", "´", "a ´ b", "x\u{fe70}", "¸x"] {
        check_fold(text);
    }
    assert_eq!(fold("x´"), "x");
}

#[test]
fn quote_inputs() {
    for (_, bytes) in inputs("quote") {
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        let (haystack, needle) = text.split_once('\0').unwrap_or((text, ""));
        for range in Normalised::new(haystack).find_all(needle) {
            assert!(haystack.get(range).is_some());
        }
        let _ = near_match(haystack, needle);
    }
}

#[test]
fn claimreview_inputs() {
    for (_, bytes) in inputs("claimreview") {
        if let Ok(text) = std::str::from_utf8(&bytes) {
            let _ = claimgraph::formats::claimreview::read::read_text("fuzz.json", text);
        }
    }
}

#[test]
fn csv_inputs() {
    for (_, bytes) in inputs("csv") {
        assert!(DELIMITERS.contains(&sniff_delimiter(&bytes)));
        let mut mapping = Mapping::default();
        let _ = read_rows("fuzz.csv", &bytes, &mapping);
        if let Some(&first) = bytes.first() {
            mapping.delimiter = Some(DELIMITERS[first as usize % DELIMITERS.len()]);
            let _ = read_rows("fuzz.csv", &bytes, &mapping);
        }
    }
}

/// As `fuzz_targets/load.rs`: the first byte picks the kind of data file.
#[test]
fn load_inputs() {
    const KINDS: [&str; 8] = [
        "actors.ron",
        "outlets.ron",
        "entities.ron",
        "claims.ron",
        "relations.ron",
        "sources/fuzz.ron",
        "reviews/fuzz.ron",
        "claimgraph.toml",
    ];
    for (_, bytes) in inputs("load") {
        let Some((&first, rest)) = bytes.split_first() else {
            continue;
        };
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("sources")).unwrap();
        std::fs::create_dir_all(dir.path().join("reviews")).unwrap();
        std::fs::write(dir.path().join(KINDS[first as usize % KINDS.len()]), rest).unwrap();
        let _ = claimgraph::workspace::Workspace::open(dir.path());
    }
}
