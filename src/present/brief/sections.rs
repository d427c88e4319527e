//! What the brief says, section by section: the claim, the verdict and its
//! evidence ([`super::verdict`]), origins and echoes, contradictions, the
//! attribution tree, related claims and the chain graph.
//!
//! The figures come from the queries (`trace`, `origins`, `contradictions`);
//! this file only lays their answers out as a [`Document`].

use crate::model::{Dataset, RelationKind};
use crate::present::brief::chain_graph::ChainGraph;
use crate::present::brief::document::{Block, Document, Inline, Item, text};
use crate::present::brief::verdict;
use crate::present::speaker_with_affiliation;
use crate::query::Ref;
use crate::query::contradictions::{Backer, Contradictions, contradictions};
use crate::query::origins::{Origins, origins};
use crate::query::repeats::{Repeats, repeats};
use crate::query::timeline::{DateFrom, Entry, Period, Timeline, timeline};
use crate::query::trace::{Chain, Trace, channel_name, trace};

/// The brief on `claim`, which must be a claim id of `data`.
pub fn brief(data: &Dataset, claim: &str, graph: ChainGraph) -> Document {
    let title = format!("Fact-check brief: {}", data.claims[claim].text);
    let mut blocks = vec![Block::Heading {
        level: 1,
        text: title.clone(),
    }];
    blocks.extend(claim_section(data, claim));
    let review = data.reviews.get(claim);
    blocks.extend(verdict::verdict_section(data, review));
    blocks.extend(verdict::evidence_section(data, review));
    blocks.extend(verdict::external_section(data, claim));
    blocks.extend(origins_section(&origins(data, claim)));
    blocks.extend(timeline_section(
        &timeline(data, claim),
        &repeats(data, Some(claim), None),
    ));
    blocks.extend(contradictions_section(
        claim,
        &contradictions(data, Some(claim)),
    ));
    blocks.extend(trace_section(data, &trace(data, claim)));
    blocks.extend(related_section(data, claim));
    blocks.extend(graph_section(graph));
    Document { title, blocks }
}

/// `Name · الاسم`: the display name, then the original-script name if it differs.
pub fn name(r: &Ref) -> Vec<Inline> {
    let mut out = vec![text(&r.name)];
    out.extend(original(r));
    out
}

/// Like [`name`], with the display name in bold.
pub fn strong_name(r: &Ref) -> Vec<Inline> {
    let mut out = vec![Inline::Strong(r.name.clone())];
    out.extend(original(r));
    out
}

fn original(r: &Ref) -> Vec<Inline> {
    match &r.original {
        Some(original) if *original != r.name => vec![
            text(" · "),
            Inline::Foreign {
                lang: None,
                text: original.clone(),
            },
        ],
        _ => vec![],
    }
}

/// `Name (`id`)`.
pub fn name_and_id(r: &Ref) -> Vec<Inline> {
    let mut out = name(r);
    out.extend([text(" ("), Inline::Code(r.id.clone()), text(")")]);
    out
}

/// `items` joined by `separator`.
pub fn joined(items: impl IntoIterator<Item = Vec<Inline>>, separator: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(text(separator));
        }
        out.extend(item);
    }
    out
}

/// A source by its title, in the source's language, and its id; by its id
/// alone when it has no title.
pub fn source_name(data: &Dataset, id: &str) -> Vec<Inline> {
    let id_code = Inline::Code(id.to_string());
    let titled = data
        .sources
        .get(id)
        .and_then(|s| Some((s.title.as_ref()?, &s.language)));
    match titled {
        Some((title, language)) => vec![
            Inline::Foreign {
                lang: Some(language.clone()),
                text: title.clone(),
            },
            text(" ("),
            id_code,
            text(")"),
        ],
        None => vec![id_code],
    }
}

fn claim_section(data: &Dataset, id: &str) -> Vec<Block> {
    let claim = &data.claims[id];
    let mut facts = vec![
        ("Claim".to_string(), vec![Inline::Code(id.to_string())]),
        ("Text".to_string(), vec![text(&claim.text)]),
    ];
    for (lang, words) in &claim.original {
        facts.push((
            format!("Original ({lang})"),
            vec![Inline::Foreign {
                lang: Some(lang.clone()),
                text: words.clone(),
            }],
        ));
    }
    facts.push(("Kind".into(), vec![text(claim.kind.name())]));
    facts.push((
        "Tags".into(),
        vec![text(if claim.tags.is_empty() {
            "none".to_string()
        } else {
            claim.tags.join(", ")
        })],
    ));
    if !claim.about.is_empty() {
        facts.push((
            "About".into(),
            joined(
                claim.about.iter().map(|a| name_and_id(&Ref::new(data, a))),
                ", ",
            ),
        ));
    }
    if let Some(triple) = &claim.triple {
        let mut reading = name(&Ref::new(data, &triple.subject));
        reading.push(text(format!(" — {} → ", triple.predicate)));
        match &triple.object {
            Some(object) => reading.extend(name(&Ref::new(data, object))),
            None => reading.push(text("…")),
        }
        facts.push(("Reading".into(), reading));
    }
    if let Some(note) = &claim.note {
        facts.push(("Note".into(), vec![text(note)]));
    }
    vec![Block::Facts(facts)]
}

/// The claim's first dated statements, by the timeline's rule
/// ([`crate::query::timeline::first_dated`]): `by A on 2020-11 (s000-08)`,
/// the document's date standing in for a statement without one.
fn first_appearance(h: &crate::query::origins::Headline) -> String {
    match &h.first {
        Some(first) => format!(
            "stated {} ({})",
            first.stated(),
            first.statements.join(", ")
        ),
        None => "no dated statement".to_string(),
    }
}

fn origins_section(origins: &Origins) -> Vec<Block> {
    let h = &origins.headline;
    let ratio = h.echo_ratio.map_or_else(
        || "n/a: no speaker puts the claim forward".to_string(),
        |r| format!("{r:.2} repeating outlets per independent origin"),
    );
    let counted = if h.independent.is_empty() {
        vec![text("0")]
    } else {
        let mut line = vec![text(format!("{}: ", h.independent_origins))];
        line.extend(joined(h.independent.iter().map(name), ", "));
        line.push(text(
            " (affiliations with a speaker who affirms or hedges it)",
        ));
        line
    };
    let mut blocks = vec![
        heading(2, "Origins and echoes"),
        Block::Facts(vec![
            ("Independent origins".into(), counted),
            (
                "Repeating outlets".into(),
                vec![text(h.repeating_outlets.to_string())],
            ),
            ("Echo ratio".into(), vec![text(ratio)]),
            ("First appearance".into(), vec![text(first_appearance(h))]),
        ]),
    ];
    if h.stance_split.is_empty() {
        blocks.push(Block::Paragraph(vec![text(
            "No statement in the data carries this claim.",
        )]));
        return blocks;
    }
    blocks.push(Block::Table {
        head: ["Stance", "Statements", "Speakers", "Sides or countries"]
            .map(String::from)
            .to_vec(),
        rows: h
            .stance_split
            .iter()
            .map(|s| {
                vec![
                    vec![text(s.stance.verb())],
                    vec![text(s.statements.to_string())],
                    vec![text(s.speakers.to_string())],
                    vec![text(
                        s.places
                            .iter()
                            .map(ToString::to_string)
                            .collect::<Vec<_>>()
                            .join(", "),
                    )],
                ]
            })
            .collect(),
    });
    blocks.push(heading(3, "Speakers by affiliation"));
    let mut rows = Vec::new();
    for group in &origins.groups {
        let place = group.place.to_string();
        for origin in &group.origins {
            let stances: Vec<&str> = origin.stances.iter().map(|s| s.verb()).collect();
            let outlets = if origin.outlets.is_empty() {
                vec![text("none")]
            } else {
                joined(origin.outlets.iter().map(name), ", ")
            };
            let mut affiliation = name(&group.affiliation);
            if group.independent {
                affiliation.push(text(" (independent origin)"));
            }
            let mut speaker = name(&origin.speaker);
            let about = speaker_with_affiliation("", origin.role.as_deref(), &origin.member_of);
            if !about.is_empty() {
                speaker.push(text(about));
            }
            rows.push(vec![
                affiliation,
                vec![text(&place)],
                speaker,
                vec![text(stances.join(", "))],
                outlets,
            ]);
        }
    }
    blocks.push(Block::Table {
        head: [
            "Affiliation",
            "Side or country",
            "Speaker",
            "Stance",
            "Carried by",
        ]
        .map(String::from)
        .to_vec(),
        rows,
    });
    blocks
}

/// Every statement in date order, who was first per side and per origin,
/// the counts per period, and any statement after the claim's fact-check
/// (the `timeline` and `review repeats` answers).
fn timeline_section(timeline: &Timeline, repeats: &Repeats) -> Vec<Block> {
    let mut blocks = vec![heading(2, "Timeline")];
    if timeline.dated.is_empty() && timeline.undated.is_empty() {
        blocks.push(Block::Paragraph(vec![text(
            "No statement in the data carries this claim.",
        )]));
        return blocks;
    }
    let mut facts = Vec::new();
    if let Some(first) = &timeline.first.overall {
        facts.push((
            "First stated".into(),
            vec![text(format!(
                "{} ({})",
                first.stated(),
                first.statements.join(", ")
            ))],
        ));
    }
    for p in &timeline.first.by_place {
        facts.push((
            format!("First for {}", p.place),
            vec![text(format!(
                "{} ({})",
                p.first.stated(),
                p.first.statements.join(", ")
            ))],
        ));
    }
    for o in &timeline.first.by_origin {
        let mut line = vec![text("from ")];
        line.extend(name(&o.affiliation));
        line.push(text(format!(
            ": {} ({})",
            o.first.stated(),
            o.first.statements.join(", ")
        )));
        facts.push(("First per independent origin".into(), line));
    }
    if !timeline.counts.periods.is_empty() {
        let unit = match timeline.counts.period {
            Period::Month => "Statements per month",
            Period::Day => "Statements per day",
        };
        let counts: Vec<String> = timeline
            .counts
            .periods
            .iter()
            .map(|p| format!("{}: {}", p.period, p.statements))
            .collect();
        facts.push((unit.into(), vec![text(counts.join(" · "))]));
    }
    if !repeats.repeats.is_empty() || !repeats.unsure.is_empty() {
        let review = repeats
            .repeats
            .first()
            .or(repeats.unsure.first())
            .map(|r| r.review.published.to_string())
            .unwrap_or_default();
        let ids = |list: &[crate::query::repeats::Repeat]| -> String {
            list.iter()
                .map(|r| r.statement.statement.clone())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut line = format!(
            "{} after the fact-check of {review}",
            crate::text::words::count(repeats.repeats.len(), "statement")
        );
        if !repeats.repeats.is_empty() {
            line.push_str(&format!(" ({})", ids(&repeats.repeats)));
        }
        if !repeats.unsure.is_empty() {
            line.push_str(&format!(
                "; {} unsure, dated in a period the review's date falls in ({})",
                repeats.unsure.len(),
                ids(&repeats.unsure)
            ));
        }
        facts.push(("Stated again".into(), vec![text(line)]));
    }
    blocks.push(Block::Facts(facts));
    let row = |e: &Entry| -> Vec<Vec<Inline>> {
        let date = match (e.date, e.date_from) {
            (Some(d), Some(DateFrom::Document)) => format!("{d} (document)"),
            (Some(d), _) => d.to_string(),
            (None, _) => "undated".to_string(),
        };
        let mut how: Vec<String> = e.channel.iter().map(|c| c.name().to_string()).collect();
        if !e.hops.is_empty() {
            let hops: Vec<String> = e.hops.iter().map(|h| h.name.clone()).collect();
            how.push(format!("via {}", hops.join(" ← ")));
        }
        vec![
            vec![text(date)],
            name(&e.speaker),
            vec![text(e.stance.verb())],
            vec![text(how.join(", "))],
            vec![
                Inline::Code(e.document.id.clone()),
                text(" "),
                Inline::Code(e.statement.clone()),
            ],
            quotation(&e.quote, None),
        ]
    };
    blocks.push(Block::Table {
        head: [
            "Date",
            "Speaker",
            "Stance",
            "Channel, relays",
            "Document",
            "Quote",
        ]
        .map(String::from)
        .to_vec(),
        rows: timeline
            .dated
            .iter()
            .chain(&timeline.undated)
            .map(row)
            .collect(),
    });
    if !timeline.undated.is_empty() {
        blocks.push(Block::Paragraph(vec![text(format!(
            "{} without a date, neither their own nor their document's, come last and are not ordered.",
            crate::text::words::count(timeline.undated.len(), "statement")
        ))]));
    }
    blocks
}

fn backer(b: &Backer) -> Item {
    let mut line = name(&b.speaker);
    line.push(text(format!(" [{}] {} · ", b.place, b.stance.verb())));
    line.push(Inline::Code(b.statement.clone()));
    Item::new(line)
}

fn backers(title: Vec<Inline>, all: &[Backer], reporters: &[Backer]) -> Item {
    let mut item = Item::new(title);
    if all.is_empty() && reporters.is_empty() {
        item = item.child(Item::new(vec![text("no speaker in the data")]));
    } else if all.is_empty() {
        let mut line = vec![text("no one affirms it; reported by ")];
        line.extend(joined(
            reporters.iter().map(|r| {
                let mut one = name(&r.speaker);
                one.push(text(" ("));
                one.push(Inline::Code(r.statement.clone()));
                one.push(text(")"));
                one
            }),
            ", ",
        ));
        item = item.child(Item::new(line));
    }
    for b in all {
        item = item.child(backer(b));
    }
    item
}

fn claim_line(r: &Ref, this: &str) -> Vec<Inline> {
    let mut line = vec![Inline::Code(r.id.clone()), text(" ")];
    line.push(if r.id == this {
        Inline::Strong(r.name.clone())
    } else {
        text(&r.name)
    });
    line
}

fn contradictions_section(claim: &str, found: &Contradictions) -> Vec<Block> {
    let mut blocks = vec![heading(2, "Contradictions")];
    if found.explicit.is_empty() && found.implied.is_empty() {
        blocks.push(Block::Paragraph(vec![text(
            "No contradiction in the data: no claim is said to contradict this one, \
             and no speaker denies it while another affirms it.",
        )]));
        return blocks;
    }
    if !found.explicit.is_empty() {
        blocks.push(heading(3, "Claims that contradict it"));
        let items = found
            .explicit
            .iter()
            .map(|e| {
                let mut title = claim_line(&e.from.claim, claim);
                title.push(text(" ⟂ "));
                title.extend(claim_line(&e.to.claim, claim));
                let mut item = Item::new(title);
                if let Some(note) = &e.note {
                    item = item.child(Item::new(vec![text(format!("note: {note}"))]));
                }
                for side in [&e.from, &e.to] {
                    let mut title = vec![Inline::Code(side.claim.id.clone())];
                    title.push(text(" is put forward by"));
                    item = item.child(backers(title, &side.backers, &side.reporters));
                }
                if !e.grounds.is_empty() {
                    let mut grounds = vec![text("grounds: ")];
                    grounds.extend(joined(
                        e.grounds.iter().map(|g| vec![Inline::Code(g.clone())]),
                        ", ",
                    ));
                    item = item.child(Item::new(grounds));
                }
                item
            })
            .collect();
        blocks.push(Block::List(items));
    }
    if !found.implied.is_empty() {
        blocks.push(heading(3, "Affirmed by some, denied by others"));
        let items = found
            .implied
            .iter()
            .map(|i| {
                Item::new(claim_line(&i.claim, claim))
                    .child(backers(vec![text("affirming")], &i.affirming, &[]))
                    .child(backers(vec![text("denying")], &i.denying, &[]))
            })
            .collect();
        blocks.push(Block::List(items));
    }
    blocks
}

/// The speaker of a chain with what they said: who, stance, quote, translation.
fn speaker_item(chain: &Chain, language: Option<&str>) -> Item {
    let mut line = strong_name(&chain.speaker);
    if let Some(role) = &chain.role {
        line.push(text(format!(" — {role}")));
    }
    if !chain.affiliation.chain.is_empty() {
        line.push(text(" (member of "));
        line.extend(joined(chain.affiliation.chain.iter().map(name), " → "));
        line.push(text(")"));
    }
    line.push(Inline::Break);
    let mut facts = vec![chain.stance.verb().to_string()];
    facts.extend(chain.date.map(|d| d.to_string()));
    facts.extend(chain.channel.as_ref().map(channel_name));
    line.push(text(format!("{} · ", facts.join(" · "))));
    line.push(Inline::Code(chain.statement.clone()));
    line.push(Inline::Break);
    line.extend(quotation(&chain.quote, language));
    if let Some(translation) = &chain.translation {
        line.push(Inline::Break);
        line.push(text(format!("= “{translation}”")));
    }
    Item::new(line)
}

/// A quotation in its own language, in quotation marks. The marks go inside
/// the text's own direction, so that a right-to-left quote that wraps has
/// them at its visual ends (the right of its first line, the left of its
/// last) instead of at the ends of the left-to-right line around it.
pub fn quotation(quote: &str, language: Option<&str>) -> Vec<Inline> {
    vec![Inline::Foreign {
        lang: language.map(String::from),
        text: format!("“{quote}”"),
    }]
}

fn trace_section(data: &Dataset, trace: &Trace) -> Vec<Block> {
    let mut blocks = vec![heading(2, "Attribution tree")];
    if trace.documents.is_empty() {
        blocks.push(Block::Paragraph(vec![text(
            "No document in the data carries this claim.",
        )]));
        return blocks;
    }
    blocks.push(Block::Paragraph(vec![text(
        "Each document that carries the claim, and for each statement in it the \
         outlets it passed through, back to the original speaker.",
    )]));
    let items = trace
        .documents
        .iter()
        .map(|doc| {
            let mut line = source_name(data, &doc.source.id);
            if let Some(outlet) = &doc.outlet {
                line.push(text(" · published by "));
                line.extend(name(outlet));
            }
            if let Some(date) = doc.date {
                line.push(text(format!(" · {date}")));
            }
            if !doc.via.is_empty() {
                line.push(text(" · credits "));
                line.extend(joined(doc.via.iter().map(name), ", "));
            }
            let language = data
                .sources
                .get(&doc.source.id)
                .map(|s| s.language.as_str());
            let mut item = Item::new(line);
            for chain in &doc.chains {
                let mut node = speaker_item(chain, language);
                for hop in chain.hops.iter().rev() {
                    let mut via = vec![text("via ")];
                    via.extend(name(hop));
                    node = Item::new(via).child(node);
                }
                item = item.child(node);
            }
            item
        })
        .collect();
    blocks.push(Block::List(items));
    blocks
}

fn related_section(data: &Dataset, claim: &str) -> Vec<Block> {
    let items: Vec<Item> = data
        .relations
        .iter()
        .filter(|r| r.kind != RelationKind::Contradicts)
        .filter_map(|r| {
            let (relation, other) = match (r.kind, r.from == claim, r.to == claim) {
                (RelationKind::Supports, true, _) => ("supports", &r.to),
                (RelationKind::Supports, _, true) => ("supported by", &r.from),
                (RelationKind::SameAs, true, _) => ("same as", &r.to),
                (RelationKind::SameAs, _, true) => ("same as", &r.from),
                _ => return None,
            };
            let mut line = vec![text(format!("{relation} ")), Inline::Code(other.clone())];
            line.push(text(" "));
            line.extend(name(&Ref::new(data, other)));
            if let Some(note) = &r.note {
                line.push(text(format!(" — {note}")));
            }
            Some(Item::new(line))
        })
        .collect();
    if items.is_empty() {
        return vec![];
    }
    vec![heading(2, "Related claims"), Block::List(items)]
}

fn graph_section(graph: ChainGraph) -> Vec<Block> {
    let mut blocks = vec![heading(2, "Chain graph")];
    match graph {
        ChainGraph::Svg(svg) => blocks.push(Block::Svg(svg)),
        ChainGraph::Dot(source) => {
            blocks.push(Block::Paragraph(vec![
                text("The claim's neighbourhood in Graphviz DOT; draw it with "),
                Inline::Code("dot -Tsvg".into()),
                text("."),
            ]));
            blocks.push(Block::Code {
                language: "dot".into(),
                text: source,
            });
        }
    }
    blocks
}

/// A heading of `level` (1 to 6, as in HTML; sections use 2) reading `words`.
pub fn heading(level: u8, words: &str) -> Block {
    Block::Heading {
        level,
        text: words.to_string(),
    }
}
