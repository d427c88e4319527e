//! Deciding what an import creates: each incoming review is matched against
//! the data and against what the same import already created, so nothing is
//! duplicated. Each becomes an external review (`external-reviews/`): the
//! other desk's verdict beside ours, never replacing it; only a review
//! already imported (the same claim and URL) is skipped.
//!
//! Matching compares [`fold`]ed text: claims by their wording (`text` or any
//! `original`), speakers by the names, aliases and ids of actors and outlets,
//! publishers by those of outlets and, failing a name, by an outlet's `url`:
//! a document is that outlet's when it lies on the outlet's site, under its
//! path (`https://t.me/warchannel` covers `https://t.me/warchannel/1201` but
//! not `https://t.me/other/55`). A name that fits several records is not
//! guessed at: it is left out and reported.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::report::{Matched, Note, Skipped};
use crate::formats::incoming::{Claimant, ClaimantKind, Incoming, Item, Sighting, SourceFile};
use crate::load::layout::DataLayout;
use crate::lookup::fields::{FieldKind, fields};
use crate::model::ratings::RatingMap;
use crate::model::{ActorKind, Dataset, Rating, RecordKind};
use crate::text::fold::fold;
use crate::text::lang;
use crate::text::url::{Site, host};

/// Everything an import will create, and what it matched and skipped.
#[derive(Debug, Default)]
pub(super) struct Plan {
    /// Actors to create for claimants the data does not know.
    pub actors: Vec<NewActor>,
    /// Outlets to create for appearances whose outlet the data does not know.
    pub outlets: Vec<NewOutlet>,
    /// Claims to create for wordings that match no existing claim.
    pub claims: Vec<NewClaim>,
    /// Reviews to write, one per imported item.
    pub reviews: Vec<NewReview>,
    /// Names and wordings resolved to existing records, each listed once.
    pub matched: Vec<Matched>,
    /// Items not imported, with the reason.
    pub skipped: Vec<Skipped>,
    /// What was left out or guessed for items that were imported.
    pub notes: Vec<Note>,
    /// Reviews read, imported or not.
    pub read: usize,
}

/// Where a new record came from: the index of its source file and the item.
#[derive(Debug, Clone)]
pub(super) struct Provenance {
    /// Index of the input file in the import's source list.
    pub file: usize,
    /// Where the item was read, as `feed.json item 2` or `sheet.csv row 5`.
    pub origin: String,
}

/// An actor to create for a claimant the data does not know.
#[derive(Debug)]
pub(super) struct NewActor {
    /// Fresh id, a slug of the name made unique.
    pub id: String,
    /// Person or organisation as the input says; Person when it does not (a guess the note admits).
    pub kind: ActorKind,
    /// The claimant's name as the input gives it.
    pub name: String,
    /// Language tag of the name: the review's language, `en` when unknown.
    pub language: String,
    /// Where the actor came from and what was guessed, written as its `note`.
    pub note: String,
    /// The input item that named it.
    pub from: Provenance,
}

/// An outlet to create for an appearance whose outlet the data does not know.
#[derive(Debug)]
pub(super) struct NewOutlet {
    /// Fresh id, a slug of the name made unique.
    pub id: String,
    /// The outlet's name as the input gives it.
    pub name: String,
    /// Language tag of the name: the review's language, `en` when unknown.
    pub language: String,
    /// Where the outlet came from, and that its `Website` kind is a guess.
    pub note: String,
    /// The input item that named it.
    pub from: Provenance,
}

/// A claim to create for a wording that matches no existing claim.
#[derive(Debug)]
pub(super) struct NewClaim {
    /// Fresh id, a slug of the wording made unique.
    pub id: String,
    /// The claim's wording as the input gives it, in its own language.
    pub text: String,
    /// Set when the wording is not English: it is then also the `original`
    /// in this language.
    pub original_language: Option<String>,
    /// Where the claim came from, and whether `text` still awaits a translation.
    pub note: String,
    /// The input item that worded it.
    pub from: Provenance,
}

/// A review to write, for an existing or a new claim.
#[derive(Debug)]
pub(super) struct NewReview {
    /// Id of the claim reviewed, existing or created by this import.
    pub claim: String,
    /// The review as the other desk published it.
    pub incoming: Incoming,
    /// Actor or outlet ids.
    pub claimants: Vec<String>,
    /// Each sighting with the id of its outlet.
    pub appearances: Vec<(Sighting, Option<String>)>,
    /// The input item the review comes from.
    pub from: Provenance,
}

/// What makes two imported reviews of one claim the same review: its URL,
/// or without one its publisher, date and verdict.
fn identity(
    url: Option<&str>,
    publisher: Option<&str>,
    published: Option<crate::model::date::PartialDate>,
    verdict: Option<&crate::model::Verdict>,
    rating: Option<&Rating>,
) -> String {
    // Their own words when kept, so that a rating map changed between two
    // imports does not make the same review look new.
    let label = rating
        .map(|r| r.label.clone())
        .or_else(|| verdict.map(|v| v.rating().label));
    match url {
        Some(url) => format!("url {url}"),
        None => format!(
            "{} | {} | {}",
            publisher.unwrap_or_default(),
            published.map(|d| d.to_string()).unwrap_or_default(),
            label.unwrap_or_default()
        ),
    }
}

/// Plans the import of `sources` into `data`, whose directory is `dir`.
pub(super) fn plan(data: &Dataset, dir: &Path, sources: &[SourceFile]) -> Plan {
    let mut planner = Planner::new(data, dir);
    for (file, source) in sources.iter().enumerate() {
        for item in &source.items {
            match item {
                Item::Review(incoming) => {
                    planner.plan.read += 1;
                    planner.review(&rate(incoming, &data.ratings), file);
                }
                Item::Skipped { origin, reason } => planner.plan.skipped.push(Skipped {
                    from: origin.clone(),
                    reason: reason.clone(),
                }),
            }
        }
    }
    planner.plan
}

/// The verdict an import writes: the desk's rating map for this publisher
/// and label first, else what the reader made of the rating; their rating is
/// kept verbatim beside a verdict of ours whenever their words or numbers
/// are not ours, so the original label is never lost.
fn rate(incoming: &Incoming, map: &RatingMap) -> Incoming {
    let mut incoming = incoming.clone();
    if let (Some(rating), Some(publisher)) = (&incoming.rating, &incoming.publisher) {
        let site = publisher.url.as_deref().and_then(host);
        if let Some(verdict) = map.verdict(&publisher.name, site.as_deref(), &rating.label) {
            incoming.notes.push(format!(
                "their rating `{}` is read as {} by the rating map of claimgraph.toml",
                rating.label,
                verdict.rating().label
            ));
            incoming.verdict = Some(verdict.clone());
        }
    }
    incoming.rating = match (&incoming.verdict, incoming.rating.take()) {
        (Some(verdict), Some(theirs)) if verdict.name().is_some() => {
            let ours = verdict.rating();
            let unnumbered = (theirs.value, theirs.best, theirs.worst) == (None, None, None);
            (theirs != ours && !(theirs.label == ours.label && unnumbered)).then_some(theirs)
        }
        _ => None,
    };
    incoming
}

struct Planner<'d> {
    data: &'d Dataset,
    layout: DataLayout,
    plan: Plan,
    /// Folded name, alias or id → the actors and outlets it names.
    parties: HashMap<String, Vec<(RecordKind, String)>>,
    /// Folded claim wording → claim id.
    claims: HashMap<String, String>,
    /// Each outlet with a `url`, by where that URL points.
    sites: Vec<(Site, String)>,
    ids: HashSet<String>,
    /// (claim, [`identity`] of a review) imported by this import → the item imported.
    reviewed_here: HashMap<(String, String), String>,
}

impl<'d> Planner<'d> {
    fn new(data: &'d Dataset, dir: &'d Path) -> Self {
        let mut parties: HashMap<String, Vec<(RecordKind, String)>> = HashMap::new();
        for field in fields(data, &RecordKind::PARTIES) {
            if matches!(
                field.field,
                FieldKind::Id | FieldKind::Name | FieldKind::Alias
            ) {
                let entry = parties.entry(fold(field.text)).or_default();
                let record = (field.kind, field.id.to_string());
                if !entry.contains(&record) {
                    entry.push(record);
                }
            }
        }
        let mut claims = HashMap::new();
        for field in fields(data, &[RecordKind::Claim]) {
            if field.field == FieldKind::ClaimText {
                claims
                    .entry(fold(field.text))
                    .or_insert_with(|| field.id.to_string());
            }
        }
        let sites = data
            .outlets
            .values()
            .filter_map(|o| Some((Site::of(o.url.as_deref()?)?, o.id.clone())))
            .collect();
        let ids = data
            .actors
            .keys()
            .chain(data.outlets.keys())
            .chain(data.entities.keys())
            .chain(data.claims.keys())
            .chain(data.sources.keys())
            .chain(data.statements.keys())
            .cloned()
            .collect();
        Planner {
            data,
            layout: DataLayout::new(dir),
            plan: Plan::default(),
            parties,
            claims,
            sites,
            ids,
            reviewed_here: HashMap::new(),
        }
    }

    fn review(&mut self, incoming: &Incoming, file: usize) {
        let from = Provenance {
            file,
            origin: incoming.origin.clone(),
        };
        let existing_claim = self.claims.get(&fold(&incoming.claim)).cloned();
        if let Some(claim) = &existing_claim
            && let Some(reason) = self.already_imported(claim, incoming)
        {
            self.plan.skipped.push(Skipped {
                from: from.origin,
                reason,
            });
            return;
        }
        let claim = match existing_claim {
            Some(id) => {
                if self.data.claims.contains_key(&id) {
                    self.matched(
                        RecordKind::Claim,
                        &incoming.claim,
                        &id,
                        "claim wording",
                        &from,
                    );
                }
                id
            }
            None => self.new_claim(incoming, &from),
        };
        let language = incoming
            .language
            .clone()
            .unwrap_or_else(|| lang::CANONICAL.into());
        let mut claimants: Vec<String> = Vec::new();
        for party in &incoming.claimants {
            if let Some(id) = self.party(party, &language, &from)
                && !claimants.contains(&id)
            {
                claimants.push(id);
            }
        }
        let appearances = incoming
            .appearances
            .iter()
            .map(|sighting| (sighting.clone(), self.outlet(sighting, &language, &from)))
            .collect();
        for note in &incoming.notes {
            self.plan.notes.push(Note {
                from: from.origin.clone(),
                note: note.clone(),
            });
        }
        let key = identity(
            incoming.url.as_deref(),
            incoming.publisher.as_ref().map(|p| p.name.as_str()),
            incoming.published.or(incoming.updated).or(incoming.created),
            incoming.verdict.as_ref(),
            incoming.rating.as_ref(),
        );
        self.reviewed_here
            .entry((claim.clone(), key))
            .or_insert_with(|| from.origin.clone());
        self.plan.reviews.push(NewReview {
            claim,
            incoming: incoming.clone(),
            claimants,
            appearances,
            from,
        });
    }

    /// Where the review of `claim` goes.
    fn review_file(&self, claim: &str) -> std::path::PathBuf {
        self.layout.review(claim)
    }

    /// Why `incoming` is not imported into `claim`, if it is not: the data,
    /// or an earlier item of this import, already holds the same review of
    /// the claim (the same URL, or without one the same publisher, date and
    /// verdict). A claim our desk has reviewed still takes the other desk's
    /// review, beside ours.
    fn already_imported(&self, claim: &str, incoming: &Incoming) -> Option<String> {
        let key = identity(
            incoming.url.as_deref(),
            incoming.publisher.as_ref().map(|p| p.name.as_str()),
            incoming.published.or(incoming.updated).or(incoming.created),
            incoming.verdict.as_ref(),
            incoming.rating.as_ref(),
        );
        let which = match &incoming.url {
            Some(url) => format!("at {url}"),
            None => "without a URL".to_string(),
        };
        if self.data.external_reviews_of(claim).any(|r| {
            identity(
                r.url.as_deref(),
                r.publisher.as_ref().map(|p| p.name.as_str()),
                r.published,
                r.verdict.as_ref(),
                r.rating.as_ref(),
            ) == key
        }) {
            return Some(format!(
                "the review of `{claim}` {which} is already imported; it was left as it is"
            ));
        }
        self.reviewed_here
            .get(&(claim.to_string(), key))
            .map(|first| {
                format!(
                    "the review of `{claim}` {which} is already imported by {first} of this import"
                )
            })
    }

    fn new_claim(&mut self, incoming: &Incoming, from: &Provenance) -> String {
        let id = self.fresh_id(&slug(&incoming.claim), "claim", &incoming.claim);
        let original_language = incoming
            .language
            .clone()
            .filter(|tag| !lang::same_language(tag, lang::CANONICAL));
        let mut note = format!("Imported from {}.", from.origin);
        if let Some(lang) = &original_language {
            note.push_str(&format!(
                " The source gives no English wording: `text` repeats the `{lang}` original until someone translates it."
            ));
        }
        self.claims.insert(fold(&incoming.claim), id.clone());
        self.plan.claims.push(NewClaim {
            id: id.clone(),
            text: incoming.claim.clone(),
            original_language,
            note,
            from: from.clone(),
        });
        id
    }

    /// The actor or outlet a claimant names, created when there is none.
    fn party(&mut self, party: &Claimant, language: &str, from: &Provenance) -> Option<String> {
        let candidates = self
            .parties
            .get(&fold(&party.name))
            .cloned()
            .unwrap_or_default();
        match candidates.as_slice() {
            [(kind, id)] => {
                if self.data.kind_of(id).is_some() {
                    self.matched(*kind, &party.name, id, "name", from);
                }
                Some(id.clone())
            }
            [] => Some(self.new_actor(party, language, from)),
            many => {
                self.ambiguous("claimant", &party.name, many, from);
                None
            }
        }
    }

    fn new_actor(&mut self, party: &Claimant, language: &str, from: &Provenance) -> String {
        let id = self.fresh_id(&slug(&party.name), "actor", &party.name);
        let guess = |kind: ActorKind, why: &str| {
            Some(format!(
                " The source gives only a name: `kind` {kind} is a guess{why}."
            ))
        };
        let (kind, guessed) = match party.kind {
            ClaimantKind::Person => (ActorKind::Person, None),
            ClaimantKind::Organization => (ActorKind::Organisation, None),
            ClaimantKind::Unknown => match organisation_sign(&party.name) {
                Some((kind, sign)) => (kind, guess(kind, &format!(" from {sign}"))),
                None => (ActorKind::Person, guess(ActorKind::Person, "")),
            },
        };
        let mut note = format!("Imported from {}.", from.origin);
        note.push_str(guessed.as_deref().unwrap_or_default());
        if let Some(url) = &party.url {
            note.push_str(&format!(" The source links it to {url}."));
        }
        self.register_party(RecordKind::Actor, &party.name, &id);
        self.plan.actors.push(NewActor {
            id: id.clone(),
            kind,
            name: party.name.clone(),
            language: language.to_string(),
            note,
            from: from.clone(),
        });
        id
    }

    /// The outlet that published a sighting: by name, else by the site its
    /// URL is on; created from the name when neither finds one.
    fn outlet(&mut self, sighting: &Sighting, language: &str, from: &Provenance) -> Option<String> {
        if let Some(name) = &sighting.outlet {
            let outlets: Vec<(RecordKind, String)> = self
                .parties
                .get(&fold(name))
                .into_iter()
                .flatten()
                .filter(|(kind, _)| *kind == RecordKind::Outlet)
                .cloned()
                .collect();
            match outlets.as_slice() {
                [(_, id)] => {
                    if self.data.kind_of(id).is_some() {
                        self.matched(RecordKind::Outlet, name, id, "name", from);
                    }
                    return Some(id.clone());
                }
                [] => {}
                many => {
                    self.ambiguous("outlet", name, many, from);
                    return None;
                }
            }
        }
        if let Some(url) = &sighting.url
            && let Some(id) = self.outlet_by_url(url)
        {
            self.matched(RecordKind::Outlet, url, &id, "url", from);
            return Some(id);
        }
        let name = sighting.outlet.as_ref()?;
        let id = self.fresh_id(&slug(name), "outlet", name);
        self.register_party(RecordKind::Outlet, name, &id);
        self.plan.outlets.push(NewOutlet {
            id: id.clone(),
            name: name.clone(),
            language: language.to_string(),
            note: format!(
                "Imported from {}. The source gives only a name: `kind` Website is a guess.",
                from.origin
            ),
            from: from.clone(),
        });
        Some(id)
    }

    /// The one outlet whose site holds `url`, the most specific if several do.
    fn outlet_by_url(&self, url: &str) -> Option<String> {
        let page = Site::of(url)?;
        let covering: Vec<&(Site, String)> = self
            .sites
            .iter()
            .filter(|(site, _)| site.covers(&page))
            .collect();
        let deepest = covering.iter().map(|(site, _)| site.depth()).max()?;
        match covering
            .iter()
            .filter(|(site, _)| site.depth() == deepest)
            .collect::<Vec<_>>()
            .as_slice()
        {
            [(_, id)] => Some(id.clone()),
            _ => None,
        }
    }

    fn register_party(&mut self, kind: RecordKind, name: &str, id: &str) {
        self.parties
            .entry(fold(name))
            .or_default()
            .push((kind, id.to_string()));
    }

    fn matched(
        &mut self,
        kind: RecordKind,
        input: &str,
        id: &str,
        by: &'static str,
        from: &Provenance,
    ) {
        let entry = Matched {
            kind,
            input: input.to_string(),
            id: id.to_string(),
            by,
            from: from.origin.clone(),
        };
        let seen = self
            .plan
            .matched
            .iter()
            .any(|m| m.kind == entry.kind && m.input == entry.input && m.id == entry.id);
        if !seen {
            self.plan.matched.push(entry);
        }
    }

    fn ambiguous(
        &mut self,
        what: &str,
        name: &str,
        candidates: &[(RecordKind, String)],
        from: &Provenance,
    ) {
        let ids: Vec<String> = candidates.iter().map(|(_, id)| format!("`{id}`")).collect();
        self.plan.notes.push(Note {
            from: from.origin.clone(),
            note: format!(
                "{what} `{name}` could be any of {}; it was left out, add the right id by hand",
                ids.join(", ")
            ),
        });
    }

    /// `base`, or `base-2`, `base-3`… whichever is free (no record has it,
    /// and no review file is named after it); when `base` is empty (a name
    /// with no Latin letters or digits), `fallback-<hash of text>`.
    fn fresh_id(&mut self, base: &str, fallback: &str, text: &str) -> String {
        let base = if base.is_empty() {
            format!("{fallback}-{:08x}", fnv1a(&fold(text)))
        } else {
            base.to_string()
        };
        let mut id = base.clone();
        let mut n = 2;
        while self.ids.contains(&id) || self.review_file(&id).exists() {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.ids.insert(id.clone());
        id
    }
}

/// An id made of the first words of `text`: folded, Latin letters and
/// digits only, joined by `-`, at most six words and 60 characters.
///
/// The text is cut only between words: a word is what lies between blanks,
/// so `3,000` gives `3000`, `ministry’s` `ministrys` and `TOS-1A` `tos-1a` (other punctuation
/// inside a word is one `-`; letters with no Latin form are dropped). When the text is cut,
/// words that cannot end a phrase (`on`, `at`, `the`, `of`…, a bare number
/// such as the day of a date) are dropped from the end, so "Armenian forces
/// shelled Tartar on 4 October" gives `armenian-forces-shelled-tartar`, not
/// `…-tartar-on-4`.
fn slug(text: &str) -> String {
    const MAX_WORDS: usize = 6;
    const MAX_LEN: usize = 60;
    let folded = fold(text);
    let all: Vec<String> = folded
        .split_whitespace()
        .map(slug_word)
        .filter(|w| !w.is_empty())
        .collect();
    let mut kept: Vec<&str> = Vec::new();
    let mut len = 0;
    for word in &all {
        let word = word[..word.len().min(MAX_LEN)].trim_end_matches('-');
        let grown = if kept.is_empty() {
            word.len()
        } else {
            len + 1 + word.len()
        };
        if kept.len() == MAX_WORDS || grown > MAX_LEN {
            break;
        }
        kept.push(word);
        len = grown;
    }
    if kept.len() < all.len() {
        while kept.len() > 1 && kept.last().is_some_and(|w| cannot_end_a_phrase(w)) {
            kept.pop();
        }
    }
    kept.join("-")
}

/// One blank-separated word of a folded text as part of an id: ASCII letters
/// and digits, a digit group separator dropped (`3,000` → `3000`), any other
/// run of punctuation or non-Latin letters inside the word a single `-`.
fn slug_word(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let between_digits = i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if c.is_alphanumeric()
            || matches!(c, '\'' | '’' | 'ʼ')
            || (c == ',' && between_digits)
        {
            // A letter with no Latin form is dropped (İsgəndər → isgndr), and
            // so are an apostrophe (ministry’s → ministrys) and a digit group
            // separator.
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

/// Words an id should not end on when the text goes on: English function
/// words and bare numbers (a day without its month, a count without what it
/// counts).
fn cannot_end_a_phrase(word: &str) -> bool {
    const WORDS: [&str; 30] = [
        "a", "an", "the", "of", "on", "at", "in", "into", "to", "by", "for", "from", "with", "and",
        "or", "but", "as", "than", "that", "which", "who", "is", "are", "was", "were", "be", "has",
        "have", "had", "its",
    ];
    WORDS.contains(&word) || word.bytes().all(|b| b.is_ascii_digit())
}

/// Words that mark a name as an organisation's, each with the kind it
/// suggests, compared with a folded word of the name. English, French and
/// Spanish words are whole words; Russian, Ukrainian, Turkish and Azerbaijani
/// ones are stems, since those languages inflect them (`Министерство`,
/// `Министерства`); Arabic ones are whole words after the article and an
/// attached و, ب or ل are set aside.
const ORGANISATION_WORDS: &[(&str, ActorKind)] = &[
    // ministries
    ("ministry", ActorKind::Ministry),
    ("ministere", ActorKind::Ministry),
    ("ministerio", ActorKind::Ministry),
    ("وزاره", ActorKind::Ministry),
    // English
    ("international", ActorKind::Organisation),
    ("agency", ActorKind::Organisation),
    ("news", ActorKind::Organisation),
    ("organisation", ActorKind::Organisation),
    ("organization", ActorKind::Organisation),
    ("association", ActorKind::Organisation),
    ("committee", ActorKind::Organisation),
    ("council", ActorKind::Organisation),
    ("commission", ActorKind::Organisation),
    ("department", ActorKind::Organisation),
    ("office", ActorKind::Organisation),
    ("foundation", ActorKind::Organisation),
    ("institute", ActorKind::Organisation),
    ("university", ActorKind::Organisation),
    ("party", ActorKind::Organisation),
    ("union", ActorKind::Organisation),
    ("federation", ActorKind::Organisation),
    ("government", ActorKind::Organisation),
    ("parliament", ActorKind::Organisation),
    ("embassy", ActorKind::Organisation),
    ("army", ActorKind::Organisation),
    ("forces", ActorKind::Organisation),
    ("police", ActorKind::Organisation),
    ("press", ActorKind::Organisation),
    ("media", ActorKind::Organisation),
    ("watch", ActorKind::Organisation),
    ("group", ActorKind::Organisation),
    ("company", ActorKind::Organisation),
    ("inc", ActorKind::Organisation),
    ("ltd", ActorKind::Organisation),
    ("llc", ActorKind::Organisation),
    ("corp", ActorKind::Organisation),
    // French and Spanish
    ("agence", ActorKind::Organisation),
    ("agencia", ActorKind::Organisation),
    ("internationale", ActorKind::Organisation),
    ("internacional", ActorKind::Organisation),
    ("gouvernement", ActorKind::Organisation),
    ("gobierno", ActorKind::Organisation),
    ("comite", ActorKind::Organisation),
    ("conseil", ActorKind::Organisation),
    ("consejo", ActorKind::Organisation),
    ("fondation", ActorKind::Organisation),
    ("fundacion", ActorKind::Organisation),
    ("organizacion", ActorKind::Organisation),
    ("asociacion", ActorKind::Organisation),
    ("armee", ActorKind::Organisation),
    ("ejercito", ActorKind::Organisation),
    ("frontieres", ActorKind::Organisation),
    ("fronteras", ActorKind::Organisation),
    ("noticias", ActorKind::Organisation),
    // Arabic
    ("وكاله", ActorKind::Organisation),
    ("منظمه", ActorKind::Organisation),
    ("هييه", ActorKind::Organisation),
    ("موسسه", ActorKind::Organisation),
    ("جمعيه", ActorKind::Organisation),
    ("لجنه", ActorKind::Organisation),
    ("مجلس", ActorKind::Organisation),
    ("مكتب", ActorKind::Organisation),
    ("حكومه", ActorKind::Organisation),
    ("جيش", ActorKind::Organisation),
    ("قوات", ActorKind::Organisation),
    ("حزب", ActorKind::Organisation),
    ("اتحاد", ActorKind::Organisation),
    ("جامعه", ActorKind::Organisation),
    ("مركز", ActorKind::Organisation),
    ("شبكه", ActorKind::Organisation),
    ("قناه", ActorKind::Organisation),
    ("صحيفه", ActorKind::Organisation),
    ("اذاعه", ActorKind::Organisation),
    ("سفاره", ActorKind::Organisation),
    ("دوليه", ActorKind::Organisation),
];

/// Stems of [`ORGANISATION_WORDS`] for the languages that inflect them.
const ORGANISATION_STEMS: &[(&str, ActorKind)] = &[
    ("министерств", ActorKind::Ministry),
    ("міністерств", ActorKind::Ministry),
    ("минобороны", ActorKind::Ministry),
    ("bakanlıg", ActorKind::Ministry),
    ("nazirliy", ActorKind::Ministry),
    ("агентств", ActorKind::Organisation),
    ("организац", ActorKind::Organisation),
    ("комитет", ActorKind::Organisation),
    ("правительств", ActorKind::Organisation),
    ("ведомств", ActorKind::Organisation),
    ("служб", ActorKind::Organisation),
    ("новост", ActorKind::Organisation),
    ("hukumet", ActorKind::Organisation),
    ("hokumət", ActorKind::Organisation),
    ("ajans", ActorKind::Organisation),
    ("agentliy", ActorKind::Organisation),
];

/// Why a claimant known only by its name looks like an organisation, with
/// the kind to give it: a word of [`ORGANISATION_WORDS`] or
/// [`ORGANISATION_STEMS`] (`Amnesty International`, `وزارة الدفاع`,
/// `Министерство обороны`), a name that is a web address or a domain
/// (`example.org`), or an acronym of two to six capitals (`NATO`, `ANAMA`).
/// `None` for anything else, which is imported as a Person; the note says
/// which it was and why.
fn organisation_sign(name: &str) -> Option<(ActorKind, String)> {
    let name = name.trim();
    let looks_like_address = !name.contains(char::is_whitespace)
        && (name.contains("://")
            || name.starts_with("www.")
            || name.rsplit_once('.').is_some_and(|(host, tld)| {
                !host.is_empty()
                    && (2..=6).contains(&tld.len())
                    && tld.bytes().all(|b| b.is_ascii_lowercase())
            }));
    if looks_like_address {
        return Some((ActorKind::Organisation, "its web address".into()));
    }
    let acronym = (2..=6).contains(&name.chars().count()) && name.chars().all(|c| c.is_uppercase());
    if acronym {
        return Some((ActorKind::Organisation, "its capitals".into()));
    }
    let folded = fold(name);
    let mut found: Option<(ActorKind, &str)> = None;
    for word in folded.split(|c: char| !c.is_alphanumeric()) {
        let bare = ["و", "ب", "ل"]
            .iter()
            .find_map(|p| {
                word.strip_prefix(p)
                    .filter(|rest| rest.chars().count() >= 3)
            })
            .map(fold)
            .unwrap_or_else(|| word.to_string());
        let hit = ORGANISATION_WORDS
            .iter()
            .find(|(w, _)| *w == word || *w == bare)
            .or_else(|| ORGANISATION_STEMS.iter().find(|(s, _)| word.starts_with(s)));
        if let Some((_, kind)) = hit {
            let original = original_word(name, word);
            // A ministry word decides; otherwise the first sign found.
            if found.is_none() || *kind == ActorKind::Ministry {
                found = Some((*kind, original));
            }
            if *kind == ActorKind::Ministry {
                break;
            }
        }
    }
    found.map(|(kind, word)| (kind, format!("the word `{word}`")))
}

/// The word of `name` as written that folds to `folded`, or `folded` itself.
fn original_word<'a>(name: &'a str, folded: &'a str) -> &'a str {
    name.split(|c: char| !c.is_alphanumeric() && !unicode_mark(c))
        .find(|w| fold(w) == folded)
        .unwrap_or(folded)
}

/// A combining mark or tatweel, which does not split a word.
fn unicode_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036f}' | '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{0640}')
}

/// 32-bit FNV-1a: a short, stable hash for ids of names without Latin letters.
fn fnv1a(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_valid_ids_from_the_first_words() {
        assert_eq!(
            slug("More than 3,000 homicides were committed by \"illegal aliens\""),
            "more-than-3000-homicides-were-committed"
        );
        assert_eq!(slug("Nikol Paşinyan"), "nikol-pasinyan");
        assert_eq!(slug("صواريخ إسكندر"), "");
        assert_eq!(slug("İsgəndər"), "isgndr");
        assert!(slug(&"x".repeat(200)).len() <= 60);
    }

    #[test]
    fn slugs_are_cut_between_words_and_not_mid_phrase() {
        assert_eq!(
            slug("Armenian forces shelled Tartar on 4 October 2020."),
            "armenian-forces-shelled-tartar"
        );
        assert_eq!(
            slug("Armenian forces shelled Ganja, \"deliberately\", at night."),
            "armenian-forces-shelled-ganja-deliberately"
        );
        assert_eq!(
            slug("Azerbaijan used TOS-1A in Karabakh"),
            "azerbaijan-used-tos-1a-in-karabakh"
        );
        assert_eq!(slug("The ministry’s unit"), "the-ministrys-unit");
        assert_eq!(
            slug("Shelled on 4"),
            "shelled-on-4",
            "nothing is cut, nothing dropped"
        );
        assert_eq!(slug("The of"), "the-of");
        let long = slug(&"abcdefghij ".repeat(20));
        assert_eq!(
            long,
            "abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdefghij"
        );
        assert!(!long.ends_with('-'));
    }

    #[test]
    fn organisations_are_told_from_people_by_their_names() {
        let kind = |name: &str| organisation_sign(name).map(|(k, _)| k);
        for name in [
            "Amnesty International",
            "Human Rights Watch",
            "Pakistan Point News",
            "منظمة العفو الدولية",
            "وكالة الأنباء الأذربيجانية",
            "Agence France-Presse",
            "Médecins Sans Frontières",
            "Агентство новостей",
            "NATO",
            "factcheck.example.org",
            "https://t.me/warchannel",
        ] {
            assert_eq!(kind(name), Some(ActorKind::Organisation), "{name}");
        }
        for name in [
            "Ministry of Defence of Azerbaijan",
            "وزارة الدفاع الأرمينية",
            "Министерство обороны Армении",
            "Ministère des Armées",
            "Azərbaycan Müdafiə Nazirliyi",
        ] {
            assert_eq!(kind(name), Some(ActorKind::Ministry), "{name}");
        }
        for name in [
            "Shushan Stepanyan",
            "Gavin Newsom",
            "New Speaker",
            "Jane Doe",
            "شوشان ستيبانيان",
            "Владимир Евсеев",
            "J. R. Smith",
        ] {
            assert_eq!(kind(name), None, "{name}");
        }
        assert_eq!(
            organisation_sign("Amnesty International").unwrap().1,
            "the word `International`"
        );
    }

    #[test]
    fn fallback_ids_are_stable_and_distinct() {
        assert_eq!(fnv1a(""), 0x811c_9dc5);
        assert_ne!(fnv1a("اسكندر"), fnv1a("توس"));
    }
}
