//! Load and query time on synthetic data sets of growing size.
//!
//! Run with `cargo bench --bench load`; figures are recorded in docs/benchmarks.md.

// criterion_group! writes a public function without a doc comment.
#![allow(missing_docs)]

use std::fmt::Write as _;
use std::path::Path;

use claimgraph::query;
use claimgraph::workspace::Workspace;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

/// Writes a data directory with `sources` documents of `per_source` statements each.
fn synthetic(dir: &Path, sources: usize, per_source: usize) {
    std::fs::create_dir_all(dir.join("sources")).unwrap();
    let mut seed = String::new();
    for i in 0..per_source {
        writeln!(seed, "The ministry said event {i} happened.").unwrap();
    }
    std::fs::write(dir.join("seed.txt"), &seed).unwrap();
    let mut actors = String::from("[\n");
    for i in 0..100 {
        writeln!(actors, "Actor(id: \"actor-{i}\", kind: Person, names: {{ \"en\": \"Actor {i}\" }}, member_of: \"org\"),").unwrap();
    }
    actors.push_str("Actor(id: \"org\", kind: Ministry, names: { \"en\": \"Ministry\" }),\n]\n");
    std::fs::write(dir.join("actors.ron"), actors).unwrap();
    let mut outlets = String::from("[\n");
    for i in 0..50 {
        writeln!(
            outlets,
            "Outlet(id: \"outlet-{i}\", kind: Website, names: {{ \"en\": \"Outlet {i}\" }}),"
        )
        .unwrap();
    }
    std::fs::write(dir.join("outlets.ron"), outlets + "]\n").unwrap();
    let mut claims = String::from("[\n");
    for i in 0..per_source {
        writeln!(
            claims,
            "Claim(id: \"claim-{i}\", kind: Fact, text: \"Event {i} happened.\"),"
        )
        .unwrap();
    }
    std::fs::write(dir.join("claims.ron"), claims + "]\n").unwrap();
    for s in 0..sources {
        let mut source = format!(
            "Source(id: \"doc-{s}\", file: \"seed.txt\", outlet: \"outlet-{}\", language: \"en\", statements: [\n",
            s % 50
        );
        for i in 0..per_source {
            writeln!(
                source,
                "Statement(id: \"s{s}-{i}\", claim: \"claim-{i}\", speaker: \"actor-{}\", stance: Affirms, relay: [\"outlet-{}\"], quote: \"said event {i} happened\"),",
                (s + i) % 100,
                (s + 1) % 50
            )
            .unwrap();
        }
        source.push_str("])\n");
        std::fs::write(dir.join(format!("sources/doc-{s}.ron")), source).unwrap();
    }
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("claimgraph");
    group.sample_size(10);
    for statements in [1_000usize, 10_000, 100_000] {
        let dir = std::env::temp_dir().join(format!("claimgraph-bench-{statements}"));
        if !dir.join("claims.ron").exists() {
            synthetic(&dir, statements / 100, 100);
        }
        group.bench_with_input(
            BenchmarkId::new("load+check+graph", statements),
            &dir,
            |b, dir| b.iter(|| Workspace::open(dir)),
        );
        let ws = Workspace::open(&dir);
        assert_eq!(ws.errors(), 0, "synthetic data is valid");
        group.bench_with_input(BenchmarkId::new("origins", statements), &ws, |b, ws| {
            b.iter(|| query::origins::origins(&ws.data, "claim-7"))
        });
        group.bench_with_input(BenchmarkId::new("trace", statements), &ws, |b, ws| {
            b.iter(|| query::trace::trace(&ws.data, "claim-7"))
        });
        if statements > 10_000 {
            continue;
        }
        group.bench_with_input(BenchmarkId::new("search", statements), &ws, |b, ws| {
            b.iter(|| {
                query::search::search(&ws.data, "claim 7", claimgraph::model::RecordKind::ALL, 20)
            })
        });
        group.bench_with_input(BenchmarkId::new("coverage", statements), &ws, |b, ws| {
            b.iter(|| query::coverage::coverage(&ws.data, None))
        });
        group.bench_with_input(
            BenchmarkId::new("review queue", statements),
            &ws,
            |b, ws| b.iter(|| claimgraph::query::queue::queue(&ws.data, 20)),
        );
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
