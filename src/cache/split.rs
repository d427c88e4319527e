//! The data set cut for the load cache: a *core* (every record but the
//! sources and their statements) and one *chunk* per source (the source,
//! its text and its statements), with the lists of chunks each claim and
//! each actor or outlet takes part in. A command that reports on one claim
//! or one speaker then decodes the core and the few chunks it names, not
//! the whole data set ([`Focus`]).
//!
//! Decoding the core plus a set of chunks, in data order, gives a data set
//! that answers every question about what those chunks hold exactly as the
//! whole one does: the records keep their relative order, and every map is
//! rebuilt the way the load builds it ([`assemble`]). A store keeps chunks
//! only when that holds for the whole data set ([`split`]); otherwise the
//! core is the whole data set and there are no chunks.

use std::ops::Range;

use rayon::prelude::*;

use crate::lookup::resolve::resolved;
use crate::model::affiliation;
use crate::model::{Dataset, IdMap, RecordKind, Source, Statement};

/// What a command will read of the data, so that a snapshot decodes only
/// that. A claim, actor or outlet may be named by a name: it is resolved on
/// the core, which holds every such record, and one naming nothing reads no
/// chunk (the command's error comes from the core's names). Where a
/// source or a statement may be meant (`show`, `--source`), only an exact
/// id is focused; anything else reads everything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Focus {
    /// The whole data set.
    Everything,
    /// The whole data set and the search index: `search`. Other commands
    /// leave the index undecoded.
    Search,
    /// One claim's statements: `origins`, `trace`, `timeline` of it.
    Claim(String),
    /// Everything an actor or outlet and its members said or carried: `said`.
    Speaker(String),
    /// The record and everything it takes part in: `show` of an actor,
    /// outlet, entity or claim.
    Record(String),
    /// The statements passing filters that name records: `statements` with
    /// `--claim`, `--by`, `--outlet`, `--about` or `--source`. A statement
    /// passing them all lies in a chunk every narrowing needs.
    Statements(Vec<Narrowing>),
}

/// One filter of `statements` that names a record, and so the chunks its
/// statements can lie in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Narrowing {
    /// `--claim`: the chunks of the claim's statements.
    Claim(String),
    /// `--by`: the chunks where the actor or outlet takes part, and with
    /// `members` those of everything belonging to it.
    By {
        /// The actor or outlet.
        party: String,
        /// `--members`.
        members: bool,
    },
    /// `--outlet`: the chunks the outlet publishes, relays or speaks in.
    Outlet(String),
    /// `--about`: the chunks of the statements of claims about the record.
    About(String),
    /// `--source`: the source's own chunk.
    Source(String),
}

impl Narrowing {
    /// What the filter names and among which kinds the command resolves it,
    /// when those kinds are all in the core; `None` for `--source`, which
    /// only the chunks can resolve.
    fn in_core(&self) -> Option<(&str, &'static [RecordKind])> {
        match self {
            Narrowing::About(query) => Some((query, &RecordKind::TOPICS)),
            Narrowing::By { party, .. } => Some((party, &RecordKind::PARTIES)),
            Narrowing::Outlet(query) => Some((query, &[RecordKind::Outlet])),
            Narrowing::Claim(query) => Some((query, &[RecordKind::Claim])),
            Narrowing::Source(_) => None,
        }
    }
}

impl Focus {
    /// Whether the command focused so reads the graph as well as the data
    /// set: only `show` does.
    pub fn walks_graph(&self) -> bool {
        matches!(self, Focus::Everything | Focus::Search | Focus::Record(_))
    }
}

/// One source, as the snapshot keeps it apart.
#[derive(Debug, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
pub(super) struct Chunk {
    /// The source record.
    pub source: Source,
    /// Its document's text, when the data set holds it.
    pub text: Option<String>,
    /// Its statements, in data order.
    pub statements: Vec<Statement>,
}

impl Chunk {
    /// Whether the chunk fits `core`: its statements belong to its source,
    /// their claims and parties are in the core, their quotes lie inside the
    /// text on character boundaries, and the source's statement list names
    /// only statements the chunk holds. A checksum catches damage; this
    /// keeps a snapshot that decodes but does not fit (written by hand, or
    /// damaged with its checksums mended) from sending a query to a record
    /// that is not there.
    pub(super) fn fits(&self, core: &Dataset) -> bool {
        let known = |party: &crate::model::Party| match party.kind {
            RecordKind::Actor => core.actors.contains_key(&party.id),
            RecordKind::Outlet => core.outlets.contains_key(&party.id),
            _ => false,
        };
        let known_id = |id: &String| core.actors.contains_key(id) || core.outlets.contains_key(id);
        let quoted = |span: &Range<usize>| match &self.text {
            None => true,
            Some(text) => {
                span.start <= span.end
                    && text.is_char_boundary(span.start)
                    && text.is_char_boundary(span.end)
            }
        };
        self.source
            .outlet
            .as_ref()
            .is_none_or(|o| core.outlets.contains_key(o))
            && self.source.via.iter().all(known_id)
            && {
                let held: std::collections::HashSet<&str> =
                    self.statements.iter().map(|s| s.id.as_str()).collect();
                self.source
                    .statements
                    .iter()
                    .all(|id| held.contains(id.as_str()))
            }
            && self.statements.iter().all(|s| {
                s.source == self.source.id
                    && core.claims.contains_key(&s.claim)
                    && known(&s.speaker)
                    && s.relay.iter().all(known)
                    && quoted(&s.quote_span)
            })
    }
}

/// Where one chunk lies in the chunks section, and its checksum.
#[derive(Debug, Clone, Copy, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
pub(super) struct ChunkEntry {
    /// Offset from the section's start ([`super::ALIGN`]-aligned).
    pub start: u64,
    /// Length in bytes.
    pub len: u64,
    /// [`crate::load::inputs::content_hash`] of its bytes.
    pub hash: u128,
}

/// The chunks' table and who takes part in which.
#[derive(Debug, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
pub(super) struct ChunkIndex {
    /// Statements in the whole data set.
    pub statements: u64,
    /// One entry per chunk, in data order.
    pub chunks: Vec<ChunkEntry>,
    /// For each claim, in the core's claim order: the chunks holding one of
    /// its statements, ascending.
    pub claims: Vec<Vec<u32>>,
    /// For each actor, then each outlet, in the core's order: the chunks
    /// where it speaks, relays, publishes the document or is credited in
    /// its `via`, ascending.
    pub parties: Vec<Vec<u32>>,
    /// The id of each chunk's source, in chunk order.
    pub sources: Vec<String>,
}

/// The index's lists, natively or as the snapshot holds them.
pub(super) trait Lists {
    /// The chunks of the claim at `at` in the core's order.
    fn claim(&self, at: usize) -> Vec<u32>;
    /// The chunks of the actor or outlet at `at` ([`ChunkIndex::parties`]).
    fn party(&self, at: usize) -> Vec<u32>;
    /// The chunk of source `id`.
    fn source(&self, id: &str) -> Option<u32>;
}

impl Lists for ChunkIndex {
    fn claim(&self, at: usize) -> Vec<u32> {
        self.claims[at].clone()
    }

    fn party(&self, at: usize) -> Vec<u32> {
        self.parties[at].clone()
    }

    fn source(&self, id: &str) -> Option<u32> {
        self.sources
            .iter()
            .position(|s| s == id)
            .map(|at| at as u32)
    }
}

impl Lists for ArchivedChunkIndex {
    fn claim(&self, at: usize) -> Vec<u32> {
        self.claims[at].iter().map(|c| c.to_native()).collect()
    }

    fn party(&self, at: usize) -> Vec<u32> {
        self.parties[at].iter().map(|c| c.to_native()).collect()
    }

    fn source(&self, id: &str) -> Option<u32> {
        self.sources
            .iter()
            .position(|s| s.as_str() == id)
            .map(|at| at as u32)
    }
}

/// `data` cut into its core, its chunks' bytes and their index, or `None`
/// when the cut would not give the same data set back (records out of
/// source order, which only data with errors has).
pub(super) fn split(data: &Dataset) -> Option<(Dataset, Vec<rkyv::util::AlignedVec>, ChunkIndex)> {
    let runs = source_runs(data)?;
    if !texts_follow_sources(data) || !by_claim_is_rebuilt(data) {
        return None;
    }
    let bytes: Vec<rkyv::util::AlignedVec> = runs
        .par_iter()
        .enumerate()
        .map(|(i, run)| {
            // One chunk cloned at a time: the store never holds a second
            // copy of the data set.
            let (id, source) = data.sources.get_index(i).expect("a run per source");
            let chunk = Chunk {
                source: source.clone(),
                text: data.texts.get(id).cloned(),
                statements: data.statements[run.clone()].values().cloned().collect(),
            };
            rkyv::to_bytes::<rkyv::rancor::Error>(&chunk)
        })
        .collect::<Result<_, _>>()
        .ok()?;
    let mut chunks = Vec::with_capacity(bytes.len());
    let mut at = 0u64;
    for b in &bytes {
        chunks.push(ChunkEntry {
            start: at,
            len: b.len() as u64,
            hash: crate::load::inputs::content_hash(b),
        });
        at = (at + b.len() as u64).next_multiple_of(super::ALIGN as u64);
    }
    let mut claims = vec![Vec::new(); data.claims.len()];
    let mut parties = vec![Vec::new(); data.actors.len() + data.outlets.len()];
    let mark = |list: &mut Vec<u32>, chunk: u32| {
        if list.last() != Some(&chunk) {
            list.push(chunk);
        }
    };
    for (i, run) in runs.iter().enumerate() {
        let chunk = u32::try_from(i).ok()?;
        let source = &data.sources[i];
        let credited = source.outlet.iter().chain(&source.via);
        for party in credited {
            if let Some(at) = party_position(data, party) {
                mark(&mut parties[at], chunk);
            }
        }
        for s in data.statements[run.clone()].values() {
            if let Some(at) = data.claims.get_index_of(&s.claim) {
                mark(&mut claims[at], chunk);
            }
            for party in std::iter::once(&s.speaker).chain(&s.relay) {
                if let Some(at) = party_position(data, &party.id) {
                    mark(&mut parties[at], chunk);
                }
            }
        }
    }
    let core = Dataset {
        actors: data.actors.clone(),
        outlets: data.outlets.clone(),
        entities: data.entities.clone(),
        claims: data.claims.clone(),
        sources: IdMap::default(),
        statements: IdMap::default(),
        relations: data.relations.clone(),
        texts: IdMap::default(),
        reviews: data.reviews.clone(),
        external_reviews: data.external_reviews.clone(),
        publisher: data.publisher.clone(),
        ratings: data.ratings.clone(),
        rdf_base: data.rdf_base.clone(),
        by_claim: IdMap::default(),
        standings: data.standings.clone(),
    };
    let index = ChunkIndex {
        statements: data.statements.len() as u64,
        chunks,
        claims,
        parties,
        sources: data.sources.keys().cloned().collect(),
    };
    Some((core, bytes, index))
}

/// The range of statements of each source, in source order, when the
/// statements are grouped by source in that order.
fn source_runs(data: &Dataset) -> Option<Vec<Range<usize>>> {
    let statements: Vec<&Statement> = data.statements.values().collect();
    let mut runs = Vec::with_capacity(data.sources.len());
    let mut at = 0;
    for id in data.sources.keys() {
        let start = at;
        while statements.get(at).is_some_and(|s| &s.source == id) {
            at += 1;
        }
        runs.push(start..at);
    }
    (at == statements.len()).then_some(runs)
}

/// Whether the texts are keyed by sources, in source order.
fn texts_follow_sources(data: &Dataset) -> bool {
    data.texts.len()
        == data
            .sources
            .keys()
            .filter(|id| data.texts.contains_key(*id))
            .count()
        && data
            .sources
            .keys()
            .filter(|id| data.texts.contains_key(*id))
            .eq(data.texts.keys())
}

/// Whether [`Dataset::add_statement`], run over the statements in order,
/// gives `by_claim` back, keys and lists in the same order.
fn by_claim_is_rebuilt(data: &Dataset) -> bool {
    let mut rebuilt: IdMap<Vec<usize>> = IdMap::default();
    for (at, s) in data.statements.values().enumerate() {
        rebuilt.entry(s.claim.clone()).or_default().push(at);
    }
    rebuilt.len() == data.by_claim.len()
        && rebuilt
            .iter()
            .zip(&data.by_claim)
            .all(|((a, positions), (b, kept))| a == b && positions == kept)
}

/// Where `party` is in [`ChunkIndex::parties`].
fn party_position(data: &Dataset, party: &str) -> Option<usize> {
    data.actors.get_index_of(party).or_else(|| {
        data.outlets
            .get_index_of(party)
            .map(|at| data.actors.len() + at)
    })
}

/// The chunks `focus` needs, ascending, read from the core and the index's
/// lists; empty when the command will fail to resolve what it was given
/// (its error needs only the core); `None` when it needs everything: a
/// `show` or `--source` of anything but an exact id, whose resolving looks
/// at sources and statements too.
///
/// # Arguments
/// * `core` - the core data set, as [`split`] made it.
/// * `lists` - the chunk index.
pub(super) fn needed(core: &Dataset, focus: &Focus, lists: &impl Lists) -> Option<Vec<u32>> {
    let claim = |id: &str| core.claims.get_index_of(id).map(|at| lists.claim(at));
    let party = |id: &str| party_position(core, id).map(|at| lists.party(at));
    let with_members = |id: &str| {
        let mut chunks = party(id)?;
        for member in affiliation::members(core, id) {
            chunks.extend(party(&member).unwrap_or_default());
        }
        Some(chunks)
    };
    // The chunks of the claims about `id`, whatever its kind.
    let about = |id: &str| -> Vec<u32> {
        core.claims
            .values()
            .filter(|c| c.about.iter().any(|a| a == id))
            .flat_map(|c| claim(&c.id).unwrap_or_default())
            .collect()
    };
    // What the command will resolve `query` to among `kinds`, all of them
    // records the core holds, so the core alone answers: the command
    // resolves it again on the focused data set and finds the same record,
    // or fails the same way (a miss's suggestions are drawn from the same
    // names), having read nothing else.
    let named = |query: &str, kinds: &[RecordKind]| resolved(core, query, kinds);
    let mut chunks = match focus {
        Focus::Everything | Focus::Search => return None,
        Focus::Claim(query) => match named(query, &[RecordKind::Claim]) {
            Some(id) => claim(&id)?,
            None => Vec::new(),
        },
        // `said` counts its members' statements even without `--members`.
        Focus::Speaker(query) => match named(query, &RecordKind::PARTIES) {
            Some(id) => with_members(&id)?,
            None => Vec::new(),
        },
        // `show` resolves among every kind, sources and statements too,
        // which only the chunks hold: an exact id, or everything.
        Focus::Record(id) => match core.kind_of(id)? {
            RecordKind::Claim => claim(id)?,
            RecordKind::Actor | RecordKind::Outlet => party(id)?,
            RecordKind::Entity => about(id),
            RecordKind::Source | RecordKind::Statement => return None,
        },
        Focus::Statements(narrowings) => {
            // The filters naming records of the core. The command resolves
            // them before `--source`, so when one names nothing, the first
            // such in its order is its error, and the core alone gives it.
            let mut common: Option<Vec<u32>> = None;
            for narrowing in narrowings {
                let Some((query, kinds)) = narrowing.in_core() else {
                    continue;
                };
                let Some(id) = named(query, kinds) else {
                    return Some(Vec::new());
                };
                let mut chunks = match narrowing {
                    Narrowing::About(_) => about(&id),
                    Narrowing::By { members: true, .. } => with_members(&id)?,
                    Narrowing::By { .. } | Narrowing::Outlet(_) => party(&id)?,
                    Narrowing::Claim(_) => claim(&id)?,
                    Narrowing::Source(_) => continue,
                };
                chunks.sort_unstable();
                chunks.dedup();
                common = Some(match common {
                    None => chunks,
                    Some(kept) => kept
                        .into_iter()
                        .filter(|c| chunks.binary_search(c).is_ok())
                        .collect(),
                });
            }
            // A source is resolved last, among the sources only the chunks
            // hold: an exact id, or everything. The answer names it, so its
            // chunk is read even when none of its statements passes the
            // other filters (every statement passing them lies in it).
            let source = narrowings.iter().find_map(|n| match n {
                Narrowing::Source(id) => Some(id),
                _ => None,
            });
            match source {
                Some(id) => vec![lists.source(id)?],
                None => common?,
            }
        }
    };
    chunks.sort_unstable();
    chunks.dedup();
    Some(chunks)
}

/// The core with `chunks` added in order: the sources, their texts and
/// their statements, each map filled as the load fills it.
pub(super) fn assemble(mut core: Dataset, chunks: Vec<Chunk>) -> Dataset {
    // Reserved once: a million statements inserted into maps that grow by
    // doubling would be rehashed twenty times over.
    let statements = chunks.iter().map(|c| c.statements.len()).sum();
    core.statements.reserve(statements);
    core.sources.reserve(chunks.len());
    core.texts
        .reserve(chunks.iter().filter(|c| c.text.is_some()).count());
    core.by_claim.reserve(core.claims.len());
    for chunk in chunks {
        if let Some(text) = chunk.text {
            core.texts.insert(chunk.source.id.clone(), text);
        }
        core.sources.insert(chunk.source.id.clone(), chunk.source);
        for s in chunk.statements {
            core.add_statement(s);
        }
    }
    core
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::workspace::Workspace;

    fn bundled() -> Dataset {
        Workspace::open(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data")).data
    }

    fn decoded(bytes: &[rkyv::util::AlignedVec]) -> Vec<Chunk> {
        bytes
            .iter()
            .map(|b| rkyv::from_bytes::<Chunk, rkyv::rancor::Error>(b).unwrap())
            .collect()
    }

    /// The records of `data` that chunks hold, as JSON, in order.
    fn chunked_records(data: &Dataset) -> (Vec<String>, Vec<String>, Vec<String>, Vec<String>) {
        (
            data.sources
                .values()
                .map(|s| serde_json::to_string(s).unwrap())
                .collect(),
            data.statements
                .values()
                .map(|s| serde_json::to_string(s).unwrap())
                .collect(),
            data.texts.iter().map(|(k, v)| format!("{k}={v}")).collect(),
            data.by_claim
                .iter()
                .map(|(k, v)| format!("{k}={v:?}"))
                .collect(),
        )
    }

    #[test]
    fn the_core_and_every_chunk_give_the_data_set_back() {
        let data = bundled();
        let (core, bytes, index) = split(&data).expect("the bundled data is cut");
        assert_eq!(bytes.len(), data.sources.len());
        assert_eq!(index.statements as usize, data.statements.len());
        assert!(core.statements.is_empty() && core.sources.is_empty());
        let whole = assemble(core, decoded(&bytes));
        assert_eq!(chunked_records(&whole), chunked_records(&data));
        assert_eq!(whole.claims.len(), data.claims.len());
    }

    #[test]
    fn a_claim_needs_exactly_the_chunks_of_its_statements() {
        let data = bundled();
        let (core, bytes, index) = split(&data).unwrap();
        for claim in data.claims.keys() {
            let needed = needed(&core, &Focus::Claim(claim.clone()), &index).unwrap();
            let sources: Vec<&str> = needed
                .iter()
                .map(|&c| data.sources.get_index(c as usize).unwrap().0.as_str())
                .collect();
            let mut expected: Vec<&str> = data
                .statements_of(claim)
                .map(|s| s.source.as_str())
                .collect();
            expected.dedup();
            assert_eq!(sources, expected, "{claim}");
        }
        let focused = |focus: Focus| needed(&core, &focus, &index);
        assert_eq!(focused(Focus::Everything), None);
        // What names no claim is the command's error, which the core
        // alone gives; a claim's text is the claim.
        assert_eq!(
            focused(Focus::Claim("russia-mod".into())),
            Some(vec![]),
            "not a claim"
        );
        assert_eq!(focused(Focus::Claim("Iskander".into())), Some(vec![]));
        let (id, claim) = data.claims.first().unwrap();
        assert_eq!(
            focused(Focus::Claim(claim.text.clone())),
            focused(Focus::Claim(id.clone()))
        );
        assert_eq!(
            focused(Focus::Speaker("Sputnik".into())),
            focused(Focus::Speaker("sputnik".into()))
        );
        assert_eq!(
            focused(Focus::Record("s001-01".into())),
            None,
            "a statement"
        );
        let sputnik = focused(Focus::Speaker("sputnik".into())).unwrap();
        let carried: Vec<u32> = data
            .sources
            .values()
            .enumerate()
            .filter(|(i, s)| {
                s.outlet.as_deref() == Some("sputnik")
                    || s.via.iter().any(|v| v == "sputnik")
                    || data.statements[runs(&data)[*i].clone()].values().any(|st| {
                        st.speaker.id == "sputnik" || st.relay.iter().any(|r| r.id == "sputnik")
                    })
            })
            .map(|(i, _)| i as u32)
            .collect();
        assert!(!carried.is_empty());
        assert_eq!(sputnik, carried);
        assert_eq!(bytes.len(), data.sources.len());
    }

    fn runs(data: &Dataset) -> Vec<Range<usize>> {
        source_runs(data).unwrap()
    }

    #[test]
    fn statements_out_of_source_order_are_not_cut() {
        let mut data = bundled();
        let last = data.statements.len() - 1;
        data.statements.swap_indices(0, last);
        assert!(split(&data).is_none());
        let mut data = bundled();
        data.texts.reverse();
        assert!(split(&data).is_none());
        let mut data = bundled();
        let first = data.by_claim.keys().next().unwrap().clone();
        data.by_claim.get_mut(&first).unwrap().reverse();
        data.by_claim.get_mut(&first).unwrap().push(usize::MAX);
        assert!(split(&data).is_none());
    }

    #[test]
    fn a_chunk_that_names_what_its_core_lacks_does_not_fit() {
        let data = bundled();
        let (core, bytes, _) = split(&data).unwrap();
        let chunks = decoded(&bytes);
        assert!(chunks.iter().all(|c| c.fits(&core)));
        let spoiled = |spoil: &dyn Fn(&mut Chunk)| {
            let mut chunk = decoded(&bytes).remove(0);
            spoil(&mut chunk);
            chunk.fits(&core)
        };
        assert!(!spoiled(&|c| c.statements[0].claim = "no-such-claim".into()));
        assert!(!spoiled(
            &|c| c.statements[0].source = "another-source".into()
        ));
        assert!(!spoiled(&|c| c.statements[0].speaker.id = "nobody".into()));
        assert!(!spoiled(
            &|c| c.statements[0].speaker.kind = RecordKind::Claim
        ));
        assert!(!spoiled(&|c| c.source.outlet = Some("no-outlet".into())));
        assert!(!spoiled(&|c| c.source.via.push("nobody".into())));
        assert!(!spoiled(&|c| c
            .source
            .statements
            .push("s-elsewhere".into())));
        assert!(!spoiled(&|c| {
            let end = c.text.as_ref().map_or(0, String::len) + 1;
            c.statements[0].quote_span = 0..end;
        }));
    }

    #[test]
    fn statements_narrowed_by_records_answer_as_from_everything() {
        use crate::query::listing::Filter;
        use crate::query::statements::{StatementFilter, statements};
        let data = bundled();
        let (core, bytes, index) = split(&data).unwrap();
        let answer = |data: &Dataset, filter: &StatementFilter| {
            serde_json::to_string(&statements(data, filter)).unwrap()
        };
        let parties: Vec<String> = data
            .actors
            .keys()
            .chain(data.outlets.keys())
            .cloned()
            .collect();
        let mut filters: Vec<(Vec<Narrowing>, StatementFilter)> = Vec::new();
        for claim in data.claims.keys() {
            filters.push((
                vec![Narrowing::Claim(claim.clone())],
                StatementFilter {
                    claim: Some(claim.clone()),
                    ..Default::default()
                },
            ));
        }
        for party in &parties {
            for members in [false, true] {
                let listing = Filter {
                    by: Some(party.clone()),
                    members,
                    ..Default::default()
                };
                filters.push((
                    vec![Narrowing::By {
                        party: party.clone(),
                        members,
                    }],
                    StatementFilter {
                        listing,
                        ..Default::default()
                    },
                ));
            }
        }
        for outlet in data.outlets.keys() {
            for source in data.sources.keys() {
                let listing = Filter {
                    outlet: Some(outlet.clone()),
                    ..Default::default()
                };
                filters.push((
                    vec![
                        Narrowing::Outlet(outlet.clone()),
                        Narrowing::Source(source.clone()),
                    ],
                    StatementFilter {
                        listing,
                        source: Some(source.clone()),
                        ..Default::default()
                    },
                ));
            }
        }
        // `--about` takes an entity, an actor or an outlet.
        for topic in data.entities.keys().chain(&parties) {
            let listing = Filter {
                about: Some(topic.clone()),
                ..Default::default()
            };
            filters.push((
                vec![Narrowing::About(topic.clone())],
                StatementFilter {
                    listing,
                    ..Default::default()
                },
            ));
        }
        // Two narrowings whose chunks barely meet.
        let first = data.claims.keys().next().unwrap().clone();
        for party in &parties {
            let listing = Filter {
                by: Some(party.clone()),
                members: true,
                ..Default::default()
            };
            filters.push((
                vec![
                    Narrowing::Claim(first.clone()),
                    Narrowing::By {
                        party: party.clone(),
                        members: true,
                    },
                ],
                StatementFilter {
                    listing,
                    claim: Some(first.clone()),
                    ..Default::default()
                },
            ));
        }
        let mut fewer = 0;
        for (narrowings, filter) in &filters {
            let chunks = needed(&core, &Focus::Statements(narrowings.clone()), &index)
                .unwrap_or_else(|| panic!("{narrowings:?} names records exactly"));
            fewer += usize::from(chunks.len() < bytes.len());
            let chunks: Vec<Chunk> = chunks
                .iter()
                .map(|&at| decoded(&bytes[at as usize..=at as usize]).remove(0))
                .collect();
            let focused = assemble(decode_core(&core), chunks);
            assert_eq!(
                answer(&focused, filter),
                answer(&data, filter),
                "{narrowings:?}"
            );
        }
        assert!(
            fewer > filters.len() / 2,
            "most narrowings read less than everything"
        );
        let unnamed =
            |narrowing: Narrowing| needed(&core, &Focus::Statements(vec![narrowing]), &index);
        assert_eq!(unnamed(Narrowing::Claim("Iskander".into())), Some(vec![]));
        assert_eq!(
            unnamed(Narrowing::Outlet("russia-mod".into())),
            Some(vec![]),
            "not an outlet"
        );
        // Sources are resolved among the chunks: an exact id, or everything.
        assert_eq!(unnamed(Narrowing::Source("no-such-source".into())), None);
        let titled = data.sources.values().find_map(|s| s.title.clone()).unwrap();
        assert_eq!(unnamed(Narrowing::Source(titled)), None);
        assert_eq!(
            needed(
                &core,
                &Focus::Statements(vec![
                    Narrowing::Source(data.sources.keys().next().unwrap().clone()),
                    Narrowing::By {
                        party: "Sputnik".into(),
                        members: false
                    },
                ]),
                &index
            ),
            Some(vec![0]),
            "a name beside a source"
        );
    }

    /// A copy of `core` (the assembly consumes it).
    fn decode_core(core: &Dataset) -> Dataset {
        let bytes = rkyv::to_bytes::<rkyv::rancor::Error>(core).unwrap();
        rkyv::from_bytes::<Dataset, rkyv::rancor::Error>(&bytes).unwrap()
    }
}
