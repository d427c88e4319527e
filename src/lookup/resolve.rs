//! Turning what a user typed (an id, a name, an alias) into a record id.
//!
//! Names compare after [`fold`], the same folding `search` uses, so any
//! spelling `search` finds as an exact name also works as an argument.

use crate::lookup::fields::{Field, fields};
use crate::model::{Dataset, RecordKind};
use crate::text::fold::fold;
use crate::text::suggest;

/// Why a name could not be resolved.
#[derive(Debug, thiserror::Error)]
pub enum ResolveError {
    /// Neither an id nor a name or alias of any record of the wanted kinds.
    #[error("no {wanted} is called `{query}`{}", suggest::did_you_mean(&suggestions.iter().map(String::as_str).collect::<Vec<_>>()).map(|s| format!("; {s}")).unwrap_or_default())]
    Unknown {
        /// What the user typed.
        query: String,
        /// The kinds asked for, joined with "or": `actor or outlet`.
        wanted: String,
        /// Up to three closest ids, best first, for a "did you mean".
        suggestions: Vec<String>,
    },
    /// No name is exactly what the user typed, but it is part of the names
    /// of several records: which one is meant is for the user to say.
    #[error("no {wanted} is called `{query}` exactly, but it is part of the names of {}; give the id or the whole name", candidates.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", "))]
    Partial {
        /// What the user typed.
        query: String,
        /// The kinds asked for, as in [`ResolveError::Unknown`].
        wanted: String,
        /// The ids of the records whose names hold it as whole words, in data order.
        candidates: Vec<String>,
    },
    /// A name or alias shared by several records.
    #[error("`{query}` could be any of {}; give the id", candidates.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", "))]
    Ambiguous {
        /// What the user typed.
        query: String,
        /// The ids of every record it names, sorted.
        candidates: Vec<String>,
    },
}

/// The comparison key of a name: [`fold`]ed, without the punctuation that
/// ends a sentence, so a claim's text matches without its final full stop.
fn key(text: &str) -> String {
    key_of_folded(&fold(text)).to_string()
}

/// [`key`] of a name already [`fold`]ed.
fn key_of_folded(folded: &str) -> &str {
    let trimmed = folded.trim_end_matches(|c: char| {
        matches!(
            c,
            '.' | '!' | '?' | ';' | ':' | ',' | '…' | '؟' | '،' | '؛' | '۔'
        )
    });
    if trimmed.is_empty() {
        folded
    } else {
        trimmed.trim_end()
    }
}

/// Whether `query` is the id of a record of one of `kinds`: an exact id
/// wins over every name.
fn is_id_of(data: &Dataset, query: &str, kinds: &[RecordKind]) -> bool {
    data.kind_of(query).is_some_and(|k| kinds.contains(&k))
}

/// The fields that name a record, each with its [`fold`]ed text: folding is
/// most of a resolve's cost, so it is done once per field, on every core.
struct Named<'d> {
    fields: Vec<Field<'d>>,
    folded: Vec<String>,
}

impl<'d> Named<'d> {
    /// The fields of `kinds` that name a record (ids, names, aliases, claim
    /// texts, titles), folded.
    fn of(data: &'d Dataset, kinds: &[RecordKind]) -> Self {
        use rayon::prelude::*;
        let fields: Vec<Field<'d>> = fields(data, kinds)
            .into_iter()
            .filter(|f| f.field.names_record())
            .collect();
        let folded = fields.par_iter().map(|f| fold(f.text)).collect();
        Named { fields, folded }
    }

    /// Each field's id with its comparison key ([`key`]).
    fn keys(&self) -> impl Iterator<Item = (&'d str, &str)> + '_ {
        self.fields
            .iter()
            .zip(&self.folded)
            .map(|(f, folded)| (f.id, key_of_folded(folded)))
    }

    /// The ids of the records with a field whose key is `key`, sorted, each
    /// once.
    fn named_by(&self, key: &str) -> Vec<&'d str> {
        let mut hits: Vec<&str> = self
            .keys()
            .filter(|(_, k)| *k == key)
            .map(|(id, _)| id)
            .collect();
        hits.sort();
        hits.dedup();
        hits
    }
}

/// Resolves `query` to the id of a record of one of `kinds`.
///
/// An exact id wins; otherwise a folded match on any name or alias, which must
/// point at a single record.
pub fn resolve(data: &Dataset, query: &str, kinds: &[RecordKind]) -> Result<String, ResolveError> {
    if is_id_of(data, query, kinds) {
        return Ok(query.to_string());
    }
    let named = Named::of(data, kinds);
    let folded = key(query);
    let hits = named.named_by(&folded);
    match hits.as_slice() {
        [one] => Ok(one.to_string()),
        [] => {
            let wanted = if kinds == RecordKind::ALL {
                "record".to_string()
            } else {
                kinds
                    .iter()
                    .map(|k| k.name())
                    .collect::<Vec<_>>()
                    .join(" or ")
            };
            // Whole words of a longer name: "Ministry of Defence" is part of
            // every ministry's name, and naming one of them would be a guess.
            let padded = format!(" {folded} ");
            let mut containing: Vec<&str> = named
                .keys()
                .filter(|(_, key)| !folded.is_empty() && format!(" {key} ").contains(&padded))
                .map(|(id, _)| id)
                .collect();
            containing.dedup();
            let mut seen = std::collections::HashSet::new();
            containing.retain(|id| seen.insert(*id));
            if containing.len() > 1 {
                return Err(ResolveError::Partial {
                    query: query.to_string(),
                    wanted,
                    candidates: containing.into_iter().map(String::from).collect(),
                });
            }
            let mut suggestions: Vec<&str> = containing;
            let names: Vec<(&str, String)> = named
                .fields
                .iter()
                .map(|f| f.id)
                .zip(named.folded)
                .collect();
            for id in suggest::closest_folded(query, &names, 3) {
                if suggestions.len() < 3 && !suggestions.contains(&id) {
                    suggestions.push(id);
                }
            }
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

/// The id `query` resolves to among `kinds`, as [`resolve`] finds it, or
/// `None` where [`resolve`] fails, without working out why (no
/// suggestions): for a caller that only needs to know which record is
/// meant, such as the load cache choosing what to read.
pub fn resolved(data: &Dataset, query: &str, kinds: &[RecordKind]) -> Option<String> {
    if is_id_of(data, query, kinds) {
        return Some(query.to_string());
    }
    match Named::of(data, kinds).named_by(&key(query)).as_slice() {
        [one] => Some(one.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::workspace::Workspace;

    #[test]
    fn a_claim_text_without_its_final_punctuation_resolves() {
        let ws = Workspace::open(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data"));
        let claim = &ws.data.claims["armenia-fired-iskander-m"];
        let bare = claim.text.trim_end_matches('.');
        assert_ne!(bare, claim.text, "the claim's text ends with a full stop");
        for typed in [claim.text.as_str(), bare, &format!("{bare}?")] {
            assert_eq!(
                resolve(&ws.data, typed, &[RecordKind::Claim]).unwrap(),
                "armenia-fired-iskander-m",
                "{typed}"
            );
        }
    }
}
