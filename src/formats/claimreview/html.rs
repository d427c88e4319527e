//! The JSON-LD of an HTML page: the text of every
//! `<script type="application/ld+json">` element, found by a real HTML
//! parser (html5ever, through `scraper`), so that attribute order, case,
//! quoting, comments and a `<script>` inside a comment are as a browser
//! reads them.

use scraper::{Html, Selector};

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
    let document = Html::parse_document(page);
    let language = document
        .root_element()
        .value()
        .attr("lang")
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string);
    Page {
        blocks: json_ld_blocks(&document),
        language,
    }
}

fn json_ld_blocks(document: &Html) -> Vec<String> {
    let scripts = Selector::parse("script").expect("a valid selector");
    document
        .select(&scripts)
        .filter(|script| {
            script.value().attr("type").is_some_and(|t| {
                t.split(';')
                    .next()
                    .unwrap_or_default()
                    .trim()
                    .eq_ignore_ascii_case("application/ld+json")
            })
        })
        .map(|script| unwrap(&script.text().collect::<String>()).to_string())
        .collect()
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
}
