//! Writes a deterministic synthetic corpus (benches/corpus/mod.rs) in every
//! form the benchmarks compare.
//!
//! ```text
//! cargo run --release --example corpus -- --statements 100000 --out target/corpus/100k \
//!     [--seed 13] [--json] [--ntriples] [--networkx]
//! ```
//!
//! `OUT/data` is the data directory (`claimgraph --data OUT/data check`),
//! `OUT/seeds` its seed texts; `--json` adds `OUT/corpus.json` (serde's
//! shape of `claimgraph::raw`), `--networkx` adds `OUT/networkx.json`
//! (node-link JSON), and `--ntriples` adds `OUT/corpus.nt`, written by
//! claimgraph's own `export ntriples` exporter on the RON form, so the RDF
//! vocabulary is the one `claimgraph export ntriples` writes. A summary of
//! what was written goes to stdout.

// Examples are tools, not the library: they print.
#![allow(clippy::print_stdout, clippy::print_stderr)]

#[path = "../benches/corpus/mod.rs"]
mod corpus;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use claimgraph::formats::{Format, View};
use claimgraph::workspace::Workspace;

fn main() -> ExitCode {
    let mut statements = 10_000usize;
    let mut seed = corpus::DEFAULT_SEED;
    let mut out: Option<PathBuf> = None;
    let (mut json, mut ntriples, mut networkx) = (false, false, false);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--statements" => match args.next().and_then(|n| n.replace('_', "").parse().ok()) {
                Some(n) => statements = n,
                None => return usage("--statements needs a number"),
            },
            "--seed" => match args.next().and_then(|n| n.parse().ok()) {
                Some(n) => seed = n,
                None => return usage("--seed needs a number"),
            },
            "--out" => out = args.next().map(PathBuf::from),
            "--json" => json = true,
            "--ntriples" => ntriples = true,
            "--networkx" => networkx = true,
            "-h" | "--help" => return usage(""),
            other => return usage(&format!("unknown argument `{other}`")),
        }
    }
    let Some(out) = out else {
        return usage("--out DIR is required");
    };
    if out.join("data").exists() {
        eprintln!(
            "error: {} already holds a corpus; remove it first",
            out.display()
        );
        return ExitCode::FAILURE;
    }
    let start = Instant::now();
    let corpus = corpus::generate(statements, seed);
    let written = match corpus.write_ron(&out) {
        Ok(written) => written,
        Err(e) => {
            eprintln!("error: writing {}: {e}", out.display());
            return ExitCode::FAILURE;
        }
    };
    let relays: usize = corpus.statements().map(|s| s.relay.len()).sum();
    println!(
        "statements: {statements}\nsources: {}\nclaims: {}\nactors: {}\noutlets: {}\nentities: {}\nrelations: {}\nreviews: {}",
        corpus.sources.len(),
        corpus.claims.len(),
        corpus.actors.len(),
        corpus.outlets.len(),
        corpus.entities.len(),
        corpus.relations.len(),
        corpus.reviews.len()
    );
    println!(
        "ron_files: {}\nron_bytes: {}\nron_bytes_per_statement: {}\nseed_bytes: {}\nmean_hops: {:.2}",
        written.files,
        written.ron_bytes,
        written.ron_bytes / statements.max(1) as u64,
        written.seed_bytes,
        1.0 + relays as f64 / statements.max(1) as f64
    );
    if json {
        let path = out.join("corpus.json");
        if let Err(e) = std::fs::write(&path, corpus.to_json()) {
            eprintln!("error: writing {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("json: {}", path.display());
    }
    if networkx {
        let path = out.join("networkx.json");
        if let Err(e) = std::fs::write(&path, corpus.to_networkx()) {
            eprintln!("error: writing {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("networkx: {}", path.display());
    }
    drop(corpus);
    if ntriples {
        let ws = Workspace::open(&out.join("data"));
        if ws.errors() > 0 {
            eprintln!("error: the generated corpus has {} errors", ws.errors());
            return ExitCode::FAILURE;
        }
        let path = out.join("corpus.nt");
        let written = std::fs::File::create(&path).and_then(|file| {
            let mut file = std::io::BufWriter::new(file);
            Format::NTriples
                .exporter()
                .write(&View::all(&ws.data, &ws.graph), &mut file)?;
            std::io::Write::flush(&mut file)
        });
        if let Err(e) = written {
            eprintln!("error: writing {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("ntriples: {}", path.display());
    }
    println!("seconds: {:.2}", start.elapsed().as_secs_f64());
    ExitCode::SUCCESS
}

fn usage(problem: &str) -> ExitCode {
    if !problem.is_empty() {
        eprintln!("error: {problem}");
    }
    eprintln!(
        "usage: cargo run --release --example corpus -- --statements N --out DIR [--seed S] [--json] [--ntriples] [--networkx]"
    );
    if problem.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    }
}
