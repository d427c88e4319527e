//! `view`: the offline interactive page, as the command line writes it. What
//! the page does in a browser is tested in headless Chromium by
//! tests/browser/view.test.mjs (scripts/test-all.sh); here, what can be
//! checked without one: the file is written as `export -o` writes, it holds
//! the JSON export's graph, it fetches nothing, and the brief embeds it.

use scraper::{Html, Selector};
use serde_json::Value;

use crate::support::{Claimgraph, fixture, json, run};

fn select<'a>(doc: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    doc.select(&Selector::parse(css).unwrap()).collect()
}

/// The data block of a page.
fn data_of(page: &str) -> Value {
    let doc = Html::parse_document(page);
    let block = select(&doc, "script#cg-data[type='application/json']");
    assert_eq!(block.len(), 1);
    serde_json::from_str(&block[0].inner_html()).unwrap()
}

#[test]
fn a_claims_page_holds_its_json_export_and_names_every_script_in_its_policy() {
    let page = run(&["view", "--claim", "iskander-used"]).ok();
    let doc = Html::parse_document(&page);
    assert!(doc.errors.is_empty(), "{:?}", doc.errors);
    let data = data_of(&page);
    let mut export = json(&["export", "json", "--claim", "iskander-used"]);
    let export = export.as_object_mut().unwrap();
    export.remove("schema");
    export.remove("schema_version");
    assert_eq!(data["graph"], Value::Object(export.clone()));
    assert_eq!(data["scope"]["id"], "iskander-used");
    let policy = select(&doc, "meta[http-equiv=Content-Security-Policy]")[0]
        .value()
        .attr("content")
        .unwrap()
        .to_string();
    assert!(policy.starts_with("default-src 'none'; script-src 'sha256-"));
    let inline: Vec<_> = select(&doc, "script:not([type])");
    assert_eq!(inline.len(), 3);
    assert_eq!(
        policy.matches("'sha256-").count(),
        4,
        "three scripts and a style"
    );
    // Nothing is loaded from anywhere: no src, no href, no link.
    assert!(select(&doc, "[src], [href], link, iframe, img").is_empty());
}

#[test]
fn the_same_data_writes_the_same_page() {
    let a = run(&["view", "--around", "russia-mod", "--depth", "1"]).ok();
    let b = run(&["view", "--around", "russia-mod", "--depth", "1"]).ok();
    assert_eq!(a, b);
    assert_eq!(data_of(&a)["scope"]["depth"], 1);
}

#[test]
fn writes_a_new_file_and_replaces_one_only_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("iskander.html");
    let target = file.to_str().unwrap();
    let wrote = run(&["view", "--claim", "iskander-used", "-o", target]).success();
    assert!(wrote.stdout.is_empty());
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        run(&["view", "--claim", "iskander-used"]).ok()
    );
    std::fs::write(&file, "mine").unwrap();
    let refused = run(&["view", "--claim", "iskander-used", "-o", target]);
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    assert!(refused.stderr.contains("--force"), "{}", refused.stderr);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine");
    run(&["view", "--claim", "iskander-used", "-o", target, "--force"]).success();
    assert_ne!(std::fs::read_to_string(&file).unwrap(), "mine");
}

#[test]
fn json_output_and_an_unknown_claim_are_usage_errors() {
    assert_eq!(run(&["view", "--format", "json"]).code, 2);
    assert_eq!(run(&["view", "--claim", "no-such-claim"]).code, 2);
}

#[test]
fn hostile_names_stay_inside_the_data_block() {
    let page = Claimgraph::new()
        .data(fixture("valid/hostile"))
        .args(["view"])
        .run()
        .ok();
    let doc = Html::parse_document(&page);
    assert_eq!(select(&doc, "script").len(), 4, "the data opened no script");
    assert!(select(&doc, "b, img, [onerror]").is_empty());
    let text = data_of(&page).to_string();
    assert!(text.contains("</script><script>alert(1)</script>"));
    assert!(
        text.contains("\\\\u{202e}"),
        "bidi controls are shown escaped"
    );
}

#[test]
fn the_interactive_brief_keeps_the_static_graph_for_print() {
    let page = run(&[
        "report",
        "iskander-used",
        "--to",
        "html",
        "--graph",
        "dot",
        "--interactive",
    ])
    .ok();
    let doc = Html::parse_document(&page);
    assert_eq!(select(&doc, ".chain-interactive #cg-graph").len(), 1);
    assert_eq!(
        select(&doc, "pre code.language-dot").len(),
        1,
        "the DOT source stays"
    );
    let policy = select(&doc, "meta[http-equiv=Content-Security-Policy]")[0]
        .value()
        .attr("content")
        .unwrap();
    assert_eq!(policy.matches("'sha256-").count(), 3, "{policy}");
    assert!(page.contains("@media print { .chain-interactive { display: none; } }"));
    let plain = run(&["report", "iskander-used", "--to", "html", "--graph", "dot"]).ok();
    assert!(
        !plain.contains("<script"),
        "no script without --interactive"
    );
    assert_eq!(
        run(&["report", "iskander-used", "--interactive"]).code,
        2,
        "--interactive is for HTML"
    );
}
