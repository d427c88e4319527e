//! `show`: any record, every field, and every relation it takes part in.

use petgraph::visit::EdgeRef;
use schemars::JsonSchema;
use serde::Serialize;
use serde_json::Value;

use crate::graph::{ClaimGraph, EdgeKind};
use crate::json::Answer;
use crate::model::{Dataset, RecordKind};
use crate::query::sources::{self, DocumentCount};
use crate::query::{ExternalVerdict, Ref};

/// The answer of `show`: one record, every field of it and every edge at it.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Show {
    /// `actor`, `outlet`, `entity`, `claim`, `source` or `statement`.
    pub kind: RecordKind,
    /// The record's id.
    pub id: String,
    /// The checked record with all its fields, as an object. References to
    /// other records are given as [`Ref`]s (`id`, `kind`, `name`,
    /// `original`), and a source's `file` path is tidied (`data/../seeds/x`
    /// becomes `seeds/x`).
    #[schemars(with = "ShownRecord")]
    pub record: Value,
    /// Every edge at the record, sorted by direction (`along`, `in`, `out`),
    /// relation, other id and statement; empty when it has none.
    pub relations: Vec<Link>,
    /// For an entity, claim, actor or outlet: the documents carrying it,
    /// each with how many of its statements concern the record, by date
    /// (undated last) then data order ([`sources::documents`]); omitted for
    /// sources and statements.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub documents: Option<Vec<DocumentCount>>,
    /// For a claim: other desks' verdicts on it (never ours); omitted when none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub external_reviews: Vec<ExternalVerdict>,
}

impl Answer for Show {
    const SCHEMA: &'static str = "show";
}

/// The shapes [`Show::record`] takes, for its schema only: the model
/// record's fields as serde writes them, with [`record`]'s replacements
/// (every reference a [`Ref`]). The schema tests validate every record of
/// the bundled data and the hostile fixture against it, so a model field
/// added without a line here fails them.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum ShownRecord {
    /// An actor.
    Actor {
        /// Its id.
        id: String,
        /// `Person`, `Ministry`, …
        kind: crate::model::ActorKind,
        /// Names by language tag.
        names: crate::model::Names,
        /// Other spellings.
        aliases: Vec<String>,
        /// ISO country code.
        country: Option<String>,
        /// Side in the conflict.
        side: Option<String>,
        /// A person's position.
        role: Option<String>,
        /// The actor it belongs to.
        member_of: Option<Ref>,
        /// Notes.
        note: Option<String>,
    },
    /// An outlet.
    Outlet {
        /// Its id.
        id: String,
        /// `Agency`, `Tv`, …
        kind: crate::model::OutletKind,
        /// Names by language tag.
        names: crate::model::Names,
        /// Other spellings.
        aliases: Vec<String>,
        /// ISO country code.
        country: Option<String>,
        /// Language tags it publishes in.
        languages: Vec<String>,
        /// Home page.
        url: Option<String>,
        /// Its owner.
        owner: Option<Ref>,
        /// ISO code of the state owning or funding it.
        state_affiliation: Option<String>,
        /// Notes.
        note: Option<String>,
    },
    /// An entity.
    Entity {
        /// Its id.
        id: String,
        /// `Weapon`, `Place`, …
        kind: crate::model::EntityKind,
        /// Names by language tag.
        names: crate::model::Names,
        /// Other spellings.
        aliases: Vec<String>,
        /// Notes.
        note: Option<String>,
    },
    /// A claim.
    Claim {
        /// Its id.
        id: String,
        /// `Fact`, `Figure`, …
        kind: crate::model::ClaimKind,
        /// The English wording.
        text: String,
        /// Wordings by language tag.
        original: crate::model::Names,
        /// What it is about.
        about: Vec<Ref>,
        /// Its subject–predicate–object reading.
        triple: Option<ShownTriple>,
        /// Free labels.
        tags: Vec<String>,
        /// Notes.
        note: Option<String>,
    },
    /// A source.
    Source {
        /// Its id.
        id: String,
        /// The path of its text, tidied.
        file: String,
        /// Its publisher.
        outlet: Option<Ref>,
        /// The outlets or actors it credits.
        via: Vec<Ref>,
        /// Its date.
        date: Option<crate::model::date::PartialDate>,
        /// Its language tag.
        language: String,
        /// Its headline.
        title: Option<String>,
        /// Its byline.
        author: Option<String>,
        /// Where it was published.
        url: Option<String>,
        /// Notes.
        note: Option<String>,
        /// The ids of its statements.
        statements: Vec<String>,
        /// Its background passages.
        background: Vec<crate::model::Background>,
    },
    /// A statement.
    Statement {
        /// Its id.
        id: String,
        /// Its document.
        source: Ref,
        /// Its claim.
        claim: Ref,
        /// Its speaker.
        speaker: Ref,
        /// Its stance.
        stance: crate::model::Stance,
        /// The relays, nearest the document first.
        relay: Vec<Ref>,
        /// Where the speaker said it.
        channel: Option<crate::model::Channel>,
        /// When the speaker said it.
        date: Option<crate::model::date::PartialDate>,
        /// The quote, verbatim.
        quote: String,
        /// Its English translation.
        translation: Option<String>,
        /// Notes.
        note: Option<String>,
    },
}

/// A claim's `triple` as `show` writes it.
#[derive(JsonSchema)]
#[allow(dead_code)]
struct ShownTriple {
    /// Who or what the claim is about.
    subject: Ref,
    /// The verb phrase.
    predicate: String,
    /// The object, when the predicate takes one.
    object: Option<Ref>,
}

/// Which way an edge runs, seen from the shown record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// A statement's edge, shown on the statement: it has no node of its own.
    Along,
    /// The shown record is the edge's head.
    In,
    /// The shown record is the edge's tail.
    Out,
}

/// One edge at the shown record.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Link {
    /// Which way the edge runs.
    pub direction: Direction,
    /// The edge's kind: `states`, `relays`, `publishes`, `member_of`, `owns`,
    /// `about`, `contradicts`, `supports` or `same_as`.
    pub relation: EdgeKind,
    /// The record at the other end; for `along`, the edge's head.
    pub other: Ref,
    /// Id of the statement behind a `states` or `relays` edge; for `along`,
    /// `from <tail id>` instead; omitted for edges no statement makes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement: Option<String>,
}

fn record(data: &Dataset, kind: RecordKind, id: &str) -> Value {
    let value = match kind {
        RecordKind::Actor => serde_json::to_value(&data.actors[id]),
        RecordKind::Outlet => serde_json::to_value(&data.outlets[id]),
        RecordKind::Entity => serde_json::to_value(&data.entities[id]),
        RecordKind::Claim => serde_json::to_value(&data.claims[id]),
        RecordKind::Source => serde_json::to_value(&data.sources[id]),
        RecordKind::Statement => serde_json::to_value(&data.statements[id]),
    };
    let mut value = value.unwrap_or(Value::Null);
    named_references(data, &mut value);
    if let Value::Object(fields) = &mut value {
        for field in id_fields(kind) {
            if let Some(ids) = fields.get_mut(*field) {
                named_ids(data, ids);
            }
        }
        if let Some(Value::Object(triple)) = fields.get_mut("triple") {
            for field in ["subject", "object"] {
                if let Some(id) = triple.get_mut(field) {
                    named_ids(data, id);
                }
            }
        }
    }
    if let Some(Value::String(file)) = value.get_mut("file") {
        *file = tidy_path(file);
    }
    value
}

/// The fields of a record of `kind` that hold bare ids of other records
/// (the typed `{kind, id}` references are found by [`named_references`]; a
/// claim's `triple` is named in [`record`]).
fn id_fields(kind: RecordKind) -> &'static [&'static str] {
    match kind {
        RecordKind::Actor => &["member_of"],
        RecordKind::Outlet | RecordKind::Entity => &[],
        RecordKind::Claim => &["about"],
        RecordKind::Source => &["outlet", "via"],
        RecordKind::Statement => &["source", "claim"],
    }
}

/// An id, or a list of ids, replaced by the [`Ref`]s of their records.
fn named_ids(data: &Dataset, value: &mut Value) {
    match value {
        Value::String(id) => {
            *value = serde_json::to_value(Ref::new(data, id)).unwrap_or(Value::Null);
        }
        Value::Array(items) => items.iter_mut().for_each(|v| named_ids(data, v)),
        _ => {}
    }
}

/// Every `{kind, id}` reference in `value` replaced by the [`Ref`] of its
/// record, so it carries a name.
fn named_references(data: &Dataset, value: &mut Value) {
    match value {
        Value::Object(map) => {
            let reference = map.len() == 2 && map.get("kind").is_some_and(Value::is_string);
            let id = map.get("id").and_then(Value::as_str).map(str::to_string);
            if let (true, Some(id)) = (reference, id) {
                *value = serde_json::to_value(Ref::new(data, &id)).unwrap_or(Value::Null);
                return;
            }
            map.values_mut().for_each(|v| named_references(data, v));
        }
        Value::Array(items) => items.iter_mut().for_each(|v| named_references(data, v)),
        _ => {}
    }
}

/// `path` with every `folder/..` step taken out, written with `/`.
fn tidy_path(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "." if !parts.is_empty() => {}
            ".." if parts.last().is_some_and(|p| *p != ".." && *p != ".") => {
                parts.pop();
            }
            _ => parts.push(part),
        }
    }
    if parts.is_empty() {
        ".".to_string()
    } else {
        parts.join("/")
    }
}

/// Everything about record `id` (which must exist).
pub fn show(data: &Dataset, graph: &ClaimGraph, id: &str) -> Show {
    let kind = data.kind_of(id).expect("show is given a resolved id");
    let mut relations = Vec::new();
    let mut push = |direction,
                    edge: petgraph::graph::EdgeReference<'_, crate::graph::Edge>,
                    other: petgraph::graph::NodeIndex| {
        relations.push(Link {
            direction,
            relation: edge.weight().kind,
            other: Ref::new(data, &graph.inner()[other].id),
            statement: edge.weight().statement.clone(),
        });
    };
    if let Some(&node) = graph.node(id).as_ref() {
        for edge in graph
            .inner()
            .edges_directed(node, petgraph::Direction::Outgoing)
        {
            push(Direction::Out, edge, edge.target());
        }
        for edge in graph
            .inner()
            .edges_directed(node, petgraph::Direction::Incoming)
        {
            push(Direction::In, edge, edge.source());
        }
    } else {
        for edge in graph
            .inner()
            .edge_references()
            .filter(|e| e.weight().statement.as_deref() == Some(id))
        {
            relations.push(Link {
                direction: Direction::Along,
                relation: edge.weight().kind,
                other: Ref::new(data, &graph.inner()[edge.target()].id),
                statement: Some(format!("from {}", graph.inner()[edge.source()].id)),
            });
        }
    }
    relations.sort_by(|a, b| {
        // By the relation's name, not its declaration order.
        (a.direction, a.relation.name(), &a.other.id, &a.statement).cmp(&(
            b.direction,
            b.relation.name(),
            &b.other.id,
            &b.statement,
        ))
    });
    Show {
        kind,
        id: id.to_string(),
        record: record(data, kind, id),
        relations,
        documents: sources::documents(data, id),
        external_reviews: ExternalVerdict::of(data, id),
    }
}

#[cfg(test)]
mod tests {
    use super::tidy_path;

    #[test]
    fn paths_lose_their_parent_steps() {
        assert_eq!(tidy_path("data/../seeds/000.txt"), "seeds/000.txt");
        assert_eq!(tidy_path("/a/data/../seeds/x"), "/a/seeds/x");
        assert_eq!(tidy_path("../seeds/x"), "../seeds/x");
        assert_eq!(tidy_path("a/.."), ".");
    }
}
