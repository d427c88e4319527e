//! `review repeats`: a checked claim stated again after its review.

use crate::support::{Claimgraph, assert_cmd_snapshot, fixture};

fn repeats(args: &[&str]) -> crate::support::Run {
    Claimgraph::new()
        .data(fixture("valid/repeats"))
        .args(["review", "repeats"])
        .args(args)
        .run()
}

#[test]
fn a_repeat_after_publication_is_found_and_one_before_is_not() {
    let answer = Claimgraph::new()
        .data(fixture("valid/repeats"))
        .args(["review", "repeats"])
        .json();
    let ids = |list: &str| -> Vec<String> {
        answer[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["statement"]["statement"].as_str().unwrap().to_string())
            .collect()
    };
    // s1 (2020-09-28) is before the review of 2026-11-22; s2 (2026-11-25)
    // is after; s3 (2026-11) may be either; s4 has no date.
    assert_eq!(ids("repeats"), ["s2"]);
    assert_eq!(ids("unsure"), ["s3"]);
    assert_eq!(answer["undated"], 1);
    assert_eq!(answer["checked_claims"], 1);
    let repeat = &answer["repeats"][0];
    assert_eq!(repeat["when"], "after");
    assert_eq!(repeat["statement"]["speaker"]["id"], "spokes");
    assert_eq!(repeat["statement"]["stance"], "Affirms");
    assert_eq!(repeat["statement"]["document"]["id"], "later");
    assert_eq!(repeat["statement"]["hops"][0]["id"], "sputnik");
    // Our review (2026-11-22) is earlier than the other desk's (2026-11-26).
    assert_eq!(repeat["review"]["ours"], true);
    assert_eq!(repeat["review"]["published"], "2026-11-22");
}

#[test]
fn repeats_as_text_and_json_lines() {
    assert_cmd_snapshot!("repeats_text", repeats(&[]));
    let run = repeats(&["--format", "jsonl"]);
    assert_cmd_snapshot!("repeats_jsonl", run);
    let whens: Vec<String> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["when"].to_string())
        .collect();
    assert_eq!(whens, ["\"after\"", "\"overlaps\""]);
}

#[test]
fn since_narrows_and_a_bad_date_is_a_usage_error() {
    let answer = Claimgraph::new()
        .data(fixture("valid/repeats"))
        .args(["review", "repeats", "--since", "2026-11-24"])
        .json();
    // s3 (2026-11) may fall on or after the 24th, so it stays.
    assert_eq!(answer["repeats"].as_array().unwrap().len(), 1);
    assert_eq!(answer["unsure"].as_array().unwrap().len(), 1);
    let answer = Claimgraph::new()
        .data(fixture("valid/repeats"))
        .args(["review", "repeats", "--since", "2026-12"])
        .json();
    assert_eq!(answer["repeats"].as_array().unwrap().len(), 0);
    let run = repeats(&["--since", "yesterday"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--since yesterday"), "{}", run.stderr);
}

#[test]
fn the_bundled_data_has_no_repeat_yet() {
    let run = Claimgraph::new().args(["review", "repeats"]).run();
    assert_cmd_snapshot!("repeats_bundled", run);
    assert!(
        run.stdout
            .starts_with("0 repeats after their fact-check, over 2 checked claims")
    );
    let run = Claimgraph::new()
        .args(["review", "repeats", "--format", "json"])
        .run();
    assert_cmd_snapshot!("repeats_bundled_json", run);
}
