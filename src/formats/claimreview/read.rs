//! Reading ClaimReview JSON-LD as fact-checkers publish it.
//!
//! A file may hold one ClaimReview object, an array of them, an `@graph`
//! (with the page's other nodes beside it), or a `DataFeed` whose
//! `dataFeedElement` items are ClaimReviews or wrap them in `item`; any of
//! these may nest in another. Real markup is loose, so every property is
//! read leniently: a value may be a string, an object or an array; an object
//! may be an `{"@id": …}` reference to a node elsewhere in the file; property
//! names may carry a `schema:` prefix or be full schema.org IRIs; numbers may
//! be strings. What cannot be used is left out and said so in a note.

use std::collections::HashMap;

use serde_json::{Map, Value};

use crate::formats::incoming::{
    Claimant, ClaimantKind, Incoming, Item, Sighting, collapse_whitespace, parse_date,
};
use crate::model::{Publisher, Rating, Verdict};
use crate::text::lang;
use crate::text::url::is_web_address;

/// The ClaimReviews of a JSON document, in document order.
pub fn read_document(file: &str, document: &Value) -> Vec<Item> {
    let nodes = Nodes::index(document);
    let mut found = Vec::new();
    collect(document, &nodes, &mut found);
    if found.is_empty() {
        return vec![Item::Skipped {
            origin: file.to_string(),
            reason: "no ClaimReview found in the file".into(),
        }];
    }
    found
        .into_iter()
        .enumerate()
        .map(|(n, node)| read_review(&format!("{file} item {}", n + 1), node, &nodes))
        .collect()
}

/// Nodes that have an `@id` and say something, so that references
/// `{"@id": …}` elsewhere can be followed.
struct Nodes<'a>(HashMap<&'a str, &'a Map<String, Value>>);

impl<'a> Nodes<'a> {
    fn index(document: &'a Value) -> Self {
        let mut nodes = HashMap::new();
        let mut stack = vec![document];
        while let Some(value) = stack.pop() {
            match value {
                Value::Array(items) => stack.extend(items),
                Value::Object(map) => {
                    if let Some(Value::String(id)) = map.get("@id")
                        && map.keys().any(|k| k != "@id" && k != "@context")
                    {
                        nodes.entry(id.as_str()).or_insert(map);
                    }
                    stack.extend(map.values());
                }
                _ => {}
            }
        }
        Nodes(nodes)
    }

    /// The node itself, or the node a bare reference points to.
    fn deref(&self, map: &'a Map<String, Value>) -> &'a Map<String, Value> {
        match map.get("@id") {
            Some(Value::String(id)) if map.len() == 1 => {
                self.0.get(id.as_str()).copied().unwrap_or(map)
            }
            _ => map,
        }
    }
}

/// Finds ClaimReview nodes: at the top, in arrays, in `@graph`, and in a
/// DataFeed's elements and their `item`s.
fn collect<'a>(value: &'a Value, nodes: &Nodes<'a>, found: &mut Vec<&'a Map<String, Value>>) {
    match value {
        Value::Array(items) => {
            for item in items {
                collect(item, nodes, found);
            }
        }
        Value::Object(map) => {
            let map = nodes.deref(map);
            if is_a(map, "ClaimReview") {
                if !found.iter().any(|f| std::ptr::eq(*f, map)) {
                    found.push(map);
                }
                return;
            }
            for key in ["@graph", "dataFeedElement", "item"] {
                if let Some(inner) = property(map, key) {
                    collect(inner, nodes, found);
                }
            }
        }
        _ => {}
    }
}

fn read_review(origin: &str, node: &Map<String, Value>, nodes: &Nodes<'_>) -> Item {
    let skip = |reason: &str| Item::Skipped {
        origin: origin.to_string(),
        reason: reason.to_string(),
    };
    let Some(claim) = property(node, "claimReviewed").and_then(text) else {
        return skip("no claimReviewed: there is no claim to import");
    };
    let mut incoming = Incoming {
        origin: origin.to_string(),
        claim,
        ..Incoming::default()
    };
    let notes = &mut incoming.notes;
    incoming.language = property(node, "inLanguage").and_then(|v| {
        let tag = text(v).or_else(|| objects(v, nodes).first().and_then(|o| name(o)))?;
        let parsed = lang::normalise(&tag);
        if parsed.is_none() {
            notes.push(format!(
                "inLanguage `{tag}` is not a language tag; left out"
            ));
        }
        parsed
    });
    incoming.url = property(node, "url").and_then(text).and_then(|url| {
        let ok = is_web_address(&url);
        if !ok {
            notes.push(format!("url `{url}` is not a web address; left out"));
        }
        ok.then_some(url)
    });
    for (key, slot) in [
        ("datePublished", &mut incoming.published),
        ("dateCreated", &mut incoming.created),
        ("dateModified", &mut incoming.updated),
    ] {
        if let Some(written) = property(node, key).and_then(text) {
            *slot = parse_date(&written);
            if slot.is_none() {
                notes.push(format!("{key} `{written}` is not a date; left out"));
            }
        }
    }
    incoming.rationale = property(node, "reviewBody").and_then(text);
    read_author(node, nodes, &mut incoming);
    match property(node, "reviewRating").map(|v| objects(v, nodes)) {
        Some(ratings) if !ratings.is_empty() => {
            incoming.verdict = verdict(ratings[0], &mut incoming.notes);
        }
        _ => incoming
            .notes
            .push("no reviewRating: imported without a verdict".into()),
    }
    if let Some(item) =
        property(node, "itemReviewed").and_then(|v| objects(v, nodes).into_iter().next())
    {
        read_item(item, nodes, &mut incoming);
    }
    Item::Review(Box::new(incoming))
}

/// The review's author: the first organisation publishes it, the first
/// person reviewed it; a plain name is taken for the publisher.
fn read_author(node: &Map<String, Value>, nodes: &Nodes<'_>, incoming: &mut Incoming) {
    let Some(authors) = property(node, "author") else {
        return;
    };
    for author in values(authors) {
        match author {
            Value::Object(map) => {
                let map = nodes.deref(map);
                if is_a(map, "Person") {
                    if incoming.reviewer.is_none() {
                        incoming.reviewer = name(map);
                    }
                } else if incoming.publisher.is_none() {
                    let url = property(map, "url")
                        .and_then(text)
                        .filter(|u| is_web_address(u));
                    let named = name(map).or_else(|| {
                        let host = url.as_deref().and_then(crate::text::url::host)?;
                        incoming.notes.push(format!(
                            "the publisher has no name; named after its site, {host}"
                        ));
                        Some(host)
                    });
                    incoming.publisher = named.map(|name| Publisher { name, url });
                }
            }
            other => {
                if incoming.publisher.is_none() {
                    incoming.publisher = text(other).map(|name| Publisher { name, url: None });
                }
            }
        }
    }
}

/// The reviewed item: its authors are the claimants; its appearances (and
/// the item itself, when it is a document rather than a Claim) are
/// sightings.
fn read_item(item: &Map<String, Value>, nodes: &Nodes<'_>, incoming: &mut Incoming) {
    if let Some(authors) = property(item, "author") {
        for author in values(authors) {
            match author {
                Value::Object(map) => {
                    let map = nodes.deref(map);
                    let Some(name) = name(map) else {
                        incoming
                            .notes
                            .push("a claim author has no name; left out".into());
                        continue;
                    };
                    let kind = if is_a(map, "Person") {
                        ClaimantKind::Person
                    } else if types(map).is_empty() {
                        ClaimantKind::Unknown
                    } else {
                        ClaimantKind::Organization
                    };
                    let url = property(map, "sameAs")
                        .or_else(|| property(map, "url"))
                        .and_then(text)
                        .filter(|u| is_web_address(u));
                    incoming.claimants.push(Claimant { name, kind, url });
                }
                other => {
                    if let Some(name) = text(other) {
                        incoming.claimants.push(Claimant {
                            name,
                            kind: ClaimantKind::Unknown,
                            url: None,
                        });
                    }
                }
            }
        }
    }
    // `appearance` first, so that a round trip keeps the order; the first
    // appearance is usually listed there too.
    let mut sightings: Vec<Sighting> = Vec::new();
    for key in ["appearance", "firstAppearance"] {
        if let Some(value) = property(item, key) {
            for found in values(value) {
                let Some(sighting) = sighting(found, nodes) else {
                    continue;
                };
                // The same document listed twice: one sighting, with what
                // either says.
                match sightings
                    .iter_mut()
                    .find(|s| s.url.is_some() && s.url == sighting.url)
                {
                    Some(known) => {
                        known.title = known.title.take().or(sighting.title);
                        known.outlet = known.outlet.take().or(sighting.outlet);
                        known.date = known.date.or(sighting.date);
                    }
                    None => sightings.push(sighting),
                }
            }
        }
    }
    let is_claim = is_a(item, "Claim") || types(item).is_empty();
    if !is_claim {
        if let Some(document) = document(item, nodes) {
            sightings.insert(0, document);
        }
    } else if let Some(date) = property(item, "datePublished").and_then(text)
        && !sightings.iter().any(|s| s.date.is_some())
    {
        incoming.notes.push(format!(
            "the claim was made on {date} (itemReviewed.datePublished)"
        ));
    }
    incoming.appearances = sightings;
}

/// A document carrying the claim: a URL, or a CreativeWork with its url,
/// name or headline, date and publisher.
fn sighting(value: &Value, nodes: &Nodes<'_>) -> Option<Sighting> {
    match value {
        Value::Object(map) => document(nodes.deref(map), nodes),
        other => text(other)
            .filter(|u| is_web_address(u))
            .map(|url| Sighting {
                url: Some(url),
                ..Sighting::default()
            }),
    }
}

/// A CreativeWork as a sighting, if it says anything to find it by.
fn document(map: &Map<String, Value>, nodes: &Nodes<'_>) -> Option<Sighting> {
    let url = property(map, "url")
        .and_then(text)
        .filter(|u| is_web_address(u));
    let title = name(map).or_else(|| property(map, "headline").and_then(text));
    let date = property(map, "datePublished")
        .and_then(text)
        .and_then(|d| parse_date(&d));
    let outlet = property(map, "publisher").and_then(|p| match p {
        Value::Object(_) | Value::Array(_) => objects(p, nodes).first().and_then(|o| name(o)),
        other => text(other),
    });
    (url.is_some() || title.is_some() || outlet.is_some()).then_some(Sighting {
        url,
        title,
        outlet,
        date,
    })
}

/// A verdict from a Rating: one of ours when the label is ours and the
/// numbers (if any) sit on our scale, else the publisher's own, verbatim.
fn verdict(rating: &Map<String, Value>, notes: &mut Vec<String>) -> Option<Verdict> {
    let mut number = |key: &str| -> Option<i64> {
        let written = property(rating, key)?;
        let parsed = match written {
            Value::Number(n) => n.as_i64().or_else(|| {
                n.as_f64()
                    .filter(|f| f.fract() == 0.0 && f.abs() < 1e15)
                    .map(|f| f as i64)
            }),
            other => text(other).and_then(|t| t.parse::<i64>().ok()),
        };
        if parsed.is_none() {
            notes.push(format!("{key} `{written}` is not a whole number; left out"));
        }
        parsed
    };
    let (value, best, worst) = (
        number("ratingValue"),
        number("bestRating"),
        number("worstRating"),
    );
    let label = property(rating, "alternateName")
        .and_then(text)
        .or_else(|| name(rating));
    let label = match (label, value) {
        (Some(label), _) => label,
        (None, Some(value)) => {
            notes.push("the rating has no words (alternateName), only numbers; the label is made from them".into());
            match best {
                Some(best) => format!("{value} of {best}"),
                None => value.to_string(),
            }
        }
        (None, None) => {
            notes.push(
                "the reviewRating has neither words nor a value: imported without a verdict".into(),
            );
            return None;
        }
    };
    let numbers = (value, best, worst);
    if let Some(named) = Verdict::from_label(&label) {
        let ours = named.rating();
        if numbers == (None, None, None) || numbers == (ours.value, ours.best, ours.worst) {
            return Some(named);
        }
    }
    Some(Verdict::Other(Rating {
        label,
        value,
        best,
        worst,
    }))
}

/// A property, under its plain name, a `schema:` prefix or a full IRI.
fn property<'a>(map: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    map.get(key).or_else(|| {
        ["schema:", "http://schema.org/", "https://schema.org/"]
            .iter()
            .find_map(|prefix| map.get(&format!("{prefix}{key}")))
    })
}

/// The node's types, without schema.org prefixes.
fn types(map: &Map<String, Value>) -> Vec<String> {
    let Some(written) = map.get("@type").or_else(|| map.get("type")) else {
        return Vec::new();
    };
    values(written)
        .filter_map(|v| v.as_str())
        .map(|t| t.rsplit(['/', ':', '#']).next().unwrap_or(t).to_string())
        .collect()
}

fn is_a(map: &Map<String, Value>, wanted: &str) -> bool {
    types(map).iter().any(|t| t == wanted)
}

fn name(map: &Map<String, Value>) -> Option<String> {
    property(map, "name").and_then(text)
}

/// The value, or each value of an array.
fn values(value: &Value) -> impl Iterator<Item = &Value> {
    match value {
        Value::Array(items) => items.iter().collect::<Vec<_>>().into_iter(),
        one => vec![one].into_iter(),
    }
}

/// The objects of a value, references followed.
fn objects<'a>(value: &'a Value, nodes: &Nodes<'a>) -> Vec<&'a Map<String, Value>> {
    values(value)
        .filter_map(|v| v.as_object())
        .map(|m| nodes.deref(m))
        .collect()
}

/// The first piece of text in a value: a string or number, an `@value`, or
/// the first of an array; tidied, and `None` when empty.
fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(collapse_whitespace(s)).filter(|t| !t.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(items) => items.iter().find_map(text),
        Value::Object(map) => map.get("@value").and_then(text),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn reviews(document: Value) -> Vec<Incoming> {
        read_document("f.json", &document)
            .into_iter()
            .filter_map(|r| match r {
                Item::Review(incoming) => Some(*incoming),
                Item::Skipped { .. } => None,
            })
            .collect()
    }

    fn minimal(claim: &str) -> Value {
        json!({"@type": "ClaimReview", "claimReviewed": claim,
               "reviewRating": {"@type": "Rating", "alternateName": "False"}})
    }

    #[test]
    fn every_container_shape_is_found() {
        let one = minimal("a");
        assert_eq!(reviews(one.clone()).len(), 1);
        assert_eq!(reviews(json!([minimal("a"), minimal("b")])).len(), 2);
        let graph = json!({"@context": "https://schema.org",
            "@graph": [{"@type": "WebPage", "name": "page"}, minimal("a")]});
        assert_eq!(reviews(graph).len(), 1);
        let feed = json!({"@type": "DataFeed", "dataFeedElement": [
            {"@type": "DataFeedItem", "item": [minimal("a"), minimal("b")]},
            {"@type": "DataFeedItem", "item": minimal("c")},
            minimal("d"),
        ]});
        let claims: Vec<String> = reviews(feed).into_iter().map(|r| r.claim).collect();
        assert_eq!(claims, ["a", "b", "c", "d"]);
        let typed = json!({"@type": ["Review", "schema:ClaimReview"], "schema:claimReviewed": "e"});
        assert_eq!(reviews(typed)[0].claim, "e");
    }

    #[test]
    fn a_file_without_claimreviews_is_reported() {
        let read = read_document("f.json", &json!({"@type": "WebPage"}));
        assert!(
            matches!(&read[..], [Item::Skipped { reason, .. }] if reason.contains("no ClaimReview"))
        );
        let read = read_document("f.json", &json!({"@type": "ClaimReview"}));
        assert!(
            matches!(&read[..], [Item::Skipped { reason, .. }] if reason.contains("claimReviewed"))
        );
    }

    #[test]
    fn authors_as_string_object_array_or_reference() {
        let doc = json!({"@graph": [
            {"@id": "#org", "@type": "NewsMediaOrganization", "name": "Desk", "url": "https://desk.example/"},
            {"@type": "ClaimReview", "claimReviewed": "x", "author": {"@id": "#org"},
             "itemReviewed": {"@type": "Claim", "author": [
                 "Facebook posts",
                 {"@type": "Person", "name": "A Person", "sameAs": "https://en.wikipedia.org/wiki/A"},
                 {"@type": "Organization", "name": "A Ministry"},
                 {"@type": "Person"}
             ]}}
        ]});
        let r = &reviews(doc)[0];
        assert_eq!(
            r.publisher,
            Some(Publisher {
                name: "Desk".into(),
                url: Some("https://desk.example/".into())
            })
        );
        let kinds: Vec<(&str, ClaimantKind)> = r
            .claimants
            .iter()
            .map(|p| (p.name.as_str(), p.kind))
            .collect();
        assert_eq!(
            kinds,
            [
                ("Facebook posts", ClaimantKind::Unknown),
                ("A Person", ClaimantKind::Person),
                ("A Ministry", ClaimantKind::Organization)
            ]
        );
        assert!(r.notes.iter().any(|n| n.contains("has no name")));
        let person = reviews(json!({"@type": "ClaimReview", "claimReviewed": "x",
            "author": [{"@type": "Person", "name": "Rev"}, "Desk"]}));
        assert_eq!(person[0].reviewer.as_deref(), Some("Rev"));
        assert_eq!(
            person[0].publisher.as_ref().map(|p| p.name.as_str()),
            Some("Desk")
        );
    }

    #[test]
    fn ratings_ours_theirs_numbers_as_strings_and_text_only() {
        let rated = |rating: Value| {
            let doc = json!({"@type": "ClaimReview", "claimReviewed": "x", "reviewRating": rating});
            reviews(doc).remove(0)
        };
        assert_eq!(
            rated(json!({"alternateName": "mostly TRUE"})).verdict,
            Some(Verdict::MostlyTrue)
        );
        assert_eq!(
            rated(json!({"alternateName": "False", "ratingValue": "1", "bestRating": "5", "worstRating": 1})).verdict,
            Some(Verdict::False)
        );
        let theirs =
            rated(json!({"alternateName": "False", "ratingValue": 1, "bestRating": 7})).verdict;
        assert_eq!(
            theirs,
            Some(Verdict::Other(Rating {
                label: "False".into(),
                value: Some(1),
                best: Some(7),
                worst: None
            }))
        );
        let numbers_only = rated(json!({"ratingValue": 1, "bestRating": 6}));
        assert_eq!(
            numbers_only.verdict,
            Some(Verdict::Other(Rating {
                label: "1 of 6".into(),
                value: Some(1),
                best: Some(6),
                worst: None
            }))
        );
        let fractional = rated(json!({"name": "Half true", "ratingValue": 2.5}));
        assert_eq!(
            fractional.verdict,
            Some(Verdict::Other(Rating {
                label: "Half true".into(),
                value: None,
                best: None,
                worst: None
            }))
        );
        assert!(
            fractional
                .notes
                .iter()
                .any(|n| n.contains("not a whole number"))
        );
        let nothing = rated(json!({"@type": "Rating"}));
        assert_eq!(nothing.verdict, None);
    }

    #[test]
    fn appearances_as_url_object_or_array_and_documents_as_items() {
        let doc = json!({"@type": "ClaimReview", "claimReviewed": "x",
            "itemReviewed": {"@type": "Claim",
                "firstAppearance": {"@type": "CreativeWork", "url": "https://a.example/1",
                                    "datePublished": "2020-01-02T10:00:00Z",
                                    "publisher": {"@type": "Organization", "name": "A"}},
                "appearance": ["https://a.example/1", "https://b.example/2", "not a url",
                               {"@type": "SocialMediaPosting", "headline": "Post", "publisher": "B"}]}});
        let r = &reviews(doc)[0];
        let urls: Vec<Option<&str>> = r.appearances.iter().map(|a| a.url.as_deref()).collect();
        assert_eq!(
            urls,
            [
                Some("https://a.example/1"),
                Some("https://b.example/2"),
                None
            ]
        );
        assert_eq!(
            r.appearances[0].outlet.as_deref(),
            Some("A"),
            "merged with firstAppearance"
        );
        assert_eq!(r.appearances[2].title.as_deref(), Some("Post"));
        let first_only = json!({"@type": "ClaimReview", "claimReviewed": "x",
            "itemReviewed": {"@type": "Claim",
                "firstAppearance": {"@type": "CreativeWork", "url": "https://a.example/1",
                                    "datePublished": "2020-01-02T10:00:00Z",
                                    "publisher": {"@type": "Organization", "name": "A"}}}});
        let r = &reviews(first_only)[0];
        assert_eq!(r.appearances[0].outlet.as_deref(), Some("A"));
        assert_eq!(
            r.appearances[0].date.map(|d| d.to_string()).as_deref(),
            Some("2020-01-02")
        );
        let document = json!({"@type": "ClaimReview", "claimReviewed": "x",
            "itemReviewed": {"@type": "CreativeWork", "name": "An interview", "datePublished": "2014-07-17"}});
        let r = &reviews(document)[0];
        assert_eq!(r.appearances[0].title.as_deref(), Some("An interview"));
    }
}
