//! `export turtle` and `export ntriples`, read back by real RDF toolkits.
//!
//! Always: both syntaxes parse (oxttl) to the same graph, the same bytes on
//! every run, IRIs under `--base` or `[rdf] base`, the claim view holds only
//! the claim's statements, every predicate is in docs/rdf.md, and every
//! query of docs/sparql/ is printed verbatim in docs/scale-out.md.
//!
//! With Python's pyoxigraph and rdflib (`scripts/check_rdf.py`; skipped
//! when they are missing, unless `CLAIMGRAPH_REQUIRE_PYTHON=1`): both read
//! both syntaxes to the same number of triples and the same graph, on the
//! bundled data and on the hostile fixture, whose quotes, names and
//! translations come back exactly; and the SPARQL of docs/sparql/, run in
//! pyoxigraph and in rdflib, gives the answers of `origins`, `said`,
//! `trace` and `contradictions` for every claim and every actor.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use claimgraph::formats::rdf::terms::ALL_PREDICATES;
use claimgraph::query;
use claimgraph::workspace::Workspace;
use serde_json::Value;

use crate::support::{Claimgraph, Desk, assert_cmd_snapshot, fixture, json, root};

const HOSTILE: &str = "valid/hostile";

fn export(data: Option<&Path>, args: &[&str]) -> String {
    let mut command = Claimgraph::new();
    if let Some(data) = data {
        command = command.data(data);
    }
    command.args(["export"]).args(args).run().ok()
}

/// The triples of an export, parsed by oxttl, in their N-Triples spelling.
fn parse(text: &str, turtle: bool) -> BTreeSet<String> {
    if turtle {
        oxttl::TurtleParser::new()
            .for_slice(text.as_bytes())
            .map(|t| t.expect("valid Turtle").to_string())
            .collect()
    } else {
        oxttl::NTriplesParser::new()
            .for_slice(text.as_bytes())
            .map(|t| t.expect("valid N-Triples").to_string())
            .collect()
    }
}

fn datasets() -> [Option<PathBuf>; 2] {
    [None, Some(fixture(HOSTILE))]
}

#[test]
fn both_syntaxes_hold_one_graph_the_same_bytes_every_run() {
    for data in datasets() {
        let data = data.as_deref();
        let turtle = export(data, &["turtle"]);
        let ntriples = export(data, &["ntriples"]);
        assert_eq!(turtle, export(data, &["turtle"]), "Turtle is deterministic");
        assert_eq!(
            ntriples,
            export(data, &["ntriples"]),
            "N-Triples is deterministic"
        );
        let (from_turtle, from_ntriples) = (parse(&turtle, true), parse(&ntriples, false));
        assert!(
            from_turtle.len() > 100,
            "{data:?}: {} triples",
            from_turtle.len()
        );
        assert_eq!(
            from_turtle, from_ntriples,
            "{data:?}: the two syntaxes differ"
        );
        assert_eq!(
            ntriples.lines().count(),
            from_ntriples.len(),
            "one triple a line, none repeated"
        );
    }
}

#[test]
fn hostile_fixture_snapshot() {
    let run = Claimgraph::new()
        .data(fixture(HOSTILE))
        .args(["export", "turtle"])
        .run();
    assert!(
        !run.stdout.contains(['\u{202e}', '\u{200f}', '\r']),
        "bidi marks and carriage returns are escaped"
    );
    assert_cmd_snapshot!("export_turtle_hostile", run);
}

#[test]
fn iris_are_minted_under_the_base_given() {
    let default = export(None, &["ntriples", "--claim", "tos-used"]);
    let flagged = export(
        None,
        &[
            "ntriples",
            "--claim",
            "tos-used",
            "--base",
            "https://desk.example.org/ns#",
        ],
    );
    for (text, base) in [
        (&default, "<https://claimgraph.example/id/"),
        (&flagged, "<https://desk.example.org/ns#"),
    ] {
        assert!(
            text.lines().all(|l| l.starts_with(base)),
            "every subject is under {base}"
        );
    }
    assert!(flagged.contains("<https://desk.example.org/ns#s001-01/hop/1>"));
    assert_eq!(
        default.lines().count(),
        flagged.lines().count(),
        "the base changes names, not facts"
    );

    // `[rdf] base` in claimgraph.toml, and the flag over it.
    let desk = Desk::copy_of(HOSTILE);
    std::fs::write(
        desk.data().join("claimgraph.toml"),
        "[rdf]\nbase = \"https://desk.example.org/id/\"\n",
    )
    .unwrap();
    // The hostile fixture's right-to-left override is rightly a warning
    // (invisible-character); the settings must add no error.
    let checked = desk.run(&["check"]);
    assert_eq!(checked.code, 0, "{}", checked.stderr);
    assert!(
        checked.stderr.contains(": 0 errors, 1 warning"),
        "{}",
        checked.stderr
    );
    let configured = desk.ok(&["export", "ntriples"]);
    assert!(configured.starts_with("<https://desk.example.org/id/"));
    assert!(
        configured
            .lines()
            .all(|l| !l.contains("claimgraph.example/id/"))
    );
    let overridden = desk.ok(&["export", "ntriples", "--base", "http://other.example/x/"]);
    assert!(
        overridden
            .lines()
            .all(|l| l.starts_with("<http://other.example/x/"))
    );

    std::fs::write(
        desk.data().join("claimgraph.toml"),
        "[rdf]\nbase = \"https://desk.example.org/id\"\n",
    )
    .unwrap();
    let check = desk.run(&["check"]);
    assert_eq!(check.code, 1, "{}", check.stderr);
    assert!(check.stderr.contains("bad-url"), "{}", check.stderr);
}

#[test]
fn a_bad_base_or_a_misplaced_flag_is_a_usage_error() {
    for args in [
        &["export", "turtle", "--base", "https://x.example/no-slash"][..],
        &["export", "ntriples", "--base", "urn:x:"],
        &["export", "dot", "--base", "https://x.example/"],
        &["--format", "json", "export", "turtle"],
    ] {
        let run = Claimgraph::new().args(args).run();
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(run.stdout.is_empty());
    }
}

#[test]
fn the_claim_view_holds_the_claims_statements_and_no_other() {
    let ws = Workspace::open(&root().join("data"));
    let text = export(None, &["ntriples", "--claim", "tos-used"]);
    let prefix = "https://claimgraph.example/id/";
    let statements: BTreeSet<&str> = text
        .lines()
        .filter(|l| l.ends_with("<https://claimgraph.example/vocab#Statement> ."))
        .map(|l| &l[1 + prefix.len()..l.find('>').unwrap()])
        .collect();
    let expected: BTreeSet<&str> = ws
        .data
        .statements_of("tos-used")
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(statements, expected);
}

#[test]
fn a_part_of_the_graph_is_a_part_of_the_whole() {
    let whole = parse(&export(None, &["ntriples"]), false);
    for args in [
        &["ntriples", "--claim", "iskander-used"][..],
        &["ntriples", "--around", "sputnik", "--depth", "1"],
        &["ntriples", "--around", "seed-001", "--depth", "2"],
    ] {
        let part = parse(&export(None, args), false);
        assert!(!part.is_empty() && part.len() < whole.len(), "{args:?}");
        let extra: Vec<&String> = part.difference(&whole).take(3).collect();
        assert!(
            extra.is_empty(),
            "{args:?} states what the whole does not: {extra:?}"
        );
    }
}

#[test]
fn the_reviews_are_those_the_claimreview_export_publishes() {
    for data in [fixture("claimreview/reviewed"), root().join("data")] {
        let claimreview: Value =
            serde_json::from_str(&export(Some(&data), &["claimreview"])).unwrap();
        let published: BTreeSet<String> = claimreview["@graph"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["url"].as_str().unwrap().to_string())
            .collect();
        let text = export(Some(&data), &["ntriples"]);
        let graph = parse(&text, false);
        let reviews: Vec<&str> = text
            .lines()
            .filter(|l| l.ends_with("<http://schema.org/ClaimReview> ."))
            .map(|l| &l[..l.find(' ').unwrap()])
            .collect();
        let urls: BTreeSet<String> = graph
            .iter()
            .filter(|t| {
                reviews
                    .iter()
                    .any(|r| t.starts_with(&format!("{r} <http://schema.org/url> ")))
            })
            .map(|t| {
                let literal = &t[t.find("> \"").unwrap() + 3..t.rfind("\"^^").unwrap()];
                literal.replace("\\\"", "\"")
            })
            .collect();
        assert!(!published.is_empty(), "{data:?}");
        assert_eq!(
            urls, published,
            "{data:?}: RDF and ClaimReview publish different reviews"
        );
        assert_eq!(reviews.len(), published.len());
    }
}

#[test]
fn every_predicate_is_a_documented_term() {
    let doc = std::fs::read_to_string(root().join("docs/rdf.md")).unwrap();
    let known: BTreeSet<String> = ALL_PREDICATES.iter().map(|t| t.iri()).collect();
    for term in ALL_PREDICATES {
        assert!(
            doc.contains(&format!("`{}`", term.prefixed())),
            "docs/rdf.md does not document `{}`",
            term.prefixed()
        );
    }
    let mut used = BTreeSet::new();
    for data in datasets() {
        let text = export(data.as_deref(), &["ntriples"]);
        for triple in oxttl::NTriplesParser::new().for_slice(text.as_bytes()) {
            used.insert(triple.unwrap().predicate.as_str().to_string());
        }
    }
    let unknown: Vec<&String> = used.difference(&known).collect();
    assert!(
        unknown.is_empty(),
        "predicates not in terms::ALL_PREDICATES: {unknown:?}"
    );
}

/// Every query file, in name order.
fn query_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("docs/sparql"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rq"))
        .collect();
    files.sort();
    files
}

#[test]
fn scale_out_prints_every_query_verbatim() {
    let doc = std::fs::read_to_string(root().join("docs/scale-out.md")).unwrap();
    let files = query_files();
    let names: Vec<String> = files
        .iter()
        .map(|f| f.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    for wanted in ["contradictions", "origins", "said", "trace"] {
        assert!(
            names.iter().any(|n| n == wanted),
            "no docs/sparql/{wanted}.rq"
        );
    }
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            doc.contains(&format!("```sparql\n{text}```")),
            "docs/scale-out.md does not print {} verbatim",
            file.display()
        );
    }
    assert!(doc.contains("neo4j.md"), "the Cypher page is linked");
}

// ---- the real clients: pyoxigraph and rdflib ----

/// Python with pyoxigraph and rdflib; `None` (skip) without them, unless
/// `CLAIMGRAPH_REQUIRE_PYTHON=1`.
fn python_rdf() -> Option<PathBuf> {
    let candidate = std::env::var_os("CLAIMGRAPH_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("python3"));
    let usable = Command::new(&candidate)
        .args(["-c", "import pyoxigraph, rdflib"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !usable && std::env::var("CLAIMGRAPH_REQUIRE_PYTHON").is_ok_and(|v| v == "1") {
        panic!(
            "Python with pyoxigraph and rdflib is required (CLAIMGRAPH_REQUIRE_PYTHON=1) but {} has not got them; scripts/test-all.sh installs them in .venv/",
            candidate.display()
        );
    }
    usable.then_some(candidate)
}

/// What `scripts/check_rdf.py` found in one data set's exports.
struct Report {
    /// Triples oxttl read, for the counts to match.
    triples: usize,
    value: Value,
}

impl Report {
    /// One query's rows, after checking that both engines gave the same.
    fn rows(&self, query: &str) -> &[Value] {
        let q = &self.value["queries"][query];
        assert_eq!(
            q["pyoxigraph"], q["rdflib"],
            "{query}: pyoxigraph and rdflib disagree"
        );
        q["pyoxigraph"].as_array().expect("rows")
    }
}

/// Exports `data` both ways and runs every docs/sparql/ query, plus the
/// test's own queries in `extra`, once per test run.
fn report(python: &Path, data: Option<&Path>, extra: &[(&str, &str)]) -> Report {
    let dir = tempfile::tempdir().unwrap();
    let turtle = export(data, &["turtle"]);
    let (ttl, nt) = (dir.path().join("x.ttl"), dir.path().join("x.nt"));
    std::fs::write(&ttl, &turtle).unwrap();
    std::fs::write(&nt, export(data, &["ntriples"])).unwrap();
    let mut queries = query_files();
    for (name, text) in extra {
        let path = dir.path().join(format!("{name}.rq"));
        std::fs::write(&path, text).unwrap();
        queries.push(path);
    }
    let output = Command::new(python)
        .arg(root().join("scripts/check_rdf.py"))
        .arg(&ttl)
        .arg(&nt)
        .args(&queries)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "check_rdf.py failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    Report {
        triples: parse(&turtle, true).len(),
        value: serde_json::from_slice(&output.stdout).expect("check_rdf.py prints JSON"),
    }
}

const NAMES: &str = r#"PREFIX schema: <http://schema.org/>
SELECT ?id ?name (LANG(?name) AS ?lang)
WHERE { ?record schema:identifier ?id ; schema:name ?name . }
ORDER BY ?id ?lang
"#;

fn bundled() -> Option<&'static Report> {
    static REPORT: OnceLock<Option<Report>> = OnceLock::new();
    REPORT
        .get_or_init(|| python_rdf().map(|p| report(&p, None, &[])))
        .as_ref()
}

fn hostile() -> Option<&'static Report> {
    static REPORT: OnceLock<Option<Report>> = OnceLock::new();
    REPORT
        .get_or_init(|| {
            python_rdf().map(|p| report(&p, Some(&fixture(HOSTILE)), &[("names", NAMES)]))
        })
        .as_ref()
}

#[test]
fn pyoxigraph_and_rdflib_read_both_syntaxes_to_the_same_graph() {
    for report in [bundled(), hostile()] {
        let Some(report) = report else { return };
        let counts = &report.value["counts"];
        for syntax in ["turtle", "ntriples"] {
            for reader in ["pyoxigraph", "rdflib"] {
                assert_eq!(
                    counts[syntax][reader], report.triples,
                    "{reader} read {syntax}: {counts}"
                );
            }
        }
        assert_eq!(report.value["same_graph"], true, "the four graphs differ");
    }
}

/// A string cell of a row; `None` when unbound.
fn cell<'a>(row: &'a Value, name: &str) -> Option<&'a str> {
    row.get(name)
        .map(|v| v.as_str().expect("cells are strings"))
}

#[test]
fn hostile_strings_come_back_exactly() {
    let Some(report) = hostile() else { return };
    let statements = json(&["--data", fixture(HOSTILE).to_str().unwrap(), "statements"]);
    let rows = report.rows("trace");
    let mut checked = 0;
    for s in statements["statements"].as_array().unwrap() {
        let id = s["statement"].as_str().unwrap();
        let row = rows
            .iter()
            .find(|r| cell(r, "statement") == Some(id))
            .unwrap_or_else(|| panic!("{id} is not in the trace rows"));
        assert_eq!(cell(row, "quote"), s["quote"].as_str(), "{id}'s quote");
        assert_eq!(cell(row, "translation"), s["translation"].as_str(), "{id}");
        checked += 1;
    }
    assert!(checked >= 3);
    // Names, with their language tags: quotes, backslashes, a newline,
    // right-to-left marks and an override, markup.
    let shown = json(&["--data", fixture(HOSTILE).to_str().unwrap(), "show", "mod"]);
    let names = shown["record"]["names"].as_object().unwrap();
    let exported: BTreeMap<&str, &str> = report
        .rows("names")
        .iter()
        .filter(|r| cell(r, "id") == Some("mod"))
        .map(|r| (cell(r, "lang").unwrap(), cell(r, "name").unwrap()))
        .collect();
    let expected: BTreeMap<&str, &str> = names
        .iter()
        .map(|(lang, name)| (lang.as_str(), name.as_str().unwrap()))
        .collect();
    assert_eq!(exported, expected);
    assert!(expected["ar"].contains('\u{202e}') && expected["ru"].contains('\n'));
}

fn bundled_workspace() -> Workspace {
    Workspace::open(&root().join("data"))
}

fn ids(values: &[Value], key: &str) -> BTreeSet<String> {
    values
        .iter()
        .map(|v| v[key].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn sparql_origins_agree_with_origins_for_every_claim() {
    let Some(report) = bundled() else { return };
    let ws = bundled_workspace();
    let rows = report.rows("origins");
    let echo = report.rows("echo");
    let mut compared = 0;
    for claim in ws.data.claims.keys() {
        let answer = json(&["origins", claim]);
        // (root, speaker, stances, independent) from the answer …
        let mut expected = BTreeSet::new();
        for group in answer["groups"].as_array().unwrap() {
            for origin in group["origins"].as_array().unwrap() {
                let mut stances: Vec<&str> = origin["stances"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|s| s.as_str().unwrap())
                    .collect();
                stances.sort();
                expected.insert((
                    group["affiliation"]["id"].as_str().unwrap().to_string(),
                    origin["speaker"]["id"].as_str().unwrap().to_string(),
                    stances.join(" "),
                    group["independent"].as_bool().unwrap(),
                ));
            }
        }
        // … and from the SPARQL.
        let found: BTreeSet<(String, String, String, bool)> = rows
            .iter()
            .filter(|r| cell(r, "claim") == Some(claim))
            .map(|r| {
                let mut stances: Vec<&str> = cell(r, "stances").unwrap().split(' ').collect();
                stances.sort();
                (
                    cell(r, "root").unwrap().to_string(),
                    cell(r, "speaker").unwrap().to_string(),
                    stances.join(" "),
                    cell(r, "independent") == Some("true"),
                )
            })
            .collect();
        assert_eq!(found, expected, "origins of {claim}");

        let headline = &answer["headline"];
        let independent: BTreeSet<String> = ids(headline["independent"].as_array().unwrap(), "id");
        let from_rows: BTreeSet<String> = found
            .iter()
            .filter(|(_, _, _, independent)| *independent)
            .map(|(root, ..)| root.clone())
            .collect();
        assert_eq!(from_rows, independent, "independent origins of {claim}");
        match echo.iter().find(|r| cell(r, "claim") == Some(claim)) {
            Some(row) => {
                assert_eq!(
                    cell(row, "repeating").unwrap().parse::<u64>().unwrap(),
                    headline["repeating_outlets"].as_u64().unwrap(),
                    "repeating outlets of {claim}"
                );
                assert_eq!(
                    cell(row, "independent").unwrap().parse::<u64>().unwrap(),
                    headline["independent_origins"].as_u64().unwrap(),
                    "independent origins of {claim}"
                );
                let ratio = cell(row, "echoRatio").map(|r| r.parse::<f64>().unwrap());
                assert_eq!(
                    ratio,
                    headline["echo_ratio"].as_f64(),
                    "echo ratio of {claim}"
                );
            }
            None => assert!(answer["groups"].as_array().unwrap().is_empty(), "{claim}"),
        }
        compared += 1;
    }
    assert!(compared > 100, "{compared} claims");
}

/// (statement, stance) of every row of a `said` answer's list.
fn said_rows(rows: &[Value]) -> BTreeSet<(String, String)> {
    rows.iter()
        .map(|r| {
            (
                r["statement"].as_str().unwrap().to_string(),
                r["stance"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn sparql_said_agrees_with_said_for_every_actor_and_outlet() {
    let Some(report) = bundled() else { return };
    let ws = bundled_workspace();
    let rows = report.rows("said");
    let select = |asked: &str, how: &str, members: bool| -> BTreeSet<(String, String)> {
        rows.iter()
            .filter(|r| cell(r, "asked") == Some(asked) && cell(r, "how") == Some(how))
            .filter(|r| members || cell(r, "party") == Some(asked))
            .map(|r| {
                (
                    cell(r, "statement").unwrap().to_string(),
                    cell(r, "stance").unwrap().to_string(),
                )
            })
            .collect()
    };
    let mut spoke = 0;
    for party in ws.data.actors.keys().chain(ws.data.outlets.keys()) {
        for members in [false, true] {
            // The command line for every party as asked by default; the
            // library's answer (what `--format json` prints) with --members.
            let answer = if members {
                serde_json::to_value(query::said::said(&ws.data, party, true)).unwrap()
            } else {
                json(&["said", party])
            };
            let stated: Vec<Value> = answer["stated"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(|g| g["statements"].as_array().unwrap().clone())
                .collect();
            let relayed = answer["relayed"].as_array().unwrap();
            assert_eq!(
                select(party, "stated", members),
                said_rows(&stated),
                "said {party} (members: {members}): stated"
            );
            assert_eq!(
                select(party, "carried", members),
                said_rows(relayed),
                "said {party} (members: {members}): relayed"
            );
            spoke += usize::from(!stated.is_empty());
        }
    }
    assert!(spoke > 50, "{spoke}");
    // The library's answer is what the command prints.
    for party in ["rossiya-segodnya", "azerbaijan", "al-jazeera-media-network"] {
        assert_eq!(
            json(&["said", party, "--members"]),
            serde_json::from_str::<Value>(&claimgraph::json::answer(&query::said::said(
                &ws.data, party, true
            )))
            .unwrap()
        );
    }
}

#[test]
fn sparql_trace_agrees_with_trace_for_every_claim() {
    let Some(report) = bundled() else { return };
    let ws = bundled_workspace();
    let rows = report.rows("trace");
    let opt = |v: &Value| v.as_str().map(str::to_string);
    for claim in ws.data.claims.keys() {
        let answer = serde_json::to_value(query::trace::trace(&ws.data, claim)).unwrap();
        let mut expected = BTreeMap::new();
        for document in answer["documents"].as_array().unwrap() {
            for chain in document["chains"].as_array().unwrap() {
                let channel = match &chain["channel"] {
                    Value::Object(other) => other.get("Other").map(|_| "Other".to_string()),
                    other => opt(other),
                };
                let ordered: Vec<String> = chain["hops"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|h| h["id"].as_str().unwrap().to_string())
                    .collect();
                expected.insert(
                    chain["statement"].as_str().unwrap().to_string(),
                    (
                        document["source"]["id"].as_str().unwrap().to_string(),
                        opt(&document["outlet"]["id"]),
                        chain["speaker"]["id"].as_str().unwrap().to_string(),
                        chain["stance"].as_str().unwrap().to_string(),
                        opt(&chain["date"]),
                        channel,
                        opt(&chain["quote"]),
                        opt(&chain["translation"]),
                        ordered,
                    ),
                );
            }
        }
        let mut found = BTreeMap::new();
        for row in rows.iter().filter(|r| cell(r, "claim") == Some(claim)) {
            let statement = cell(row, "statement").unwrap().to_string();
            let entry = found.entry(statement).or_insert_with(|| {
                (
                    cell(row, "source").unwrap().to_string(),
                    cell(row, "publisher").map(str::to_string),
                    cell(row, "speaker").unwrap().to_string(),
                    cell(row, "stance").unwrap().to_string(),
                    cell(row, "date").map(str::to_string),
                    cell(row, "channel").map(str::to_string),
                    cell(row, "quote").map(str::to_string),
                    cell(row, "translation").map(str::to_string),
                    Vec::new(),
                )
            });
            // Rows come in hop order; hop 0 is the publisher, the rest relays.
            if let Some(hop) = cell(row, "hop") {
                let carrier = cell(row, "carrier").unwrap().to_string();
                if hop == "0" {
                    assert_eq!(Some(&carrier), entry.1.as_ref(), "hop 0 is the publisher");
                } else {
                    assert_eq!(
                        hop.parse::<usize>().unwrap(),
                        entry.8.len() + 1,
                        "hops in order"
                    );
                    entry.8.push(carrier);
                }
            }
        }
        assert_eq!(found, expected, "trace of {claim}");
    }
    assert_eq!(
        json(&["trace", "tos-used"]),
        serde_json::from_str::<Value>(&claimgraph::json::answer(&query::trace::trace(
            &ws.data, "tos-used"
        )))
        .unwrap(),
        "the library's answer is what the command prints"
    );
}

#[test]
fn sparql_contradictions_agree_with_contradictions() {
    let Some(report) = bundled() else { return };
    let answer = json(&["contradictions"]);
    let rows = report.rows("contradictions");
    let explicit: BTreeSet<(String, String)> = answer["explicit"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["from"]["claim"]["id"].as_str().unwrap().to_string(),
                e["to"]["claim"]["id"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let found: BTreeSet<(String, String)> = rows
        .iter()
        .filter(|r| cell(r, "kind") == Some("explicit"))
        .map(|r| {
            (
                cell(r, "claim").unwrap().into(),
                cell(r, "other").unwrap().into(),
            )
        })
        .collect();
    assert!(!explicit.is_empty());
    assert_eq!(found, explicit);
    let mut implied = BTreeSet::new();
    for claim in answer["implied"].as_array().unwrap() {
        let id = claim["claim"]["id"].as_str().unwrap();
        for side in ["affirming", "denying"] {
            for backer in claim[side].as_array().unwrap() {
                implied.insert((
                    id.to_string(),
                    backer["statement"].as_str().unwrap().to_string(),
                    backer["stance"].as_str().unwrap().to_string(),
                ));
            }
        }
    }
    let found: BTreeSet<(String, String, String)> = rows
        .iter()
        .filter(|r| cell(r, "kind") == Some("implied"))
        .map(|r| {
            (
                cell(r, "claim").unwrap().into(),
                cell(r, "statement").unwrap().into(),
                cell(r, "stance").unwrap().into(),
            )
        })
        .collect();
    assert!(!implied.is_empty());
    assert_eq!(found, implied);
}
