//! Who belongs to whom: the walk up an actor's `member_of` and an outlet's
//! `owner`, the walk down to everything that belongs to an organisation, and
//! the side a speaker is placed on.
//!
//! Both walks follow the same two links, so an answer that groups Sputnik
//! under Rossiya Segodnya (its owner) and a graph that draws the organisations
//! of a claim's speakers agree. A cycle in the data ends a walk rather than
//! looping; `check` reports `member_of` cycles with their path.

use indexmap::IndexSet;
use schemars::JsonSchema;
use serde::Serialize;

use crate::model::Dataset;

/// How an unknown side is written, where an answer or a renderer must name it.
pub const UNKNOWN_SIDE: &str = "unknown";

/// The record `id` belongs to directly: an actor's `member_of`, an outlet's
/// `owner`; `None` for anything else.
pub fn parent<'d>(data: &'d Dataset, id: &str) -> Option<&'d str> {
    if let Some(actor) = data.actors.get(id) {
        actor.member_of.as_deref()
    } else {
        data.outlets
            .get(id)
            .and_then(|o| o.owner.as_ref())
            .map(|o| o.id.as_str())
    }
}

/// `id` and every record above it, nearest first: through actors'
/// `member_of` and outlets' `owner`, stopping where the data goes round in
/// a circle.
///
/// Complexity: O(chain length²), chains being a handful of links.
pub fn chain<'a>(data: &'a Dataset, id: &'a str) -> Vec<&'a str> {
    let mut chain = vec![id];
    let mut current = parent(data, id);
    while let Some(node) = current {
        if chain.contains(&node) {
            break;
        }
        chain.push(node);
        current = parent(data, node);
    }
    chain
}

/// Ids of the actors and outlets that belong to `id`, directly or through
/// others (members of members, outlets owned by a member), `id` excluded;
/// sorted.
///
/// Complexity: O((actors + outlets) × depth of the tree below `id`).
pub fn members(data: &Dataset, id: &str) -> Vec<String> {
    let mut found: IndexSet<&str> = IndexSet::new();
    let mut frontier: IndexSet<&str> = IndexSet::from([id]);
    while !frontier.is_empty() {
        let below: IndexSet<&str> = data
            .actors
            .keys()
            .chain(data.outlets.keys())
            .map(String::as_str)
            .filter(|child| parent(data, child).is_some_and(|p| frontier.contains(p)))
            .filter(|child| *child != id && !found.contains(child))
            .collect();
        found.extend(below.iter().copied());
        frontier = below;
    }
    let mut found: Vec<String> = found.into_iter().map(String::from).collect();
    found.sort();
    found
}

/// Where a speaker stands, saying which of the two it is: a side in the
/// conflict, else a country, else unknown. JSON: `{"side": "Armenia"}`,
/// `{"country": "PL"}` or `"unknown"`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Place {
    /// The side in the conflict (`"Armenia"`), from the nearest actor naming one.
    Side(String),
    /// No side is known: the ISO 3166-1 alpha-2 country code (`"PL"`).
    Country(String),
    /// Neither is known.
    Unknown,
}

impl Place {
    /// The side if known, else the country, else unknown: the one rule for
    /// where a speaker stands.
    pub fn of(side: Option<&str>, country: Option<&str>) -> Place {
        match (side, country) {
            (Some(side), _) => Place::Side(side.to_string()),
            (None, Some(country)) => Place::Country(country.to_string()),
            (None, None) => Place::Unknown,
        }
    }

    /// The side or the country, without saying which; `None` when unknown.
    pub fn value(&self) -> Option<&str> {
        match self {
            Place::Side(value) | Place::Country(value) => Some(value),
            Place::Unknown => None,
        }
    }
}

impl std::fmt::Display for Place {
    /// `side: Armenia`, `country: PL`, `side unknown`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Place::Side(side) => write!(f, "side: {side}"),
            Place::Country(country) => write!(f, "country: {country}"),
            Place::Unknown => write!(f, "side {UNKNOWN_SIDE}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_says_whether_it_is_a_side_or_a_country() {
        assert_eq!(
            Place::of(Some("Armenia"), Some("AM")).to_string(),
            "side: Armenia"
        );
        assert_eq!(Place::of(None, Some("PL")).to_string(), "country: PL");
        assert_eq!(Place::of(None, None).to_string(), "side unknown");
    }

    #[test]
    fn side_comes_before_country_and_neither_is_none() {
        assert_eq!(
            Place::of(Some("Armenia"), Some("AM")).value(),
            Some("Armenia")
        );
        assert_eq!(Place::of(None, Some("AM")).value(), Some("AM"));
        assert_eq!(Place::of(None, None).value(), None);
    }
}
