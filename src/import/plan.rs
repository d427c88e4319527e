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
use crate::model::{ActorKind, Dataset, RecordKind};
use crate::text::fold::fold;
use crate::text::lang;
use crate::text::url::Site;

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
) -> String {
    match url {
        Some(url) => format!("url {url}"),
        None => format!(
            "{} | {} | {}",
            publisher.unwrap_or_default(),
            published.map(|d| d.to_string()).unwrap_or_default(),
            verdict.map(|v| v.rating().label).unwrap_or_default()
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
                    planner.review(incoming, file);
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
        for field in fields(data, &[RecordKind::Actor, RecordKind::Outlet]) {
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
        if let Some(claim) = &existing_claim {
            if let Some(reason) = self.already_imported(claim, incoming) {
                self.plan.skipped.push(Skipped {
                    from: from.origin,
                    reason,
                });
                return;
            }
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
            if let Some(id) = self.party(party, &language, &from) {
                if !claimants.contains(&id) {
                    claimants.push(id);
                }
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
        let (kind, guessed) = match party.kind {
            ClaimantKind::Person => (ActorKind::Person, false),
            ClaimantKind::Organization => (ActorKind::Organisation, false),
            ClaimantKind::Unknown => (ActorKind::Person, true),
        };
        let mut note = format!("Imported from {}.", from.origin);
        if guessed {
            note.push_str(" The source gives only a name: `kind` Person is a guess.");
        }
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
        if let Some(url) = &sighting.url {
            if let Some(id) = self.outlet_by_url(url) {
                self.matched(RecordKind::Outlet, url, &id, "url", from);
                return Some(id);
            }
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
/// digits only, joined by `-`.
fn slug(text: &str) -> String {
    const MAX_WORDS: usize = 6;
    const MAX_LEN: usize = 60;
    let mut out = String::new();
    let folded = fold(text);
    let words = folded
        .split(|c: char| !c.is_alphanumeric())
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS);
    for word in words {
        if !out.is_empty() && out.len() + 1 + word.len() > MAX_LEN {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word[..word.len().min(MAX_LEN)]);
    }
    out
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
            "more-than-3-000-homicides-were"
        );
        assert_eq!(slug("Nikol Paşinyan"), "nikol-pasinyan");
        assert_eq!(slug("صواريخ إسكندر"), "");
        assert_eq!(slug("İsgəndər"), "isgndr");
        assert!(slug(&"x".repeat(200)).len() <= 60);
    }

    #[test]
    fn fallback_ids_are_stable_and_distinct() {
        assert_eq!(fnv1a(""), 0x811c_9dc5);
        assert_ne!(fnv1a("اسكندر"), fnv1a("توس"));
    }
}
