//! `report`: the fact-check brief, snapshot-tested on the bundled data and on
//! a fixture whose review points at every kind of evidence, and read back
//! with real parsers: HTML with html5ever (through `scraper`), Markdown with
//! pulldown-cmark and then html5ever. Hostile data must come out as the same
//! text, never as markup.
//!
//! Snapshots draw the chain graph as DOT source (`--graph dot`) so they do not
//! depend on Graphviz; the SVG path is tested when `dot` is installed, and
//! must be when `CLAIMGRAPH_REQUIRE_GRAPHVIZ=1`.

use pulldown_cmark::{Options, Parser, html};
use scraper::{ElementRef, Html, Selector};

use crate::library::printable;
use crate::support::{Claimgraph, Run, assert_cmd_snapshot, dot_available};

fn run_with(data: &str, args: &[&str], path: Option<&str>) -> Run {
    let mut command = Claimgraph::new().data(data).args(args);
    if let Some(path) = path {
        command = command.env("PATH", path);
    }
    command.run()
}

/// `claimgraph --data DATA report ARGS`, which must succeed.
fn report_run(data: &str, args: &[&str]) -> Run {
    let mut all = vec!["report"];
    all.extend(args);
    run_with(data, &all, None).success()
}

fn report(data: &str, args: &[&str]) -> String {
    report_run(data, args).stdout
}

const BUNDLED: &str = "data";
const REVIEWED: &str = "tests/fixtures/report/reviewed";
const HOSTILE: &str = "tests/fixtures/report/hostile";

fn select<'a>(doc: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    doc.select(&Selector::parse(css).unwrap()).collect()
}

fn text_of(element: &ElementRef<'_>) -> String {
    element.text().collect()
}

/// The body rows, as cell texts, of the table with a column headed `header`.
fn table_under(doc: &Html, header: &str) -> Vec<Vec<String>> {
    let cells = Selector::parse("td").unwrap();
    let table = select(doc, "table")
        .into_iter()
        .find(|t| {
            t.select(&Selector::parse("th").unwrap())
                .any(|th| text_of(&th) == header)
        })
        .expect("a table with that column");
    table
        .select(&Selector::parse("tbody tr").unwrap())
        .map(|row| row.select(&cells).map(|c| text_of(&c)).collect())
        .collect()
}

/// Markdown as a browser would get it: GitHub-flavoured, through pulldown-cmark.
fn markdown_to_html(markdown: &str) -> Html {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_MATH
        | Options::ENABLE_GFM
        | Options::ENABLE_FOOTNOTES;
    let mut out = String::new();
    html::push_html(&mut out, Parser::new_ext(markdown, options));
    Html::parse_fragment(&out)
}

const SECTIONS: &[&str] = &[
    "Verdict",
    "Evidence",
    "Origins and echoes",
    "Contradictions",
    "Attribution tree",
];

/// What every brief must be, once parsed: one title, the sections in order,
/// nothing executable or loaded from elsewhere, links to web addresses only.
fn assert_safe_brief(doc: &Html, what: &str) {
    assert_eq!(select(doc, "h1").len(), 1, "{what}: one title");
    let sections: Vec<String> = select(doc, "h2").iter().map(text_of).collect();
    let wanted: Vec<&str> = sections
        .iter()
        .map(String::as_str)
        .filter(|s| SECTIONS.contains(s))
        .collect();
    assert_eq!(wanted, SECTIONS, "{what}: sections {sections:?}");
    assert_eq!(
        sections.last().map(String::as_str),
        Some("Chain graph"),
        "{what}"
    );
    for tag in [
        "script", "img", "iframe", "object", "embed", "link", "base", "form", "input", ".math",
    ] {
        assert!(select(doc, tag).is_empty(), "{what}: found {tag}");
    }
    for element in select(doc, "*") {
        for (name, value) in element.value().attrs() {
            assert!(
                !name.to_ascii_lowercase().starts_with("on"),
                "{what}: event handler {name}={value}"
            );
            assert!(
                !["src", "srcdoc", "formaction"].contains(&name),
                "{what}: {name}"
            );
        }
    }
    // Graphviz wraps an edge with a tooltip in `<a xlink:title=…>`: an
    // anchor with no address goes nowhere. Any address is a web address.
    for link in select(doc, "a") {
        let addresses: Vec<(&str, &str)> = link
            .value()
            .attrs()
            .filter(|(name, _)| name.to_ascii_lowercase().ends_with("href"))
            .collect();
        assert!(
            !addresses.is_empty()
                || link
                    .value()
                    .attrs()
                    .any(|(name, _)| name.ends_with("title")),
            "{what}: a link to nowhere"
        );
        for (name, href) in addresses {
            assert!(
                href.starts_with("https://") || href.starts_with("http://"),
                "{what}: link to {name}={href:?}"
            );
        }
    }
}

#[test]
fn briefs_on_the_bundled_data() {
    for claim in ["iskander-used", "tos-used"] {
        for format in ["markdown", "html"] {
            let run = report_run(BUNDLED, &[claim, "--to", format, "--graph", "dot"]);
            assert_cmd_snapshot!(format!("{format}__{claim}"), run);
        }
    }
}

#[test]
fn briefs_on_the_fixtures() {
    for (name, data, claim) in [
        ("reviewed_fixture", REVIEWED, "tos-used"),
        ("hostile_fixture", HOSTILE, "hostile"),
    ] {
        for format in ["markdown", "html"] {
            let run = report_run(data, &[claim, "--to", format, "--graph", "dot"]);
            assert_cmd_snapshot!(format!("{format}__{name}"), run);
        }
    }
}

#[test]
fn the_html_brief_is_a_standalone_page_with_every_section() {
    let page = report(REVIEWED, &["tos-used", "--to", "html", "--graph", "dot"]);
    let doc = Html::parse_document(&page);
    assert!(doc.errors.is_empty(), "{:?}", doc.errors);
    assert_safe_brief(&doc, "html");
    let title = text_of(&select(&doc, "title")[0]);
    assert_eq!(
        title,
        "Fact-check brief: Azerbaijan used the TOS system at dawn."
    );
    assert_eq!(select(&doc, "html[lang=en]").len(), 1);
    assert_eq!(select(&doc, "meta[charset=utf-8]").len(), 1);
    // Arabic runs right to left, and only Arabic is marked so.
    let arabic = select(&doc, "span[dir=rtl]");
    assert!(!arabic.is_empty());
    assert!(arabic.iter().all(|s| s.value().attr("lang") == Some("ar")));
    assert!(
        arabic
            .iter()
            .any(|s| text_of(s) == "العدو استخدم نظام توس عند الفجر")
    );
    // The evidence table: one row per item, each target spelled out.
    let evidence = table_under(&doc, "Grade");
    assert_eq!(evidence.len(), 5, "{evidence:#?}");
    let column = |n: usize| -> Vec<&str> { evidence.iter().map(|r| r[n].as_str()).collect() };
    assert_eq!(column(0), ["1", "2", "3", "4", "5"]);
    assert_eq!(
        column(2),
        [
            "on the record",
            "on the record",
            "hearsay",
            "official document",
            "anonymous source"
        ]
    );
    assert_eq!(
        column(3),
        ["supports", "refutes", "supports", "refutes", "refutes"]
    );
    assert_eq!(
        evidence[0][1],
        "statement s1: Shushan Stepanyan · شوشان ستيبانيان“العدو استخدم نظام توس عند الفجر”\
         = “the enemy used the TOS system at dawn”in يريفان تعلن استخدام نظام توس (doc), \
         Pakistan Point News, 2020-09-28, https://ppn.example.org/tos"
    );
    assert_eq!(
        evidence[2][1],
        "source يريفان تعلن استخدام نظام توس (doc), Pakistan Point News, 2020-09-28, https://ppn.example.org/tos"
    );
    assert_eq!(
        evidence[3][1],
        "claim tos-not-used: Azerbaijan did not use the TOS system."
    );
    assert_eq!(evidence[0][4], "The Armenian spokeswoman, on Facebook.");
    let hrefs: Vec<&str> = select(&doc, "a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert!(hrefs.contains(&"https://example.org/geolocation?area=karabakh&day=28"));
    let verdict = text_of(
        &select(&doc, "dd")[select(&doc, "dt")
            .iter()
            .position(|d| text_of(d) == "Verdict")
            .unwrap()],
    );
    assert_eq!(
        verdict,
        "Unsupported — rated 2 on a scale from 1 (worst) to 5 (best)"
    );
    // The chain graph, as DOT source Graphviz accepts.
    let source = text_of(&select(&doc, "pre code.language-dot")[0]);
    assert!(source.starts_with("digraph claimgraph {"));
}

#[test]
fn the_markdown_brief_reads_back_as_the_same_document() {
    let markdown = markdown_to_html(&report(REVIEWED, &["tos-used", "--graph", "dot"]));
    let page = Html::parse_document(&report(
        REVIEWED,
        &["tos-used", "--to", "html", "--graph", "dot"],
    ));
    assert_safe_brief(&markdown, "markdown");
    // Same headings, same tables cell for cell, same right-to-left text.
    for css in [
        "h1, h2, h3",
        "td, th",
        "span[dir=rtl][lang=ar]",
        "a",
        "code",
    ] {
        let texts = |doc: &Html| -> Vec<String> { select(doc, css).iter().map(text_of).collect() };
        assert_eq!(texts(&markdown), texts(&page), "{css}");
    }
    // Facts are a list in Markdown and a definition list in HTML.
    let items: Vec<String> = select(&markdown, "li").iter().map(text_of).collect();
    let terms = select(&page, "dt");
    let definitions = select(&page, "dd");
    assert_eq!(terms.len(), definitions.len());
    for (term, definition) in terms.iter().zip(&definitions) {
        let fact = format!("{}: {}", text_of(term), text_of(definition));
        assert!(items.contains(&fact), "{fact} missing from {items:#?}");
    }
    assert!(text_of(&select(&markdown, "pre code")[0]).starts_with("digraph claimgraph {"));
}

#[test]
fn a_claim_without_a_review_says_so() {
    for format in ["markdown", "html"] {
        let out = report(
            REVIEWED,
            &["tos-not-used", "--to", format, "--graph", "dot"],
        );
        assert!(out.contains("No review yet."), "{out}");
        assert!(out.contains("No review yet, so no evidence has been graded."));
        assert!(out.contains("No document in the data carries this claim."));
    }
}

/// The hostile claim as it must read: controls and bidi overrides shown as
/// `\u{…}`, line breaks as breaks, everything else verbatim.
fn hostile_text() -> String {
    let raw = "<script>alert(\"claim\")</script> | a | b |\n# Not a heading\n- not a list\n1. not ordered\n\u{202E}txet desrever `code` ``` &amp; [x](javascript:alert(1)) **bold** <img src=x onerror=alert(1)> $x$";
    printable(raw).replace('\n', "")
}

/// Bidirectional overrides in the data are written as `\u{…}`, not obeyed.
/// The DOT source after `graph_heading` keeps them, closed on each line by
/// the DOT escaper, because they are part of the labels Graphviz draws.
fn assert_bidi_shown_not_obeyed(brief: &str, graph_heading: &str) {
    let text = &brief[..brief.find(graph_heading).expect("a chain graph section")];
    assert!(
        !text.contains(['\u{202E}', '\u{2067}']),
        "raw bidi override"
    );
    assert!(text.contains("\\u{202e}") && text.contains("\\u{2067}"));
}

/// Table cells hold hostile text whole: a `|` or line break in the data
/// splits no cell and ends no row.
fn assert_hostile_cells(doc: &Html, what: &str) {
    let sides = table_under(doc, "Sides or countries");
    assert_eq!(
        sides[0],
        ["affirms", "1", "1", "side: <i>side</i>|x"],
        "{what}"
    );
    let evidence = table_under(doc, "Grade");
    assert_eq!(
        evidence[0][4], "| cell | split |<script>alert('evidence')</script>",
        "{what}"
    );
    let history = table_under(doc, "Change");
    assert_eq!(history, [["2026-11-20", "`by`", "| a |---"]], "{what}");
}

const HOSTILE_QUOTE: &str = "قال <script>alert('quote')</script> | ``` نعم";

#[test]
fn hostile_data_stays_text_in_html() {
    let page = report(HOSTILE, &["hostile", "--to", "html", "--graph", "dot"]);
    assert_bidi_shown_not_obeyed(&page, "<h2>Chain graph</h2>");
    let doc = Html::parse_document(&page);
    assert_safe_brief(&doc, "hostile html");
    assert_hostile_cells(&doc, "hostile html");
    let facts: Vec<String> = select(&doc, "dd").iter().map(text_of).collect();
    assert!(facts.contains(&hostile_text()), "{facts:#?}");
    assert!(facts.contains(&"</dd></dl><script>alert('note')</script>".to_string()));
    let quotes: Vec<String> = select(&doc, "span[lang=ar]").iter().map(text_of).collect();
    assert!(
        quotes.contains(&format!("“{HOSTILE_QUOTE}”")),
        "{quotes:#?}"
    );
    // Attributes keep their quotes: the link goes where the data says, whole.
    let hrefs: Vec<&str> = select(&doc, "a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert!(
        hrefs.contains(&"https://example.org/a?b=1&c=\"2\"'3'"),
        "{hrefs:?}"
    );
    assert!(
        hrefs.contains(&"https://example.org/\"onmouseover=\"alert(1)"),
        "{hrefs:?}"
    );
    // A `javascript:` address is shown, not linked.
    assert!(
        facts
            .iter()
            .any(|f| f.contains("javascript:alert('publisher')"))
    );
    let title = text_of(&select(&doc, "title")[0]);
    assert!(title.starts_with(
        "Fact-check brief: <script>alert(\"claim\")</script> | a | b | # Not a heading"
    ));
}

#[test]
fn hostile_data_stays_text_in_markdown() {
    let markdown = report(HOSTILE, &["hostile", "--graph", "dot"]);
    assert_bidi_shown_not_obeyed(&markdown, "## Chain graph");
    let doc = markdown_to_html(&markdown);
    assert_safe_brief(&doc, "hostile markdown");
    assert_hostile_cells(&doc, "hostile markdown");
    assert!(select(&doc, "h1 ~ ol").is_empty(), "no list made of data");
    let title = text_of(&select(&doc, "h1")[0]);
    assert_eq!(title, format!("Fact-check brief: {}", hostile_text()));
    let items: Vec<String> = select(&doc, "li").iter().map(text_of).collect();
    assert!(
        items.contains(&format!("Text: {}", hostile_text())),
        "{items:#?}"
    );
    let quotes: Vec<String> = select(&doc, "span[lang=ar]").iter().map(text_of).collect();
    assert!(
        quotes.contains(&format!("“{HOSTILE_QUOTE}”")),
        "{quotes:#?}"
    );
    let hrefs: Vec<&str> = select(&doc, "a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    // The address is kept whole: its `)` and `<` cannot end the link.
    assert!(
        hrefs.contains(&"https://example.org/x%29%3Cscript%3Ealert%28%27url%27%29%3C/script%3E"),
        "{hrefs:?}"
    );
    let rationale = select(&doc, "p")
        .iter()
        .map(text_of)
        .find(|p| p.contains("alert('rationale')"))
        .expect("the rationale is one paragraph");
    assert_eq!(
        rationale,
        "<script>alert('rationale')</script># heading    indented code---"
    );
    assert!(select(&doc, "hr").is_empty(), "no rule made of data");
}

#[test]
fn the_chain_graph_is_inline_svg_when_graphviz_draws_it() {
    if !dot_available() {
        return;
    }
    let page = report(REVIEWED, &["tos-used", "--to", "html", "--graph", "svg"]);
    let doc = Html::parse_document(&page);
    assert_safe_brief(&doc, "html with svg");
    let svgs = select(&doc, "figure.chain-graph > svg");
    assert_eq!(svgs.len(), 1);
    let labels = text_of(&svgs[0]);
    assert!(
        labels.contains("Shushan Stepanyan")
            && labels.contains("شوشان ستيبانيان")
            && labels.contains("Legend")
    );
    assert!(select(&doc, "pre").is_empty());

    let markdown = report(REVIEWED, &["tos-used", "--graph", "svg"]);
    assert!(markdown.contains("<div class=\"chain-graph\">\n<svg"));
    let doc = markdown_to_html(&markdown);
    assert_safe_brief(&doc, "markdown with svg");
    assert_eq!(select(&doc, "div.chain-graph > svg").len(), 1);
    assert!(select(&doc, "pre").is_empty());

    // Graphviz draws hostile labels as text too.
    let page = report(HOSTILE, &["hostile", "--to", "html", "--graph", "auto"]);
    let doc = Html::parse_document(&page);
    assert_safe_brief(&doc, "hostile html with svg");
    assert_eq!(select(&doc, "figure.chain-graph > svg").len(), 1);
}

#[test]
fn without_graphviz_svg_is_refused_and_auto_gives_the_dot_source() {
    let empty = tempfile::tempdir().unwrap();
    let path = empty.path().to_str().unwrap();
    let run = run_with(
        REVIEWED,
        &["report", "tos-used", "--graph", "svg"],
        Some(path),
    );
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stderr.contains("Graphviz `dot` is not installed"),
        "{}",
        run.stderr
    );
    let auto = run_with(REVIEWED, &["report", "tos-used"], Some(path));
    assert_eq!(auto.code, 0);
    assert_eq!(
        auto.stdout,
        report(REVIEWED, &["tos-used", "--graph", "dot"])
    );
}

#[test]
fn writes_to_a_new_file_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("brief.html");
    let target = file.to_str().unwrap();
    let args = [
        "report", "tos-used", "--to", "html", "--graph", "dot", "-o", target,
    ];
    let run = run_with(REVIEWED, &args, None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.is_empty());
    let written = std::fs::read_to_string(&file).unwrap();
    assert_eq!(
        written,
        report(REVIEWED, &["tos-used", "--to", "html", "--graph", "dot"])
    );
    std::fs::write(&file, "mine").unwrap();
    let run = run_with(REVIEWED, &args, None);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine");
}

#[test]
fn the_same_data_gives_the_same_bytes() {
    for format in ["markdown", "html"] {
        let args = ["iskander-used", "--to", format, "--graph", "dot"];
        assert_eq!(report(BUNDLED, &args), report(BUNDLED, &args));
    }
}

#[test]
fn an_unknown_claim_is_a_usage_error() {
    let run = run_with(BUNDLED, &["report", "no-such-claim"], None);
    assert_eq!(run.code, 2);
    assert!(run.stdout.is_empty());
    assert!(run.stderr.contains("no-such-claim"), "{}", run.stderr);
}

/// The declarations of every rule of the page's style sheet whose selector
/// mentions `selector`.
fn style_rules(doc: &Html, selector: &str) -> Vec<String> {
    let sheet: String = select(doc, "style").iter().map(text_of).collect();
    sheet
        .split('}')
        .filter_map(|rule| rule.split_once('{'))
        .filter(|(selectors, _)| selectors.contains(selector))
        .map(|(_, declarations)| {
            declarations
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

#[test]
fn the_chain_graph_is_drawn_at_full_size_in_a_frame_that_scrolls() {
    let page = report(REVIEWED, &["tos-used", "--to", "html", "--graph", "dot"]);
    let doc = Html::parse_document(&page);
    for declarations in style_rules(&doc, "svg") {
        for shrink in ["max-width: 100%", "width: 100%", "max-width: 100vw"] {
            assert!(
                !declarations.contains(shrink),
                "the graph is scaled to the page: {declarations}"
            );
        }
    }
    assert!(
        style_rules(&doc, "figure.chain-graph")
            .iter()
            .any(|d| d.contains("overflow: auto") || d.contains("overflow-x: auto")),
        "the frame scrolls"
    );
    if !dot_available() {
        return;
    }
    let page = report(REVIEWED, &["tos-used", "--to", "html", "--graph", "svg"]);
    let doc = Html::parse_document(&page);
    let svg = &select(&doc, "figure.chain-graph > svg")[0];
    let width = svg.value().attr("width").unwrap_or_default();
    assert!(
        width.ends_with("pt"),
        "Graphviz's own size is kept: {width:?}"
    );
}

/// Every right-to-left quote of `doc` has its quotation marks inside its
/// span, so that they sit at its visual ends when it wraps; `what` names the
/// brief. Returns how many quotes there are.
fn assert_quote_marks_inside_rtl_spans(doc: &Html, what: &str) -> usize {
    let mut quotes = 0;
    for span in select(doc, "span[dir=rtl]") {
        let before = span
            .prev_sibling()
            .and_then(|n| n.value().as_text().map(|t| t.to_string()))
            .unwrap_or_default();
        let after = span
            .next_sibling()
            .and_then(|n| n.value().as_text().map(|t| t.to_string()))
            .unwrap_or_default();
        assert!(
            !before.ends_with('“') && !after.starts_with('”'),
            "{what}: quote marks outside {:?}",
            text_of(&span)
        );
        let inside = text_of(&span);
        if inside.starts_with('“') {
            assert!(inside.ends_with('”'), "{what}: {inside:?}");
            quotes += 1;
        }
    }
    quotes
}

#[test]
fn quote_marks_sit_inside_right_to_left_quotes() {
    for (data, claim) in [(BUNDLED, "iskander-used"), (REVIEWED, "tos-used")] {
        let page = Html::parse_document(&report(data, &[claim, "--to", "html", "--graph", "dot"]));
        let markdown = markdown_to_html(&report(data, &[claim, "--graph", "dot"]));
        let in_html = assert_quote_marks_inside_rtl_spans(&page, claim);
        let in_markdown = assert_quote_marks_inside_rtl_spans(&markdown, claim);
        assert!(in_html > 0, "{claim}: quotes in the brief");
        assert_eq!(in_html, in_markdown, "{claim}");
    }
}

#[test]
fn the_history_table_is_in_words_not_ron() {
    let page = Html::parse_document(&report(
        BUNDLED,
        &["iskander-used", "--to", "html", "--graph", "dot"],
    ));
    let markdown = markdown_to_html(&report(BUNDLED, &["iskander-used", "--graph", "dot"]));
    for (doc, what) in [(&page, "html"), (&markdown, "markdown")] {
        let changes: Vec<String> = table_under(doc, "Change")
            .into_iter()
            .map(|row| row[2].clone())
            .collect();
        assert_eq!(
            changes,
            [
                "started the review",
                "evidence: claim iskander-remains-found-near-shusha (physical evidence, supports)",
                "evidence: claim iskander-serial-numbers (physical evidence, supports)",
                "evidence: statement s000-11 (on the record, supports)",
                "evidence: statement s000-08 (anonymous source, supports)",
                "evidence: statement s000-32 (on the record, refutes)",
                "verdict: Mostly true; rationale written",
                "address: https://claimgraph.example.org/fact-checks/iskander-used; published",
            ],
            "{what}"
        );
    }
}
