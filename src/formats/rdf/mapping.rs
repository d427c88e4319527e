//! The triples of a [`View`]: which record becomes which resources, and
//! which facts of the data each triple states (docs/rdf.md has the table).
//!
//! Attribution is written as data, never as an answer: a statement is
//! attributed to its speaker, each party carrying it (the document's
//! publisher, hop 0, then each relay, hop 1, 2 …) holds a copy quoted from
//! the next one towards the speaker, and affiliation is the `member_of` and
//! `owner` links as written. The queries in docs/sparql/ compute `origins`,
//! `said`, `trace` and `contradictions` from these facts.

use std::collections::BTreeSet;

use indexmap::IndexSet;
use oxrdf::vocab::xsd;
use oxrdf::{Literal, NamedNode, Term as RdfTerm};

use crate::formats::View;
use crate::formats::claimreview::write::{Author, author, is_exported, published_date};
use crate::formats::rdf::Base;
use crate::formats::rdf::terms::{self, Term};
use crate::model::date::PartialDate;
use crate::model::{ActorKind, Channel, RelationKind};
use crate::text::lang::CANONICAL;

/// Collects triples, minting IRIs under one base.
struct Builder<'b> {
    base: &'b Base,
    triples: Spelled,
}

/// Triples spelled as N-Triples lines, one after another in one text, with
/// where each line's parts end: tens of millions of triples held as their
/// bytes and 24 more each, not as three terms each.
#[derive(Debug, Default)]
pub struct Spelled {
    text: String,
    lines: Vec<Line>,
}

/// One line of a [`Spelled`]: `<subject> <predicate> object .\n`.
#[derive(Debug, Clone, Copy)]
struct Line {
    /// Where the line starts in the text.
    start: usize,
    /// Where the subject ends, from `start`.
    subject: u32,
    /// Where the predicate ends, from `start`.
    predicate: u32,
    /// The line's length, its ` .\n` included.
    len: u32,
}

impl Spelled {
    /// Spells one triple: as oxttl's N-Triples writer does, from the terms'
    /// own N-Triples display.
    fn push(&mut self, subject: &NamedNode, predicate: &NamedNode, object: &RdfTerm) {
        use std::fmt::Write;
        let start = self.text.len();
        let _ = write!(self.text, "{subject}");
        let subject = self.text.len() - start;
        let _ = write!(self.text, " {predicate}");
        let predicate = self.text.len() - start;
        let _ = writeln!(self.text, " {object} .");
        let len = self.text.len() - start;
        // A line longer than 4 GiB would be one quote of that size, which
        // the loader's limits refuse long before.
        let fit = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        self.lines.push(Line {
            start,
            subject: fit(subject),
            predicate: fit(predicate),
            len: fit(len),
        });
    }

    /// The lines, in order.
    pub fn lines(&self) -> impl Iterator<Item = &str> {
        self.lines.iter().map(|l| self.line(l))
    }

    /// How many triples.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    fn line(&self, l: &Line) -> &str {
        &self.text[l.start..l.start + l.len as usize]
    }

    /// What a line sorts by: the subject IRI without its brackets, whether
    /// the predicate is not `rdf:type`, the predicate IRI, the object as
    /// spelled.
    fn key<'s>(&'s self, l: &Line, rdf_type: &str) -> (&'s str, bool, &'s str, &'s str) {
        let line = self.line(l);
        let (subject, predicate) = (l.subject as usize, l.predicate as usize);
        let predicate_iri = &line[subject + 2..predicate - 1];
        (
            &line[1..subject - 1],
            predicate_iri != rdf_type,
            predicate_iri,
            &line[predicate + 1..line.len() - 3],
        )
    }
}

impl Builder<'_> {
    /// The resource of a record id.
    fn record(&self, id: &str) -> NamedNode {
        self.base.mint(id, "")
    }

    /// A resource belonging to a record: `<base><id>/<suffix>`.
    fn part(&self, id: &str, suffix: &str) -> NamedNode {
        self.base.mint(id, suffix)
    }

    fn add(&mut self, subject: &NamedNode, predicate: Term, object: impl Into<RdfTerm>) {
        self.triples
            .push(subject, &vocab(predicate), &object.into());
    }

    fn a(&mut self, subject: &NamedNode, class: Term) {
        self.add(subject, terms::TYPE, vocab(class));
    }

    fn text(&mut self, subject: &NamedNode, predicate: Term, text: Option<&str>) {
        if let Some(text) = text {
            self.add(subject, predicate, Literal::new_simple_literal(text));
        }
    }

    fn tagged(&mut self, subject: &NamedNode, predicate: Term, text: &str, language: &str) {
        self.add(subject, predicate, tagged(text, language));
    }

    fn address(&mut self, subject: &NamedNode, url: Option<&str>) {
        if let Some(url) = url {
            // A literal, not an IRI: a web address as written need not be a
            // valid IRI, and a literal cannot break the document.
            self.add(
                subject,
                terms::URL,
                Literal::new_typed_literal(url, xsd::ANY_URI),
            );
        }
    }

    fn date(&mut self, subject: &NamedNode, predicate: Term, date: Option<PartialDate>) {
        if let Some(date) = date {
            self.add(subject, predicate, date_literal(date));
        }
    }

    fn integer(&mut self, subject: &NamedNode, predicate: Term, value: i64) {
        self.add(
            subject,
            predicate,
            Literal::new_typed_literal(value.to_string(), xsd::INTEGER),
        );
    }

    /// `schema:identifier`, the names by language and the aliases.
    fn names(
        &mut self,
        subject: &NamedNode,
        id: &str,
        names: &crate::model::Names,
        aliases: &[String],
    ) {
        self.text(subject, terms::IDENTIFIER, Some(id));
        for (language, name) in names {
            self.tagged(subject, terms::NAME, name, language);
        }
        for alias in aliases {
            self.text(subject, terms::ALTERNATE_NAME, Some(alias));
        }
    }
}

/// A vocabulary term as a node.
fn vocab(term: Term) -> NamedNode {
    NamedNode::new_unchecked(term.iri())
}

/// A string tagged with its language; a plain string when the data's tag is
/// not a BCP 47 tag, rather than a document a parser refuses.
fn tagged(text: &str, language: &str) -> Literal {
    Literal::new_language_tagged_literal(text, language)
        .unwrap_or_else(|_| Literal::new_simple_literal(text))
}

/// A partial date with the XML Schema type of its precision: `xsd:date`,
/// `xsd:gYearMonth` or `xsd:gYear` (the lexical forms are the data's own).
pub fn date_literal(date: PartialDate) -> Literal {
    let datatype = match (date.month, date.day) {
        (Some(_), Some(_)) => xsd::DATE,
        (Some(_), None) => xsd::G_YEAR_MONTH,
        _ => xsd::G_YEAR,
    };
    Literal::new_typed_literal(date.to_string(), datatype)
}

/// Every triple of `view`, with IRIs under `base`, sorted (subject, then
/// `rdf:type` first, then predicate and object) and without repeats.
pub fn triples(view: &View<'_>, base: &Base) -> Spelled {
    let data = view.data;
    let shown = |id: &str| {
        view.graph
            .node(id)
            .is_some_and(|node| view.nodes.contains(&node))
    };
    // A statement is in the view when one of the view's edges carries it.
    let statements: BTreeSet<&str> = view
        .edges
        .iter()
        .filter_map(|&e| view.graph.inner()[e].statement.as_deref())
        .collect();
    let mut b = Builder {
        base,
        triples: Spelled::default(),
    };

    for actor in data.actors.values().filter(|a| shown(&a.id)) {
        let node = b.record(&actor.id);
        b.a(&node, terms::PROV_AGENT);
        match actor.kind {
            ActorKind::Person => {
                b.a(&node, terms::PROV_PERSON);
                b.a(&node, terms::PERSON);
            }
            // Nobody knows whether an unnamed source or a crowd is one
            // person or an organisation.
            ActorKind::Anonymous | ActorKind::Group => {}
            _ => {
                b.a(&node, terms::PROV_ORGANIZATION);
                b.a(&node, terms::ORGANIZATION);
            }
        }
        b.names(&node, &actor.id, &actor.names, &actor.aliases);
        b.text(&node, terms::ACTOR_KIND, Some(actor.kind.name()));
        b.text(&node, terms::COUNTRY, actor.country.as_deref());
        b.text(&node, terms::SIDE, actor.side.as_deref());
        b.text(&node, terms::JOB_TITLE, actor.role.as_deref());
        if let Some(parent) = &actor.member_of {
            let parent = b.record(parent);
            b.add(&node, terms::MEMBER_OF, parent);
        }
        b.text(&node, terms::COMMENT, actor.note.as_deref());
    }

    for outlet in data.outlets.values().filter(|o| shown(&o.id)) {
        let node = b.record(&outlet.id);
        b.a(&node, terms::PROV_AGENT);
        b.a(&node, terms::PROV_ORGANIZATION);
        b.a(&node, terms::NEWS_MEDIA_ORGANIZATION);
        b.names(&node, &outlet.id, &outlet.names, &outlet.aliases);
        b.text(&node, terms::OUTLET_KIND, Some(outlet.kind.name()));
        b.text(&node, terms::COUNTRY, outlet.country.as_deref());
        b.text(
            &node,
            terms::STATE_AFFILIATION,
            outlet.state_affiliation.as_deref(),
        );
        for language in &outlet.languages {
            b.text(&node, terms::IN_LANGUAGE, Some(language));
        }
        b.address(&node, outlet.url.as_deref());
        if let Some(owner) = &outlet.owner {
            let owner = b.record(&owner.id);
            b.add(&node, terms::PARENT_ORGANIZATION, owner);
        }
        b.text(&node, terms::COMMENT, outlet.note.as_deref());
    }

    for entity in data.entities.values().filter(|e| shown(&e.id)) {
        let node = b.record(&entity.id);
        b.a(&node, terms::THING);
        b.names(&node, &entity.id, &entity.names, &entity.aliases);
        b.text(&node, terms::ENTITY_KIND, Some(entity.kind.name()));
        b.text(&node, terms::COMMENT, entity.note.as_deref());
    }

    for claim in data.claims.values().filter(|c| shown(&c.id)) {
        let node = b.record(&claim.id);
        b.a(&node, terms::CLAIM);
        b.text(&node, terms::IDENTIFIER, Some(&claim.id));
        b.tagged(&node, terms::TEXT, &claim.text, CANONICAL);
        for (language, text) in &claim.original {
            b.tagged(&node, terms::TEXT, text, language);
        }
        b.text(&node, terms::CLAIM_KIND, Some(claim.kind.name()));
        for about in &claim.about {
            let about = b.record(about);
            b.add(&node, terms::ABOUT, about);
        }
        if let Some(triple) = &claim.triple {
            let subject = b.record(&triple.subject);
            b.add(&node, terms::TRIPLE_SUBJECT, subject);
            b.text(&node, terms::TRIPLE_PREDICATE, Some(&triple.predicate));
            if let Some(object) = &triple.object {
                let object = b.record(object);
                b.add(&node, terms::TRIPLE_OBJECT, object);
            }
        }
        for tag in &claim.tags {
            b.text(&node, terms::KEYWORDS, Some(tag));
        }
        let documents: IndexSet<&str> = data
            .statements_of(&claim.id)
            .filter(|s| statements.contains(s.id.as_str()))
            .map(|s| s.source.as_str())
            .collect();
        for document in documents {
            let document = b.record(document);
            b.add(&node, terms::APPEARANCE, document);
        }
        b.text(&node, terms::COMMENT, claim.note.as_deref());
    }

    for relation in data
        .relations
        .iter()
        .filter(|r| shown(&r.from) && shown(&r.to))
    {
        let predicate = match relation.kind {
            RelationKind::Contradicts => terms::CONTRADICTS,
            RelationKind::Supports => terms::SUPPORTS,
            RelationKind::SameAs => terms::SAME_AS,
        };
        let (from, to) = (b.record(&relation.from), b.record(&relation.to));
        b.add(&from, predicate, to);
    }

    for source in data.sources.values().filter(|s| shown(&s.id)) {
        let node = b.record(&source.id);
        b.a(&node, terms::PROV_ENTITY);
        b.a(&node, terms::CREATIVE_WORK);
        b.text(&node, terms::IDENTIFIER, Some(&source.id));
        if let Some(title) = &source.title {
            b.tagged(&node, terms::HEADLINE, title, &source.language);
        }
        b.text(&node, terms::CREDIT_TEXT, source.author.as_deref());
        b.date(&node, terms::DATE_PUBLISHED, source.date);
        b.text(&node, terms::IN_LANGUAGE, Some(&source.language));
        if let Some(outlet) = &source.outlet {
            let outlet = b.record(outlet);
            b.add(&node, terms::PUBLISHER, outlet);
        }
        b.address(&node, source.url.as_deref());
        for (position, party) in source.via.iter().enumerate() {
            let party = b.record(party);
            let credit = b.part(&source.id, &format!("via/{}", position + 1));
            b.add(&node, terms::VIA, party.clone());
            b.add(&node, terms::VIA_CREDIT, credit.clone());
            b.integer(&credit, terms::POSITION, position as i64 + 1);
            b.add(&credit, terms::PARTY, party);
        }
        b.text(&node, terms::COMMENT, source.note.as_deref());
    }

    for s in data
        .statements
        .values()
        .filter(|s| statements.contains(s.id.as_str()))
    {
        let node = b.record(&s.id);
        let speaker = b.record(&s.speaker.id);
        b.a(&node, terms::PROV_ENTITY);
        b.a(&node, terms::STATEMENT);
        b.text(&node, terms::IDENTIFIER, Some(&s.id));
        let (claim, document) = (b.record(&s.claim), b.record(&s.source));
        b.add(&node, terms::STATES, claim);
        b.add(&node, terms::SOURCE, document);
        b.add(&node, terms::WAS_ATTRIBUTED_TO, speaker.clone());
        b.text(&node, terms::COMMENT, s.note.as_deref());

        let attribution = b.part(&s.id, "attribution");
        b.add(&node, terms::QUALIFIED_ATTRIBUTION, attribution.clone());
        b.a(&attribution, terms::PROV_ATTRIBUTION);
        b.add(&attribution, terms::AGENT, speaker);
        b.text(&attribution, terms::STANCE, Some(s.stance.name()));
        b.date(&attribution, terms::DATE, s.date);
        if let Some(channel) = &s.channel {
            if let Channel::Other(description) = channel {
                b.text(&attribution, terms::CHANNEL, Some("Other"));
                b.text(&attribution, terms::CHANNEL_DESCRIPTION, Some(description));
            } else {
                b.text(&attribution, terms::CHANNEL, Some(channel.name()));
            }
        }
        let language = &data.sources[&s.source].language;
        b.tagged(&attribution, terms::QUOTE, &s.quote, language);
        if let Some(translation) = &s.translation {
            b.tagged(&attribution, terms::TRANSLATION, translation, CANONICAL);
        }

        // The chain, hop by hop from the document towards the speaker: hop
        // 0 is the publisher (when the document names one), hop n the n-th
        // relay, nearest the document first.
        let publisher = data.sources[&s.source].outlet.as_deref();
        let hops: Vec<(usize, &str)> = publisher
            .map(|p| (0, p))
            .into_iter()
            .chain(
                s.relay
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (i + 1, p.id.as_str())),
            )
            .collect();
        debug_assert!(
            hops.iter().map(|(_, p)| *p).eq(data.carriers(s)),
            "the hops are the statement's carriers"
        );
        for (i, &(hop, carrier)) in hops.iter().enumerate() {
            let copy = b.part(&s.id, &format!("hop/{hop}"));
            let next = match hops.get(i + 1) {
                Some((next, _)) => b.part(&s.id, &format!("hop/{next}")),
                None => node.clone(),
            };
            let carrier = b.record(carrier);
            let quotation = b.part(&s.id, &format!("hop/{hop}/quotation"));
            b.a(&copy, terms::PROV_ENTITY);
            b.a(&copy, terms::CARRIAGE);
            b.add(&copy, terms::STATEMENT_OF, node.clone());
            b.add(&copy, terms::WAS_ATTRIBUTED_TO, carrier);
            b.add(&copy, terms::HAD_PRIMARY_SOURCE, node.clone());
            b.add(&copy, terms::WAS_QUOTED_FROM, next.clone());
            b.add(&copy, terms::QUALIFIED_QUOTATION, quotation.clone());
            b.a(&quotation, terms::PROV_QUOTATION);
            b.add(&quotation, terms::ENTITY, next);
            b.integer(&quotation, terms::HOP, hop as i64);
        }
    }

    for review in data
        .claims
        .keys()
        .filter(|c| shown(c))
        .filter_map(|c| data.reviews.get(c))
        .filter(|r| is_exported(data, r, None))
    {
        let node = b.part(&review.claim, "review");
        let claim = b.record(&review.claim);
        b.a(&node, terms::CLAIM_REVIEW);
        b.add(&node, terms::ITEM_REVIEWED, claim);
        b.text(&node, terms::REVIEW_STATUS, Some(review.status.name()));
        b.address(&node, review.url.as_deref());
        b.date(&node, terms::DATE_PUBLISHED, published_date(review));
        b.text(&node, terms::IN_LANGUAGE, Some(&review.language));
        if let Some(rationale) = &review.rationale {
            b.tagged(&node, terms::REVIEW_BODY, rationale, &review.language);
        }
        if let Some(signed) = author(review, data.publisher.as_ref()) {
            let by = b.part(&review.claim, "review/author");
            b.add(&node, terms::AUTHOR, by.clone());
            match signed {
                Author::Organization(publisher) => {
                    b.a(&by, terms::ORGANIZATION);
                    b.text(&by, terms::NAME, Some(&publisher.name));
                    b.address(&by, publisher.url.as_deref());
                }
                Author::Person(name) => {
                    b.a(&by, terms::PERSON);
                    b.text(&by, terms::NAME, Some(name));
                }
            }
        }
        if let Some(verdict) = &review.verdict {
            let rating = verdict.rating();
            let node_rating = b.part(&review.claim, "review/rating");
            b.add(&node, terms::REVIEW_RATING, node_rating.clone());
            b.a(&node_rating, terms::RATING);
            b.text(&node_rating, terms::NAME, Some(&rating.label));
            b.text(&node_rating, terms::ALTERNATE_NAME, Some(&rating.label));
            if let Some(value) = rating.value {
                b.integer(&node_rating, terms::RATING_VALUE, value);
            }
            if let Some(best) = rating.best {
                b.integer(&node_rating, terms::BEST_RATING, best);
            }
            if let Some(worst) = rating.worst {
                b.integer(&node_rating, terms::WORST_RATING, worst);
            }
        }
    }

    sorted(b.triples)
}

/// Sorted by subject, `rdf:type` first, then predicate and object, in their
/// N-Triples spelling; repeats removed. The lines are sorted by their own
/// bytes: nothing is copied but the table of where they lie.
fn sorted(mut triples: Spelled) -> Spelled {
    let rdf_type = vocab(terms::TYPE);
    let rdf_type = rdf_type.as_str();
    let mut lines = std::mem::take(&mut triples.lines);
    lines.sort_by(|a, b| triples.key(a, rdf_type).cmp(&triples.key(b, rdf_type)));
    lines.dedup_by(|a, b| triples.line(a) == triples.line(b));
    triples.lines = lines;
    triples
}
