//! The commands that write reviews: they reproduce the bundled reviews, keep a
//! hand-written file byte-for-byte outside the spans they edit, refuse to
//! overwrite, show diffs under `--dry-run`, and leave the old file intact
//! when a write is interrupted at any point.

use std::io;
use std::path::Path;

use similar::{ChangeTag, TextDiff};

use crate::library::atomic::{self, Disk, RealDisk, Snapshot, WriteError, commit_on};
use crate::support::{Desk, clean_environment, root};

/// A scratch copy of the bundled data and seeds, with the reviews removed.
fn scratch() -> Desk {
    let desk = Desk::bundled();
    std::fs::remove_dir_all(desk.data().join("reviews")).unwrap();
    desk
}

#[test]
fn the_bundled_reviews_are_what_the_workflow_script_writes() {
    let desk = scratch();
    let data = desk.data();
    let mut script = std::process::Command::new("bash");
    clean_environment(&mut script);
    // Its output (a line per change) is shown only when it fails.
    let output = script
        .arg(root().join("scripts/seed-reviews.sh"))
        .arg(&data)
        .env("CLAIMGRAPH", env!("CARGO_BIN_EXE_claimgraph"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "scripts/seed-reviews.sh failed ({}):\n--- stdout\n{}\n--- stderr\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let bundled = root().join("data/reviews");
    // Lock files (`.x.ron.claimgraph-lock`) that writers leave are not reviews.
    let mut names: Vec<_> = std::fs::read_dir(&bundled)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| !n.to_string_lossy().starts_with('.'))
        .collect();
    names.sort();
    assert_eq!(names.len(), 3);
    for name in names {
        let written = std::fs::read_to_string(data.join("reviews").join(&name)).unwrap();
        let shipped = std::fs::read_to_string(bundled.join(&name)).unwrap();
        assert_eq!(written, shipped, "{name:?}");
    }
    let run = desk.run(&["check", "--deny-warnings"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

const HAND_WRITTEN: &str = r#"// Our desk's review of the TOS claim.
// Comments, blank lines and odd spacing must all survive.

Review(
    claim:   "tos-used",   // keep this comment
    status: InProgress,

    /* the verdict is still open: verdict: False, */
    reviewer: Some("مراجع"),
    evidence: [
        // the spokeswoman, on the record
        Evidence(points_to: Statement("s001-01"), grade: OnRecord, bearing: Supports)
    ],
    history: [
        Change(date: "2026-11-01", what: "opened by hand"), // trailing note
    ],
)
// end of file
"#;

/// Lines of `new` that are not in `old`, and lines of `old` no longer in `new`.
fn line_changes(old: &str, new: &str) -> (Vec<String>, Vec<String>) {
    let diff = TextDiff::from_lines(old, new);
    let mut added = Vec::new();
    let mut removed = Vec::new();
    for change in diff.iter_all_changes() {
        match change.tag() {
            ChangeTag::Insert => added.push(change.value().to_string()),
            ChangeTag::Delete => removed.push(change.value().to_string()),
            ChangeTag::Equal => {}
        }
    }
    (added, removed)
}

#[test]
fn writing_commands_keep_a_hand_commented_file_byte_identical_outside_their_edits() {
    let desk = scratch();
    let path = desk.data().join("reviews/tos-used.ron");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, HAND_WRITTEN).unwrap();

    desk.ok(&[
        "review",
        "set",
        "tos-used",
        "--status",
        "reviewed",
        "--verdict",
        "unproven",
        "--date",
        "2026-11-02",
    ]);
    let after_set = std::fs::read_to_string(&path).unwrap();
    let (added, removed) = line_changes(HAND_WRITTEN, &after_set);
    assert_eq!(removed, ["    status: InProgress,\n"], "{after_set}");
    assert_eq!(
        added,
        [
            "    status: Reviewed,\n",
            "        Change(date: \"2026-11-02\", what: \"status Reviewed; verdict Unproven\"),\n",
            "    verdict: Some(Unproven),\n",
            "    updated: Some(\"2026-11-02\"),\n",
        ],
        "{after_set}"
    );
    // Byte-level: undo the edits and the original comes back exactly.
    let undone = after_set
        .replace("status: Reviewed", "status: InProgress")
        .replace(
            "        Change(date: \"2026-11-02\", what: \"status Reviewed; verdict Unproven\"),\n",
            "",
        )
        .replace(
            "    verdict: Some(Unproven),\n    updated: Some(\"2026-11-02\"),\n",
            "",
        );
    assert_eq!(undone, HAND_WRITTEN);

    desk.ok(&[
        "review",
        "evidence",
        "tos-used",
        "--points-to",
        "https://example.org/tos",
        "--grade",
        "hearsay",
        "--bearing",
        "refutes",
        "--date",
        "2026-11-03",
    ]);
    let after_evidence = std::fs::read_to_string(&path).unwrap();
    let (added, removed) = line_changes(&after_set, &after_evidence);
    assert_eq!(
        removed,
        [
            "        Evidence(points_to: Statement(\"s001-01\"), grade: OnRecord, bearing: Supports)\n",
            "    updated: Some(\"2026-11-02\"),\n",
        ]
    );
    assert_eq!(
        added,
        [
            "        Evidence(points_to: Statement(\"s001-01\"), grade: OnRecord, bearing: Supports),\n",
            "        Evidence(points_to: Url(\"https://example.org/tos\"), grade: Hearsay, bearing: Refutes),\n",
            "        Change(date: \"2026-11-03\", what: \"evidence Url(\\\"https://example.org/tos\\\") (Hearsay, Refutes)\"),\n",
            "    updated: Some(\"2026-11-03\"),\n",
        ]
    );
    for kept in [
        "// Our desk's review",
        "claim:   \"tos-used\",   // keep this comment",
        "/* the verdict is still open: verdict: False, */",
        "// the spokeswoman, on the record",
        "// trailing note",
        "// end of file",
        "مراجع",
    ] {
        assert!(after_evidence.contains(kept), "{kept}");
    }
    let run = desk.run(&["check", "--deny-warnings"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn dry_run_shows_the_diff_and_writes_nothing() {
    let desk = scratch();
    let data = desk.data();
    let out = desk.ok(&[
        "review",
        "start",
        "tos-used",
        "--date",
        "2026-11-02",
        "--dry-run",
    ]);
    assert!(out.starts_with("--- /dev/null\n+++ "), "{out}");
    assert!(out.contains("+    status: InProgress,"), "{out}");
    assert!(!data.join("reviews/tos-used.ron").exists());
    assert!(
        !data.join("reviews").exists()
            || std::fs::read_dir(data.join("reviews"))
                .unwrap()
                .next()
                .is_none()
    );
}

#[test]
fn a_written_review_names_its_claim_as_a_ref() {
    let desk = scratch();
    let report = desk
        .claimgraph()
        .args([
            "review",
            "start",
            "tos-used",
            "--date",
            "2026-11-02",
            "--dry-run",
        ])
        .json();
    assert_eq!(report["claim"]["id"], "tos-used");
    assert_eq!(report["claim"]["kind"], "claim");
    assert!(report["claim"]["name"].as_str().unwrap().contains("TOS"));
}

#[test]
fn start_refuses_to_overwrite_and_publish_refuses_an_incomplete_review() {
    let desk = scratch();
    let data = desk.data();
    desk.ok(&["review", "start", "tos-used", "--date", "2026-11-02"]);
    let before = std::fs::read(data.join("reviews/tos-used.ron")).unwrap();
    let run = desk.run(&["review", "start", "tos-used"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("already has a review"),
        "{}",
        run.stderr
    );
    let run = desk.run(&[
        "review",
        "publish",
        "tos-used",
        "--url",
        "https://example.org/x",
    ]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("lacks a verdict"), "{}", run.stderr);
    assert!(run.stderr.contains("evidence"), "{}", run.stderr);
    let run = desk.run(&["review", "set", "tos-used", "--url", "javascript:alert(1)"]);
    assert_eq!(run.code, 2, "a malformed --url is bad usage");
    assert!(run.stderr.contains("not a web address"), "{}", run.stderr);
    assert_eq!(
        std::fs::read(data.join("reviews/tos-used.ron")).unwrap(),
        before
    );
    let run = desk.run(&["review", "set", "no-such-claim", "--status", "reviewed"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
}

#[test]
fn a_file_changed_since_it_was_read_is_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.ron");
    std::fs::write(&path, "old").unwrap();
    let snapshot = Snapshot::take(&path).unwrap();
    std::fs::write(&path, "someone else's edit").unwrap();
    let error = atomic::commit(&snapshot, b"ours").unwrap_err();
    assert!(matches!(error, WriteError::Changed { .. }), "{error}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "someone else's edit"
    );

    let fresh = dir.path().join("new.ron");
    let none = Snapshot::take(&fresh).unwrap();
    std::fs::write(&fresh, "appeared meanwhile").unwrap();
    let error = atomic::commit(&none, b"ours").unwrap_err();
    assert!(matches!(error, WriteError::Exists { .. }), "{error}");
    assert_eq!(
        std::fs::read_to_string(&fresh).unwrap(),
        "appeared meanwhile"
    );
}

/// A disk that fails at one chosen step, after writing part of the bytes when
/// that step is the temporary file's write.
struct FailingDisk {
    real: RealDisk,
    fail_at: usize,
    partial: usize,
    step: usize,
}

impl FailingDisk {
    fn step(&mut self) -> io::Result<()> {
        self.step += 1;
        if self.step == self.fail_at {
            Err(io::Error::other("injected failure"))
        } else {
            Ok(())
        }
    }
}

impl Disk for FailingDisk {
    fn read(&mut self, path: &Path) -> io::Result<Option<Vec<u8>>> {
        self.step()?;
        self.real.read(path)
    }
    fn write_new(&mut self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        if self.step + 1 == self.fail_at {
            // Interrupted half-way: some bytes reach the temporary file.
            std::fs::write(path, &bytes[..self.partial.min(bytes.len())])?;
        }
        self.step()?;
        self.real.write_new(path, bytes)
    }
    fn rename(&mut self, from: &Path, to: &Path) -> io::Result<()> {
        self.step()?;
        self.real.rename(from, to)
    }
    fn link(&mut self, from: &Path, to: &Path) -> io::Result<()> {
        self.step()?;
        self.real.link(from, to)
    }
    fn remove(&mut self, path: &Path) -> io::Result<()> {
        // Clean-up may fail too; the old file must not care.
        self.real.remove(path)
    }
}

#[test]
fn a_write_interrupted_at_any_point_leaves_the_old_file_intact() {
    let old = HAND_WRITTEN.as_bytes();
    let new = HAND_WRITTEN.replace("InProgress", "Reviewed").into_bytes();
    // read, write temporary, rename: three steps to fail at, and every
    // prefix of the new bytes that an interrupted write could leave.
    for fail_at in 1..=3 {
        for partial in [0, 1, new.len() / 2, new.len() - 1, new.len()] {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("review.ron");
            std::fs::write(&path, old).unwrap();
            let snapshot = Snapshot::take(&path).unwrap();
            let mut disk = FailingDisk {
                real: RealDisk,
                fail_at,
                partial,
                step: 0,
            };
            let result = commit_on(&mut disk, &snapshot, &new);
            assert!(result.is_err(), "step {fail_at} should fail");
            assert_eq!(
                std::fs::read(&path).unwrap(),
                old,
                "step {fail_at}, {partial} bytes"
            );
            // A later write succeeds and replaces any leftover temporary file.
            atomic::commit(&snapshot, &new).unwrap();
            assert_eq!(std::fs::read(&path).unwrap(), new);
            let leftovers: Vec<String> = std::fs::read_dir(dir.path())
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .filter(|n| !n.ends_with(atomic::LOCK_SUFFIX))
                .collect();
            assert_eq!(leftovers, ["review.ron"], "only the review remains");
        }
    }
    // Creating a file: failing at the link step leaves no file at all.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fresh.ron");
    let snapshot = Snapshot::take(&path).unwrap();
    let mut disk = FailingDisk {
        real: RealDisk,
        fail_at: 3,
        partial: 0,
        step: 0,
    };
    assert!(commit_on(&mut disk, &snapshot, &new).is_err());
    assert!(!path.exists());
}

#[test]
fn a_review_broken_by_hand_can_be_repaired_with_the_review_writers() {
    let desk = scratch();
    let data = desk.data();
    desk.ok(&["review", "start", "tos-used", "--date", "2026-11-02"]);
    // Hand-broken: Reviewed without a verdict, which `check` rejects.
    let path = data.join("reviews/tos-used.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace("status: InProgress", "status: Reviewed"),
    )
    .unwrap();
    assert_eq!(desk.run(&["check"]).code, 1);
    // Other commands still refuse broken data.
    let run = desk.run(&["trace", "tos-used"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("fix them first"), "{}", run.stderr);
    // The writers of that very review run, and repair it.
    desk.ok(&[
        "review",
        "set",
        "tos-used",
        "--status",
        "in-progress",
        "--date",
        "2026-11-03",
    ]);
    desk.assert_checks_clean();
    // The writers of another review still refuse while this one is broken.
    std::fs::write(
        &path,
        std::fs::read_to_string(&path)
            .unwrap()
            .replace("status: InProgress", "status: Reviewed"),
    )
    .unwrap();
    let run = desk.run(&["review", "start", "iskander-used"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("fix them first"), "{}", run.stderr);
    desk.ok(&[
        "review",
        "set",
        "tos-used",
        "--verdict",
        "unproven",
        "--date",
        "2026-11-03",
    ]);
    desk.assert_checks_clean();
}

/// The writers' temporary files left in `dir`.
fn temporary_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(atomic::TEMP_SUFFIX))
        .collect()
}

/// `review evidence tos-used …` by `by`, with `note` as its note.
pub(crate) fn evidence_by<'a>(by: &'a str, note: &'a str) -> [&'a str; 13] {
    [
        "review",
        "evidence",
        "tos-used",
        "--points-to",
        "s1",
        "--grade",
        "hearsay",
        "--bearing",
        "supports",
        "--by",
        by,
        "--note",
        note,
    ]
}

/// Runs `claimgraph` with `args` in `dir` as a child process, unwaited.
pub(crate) fn spawn(dir: &Path, args: &[&str]) -> std::process::Child {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_claimgraph"));
    crate::support::clean_environment(&mut command);
    command
        .current_dir(dir)
        .args(["--data", "data"])
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap()
}

#[test]
fn concurrent_writers_each_land_their_edit_or_say_they_were_refused() {
    let desk = Desk::copy_of("valid/with-review");
    let review = desk.data().join("reviews/tos-used.ron");
    const ROUNDS: usize = 100;
    const AT_ONCE: usize = 4;
    let (mut landed, mut refused) = (Vec::new(), 0);
    for round in 0..ROUNDS {
        let children: Vec<(String, std::process::Child)> = (0..AT_ONCE)
            .map(|n| {
                let note = format!("race {round}-{n}");
                let child = spawn(desk.path(), &evidence_by("racer", &note));
                (note, child)
            })
            .collect();
        for (note, child) in children {
            let out = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            if out.status.success() {
                landed.push(note);
            } else {
                assert!(
                    stderr.contains("nothing was written") || stderr.contains("unchanged"),
                    "a refused writer says so: {stderr}"
                );
                refused += 1;
            }
        }
    }
    let text = std::fs::read_to_string(&review).unwrap();
    for note in &landed {
        assert_eq!(
            text.matches(&format!("\"{note}\"")).count(),
            1,
            "{note} exited 0, so its evidence is in the file once"
        );
    }
    assert_eq!(
        text.matches("note: Some(\"race ").count(),
        landed.len(),
        "no edit but those that said they landed"
    );
    assert_eq!(landed.len() + refused, ROUNDS * AT_ONCE);
    // Writers wait for each other rather than fail: all of them land.
    assert_eq!(refused, 0, "{refused} refused");
    desk.assert_checks_clean();
    let temps = temporary_files(&desk.data().join("reviews"));
    assert!(temps.is_empty(), "{temps:?}");
}

#[test]
fn a_writer_killed_at_any_moment_leaves_the_old_or_the_new_file() {
    let desk = Desk::copy_of("valid/with-review");
    let review = desk.data().join("reviews/tos-used.ron");
    let mut versions = vec![std::fs::read_to_string(&review).unwrap()];
    for round in 0..60u64 {
        let note = format!("killed {round}");
        let mut child = spawn(desk.path(), &evidence_by("killer", &note));
        // Spread the kills over the run: loading, editing, writing, renaming.
        std::thread::sleep(std::time::Duration::from_micros(round * 250));
        let _ = child.kill();
        let _ = child.wait();
        let now = std::fs::read_to_string(&review).unwrap();
        let previous = versions.last().unwrap().clone();
        if now != previous {
            assert!(
                now.contains(&format!("\"{note}\"")),
                "only this run's edit is new"
            );
            versions.push(now);
        }
        desk.assert_checks_clean();
    }
    // A later write removes the temporary files the killed runs left.
    desk.ok(&evidence_by("after", "after the kills"));
    let temps = temporary_files(&desk.data().join("reviews"));
    assert!(temps.is_empty(), "{temps:?}");
}
