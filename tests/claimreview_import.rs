//! `import claimreview`: real published markup (schema.org's PolitiFact
//! examples), a messy DataFeed against existing records, dry runs, hostile
//! text, and the round trip export → import → export.

#[path = "claimreview_support/mod.rs"]
mod support;

use serde_json::Value;
use support::{Desk, fixture};

fn import(desk: &Desk, files: &[&str], extra: &[&str]) -> (i32, String, String) {
    let paths: Vec<String> = files
        .iter()
        .map(|f| fixture(&format!("claimreview/{f}")).display().to_string())
        .collect();
    let mut args = vec!["import", "claimreview"];
    args.extend(paths.iter().map(String::as_str));
    args.extend(extra);
    desk.run(&args)
}

fn import_ok(desk: &Desk, files: &[&str], extra: &[&str]) -> String {
    let (code, stdout, stderr) = import(desk, files, extra);
    assert_eq!(code, 0, "import failed:\n{stderr}\n{stdout}");
    stdout
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
    let text = import_ok(&desk, POLITIFACT, &[]);
    insta::assert_snapshot!("import_politifact_report", text);
    desk.assert_checks_clean();
    let review = desk.read("reviews/more-than-3-000-homicides-were.ron");
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
    assert!(text.contains("schemaorg-issue-1061-politifact.json item 1: claim `more-than-3-000-homicides-were` is already reviewed by schemaorg-eg-323-politifact.json item 1 of this import"), "{text}");
    // No rating at all: the review is imported without a verdict.
    let clip = desk.read("reviews/in-the-middle-of-the-cold.ron");
    assert!(
        clip.contains("status: Unreviewed") && !clip.contains("verdict:"),
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
            .contains("already has a review")
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
        desk.read("reviews/more-than-3-000-homicides-were.ron")
            .contains("claimants: [\"rick-perry\"],")
    );
    desk.assert_checks_clean();
}

#[test]
fn messy_feed_against_existing_records() {
    let desk = Desk::copy_of("claimreview/reviewed");
    let text = import_ok(&desk, &["messy-feed.json"], &[]);
    insta::assert_snapshot!("import_messy_feed_report", text);
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
            ("stepanyan", "name"),
            ("ppn", "url"),
            ("sputnik", "name"),
            ("am-mod", "name")
        ],
        "a differently cased name, a page on an outlet's site, an Arabic name"
    );
    let skipped: Vec<&str> = report["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["reason"].as_str().unwrap())
        .collect();
    assert_eq!(
        skipped,
        [
            "claim `tos-used` already has a review; it was left as it is",
            "claim `drone-strike` already has a review; it was left as it is",
            "no claimReviewed: there is no claim to import",
        ],
        "item 1 spells قره باغ as قرة باغ and still finds tos-used"
    );
    // A channel on the same host but another path is not War Channel.
    let outlets = desk.read("outlets/import-messy-feed.ron");
    assert!(outlets.contains("\"Other Channel\""), "{outlets}");
    let review = desk.read("reviews/azerbaijani-drones-hit-a-civilian-bus.ron");
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
        text.contains("dry run, 5 files would be written, nothing was"),
        "{text}"
    );
    assert!(
        text.contains(
            "--- /dev/null\n+++ b/data/reviews/azerbaijani-drones-hit-a-civilian-bus.ron"
        ),
        "{text}"
    );
    assert!(text.contains("+    verdict: Mixed,"), "{text}");
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
        "the-ministry-s-ghost-unit-shot",
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

#[test]
fn export_import_export_gives_the_same_claimreview() {
    let source = Desk::copy_of("claimreview/reviewed");
    let first = source.ok(&["export", "claimreview"]);
    let feed = source.dir.path().join("exported.json");
    std::fs::write(&feed, &first).unwrap();

    let desk = Desk::empty();
    let feed = feed.display().to_string();
    let (code, stdout, stderr) = desk.run(&["import", "claimreview", &feed]);
    assert_eq!(code, 0, "{stderr}{stdout}");
    desk.assert_checks_clean();
    let second = desk.ok(&["export", "claimreview"]);
    assert_eq!(first, second, "the round trip is byte for byte");
}

#[test]
fn unusable_input_is_a_clear_error() {
    let desk = Desk::empty();
    let bad = desk.dir.path().join("bad.json");
    std::fs::write(&bad, "{ \"@type\": ").unwrap();
    let (code, _, stderr) = desk.run(&["import", "claimreview", &bad.display().to_string()]);
    assert_eq!(code, 1);
    assert!(stderr.contains("bad.json is not JSON"), "{stderr}");
    let (code, _, stderr) = desk.run(&["import", "claimreview", "missing.json"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("cannot read missing.json"), "{stderr}");
    assert!(!stderr.contains("panicked"));
}

#[test]
fn a_file_name_already_used_gets_a_number() {
    let desk = Desk::empty();
    let write_feed = |folder: &str, claim: &str| {
        let dir = desk.dir.path().join(folder);
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
fn a_review_file_of_another_claim_is_not_overwritten() {
    let desk = Desk::copy_of("claimreview/reviewed");
    let reviews = desk.data().join("reviews");
    std::fs::remove_file(reviews.join("drone-strike.ron")).unwrap();
    std::fs::rename(
        reviews.join("tank-losses.ron"),
        reviews.join("drone-strike.ron"),
    )
    .unwrap();
    let before = desk.read("reviews/drone-strike.ron");
    let report = json_report(&desk, &["messy-feed.json"], &[]);
    let reasons: Vec<&str> = report["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["reason"].as_str().unwrap())
        .collect();
    assert!(
        reasons.contains(&"reviews/drone-strike.ron already exists but does not review `drone-strike`; nothing was overwritten"),
        "{reasons:?}"
    );
    assert_eq!(desk.read("reviews/drone-strike.ron"), before);
}
