//! Reading other desks' fact-checks in the shapes desks really get.
//!
//! [`read_text`] takes a file's text and judges by its content what it is:
//! an HTML page (its `<script type="application/ld+json">` blocks, found
//! with html5ever), one JSON document, or JSON Lines (one document a line).
//! Inside, [`shape`] is the one rule for what counts as a review:
//!
//! * a node whose `@type` is ClaimReview, anywhere: at the top, in arrays,
//!   in `@graph`, a DataFeed's elements, an Article's `hasPart` or
//!   `mainEntity`, a custom envelope's `data`, `results` or `items`;
//! * an object without `@type` that has `claimReviewed` and a rating
//!   (`reviewRating`, `reviewRatings` or `textualRating`), as APIs and CMS
//!   exports write ClaimReview without JSON-LD's decorations;
//! * an object without `@type` with `claimReviewed` and a `reviews` list
//!   whose items are rated: a claim's appearance with the reviews of it
//!   (Science Feedback's API), where `url` is the appearance and each
//!   review's `reviewUrl` the review;
//! * a claim of a Google Fact Check Tools `claims:search` response: an
//!   object without `@type` with `text` and a `claimReview` list, one
//!   review per entry (`publisher` {`name`, `site`}, `url`, `title`,
//!   `reviewDate`, `textualRating`, `languageCode`).
//!
//! Real markup is loose, so every property is read leniently: a value may
//! be a string, an object or an array; an object may be an `{"@id": …}`
//! reference to a node elsewhere in the file; property names may carry a
//! `schema:` prefix or be full schema.org IRIs; numbers may be strings.
//! What cannot be used is left out and said so in a note.
//!
//! Feeds come from the web, so nothing here trusts their shape: every walk
//! over a document (finding the nodes with an `@id`, finding the reviews,
//! taking the text of a value) runs on an explicit stack, never by
//! recursion on the input, and the walk that follows `{"@id": …}`
//! references keeps a visited set, so a DataFeed that lists itself or two
//! nodes that point at each other end. Before a document is parsed, one pass
//! over its text measures how deep its brackets nest (the limit
//! `import_depth` in `load::limits`), so a hundred thousand `[` are an
//! error naming the limit, not a stack overflow; the walk stops after
//! `import_items + 1` reviews, so a wide feed is refused by the importer
//! without being held whole in memory.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use crate::formats::incoming::{
    Claimant, ClaimantKind, Incoming, Item, Sighting, collapse_whitespace, parse_date,
};
use crate::load::limits::{Limit, Limits};
use crate::model::{Publisher, Rating, Verdict};
use crate::text::lang;
use crate::text::url::is_web_address;

/// What [`read_text`] accepts, in words, for the error that says nothing
/// was found.
pub const ACCEPTED_SHAPES: &str = "ClaimReview JSON-LD (an object, an array, an @graph or a DataFeed, \
nested anywhere), the same in an HTML page's <script type=\"application/ld+json\"> blocks, \
Google Fact Check Tools claims:search responses (a page, an array of pages or JSON Lines), \
and objects without @type that have claimReviewed with reviewRating, textualRating or a \
rated reviews list, inside any envelope (data, results, items...)";

/// Why a file gave nothing to import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// Neither an HTML page, JSON nor JSON Lines: the JSON parser's complaint.
    NotJson(String),
    /// Read, but nothing in it has a shape [`shape`] takes.
    NothingFound {
        /// For an HTML page, how many JSON-LD blocks it has.
        blocks: Option<usize>,
    },
    /// Brackets nest deeper than the limit `import_depth` allows (or than
    /// the JSON parser reads at all); the document is not parsed.
    TooDeep(Depth),
}

/// Where a document's brackets first nest too deep, for [`Unreadable::TooDeep`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Depth {
    /// How deep they nest there: the limit plus one.
    pub depth: usize,
    /// Line of the bracket, from 1, in the document (the JSON-LD block of a page).
    pub line: usize,
    /// Column of the bracket, in characters, from 1.
    pub column: usize,
    /// For an HTML page, the JSON-LD block (from 1).
    pub block: Option<usize>,
    /// The limit passed: `import_depth`, or the parser's own
    /// [`PARSER_DEPTH`] when `import_depth` is set higher than that.
    pub limit: usize,
    /// How to raise `import_depth` ([`Limit::hint`]); `None` when the
    /// parser's own limit was passed, which no setting raises.
    pub hint: Option<String>,
}

/// The deepest nesting the JSON parser (serde_json) reads: its recursion
/// limit of 128 stops a document at the 128th open bracket. An
/// `import_depth` above it cannot raise it.
pub const PARSER_DEPTH: usize = 127;

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unreadable::NotJson(error) => write!(f, "is not JSON, JSON Lines or HTML: {error}"),
            Unreadable::NothingFound { blocks } => {
                match blocks {
                    Some(0) => write!(f, "is an HTML page with no application/ld+json block")?,
                    Some(n) => write!(
                        f,
                        "is an HTML page whose {n} JSON-LD block{} hold no fact-check review",
                        if *n == 1 { "" } else { "s" }
                    )?,
                    None => write!(f, "holds no fact-check review")?,
                }
                write!(f, "; claimgraph reads {ACCEPTED_SHAPES}")
            }
            Unreadable::TooDeep(at) => {
                write!(f, "nests brackets {} deep", at.depth)?;
                if let Some(block) = at.block {
                    write!(f, " in its JSON-LD block {block}")?;
                }
                write!(f, " (line {}, column {})", at.line, at.column)?;
                match &at.hint {
                    Some(hint) => write!(
                        f,
                        ", over the limit `{}`; it is not read ({hint})",
                        Limit::ImportDepth.key()
                    ),
                    None => write!(
                        f,
                        ", deeper than the JSON parser reads (serde_json's recursion limit: \
                         {} brackets), whatever the limit `{}` says; it is not read",
                        at.limit,
                        Limit::ImportDepth.key()
                    ),
                }
            }
        }
    }
}

/// The reviews of a file's text, in document order, within the default
/// [`Limits`]: see [`read_text_within`].
pub fn read_text(file: &str, text: &str) -> Result<Vec<Item>, Unreadable> {
    read_text_within(file, text, &Limits::default())
}

/// The reviews of a file's text, in document order: an HTML page when the
/// text begins with `<` (JSON never does), else one JSON document, else
/// JSON Lines. A document (or JSON-LD block) nesting deeper than
/// `limits.import_depth` is [`Unreadable::TooDeep`]; at most
/// `limits.import_items + 1` items are read, so that the caller, who counts
/// the items of every input, can tell the limit was passed without this
/// holding a wide feed whole.
pub fn read_text_within(file: &str, text: &str, limits: &Limits) -> Result<Vec<Item>, Unreadable> {
    let mut page_language = None;
    let (document, mut items, blocks) = if text.trim_start().starts_with('<') {
        let mut skipped = Vec::new();
        let mut documents = Vec::new();
        let page = super::html::read_page(text);
        page_language = page.language.as_deref().and_then(lang::normalise);
        let blocks = page.blocks;
        for (n, block) in blocks.iter().enumerate() {
            if let Some(mut deep) = too_deep(block, limits) {
                deep.block = Some(n + 1);
                return Err(Unreadable::TooDeep(deep));
            }
            match serde_json::from_str::<Value>(block) {
                Ok(value) => documents.push(value),
                Err(e) => skipped.push(Item::Skipped {
                    origin: format!("{file} JSON-LD block {}", n + 1),
                    reason: format!("the block is not JSON: {e}"),
                }),
            }
        }
        (Value::Array(documents), skipped, Some(blocks.len()))
    } else {
        if let Some(deep) = too_deep(text, limits) {
            return Err(Unreadable::TooDeep(deep));
        }
        (parse_json(text)?, Vec::new(), None)
    };
    let most = limits
        .import_items
        .saturating_add(1)
        .saturating_sub(items.len());
    let mut found = read_document_at_most(file, &document, most);
    if found.is_empty() {
        return Err(Unreadable::NothingFound { blocks });
    }
    // A review that does not say its language is in the page's.
    if let Some(tag) = page_language {
        for item in &mut found {
            if let Item::Review(review) = item
                && review.language.is_none()
            {
                review.language = Some(tag.clone());
                review.notes.push(format!(
                    "no inLanguage: the language is the page's, `{tag}` (<html lang>)"
                ));
            }
        }
    }
    items.extend(found);
    Ok(items)
}

/// Where the brackets of the JSON `text` first nest deeper than
/// `limits.import_depth` (or than [`PARSER_DEPTH`]), if they do: one pass
/// over the bytes, strings skipped, before the parser sees the text. For
/// JSON Lines each balanced line returns to depth 0, so the depth is each
/// document's.
fn too_deep(text: &str, limits: &Limits) -> Option<Depth> {
    let limit = limits.import_depth.min(PARSER_DEPTH);
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (at, byte) in text.bytes().enumerate() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    let before = &text[..at];
                    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
                    let hint =
                        (limit == limits.import_depth).then(|| Limit::ImportDepth.hint(limits));
                    return Some(Depth {
                        depth,
                        line: before.matches('\n').count() + 1,
                        column: before[line_start..].chars().count() + 1,
                        block: None,
                        limit,
                        hint,
                    });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// One JSON document, or JSON Lines (two or more lines, each a document) as
/// an array of them.
fn parse_json(text: &str) -> Result<Value, Unreadable> {
    let whole = match serde_json::from_str::<Value>(text) {
        Ok(value) => return Ok(value),
        Err(e) => e,
    };
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    if lines.len() > 1
        && let Ok(values) = lines
            .iter()
            .map(|l| serde_json::from_str::<Value>(l))
            .collect::<Result<Vec<_>, _>>()
    {
        return Ok(Value::Array(values));
    }
    Err(Unreadable::NotJson(whole.to_string()))
}

/// The reviews of a JSON document, in document order; empty when nothing in
/// it has a shape [`shape`] takes.
pub fn read_document(file: &str, document: &Value) -> Vec<Item> {
    read_document_at_most(file, document, usize::MAX)
}

/// The first `most` reviews of a JSON document, in document order.
fn read_document_at_most(file: &str, document: &Value, most: usize) -> Vec<Item> {
    let nodes = Nodes::index(document);
    let mut found = collect(document, &nodes, most);
    found.truncate(most);
    found
        .into_iter()
        .enumerate()
        .map(|(n, found)| {
            let origin = format!("{file} item {}", n + 1);
            match found {
                Found::Review(node) => read_review(&origin, node, &nodes),
                Found::ToolsClaim(claim, review) => read_tools_review(&origin, claim, review),
                Found::Appearance(record, review) => {
                    read_appearance_review(&origin, record, review, &nodes)
                }
            }
        })
        .collect()
}

/// The shapes of object [`read_document`] takes as reviews.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A ClaimReview, typed or known by `claimReviewed` and a rating.
    ClaimReview,
    /// A claim's appearance with a rated `reviews` list (Science Feedback).
    ReviewedAppearance,
    /// A claim of a Google Fact Check Tools `claims:search` response.
    ToolsClaim,
}

/// The one recognition rule: which shape an object is, if it is a review
/// (see the module's documentation). An object typed as anything else (a
/// WebPage, an Article) is not one, but reviews may nest inside it.
pub fn shape(map: &Map<String, Value>) -> Option<Shape> {
    let typed = types(map);
    if typed.iter().any(|t| t == "ClaimReview") {
        return Some(Shape::ClaimReview);
    }
    if !typed.is_empty() {
        return None;
    }
    if property(map, "claimReviewed").and_then(text).is_some() {
        if is_rated(map) {
            return Some(Shape::ClaimReview);
        }
        let rated_reviews = property(map, "reviews")
            .is_some_and(|r| values(r).any(|v| v.as_object().is_some_and(is_rated)));
        if rated_reviews {
            return Some(Shape::ReviewedAppearance);
        }
    }
    let tools = map.contains_key("text")
        && map
            .get("claimReview")
            .and_then(Value::as_array)
            .is_some_and(|reviews| reviews.iter().any(Value::is_object));
    tools.then_some(Shape::ToolsClaim)
}

/// Has a rating in one of the ways ClaimReview-shaped objects write it.
fn is_rated(map: &Map<String, Value>) -> bool {
    ["reviewRating", "reviewRatings", "textualRating"]
        .iter()
        .any(|k| property(map, k).is_some())
}

/// A review found, by shape; the index is the entry of its list.
enum Found<'a> {
    Review(&'a Map<String, Value>),
    ToolsClaim(&'a Map<String, Value>, &'a Map<String, Value>),
    Appearance(&'a Map<String, Value>, &'a Map<String, Value>),
}

/// Nodes that have an `@id` and say something, so that references
/// `{"@id": …}` elsewhere can be followed.
struct Nodes<'a>(HashMap<&'a str, &'a Map<String, Value>>);

impl<'a> Nodes<'a> {
    /// Every node with an `@id` that says something; when two say
    /// something under one `@id`, the first in document order. The walk is
    /// an explicit stack (children pushed last first, so they are taken in
    /// document order) over the tree as written, so it ends on any input.
    fn index(document: &'a Value) -> Self {
        let mut nodes = HashMap::new();
        let mut stack = vec![document];
        while let Some(value) = stack.pop() {
            match value {
                Value::Array(items) => stack.extend(items.iter().rev()),
                Value::Object(map) => {
                    if let Some(Value::String(id)) = map.get("@id")
                        && map.keys().any(|k| k != "@id" && k != "@context")
                    {
                        nodes.entry(id.as_str()).or_insert(map);
                    }
                    stack.extend(map.values().rev());
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

/// Finds reviews anywhere in the document, in document order, stopping
/// once `most` are found.
///
/// The walk is an explicit stack, never recursion on the input, and each
/// object is visited once: a bare reference `{"@id": …}` is followed to the
/// one node indexed under that `@id` ([`Nodes::deref`]), and the visited set
/// holds the node reached, by address. So a node reached through a
/// reference and where it is written counts once, a DataFeed whose elements
/// name the feed itself ends, and two nodes pointing at each other are each
/// read once. Nodes written twice with one `@id` (JSON Lines of pages that
/// each call their review `#review`) are distinct values, each read.
fn collect<'a>(document: &'a Value, nodes: &Nodes<'a>, most: usize) -> Vec<Found<'a>> {
    let mut found = Vec::new();
    let mut seen: HashSet<*const Map<String, Value>> = HashSet::new();
    let mut stack = vec![document];
    while let Some(value) = stack.pop() {
        if found.len() >= most {
            break;
        }
        match value {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(map) => {
                let map = nodes.deref(map);
                if !seen.insert(std::ptr::from_ref(map)) {
                    continue;
                }
                match shape(map) {
                    Some(Shape::ClaimReview) => found.push(Found::Review(map)),
                    Some(Shape::ToolsClaim) => found.extend(
                        values(&map["claimReview"])
                            .filter_map(Value::as_object)
                            .map(|review| Found::ToolsClaim(map, review)),
                    ),
                    Some(Shape::ReviewedAppearance) => found.extend(
                        property(map, "reviews")
                            .into_iter()
                            .flat_map(values)
                            .filter_map(Value::as_object)
                            .filter(|review| is_rated(review))
                            .map(|review| Found::Appearance(map, review)),
                    ),
                    None => stack.extend(map.values().rev()),
                }
            }
            _ => {}
        }
    }
    found
}

/// One review of a Fact Check Tools claim: the claim's `text`, `claimant`
/// and `claimDate` (the appearance's date), the review's publisher, URL,
/// date, language and `textualRating`.
fn read_tools_review(
    origin: &str,
    claim: &Map<String, Value>,
    review: &Map<String, Value>,
) -> Item {
    let Some(wording) = claim.get("text").and_then(text) else {
        return Item::Skipped {
            origin: origin.to_string(),
            reason: "no text: there is no claim to import".into(),
        };
    };
    let mut incoming = Incoming {
        origin: origin.to_string(),
        claim: wording,
        ..Incoming::default()
    };
    let notes = &mut incoming.notes;
    incoming.language = review.get("languageCode").and_then(text).and_then(|tag| {
        let parsed = lang::normalise(&tag);
        if parsed.is_none() {
            notes.push(format!(
                "languageCode `{tag}` is not a language tag; left out"
            ));
        }
        parsed
    });
    if let Some(name) = claim.get("claimant").and_then(text) {
        incoming.claimants.push(Claimant {
            name,
            kind: ClaimantKind::Unknown,
            url: None,
        });
    }
    if let Some(written) = claim.get("claimDate").and_then(text) {
        match parse_date(&written) {
            Some(date) => incoming.appearances.push(Sighting {
                date: Some(date),
                ..Sighting::default()
            }),
            None => notes.push(format!("claimDate `{written}` is not a date; left out")),
        }
    }
    if let Some(Value::Object(publisher)) = review.get("publisher") {
        let site = publisher.get("site").and_then(text);
        let url = site.as_deref().and_then(site_address);
        let name = name(publisher).or_else(|| {
            let site = site?;
            notes.push(format!(
                "the publisher has no name; named after its site, {site}"
            ));
            Some(site)
        });
        incoming.publisher = name.map(|name| Publisher { name, url });
    }
    incoming.url = review.get("url").and_then(text).and_then(|url| {
        let ok = is_web_address(&url);
        if !ok {
            notes.push(format!("url `{url}` is not a web address; left out"));
        }
        ok.then_some(url)
    });
    if let Some(written) = review.get("reviewDate").and_then(text) {
        incoming.published = parse_date(&written);
        if incoming.published.is_none() {
            notes.push(format!("reviewDate `{written}` is not a date; left out"));
        }
    }
    if let Some(title) = review.get("title").and_then(text) {
        notes.push(format!("their headline: {title}"));
    }
    match review.get("textualRating").and_then(text) {
        Some(label) => rate(
            &mut incoming,
            Some(Rating {
                label,
                value: None,
                best: None,
                worst: None,
            }),
        ),
        None => notes.push("no textualRating: imported without a verdict".into()),
    }
    Item::Review(Box::new(incoming))
}

/// A site as the Fact Check Tools API gives it (`politifact.com`) as the
/// address of its home page; an address already is one.
fn site_address(site: &str) -> Option<String> {
    if is_web_address(site) {
        return Some(site.to_string());
    }
    let host = !site.is_empty()
        && site.contains('.')
        && site
            .chars()
            .all(|c| c.is_alphanumeric() || "-._".contains(c));
    host.then(|| format!("https://{site}/"))
        .filter(|u| is_web_address(u))
}

/// One review of a reviewed appearance: the record's `claimReviewed`, its
/// `url`, `publishedDate` and `publisher` as the appearance; the review's
/// `author`, `reviewUrl` (or `url`), date and rating.
fn read_appearance_review(
    origin: &str,
    record: &Map<String, Value>,
    review: &Map<String, Value>,
    nodes: &Nodes<'_>,
) -> Item {
    let claim = property(record, "claimReviewed")
        .and_then(text)
        .unwrap_or_default();
    let mut incoming = review_of(origin, claim, review, nodes);
    // The review's address is its `reviewUrl`; a `url` is taken only when
    // there is none.
    incoming.url = None;
    for key in ["reviewUrl", "url"] {
        if let Some(url) = property(review, key).and_then(text) {
            if is_web_address(&url) {
                incoming.url = Some(url);
                break;
            }
            incoming
                .notes
                .push(format!("{key} `{url}` is not a web address; left out"));
        }
    }
    let url = property(record, "url")
        .and_then(text)
        .filter(|u| is_web_address(u));
    let date = ["publishedDate", "datePublished"]
        .iter()
        .find_map(|k| property(record, k).and_then(text))
        .and_then(|d| parse_date(&d));
    let outlet = property(record, "publisher").and_then(|p| match p {
        Value::Object(_) | Value::Array(_) => objects(p, nodes).first().and_then(|o| name(o)),
        other => text(other),
    });
    if url.is_some() || outlet.is_some() || date.is_some() {
        incoming.appearances.insert(
            0,
            Sighting {
                url,
                title: None,
                outlet,
                date,
            },
        );
    }
    Item::Review(Box::new(incoming))
}

/// Sets the verdict from their rating, by the one rule
/// ([`Verdict::of_rating`]), and keeps the rating as published.
fn rate(incoming: &mut Incoming, rating: Option<Rating>) {
    incoming.verdict = rating.as_ref().map(Verdict::of_rating);
    incoming.rating = rating;
}

fn read_review(origin: &str, node: &Map<String, Value>, nodes: &Nodes<'_>) -> Item {
    match property(node, "claimReviewed").and_then(text) {
        Some(claim) => Item::Review(Box::new(review_of(origin, claim, node, nodes))),
        None => Item::Skipped {
            origin: origin.to_string(),
            reason: "no claimReviewed: there is no claim to import".into(),
        },
    }
}

/// What a ClaimReview (or a review of a reviewed appearance) says of the
/// review of `claim`.
fn review_of(
    origin: &str,
    claim: String,
    node: &Map<String, Value>,
    nodes: &Nodes<'_>,
) -> Incoming {
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
    let ratings = property(node, "reviewRating")
        .or_else(|| property(node, "reviewRatings"))
        .map(|v| objects(v, nodes))
        .unwrap_or_default();
    match (
        ratings.first(),
        property(node, "textualRating").and_then(text),
    ) {
        (Some(rating), _) => {
            let rating = their_rating(rating, &mut incoming.notes);
            rate(&mut incoming, rating);
        }
        (None, Some(label)) => rate(
            &mut incoming,
            Some(Rating {
                label,
                value: None,
                best: None,
                worst: None,
            }),
        ),
        (None, None) => incoming
            .notes
            .push("no reviewRating: imported without a verdict".into()),
    }
    if let Some(item) =
        property(node, "itemReviewed").and_then(|v| objects(v, nodes).into_iter().next())
    {
        read_item(item, nodes, &mut incoming);
    }
    incoming
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
                // A document without a URL listed twice alike is one.
                if sighting.url.is_none() && sightings.contains(&sighting) {
                    continue;
                }
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

/// A Rating node as they published it: its words (`alternateName`, else
/// `name`) and whole numbers; made from the numbers when it has no words.
fn their_rating(rating: &Map<String, Value>, notes: &mut Vec<String>) -> Option<Rating> {
    let mut number = |key: &str| -> Option<i64> {
        // An empty string is a number left out, as CMS templates write it.
        let written =
            property(rating, key).filter(|v| v.as_str().is_none_or(|s| !s.trim().is_empty()))?;
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
    Some(Rating {
        label,
        value,
        best,
        worst,
    })
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
/// the first of an array; tidied, and `None` when empty. Arrays and
/// `@value`s nest as the input likes, so the search is an explicit stack
/// (depth-first, in document order), never recursion.
fn text(value: &Value) -> Option<String> {
    let mut stack = vec![value];
    while let Some(value) = stack.pop() {
        match value {
            Value::String(s) => {
                let tidied = collapse_whitespace(s);
                if !tidied.is_empty() {
                    return Some(tidied);
                }
            }
            Value::Number(n) => return Some(n.to_string()),
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(map) => stack.extend(map.get("@value")),
            _ => {}
        }
    }
    None
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
        assert_eq!(read_document("f.json", &json!({"@type": "WebPage"})), []);
        let nothing = read_text("f.json", r#"{"data": [{"claim": "x", "rating": "False"}]}"#);
        assert_eq!(nothing, Err(Unreadable::NothingFound { blocks: None }));
        let message = nothing.unwrap_err().to_string();
        assert!(
            message.starts_with("holds no fact-check review; claimgraph reads ClaimReview JSON-LD"),
            "{message}"
        );
        for shape in [
            "HTML page",
            "claims:search",
            "without @type",
            "claimReviewed",
        ] {
            assert!(message.contains(shape), "{message}");
        }
        let page = read_text("p.html", "<html><script>{}</script></html>").unwrap_err();
        assert!(
            page.to_string()
                .starts_with("is an HTML page with no application/ld+json block")
        );
        assert!(matches!(
            read_text("f.json", "{ \"a\": "),
            Err(Unreadable::NotJson(_))
        ));
        let read = read_document("f.json", &json!({"@type": "ClaimReview"}));
        assert!(
            matches!(&read[..], [Item::Skipped { reason, .. }] if reason.contains("claimReviewed"))
        );
    }

    #[test]
    fn untyped_reviews_in_custom_envelopes_are_recognised_by_their_fields() {
        let doc = json!({"status": "ok", "data": [
            {"claimReviewed": "a", "reviewRating": {"alternateName": "Faux"}},
            {"claimReviewed": "b", "textualRating": "Pants on Fire"},
            {"claimReviewed": "not rated", "url": "https://x.example/"},
            {"@type": "WebPage", "claimReviewed": "typed otherwise", "textualRating": "False"},
            {"results": {"items": [{"claimReviewed": "c", "reviewRatings": [{"alternateName": "True"}]}]}}
        ]});
        let read = reviews(doc);
        let claims: Vec<(&str, Option<&Verdict>)> = read
            .iter()
            .map(|r| (r.claim.as_str(), r.verdict.as_ref()))
            .collect();
        let pants = Verdict::Other(Rating {
            label: "Pants on Fire".into(),
            value: None,
            best: None,
            worst: None,
        });
        assert_eq!(
            claims,
            [
                ("a", Some(&Verdict::False)),
                ("b", Some(&pants)),
                ("c", Some(&Verdict::True))
            ]
        );
        assert_eq!(
            read[0].rating.as_ref().map(|r| r.label.as_str()),
            Some("Faux")
        );
    }

    #[test]
    fn nested_anywhere_once_even_through_references_and_cycles() {
        let doc = json!([
            {"@type": "NewsArticle", "@id": "#a", "isPartOf": {"@id": "#a"},
             "hasPart": {"@type": "WebPageElement", "mainEntity": {"@id": "#cr"}}},
            {"@type": "ClaimReview", "@id": "#cr", "claimReviewed": "x"},
            {"@type": "Article", "mainEntity": minimal("y")}
        ]);
        let claims: Vec<String> = reviews(doc).into_iter().map(|r| r.claim).collect();
        assert_eq!(claims, ["x", "y"]);
    }

    #[test]
    fn a_feed_that_lists_itself_ends() {
        let feed = r##"{"@id":"#f","@type":"DataFeed","dataFeedElement":[{"@id":"#f"}]}"##;
        assert_eq!(
            read_text("f.json", feed),
            Err(Unreadable::NothingFound { blocks: None })
        );
        let with_review = json!({"@id": "#f", "@type": "DataFeed",
            "dataFeedElement": [{"@id": "#f"}, minimal("x"), {"@id": "#f"}]});
        let claims: Vec<String> = reviews(with_review).into_iter().map(|r| r.claim).collect();
        assert_eq!(claims, ["x"]);
    }

    #[test]
    fn two_nodes_pointing_at_each_other_are_each_read_once() {
        let doc = json!({"@type": "DataFeed", "dataFeedElement": [
            {"@id": "#a", "@type": "ClaimReview", "claimReviewed": "a", "textualRating": "False",
             "itemReviewed": {"@id": "#b"}},
            {"@id": "#b", "@type": "Claim", "author": "X", "appearance": {"@id": "#a"},
             "mainEntity": {"@id": "#c"}},
            {"@id": "#c", "@type": "ClaimReview", "claimReviewed": "c", "textualRating": "True",
             "itemReviewed": {"@id": "#b"}, "isBasedOn": {"@id": "#c"}}
        ]});
        let read = reviews(doc);
        let claims: Vec<&str> = read.iter().map(|r| r.claim.as_str()).collect();
        assert_eq!(claims, ["a", "c"]);
        assert_eq!(read[0].claimants[0].name, "X", "the reference was followed");
    }

    #[test]
    fn a_hundred_thousand_brackets_are_refused_by_the_depth_limit() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let Err(Unreadable::TooDeep(at)) = read_text("f.json", &deep) else {
            panic!("not refused");
        };
        assert_eq!((at.depth, at.line, at.column, at.limit), (65, 1, 65, 64));
        assert_eq!(
            Unreadable::TooDeep(at).to_string(),
            "nests brackets 65 deep (line 1, column 65), over the limit `import_depth`; it is not read \
             (the limit `import_depth` is 64; raise it in claimgraph.toml: [limits] import_depth = 128)"
        );
        // Brackets in strings do not count, escaped quotes do not end them.
        let quoted = format!(
            "{{\"@type\": \"ClaimReview\", \"claimReviewed\": \"\\\"{}\", \"textualRating\": \"False\"}}",
            "[{".repeat(500)
        );
        assert_eq!(read_text("f.json", &quoted).unwrap().len(), 1);
    }

    #[test]
    fn the_depth_limit_counts_every_bracket_and_the_parser_stops_at_its_own() {
        let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        let at = |limit: usize, n: usize| {
            let limits = Limits {
                import_depth: limit,
                ..Limits::default()
            };
            match read_text_within("f.json", &nested(n), &limits) {
                Err(Unreadable::TooDeep(at)) => Some(at),
                Err(Unreadable::NothingFound { .. }) => None,
                other => panic!("{other:?}"),
            }
        };
        assert!(at(64, 64).is_none(), "at the limit is read");
        assert_eq!(at(64, 65).map(|d| d.depth), Some(65));
        assert!(at(1000, PARSER_DEPTH).is_none());
        let over = at(1000, PARSER_DEPTH + 1).unwrap();
        assert_eq!((over.limit, over.hint.clone()), (PARSER_DEPTH, None));
        let message = Unreadable::TooDeep(over).to_string();
        assert!(
            message.contains("deeper than the JSON parser reads (serde_json's recursion limit: 127 brackets), whatever the limit `import_depth` says"),
            "{message}"
        );
        // PARSER_DEPTH is serde_json's own: one more and it refuses.
        assert!(serde_json::from_str::<Value>(&nested(PARSER_DEPTH)).is_ok());
        let refused = serde_json::from_str::<Value>(&nested(PARSER_DEPTH + 1)).unwrap_err();
        assert!(refused.to_string().contains("recursion limit"), "{refused}");
    }

    #[test]
    fn a_deep_block_of_a_page_is_named() {
        let page = format!(
            "<html><script type=\"application/ld+json\">{}</script>\
             <script type=\"application/ld+json\">{{\"a\":\n {}</script></html>",
            minimal("x"),
            "[".repeat(70)
        );
        let Err(Unreadable::TooDeep(at)) = read_text("p.html", &page) else {
            panic!("not refused");
        };
        assert_eq!((at.block, at.line, at.column), (Some(2), 2, 65));
    }

    #[test]
    fn a_wide_feed_is_read_up_to_one_past_the_item_limit() {
        let items: Vec<Value> = (0..5000).map(|n| minimal(&format!("claim {n}"))).collect();
        let feed = json!({"@type": "DataFeed", "dataFeedElement": items}).to_string();
        assert_eq!(read_text("f.json", &feed).unwrap().len(), 5000);
        let limits = Limits {
            import_items: 100,
            ..Limits::default()
        };
        let read = read_text_within("f.json", &feed, &limits).unwrap();
        assert_eq!(read.len(), 101);
        assert!(matches!(&read[100], Item::Review(r) if r.claim == "claim 100"));
    }

    #[test]
    fn text_nested_in_arrays_and_values_is_found_without_recursion() {
        let mut value = json!("deep claim");
        for n in 0..100_000 {
            // By hand: `json!` would serialise `value` again, recursively.
            value = if n % 2 == 0 {
                Value::Array(vec![Value::Null, value])
            } else {
                Value::Object(Map::from_iter([("@value".to_string(), value)]))
            };
        }
        assert_eq!(text(&value).as_deref(), Some("deep claim"));
        assert_eq!(
            text(&json!([" ", [], {"@value": [""]}, 7])).as_deref(),
            Some("7")
        );
        // serde_json drops a Value recursively; take it apart by hand.
        let mut stack = vec![value];
        while let Some(v) = stack.pop() {
            match v {
                Value::Array(items) => stack.extend(items),
                Value::Object(map) => stack.extend(map.into_iter().map(|(_, v)| v)),
                _ => {}
            }
        }
    }

    #[test]
    fn fact_check_tools_pages_and_json_lines() {
        let page = |n: usize| {
            json!({"claims": [
            {"text": format!("claim {n}"), "claimant": "Facebook posts", "claimDate": "2021-10-26T00:00:00Z",
             "claimReview": [
                {"publisher": {"name": "PolitiFact", "site": "politifact.com"},
                 "url": "https://www.politifact.com/x/", "title": "No",
                 "reviewDate": "2021-10-27T03:24:00Z", "textualRating": "Pants on Fire", "languageCode": "en"},
                {"publisher": {"site": "factcheck.afp.com"}, "url": "https://factcheck.afp.com/y",
                 "textualRating": "Faux", "languageCode": "fr"}]}],
            "nextPageToken": "CAo"})
        };
        let one = reviews(page(1));
        assert_eq!(one.len(), 2);
        let r = &one[0];
        assert_eq!(r.claim, "claim 1");
        assert_eq!(r.claimants[0].name, "Facebook posts");
        assert_eq!(
            r.appearances[0].date.map(|d| d.to_string()).as_deref(),
            Some("2021-10-26")
        );
        assert_eq!(
            r.publisher,
            Some(Publisher {
                name: "PolitiFact".into(),
                url: Some("https://politifact.com/".into())
            })
        );
        assert_eq!(
            r.published.map(|d| d.to_string()).as_deref(),
            Some("2021-10-27")
        );
        assert_eq!(r.rating.as_ref().unwrap().label, "Pants on Fire");
        assert_eq!(r.language.as_deref(), Some("en"));
        assert!(r.notes.iter().any(|n| n == "their headline: No"));
        assert_eq!(one[1].verdict, Some(Verdict::False));
        assert_eq!(one[1].publisher.as_ref().unwrap().name, "factcheck.afp.com");
        let lines = format!("{}\n{}\n", page(1), page(2));
        let read = read_text("pages.jsonl", &lines).unwrap();
        assert_eq!(read.len(), 4);
        let array = read_text("pages.jsonl", &json!([page(1), page(2)]).to_string()).unwrap();
        assert_eq!(array, read.into_iter().collect::<Vec<_>>());
    }

    #[test]
    fn reviewed_appearances_keep_the_appearance_apart_from_the_review() {
        let doc = json!({"claimReviewed": "COVID-19 vaccines are linked to sudden deaths",
            "publishedDate": "2022-10-29T20:22:35Z", "publisher": null,
            "url": "https://rumble.com/v1q3s40.html",
            "reviews": [{"author": "Health Feedback",
                "reviewRatings": [{"alternateName": "Incorrect", "bestRating": 5, "ratingValue": 1.0, "worstRating": 1}],
                "reviewUrl": "https://healthfeedback.org/claimreview/x/"}]});
        let r = &reviews(doc)[0];
        assert_eq!(r.claim, "COVID-19 vaccines are linked to sudden deaths");
        assert_eq!(
            r.url.as_deref(),
            Some("https://healthfeedback.org/claimreview/x/")
        );
        assert_eq!(
            r.appearances[0].url.as_deref(),
            Some("https://rumble.com/v1q3s40.html")
        );
        assert_eq!(
            r.appearances[0].date.map(|d| d.to_string()).as_deref(),
            Some("2022-10-29")
        );
        assert_eq!(r.publisher.as_ref().unwrap().name, "Health Feedback");
        assert_eq!(
            r.verdict,
            Some(Verdict::False),
            "Incorrect at 1 of 1-5 is our False"
        );
    }

    #[test]
    fn html_pages_are_read_by_content() {
        let page = format!(
            "\n  <!DOCTYPE html><html><head><script type=\"application/ld+json\">{}</script>\
             <script type=\"application/ld+json\">{{ not json</script></head></html>",
            json!({"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, minimal("from a page")]})
        );
        let read = read_text("page.txt", &page).unwrap();
        assert!(matches!(&read[0], Item::Skipped { origin, reason }
            if origin == "page.txt JSON-LD block 2" && reason.starts_with("the block is not JSON")));
        assert!(
            matches!(&read[1], Item::Review(r) if r.claim == "from a page" && r.language.is_none())
        );
        let arabic = page.replace("<!DOCTYPE html><html>", "<!DOCTYPE html><html lang=\"AR\">");
        let read = read_text("page.txt", &arabic).unwrap();
        assert!(matches!(&read[1], Item::Review(r) if r.language.as_deref() == Some("ar")));
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
