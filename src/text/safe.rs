//! Text from the data made safe to show or to name files by.
//!
//! Data is hostile: a name may hold terminal escapes, bidirectional
//! overrides or line breaks. [`printable`] makes such characters visible,
//! [`one_line`] keeps a text to one line of a comment, and [`file_stem`]
//! turns a file name into a stem fit for the names of files the tool writes.

/// Whether `c` is a control character or a bidirectional-formatting mark:
/// characters that change how text displays rather than what it says.
pub fn is_hostile(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` with control and bidirectional-formatting characters written as
/// `\u{…}`, so that data cannot rewrite or reorder the terminal it is shown on.
/// Line breaks are kept.
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c != '\n' && is_hostile(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// [`printable`] on one line: line breaks written as `\n` too, as a name
/// cited in a `//` comment needs.
pub fn printable_line(text: &str) -> String {
    printable(text).replace('\n', "\\n")
}

/// `text` on one line with every control character (line breaks included)
/// made a space, for a `//` comment that quotes the data.
pub fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// A file-name-safe stem: lower case ASCII letters and digits, with every
/// run of anything else made one `-` and none at the ends; `"file"` when
/// nothing is left (as for a name in Arabic script).
pub fn file_stem(raw: &str) -> String {
    let dashed: String = raw
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let stem = dashed
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if stem.is_empty() { "file".into() } else { stem }
}

/// Whether `c` is invisible or reorders text without being seen: the
/// bidirectional embeddings, overrides and isolates of Trojan Source
/// (U+202A–U+202E, U+2066–U+2069), zero-width and other blank characters
/// (U+200B, U+2060–U+2064, U+FEFF, soft hyphen, Hangul fillers…). Other
/// control characters are left to [`printable`], which shows them. The marks that
/// Arabic and Persian text uses on purpose (U+200C/U+200D joiners, the
/// U+200E/U+200F/U+061C marks) are not counted.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{200B}'
            | '\u{2060}'..='\u{2064}'
            | '\u{FEFF}'
            | '\u{00AD}'
            | '\u{034F}'
            | '\u{180E}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{3164}'
            | '\u{FFA0}'
    )
}

/// The first [`is_invisible`] character of `text`.
pub fn first_invisible(text: &str) -> Option<char> {
    text.chars().find(|&c| is_invisible(c))
}

/// The script of a letter that looks like a Latin one, when it is not
/// Latin: Cyrillic or Greek.
fn lookalike_script(c: char) -> Option<&'static str> {
    match c {
        '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}' => Some("Greek"),
        '\u{0400}'..='\u{052F}' => Some("Cyrillic"),
        _ => None,
    }
}

fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '\u{00C0}'..='\u{024F}' if c.is_alphabetic())
}

/// The first letter of a word of `text` that mixes Latin letters with
/// Cyrillic or Greek ones (homoglyphs: `pаris` with a Cyrillic `а`), and
/// its script. A word wholly in one script is not mixed.
pub fn mixed_script(text: &str) -> Option<(char, &'static str)> {
    // Most names and quotes hold no Greek or Cyrillic letter at all; telling
    // so is a range test per char, where splitting into words asks the
    // Unicode tables about every Arabic letter.
    if !text.chars().any(|c| lookalike_script(c).is_some()) {
        return None;
    }
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| word.chars().any(is_latin))
        .find_map(|word| {
            word.chars()
                .find_map(|c| lookalike_script(c).map(|s| (c, s)))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_means_controls_and_bidi_marks() {
        assert!(is_hostile('\u{1b}'));
        assert!(is_hostile('\n'));
        assert!(is_hostile('\u{202E}'));
        assert!(is_hostile('\u{2067}'));
        assert!(is_hostile('\u{061C}'));
        assert!(!is_hostile('ب'));
        assert!(!is_hostile(' '));
    }

    #[test]
    fn printable_escapes_controls_and_bidi_but_keeps_arabic() {
        assert_eq!(printable("a\u{1b}[2J\u{202E}ب"), "a\\u{1b}[2J\\u{202e}ب");
        assert_eq!(printable("a\nb"), "a\nb");
    }

    #[test]
    fn printable_lines_escape_line_breaks_too() {
        assert_eq!(printable_line("a\n]\u{202e}.json"), "a\\n]\\u{202e}.json");
    }

    #[test]
    fn invisible_means_trojan_source_and_zero_width_not_arabic_marks() {
        assert_eq!(first_invisible("ab\u{202E}c"), Some('\u{202E}'));
        assert_eq!(first_invisible("a\u{200B}b"), Some('\u{200B}'));
        assert_eq!(first_invisible("x\u{2066}"), Some('\u{2066}'));
        assert_eq!(first_invisible("a\u{1b}"), None);
        assert_eq!(first_invisible("قال\u{200F} \u{200C}\nx\ty"), None);
    }

    #[test]
    fn mixed_scripts_are_latin_words_with_greek_or_cyrillic_letters() {
        assert_eq!(mixed_script("P\u{0430}ris"), Some(('\u{0430}', "Cyrillic")));
        assert_eq!(mixed_script("N\u{03BF}rth"), Some(('\u{03BF}', "Greek")));
        assert_eq!(mixed_script("Москва Paris"), None);
        assert_eq!(mixed_script("Αθήνα"), None);
        assert_eq!(mixed_script("وزارة Défense"), None);
    }

    #[test]
    fn one_line_makes_controls_spaces() {
        assert_eq!(one_line("قال\nx\ty"), "قال x y");
        assert_eq!(one_line("\u{202E}ok"), "\u{202E}ok");
    }

    #[test]
    fn stems_are_safe_file_names() {
        assert_eq!(file_stem("Full Fact feed (2)"), "full-fact-feed-2");
        assert_eq!(file_stem("تحقق"), "file");
        assert_eq!(file_stem("--x--"), "x");
        assert_eq!(file_stem(""), "file");
    }
}
