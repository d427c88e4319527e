//! The vocabularies the RDF exports write: W3C PROV-O for attribution,
//! schema.org for claims, outlets and reviews, and claimgraph's own terms
//! for what neither has (stance, hop, the data's enum values).
//!
//! Every term the exports use is named here and nowhere else, and
//! [`ALL_PREDICATES`] lists the predicates so that a test can hold the
//! documentation (docs/rdf.md) to them.

/// W3C PROV-O.
pub const PROV: &str = "http://www.w3.org/ns/prov#";
/// schema.org, with the `http:` namespace its JSON-LD context maps to, so the
/// triples agree with the expanded ClaimReview export.
pub const SCHEMA: &str = "http://schema.org/";
/// claimgraph's own vocabulary. It is fixed, not under the configurable base:
/// exports of several desks loaded into one store share one vocabulary, and
/// the queries in docs/sparql/ work on all of them.
pub const CG: &str = "https://claimgraph.example/vocab#";
/// RDF itself (`rdf:type`).
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
/// RDF Schema (`rdfs:comment`).
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
/// XML Schema datatypes (dates, integers, URIs).
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";

/// The prefixes the Turtle export declares, in the order written.
pub const PREFIXES: &[(&str, &str)] = &[
    ("cg", CG),
    ("prov", PROV),
    ("rdf", RDF),
    ("rdfs", RDFS),
    ("schema", SCHEMA),
    ("xsd", XSD),
];

/// A term: its namespace and local name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Term {
    /// The namespace IRI.
    pub namespace: &'static str,
    /// The local name.
    pub local: &'static str,
}

impl Term {
    /// The full IRI.
    pub fn iri(self) -> String {
        format!("{}{}", self.namespace, self.local)
    }

    /// The prefixed name (`prov:wasAttributedTo`).
    pub fn prefixed(self) -> String {
        let prefix = PREFIXES
            .iter()
            .find(|(_, ns)| *ns == self.namespace)
            .map_or("", |(p, _)| p);
        format!("{prefix}:{}", self.local)
    }
}

macro_rules! terms {
    ($($(#[$meta:meta])* $name:ident = $ns:ident : $local:literal;)+) => {
        $($(#[$meta])* pub const $name: Term = Term { namespace: $ns, local: $local };)+
    };
}

terms! {
    /// `rdf:type`.
    TYPE = RDF:"type";
    /// A note of the annotator's, verbatim.
    COMMENT = RDFS:"comment";

    /// Class: a statement, a carried copy of one, a document.
    PROV_ENTITY = PROV:"Entity";
    /// Class: every actor and outlet.
    PROV_AGENT = PROV:"Agent";
    /// Class: an actor of kind `Person`.
    PROV_PERSON = PROV:"Person";
    /// Class: every other actor but `Anonymous` and `Group`, and every outlet.
    PROV_ORGANIZATION = PROV:"Organization";
    /// Class: the qualified attribution of a statement to its speaker.
    PROV_ATTRIBUTION = PROV:"Attribution";
    /// Class: the qualified quotation of one hop of a chain.
    PROV_QUOTATION = PROV:"Quotation";
    /// A statement or carried copy → who said or carried it.
    WAS_ATTRIBUTED_TO = PROV:"wasAttributedTo";
    /// A statement → its qualified attribution.
    QUALIFIED_ATTRIBUTION = PROV:"qualifiedAttribution";
    /// An attribution → the speaker.
    AGENT = PROV:"agent";
    /// A quotation → the entity quoted.
    ENTITY = PROV:"entity";
    /// A carried copy → the next copy towards the speaker, or the statement.
    WAS_QUOTED_FROM = PROV:"wasQuotedFrom";
    /// A carried copy → its qualified quotation.
    QUALIFIED_QUOTATION = PROV:"qualifiedQuotation";
    /// A carried copy → the statement it carries, the speaker's own words.
    HAD_PRIMARY_SOURCE = PROV:"hadPrimarySource";

    /// Class: a claim.
    CLAIM = SCHEMA:"Claim";
    /// Class: our desk's review of a claim.
    CLAIM_REVIEW = SCHEMA:"ClaimReview";
    /// Class: a review's rating.
    RATING = SCHEMA:"Rating";
    /// Class: an outlet.
    NEWS_MEDIA_ORGANIZATION = SCHEMA:"NewsMediaOrganization";
    /// Class: an actor that is not a person, a review's organisation.
    ORGANIZATION = SCHEMA:"Organization";
    /// Class: an actor of kind `Person`, a reviewer.
    PERSON = SCHEMA:"Person";
    /// Class: a source document.
    CREATIVE_WORK = SCHEMA:"CreativeWork";
    /// Class: an entity claims are about.
    THING = SCHEMA:"Thing";
    /// Every record → its id in the data.
    IDENTIFIER = SCHEMA:"identifier";
    /// A record → one of its names, tagged with its language.
    NAME = SCHEMA:"name";
    /// A record → another spelling; a rating → its label.
    ALTERNATE_NAME = SCHEMA:"alternateName";
    /// A claim → its wording, `@en` and in each original language.
    TEXT = SCHEMA:"text";
    /// A claim → what it is about.
    ABOUT = SCHEMA:"about";
    /// A claim → one of its tags.
    KEYWORDS = SCHEMA:"keywords";
    /// A claim → a document carrying one of its statements.
    APPEARANCE = SCHEMA:"appearance";
    /// A review → the claim reviewed.
    ITEM_REVIEWED = SCHEMA:"itemReviewed";
    /// A review → its rating.
    REVIEW_RATING = SCHEMA:"reviewRating";
    /// A review → why the verdict follows from the evidence.
    REVIEW_BODY = SCHEMA:"reviewBody";
    /// A rating → its value on the scale.
    RATING_VALUE = SCHEMA:"ratingValue";
    /// A rating → the best value of its scale.
    BEST_RATING = SCHEMA:"bestRating";
    /// A rating → the worst value of its scale.
    WORST_RATING = SCHEMA:"worstRating";
    /// A document, outlet, review or organisation → its web address.
    URL = SCHEMA:"url";
    /// A document or review → when it was published.
    DATE_PUBLISHED = SCHEMA:"datePublished";
    /// A document or review → its language; an outlet → a language it publishes in.
    IN_LANGUAGE = SCHEMA:"inLanguage";
    /// A review → who signs it.
    AUTHOR = SCHEMA:"author";
    /// A document → its byline, as written.
    CREDIT_TEXT = SCHEMA:"creditText";
    /// A document → the outlet publishing it.
    PUBLISHER = SCHEMA:"publisher";
    /// A document → its headline, tagged with the document's language.
    HEADLINE = SCHEMA:"headline";
    /// An actor → the actor it belongs to (`member_of`).
    MEMBER_OF = SCHEMA:"memberOf";
    /// An outlet → its owner (`owner`).
    PARENT_ORGANIZATION = SCHEMA:"parentOrganization";
    /// An actor → its role.
    JOB_TITLE = SCHEMA:"jobTitle";

    /// Class: a statement, one speaker stating one claim in one document.
    STATEMENT = CG:"Statement";
    /// Class: a statement as one party carried it: a publisher or a relay.
    CARRIAGE = CG:"Carriage";
    /// A statement → the claim stated.
    STATES = CG:"claim";
    /// A statement → the document reporting it.
    SOURCE = CG:"source";
    /// A carried copy → the statement carried.
    STATEMENT_OF = CG:"statement";
    /// An attribution → `Affirms`, `Denies`, `Hedges` or `Reports`.
    STANCE = CG:"stance";
    /// An attribution → when the speaker said it (xsd:date, gYearMonth or gYear).
    DATE = CG:"date";
    /// An attribution → where the speaker said it (`Facebook`, …, `Other`).
    CHANNEL = CG:"channel";
    /// An attribution → the words of an `Other(…)` channel.
    CHANNEL_DESCRIPTION = CG:"channelDescription";
    /// An attribution → the quote, verbatim, tagged with the document's language.
    QUOTE = CG:"quote";
    /// An attribution → the English translation of the quote.
    TRANSLATION = CG:"translation";
    /// A quotation → its place in the chain: 0 the publisher, n the relay n.
    HOP = CG:"hop";
    /// A document → a party it credits for its whole text (`via`).
    VIA = CG:"via";
    /// A document → the position of a `via` party, nearest first, from 1.
    VIA_CREDIT = CG:"viaCredit";
    /// A via credit → its position, from 1.
    POSITION = CG:"position";
    /// A via credit → the party credited.
    PARTY = CG:"party";
    /// An actor → its `ActorKind`.
    ACTOR_KIND = CG:"actorKind";
    /// An outlet → its `OutletKind`.
    OUTLET_KIND = CG:"outletKind";
    /// An entity → its `EntityKind`.
    ENTITY_KIND = CG:"entityKind";
    /// A claim → its `ClaimKind`.
    CLAIM_KIND = CG:"claimKind";
    /// An actor → its side in the conflict.
    SIDE = CG:"side";
    /// An actor or outlet → its ISO 3166-1 country code.
    COUNTRY = CG:"country";
    /// An outlet → the ISO code of the state owning or funding it.
    STATE_AFFILIATION = CG:"stateAffiliation";
    /// A claim → the subject of its structured reading.
    TRIPLE_SUBJECT = CG:"tripleSubject";
    /// A claim → the predicate of its structured reading.
    TRIPLE_PREDICATE = CG:"triplePredicate";
    /// A claim → the object of its structured reading.
    TRIPLE_OBJECT = CG:"tripleObject";
    /// A claim → a claim it contradicts (a `Contradicts` relation, as written).
    CONTRADICTS = CG:"contradicts";
    /// A claim → a claim it supports.
    SUPPORTS = CG:"supports";
    /// A claim → a claim it restates.
    SAME_AS = CG:"sameAs";
    /// A review → its status (`Reviewed`, `Published`).
    REVIEW_STATUS = CG:"reviewStatus";
}

/// Every predicate the exports may write, for the documentation test.
pub const ALL_PREDICATES: &[Term] = &[
    TYPE,
    COMMENT,
    WAS_ATTRIBUTED_TO,
    QUALIFIED_ATTRIBUTION,
    AGENT,
    ENTITY,
    WAS_QUOTED_FROM,
    QUALIFIED_QUOTATION,
    HAD_PRIMARY_SOURCE,
    IDENTIFIER,
    NAME,
    ALTERNATE_NAME,
    TEXT,
    ABOUT,
    KEYWORDS,
    APPEARANCE,
    ITEM_REVIEWED,
    REVIEW_RATING,
    REVIEW_BODY,
    RATING_VALUE,
    BEST_RATING,
    WORST_RATING,
    URL,
    DATE_PUBLISHED,
    IN_LANGUAGE,
    AUTHOR,
    CREDIT_TEXT,
    PUBLISHER,
    HEADLINE,
    MEMBER_OF,
    PARENT_ORGANIZATION,
    JOB_TITLE,
    STATES,
    SOURCE,
    STATEMENT_OF,
    STANCE,
    DATE,
    CHANNEL,
    CHANNEL_DESCRIPTION,
    QUOTE,
    TRANSLATION,
    HOP,
    VIA,
    VIA_CREDIT,
    POSITION,
    PARTY,
    ACTOR_KIND,
    OUTLET_KIND,
    ENTITY_KIND,
    CLAIM_KIND,
    SIDE,
    COUNTRY,
    STATE_AFFILIATION,
    TRIPLE_SUBJECT,
    TRIPLE_PREDICATE,
    TRIPLE_OBJECT,
    CONTRADICTS,
    SUPPORTS,
    SAME_AS,
    REVIEW_STATUS,
];
