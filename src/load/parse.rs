//! Reading a data directory: finding its RON files and parsing each record,
//! reporting every syntax error at once instead of stopping at the first,
//! then reading the seed texts the sources cite ([`super::read`]).
//!
//! Layout ([`super::layout`]): `actors.ron`, `outlets.ron`, `entities.ron`,
//! `claims.ron` and `relations.ron` (or folders of those names holding
//! `*.ron` files) are lists of records; each file under `sources/` holds one
//! `Source` and each file under `reviews/` one `Review`; `external-reviews.ron`
//! and `external-reviews/*.ron` are lists of `ExternalReview`s, and
//! `claimgraph.toml` the desk's settings.

use std::ops::Range;
use std::path::Path;

use ron::Options;
use ron::extensions::Extensions;
use serde::de::DeserializeOwned;

use crate::diagnostic::{Code, Diagnostic};
use crate::load::layout::{DataLayout, FileKind};
use crate::load::limits::Limits;
use crate::load::progress::{Observer, Stage};
use crate::load::read::{
    Reader, Roots, SourceTexts, read, ron_files, source_texts, warn_unknown_files,
};
use crate::raw;
use crate::source::files::{FileId, Files, Location, offset_of};
use crate::source::span::with_spans;

/// A parsed record and where it was written.
#[derive(Debug)]
pub struct Located<T> {
    /// Where the record was written.
    pub location: Location,
    /// The record, as written.
    pub record: T,
}

/// Every record of a data directory, as written.
#[derive(Debug, Default)]
pub struct RawData {
    /// The actors, in file order.
    pub actors: Vec<Located<raw::Actor>>,
    /// The outlets, in file order.
    pub outlets: Vec<Located<raw::Outlet>>,
    /// The entities, in file order.
    pub entities: Vec<Located<raw::Entity>>,
    /// The claims, in file order.
    pub claims: Vec<Located<raw::Claim>>,
    /// The relations, in file order.
    pub relations: Vec<Located<raw::Relation>>,
    /// The sources, in file order.
    pub sources: Vec<Located<raw::Source>>,
    /// The reviews, in file order.
    pub reviews: Vec<Located<raw::Review>>,
    /// Other desks' reviews, in file order.
    pub external_reviews: Vec<Located<raw::ExternalReview>>,
    /// The desk's settings, `claimgraph.toml`, when the file exists and parses.
    pub config: Option<Located<raw::Config>>,
    /// The seed texts the sources cite, by their `file` as written.
    pub texts: SourceTexts,
    /// The ids still legible in records that failed to parse, so that the
    /// checks can tell "defined, but broken" from "not defined anywhere".
    pub failed: Vec<FailedId>,
    /// The limits the data was read within (the defaults, with
    /// `claimgraph.toml`'s `[limits]`).
    pub limits: Limits,
    /// Everything the load read or looked for, for the load cache.
    pub inputs: crate::load::inputs::Inputs,
}

/// What parsing one file gives: its records and its diagnostics.
#[derive(Default)]
struct Parsed {
    data: RawData,
    diagnostics: Vec<Diagnostic>,
}

impl RawData {
    /// Moves the records and failed ids of `other` to the end of `self`'s.
    fn append(&mut self, other: &mut RawData) {
        self.actors.append(&mut other.actors);
        self.outlets.append(&mut other.outlets);
        self.entities.append(&mut other.entities);
        self.claims.append(&mut other.claims);
        self.relations.append(&mut other.relations);
        self.sources.append(&mut other.sources);
        self.reviews.append(&mut other.reviews);
        self.external_reviews.append(&mut other.external_reviews);
        self.failed.append(&mut other.failed);
    }
}

/// An id written in a record that failed to parse (`id: "…"` at any depth
/// of the record's text, so a broken source also lists its statements).
#[derive(Debug, Clone)]
pub struct FailedId {
    /// The id, as written.
    pub id: String,
    /// Where the id's string literal is.
    pub location: Location,
}

/// Reads and parses every RON file under `dir`: first `claimgraph.toml`
/// (with the default limits), whose `[limits]` and `[paths]` then apply to
/// every other file.
pub fn load(dir: &Path, files: &mut Files, diagnostics: &mut Vec<Diagnostic>) -> RawData {
    load_observed(dir, files, diagnostics, &())
}

/// [`load`], telling `observer` of the files read and parsed and the texts
/// read ([`Stage::Reading`], [`Stage::Parsing`], [`Stage::ReadingTexts`]).
pub fn load_observed(
    dir: &Path,
    files: &mut Files,
    diagnostics: &mut Vec<Diagnostic>,
    observer: &dyn Observer,
) -> RawData {
    let mut data = RawData::default();
    let root = std::fs::canonicalize(dir).ok().filter(|root| root.is_dir());
    data.inputs = crate::load::inputs::Inputs::begin();
    data.inputs.root(dir, root.as_deref());
    let root = match root {
        Some(root) => root,
        None => {
            diagnostics.push(
                Diagnostic::error(Code::Io, format!("data directory {} not found", dir.display()))
                    .hint("pass --data DIR or set CLAIMGRAPH_DATA to a folder holding actors.ron, claims.ron and sources/"),
            );
            return data;
        }
    };
    let layout = DataLayout::new(dir);
    let parent = root.parent().unwrap_or(&root).to_path_buf();
    let roots = Roots {
        data: root.clone(),
        project: parent.clone(),
    };
    let mut reader = Reader::new(roots, Limits::default());
    reader.inputs = std::mem::take(&mut data.inputs);
    data.config = read_config(&layout, &mut reader, files, diagnostics);
    let config = data.config.as_ref().map(|c| &c.record);
    reader.limits = Limits::from_config(config.and_then(|c| c.limits.as_ref()));
    if let Some(project) = config
        .and_then(|c| c.paths.as_ref())
        .and_then(|p| p.project.as_deref())
    {
        match project {
            "." => reader.roots.project = root.clone(),
            ".." => {}
            other => diagnostics.push(
                Diagnostic::error(
                    Code::OutsideRoot,
                    format!("[paths] project = \"{other}\" in claimgraph.toml is refused"),
                )
                .hint("the project root is the data directory's parent (\"..\", the default) or the data directory itself (\".\"); the data cannot widen it"),
            ),
        }
    }
    data.limits = reader.limits;
    let mut listed = Vec::new();
    for kind in FileKind::ALL {
        let mut paths = Vec::new();
        // Whatever the registry file is (a link, a directory, a FIFO), the
        // reader decides; only its absence is silent.
        if let Some(single) = layout.registry_file(kind) {
            if std::fs::symlink_metadata(&single).is_ok() {
                paths.push(single);
            } else {
                reader.inputs.not_read(&single);
            }
        }
        // A folder that cannot be listed is said just before its kind's
        // files are read, as when each kind was listed and read in turn.
        let mut unlisted = Vec::new();
        paths.extend(ron_files(
            &layout.folder(kind),
            &mut unlisted,
            &mut reader.inputs,
        ));
        listed.push((kind, paths, unlisted));
    }
    let mut known = Vec::new();
    let mut pending = Vec::new();
    observer.begin(
        Stage::Reading,
        Some(listed.iter().map(|(_, paths, _)| paths.len() as u64).sum()),
    );
    for (kind, paths, mut unlisted) in listed {
        diagnostics.append(&mut unlisted);
        for path in paths {
            known.push(path.clone());
            if let Some(file) = read(&path, &mut reader, files, diagnostics) {
                pending.push((kind, file));
            }
            observer.advance(1);
        }
    }
    observer.begin(Stage::Parsing, Some(pending.len() as u64));
    // Reading stays in one thread (the limits count files and bytes in
    // order); parsing is independent per file, so it runs on every core and
    // the results are appended in reading order, the same order whatever the
    // number of threads.
    let parsed: Vec<Parsed> = {
        use rayon::prelude::*;
        let files = &*files;
        pending
            .par_iter()
            .map(|&(kind, file)| {
                let mut parsed = Parsed::default();
                parse_file(kind, file, files, &mut parsed.data, &mut parsed.diagnostics);
                observer.advance(1);
                parsed
            })
            .collect()
    };
    for mut parsed in parsed {
        data.append(&mut parsed.data);
        diagnostics.append(&mut parsed.diagnostics);
    }
    warn_unknown_files(dir, &known, files, diagnostics, &mut reader.inputs);
    observer.begin(Stage::ReadingTexts, Some(data.sources.len() as u64));
    data.texts = source_texts(&layout, &mut reader, &data.sources, diagnostics, observer);
    data.inputs = reader.inputs;
    data
}

fn parse_file(
    kind: FileKind,
    file: FileId,
    files: &Files,
    data: &mut RawData,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let text = files.get(file).text.as_str();
    match kind {
        FileKind::Actors => data.actors.extend(parse_list(
            file,
            text,
            "Actor",
            diagnostics,
            &mut data.failed,
        )),
        FileKind::Outlets => data.outlets.extend(parse_list(
            file,
            text,
            "Outlet",
            diagnostics,
            &mut data.failed,
        )),
        FileKind::Entities => data.entities.extend(parse_list(
            file,
            text,
            "Entity",
            diagnostics,
            &mut data.failed,
        )),
        FileKind::Claims => data.claims.extend(parse_list(
            file,
            text,
            "Claim",
            diagnostics,
            &mut data.failed,
        )),
        FileKind::Relations => data.relations.extend(parse_list(
            file,
            text,
            "Relation",
            diagnostics,
            &mut data.failed,
        )),
        FileKind::Sources => {
            data.sources
                .extend(parse_source(file, text, diagnostics, &mut data.failed))
        }
        FileKind::Reviews => {
            let review = parse_one(file, text, 0..text.len(), diagnostics);
            if review.is_none() {
                data.failed.extend(failed_ids(file, text, 0..text.len()));
            }
            data.reviews.extend(review)
        }
        FileKind::ExternalReviews => data.external_reviews.extend(parse_list(
            file,
            text,
            "ExternalReview",
            diagnostics,
            &mut data.failed,
        )),
    }
}

/// `claimgraph.toml`, when it exists; a file that is not valid TOML or has
/// unknown keys is a syntax error at the offending text.
fn read_config(
    layout: &DataLayout,
    reader: &mut Reader,
    files: &mut Files,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Located<raw::Config>> {
    let path = layout.config();
    if std::fs::symlink_metadata(&path).is_err() {
        reader.inputs.not_read(&path);
        return None;
    }
    let file = read(&path, reader, files, diagnostics)?;
    let text = files.get(file).text.as_str();
    match toml::from_str::<raw::Config>(text) {
        Ok(record) => Some(Located {
            location: Location {
                file,
                span: 0..text.len(),
            },
            record,
        }),
        Err(error) => {
            let span = error.span().unwrap_or(0..0);
            diagnostics.push(
                Diagnostic::error(
                    Code::Syntax,
                    format!("{} is not valid: {}", path.display(), error.message()),
                )
                .at(Location { file, span }, "here")
                .hint("claimgraph.toml holds [publisher] (`name`, `url`), [ratings.\"Publisher\"] tables of `\"their label\" = \"OurVerdict\"`, [rdf] (`base`), [limits] and [paths] (docs/robustness.md)"),
            );
            None
        }
    }
}

/// The ids legible in `text[range]`: every `id: "…"`, at any depth.
fn failed_ids(file: FileId, text: &str, range: Range<usize>) -> Vec<FailedId> {
    use crate::source::lexer::{Token, tokens};
    let item = &text[range.clone()];
    let all: Vec<Token> = tokens(item).collect();
    all.windows(3)
        .filter_map(|w| match w {
            [Token::Ident(name), Token::Punct(_, b':'), Token::Str(value)]
                if &item[name.clone()] == "id" =>
            {
                let literal = &item[value.clone()];
                let id = literal.strip_prefix('"')?.strip_suffix('"')?;
                Some(FailedId {
                    id: id.to_string(),
                    location: Location {
                        file,
                        span: range.start + value.start..range.start + value.end,
                    },
                })
            }
            _ => None,
        })
        .collect()
}

/// Parses a source file. When the whole `Source` does not parse, its
/// `statements` list is split into items (as registries are) and each
/// statement is parsed on its own, and the rest of the record with the list
/// blanked out, so that every broken statement is reported, not only the
/// first. A source whose own fields parse keeps the statements that parse.
fn parse_source(
    file: FileId,
    text: &str,
    diagnostics: &mut Vec<Diagnostic>,
    failed: &mut Vec<FailedId>,
) -> Option<Located<raw::Source>> {
    let mut whole = Vec::new();
    if let Some(source) = parse_one(file, text, 0..text.len(), &mut whole) {
        return Some(source);
    }
    let split = statements_list(text).and_then(|list| {
        let items = crate::source::lexer::list_items(&text[list.clone()])?;
        let inner = list.start + 1..list.end - 1;
        // Same length, same lines: every offset and line stays where it was.
        let mut blank = String::with_capacity(text.len());
        for (at, c) in text.char_indices() {
            if inner.contains(&at) && c != '\n' {
                blank.extend(std::iter::repeat_n(' ', c.len_utf8()));
            } else {
                blank.push(c);
            }
        }
        Some((items, list.start, blank))
    });
    let Some((items, base, blank)) = split else {
        diagnostics.append(&mut whole);
        failed.extend(failed_ids(file, text, 0..text.len()));
        return None;
    };
    let mut found = Vec::new();
    let shell: Option<Located<raw::Source>> = parse_one(file, &blank, 0..blank.len(), &mut found);
    let mut statements = Vec::new();
    for item in items {
        let range = base + item.start..base + item.end;
        match parse_one::<raw::Statement>(file, text, range.clone(), &mut found) {
            Some(statement) => statements.push(statement.record),
            None => failed.extend(failed_ids(file, text, range)),
        }
    }
    if found.is_empty() {
        // Each part parses on its own: the whole error is the one to show.
        diagnostics.append(&mut whole);
        failed.extend(failed_ids(file, text, 0..text.len()));
        return None;
    }
    diagnostics.append(&mut found);
    match shell {
        Some(mut source) => {
            source.record.statements = statements;
            Some(source)
        }
        None => {
            failed.extend(failed_ids(file, text, 0..text.len()));
            None
        }
    }
}

/// The byte range, brackets included, of the `statements: [...]` list of
/// the top-level record in `text`.
fn statements_list(text: &str) -> Option<Range<usize>> {
    use crate::source::lexer::{Token, tokens};
    let all: Vec<Token> = tokens(text).collect();
    let mut depth = 0usize;
    let mut start = None;
    for (i, token) in all.iter().enumerate() {
        let Token::Punct(at, b) = *token else {
            continue;
        };
        match b {
            b'(' | b'[' | b'{' => {
                let after_field = i >= 2
                    && matches!(&all[i - 1], Token::Punct(_, b':'))
                    && matches!(&all[i - 2], Token::Ident(r) if &text[r.clone()] == "statements");
                if b == b'[' && depth == 1 && after_field && start.is_none() {
                    start = Some(at);
                }
                depth += 1;
            }
            b')' | b']' | b'}' => {
                depth = depth.checked_sub(1)?;
                if depth == 1
                    && b == b']'
                    && let Some(start) = start
                {
                    return Some(start..at + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// Parses a list record by record, so each broken record is reported.
fn parse_list<T: DeserializeOwned>(
    file: FileId,
    text: &str,
    record: &str,
    diagnostics: &mut Vec<Diagnostic>,
    failed: &mut Vec<FailedId>,
) -> Vec<Located<T>> {
    let Some(items) = crate::source::lexer::list_items(text) else {
        let mut whole: Vec<Located<Vec<T>>> = parse_one(file, text, 0..text.len(), diagnostics)
            .into_iter()
            .collect();
        if let Some(list) = whole.pop() {
            return list
                .record
                .into_iter()
                .map(|r| Located {
                    location: list.location.clone(),
                    record: r,
                })
                .collect();
        }
        if let Some(last) = diagnostics.last_mut() {
            last.hint.get_or_insert_with(|| {
                format!("this file holds a list: [ {record}(...), {record}(...), ]")
            });
        }
        failed.extend(failed_ids(file, text, 0..text.len()));
        return Vec::new();
    };
    items
        .into_iter()
        .filter_map(|range| {
            let parsed = parse_one(file, text, range.clone(), diagnostics);
            if parsed.is_none() {
                failed.extend(failed_ids(file, text, range));
            }
            parsed
        })
        .collect()
}

/// Parses one record from `text` exactly as the loader would, for writers
/// that check what they are about to write.
pub fn parse_record<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    with_spans(text, 0, || ron_options().from_str::<T>(text)).map_err(|e| e.to_string())
}

/// Parses the whole text of a file of `kind` with the loader's record
/// parser (a list for registries, one record for sources and reviews), for
/// writers that check a new file before they create it.
pub fn parse_file_text(kind: FileKind, text: &str) -> Result<(), String> {
    match kind {
        FileKind::Actors => parse_record::<Vec<raw::Actor>>(text).map(drop),
        FileKind::Outlets => parse_record::<Vec<raw::Outlet>>(text).map(drop),
        FileKind::Entities => parse_record::<Vec<raw::Entity>>(text).map(drop),
        FileKind::Claims => parse_record::<Vec<raw::Claim>>(text).map(drop),
        FileKind::Relations => parse_record::<Vec<raw::Relation>>(text).map(drop),
        FileKind::Sources => parse_record::<raw::Source>(text).map(drop),
        FileKind::Reviews => parse_record::<raw::Review>(text).map(drop),
        FileKind::ExternalReviews => parse_record::<Vec<raw::ExternalReview>>(text).map(drop),
    }
}

fn ron_options() -> Options {
    Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

fn parse_one<T: DeserializeOwned>(
    file: FileId,
    text: &str,
    range: Range<usize>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Located<T>> {
    let item = &text[range.clone()];
    match with_spans(item, range.start, || ron_options().from_str::<T>(item)) {
        Ok(record) => {
            let start = range.start + (item.len() - item.trim_start().len());
            let end = range.start + item.trim_end().len();
            Some(Located {
                location: Location {
                    file,
                    span: start..end.max(start),
                },
                record,
            })
        }
        Err(error) => {
            diagnostics.push(syntax_diagnostic(file, item, range.start, &error));
            None
        }
    }
}

fn syntax_diagnostic(
    file: FileId,
    item: &str,
    base: usize,
    error: &ron::error::SpannedError,
) -> Diagnostic {
    use ron::Error as E;
    let start = base + offset_of(item, error.span.start.line, error.span.start.col);
    let mut end = base + offset_of(item, error.span.end.line, error.span.end.col);
    if end <= start {
        end = start
            + item[start - base..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
    }
    let mut location = Location {
        file,
        span: start..end,
    };
    let mut label = None;
    if let E::MissingStructField { field, .. } = &error.code {
        // ron points at the record's closing `)`; point at its name instead.
        if let Some((record, name)) = enclosing_record(item, start - base) {
            let id = failed_ids(file, item, record.start..item.len())
                .into_iter()
                .next()
                .map(|f| format!(" `{}`", f.id))
                .unwrap_or_default();
            label = Some(format!("this {name}{id} has no `{field}`"));
            location.span = base + record.start..base + record.end;
        }
    }
    let (code, message, hint) = match &error.code {
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => (
            Code::UnknownField,
            format!("unknown field `{found}`{}", in_outer(outer)),
            Some(suggest("field", found, expected)),
        ),
        E::MissingStructField { field, outer } => (
            Code::MissingField,
            format!("missing field `{field}`{}", in_outer(outer)),
            Some(match field_values(outer.as_deref(), field) {
                Some(values) => format!(
                    "add `{field}: ...` to this record, one of: {}",
                    values
                        .iter()
                        .map(|v| format!("`{v}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                None => format!(
                    "add `{field}: ...` to this record; docs/data-format.md lists every field"
                ),
            }),
        ),
        E::DuplicateStructField { field, outer } => (
            Code::DuplicateField,
            format!("field `{field}` is given twice{}", in_outer(outer)),
            Some("keep one of them".to_string()),
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => (
            Code::UnknownVariant,
            format!("unknown value `{found}`{}", in_outer(outer)),
            Some(suggest("value", found, expected)),
        ),
        E::ExpectedDifferentStructName { expected, found } => (
            Code::Syntax,
            format!("expected a `{expected}` record, found `{found}`"),
            Some(format!("this file holds `{expected}(...)` records")),
        ),
        E::Message(message) if message.starts_with(raw::DUPLICATE_KEY) => (
            Code::DuplicateKey,
            message.clone(),
            Some(
                "give each language once: a second entry would silently replace the first"
                    .to_string(),
            ),
        ),
        other => (Code::Syntax, syntax_message(other), syntax_hint(other)),
    };
    let label = label.unwrap_or_else(|| match code {
        Code::Syntax => "here".to_string(),
        _ => String::new(),
    });
    let diagnostic = Diagnostic::error(code, message).at(location, label);
    match hint {
        Some(hint) => diagnostic.hint(hint),
        None => diagnostic,
    }
}

/// The values a required enum field of a record may take, for the hint of a
/// missing field.
fn field_values(record: Option<&str>, field: &str) -> Option<Vec<&'static str>> {
    use crate::vocab::{
        ActorKind, BackgroundKind, ClaimKind, EntityKind, OutletKind, RelationKind, ReviewStatus,
        Stance,
    };
    fn names<T: Copy>(all: &[T], name: impl Fn(T) -> &'static str) -> Option<Vec<&'static str>> {
        Some(all.iter().map(|v| name(*v)).collect())
    }
    match (record?, field) {
        ("Statement", "stance") => names(Stance::ALL, Stance::name),
        ("Actor", "kind") => names(ActorKind::ALL, ActorKind::name),
        ("Outlet", "kind") => names(OutletKind::ALL, OutletKind::name),
        ("Entity", "kind") => names(EntityKind::ALL, EntityKind::name),
        ("Claim", "kind") => names(ClaimKind::ALL, ClaimKind::name),
        ("Relation", "kind") => names(RelationKind::ALL, RelationKind::name),
        ("Background", "kind") => names(BackgroundKind::ALL, BackgroundKind::name),
        ("Review", "status") => names(ReviewStatus::ALL, ReviewStatus::name),
        _ => None,
    }
}

/// For the `)` at `close` in `item`: the range from the record's name to
/// its opening `(` (`Statement(`), and the name.
fn enclosing_record(item: &str, close: usize) -> Option<(Range<usize>, String)> {
    use crate::source::lexer::{Token, tokens};
    let mut open: Vec<(usize, Option<Range<usize>>)> = Vec::new();
    let mut previous: Option<Range<usize>> = None;
    for token in tokens(item) {
        match token {
            Token::Punct(at, b'(' | b'[' | b'{') => open.push((at, previous.take())),
            Token::Punct(at, b')' | b']' | b'}') => {
                let (opened, name) = open.pop()?;
                if at == close {
                    let name = name?;
                    let text = item[name.clone()].to_string();
                    return Some((name.start..opened + 1, text));
                }
                previous = None;
            }
            Token::Ident(range) => previous = Some(range),
            _ => previous = None,
        }
        if close < item.len() && matches!(&previous, Some(r) if r.start > close) {
            return None;
        }
    }
    None
}

fn in_outer(outer: &Option<String>) -> String {
    outer
        .as_ref()
        .map(|o| format!(" in `{o}`"))
        .unwrap_or_default()
}

fn suggest(what: &str, found: &str, expected: &[&str]) -> String {
    let close = expected
        .iter()
        .map(|e| {
            (
                strsim::jaro_winkler(&found.to_lowercase(), &e.to_lowercase()),
                e,
            )
        })
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let all = expected
        .iter()
        .map(|e| format!("`{e}`"))
        .collect::<Vec<_>>()
        .join(", ");
    match close {
        Some((_, e)) => format!("did you mean `{e}`? expected {what}s: {all}"),
        None => format!("expected {what}s: {all}"),
    }
}

fn syntax_message(error: &ron::Error) -> String {
    let text = error.to_string();
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => "syntax error".into(),
    }
}

fn syntax_hint(error: &ron::Error) -> Option<String> {
    use ron::Error as E;
    Some(
        match error {
            E::ExpectedComma => "separate fields and list items with commas",
            E::ExpectedStringEnd => "a string is missing its closing `\"`",
            E::Eof => "the record ends too early: check for a missing `)` or `]`",
            E::ExpectedString => "write text in double quotes: \"like this\"",
            E::ExpectedStructLikeEnd | E::ExpectedArrayEnd | E::ExpectedMapEnd => {
                "a bracket is left open or closed twice"
            }
            E::TrailingCharacters => "there is text after the end of the record",
            E::UnclosedBlockComment => "close the comment with */",
            E::ExceededRecursionLimit => {
                "the record is nested too deeply (the parser's own limit is 128 levels)"
            }
            _ => return None,
        }
        .to_string(),
    )
}
