//! What two wordings have in common: their content words, their numbers and
//! whether one negates what the other asserts.
//!
//! Used by `similar` to explain why two claims may be one. Words are folded
//! with [`crate::text::fold::words`] (so `الإسكندر` and `اسكندر` meet), then
//! lightly stemmed so that inflections meet too: English plural and verb
//! endings (`villages`/`village`, `shelled`/`shell`), and the Arabic feminine
//! and plural endings (`الأرمينية`/`الأرميني`, `مواقع`…). Stemming is
//! deliberately light: both sides go through the same rule, so it only has
//! to be consistent, and a word it cannot shorten safely is kept whole.
//! Function words of English and Arabic are dropped, and so are words with
//! digits, which [`numbers`] compares on their own. An attached Arabic
//! conjunction or preposition (وب، ل…) is not stripped: `لاتشين` would lose
//! its first letter.

use std::collections::BTreeSet;

use crate::text::fold::words;

/// English and Arabic function words: they say nothing about what a claim is.
/// Arabic forms are folded (`إلى` → `الي`, `التي` → `تي`).
const STOP_WORDS: &[&str] = &[
    // English
    "a", "an", "the", "of", "in", "on", "at", "to", "from", "by", "for", "with", "and", "or", "as",
    "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these",
    "those", "has", "have", "had", "their", "his", "her", "they", "them", "which", "who", "whose",
    "into", "during", "after", "before", "than", "there", "over", "under", "about", "against",
    "s", // Arabic
    "في", "من", "علي", "الي", "عن", "ان", "او", "و", "ف", "ب", "ل", "ك", "ما", "مع", "هذا", "هذه",
    "ذلك", "تلك", "تي", "ذي", "قد", "كان", "كانت", "هو", "هي", "بين", "عند", "حتي", "ثم", "كل",
    "بعد", "قبل", "خلال", "منذ",
];

/// Words that turn a statement into its denial. Folded.
const NEGATIONS: &[&str] = &[
    "not", "no", "never", "none", "nothing", "neither", "nor", "without", "denied", "deny",
    "denies", "didn", "doesn", "don", "isn", "wasn", "weren", "hasn", "haven", "hadn", "couldn",
    "wouldn", "aren", "لم", "لن", "لا", "ليس", "ليست", "غير", "نفي", "تنفي", "ينفي", "بدون", "دون",
];

/// The stemmed content words of `text`: folded, function words and numbers left out.
///
/// # Example
/// ```
/// use claimgraph::text::overlap::content_words;
/// let a = content_words("Armenian forces shelled residential villages");
/// let b = content_words("the Armenian army shells a residential village");
/// assert_eq!(a.intersection(&b).count(), 4);
/// ```
pub fn content_words(text: &str) -> BTreeSet<String> {
    words(text)
        .into_iter()
        .map(|(_, key)| key.folded)
        .filter(|w| !w.chars().any(|c| c.is_ascii_digit()) && !STOP_WORDS.contains(&w.as_str()))
        .map(|w| stem(&w))
        .filter(|w| !w.is_empty())
        .collect()
}

/// The numbers written in `text`, Arabic-Indic digits read as ASCII
/// (`٧٨٠` and `780` are one number), thousands separators dropped
/// (`120,000` and `120000` are one number; `2.5` stays a decimal). Years
/// count as numbers.
pub fn numbers(text: &str) -> BTreeSet<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = BTreeSet::new();
    let mut at = 0;
    while at < chars.len() {
        if digit(chars[at]).is_none() {
            at += 1;
            continue;
        }
        // Digits glued to a word, or hyphened to one, are part of a name
        // (`TOS-1A`, `S-300`, `Su-25`), not a figure.
        let start = at;
        let joined_before = start > 0
            && (chars[start - 1].is_alphabetic()
                || (chars[start - 1] == '-' && start > 1 && chars[start - 2].is_alphabetic()));
        let mut number = String::new();
        while at < chars.len() {
            if let Some(d) = digit(chars[at]) {
                number.push(d);
                at += 1;
            } else if matches!(chars[at], ',' | '٬' | '.' | '٫')
                && chars.get(at + 1).and_then(|c| digit(*c)).is_some()
            {
                if matches!(chars[at], '.' | '٫') {
                    number.push('.');
                }
                at += 1;
            } else {
                break;
            }
        }
        let joined_after = chars.get(at).is_some_and(|c| c.is_alphabetic())
            || (chars.get(at) == Some(&'-')
                && chars.get(at + 1).is_some_and(|c| c.is_alphabetic()));
        if joined_before || joined_after {
            continue;
        }
        let trimmed = number.trim_start_matches('0');
        out.insert(if trimmed.is_empty() || trimmed.starts_with('.') {
            format!("0{trimmed}")
        } else {
            trimmed.to_string()
        });
    }
    out
}

/// The ASCII digit of an ASCII, Arabic-Indic or Eastern Arabic-Indic digit.
fn digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10),
        '\u{06F0}'..='\u{06F9}' => char::from_digit(c as u32 - 0x06F0, 10),
        _ => None,
    }
}

/// Whether `text` contains a word of negation (`not`, `never`, `لم`, `ليس`…).
pub fn negates(text: &str) -> bool {
    words(text)
        .into_iter()
        .any(|(_, key)| key.variants().any(|v| NEGATIONS.contains(&v)))
}

/// Jaccard similarity of two sets: shared over all; 0 when both are empty.
pub fn jaccard<T: Ord>(a: &BTreeSet<T>, b: &BTreeSet<T>) -> f64 {
    let shared = a.intersection(b).count();
    let all = a.len() + b.len() - shared;
    if all == 0 {
        0.0
    } else {
        shared as f64 / all as f64
    }
}

/// A light suffix-stripping stem, for English and Arabic words.
fn stem(word: &str) -> String {
    if word.chars().any(is_arabic) {
        return stem_arabic(word);
    }
    // A people's adjective meets its country: Armenian → Armenia,
    // Azerbaijani → Azerbaijan.
    if let Some(country) = word.strip_suffix("ian").filter(|w| w.len() >= 3) {
        return format!("{country}ia");
    }
    if let Some(country) = word.strip_suffix("ani").filter(|w| w.len() >= 4) {
        return format!("{country}an");
    }
    for suffix in ["ings", "ing", "ied", "ies", "ed", "es", "ly", "s"] {
        if let Some(stripped) = word.strip_suffix(suffix)
            && stripped.len() >= 2
            && word.len() >= 4
            && !(suffix == "s" && (stripped.ends_with('s') || stripped.ends_with('u')))
        {
            let stripped = match suffix {
                "ied" | "ies" => format!("{stripped}y"),
                _ => stripped.to_string(),
            };
            // `used` and `use` both become `us`: a final e goes from both.
            return stripped.trim_end_matches('e').to_string();
        }
    }
    word.trim_end_matches('e').to_string()
}

fn stem_arabic(word: &str) -> String {
    let chars = word.chars().count();
    // Plural and feminine endings, longest first; teh marbuta is already ه.
    // A country (أرمينيا) meets its people's adjective (أرميني، الأرمينية).
    for suffix in ["يات", "ات", "ون", "ين", "يه", "يا", "ه", "ي"] {
        if let Some(stripped) = word.strip_suffix(suffix)
            && stripped.chars().count() >= 3
            && chars > suffix.chars().count() + 2
        {
            return stripped.to_string();
        }
    }
    word.to_string()
}

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_meet_and_function_words_go() {
        let a = content_words("The Armenian armed forces shelled residential areas");
        let b = content_words("armenian forces shell a residential area");
        assert_eq!(a.intersection(&b).count(), 5, "{a:?} {b:?}");
        assert!(!a.contains("the"));
    }

    #[test]
    fn english_inflections_and_demonyms_meet() {
        for (a, b) in [
            ("used", "use"),
            ("Armenian", "Armenia"),
            ("Azerbaijani", "Azerbaijan"),
            ("villages", "village"),
            ("shelled", "shell"),
            ("casualties", "casualty"),
        ] {
            assert_eq!(content_words(a), content_words(b), "{a} {b}");
        }
        assert_ne!(content_words("losses"), content_words("lost"));
        assert_eq!(
            content_words("gas"),
            ["gas".to_string()].into(),
            "too short to strip"
        );
    }

    #[test]
    fn arabic_nisba_and_article_meet() {
        assert_eq!(content_words("أرمينيا"), content_words("الأرميني"));
        let a = content_words("القوات المسلحة الأرمينية قصفت المناطق السكنية");
        let b = content_words("الجيش الأرميني على مواقع سكنية");
        let shared: Vec<_> = a.intersection(&b).collect();
        assert_eq!(shared.len(), 2, "{a:?} {b:?}");
        assert!(!b.contains("علي"));
    }

    #[test]
    fn numbers_are_read_in_both_digit_forms() {
        assert_eq!(numbers("٧٨٠ missiles in 2020"), numbers("780 صاروخ 2020"));
        assert!(content_words("780 missiles").iter().all(|w| w != "780"));
        assert_eq!(numbers("007"), ["7".to_string()].into());
        assert_eq!(
            numbers("120,000 people, 2.5 km"),
            ["120000".to_string(), "2.5".to_string()].into()
        );
        assert_eq!(
            numbers("S-300, TOS-1A and ١٢٬٥"),
            ["125".to_string()].into(),
            "digits joined to letters are a name"
        );
        assert_eq!(
            numbers("27-30 September"),
            ["27".to_string(), "30".to_string()].into()
        );
    }

    #[test]
    fn negation_is_seen_in_both_languages() {
        assert!(negates("TOS was not used"));
        assert!(negates("Armenia didn't fire"));
        assert!(negates("لم يستخدم الجيش نظام توس"));
        assert!(!negates("The enemy used TOS"));
        assert!(!negates("استخدم العدو نظام توس"));
    }

    #[test]
    fn jaccard_of_empty_sets_is_zero() {
        let empty: BTreeSet<String> = BTreeSet::new();
        assert_eq!(jaccard(&empty, &empty), 0.0);
        let a: BTreeSet<_> = [1, 2].into();
        let b: BTreeSet<_> = [2, 3].into();
        assert!((jaccard(&a, &b) - 1.0 / 3.0).abs() < 1e-9);
    }
}
