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
        let mut lists: Vec<&Vec<u32>> = trigrams(query)
            .iter()
            .filter_map(|g| self.grams.get(g))
            .collect();
        lists.sort_by_key(|l| l.len());
        let used = grams_used(lists.iter().map(|l| l.len()), self.names.len());
        let mut shared: HashMap<u32, u32> = HashMap::new();
        for list in &lists[..used] {
            for &n in list.iter() {
                *shared.entry(n).or_default() += 1;
            }
        }
        most_shared(shared)
    }

    /// The ids of the closest names to `query`, best first, at most
    /// `limit`, each once.
    pub fn closest(&self, query: &str, limit: usize) -> Vec<&str> {
        let query = fold(query);
        let shortlist = self.shortlist(&query);
        let scored = shortlist.into_iter().map(|n| {
            let (name, id) = &self.names[n];
            (self.ids[*id].as_str(), name.as_str())
        });
        best(&query, scored, limit)
    }
}

/// How many of a query's trigrams to count shared names through, given how
/// many names hold each (ascending) among `names`: the rare ones (held by at
/// most an eighth of the names) discriminate; when the query has none, its
/// three rarest common ones still narrow the field.
fn grams_used(held_by: impl Iterator<Item = usize> + Clone, names: usize) -> usize {
    let common = (names / 8).max(SHORTLIST);
    let rare = held_by.clone().take_while(|&held| held <= common).count();
    if rare > 0 {
        rare
    } else {
        held_by.count().min(3)
    }
}

/// The [`SHORTLIST`] names sharing the most trigrams, ties to the earlier
/// name, from (name, trigrams shared) counts.
fn most_shared(shared: impl IntoIterator<Item = (u32, u32)>) -> Vec<usize> {
    let mut ranked: Vec<(u32, u32)> = shared.into_iter().filter(|s| s.1 > 0).collect();
    ranked.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked
        .into_iter()
        .take(SHORTLIST)
        .map(|(n, _)| n as usize)
        .collect()
}

/// The ids of the best-scoring of `scored` (id, folded name) pairs against
/// the folded `query`: each id once with its best name's score, at least
/// [`LEAST_SCORE`], best first, ties by id, at most `limit`.
fn best<'i, 'n>(
    query: &str,
    scored: impl Iterator<Item = (&'i str, &'n str)>,
    limit: usize,
) -> Vec<&'i str> {
    let mut best: HashMap<&'i str, f64> = HashMap::new();
    for (id, name) in scored {
        let score = strsim::jaro_winkler(query, name);
        let entry = best.entry(id).or_insert(score);
        *entry = entry.max(score);
    }
    let mut ranked: Vec<(f64, &str)> = best
        .into_iter()
        .filter(|(_, s)| *s >= LEAST_SCORE)
        .map(|(id, s)| (s, id))
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    ranked.into_iter().take(limit).map(|(_, id)| id).collect()
}

/// The closest of `names`, (id, folded name) pairs, to `query`, best first,
/// at most `limit`: what [`Index::closest`] finds, for a single query,
/// without building the index. Each name's trigrams are matched against the
/// query's in one pass (on every core) instead of being filed into lists.
///
/// Complexity: O(total length of the names × log of the query's trigrams)
/// for the shortlist, in memory no more than the names' length, then
/// [`SHORTLIST`] scores.
pub fn closest_folded<'a>(query: &str, names: &[(&'a str, String)], limit: usize) -> Vec<&'a str> {
    use rayon::prelude::*;
    let query = fold(query);
    let shortlist: Vec<usize> = if names.len() <= SCAN_ALL {
        (0..names.len()).collect()
    } else {
        let grams = trigrams(&query);
        // Which of the query's trigrams each name holds: a short list per
        // name, never longer than the name, whatever the query's length.
        let held: Vec<Vec<u32>> = names
            .par_iter()
            .map(|(_, name)| {
                let padded: Vec<char> = std::iter::once(' ')
                    .chain(name.chars())
                    .chain(std::iter::once(' '))
                    .collect();
                let mut held: Vec<u32> = padded
                    .windows(3)
                    .filter_map(|w| grams.binary_search(&[w[0], w[1], w[2]]).ok())
                    .map(|at| at as u32)
                    .collect();
                held.sort_unstable();
                held.dedup();
                held
            })
            .collect();
        let mut held_by = vec![0usize; grams.len()];
        for g in held.iter().flatten() {
            held_by[*g as usize] += 1;
        }
        // The query's trigrams some name holds, in trigram order, then by
        // how many hold each (stably), as the index's lists sort.
        let mut lists: Vec<(usize, usize)> = held_by
            .iter()
            .copied()
            .enumerate()
            .filter(|&(_, held_by)| held_by > 0)
            .collect();
        lists.sort_by_key(|&(_, held_by)| held_by);
        let used = grams_used(lists.iter().map(|l| l.1), names.len());
        let mut counted = vec![false; grams.len()];
        for &(g, _) in &lists[..used] {
            counted[g] = true;
        }
        most_shared(held.iter().enumerate().map(|(n, held)| {
            let shared = held.iter().filter(|&&g| counted[g as usize]).count();
            (n as u32, shared as u32)
        }))
    };
    best(
        &query,
        shortlist
            .into_iter()
            .map(|n| (names[n].0, names[n].1.as_str())),
        limit,
    )
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
    use rayon::prelude::*;
    let candidates: Vec<(&'a str, &'a str)> = candidates.into_iter().collect();
    let folded: Vec<(&'a str, String)> = candidates
        .par_iter()
        .map(|(id, name)| (*id, fold(name)))
        .collect();
    closest_folded(query, &folded, limit)
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

    #[test]
    fn one_query_without_the_index_finds_what_the_index_finds() {
        // Ids with several names, near-duplicates and ties, above SCAN_ALL.
        let words = [
            "Ministry",
            "Defence",
            "Армения",
            "الدفاع",
            "Iskander",
            "Sputnik",
            "of",
            "the",
        ];
        let mut pairs: Vec<(String, String)> = Vec::new();
        let mut seed = 7u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        for n in 0..6000 {
            let id = format!("rec-{:04}", n % 4500);
            let name: Vec<&str> = (0..1 + next() % 4)
                .map(|_| words[next() % words.len()])
                .collect();
            pairs.push((id, format!("{} {}", name.join(" "), next() % 97)));
        }
        let borrowed: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(i, n)| (i.as_str(), n.as_str()))
            .collect();
        let index = Index::new(borrowed.iter().copied());
        let folded: Vec<(&str, String)> = borrowed.iter().map(|(i, n)| (*i, fold(n))).collect();
        for query in [
            "rec-0042",
            "rec-4499",
            "Ministry of Defence 12",
            "ministr defense",
            "Sputnik 3",
            "الدفاع 50",
            "Армения Iskander",
            "the",
            "zzzz",
            "",
            "Iskander Iskander Iskander 96",
        ] {
            for limit in [1, 3, 10] {
                assert_eq!(
                    closest_folded(query, &folded, limit),
                    index.closest(query, limit),
                    "{query} {limit}"
                );
            }
        }
        // A query of hundreds of trigrams (a pasted paragraph).
        let long: String = (0..150)
            .map(|n| format!("{} {n} ", words[n % words.len()]))
            .collect();
        assert_eq!(closest_folded(&long, &folded, 3), index.closest(&long, 3));
        // At most SCAN_ALL names every one is scored: both agree there too.
        let few = &folded[..100];
        let small = Index::new(borrowed[..100].iter().copied());
        assert_eq!(
            closest_folded("rec-0042", few, 3),
            small.closest("rec-0042", 3)
        );
    }
}
