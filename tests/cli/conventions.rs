//! The conventions of a command-line tool: shell completions and man pages
//! (checked by the real shells and `man`), `--color`, `-o FILE` with
//! `--force`, and the help's "Global options" heading.
//!
//! The shells and `man` are skipped when missing, unless
//! `CLAIMGRAPH_REQUIRE_SHELLS=1` (set by `scripts/test-all.sh`) makes that a
//! failure. The generated copies in `docs/man/` and `docs/completions/` must
//! be what the binary prints; `CLAIMGRAPH_REGENERATE=1 cargo test --test cli
//! the_committed` rewrites them (only those two tests: the others read the
//! copies while they are rewritten).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::{Claimgraph, Desk, assert_cmd_snapshot, dot_available, python, root, run};

/// The committed completion scripts, by shell.
const SHELLS: [&str; 3] = ["bash", "zsh", "fish"];

const ESC: char = '\u{1b}';

/// `program` can be run, else the test skips; under
/// `CLAIMGRAPH_REQUIRE_SHELLS=1` a missing one is a failure.
pub(crate) fn installed(program: &str) -> bool {
    let found = Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found && std::env::var("CLAIMGRAPH_REQUIRE_SHELLS").is_ok_and(|v| v == "1") {
        panic!("`{program}` is required (CLAIMGRAPH_REQUIRE_SHELLS=1) but not installed");
    }
    found
}

/// Runs `program args`, returning (success, stdout, stderr).
fn shell(program: &str, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(program)
        .args(args)
        .env("MANWIDTH", "80")
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn completion_copy(shell: &str) -> PathBuf {
    root().join(format!("docs/completions/claimgraph.{shell}"))
}

/// Every man page the binary prints, by file name: `claimgraph man`, then
/// the page of every subcommand its SUBCOMMANDS section names, and so on
/// down. A name with no page would fail here (`man` refuses it).
fn man_pages() -> BTreeMap<String, String> {
    let mut pages = BTreeMap::new();
    let mut todo: Vec<Vec<String>> = vec![Vec::new()];
    while let Some(path) = todo.pop() {
        let page = Claimgraph::new().args(["man"]).args(&path).run().ok();
        let name = std::iter::once("claimgraph".to_string())
            .chain(path.iter().cloned())
            .collect::<Vec<_>>()
            .join("-");
        // roff writes a hyphen as `\-`; a subcommand's page is referred to
        // as `claimgraph\-SUB(1)` on a line of its own.
        let prefix = format!("{}\\-", name.replace('-', "\\-"));
        for line in page.lines() {
            if let Some(child) = line
                .strip_prefix(&prefix)
                .and_then(|rest| rest.strip_suffix("(1)"))
            {
                let mut child_path = path.clone();
                child_path.push(child.replace("\\-", "-"));
                todo.push(child_path);
            }
        }
        assert!(
            pages.insert(format!("{name}.1"), page).is_none(),
            "{name} twice"
        );
    }
    pages
}

/// Whether to rewrite the committed copies instead of comparing them.
fn regenerate() -> bool {
    std::env::var("CLAIMGRAPH_REGENERATE").is_ok_and(|v| v == "1")
}

const STALE: &str = "is not what the binary prints; regenerate the copies with \
                     `CLAIMGRAPH_REGENERATE=1 cargo test --test cli the_committed` and commit them";

#[test]
fn the_committed_completion_scripts_are_current() {
    for shell in SHELLS {
        let script = run(&["completions", shell]).ok();
        let path = completion_copy(shell);
        if regenerate() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &script).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(committed == script, "{} {STALE}", path.display());
    }
}

#[test]
fn the_committed_man_pages_are_current_and_complete() {
    let pages = man_pages();
    assert!(pages.len() > 20, "{:?}", pages.keys());
    for name in [
        "claimgraph.1",
        "claimgraph-review-set.1",
        "claimgraph-export.1",
    ] {
        assert!(pages.contains_key(name), "{:?}", pages.keys());
    }
    assert!(!pages.contains_key("claimgraph-help.1"), "help has no page");
    let dir = root().join("docs/man");
    if regenerate() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (name, page) in &pages {
            std::fs::write(dir.join(name), page).unwrap();
        }
    }
    let committed: BTreeMap<String, String> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .map(|e| e.unwrap().path())
                .map(|p| {
                    let name = p.file_name().unwrap().to_string_lossy().into_owned();
                    (name, std::fs::read_to_string(&p).unwrap())
                })
                .collect()
        })
        .unwrap_or_default();
    let names = |m: &BTreeMap<String, String>| m.keys().cloned().collect::<Vec<_>>();
    assert_eq!(names(&committed), names(&pages), "docs/man {STALE}");
    for (name, page) in &pages {
        assert!(committed[name] == *page, "docs/man/{name} {STALE}");
    }
}

#[test]
fn completions_are_offered_for_every_shell_clap_complete_knows() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = run(&["completions", shell]).ok();
        assert!(script.contains("claimgraph"), "{shell}: {script}");
        assert!(script.contains("export"), "{shell}: {script}");
    }
    let refused = run(&["completions", "tcsh"]);
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(refused.stderr.contains("tcsh"), "{}", refused.stderr);
}

#[test]
fn completions_need_no_data_directory() {
    let desk = Desk::empty();
    let missing = Claimgraph::new()
        .current_dir(desk.path())
        .data("no-such-folder");
    let run = missing.clone().args(["completions", "bash"]).run();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        std::fs::read_to_string(completion_copy("bash")).unwrap()
    );
    let man = missing.args(["man"]).run();
    assert_eq!(man.code, 0, "{}", man.stderr);
}

/// The words bash offers after `words` (the last one being completed),
/// from the committed script, sourced.
fn bash_offers(words: &[&str]) -> Vec<String> {
    let script = completion_copy("bash");
    let line = words.join(" ");
    let program = format!(
        r#"source '{}' || exit 3
COMP_WORDS=({line})
COMP_CWORD={cword}
COMP_LINE='{line}'
COMP_POINT=${{#COMP_LINE}}
_claimgraph claimgraph '{cur}' '{prev}'
printf '%s\n' "${{COMPREPLY[@]}}""#,
        script.display(),
        cword = words.len() - 1,
        cur = words[words.len() - 1],
        prev = words[words.len() - 2],
    );
    let (ok, stdout, stderr) = shell("bash", &["--norc", "--noprofile", "-c", &program]);
    assert!(ok, "{stderr}");
    stdout.lines().map(str::to_string).collect()
}

#[test]
fn bash_reads_the_script_registers_it_and_completes() {
    if !installed("bash") {
        return;
    }
    let script = completion_copy("bash");
    let script = script.to_str().unwrap();
    let (ok, _, stderr) = shell("bash", &["-n", script]);
    assert!(ok, "bash -n: {stderr}");
    let (ok, stdout, stderr) = shell(
        "bash",
        &[
            "--norc",
            "--noprofile",
            "-c",
            &format!("source '{script}' && complete -p claimgraph"),
        ],
    );
    assert!(ok && stderr.is_empty(), "{stderr}");
    assert!(
        stdout.contains("-F _claimgraph") && stdout.trim_end().ends_with(" claimgraph"),
        "{stdout}"
    );
    assert_eq!(bash_offers(&["claimgraph", "exp"]), ["export"]);
    assert_eq!(
        bash_offers(&["claimgraph", "export", "cl"]),
        ["claimreview"]
    );
    let colours = bash_offers(&["claimgraph", "trace", "--color", ""]);
    assert_eq!(colours, ["auto", "always", "never"]);
    let shells = bash_offers(&["claimgraph", "completions", "z"]);
    assert_eq!(shells, ["zsh"]);
}

#[test]
fn zsh_reads_the_script() {
    if !installed("zsh") {
        return;
    }
    let script = completion_copy("zsh");
    let (ok, _, stderr) = shell("zsh", &["-n", script.to_str().unwrap()]);
    assert!(ok, "zsh -n: {stderr}");
    // Loaded by the completion system, it defines the completer.
    let program = format!(
        "autoload -U compinit && compinit -u -D && source '{}' && whence -w _claimgraph",
        script.display()
    );
    let (ok, stdout, stderr) = shell("zsh", &["-f", "-c", &program]);
    assert!(ok && stderr.is_empty(), "{stderr}");
    assert_eq!(stdout.trim(), "_claimgraph: function", "{stderr}");
}

#[test]
fn fish_reads_the_script_and_completes() {
    if !installed("fish") {
        return;
    }
    let script = completion_copy("fish");
    let script = script.to_str().unwrap();
    let (ok, _, stderr) = shell("fish", &["--no-config", "-n", script]);
    assert!(ok, "fish -n: {stderr}");
    // `-n` only parses; sourcing runs every `complete` line.
    let (ok, _, stderr) = shell(
        "fish",
        &["--no-config", "-c", &format!("source '{script}'")],
    );
    assert!(ok && stderr.is_empty(), "fish: {stderr}");
    let offered = |line: &str| -> Vec<String> {
        let program = format!("source '{script}'; complete -C '{line}'");
        let (ok, stdout, stderr) = shell("fish", &["--no-config", "-c", &program]);
        assert!(ok, "{stderr}");
        stdout
            .lines()
            .map(|l| l.split('\t').next().unwrap().to_string())
            .collect()
    };
    assert!(
        offered("claimgraph exp").contains(&"export".to_string()),
        "{:?}",
        offered("claimgraph exp")
    );
    // clap_complete's fish script completes options and their values
    // (not positional values such as `export`'s format).
    assert_eq!(offered("claimgraph report x --to h"), ["html"]);
    assert_eq!(offered("claimgraph export --col"), ["--color"]);
}

#[test]
fn man_renders_every_page_without_a_warning() {
    if !installed("man") {
        return;
    }
    let dir = root().join("docs/man");
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    pages.sort();
    assert!(!pages.is_empty());
    for page in &pages {
        let (ok, text, stderr) = shell("man", &["--warnings", "-l", page.to_str().unwrap()]);
        assert!(ok && stderr.is_empty(), "{}: {stderr}", page.display());
        assert!(text.contains("NAME") && text.contains("SYNOPSIS"), "{text}");
        assert!(!text.contains("\\f") && !text.contains("\\-"), "{text}");
    }
    let (_, main, _) = shell("man", &["-l", dir.join("claimgraph.1").to_str().unwrap()]);
    for expected in [
        "GLOBAL OPTIONS",
        "--color <WHEN>",
        "claimgraph-export(1)",
        "ENVIRONMENT",
        "CLAIMGRAPH_DATA",
        "CLAIMGRAPH_REVIEWER",
        "NO_COLOR",
        "CLICOLOR_FORCE",
    ] {
        assert!(main.contains(expected), "no {expected:?} in:\n{main}");
    }
    let (_, export, _) = shell(
        "man",
        &["-l", dir.join("claimgraph-export.1").to_str().unwrap()],
    );
    assert!(export.contains("--force"), "{export}");
}

#[test]
fn man_refuses_a_page_that_does_not_exist() {
    let refused = run(&["man", "review", "nope"]);
    assert_eq!(refused.code, 2);
    assert!(refused.stdout.is_empty());
    assert!(
        refused
            .stderr
            .contains("`claimgraph review nope` is not a command"),
        "{}",
        refused.stderr
    );
    assert!(refused.stderr.contains("publish"), "{}", refused.stderr);
}

// --color

/// The bundled data, with a colour setting: the harness gives every run
/// `NO_COLOR=1`, which `env` may replace.
fn coloured(args: &[&str], env: &[(&str, &str)]) -> crate::support::Run {
    env.iter()
        .fold(Claimgraph::new().args(args), |c, (k, v)| c.env(k, v))
        .run()
}

#[test]
fn color_always_colours_an_answer_whatever_the_environment() {
    let run = coloured(&["--color", "always", "origins", "tos-used"], &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains(ESC), "NO_COLOR=1 is overridden");
    let plain = coloured(&["origins", "tos-used"], &[]).ok();
    assert!(!plain.contains(ESC));
    assert_eq!(strip_ansi(&run.stdout), plain, "colour adds nothing else");
    assert_cmd_snapshot!("color-always-origins", run);
}

#[test]
fn color_always_colours_diagnostics_and_errors() {
    let run = Claimgraph::new()
        .data("tests/fixtures/invalid/dangling-reference")
        .args(["--color", "always", "check"])
        .run();
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains(ESC), "{}", run.stderr);
    assert_cmd_snapshot!("color-always-check-dangling-reference", run);
    let unknown = coloured(&["--color=always", "trace", "no-such-claim"], &[]);
    assert_eq!(unknown.code, 2);
    assert!(
        unknown
            .stderr
            .starts_with("\u{1b}[1m\u{1b}[31merror:\u{1b}[0m "),
        "{:?}",
        unknown.stderr
    );
    assert_cmd_snapshot!("color-always-unknown-claim", unknown);
    // clap's own usage errors follow the flag too.
    let usage = coloured(&["--color", "always", "trace"], &[]);
    assert_eq!(usage.code, 2);
    assert!(usage.stderr.contains(ESC), "{}", usage.stderr);
}

#[test]
fn color_never_wins_over_clicolor_force() {
    let env = [("NO_COLOR", ""), ("CLICOLOR_FORCE", "1")];
    let answer = coloured(&["--color", "never", "origins", "tos-used"], &env);
    assert!(!answer.ok().contains(ESC));
    let check = Claimgraph::new()
        .data("tests/fixtures/invalid/dangling-reference")
        .env("NO_COLOR", "")
        .env("CLICOLOR_FORCE", "1")
        .args(["check", "--color", "never"])
        .run();
    assert_eq!(check.code, 1);
    assert!(!check.stderr.contains(ESC), "{}", check.stderr);
    let usage = coloured(&["--color", "never", "trace"], &env);
    assert!(!usage.stderr.contains(ESC), "{}", usage.stderr);
}

#[test]
fn clicolor_force_colours_a_pipe_unless_no_color_is_set() {
    let forced = coloured(
        &["origins", "tos-used"],
        &[("NO_COLOR", ""), ("CLICOLOR_FORCE", "1")],
    );
    assert!(forced.ok().contains(ESC));
    let check = Claimgraph::new()
        .data("tests/fixtures/invalid/dangling-reference")
        .env("NO_COLOR", "")
        .env("CLICOLOR_FORCE", "1")
        .args(["check"])
        .run();
    assert!(check.stderr.contains(ESC), "{}", check.stderr);
    // NO_COLOR comes first, as for clap's own output.
    let both = coloured(
        &["origins", "tos-used"],
        &[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")],
    );
    assert!(!both.ok().contains(ESC));
    // Set but empty is unset, for both.
    let empty = coloured(
        &["origins", "tos-used"],
        &[("NO_COLOR", ""), ("CLICOLOR_FORCE", "")],
    );
    assert!(!empty.ok().contains(ESC), "a pipe is not a terminal");
}

#[test]
fn auto_colours_a_terminal_and_not_a_pipe() {
    // `script` runs the command on a pseudo-terminal.
    if !Command::new("script")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        return;
    }
    let bin = env!("CARGO_BIN_EXE_claimgraph");
    let on = |command: String, no_color: &str| -> String {
        let mut script = Command::new("script");
        crate::support::clean_environment(&mut script);
        let out = script
            .current_dir(root())
            .env("NO_COLOR", no_color)
            .args(["-qec", &command, "/dev/null"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{command}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let terminal = on(format!("{bin} origins tos-used"), "");
    assert!(terminal.contains(ESC), "{terminal}");
    let piped = on(format!("{bin} origins tos-used | cat"), "");
    assert!(!piped.contains(ESC), "{piped}");
    let no_color = on(format!("{bin} origins tos-used"), "1");
    assert!(!no_color.contains(ESC), "{no_color}");
    let never = on(format!("{bin} --color never origins tos-used"), "");
    assert!(!never.contains(ESC), "{never}");
    // Diagnostics look at stderr, not stdout.
    let check = format!("{bin} --data tests/fixtures/invalid/dangling-reference check");
    let stderr_on_terminal = on(format!("{check} > /dev/null || true"), "");
    assert!(stderr_on_terminal.contains(ESC), "{stderr_on_terminal}");
    let stderr_piped = on(format!("{check} 2>&1 | cat"), "");
    assert!(!stderr_piped.contains(ESC), "{stderr_piped}");
    assert!(
        stderr_piped.contains("dangling-reference"),
        "{stderr_piped}"
    );
}

/// `text` without its ANSI SGR sequences.
fn strip_ansi(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(ESC) {
        out.push_str(&rest[..at]);
        let end = rest[at..].find('m').expect("an SGR sequence ends in m");
        rest = &rest[at + end + 1..];
    }
    out.push_str(rest);
    out
}

// -o FILE and --force

/// What `args` writes to stdout on `data` (a folder of the repository).
fn stdout_of(data: &str, args: &[&str]) -> String {
    Claimgraph::new().data(data).args(args).run().ok()
}

/// The names of the files in `dir`, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// `-o FILE` writes exactly what stdout gets, refuses an existing file
/// (leaving it as it was), replaces it with `--force`, and leaves no
/// temporary file behind. Returns the file written.
fn writes_a_file_as_stdout(data: &str, args: &[&str], name: &str) -> (tempfile::TempDir, PathBuf) {
    let expected = stdout_of(data, args);
    assert!(!expected.is_empty());
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(name);
    let target = file.to_str().unwrap();
    let with_file = |extra: &[&str]| {
        Claimgraph::new()
            .data(data)
            .args(args)
            .args(["-o", target])
            .args(extra)
            .run()
    };
    let written = with_file(&[]);
    assert_eq!(written.code, 0, "{}", written.stderr);
    assert!(written.stdout.is_empty(), "{}", written.stdout);
    assert!(
        written.stderr.contains(&format!("wrote {target}")),
        "{}",
        written.stderr
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), expected);
    assert_eq!(listing(dir.path()), [name]);

    std::fs::write(&file, "someone's edited copy").unwrap();
    let refused = with_file(&[]);
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    assert!(refused.stdout.is_empty());
    assert_eq!(
        refused.stderr,
        format!(
            "error: cannot write output: {target} already exists; nothing was written (pass --force to replace it)\n"
        )
    );
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "someone's edited copy"
    );
    assert_eq!(listing(dir.path()), [name]);

    let forced = with_file(&["--force"]);
    assert_eq!(forced.code, 0, "{}", forced.stderr);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), expected);
    assert_eq!(listing(dir.path()), [name], "no temporary file is left");
    (dir, file)
}

const DATASETS: [&str; 2] = ["data", "tests/fixtures/valid/hostile"];

#[test]
fn export_dot_to_a_file() {
    for data in DATASETS {
        for args in [
            &["export", "dot"][..],
            &["export", "dot", "--claim", "tos-used"],
        ] {
            if data != "data" && args.len() > 2 {
                continue;
            }
            let (_dir, file) = writes_a_file_as_stdout(data, args, "graph.dot");
            if dot_available() {
                let (ok, _, stderr) =
                    shell("dot", &["-Tsvg", "-o/dev/null", file.to_str().unwrap()]);
                assert!(ok && stderr.is_empty(), "{data}: dot says {stderr}");
            }
        }
    }
}

#[test]
fn export_claimreview_to_a_file() {
    for data in DATASETS {
        let (_dir, file) =
            writes_a_file_as_stdout(data, &["export", "claimreview"], "claimreview.json");
        let document: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        if document["@graph"].as_array().unwrap().is_empty() {
            // The hostile fixture has no reviews, so nothing for the checker.
            continue;
        }
        if let Some(python) = python() {
            let out = Command::new(python)
                .arg(root().join("scripts/check_claimreview.py"))
                .arg(&file)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{data}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
}

#[test]
fn report_to_a_file() {
    let (_dir, _file) = writes_a_file_as_stdout(
        "data",
        &["report", "tos-used", "--to", "html", "--graph", "dot"],
        "brief.html",
    );
}

#[test]
fn force_needs_a_file() {
    for args in [
        &["export", "dot", "--force"][..],
        &["report", "tos-used", "--force"],
    ] {
        let refused = run(args);
        assert_eq!(refused.code, 2, "{}", refused.stderr);
        assert!(
            refused.stderr.contains("--output <FILE>"),
            "{}",
            refused.stderr
        );
        assert!(refused.stdout.is_empty());
    }
}

#[test]
fn a_failed_export_creates_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("graph.dot");
    let target = file.to_str().unwrap();
    let unknown = run(&["export", "dot", "--claim", "no-such-claim", "-o", target]);
    assert_eq!(unknown.code, 2, "{}", unknown.stderr);
    let json = run(&["--format", "json", "export", "dot", "-o", target]);
    assert_eq!(json.code, 2, "{}", json.stderr);
    // A folder in the way: the write fails, nothing is made.
    std::fs::write(dir.path().join("file"), "").unwrap();
    let nested = dir.path().join("file/graph.dot");
    let blocked = run(&["export", "dot", "-o", nested.to_str().unwrap()]);
    assert_eq!(blocked.code, 1, "{}", blocked.stderr);
    assert!(
        blocked.stderr.contains("cannot write"),
        "{}",
        blocked.stderr
    );
    assert_eq!(listing(dir.path()), ["file"]);
}

#[test]
fn a_claimreview_export_that_leaves_reviews_out_writes_no_file() {
    let desk = Desk::bundled();
    let path = desk.data().join("reviews/am-2300-soldiers-neutralised.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace(
            "status: NeedsMoreEvidence,",
            "status: Reviewed,\n    verdict: Some(Unproven),",
        ),
    )
    .unwrap();
    desk.assert_checks_clean();
    let run = desk.run(&["export", "claimreview", "-o", "out.json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("left out"), "{}", run.stderr);
    assert!(
        run.stderr.contains("nothing was written to out.json"),
        "{}",
        run.stderr
    );
    assert!(!desk.path().join("out.json").exists());
}

// Help

#[test]
fn help_puts_global_options_under_their_own_heading() {
    let main = run(&["--help"]);
    assert_cmd_snapshot!("help", main);
    let export = run(&["export", "--help"]);
    assert_cmd_snapshot!("help-export", export);
    for help in [&main.stdout, &export.stdout] {
        let (own, global) = help.split_once("\nGlobal options:\n").expect("the heading");
        for flag in [
            "--data",
            "--format",
            "--color",
            "--quiet",
            "--verbose",
            "--partial",
            "--strict",
        ] {
            assert!(
                global.contains(flag) && !own.contains(&format!("  {flag}")),
                "{flag}"
            );
        }
    }
    assert!(
        export
            .stdout
            .split_once("\nGlobal options:\n")
            .unwrap()
            .0
            .contains("--output <FILE>")
    );
}
