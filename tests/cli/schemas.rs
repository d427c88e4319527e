//! The published JSON Schemas (`docs/schema/`) and the answers they describe.
//!
//! The schema files are generated from the answer types
//! (`claimgraph::schema::all`); a committed file that differs from what the
//! types generate fails here. Regenerate them with
//! `CLAIMGRAPH_UPDATE_SCHEMAS=1 cargo test --test cli schemas` and read the diff.
//!
//! Every JSON answer names its schema; the real validator, Python's
//! jsonschema (Draft 2020-12, `scripts/check_json_schemas.py`), checks every
//! command's answer on the bundled data and on the hostile fixture against
//! the file it names (skipped without Python, unless
//! `CLAIMGRAPH_REQUIRE_PYTHON=1`).

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use claimgraph::formats::View;
use claimgraph::formats::json::GraphJson;
use claimgraph::workspace::Workspace;
use claimgraph::{json, query, schema};
use serde_json::{Value, json};

use crate::support::{self, Claimgraph, Desk, fixture, python, root};

#[test]
fn published_schemas_are_the_ones_the_types_generate() {
    let dir = root().join("docs/schema");
    let update = std::env::var("CLAIMGRAPH_UPDATE_SCHEMAS").is_ok_and(|v| v == "1");
    let published = schema::all();
    let mut stale = Vec::new();
    for schema in &published {
        let path = dir.join(schema.file());
        let text = schema.text();
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            if update {
                std::fs::write(&path, &text).unwrap();
            } else {
                stale.push(schema.file());
            }
        }
    }
    let expected: BTreeSet<String> = published.iter().map(|s| s.file()).collect();
    let mut extra = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name.ends_with(".schema.json") && !expected.contains(&name) {
            if update {
                std::fs::remove_file(dir.join(&name)).unwrap();
            } else {
                extra.push(name);
            }
        }
    }
    assert!(
        stale.is_empty() && extra.is_empty(),
        "docs/schema/ is not what the types generate: stale or missing {stale:?}, no longer \
         generated {extra:?}; run `CLAIMGRAPH_UPDATE_SCHEMAS=1 cargo test --test cli schemas` \
         and read the diff"
    );
}

// ---- every answer against its schema ----

/// One document for the validator.
struct Document {
    /// The schema it must satisfy: `origins`, `statements.item`.
    schema: String,
    /// Where it comes from, for the failure message.
    label: String,
    instance: Value,
}

/// The answers collected so far.
#[derive(Default)]
struct Documents {
    all: Vec<Document>,
}

impl Documents {
    /// A `--format json` answer: it must name its schema and version.
    fn answer(&mut self, label: String, text: &str) -> Value {
        let instance: Value = serde_json::from_str(text)
            .unwrap_or_else(|e| panic!("`{label}` printed no JSON: {e}\n{text}"));
        let name = instance["schema"]
            .as_str()
            .and_then(|s| s.strip_prefix("claimgraph/"))
            .unwrap_or_else(|| panic!("`{label}` names no claimgraph schema: {instance:#}"))
            .to_string();
        assert!(
            instance["schema_version"].is_u64(),
            "`{label}` gives no schema_version"
        );
        self.all.push(Document {
            schema: name,
            label,
            instance: instance.clone(),
        });
        instance
    }

    /// A `--format jsonl` listing: every line an item of `schema`.
    fn lines(&mut self, label: String, schema: &str, text: &str) -> Vec<Value> {
        let items: Vec<Value> = text
            .lines()
            .map(|line| {
                serde_json::from_str(line)
                    .unwrap_or_else(|e| panic!("`{label}` printed a line that is not JSON: {e}"))
            })
            .collect();
        for (n, item) in items.iter().enumerate() {
            self.all.push(Document {
                schema: format!("{schema}.item"),
                label: format!("{label} (line {})", n + 1),
                instance: item.clone(),
            });
        }
        items
    }

    /// What the validator reads: one JSON document per line.
    fn jsonl(&self) -> String {
        self.all
            .iter()
            .map(|d| {
                let line = json!({"schema": d.schema, "label": d.label, "instance": d.instance});
                format!("{line}\n")
            })
            .collect()
    }
}

/// Runs the validator on `documents`: its exit code, stdout and stderr.
fn validate(python: &Path, documents: &str) -> (i32, String, String) {
    let mut child = Command::new(python)
        .arg(root().join("scripts/check_json_schemas.py"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = documents.to_string();
    let feeder = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().unwrap();
    feeder.join().unwrap().unwrap();
    (
        output.status.code().expect("exited"),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// `--format json` of `args` on `cg`, which must succeed (or, for `check`
/// on bad data, exit 1 with its JSON).
fn run_json(cg: &Claimgraph, docs: &mut Documents, args: &[&str]) -> Value {
    let run = cg.clone().args(args).args(["--format", "json"]).run();
    assert!(
        run.code == 0 || (args[0] == "check" && run.code == 1),
        "`{}` failed:\n{}",
        run.command,
        run.stderr
    );
    docs.answer(run.command.clone(), &run.stdout)
}

/// The listing commands, each with the schema of its answer and the key of
/// its list in that answer.
const LISTINGS: &[(&[&str], &str, &str)] = &[
    (&["claims"], "claims", "claims"),
    (&["actors"], "actors", "actors"),
    (&["statements"], "statements", "statements"),
    (&["sources"], "sources", "sources"),
    (&["coverage"], "coverage", "sources"),
    (&["review", "queue"], "review-queue", "claims"),
    (&["review", "repeats"], "review-repeats", "repeats+unsure"),
    (&["similar"], "similar", "pairs"),
];

/// Every listing under `--format jsonl`: one line per item of the JSON
/// answer's list, the same object.
fn listings(cg: &Claimgraph, docs: &mut Documents, extra: &[(&[&str], &str, &str)]) {
    for (args, schema, key) in LISTINGS.iter().chain(extra) {
        let answer = run_json(cg, docs, args);
        let run = cg
            .clone()
            .args(*args)
            .args(["--format", "jsonl"])
            .run()
            .success();
        let lines = docs.lines(run.command.clone(), schema, &run.stdout);
        let listed: Vec<Value> = match *key {
            // A timeline lists its dated entries, then its undated ones.
            "dated+undated" => answer["dated"]
                .as_array()
                .unwrap()
                .iter()
                .chain(answer["undated"].as_array().unwrap())
                .cloned()
                .collect(),
            // `review repeats` lists its repeats, then the unsure ones.
            "repeats+unsure" => answer["repeats"]
                .as_array()
                .unwrap()
                .iter()
                .chain(answer["unsure"].as_array().unwrap())
                .cloned()
                .collect(),
            key => answer[key].as_array().unwrap().clone(),
        };
        assert_eq!(
            lines, listed,
            "`{}`: the lines are the answer's {key}",
            run.command
        );
    }
}

/// Ids of the records a listing answer names.
fn ids(answer: &Value, key: &str, field: &str) -> Vec<String> {
    answer[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| row[field].as_str().unwrap().to_string())
        .collect()
}

/// How the per-record commands are run: through the binary, or, for the
/// bundled data's hundreds of records, through the library calls the binary
/// makes, printed by the same [`claimgraph::json::answer`] (the first
/// record of each kind also goes through the binary, and the two must agree).
enum Sweep {
    Binary,
    Library(Box<Workspace>),
}

impl Sweep {
    /// The JSON answer of `args` for one record.
    fn run(&self, cg: &Claimgraph, docs: &mut Documents, args: &[&str], check: bool) -> Value {
        let Sweep::Library(ws) = self else {
            return run_json(cg, docs, args);
        };
        let (data, graph) = (&ws.data, &ws.graph);
        let text = match args {
            ["trace", id] => json::answer(&query::trace::trace(data, id)),
            ["origins", id] => json::answer(&query::origins::origins(data, id)),
            ["timeline", id] => json::answer(&query::timeline::timeline(data, id)),
            ["contradictions", id] => {
                json::answer(&query::contradictions::contradictions(data, Some(id)))
            }
            ["show", id] => json::answer(&query::show::show(data, graph, id)),
            ["said", id] => json::answer(&query::said::said(data, id, false)),
            ["said", id, "--members"] => json::answer(&query::said::said(data, id, true)),
            ["export", "json", "--claim", id] => {
                json::answer(&GraphJson::of(&View::claim(data, graph, id)))
            }
            ["export", "json", "--around", id, "--depth", "1"] => {
                json::answer(&GraphJson::of(&View::around(data, graph, id, 1)))
            }
            _ => panic!("no library call for {args:?}"),
        };
        let label = format!("library: {}", args.join(" "));
        if check {
            let run = cg.clone().args(args).args(["--format", "json"]).run();
            assert_eq!(run.ok(), text, "the binary and {label} disagree");
        }
        docs.answer(label, &text)
    }
}

/// Every command on a data directory: each listing (and its JSON Lines)
/// through the binary, and each per-record command on every record.
fn every_command(cg: &Claimgraph, docs: &mut Documents, search: &str, sweep: &Sweep) {
    for args in [
        &["check"][..],
        &["stats"],
        &["contradictions"],
        &["export", "json"],
        &["search", search],
    ] {
        run_json(cg, docs, args);
    }
    let claims = run_json(cg, docs, &["claims"]);
    let claims = ids(&claims, "claims", "id");
    let first = claims[0].as_str();
    listings(
        cg,
        docs,
        &[
            (&["search", search], "search", "hits"),
            (&["timeline", first], "timeline", "dated+undated"),
        ],
    );
    for (n, claim) in claims.iter().enumerate() {
        for command in ["trace", "origins", "timeline", "contradictions", "show"] {
            sweep.run(cg, docs, &[command, claim], n == 0);
        }
        // A claim's view is a part of the whole graph, written by the same
        // code; every tenth is enough (the validator is slow on graphs).
        if n % 10 == 0 {
            sweep.run(cg, docs, &["export", "json", "--claim", claim], n == 0);
        }
    }
    let actors = ids(&run_json(cg, docs, &["actors"]), "actors", "id");
    for (n, actor) in actors.iter().enumerate() {
        sweep.run(cg, docs, &["said", actor], n == 0);
        sweep.run(cg, docs, &["show", actor], n == 0);
    }
    let statements = run_json(cg, docs, &["statements"]);
    let speakers: BTreeSet<String> = statements["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["speaker"]["id"].as_str().unwrap().to_string())
        .collect();
    for (n, speaker) in speakers.iter().filter(|s| !actors.contains(s)).enumerate() {
        sweep.run(cg, docs, &["said", speaker, "--members"], n == 0);
        sweep.run(cg, docs, &["show", speaker], n == 0);
    }
    for (n, statement) in ids(&statements, "statements", "statement")
        .iter()
        .enumerate()
    {
        sweep.run(cg, docs, &["show", statement], n == 0);
    }
    let sources = ids(&run_json(cg, docs, &["sources"]), "sources", "id");
    for (n, source) in sources.iter().enumerate() {
        sweep.run(cg, docs, &["show", source], n == 0);
        sweep.run(
            cg,
            docs,
            &["export", "json", "--around", source, "--depth", "1"],
            n == 0,
        );
    }
}

/// The characters the one JSON writer must never write raw.
fn raw_hostile(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| c != '\n' && claimgraph::text::safe::is_hostile(c))
        .collect()
}

/// Whether any string in `value` holds a bidirectional mark or override.
fn holds_bidi(value: &Value) -> bool {
    match value {
        Value::String(s) => s
            .chars()
            .any(|c| matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}')),
        Value::Array(items) => items.iter().any(holds_bidi),
        Value::Object(map) => map.values().any(holds_bidi),
        _ => false,
    }
}

#[test]
fn every_answer_on_the_hostile_fixture_keeps_bidi_escaped_and_validates() {
    let cg = Claimgraph::new().data(fixture("valid/hostile"));
    let mut docs = Documents::default();
    every_command(&cg, &mut docs, "TOS", &Sweep::Binary);
    // The raw text of every answer: rerun each one (the documents hold parsed values).
    let mut raw = 0;
    for args in [
        &["trace", "tos-used"][..],
        &["show", "tos-used"],
        &["statements"],
        &["export", "json"],
        &["search", "TOS"],
    ] {
        for format in ["json", "jsonl"] {
            let run = cg.clone().args(args).args(["--format", format]).run();
            if run.code != 0 {
                continue;
            }
            raw += 1;
            let found = raw_hostile(&run.stdout);
            assert!(
                found.is_empty(),
                "`{}` wrote {found:?} unescaped:\n{}",
                run.command,
                run.stdout
            );
        }
    }
    assert!(raw >= 7, "only {raw} raw answers looked at");
    assert!(
        docs.all.iter().any(|d| holds_bidi(&d.instance)),
        "the hostile fixture's bidi marks must survive as escapes, read back unchanged"
    );
    let Some(python) = python() else { return };
    let (code, stdout, stderr) = validate(&python, &docs.jsonl());
    assert_eq!(code, 0, "{stdout}\n{stderr}");
}

#[test]
fn every_answer_on_the_bundled_data_validates_against_the_schema_it_names() {
    let cg = Claimgraph::new();
    let mut docs = Documents::default();
    // The binary's default `--data data`, from the repository, as the tests run.
    let ws = Workspace::open(Path::new("data"));
    every_command(&cg, &mut docs, "اسكندر", &Sweep::Library(Box::new(ws)));
    // The writers and importers, on a copy, writing nothing.
    let desk = Desk::bundled();
    let copy = desk.claimgraph();
    let statement = docs
        .all
        .iter()
        .find(|d| d.schema == "statements")
        .map(|d| {
            d.instance["statements"][0]["statement"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .unwrap();
    for args in [
        &[
            "review",
            "start",
            "iskander-remains-found",
            "--by",
            "t",
            "--date",
            "2026-11-02",
        ][..],
        &[
            "review",
            "set",
            "tos-used",
            "--rationale",
            "Because.",
            "--by",
            "t",
            "--date",
            "2026-11-02",
        ],
        &[
            "review",
            "evidence",
            "tos-used",
            "--points-to",
            &statement,
            "--grade",
            "on-record",
            "--bearing",
            "supports",
            "--by",
            "t",
            "--date",
            "2026-11-02",
        ],
    ] {
        let mut args = args.to_vec();
        args.push("--dry-run");
        let written = run_json(&copy, &mut docs, &args);
        assert_eq!(written["dry_run"], true);
    }
    let feed = fixture("claimreview/messy-feed.json");
    let sheet = fixture("claimreview/desk-sheet.csv");
    run_json(
        &copy,
        &mut docs,
        &["import", "claimreview", feed.to_str().unwrap(), "--dry-run"],
    );
    run_json(
        &copy,
        &mut docs,
        &["import", "csv", sheet.to_str().unwrap(), "--dry-run"],
    );
    assert!(
        desk.files().keys().all(|f| !f.contains("import")),
        "dry runs write nothing"
    );
    let picked = run_json(
        &copy,
        &mut docs,
        &["similar", "--write", "--pick", "1", "--dry-run"],
    );
    assert_eq!(picked["dry_run"], true);
    // Repeats after a fact-check: the bundled data has none yet.
    let repeats = Claimgraph::new().data(fixture("valid/repeats"));
    listings(&repeats, &mut docs, &[]);
    // `check` with every kind of error.
    let broken = Claimgraph::new().data(fixture("invalid/multiple--every-error-at-once"));
    let report = run_json(&broken, &mut docs, &["check"]);
    assert!(report["errors"].as_u64().unwrap() > 0);

    let names: BTreeSet<&str> = docs.all.iter().map(|d| d.schema.as_str()).collect();
    let published: BTreeSet<String> = schema::all().into_iter().map(|s| s.name).collect();
    let published: BTreeSet<&str> = published.iter().map(String::as_str).collect();
    assert_eq!(
        names, published,
        "every published schema is exercised, and only those"
    );
    let Some(python) = python() else { return };
    let (code, stdout, stderr) = validate(&python, &docs.jsonl());
    assert_eq!(code, 0, "{stdout}\n{stderr}");
    assert!(
        stdout.contains(&format!("{} documents, 0 invalid", docs.all.len())),
        "{stdout}"
    );
}

#[test]
fn the_validator_refuses_answers_that_break_their_schema() {
    let Some(python) = python() else { return };
    let origins = support::json(&["origins", "tos-used"]);
    let statement = support::json(&["statements", "--claim", "tos-used"])["statements"][0].clone();
    let mut broken = Documents::default();
    let mut push = |schema: &str, label: &str, instance: Value| {
        broken.all.push(Document {
            schema: schema.into(),
            label: label.into(),
            instance,
        })
    };
    push("origins", "intact", origins.clone());
    let mut v = origins.clone();
    v["schema_version"] = json!(2);
    push("origins", "wrong-version", v);
    let mut v = origins.clone();
    v["headline"]["stance_split"][0]["stance"] = json!("affirms");
    push("origins", "lower-case-stance", v);
    let mut v = origins.clone();
    v["surprise"] = json!(1);
    push("origins", "unknown-field", v);
    let mut v = origins.clone();
    v.as_object_mut().unwrap().remove("groups");
    push("origins", "missing-field", v);
    let mut v = statement.clone();
    v["date"] = json!("2020-13-01");
    push("statements.item", "bad-date", v);
    let mut v = statement;
    v["speaker"]["nickname"] = json!("x");
    push("statements.item", "unknown-field-in-a-ref", v);
    let mut v = support::json(&["show", "sputnik"]);
    v["record"]["owner"] = json!("rossiya-segodnya");
    push("show", "a-bare-id-where-a-ref-belongs", v);
    let (code, stdout, stderr) = validate(&python, &broken.jsonl());
    assert_eq!(code, 1, "{stdout}\n{stderr}");
    assert!(
        stdout.contains("8 documents, 7 invalid"),
        "{stdout}\n{stderr}"
    );
    for label in [
        "wrong-version",
        "lower-case-stance",
        "unknown-field",
        "missing-field",
        "bad-date",
        "unknown-field-in-a-ref",
        "a-bare-id-where-a-ref-belongs",
    ] {
        assert!(
            stderr.contains(&format!("{label}: ")),
            "{label} passed:\n{stderr}"
        );
    }
    assert!(!stderr.contains("intact: "), "{stderr}");
}
