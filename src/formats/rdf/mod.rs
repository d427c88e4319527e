//! RDF: the graph as Turtle or N-Triples, with W3C PROV-O for who said what
//! through whom and schema.org for claims, outlets and reviews, for SPARQL
//! stores and the linked-data tools of the field.
//!
//! Every record gets an IRI under one base ([`Base`]: `--base`, else
//! `claimgraph.toml`'s `[rdf] base`, else [`DEFAULT_BASE`]), its id
//! percent-encoded. [`mapping`] decides the triples, [`terms`] names the
//! vocabulary; the two writers here only spell the same sorted triples in
//! two syntaxes, so the Turtle and the N-Triples of a view hold the same
//! graph, byte-identical from run to run. docs/rdf.md documents every term.

pub mod mapping;
pub mod terms;

use std::io::{self, Write};

use oxrdf::NamedNode;
use oxttl::{NTriplesParser, TurtleSerializer};

use crate::formats::{Exporter, View};
use crate::model::Dataset;
use crate::text::safe::is_hostile;
use crate::text::url::is_namespace;

/// The base of the IRIs when neither `--base` nor `claimgraph.toml` gives one.
/// `.example` is reserved (RFC 2606): these IRIs name, they do not resolve.
pub const DEFAULT_BASE: &str = "https://claimgraph.example/id/";

/// The namespace every minted IRI starts with: an http(s) address ending in
/// `/` or `#` that is a valid IRI prefix ([`is_namespace`], the rule `check`
/// applies to `[rdf] base` too).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Base(String);

impl Base {
    /// `text` as a base, or why it cannot be one.
    pub fn new(text: &str) -> Result<Base, String> {
        if !is_namespace(text) {
            return Err(format!(
                "{text}: not an http(s) namespace ending in `/` or `#` that can start an IRI"
            ));
        }
        Ok(Base(text.to_string()))
    }

    /// The data's base (`claimgraph.toml`), else [`DEFAULT_BASE`].
    pub fn of(data: &Dataset) -> Result<Base, String> {
        Base::new(data.rdf_base.as_deref().unwrap_or(DEFAULT_BASE))
    }

    /// The base as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `<base><id>` or `<base><id>/<suffix>`, the id percent-encoded so that
    /// whatever it holds stays one path segment.
    pub fn mint(&self, id: &str, suffix: &str) -> NamedNode {
        let mut iri = self.0.clone();
        iri.push_str(&percent_encode(id));
        if !suffix.is_empty() {
            iri.push('/');
            iri.push_str(suffix);
        }
        // The base is a valid IRI prefix, the id is unreserved characters
        // and `%XX`, and the suffixes are ASCII path segments.
        NamedNode::new_unchecked(iri)
    }
}

/// Every byte outside RFC 3986's unreserved characters (`A–Z a–z 0–9 - . _ ~`)
/// as `%XX`.
pub fn percent_encode(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for byte in id.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The two RDF syntaxes written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// Turtle, with prefixes and triples grouped by subject.
    Turtle,
    /// N-Triples, one triple a line: what bulk loaders read fastest.
    NTriples,
}

/// The RDF exporter: a syntax, and a base that overrides the data's.
#[derive(Debug, Clone)]
pub struct Rdf {
    /// Turtle or N-Triples.
    pub syntax: Syntax,
    /// The base to mint IRIs under; `None` for the data's ([`Base::of`]).
    pub base: Option<Base>,
}

impl Exporter for Rdf {
    fn write(&self, view: &View<'_>, out: &mut dyn Write) -> io::Result<()> {
        let base = match &self.base {
            Some(base) => base.clone(),
            None => Base::of(view.data).map_err(invalid)?,
        };
        let triples = mapping::triples(view, &base);
        // Written as it is spelled, a line at a time: a million statements
        // make tens of millions of triples, and gigabytes of text that
        // need not be held twice.
        let mut escaped = Escaping::new(out);
        match self.syntax {
            Syntax::NTriples => {
                // The lines are oxttl's own N-Triples spelling already.
                for line in triples.lines() {
                    escaped.write_all(line.as_bytes())?;
                }
            }
            Syntax::Turtle => {
                let mut serializer = TurtleSerializer::new();
                for (prefix, namespace) in terms::PREFIXES
                    .iter()
                    .copied()
                    .chain([("id", base.as_str())])
                {
                    serializer = serializer.with_prefix(prefix, namespace).map_err(invalid)?;
                }
                let mut writer = serializer.for_writer(&mut escaped);
                // Each line read back into its triple, one at a time.
                for line in triples.lines() {
                    for triple in NTriplesParser::new().for_slice(line.as_bytes()) {
                        writer.serialize_triple(&triple.map_err(invalid)?)?;
                    }
                }
                writer.finish()?;
            }
        }
        escaped.finish()
    }
}

/// A writer passing whole lines on to `out` through [`escape_hostile`]: a
/// line feed never falls inside a character, and no escape spells one, so
/// the text escaped line by line is the text escaped whole.
struct Escaping<'w> {
    out: &'w mut dyn Write,
    pending: Vec<u8>,
}

impl<'w> Escaping<'w> {
    fn new(out: &'w mut dyn Write) -> Self {
        Escaping {
            out,
            pending: Vec::new(),
        }
    }

    /// Escapes and writes `bytes`, which end at a line boundary or at the
    /// end of the text.
    fn emit(out: &mut dyn Write, bytes: &[u8]) -> io::Result<()> {
        let text = std::str::from_utf8(bytes).map_err(invalid)?;
        if text.chars().any(is_hostile_but_layout) {
            out.write_all(escape_hostile(text).as_bytes())
        } else {
            out.write_all(bytes)
        }
    }

    /// Writes what is left after the last line feed.
    fn finish(mut self) -> io::Result<()> {
        let rest = std::mem::take(&mut self.pending);
        Self::emit(self.out, &rest)?;
        self.out.flush()
    }
}

impl Write for Escaping<'_> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(bytes);
        if let Some(last) = self.pending.iter().rposition(|&b| b == b'\n') {
            let rest = self.pending.split_off(last + 1);
            let lines = std::mem::replace(&mut self.pending, rest);
            Self::emit(self.out, &lines)?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        // Only whole lines are passed on; the rest waits for `finish`.
        self.out.flush()
    }
}

/// Whether [`escape_hostile`] rewrites `c`.
fn is_hostile_but_layout(c: char) -> bool {
    is_hostile(c) && c != '\n' && c != '\t'
}

/// `text` with every control and bidirectional-formatting character
/// ([`is_hostile`]) but the line feed and tab that lay the document out
/// written as a `\uXXXX` escape, which both syntaxes read back as the same
/// character: a right-to-left override in a quote cannot reorder the file
/// for someone reading it. oxttl has already escaped line breaks, quotes
/// and backslashes inside strings, and IRIs hold no such characters (ids
/// are percent-encoded, the base is checked), so every one left is inside
/// a string.
fn escape_hostile(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_hostile_but_layout(c) {
            match c as u32 {
                code @ 0..=0xFFFF => out.push_str(&format!("\\u{code:04X}")),
                code => out.push_str(&format!("\\U{code:08X}")),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn invalid(error: impl ToString) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_stay_one_path_segment() {
        assert_eq!(percent_encode("s001-01"), "s001-01");
        assert_eq!(percent_encode("a/b c#d%"), "a%2Fb%20c%23d%25");
        assert_eq!(percent_encode("ب"), "%D8%A8");
        let base = Base::new(DEFAULT_BASE).unwrap();
        assert_eq!(
            base.mint("a/b", "hop/0").as_str(),
            "https://claimgraph.example/id/a%2Fb/hop/0"
        );
    }

    #[test]
    fn hostile_characters_are_escaped_and_layout_is_kept() {
        assert_eq!(
            escape_hostile("<a> <b> \"x\u{202e}y\u{7}\" .\n\t"),
            "<a> <b> \"x\\u202Ey\\u0007\" .\n\t"
        );
    }

    #[test]
    fn a_base_must_be_a_namespace() {
        assert!(Base::new("https://desk.example.org/id/").is_ok());
        assert!(Base::new("https://desk.example.org/ns#").is_ok());
        assert!(Base::new("https://desk.example.org/id").is_err());
        assert!(Base::new("urn:claimgraph:").is_err());
    }
}
