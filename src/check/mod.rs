//! The checking pass: turns raw records into a [`Dataset`], resolving every
//! reference and verifying every quote, and reports all problems it meets,
//! each tied to the text that causes it.

mod reviews;

use std::collections::{HashMap, HashSet};
use std::mem::take;
use std::path::Path;

use crate::diagnostic::{Code, Diagnostic};
use crate::load::parse::{Located, RawData};
use crate::load::progress::{Observer, Stage};
use crate::load::read::SourceTexts;
use crate::model::date::PartialDate;
use crate::model::{self, Dataset, Party, RecordKind, Stance};
use crate::raw;
use crate::source::files::{FileId, Location};
use crate::source::span::Spanned;
use crate::text::quote::{Folded, NearMatch, Normalised};
use crate::text::safe::printable_line;

/// A source's text as a missed quote's hint needs it: normalised for the
/// verbatim search and folded, each built only once a quote is missed.
struct SourceText<'t> {
    normalised: std::cell::OnceCell<Normalised>,
    original: &'t str,
    folded: std::cell::OnceCell<Folded>,
}

/// Where a source's quotes are in its text, looked up for every source at
/// once on all cores before the (sequential) checks use them: the verbatim
/// search is most of a check's cost and needs nothing but the text. The
/// normalised text is dropped as soon as its quotes are found (it holds an
/// offset per byte), so at most one per core is alive at a time.
struct QuotesFound {
    /// Whether the source's text was read.
    read: bool,
    /// Where each statement's quote is, in statement order.
    statements: Vec<Option<std::ops::Range<usize>>>,
    /// Where each background quote is, in order.
    background: Vec<Option<std::ops::Range<usize>>>,
}

impl QuotesFound {
    fn of(source: &raw::Source, texts: &SourceTexts) -> Self {
        let Some(text) = texts.get(&source.file.value) else {
            return QuotesFound {
                read: false,
                statements: Vec::new(),
                background: Vec::new(),
            };
        };
        let normalised = Normalised::new(text);
        QuotesFound {
            statements: source
                .statements
                .iter()
                .map(|s| normalised.find(&s.quote.value))
                .collect(),
            background: source
                .background
                .iter()
                .map(|b| normalised.find(&b.quote.value))
                .collect(),
            read: true,
        }
    }
}
use crate::text::suggest;

/// Checks `raw` and builds the data set; problems go to `diagnostics`.
///
/// `data_dir` anchors the relative `file` paths of sources.
pub fn analyze(raw: RawData, data_dir: &Path, diagnostics: &mut Vec<Diagnostic>) -> Dataset {
    analyze_observed(raw, data_dir, diagnostics, &())
}

/// [`analyze`], telling `observer` of the sources whose quotes were found
/// and of those checked ([`Stage::FindingQuotes`], [`Stage::Checking`]).
pub fn analyze_observed(
    mut raw: RawData,
    data_dir: &Path,
    diagnostics: &mut Vec<Diagnostic>,
    observer: &dyn Observer,
) -> Dataset {
    let mut failed = HashMap::new();
    for f in &raw.failed {
        failed
            .entry(f.id.clone())
            .or_insert_with(|| f.location.clone());
    }
    let mut analyzer = Analyzer {
        ids: crate::model::IdMap::default(),
        names: Vec::new(),
        suggesters: HashMap::new(),
        failed,
        diagnostics,
    };
    analyzer.register_all(&raw);
    let mut data = Dataset::default();
    // Each record's fields are moved into the model, not copied; what the
    // later checks still read (ids, `member_of`, `owner`) stays.
    for actor in &mut raw.actors {
        if let Some(a) = analyzer.actor(actor) {
            data.actors.insert(a.id.clone(), a);
        }
    }
    for outlet in &mut raw.outlets {
        if let Some(o) = analyzer.outlet(outlet) {
            data.outlets.insert(o.id.clone(), o);
        }
    }
    for entity in &mut raw.entities {
        if let Some(e) = analyzer.entity(entity) {
            data.entities.insert(e.id.clone(), e);
        }
    }
    for claim in &mut raw.claims {
        if let Some(c) = analyzer.claim(claim) {
            data.claims.insert(c.id.clone(), c);
        }
    }
    observer.begin(Stage::FindingQuotes, Some(raw.sources.len() as u64));
    let found: Vec<QuotesFound> = {
        use rayon::prelude::*;
        raw.sources
            .par_iter()
            .map(|r| {
                let found = QuotesFound::of(&r.record, &raw.texts);
                observer.advance(1);
                found
            })
            .collect()
    };
    observer.begin(Stage::Checking, Some(raw.sources.len() as u64));
    // The last source to cite a seed text takes the text into the model;
    // any before it copy it (so the seeds are not held twice).
    let mut later = HashSet::new();
    let mut last_to_cite = vec![false; raw.sources.len()];
    for (i, source) in raw.sources.iter().enumerate().rev() {
        last_to_cite[i] = later.insert(source.record.file.value.as_str());
    }
    drop(later);
    for ((source, found), last) in raw.sources.iter_mut().zip(found).zip(last_to_cite) {
        let text = raw.texts.take(&source.record.file.value, last);
        analyzer.source(source, text, found, data_dir, &mut data);
        observer.advance(1);
    }
    for relation in &raw.relations {
        if let Some(r) = analyzer.relation(relation) {
            data.relations.push(r);
        }
    }
    for review in &raw.reviews {
        if let Some(r) = analyzer.review(review, &data) {
            data.reviews.insert(r.claim.clone(), r);
        }
    }
    for review in &raw.external_reviews {
        if let Some(r) = analyzer.external_review(review) {
            data.external_reviews.push(r);
        }
    }
    data.publisher = raw.config.as_ref().and_then(|c| analyzer.config(c));
    if let Some(config) = &raw.config {
        data.ratings = analyzer.ratings(config);
    }
    data.rdf_base = raw.config.as_ref().and_then(|c| analyzer.rdf_base(c));
    analyzer.membership_cycles(&raw);
    analyzer.stance_conflicts(&data);
    data.standings = model::affiliation::standings(&data);
    // The raw records are not needed any more; freeing them record by
    // record is a tenth of a large load, so it happens on another core.
    rayon::spawn(move || drop(raw));
    data
}

struct Analyzer<'d> {
    /// Every id defined, with its kind and where it was first defined.
    ids: crate::model::IdMap<(RecordKind, Location)>,
    /// (id, name) pairs used for did-you-mean suggestions.
    names: Vec<(String, String)>,
    /// The names of each set of expected kinds, indexed once (after every
    /// record is registered) for all the suggestions of a run.
    suggesters: HashMap<Vec<RecordKind>, suggest::Index>,
    /// Ids written in records that failed to parse, with where.
    failed: HashMap<String, Location>,
    diagnostics: &'d mut Vec<Diagnostic>,
}

pub(crate) fn at(file: FileId, spanned: &Spanned<String>) -> Location {
    Location {
        file,
        span: spanned.span.clone(),
    }
}

fn with_article(noun: &str) -> String {
    let article = if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {noun}")
}

/// The hint for a quote that is in the text once folded: where, the passage
/// (from the source's own text, shortened) and the first words that differ.
fn near_hint(text: &str, quote: &str, near: &NearMatch) -> String {
    const LONGEST: usize = 60;
    let (line, col) = crate::source::files::line_col(text, near.passage.start);
    let passage = &text[near.passage.clone()];
    let shown: String = passage.chars().take(LONGEST).collect();
    let more = if shown.len() < passage.len() {
        "…"
    } else {
        ""
    };
    let differs = match &near.differs {
        Some((t, q)) => format!(
            "the text has «{}», the quote «{}»",
            &text[t.clone()],
            &quote[q.clone()]
        ),
        None => "only the punctuation between words differs".to_string(),
    };
    format!(
        "the text at {line}:{col} matches once hamza, diacritics, case and punctuation are ignored: «{shown}{more}»; {differs}; copy the quote from there"
    )
}

fn is_valid_id(id: &str) -> bool {
    let mut bytes = id.bytes();
    id.len() <= 128
        && bytes
            .next()
            .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && bytes.all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_' | b'.')
        })
}

impl Analyzer<'_> {
    fn error(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    fn register_all(&mut self, raw: &RawData) {
        let named = |names: &raw::Names, aliases: &[String]| -> Vec<String> {
            names.values().chain(aliases).cloned().collect()
        };
        let registry = raw
            .actors
            .iter()
            .map(|r| {
                (
                    r.location.file,
                    &r.record.id,
                    RecordKind::Actor,
                    named(&r.record.names, &r.record.aliases),
                )
            })
            .chain(raw.outlets.iter().map(|r| {
                (
                    r.location.file,
                    &r.record.id,
                    RecordKind::Outlet,
                    named(&r.record.names, &r.record.aliases),
                )
            }))
            .chain(raw.entities.iter().map(|r| {
                (
                    r.location.file,
                    &r.record.id,
                    RecordKind::Entity,
                    named(&r.record.names, &r.record.aliases),
                )
            }))
            .chain(raw.claims.iter().map(|r| {
                (
                    r.location.file,
                    &r.record.id,
                    RecordKind::Claim,
                    vec![r.record.text.clone()],
                )
            }));
        for (file, id, kind, names) in registry {
            self.register(file, id, kind, names);
        }
        for r in &raw.sources {
            let title = r.record.title.iter().cloned().collect();
            self.register(r.location.file, &r.record.id, RecordKind::Source, title);
            for statement in &r.record.statements {
                self.register(
                    r.location.file,
                    &statement.id,
                    RecordKind::Statement,
                    Vec::new(),
                );
            }
        }
    }

    fn register(
        &mut self,
        file: FileId,
        id: &Spanned<String>,
        kind: RecordKind,
        names: Vec<String>,
    ) {
        let location = at(file, id);
        if !is_valid_id(&id.value) {
            let rule = "ids are lowercase ASCII letters, digits, `-`, `_` and `.`, starting with a letter or digit, e.g. `shushan-stepanyan`";
            // A look-alike letter is the likeliest cause of an id that
            // reads right: say which one.
            let hint = match crate::text::safe::mixed_script(&id.value) {
                Some((c, script)) => format!(
                    "the id mixes Latin with {script} letters: U+{:04X} looks like a Latin letter but is {script}; {rule}",
                    c as u32
                ),
                None => rule.to_string(),
            };
            self.error(
                Diagnostic::error(Code::BadId, format!("`{}` is not a valid id", id.value))
                    .at(location, "invalid id")
                    .hint(hint),
            );
            return;
        }
        if let Some((first_kind, first)) = self.ids.get(&id.value) {
            let first = first.clone();
            let first_kind = first_kind.name();
            self.error(
                Diagnostic::error(
                    Code::DuplicateId,
                    format!("id `{}` is defined twice", id.value),
                )
                .at(
                    location,
                    format!("second definition ({})", with_article(kind.name())),
                )
                .related(
                    first,
                    format!("first defined here ({})", with_article(first_kind)),
                )
                .hint("ids are shared by all kinds of record; rename one of them"),
            );
            return;
        }
        self.names.push((id.value.clone(), id.value.clone()));
        self.names
            .extend(names.into_iter().map(|n| (id.value.clone(), n)));
        self.ids.insert(id.value.clone(), (kind, location));
    }

    /// Resolves a reference that must name a record of one of `expected` kinds.
    fn reference(
        &mut self,
        file: FileId,
        spanned: &Spanned<String>,
        expected: &[RecordKind],
        field: &str,
    ) -> Option<RecordKind> {
        // Only an error needs the expected kinds in words.
        let wanted = || {
            expected
                .iter()
                .map(|k| k.name())
                .collect::<Vec<_>>()
                .join(" or ")
        };
        match self.ids.get(&spanned.value) {
            Some((kind, _)) if expected.contains(kind) => Some(*kind),
            Some((kind, defined)) => {
                let defined = defined.clone();
                let kind = kind.name();
                self.error(
                    Diagnostic::error(
                        Code::WrongKind,
                        format!(
                            "`{field}` must name {}, but `{}` is {}",
                            with_article(&wanted()),
                            spanned.value,
                            with_article(kind)
                        ),
                    )
                    .at(at(file, spanned), with_article(kind))
                    .related(defined, "defined here")
                    .hint(format!("give the id of {}", with_article(&wanted()))),
                );
                None
            }
            None if self.failed.contains_key(&spanned.value) => {
                let defined = self.failed[&spanned.value].clone();
                self.error(
                    Diagnostic::warning(
                        Code::UnparsedReference,
                        format!(
                            "`{field}` refers to `{}`, which is defined in a record that failed to parse",
                            spanned.value
                        ),
                    )
                    .at(at(file, spanned), "defined in a record that failed to parse")
                    .related(defined, "defined here, in a record with an error")
                    .hint("fix the error in that record; this reference is checked once it parses, and until then the record making it is left out"),
                );
                None
            }
            None => {
                let (ids, names) = (&self.ids, &self.names);
                let index = self.suggesters.entry(expected.to_vec()).or_insert_with(|| {
                    suggest::Index::new(
                        names
                            .iter()
                            .filter(|(id, _)| {
                                ids.get(id).is_some_and(|(k, _)| expected.contains(k))
                            })
                            .map(|(id, name)| (id.as_str(), name.as_str())),
                    )
                });
                let suggestions = index.closest(&spanned.value, 3);
                let hint = suggest::did_you_mean(&suggestions).unwrap_or_else(|| {
                    format!(
                        "define {} with id `{}`, or fix the spelling",
                        with_article(&wanted()),
                        spanned.value
                    )
                });
                self.error(
                    Diagnostic::error(
                        Code::DanglingReference,
                        format!(
                            "`{field}` refers to unknown {} `{}`",
                            wanted(),
                            spanned.value
                        ),
                    )
                    .at(at(file, spanned), "not defined anywhere")
                    .hint(hint),
                );
                None
            }
        }
    }

    fn party(&mut self, file: FileId, spanned: &Spanned<String>, field: &str) -> Option<Party> {
        let kind = self.reference(file, spanned, &RecordKind::PARTIES, field)?;
        Some(Party {
            kind,
            id: spanned.value.clone(),
        })
    }

    fn date(&mut self, file: FileId, spanned: &Option<Spanned<String>>) -> Option<PartialDate> {
        let spanned = spanned.as_ref()?;
        match PartialDate::parse(&spanned.value) {
            Ok(date) => Some(date),
            Err(why) => {
                self.error(
                    Diagnostic::error(
                        Code::BadDate,
                        format!("`{}` is not a date: {why}", spanned.value),
                    )
                    .at(at(file, spanned), "bad date")
                    .hint("write YYYY, YYYY-MM or YYYY-MM-DD, e.g. \"2020-09-28\""),
                );
                None
            }
        }
    }

    /// A warning when `text` (a name or a quote, at `location`) holds an
    /// invisible or reordering character, or a word mixing Latin with
    /// look-alike Cyrillic or Greek letters: text that displays other than
    /// it reads and matches (Trojan Source, homoglyphs).
    fn hygiene(&mut self, location: Location, what: &str, text: &str) {
        use crate::text::safe::{first_invisible, mixed_script};
        if let Some(c) = first_invisible(text) {
            self.error(
                Diagnostic::warning(
                    Code::InvisibleCharacter,
                    format!("{what} holds the invisible character U+{:04X}", c as u32),
                )
                .at(location.clone(), "invisible or reordering character in here")
                .hint("bidirectional controls and zero-width characters make text display other than it reads; delete it (retype the text if unsure)"),
            );
        }
        if let Some((c, script)) = mixed_script(text) {
            self.error(
                Diagnostic::warning(
                    Code::MixedScript,
                    format!(
                        "{what} mixes Latin with {script} letters (U+{:04X})",
                        c as u32
                    ),
                )
                .at(location, format!("{script} letter among Latin ones"))
                .hint("a look-alike letter from another script makes a name that reads the same but matches nothing; retype the word"),
            );
        }
    }

    fn require_names(&mut self, file: FileId, id: &Spanned<String>, names: &raw::Names) -> bool {
        for (language, name) in names {
            self.hygiene(
                at(file, id),
                &format!("the {} name of `{}`", printable_line(language), id.value),
                name,
            );
        }
        if names.values().any(|n| !n.trim().is_empty()) {
            return true;
        }
        self.error(
            Diagnostic::error(Code::MissingName, format!("`{}` has no name", id.value))
                .at(at(file, id), "nameless record")
                .hint("add names: { \"en\": \"…\", \"ar\": \"…\" }"),
        );
        false
    }

    fn actor(&mut self, r: &mut Located<raw::Actor>) -> Option<model::Actor> {
        let (file, a) = (r.location.file, &mut r.record);
        let named = self.require_names(file, &a.id, &a.names);
        let member_of = match &a.member_of {
            Some(m) => Some(
                self.reference(file, m, &[RecordKind::Actor], "member_of")
                    .map(|_| m.value.clone())?,
            ),
            None => None,
        };
        named.then(|| model::Actor {
            id: a.id.value.clone(),
            kind: a.kind,
            names: take(&mut a.names),
            aliases: take(&mut a.aliases),
            country: take(&mut a.country),
            side: take(&mut a.side),
            role: take(&mut a.role),
            member_of,
            note: take(&mut a.note),
            location: r.location.clone(),
        })
    }

    fn outlet(&mut self, r: &mut Located<raw::Outlet>) -> Option<model::Outlet> {
        let (file, o) = (r.location.file, &mut r.record);
        let named = self.require_names(file, &o.id, &o.names);
        let owner = match &o.owner {
            Some(owner) => Some(self.party(file, owner, "owner")?),
            None => None,
        };
        named.then(|| model::Outlet {
            id: o.id.value.clone(),
            kind: o.kind,
            names: take(&mut o.names),
            aliases: take(&mut o.aliases),
            country: take(&mut o.country),
            languages: take(&mut o.languages),
            url: take(&mut o.url),
            owner,
            state_affiliation: take(&mut o.state_affiliation),
            note: take(&mut o.note),
            location: r.location.clone(),
        })
    }

    fn entity(&mut self, r: &mut Located<raw::Entity>) -> Option<model::Entity> {
        let (file, e) = (r.location.file, &mut r.record);
        self.require_names(file, &e.id, &e.names)
            .then(|| model::Entity {
                id: e.id.value.clone(),
                kind: e.kind,
                names: take(&mut e.names),
                aliases: take(&mut e.aliases),
                note: take(&mut e.note),
                location: r.location.clone(),
            })
    }

    fn claim(&mut self, r: &mut Located<raw::Claim>) -> Option<model::Claim> {
        let (file, c) = (r.location.file, &mut r.record);
        let mut ok = true;
        for about in &c.about {
            ok &= self
                .reference(file, about, &RecordKind::TOPICS, "about")
                .is_some();
        }
        let any = [
            RecordKind::Actor,
            RecordKind::Outlet,
            RecordKind::Entity,
            RecordKind::Claim,
        ];
        let triple = match &c.triple {
            Some(t) => {
                ok &= self.reference(file, &t.subject, &any, "subject").is_some();
                if let Some(object) = &t.object {
                    ok &= self.reference(file, object, &any, "object").is_some();
                }
                Some(model::Triple {
                    subject: t.subject.value.clone(),
                    predicate: t.predicate.clone(),
                    object: t.object.as_ref().map(|o| o.value.clone()),
                })
            }
            None => None,
        };
        ok.then(|| model::Claim {
            id: c.id.value.clone(),
            kind: c.kind,
            text: take(&mut c.text),
            original: take(&mut c.original),
            about: c.about.iter_mut().map(|a| take(&mut a.value)).collect(),
            triple,
            tags: take(&mut c.tags),
            note: take(&mut c.note),
            location: r.location.clone(),
        })
    }

    fn source(
        &mut self,
        r: &mut Located<raw::Source>,
        text: Option<String>,
        found: QuotesFound,
        data_dir: &Path,
        data: &mut Dataset,
    ) {
        // The statements are moved into the model, not copied.
        let raw_statements = std::mem::take(&mut r.record.statements);
        let (file, s) = (r.location.file, &r.record);
        let outlet = s.outlet.as_ref().and_then(|o| {
            self.reference(file, o, &[RecordKind::Outlet], "outlet")
                .map(|_| o.value.clone())
        });
        let via: Vec<String> = s
            .via
            .iter()
            .filter_map(|v| self.party(file, v, "via").map(|p| p.id))
            .collect();
        let date = self.date(file, &s.date);
        let QuotesFound {
            read,
            statements: in_text,
            background: background_in_text,
        } = found;
        let normalised = text.as_deref().filter(|_| read).map(|t| SourceText {
            normalised: std::cell::OnceCell::new(),
            original: t,
            folded: std::cell::OnceCell::new(),
        });
        let normalised = normalised.as_ref();
        let mut statements = Vec::new();
        for (i, statement) in raw_statements.into_iter().enumerate() {
            let found = normalised.map(|text| (text, in_text[i].clone()));
            if let Some(built) = self.statement(file, statement, s, found) {
                statements.push(built.id.clone());
                data.add_statement(built);
            }
        }
        let background = s
            .background
            .iter()
            .zip(background_in_text)
            .filter(|(b, found)| {
                normalised
                    .is_none_or(|text| self.quote(file, &b.quote, text, found.clone()).is_some())
            })
            .map(|(b, _)| b)
            .map(|b| model::Background {
                quote: b.quote.value.clone(),
                kind: b.kind,
                note: b.note.clone(),
            })
            .collect();
        let source = model::Source {
            id: s.id.value.clone(),
            file: data_dir.join(&s.file.value),
            outlet,
            via,
            date,
            language: s.language.clone(),
            title: s.title.clone(),
            author: s.author.clone(),
            url: s.url.clone(),
            note: s.note.clone(),
            statements,
            background,
            location: r.location.clone(),
        };
        if let Some(text) = text {
            data.texts.insert(source.id.clone(), text);
        }
        data.sources.insert(source.id.clone(), source);
    }

    fn statement(
        &mut self,
        file: FileId,
        s: raw::Statement,
        source: &raw::Source,
        text: Option<(&SourceText<'_>, Option<std::ops::Range<usize>>)>,
    ) -> Option<model::Statement> {
        let claim = self.reference(file, &s.claim, &[RecordKind::Claim], "claim");
        let speaker = self.party(file, &s.speaker, "speaker");
        let relay: Vec<Option<Party>> = s
            .relay
            .iter()
            .map(|r| self.party(file, r, "relay"))
            .collect();
        let date = self.date(file, &s.date);
        self.relay_loop(file, &s, source);
        let quote_span = match text {
            Some((text, found)) => self.quote(file, &s.quote, text, found),
            None => Some(0..0),
        };
        let relay = relay.into_iter().collect::<Option<Vec<_>>>()?;
        claim?;
        let location = at(file, &s.id);
        Some(model::Statement {
            id: s.id.value,
            source: source.id.value.clone(),
            claim: s.claim.value,
            speaker: speaker?,
            stance: s.stance,
            relay,
            channel: s.channel,
            date,
            quote: s.quote.value,
            translation: s.translation,
            note: s.note,
            quote_span: quote_span?,
            location,
        })
    }

    /// A chain runs publisher → relays → speaker; no one may appear twice.
    /// The publisher speaking in its own voice, with no relay, is no loop.
    fn relay_loop(&mut self, file: FileId, s: &raw::Statement, source: &raw::Source) {
        let own_voice = s.relay.is_empty()
            && source
                .outlet
                .as_ref()
                .is_some_and(|o| o.value == s.speaker.value);
        if own_voice {
            return;
        }
        let chain: Vec<&Spanned<String>> = source
            .outlet
            .iter()
            .chain(&s.relay)
            .chain([&s.speaker])
            .collect();
        let mut seen: HashMap<&str, &Spanned<String>> = HashMap::new();
        for hop in chain {
            if let Some(first) = seen.get(hop.value.as_str()) {
                let role = if std::ptr::eq(hop, &s.speaker) {
                    "the speaker"
                } else {
                    "a relay"
                };
                self.error(
                    Diagnostic::error(Code::RelayLoop, format!("relay chain of `{}` loops through `{}`", s.id.value, hop.value))
                        .at(at(file, hop), format!("`{}` appears again here, as {role}", hop.value))
                        .related(at(file, first), "first appearance in the chain")
                        .hint("a chain runs from the publishing outlet through each relay to the speaker, nearest first; list each party once"),
                );
                return;
            }
            seen.insert(&hop.value, hop);
        }
    }

    fn quote(
        &mut self,
        file: FileId,
        quote: &Spanned<String>,
        source: &SourceText<'_>,
        found: Option<std::ops::Range<usize>>,
    ) -> Option<std::ops::Range<usize>> {
        self.hygiene(at(file, quote), "the quote", &quote.value);
        if found.is_some() {
            return found;
        }
        let original = source.original;
        let text = source.normalised.get_or_init(|| Normalised::new(original));
        let chars: Vec<char> = quote.value.trim().chars().collect();
        let (mut lo, mut hi) = (0, chars.len());
        while lo < hi {
            let mid = (lo + hi).div_ceil(2);
            let prefix: String = chars[..mid].iter().collect();
            if text.find(&prefix).is_some() {
                lo = mid
            } else {
                hi = mid - 1
            }
        }
        let folded = source.folded.get_or_init(|| Folded::new(original));
        let hint = if let Some(near) = folded.near_match(original, &quote.value) {
            near_hint(original, &quote.value, &near)
        } else if lo >= 3 {
            let matched: String = chars[..lo].iter().collect();
            let rest: String = chars[lo..].iter().take(20).collect();
            format!(
                "the first {lo} characters («{matched}») are in the source, but it differs from «{rest}» on; copy the quote verbatim (only whitespace and quote-mark style may differ)"
            )
        } else {
            "copy the quote verbatim from the source text (only whitespace and quote-mark style may differ)".to_string()
        };
        self.error(
            Diagnostic::error(Code::QuoteNotFound, "quote not found in its source text")
                .at(at(file, quote), "not in the source")
                .hint(hint),
        );
        None
    }

    fn relation(&mut self, r: &Located<raw::Relation>) -> Option<model::Relation> {
        let (file, rel) = (r.location.file, &r.record);
        let from = self.reference(file, &rel.from, &[RecordKind::Claim], "from");
        let to = self.reference(file, &rel.to, &[RecordKind::Claim], "to");
        let grounds: Vec<_> = rel
            .grounds
            .iter()
            .map(|g| {
                self.reference(
                    file,
                    g,
                    &[RecordKind::Statement, RecordKind::Source],
                    "grounds",
                )
            })
            .collect();
        if rel.from.value == rel.to.value {
            self.error(
                Diagnostic::error(
                    Code::SelfRelation,
                    format!("claim `{}` is related to itself", rel.from.value),
                )
                .at(at(file, &rel.to), "same claim as `from`")
                .hint("a relation joins two different claims"),
            );
            return None;
        }
        (from.is_some() && to.is_some() && grounds.iter().all(Option::is_some)).then(|| {
            model::Relation {
                kind: rel.kind,
                from: rel.from.value.clone(),
                to: rel.to.value.clone(),
                note: rel.note.clone(),
                grounds: rel.grounds.iter().map(|g| g.value.clone()).collect(),
                location: r.location.clone(),
            }
        })
    }

    /// Reports each `member_of` cycle once, at the smallest id in it.
    fn membership_cycles(&mut self, raw: &RawData) {
        let parent: HashMap<&str, (&Spanned<String>, FileId)> = raw
            .actors
            .iter()
            .filter_map(|a| {
                a.record
                    .member_of
                    .as_ref()
                    .map(|m| (a.record.id.value.as_str(), (m, a.location.file)))
            })
            .collect();
        let mut reported: HashSet<&str> = HashSet::new();
        for start in raw.actors.iter().map(|a| a.record.id.value.as_str()) {
            let mut path = vec![start];
            let mut current = start;
            while let Some((next, _)) = parent.get(current) {
                current = next.value.as_str();
                if let Some(at_index) = path.iter().position(|p| *p == current) {
                    let cycle = &path[at_index..];
                    let first = *cycle.iter().min().expect("a cycle has members");
                    if reported.insert(first) {
                        let (member_of, file) = parent[first];
                        let shown = cycle
                            .iter()
                            .chain([&cycle[0]])
                            .map(|c| format!("`{c}`"))
                            .collect::<Vec<_>>()
                            .join(" → ");
                        self.error(
                            Diagnostic::error(Code::MembershipCycle, format!("member_of goes round in a circle: {shown}"))
                                .at(at(file, member_of), "this link closes the circle")
                                .hint("an organisation cannot be, directly or indirectly, a member of its own member"),
                        );
                    }
                    break;
                }
                path.push(current);
            }
        }
    }

    fn stance_conflicts(&mut self, data: &Dataset) {
        let mut first: HashMap<(&str, &str, Stance), &model::Statement> = HashMap::new();
        for s in data.statements.values() {
            first
                .entry((s.speaker.id.as_str(), s.claim.as_str(), s.stance))
                .or_insert(s);
        }
        for s in data
            .statements
            .values()
            .filter(|s| s.stance == Stance::Denies)
        {
            if let Some(affirm) =
                first.get(&(s.speaker.id.as_str(), s.claim.as_str(), Stance::Affirms))
            {
                self.error(
                    Diagnostic::warning(
                        Code::StanceConflict,
                        format!("`{}` both affirms and denies claim `{}`", s.speaker.id, s.claim),
                    )
                    .at(s.location.clone(), "denies here")
                    .related(affirm.location.clone(), "affirms here")
                    .hint("if the speaker changed position, say so in `note`; otherwise check the stance"),
                );
            }
        }
    }
}
