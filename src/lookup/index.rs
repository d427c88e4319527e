//! The search index: which fields can match a query, found without reading
//! every field. `search` still decides every match with its own rules; the
//! index only leaves out fields that cannot meet any of them, so an indexed
//! search answers exactly what a full scan answers.
//!
//! A field of [`fields`]`(data, RecordKind::ALL)` is a candidate when
//! - each query word is one of its words' folded forms (with or without an
//!   attached Arabic prefix), or begins one when it has three letters or
//!   more: what the phrase, all-words and prefix rules need. The forms are
//!   kept in an [`fst`] map, so a prefix is a range of it;
//! - its folded text hashes as the folded query does: the exact rule;
//! - it is an id, name or alias whose folded text is close enough to the
//!   query's (Jaro-Winkler at least [`CLOSE`]) or, for an id, equal to the
//!   query but for ASCII case: the close-spelling and id rules.
//!
//! Built once per data set (the load cache keeps it), in O(total words).

use std::collections::HashMap;

use fst::{Automaton, IntoStreamer, Streamer};

use crate::lookup::fields::{Field, FieldKind, fields};
use crate::model::Dataset;
use crate::text::fold::{fold, words};
use crate::vocab::RecordKind;

/// The Jaro-Winkler similarity from which a name is a close spelling.
pub const CLOSE: f64 = 0.85;

/// The shortest query word, in characters, that may match as a prefix.
pub const PREFIX_MIN: usize = 3;

/// Where to look for a query's matches; see the module's documentation.
#[derive(Debug, Clone, PartialEq, Eq, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
pub struct SearchIndex {
    /// The fst map from each folded word form to its ordinal.
    words: Vec<u8>,
    /// Ordinal `k`'s fields are `postings[starts[k]..starts[k + 1]]`.
    starts: Vec<u32>,
    /// Field indices, ascending within each word form.
    postings: Vec<u32>,
    /// The hash of each field's folded text.
    exact: Vec<u64>,
    /// Every id, name and alias field: its index, folded text and whether
    /// it is an id.
    names: Vec<(u32, String, bool)>,
}

fn text_hash(folded: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(folded.as_bytes())
}

impl SearchIndex {
    /// The index of every field of `data`.
    ///
    /// Complexity: O(W log W) for W words in all fields.
    pub fn build(data: &Dataset) -> Self {
        use rayon::prelude::*;
        let all = fields(data, RecordKind::ALL);
        // Folding is most of the cost, and each field's is its own: done on
        // every core, then gathered in field order.
        let folded: Vec<(String, Vec<String>)> = all
            .par_iter()
            .map(|field| {
                let mut forms: Vec<String> = Vec::new();
                for (_, key) in words(field.text) {
                    forms.extend(key.variants().map(str::to_string));
                }
                forms.sort_unstable();
                forms.dedup();
                (fold(field.text), forms)
            })
            .collect();
        let mut forms: HashMap<String, Vec<u32>> = HashMap::new();
        let mut exact = Vec::with_capacity(all.len());
        let mut names = Vec::new();
        for (i, (field, (text, words))) in all.iter().zip(folded).enumerate() {
            let i = i as u32;
            exact.push(text_hash(&text));
            if matches!(
                field.field,
                FieldKind::Id | FieldKind::Name | FieldKind::Alias
            ) {
                names.push((i, text, field.field == FieldKind::Id));
            }
            for form in words {
                match forms.get_mut(&form) {
                    Some(list) => list.push(i),
                    None => {
                        forms.insert(form, vec![i]);
                    }
                }
            }
        }
        let mut forms: Vec<(String, Vec<u32>)> = forms.into_iter().collect();
        forms.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut starts = Vec::with_capacity(forms.len() + 1);
        let mut postings = Vec::new();
        let mut builder = fst::MapBuilder::memory();
        for (ordinal, (form, list)) in forms.into_iter().enumerate() {
            starts.push(postings.len() as u32);
            postings.extend(list);
            // Keys come sorted from a map, so in order and unique: inserting
            // cannot fail.
            let _ = builder.insert(form, ordinal as u64);
        }
        starts.push(postings.len() as u32);
        SearchIndex {
            words: builder.into_inner().unwrap_or_default(),
            starts,
            postings,
            exact,
            names,
        }
    }

    /// How many fields the index was built over: [`fields`]`(data,
    /// RecordKind::ALL).len()` of its data set.
    pub fn fields(&self) -> usize {
        self.exact.len()
    }

    /// Whether the index is whole and names only fields below `fields`: a
    /// snapshot's index is checked so before it is used.
    pub fn fits(&self, fields: usize) -> bool {
        self.exact.len() == fields
            && fst::Map::new(self.words.as_slice())
                .is_ok_and(|map| map.len() + 1 == self.starts.len())
            && self.starts.windows(2).all(|w| w[0] <= w[1])
            && self
                .starts
                .last()
                .is_some_and(|&end| end as usize == self.postings.len())
            && self.postings.iter().all(|&i| (i as usize) < fields)
            && self.names.iter().all(|(i, _, _)| (*i as usize) < fields)
    }

    /// The fields (indices into [`fields`]`(data, RecordKind::ALL)`,
    /// ascending) that may match a query whose folded text is `folded`,
    /// whose words' folded forms are `query_words` and which is `query`
    /// as typed, given `all` the fields it was built over; `None` when the
    /// index cannot tell (a query with no word, or fields other than its
    /// own) and every field must be read.
    pub fn candidates(
        &self,
        all: &[Field],
        query: &str,
        folded: &str,
        query_words: &[String],
    ) -> Option<Vec<u32>> {
        if query_words.is_empty() || all.len() != self.fields() {
            return None;
        }
        let map = fst::Map::new(self.words.as_slice()).ok()?;
        let mut found: Option<Vec<u32>> = None;
        for word in query_words {
            let mut matching: Vec<u32> = Vec::new();
            let mut add = |ordinal: u64| {
                let k = ordinal as usize;
                if let (Some(&from), Some(&to)) = (self.starts.get(k), self.starts.get(k + 1)) {
                    matching.extend_from_slice(&self.postings[from as usize..to as usize]);
                }
            };
            if word.chars().count() >= PREFIX_MIN {
                let prefix = fst::automaton::Str::new(word).starts_with();
                let mut stream = map.search(prefix).into_stream();
                while let Some((_, ordinal)) = stream.next() {
                    add(ordinal);
                }
            } else if let Some(ordinal) = map.get(word) {
                add(ordinal);
            }
            matching.sort_unstable();
            matching.dedup();
            found = Some(match found {
                None => matching,
                Some(before) => intersect(&before, &matching),
            });
            if found.as_ref().is_some_and(Vec::is_empty) {
                break;
            }
        }
        let mut candidates = found.unwrap_or_default();
        let hash = text_hash(folded);
        candidates.extend(
            self.exact
                .iter()
                .enumerate()
                .filter(|(_, h)| **h == hash)
                .map(|(i, _)| i as u32),
        );
        let typed = query.trim();
        candidates.extend(
            self.names
                .iter()
                .filter(|(i, name, is_id)| {
                    (*is_id && typed.eq_ignore_ascii_case(all[*i as usize].text))
                        || strsim::jaro_winkler(folded, name) >= CLOSE
                })
                .map(|(i, _, _)| *i),
        );
        candidates.sort_unstable();
        candidates.dedup();
        Some(candidates)
    }
}

/// The elements of both sorted lists, sorted.
fn intersect(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}
