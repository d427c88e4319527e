//! Golden outputs on a generated corpus (issue 13): every read-only
//! command's output on a 300-statement corpus from `benches/corpus/mod.rs`,
//! snapshotted before the loading work and the load cache, so that work can
//! prove every answer stays byte-identical.
//!
//! The snapshots were written on the code before issue 13 changed loading;
//! a diff in one of them is a changed answer, not a refresh to accept.

#[path = "../../benches/corpus/mod.rs"]
mod generator;

use std::sync::OnceLock;

use crate::support::{Desk, assert_cmd_snapshot, transcript};

/// Statements in the golden corpus: small enough for fast tests and modest
/// snapshots, large enough for chains of every length and nested members.
const STATEMENTS: usize = 300;

/// The corpus, generated once for every test of this module.
fn desk() -> &'static Desk {
    static DESK: OnceLock<Desk> = OnceLock::new();
    DESK.get_or_init(|| {
        let desk = Desk::empty();
        generator::generate(STATEMENTS, generator::DEFAULT_SEED)
            .write_ron(desk.path())
            .expect("the corpus is written");
        desk
    })
}

/// The ids the commands ask about: the most stated claim, a reviewed claim,
/// a claim in a contradiction, a prolific speaker, a government (with its
/// members), an outlet, a source and a statement.
const CLAIM: &str = "claim-000000";
const REVIEWED: &str = "claim-000007";
const CONTRADICTED: &str = "claim-000021";
const PERSON: &str = "person-00033";
const GOVERNMENT: &str = "ru-government";
const STATE: &str = "state-am";
const OUTLET: &str = "outlet-0002";
const SOURCE: &str = "src-000003";
const STATEMENT: &str = "s000003-04";

/// Every read-only query, each run in text and in JSON.
const QUERIES: &[(&str, &[&str])] = &[
    ("trace", &["trace", CLAIM]),
    ("trace-contradicted", &["trace", CONTRADICTED]),
    ("origins", &["origins", CLAIM]),
    ("origins-reviewed", &["origins", REVIEWED]),
    ("timeline", &["timeline", CLAIM]),
    ("said-person", &["said", PERSON]),
    (
        "said-government-members",
        &["said", GOVERNMENT, "--members"],
    ),
    (
        "claims-by-state-members",
        &["claims", "--by", STATE, "--members"],
    ),
    ("said-outlet", &["said", OUTLET]),
    ("contradictions", &["contradictions"]),
    ("contradictions-claim", &["contradictions", CONTRADICTED]),
    ("similar", &["similar", "--limit", "10"]),
    ("show-claim", &["show", CLAIM]),
    ("show-person", &["show", PERSON]),
    ("show-outlet", &["show", OUTLET]),
    ("show-source", &["show", SOURCE]),
    ("show-statement", &["show", STATEMENT]),
    (
        "search-arabic",
        &["search", "وزارة الدفاع", "--limit", "10"],
    ),
    ("search-english", &["search", "Iskander", "--limit", "10"]),
    ("stats", &["stats"]),
    ("coverage-source", &["coverage", SOURCE]),
    ("claims", &["claims"]),
    ("claims-denied", &["claims", "--stance", "denies"]),
    ("actors", &["actors"]),
    ("actors-via-outlet", &["actors", "--outlet", OUTLET]),
    ("statements-claim", &["statements", "--claim", CLAIM]),
    ("statements-denies", &["statements", "--stance", "denies"]),
    ("sources", &["sources"]),
    ("review-queue", &["review", "queue", "--limit", "15"]),
];

/// Every export format: the whole graph in DOT and ClaimReview, one claim's
/// view or the neighbourhood of an actor for the others.
const EXPORTS: &[(&str, &[&str])] = &[
    ("json-claim", &["export", "json", "--claim", CLAIM]),
    ("dot", &["export", "dot"]),
    ("csv-claim", &["export", "csv", "--claim", REVIEWED]),
    ("graphml-claim", &["export", "graphml", "--claim", CLAIM]),
    ("gexf-claim", &["export", "gexf", "--claim", CLAIM]),
    (
        "ntriples-claim",
        &["export", "ntriples", "--claim", REVIEWED],
    ),
    (
        "turtle-around",
        &["export", "turtle", "--around", PERSON, "--depth", "1"],
    ),
    (
        "dot-around",
        &["export", "dot", "--around", GOVERNMENT, "--depth", "2"],
    ),
    ("claimreview", &["export", "claimreview"]),
];

#[test]
fn the_corpus_checks_clean() {
    let run = desk().run(&["check", "--deny-warnings"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("300 statements"), "{}", run.stderr);
    assert!(
        run.stderr.contains("0 errors, 0 warnings"),
        "{}",
        run.stderr
    );
    assert_cmd_snapshot!("check", run);
    assert_cmd_snapshot!("check-json", desk().run(&["check", "--format", "json"]));
}

#[test]
fn every_query_in_text() {
    for (name, args) in QUERIES {
        assert_cmd_snapshot!(format!("text__{name}"), desk().run(args).success());
    }
}

/// The brief is Markdown only.
#[test]
fn the_report() {
    assert_cmd_snapshot!("report", desk().run(&["report", REVIEWED]).success());
}

#[test]
fn every_query_in_json() {
    for (name, args) in QUERIES {
        let run = desk()
            .claimgraph()
            .args(*args)
            .args(["--format", "json"])
            .run()
            .success();
        let _: serde_json::Value = serde_json::from_str(&run.stdout).expect("valid JSON");
        assert_cmd_snapshot!(format!("json__{name}"), run);
    }
}

/// Every export, snapshotted (the whole graph's JSON and CSV would be
/// half a megabyte each, so those are of one claim).
#[test]
fn every_export() {
    for (name, args) in EXPORTS {
        assert_cmd_snapshot!(format!("export__{name}"), desk().run(args).success());
    }
}

/// With the load cache and without it, every query (text and JSON) and
/// every export answers the same bytes, and `check` the same diagnostics.
#[test]
fn every_answer_is_the_same_with_the_cache_and_without() {
    let desk = Desk::empty();
    let corpus = generator::generate(STATEMENTS, generator::DEFAULT_SEED);
    corpus
        .write_ron(desk.path())
        .expect("the corpus is written");
    // Names as a user types them: a claim's text, an actor's Arabic name.
    let claim_text = corpus.claims[7].text.clone();
    let person = corpus.actors[33].names["ar"].clone();
    let mut commands: Vec<Vec<&str>> = vec![vec!["check"], vec!["check", "--format", "json"]];
    for (_, args) in QUERIES {
        commands.push(args.to_vec());
        commands.push([*args, &["--format", "json"][..]].concat());
    }
    commands.extend(EXPORTS.iter().map(|(_, args)| args.to_vec()));
    commands.push(vec!["report", REVIEWED]);
    // What a focused read decodes: an entity's claims, a root's members,
    // a government and an outlet without `--members`, and `statements`
    // narrowed by records (a source with a claim it may not carry; a
    // channel outside the vocabulary, which reads everything).
    for extra in [
        &["show", "weapon-00", "--format", "json"][..],
        &["show", GOVERNMENT],
        &["said", STATE, "--format", "json"],
        &["said", STATE, "--members"],
        &["said", GOVERNMENT],
        &["said", OUTLET, "--members", "--format", "json"],
        &["statements", "--by", STATE, "--members", "--format", "json"],
        &["statements", "--by", GOVERNMENT],
        &["statements", "--outlet", OUTLET, "--source", SOURCE],
        &["statements", "--about", "weapon-00", "--stance", "denies"],
        &[
            "statements",
            "--source",
            SOURCE,
            "--claim",
            CLAIM,
            "--format",
            "json",
        ],
        &[
            "statements",
            "--claim",
            CLAIM,
            "--channel",
            "telegram",
            "--since",
            "2021",
        ],
        &[
            "statements",
            "--claim",
            CLAIM,
            "--channel",
            "Carrier pigeon",
        ],
        // Names the core resolves, and misses it answers alone.
        &["origins", &claim_text, "--format", "json"],
        &["trace", &claim_text],
        &["said", &person],
        &["statements", "--by", &person, "--claim", &claim_text],
        &["trace", "claim-0000071"],
        &["timeline", PERSON],
        &["said", "persn-00033"],
        &["said", "Ministry"],
        &[
            "statements",
            "--claim",
            "claim-00007",
            "--by",
            "persn-00033",
        ],
        &["statements", "--by", PERSON, "--about", "no-such-thing"],
        &["statements", "--source", "no-such-source", "--by", PERSON],
    ] {
        commands.push(extra.to_vec());
    }
    let uncached: Vec<String> = commands
        .iter()
        .map(|args| transcript(&desk.claimgraph().args(["--no-cache"]).args(args).run()))
        .collect();
    let first = desk.claimgraph().args(["-v", "stats"]).run();
    assert!(
        first.stderr.contains("wrote the load cache"),
        "{}",
        first.stderr
    );
    for (args, uncached) in commands.iter().zip(&uncached) {
        let cached = transcript(&desk.claimgraph().args(args).run());
        assert_eq!(&cached, uncached, "{args:?}");
    }
    let last = desk.claimgraph().args(["-v", "stats"]).run();
    assert!(
        last.stderr.contains("read the load cache"),
        "{}",
        last.stderr
    );
}

/// The generator is deterministic: the same count and seed write the same
/// bytes, and another seed writes other bytes.
#[test]
fn the_generator_is_deterministic() {
    let write = |seed| {
        let desk = Desk::empty();
        generator::generate(120, seed)
            .write_ron(desk.path())
            .unwrap();
        crate::support::files_under(desk.path())
    };
    let first = write(generator::DEFAULT_SEED);
    assert_eq!(first, write(generator::DEFAULT_SEED));
    assert_ne!(first, write(generator::DEFAULT_SEED + 1));
    assert!(
        first.keys().any(|f| f.starts_with("seeds/")),
        "{:?}",
        first.keys()
    );
}

/// `origins --all` (what `scripts/bench-compare` times) answers for every
/// claim exactly what `origins CLAIM` answers for it alone.
#[test]
fn origins_all_is_the_origins_of_every_claim() {
    let all = desk().claimgraph().args(["origins", "--all"]).json();
    let all = all.as_array().expect("an array");
    assert_eq!(all.len(), generator::Sizes::of(STATEMENTS).claims);
    for answer in all.iter().step_by(5) {
        let claim = answer["claim"]["id"].as_str().unwrap();
        let alone = desk().claimgraph().args(["origins", claim]).json();
        assert_eq!(answer, &alone, "{claim}");
    }
    let text = desk().ok(&["origins", "--all"]);
    assert_eq!(text.matches("Claim claim-").count(), all.len());
}

/// A load of over a second shows a spinner on a terminal (a pseudo-terminal
/// made by util-linux's `script`), never with `-q`, and never in a pipe.
/// 20,000 statements take several seconds to load in a debug build.
#[test]
fn a_slow_load_shows_a_spinner_on_a_terminal_only() {
    use std::process::Command;
    if !crate::conventions::installed("script") {
        return;
    }
    let desk = Desk::empty();
    generator::generate(20_000, generator::DEFAULT_SEED)
        .write_ron(desk.path())
        .expect("the corpus is written");
    let bin = env!("CARGO_BIN_EXE_claimgraph");
    let on_terminal_running = |quiet: &str, command: &str| {
        let line = format!("'{bin}' {quiet} --data data {command}");
        let out = Command::new("script")
            .args(["-qec", &line, "/dev/null"])
            .current_dir(desk.path())
            .env_remove("NO_COLOR")
            .output()
            .expect("script runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let on_terminal = |quiet: &str| on_terminal_running(quiet, "check");
    let shown = on_terminal("");
    assert!(shown.contains("loading data: "), "{shown}");
    // The stages are counted: 2,000 source files and sources.
    assert!(shown.contains("/2,0"), "{shown}");
    assert!(shown.contains("20000 statements"), "{shown}");
    // The cache's write after the answer is cleared as well: nothing but
    // the answer is left on the last line.
    let last = shown
        .rsplit('\n')
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");
    assert!(!last.contains("loading"), "{last:?}");
    let quiet = on_terminal("-q");
    assert!(!quiet.contains("loading"), "{quiet}");
    let piped = desk.run(&["check"]);
    assert!(!piped.stderr.contains("loading"), "{}", piped.stderr);
    assert!(!piped.stderr.contains('\u{1b}'), "{}", piped.stderr);
    // An export of over a second too, cleared before the note that follows.
    let exported = on_terminal_running("", "export json -o graph.json");
    assert!(exported.contains("exporting json"), "{exported}");
    assert!(
        exported.trim_end().ends_with("wrote graph.json"),
        "{exported:?}"
    );
    assert!(desk.path().join("graph.json").is_file());
    let piped = desk.run(&["export", "dot", "-o", "again.dot"]);
    assert_eq!(piped.stderr, "wrote again.dot\n");
}
