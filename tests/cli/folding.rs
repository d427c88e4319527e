//! Folding against the bundled data: every name and alias of every record
//! resolves to that record, and a word that begins with أل (alef with hamza,
//! then lam) is not read as the article.

use std::path::Path;

use claimgraph::lookup::fields::{FieldKind, fields};
use claimgraph::lookup::resolve::resolve;
use claimgraph::model::RecordKind;
use claimgraph::workspace::Workspace;

use crate::support::json;

#[test]
fn every_name_and_alias_in_the_data_resolves_to_its_record() {
    let ws = Workspace::open(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data"));
    assert_eq!(ws.errors(), 0, "the bundled data checks clean");
    let mut checked = 0;
    let mut wrong = Vec::new();
    for kind in [RecordKind::Actor, RecordKind::Outlet, RecordKind::Entity] {
        for field in fields(&ws.data, &[kind]) {
            if !matches!(field.field, FieldKind::Name | FieldKind::Alias) {
                continue;
            }
            checked += 1;
            match resolve(&ws.data, field.text, &[kind]) {
                Ok(id) if id == field.id => {}
                other => wrong.push(format!("{} `{}` → {other:?}", field.id, field.text)),
            }
        }
    }
    assert!(checked > 100, "only {checked} names and aliases");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_misspelt_alexander_aliases_still_find_the_iskander() {
    for spelling in ["ألكسندر", "ألكساندر"] {
        let found = json(&["search", spelling]);
        assert_eq!(found["hits"][0]["record"]["id"], "iskander", "{spelling}");
        assert_eq!(found["hits"][0]["rule"], "exact", "{spelling}");
    }
}

#[test]
fn germany_is_not_taken_for_armenia() {
    let found = json(&["search", "ألمانيا"]);
    let ids: Vec<&str> = found["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["record"]["id"].as_str().unwrap())
        .collect();
    assert!(!ids.contains(&"armenia"), "{ids:?}");
}
