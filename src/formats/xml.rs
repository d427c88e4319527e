//! Writing any string into an XML 1.0 document so that a reader gets it back
//! exactly, and the small element helpers the GraphML and GEXF writers share.
//!
//! [`escape`] is the one escaping rule of both XML formats. It is used for
//! element text and attribute values alike, so it escapes everything either
//! needs:
//!
//! * `& < > " '` become `&amp; &lt; &gt; &quot; &apos;`, so no element,
//!   attribute, comment or CDATA section (`]]>`, `</script>`) can come from
//!   the data;
//! * the tab, line feed and carriage return become `&#9; &#10; &#13;`: a
//!   reader normalises raw white space in attribute values to spaces and a
//!   raw `\r\n` in text to `\n`, and character references are the one way to
//!   keep them;
//! * characters XML 1.0 does not allow at all, even as references (U+0000 to
//!   U+0008, U+000B, U+000C, U+000E to U+001F, U+FFFE and U+FFFF), are
//!   replaced by U+FFFD REPLACEMENT CHARACTER. A string holding one does not
//!   round-trip; it is the only loss, and the check rejects no such data.
//!
//! Bidirectional marks and overrides are kept as they are: they are text, and
//! the readers of these formats (networkx, Gephi) must get the same string the
//! data holds. Showing them safely is the viewer's business.

use std::borrow::Cow;
use std::io::{self, Write};

use quick_xml::Writer;
use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesDecl, BytesText, Event};

/// Whether XML 1.0 allows `c` in a document (the `Char` production).
pub fn is_xml_char(c: char) -> bool {
    matches!(c,
        '\u{9}' | '\u{A}' | '\u{D}'
        | '\u{20}'..='\u{D7FF}'
        | '\u{E000}'..='\u{FFFD}'
        | '\u{10000}'..='\u{10FFFF}')
}

/// `text` escaped for XML 1.0 element text or a quoted attribute value (see
/// the module's documentation for the rule).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if !is_xml_char(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// An XML writer indenting by two spaces, as both formats are written.
pub fn writer(out: &mut dyn Write) -> Writer<&mut dyn Write> {
    Writer::new_with_indent(out, b' ', 2)
}

/// Writes the `<?xml version="1.0" encoding="UTF-8"?>` declaration.
pub fn declaration(w: &mut Writer<&mut dyn Write>) -> io::Result<()> {
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
}

/// An attribute whose value is escaped with [`escape`] (quick-xml's own
/// escaping leaves line breaks raw, which readers then turn into spaces).
fn attribute<'a>(name: &'a str, value: &str) -> Attribute<'a> {
    Attribute {
        key: quick_xml::name::QName(name.as_bytes()),
        value: Cow::Owned(escape(value).into_bytes()),
    }
}

/// Opens `<name attr="value"…>`.
pub fn open(w: &mut Writer<&mut dyn Write>, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
    let start = quick_xml::events::BytesStart::new(name)
        .with_attributes(attrs.iter().map(|(k, v)| attribute(k, v)));
    w.write_event(Event::Start(start))
}

/// Closes `</name>`.
pub fn close(w: &mut Writer<&mut dyn Write>, name: &str) -> io::Result<()> {
    w.write_event(Event::End(quick_xml::events::BytesEnd::new(name)))
}

/// Writes `<name attr="value"…/>`.
pub fn empty(w: &mut Writer<&mut dyn Write>, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
    let start = quick_xml::events::BytesStart::new(name)
        .with_attributes(attrs.iter().map(|(k, v)| attribute(k, v)));
    w.write_event(Event::Empty(start))
}

/// Writes `<name attr="value"…>text</name>`.
pub fn text_element(
    w: &mut Writer<&mut dyn Write>,
    name: &str,
    attrs: &[(&str, &str)],
    text: &str,
) -> io::Result<()> {
    open(w, name, attrs)?;
    w.write_event(Event::Text(BytesText::from_escaped(escape(text))))?;
    close(w, name)
}

#[cfg(test)]
mod tests {
    use quick_xml::Reader;
    use quick_xml::events::Event;

    use super::*;

    #[test]
    fn markup_and_white_space_become_references() {
        assert_eq!(
            escape("a<b>&\"c\" 'd' ]]> </script>"),
            "a&lt;b&gt;&amp;&quot;c&quot; &apos;d&apos; ]]&gt; &lt;/script&gt;"
        );
        assert_eq!(escape("a\tb\r\nc"), "a&#9;b&#13;&#10;c");
    }

    #[test]
    fn characters_xml_forbids_are_replaced_and_the_rest_kept() {
        assert_eq!(
            escape("a\u{0}b\u{8}c\u{1b}d\u{FFFE}"),
            "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}"
        );
        assert_eq!(escape("\u{202e}قال\u{200f} 😀"), "\u{202e}قال\u{200f} 😀");
    }

    /// quick-xml's reader gets every allowed string back, in an attribute
    /// and as text (networkx and lxml read it back in `tests/cli/networkx.rs`).
    #[test]
    fn a_reader_gets_the_string_back() {
        let hostile = "x\r\ny\tz \"q\" 'a' <b>&amp; ]]> \u{202e}ب\u{202c}\n";
        let mut bytes = Vec::new();
        {
            let mut w = writer(&mut bytes);
            empty(&mut w, "root", &[("value", hostile)]).unwrap();
        }
        let text = String::from_utf8(bytes).unwrap();
        let mut reader = Reader::from_str(&text);
        let Event::Empty(e) = reader.read_event().unwrap() else {
            panic!("an empty element");
        };
        let value = e.try_get_attribute("value").unwrap().unwrap();
        // As a conforming reader normalises it: raw white space would turn
        // into spaces, references survive.
        let normalised = value
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .unwrap();
        assert_eq!(normalised, hostile);
        assert_eq!(
            quick_xml::escape::unescape(&escape(hostile)).unwrap(),
            hostile
        );
    }
}
