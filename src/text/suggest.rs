//! Matching what a user types against the names records carry.
//!
//! Every id argument accepts an id, a name in any language, or an alias.
//! Both sides are folded with [`crate::text::fold::fold`] (case, accents, Arabic
//! letter forms, the article) before comparing, and a miss suggests the
//! closest known names.

use std::collections::HashMap;

use crate::text::fold::fold;

/// Least similarity (Jaro-Winkler, on folded text) of a suggestion.
const LEAST_SCORE: f64 = 0.75;

/// Up to this many names, [`Index::closest`] compares the query with every
/// one (the exact ranking); above it, only with the names that could be a
/// slip of the query's first letters (see [`Index`]).
pub const SCAN_ALL: usize = 2000;

/// The candidate names of one run, folded once, for many suggestions.
///
/// Scoring every name for every miss costs O(n) per query (and the old
/// de-duplication O(n²)): 4,000 dangling references among 20,000 names took
/// minutes. The index folds each name once and buckets it by its first two
/// folded characters; a query scores only the names one of whose first two
/// characters is one of its own first two (a slip past the first letter, a
/// swapped or dropped first letter), about n/alphabet names instead of n.
/// With at most [`SCAN_ALL`] names every one is scored, exactly as before.
#[derive(Debug, Default)]
pub struct Index {
    ids: Vec<String>,
    /// (folded name, index into `ids`).
    names: Vec<(String, usize)>,
    by_char: HashMap<char, Vec<usize>>,
}

impl Index {
    /// An index of `candidates`, (id, name) pairs; an id may come with
    /// many names.
    pub fn new<'a>(candidates: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut index = Index::default();
        let mut seen: HashMap<&'a str, usize> = HashMap::new();
        for (id, name) in candidates {
            let at = *seen.entry(id).or_insert_with(|| {
                index.ids.push(id.to_string());
                index.ids.len() - 1
            });
            let folded = fold(name);
            let n = index.names.len();
            let mut firsts: Vec<char> = folded.chars().take(2).collect();
            firsts.dedup();
            for c in firsts {
                index.by_char.entry(c).or_default().push(n);
            }
            index.names.push((folded, at));
        }
        index
    }

    /// The ids of the closest names to `query`, best first, at most
    /// `limit`, each once.
    pub fn closest(&self, query: &str, limit: usize) -> Vec<&str> {
        let query = fold(query);
        let mut best: HashMap<usize, f64> = HashMap::new();
        let mut score = |n: usize| {
            let (name, id) = &self.names[n];
            let s = strsim::jaro_winkler(&query, name);
            let entry = best.entry(*id).or_insert(s);
            *entry = entry.max(s);
        };
        if self.names.len() <= SCAN_ALL {
            (0..self.names.len()).for_each(&mut score);
        } else {
            let mut firsts: Vec<char> = query.chars().take(2).collect();
            firsts.dedup();
            let mut tried: Vec<usize> = firsts
                .iter()
                .filter_map(|c| self.by_char.get(c))
                .flatten()
                .copied()
                .collect();
            tried.sort_unstable();
            tried.dedup();
            tried.into_iter().for_each(&mut score);
        }
        let mut scored: Vec<(f64, &str)> = best
            .into_iter()
            .filter(|(_, s)| *s >= LEAST_SCORE)
            .map(|(id, s)| (s, self.ids[id].as_str()))
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
        scored.into_iter().take(limit).map(|(_, id)| id).collect()
    }
}

/// The closest candidate names to `query`, best first, at most `limit`.
///
/// `candidates` yields (id, name) pairs; each id is suggested once. For
/// many queries against the same names, build an [`Index`] once.
pub fn closest<'a>(
    query: &str,
    candidates: impl IntoIterator<Item = (&'a str, &'a str)>,
    limit: usize,
) -> Vec<&'a str> {
    let candidates: Vec<(&'a str, &'a str)> = candidates.into_iter().collect();
    let index = Index::new(candidates.iter().copied());
    let found = index.closest(query, limit);
    // Hand back the caller's own strings, not the index's copies.
    found
        .into_iter()
        .filter_map(|id| candidates.iter().find(|(c, _)| *c == id).map(|(c, _)| *c))
        .collect()
}

/// "did you mean `a`, `b`?" or nothing.
pub fn did_you_mean(suggestions: &[&str]) -> Option<String> {
    if suggestions.is_empty() {
        return None;
    }
    let list = suggestions
        .iter()
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ");
    Some(format!("did you mean {list}?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_ranks_by_similarity_and_dedupes_ids() {
        let candidates = [
            ("iskander", "iskander"),
            ("iskander", "Iskander-M"),
            ("tos-1a", "tos-1a"),
        ];
        assert_eq!(closest("iskandr", candidates, 3), ["iskander"]);
        assert!(closest("zzzz", candidates, 3).is_empty());
    }

    #[test]
    fn a_large_index_still_finds_slips_of_the_first_letters() {
        let ids: Vec<String> = (0..5000).map(|n| format!("actor-{n:05}")).collect();
        let mut pairs: Vec<(&str, &str)> = ids.iter().map(|i| (i.as_str(), i.as_str())).collect();
        pairs.push(("iskander", "Iskander-M"));
        let index = Index::new(pairs.iter().copied());
        assert_eq!(index.closest("iskandr", 1), ["iskander"]);
        assert_eq!(index.closest("siskander", 1), ["iskander"]);
        assert_eq!(index.closest("actor-00042", 1), ["actor-00042"]);
        assert!(index.closest("zzzz", 3).is_empty());
    }
}
