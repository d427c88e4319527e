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
        if case == "hostile" {
            // Hostile on purpose (exporters must survive it): its one
            // right-to-left override is rightly a warning, and nothing else.
            let run = Claimgraph::new()
                .data("tests/fixtures/valid/hostile")
                .args(["check"])
                .run();
            assert_eq!(run.code, 0, "hostile: {}", run.stderr);
            assert!(
                run.stderr.contains(": 0 errors, 1 warning"),
                "{}",
                run.stderr
            );
            assert!(
                run.stderr.contains("warning[invisible-character]"),
                "{}",
                run.stderr
            );
            continue;
        }
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

/// Newcomer trial, summary row 7: only the first broken statement of a
/// source was reported.
#[test]
fn every_broken_statement_of_one_source_is_reported() {
    let stderr = check("invalid", "multiple--errors-in-several-statements").stderr;
    for (code, line) in [
        ("[unknown-variant]", "doc.ron:13:"),
        ("[unknown-field]", "doc.ron:19:"),
        ("[syntax]", "doc.ron:27:"),
    ] {
        assert!(stderr.contains(code), "missing {code}:\n{stderr}");
        assert!(stderr.contains(line), "missing {line}:\n{stderr}");
    }
    assert!(stderr.contains("3 errors"), "{stderr}");
    assert!(
        stderr.contains("1 statement,"),
        "the clean one is kept: {stderr}"
    );
}

/// Newcomer trial, summary rows 7 and 15: a record that failed to parse
/// caused a second wave of "not defined anywhere" errors, whose hint said to
/// define what is defined.
#[test]
fn a_record_that_failed_to_parse_causes_no_dangling_references() {
    let stderr = check("invalid", "unparsed-reference--actor-missing-kind").stderr;
    assert!(!stderr.contains("[dangling-reference]"), "{stderr}");
    assert!(!stderr.contains("not defined anywhere"), "{stderr}");
    assert!(!stderr.contains("define an actor"), "{stderr}");
    assert!(
        stderr.contains("warning[unparsed-reference]: `speaker` refers to `spokes`, which is defined in a record that failed to parse"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "::: tests/fixtures/invalid/unparsed-reference--actor-missing-kind/actors.ron:10:13"
        ),
        "where it is: {stderr}"
    );
    assert!(stderr.contains(": 1 error, 1 warning"), "{stderr}");
    assert!(
        stderr.contains("this Actor `spokes` has no `kind`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("add `kind: ...` to this record, one of: `Person`, `Ministry`"),
        "the values are listed: {stderr}"
    );
}

/// Newcomer trial, summary row 15: `missing-field` pointed at the record's
/// closing parenthesis.
#[test]
fn a_missing_field_points_at_the_record() {
    let stderr = check("invalid", "missing-field").stderr;
    assert!(
        stderr.contains("missing-field/sources/doc.ron:10:9"),
        "{stderr}"
    );
    assert!(
        stderr.contains("this Statement `s1` has no `quote`"),
        "{stderr}"
    );
}

/// Newcomer trial, summary row 15: a quote that differs only in hamza got
/// the generic hint.
#[test]
fn a_quote_differing_only_in_hamza_is_shown_where_it_matches() {
    let stderr = check("invalid", "quote-not-found--hamza").stderr;
    assert!(
        stderr.contains(
            "the text at 2:1 matches once hamza, diacritics, case and punctuation are ignored"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("the text has «أعلنت», the quote «اعلنت»"),
        "{stderr}"
    );
}

/// Two sources citing one seed text each keep it: the check moves a text
/// into the model for the last source citing it and copies it for the
/// others, so coverage (which reads the kept text) is the same for both.
#[test]
fn sources_sharing_a_seed_text_each_keep_it() {
    let desk = crate::support::Desk::bundled();
    let second = r#"Source(
    id: "seed-000-again",
    file: "../seeds/000_6c01a487149a8600.txt",
    language: "ar",
    statements: [
        Statement(
            id: "s000-again-01",
            claim: "iskander-remains-found",
            speaker: "bbc",
            stance: Reports,
            quote: "تم عرض بقايا الصاروخ في باكو في 2 أبريل",
        ),
    ],
)
"#;
    // Before and after the bundled source in file order, so that each is,
    // in one of the runs, the one the text is moved to.
    for name in ["aaa-first.ron", "zzz-last.ron"] {
        let path = desk.data().join("sources").join(name);
        std::fs::write(&path, second).unwrap();
        desk.assert_checks_clean();
        let coverage = desk.claimgraph().args(["coverage"]).json();
        let sources = coverage["sources"].as_array().unwrap();
        let of = |id: &str| {
            sources
                .iter()
                .find(|s| s["source"]["id"] == id)
                .unwrap_or_else(|| panic!("{id} in {coverage:#}"))
        };
        let (bundled, again) = (of("seed-000"), of("seed-000-again"));
        assert_eq!(bundled["sentences"], 30, "{name}");
        assert_eq!(again["sentences"], bundled["sentences"], "{name}");
        assert_eq!(again["covered"], 1, "{name}");
        std::fs::remove_file(&path).unwrap();
    }
}
