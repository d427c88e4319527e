//! `export json`: the graph under its published schema. The schema and the
//! validator's verdict are in `schemas.rs`; here, what the export says must
//! be what the queries say, byte-stable, and the hostile fixture's text
//! comes back unchanged.

use std::collections::BTreeMap;
use std::path::Path;

use claimgraph::query;
use claimgraph::workspace::Workspace;
use serde_json::Value;

use crate::support::{Claimgraph, assert_cmd_snapshot, fixture, run};

/// The `states` edges of an export by statement id, and its `relays` edges
/// by statement id in hop order.
fn statement_edges(export: &Value) -> (BTreeMap<String, Value>, BTreeMap<String, Vec<Value>>) {
    let mut states = BTreeMap::new();
    let mut relays: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for edge in export["edges"].as_array().unwrap() {
        let statement = edge["statement"].as_str().map(str::to_string);
        match (edge["kind"].as_str().unwrap(), statement) {
            ("states", Some(id)) => {
                assert!(
                    states.insert(id, edge.clone()).is_none(),
                    "one states edge each"
                );
            }
            ("relays", Some(id)) => relays.entry(id).or_default().push(edge.clone()),
            _ => {}
        }
    }
    for hops in relays.values_mut() {
        hops.sort_by_key(|h| h["hop"].as_u64().unwrap());
    }
    (states, relays)
}

#[test]
fn the_export_says_what_trace_says_about_every_statement_of_every_claim() {
    let text = run(&["export", "json"]).ok();
    assert_eq!(text, run(&["export", "json"]).ok(), "same data, same bytes");
    let export: Value = serde_json::from_str(&text).unwrap();
    let (states, relays) = statement_edges(&export);
    let nodes: BTreeMap<&str, &Value> = export["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["id"].as_str().unwrap(), n))
        .collect();
    let ws = Workspace::open(Path::new("data"));
    let mut seen = 0;
    let mut relayed = 0;
    for claim in ws.data.claims.keys() {
        let trace = serde_json::to_value(query::trace::trace(&ws.data, claim)).unwrap();
        for document in trace["documents"].as_array().unwrap() {
            for chain in document["chains"].as_array().unwrap() {
                let id = chain["statement"].as_str().unwrap();
                let edge = &states[id];
                seen += 1;
                assert_eq!(edge["to"], claim.as_str(), "{id}");
                assert_eq!(edge["from"], chain["speaker"]["id"], "{id}");
                assert_eq!(edge["document"], document["source"]["id"], "{id}");
                for field in ["stance", "channel", "quote", "translation"] {
                    assert_eq!(edge[field], chain[field], "{id}: {field}");
                }
                if edge["date_from"] == "statement" {
                    assert_eq!(edge["date"], chain["date"], "{id}");
                } else {
                    assert_eq!(edge["date"], document["date"], "{id}");
                }
                // trace lists the relays nearest the document first; the
                // hops run from the speaker.
                let hops = &relays[id];
                let trace_hops = chain["hops"].as_array().unwrap();
                assert_eq!(edge["hops"], hops.len(), "{id}");
                assert_eq!(hops.len(), trace_hops.len() + 1, "{id}");
                assert_eq!(hops[0]["from"], chain["speaker"]["id"], "{id}");
                assert_eq!(hops.last().unwrap()["to"], document["source"]["id"], "{id}");
                for (hop, relay) in hops.iter().skip(1).zip(trace_hops.iter().rev()) {
                    assert_eq!(hop["from"], relay["id"], "{id}");
                }
                relayed += usize::from(!trace_hops.is_empty());
                let speaker = nodes[chain["speaker"]["id"].as_str().unwrap()];
                assert_eq!(speaker["affiliation"], chain["affiliation"], "{id}");
            }
        }
    }
    assert_eq!(
        seen,
        ws.data.statements.len(),
        "every statement is one states edge"
    );
    assert_eq!(states.len(), seen);
    assert!(relayed > 10, "only {relayed} relayed statements checked");
}

#[test]
fn a_claims_export_holds_exactly_its_statements() {
    for claim in ["tos-used", "iskander-used"] {
        let export: Value =
            serde_json::from_str(&run(&["export", "json", "--claim", claim]).ok()).unwrap();
        let (states, _) = statement_edges(&export);
        let statements = crate::support::json(&["statements", "--claim", claim]);
        let listed: Vec<&str> = statements["statements"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["statement"].as_str().unwrap())
            .collect();
        let mut exported: Vec<&str> = states.keys().map(String::as_str).collect();
        let mut listed_sorted = listed.clone();
        exported.sort();
        listed_sorted.sort();
        assert_eq!(exported, listed_sorted, "{claim}");
    }
}

#[test]
fn hostile_fixture_snapshot() {
    let run = Claimgraph::new()
        .data(fixture("valid/hostile"))
        .args(["export", "json", "--claim", "tos-used"])
        .run();
    let export: Value = serde_json::from_str(&run.stdout).expect("the export is JSON");
    // Read back, the strings are the data's, bidi marks and all.
    let name = export["nodes"][0]["names"][1]["text"].as_str().unwrap();
    assert_eq!(name, "وزارة\u{200f} الدفاع \u{202e}evil\u{202c} & <b>");
    assert!(!run.stdout.contains('\u{202e}') && run.stdout.contains("\\u202e"));
    assert_cmd_snapshot!("export_json_hostile_claim", run);
}

#[test]
fn export_json_takes_no_publisher_and_no_jsonl() {
    let publisher = run(&["export", "json", "--publisher-name", "Desk"]);
    assert_eq!(publisher.code, 2, "{}", publisher.stderr);
    let jsonl = run(&["export", "json", "--format", "jsonl"]);
    assert_eq!(jsonl.code, 2, "{}", jsonl.stderr);
    assert!(jsonl.stdout.is_empty());
}
