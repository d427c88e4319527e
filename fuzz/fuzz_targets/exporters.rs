//! Every exporter and the brief on arbitrary graphs.
//!
//! The fuzz input is decoded through `arbitrary` into a small data set that is
//! valid by construction (ids are generated, `member_of` points only at
//! earlier actors, every quote is written into the seed text), with every
//! name, title, quote and translation free text. The data set is written as
//! RON into a temporary directory and loaded through `Workspace::open`, so the
//! exporters see exactly what a user's data would give them. Then every
//! `Format` is written for the whole graph, each claim and a neighbourhood,
//! and the brief in Markdown and HTML for each claim. Nothing may panic; the
//! JSON export must parse as JSON and the XML exports as XML.
#![no_main]

use std::fmt::Write as _;
use std::path::PathBuf;

use claimgraph::formats::{Format, View};
use claimgraph::present::brief::chain_graph::GraphMode;
use claimgraph::present::brief::{ReportFormat, report};
use claimgraph::vocab::{ActorKind, OutletKind, RelationKind, Stance};
use claimgraph::workspace::Workspace;
use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input {
    actors: Vec<Named>,
    outlets: Vec<Named>,
    claims: Vec<String>,
    statements: Vec<Said>,
    relations: Vec<(u8, u8, u8)>,
    titles: Vec<String>,
    verdict: Option<u8>,
}

#[derive(Arbitrary, Debug)]
struct Named {
    en: String,
    ar: Option<String>,
    kind: u8,
    member_of: Option<u8>,
}

#[derive(Arbitrary, Debug)]
struct Said {
    document: u8,
    claim: u8,
    speaker: u8,
    stance: u8,
    relay: Vec<u8>,
    quote: String,
    translation: Option<String>,
}

/// A RON string literal for any text.
fn lit(text: &str) -> String {
    ron::to_string(text).expect("a string always serialises")
}

fn pick<T: Copy>(all: &[T], n: u8) -> T {
    all[n as usize % all.len()]
}

fn names(named: &Named) -> String {
    let mut out = format!("{{ \"en\": {}", lit(&named.en));
    if let Some(ar) = &named.ar {
        write!(out, ", \"ar\": {}", lit(ar)).unwrap();
    }
    out + " }"
}

/// The data set as files: (relative path, contents).
fn files(input: &Input) -> Option<Vec<(String, String)>> {
    let actors = &input.actors[..input.actors.len().min(8)];
    let outlets = &input.outlets[..input.outlets.len().min(6)];
    let claims = &input.claims[..input.claims.len().min(6)];
    let statements = &input.statements[..input.statements.len().min(16)];
    if actors.is_empty() || outlets.is_empty() || claims.is_empty() {
        return None;
    }
    let mut out = Vec::new();

    let mut text = String::from("[\n");
    for (i, actor) in actors.iter().enumerate() {
        write!(
            text,
            "Actor(id: \"a{i}\", kind: {}, names: {}",
            pick(ActorKind::ALL, actor.kind).name(),
            names(actor)
        )
        .unwrap();
        if let Some(parent) = actor.member_of.filter(|_| i > 0) {
            write!(text, ", member_of: \"a{}\"", parent as usize % i).unwrap();
        }
        text.push_str("),\n");
    }
    out.push(("actors.ron".to_string(), text + "]\n"));

    let mut text = String::from("[\n");
    for (i, outlet) in outlets.iter().enumerate() {
        writeln!(
            text,
            "Outlet(id: \"o{i}\", kind: {}, names: {}),",
            pick(OutletKind::ALL, outlet.kind).name(),
            names(outlet)
        )
        .unwrap();
    }
    out.push(("outlets.ron".to_string(), text + "]\n"));

    let mut text = String::from("[\n");
    for (i, claim) in claims.iter().enumerate() {
        writeln!(text, "Claim(id: \"c{i}\", kind: Fact, text: {}),", lit(claim)).unwrap();
    }
    out.push(("claims.ron".to_string(), text + "]\n"));

    // Quotes go into the one seed text, each on its own line after a marker
    // that makes it non-empty and unique.
    let mut seed = String::new();
    let mut documents: Vec<String> = vec![String::new(); 3];
    for (i, said) in statements.iter().enumerate() {
        let quote = format!("q{i} {}", said.quote.replace(['\n', '\r'], " "));
        writeln!(seed, "{quote}").unwrap();
        let doc = &mut documents[said.document as usize % 3];
        write!(
            doc,
            "Statement(id: \"s{i}\", claim: \"c{}\", speaker: \"a{}\", stance: {}, quote: {}",
            said.claim as usize % claims.len(),
            said.speaker as usize % actors.len(),
            pick(Stance::ALL, said.stance).name(),
            lit(&quote)
        )
        .unwrap();
        let relay: Vec<String> = said
            .relay
            .iter()
            .take(4)
            .map(|o| format!("\"o{}\"", *o as usize % outlets.len()))
            .collect();
        if !relay.is_empty() {
            write!(doc, ", relay: [{}]", relay.join(", ")).unwrap();
        }
        if let Some(translation) = &said.translation {
            write!(doc, ", translation: {}", lit(translation)).unwrap();
        }
        doc.push_str("),\n");
    }
    out.push(("seed.txt".to_string(), seed));
    for (d, doc) in documents.iter().enumerate() {
        if doc.is_empty() {
            continue;
        }
        let title = input
            .titles
            .get(d)
            .map(|t| format!(", title: {}", lit(t)))
            .unwrap_or_default();
        out.push((
            format!("sources/d{d}.ron"),
            format!(
                "Source(id: \"d{d}\", file: \"seed.txt\", outlet: \"o{}\"{title}, date: \"2020-10-{:02}\", language: \"en\", statements: [\n{doc}])\n",
                d % outlets.len(),
                d + 1
            ),
        ));
    }

    let mut text = String::from("[\n");
    for &(kind, from, to) in input.relations.iter().take(4) {
        let (from, to) = (from as usize % claims.len(), to as usize % claims.len());
        if from != to {
            writeln!(
                text,
                "Relation(kind: {}, from: \"c{from}\", to: \"c{to}\"),",
                pick(RelationKind::ALL, kind).name()
            )
            .unwrap();
        }
    }
    out.push(("relations.ron".to_string(), text + "]\n"));

    if let (Some(verdict), false) = (input.verdict, statements.is_empty()) {
        out.push((
            "reviews/c0.ron".to_string(),
            format!(
                "Review(claim: \"c0\", status: Published, reviewer: Some(\"R\"), created: Some(\"2026-11-01\"), \
                 evidence: [], history: [], updated: Some(\"2026-11-02\"), verdict: Some({}), \
                 rationale: Some({}), url: Some(\"https://example.org/c0\"), published: Some(\"2026-11-02\"))\n",
                verdict_text(verdict, &claims[0]),
                lit(&claims[0])
            ),
        ));
    }
    Some(out)
}

/// A named verdict, or a publisher's own rating with free text as its label.
fn verdict_text(n: u8, label: &str) -> String {
    const NAMED: [&str; 7] = [
        "False",
        "Misleading",
        "Mixed",
        "MostlyTrue",
        "True",
        "Unproven",
        "NotCheckable",
    ];
    match NAMED.get(n as usize % 8) {
        Some(name) => name.to_string(),
        None => format!("Other(Rating(label: {}, value: Some(2), best: Some(5), worst: Some(1)))", lit(label)),
    }
}

fn dir() -> PathBuf {
    std::env::temp_dir().join(format!("claimgraph-fuzz-exporters-{}", std::process::id()))
}

fn export_all(view: &View<'_>) {
    for format in Format::ALL {
        let mut out = Vec::new();
        format
            .exporter()
            .write(view, &mut out)
            .expect("writing to memory never fails");
        let text = String::from_utf8(out).expect("every export is UTF-8");
        match format {
            Format::Json | Format::ClaimReview => {
                serde_json::from_str::<serde_json::Value>(&text)
                    .unwrap_or_else(|e| panic!("{format:?} is not JSON: {e}\n{text}"));
            }
            Format::GraphMl | Format::Gexf => {
                let mut reader = quick_xml::Reader::from_str(&text);
                loop {
                    match reader.read_event() {
                        Ok(quick_xml::events::Event::Eof) => break,
                        Ok(_) => {}
                        Err(e) => panic!("{format:?} is not XML: {e}\n{text}"),
                    }
                }
            }
            _ => {}
        }
    }
}

fuzz_target!(|input: Input| {
    let Some(files) = files(&input) else {
        return;
    };
    let dir = dir();
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sources")).unwrap();
    std::fs::create_dir_all(dir.join("reviews")).unwrap();
    for (path, text) in &files {
        std::fs::write(dir.join(path), text).unwrap();
    }
    let ws = Workspace::open(&dir);
    if ws.errors() > 0 {
        return;
    }
    export_all(&View::all(&ws.data, &ws.graph));
    export_all(&View::around(&ws.data, &ws.graph, "a0", 2));
    for claim in 0..input.claims.len().min(6) {
        let id = format!("c{claim}");
        export_all(&View::claim(&ws.data, &ws.graph, &id));
        for format in [ReportFormat::Markdown, ReportFormat::Html] {
            report(&ws, &id, format, GraphMode::Dot).expect("a brief on a known claim");
        }
    }
});
