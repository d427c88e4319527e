//! The JSON-LD of an HTML page: the text of every
//! `<script type="application/ld+json">` element, found by a real HTML
//! tokenizer (html5ever's), so that attribute order, case, quoting,
//! comments and a `<script>` inside a comment are as a browser reads them.
//!
//! Only the tokenizer runs, not the tree builder. The tree builder checks
//! "is there an element in scope" against the stack of open elements at
//! every start tag, so a hostile page of 100,000 nested `<div>`s costs
//! time quadratic in its length (minutes); the tokenizer is linear. The one
//! thing the tree builder decides that matters here, which elements' text
//! is raw (no tags inside), is the table in `raw_kind`, as html5ever's
//! tree builder has it (scripting on, as a browser). What a tree builder
//! would do in foreign content (`<svg><script>`) is not modelled: such a
//! script is read as an HTML one.

use std::cell::RefCell;

use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::{LocalName, ns};

/// What an HTML page holds for an importer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    /// The text of each JSON-LD script, in document order.
    pub blocks: Vec<String>,
    /// The page's language, its `<html lang>`, as written.
    pub language: Option<String>,
}

/// The JSON-LD scripts and language of `page`. The type is compared without
/// case and parameters (`application/LD+JSON; charset=utf-8` is one); an
/// HTML comment or CDATA wrapper some CMSs put around the JSON is taken off.
pub fn read_page(page: &str) -> Page {
    let sink = Scripts::default();
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(page.into());
    // A sink that never returns `Script` never pauses the tokenizer, so one
    // feed reads the whole page.
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    let found = tokenizer.sink.found.into_inner();
    Page {
        blocks: found
            .blocks
            .iter()
            .map(|block| unwrap(block).to_string())
            .collect(),
        language: found
            .language
            .flatten()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty()),
    }
}

/// What the tokens of a page have shown so far.
#[derive(Default)]
struct Found {
    /// The text of each JSON-LD script, as written.
    blocks: Vec<String>,
    /// The text of the JSON-LD script being read, if one is open.
    open: Option<String>,
    /// The `lang` of the first `<html>` tag: `Some(None)` when that tag had
    /// none. Later `<html>` tags only add attributes the root lacks, so the
    /// first tag that has one gives it.
    language: Option<Option<String>>,
}

#[derive(Default)]
struct Scripts {
    found: RefCell<Found>,
}

impl TokenSink for Scripts {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut found = self.found.borrow_mut();
        match token {
            Token::TagToken(tag) if tag.kind == TagKind::StartTag => {
                let attr = |name: &str| {
                    tag.attrs
                        .iter()
                        .find(|a| a.name.ns == ns!() && &*a.name.local == name)
                        .map(|a| a.value.to_string())
                };
                if &*tag.name == "html" && !matches!(found.language, Some(Some(_))) {
                    found.language = Some(attr("lang"));
                }
                // `<script/>` opens a script too: HTML ignores the slash.
                if &*tag.name == "script" && attr("type").is_some_and(|t| is_json_ld(&t)) {
                    found.open = Some(String::new());
                }
                match raw_kind(&tag.name) {
                    Some(Raw::Data(kind)) => TokenSinkResult::RawData(kind),
                    Some(Raw::Plaintext) => TokenSinkResult::Plaintext,
                    None => TokenSinkResult::Continue,
                }
            }
            Token::TagToken(tag) if &*tag.name == "script" => {
                if let Some(block) = found.open.take() {
                    found.blocks.push(block);
                }
                TokenSinkResult::Continue
            }
            Token::CharacterTokens(text) => {
                if let Some(block) = found.open.as_mut() {
                    block.push_str(&text);
                }
                TokenSinkResult::Continue
            }
            Token::EOFToken => {
                // A script left open at the end of the page ends there.
                if let Some(block) = found.open.take() {
                    found.blocks.push(block);
                }
                TokenSinkResult::Continue
            }
            _ => TokenSinkResult::Continue,
        }
    }
}

/// How the tokenizer reads an element's content, when not as markup.
enum Raw {
    Data(RawKind),
    Plaintext,
}

/// The elements whose text is raw, as html5ever's tree builder switches the
/// tokenizer for them (scripting on, so `<noscript>` is raw text).
fn raw_kind(name: &LocalName) -> Option<Raw> {
    Some(match &**name {
        "title" | "textarea" => Raw::Data(RawKind::Rcdata),
        "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => {
            Raw::Data(RawKind::Rawtext)
        }
        "script" => Raw::Data(RawKind::ScriptData),
        "plaintext" => Raw::Plaintext,
        _ => return None,
    })
}

/// A script type that means JSON-LD: `application/ld+json`, in any case,
/// with any parameters.
fn is_json_ld(written: &str) -> bool {
    written
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .eq_ignore_ascii_case("application/ld+json")
}

/// The JSON inside `<!-- … -->` or `<![CDATA[ … ]]>` (with or without the
/// `//` or `/* */` that hide them from JavaScript).
fn unwrap(block: &str) -> &str {
    let mut text = block.trim();
    for (open, close) in [
        ("<!--", "-->"),
        ("//<![CDATA[", "//]]>"),
        ("/*<![CDATA[*/", "/*]]>*/"),
        ("<![CDATA[", "]]>"),
    ] {
        if let Some(inner) = text
            .strip_prefix(open)
            .and_then(|rest| rest.strip_suffix(close))
        {
            text = inner.trim();
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_json_ld_script_in_any_spelling_and_nothing_else() {
        let page = r#"<!doctype html><html><head>
<script type="application/ld+json">{"a": 1}</script>
<SCRIPT data-x="1" TYPE='Application/LD+JSON; charset=utf-8'>
<!-- {"b": 2} -->
</SCRIPT>
<script type="text/javascript">var x = {"c": 3};</script>
<!-- <script type="application/ld+json">{"hidden": true}</script> -->
</head><body><script type=application/ld+json>//<![CDATA[
{"d": "</p>"}
//]]></script></body></html>"#;
        assert_eq!(
            read_page(page).blocks,
            [r#"{"a": 1}"#, r#"{"b": 2}"#, r#"{"d": "</p>"}"#]
        );
        assert_eq!(read_page(page).language, None);
        let arabic = read_page(r#"<!DOCTYPE HTML><html dir="rtl" lang="ar"><body></body></html>"#);
        assert_eq!(arabic.language.as_deref(), Some("ar"));
    }

    #[test]
    fn raw_text_elements_hide_scripts_and_the_first_lang_counts() {
        let page = r#"<html><head><title><script type="application/ld+json">{"t": 1}</script></title>
<noscript><script type="application/ld+json">{"n": 1}</script></noscript>
<textarea><script type="application/ld+json">{"x": 1}</script></textarea>
<style>/* <script type="application/ld+json">{"s": 1}</script> */</style></head>
<body><html lang="fr"><script type="application/ld+json"/>{"a": 1}</script>
<script type="application/ld+json">{"open": 1}"#;
        let read = read_page(page);
        assert_eq!(read.blocks, [r#"{"a": 1}"#, r#"{"open": 1}"#]);
        assert_eq!(read.language.as_deref(), Some("fr"));
        let first = read_page(r#"<html lang=" ar "><body><html lang="fr">"#);
        assert_eq!(first.language.as_deref(), Some("ar"));
        let plain = read_page(r#"<plaintext><script type="application/ld+json">{}</script>"#);
        assert_eq!(plain.blocks, Vec::<String>::new());
    }

    #[test]
    fn a_hundred_thousand_nested_elements_take_linear_time() {
        // html5ever's tree builder takes minutes on this (a scope check per
        // start tag over every open element); the tokenizer, milliseconds.
        let page = format!(
            "<html><body>{}{}<script type=\"application/ld+json\">{{\"a\": 1}}</script>",
            "<div>".repeat(100_000),
            "<b><table><p>".repeat(20_000)
        );
        let start = std::time::Instant::now();
        assert_eq!(read_page(&page).blocks, [r#"{"a": 1}"#]);
        assert!(start.elapsed() < std::time::Duration::from_secs(10));
    }
}
