//! Where a record appears: the documents (sources) carrying it, for `show`,
//! and `sources`, the documents listed with counts narrowed by the same
//! statement filters as `claims` and `actors` ([`Filter`]), plus `--claim`.
//!
//! A statement *concerns* a record when:
//!
//! * entity: the statement's claim is about it;
//! * claim: the statement states it;
//! * actor or outlet: it speaks the statement, relays it, publishes the
//!   statement's document or is credited in the document's `via`.

use indexmap::IndexMap;
use indexmap::IndexSet;
use schemars::JsonSchema;
use serde::Serialize;

use crate::json::{Answer, Listing};
use crate::model::date::PartialDate;
use crate::model::{Dataset, RecordKind, Source, Statement, affiliation};
use crate::query::Ref;
use crate::query::listing::{AppliedFilter, Filter};

/// One document carrying a record, with how many of its statements concern
/// the record.
#[derive(Debug, Clone, Serialize, JsonSchema, PartialEq, Eq)]
pub struct DocumentCount {
    /// The document.
    pub source: Ref,
    /// Its publication date; null when it gives none.
    pub date: Option<PartialDate>,
    /// The outlet publishing it; null when it names none.
    pub publisher: Option<Ref>,
    /// Its statements concerning the record (0 for a document an outlet
    /// publishes or is credited in that holds no statement).
    pub statements: usize,
}

/// Whether `statement` concerns record `id` of `kind` (see the module
/// documentation); always false for sources and statements.
pub fn concerns(data: &Dataset, kind: RecordKind, id: &str, statement: &Statement) -> bool {
    match kind {
        RecordKind::Entity => data
            .claims
            .get(&statement.claim)
            .is_some_and(|c| c.about.iter().any(|a| a == id)),
        RecordKind::Claim => statement.claim == id,
        RecordKind::Actor | RecordKind::Outlet => {
            statement.speaker.id == id
                || data.carries(id, statement)
                || data
                    .sources
                    .get(&statement.source)
                    .is_some_and(|s| credits(s, id))
        }
        RecordKind::Source | RecordKind::Statement => false,
    }
}

/// Whether `source` is published by `id` or credits it in `via`.
fn credits(source: &Source, id: &str) -> bool {
    source.outlet.as_deref() == Some(id) || source.via.iter().any(|v| v == id)
}

/// The documents carrying record `id` (an entity, claim, actor or outlet),
/// sorted by date (partial dates as [`PartialDate`] orders them, undated
/// last), then in data order; `None` for a source or a statement.
pub fn documents(data: &Dataset, id: &str) -> Option<Vec<DocumentCount>> {
    let kind = data.kind_of(id)?;
    if matches!(kind, RecordKind::Source | RecordKind::Statement) {
        return None;
    }
    let mut counts: IndexMap<&str, usize> = IndexMap::new();
    if matches!(kind, RecordKind::Actor | RecordKind::Outlet) {
        for source in data.sources.values().filter(|s| credits(s, id)) {
            counts.entry(source.id.as_str()).or_default();
        }
    }
    for statement in data.statements.values() {
        if concerns(data, kind, id, statement) {
            *counts.entry(statement.source.as_str()).or_default() += 1;
        }
    }
    let mut documents: Vec<(usize, DocumentCount)> = counts
        .into_iter()
        .filter_map(|(source, statements)| {
            let (order, _, s) = data.sources.get_full(source)?;
            Some((order, document(data, s, statements)))
        })
        .collect();
    documents.sort_by_key(|(order, d)| (d.date.is_none(), d.date, *order));
    Some(documents.into_iter().map(|(_, d)| d).collect())
}

fn document(data: &Dataset, source: &Source, statements: usize) -> DocumentCount {
    DocumentCount {
        source: Ref::new(data, &source.id),
        date: source.date,
        publisher: source.outlet.as_deref().map(|o| Ref::new(data, o)),
        statements,
    }
}

/// The filters `sources` applied: those of `claims` and `actors`, and `claim`.
#[derive(Debug, Serialize, JsonSchema)]
pub struct SourceFilter {
    /// `--about`, `--by`, `--members`, `--outlet`, `--stance`, as in `claims`.
    #[serde(flatten)]
    pub statements: AppliedFilter,
    /// `--claim`: the claim; null when not given.
    pub claim: Option<Ref>,
}

impl SourceFilter {
    /// Whether no filter was given, so the counts cover every statement.
    pub fn is_empty(&self) -> bool {
        self.statements.is_empty() && self.claim.is_none()
    }
}

/// The answer of `sources`.
#[derive(Debug, Serialize, JsonSchema)]
pub struct SourceList {
    /// The filter applied; every field null (and `members` false) when none
    /// was given. Under a filter the counts cover only matching statements.
    pub filter: SourceFilter,
    /// Statements passing the filter made by the actors and outlets
    /// belonging to `by`, directly or through others, counted with or
    /// without `members` (as `said` counts them); 0 without `by`.
    pub member_statements: usize,
    /// The sources holding a statement passing the filters (every source
    /// without filters), in data order.
    pub sources: Vec<SourceRow>,
}

impl Answer for SourceList {
    const SCHEMA: &'static str = "sources";
}

impl Listing for SourceList {
    type Item = SourceRow;

    fn items(&self) -> Vec<&SourceRow> {
        self.sources.iter().collect()
    }
}

/// One source, with counts over its statements passing the filters.
#[derive(Debug, Serialize, JsonSchema)]
pub struct SourceRow {
    /// The source's id.
    pub id: String,
    /// Its headline; null when it has none.
    pub title: Option<String>,
    /// The outlet publishing it; null when it names none.
    pub publisher: Option<Ref>,
    /// Its publication date; null when it gives none.
    pub date: Option<PartialDate>,
    /// The language tag of its text.
    pub language: String,
    /// Its statements passing the filters (all of them without filters).
    pub statements: usize,
    /// Distinct claims of those statements.
    pub claims: usize,
}

/// Sources with a statement passing `filter` and, when given, stating
/// `claim` (every source when neither narrows anything).
pub fn sources(data: &Dataset, filter: &Filter, claim: Option<&str>) -> SourceList {
    let unfiltered = filter.is_empty() && claim.is_none();
    let matching: Vec<&Statement> = filter
        .matching(data)
        .into_iter()
        .filter(|s| claim.is_none_or(|c| s.claim == c))
        .collect();
    let mut by_source: IndexMap<&str, Vec<&Statement>> = IndexMap::new();
    for s in &matching {
        by_source.entry(s.source.as_str()).or_default().push(s);
    }
    let sources = data
        .sources
        .values()
        .filter(|s| unfiltered || by_source.contains_key(s.id.as_str()))
        .map(|s| {
            let statements = by_source.get(s.id.as_str()).map_or(&[][..], Vec::as_slice);
            let claims: IndexSet<&str> = statements.iter().map(|st| st.claim.as_str()).collect();
            SourceRow {
                id: s.id.clone(),
                title: s.title.clone(),
                publisher: s.outlet.as_deref().map(|o| Ref::new(data, o)),
                date: s.date,
                language: s.language.clone(),
                statements: statements.len(),
                claims: claims.len(),
            }
        })
        .collect();
    let member_statements = match &filter.by {
        Some(by) if claim.is_some() => {
            let members = affiliation::members(data, by);
            let members: std::collections::HashSet<&str> =
                members.iter().map(String::as_str).collect();
            Filter {
                members: true,
                ..filter.clone()
            }
            .matching(data)
            .iter()
            .filter(|s| {
                claim.is_none_or(|c| s.claim == c) && members.contains(s.speaker.id.as_str())
            })
            .count()
        }
        _ => filter.member_statements(data),
    };
    SourceList {
        filter: SourceFilter {
            statements: AppliedFilter::new(data, filter),
            claim: claim.map(|c| Ref::new(data, c)),
        },
        member_statements,
        sources,
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::workspace::Workspace;

    fn bundled() -> Workspace {
        Workspace::open(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data"))
    }

    #[test]
    fn documents_are_sorted_by_date_with_undated_last() {
        let ws = bundled();
        for id in ["iskander", "sputnik", "iskander-used", "armenia-mod"] {
            let docs = documents(&ws.data, id).unwrap();
            assert!(!docs.is_empty(), "{id}");
            let keys: Vec<_> = docs.iter().map(|d| (d.date.is_none(), d.date)).collect();
            assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{id}: {keys:?}");
        }
        assert!(documents(&ws.data, "s001-01").is_none());
    }

    #[test]
    fn sources_about_an_entity_agree_with_its_documents() {
        let ws = bundled();
        let filter = Filter {
            about: Some("iskander".into()),
            ..Filter::default()
        };
        let listed: Vec<(String, usize)> = sources(&ws.data, &filter, None)
            .sources
            .into_iter()
            .map(|r| (r.id, r.statements))
            .collect();
        let mut shown: Vec<(String, usize)> = documents(&ws.data, "iskander")
            .unwrap()
            .into_iter()
            .map(|d| (d.source.id, d.statements))
            .collect();
        shown.sort_by_key(|(id, _)| ws.data.sources.get_index_of(id));
        assert_eq!(listed, shown);
    }
}
