//! A desk's rating map: what other publishers' labels mean on our verdict
//! scale, as `[ratings."Full Fact"]` in `claimgraph.toml` says. An import
//! consults it before the general label table, so a label only one
//! publisher uses ("Pants on Fire" at PolitiFact) can be read as the desk
//! decided, and only for that publisher.

use crate::text::fold::fold;
use crate::vocab::{Verdict, label_key};

/// Per publisher, their labels and the verdict each one means to us.
#[derive(Debug, Clone, Default, PartialEq, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
pub struct RatingMap {
    /// (folded publisher name, [(label key, verdict)]), in file order.
    publishers: Vec<(String, Vec<(String, Verdict)>)>,
}

impl RatingMap {
    /// Adds what `label` means when `publisher` writes it; the first entry
    /// for a label wins.
    pub fn insert(&mut self, publisher: &str, label: &str, verdict: Verdict) {
        let key = fold(publisher);
        let at = match self.publishers.iter().position(|(p, _)| *p == key) {
            Some(at) => at,
            None => {
                self.publishers.push((key, Vec::new()));
                self.publishers.len() - 1
            }
        };
        let labels = &mut self.publishers[at].1;
        let label = label_key(label);
        if !labels.iter().any(|(l, _)| *l == label) {
            labels.push((label, verdict));
        }
    }

    /// Whether the map says nothing.
    pub fn is_empty(&self) -> bool {
        self.publishers.is_empty()
    }

    /// Our verdict for `label` from the publisher named `publisher` (or
    /// whose site is `site`, a host such as `politifact.com`): publisher
    /// names are compared folded, labels as [`label_key`] compares them.
    pub fn verdict(&self, publisher: &str, site: Option<&str>, label: &str) -> Option<&Verdict> {
        let names = [Some(fold(publisher)), site.map(fold)];
        let label = label_key(label);
        self.publishers
            .iter()
            .filter(|(p, _)| names.iter().flatten().any(|n| n == p))
            .find_map(|(_, labels)| labels.iter().find(|(l, _)| *l == label))
            .map(|(_, verdict)| verdict)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_publishers_compare_folded_and_only_for_that_publisher() {
        let mut map = RatingMap::default();
        map.insert("PolitiFact", "Pants on Fire", Verdict::False);
        map.insert("politifact.com", "Half True", Verdict::Mixed);
        map.insert("PolitiFact", "pants on fire!", Verdict::True);
        assert_eq!(
            map.verdict("politifact", None, "Pants on Fire!"),
            Some(&Verdict::False),
            "folded, punctuation ignored, the first entry wins"
        );
        assert_eq!(
            map.verdict("PolitiFact", Some("politifact.com"), "half-true"),
            Some(&Verdict::Mixed),
            "by site"
        );
        assert_eq!(map.verdict("Full Fact", None, "Pants on Fire"), None);
        assert_eq!(map.verdict("PolitiFact", None, "False"), None);
    }
}
