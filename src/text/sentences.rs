//! Splitting a source text into sentences, so that `coverage` can say which
//! of them no quote touches.
//!
//! News pages break lines between headline, caption and paragraph, and end
//! sentences with `.`, `!`, `?` or the Arabic `؟`. The seeds also run
//! sentences together without a space ("السرعة.بالإضافة") while domain names
//! keep their dots ("pl.sputniknews.com"), so a full stop ends a sentence
//! when whitespace follows it or when Arabic letters stand on both sides.
//! Two dots ("بالفيديو.. لحظة") join a kicker to its headline and an
//! ellipsis marks words left out, so neither ends a sentence.

use std::ops::Range;

/// Byte ranges of the sentences of `text`, trimmed, in order. Pieces without
/// a letter or digit (rules, stars, blank lines) are not sentences.
///
/// # Example
/// ```
/// use claimgraph::text::sentences::sentences;
/// let text = "قال الخبير: هذا صحيح.وأضاف أنه خطأ؟ انظر pl.sputniknews.com\nعنوان";
/// let found: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
/// assert_eq!(found, ["قال الخبير: هذا صحيح.", "وأضاف أنه خطأ؟", "انظر pl.sputniknews.com", "عنوان"]);
/// ```
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        split_line(line, line_start, &mut out);
        line_start += line.len();
    }
    out
}

fn split_line(line: &str, base: usize, out: &mut Vec<Range<usize>>) {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        if !is_terminal(c) {
            i += 1;
            continue;
        }
        let run_end = chars[i..]
            .iter()
            .position(|&(_, c)| !is_terminal(c))
            .map_or(chars.len(), |n| i + n);
        let dots_only = chars[i..run_end].iter().all(|&(_, c)| c == '.');
        let ends = if dots_only {
            run_end - i == 1 && full_stop_ends(&chars, i)
        } else {
            true
        };
        let mut end = run_end;
        if ends {
            while end < chars.len() && is_closing(chars[end].1) {
                end += 1;
            }
            let cut = chars.get(end).map_or(line.len(), |&(at, _)| at);
            push(line, base, start..cut, out);
            start = cut;
        }
        i = end.max(i + 1);
    }
    push(line, base, start..line.len(), out);
}

fn push(line: &str, base: usize, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let piece = &line[range.clone()];
    let leading = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if trimmed.chars().any(char::is_alphanumeric) {
        let from = base + range.start + leading;
        out.push(from..from + trimmed.len());
    }
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟')
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']')
}

/// A single full stop ends a sentence before whitespace or the end of the
/// line, or between two letters of a non-Latin script.
fn full_stop_ends(chars: &[(usize, char)], at: usize) -> bool {
    let Some(&(_, next)) = chars.get(at + 1) else {
        return true;
    };
    if next.is_whitespace() || is_closing(next) {
        return true;
    }
    let prev = at.checked_sub(1).map(|p| chars[p].1);
    let arabic = |c: char| c.is_alphabetic() && !c.is_ascii();
    prev.is_some_and(arabic) && arabic(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn lines_and_full_stops_end_sentences() {
        assert_eq!(
            split("عنوان\n\nالجملة الأولى. الجملة الثانية.\n"),
            ["عنوان", "الجملة الأولى.", "الجملة الثانية."]
        );
    }

    #[test]
    fn a_missing_space_after_a_full_stop_still_ends_an_arabic_sentence() {
        assert_eq!(
            split("بهذه السرعة.بالإضافة إلى ذلك"),
            ["بهذه السرعة.", "بالإضافة إلى ذلك"]
        );
    }

    #[test]
    fn domains_numbers_and_latin_abbreviations_keep_their_dots() {
        assert_eq!(
            split("نشرت pl.sputniknews.com و info9.ge نحو 3.5 مليون"),
            ["نشرت pl.sputniknews.com و info9.ge نحو 3.5 مليون"]
        );
    }

    #[test]
    fn two_dots_and_ellipses_do_not_end_a_sentence() {
        assert_eq!(
            split("بالفيديو.. لحظة هروب الجيش"),
            ["بالفيديو.. لحظة هروب الجيش"]
        );
        assert_eq!(
            split("“لمكافحة الإرهاب… لنزع سلاح” قالت... ثم"),
            ["“لمكافحة الإرهاب… لنزع سلاح” قالت... ثم"]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            split("قالت إن “الوضع مستقر.” ثم أضافت؟ نعم"),
            ["قالت إن “الوضع مستقر.”", "ثم أضافت؟", "نعم"]
        );
    }

    #[test]
    fn pieces_without_letters_are_not_sentences() {
        assert_eq!(split(" * \n---\n.\nنص"), ["نص"]);
        assert!(sentences("").is_empty());
    }

    #[test]
    fn ranges_are_byte_offsets_into_the_whole_text() {
        let text = "أ.\nب ج؟";
        let ranges = sentences(text);
        assert_eq!(ranges.len(), 2);
        assert_eq!(&text[ranges[1].clone()], "ب ج؟");
    }
}
