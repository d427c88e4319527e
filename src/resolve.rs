//! Turning what a user typed (an id, a name, an alias) into a record id.

use crate::fold::fold;
use crate::model::{Dataset, RecordKind};
use crate::names;

/// Why a name could not be resolved.
#[derive(Debug, thiserror::Error)]
pub enum ResolveError {
    #[error("no {wanted} is called `{query}`{}", names::did_you_mean(&suggestions.iter().map(String::as_str).collect::<Vec<_>>()).map(|s| format!("; {s}")).unwrap_or_default())]
    Unknown {
        query: String,
        wanted: String,
        suggestions: Vec<String>,
    },
    #[error("`{query}` could be any of {}; give the id", candidates.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", "))]
    Ambiguous {
        query: String,
        candidates: Vec<String>,
    },
}

/// Every (id, name) pair a record of `kinds` can be found by.
pub fn searchable_names(data: &Dataset, kinds: &[RecordKind]) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    let mut add = |id: &String, names: Vec<&String>| {
        pairs.push((id.clone(), id.clone()));
        pairs.extend(names.into_iter().map(|n| (id.clone(), n.clone())));
    };
    for kind in kinds {
        match kind {
            RecordKind::Actor => data
                .actors
                .values()
                .for_each(|a| add(&a.id, a.names.values().chain(&a.aliases).collect())),
            RecordKind::Outlet => data
                .outlets
                .values()
                .for_each(|o| add(&o.id, o.names.values().chain(&o.aliases).collect())),
            RecordKind::Entity => data
                .entities
                .values()
                .for_each(|e| add(&e.id, e.names.values().chain(&e.aliases).collect())),
            RecordKind::Claim => data.claims.values().for_each(|c| {
                add(
                    &c.id,
                    std::iter::once(&c.text)
                        .chain(c.original.values())
                        .collect(),
                )
            }),
            RecordKind::Source => data
                .sources
                .values()
                .for_each(|s| add(&s.id, s.title.iter().collect())),
            RecordKind::Statement => data.statements.keys().for_each(|id| add(id, Vec::new())),
        }
    }
    pairs
}

/// Resolves `query` to the id of a record of one of `kinds`.
///
/// An exact id wins; otherwise a folded match on any name or alias, which must
/// point at a single record.
pub fn resolve(data: &Dataset, query: &str, kinds: &[RecordKind]) -> Result<String, ResolveError> {
    if data.kind_of(query).is_some_and(|k| kinds.contains(&k)) {
        return Ok(query.to_string());
    }
    let pairs = searchable_names(data, kinds);
    let folded = fold(query);
    let mut hits: Vec<&str> = pairs
        .iter()
        .filter(|(_, n)| fold(n) == folded)
        .map(|(id, _)| id.as_str())
        .collect();
    hits.sort();
    hits.dedup();
    match hits.as_slice() {
        [one] => Ok(one.to_string()),
        [] => {
            let suggestions = names::closest(
                query,
                pairs.iter().map(|(id, n)| (id.as_str(), n.as_str())),
                3,
            );
            let wanted = kinds
                .iter()
                .map(|k| k.name())
                .collect::<Vec<_>>()
                .join(" or ");
            Err(ResolveError::Unknown {
                query: query.to_string(),
                wanted,
                suggestions: suggestions.into_iter().map(String::from).collect(),
            })
        }
        many => Err(ResolveError::Ambiguous {
            query: query.to_string(),
            candidates: many.iter().map(|s| s.to_string()).collect(),
        }),
    }
}

/// All record kinds, for commands that take any id.
pub const ANY: [RecordKind; 6] = [
    RecordKind::Actor,
    RecordKind::Outlet,
    RecordKind::Entity,
    RecordKind::Claim,
    RecordKind::Source,
    RecordKind::Statement,
];
