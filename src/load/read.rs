//! Reading files from disk: listing a folder's RON files, warning of
//! stray ones, reading each as UTF-8, and reading the seed texts that
//! sources cite, so that the checking pass does no file I/O. Each distinct
//! seed `file` is read once, and a source whose text cannot be read gets a
//! `missing-source-file` diagnostic at its `file` field.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::diagnostic::{Code, Diagnostic};
use crate::load::layout::DataLayout;
use crate::load::parse::Located;
use crate::raw;
use crate::source::files::{FileId, Files, Location};

/// The seed texts read, keyed by a source's `file` exactly as written
/// (relative to the data directory).
#[derive(Debug, Default)]
pub struct SourceTexts {
    texts: HashMap<String, String>,
}

impl SourceTexts {
    /// The text of the source file written as `file`, when it was read.
    pub fn get(&self, file: &str) -> Option<&str> {
        self.texts.get(file).map(String::as_str)
    }

    /// Records the text of `file`, as a reader (or a test) found it.
    pub fn insert(&mut self, file: impl Into<String>, text: impl Into<String>) {
        self.texts.insert(file.into(), text.into());
    }
}

/// Reads the text of every source in `sources`; each one whose text cannot
/// be read gets a diagnostic.
pub fn source_texts(
    layout: &DataLayout,
    sources: &[Located<raw::Source>],
    diagnostics: &mut Vec<Diagnostic>,
) -> SourceTexts {
    let mut texts = SourceTexts::default();
    // Why each path that failed could not be read, so it is tried once.
    let mut failed: HashMap<&str, String> = HashMap::new();
    for source in sources {
        let path = &source.record.file;
        if texts.get(&path.value).is_some() {
            continue;
        }
        let full = layout.source_text(&path.value);
        let why = match failed.get(path.value.as_str()) {
            Some(why) => why.clone(),
            None => match std::fs::read_to_string(&full) {
                Ok(text) => {
                    texts.insert(path.value.clone(), text);
                    continue;
                }
                Err(error) => {
                    let why = match error.kind() {
                        std::io::ErrorKind::NotFound => "does not exist".to_string(),
                        _ => error.to_string(),
                    };
                    failed.insert(&path.value, why.clone());
                    why
                }
            },
        };
        let at = Location {
            file: source.location.file,
            span: path.span.clone(),
        };
        diagnostics.push(
            Diagnostic::error(Code::MissingSourceFile, format!("source text {} {why}", full.display()))
                .at(at, "cannot read this file")
                .hint("`file` is relative to the data directory, e.g. \"../seeds/001_608737a04dcbb1a8.txt\""),
        );
    }
    texts
}

/// The `*.ron` files directly in `folder`, sorted; none when it is no
/// folder.
pub(crate) fn ron_files(folder: &Path, diagnostics: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
    if !folder.is_dir() {
        return Vec::new();
    }
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) => {
            diagnostics.push(Diagnostic::error(
                Code::Io,
                format!("cannot list {}: {error}", folder.display()),
            ));
            return Vec::new();
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron") && p.is_file())
        .collect();
    paths.sort();
    paths
}

/// A warning for each `*.ron` file directly in `dir` that is not one of
/// the `known` data files.
pub(crate) fn warn_unknown_files(
    dir: &Path,
    known: &[PathBuf],
    files: &mut Files,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let mut stray = ron_files(dir, diagnostics);
    stray.retain(|p| !known.contains(p));
    for path in stray {
        let file = files.add(path.clone(), String::new());
        diagnostics.push(
            Diagnostic::warning(Code::UnknownFile, format!("{} is not part of the data layout and was ignored", path.display()))
                .at(Location { file, span: 0..0 }, "ignored")
                .hint("records live in actors.ron, outlets.ron, entities.ron, claims.ron, relations.ron, sources/*.ron, reviews/*.ron or external-reviews/*.ron"),
        );
    }
}

/// The text of `path`, added to `files`; `None`, with a diagnostic, when
/// it cannot be read or is not UTF-8 (then the lossy text is added, so the
/// diagnostic can point at the bad byte).
pub(crate) fn read(
    path: &Path,
    files: &mut Files,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<FileId> {
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Some(files.add(path.to_path_buf(), text)),
            Err(error) => {
                let valid = error.utf8_error().valid_up_to();
                let text = String::from_utf8_lossy(error.as_bytes()).into_owned();
                let file = files.add(path.to_path_buf(), text);
                diagnostics.push(
                    Diagnostic::error(Code::Syntax, "file is not valid UTF-8")
                        .at(
                            Location {
                                file,
                                span: valid..valid + '\u{FFFD}'.len_utf8(),
                            },
                            "invalid byte here",
                        )
                        .hint("save the file as UTF-8"),
                );
                None
            }
        },
        Err(error) => {
            diagnostics.push(Diagnostic::error(
                Code::Io,
                format!("cannot read {}: {error}", path.display()),
            ));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(files: &mut Files, file: &str) -> Located<raw::Source> {
        let text = format!("Source(id: \"s\", file: \"{file}\", language: \"ar\", statements: [])");
        let record = crate::load::parse::parse_record::<raw::Source>(&text).unwrap();
        Located {
            location: Location {
                file: files.add("sources/s.ron".into(), text),
                span: 0..0,
            },
            record,
        }
    }

    #[test]
    fn texts_are_read_once_and_unreadable_ones_reported_per_source() {
        let dir = std::env::temp_dir().join(format!("claimgraph-read-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("seed.txt"), "قال الوزير").unwrap();
        let mut files = Files::default();
        let sources = vec![
            source(&mut files, "seed.txt"),
            source(&mut files, "seed.txt"),
            source(&mut files, "gone.txt"),
            source(&mut files, "gone.txt"),
        ];
        let mut diagnostics = Vec::new();
        let texts = source_texts(&DataLayout::new(&dir), &sources, &mut diagnostics);
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(texts.get("seed.txt"), Some("قال الوزير"));
        assert_eq!(texts.get("gone.txt"), None);
        assert_eq!(diagnostics.len(), 2);
        assert!(
            diagnostics.iter().all(|d| d.code == Code::MissingSourceFile
                && d.message.ends_with("gone.txt does not exist"))
        );
    }
}
