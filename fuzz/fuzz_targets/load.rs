//! Arbitrary bytes as one kind of data file (chosen by the first byte),
//! loaded and checked: `Workspace::open` must never panic.
#![no_main]

use std::path::PathBuf;

use libfuzzer_sys::fuzz_target;

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

fn dir() -> PathBuf {
    std::env::temp_dir().join(format!("claimgraph-fuzz-load-{}", std::process::id()))
}

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let kind = KINDS[first as usize % KINDS.len()];
    let dir = dir();
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sources")).unwrap();
    std::fs::create_dir_all(dir.join("reviews")).unwrap();
    std::fs::write(dir.join(kind), rest).unwrap();
    let _ = claimgraph::workspace::Workspace::open(&dir);
});
