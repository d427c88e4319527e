//! Every ```` ```console ```` block in README.md is run, and must show what
//! the command really prints.
//!
//! How a block is read:
//!
//! - It is a sequence of `$ claimgraph ARGS` lines, each followed by the
//!   output expected from it, up to the next `$ ` line or the end of the block.
//! - `ARGS` are split into words as a shell splits plain words, with `'…'`
//!   and `"…"` quoting and backslash escapes; no shell runs, so a pipe, a
//!   redirection, `;`, `&`, `$` or a glob is refused (put such commands in a
//!   ```` ```sh ```` block, which is not run). A `#` starting a word begins a
//!   comment.
//! - The expected output is what a terminal shows: the lines of stdout, then
//!   the lines of stderr, as a terminal shows them when a command writes its
//!   answer before its diagnostics and summary. Colour is off (`NO_COLOR=1`),
//!   blank lines at the very end are ignored on both sides, and the exit
//!   status is not compared (the prose around a block says it when it
//!   matters).
//! - A line that is only `…` stands for any number of lines, none included,
//!   where the README leaves out the middle or the end of a long answer.
//!   `…` anywhere else in a line is just that character.
//!
//! Commands run with the built binary in the repository, on the bundled
//! `data/`, until the first one that may write (anything but the reading
//! commands in [`only_reads`]). From that one on, the README's commands run
//! in order in one temporary copy of `data/`, `seeds/` and `tests/fixtures/`,
//! so examples build on each other as they would for a reader, and the
//! repository is never written.

use similar::TextDiff;

use crate::support::{Claimgraph, Desk, Run, copy_dir, files_under, quote, root};

/// Lines standing for any run of lines.
const ELISION: &str = "…";

/// One `$ claimgraph …` line of a console block and the output under it.
#[derive(Debug)]
struct Example {
    /// Line number of the `$` line in the Markdown file.
    line: usize,
    /// The command line after `$ `.
    command: String,
    expected: Vec<String>,
}

/// The examples of every console block, or what is wrong with a block.
fn console_examples(markdown: &str, file: &str) -> Result<Vec<Example>, String> {
    let mut examples: Vec<Example> = Vec::new();
    // The language of the fenced block we are in, if any.
    let mut fence: Option<&str> = None;
    let mut block_start = 0;
    for (index, text) in markdown.lines().enumerate() {
        let line = index + 1;
        match fence {
            None => {
                if let Some(language) = text.strip_prefix("```") {
                    fence = Some(language.trim());
                    block_start = examples.len();
                }
            }
            Some(language) if text.starts_with("```") => {
                if language == "console" && examples.len() == block_start {
                    return Err(format!("{file}:{line}: a console block without a `$` line"));
                }
                fence = None;
            }
            Some("console") => {
                if let Some(command) = text.strip_prefix("$ ") {
                    examples.push(Example {
                        line,
                        command: command.to_string(),
                        expected: Vec::new(),
                    });
                } else if examples.len() == block_start {
                    return Err(format!(
                        "{file}:{line}: output before the first `$ claimgraph` line of its block"
                    ));
                } else {
                    examples.last_mut().unwrap().expected.push(text.to_string());
                }
            }
            Some(_) => {}
        }
    }
    match fence {
        Some(_) => Err(format!("{file}: a code block is not closed")),
        None => Ok(examples),
    }
}

/// The words of a command line, split as a POSIX shell splits them, for the
/// subset a README needs; whatever would need more of a shell is refused.
fn words(line: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' => words.extend(word.take()),
            '#' if word.is_none() => break,
            '\'' => {
                let word = word.get_or_insert_with(String::new);
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => word.push(c),
                        None => return Err("a ' quote is not closed".into()),
                    }
                }
            }
            '"' => {
                let word = word.get_or_insert_with(String::new);
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c @ ('"' | '\\' | '$' | '`')) => word.push(c),
                            Some(c) => word.extend(['\\', c]),
                            None => return Err("a \" quote is not closed".into()),
                        },
                        Some(c @ ('$' | '`')) => {
                            return Err(format!("`{c}` inside \"…\" needs a shell"));
                        }
                        Some(c) => word.push(c),
                        None => return Err("a \" quote is not closed".into()),
                    }
                }
            }
            '\\' => match chars.next() {
                Some(c) => word.get_or_insert_with(String::new).push(c),
                None => return Err("a backslash ends the line".into()),
            },
            '|' | '&' | ';' | '<' | '>' | '(' | ')' | '`' | '$' | '*' | '?' | '[' | '{' => {
                return Err(format!("`{c}` needs a shell"));
            }
            '~' if word.is_none() => return Err("`~` needs a shell".into()),
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    Ok(words)
}

/// Subcommands that only read the data.
const READING: &[&str] = &[
    "check",
    "trace",
    "origins",
    "said",
    "contradictions",
    "show",
    "stats",
    "claims",
    "actors",
    "sources",
    "search",
    "coverage",
    "export",
    "help",
];

/// Whether `claimgraph ARGS` only reads: a subcommand in [`READING`],
/// `review queue`, `report` without `-o`, or no subcommand (`--help`,
/// `--version`). Anything else, including a subcommand this list does not
/// know, may write.
fn only_reads(args: &[String]) -> bool {
    let mut positional = Vec::new();
    let mut to_file = false;
    let mut words = args.iter().map(String::as_str);
    while let Some(word) = words.next() {
        match word {
            "--data" | "--format" => {
                words.next();
            }
            "-o" | "--output" => to_file = true,
            w if w.starts_with("--output=") || (w.starts_with("-o") && w.len() > 2) => {
                to_file = true;
            }
            w if w.starts_with('-') => {}
            w => positional.push(w),
        }
    }
    match positional.as_slice() {
        [] | ["review", "queue", ..] => true,
        ["report", ..] => !to_file,
        [command, ..] => READING.contains(command),
    }
}

/// Whether `actual` is `expected` with each `…` line standing for any run of
/// lines.
fn matches(expected: &[String], actual: &[&str]) -> bool {
    // fits[j]: expected[i..] matches actual[j..], for i from the end down.
    let mut fits = vec![false; actual.len() + 1];
    fits[actual.len()] = true;
    for line in expected.iter().rev() {
        let mut next = vec![false; actual.len() + 1];
        for j in (0..=actual.len()).rev() {
            next[j] = if line == ELISION {
                fits[j] || (j < actual.len() && next[j + 1])
            } else {
                j < actual.len() && actual[j] == line && fits[j + 1]
            };
        }
        fits = next;
    }
    fits[0]
}

/// `expected` with each `…` replaced by the actual lines it seems to stand
/// for, so a diff shows only the lines that differ.
fn fill_elisions(expected: &[String], actual: &[&str]) -> Vec<String> {
    let mut filled = Vec::new();
    let mut at = 0;
    for (i, line) in expected.iter().enumerate() {
        if line == ELISION {
            let end = match expected[i + 1..].iter().find(|l| *l != ELISION) {
                Some(next) => actual[at..].iter().position(|a| a == next).map(|p| at + p),
                None => Some(actual.len()),
            };
            match end {
                Some(end) => {
                    filled.extend(actual[at..end].iter().map(|l| l.to_string()));
                    at = end;
                }
                None => filled.push(line.clone()),
            }
        } else {
            filled.push(line.clone());
            // Past this line in the output, or past the line in its place.
            at = match actual[at..].iter().position(|a| a == line) {
                Some(p) => at + p + 1,
                None => (at + 1).min(actual.len()),
            };
        }
    }
    filled
}

fn trim_trailing_blank_lines<T: AsRef<str>>(lines: &mut Vec<T>) {
    while lines.last().is_some_and(|l| l.as_ref().trim().is_empty()) {
        lines.pop();
    }
}

/// Runs the examples in order: in the repository until one may write, then
/// in one temporary copy of it.
struct Session {
    copy: Option<Desk>,
}

impl Session {
    fn run(&mut self, args: &[String]) -> Run {
        if self.copy.is_none() && !only_reads(args) {
            let desk = Desk::bundled();
            copy_dir(
                &root().join("tests/fixtures"),
                &desk.path().join("tests/fixtures"),
            );
            self.copy = Some(desk);
        }
        let command = Claimgraph::new().args(args);
        match &self.copy {
            Some(desk) => command.current_dir(desk.path()),
            None => command,
        }
        .run()
    }
}

/// Runs every console example of `markdown` and returns one message per
/// example whose output is not what the Markdown shows.
fn failures(markdown: &str, file: &str) -> Vec<String> {
    let examples = match console_examples(markdown, file) {
        Ok(examples) => examples,
        Err(problem) => return vec![problem],
    };
    let mut session = Session { copy: None };
    let mut failures = Vec::new();
    for example in &examples {
        let at = format!("{file}:{}", example.line);
        let args = match words(&example.command) {
            Ok(words) if words.first().is_some_and(|w| w == "claimgraph") => words[1..].to_vec(),
            Ok(_) => {
                failures.push(format!("{at}: a console block runs only `claimgraph`"));
                continue;
            }
            Err(problem) => {
                failures.push(format!(
                    "{at}: {problem}; show such a command in a ```sh block"
                ));
                continue;
            }
        };
        let run = session.run(&args);
        let mut actual: Vec<&str> = run.stdout.lines().chain(run.stderr.lines()).collect();
        trim_trailing_blank_lines(&mut actual);
        let mut expected = example.expected.clone();
        trim_trailing_blank_lines(&mut expected);
        if matches(&expected, &actual) {
            continue;
        }
        let shown = fill_elisions(&expected, &actual).join("\n") + "\n";
        let printed = actual.join("\n") + "\n";
        let diff = TextDiff::from_lines(&shown, &printed)
            .unified_diff()
            .context_radius(3)
            .header(&at, "actual output")
            .to_string();
        failures.push(format!(
            "{at}: `$ {}` (exit {}) prints what the README does not show \
             (- {file}, + the real stdout then stderr; a `…` line stands for any lines):\n{diff}",
            example.command, run.code
        ));
    }
    failures
}

#[test]
fn readme_console_blocks_show_what_the_commands_print() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let count = console_examples(&readme, "README.md").unwrap().len();
    assert!(count >= 9, "README.md has {count} console examples");
    let data_before = files_under(&root().join("data"));
    let failures = failures(&readme, "README.md");
    assert!(
        failures.is_empty(),
        "{} of {count} README examples differ:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        files_under(&root().join("data")) == data_before,
        "the README's commands changed data/"
    );
}

#[test]
fn an_example_that_drifts_fails_with_its_line_and_a_diff() {
    let markdown = "Intro.\n\n```console\n$ claimgraph trace tos-usd\nerror: no claim is called `tos-usd`; did you mean `tos-uzed`?\n```\n";
    let failures = failures_of(markdown);
    assert_eq!(failures.len(), 1, "{failures:#?}");
    let failure = &failures[0];
    assert!(
        failure.starts_with("DOC.md:4: `$ claimgraph trace tos-usd` (exit 2)"),
        "{failure}"
    );
    assert!(
        failure.contains("\n-error: no claim is called `tos-usd`; did you mean `tos-uzed`?\n+error: no claim is called `tos-usd`; did you mean `tos-used`?\n"),
        "{failure}"
    );
    // Blocks of other languages are not run; a stray line is an error.
    assert!(failures_of("```sh\n$ claimgraph nonsense\n```\n").is_empty());
    assert_eq!(
        failures_of("```console\nchecked\n$ claimgraph check\n```\n"),
        ["DOC.md:2: output before the first `$ claimgraph` line of its block"]
    );
    assert_eq!(
        failures_of("```console\n$ claimgraph check | head\n```\n"),
        ["DOC.md:2: `|` needs a shell; show such a command in a ```sh block"]
    );
    assert_eq!(
        failures_of("```console\n$ ls data\n```\n"),
        ["DOC.md:2: a console block runs only `claimgraph`"]
    );
}

fn failures_of(markdown: &str) -> Vec<String> {
    failures(markdown, "DOC.md")
}

#[test]
fn an_ellipsis_line_stands_for_any_run_of_lines() {
    let lines = |text: &str| -> Vec<String> { text.lines().map(String::from).collect() };
    let actual = ["a", "b", "c", "d"];
    for (expected, fits) in [
        ("a\nb\nc\nd", true),
        ("a\n…\nd", true),
        ("a\nb\n…\nc\nd", true),
        ("…", true),
        ("a\n…", true),
        ("…\nd", true),
        ("…\nb\n…", true),
        ("a\nb\nc", false),
        ("a\n…\nc", false),
        ("b\n…", false),
        ("a\nb …\nd", false),
        ("a\nb\nc\nd\n…\ne", false),
    ] {
        assert_eq!(matches(&lines(expected), &actual), fits, "{expected:?}");
    }
    assert!(matches(&[], &[]));
    assert!(!matches(&[], &["a"]));
    assert_eq!(
        fill_elisions(&lines("a\n…\nd\nx"), &actual),
        lines("a\nb\nc\nd\nx")
    );
}

#[test]
fn command_lines_split_like_a_shell() {
    let split = |line: &str| words(line).unwrap();
    assert_eq!(
        split(r#"claimgraph said "شوشان ستيبانيان"   --members"#),
        ["claimgraph", "said", "شوشان ستيبانيان", "--members"]
    );
    assert_eq!(
        split(r#"claimgraph import csv a.csv --map claim="Claim text""#),
        [
            "claimgraph",
            "import",
            "csv",
            "a.csv",
            "--map",
            "claim=Claim text"
        ]
    );
    assert_eq!(
        split(r#"a 'it'\''s' "say \"hi\" \n" b\ c '' # a comment"#),
        ["a", "it's", "say \"hi\" \\n", "b c", ""]
    );
    assert_eq!(
        split("search ألكسندر --limit 4"),
        ["search", "ألكسندر", "--limit", "4"]
    );
    for refused in [
        "claimgraph stats | jq .",
        "claimgraph export dot > graph.dot",
        "claimgraph said $WHO",
        "claimgraph said \"$WHO\"",
        "claimgraph show *",
        "claimgraph show ~/x",
        "claimgraph show 'open",
        "claimgraph show \"open",
        "a; b",
    ] {
        assert!(words(refused).is_err(), "{refused}");
    }
    // What the harness writes as a command line reads back as the same words.
    for word in [
        "plain",
        "two words",
        "it's",
        "",
        "وزارة الدفاع",
        "a\"b",
        "--map=x y",
    ] {
        assert_eq!(words(&quote(word)).unwrap(), [word]);
    }
}

#[test]
fn commands_that_may_write_are_known() {
    let reads = |line: &str| only_reads(&words(line).unwrap());
    for line in [
        "check",
        "--data tests/fixtures/invalid/relay-loop check",
        "--format json origins iskander-used",
        "review queue --limit 1",
        "report tos-used --to html",
        "search review",
        "--help",
    ] {
        assert!(reads(line), "{line}");
    }
    for line in [
        "review start tos-used",
        "review set tos-used --verdict unproven --dry-run",
        "import csv desk-sheet.csv",
        "report tos-used -o tos-used.html",
        "report tos-used --output=tos-used.html",
        "-q review publish tos-used --url https://example.org",
        "some-new-command",
    ] {
        assert!(!reads(line), "{line}");
    }
}

#[test]
fn examples_after_a_write_run_in_a_copy_in_order() {
    let claim = "am-systematic-shelling-2023";
    let markdown = format!(
        "```console\n\
         $ claimgraph review start {claim} --by 'A. Analyst' --date 2026-11-02\n\
         data/reviews/{claim}.ron: started the review\n\
         $ claimgraph review start {claim}\n\
         error: claim `{claim}` already has a review (InProgress); change it with `claimgraph review set`\n\
         $ claimgraph --data tests/fixtures/valid/minimal stats --format json\n\
         …\n  \"statements\": 1,\n…\n\
         ```\n"
    );
    assert_eq!(failures_of(&markdown), Vec::<String>::new());
    assert!(!root().join(format!("data/reviews/{claim}.ron")).exists());
}
