//! `timeline`: a claim's statements in date order, who stated it first
//! (overall, per side, per independent origin), and the first dates
//! `origins` gives from the same rule.

use serde_json::Value;

use crate::support::{Claimgraph, assert_cmd_snapshot, json, ok};

/// The fixture with year-only, month-only and full dates, dates taken
/// from the document, ties and an undated statement.
const DATED: &str = "tests/fixtures/valid/dated";

fn dated(args: &[&str]) -> Value {
    Claimgraph::new().data(DATED).args(args).json()
}

fn ids(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|v| v["statement"].as_str().or(v.as_str()).unwrap())
        .collect()
}

/// Seed 000 says "in November, a BBC source in the Armenian government
/// reported…" (في نوفمبر): s000-08, annotated 2020-11, is the earliest
/// dated statement of `iskander-used`; Pashinyan's (s000-11, "the end of
/// February", 2021) comes next, and every other one is undated.
#[test]
fn iskander_was_first_stated_by_the_armenian_government_source_in_november_2020() {
    let answer = json(&["timeline", "iskander-used"]);
    let first = &answer["first"]["overall"];
    assert_eq!(first["date"], "2020-11");
    assert_eq!(ids(&first["statements"]), ["s000-08"]);
    assert_eq!(first["speakers"][0]["id"], "armenia-government-source");
    assert_eq!(ids(&answer["dated"]), ["s000-08", "s000-11"]);
    assert_eq!(answer["dated"][0]["date_from"], "statement");
    assert_eq!(answer["dated"][0]["hops"][0]["id"], "bbc");
    assert!(!answer["undated"].as_array().unwrap().is_empty());
    let text = ok(&["timeline", "iskander-used"]);
    assert!(
        text.contains("first stated by Source in the Armenian government on 2020-11 (s000-08)"),
        "{text}"
    );
}

#[test]
fn snapshots_of_the_bundled_timelines() {
    for (name, claim) in [("iskander", "iskander-used"), ("tos", "tos-used")] {
        let text = Claimgraph::new()
            .args(["timeline", claim])
            .columns(100)
            .run()
            .success();
        assert_cmd_snapshot!(format!("timeline__text_{name}"), text);
        let run = Claimgraph::new()
            .args(["timeline", claim, "--format", "json"])
            .run()
            .success();
        let _: Value = serde_json::from_str(&run.stdout).expect("valid JSON");
        assert_cmd_snapshot!(format!("timeline__json_{name}"), run);
    }
}

/// `2020` < `2020-09` < `2020-09-28` < `2020-10`; equal dates keep data
/// order; a statement with no date of its own takes its document's and
/// says so; one with neither is listed apart.
#[test]
fn partial_dates_sort_as_partial_date_orders_them_and_undated_stand_apart() {
    let answer = dated(&["timeline", "tos-used"]);
    assert_eq!(ids(&answer["dated"]), ["a1", "c1", "b2", "b3", "b4", "b1"]);
    let dates: Vec<&str> = answer["dated"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["date"].as_str().unwrap())
        .collect();
    assert_eq!(
        dates,
        [
            "2020",
            "2020-09",
            "2020-09-28",
            "2020-09-28",
            "2020-09-28",
            "2020-10"
        ]
    );
    assert_eq!(answer["dated"][0]["date_from"], "document");
    assert_eq!(answer["dated"][2]["date_from"], "statement");
    assert_eq!(ids(&answer["undated"]), ["b5"]);
    assert_eq!(answer["undated"][0]["date"], Value::Null);
    assert_eq!(answer["counts"]["period"], "month");
    let periods: Vec<(String, u64)> = answer["counts"]["periods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["period"].as_str().unwrap().to_string(),
                p["statements"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        periods,
        [
            ("2020".into(), 1),
            ("2020-09".into(), 4),
            ("2020-10".into(), 1)
        ]
    );
}

#[test]
fn firsts_per_side_and_per_origin_show_every_tied_statement() {
    let answer = dated(&["timeline", "tos-used"]);
    let first = &answer["first"];
    assert_eq!(first["overall"]["date"], "2020");
    assert_eq!(ids(&first["overall"]["statements"]), ["a1"]);
    let armenia = first["by_place"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["place"]["side"] == "Armenia")
        .unwrap();
    assert_eq!(armenia["first"]["date"], "2020-09-28");
    assert_eq!(ids(&armenia["first"]["statements"]), ["b2", "b3"]);
    let origins: Vec<(&str, &str)> = first["by_origin"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["affiliation"]["id"].as_str().unwrap(),
                o["first"]["date"].as_str().unwrap(),
            )
        })
        .collect();
    // Sputnik only reports: not an independent origin.
    assert_eq!(origins, [("mod", "2020-09-28"), ("az-mod", "2020-09")]);
    assert_eq!(
        ids(&first["by_origin"][0]["first"]["statements"]),
        ["b2", "b3"]
    );
    let text = Claimgraph::new()
        .data(DATED)
        .args(["timeline", "tos-used"])
        .ok();
    assert!(
        text.contains(
            "first for side: Armenia: on 2020-09-28 by Spokesperson, Ministry of Defence (b2, b3)"
        ),
        "{text}"
    );
    assert!(text.contains("1 undated statement"), "{text}");
    assert!(
        text.contains("per month: 2020: 1 · 2020-09: 4 · 2020-10: 1"),
        "{text}"
    );
}

#[test]
fn a_short_span_is_counted_per_day() {
    let answer = json(&["timeline", "tos-used"]);
    assert_eq!(answer["counts"]["period"], "day");
    assert!(ok(&["timeline", "tos-used"]).contains("per day: 2020-09-28: 3"));
}

#[test]
fn origins_give_each_speaker_its_first_date_and_a_first_stated_line() {
    let text = ok(&["origins", "iskander-used"]);
    assert!(
        text.contains("first stated by Source in the Armenian government on 2020-11"),
        "{text}"
    );
    let answer = json(&["origins", "iskander-used"]);
    assert_eq!(answer["headline"]["first"]["date"], "2020-11");
    let pashinyan = answer["groups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["origins"].as_array().unwrap())
        .find(|o| o["speaker"]["id"] == "nikol-pashinyan")
        .unwrap();
    assert_eq!(pashinyan["first_date"], "2021-02");
    let tie = Claimgraph::new()
        .data(DATED)
        .args(["origins", "tos-used"])
        .ok();
    assert!(tie.contains("first stated by Sputnik on 2020"), "{tie}");
    let origins = dated(&["origins", "tos-used"]);
    let spokes = origins["groups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["origins"].as_array().unwrap())
        .find(|o| o["speaker"]["id"] == "spokes")
        .unwrap();
    assert_eq!(spokes["first_date"], "2020-09-28");
}

#[test]
fn the_brief_gives_the_first_appearance_by_the_same_rule() {
    let brief = ok(&["report", "iskander-used"]);
    assert!(
        brief.contains(
            "**First appearance:** stated by Source in the Armenian government on 2020-11 (s000-08)"
        ),
        "{brief}"
    );
    // The brief's timeline lists every statement, earliest first, as
    // `timeline` does.
    let section = &brief[brief.find("## Timeline").expect("a timeline section")..];
    let section = &section[..section[3..].find("\n## ").map_or(section.len(), |n| n + 3)];
    assert!(
        section.contains(
            "**First stated:** by Source in the Armenian government on 2020-11 (s000-08)"
        )
    );
    assert!(section.contains("**Statements per month:** 2020-11: 1 · 2021-02: 1"));
    let timeline = crate::support::json(&["timeline", "iskander-used"]);
    let mut at = 0;
    for entry in timeline["dated"]
        .as_array()
        .unwrap()
        .iter()
        .chain(timeline["undated"].as_array().unwrap())
    {
        let id = format!("`{}`", entry["statement"].as_str().unwrap());
        let found = section[at..]
            .find(&id)
            .unwrap_or_else(|| panic!("{id} in order:\n{section}"));
        at += found + id.len();
    }
}

#[test]
fn the_brief_says_when_a_checked_claim_is_stated_again() {
    let brief = crate::support::Claimgraph::new()
        .data(crate::support::fixture("valid/repeats"))
        .args(["report", "tos-used", "--graph", "dot"])
        .run()
        .ok();
    assert!(
        brief.contains("**Stated again:** 1 statement after the fact-check of 2026-11-22 (s2); 1 unsure, dated in a period the review's date falls in (s3)"),
        "{brief}"
    );
}

#[test]
fn a_claim_nobody_states_has_an_empty_timeline() {
    let text = Claimgraph::new()
        .data(DATED)
        .args(["timeline", "tos-not-used"])
        .ok();
    assert!(
        text.contains("No document carries this claim yet."),
        "{text}"
    );
    let answer = dated(&["timeline", "tos-not-used"]);
    assert_eq!(answer["first"]["overall"], Value::Null);
    assert_eq!(answer["dated"], serde_json::json!([]));
}
