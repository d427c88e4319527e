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
