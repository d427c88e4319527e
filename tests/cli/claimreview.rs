//! ClaimReview, both ways.
//!
//! `export claimreview`: the JSON-LD on the reviewed fixture and on the
//! bundled data (snapshots), what it includes and how, escaping, and the
//! real consumers' verdict: pyld's JSON-LD expansion and a JSON Schema of
//! Google's required and recommended fields (`scripts/check_claimreview.py`;
//! skipped when Python lacks pyld or jsonschema, unless
//! `CLAIMGRAPH_REQUIRE_PYTHON=1`).
//!
//! `import claimreview`: real published markup (schema.org's PolitiFact
//! examples), a messy DataFeed against existing records, dry runs, hostile
//! text, and the round trip export → import → export.

use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::{Value, json};

use crate::support::{Desk, Run, assert_cmd_snapshot, files_under, fixture, python, root, run};

/// Exit code and stderr of `scripts/check_claimreview.py` on `document`.
pub(crate) fn check_claimreview(python: &Path, document: &str, flags: &[&str]) -> (i32, String) {
    use std::io::Write;
    let mut child = Command::new(python)
        .arg(root().join("scripts/check_claimreview.py"))
        .args(flags)
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(document.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    (
        output.status.code().expect("exited"),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

// ---- export claimreview ----

fn reviewed() -> Desk {
    Desk::copy_of("claimreview/reviewed")
}

fn export_run(desk: &Desk, extra: &[&str]) -> Run {
    let mut args = vec!["export", "claimreview"];
    args.extend(extra);
    desk.run(&args).success()
}

fn export(desk: &Desk, extra: &[&str]) -> (String, Value) {
    let text = export_run(desk, extra).stdout;
    let value = serde_json::from_str(&text).expect("the export is JSON");
    (text, value)
}

fn bundled_export_run() -> Run {
    run(&["export", "claimreview"]).success()
}

fn bundled_export() -> String {
    bundled_export_run().stdout
}

#[test]
fn reviewed_fixture_snapshot() {
    let run = export_run(&reviewed(), &[]);
    let _: Value = serde_json::from_str(&run.stdout).expect("the export is JSON");
    assert_cmd_snapshot!("export_reviewed_fixture", run);
}

#[test]
fn bundled_data_snapshot() {
    let run = bundled_export_run();
    let value: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(value["@context"], "https://schema.org");
    assert_cmd_snapshot!("export_bundled_data", run);
}

#[test]
fn only_finished_reviews_with_verdicts_in_data_order() {
    let (_, doc) = export(&reviewed(), &[]);
    let urls: Vec<&str> = doc["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["url"].as_str().unwrap())
        .collect();
    assert_eq!(
        urls,
        [
            "https://desk.example.org/ar/checks/tos-used",
            "https://desk.example.org/checks/tos-not-used",
            "https://desk.example.org/checks/tank-losses?lang=en&v=\"2\"",
        ],
        "drone-strike is InProgress and is left out"
    );
}

#[test]
fn each_review_maps_as_documented() {
    let (_, doc) = export(&reviewed(), &[]);
    let [arabic, own_scale, unproven] = doc["@graph"].as_array().unwrap().as_slice() else {
        panic!("three reviews");
    };
    // The review is in Arabic and the claim has Arabic wording: that is reviewed.
    assert_eq!(
        arabic["claimReviewed"],
        "أذربيجان استخدمت منظومة TOS-1A في قره باغ"
    );
    assert_eq!(arabic["inLanguage"], "ar");
    assert_eq!(arabic["datePublished"], "2020-10-03", "published wins");
    assert_eq!(
        arabic["author"],
        json!({"@type": "Organization", "name": "Claimgraph Desk", "url": "https://desk.example.org"})
    );
    assert_eq!(
        arabic["reviewRating"],
        json!({"@type": "Rating", "ratingValue": 2, "bestRating": 5, "worstRating": 1,
               "alternateName": "Misleading", "name": "Misleading"})
    );
    let claim = &arabic["itemReviewed"];
    assert_eq!(
        claim["author"],
        json!([{"@type": "Organization", "name": "Armenian Ministry of Defence"},
               {"@type": "Person", "name": "Shushan Stepanyan"}]),
        "the speakers who put it forward; the denier is not an author"
    );
    let appearances: Vec<&str> = claim["appearance"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["url"].as_str().unwrap())
        .collect();
    assert_eq!(
        appearances,
        [
            "https://arabic.sputniknews.com/20200927/tos-1a",
            "https://www.pakistanpoint.com/en/world/news/tos-1a",
            "https://t.me/warchannel/1201",
        ],
        "sources in data order, then the review's own; a URL listed twice appears once"
    );
    assert_eq!(
        claim["firstAppearance"]["url"],
        "https://t.me/warchannel/1201"
    );
    assert_eq!(claim["datePublished"], "2020-09-26");
    assert_eq!(
        claim["appearance"][0]["publisher"]["name"],
        "Sputnik Arabic"
    );

    assert_eq!(
        own_scale["author"],
        json!({"@type": "Person", "name": "Sam Lee"})
    );
    assert_eq!(
        own_scale["datePublished"], "2020-10-04",
        "created, as nothing later is set"
    );
    assert_eq!(own_scale["reviewRating"]["ratingValue"], 1);
    assert_eq!(own_scale["reviewRating"]["bestRating"], 6);
    assert_eq!(own_scale["reviewRating"]["alternateName"], "Pants on Fire");
    assert_eq!(
        own_scale["itemReviewed"]["author"][1],
        json!({"@type": "Organization", "name": "Sputnik Arabic"}),
        "claimants follow the speakers"
    );

    let rating = unproven["reviewRating"].as_object().unwrap();
    assert!(
        !rating.contains_key("ratingValue"),
        "Unproven is not a degree of truth"
    );
    assert_eq!(rating["alternateName"], "Unproven");
}

#[test]
fn hostile_text_is_escaped_for_html_and_survives() {
    let (text, doc) = export(&reviewed(), &[]);
    assert!(!text.contains("</script>") && !text.contains('\u{202e}'));
    assert!(text.contains("\\u003c/script\\u003e"), "{text}");
    assert_eq!(
        doc["@graph"][2]["claimReviewed"],
        "Armenia lost \"130 tanks\" \\ </script><b>&amp; \u{202e}on day one."
    );
}

#[test]
fn claim_option_narrows_the_export_and_output_is_deterministic() {
    let desk = reviewed();
    let (_, one) = export(&desk, &["--claim", "tank-losses"]);
    assert_eq!(one["@graph"].as_array().unwrap().len(), 1);
    let (_, none) = export(&desk, &["--claim", "drone-strike"]);
    assert_eq!(none["@graph"], json!([]));
    let (first, _) = export(&desk, &[]);
    let (second, _) = export(&desk, &[]);
    assert_eq!(first, second);
}

#[test]
fn json_ld_processor_and_google_schema_accept_the_export() {
    let Some(python) = python() else { return };
    let (text, _) = export(&reviewed(), &[]);
    let (code, stderr) = check_claimreview(&python, &text, &["--strict"]);
    assert_eq!(
        code, 0,
        "required and recommended fields are all there:\n{stderr}"
    );
    assert!(stderr.contains("3 ClaimReview(s)"), "{stderr}");
    assert!(!stderr.contains("warning"), "{stderr}");
    // The shipped data may lack what only the data can give (a source's date
    // or address): that is a warning, as in Google's own test.
    let (code, stderr) = check_claimreview(&python, &bundled_export(), &[]);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn the_checker_rejects_broken_documents() {
    let Some(python) = python() else { return };
    let (_, doc) = export(&reviewed(), &[]);
    let broken = |change: &dyn Fn(&mut Value)| {
        let mut doc = doc.clone();
        change(&mut doc);
        doc.to_string()
    };
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "no url",
            broken(&|d| {
                d["@graph"][0].as_object_mut().unwrap().remove("url");
            }),
            "'url' is a required property",
        ),
        (
            "no rating words",
            broken(&|d| {
                d["@graph"][1]["reviewRating"]
                    .as_object_mut()
                    .unwrap()
                    .remove("alternateName");
            }),
            "'alternateName' is a required property",
        ),
        (
            "misspelt property",
            broken(&|d| {
                let node = d["@graph"][0].as_object_mut().unwrap();
                let claim = node.remove("claimReviewed").unwrap();
                node.insert("claimReviwed".into(), claim);
            }),
            "`claimReviwed` is not a schema.org term",
        ),
        (
            "value outside the scale",
            broken(&|d| {
                d["@graph"][0]["reviewRating"]["ratingValue"] = json!(9);
            }),
            "must lie between",
        ),
        (
            "half a scale",
            broken(&|d| {
                d["@graph"][1]["reviewRating"]
                    .as_object_mut()
                    .unwrap()
                    .remove("worstRating");
            }),
            "dependency",
        ),
        (
            "no appearance",
            broken(&|d| {
                let claim = d["@graph"][1]["itemReviewed"].as_object_mut().unwrap();
                claim.remove("appearance");
                claim.remove("firstAppearance");
            }),
            "itemReviewed",
        ),
        (
            "invalid JSON-LD",
            broken(&|d| d["@context"] = json!(5)),
            "not valid JSON-LD",
        ),
        (
            "no ClaimReview",
            broken(&|d| d["@graph"] = json!([])),
            "no ClaimReview",
        ),
        ("not JSON", "{".to_string(), "not JSON"),
    ];
    for (name, document, expected) in cases {
        let (code, stderr) = check_claimreview(&python, &document, &["--strict"]);
        assert_eq!(code, 1, "{name} must fail:\n{stderr}");
        assert!(
            stderr.contains(expected),
            "{name}: expected `{expected}` in:\n{stderr}"
        );
    }
    let no_appearance = broken(&|d| {
        let claim = d["@graph"][1]["itemReviewed"].as_object_mut().unwrap();
        claim.remove("appearance");
        claim.remove("firstAppearance");
    });
    let (code, stderr) = check_claimreview(&python, &no_appearance, &[]);
    assert_eq!(
        code, 0,
        "a recommended field is a warning without --strict:\n{stderr}"
    );
    assert!(
        stderr.contains("warning") && stderr.contains("recommended by Google"),
        "{stderr}"
    );
}

// ---- import claimreview ----

/// `import claimreview` of fixture files, which must succeed.
fn import_run(desk: &Desk, files: &[&str], extra: &[&str]) -> Run {
    let paths: Vec<String> = files
        .iter()
        .map(|f| fixture(&format!("claimreview/{f}")).display().to_string())
        .collect();
    let mut args = vec!["import", "claimreview"];
    args.extend(paths.iter().map(String::as_str));
    args.extend(extra);
    desk.run(&args).success()
}

fn import_ok(desk: &Desk, files: &[&str], extra: &[&str]) -> String {
    import_run(desk, files, extra).stdout
}

fn json_report(desk: &Desk, files: &[&str], extra: &[&str]) -> Value {
    let mut all = extra.to_vec();
    all.extend(["--format", "json"]);
    serde_json::from_str(&import_ok(desk, files, &all)).unwrap()
}

/// `(kind, id)` of every record a report says it created.
fn created(report: &Value) -> Vec<(String, String)> {
    report["created"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["kind"].as_str().unwrap().to_string(),
                c["id"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

const POLITIFACT: &[&str] = &[
    "schemaorg-eg-323-politifact.json",
    "schemaorg-issue-1061-politifact.json",
    "schemaorg-eg-324-clip.json",
];

#[test]
fn published_politifact_markup_imports_into_an_empty_desk() {
    let desk = Desk::empty();
    let run = import_run(&desk, POLITIFACT, &[]);
    let text = run.stdout.clone();
    assert_cmd_snapshot!("import_politifact_report", run);
    desk.assert_checks_clean();
    // Their review is kept as theirs, in external-reviews/, not as ours.
    assert!(!desk.data().join("reviews").exists());
    let review = desk.read("external-reviews/import-schemaorg-eg-323-politifact.ron");
    insta::assert_snapshot!("import_politifact_review", review);
    // PolitiFact's "True" sits at 1 on its 1–6 scale: kept verbatim, not
    // read as our True.
    assert!(review.contains("verdict: Other(Rating(label: \"True\", value: 1, best: 6)),"));
    assert!(review.contains(
        "publisher: Publisher(name: \"politifact.com\", url: \"http://www.politifact.com/\"),"
    ));
    let actors = desk.read("actors/import-schemaorg-eg-323-politifact.ron");
    assert!(actors.contains("kind: Person") && actors.contains("\"Rich Perry\""));
    // The same claim from the second file is not reviewed twice.
    assert!(text.contains("schemaorg-issue-1061-politifact.json item 1: the review of `more-than-3000-homicides-were-committed` at http://www.politifact.com/texas/statements/2014/jul/23/rick-perry/rick-perry-claim-about-3000-homicides-illegal-immi/ is already imported by schemaorg-eg-323-politifact.json item 1 of this import"), "{text}");
    // No rating at all: the review is imported without a verdict.
    let clip = desk.read("external-reviews/import-schemaorg-eg-324-clip.ron");
    assert!(
        !clip.contains("status:") && !clip.contains("verdict:"),
        "{clip}"
    );
    assert!(clip.contains("rationale: \"This claim is true. The UK also played a role.\""));

    // Importing again changes nothing and says why.
    let before = desk.files();
    let again = json_report(&desk, POLITIFACT, &[]);
    assert_eq!(desk.files(), before);
    assert!(created(&again).is_empty());
    assert_eq!(again["skipped"].as_array().unwrap().len(), 3, "{again:#}");
    assert!(
        again["skipped"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("is already imported")
    );
}

#[test]
fn names_already_in_the_data_are_matched() {
    let desk = Desk::empty();
    std::fs::write(
        desk.data().join("actors.ron"),
        "[\n    Actor(id: \"rick-perry\", kind: Person, names: { \"en\": \"Rick Perry\" }, aliases: [\"Rich Perry\"]),\n]\n",
    )
    .unwrap();
    let report = json_report(&desk, &["schemaorg-eg-323-politifact.json"], &[]);
    assert_eq!(report["matched"][0]["id"], "rick-perry");
    assert_eq!(report["matched"][0]["input"], "Rich Perry");
    assert!(!created(&report).iter().any(|(kind, _)| kind == "actor"));
    assert!(
        desk.read("external-reviews/import-schemaorg-eg-323-politifact.ron")
            .contains("claimants: [\"rick-perry\"],")
    );
    desk.assert_checks_clean();
}

#[test]
fn messy_feed_against_existing_records() {
    let desk = Desk::copy_of("claimreview/reviewed");
    let run = import_run(&desk, &["messy-feed.json"], &[]);
    assert_cmd_snapshot!("import_messy_feed_report", run);
    desk.assert_checks_clean();
    let report = json_report(
        &Desk::copy_of("claimreview/reviewed"),
        &["messy-feed.json"],
        &[],
    );
    let matched: Vec<(&str, &str)> = report["matched"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["id"].as_str().unwrap(), m["by"].as_str().unwrap()))
        .collect();
    assert_eq!(
        matched,
        [
            ("tos-used", "claim wording"),
            ("stepanyan", "name"),
            ("ppn", "url"),
            ("sputnik", "name"),
            ("drone-strike", "claim wording"),
            ("am-mod", "name")
        ],
        "claims matched by folded wording, a differently cased name, a page on an outlet's site, an Arabic name"
    );
    let skipped: Vec<&str> = report["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["reason"].as_str().unwrap())
        .collect();
    assert_eq!(
        skipped,
        ["no claimReviewed: there is no claim to import"],
        "claims we reviewed take the other desk's review beside ours"
    );
    let theirs = desk.read("external-reviews/import-messy-feed.ron");
    assert!(
        theirs.contains("claim: \"tos-used\","),
        "item 1 spells قره باغ as قرة باغ and still finds tos-used: {theirs}"
    );
    assert!(theirs.contains("claim: \"drone-strike\","), "{theirs}");
    // A channel on the same host but another path is not War Channel.
    let outlets = desk.read("outlets/import-messy-feed.ron");
    assert!(outlets.contains("\"Other Channel\""), "{outlets}");
    let review = theirs;
    assert!(
        review.contains("verdict: Mixed,"),
        "numbers given as strings, on our scale"
    );
    assert!(
        review.contains("published: \"2020-10-07\","),
        "the day of a timestamp"
    );
    assert!(review.contains("publisher: Publisher(name: \"Fact Check Example\"),"));
    // Nothing that existed was touched.
    let original = Desk::copy_of("claimreview/reviewed").files();
    let now = desk.files();
    for (path, bytes) in &original {
        assert_eq!(now.get(path), Some(bytes), "{path} changed");
    }
}

#[test]
fn dry_run_shows_diffs_and_writes_nothing() {
    let desk = Desk::copy_of("claimreview/reviewed");
    let before = desk.files();
    let text = import_ok(&desk, &["messy-feed.json"], &["--dry-run"]);
    assert_eq!(desk.files(), before, "a dry run writes nothing");
    assert!(
        text.contains("dry run, 4 files would be written, nothing was"),
        "{text}"
    );
    assert!(
        text.contains("--- /dev/null\n+++ b/data/external-reviews/import-messy-feed.ron"),
        "{text}"
    );
    assert!(text.contains("+        verdict: Mixed,"), "{text}");
    let report = json_report(&desk, &["messy-feed.json"], &["--dry-run"]);
    assert_eq!(report["dry_run"], true);
    assert!(
        report["files"][0]["diff"]
            .as_str()
            .unwrap()
            .starts_with("--- /dev/null")
    );
    assert_eq!(desk.files(), before);
}

#[test]
fn hostile_text_is_escaped_in_ron_and_comes_back_intact() {
    let desk = Desk::copy_of("claimreview/reviewed");
    import_ok(&desk, &["messy-feed.json"], &[]);
    let claims = desk.read("claims/import-messy-feed.ron");
    assert!(
        claims.contains(r#"text: "The ministry’s \"Ghost\" unit shot down 12 drones \\ </script>"#),
        "{claims}"
    );
    assert!(claims.contains(r"\u{7} on Monday. ) ] // /*"), "{claims}");
    let outlets = desk.read("outlets/import-messy-feed.ron");
    assert!(
        outlets.contains(r#""Sputnik \"Arabic\"\u{7} ]""#),
        "{outlets}"
    );
    // The loader reads back exactly the text that was imported (tidied of
    // runs of blanks), as the export shows.
    desk.assert_checks_clean();
    let export: Value = serde_json::from_str(&desk.ok(&[
        "show",
        "the-ministrys-ghost-unit-shot-down",
        "--format",
        "json",
    ]))
    .unwrap();
    let shown = export.to_string();
    assert!(
        shown.contains(&serde_json::to_string("The ministry’s \"Ghost\" unit shot down 12 drones \\ </script>\u{202e}\u{7} on Monday. ) ] // /*").unwrap()),
        "{shown}"
    );
}

/// The round trip, adapted: what we import is another desk's review, so it
/// comes back as their review (same URL, author and rating), never into our
/// feed, which stays empty on a desk that has reviewed nothing itself.
#[test]
fn export_import_keeps_the_claimreview_as_theirs() {
    let source = Desk::copy_of("claimreview/reviewed");
    let first = source.ok(&["export", "claimreview"]);
    let feed = source.path().join("exported.json");
    std::fs::write(&feed, &first).unwrap();
    let exported: Value = serde_json::from_str(&first).unwrap();

    let desk = Desk::empty();
    let feed = feed.display().to_string();
    let run = desk.run(&["import", "claimreview", &feed]);
    assert_eq!(run.code, 0, "{}{}", run.stderr, run.stdout);
    desk.assert_checks_clean();
    let second: Value = serde_json::from_str(&desk.ok(&["export", "claimreview"])).unwrap();
    assert_eq!(second["@graph"], json!([]), "their reviews are not ours");
    // Every imported claim is still in our queue, with their verdict beside it.
    let queue: Value =
        serde_json::from_str(&desk.ok(&["review", "queue", "--limit", "100", "--format", "json"]))
            .unwrap();
    let queued = queue["claims"].as_array().unwrap();
    assert_eq!(queued.len(), exported["@graph"].as_array().unwrap().len());
    let mut theirs = Vec::new();
    for entry in queued {
        let id = entry["claim"]["id"].as_str().unwrap();
        let shown: Value =
            serde_json::from_str(&desk.ok(&["show", id, "--format", "json"])).unwrap();
        assert_eq!(shown["external_reviews"], entry["external_reviews"]);
        theirs.extend(
            shown["external_reviews"]
                .as_array()
                .cloned()
                .unwrap_or_default(),
        );
    }
    let mine: Vec<Value> = exported["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .map(|cr| {
            json!({
                // A Person author is their reviewer, not a publisher.
                "publisher": if cr["author"]["@type"] == "Organization" {
                    cr["author"]["name"].clone()
                } else {
                    Value::Null
                },
                "url": cr["url"],
                "verdict": cr["reviewRating"]["alternateName"],
                // Our labels come back as ours: nothing else to keep.
                "their_label": Value::Null,
                "published": cr["datePublished"],
            })
        })
        .collect();
    let mut theirs_sorted: Vec<String> = theirs.iter().map(Value::to_string).collect();
    let mut mine_sorted: Vec<String> = mine.iter().map(Value::to_string).collect();
    theirs_sorted.sort();
    mine_sorted.sort();
    assert_eq!(
        theirs_sorted, mine_sorted,
        "URL, author and rating verbatim"
    );
}

#[test]
fn unusable_input_is_a_clear_error() {
    let desk = Desk::empty();
    let bad = desk.path().join("bad.json");
    std::fs::write(&bad, "{ \"@type\": ").unwrap();
    let run = desk.run(&["import", "claimreview", &bad.display().to_string()]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("bad.json is not JSON"),
        "{}",
        run.stderr
    );
    let run = desk.run(&["import", "claimreview", "missing.json"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("cannot read missing.json"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"));
}

#[test]
fn a_file_name_already_used_gets_a_number() {
    let desk = Desk::empty();
    let write_feed = |folder: &str, claim: &str| {
        let dir = desk.path().join(folder);
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("feed.json");
        let doc = serde_json::json!({"@type": "ClaimReview", "claimReviewed": claim,
            "reviewRating": {"alternateName": "False"}});
        std::fs::write(&path, doc.to_string()).unwrap();
        path.display().to_string()
    };
    let first = write_feed("a", "The moon is cheese.");
    let second = write_feed("b", "The sun is cold.");
    desk.ok(&["import", "claimreview", &first]);
    desk.ok(&["import", "claimreview", &second]);
    assert!(
        desk.read("claims/import-feed.ron")
            .contains("The moon is cheese.")
    );
    assert!(
        desk.read("claims/import-feed-2.ron")
            .contains("The sun is cold.")
    );
    desk.assert_checks_clean();
}

#[test]
fn an_import_never_touches_our_reviews() {
    let desk = Desk::copy_of("claimreview/reviewed");
    let ours = files_under(&desk.data().join("reviews"));
    let report = json_report(&desk, &["messy-feed.json"], &[]);
    assert!(
        report["files"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| !f["path"].as_str().unwrap().contains("/reviews/")),
        "{report:#}"
    );
    assert_eq!(files_under(&desk.data().join("reviews")), ours);
}

// ---- ours and theirs (issue 9, finding 2) ----

/// The ClaimReviews of an export.
fn graph(text: &str) -> Vec<Value> {
    let doc: Value = serde_json::from_str(text).unwrap();
    doc["@graph"].as_array().cloned().unwrap()
}

#[test]
fn csv_import_then_export_emits_no_invalid_claimreview() {
    let desk = Desk::bundled();
    desk.ok(&[
        "import",
        "csv",
        &fixture("claimreview/desk-sheet.csv").display().to_string(),
    ]);
    desk.assert_checks_clean();
    let run = desk.run(&["export", "claimreview"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for review in graph(&run.stdout) {
        for key in ["url", "author", "datePublished"] {
            assert!(review.get(key).is_some(), "no {key}: {review:#}");
        }
        assert_eq!(review["author"]["name"], "Claimgraph Example Desk");
    }
    assert_eq!(
        graph(&run.stdout).len(),
        2,
        "our two published reviews only"
    );
}

#[test]
fn a_finished_review_that_cannot_be_valid_claimreview_is_skipped_with_a_warning() {
    let desk = Desk::bundled();
    // Reviewed with a verdict, but no URL yet.
    let path = desk.data().join("reviews/am-2300-soldiers-neutralised.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace(
            "status: NeedsMoreEvidence,",
            "status: Reviewed,\n    verdict: Some(Unproven),",
        ),
    )
    .unwrap();
    desk.assert_checks_clean();
    let run = desk.run(&["export", "claimreview"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "warning: the review of `am-2300-soldiers-neutralised` was left out of the ClaimReview export: it has no url"
        ),
        "{}",
        run.stderr
    );
    let written = graph(&run.stdout);
    assert_eq!(written.len(), 2, "the valid ones are still written");
    assert!(written.iter().all(|r| r.get("url").is_some()));
}

#[test]
fn claimreview_import_then_export_leaves_the_other_desks_review_out_of_our_feed() {
    let desk = Desk::copy_of("claimreview/reviewed");
    let before = export(&desk, &[]).1;
    import_ok(&desk, &["messy-feed.json"], &[]);
    desk.assert_checks_clean();
    let (text, after) = export(&desk, &[]);
    assert_eq!(after, before, "their reviews add nothing to our feed");
    if let Some(python) = python() {
        let (code, stderr) = check_claimreview(&python, &text, &[]);
        assert_eq!(code, 0, "{stderr}");
    }
    assert!(!text.contains("factcheck.example.net"), "{text}");
    // Their verdict is shown as theirs, on the claim, in the queue and in the brief.
    let shown = desk.ok(&["show", "azerbaijani-drones-hit-a-civilian-bus"]);
    assert!(
        shown.contains("other desks' reviews (1)")
            && shown
                .contains("Mixed (Fact Check Example, 2020-10-07, https://factcheck.example.net/"),
        "{shown}"
    );
    let text = desk.ok(&["review", "queue", "--limit", "100"]);
    assert!(
        text.contains("(theirs: Mixed (Fact Check Example"),
        "{text}"
    );
    let queue = desk.ok(&["review", "queue", "--limit", "100", "--format", "json"]);
    let queue: Value = serde_json::from_str(&queue).unwrap();
    let entry = queue["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["claim"]["id"] == "azerbaijani-drones-hit-a-civilian-bus")
        .expect("an imported claim stays in our queue until we review it");
    assert_eq!(
        entry["external_reviews"][0]["publisher"],
        "Fact Check Example"
    );
    let brief = desk.ok(&[
        "report",
        "azerbaijani-drones-hit-a-civilian-bus",
        "--graph",
        "dot",
    ]);
    assert!(brief.contains("Other desks' verdicts"), "{brief}");
    assert!(brief.contains("No review yet"), "{brief}");
}

#[test]
fn import_into_a_reviewed_claim_keeps_both_verdicts() {
    let desk = Desk::copy_of("claimreview/reviewed");
    let ours = desk.read("reviews/drone-strike.ron");
    import_ok(&desk, &["messy-feed.json"], &[]);
    desk.assert_checks_clean();
    assert_eq!(
        desk.read("reviews/drone-strike.ron"),
        ours,
        "ours is untouched"
    );
    let shown: Value =
        serde_json::from_str(&desk.ok(&["show", "drone-strike", "--format", "json"])).unwrap();
    assert_eq!(
        shown["external_reviews"][0]["verdict"], "False",
        "{shown:#}"
    );
    let theirs: Value =
        serde_json::from_str(&desk.ok(&["show", "tos-used", "--format", "json"])).unwrap();
    assert_eq!(
        theirs["external_reviews"][0]["verdict"], "Misleading",
        "مضلل is in the verdict label table"
    );
    assert_eq!(
        theirs["external_reviews"][0]["publisher"],
        "Fact Check Example"
    );
    let brief = desk.ok(&["report", "drone-strike", "--graph", "dot"]);
    assert!(brief.contains("Other desks' verdicts"), "{brief}");
    assert!(
        !brief.contains("No review yet"),
        "ours is there too: {brief}"
    );
}

/// Issue 10: `firstAppearance` follows the rule of `timeline` and `origins`
/// (the document of the earliest dated statement), unless a review records
/// an earlier appearance.
#[test]
fn first_appearance_is_the_earliest_dated_statements_document_unless_a_review_saw_it_earlier() {
    let desk = reviewed();
    let (_, value) = export(&desk, &[]);
    let claim = &value["@graph"][0]["itemReviewed"];
    assert_eq!(
        claim["firstAppearance"]["url"], "https://t.me/warchannel/1201",
        "the review's appearance of 2020-09-26 comes before the statements"
    );
    let review = desk.data().join("reviews/tos-used.ron");
    let text = std::fs::read_to_string(&review).unwrap();
    std::fs::write(
        &review,
        text.replace("date: \"2020-09-26\"", "date: \"2020-10-30\""),
    )
    .unwrap();
    let (_, value) = export(&desk, &[]);
    let claim = &value["@graph"][0]["itemReviewed"];
    assert_eq!(
        claim["firstAppearance"]["url"], "https://arabic.sputniknews.com/20200927/tos-1a",
        "the first dated statement's document, as `timeline` says"
    );
}
