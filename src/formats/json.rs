//! `export json`: the graph, or a part of it, as one JSON document with a
//! published schema (`docs/schema/graph.schema.json`).
//!
//! Nodes are the view's records in graph order (actors, outlets, entities,
//! claims, sources, each in file order), each with every name in every
//! script, its own kind and, for speakers, where it belongs
//! ([`Affiliation::of`], the walk `trace` and `origins` use). Edges are the
//! view's edges in graph order, each tagged with the graph's own edge kind
//! ([`EdgeKind::name`]). A statement is its `states` edge, speaker → claim,
//! carrying the statement (id, stance, date, channel, quote, translation,
//! document, number of hops); each hop its words took to the document is a
//! `relays` edge carrying the statement's id and the hop's number, counted
//! from the speaker ([`graph::chain`]). Relations carry their note and
//! grounds.

use std::io::{self, Write};

use schemars::JsonSchema;
use serde::Serialize;

use crate::formats::{Exporter, View};
use crate::graph::{self, EdgeKind};
use crate::json::{self, Answer};
use crate::model::date::PartialDate;
use crate::model::{
    ActorKind, Channel, ClaimKind, Dataset, EntityKind, Names, OutletKind, RecordKind, Stance,
};
use crate::query::timeline::DateFrom;
use crate::query::{Affiliation, Ref};

/// The JSON exporter.
pub struct Json;

impl Exporter for Json {
    fn write(&self, view: &View<'_>, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(json::answer(&GraphJson::of(view)).as_bytes())
    }
}

/// What `export json` writes: the view's nodes and edges.
#[derive(Debug, Serialize, JsonSchema)]
pub struct GraphJson {
    /// The records of the view: actors, outlets, entities, claims and
    /// sources, in that order, each kind in file order.
    pub nodes: Vec<Node>,
    /// The links of the view, both ends of each among `nodes`, in the
    /// graph's order: memberships, ownerships, `about`, publications, each
    /// statement's `states` edge followed by its `relays` hops, relations.
    pub edges: Vec<Edge>,
}

impl Answer for GraphJson {
    const SCHEMA: &'static str = "graph";
}

/// A name or wording in one language.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Text {
    /// Its language tag (`en`, `ar`, `ru`, …).
    pub language: String,
    /// The text, verbatim.
    pub text: String,
}

/// A node, tagged with its record type in `kind`.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Node {
    /// A speaker.
    Actor(ActorNode),
    /// A publisher.
    Outlet(OutletNode),
    /// A thing claims are about.
    Entity(EntityNode),
    /// A proposition.
    Claim(ClaimNode),
    /// A document.
    Source(SourceNode),
}

/// An actor.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ActorNode {
    /// Its id.
    pub id: String,
    /// Its display name, as a [`Ref`] gives it.
    pub name: String,
    /// Every name, by language, in the order written.
    pub names: Vec<Text>,
    /// Other spellings in any script; empty when none.
    pub aliases: Vec<String>,
    /// `Person`, `Ministry`, `Government`, …
    pub actor_kind: ActorKind,
    /// A person's position; null when not given.
    pub role: Option<String>,
    /// Its own ISO country code; null when not given.
    pub country: Option<String>,
    /// Its own side in the conflict; null when not given.
    pub side: Option<String>,
    /// The id of the actor it belongs to; null at the top.
    pub member_of: Option<String>,
    /// Where it belongs, as `trace` gives it: the `member_of` chain, its
    /// top, and the nearest country and side.
    pub affiliation: Affiliation,
    /// The annotator's notes; null when none.
    pub note: Option<String>,
}

/// An outlet.
#[derive(Debug, Serialize, JsonSchema)]
pub struct OutletNode {
    /// Its id.
    pub id: String,
    /// Its display name, as a [`Ref`] gives it.
    pub name: String,
    /// Every name, by language, in the order written.
    pub names: Vec<Text>,
    /// Other spellings, domains and abbreviations; empty when none.
    pub aliases: Vec<String>,
    /// `Agency`, `Tv`, `Newspaper`, …
    pub outlet_kind: OutletKind,
    /// The ISO code of the country it is based in; null when not given.
    pub country: Option<String>,
    /// The ISO code of the state owning or funding it; null for private media.
    pub state_affiliation: Option<String>,
    /// The language tags it publishes in; empty when not given.
    pub languages: Vec<String>,
    /// Its home page; null when not given.
    pub url: Option<String>,
    /// The id of the actor or outlet owning it; null when not given.
    pub owner: Option<String>,
    /// Where it belongs, as `trace` gives it: the `owner` chain, its top,
    /// and the nearest country (a state affiliation first) and side.
    pub affiliation: Affiliation,
    /// The annotator's notes; null when none.
    pub note: Option<String>,
}

/// An entity.
#[derive(Debug, Serialize, JsonSchema)]
pub struct EntityNode {
    /// Its id.
    pub id: String,
    /// Its display name, as a [`Ref`] gives it.
    pub name: String,
    /// Every name, by language, in the order written.
    pub names: Vec<Text>,
    /// Other spellings; empty when none.
    pub aliases: Vec<String>,
    /// `Weapon`, `Place`, `Unit`, …
    pub entity_kind: EntityKind,
    /// The annotator's notes; null when none.
    pub note: Option<String>,
}

/// A claim.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ClaimNode {
    /// Its id.
    pub id: String,
    /// Its display name: the English wording.
    pub name: String,
    /// `Fact`, `Figure`, `Opinion` or `Prediction`.
    pub claim_kind: ClaimKind,
    /// The canonical English wording.
    pub text: String,
    /// Its wordings in the sources' languages, in the order written; empty
    /// when none.
    pub wordings: Vec<Text>,
    /// Free labels; empty when none.
    pub tags: Vec<String>,
    /// The annotator's notes; null when none.
    pub note: Option<String>,
}

/// A source: one document.
#[derive(Debug, Serialize, JsonSchema)]
pub struct SourceNode {
    /// Its id.
    pub id: String,
    /// Its display name: the title, else the id.
    pub name: String,
    /// The headline in the document's language; null when none.
    pub title: Option<String>,
    /// The language tag of the text.
    pub language: String,
    /// The publication date; null when unknown.
    pub date: Option<PartialDate>,
    /// The id of the publishing outlet; null when it names none.
    pub outlet: Option<String>,
    /// The ids of the outlets or actors it credits for its whole text,
    /// nearest first; empty when none.
    pub via: Vec<String>,
    /// The byline; null when none.
    pub author: Option<String>,
    /// Where it was published; null when unknown.
    pub url: Option<String>,
    /// The annotator's notes; null when none.
    pub note: Option<String>,
}

/// An edge, tagged with the graph's edge kind in `kind`.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Edge {
    /// A statement: its speaker → the claim.
    States(StatementEdge),
    /// One hop of a statement's words, towards the document.
    Relays(HopEdge),
    /// An outlet → a source it publishes.
    Publishes(Link),
    /// An actor → the organisation it belongs to.
    MemberOf(Link),
    /// An owner → the outlet it owns.
    Owns(Link),
    /// A claim → an entity (or actor, outlet) it is about.
    About(Link),
    /// A claim → a claim it contradicts.
    Contradicts(RelationEdge),
    /// A claim → a claim it supports.
    Supports(RelationEdge),
    /// A claim → a claim it restates.
    SameAs(RelationEdge),
}

/// An edge no record stands behind.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Link {
    /// The id of the tail.
    pub from: String,
    /// The id of the head.
    pub to: String,
}

/// A statement, as the edge from its speaker to its claim.
#[derive(Debug, Serialize, JsonSchema)]
pub struct StatementEdge {
    /// The id of the speaker, an actor or an outlet.
    pub from: String,
    /// The id of the claim.
    pub to: String,
    /// The statement's id.
    pub statement: String,
    /// `Affirms`, `Denies`, `Hedges` or `Reports`.
    pub stance: Stance,
    /// Its date, else its document's (as `timeline` and `statements` give
    /// it); null when neither is known.
    pub date: Option<PartialDate>,
    /// Where `date` comes from (`statement`, `document`); null when undated.
    pub date_from: Option<DateFrom>,
    /// Where the speaker said it: a name such as `"Facebook"`, or
    /// `{"Other": "description"}`; null when not recorded.
    pub channel: Option<Channel>,
    /// The id of the document (source) carrying it.
    pub document: String,
    /// How many hops its words took to the document: the relays, plus one.
    /// The `relays` edges with this statement's id are hops 1 to `hops`.
    pub hops: usize,
    /// The words of the document carrying it, verbatim.
    pub quote: String,
    /// The English translation; null when none.
    pub translation: Option<String>,
}

/// One hop of a statement's words.
#[derive(Debug, Serialize, JsonSchema)]
pub struct HopEdge {
    /// The id of the party the words come from.
    pub from: String,
    /// The id of the next party, or of the document on the last hop.
    pub to: String,
    /// The statement's id.
    pub statement: String,
    /// The statement's stance.
    pub stance: Stance,
    /// The hop's number: 1 leaves the speaker, `hops` reaches the document.
    pub hop: usize,
    /// How many hops the statement's words took in all.
    pub hops: usize,
}

/// A relation between two claims.
#[derive(Debug, Serialize, JsonSchema)]
pub struct RelationEdge {
    /// The id of the first claim (for `supports`, the evidence).
    pub from: String,
    /// The id of the second claim.
    pub to: String,
    /// Why they relate; null when not given.
    pub note: Option<String>,
    /// The ids of the statements or sources it rests on; empty when none.
    pub grounds: Vec<String>,
}

/// `names` as a list, in the order written.
fn texts(names: &Names) -> Vec<Text> {
    names
        .iter()
        .map(|(language, text)| Text {
            language: language.clone(),
            text: text.clone(),
        })
        .collect()
}

impl GraphJson {
    /// The nodes and edges of `view`, in its order.
    pub fn of(view: &View<'_>) -> Self {
        let graph = view.graph.inner();
        let nodes = view
            .nodes
            .iter()
            .filter_map(|&n| node(view.data, &graph[n].id, graph[n].kind))
            .collect();
        let edges = view
            .edges
            .iter()
            .filter_map(|&e| {
                let (from, to) = graph.edge_endpoints(e)?;
                edge(view.data, &graph[e], &graph[from].id, &graph[to].id)
            })
            .collect();
        GraphJson { nodes, edges }
    }
}

/// The node of record `id`; `None` for an id the data does not hold.
fn node(data: &Dataset, id: &str, kind: RecordKind) -> Option<Node> {
    let name = Ref::new(data, id).name;
    Some(match kind {
        RecordKind::Actor => {
            let a = data.actors.get(id)?;
            Node::Actor(ActorNode {
                id: a.id.clone(),
                name,
                names: texts(&a.names),
                aliases: a.aliases.clone(),
                actor_kind: a.kind,
                role: a.role.clone(),
                country: a.country.clone(),
                side: a.side.clone(),
                member_of: a.member_of.clone(),
                affiliation: Affiliation::of(data, id),
                note: a.note.clone(),
            })
        }
        RecordKind::Outlet => {
            let o = data.outlets.get(id)?;
            Node::Outlet(OutletNode {
                id: o.id.clone(),
                name,
                names: texts(&o.names),
                aliases: o.aliases.clone(),
                outlet_kind: o.kind,
                country: o.country.clone(),
                state_affiliation: o.state_affiliation.clone(),
                languages: o.languages.clone(),
                url: o.url.clone(),
                owner: o.owner.as_ref().map(|p| p.id.clone()),
                affiliation: Affiliation::of(data, id),
                note: o.note.clone(),
            })
        }
        RecordKind::Entity => {
            let e = data.entities.get(id)?;
            Node::Entity(EntityNode {
                id: e.id.clone(),
                name,
                names: texts(&e.names),
                aliases: e.aliases.clone(),
                entity_kind: e.kind,
                note: e.note.clone(),
            })
        }
        RecordKind::Claim => {
            let c = data.claims.get(id)?;
            Node::Claim(ClaimNode {
                id: c.id.clone(),
                name,
                claim_kind: c.kind,
                text: c.text.clone(),
                wordings: texts(&c.original),
                tags: c.tags.clone(),
                note: c.note.clone(),
            })
        }
        RecordKind::Source => {
            let s = data.sources.get(id)?;
            Node::Source(SourceNode {
                id: s.id.clone(),
                name,
                title: s.title.clone(),
                language: s.language.clone(),
                date: s.date,
                outlet: s.outlet.clone(),
                via: s.via.clone(),
                author: s.author.clone(),
                url: s.url.clone(),
                note: s.note.clone(),
            })
        }
        // Statements are edges, never nodes.
        RecordKind::Statement => return None,
    })
}

/// The edge `from → to` of the graph; `None` when what it stands for is
/// not in the data.
fn edge(data: &Dataset, edge: &graph::Edge, from: &str, to: &str) -> Option<Edge> {
    let link = || Link {
        from: from.to_string(),
        to: to.to_string(),
    };
    let statement = edge
        .statement
        .as_ref()
        .and_then(|id| data.statements.get(id));
    Some(match edge.kind {
        EdgeKind::States => {
            let s = statement?;
            Edge::States(StatementEdge {
                from: from.to_string(),
                to: to.to_string(),
                statement: s.id.clone(),
                stance: s.stance,
                date: data.date_of(s),
                date_from: DateFrom::of(data, s),
                channel: s.channel.clone(),
                document: s.source.clone(),
                hops: graph::chain(s).len() - 1,
                quote: s.quote.clone(),
                translation: s.translation.clone(),
            })
        }
        EdgeKind::Relays => {
            let s = statement?;
            let chain = graph::chain(s);
            let at = chain.windows(2).position(|w| w == [from, to])?;
            Edge::Relays(HopEdge {
                from: from.to_string(),
                to: to.to_string(),
                statement: s.id.clone(),
                stance: s.stance,
                hop: at + 1,
                hops: chain.len() - 1,
            })
        }
        EdgeKind::Publishes => Edge::Publishes(link()),
        EdgeKind::MemberOf => Edge::MemberOf(link()),
        EdgeKind::Owns => Edge::Owns(link()),
        EdgeKind::About => Edge::About(link()),
        EdgeKind::Contradicts | EdgeKind::Supports | EdgeKind::SameAs => {
            let relation = data.relations.iter().find(|r| {
                r.from == from && r.to == to && EdgeKind::of_relation(r.kind) == edge.kind
            })?;
            let relation = RelationEdge {
                from: from.to_string(),
                to: to.to_string(),
                note: relation.note.clone(),
                grounds: relation.grounds.clone(),
            };
            match edge.kind {
                EdgeKind::Contradicts => Edge::Contradicts(relation),
                EdgeKind::Supports => Edge::Supports(relation),
                _ => Edge::SameAs(relation),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use serde_json::Value;

    use super::*;
    use crate::workspace::Workspace;

    fn bundled() -> Workspace {
        Workspace::open(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data"))
    }

    #[test]
    fn every_edge_is_tagged_with_the_graphs_own_edge_kind() {
        let ws = bundled();
        let view = View::all(&ws.data, &ws.graph);
        let exported = serde_json::to_value(GraphJson::of(&view)).unwrap();
        let kinds: Vec<&str> = exported["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["kind"].as_str().unwrap())
            .collect();
        let graph: Vec<&str> = view
            .edges
            .iter()
            .map(|&e| ws.graph.inner()[e].kind.name())
            .collect();
        assert_eq!(kinds, graph, "one JSON edge per graph edge, same kind");
        let nodes = exported["nodes"].as_array().unwrap();
        assert_eq!(nodes.len(), view.nodes.len());
    }

    #[test]
    fn every_statement_is_one_states_edge_and_its_hops_count_from_the_speaker() {
        let ws = bundled();
        let view = View::all(&ws.data, &ws.graph);
        let exported = serde_json::to_value(GraphJson::of(&view)).unwrap();
        let edges = exported["edges"].as_array().unwrap();
        for s in ws.data.statements.values() {
            let states: Vec<&Value> = edges
                .iter()
                .filter(|e| e["kind"] == "states" && e["statement"] == s.id.as_str())
                .collect();
            assert_eq!(states.len(), 1, "{}", s.id);
            assert_eq!(states[0]["quote"], s.quote.as_str());
            assert_eq!(states[0]["from"], s.speaker.id.as_str());
            let mut hops: Vec<(u64, &str, &str)> = edges
                .iter()
                .filter(|e| e["kind"] == "relays" && e["statement"] == s.id.as_str())
                .map(|e| {
                    (
                        e["hop"].as_u64().unwrap(),
                        e["from"].as_str().unwrap(),
                        e["to"].as_str().unwrap(),
                    )
                })
                .collect();
            hops.sort();
            assert_eq!(hops.len(), s.relay.len() + 1, "{}", s.id);
            assert_eq!(states[0]["hops"], hops.len());
            assert_eq!(hops[0].1, s.speaker.id, "hop 1 leaves the speaker");
            assert_eq!(
                hops.last().unwrap().2,
                s.source,
                "the last reaches the document"
            );
            for (pair, nearest_last) in hops.windows(2).zip(s.relay.iter().rev()) {
                assert_eq!(pair[0].2, pair[1].1, "hops are contiguous");
                assert_eq!(pair[0].2, nearest_last.id);
            }
        }
    }
}
