//! Where a record appears: `show`'s documents section and `sources`, with
//! the counts checked against the data itself.

use std::collections::BTreeMap;

use claimgraph::model::RecordKind;
use claimgraph::workspace::Workspace;
use serde_json::Value;

use crate::support::{Claimgraph, assert_cmd_snapshot, json, ok, root};

/// `(source id, statements)` of a `documents` or `sources` list in JSON.
fn counts(list: &Value, id: &str, count: &str) -> Vec<(String, u64)> {
    list.as_array()
        .expect("a list")
        .iter()
        .map(|d| {
            let source = match &d[id] {
                Value::Object(r) => r["id"].as_str().unwrap().to_string(),
                other => other.as_str().unwrap().to_string(),
            };
            (source, d[count].as_u64().unwrap())
        })
        .collect()
}

#[test]
fn show_iskander_lists_its_documents() {
    let docs = json(&["show", "iskander"]);
    assert_eq!(
        counts(&docs["documents"], "source", "statements"),
        [("seed-000".to_string(), 74), ("seed-002".to_string(), 2)]
    );
    let text = ok(&["show", "iskander"]);
    assert!(text.contains("documents (2)"), "{text}");
    assert!(text.contains("seed-000  undated  no publisher  (74 statements)"));
}

#[test]
fn show_sputnik_lists_the_document_relaying_it() {
    let docs = json(&["show", "sputnik"]);
    assert_eq!(
        counts(&docs["documents"], "source", "statements"),
        [("seed-001".to_string(), 22)]
    );
    assert_eq!(
        docs["documents"][0]["publisher"]["id"],
        "pakistan-point-news"
    );
}

#[test]
fn sources_about_iskander_lists_the_same_documents() {
    let listed = json(&["sources", "--about", "iskander"]);
    assert_eq!(listed["filter"]["about"]["id"], "iskander");
    assert_eq!(
        counts(&listed["sources"], "id", "statements"),
        counts(
            &json(&["show", "iskander"])["documents"],
            "source",
            "statements"
        )
    );
}

/// The counts `show` gives equal those found by walking the statements of
/// the data through the library, for every record of the four kinds.
#[test]
fn document_counts_equal_a_scan_of_the_data() {
    let ws = Workspace::open(&root().join("data"));
    let data = &ws.data;
    let mut ids: Vec<(&str, RecordKind)> = Vec::new();
    ids.extend(
        data.entities
            .keys()
            .map(|id| (id.as_str(), RecordKind::Entity)),
    );
    ids.extend(
        data.claims
            .keys()
            .map(|id| (id.as_str(), RecordKind::Claim)),
    );
    ids.extend(
        data.actors
            .keys()
            .map(|id| (id.as_str(), RecordKind::Actor)),
    );
    ids.extend(
        data.outlets
            .keys()
            .map(|id| (id.as_str(), RecordKind::Outlet)),
    );
    // Every third record, to keep the test quick: one run of `show` each.
    for (id, kind) in ids.iter().step_by(3) {
        let mut expected: BTreeMap<String, u64> = BTreeMap::new();
        for source in data.sources.values() {
            let credited =
                source.outlet.as_deref() == Some(*id) || source.via.iter().any(|v| v == id);
            if credited && matches!(kind, RecordKind::Actor | RecordKind::Outlet) {
                expected.entry(source.id.clone()).or_default();
            }
            for statement in source.statements.iter().map(|s| &data.statements[s]) {
                let hit = match kind {
                    RecordKind::Entity => {
                        data.claims[&statement.claim].about.iter().any(|a| a == id)
                    }
                    RecordKind::Claim => statement.claim == *id,
                    _ => {
                        credited
                            || statement.speaker.id == *id
                            || statement.relay.iter().any(|p| p.id == *id)
                    }
                };
                if hit {
                    *expected.entry(source.id.clone()).or_default() += 1;
                }
            }
        }
        let shown: BTreeMap<String, u64> =
            counts(&json(&["show", id])["documents"], "source", "statements")
                .into_iter()
                .collect();
        assert_eq!(shown, expected, "{id}");
    }
}

#[test]
fn snapshots() {
    assert_cmd_snapshot!(
        "show-iskander",
        Claimgraph::new().args(["show", "iskander"]).run().success()
    );
    assert_cmd_snapshot!(
        "show-iskander-json",
        Claimgraph::new()
            .args(["show", "iskander", "--format", "json"])
            .run()
            .success()
    );
    assert_cmd_snapshot!(
        "sources-80",
        Claimgraph::new()
            .args(["sources"])
            .columns(80)
            .run()
            .success()
    );
    assert_cmd_snapshot!(
        "sources-about-iskander-json",
        Claimgraph::new()
            .args(["sources", "--about", "iskander", "--format", "json"])
            .run()
            .success()
    );
}

#[test]
fn sources_by_claim_and_by_speaker_echo_their_filter() {
    let listed = json(&["sources", "--claim", "iskander-used"]);
    assert_eq!(listed["filter"]["claim"]["id"], "iskander-used");
    assert_eq!(
        counts(&listed["sources"], "id", "statements"),
        counts(
            &json(&["show", "iskander-used"])["documents"],
            "source",
            "statements"
        )
    );
    let text = ok(&["sources", "--by", "azerbaijan"]);
    assert!(text.contains("0 sources"), "{text}");
    assert!(text.contains("add `--members`"), "{text}");
    let members = json(&["sources", "--by", "azerbaijan", "--members"]);
    assert_eq!(members["filter"]["members"], true);
    assert!(!members["sources"].as_array().unwrap().is_empty());
}

/// Issue 10: every `search` hit on a statement names its document, in text
/// and JSON.
#[test]
fn search_hits_on_statements_name_their_document() {
    let answer = json(&["search", "باشينيان", "--kind", "statement"]);
    let hits = answer["hits"].as_array().unwrap();
    assert!(!hits.is_empty());
    for hit in hits {
        let id = hit["record"]["id"].as_str().unwrap();
        let source = hit["document"]["source"]["id"].as_str().unwrap();
        assert_eq!(&id[1..4], &source[5..8], "{id} is in {source}");
    }
    let text = ok(&["search", "باشينيان", "--kind", "statement"]);
    assert!(text.contains("· in seed-000, 2021-02"), "{text}");
}
