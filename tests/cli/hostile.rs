//! Hostile input: paths out of the project, files that are no files, data
//! and imported feeds over the limits, what real editors write, text that
//! displays other than it reads, feeds that loop or nest without end, two
//! writers at once, and what the exporters make of hostile strings. Every
//! case runs the binary within bounds of time and memory ([`bounded`]:
//! 20 s of CPU time and 1 GiB of address space, set with `prlimit`, and a
//! wall-clock deadline of 90 s for runs that block; a run killed for any of
//! them is a failure) and asserts a clear error (exit status, diagnostic
//! code, message) or a clean answer, never a panic, never a line of a file
//! outside the project. The work is bounded by CPU time rather than by the
//! clock, so that a shared machine under load does not fail a run that
//! does little work slowly.
//! Every output in a format is read back by its real parser: Graphviz for
//! DOT, html5lib for HTML (`scripts/check_html.py`), pyoxigraph and rdflib
//! for Turtle and N-Triples (`scripts/check_rdf.py`), jsonschema for JSON
//! answers (`scripts/check_json_schemas.py`); those cases skip when the
//! client is missing, unless `CLAIMGRAPH_REQUIRE_GRAPHVIZ=1` or
//! `CLAIMGRAPH_REQUIRE_PYTHON=1` makes that a failure.
//!
//! Symlinks and FIFOs are made in temporary desks, so the suite is Unix-only
//! where it needs them.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::support::{Desk, Run, clean_environment, dot_available, python_with, root};

/// How long, on the clock, any one run may take before it counts as hung
/// (a run blocked on a FIFO uses no CPU time; this ends it).
const DEADLINE: Duration = Duration::from_secs(90);

/// The CPU time a run may use, in seconds (`prlimit --cpu`): a run that
/// works without end is killed by SIGXCPU, and the test fails.
const CPU_SECONDS: u64 = 20;

/// The address space a run may use (`prlimit --as`): a run that tries to
/// hold an endless input dies of it, and the test fails ("was killed").
const MEMORY: u64 = 1 << 30;

/// `claimgraph --data data ARGS` in `desk`, killed after [`DEADLINE`] or
/// [`CPU_SECONDS`] (then the test fails); it must exit by itself and not
/// panic.
fn bounded(desk: &Desk, args: &[&str]) -> Run {
    bounded_with(desk, args, None)
}

/// [`bounded`], with `stdin` as standard input (else none), and within
/// [`CPU_SECONDS`] and [`MEMORY`] when util-linux's `prlimit` is there to
/// set them.
fn bounded_with(desk: &Desk, args: &[&str], stdin: Option<Vec<u8>>) -> Run {
    let binary = env!("CARGO_BIN_EXE_claimgraph");
    let limited = Command::new("prlimit")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    let mut command = if limited {
        let mut c = Command::new("prlimit");
        c.arg(format!("--as={MEMORY}"))
            .arg(format!("--cpu={CPU_SECONDS}"))
            .arg("--")
            .arg(binary);
        c
    } else {
        Command::new(binary)
    };
    clean_environment(&mut command);
    command
        .current_dir(desk.path())
        .args(["--data", "data"])
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("claimgraph starts");
    let feeder = stdin.map(|bytes| {
        let mut pipe = child.stdin.take().unwrap();
        // A run that refuses its input closes the pipe early: not a failure.
        std::thread::spawn(move || pipe.write_all(&bytes).ok())
    });
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut s = Vec::new();
        stdout.read_to_end(&mut s).ok();
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = Vec::new();
        stderr.read_to_end(&mut s).ok();
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > DEADLINE {
            child.kill().ok();
            child.wait().ok();
            panic!(
                "`claimgraph {}` did not end within {DEADLINE:?}",
                args.join(" ")
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    if let Some(feeder) = feeder {
        feeder.join().unwrap();
    }
    let run = Run {
        command: format!("claimgraph --data data {}", args.join(" ")),
        code: status.code().unwrap_or_else(|| {
            panic!(
                "`claimgraph {}` was killed ({status}): over {CPU_SECONDS} s of CPU time or {MEMORY} bytes?",
                args.join(" ")
            )
        }),
        stdout: String::from_utf8(out.join().unwrap()).expect("stdout is UTF-8"),
        stderr: String::from_utf8(err.join().unwrap()).expect("stderr is UTF-8"),
    };
    assert!(
        !run.stderr.contains("panicked"),
        "{} panicked:\n{}",
        run.command,
        run.stderr
    );
    run
}

/// A copy of the minimal fixture: `data/` with `seed.txt` and one source.
fn desk() -> Desk {
    Desk::copy_of("valid/minimal")
}

fn write(desk: &Desk, path: &str, text: impl AsRef<[u8]>) {
    let path = desk.data().join(path);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// Replaces `from` with `to` in the data file `path`, which must hold it.
fn edit(desk: &Desk, path: &str, from: &str, to: &str) {
    let text = desk.read(path);
    assert!(text.contains(from), "{path} has no {from:?}");
    write(desk, path, text.replacen(from, to, 1));
}

/// The source's `file` set to `file`.
fn seed_file(desk: &Desk, file: &str) {
    edit(
        desk,
        "sources/doc.ron",
        "file: \"seed.txt\"",
        &format!("file: {file:?}"),
    );
}

/// `check` fails (exit 1) with a diagnostic of `code` whose text holds
/// `message`; returns the run.
fn check_fails(desk: &Desk, code: &str, message: &str) -> Run {
    let run = bounded(desk, &["check"]);
    assert_eq!(run.code, 1, "{}:\n{}", run.command, run.stderr);
    assert!(
        run.stderr.contains(&format!("error[{code}]")),
        "no {code}:\n{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(message),
        "no {message:?}:\n{}",
        run.stderr
    );
    run
}

/// Text of /etc/passwd that must never be shown.
fn assert_no_secret(run: &Run) {
    for stream in [&run.stdout, &run.stderr] {
        assert!(!stream.contains("root:"), "{}:\n{stream}", run.command);
        assert!(!stream.contains("/bin/"), "{}:\n{stream}", run.command);
    }
}

/// `check` passes with no error and no warning.
fn check_clean(desk: &Desk) -> Run {
    let run = bounded(desk, &["check", "--deny-warnings"]);
    assert_eq!(run.code, 0, "{}:\n{}", run.command, run.stderr);
    assert!(
        run.stderr.contains("0 errors, 0 warnings"),
        "{}",
        run.stderr
    );
    run
}

fn symlink(target: impl AsRef<Path>, link: impl AsRef<Path>) {
    let link = link.as_ref();
    std::fs::create_dir_all(link.parent().unwrap()).unwrap();
    std::os::unix::fs::symlink(target, link).unwrap();
}

fn fifo(path: &Path) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let made = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(made.success());
}

// ---- Confinement of seed texts -------------------------------------------

#[test]
fn an_absolute_seed_path_is_refused_at_its_file_field() {
    let desk = desk();
    seed_file(&desk, "/etc/passwd");
    let run = check_fails(
        &desk,
        "outside-root",
        "source text `/etc/passwd` is an absolute path",
    );
    assert!(
        run.stderr.contains("--> data/sources/doc.ron:4:11"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("^^^^^^^^^^^^^ outside the project root"),
        "{}",
        run.stderr
    );
    assert_no_secret(&run);
}

#[test]
fn etc_shadow_is_refused_without_being_opened() {
    let desk = desk();
    seed_file(&desk, "/etc/shadow");
    let run = check_fails(&desk, "outside-root", "`/etc/shadow` is an absolute path");
    // Not "permission denied": it was never opened.
    assert!(
        !run.stderr.to_lowercase().contains("permission"),
        "{}",
        run.stderr
    );
}

#[test]
fn dot_dot_escapes_are_refused() {
    let desk = desk();
    seed_file(&desk, "../../../../etc/passwd");
    let run = check_fails(
        &desk,
        "outside-root",
        "source text `../../../../etc/passwd` resolves outside the project root",
    );
    assert!(
        run.stderr.contains("symbolic links are followed"),
        "{}",
        run.stderr
    );
    assert_no_secret(&run);
}

#[test]
fn an_escape_in_the_middle_of_a_path_is_refused() {
    let desk = desk();
    seed_file(&desk, "sources/../../../../../../../etc/passwd");
    assert_no_secret(&check_fails(
        &desk,
        "outside-root",
        "resolves outside the project root",
    ));
}

#[test]
fn a_backslash_rooted_path_is_refused() {
    let desk = desk();
    seed_file(&desk, "\\etc\\passwd");
    check_fails(&desk, "outside-root", "is an absolute path");
}

#[test]
fn a_seed_symlinked_out_of_the_project_is_refused() {
    let desk = desk();
    symlink("/etc/passwd", desk.data().join("link.txt"));
    seed_file(&desk, "link.txt");
    assert_no_secret(&check_fails(
        &desk,
        "outside-root",
        "`link.txt` resolves outside the project root",
    ));
}

#[test]
fn a_folder_symlinked_out_of_the_project_is_refused() {
    let desk = desk();
    symlink("/etc", desk.data().join("etc"));
    seed_file(&desk, "etc/passwd");
    assert_no_secret(&check_fails(
        &desk,
        "outside-root",
        "`etc/passwd` resolves outside",
    ));
}

#[test]
fn links_out_of_the_project_tell_nothing_of_what_exists_there() {
    // Through a link to /etc, a file that exists and one that does not get
    // the same answer: no oracle on files outside the project.
    let answer = |file: &str| {
        let desk = desk();
        symlink("/etc", desk.data().join("etc"));
        seed_file(&desk, file);
        let run = bounded(&desk, &["check"]);
        run.stderr
            .replace(file, "FILE")
            .replace(&"^".repeat(file.len() + 2), "^^^")
    };
    let exists = answer("etc/passwd");
    let missing = answer("etc/no-such-file-anywhere");
    assert_eq!(exists, missing);
    assert!(exists.contains("error[outside-root]"), "{exists}");
}

#[test]
fn a_dangling_link_out_of_the_project_is_outside_not_missing() {
    let desk = desk();
    symlink("/no-such-dir/x", desk.data().join("gone.txt"));
    seed_file(&desk, "gone.txt");
    let run = check_fails(&desk, "outside-root", "`gone.txt` resolves outside");
    assert!(!run.stderr.contains("does not exist"), "{}", run.stderr);
}

#[test]
fn a_missing_seed_inside_the_project_is_still_missing() {
    let desk = desk();
    seed_file(&desk, "../seeds/none.txt");
    check_fails(&desk, "missing-source-file", "does not exist");
}

#[test]
fn dev_zero_is_refused_in_bounded_time() {
    let desk = desk();
    seed_file(&desk, "/dev/zero");
    check_fails(&desk, "outside-root", "`/dev/zero` is an absolute path");
    let desk = self::desk();
    symlink("/dev/zero", desk.data().join("zero.txt"));
    seed_file(&desk, "zero.txt");
    check_fails(&desk, "outside-root", "`zero.txt` resolves outside");
}

#[test]
fn a_fifo_seed_is_refused_without_blocking() {
    let desk = desk();
    fifo(&desk.data().join("pipe.txt"));
    seed_file(&desk, "pipe.txt");
    check_fails(
        &desk,
        "not-a-file",
        "data/pipe.txt is a FIFO (named pipe), not a regular file",
    );
}

#[test]
fn a_directory_seed_is_refused() {
    let desk = desk();
    std::fs::create_dir(desk.data().join("folder.txt")).unwrap();
    seed_file(&desk, "folder.txt");
    check_fails(&desk, "not-a-file", "is a directory, not a regular file");
}

#[test]
fn seeds_under_the_project_root_are_read() {
    let desk = desk();
    std::fs::create_dir(desk.path().join("seeds")).unwrap();
    std::fs::rename(
        desk.data().join("seed.txt"),
        desk.path().join("seeds/seed.txt"),
    )
    .unwrap();
    seed_file(&desk, "../seeds/seed.txt");
    check_clean(&desk);
}

#[test]
fn a_symlink_inside_the_project_is_followed() {
    let desk = desk();
    symlink("seed.txt", desk.data().join("alias.txt"));
    seed_file(&desk, "alias.txt");
    check_clean(&desk);
}

#[test]
fn coverage_never_prints_a_file_outside_the_project() {
    let desk = desk();
    seed_file(&desk, "/etc/passwd");
    for (args, code) in [
        (&["coverage"][..], 1),
        (&["coverage", "--partial"], 0),
        (&["check", "--format", "json"], 1),
    ] {
        let run = bounded(&desk, args);
        assert_no_secret(&run);
        assert_eq!(run.code, code, "{}:\n{}", run.command, run.stderr);
    }
}

#[test]
fn the_quote_hint_is_no_oracle_on_files_outside() {
    // A quote checked against /etc/passwd would say how many of its first
    // characters match; the file is not read, so no quote is checked.
    let desk = desk();
    seed_file(&desk, "/etc/passwd");
    edit(
        &desk,
        "sources/doc.ron",
        "the enemy used the TOS system",
        "root:x:0:0:zzz",
    );
    let run = check_fails(&desk, "outside-root", "/etc/passwd");
    assert!(!run.stderr.contains("quote-not-found"), "{}", run.stderr);
    assert!(!run.stderr.contains("characters"), "{}", run.stderr);
}

#[test]
fn the_project_root_can_be_narrowed_to_the_data_directory() {
    let desk = desk();
    std::fs::create_dir(desk.path().join("seeds")).unwrap();
    std::fs::copy(
        desk.data().join("seed.txt"),
        desk.path().join("seeds/seed.txt"),
    )
    .unwrap();
    seed_file(&desk, "../seeds/seed.txt");
    write(&desk, "claimgraph.toml", "[paths]\nproject = \".\"\n");
    check_fails(
        &desk,
        "outside-root",
        "`../seeds/seed.txt` resolves outside the project root",
    );
}

#[test]
fn the_data_cannot_widen_the_project_root() {
    let desk = desk();
    write(&desk, "claimgraph.toml", "[paths]\nproject = \"/\"\n");
    seed_file(&desk, "../../../../etc/passwd");
    let run = check_fails(
        &desk,
        "outside-root",
        "[paths] project = \"/\" in claimgraph.toml is refused",
    );
    assert!(
        run.stderr
            .contains("`../../../../etc/passwd` resolves outside"),
        "{}",
        run.stderr
    );
    assert_no_secret(&run);
}

// ---- Confinement of data files -------------------------------------------

#[test]
fn a_ron_file_symlinked_to_etc_passwd_is_refused_unread() {
    let desk = desk();
    std::fs::remove_file(desk.data().join("outlets.ron")).unwrap();
    symlink("/etc/passwd", desk.data().join("outlets.ron"));
    let run = check_fails(
        &desk,
        "outside-root",
        "data/outlets.ron resolves outside the data directory",
    );
    assert_no_secret(&run);
}

#[test]
fn a_source_file_symlinked_out_is_refused_unread() {
    let desk = desk();
    symlink("/etc/passwd", desk.data().join("sources/evil.ron"));
    assert_no_secret(&check_fails(
        &desk,
        "outside-root",
        "data/sources/evil.ron resolves outside",
    ));
}

#[test]
fn a_ron_link_to_a_file_of_the_project_outside_the_data_is_refused() {
    // Seeds may live in the project root; data files only in the data.
    let desk = desk();
    std::fs::write(desk.path().join("extra.ron"), "[]").unwrap();
    symlink("../../extra.ron", desk.data().join("claims/extra.ron"));
    check_fails(
        &desk,
        "outside-root",
        "data/claims/extra.ron resolves outside the data directory",
    );
}

#[test]
fn a_ron_link_inside_the_data_is_read() {
    let desk = desk();
    std::fs::rename(
        desk.data().join("claims.ron"),
        desk.data().join("claims.keep"),
    )
    .unwrap();
    symlink("claims.keep", desk.data().join("claims.ron"));
    check_clean(&desk);
}

#[test]
fn a_directory_named_ron_is_refused() {
    let desk = desk();
    std::fs::create_dir_all(desk.data().join("claims/more.ron")).unwrap();
    check_fails(
        &desk,
        "not-a-file",
        "data/claims/more.ron is a directory, not a regular file",
    );
}

#[test]
fn a_fifo_named_ron_is_refused_without_blocking() {
    let desk = desk();
    fifo(&desk.data().join("actors/pipe.ron"));
    check_fails(
        &desk,
        "not-a-file",
        "data/actors/pipe.ron is a FIFO (named pipe)",
    );
}

#[test]
fn a_registry_linked_to_dev_zero_is_refused() {
    let desk = desk();
    std::fs::remove_file(desk.data().join("entities.ron")).unwrap();
    symlink("/dev/zero", desk.data().join("entities.ron"));
    check_fails(&desk, "outside-root", "data/entities.ron resolves outside");
}

#[test]
fn a_settings_file_linked_out_is_refused() {
    let desk = desk();
    symlink("/etc/passwd", desk.data().join("claimgraph.toml"));
    assert_no_secret(&check_fails(
        &desk,
        "outside-root",
        "data/claimgraph.toml resolves outside",
    ));
}

// ---- Limits ---------------------------------------------------------------

fn limits(desk: &Desk, table: &str) {
    write(desk, "claimgraph.toml", format!("[limits]\n{table}\n"));
}

#[test]
fn the_file_size_limit_names_itself_and_how_to_raise_it() {
    let desk = desk();
    limits(&desk, "file_size = 200");
    let run = check_fails(&desk, "limit-exceeded", "over the limit `file_size`");
    assert!(
        run.stderr.contains("data/actors.ron is 3"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("[limits] file_size = 400"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_file_size_limit_applies_to_seed_texts() {
    let desk = desk();
    limits(&desk, "file_size = 500");
    write(&desk, "seed.txt", "x".repeat(501));
    let run = check_fails(
        &desk,
        "limit-exceeded",
        "source text data/seed.txt is 501 bytes, over the limit `file_size`",
    );
    assert_eq!(run.stderr.matches("error[").count(), 1, "{}", run.stderr);
}

#[test]
fn the_total_size_limit() {
    let desk = desk();
    limits(&desk, "total_size = 700");
    let run = check_fails(&desk, "limit-exceeded", "over the limit `total_size`");
    assert!(
        run.stderr.contains("[limits] total_size = 1400"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_files_limit() {
    let desk = desk();
    limits(&desk, "files = 3");
    let run = check_fails(&desk, "limit-exceeded", "over the limit `files`");
    assert!(run.stderr.contains("[limits] files = 6"), "{}", run.stderr);
}

#[test]
fn the_depth_limit_points_at_the_bracket() {
    let desk = desk();
    limits(&desk, "depth = 2");
    let run = check_fails(
        &desk,
        "limit-exceeded",
        "brackets nest 3 deep, over the limit `depth`",
    );
    assert!(
        run.stderr.contains("--> data/actors.ron:6:16"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_default_depth_stops_a_deep_record() {
    let desk = desk();
    let deep = format!("[{}{}]", "[".repeat(100), "]".repeat(100));
    write(&desk, "claims/deep.ron", deep);
    check_fails(
        &desk,
        "limit-exceeded",
        "brackets nest 65 deep, over the limit `depth`",
    );
}

#[test]
fn the_string_length_limit() {
    let desk = desk();
    limits(&desk, "string_length = 16");
    let run = check_fails(
        &desk,
        "limit-exceeded",
        "a string of 21 bytes, over the limit `string_length`",
    );
    assert!(
        run.stderr.contains("[limits] string_length = 32"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_diagnostics_limit_counts_the_rest() {
    let desk = desk();
    limits(&desk, "diagnostics = 2");
    let broken: String = (0..5)
        .map(|n| format!("Claim(id: \"b{n}\", bogus: 1),\n"))
        .collect();
    write(&desk, "claims/broken.ron", format!("[\n{broken}]\n"));
    let run = check_fails(&desk, "unknown-field", "unknown field `bogus`");
    assert_eq!(run.stderr.matches("error[").count(), 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("3 diagnostics not shown (the limit `diagnostics` is 2; raise it in claimgraph.toml: [limits] diagnostics = 4)"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("5 errors"), "{}", run.stderr);
}

#[test]
fn an_unknown_limit_is_a_syntax_error_in_the_settings() {
    let desk = desk();
    limits(&desk, "speed = 1");
    check_fails(&desk, "syntax", "unknown field `speed`");
}

// ---- Bounded time ----------------------------------------------------------

#[test]
fn many_broken_records_in_one_file_are_reported_in_bounded_time() {
    let desk = desk();
    let broken: String = (0..10_000)
        .map(|n| format!("    Claim(id: \"b{n}\", kind: Fact, text: \"broken {n}\", about: [\"tos\"], bogus: 1),\n"))
        .collect();
    write(&desk, "claims/broken.ron", format!("[\n{broken}]\n"));
    let start = Instant::now();
    let run = check_fails(&desk, "unknown-field", "unknown field `bogus`");
    assert!(run.stderr.contains("10000 errors"), "{}", run.stderr);
    // The last one shown is on its own line, counted from the index.
    assert!(
        run.stderr.contains("--> data/claims/broken.ron:1001:"),
        "{}",
        &run.stderr[run.stderr.len() - 600..]
    );
    assert!(start.elapsed() < DEADLINE);
}

#[test]
fn many_dangling_references_are_suggested_in_bounded_time() {
    let desk = desk();
    let actors: String = (0..5_000)
        .map(|n| format!("    Actor(id: \"person-{n:05}\", kind: Person, names: {{ \"en\": \"Person {n}\" }}),\n"))
        .collect();
    write(&desk, "actors/many.ron", format!("[\n{actors}]\n"));
    let statements: String = (0..2_000)
        .map(|n| format!("        Statement(id: \"d{n}\", claim: \"tos-used\", speaker: \"persn-{n:05}\", stance: Affirms, quote: \"the enemy used the TOS system\"),\n"))
        .collect();
    edit(
        &desk,
        "sources/doc.ron",
        "statements: [\n",
        &format!("statements: [\n{statements}"),
    );
    let run = check_fails(
        &desk,
        "dangling-reference",
        "refers to unknown actor or outlet `persn-00007`",
    );
    assert!(
        run.stderr.contains("did you mean `person-00007`"),
        "{}",
        run.stderr
    );
}

// ---- What editors write ----------------------------------------------------

#[test]
fn a_byte_order_mark_is_accepted() {
    let desk = desk();
    let text = desk.read("actors.ron");
    write(&desk, "actors.ron", format!("\u{FEFF}{text}"));
    let text = desk.read("sources/doc.ron");
    write(&desk, "sources/doc.ron", format!("\u{FEFF}{text}"));
    let text = desk.read("seed.txt");
    write(&desk, "seed.txt", format!("\u{FEFF}{text}"));
    check_clean(&desk);
}

#[test]
fn after_a_byte_order_mark_positions_are_right() {
    let desk = desk();
    write(
        &desk,
        "claims.ron",
        "\u{FEFF}[ Claim(id: \"x\", bogus: 1) ]\n",
    );
    let run = check_fails(&desk, "unknown-field", "unknown field `bogus`");
    assert!(
        run.stderr.contains("--> data/claims.ron:1:18"),
        "{}",
        run.stderr
    );
}

#[test]
fn crlf_line_ends_are_accepted_and_positions_stay_right() {
    let desk = desk();
    for file in ["actors.ron", "claims.ron", "sources/doc.ron"] {
        let text = desk.read(file).replace('\n', "\r\n");
        write(&desk, file, text);
    }
    check_clean(&desk);
    edit(
        &desk,
        "sources/doc.ron",
        "speaker: \"spokes\"",
        "speaker: \"spoke\"",
    );
    let run = check_fails(
        &desk,
        "dangling-reference",
        "unknown actor or outlet `spoke`",
    );
    assert!(
        run.stderr.contains("--> data/sources/doc.ron:13:22"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("did you mean `spokes`"),
        "{}",
        run.stderr
    );
}

#[test]
fn tabs_and_trailing_commas_are_accepted_with_columns_in_characters() {
    let desk = desk();
    write(
        &desk,
        "claims.ron",
        "[\n\tClaim(id: \"tos-used\", kind: Fact, text: \"The enemy used TOS.\", about: [\"tos\",],),\n\tClaim(id: \"tos-not-used\", kind: Fact, text: \"TOS was not used.\", about: [\"tos\"],),\n]\n",
    );
    check_clean(&desk);
    edit(
        &desk,
        "claims.ron",
        "kind: Fact, text: \"TOS",
        "kind: Fakt, text: \"TOS",
    );
    let run = check_fails(&desk, "unknown-variant", "unknown value `Fakt`");
    assert!(
        run.stderr.contains("--> data/claims.ron:3:34"),
        "{}",
        run.stderr
    );
}

// ---- Unicode hygiene -------------------------------------------------------

#[test]
fn a_bidi_override_in_a_name_is_a_warning_shown_escaped() {
    let desk = desk();
    edit(
        &desk,
        "actors.ron",
        "\"Spokesperson\" }",
        "\"Spokes\u{202E}person\" }",
    );
    let run = bounded(&desk, &["check", "--deny-warnings"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("warning[invisible-character]: the en name of `spokes` holds the invisible character U+202E"), "{}", run.stderr);
    assert!(!run.stderr.contains('\u{202E}'), "{}", run.stderr);
}

#[test]
fn a_zero_width_space_in_a_quote_is_a_warning() {
    let desk = desk();
    edit(
        &desk,
        "sources/doc.ron",
        "the enemy used",
        "the enemy\u{200B} used",
    );
    let run = bounded(&desk, &["check"]);
    assert!(
        run.stderr.contains(
            "warning[invisible-character]: the quote holds the invisible character U+200B"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn a_homoglyph_in_a_name_is_a_warning() {
    let desk = desk();
    edit(&desk, "outlets.ron", "\"Sputnik\"", "\"Sputn\u{0456}k\"");
    let run = bounded(&desk, &["check"]);
    assert!(run.stderr.contains("warning[mixed-script]: the en name of `sputnik` mixes Latin with Cyrillic letters (U+0456)"), "{}", run.stderr);
}

#[test]
fn a_homoglyph_in_an_id_is_named_in_the_bad_id_hint() {
    let desk = desk();
    edit(&desk, "outlets.ron", "id: \"ppn\"", "id: \"pp\u{043F}\"");
    let run = check_fails(&desk, "bad-id", "is not a valid id");
    assert!(
        run.stderr
            .contains("mixes Latin with Cyrillic letters: U+043F"),
        "{}",
        run.stderr
    );
}

#[test]
fn arabic_marks_are_not_invisible_characters() {
    let desk = desk();
    edit(
        &desk,
        "actors.ron",
        "\"وزارة الدفاع\"",
        "\"وزارة\u{200F} الدفاع\u{200C}\"",
    );
    check_clean(&desk);
}

#[test]
fn a_language_given_twice_in_names_is_an_error() {
    let desk = desk();
    edit(
        &desk,
        "actors.ron",
        "{ \"en\": \"Spokesperson\" }",
        "{ \"en\": \"A\", \"en\": \"B\" }",
    );
    let run = check_fails(&desk, "duplicate-key", "duplicate key `en` in `names`");
    assert!(
        run.stderr.contains("--> data/actors.ron:13:"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_escape_sequence_in_a_file_name_is_shown_escaped() {
    let desk = desk();
    write(
        &desk,
        "claims/\u{1b}[2Jevil\n.ron",
        "[ Claim(id: \"x\", bogus: 1) ]",
    );
    let run = check_fails(&desk, "unknown-field", "unknown field `bogus`");
    assert!(
        run.stderr
            .contains("--> data/claims/\\u{1b}[2Jevil\\n.ron:1:18"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains('\u{1b}'), "{}", run.stderr);
}

#[test]
fn an_escape_sequence_in_a_refused_file_name_is_shown_escaped() {
    let desk = desk();
    std::fs::create_dir_all(desk.data().join("claims/\u{1b}]0;pwned\u{7}.ron")).unwrap();
    let run = check_fails(&desk, "not-a-file", "is a directory");
    assert!(
        run.stderr.contains("\\u{1b}]0;pwned\\u{7}.ron"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains('\u{1b}'), "{}", run.stderr);
}

#[test]
fn invalid_utf8_is_a_syntax_error_at_the_byte() {
    let desk = desk();
    write(
        &desk,
        "claims/bad.ron",
        b"[ Claim(id: \"\xff\") ]".as_slice(),
    );
    let run = check_fails(&desk, "syntax", "file is not valid UTF-8");
    assert!(
        run.stderr.contains("--> data/claims/bad.ron:1:14"),
        "{}",
        run.stderr
    );
}

// ---- Imported feeds: loops, depth, size, width ------------------------------

/// An empty data directory (no seed texts) to import into.
fn import_desk() -> Desk {
    Desk::empty()
}

/// Writes `text` as `name` in the desk's folder (beside `data/`).
fn input(desk: &Desk, name: &str, text: impl AsRef<[u8]>) {
    std::fs::write(desk.path().join(name), text).unwrap();
}

/// A ClaimReview of `claim`, with its claimant.
fn review_node(claim: &str) -> Value {
    json!({"@type": "ClaimReview", "claimReviewed": claim, "textualRating": "False",
           "url": "https://desk.example/review", "author": {"@type": "Organization", "name": "Desk"},
           "itemReviewed": {"@type": "Claim", "author": "A Claimant"}})
}

/// `import ARGS` fails (exit 1) saying `message`, and writes nothing.
fn import_fails(desk: &Desk, args: &[&str], stdin: Option<Vec<u8>>, message: &str) -> Run {
    let before = desk.files();
    let run = bounded_with(desk, args, stdin);
    assert_eq!(run.code, 1, "{}:\n{}", run.command, run.stderr);
    assert!(
        run.stderr.contains(message),
        "no {message:?}:\n{}",
        run.stderr
    );
    assert_eq!(desk.files(), before, "nothing is written");
    run
}

/// `import ARGS --format json` succeeds; its report, which must be valid
/// under `import.schema.json`.
fn import_report(desk: &Desk, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    let run = bounded(desk, &all);
    assert_eq!(run.code, 0, "{}:\n{}", run.command, run.stderr);
    let report: Value = serde_json::from_str(&run.stdout).expect("the report is JSON");
    schemas_accept(&[(&run.command, &report)]);
    report
}

#[test]
fn a_feed_that_lists_itself_ends_with_a_clear_error() {
    let desk = import_desk();
    // The very feed that overflowed the stack.
    input(
        &desk,
        "self.json",
        r##"{"@id":"#f","@type":"DataFeed","dataFeedElement":[{"@id":"#f"}]}"##,
    );
    import_fails(
        &desk,
        &["import", "claimreview", "self.json"],
        None,
        "self.json holds no fact-check review",
    );
    // With a review inside, it is read once.
    let feed = json!({"@id": "#f", "@type": "DataFeed",
        "dataFeedElement": [{"@id": "#f"}, review_node("The feed names itself"), {"@id": "#f"}]});
    input(&desk, "self.json", feed.to_string());
    let report = import_report(&desk, &["import", "claimreview", "self.json", "--dry-run"]);
    assert_eq!(report["reviews_read"], 1, "{report:#}");
}

#[test]
fn two_items_pointing_at_each_other_are_imported_once_each() {
    let desk = import_desk();
    let feed = json!({"@type": "DataFeed", "dataFeedElement": [
        {"@id": "#a", "@type": "ClaimReview", "claimReviewed": "Claim A", "textualRating": "False",
         "itemReviewed": {"@id": "#b"}, "isBasedOn": {"@id": "#c"}},
        {"@id": "#b", "@type": "Claim", "author": "A Claimant", "appearance": {"@id": "#a"}},
        {"@id": "#c", "@type": "ClaimReview", "claimReviewed": "Claim C", "textualRating": "True",
         "itemReviewed": {"@id": "#b"}, "isBasedOn": {"@id": "#a"}}
    ]});
    input(&desk, "pair.json", feed.to_string());
    let report = import_report(&desk, &["import", "claimreview", "pair.json"]);
    assert_eq!(report["reviews_read"], 2, "{report:#}");
    let claims = desk.read("claims/import-pair.ron");
    assert_eq!(claims.matches("Claim(").count(), 2, "{claims}");
    desk.assert_checks_clean();
}

#[test]
fn a_hundred_thousand_deep_document_is_refused_by_the_depth_limit() {
    let desk = import_desk();
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    input(&desk, "deep.json", &deep);
    let run = import_fails(
        &desk,
        &["import", "claimreview", "deep.json"],
        None,
        "deep.json nests brackets 65 deep (line 1, column 65), over the limit `import_depth`",
    );
    assert!(
        run.stderr
            .contains("raise it in claimgraph.toml: [limits] import_depth = 128"),
        "{}",
        run.stderr
    );
    // The same on standard input, and as a page's JSON-LD block.
    import_fails(
        &desk,
        &["import", "claimreview", "-"],
        Some(deep.clone().into_bytes()),
        "<stdin> nests brackets 65 deep",
    );
    input(
        &desk,
        "deep.html",
        format!("<html><script type=\"application/ld+json\">{deep}</script></html>"),
    );
    import_fails(
        &desk,
        &["import", "claimreview", "deep.html"],
        None,
        "deep.html nests brackets 65 deep in its JSON-LD block 1",
    );
}

/// A ClaimReview inside `depth - 1` arrays: `depth` brackets deep at its
/// innermost (the review's own object holds one more level).
fn nested_review(depth: usize) -> String {
    let review =
        json!({"@type": "ClaimReview", "claimReviewed": "Deep claim", "textualRating": "False"});
    format!(
        "{}{}{}",
        "[".repeat(depth - 1),
        review,
        "]".repeat(depth - 1)
    )
}

#[test]
fn the_import_depth_limit_passes_at_it_and_refuses_above() {
    let desk = import_desk();
    limits(&desk, "import_depth = 10");
    input(&desk, "at.json", nested_review(10));
    input(&desk, "over.json", nested_review(11));
    let report = import_report(&desk, &["import", "claimreview", "at.json", "--dry-run"]);
    assert_eq!(report["reviews_read"], 1);
    import_fails(
        &desk,
        &["import", "claimreview", "over.json"],
        None,
        "over.json nests brackets 11 deep (line 1, column 11), over the limit `import_depth`; it is not read (the limit `import_depth` is 10; raise it in claimgraph.toml: [limits] import_depth = 20)",
    );
}

#[test]
fn past_the_json_parsers_own_depth_the_error_says_no_setting_raises_it() {
    let desk = import_desk();
    limits(&desk, "import_depth = 1000");
    input(&desk, "at.json", nested_review(127));
    let report = import_report(&desk, &["import", "claimreview", "at.json", "--dry-run"]);
    assert_eq!(report["reviews_read"], 1);
    input(&desk, "over.json", nested_review(128));
    import_fails(
        &desk,
        &["import", "claimreview", "over.json"],
        None,
        "over.json nests brackets 128 deep (line 1, column 128), deeper than the JSON parser reads (serde_json's recursion limit: 127 brackets), whatever the limit `import_depth` says",
    );
}

/// A feed of one review padded with spaces to exactly `size` bytes.
fn padded_feed(size: usize) -> String {
    let feed = review_node("A padded claim").to_string();
    assert!(feed.len() <= size);
    format!("{feed}{}", " ".repeat(size - feed.len()))
}

#[test]
fn the_import_size_limit_passes_at_it_and_refuses_above_for_files_pages_and_stdin() {
    let desk = import_desk();
    limits(&desk, "import_size = 4096");
    input(&desk, "at.json", padded_feed(4096));
    input(&desk, "over.json", padded_feed(4097));
    let report = import_report(&desk, &["import", "claimreview", "at.json", "--dry-run"]);
    assert_eq!(report["reviews_read"], 1);
    let run = import_fails(
        &desk,
        &["import", "claimreview", "over.json"],
        None,
        "over.json is larger than 4096 bytes, over the limit `import_size`; it is not read",
    );
    assert!(
        run.stderr
            .contains("raise it in claimgraph.toml: [limits] import_size = 8192"),
        "{}",
        run.stderr
    );
    import_fails(
        &desk,
        &["import", "claimreview", "-"],
        Some(padded_feed(4097).into_bytes()),
        "<stdin> is larger than 4096 bytes, over the limit `import_size`",
    );
    let page = format!(
        "<html><script type=\"application/ld+json\">{}</script>{}</html>",
        review_node("x"),
        " ".repeat(5000)
    );
    input(&desk, "page.html", page);
    import_fails(
        &desk,
        &["import", "claimreview", "page.html"],
        None,
        "page.html is larger than 4096 bytes, over the limit `import_size`",
    );
    input(&desk, "sheet.csv", format!("claim\n{}\n", "x".repeat(5000)));
    import_fails(
        &desk,
        &["import", "csv", "sheet.csv"],
        None,
        "sheet.csv is larger than 4096 bytes, over the limit `import_size`",
    );
}

#[test]
fn an_endless_input_file_is_cut_at_the_default_import_size() {
    let desk = import_desk();
    // /dev/zero says no size and never ends: 64 MiB and one byte are read.
    let run = import_fails(
        &desk,
        &["import", "claimreview", "/dev/zero"],
        None,
        "/dev/zero is larger than 64 MiB, over the limit `import_size`",
    );
    assert!(
        run.stderr.contains("[limits] import_size = 134217728"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_import_items_limit_counts_every_input_and_passes_at_it() {
    let desk = import_desk();
    limits(&desk, "import_items = 4");
    let feed = |claims: &[&str]| {
        let items: Vec<Value> = claims.iter().map(|c| review_node(c)).collect();
        json!({"@type": "DataFeed", "dataFeedElement": items}).to_string()
    };
    input(&desk, "a.json", feed(&["one", "two", "three"]));
    input(&desk, "b.json", feed(&["four"]));
    input(&desk, "c.json", feed(&["five"]));
    let report = import_report(
        &desk,
        &["import", "claimreview", "a.json", "b.json", "--dry-run"],
    );
    assert_eq!(report["reviews_read"], 4);
    let run = import_fails(
        &desk,
        &["import", "claimreview", "a.json", "b.json", "c.json"],
        None,
        "c.json holds more items than the import may read: over the limit `import_items`, 4 items (reviews or rows) over all inputs; nothing is imported",
    );
    assert!(
        run.stderr
            .contains("raise it in claimgraph.toml: [limits] import_items = 8"),
        "{}",
        run.stderr
    );
    // Rows of a sheet are items too.
    input(&desk, "at.csv", "claim\na\nb\nc\nd\n");
    input(&desk, "over.csv", "claim\na\nb\nc\nd\ne\n");
    let report = import_report(&desk, &["import", "csv", "at.csv", "--dry-run"]);
    assert_eq!(report["reviews_read"], 4);
    import_fails(
        &desk,
        &["import", "csv", "over.csv"],
        None,
        "over.csv holds more items than the import may read: over the limit `import_items`",
    );
}

#[test]
fn a_wide_feed_imports_in_bounded_time() {
    let desk = import_desk();
    let items: Vec<Value> = (0..2_000)
        .map(|n| review_node(&format!("Wide claim number {n}")))
        .collect();
    input(
        &desk,
        "wide.json",
        json!({"@type": "DataFeed", "dataFeedElement": items}).to_string(),
    );
    let start = Instant::now();
    let report = import_report(&desk, &["import", "claimreview", "wide.json"]);
    assert_eq!(report["reviews_read"], 2_000);
    assert!(start.elapsed() < DEADLINE);
    let claims = desk.read("claims/import-wide.ron");
    assert_eq!(claims.matches("Claim(").count(), 2_000);
}

#[test]
fn a_page_of_a_hundred_thousand_nested_elements_imports_in_bounded_time() {
    let desk = import_desk();
    // html5ever's tree builder took minutes on this; its tokenizer does not.
    let page = format!(
        "<!DOCTYPE html><html lang=\"en\"><body>{}<script type=\"application/ld+json\">{}</script></body></html>",
        "<div>".repeat(100_000),
        review_node("A claim under many divs")
    );
    input(&desk, "divs.html", page);
    let report = import_report(&desk, &["import", "claimreview", "divs.html", "--dry-run"]);
    assert_eq!(report["reviews_read"], 1);
}

#[test]
fn a_claim_wording_nested_in_arrays_is_found_without_recursion() {
    let desk = import_desk();
    limits(&desk, "import_depth = 120");
    let wording = format!(
        "{}\"Deeply written claim\"{}",
        "[{\"@value\": ".repeat(55),
        "}]".repeat(55)
    );
    let feed = format!(
        "{{\"@type\": \"ClaimReview\", \"claimReviewed\": {wording}, \"textualRating\": \"False\"}}"
    );
    input(&desk, "nested.json", feed);
    import_report(&desk, &["import", "claimreview", "nested.json"]);
    assert!(
        desk.read("claims/import-nested.ron")
            .contains("\"Deeply written claim\"")
    );
}

#[test]
fn hostile_strings_in_a_feed_come_back_escaped_and_check_clean() {
    let desk = import_desk();
    let hostile = "Claim \"quoted\" \\ </script><script>alert(1)</script> \u{202e}evil\u{202c} \u{1b}[2J \"]; x -> y";
    let feed = json!({"@type": "ClaimReview", "claimReviewed": hostile, "textualRating": "False",
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Name\u{e000}\u{e006} \u{202e}) ]"}}});
    input(&desk, "hostile.json", feed.to_string());
    let run = bounded(&desk, &["import", "claimreview", "hostile.json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for stream in [&run.stdout, &run.stderr] {
        assert!(
            !stream.contains(['\u{1b}', '\u{202e}', '\u{e000}']),
            "{stream}"
        );
    }
    // What was written checks (a warning on the bidi control), and reads
    // back as written.
    let check = bounded(&desk, &["check"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(
        check.stderr.contains("warning[invisible-character]"),
        "{}",
        check.stderr
    );
    let shown = bounded(&desk, &["--format", "json", "claims"]);
    let claims: Value = serde_json::from_str(&shown.stdout).unwrap();
    schemas_accept(&[(&shown.command, &claims)]);
    assert!(shown.stdout.contains("\\u202e"), "{}", shown.stdout);
    assert_eq!(claims["claims"][0]["text"], hostile, "{claims:#}");
}

// ---- What the tool writes, read back by the real parsers ---------------------

/// The hostile fixture: quotes, backslashes, newlines, `]]>`, `</script>`,
/// right-to-left marks and DOT syntax in names, titles and quotes.
fn hostile_desk() -> Desk {
    Desk::copy_of("valid/hostile")
}

/// The two data sets every exporter is read back on: the hostile fixture
/// and the bundled data (with its seeds).
fn both_desks() -> [(&'static str, Desk); 2] {
    [("hostile", hostile_desk()), ("bundled", Desk::bundled())]
}

/// Stdout of a run that must succeed.
fn output(desk: &Desk, args: &[&str]) -> String {
    let run = bounded(desk, args);
    assert_eq!(run.code, 0, "{}:\n{}", run.command, run.stderr);
    run.stdout
}

/// A Python with `modules` for the checker scripts; see [`python_with`].
fn checker(modules: &[&str]) -> Option<PathBuf> {
    python_with(modules)
}

/// Runs the client `program args` with `stdin` (a parser of ours to trust,
/// so without the bounds of [`bounded`]): exit code, stdout, stderr.
fn client(program: &Path, args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{} does not start: {e}", program.display()));
    let mut pipe = child.stdin.take().unwrap();
    let bytes = stdin.to_vec();
    let feeder = std::thread::spawn(move || pipe.write_all(&bytes).ok());
    let output = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    (
        output.status.code().expect("the client exits"),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Graphviz reads `source` without an error or a warning; its SVG.
fn dot_reads(label: &str, source: &str) -> String {
    let (code, svg, stderr) = client(Path::new("dot"), &["-Tsvg"], source.as_bytes());
    assert_eq!(code, 0, "dot refused {label}: {stderr}");
    assert!(stderr.trim().is_empty(), "dot warned on {label}: {stderr}");
    svg
}

/// Every `<title>` of a Graphviz SVG (each node's and edge's name).
fn svg_titles(svg: &str) -> usize {
    svg.matches("<title>").count()
}

/// What html5lib found in `page` (`scripts/check_html.py`).
fn html5lib_reads(python: &Path, page: &str) -> Value {
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), page).unwrap();
    let script = root().join("scripts/check_html.py");
    let (code, out, err) = client(
        python,
        &[script.to_str().unwrap(), file.path().to_str().unwrap()],
        b"",
    );
    assert_eq!(code, 0, "check_html.py failed: {err}");
    serde_json::from_str(&out).expect("check_html.py prints JSON")
}

/// jsonschema accepts every `(label, answer)` under the schema it names
/// (`scripts/check_json_schemas.py`); skipped without Python.
fn schemas_accept(answers: &[(&str, &Value)]) {
    let Some(python) = checker(&["jsonschema"]) else {
        return;
    };
    let lines: String = answers
        .iter()
        .map(|(label, answer)| {
            let schema = answer["schema"]
                .as_str()
                .and_then(|s| s.strip_prefix("claimgraph/"))
                .unwrap_or_else(|| panic!("`{label}` names no schema: {answer:#}"));
            format!(
                "{}\n",
                json!({"schema": schema, "label": label, "instance": answer})
            )
        })
        .collect();
    let script = root().join("scripts/check_json_schemas.py");
    let (code, out, err) = client(&python, &[script.to_str().unwrap()], lines.as_bytes());
    assert_eq!(code, 0, "jsonschema rejected an answer:\n{err}{out}");
    assert!(
        out.starts_with(&format!("{} documents, 0 invalid", answers.len())),
        "{out}"
    );
}

#[test]
fn the_dot_export_is_read_by_graphviz_on_both_data_sets() {
    if !dot_available() {
        return;
    }
    for (name, desk) in both_desks() {
        for args in [
            &["export", "dot"][..],
            &["export", "dot", "--claim", "tos-used"],
        ] {
            let dot = output(&desk, args);
            assert!(
                !dot.contains(['\u{202e}', '\u{200f}']),
                "{name}: raw bidi in DOT"
            );
            let svg = dot_reads(name, &dot);
            assert!(svg_titles(&svg) > 2, "{name}: nothing drawn");
        }
    }
    // The hostile names are drawn as text, not as DOT syntax.
    let dot = output(&hostile_desk(), &["export", "dot"]);
    let svg = dot_reads("hostile", &dot);
    assert!(svg.contains("&quot;]; x &#45;&gt; y"), "{svg}");
    assert!(!svg.contains("<script"), "{svg}");
}

#[test]
fn the_dot_block_of_the_markdown_brief_is_read_by_graphviz() {
    if !dot_available() {
        return;
    }
    for (name, desk) in both_desks() {
        let brief = output(&desk, &["report", "tos-used", "--graph", "dot"]);
        let block = brief
            .split("```dot\n")
            .nth(1)
            .and_then(|rest| rest.split("\n```").next())
            .unwrap_or_else(|| panic!("{name}: no DOT block:\n{brief}"));
        assert!(
            !block.contains(['\u{202e}', '\u{202c}', '\u{200f}']),
            "{name}: raw bidi control in the DOT block"
        );
        dot_reads(name, block);
    }
}

#[test]
fn the_html_brief_is_read_by_html5lib_and_no_markup_comes_from_data() {
    let Some(python) = checker(&["html5lib"]) else {
        return;
    };
    for (name, desk) in both_desks() {
        for graph in ["dot", "auto"] {
            let page = output(
                &desk,
                &["report", "tos-used", "--to", "html", "--graph", graph],
            );
            let read = html5lib_reads(&python, &page);
            assert_eq!(read["errors"], json!([]), "{name}: html5lib parse errors");
            assert_eq!(read["scripts"], 0, "{name}: a <script> element");
            assert_eq!(read["handlers"], json!([]), "{name}: event handlers");
            assert_eq!(read["javascript"], json!([]), "{name}: javascript: URLs");
            assert!(read["elements"]["h1"] == 1, "{name}: {}", read["elements"]);
        }
    }
    // The hostile markup is there, as text a reader sees.
    let page = output(&hostile_desk(), &["report", "tos-used", "--to", "html"]);
    let text = html5lib_reads(&python, &page)["text"]
        .as_str()
        .unwrap()
        .to_string();
    for shown in [
        "</script><script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "\"]; x -> y",
    ] {
        assert!(text.contains(shown), "{shown:?} is not in the page's text");
    }
}

#[test]
fn the_rdf_exports_are_read_by_two_rdf_parsers_as_one_graph() {
    let Some(python) = checker(&["pyoxigraph", "rdflib"]) else {
        return;
    };
    for (name, desk) in both_desks() {
        let dir = tempfile::tempdir().unwrap();
        let turtle = dir.path().join("g.ttl");
        let ntriples = dir.path().join("g.nt");
        std::fs::write(&turtle, output(&desk, &["export", "turtle"])).unwrap();
        std::fs::write(&ntriples, output(&desk, &["export", "ntriples"])).unwrap();
        let script = root().join("scripts/check_rdf.py");
        let (code, out, err) = client(
            &python,
            &[
                script.to_str().unwrap(),
                turtle.to_str().unwrap(),
                ntriples.to_str().unwrap(),
            ],
            b"",
        );
        assert_eq!(code, 0, "{name}: an RDF parser refused the export: {err}");
        let report: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(report["same_graph"], true, "{name}: {report:#}");
        // Four parses (two syntaxes, two parsers), one count of triples.
        let counts = &report["counts"];
        let turtle = &counts["turtle"]["pyoxigraph"];
        assert!(turtle.as_u64() > Some(10), "{name}: {report:#}");
        for (syntax, parser) in [
            ("turtle", "rdflib"),
            ("ntriples", "pyoxigraph"),
            ("ntriples", "rdflib"),
        ] {
            assert_eq!(&counts[syntax][parser], turtle, "{name}: {report:#}");
        }
    }
}

#[test]
fn json_answers_on_hostile_data_are_valid_and_escape_bidi_controls() {
    let desk = hostile_desk();
    let mut answers = Vec::new();
    for args in [
        &["check"][..],
        &["show", "mod"],
        &["show", "tos-used"],
        &["origins", "tos-used"],
        &["trace", "tos-used"],
        &["said", "mod"],
        &["claims"],
        &["export", "json"],
    ] {
        let mut all = vec!["--format", "json"];
        all.extend(args);
        let run = bounded(&desk, &all);
        assert_eq!(run.code, 0, "{}:\n{}", run.command, run.stderr);
        assert!(
            !run.stdout.contains(['\u{202e}', '\u{202c}']),
            "{}: a raw bidi control",
            run.command
        );
        let answer: Value = serde_json::from_str(&run.stdout).unwrap();
        answers.push((run.command, answer));
    }
    assert!(
        answers[1].1.to_string().contains('\u{202e}'),
        "kept, escaped"
    );
    let borrowed: Vec<(&str, &Value)> = answers.iter().map(|(l, a)| (l.as_str(), a)).collect();
    schemas_accept(&borrowed);
}

// ---- Terminal: colour markers, and a miss among many -------------------------

#[test]
fn private_use_characters_in_a_name_cannot_forge_colours() {
    let desk = desk();
    let markers: String = (0xE000..=0xE006u32).filter_map(char::from_u32).collect();
    edit(
        &desk,
        "actors.ron",
        "\"Spokesperson\" }",
        &format!("\"Spokes{markers}person\" }}"),
    );
    let plain = bounded(&desk, &["show", "spokes"]);
    assert_eq!(plain.code, 0, "{}", plain.stderr);
    assert!(
        !plain.stdout.contains('\u{1b}'),
        "colour in a pipe: {}",
        plain.stdout
    );
    assert!(plain.stdout.contains("Spokes\\u{e000}"), "{}", plain.stdout);
    let coloured = bounded(&desk, &["--color", "always", "show", "spokes"]);
    let line = coloured
        .stdout
        .lines()
        .find(|l| l.contains("names"))
        .unwrap();
    assert!(
        !line.contains('\u{1b}'),
        "the name's line has colour: {line:?}"
    );
    assert!(!coloured.stdout.contains(markers.as_str()));
}

#[test]
fn a_miss_among_twenty_thousand_actors_is_answered_in_bounded_time() {
    let desk = desk();
    let actors: String = (0..20_000)
        .map(|n| format!("    Actor(id: \"person-{n:05}\", kind: Person, names: {{ \"en\": \"Person {n}\" }}),\n"))
        .collect();
    write(&desk, "actors/many.ron", format!("[\n{actors}]\n"));
    // 7 s before the index; within the deadline now, with a suggestion.
    let run = bounded(&desk, &["show", "persn-12345"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("persn-12345"), "{}", run.stderr);
    assert!(run.stderr.contains("person-12345"), "{}", run.stderr);
}

// ---- Writers -----------------------------------------------------------------

#[test]
fn two_review_writers_at_once_each_land_or_say_they_were_refused() {
    use crate::review::{evidence_by, spawn};
    let desk = Desk::copy_of("valid/with-review");
    let mut landed = Vec::new();
    for round in 0..15 {
        let children: Vec<(String, std::process::Child)> = (0..2)
            .map(|n| {
                let note = format!("hostile race {round}-{n}");
                (
                    note.clone(),
                    spawn(desk.path(), &evidence_by("racer", &note)),
                )
            })
            .collect();
        for (note, child) in children {
            let out = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(!stderr.contains("panicked"), "{stderr}");
            if out.status.success() {
                landed.push(note);
            } else {
                assert!(
                    stderr.contains("nothing was written") || stderr.contains("unchanged"),
                    "a refused writer says so: {stderr}"
                );
            }
        }
    }
    let text = desk.read("reviews/tos-used.ron");
    for note in &landed {
        assert_eq!(
            text.matches(&format!("\"{note}\"")).count(),
            1,
            "{note} is lost"
        );
    }
    assert_eq!(
        text.matches("note: Some(\"hostile race ").count(),
        landed.len()
    );
    assert!(
        !desk
            .files()
            .keys()
            .any(|name| name.ends_with(".claimgraph-tmp")),
        "no temporary file left"
    );
    desk.assert_checks_clean();
}
