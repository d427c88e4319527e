//! Hostile input to the loader: paths out of the project, files that are no
//! files, data over the limits, what real editors write, and text that
//! displays other than it reads. Every case runs the binary with a deadline
//! ([`bounded`]: killed after 20 s is a failure) and asserts a clear error
//! (exit status, diagnostic code, message) or a clean answer, never a
//! panic, never a line of a file outside the project.
//!
//! Symlinks and FIFOs are made in temporary desks, so the suite is Unix-only
//! where it needs them.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{Desk, Run, clean_environment};

/// How long any one run may take before it counts as hung.
const DEADLINE: Duration = Duration::from_secs(20);

/// `claimgraph --data data ARGS` in `desk`, killed after [`DEADLINE`]
/// (then the test fails); it must exit by itself and not panic.
fn bounded(desk: &Desk, args: &[&str]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_claimgraph"));
    clean_environment(&mut command);
    command
        .current_dir(desk.path())
        .args(["--data", "data"])
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("claimgraph starts");
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
    let run = Run {
        command: format!("claimgraph --data data {}", args.join(" ")),
        code: status.code().expect("claimgraph exits, it is not killed"),
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
