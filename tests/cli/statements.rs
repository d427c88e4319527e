//! `statements`: one row per statement, every filter, JSON Lines, and the
//! denial no contradiction view shows (newcomer trial S2 #9).

use std::path::Path;

use claimgraph::model::Stance;
use claimgraph::present::text::table::display_width;
use claimgraph::workspace::Workspace;
use serde_json::Value;

use crate::support::{Claimgraph, assert_cmd_snapshot, json, run};

/// The bundled data, read through the library.
fn bundled() -> Workspace {
    Workspace::open(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data"))
}

/// The statement ids of `statements ARGS --format json`, in order.
fn ids(args: &[&str]) -> Vec<String> {
    let mut all = vec!["statements"];
    all.extend_from_slice(args);
    json(&all)["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["statement"].as_str().unwrap().to_string())
        .collect()
}

/// The rows of `statements ARGS --format json`.
fn rows(args: &[&str]) -> Vec<Value> {
    let mut all = vec!["statements"];
    all.extend_from_slice(args);
    json(&all)["statements"].as_array().unwrap().clone()
}

#[test]
fn every_denial_is_listed_including_the_troop_buildup_denial() {
    let ws = bundled();
    let denials: Vec<String> = ws
        .data
        .statements
        .values()
        .filter(|s| s.stance == Stance::Denies)
        .map(|s| s.id.clone())
        .collect();
    let listed = ids(&["--stance", "denies"]);
    assert_eq!(listed, denials);
    let stats = json(&["stats"]);
    let counted = stats["by_stance"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["stance"] == "Denies")
        .unwrap()["statements"]
        .as_u64()
        .unwrap();
    assert_eq!(listed.len() as u64, counted);
    // Azerbaijan's denial of the troop build-up, in no contradiction view.
    assert!(listed.contains(&"s004-36".to_string()), "{listed:?}");
}

#[test]
fn without_filters_every_statement_in_data_order() {
    let ws = bundled();
    let all: Vec<String> = ws.data.statements.keys().cloned().collect();
    assert_eq!(ids(&[]), all);
    let answer = json(&["statements"]);
    assert_eq!(answer["undated_excluded"], 0);
    assert_eq!(answer["filter"]["since"], Value::Null);
    assert_eq!(answer["filter"]["members"], false);
}

#[test]
fn claim_filter() {
    let rows = rows(&["--claim", "az-troop-buildup-2023"]);
    assert!(!rows.is_empty());
    assert!(
        rows.iter()
            .all(|r| r["claim"]["id"] == "az-troop-buildup-2023")
    );
    let answer = json(&["statements", "--claim", "az-troop-buildup-2023"]);
    assert_eq!(answer["filter"]["claim"]["kind"], "claim");
}

#[test]
fn about_filter() {
    let ws = bundled();
    let rows = rows(&["--about", "karabakh"]);
    assert!(!rows.is_empty());
    for r in &rows {
        let claim = &ws.data.claims[r["claim"]["id"].as_str().unwrap()];
        assert!(claim.about.iter().any(|a| a == "karabakh"), "{r}");
    }
}

#[test]
fn by_filter_with_and_without_members() {
    let own = rows(&["--by", "azerbaijan-government"]);
    assert!(
        own.iter()
            .all(|r| r["speaker"]["id"] == "azerbaijan-government")
    );
    let with = rows(&["--by", "azerbaijan-government", "--members"]);
    assert!(with.len() > own.len(), "{} vs {}", with.len(), own.len());
    assert!(with.iter().any(|r| r["speaker"]["id"] == "azerbaijan-mod"));
    // The same statements `claims --by --members` counts.
    let claims = json(&["claims", "--by", "azerbaijan-government", "--members"]);
    let counted: u64 = claims["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["statements"].as_u64().unwrap())
        .sum();
    assert_eq!(with.len() as u64, counted);
}

#[test]
fn stance_filter() {
    let rows = rows(&["--stance", "hedges"]);
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r["stance"] == "Hedges"));
}

#[test]
fn source_filter() {
    let rows = rows(&["--source", "seed-001"]);
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r["source"]["id"] == "seed-001"));
}

#[test]
fn outlet_filter_keeps_what_the_outlet_carries() {
    let ws = bundled();
    let outlet = ws
        .data
        .sources
        .values()
        .find_map(|s| s.outlet.clone())
        .expect("a source names its outlet");
    let expected: Vec<String> = ws
        .data
        .statements
        .values()
        .filter(|s| ws.data.carries(&outlet, s) || s.speaker.id == outlet)
        .map(|s| s.id.clone())
        .collect();
    assert!(!expected.is_empty(), "{outlet} carries nothing");
    assert_eq!(ids(&["--outlet", &outlet]), expected);
}

#[test]
fn channel_filter_in_any_spelling() {
    let rows = rows(&["--channel", "youtube"]);
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r["channel"] == "YouTube"));
    assert_eq!(ids(&["--channel", "YouTube"]).len(), rows.len());
    let wrong = run(&["statements", "--channel", "carrier-pigeon"]);
    assert_eq!(wrong.code, 2, "{}", wrong.stderr);
    assert!(wrong.stderr.contains("Facebook"), "{}", wrong.stderr);
}

#[test]
fn date_filters_take_partial_dates_and_count_the_undated() {
    let ws = bundled();
    let undated = ws
        .data
        .statements
        .values()
        .filter(|s| ws.data.date_of(s).is_none())
        .count();
    assert!(undated > 0);
    // A month covers all its days, at both ends.
    let september = json(&["statements", "--since", "2020-09", "--until", "2020-09"]);
    assert_eq!(september["undated_excluded"], undated);
    assert_eq!(september["filter"]["since"], "2020-09");
    let dates: Vec<&str> = september["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["date"].as_str().unwrap())
        .collect();
    assert!(!dates.is_empty());
    assert!(dates.iter().all(|d| d.starts_with("2020-09")), "{dates:?}");
    assert!(dates.contains(&"2020-09-30"));
    // A year alone: `--since 2023` is 2023 onwards.
    let recent = rows(&["--since", "2023"]);
    assert!(!recent.is_empty());
    assert!(recent.iter().all(|r| r["date"].as_str().unwrap() >= "2023"));
    // `--until 2020` keeps every day of 2020, and the month-only `2020-11`.
    let until = rows(&["--until", "2020"]);
    assert!(until.iter().any(|r| r["date"] == "2020-11"));
    assert!(
        until
            .iter()
            .all(|r| r["date"].as_str().unwrap().starts_with("2020"))
    );
    // Nothing undated when no date filter is given; the text says so when one is.
    let text = Claimgraph::new()
        .args(["statements", "--since", "2023"])
        .ok();
    assert!(
        text.contains(&format!("{undated} more left out for lack of a date")),
        "{text}"
    );
    let bad = run(&["statements", "--since", "2020-9"]);
    assert_eq!(bad.code, 2, "{}", bad.stderr);
}

#[test]
fn jsonl_is_one_object_per_row() {
    let run = Claimgraph::new()
        .args(["statements", "--stance", "denies", "--format", "jsonl"])
        .run()
        .success();
    let lines: Vec<Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert_eq!(lines.len(), ids(&["--stance", "denies"]).len());
    assert!(lines.iter().all(|l| l["stance"] == "Denies"));
    let all = Claimgraph::new()
        .args(["statements", "--format", "jsonl"])
        .ok();
    assert_eq!(all.lines().count(), bundled().data.statements.len());
}

#[test]
fn jsonl_is_refused_by_commands_that_do_not_list() {
    for args in [
        &["stats"][..],
        &["check"],
        &["trace", "iskander-used"],
        &["origins", "iskander-used"],
        &["said", "armenia-mod"],
        &["show", "iskander-used"],
        &["contradictions"],
        &["export", "json"],
        &["review", "start", "tos-used", "--dry-run"],
    ] {
        let mut all = args.to_vec();
        all.extend(["--format", "jsonl"]);
        let run = run(&all);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(run.stdout.is_empty());
        assert!(run.stderr.contains("jsonl"), "{}", run.stderr);
    }
}

#[test]
fn text_fits_80_and_120_columns() {
    for width in [80u16, 120] {
        let run = Claimgraph::new()
            .columns(width)
            .args(["statements", "--stance", "denies"])
            .run()
            .success();
        let wide: Vec<&str> = run
            .stdout
            .lines()
            .filter(|l| display_width(l) > usize::from(width))
            .collect();
        assert!(wide.is_empty(), "{wide:#?}");
        assert_cmd_snapshot!(format!("width{width}__statements-denies"), run);
    }
}
