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
use crate::load::read::{SourceTexts, read, ron_files, source_texts, warn_unknown_files};
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
}

/// Reads and parses every RON file under `dir`.
pub fn load(dir: &Path, files: &mut Files, diagnostics: &mut Vec<Diagnostic>) -> RawData {
    let mut data = RawData::default();
    if !dir.is_dir() {
        diagnostics.push(
            Diagnostic::error(Code::Io, format!("data directory {} not found", dir.display()))
                .hint("pass --data DIR or set CLAIMGRAPH_DATA to a folder holding actors.ron, claims.ron and sources/"),
        );
        return data;
    }
    let layout = DataLayout::new(dir);
    let mut known = Vec::new();
    for kind in FileKind::ALL {
        let mut paths = Vec::new();
        if let Some(single) = layout.registry_file(kind).filter(|p| p.is_file()) {
            paths.push(single);
        }
        paths.extend(ron_files(&layout.folder(kind), diagnostics));
        for path in paths {
            known.push(path.clone());
            let Some(file) = read(&path, files, diagnostics) else {
                continue;
            };
            parse_file(kind, file, files, &mut data, diagnostics);
        }
    }
    warn_unknown_files(dir, &known, files, diagnostics);
    data.config = read_config(&layout, files, diagnostics);
    data.texts = source_texts(&layout, &data.sources, diagnostics);
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
        FileKind::Actors => data
            .actors
            .extend(parse_list(file, text, "Actor", diagnostics)),
        FileKind::Outlets => data
            .outlets
            .extend(parse_list(file, text, "Outlet", diagnostics)),
        FileKind::Entities => data
            .entities
            .extend(parse_list(file, text, "Entity", diagnostics)),
        FileKind::Claims => data
            .claims
            .extend(parse_list(file, text, "Claim", diagnostics)),
        FileKind::Relations => {
            data.relations
                .extend(parse_list(file, text, "Relation", diagnostics))
        }
        FileKind::Sources => data
            .sources
            .extend(parse_one(file, text, 0..text.len(), diagnostics)),
        FileKind::Reviews => data
            .reviews
            .extend(parse_one(file, text, 0..text.len(), diagnostics)),
        FileKind::ExternalReviews => {
            data.external_reviews
                .extend(parse_list(file, text, "ExternalReview", diagnostics))
        }
    }
}

/// `claimgraph.toml`, when it exists; a file that is not valid TOML or has
/// unknown keys is a syntax error at the offending text.
fn read_config(
    layout: &DataLayout,
    files: &mut Files,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Located<raw::Config>> {
    let path = layout.config();
    if !path.is_file() {
        return None;
    }
    let file = read(&path, files, diagnostics)?;
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
                .hint("claimgraph.toml holds one table, [publisher], with `name` and `url`"),
            );
            None
        }
    }
}

/// Parses a list record by record, so each broken record is reported.
fn parse_list<T: DeserializeOwned>(
    file: FileId,
    text: &str,
    record: &str,
    diagnostics: &mut Vec<Diagnostic>,
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
        return Vec::new();
    };
    items
        .into_iter()
        .filter_map(|range| parse_one(file, text, range, diagnostics))
        .collect()
}

/// Parses one record from `text` exactly as the loader would, for writers
/// that check what they are about to write.
pub fn parse_record<T: DeserializeOwned>(text: &str) -> Result<T, String> {
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
    let location = Location {
        file,
        span: start..end,
    };
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
            Some(format!(
                "add `{field}: ...` to this record; docs/data-format.md lists every field"
            )),
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
        other => (Code::Syntax, syntax_message(other), syntax_hint(other)),
    };
    let label = match code {
        Code::Syntax => "here",
        _ => "",
    };
    let diagnostic = Diagnostic::error(code, message).at(location, label);
    match hint {
        Some(hint) => diagnostic.hint(hint),
        None => diagnostic,
    }
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
            E::ExceededRecursionLimit => "the record is nested too deeply",
            _ => return None,
        }
        .to_string(),
    )
}
