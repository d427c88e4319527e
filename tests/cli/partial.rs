//! Queries on data with errors: refused by default (naming `--partial`),
//! answered from the records that checked clean with `--partial` and a
//! warning on stderr; `check`, `report`, `import` and the review writers are
//! not changed by the flag.

use crate::support::Claimgraph;

const BROKEN: &str = "tests/fixtures/invalid/multiple--errors-in-several-statements";

fn on_broken() -> Claimgraph {
    Claimgraph::new().data(BROKEN)
}

#[test]
fn a_query_on_data_with_errors_refuses_by_default_and_names_partial() {
    let run = on_broken().args(["trace", "tos-used"]).run();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stdout.is_empty());
    assert!(
        run.stderr
            .contains("error: the data has 3 error(s); fix them first"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("pass --partial"), "{}", run.stderr);
}

/// Newcomer trial, summary row 7 (S2): one error anywhere blocked every
/// query on all the other data.
#[test]
fn partial_answers_from_the_records_that_checked_clean_with_a_warning() {
    let run = on_broken().args(["--partial", "trace", "tos-used"]).run();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("Sputnik repeated it."),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains("PARTIAL"),
        "the warning is not in the answer"
    );
    let warning = &run.stderr;
    for part in [
        "warning: PARTIAL ANSWER: the data has 3 error(s)",
        "multiple--errors-in-several-statements/sources/doc.ron",
        "leaves out the records with errors",
        "`claimgraph check` lists the errors",
    ] {
        assert!(warning.contains(part), "missing {part:?}:\n{warning}");
    }
    let json = on_broken()
        .args(["--partial", "--format", "json", "stats"])
        .run();
    assert_eq!(json.code, 0, "{}", json.stderr);
    let stats: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON on stdout");
    assert!(json.stderr.contains("PARTIAL ANSWER"), "{}", json.stderr);
    assert!(stats.is_object());
}

#[test]
fn the_environment_turns_partial_on_and_strict_turns_it_off() {
    let on = on_broken()
        .env("CLAIMGRAPH_PARTIAL", "1")
        .args(["stats"])
        .run();
    assert_eq!(on.code, 0, "{}", on.stderr);
    assert!(on.stderr.contains("PARTIAL ANSWER"), "{}", on.stderr);
    let off = on_broken()
        .env("CLAIMGRAPH_PARTIAL", "1")
        .args(["--strict", "stats"])
        .run();
    assert_eq!(off.code, 1, "{}", off.stderr);
    assert!(off.stdout.is_empty());
    let last = on_broken().args(["--partial", "--strict", "stats"]).run();
    assert_eq!(last.code, 1, "--strict wins: {}", last.stderr);
}

#[test]
fn check_report_and_writers_ignore_partial() {
    let check = on_broken().args(["--partial", "check"]).run();
    assert_eq!(check.code, 1, "{}", check.stderr);
    assert!(!check.stderr.contains("PARTIAL"), "{}", check.stderr);
    for args in [
        &["--partial", "report", "tos-used", "--graph", "dot"][..],
        &[
            "--partial",
            "review",
            "start",
            "tos-used",
            "--by",
            "x",
            "--dry-run",
        ],
    ] {
        let run = on_broken().args(args).run();
        assert_eq!(run.code, 1, "{args:?}: {}", run.stderr);
        assert!(run.stdout.is_empty(), "{args:?}");
        assert!(!run.stderr.contains("PARTIAL"), "{args:?}: {}", run.stderr);
        assert!(
            !run.stderr.contains("pass --partial"),
            "{args:?}: {}",
            run.stderr
        );
    }
}

#[test]
fn clean_data_prints_no_warning_with_partial() {
    let run = Claimgraph::new().args(["--partial", "stats"]).run();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn a_missing_data_directory_is_never_a_partial_answer() {
    let run = Claimgraph::new()
        .data("tests/fixtures/no-such-folder")
        .args(["--partial", "stats"])
        .run();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(!run.stderr.contains("PARTIAL"), "{}", run.stderr);
    assert!(run.stderr.contains("not found"), "{}", run.stderr);
}
