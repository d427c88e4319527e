//! Matching what a user types against the names records carry.
//!
//! Every id argument accepts an id, a name in any language, or an alias.
//! Both sides are folded with [`crate::text::fold::fold`] (case, accents, Arabic
//! letter forms, the article) before comparing, and a miss suggests the
//! closest known names.

use crate::text::fold::fold;

/// The closest candidate names to `query`, best first, at most `limit`.
///
/// `candidates` yields (id, name) pairs; each id is suggested once.
pub fn closest<'a>(
    query: &str,
    candidates: impl IntoIterator<Item = (&'a str, &'a str)>,
    limit: usize,
) -> Vec<&'a str> {
    let query = fold(query);
    let mut scored: Vec<(f64, &str)> = Vec::new();
    for (id, name) in candidates {
        let score = strsim::jaro_winkler(&query, &fold(name));
        match scored.iter_mut().find(|(_, seen)| *seen == id) {
            Some(entry) => entry.0 = entry.0.max(score),
            None => scored.push((score, id)),
        }
    }
    scored.retain(|(score, _)| *score >= 0.75);
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.into_iter().take(limit).map(|(_, id)| id).collect()
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
}
