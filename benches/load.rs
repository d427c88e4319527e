//! criterion benchmarks of issue 13 on the generated corpus
//! (`benches/corpus/mod.rs`): parse, check, build, open, the load cache's
//! read, trace, origins (one claim and every claim), search with the index,
//! export dot and export json, at 10,000 and 100,000 statements; 1,000,000
//! with `CLAIMGRAPH_BENCH_1M=1`. A search without the index and the index's
//! build run above 10,000 only with `CLAIMGRAPH_BENCH_SEARCH=1`.
//!
//! ```text
//! cargo bench --bench load                       # 10k and 100k
//! CLAIMGRAPH_BENCH_1M=1 cargo bench --bench load # and 1M (minutes to generate)
//! CLAIMGRAPH_BENCH_SIZES=2000 cargo bench --bench load -- --quick
//! ```
//!
//! Corpora are written once to `target/bench-compare/<statements>/` (where
//! `scripts/bench-compare` writes the same corpus) and reused; delete the
//! folder after changing the generator. Figures and
//! how to read them are in docs/performance.md.

// criterion_group! writes a public function without a doc comment.
#![allow(missing_docs)]

#[path = "corpus/mod.rs"]
mod corpus;

/// The binary's allocator, so that the figures are the command's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::{Path, PathBuf};

use claimgraph::cache;
use claimgraph::check::analyze;
use claimgraph::formats::{Format, View};
use claimgraph::graph::ClaimGraph;
use claimgraph::load::parse::load;
use claimgraph::lookup::index::SearchIndex;
use claimgraph::model::RecordKind;
use claimgraph::query;
use claimgraph::source::files::Files;
use claimgraph::workspace::Workspace;
use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};
use rayon::prelude::*;

/// The statement counts to measure: `CLAIMGRAPH_BENCH_SIZES` (comma
/// separated) when set, else 10k and 100k, plus 1M with `CLAIMGRAPH_BENCH_1M=1`.
fn sizes() -> Vec<usize> {
    if let Ok(sizes) = std::env::var("CLAIMGRAPH_BENCH_SIZES") {
        return sizes
            .split(',')
            .filter_map(|n| n.trim().replace('_', "").parse().ok())
            .collect();
    }
    let mut sizes = vec![10_000, 100_000];
    if env_is_1("CLAIMGRAPH_BENCH_1M") {
        sizes.push(1_000_000);
    }
    sizes
}

/// Whether the variable `name` is set to `1`.
fn env_is_1(name: &str) -> bool {
    std::env::var_os(name).is_some_and(|v| v == "1")
}

/// The data directory of the corpus of `statements` statements, written
/// on first use.
fn corpus_dir(statements: usize) -> PathBuf {
    let out = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/bench-compare")
        .join(statements.to_string());
    let data = out.join("data");
    if !data.join("claimgraph.toml").exists() {
        // A half-written corpus from an interrupted run is rewritten whole.
        let _ = std::fs::remove_dir_all(&out);
        corpus::generate(statements, corpus::DEFAULT_SEED)
            .write_ron(&out)
            .expect("the corpus is written");
    }
    data
}

/// The most stated claim: the heaviest single-claim query.
fn busiest_claim(ws: &Workspace) -> String {
    ws.data
        .claims
        .keys()
        .max_by_key(|id| (ws.data.statements_of(id).count(), std::cmp::Reverse(*id)))
        .expect("the corpus has claims")
        .clone()
}

fn bench(c: &mut Criterion) {
    for statements in sizes() {
        let dir = corpus_dir(statements);
        let mut group = c.benchmark_group(format!("corpus-{statements}"));
        group.sample_size(10);
        let id = |name: &str| BenchmarkId::new(name, statements);

        // Loading, stage by stage: what `Workspace::open` does.
        group.bench_function(id("parse"), |b| {
            b.iter(|| {
                let (mut files, mut diagnostics) = (Files::default(), Vec::new());
                load(&dir, &mut files, &mut diagnostics)
            })
        });
        group.bench_function(id("check"), |b| {
            b.iter_batched(
                || {
                    let (mut files, mut diagnostics) = (Files::default(), Vec::new());
                    load(&dir, &mut files, &mut diagnostics)
                },
                |raw| analyze(raw, &dir, &mut Vec::new()),
                BatchSize::PerIteration,
            )
        });
        let ws = Workspace::open(&dir);
        assert_eq!(ws.errors(), 0, "the generated corpus is valid");
        group.bench_function(id("build"), |b| b.iter(|| ClaimGraph::build(&ws.data)));
        group.bench_function(id("open"), |b| b.iter(|| Workspace::open(&dir)));
        // The load cache's read: what a second command does instead of
        // `open`, with the search index in the snapshot.
        ws.search_index.get_or_init(|| SearchIndex::build(&ws.data));
        cache::store(&ws).expect("the snapshot is written");
        // Without the drop: a command never frees its workspace.
        group.bench_function(id("cache-read"), |b| {
            b.iter_with_large_drop(|| {
                let (opened, outcome) = cache::open(&dir, &cache::Focus::Everything);
                assert!(outcome.is_hit(), "{outcome:?}");
                opened
            })
        });

        // Queries on the loaded workspace.
        let claim = busiest_claim(&ws);
        group.bench_function(id("trace"), |b| {
            b.iter(|| query::trace::trace(&ws.data, &claim))
        });
        group.bench_function(id("origins"), |b| {
            b.iter(|| query::origins::origins(&ws.data, &claim))
        });
        group.bench_function(id("origins-all"), |b| {
            b.iter(|| {
                for claim in ws.data.claims.keys() {
                    std::hint::black_box(query::origins::origins(&ws.data, claim));
                }
            })
        });
        // As `origins --all` makes them: on every core.
        let claims: Vec<&String> = ws.data.claims.keys().collect();
        group.bench_function(id("origins-all-parallel"), |b| {
            b.iter(|| {
                claims.par_iter().for_each(|claim| {
                    std::hint::black_box(query::origins::origins(&ws.data, claim));
                })
            })
        });
        // A search with the index reads only the fields that may match;
        // without it (or to build it) every field is folded, which takes
        // seconds at 100k, so those two run above 10k only when asked for.
        let index = ws.search_index.get().expect("built above");
        group.bench_function(id("search-indexed"), |b| {
            b.iter(|| {
                query::search::search(&ws.data, Some(index), "وزارة الدفاع", RecordKind::ALL, 20)
            })
        });
        if statements <= 10_000 || env_is_1("CLAIMGRAPH_BENCH_SEARCH") {
            group.bench_function(id("search"), |b| {
                b.iter(|| {
                    query::search::search(&ws.data, None, "وزارة الدفاع", RecordKind::ALL, 20)
                })
            });
            group.bench_function(id("search-index-build"), |b| {
                b.iter(|| SearchIndex::build(&ws.data))
            });
        }
        for (name, format) in [("export-dot", Format::Dot), ("export-json", Format::Json)] {
            group.bench_function(id(name), |b| {
                let exporter = format.exporter();
                b.iter(|| {
                    let mut out = Vec::with_capacity(64 << 20);
                    exporter
                        .write(&View::all(&ws.data, &ws.graph), &mut out)
                        .expect("writing to memory");
                    out.len()
                })
            });
        }
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
