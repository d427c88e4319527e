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

use crate::model::{Dataset, IdMap};

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

/// Where an actor or outlet stands: what is above it, and the country and
/// side that walk gives. Worked out once per record when the data set is
/// checked ([`standings`], kept in [`Dataset::standings`] and in the load
/// cache), so that queries touching a speaker per statement never walk.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize,
)]
pub struct Standing {
    /// The records above it, nearest first ([`chain`] without the record
    /// itself); empty when it belongs to nothing.
    pub above: Vec<String>,
    /// ISO 3166-1 alpha-2 code from the nearest record, itself first, that
    /// gives one (for an outlet, its state affiliation before its country).
    pub country: Option<String>,
    /// The side in the conflict from the nearest actor that names one.
    pub side: Option<String>,
}

impl Standing {
    /// Walks up from `id` ([`chain`]); country and side come from the
    /// nearest record that gives them, an outlet's country being its state
    /// affiliation if it has one. Use [`standing`], which reads the kept
    /// table first.
    fn walk(data: &Dataset, id: &str) -> Self {
        let walk = chain(data, id);
        let mut country = None;
        let mut side = None;
        for node in &walk {
            if let Some(actor) = data.actors.get(*node) {
                country = country.or(actor.country.as_ref());
                side = side.or(actor.side.as_ref());
            } else if let Some(outlet) = data.outlets.get(*node) {
                country = country
                    .or(outlet.state_affiliation.as_ref())
                    .or(outlet.country.as_ref());
            }
        }
        Standing {
            above: walk[1..].iter().map(|node| node.to_string()).collect(),
            country: country.cloned(),
            side: side.cloned(),
        }
    }

    /// The top of the walk: the last record above, else `id` itself.
    pub fn root<'a>(&'a self, id: &'a str) -> &'a str {
        self.above.last().map_or(id, String::as_str)
    }

    /// The side, else the country, else unknown ([`Place::of`]).
    pub fn place(&self) -> Place {
        Place::of(self.side.as_deref(), self.country.as_deref())
    }
}

/// Where `id` stands: from [`Dataset::standings`] when the check kept it
/// there, else walked now (a data set put together by hand, or an id that
/// is no actor or outlet).
pub fn standing<'d>(data: &'d Dataset, id: &str) -> std::borrow::Cow<'d, Standing> {
    match data.standings.get(id) {
        Some(kept) => std::borrow::Cow::Borrowed(kept),
        None => std::borrow::Cow::Owned(Standing::walk(data, id)),
    }
}

/// The standing of every actor and outlet of `data`, in data order
/// (actors, then outlets), for [`Dataset::standings`].
///
/// Complexity: O((actors + outlets) × chain length²).
pub fn standings(data: &Dataset) -> IdMap<Standing> {
    data.actors
        .keys()
        .chain(data.outlets.keys())
        .map(|id| (id.clone(), Standing::walk(data, id)))
        .collect()
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
