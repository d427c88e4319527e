//! `import csv`: a desk's spreadsheet (byte-order mark, CRLF, quoted cells
//! with commas, quotes and line breaks, empty cells and rows, Arabic, an
//! unknown verdict, hostile text) against existing records; `--map`; errors.

use serde_json::Value;

use crate::support::{Desk, assert_cmd_snapshot, fixture};

fn sheet(name: &str) -> String {
    fixture(&format!("claimreview/{name}"))
        .display()
        .to_string()
}

/// The `ExternalReview(...)` entry of `claim` in the list file `file`.
fn external(desk: &Desk, file: &str, claim: &str) -> String {
    let text = desk.read(file);
    let at = text
        .find(&format!("claim: \"{claim}\","))
        .unwrap_or_else(|| panic!("no external review of {claim} in {file}:\n{text}"));
    let rest = &text[at..];
    rest[..rest.find("    ExternalReview(").unwrap_or(rest.len())].to_string()
}

const SHEET_REVIEWS: &str = "external-reviews/import-desk-sheet.ron";

#[test]
fn the_fixture_sheet_is_what_spreadsheets_write() {
    let bytes = std::fs::read(sheet("desk-sheet.csv")).unwrap();
    assert!(bytes.starts_with("\u{feff}".as_bytes()), "byte-order mark");
    assert!(bytes.windows(2).any(|w| w == b"\r\n"), "CRLF line ends");
}

#[test]
fn desk_sheet_imports_against_existing_records() {
    let desk = Desk::copy_of("claimreview/reviewed");
    let run = desk.run(&["import", "csv", &sheet("desk-sheet.csv")]);
    assert_cmd_snapshot!("import_csv_report", run.success());
    desk.assert_checks_clean();

    let shelling = external(
        &desk,
        SHEET_REVIEWS,
        "armenian-forces-shelled-ganja-deliberately-at",
    );
    assert!(shelling.contains("verdict: MostlyTrue,"), "{shelling}");
    assert!(shelling.contains("language: \"en\","));
    assert!(
        shelling.contains("claimants: [\"az-mod\"],"),
        "matched by name"
    );
    assert!(
        shelling.contains("Appearance(url: \"https://t.me/warchannel/1300\", outlet: \"war-channel\", date: \"2020-10-04\")"),
        "{shelling}"
    );

    let claims = desk.read("claims/import-desk-sheet.ron");
    assert!(
        claims
            .contains("text: \"Armenian forces shelled Ganja, \\\"deliberately\\\", at night.\",")
    );
    // Arabic wording with language ar: also the `ar` original.
    assert!(
        claims.contains("original: { \"ar\": \"قصف الجيش الأذربيجاني ستيباناكرت\" },"),
        "{claims}"
    );
    let arabic_id = claims
        .lines()
        .rev()
        .find(|l| l.contains("id: \"claim-"))
        .and_then(|l| l.split('"').nth(1))
        .expect("an Arabic claim gets a hashed id");
    let arabic = external(&desk, SHEET_REVIEWS, arabic_id);
    assert!(
        arabic.contains("verdict: Other(Rating(label: \"صحيح جزئيا\")),"),
        "an unknown verdict is kept verbatim:\n{arabic}"
    );
    assert!(
        arabic.contains("claimants: [\"am-mod\"],"),
        "matched by its Arabic name"
    );
    assert!(
        arabic.contains("outlet: \"sputnik\""),
        "matched by its Arabic name"
    );

    let hostile = external(&desk, SHEET_REVIEWS, "hostile-quote-and-script");
    assert!(hostile.contains("verdict: Other(Rating(label: \"Pants on Fire!\")),"));
    assert!(hostile.contains("date `28/09/2020` is not YYYY-MM-DD; left out"));
    assert!(hostile.contains("url `javascript:alert(1)` is not a web address; left out"));
    assert!(
        desk.read("claims/import-desk-sheet.ron")
            .contains("text: \"Hostile \\u{202e} \\\"quote\\\" \\\\ and </script>\\u{7}\",")
    );
}

#[test]
fn the_report_in_json_says_what_was_skipped_and_why() {
    let desk = Desk::copy_of("claimreview/reviewed");
    let report: Value = serde_json::from_str(&desk.ok(&[
        "import",
        "csv",
        &sheet("desk-sheet.csv"),
        "--format",
        "json",
    ]))
    .unwrap();
    let skipped: Vec<(&str, &str)> = report["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["from"].as_str().unwrap(), s["reason"].as_str().unwrap()))
        .collect();
    assert_eq!(
        skipped,
        [("desk-sheet.csv row 5", "the claim cell is empty")],
        "rows 2 and 6 (a claim broken over two lines in its cell) review claims we reviewed: theirs is kept beside ours"
    );
    let kept: Vec<&str> = report["created"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "external review")
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert!(
        kept.contains(&"tos-used") && kept.contains(&"drone-strike"),
        "{kept:?}"
    );
    assert_eq!(report["reviews_read"], 5);
}

#[test]
fn mapped_headers_and_a_second_import_of_the_same_rows() {
    let desk = Desk::copy_of("claimreview/reviewed");
    let args = [
        "import",
        "csv",
        &sheet("desk-sheet-mapped.csv"),
        "--map",
        "claim=Statement",
        "--map",
        "claimant=Who said it",
        "--map",
        "verdict=rating",
        "--map",
        "url=Seen at",
    ];
    desk.ok(&args);
    let review = external(
        &desk,
        "external-reviews/import-desk-sheet-mapped.ron",
        "the-enemy-used-phosphorus-munitions",
    );
    assert!(review.contains("verdict: Unproven,"), "{review}");
    assert!(review.contains("claimants: [\"stepanyan\"],"));
    assert!(
        review.contains("outlet: \"sputnik\""),
        "a page on Sputnik's site"
    );
    desk.assert_checks_clean();
    let before = desk.files();
    let again = desk.ok(&args);
    assert!(again.contains("nothing to write"), "{again}");
    assert_eq!(desk.files(), before);
}

#[test]
fn dry_run_writes_nothing() {
    let desk = Desk::copy_of("claimreview/reviewed");
    let before = desk.files();
    let text = desk.ok(&["import", "csv", &sheet("desk-sheet.csv"), "--dry-run"]);
    assert!(
        text.contains("+++ b/data/claims/import-desk-sheet.ron"),
        "{text}"
    );
    assert_eq!(desk.files(), before);
}

#[test]
fn unusable_sheets_and_mappings_are_clear_errors() {
    let desk = Desk::empty();
    let run = desk.run(&["import", "csv", &sheet("desk-sheet-mapped.csv")]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("no `claim` column (the headers are: statement, who said it, rating, seen at); name it with --map claim=HEADER"),
        "{}", run.stderr
    );
    let run = desk.run(&[
        "import",
        "csv",
        &sheet("desk-sheet.csv"),
        "--map",
        "speaker=Who",
    ]);
    assert_eq!(run.code, 2, "a malformed flag value is bad usage");
    assert!(
        run.stderr.contains("--map names unknown field `speaker`"),
        "{}",
        run.stderr
    );
    let latin1 = desk.path().join("latin1.csv");
    std::fs::write(&latin1, b"claim\n\xe9t\xe9\n").unwrap();
    let run = desk.run(&["import", "csv", &latin1.display().to_string()]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("not UTF-8"), "{}", run.stderr);
    assert!(!run.stderr.contains("panicked"));
}
