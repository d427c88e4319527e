//! `search`: find any record by any name, alias or words, in any script.
//!
//! The query and every field of every record (see [`crate::lookup::fields`]) are
//! folded with [`crate::text::fold`], so إسكندر, اسكندر and الإسكندر are one word.
//! Each field is tried against these rules, strongest first:
//!
//! | rule | when | base |
//! |---|---|---|
//! | `id` | the query is the record's id | 100 |
//! | `exact` | the whole field equals the query | 90 |
//! | `phrase` | the query's words appear in the field, in order and adjacent | 75 |
//! | `all-words` | every query word appears in the field | 65 |
//! | `prefix` | every query word (3 letters or more) begins a word of the field | 45 |
//! | `close-spelling` | a name, alias or id is spelled nearly like the query (Jaro–Winkler ≥ 0.85) | 20–30 |
//!
//! A hit's score is the rule's base times the field's weight (names and
//! aliases 1.0, claim wording and titles 0.9, tags 0.85, roles and authors
//! 0.8, quotes and translations 0.75), plus up to 10 for the share of the
//! field's words the query accounts for, so a short name beats a long quote.
//! A record is listed once, for its best field; ties go to the kind
//! (actors, outlets, entities, claims, sources, statements) and then the id.

use schemars::JsonSchema;
use serde::Serialize;

use crate::json::{Answer, Listing};
use crate::lookup::fields::{Field, FieldKind, fields};
use crate::lookup::index::SearchIndex;
use crate::model::date::PartialDate;
use crate::model::{Dataset, RecordKind};
use crate::query::Ref;
use crate::text::fold::{WordKey, fold, words};

/// How a field matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// `id`: the query is the record's id, case aside (base 100).
    Id,
    /// `exact`: the whole field equals the query once both are folded (base 90).
    Exact,
    /// `phrase`: the query's words appear in the field, in order and adjacent (base 75).
    Phrase,
    /// `all-words`: every query word appears somewhere in the field (base 65).
    AllWords,
    /// `prefix`: every query word, of 3 letters or more, begins a word of the field (base 45).
    Prefix,
    /// `close-spelling`: an id, name or alias is spelled nearly like the
    /// query, Jaro–Winkler ≥ 0.85 (base 20–30).
    CloseSpelling,
}

impl Rule {
    fn base(self) -> f64 {
        match self {
            Rule::Id => 100.0,
            Rule::Exact => 90.0,
            Rule::Phrase => 75.0,
            Rule::AllWords => 65.0,
            Rule::Prefix => 45.0,
            Rule::CloseSpelling => 20.0,
        }
    }
}

/// The answer of `search`: the records matching a query, best first.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Search {
    /// The query as typed, its words joined by spaces.
    pub query: String,
    /// The query after folding: what fields are compared against.
    pub folded: String,
    /// At most `--limit` hits, one per record, best first: by score, then
    /// kind (actors, outlets, entities, claims, sources, statements), then
    /// id; empty when nothing matches.
    pub hits: Vec<Hit>,
    /// Hits left out by `--limit`.
    pub more: usize,
}

impl Answer for Search {
    const SCHEMA: &'static str = "search";
}

impl Listing for Search {
    type Item = Hit;

    fn items(&self) -> Vec<&Hit> {
        self.hits.iter().collect()
    }
}

/// One record found, by its best-matching field.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Hit {
    /// The record; a statement is named `Speaker on claim-id`.
    pub record: Ref,
    /// For a statement, the document it is in, with the date the statement
    /// takes (its own, else the document's); omitted for other records.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<HitDocument>,
    /// The rule's base times the field's weight, plus up to 10 for the share
    /// of the field the query covers (none for `close-spelling`), rounded to
    /// 1 decimal; higher is better.
    pub score: f64,
    /// The rule the field met.
    pub rule: Rule,
    /// The field that matched: `id`, `name`, `alias`, `claim-text`, `title`,
    /// `tag`, `role`, `author`, `quote` or `translation`.
    pub field: FieldKind,
    /// The field's language tag (`"en"`, `"ar"`) where the data gives one:
    /// names, roles, claim wordings, titles, quotes and translations;
    /// omitted otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The field's text, or the part of a long field around the match.
    pub matched: String,
    /// Why this record matched, in a sentence.
    pub why: String,
}

/// Records of `kinds` matching `query`, best first, at most `limit`.
///
/// `index`, when given, is `data`'s [`SearchIndex`]: only the fields it
/// names as candidates are read, and the answer is the same.
///
/// Complexity: without an index, O(F·W + H·log H) for F fields of W words
/// each and H hits: every name, claim and quote is read once. With one,
/// O(F) to list the fields, plus the candidates' words, plus a
/// Jaro-Winkler comparison per id, name and alias.
pub fn search(
    data: &Dataset,
    index: Option<&SearchIndex>,
    query: &str,
    kinds: &[RecordKind],
    limit: usize,
) -> Search {
    let folded = fold(query);
    let query_words: Vec<String> = words(query).into_iter().map(|(_, k)| k.folded).collect();
    let mut best: Vec<Hit> = Vec::new();
    // Where each record's best hit is in `best`, so that merging a record's
    // fields costs one lookup, not a scan of every hit so far.
    let mut at: std::collections::HashMap<(RecordKind, &str), usize> =
        std::collections::HashMap::new();
    if !folded.is_empty() {
        // Records never merge across kinds, and a record's fields keep their
        // order either way, so reading the candidates of every kind in index
        // order finds what reading `kinds` in their order finds.
        let candidates = index.and_then(|index| {
            let all = fields(data, RecordKind::ALL);
            let candidates = index.candidates(&all, query, &folded, &query_words)?;
            Some((all, candidates))
        });
        let chosen: Vec<Field> = match candidates {
            Some((all, candidates)) => candidates
                .into_iter()
                .map(|i| all[i as usize].clone())
                .filter(|f| kinds.contains(&f.kind))
                .collect(),
            None => fields(data, kinds),
        };
        for field in &chosen {
            let Some(hit) = try_field(data, query, &folded, &query_words, field) else {
                continue;
            };
            match at.get(&(field.kind, field.id)) {
                Some(&i) if best[i].score >= hit.score => {}
                Some(&i) => best[i] = hit,
                None => {
                    at.insert((field.kind, field.id), best.len());
                    best.push(hit);
                }
            }
        }
    }
    best.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.record.kind.cmp(&b.record.kind))
            .then(a.record.id.cmp(&b.record.id))
    });
    let more = best.len().saturating_sub(limit);
    best.truncate(limit);
    Search {
        query: query.to_string(),
        folded,
        hits: best,
        more,
    }
}

fn try_field(
    data: &Dataset,
    query: &str,
    folded: &str,
    query_words: &[String],
    field: &Field,
) -> Option<Hit> {
    let (rule, share, span) = match_field(query, folded, query_words, field)?;
    let weight = match field.field {
        FieldKind::Id | FieldKind::Name | FieldKind::Alias => 1.0,
        FieldKind::ClaimText | FieldKind::Title => 0.9,
        FieldKind::Tag => 0.85,
        FieldKind::Role | FieldKind::Author => 0.8,
        FieldKind::Quote | FieldKind::Translation => 0.75,
    };
    let base = match rule {
        Rule::CloseSpelling => Rule::CloseSpelling.base() + 10.0 * (share - 0.85) / 0.15,
        other => other.base(),
    };
    let bonus = if rule == Rule::CloseSpelling {
        0.0
    } else {
        10.0 * share
    };
    let score = ((base * weight + bonus) * 10.0).round() / 10.0;
    let matched = excerpt(field.text, span);
    let why = explain(rule, field, &matched, folded, share);
    Some(Hit {
        record: record_ref(data, field),
        document: data.statements.get(field.id).map(|s| HitDocument {
            source: Ref::new(data, &s.source),
            date: data.date_of(s),
        }),
        score,
        rule,
        field: field.field,
        language: field.language.map(str::to_string),
        matched,
        why,
    })
}

/// The document a statement hit is in.
#[derive(Debug, Serialize, JsonSchema)]
pub struct HitDocument {
    /// The source.
    pub source: Ref,
    /// The statement's date, or its document's; null when neither is known.
    pub date: Option<PartialDate>,
}

/// The rule a field meets, with the share of its words the query covers (the
/// similarity for close spellings) and the byte range of the match.
fn match_field(
    query: &str,
    folded: &str,
    query_words: &[String],
    field: &Field,
) -> Option<(Rule, f64, Option<std::ops::Range<usize>>)> {
    if field.field == FieldKind::Id {
        if query.trim().eq_ignore_ascii_case(field.text) {
            return Some((Rule::Id, 1.0, None));
        }
    } else if fold(field.text) == folded {
        return Some((Rule::Exact, 1.0, None));
    }
    let field_words = words(field.text);
    if !query_words.is_empty() && !field_words.is_empty() {
        let share = (query_words.len() as f64 / field_words.len() as f64).min(1.0);
        let equal = |q: &String, k: &WordKey| k.variants().any(|v| v == q);
        if let Some(at) = phrase_at(query_words, &field_words, equal) {
            let span = field_words[at].0.start..field_words[at + query_words.len() - 1].0.end;
            return Some((Rule::Phrase, share, Some(span)));
        }
        if let Some(span) = all_found(query_words, &field_words, equal) {
            return Some((Rule::AllWords, share, Some(span)));
        }
        let begins = |q: &String, k: &WordKey| {
            q.chars().count() >= 3 && k.variants().any(|v| v.starts_with(q.as_str()))
        };
        if let Some(span) = all_found(query_words, &field_words, begins) {
            return Some((Rule::Prefix, share, Some(span)));
        }
    }
    if matches!(
        field.field,
        FieldKind::Id | FieldKind::Name | FieldKind::Alias
    ) {
        let similarity = strsim::jaro_winkler(folded, &fold(field.text));
        if similarity >= 0.85 {
            return Some((Rule::CloseSpelling, similarity, None));
        }
    }
    None
}

type Words = [(std::ops::Range<usize>, WordKey)];

fn phrase_at(
    query: &[String],
    field: &Words,
    equal: impl Fn(&String, &WordKey) -> bool,
) -> Option<usize> {
    (0..=field.len().checked_sub(query.len())?).find(|&start| {
        query
            .iter()
            .zip(&field[start..])
            .all(|(q, (_, k))| equal(q, k))
    })
}

/// The span from the first to the last matched word, if every query word
/// matches some word of the field.
fn all_found(
    query: &[String],
    field: &Words,
    matches: impl Fn(&String, &WordKey) -> bool,
) -> Option<std::ops::Range<usize>> {
    let mut span: Option<std::ops::Range<usize>> = None;
    for q in query {
        let (range, _) = field.iter().find(|(_, k)| matches(q, k))?;
        span = Some(match span {
            Some(s) => s.start.min(range.start)..s.end.max(range.end),
            None => range.clone(),
        });
    }
    span
}

/// Short fields whole; long ones cut to the match with some context.
fn excerpt(text: &str, span: Option<std::ops::Range<usize>>) -> String {
    const CONTEXT: usize = 30;
    let Some(span) = span.filter(|_| text.chars().count() > 2 * CONTEXT + 20) else {
        return text.to_string();
    };
    let before: Vec<(usize, char)> = text[..span.start].char_indices().collect();
    let from = before.len().checked_sub(CONTEXT).map_or(0, |i| before[i].0);
    let to = text[span.end..]
        .char_indices()
        .nth(CONTEXT)
        .map_or(text.len(), |(i, _)| span.end + i);
    format!(
        "{}{}{}",
        if from > 0 { "…" } else { "" },
        text[from..to].trim(),
        if to < text.len() { "…" } else { "" }
    )
}

fn explain(rule: Rule, field: &Field, matched: &str, folded: &str, share: f64) -> String {
    let what = match field.language {
        Some(lang) => format!("{} ({lang})", field.field.describe()),
        None => field.field.describe().to_string(),
    };
    match rule {
        Rule::Id => format!("the id is `{}`", field.text),
        Rule::Exact => {
            format!("{what} “{matched}” is the query once both are folded to “{folded}”")
        }
        Rule::Phrase => format!("{what} contains the phrase: “{matched}”"),
        Rule::AllWords => format!("{what} contains every query word: “{matched}”"),
        Rule::Prefix => format!("{what} has words beginning with the query: “{matched}”"),
        Rule::CloseSpelling => format!(
            "{what} “{matched}” is spelled closely ({:.0}% similar)",
            share * 100.0
        ),
    }
}

fn record_ref(data: &Dataset, field: &Field) -> Ref {
    let mut record = Ref::new(data, field.id);
    record.kind = Some(field.kind);
    if let Some(statement) = data.statements.get(field.id) {
        record.name = format!(
            "{} on {}",
            data.name_of(&statement.speaker.id),
            statement.claim
        );
        record.original = data.original_name_of(&statement.speaker.id);
    }
    record
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field<'a>(kind: FieldKind, text: &'a str) -> Field<'a> {
        Field {
            kind: RecordKind::Entity,
            id: "x",
            field: kind,
            language: None,
            text,
        }
    }

    fn rule(query: &str, kind: FieldKind, text: &str) -> Option<Rule> {
        let folded = fold(query);
        let query_words: Vec<String> = words(query).into_iter().map(|(_, k)| k.folded).collect();
        match_field(query, &folded, &query_words, &field(kind, text)).map(|(r, _, _)| r)
    }

    #[test]
    fn rules_from_strongest_to_weakest() {
        assert_eq!(rule("x", FieldKind::Id, "x"), Some(Rule::Id));
        assert_eq!(
            rule("اسكندر", FieldKind::Alias, "الإسكندر"),
            Some(Rule::Exact)
        );
        assert_eq!(
            rule("اسكندر ام", FieldKind::Quote, "صاروخ \"اسكندر ام\" تم"),
            Some(Rule::Phrase)
        );
        assert_eq!(
            rule("ام اسكندر", FieldKind::Quote, "صاروخ \"اسكندر ام\" تم"),
            Some(Rule::AllWords)
        );
        assert_eq!(
            rule("iskand", FieldKind::Translation, "Iskander missiles"),
            Some(Rule::Prefix)
        );
        assert_eq!(
            rule("Iskandr", FieldKind::Name, "Iskander"),
            Some(Rule::CloseSpelling)
        );
        assert_eq!(
            rule("Iskandr", FieldKind::Quote, "Iskander"),
            None,
            "no fuzzy quotes"
        );
        assert_eq!(rule("tos", FieldKind::Name, "Iskander"), None);
    }

    #[test]
    fn attached_conjunctions_do_not_hide_a_word() {
        assert_eq!(
            rule("إسكندر", FieldKind::Quote, "بقايا صواريخ وإسكندر"),
            Some(Rule::Phrase)
        );
    }

    #[test]
    fn short_prefixes_do_not_match() {
        assert_eq!(rule("is", FieldKind::Translation, "Iskander"), None);
    }

    #[test]
    fn long_fields_are_cut_around_the_match() {
        let text = format!("{} إسكندر {}", "أ ".repeat(60), "ب ".repeat(60));
        let at = text.find("إسكندر").unwrap();
        let cut = excerpt(&text, Some(at..at + "إسكندر".len()));
        assert!(cut.starts_with('…') && cut.ends_with('…'), "{cut}");
        assert!(cut.contains("إسكندر"));
        assert_eq!(excerpt("short", Some(0..5)), "short");
    }
}

/// The index changes which fields are read, never the answer.
#[cfg(test)]
mod indexed {
    use std::path::Path;

    use super::search;
    use crate::lookup::fields::fields;
    use crate::lookup::index::SearchIndex;
    use crate::model::RecordKind;
    use crate::text::fold::words;
    use crate::workspace::Workspace;

    /// Every word of every field, its first three letters and its first
    /// two, pairs of neighbouring words, misspellings, whole names and
    /// texts, ids in capitals, and queries with no word at all.
    fn queries(ws: &Workspace) -> Vec<String> {
        let mut out: Vec<String> = [
            "",
            "  ",
            "—",
            "…!",
            "Iskandr",
            "Sputnek",
            "S001-01",
            "russia-MOD",
        ]
        .into_iter()
        .map(str::to_string)
        .collect();
        for field in fields(&ws.data, RecordKind::ALL) {
            out.push(field.text.to_string());
            let found = words(field.text);
            for (i, (range, _)) in found.iter().enumerate() {
                let word = &field.text[range.clone()];
                out.push(word.to_string());
                out.push(word.chars().take(3).collect());
                out.push(word.chars().take(2).collect());
                if let Some((next, _)) = found.get(i + 1) {
                    out.push(field.text[range.start..next.end].to_string());
                }
            }
        }
        out.sort();
        out.dedup();
        // A spread of them: every scan reads every field, in a debug build.
        let step = (out.len() / 60).max(1);
        out.into_iter().step_by(step).collect()
    }

    #[test]
    fn an_indexed_search_answers_what_a_full_scan_answers() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let ws = Workspace::open(&dir);
        let index = SearchIndex::build(&ws.data);
        let queries = queries(&ws);
        assert!(queries.len() > 50, "{}", queries.len());
        let kinds: [&[RecordKind]; 3] = [
            RecordKind::ALL,
            &[RecordKind::Statement, RecordKind::Actor],
            &[RecordKind::Claim],
        ];
        for (at, query) in queries.iter().enumerate() {
            for kinds in &kinds[..if at % 10 == 0 { 3 } else { 1 }] {
                let scanned = search(&ws.data, None, query, kinds, 10_000);
                let indexed = search(&ws.data, Some(&index), query, kinds, 10_000);
                assert_eq!(
                    serde_json::to_string(&indexed).unwrap(),
                    serde_json::to_string(&scanned).unwrap(),
                    "{query:?} in {kinds:?}"
                );
            }
        }
    }
}
