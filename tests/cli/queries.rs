//! The queries on the bundled data: every subcommand's text and JSON output
//! is snapshot-tested, and the answers the project promises are asserted
//! outright.

use crate::support::{Claimgraph, assert_cmd_snapshot, json, ok, run};

const COMMANDS: &[(&str, &[&str])] = &[
    ("trace-tos", &["trace", "tos-used"]),
    ("trace-iskander", &["trace", "iskander-used"]),
    ("origins-tos", &["origins", "tos-used"]),
    ("origins-iskander", &["origins", "iskander-used"]),
    ("said-stepanyan", &["said", "shushan-stepanyan"]),
    (
        "said-armenia-mod-members",
        &["said", "armenia-mod", "--members"],
    ),
    ("said-sputnik", &["said", "sputnik"]),
    ("contradictions", &["contradictions"]),
    (
        "contradictions-iskander",
        &["contradictions", "iskander-used"],
    ),
    ("show-stepanyan", &["show", "shushan-stepanyan"]),
    ("show-statement", &["show", "s001-01"]),
    ("show-claim", &["show", "tos-used"]),
    ("stats", &["stats"]),
    ("claims", &["claims"]),
    (
        "claims-about-iskander-denied",
        &["claims", "--about", "iskander", "--stance", "denies"],
    ),
    ("claims-by-armenia-mod", &["claims", "--by", "armenia-mod"]),
    ("actors", &["actors"]),
    ("actors-via-bbc", &["actors", "--outlet", "bbc"]),
    ("search-iskander", &["search", "Iskander", "--limit", "12"]),
    (
        "search-arabic-ministry",
        &["search", "وزارة الدفاع", "--limit", "8"],
    ),
    ("coverage", &["coverage"]),
    ("review-queue", &["review", "queue", "--limit", "15"]),
];

#[test]
fn every_subcommand_text_output() {
    for (name, args) in COMMANDS {
        assert_cmd_snapshot!(format!("text__{name}"), run(args).success());
    }
}

#[test]
fn every_subcommand_json_output() {
    for (name, args) in COMMANDS {
        let run = Claimgraph::new()
            .args(*args)
            .args(["--format", "json"])
            .run()
            .success();
        let _: serde_json::Value = serde_json::from_str(&run.stdout).expect("valid JSON");
        assert_cmd_snapshot!(format!("json__{name}"), run);
    }
}

#[test]
fn check_passes_on_the_shipped_data() {
    let run = run(&["check", "--deny-warnings"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.is_empty());
    assert!(run.stderr.contains("0 errors, 0 warnings"));
    let report = json(&["check"]);
    assert_eq!(report["errors"], 0);
    assert!(report["statements"].as_u64().unwrap() >= 30);
}

#[test]
fn trace_of_tos_runs_from_pakistan_point_news_through_sputnik_to_stepanyan() {
    let text = ok(&["trace", "tos-used"]);
    let ppn = text.find("Pakistan Point News").expect("publisher shown");
    let sputnik = text.find("via Sputnik").expect("relay shown");
    let stepanyan = text.find("Shushan Stepanyan").expect("speaker shown");
    assert!(ppn < sputnik && sputnik < stepanyan, "{text}");
    assert!(text.contains("Facebook"));
    assert!(text.contains("Ministry of Defence of Armenia"));

    let trace = json(&["trace", "tos-used"]);
    let doc = &trace["documents"][0];
    assert_eq!(doc["outlet"]["id"], "pakistan-point-news");
    let chain = doc["chains"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["speaker"]["id"] == "shushan-stepanyan")
        .expect("Stepanyan's chain");
    assert_eq!(chain["hops"][0]["id"], "sputnik");
    assert_eq!(chain["speaker"]["id"], "shushan-stepanyan");
    assert_eq!(chain["channel"], "Facebook");
    assert_eq!(chain["affiliation"]["chain"][0]["id"], "armenia-mod");
}

#[test]
fn origins_of_tos_name_stepanyan_under_armenia() {
    let origins = json(&["origins", "tos-used"]);
    let groups = origins["groups"].as_array().unwrap();
    let affirming: Vec<&serde_json::Value> = groups
        .iter()
        .flat_map(|g| g["origins"].as_array().unwrap())
        .filter(|o| {
            o["stances"]
                .as_array()
                .unwrap()
                .iter()
                .any(|s| s == "Affirms")
        })
        .collect();
    assert_eq!(affirming.len(), 1);
    assert_eq!(affirming[0]["speaker"]["id"], "shushan-stepanyan");
    assert_eq!(origins["headline"]["independent_origins"], 1);
    let outlets: Vec<&str> = affirming[0]["outlets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_str().unwrap())
        .collect();
    assert!(
        outlets.contains(&"sputnik") && outlets.contains(&"pakistan-point-news"),
        "{outlets:?}"
    );
}

#[test]
fn origins_of_iskander_show_independent_origins_echoes_and_the_russian_denial() {
    let origins = json(&["origins", "iskander-used"]);
    let headline = &origins["headline"];
    assert!(
        headline["independent_origins"].as_u64().unwrap() >= 2,
        "{headline}"
    );
    assert!(
        headline["repeating_outlets"].as_u64().unwrap() >= 10,
        "{headline}"
    );
    let denies = headline["stance_split"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["stance"] == "Denies")
        .expect("a denial");
    assert!(
        denies["places"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s == &serde_json::json!({"side": "Russia"}))
    );
    let roots: Vec<&str> = origins["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["affiliation"]["id"].as_str().unwrap())
        .collect();
    assert!(
        roots.contains(&"armenia") && roots.contains(&"azerbaijan") && roots.contains(&"russia"),
        "{roots:?}"
    );
    let text = ok(&["origins", "iskander-used"]);
    assert!(text.contains("Ministry of Defence of the Russian Federation"));
    assert!(text.contains("denies"));
}

#[test]
fn ids_accept_names_and_aliases_in_any_script() {
    let by_id = ok(&["said", "shushan-stepanyan"]);
    assert_eq!(ok(&["said", "Shushan Stepanyan"]), by_id);
    assert_eq!(ok(&["said", "شوشان ستيبانيان"]), by_id);
    assert_eq!(ok(&["show", "TOS-1A"]), ok(&["show", "tos-1a"]));
}

#[test]
fn an_unknown_id_exits_2_with_a_suggestion() {
    let run = run(&["trace", "tos-usd"]);
    assert_eq!(run.code, 2);
    assert!(run.stdout.is_empty());
    assert!(
        run.stderr.contains("did you mean `tos-used`"),
        "{}",
        run.stderr
    );
}

#[test]
fn bad_data_makes_queries_exit_1_with_diagnostics() {
    let run = run(&["--data", "tests/fixtures/invalid/quote-not-found", "stats"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.is_empty());
    assert!(run.stderr.contains("error[quote-not-found]"));
}

#[test]
fn a_missing_data_directory_is_an_error_not_a_panic() {
    let run = run(&["--data", "no/such/dir", "check"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("data directory no/such/dir not found"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_data_directory_can_come_from_the_environment() {
    let output = Claimgraph::new()
        .env("CLAIMGRAPH_DATA", "tests/fixtures/valid/minimal")
        .args(["stats", "--format", "json"])
        .run();
    let stats: serde_json::Value = serde_json::from_str(&output.stdout).unwrap();
    assert_eq!(stats["statements"], 1);
}

#[test]
fn standard_input_is_not_read() {
    let piped = Claimgraph::new()
        .args(["origins", "tos-used"])
        .stdin("trace iskander-used\n")
        .ok();
    assert_eq!(piped, ok(&["origins", "tos-used"]));
}

#[test]
fn output_is_byte_identical_across_runs() {
    for args in [
        &["export", "dot"][..],
        &["origins", "iskander-used", "--format", "json"],
        &["contradictions"],
    ] {
        assert_eq!(ok(args), ok(args), "{args:?}");
    }
}

#[test]
fn dot_export_draws_kinds_stances_legend_and_layout() {
    let dot = ok(&["export", "dot"]);
    assert!(dot.starts_with("digraph claimgraph {"));
    assert!(dot.contains("rankdir=LR"));
    assert!(dot.contains("cluster_legend"));
    for shape in [
        "shape=ellipse",
        "shape=box",
        "shape=note",
        "shape=hexagon",
        "shape=component",
    ] {
        assert!(dot.contains(shape), "{shape}");
    }
    assert!(dot.contains("label=\"denies\""));
    assert!(
        dot.contains("شوشان ستيبانيان"),
        "labels carry the original script"
    );
    for (name, args) in [
        (
            "dot__claim_tos",
            &["export", "dot", "--claim", "tos-used"][..],
        ),
        (
            "dot__around_stepanyan",
            &[
                "export",
                "dot",
                "--around",
                "shushan-stepanyan",
                "--depth",
                "1",
            ],
        ),
    ] {
        assert_cmd_snapshot!(name, run(args).success());
    }
}

#[test]
fn help_documents_exit_codes() {
    let help = ok(&["--help"]);
    assert!(help.contains("Exit status"));
    for command in [
        "check",
        "trace",
        "origins",
        "said",
        "contradictions",
        "show",
        "stats",
        "claims",
        "actors",
        "export",
    ] {
        assert!(help.contains(command), "{command}");
    }
}

fn first_hit(query: &str) -> (String, String) {
    let found = json(&["search", query]);
    let hit = &found["hits"][0];
    (
        hit["record"]["id"].as_str().unwrap().to_string(),
        hit["rule"].as_str().unwrap().to_string(),
    )
}

#[test]
fn search_finds_the_iskander_by_every_spelling_the_seeds_use() {
    for spelling in [
        "Iskander",
        "Iskander-M",
        "إسكندر",
        "اسكندر",
        "الإسكندر",
        "ألكسندر",
        "Alexander",
    ] {
        let (id, rule) = first_hit(spelling);
        assert_eq!(id, "iskander", "{spelling}");
        assert!(rule == "exact" || rule == "id", "{spelling}: {rule}");
    }
}

#[test]
fn search_finds_stepanyan_in_arabic_and_english() {
    for spelling in ["ستيبانيان", "Stepanyan", "stepanyan", "ستيبانيان،"] {
        assert_eq!(first_hit(spelling).0, "shushan-stepanyan", "{spelling}");
    }
}

#[test]
fn search_ranks_names_before_claims_before_quotes_and_explains_each_hit() {
    let found = json(&["search", "إسكندر", "--limit", "100"]);
    let hits = found["hits"].as_array().unwrap();
    let scores: Vec<f64> = hits.iter().map(|h| h["score"].as_f64().unwrap()).collect();
    assert!(
        scores.windows(2).all(|w| w[0] >= w[1]),
        "sorted by score: {scores:?}"
    );
    let first_of = |kind: &str| hits.iter().position(|h| h["record"]["kind"] == kind);
    let (entity, claim, statement) = (
        first_of("entity").unwrap(),
        first_of("claim").unwrap(),
        first_of("statement").unwrap(),
    );
    assert!(
        entity < claim && claim < statement,
        "{entity} {claim} {statement}"
    );
    assert!(hits.iter().all(|h| !h["why"].as_str().unwrap().is_empty()));
    assert_eq!(found["folded"], "اسكندر");
    let text = ok(&["search", "الإسكندر"]);
    assert!(text.contains("once both are folded to “اسكندر”"), "{text}");
}

#[test]
fn search_narrows_by_kind_and_reports_nothing_found() {
    let found = json(&["search", "Iskander", "--kind", "statement"]);
    assert!(
        found["hits"]
            .as_array()
            .unwrap()
            .iter()
            .all(|h| h["record"]["kind"] == "statement")
    );
    assert_eq!(ok(&["search", "zzzqqq"]), "no record matches “zzzqqq”\n");
}

#[test]
fn every_id_argument_resolves_arabic_spellings_the_way_search_does() {
    assert_eq!(ok(&["show", "الإسكندر"]), ok(&["show", "iskander"]));
    assert_eq!(
        ok(&["said", "ستيبانيان"]),
        ok(&["said", "shushan-stepanyan"])
    );
}

#[test]
fn every_seed_is_fully_annotated_or_declared_background() {
    let coverage = json(&["coverage"]);
    let sources = coverage["sources"].as_array().unwrap();
    assert_eq!(sources.len(), 5);
    let minimum_claims = [8, 7, 6, 6, 10];
    for (source, minimum) in sources.iter().zip(minimum_claims) {
        let id = source["source"]["id"].as_str().unwrap();
        assert_eq!(source["uncovered"], serde_json::json!([]), "{id} has gaps");
        assert!(source["claims"].as_u64().unwrap() >= minimum, "{id}");
        assert!(
            source["background"]
                .as_array()
                .unwrap()
                .iter()
                .all(|b| b["background_kind"].is_string()),
            "{id}"
        );
    }
}

#[test]
fn the_review_queue_skips_finished_reviews_and_explains_every_rank() {
    let queue = json(&["review", "queue", "--limit", "500"]);
    let claims = queue["claims"].as_array().unwrap();
    let ids: Vec<&str> = claims
        .iter()
        .map(|c| c["claim"]["id"].as_str().unwrap())
        .collect();
    assert!(
        !ids.contains(&"iskander-used") && !ids.contains(&"tos-used"),
        "published"
    );
    let unfinished = claims
        .iter()
        .find(|c| c["claim"]["id"] == "am-2300-soldiers-neutralised")
        .expect("a review needing more evidence stays queued");
    assert_eq!(unfinished["status"], "NeedsMoreEvidence");
    for claim in claims {
        let sum: i64 = claim["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["points"].as_i64().unwrap())
            .sum();
        assert_eq!(
            claim["score"].as_i64().unwrap(),
            sum,
            "score is the sum of its reasons"
        );
    }
    let scores: Vec<i64> = claims
        .iter()
        .map(|c| c["score"].as_i64().unwrap())
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]));
    let denied = claims
        .iter()
        .find(|c| c["claim"]["id"] == "fire-from-armenia-2023")
        .unwrap();
    let why: Vec<&str> = denied["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["why"].as_str().unwrap())
        .collect();
    assert!(why.iter().any(|w| w.starts_with("denied by")), "{why:?}");
}
