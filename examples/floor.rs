//! The parsing floors of issue 13: how long `ron` alone takes to parse a
//! generated corpus's RON files into claimgraph's own `raw` structs, and
//! how long serde_json takes to parse the same records from the JSON form,
//! both on one thread, with no checking, no spans and no graph.
//!
//! ```text
//! cargo run --release --example floor -- ron  target/corpus/100k   # OUT/data/**/*.ron
//! cargo run --release --example floor -- json target/corpus/100k   # OUT/corpus.json
//! ```
//!
//! `OUT` is a folder written by `examples/corpus.rs` (`--json` for the JSON
//! form). Prints one JSON object: the records parsed and the seconds spent
//! reading and parsing; `scripts/bench-compare` times the whole process too.

// Examples are tools, not the library: they print.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use claimgraph::raw;
use serde::Deserialize;

/// The JSON form: every record of the corpus, by kind.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Corpus {
    actors: Vec<raw::Actor>,
    outlets: Vec<raw::Outlet>,
    entities: Vec<raw::Entity>,
    claims: Vec<raw::Claim>,
    relations: Vec<raw::Relation>,
    sources: Vec<raw::Source>,
    reviews: Vec<raw::Review>,
}

/// What was parsed, to print and to keep the optimiser honest.
#[derive(Default)]
struct Counts {
    records: usize,
    statements: usize,
}

impl Counts {
    fn add(&mut self, corpus: &Corpus) {
        self.records += corpus.actors.len()
            + corpus.outlets.len()
            + corpus.entities.len()
            + corpus.claims.len()
            + corpus.relations.len()
            + corpus.sources.len()
            + corpus.reviews.len();
        self.statements += corpus
            .sources
            .iter()
            .map(|s| s.statements.len())
            .sum::<usize>();
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [form, out] = args.as_slice() else {
        eprintln!("usage: floor ron|json CORPUS_DIR");
        return ExitCode::from(2);
    };
    let out = Path::new(out);
    let start = Instant::now();
    let result = match form.as_str() {
        "ron" => ron_floor(&out.join("data")),
        "json" => json_floor(&out.join("corpus.json")),
        other => Err(format!("unknown form `{other}`: ron or json")),
    };
    match result {
        Ok((counts, read, parse)) => {
            println!(
                "{{\"form\": \"{form}\", \"records\": {}, \"statements\": {}, \"read_s\": {read:.3}, \"parse_s\": {parse:.3}, \"total_s\": {:.3}}}",
                counts.records,
                counts.statements,
                start.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Reads every file, then parses each into the raw type its folder holds.
fn ron_floor(data: &Path) -> Result<(Counts, f64, f64), String> {
    let start = Instant::now();
    let mut files = Vec::new();
    for folder in [
        "actors",
        "outlets",
        "entities",
        "claims",
        "relations",
        "sources",
        "reviews",
    ] {
        for path in ron_files(&data.join(folder))? {
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            files.push((folder, path, text));
        }
    }
    let read = start.elapsed().as_secs_f64();
    let start = Instant::now();
    let mut corpus = Corpus {
        actors: Vec::new(),
        outlets: Vec::new(),
        entities: Vec::new(),
        claims: Vec::new(),
        relations: Vec::new(),
        sources: Vec::new(),
        reviews: Vec::new(),
    };
    for (folder, path, text) in &files {
        let failed = |e: ron::error::SpannedError| format!("{}: {e}", path.display());
        match *folder {
            "actors" => corpus
                .actors
                .extend(ron::from_str::<Vec<raw::Actor>>(text).map_err(failed)?),
            "outlets" => corpus
                .outlets
                .extend(ron::from_str::<Vec<raw::Outlet>>(text).map_err(failed)?),
            "entities" => corpus
                .entities
                .extend(ron::from_str::<Vec<raw::Entity>>(text).map_err(failed)?),
            "claims" => corpus
                .claims
                .extend(ron::from_str::<Vec<raw::Claim>>(text).map_err(failed)?),
            "relations" => corpus
                .relations
                .extend(ron::from_str::<Vec<raw::Relation>>(text).map_err(failed)?),
            "sources" => corpus
                .sources
                .push(ron::from_str::<raw::Source>(text).map_err(failed)?),
            _ => corpus
                .reviews
                .push(ron::from_str::<raw::Review>(text).map_err(failed)?),
        }
    }
    let parse = start.elapsed().as_secs_f64();
    let mut counts = Counts::default();
    counts.add(&corpus);
    Ok((counts, read, parse))
}

fn json_floor(path: &Path) -> Result<(Counts, f64, f64), String> {
    let start = Instant::now();
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let read = start.elapsed().as_secs_f64();
    let start = Instant::now();
    let corpus: Corpus =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let parse = start.elapsed().as_secs_f64();
    let mut counts = Counts::default();
    counts.add(&corpus);
    Ok((counts, read, parse))
}

/// The `.ron` files of `folder`, in name order (none when it is missing).
fn ron_files(folder: &Path) -> Result<Vec<PathBuf>, String> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Ok(Vec::new());
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    Ok(files)
}
