//! `export graphml`, `export gexf` and `export csv` (an edge table, or with
//! `--neo4j --dir DIR` the files `neo4j-admin database import` reads).
//!
//! Without Python: snapshots on the hostile fixture, determinism, counts
//! against `stats`, the same node selection as `export dot`, and the Neo4j
//! files' headers against Neo4j's documented header format (types, ID
//! spaces, every `:START_ID`/`:END_ID` an existing `:ID`).
//!
//! With Python, networkx and lxml (`scripts/graph_exports.py`; skipped
//! without them unless `CLAIMGRAPH_REQUIRE_PYTHON=1`): `nx.read_graphml` and
//! `nx.read_gexf` load the bundled data's and the hostile fixture's exports;
//! node and edge counts, edge ids, every statement's attributes and every
//! hostile string come back exactly; no element comes from the data; and the
//! origins networkx computes from the graph alone (ancestors of each claim,
//! affiliation walks, relays and publishers) equal `claimgraph origins
//! <claim> --format json` for every claim, in the whole graph and in each
//! claim's own view. With `CLAIMGRAPH_GEXF_XSD` naming the GEXF 1.3
//! `gexf.xsd` (not shipped: it cannot be fetched offline), lxml also
//! validates the GEXF exports against it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};

use crate::support::{
    Claimgraph, Desk, assert_cmd_snapshot, json as json_of, ok, python_with, root, run,
};

const HOSTILE: &str = "tests/fixtures/valid/hostile";

fn hostile(args: &[&str]) -> crate::support::Run {
    Claimgraph::new().data(HOSTILE).args(args).run()
}

fn graph_counts() -> (usize, usize) {
    let stats = json_of(&["stats"]);
    (
        stats["graph_nodes"].as_u64().unwrap() as usize,
        stats["graph_edges"].as_u64().unwrap() as usize,
    )
}

// ---- without Python ----

#[test]
fn hostile_fixture_snapshots() {
    for format in ["graphml", "gexf", "csv"] {
        let run = hostile(&["export", format]).success();
        assert_cmd_snapshot!(format!("export_{format}_hostile"), run);
    }
}

#[test]
fn the_same_data_gives_the_same_bytes() {
    for format in ["graphml", "gexf", "csv"] {
        assert_eq!(ok(&["export", format]), ok(&["export", format]), "{format}");
    }
}

#[test]
fn the_whole_graph_has_as_many_nodes_and_edges_as_stats_counts() {
    let (nodes, edges) = graph_counts();
    let graphml = ok(&["export", "graphml"]);
    assert_eq!(graphml.matches("<node id=").count(), nodes);
    assert_eq!(graphml.matches("<edge id=").count(), edges);
    let gexf = ok(&["export", "gexf"]);
    assert_eq!(gexf.matches("<node id=").count(), nodes);
    assert_eq!(gexf.matches("<edge id=").count(), edges);
    assert!(gexf.contains(&format!("<nodes count=\"{nodes}\">")));
    assert!(gexf.contains(&format!("<edges count=\"{edges}\">")));
    let csv = ok(&["export", "csv"]);
    assert_eq!(
        csv.lines().count(),
        edges + 1,
        "a header and a row per edge"
    );
}

/// The node ids `export dot` writes, legend left out.
fn dot_nodes(args: &[&str]) -> BTreeSet<String> {
    let mut full = vec!["export", "dot"];
    full.extend(args);
    ok(&full)
        .lines()
        .filter_map(|l| l.strip_prefix("  \""))
        .filter(|l| !l.contains("\" -> \""))
        .filter_map(|l| l.split_once("\" [").map(|(id, _)| id.to_string()))
        .collect()
}

fn graphml_nodes(args: &[&str]) -> BTreeSet<String> {
    let mut full = vec!["export", "graphml"];
    full.extend(args);
    ok(&full)
        .lines()
        .filter_map(|l| l.trim().strip_prefix("<node id=\""))
        .map(|l| l[..l.find('"').unwrap()].to_string())
        .collect()
}

#[test]
fn a_selection_is_the_one_export_dot_writes() {
    for args in [
        vec!["--claim", "tos-used"],
        vec!["--claim", "iskander-used"],
        vec!["--around", "sputnik", "--depth", "1"],
    ] {
        let nodes = graphml_nodes(&args);
        assert!(nodes.len() > 2, "{args:?}: {nodes:?}");
        assert_eq!(nodes, dot_nodes(&args), "{args:?}");
    }
}

#[test]
fn xml_exports_refuse_json_and_neo4j_needs_csv_and_a_folder() {
    let run = run(&["--format", "json", "export", "graphml"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("`export graphml` writes GraphML"),
        "{}",
        run.stderr
    );
    let run = crate::support::run(&["export", "gexf", "--neo4j", "--dir", "x"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("--neo4j and --dir are for `export csv`")
    );
    assert_eq!(crate::support::run(&["export", "csv", "--neo4j"]).code, 2);
    assert_eq!(
        crate::support::run(&["export", "csv", "--dir", "x"]).code,
        2
    );
}

#[test]
fn characters_xml_forbids_never_appear_raw() {
    let desk = Desk::copy_of("valid/hostile");
    let claims = desk.data().join("claims.ron");
    let text = std::fs::read_to_string(&claims).unwrap().replace(
        "TOS was not used.",
        "TOS\\u{1}was\\u{8} not\\u{b} used\\u{1f}.",
    );
    std::fs::write(&claims, text).unwrap();
    for format in ["graphml", "gexf"] {
        let out = desk.run(&["export", format]).success().stdout;
        assert!(
            !out.chars()
                .any(|c| matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}')),
            "{format}: a character XML 1.0 forbids is in the file"
        );
        assert!(
            out.contains("TOS\u{FFFD}was\u{FFFD} not\u{FFFD} used\u{FFFD}."),
            "{format}"
        );
    }
}

// ---- Neo4j import files ----

/// The property types Neo4j's import header format allows (and their
/// arrays, `type[]`).
const NEO4J_TYPES: [&str; 16] = [
    "int",
    "long",
    "float",
    "double",
    "boolean",
    "byte",
    "short",
    "char",
    "string",
    "point",
    "date",
    "localtime",
    "time",
    "localdatetime",
    "datetime",
    "duration",
];

/// One header field: `(name, kind, group)`, kind `ID`, `START_ID`,
/// `END_ID`, `LABEL`, `TYPE`, `IGNORE` or a property type.
fn header_field(field: &str) -> (String, String, Option<String>) {
    let (name, kind) = field
        .rsplit_once(':')
        .unwrap_or_else(|| panic!("`{field}` has no `:type`; we always give one"));
    let (kind, group) = match kind.split_once('(') {
        Some((kind, group)) => (
            kind,
            Some(group.strip_suffix(')').expect("a closed group").to_string()),
        ),
        None => (kind, None),
    };
    (name.to_string(), kind.to_string(), group)
}

struct Neo4jFile {
    name: String,
    header: Vec<(String, String, Option<String>)>,
    rows: Vec<Vec<String>>,
}

fn read_neo4j(dir: &Path) -> Vec<Neo4jFile> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(true)
                .from_path(dir.join(&name))
                .unwrap();
            let header = reader.headers().unwrap().iter().map(header_field).collect();
            let rows = reader
                .records()
                .map(|r| r.unwrap().iter().map(String::from).collect())
                .collect();
            Neo4jFile { name, header, rows }
        })
        .collect()
}

fn export_neo4j(data: &str) -> (tempfile::TempDir, Vec<Neo4jFile>) {
    export_neo4j_view(data, &[])
}

fn export_neo4j_view(data: &str, view: &[&str]) -> (tempfile::TempDir, Vec<Neo4jFile>) {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("import");
    let run = Claimgraph::new()
        .data(data)
        .args(["export", "csv", "--neo4j", "--dir"])
        .args([&target])
        .args(view)
        .run()
        .success();
    assert!(
        run.stderr.contains("wrote 14 Neo4j import files"),
        "{}",
        run.stderr
    );
    let files = read_neo4j(&target);
    (dir, files)
}

/// Checks the files against Neo4j's header format; returns every node id and
/// the number of nodes and relationships.
fn check_neo4j_layout(files: &[Neo4jFile]) -> (BTreeSet<String>, usize, usize) {
    let mut ids = BTreeSet::new();
    let mut groups = BTreeSet::new();
    let (mut nodes, mut relationships) = (0, 0);
    for file in files {
        let kinds: Vec<&str> = file.header.iter().map(|(_, k, _)| k.as_str()).collect();
        for (name, kind, group) in &file.header {
            match kind.as_str() {
                "ID" | "START_ID" | "END_ID" => groups.insert(group.clone().expect("an ID space")),
                "LABEL" | "TYPE" => {
                    assert!(name.is_empty(), "{}: `{name}:{kind}`", file.name);
                    true
                }
                ty => {
                    let base = ty.strip_suffix("[]").unwrap_or(ty);
                    assert!(NEO4J_TYPES.contains(&base), "{}: type `{ty}`", file.name);
                    assert!(
                        name.chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                        "{}: property `{name}`",
                        file.name
                    );
                    true
                }
            };
        }
        for row in &file.rows {
            assert_eq!(row.len(), file.header.len(), "{}: {row:?}", file.name);
            for ((name, kind, _), cell) in file.header.iter().zip(row) {
                if kind == "int" && !cell.is_empty() {
                    cell.parse::<i32>()
                        .unwrap_or_else(|_| panic!("{}: {name} = {cell}", file.name));
                }
            }
        }
        if file.name.starts_with("nodes-") {
            assert_eq!(
                kinds.iter().filter(|k| **k == "ID").count(),
                1,
                "{}",
                file.name
            );
            assert!(kinds.contains(&"LABEL"), "{}", file.name);
            let label = file.name["nodes-".len()..].trim_end_matches(".csv");
            let at = kinds.iter().position(|k| *k == "ID").unwrap();
            let label_at = kinds.iter().position(|k| *k == "LABEL").unwrap();
            for row in &file.rows {
                assert_eq!(row[label_at], label, "{}", file.name);
                assert!(
                    ids.insert(row[at].clone()),
                    "{}: id {} twice",
                    file.name,
                    row[at]
                );
            }
            nodes += file.rows.len();
        } else {
            assert!(file.name.starts_with("relationships-"), "{}", file.name);
            for required in ["START_ID", "END_ID", "TYPE"] {
                assert_eq!(
                    kinds.iter().filter(|k| **k == required).count(),
                    1,
                    "{}",
                    file.name
                );
            }
            relationships += file.rows.len();
        }
    }
    assert_eq!(
        groups,
        BTreeSet::from(["Record".to_string()]),
        "one ID space"
    );
    for file in files
        .iter()
        .filter(|f| f.name.starts_with("relationships-"))
    {
        let ty = file.name["relationships-".len()..].trim_end_matches(".csv");
        let at = |wanted: &str| {
            file.header
                .iter()
                .position(|(_, k, _)| k == wanted)
                .unwrap()
        };
        let (start, end, ty_at) = (at("START_ID"), at("END_ID"), at("TYPE"));
        for row in &file.rows {
            assert!(
                ids.contains(&row[start]),
                "{}: no node {}",
                file.name,
                row[start]
            );
            assert!(
                ids.contains(&row[end]),
                "{}: no node {}",
                file.name,
                row[end]
            );
            assert_eq!(row[ty_at], ty);
        }
    }
    (ids, nodes, relationships)
}

#[test]
fn neo4j_files_follow_the_import_header_format_on_the_bundled_data() {
    let (_dir, files) = export_neo4j("data");
    assert_eq!(files.len(), 14, "one per label and per relationship type");
    let (_, nodes, relationships) = check_neo4j_layout(&files);
    assert_eq!((nodes, relationships), graph_counts());
    // Every statement is one STATES relationship with its id, stance and quote.
    let states = files
        .iter()
        .find(|f| f.name == "relationships-STATES.csv")
        .unwrap();
    let column = |name: &str| {
        states
            .header
            .iter()
            .position(|(n, _, _)| n == name)
            .unwrap()
    };
    let (id, stance, quote, hop) = (
        column("id"),
        column("stance"),
        column("quote"),
        column("hop"),
    );
    assert_eq!(states.header[hop].1, "int");
    let by_id: BTreeMap<&str, &Vec<String>> =
        states.rows.iter().map(|r| (r[id].as_str(), r)).collect();
    let listed = json_of(&["statements"]);
    let statements = listed["statements"].as_array().unwrap();
    assert_eq!(by_id.len(), statements.len());
    for s in statements {
        let row = by_id[s["statement"].as_str().unwrap()];
        assert_eq!(row[stance], s["stance"].as_str().unwrap());
        assert_eq!(row[quote], s["quote"].as_str().unwrap());
        assert_eq!(row[hop], "0");
    }
}

#[test]
fn neo4j_files_of_a_selection_hold_its_nodes_and_only_edges_between_them() {
    for view in [
        vec!["--claim", "tos-used"],
        vec!["--around", "sputnik", "--depth", "1"],
    ] {
        let (_dir, files) = export_neo4j_view("data", &view);
        let (ids, _, relationships) = check_neo4j_layout(&files);
        assert_eq!(ids, graphml_nodes(&view), "{view:?}");
        let graphml = ok(&[&["export", "graphml"][..], &view].concat());
        assert_eq!(
            relationships,
            graphml.matches("<edge id=").count(),
            "{view:?}"
        );
    }
}

#[test]
fn neo4j_files_keep_hostile_strings_whole() {
    let (_dir, files) = export_neo4j(HOSTILE);
    check_neo4j_layout(&files);
    let actors = files.iter().find(|f| f.name == "nodes-Actor.csv").unwrap();
    let at = |name: &str| {
        actors
            .header
            .iter()
            .position(|(n, _, _)| n == name)
            .unwrap()
    };
    let spokes = actors.rows.iter().find(|r| r[0] == "spokes").unwrap();
    assert_eq!(spokes[at("role")], "Spokesperson\r\nline two");
    let moderator = actors.rows.iter().find(|r| r[0] == "mod").unwrap();
    assert_eq!(moderator[at("name_ru")], "Министерство\nобороны");
    assert_eq!(
        moderator[at("name_en")],
        "Ministry \"of\" Defence \\ </script><script>alert(1)</script> ]]> \"]; x -> y"
    );
}

#[test]
fn neo4j_export_never_overwrites_and_writes_nothing_when_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("relationships-OWNS.csv"), "mine").unwrap();
    let run = Claimgraph::new()
        .data(HOSTILE)
        .args(["export", "csv", "--neo4j", "--dir"])
        .args([dir.path()])
        .run();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("not overwriting"), "{}", run.stderr);
    assert!(
        run.stderr.contains("relationships-OWNS.csv"),
        "{}",
        run.stderr
    );
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(left.len(), 1, "nothing else was written");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("relationships-OWNS.csv")).unwrap(),
        "mine"
    );
}

// ---- networkx ----

fn networkx() -> Option<PathBuf> {
    python_with(&["networkx", "lxml"])
}

/// What `scripts/graph_exports.py` reports of each file.
fn read_with_networkx(python: &Path, format: &str, files: &[PathBuf]) -> BTreeMap<String, Value> {
    let mut command = Command::new(python);
    command
        .arg(root().join("scripts/graph_exports.py"))
        .arg(format)
        .args(files);
    if let Some(xsd) = std::env::var_os("CLAIMGRAPH_GEXF_XSD").filter(|_| format == "gexf") {
        command.arg("--xsd").arg(xsd);
    }
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "graph_exports.py failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: BTreeMap<String, Value> = serde_json::from_slice(&output.stdout).unwrap();
    for (file, entry) in &report {
        if let Some(errors) = entry.get("schema_errors") {
            assert_eq!(errors, &json!([]), "{file} is not valid against the XSD");
        }
    }
    report
}

/// Writes `claimgraph export FORMAT ARGS` on `data` to `dir/name`.
fn export_to(dir: &Path, name: &str, data: &str, format: &str, args: &[&str]) -> PathBuf {
    let out = Claimgraph::new()
        .data(data)
        .args(["export", format])
        .args(args)
        .run()
        .ok();
    let path = dir.join(name);
    std::fs::write(&path, out).unwrap();
    path
}

/// `origins CLAIM --format json` in the shape the Python script computes.
fn origins_answer(claim: &str) -> Value {
    let answer = json_of(&["origins", claim]);
    let ids = |refs: &Value| -> Value {
        refs.as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].clone())
            .collect()
    };
    let headline = &answer["headline"];
    let groups: Vec<Value> = answer["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            let origins: Vec<Value> = g["origins"]
                .as_array()
                .unwrap()
                .iter()
                .map(|o| {
                    json!({
                        "speaker": o["speaker"]["id"],
                        "role": o["role"],
                        "member_of": ids(&o["member_of"]),
                        "stances": o["stances"],
                        "statements": o["statements"],
                        "outlets": ids(&o["outlets"]),
                    })
                })
                .collect();
            json!({
                "affiliation": g["affiliation"]["id"],
                "country": g["country"],
                "side": g["side"],
                "place": g["place"],
                "independent": g["independent"],
                "origins": origins,
            })
        })
        .collect();
    json!({
        "repeating_outlets": headline["repeating_outlets"],
        "independent_origins": headline["independent_origins"],
        "independent": ids(&headline["independent"]),
        "echo_ratio": headline["echo_ratio"],
        "stance_split": headline["stance_split"],
        "groups": groups,
    })
}

fn claim_ids() -> Vec<String> {
    json_of(&["claims"])["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect()
}

/// `f` on each item, on a few threads (each item runs the binary).
fn parallel<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let chunk = items.len().div_ceil(4).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| scope.spawn(|| part.iter().map(&f).collect::<Vec<R>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    })
}

/// Every node's and edge's properties as text, by id, from what networkx
/// read; edge properties under `edge <id>` with `source` and `target`.
fn properties_of(
    entry: &Value,
    edge_extras: &[&str],
) -> BTreeMap<String, BTreeMap<String, String>> {
    let text = |v: &Value| match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let mut out = BTreeMap::new();
    for (id, attributes) in entry["nodes"].as_object().unwrap() {
        let properties = attributes
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.clone(), text(v)))
            .collect();
        out.insert(format!("node {id}"), properties);
    }
    for edge in entry["edges"].as_array().unwrap() {
        let mut properties: BTreeMap<String, String> = edge["attributes"]
            .as_object()
            .unwrap()
            .iter()
            .filter(|(k, _)| !edge_extras.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), text(v)))
            .collect();
        properties.insert("source".into(), text(&edge["source"]));
        properties.insert("target".into(), text(&edge["target"]));
        out.insert(format!("edge {}", text(&edge["key"])), properties);
    }
    out
}

/// The same, from the Neo4j files: a node's label is its `kind`, a
/// relationship's type its `kind` in lower case; empty cells are absent.
fn neo4j_properties(files: &[Neo4jFile]) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for file in files {
        let mut rows = Vec::new();
        for row in &file.rows {
            let mut properties = BTreeMap::new();
            let mut key = String::new();
            for ((name, kind, _), cell) in file.header.iter().zip(row) {
                match kind.as_str() {
                    "ID" => key = format!("node {cell}"),
                    "START_ID" => {
                        properties.insert("source".to_string(), cell.clone());
                    }
                    "END_ID" => {
                        properties.insert("target".to_string(), cell.clone());
                    }
                    "TYPE" => {
                        properties.insert("kind".to_string(), cell.to_lowercase());
                    }
                    "LABEL" => {}
                    _ if name == "id" => key = format!("edge {cell}"),
                    _ if !cell.is_empty() => {
                        properties.insert(name.clone(), cell.clone());
                    }
                    _ => {}
                }
            }
            rows.push((key, properties));
        }
        out.extend(rows);
    }
    out
}

/// Counts, edge ids, statement attributes and origins of one whole-graph export.
fn check_bundled(format: &str, entry: &Value, answers: &BTreeMap<String, Value>) {
    let (nodes, edges) = graph_counts();
    assert_eq!(entry["directed"], true, "{format}");
    assert_eq!(
        entry["multigraph"], true,
        "{format}: parallel statements stay distinct"
    );
    assert_eq!(entry["nodes"].as_object().unwrap().len(), nodes, "{format}");
    let exported = entry["edges"].as_array().unwrap();
    assert_eq!(exported.len(), edges, "{format}");
    let by_key: BTreeMap<&str, &Value> = exported
        .iter()
        .map(|e| (e["key"].as_str().unwrap(), e))
        .collect();
    assert_eq!(by_key.len(), edges, "{format}: edge ids are unique keys");
    for s in json_of(&["statements"])["statements"].as_array().unwrap() {
        let id = s["statement"].as_str().unwrap();
        let edge = by_key
            .get(id)
            .unwrap_or_else(|| panic!("{format}: no edge {id}"));
        let a = &edge["attributes"];
        assert_eq!(edge["source"], s["speaker"]["id"], "{format} {id}");
        assert_eq!(edge["target"], s["claim"]["id"], "{format} {id}");
        assert_eq!(a["kind"], "states");
        assert_eq!(a["statement"], id);
        assert_eq!(a["stance"], s["stance"], "{format} {id}");
        assert_eq!(a["quote"], s["quote"], "{format} {id}");
        assert_eq!(a["document"], s["source"]["id"], "{format} {id}");
        assert_eq!(a["hop"], 0, "{format} {id}: hop is an integer");
        assert_eq!(
            a.get("translation").unwrap_or(&Value::Null),
            &s["translation"],
            "{format} {id}"
        );
        // A channel is its name, or the words of `Other`.
        let channel = s["channel"].get("Other").unwrap_or(&s["channel"]);
        assert_eq!(
            a.get("channel").unwrap_or(&Value::Null),
            channel,
            "{format} {id}"
        );
    }
    let origins = entry["origins"].as_object().unwrap();
    assert_eq!(origins.len(), answers.len(), "{format}: every claim");
    for (claim, answer) in answers {
        assert_eq!(&origins[claim], answer, "{format}: origins of {claim}");
    }
}

/// Both formats of the whole graph, and GraphML of each claim's own view.
#[test]
fn networkx_reads_the_bundled_data_and_finds_the_same_origins() {
    let Some(python) = networkx() else { return };
    let claims = claim_ids();
    assert_eq!(
        claims.len(),
        json_of(&["stats"])["claims"].as_u64().unwrap() as usize
    );
    let answers: BTreeMap<String, Value> = claims
        .iter()
        .cloned()
        .zip(parallel(&claims, |c| origins_answer(c)))
        .collect();
    assert!(
        answers
            .values()
            .any(|a| a["groups"].as_array().unwrap().len() > 1),
        "some claim has origins in several groups"
    );
    let dir = tempfile::tempdir().unwrap();
    let mut read = Vec::new();
    for format in ["graphml", "gexf"] {
        let path = export_to(dir.path(), &format!("all.{format}"), "data", format, &[]);
        let mut report = read_with_networkx(&python, format, std::slice::from_ref(&path));
        let entry = report.remove(path.to_str().unwrap()).unwrap();
        check_bundled(format, &entry, &answers);
        read.push(entry);
    }
    // The three formats say the same of every node and edge: GEXF as
    // GraphML (less the `id` and `label` networkx adds from GEXF's own
    // attributes), and the Neo4j files as GraphML.
    let graphml = properties_of(&read[0], &[]);
    assert_eq!(properties_of(&read[1], &["id", "label"]), graphml);
    let (_neo4j_dir, files) = export_neo4j("data");
    assert_eq!(neo4j_properties(&files), graphml);
    let paths = parallel(&claims, |claim| {
        let args = ["--claim", claim.as_str()];
        export_to(
            dir.path(),
            &format!("{claim}.graphml"),
            "data",
            "graphml",
            &args,
        )
    });
    let report = read_with_networkx(&python, "graphml", &paths);
    for (claim, path) in claims.iter().zip(&paths) {
        let entry = &report[path.to_str().unwrap()];
        assert_eq!(
            &entry["origins"][claim], &answers[claim],
            "origins of {claim} in its own view"
        );
    }
}

#[test]
fn networkx_gets_every_hostile_string_back() {
    let Some(python) = networkx() else { return };
    let dir = tempfile::tempdir().unwrap();
    let name_en = "Ministry \"of\" Defence \\ </script><script>alert(1)</script> ]]> \"]; x -> y";
    for (format, elements) in [
        (
            "graphml",
            vec!["data", "edge", "graph", "graphml", "key", "node"],
        ),
        (
            "gexf",
            vec![
                "attribute",
                "attributes",
                "attvalue",
                "attvalues",
                "creator",
                "description",
                "edge",
                "edges",
                "gexf",
                "graph",
                "meta",
                "node",
                "nodes",
            ],
        ),
    ] {
        let path = export_to(
            dir.path(),
            &format!("hostile.{format}"),
            HOSTILE,
            format,
            &[],
        );
        let report = read_with_networkx(&python, format, std::slice::from_ref(&path));
        let entry = &report[path.to_str().unwrap()];
        assert_eq!(
            entry["elements"],
            json!(elements),
            "{format}: no element from the data"
        );
        let nodes = &entry["nodes"];
        assert_eq!(nodes.as_object().unwrap().len(), 9, "{format}");
        let moderator = &nodes["mod"];
        assert_eq!(moderator["name_en"], name_en, "{format}");
        assert_eq!(moderator["label"], name_en, "{format}");
        assert_eq!(
            moderator["name_ar"], "وزارة\u{200f} الدفاع \u{202e}evil\u{202c} & <b>",
            "{format}"
        );
        assert_eq!(moderator["name_ru"], "Министерство\nобороны", "{format}");
        assert_eq!(moderator["side"], "Armenia \"]; x -> y", "{format}");
        assert_eq!(
            nodes["spokes"]["role"], "Spokesperson\r\nline two",
            "{format}"
        );
        assert_eq!(nodes["spokes"]["affiliation"], "mod", "{format}");
        assert_eq!(nodes["ppn"]["name_en"], "P&P <News> ]]>", "{format}");
        assert_eq!(
            nodes["ppn"]["url"], "https://ppn.example.org/?a=1&b=\"2\"",
            "{format}"
        );
        assert_eq!(nodes["tos"]["name_en"], "TOS-1A <![CDATA[x]]>", "{format}");
        assert_eq!(
            nodes["tos-used"]["name_en"],
            "The enemy used \"TOS\" \\ ]]> </script> \u{200f}\"]; x -> y",
            "{format}"
        );
        assert_eq!(
            nodes["tos-not-used"]["name_en"],
            "TOS was not used.\nSecond line & <tag>"
        );
        assert_eq!(
            nodes["doc"]["name_en"], "Title \"with\" </script> ]]> \\ & \u{202e}rtl",
            "{format}"
        );
        let edges: BTreeMap<&str, &Value> = entry["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| (e["key"].as_str().unwrap(), &e["attributes"]))
            .collect();
        assert_eq!(edges.len(), 13, "{format}");
        assert_eq!(
            edges["s1"]["quote"],
            "the enemy used the C:\\TOS\\ system ]]> at dawn </script><script>alert(1)</script>"
        );
        assert_eq!(
            edges["s1"]["translation"],
            "\"translated\" ]]> \\ </script>"
        );
        assert_eq!(
            edges["s1:2"]["hop"], 2,
            "{format}: sputnik → doc is the second hop"
        );
        assert_eq!(
            edges["s3"]["quote"], "قالت الوزارة\u{200f} إن العدو استخدم نظام \"تي أو إس\" ]]> فجراً",
            "{format}"
        );
        assert_eq!(
            edges["s2"]["quote"],
            "Sputnik repeated it: \"]; x -> y [label=\"pwned\"] & <b>bold</b>",
            "{format}"
        );
        assert_eq!(edges["s2"]["stance"], "Denies", "{format}");
        let origins = Claimgraph::new()
            .data(HOSTILE)
            .args(["--format", "json", "origins", "tos-used"])
            .run()
            .ok();
        let origins: Value = serde_json::from_str(&origins).unwrap();
        assert_eq!(
            entry["origins"]["tos-used"]["independent"],
            json!(
                origins["headline"]["independent"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|r| r["id"].clone())
                    .collect::<Vec<_>>()
            ),
            "{format}"
        );
    }
}
