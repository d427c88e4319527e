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
/// one (the exact ranking); above it, only with the [`SHORTLIST`] names
/// sharing the most rare trigrams with it (see [`Index`]).
pub const SCAN_ALL: usize = 2000;

/// How many names, sharing the most trigrams with a query, are scored
/// when there are more than [`SCAN_ALL`].
pub const SHORTLIST: usize = 64;

/// The candidate names of one run, folded once, for many suggestions.
///
/// Scoring every name for every miss costs O(n) string comparisons per
/// query (and the old de-duplication O(n²)): 4,000 dangling references
/// among 20,000 names took minutes. The index folds each name once and
/// lists, for each trigram of the folded name (padded with a space at each
/// end, so first and last letters count), the names that hold it. Up to
/// [`SCAN_ALL`] names every one is scored, exactly as before; above, a
/// query counts the trigrams it shares with each name through the rarer
/// lists (those holding at most an eighth of the names), and only the
/// [`SHORTLIST`] names sharing the most are scored. A slip of one letter
/// keeps most trigrams, so the name meant is on the list.
#[derive(Debug, Default)]
pub struct Index {
    ids: Vec<String>,
    /// (folded name, index into `ids`).
    names: Vec<(String, usize)>,
    grams: HashMap<[char; 3], Vec<u32>>,
}

/// The distinct trigrams of ` text `.
fn trigrams(text: &str) -> Vec<[char; 3]> {
    let padded: Vec<char> = std::iter::once(' ')
        .chain(text.chars())
        .chain(std::iter::once(' '))
        .collect();
    let mut grams: Vec<[char; 3]> = padded.windows(3).map(|w| [w[0], w[1], w[2]]).collect();
    grams.sort_unstable();
    grams.dedup();
    grams
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
            index.names.push((fold(name), at));
        }
        if index.names.len() > SCAN_ALL {
            for (n, (name, _)) in index.names.iter().enumerate() {
                for gram in trigrams(name) {
                    index.grams.entry(gram).or_default().push(n as u32);
                }
            }
        }
        index
    }

    /// The names worth scoring for `query` (folded): all of them, or the
    /// shortlist.
    fn shortlist(&self, query: &str) -> Vec<usize> {
        if self.names.len() <= SCAN_ALL {
            return (0..self.names.len()).collect();
        }
        let common = (self.names.len() / 8).max(SHORTLIST);
        let mut lists: Vec<&Vec<u32>> = trigrams(query)
            .iter()
            .filter_map(|g| self.grams.get(g))
            .collect();
        lists.sort_by_key(|l| l.len());
        // Rare trigrams discriminate; when the query has none, its three
        // rarest common ones still narrow the field.
        let rare = lists.iter().take_while(|l| l.len() <= common).count();
        let used = if rare > 0 { rare } else { lists.len().min(3) };
        let mut shared: HashMap<u32, u32> = HashMap::new();
        for list in &lists[..used] {
            for &n in list.iter() {
                *shared.entry(n).or_default() += 1;
            }
        }
        let mut ranked: Vec<(u32, u32)> = shared.into_iter().collect();
        ranked.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked
            .into_iter()
            .take(SHORTLIST)
            .map(|(n, _)| n as usize)
            .collect()
    }

    /// The ids of the closest names to `query`, best first, at most
    /// `limit`, each once.
    pub fn closest(&self, query: &str, limit: usize) -> Vec<&str> {
        let query = fold(query);
        let mut best: HashMap<usize, f64> = HashMap::new();
        for n in self.shortlist(&query) {
            let (name, id) = &self.names[n];
            let score = strsim::jaro_winkler(&query, name);
            let entry = best.entry(*id).or_insert(score);
            *entry = entry.max(score);
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
        assert_eq!(index.closest("actr-01234", 1), ["actor-01234"]);
        assert!(index.closest("zzzz", 3).is_empty());
    }
}
