//! JSON as claimgraph writes it: every answer under the name and version of
//! its published schema, and the one writer that keeps hostile characters
//! escaped.
//!
//! An answer is a type implementing [`Answer`]; [`answer`] writes it as one
//! pretty object whose first two fields are `"schema":
//! "claimgraph/<name>"` and `"schema_version": <n>`, so a pipeline can tell
//! what it reads. [`schema_of`] builds the JSON Schema of the same object
//! from the same type (with schemars), which is what `docs/schema/` holds.
//! A [`Listing`] also has items: [`line()`] writes one as a JSON Lines row,
//! bare (no envelope), the same object as in the answer's list.
//!
//! serde_json escapes `"`, `\` and the C0 controls; [`Escaping`] also writes
//! every other character [`crate::text::safe::is_hostile`] names (DEL, the
//! C1 controls, bidirectional marks and overrides such as U+202E) as a
//! `\u` escape, so a terminal showing the JSON cannot be reordered by it.
//! The value read back is unchanged.

use std::io::{self, Write};

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};
use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};
use serde_json::{Map, Value, json};

use crate::text::safe::is_hostile;

/// The prefix of every schema name: `claimgraph/origins`.
pub const NAMESPACE: &str = "claimgraph";

/// A JSON answer: a value with a published schema.
pub trait Answer: Serialize + JsonSchema {
    /// The schema's short name (`origins`): the answer says `"schema":
    /// "claimgraph/origins"` and its schema is `docs/schema/origins.schema.json`.
    const SCHEMA: &'static str;
    /// The schema's version, raised when a field is removed, renamed or
    /// changes meaning (adding a field does not raise it).
    const VERSION: u32 = 1;
}

/// An answer that lists records, which `--format jsonl` writes one per line.
pub trait Listing: Answer {
    /// One listed record, as it appears in the answer's list.
    type Item: Serialize + JsonSchema;
    /// The listed records, in the answer's order.
    fn items(&self) -> Vec<&Self::Item>;
}

/// The answer's fields after its schema's name and version.
#[derive(Serialize)]
struct Envelope<'a, A: Serialize> {
    schema: String,
    schema_version: u32,
    #[serde(flatten)]
    answer: &'a A,
}

/// `claimgraph/<name>`, as an answer names its schema.
pub fn schema_name(name: &str) -> String {
    format!("{NAMESPACE}/{name}")
}

/// `answer` as pretty JSON, its schema's name and version first, with a
/// final line break.
pub fn answer<A: Answer>(answer: &A) -> String {
    let mut bytes = Vec::new();
    write_answer(answer, &mut bytes).expect("answers serialise to memory");
    bytes.push(b'\n');
    String::from_utf8(bytes).expect("serde_json writes UTF-8")
}

/// [`answer`] to a writer, without the final line break: for answers
/// streamed one after another (`origins --all`), never held whole.
pub fn write_answer<A: Answer, W: Write + ?Sized>(answer: &A, out: &mut W) -> io::Result<()> {
    let envelope = Envelope {
        schema: schema_name(A::SCHEMA),
        schema_version: A::VERSION,
        answer,
    };
    write_pretty(&envelope, out, is_hostile)
}

/// `item` as one line of JSON Lines (compact, line break included).
pub fn line<T: Serialize + ?Sized>(item: &T) -> String {
    let mut bytes = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(
        &mut bytes,
        Escaping::new(CompactFormatter, is_hostile),
    );
    item.serialize(&mut serializer)
        .expect("answers serialise to memory");
    let mut text = String::from_utf8(bytes).expect("serde_json writes UTF-8");
    text.push('\n');
    text
}

/// `value` as pretty JSON (no final line break), with every character
/// `escape` names in its strings written as a `\u` escape.
pub fn pretty<T: Serialize + ?Sized>(value: &T, escape: fn(char) -> bool) -> String {
    let mut bytes = Vec::new();
    write_pretty(value, &mut bytes, escape).expect("answers serialise to memory");
    String::from_utf8(bytes).expect("serde_json writes UTF-8")
}

/// `value` as compact JSON on one line (no final line break), with every
/// character `escape` names in its strings written as a `\u` escape: for
/// data embedded in a page, where size matters more than legibility.
pub fn compact<T: Serialize + ?Sized>(value: &T, escape: fn(char) -> bool) -> String {
    let mut bytes = Vec::new();
    let mut serializer =
        serde_json::Serializer::with_formatter(&mut bytes, Escaping::new(CompactFormatter, escape));
    value
        .serialize(&mut serializer)
        .expect("answers serialise to memory");
    String::from_utf8(bytes).expect("serde_json writes UTF-8")
}

/// [`pretty`] to a writer.
pub fn write_pretty<T: Serialize + ?Sized, W: Write + ?Sized>(
    value: &T,
    out: &mut W,
    escape: fn(char) -> bool,
) -> io::Result<()> {
    let mut serializer =
        serde_json::Serializer::with_formatter(out, Escaping::new(PrettyFormatter::new(), escape));
    value.serialize(&mut serializer).map_err(io::Error::from)
}

/// The settings of every published schema: JSON Schema 2020-12, describing
/// what the types serialise to (an `Option` is required and may be null; a
/// field skipped when empty is optional).
fn settings() -> SchemaSettings {
    SchemaSettings::draft2020_12().for_serialize()
}

/// The `$id` of schema `name` at `version`: `urn:claimgraph:schema:origins:1`.
pub fn schema_id(name: &str, version: u32) -> String {
    format!("urn:{NAMESPACE}:schema:{name}:{version}")
}

/// The JSON Schema of what [`answer`] writes for `A`: the type's schema with
/// the `schema` and `schema_version` fields added first, each a constant.
pub fn schema_of<A: Answer>() -> Value {
    let schema = settings().into_generator().into_root_schema_for::<A>();
    let mut root = identified(schema, A::SCHEMA, A::VERSION);
    let mut properties = Map::new();
    properties.insert(
        "schema".into(),
        json!({"description": "The name of this answer's schema.", "const": schema_name(A::SCHEMA)}),
    );
    properties.insert(
        "schema_version".into(),
        json!({"description": "The version of this answer's schema.", "const": A::VERSION}),
    );
    if let Some(Value::Object(own)) = root.remove("properties") {
        for key in ["schema", "schema_version"] {
            assert!(
                !own.contains_key(key),
                "`{}` has a field `{key}`, which the envelope writes",
                A::SCHEMA
            );
        }
        properties.extend(own);
    }
    let mut required = vec![json!("schema"), json!("schema_version")];
    if let Some(Value::Array(own)) = root.remove("required") {
        required.extend(own);
    }
    root.insert("properties".into(), Value::Object(properties));
    root.insert("required".into(), Value::Array(required));
    let mut schema = Value::Object(reordered(root));
    tighten(&mut schema);
    schema
}

/// The JSON Schema of one item of `L` as [`line()`] writes it, published as
/// `<name>.item`.
pub fn item_schema_of<L: Listing>() -> Value {
    let schema = settings()
        .into_generator()
        .into_root_schema_for::<L::Item>();
    let name = format!("{}.item", L::SCHEMA);
    let mut schema = Value::Object(reordered(identified(schema, &name, L::VERSION)));
    tighten(&mut schema);
    schema
}

/// Makes `schema` refuse what the types never write and reads its
/// descriptions as prose: every object schema gets `unevaluatedProperties:
/// false`, so a field the schema does not name fails validation (a drifted
/// hand-written `Serialize` is caught), and rustdoc links (`` [`Ref`] ``)
/// lose their brackets.
///
/// The one exception is a definition that a tagged enum's variant extends
/// (`{"$ref": "#/$defs/ActorNode", "properties": {"kind": …}}`): its own
/// evaluation cannot see the tag, so the variant, which sees both, carries
/// the keyword instead.
fn tighten(schema: &mut Value) {
    let mut extended = Vec::new();
    extended_definitions(schema, &mut extended);
    if let Some(Value::Object(defs)) = schema.get_mut("$defs") {
        for (name, def) in defs.iter_mut() {
            let skip_root = extended.contains(name);
            close(def, skip_root);
        }
    }
    let defs = schema.as_object_mut().and_then(|root| root.remove("$defs"));
    close(schema, false);
    if let (Some(defs), Value::Object(root)) = (defs, schema) {
        root.insert("$defs".into(), defs);
    }
}

/// The names of the definitions referenced by a schema that adds
/// properties of its own beside the `$ref`.
fn extended_definitions(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            if let (Some(Value::String(target)), true) =
                (map.get("$ref"), map.contains_key("properties"))
                && let Some(name) = target.strip_prefix("#/$defs/")
            {
                out.push(name.to_string());
            }
            map.values().for_each(|v| extended_definitions(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| extended_definitions(v, out)),
        _ => {}
    }
}

/// [`tighten`] on one schema and everything inside it; `skip_root` leaves
/// the schema's own object open.
fn close(value: &mut Value, skip_root: bool) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(text)) = map.get_mut("description") {
                *text = unlinked(text);
            }
            if !skip_root
                && map.contains_key("properties")
                && !map.contains_key("additionalProperties")
            {
                map.insert("unevaluatedProperties".into(), Value::Bool(false));
            }
            for (key, inner) in map.iter_mut() {
                // A `properties` map holds schemas by field name, and its
                // keys are field names, not keywords.
                if key == "properties" {
                    if let Value::Object(fields) = inner {
                        fields.values_mut().for_each(|v| close(v, false));
                    }
                } else if key != "description" {
                    close(inner, false);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| close(v, false)),
        _ => {}
    }
}

/// `text` with rustdoc links written as their code: `` [`Ref`]s `` →
/// `` `Ref`s ``, `` [`Code`](crate::diagnostic::Code) `` → `` `Code` ``.
fn unlinked(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("[`") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        match after.find("`]") {
            Some(end) => {
                out.push_str(&after[..end + 1]);
                rest = &after[end + 2..];
                if rest.starts_with('(')
                    && let Some(close) = rest.find(')')
                {
                    rest = &rest[close + 1..];
                }
            }
            None => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The schema as an object, with its `$id` and title.
fn identified(schema: Schema, name: &str, version: u32) -> Map<String, Value> {
    let mut root = match schema.to_value() {
        Value::Object(map) => map,
        other => {
            let mut map = Map::new();
            map.insert("allOf".into(), json!([other]));
            map
        }
    };
    root.insert("$id".into(), json!(schema_id(name, version)));
    root.insert("title".into(), json!(schema_name(name)));
    root
}

/// The root's keywords in a fixed, readable order: `$schema`, `$id`,
/// `title`, `description`, then the rest as generated.
fn reordered(mut root: Map<String, Value>) -> Map<String, Value> {
    let mut out = Map::new();
    for key in ["$schema", "$id", "title", "description"] {
        if let Some(value) = root.remove(key) {
            out.insert(key.into(), value);
        }
    }
    out.extend(root);
    out
}

/// A serde_json formatter that writes the characters `escape` names as `\u`
/// escapes inside strings, and is otherwise the formatter it wraps.
pub struct Escaping<F> {
    inner: F,
    escape: fn(char) -> bool,
    /// `escape` of each ASCII character, asked once: most of what answers
    /// write is ASCII, and a table is cheaper than a call per character.
    ascii: [bool; 128],
}

impl<F> Escaping<F> {
    /// `inner`, escaping the characters `escape` names.
    pub fn new(inner: F, escape: fn(char) -> bool) -> Self {
        let ascii = std::array::from_fn(|byte| escape(char::from(byte as u8)));
        Escaping {
            inner,
            escape,
            ascii,
        }
    }
}

impl<F: Formatter> Formatter for Escaping<F> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let bytes = fragment.as_bytes();
        let mut start = 0;
        let mut at = 0;
        while at < bytes.len() {
            let c = match bytes[at] {
                byte @ 0..0x80 => {
                    at += 1;
                    if !self.ascii[usize::from(byte)] {
                        continue;
                    }
                    char::from(byte)
                }
                _ => {
                    // `at` is always on a character boundary: it moves by
                    // whole characters.
                    let Some(c) = fragment[at..].chars().next() else {
                        break;
                    };
                    at += c.len_utf8();
                    if !(self.escape)(c) {
                        continue;
                    }
                    c
                }
            };
            writer.write_all(&bytes[start..at - c.len_utf8()])?;
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                write!(writer, "\\u{unit:04x}")?;
            }
            start = at;
        }
        writer.write_all(&bytes[start..])
    }

    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.inner.begin_array(writer)
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.inner.end_array(writer)
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.inner.begin_array_value(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.inner.end_array_value(writer)
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.inner.begin_object(writer)
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.inner.end_object(writer)
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.inner.begin_object_key(writer, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.inner.begin_object_value(writer)
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.inner.end_object_value(writer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize, JsonSchema)]
    struct Probe {
        /// A text.
        text: String,
        /// Maybe a number.
        number: Option<u8>,
    }

    impl Answer for Probe {
        const SCHEMA: &'static str = "probe";
    }

    #[test]
    fn an_answer_names_its_schema_first() {
        let text = answer(&Probe {
            text: "a".into(),
            number: None,
        });
        assert_eq!(
            text,
            "{\n  \"schema\": \"claimgraph/probe\",\n  \"schema_version\": 1,\n  \"text\": \"a\",\n  \"number\": null\n}\n"
        );
    }

    #[test]
    fn bidi_controls_and_c1_controls_are_escaped_but_read_back_unchanged() {
        let hostile = "a\u{202E}b\u{200F}c\u{7f}\u{85}ب\n\"\\";
        let text = line(hostile);
        assert_eq!(text, "\"a\\u202eb\\u200fc\\u007f\\u0085ب\\n\\\"\\\\\"\n");
        let back: String = serde_json::from_str(&text).unwrap();
        assert_eq!(back, hostile);
    }

    /// What [`Escaping`] did before it kept a table for ASCII: ask
    /// `escape` of every character.
    struct CharByChar(fn(char) -> bool);

    impl Formatter for CharByChar {
        fn write_string_fragment<W: ?Sized + Write>(
            &mut self,
            writer: &mut W,
            fragment: &str,
        ) -> io::Result<()> {
            for c in fragment.chars() {
                if (self.0)(c) {
                    let mut units = [0u16; 2];
                    for unit in c.encode_utf16(&mut units) {
                        write!(writer, "\\u{unit:04x}")?;
                    }
                } else {
                    writer.write_all(c.encode_utf8(&mut [0; 4]).as_bytes())?;
                }
            }
            Ok(())
        }
    }

    fn script_escape(c: char) -> bool {
        matches!(c, '<' | '>' | '&' | '\u{2028}') || is_hostile(c)
    }

    proptest::proptest! {
        #[test]
        fn the_ascii_table_escapes_what_asking_each_character_escapes(
            text in "[a-z <>&\"\\\n\t\u{7f}\u{85}\u{202e}\u{200f}\u{61c}\u{2028}\u{2066}ب😀]{0,40}|\\PC{0,40}|.{0,40}"
        ) {
            for escape in [is_hostile as fn(char) -> bool, script_escape] {
                let mut fast = Vec::new();
                let mut serializer = serde_json::Serializer::with_formatter(
                    &mut fast,
                    Escaping::new(CompactFormatter, escape),
                );
                text.serialize(&mut serializer).unwrap();
                let mut slow = Vec::new();
                text.serialize(&mut serde_json::Serializer::with_formatter(
                    &mut slow,
                    CharByChar(escape),
                ))
                .unwrap();
                proptest::prop_assert_eq!(&fast, &slow);
                let back: String = serde_json::from_slice(&fast).unwrap();
                proptest::prop_assert_eq!(&back, &text);
            }
        }
    }

    #[test]
    fn rustdoc_links_lose_their_brackets() {
        assert_eq!(
            unlinked("as [`Ref`]s; [`Code`](crate::diagnostic::Code) and [x]"),
            "as `Ref`s; `Code` and [x]"
        );
    }

    #[test]
    fn the_schema_requires_the_envelope_and_every_field() {
        let schema = schema_of::<Probe>();
        assert_eq!(schema["$id"], "urn:claimgraph:schema:probe:1");
        assert_eq!(schema["title"], "claimgraph/probe");
        assert_eq!(schema["properties"]["schema"]["const"], "claimgraph/probe");
        assert_eq!(schema["properties"]["schema_version"]["const"], 1);
        assert_eq!(
            schema["required"],
            json!(["schema", "schema_version", "text", "number"])
        );
        assert_eq!(schema["unevaluatedProperties"], false, "{schema:#}");
        let keys: Vec<&String> = schema["properties"].as_object().unwrap().keys().collect();
        assert_eq!(keys, ["schema", "schema_version", "text", "number"]);
    }
}
