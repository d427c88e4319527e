//! `export claimreview`: the JSON-LD on the reviewed fixture and on the
//! bundled data (snapshots), what it includes and how, escaping, and the
//! real consumers' verdict: pyld's JSON-LD expansion and a JSON Schema of
//! Google's required and recommended fields (`scripts/check_claimreview.py`;
//! skipped when Python lacks pyld or jsonschema, unless
//! `CLAIMGRAPH_REQUIRE_PYTHON=1`).

#[path = "claimreview_support/mod.rs"]
mod support;

use serde_json::{Value, json};
use support::{Desk, check_claimreview, python};

fn reviewed() -> Desk {
    Desk::copy_of("claimreview/reviewed")
}

fn export(desk: &Desk, extra: &[&str]) -> (String, Value) {
    let mut args = vec!["export", "claimreview"];
    args.extend(extra);
    let text = desk.ok(&args);
    let value = serde_json::from_str(&text).expect("the export is JSON");
    (text, value)
}

fn bundled_export() -> String {
    let output = assert_cmd::Command::cargo_bin("claimgraph")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("CLAIMGRAPH_DATA")
        .args(["export", "claimreview"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn reviewed_fixture_snapshot() {
    let (text, _) = export(&reviewed(), &[]);
    insta::assert_snapshot!("export_reviewed_fixture", text);
}

#[test]
fn bundled_data_snapshot() {
    let text = bundled_export();
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["@context"], "https://schema.org");
    insta::assert_snapshot!("export_bundled_data", text);
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
