//! The load cache (issue 13): a second command on unchanged data reads the
//! snapshot in `data/.claimgraph-cache/`, and every change to what the load
//! read, and every damaged or foreign snapshot, gives exactly the answer of
//! `--no-cache`.

use std::path::Path;

use crate::support::{Desk, Run, transcript};

/// The commands whose answers are compared: the queries the cache is for,
/// in text and JSON, and `check`, whose diagnostics come from the snapshot.
const COMMANDS: &[&[&str]] = &[
    &["check"],
    &["check", "--format", "json"],
    &["trace", "iskander-used"],
    &["origins", "iskander-used", "--format", "json"],
    &["said", "russia-mod"],
    &["show", "s001-01"],
    &["show", "iskander-used", "--format", "json"],
    &["show", "sputnik"],
    &["show", "armenia"],
    &["show", "karabakh", "--format", "json"],
    &["said", "armenia", "--members", "--format", "json"],
    &["said", "rossiya-segodnya"],
    &["search", "إسكندر"],
    &["timeline", "tos-used", "--format", "json"],
    &["statements", "--stance", "denies"],
    &["stats"],
];

/// Every command's transcript on `desk`, with `extra` arguments.
fn answers(desk: &Desk, extra: &[&str]) -> Vec<String> {
    COMMANDS
        .iter()
        .map(|args| transcript(&desk.claimgraph().args(*args).args(extra).run()))
        .collect()
}

/// What `-v` says of the cache on `desk`, with the rest of its stderr.
fn verbose(desk: &Desk) -> Run {
    desk.claimgraph().args(["-v", "stats"]).run()
}

fn snapshot(desk: &Desk) -> std::path::PathBuf {
    desk.data().join(".claimgraph-cache/workspace.bin")
}

/// Asserts that the cached answers on `desk` are the uncached ones, and
/// that the run after them reads the cache.
fn assert_same_as_uncached(desk: &Desk) {
    let uncached = answers(desk, &["--no-cache"]);
    let cached = answers(desk, &[]);
    for (cached, uncached) in cached.iter().zip(&uncached) {
        assert_eq!(cached, uncached);
    }
    let run = verbose(desk);
    assert!(
        run.stderr.contains("read the load cache"),
        "the cache was rebuilt: {}",
        run.stderr
    );
}

/// A desk whose cache has been written by one run.
fn warm_desk() -> Desk {
    let desk = Desk::bundled();
    desk.ok(&["stats"]);
    assert!(snapshot(&desk).is_file(), "the first run writes the cache");
    desk
}

#[test]
fn a_second_run_reads_the_cache_and_answers_as_without_it() {
    let desk = Desk::bundled();
    let uncached = answers(&desk, &["--no-cache"]);
    assert!(
        !desk.data().join(".claimgraph-cache").exists(),
        "--no-cache writes nothing"
    );
    let first = verbose(&desk);
    assert!(
        first.stderr.contains("no load cache at"),
        "{}",
        first.stderr
    );
    assert!(
        first.stderr.contains("wrote the load cache"),
        "{}",
        first.stderr
    );
    let folder = desk.data().join(".claimgraph-cache");
    assert_eq!(
        std::fs::read_to_string(folder.join(".gitignore"))
            .unwrap()
            .lines()
            .last(),
        Some("*"),
        "git ignores the folder"
    );
    assert!(
        std::fs::read_to_string(folder.join("CACHEDIR.TAG"))
            .unwrap()
            .starts_with("Signature: 8a477f597d28d172789f06886806bc55")
    );
    assert_eq!(answers(&desk, &[]), uncached);
    let again = verbose(&desk);
    assert!(
        again.stderr.contains("read the load cache"),
        "{}",
        again.stderr
    );
    assert!(
        !again.stderr.contains("wrote"),
        "a hit writes nothing: {}",
        again.stderr
    );
}

#[test]
fn an_edited_data_file_is_seen_even_with_its_size_and_time_kept() {
    let desk = warm_desk();
    let claims = desk.data().join("claims.ron");
    let text = std::fs::read_to_string(&claims).unwrap();
    let modified = std::fs::metadata(&claims).unwrap().modified().unwrap();
    // The same length, and the old modification time put back: only the
    // change time and the bytes tell.
    let edited = text.replacen("Armenia used Iskander", "Armenia used Iskandar", 1);
    assert_ne!(edited, text);
    assert_eq!(edited.len(), text.len());
    std::fs::write(&claims, &edited).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&claims)
        .unwrap()
        .set_modified(modified)
        .unwrap();
    let run = verbose(&desk);
    assert!(
        run.stderr.contains("claims.ron was edited"),
        "{}",
        run.stderr
    );
    assert!(desk.ok(&["show", "iskander-used"]).contains("Iskandar"));
    assert_same_as_uncached(&desk);
}

#[test]
fn an_edited_seed_text_outside_the_data_directory_is_seen() {
    let desk = warm_desk();
    let seed = desk.path().join("seeds/000_6c01a487149a8600.txt");
    let text = std::fs::read_to_string(&seed).unwrap();
    std::fs::write(&seed, text.replace('ا', "أ")).unwrap();
    let run = desk.run(&["check"]);
    assert_ne!(run.code, 0, "the quotes no longer match: {}", run.stderr);
    assert_same_as_uncached(&desk);
}

#[test]
fn a_touched_file_with_the_same_bytes_keeps_the_cache() {
    let desk = warm_desk();
    // A search adds its index to the snapshot; the rewrite below keeps it.
    desk.ok(&["search", "Iskander"]);
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(3600);
    for file in ["claims.ron", "sources/seed-001.ron"] {
        std::fs::File::options()
            .write(true)
            .open(desk.data().join(file))
            .unwrap()
            .set_modified(later)
            .unwrap();
    }
    let run = verbose(&desk);
    assert!(
        run.stderr
            .contains("(2 file(s) touched with the same content)"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("wrote the load cache"),
        "{}",
        run.stderr
    );
    let next = verbose(&desk);
    assert!(
        next.stderr.contains("read the load cache"),
        "{}",
        next.stderr
    );
    assert!(!next.stderr.contains("touched"), "{}", next.stderr);
    let searched = desk.claimgraph().args(["-v", "search", "Iskander"]).run();
    assert!(
        !searched.stderr.contains("wrote"),
        "the rewritten snapshot kept the search index: {}",
        searched.stderr
    );
    assert_same_as_uncached(&desk);
}

#[test]
fn an_added_file_is_seen() {
    let desk = warm_desk();
    // A stray file in the data directory is warned of; a new review is read.
    std::fs::write(desk.data().join("notes.ron"), "[]\n").unwrap();
    let run = verbose(&desk);
    assert!(run.stderr.contains("gained a file"), "{}", run.stderr);
    assert!(
        desk.run(&["check"])
            .stderr
            .contains("notes.ron is not part of the data layout")
    );
    assert_same_as_uncached(&desk);
    let config = desk.data().join("claimgraph.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::remove_file(&config).unwrap();
    assert_same_as_uncached(&desk);
    std::fs::write(&config, text).unwrap();
    let run = verbose(&desk);
    assert!(
        run.stderr.contains("claimgraph.toml was added"),
        "{}",
        run.stderr
    );
    assert_same_as_uncached(&desk);
}

#[test]
fn a_removed_file_is_seen() {
    let desk = warm_desk();
    let before = desk.ok(&["review", "queue"]);
    std::fs::remove_file(desk.data().join("reviews/tos-used.ron")).unwrap();
    let run = verbose(&desk);
    assert!(run.stderr.contains("lost a file"), "{}", run.stderr);
    assert_ne!(desk.ok(&["review", "queue"]), before);
    assert_same_as_uncached(&desk);
}

/// Rewrites the snapshot of `desk` with `damage`.
fn damage(desk: &Desk, damage: impl FnOnce(&mut Vec<u8>)) {
    let mut bytes = std::fs::read(snapshot(desk)).unwrap();
    damage(&mut bytes);
    std::fs::write(snapshot(desk), bytes).unwrap();
}

/// A damaged snapshot is reported, set aside and rebuilt by `trace` (a
/// command that reads only the chunks of its claim), and the answer is
/// the uncached one.
fn assert_damage_is_reported(desk: &Desk, why: &str) {
    assert_damage_is_reported_by(desk, why, &["trace", "iskander-used"]);
}

/// A damaged snapshot is reported, set aside and rebuilt by `command`, and
/// its answer is the uncached one.
fn assert_damage_is_reported_by(desk: &Desk, why: &str, command: &[&str]) {
    let uncached = desk.claimgraph().args(["--no-cache"]).args(command).run();
    let run = desk.run(command);
    assert_eq!(run.code, 0);
    assert_eq!(run.stdout, uncached.stdout);
    assert!(
        run.stderr.starts_with("warning: the load cache")
            && run.stderr.contains("was set aside and will be rebuilt")
            && run.stderr.contains(why),
        "{}",
        run.stderr
    );
    let quiet = desk.run(&["-q", "stats"]);
    assert_eq!(quiet.stderr, "", "rebuilt: nothing more to report");
    assert_same_as_uncached(desk);
}

/// Where the chunks section of a snapshot lies: its table entry is the
/// ninth, at 40 + 8 × 32 (start, then length, as little-endian u64s).
fn chunks_section(bytes: &[u8]) -> std::ops::Range<usize> {
    let long = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap()) as usize;
    let start = long(40 + 8 * 32);
    start..start + long(48 + 8 * 32)
}

#[test]
fn a_truncated_cache_is_reported_and_rebuilt() {
    for keep in [0, 10, 100, 1000] {
        let desk = warm_desk();
        damage(&desk, |bytes| bytes.truncate(keep));
        let why = if keep < 200 {
            "not a claimgraph cache or is truncated"
        } else {
            "it is truncated"
        };
        assert_damage_is_reported(&desk, why);
    }
    let desk = warm_desk();
    damage(&desk, |bytes| {
        let half = bytes.len() / 2;
        bytes.truncate(half);
    });
    assert_damage_is_reported(&desk, "it is truncated");
}

#[test]
fn a_corrupted_cache_is_reported_and_rebuilt() {
    // In the middle: the chunks, which a command reading everything checks.
    let desk = warm_desk();
    damage(&desk, |bytes| {
        let middle = bytes.len() / 2;
        bytes[middle] ^= 0x20;
    });
    assert_damage_is_reported_by(
        &desk,
        "its checksum does not match: it is corrupted",
        &["stats"],
    );
    // Every chunk: a command reading one claim's chunks meets the damage.
    let desk = warm_desk();
    damage(&desk, |bytes| {
        let chunks = chunks_section(bytes);
        assert!(chunks.len() > 1000, "the bundled data is cut into chunks");
        for at in chunks.step_by(64) {
            bytes[at] ^= 0x20;
        }
    });
    assert_damage_is_reported(&desk, "its checksum does not match: it is corrupted");
    // The core, which every command reads.
    let desk = warm_desk();
    damage(&desk, |bytes| {
        let long = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap()) as usize;
        let at = long(40 + 2 * 32) + long(48 + 2 * 32) / 2;
        bytes[at] ^= 0x20;
    });
    assert_damage_is_reported(&desk, "its checksum does not match: it is corrupted");
    let desk = warm_desk();
    damage(&desk, |bytes| bytes.extend_from_slice(b"more"));
    assert_damage_is_reported(&desk, "it has bytes past its end");
    let desk = warm_desk();
    damage(&desk, |bytes| bytes[0] = b'C');
    assert_damage_is_reported(&desk, "not a claimgraph cache");
}

#[test]
fn a_focused_command_reads_only_its_chunks_and_answers_as_without_the_cache() {
    let desk = warm_desk();
    let uncached: Vec<Run> = [&["trace", "iskander-used"][..], &["said", "russia-mod"]]
        .iter()
        .map(|command| desk.claimgraph().args(["--no-cache"]).args(*command).run())
        .collect();
    let run = desk.run(&["-v", "trace", "iskander-used"]);
    assert_eq!(run.stdout, uncached[0].stdout);
    assert!(
        run.stderr
            .contains("statements (those the command reports on)"),
        "{}",
        run.stderr
    );
    let narrowed = [
        "statements",
        "--claim",
        "iskander-used",
        "--by",
        "russia-mod",
    ];
    let run = desk.run(&[&["-v"][..], &narrowed].concat());
    assert_eq!(
        run.stdout,
        desk.claimgraph()
            .args(["--no-cache"])
            .args(narrowed)
            .run()
            .stdout
    );
    assert!(
        run.stderr
            .contains("statements (those the command reports on)"),
        "{}",
        run.stderr
    );
    // Damage in a chunk `trace` does not read leaves its answer alone, and
    // the next command reading everything finds it.
    let before = std::fs::read(snapshot(&desk)).unwrap();
    damage(&desk, |bytes| {
        let chunks = chunks_section(bytes);
        bytes[chunks.end - 1] ^= 0x20;
    });
    let after = std::fs::read(snapshot(&desk)).unwrap();
    assert_ne!(before, after);
    for (command, uncached) in [&["trace", "iskander-used"][..], &["said", "russia-mod"]]
        .iter()
        .zip(&uncached)
    {
        let run = desk.run(command);
        assert_eq!(run.stdout, uncached.stdout, "{command:?}");
        if run.stderr.is_empty() {
            assert_eq!(
                std::fs::read(snapshot(&desk)).unwrap(),
                after,
                "a focused command writes no snapshot"
            );
        }
    }
    assert_damage_is_reported_by(
        &desk,
        "its checksum does not match: it is corrupted",
        &["stats"],
    );
}

#[test]
fn a_cache_written_by_another_version_is_rebuilt_quietly() {
    for field in [16, 30] {
        let desk = warm_desk();
        // Byte 16 is the format's version, bytes 24 to 40 the build's hash.
        damage(&desk, |bytes| bytes[field] ^= 0xff);
        let uncached = answers(&desk, &["--no-cache"]);
        let run = verbose(&desk);
        assert!(
            run.stderr.contains("another build of claimgraph wrote it"),
            "{}",
            run.stderr
        );
        assert!(
            run.stderr.contains("wrote the load cache"),
            "{}",
            run.stderr
        );
        assert_eq!(answers(&desk, &[]), uncached);
        assert!(!desk.run(&["stats"]).stderr.contains("warning"));
    }
}

#[test]
fn a_data_directory_spelled_otherwise_gets_its_own_answers() {
    let desk = warm_desk();
    let spelled = |args: &[&str]| {
        crate::support::Claimgraph::new()
            .current_dir(desk.path())
            .args(["--data", "./data"])
            .args(args)
            .run()
    };
    let other = spelled(&["--no-cache", "trace", "iskander-used"]);
    let cached = spelled(&["-v", "trace", "iskander-used"]);
    assert!(
        cached.stderr.contains("spelled otherwise"),
        "{}",
        cached.stderr
    );
    assert_eq!(cached.stdout, other.stdout);
}

#[test]
fn commands_racing_to_write_the_cache_all_answer_and_leave_one_whole_snapshot() {
    let desk = Desk::bundled();
    let uncached = desk.run(&["--no-cache", "origins", "iskander-used", "--format", "json"]);
    let binary = env!("CARGO_BIN_EXE_claimgraph");
    let children: Vec<_> = (0..6)
        .map(|_| {
            let mut command = std::process::Command::new(binary);
            crate::support::clean_environment(&mut command);
            command
                .current_dir(desk.path())
                .args([
                    "--data",
                    "data",
                    "origins",
                    "iskander-used",
                    "--format",
                    "json",
                ])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().unwrap();
        assert!(output.status.success());
        assert_eq!(String::from_utf8(output.stdout).unwrap(), uncached.stdout);
        assert_eq!(String::from_utf8(output.stderr).unwrap(), "");
    }
    let left: Vec<String> = std::fs::read_dir(desk.data().join(".claimgraph-cache"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let mut left = left;
    left.sort();
    assert_eq!(
        left,
        [".gitignore", "CACHEDIR.TAG", "workspace.bin"],
        "no temporary file left"
    );
    assert_same_as_uncached(&desk);
}

#[test]
fn only_commands_that_read_write_the_cache() {
    let desk = Desk::bundled();
    let feed = crate::support::fixture("claimreview/messy-feed.json");
    desk.run(&[
        "import",
        "claimreview",
        "--dry-run",
        &feed.display().to_string(),
    ])
    .success();
    desk.run(&["review", "start", "no-such-claim"]);
    desk.claimgraph()
        .env("CLAIMGRAPH_NO_CACHE", "1")
        .args(["stats"])
        .run()
        .success();
    assert!(
        !desk.data().join(".claimgraph-cache").exists(),
        "writers, failures and --no-cache leave no cache"
    );
}

#[test]
fn cache_clear_removes_the_folder() {
    let desk = warm_desk();
    let cleared = desk.run(&["cache", "clear"]).success();
    assert_eq!(cleared.stderr, "removed data/.claimgraph-cache\n");
    assert!(!desk.data().join(".claimgraph-cache").exists());
    let again = desk.run(&["cache", "clear"]).success();
    assert_eq!(again.stderr, "no load cache at data/.claimgraph-cache\n");
    assert_eq!(desk.run(&["-q", "cache", "clear"]).stderr, "");
}

#[test]
fn a_missing_data_directory_gets_no_cache_folder() {
    let desk = Desk::empty();
    let run = desk.claimgraph().data("nowhere").args(["stats"]).run();
    assert_ne!(run.code, 0);
    assert!(!Path::new(&desk.path().join("nowhere")).exists());
}

#[test]
fn the_first_search_keeps_its_index_for_the_next() {
    let desk = warm_desk();
    let queries: &[&[&str]] = &[
        &["search", "إسكندر"],
        &["search", "Iskandr"],
        &["search", "russia-MOD"],
        &["search", "وزارة الدفاع", "--format", "json"],
        &["search", "ter", "--kind", "actor"],
        &["search", "—"],
    ];
    let uncached: Vec<String> = queries
        .iter()
        .map(|q| transcript(&desk.claimgraph().args(["--no-cache"]).args(*q).run()))
        .collect();
    let first = desk.claimgraph().args(["-v"]).args(queries[0]).run();
    assert!(
        first.stderr.contains("read the load cache")
            && first.stderr.contains("wrote the load cache"),
        "the index is added to the snapshot: {}",
        first.stderr
    );
    let second = desk.claimgraph().args(["-v"]).args(queries[1]).run();
    assert!(!second.stderr.contains("wrote"), "{}", second.stderr);
    // A command that does not search leaves the index in the snapshot.
    let other = desk.claimgraph().args(["-v", "stats"]).run();
    assert!(!other.stderr.contains("wrote"), "{}", other.stderr);
    let third = desk.claimgraph().args(["-v"]).args(queries[2]).run();
    assert!(!third.stderr.contains("wrote"), "{}", third.stderr);
    for (query, uncached) in queries.iter().zip(&uncached) {
        assert_eq!(&transcript(&desk.claimgraph().args(*query).run()), uncached);
    }
}

/// A file swapped for a link to the same bytes outside the data
/// directory is refused by a fresh load, so the cache must not answer.
#[test]
fn a_file_swapped_for_a_link_out_of_the_data_is_not_trusted() {
    let desk = warm_desk();
    let claims = desk.data().join("claims.ron");
    let outside = desk.path().join("claims-copy.ron");
    std::fs::copy(&claims, &outside).unwrap();
    std::fs::remove_file(&claims).unwrap();
    std::os::unix::fs::symlink(&outside, &claims).unwrap();
    let run = desk.run(&["check"]);
    assert_ne!(run.code, 0, "outside the data directory: {}", run.stderr);
    assert_same_as_uncached(&desk);
}

/// Whether a missing seed is "missing" or "outside the project" depends on
/// where its folder leads: a folder made a link out of the project changes
/// the answer, though the seed is still missing.
#[test]
fn a_missing_seed_whose_folder_becomes_a_link_is_seen() {
    let desk = Desk::empty();
    crate::support::copy_dir(&crate::support::root().join("data"), &desk.data());
    desk.ok(&["--partial", "stats"]);
    let elsewhere = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), desk.path().join("seeds")).unwrap();
    let uncached = desk.run(&["--no-cache", "check"]);
    let cached = desk.run(&["check"]);
    assert_eq!(transcript(&cached), transcript(&uncached));
    assert_same_as_uncached(&desk);
}

/// A data file replaced by a FIFO of the same (zero) size is not opened by
/// the cache check (it would block), only found changed.
#[test]
fn a_fifo_in_place_of_a_file_does_not_block_the_check() {
    let desk = Desk::empty();
    std::fs::write(desk.data().join("relations.ron"), "").unwrap();
    std::fs::write(desk.data().join("claims.ron"), "[]\n").unwrap();
    desk.run(&["stats"]);
    assert!(snapshot(&desk).is_file());
    let relations = desk.data().join("relations.ron");
    std::fs::remove_file(&relations).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(&relations)
        .status();
    if !made.is_ok_and(|s| s.success()) {
        return;
    }
    let run = desk.claimgraph().args(["-v", "check"]).run();
    assert!(run.stderr.contains("relations.ron"), "{}", run.stderr);
    assert!(
        !run.stderr.contains("read the load cache"),
        "{}",
        run.stderr
    );
}
