//! Language tags (BCP 47): the one place that knows how they are written,
//! compared, put in markup, and which way their script runs.
//!
//! The data's canonical language is [`CANONICAL`]: a record's `text` is in
//! it, and a review without a `language` is in it.

/// The language of every record's canonical `text`, and the default of a
/// review's `language`.
pub const CANONICAL: &str = "en";

/// A BCP 47 language tag in lower case with `-` between subtags, or `None`
/// for anything else (such as a language's name): `pt_BR` is `pt-br`.
pub fn normalise(text: &str) -> Option<String> {
    let text = text.trim();
    let mut parts = text.split(['-', '_']);
    let primary = parts.next()?;
    let primary_ok =
        (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_alphabetic());
    let rest_ok =
        parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    (primary_ok && rest_ok).then(|| text.replace('_', "-").to_ascii_lowercase())
}

/// The primary language subtag of `tag`, as written: `ar` of `ar-EG`.
pub fn primary_subtag(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

/// Whether two tags name the same language, whatever the region or script
/// and the case: `ar-EG` and `AR` do.
pub fn same_language(a: &str, b: &str) -> bool {
    primary_subtag(a).eq_ignore_ascii_case(primary_subtag(b))
}

/// `lang` when it is fit to put in a markup attribute as it is: letters,
/// digits and hyphens only, at most 35 characters. Anything else is dropped
/// rather than escaped, as it is no language.
pub fn attribute_safe(lang: &str) -> Option<&str> {
    let valid = !lang.is_empty()
        && lang.len() <= 35
        && lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    valid.then_some(lang)
}

/// Languages written right to left, by primary subtag.
const RIGHT_TO_LEFT: &[&str] = &[
    "ar", "arc", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "syr", "ug", "ur", "yi",
];

/// Which way a language runs: `Some("rtl")`, `Some("ltr")`, or `None` when
/// the language is unknown and the reader should work it out from the text.
/// The values are those of HTML's `dir` attribute.
pub fn direction(lang: Option<&str>) -> Option<&'static str> {
    let primary = primary_subtag(lang?).to_ascii_lowercase();
    Some(if RIGHT_TO_LEFT.contains(&primary.as_str()) {
        "rtl"
    } else {
        "ltr"
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_normalised_and_names_are_not_tags() {
        assert_eq!(normalise("en"), Some("en".into()));
        assert_eq!(normalise(" pt_BR "), Some("pt-br".into()));
        assert_eq!(normalise("zh-Hant-TW"), Some("zh-hant-tw".into()));
        assert_eq!(normalise("English"), None);
        assert_eq!(normalise("a"), None);
        assert_eq!(normalise("en-"), None);
        assert_eq!(normalise(""), None);
    }

    #[test]
    fn primary_subtags_and_same_languages() {
        assert_eq!(primary_subtag("ar-EG"), "ar");
        assert_eq!(primary_subtag("pt_BR"), "pt");
        assert_eq!(primary_subtag("fa"), "fa");
        assert_eq!(primary_subtag(""), "");
        assert!(same_language("ar-EG", "AR"));
        assert!(same_language("en-gb", CANONICAL));
        assert!(!same_language("fa", "ar"));
    }

    #[test]
    fn only_plain_tags_are_attribute_safe() {
        assert_eq!(attribute_safe("zh-Hant"), Some("zh-Hant"));
        assert_eq!(attribute_safe("en\" onclick=\"x"), None);
        assert_eq!(attribute_safe(&"a".repeat(36)), None);
        assert_eq!(attribute_safe(""), None);
    }

    #[test]
    fn arabic_runs_right_to_left_and_unknown_languages_are_left_to_the_reader() {
        assert_eq!(direction(Some("ar")), Some("rtl"));
        assert_eq!(direction(Some("ar-EG")), Some("rtl"));
        assert_eq!(direction(Some("FA")), Some("rtl"));
        assert_eq!(direction(Some("ur_PK")), Some("rtl"));
        assert_eq!(direction(Some("en")), Some("ltr"));
        assert_eq!(direction(None), None);
    }
}
