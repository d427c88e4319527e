//! `check`: every folder under `tests/fixtures/valid` must check clean;
//! every folder under `tests/fixtures/invalid` must fail with the diagnostic
//! its name announces (the part before `--`), rendered as in the snapshot.

use crate::support::{Claimgraph, Run, assert_cmd_snapshot, fixture};

fn cases(kind: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(fixture(kind))
        .expect("fixture folder exists")
        .map(|e| {
            e.expect("readable entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

fn check(kind: &str, case: &str) -> Run {
    Claimgraph::new()
        .data(format!("tests/fixtures/{kind}/{case}"))
        .args(["check", "--deny-warnings"])
        .run()
}

#[test]
fn valid_fixtures_check_clean() {
    let cases = cases("valid");
    assert!(cases.len() >= 3);
    for case in cases {
        let run = check("valid", &case);
        let (code, stdout, stderr) = (run.code, &run.stdout, &run.stderr);
        assert_eq!(code, 0, "{case}: {stderr}");
        assert!(stdout.is_empty());
        assert!(
            stderr.contains(": 0 errors, 0 warnings"),
            "{case}: {stderr}"
        );
    }
}

#[test]
fn invalid_fixtures_fail_with_their_diagnostic() {
    let cases = cases("invalid");
    assert!(cases.len() >= 20, "at least twenty kinds of mistake");
    let mut kinds = std::collections::BTreeSet::new();
    for case in &cases {
        let run = check("invalid", case);
        let (code, stdout, stderr) = (run.code, &run.stdout, &run.stderr);
        assert_eq!(code, 1, "{case} must fail the check:\n{stderr}");
        assert!(stdout.is_empty(), "{case}: diagnostics go to stderr");
        assert!(!stderr.contains("panicked"), "{case} panicked:\n{stderr}");
        let expected = case.split("--").next().unwrap();
        if expected != "multiple" && expected != "hostile" {
            assert!(
                stderr.contains(&format!("[{expected}]")),
                "{case} must report [{expected}]:\n{stderr}"
            );
            kinds.insert(expected.to_string());
        }
        assert!(
            stderr.contains(" --> tests/fixtures/invalid/"),
            "{case} gives file:line:col"
        );
        assert_cmd_snapshot!(format!("invalid__{case}"), run);
    }
    assert!(kinds.len() >= 18, "distinct kinds of mistake: {kinds:?}");
}

#[test]
fn every_error_in_a_run_is_reported_not_just_the_first() {
    let stderr = check("invalid", "multiple--every-error-at-once").stderr;
    for code in [
        "[unknown-variant]",
        "[unknown-field]",
        "[dangling-reference]",
        "[quote-not-found]",
    ] {
        assert!(stderr.contains(code), "missing {code}:\n{stderr}");
    }
}

#[test]
fn hostile_strings_cannot_reach_the_terminal_raw() {
    for case in [
        "hostile--control-characters-in-quote",
        "bad-id--hostile-bidi",
    ] {
        let stderr = check("invalid", case).stderr;
        assert!(
            !stderr.contains('\u{1b}'),
            "{case}: raw escape reached the terminal"
        );
        assert!(
            !stderr.contains('\u{202E}'),
            "{case}: raw bidi override reached the terminal"
        );
    }
}
