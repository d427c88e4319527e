//! Tables for listings: sized to the content, and wrapped to fit when the
//! caller gives a width ([`Style::width`]).

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ColumnConstraint, ContentArrangement, Table};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::present::text::style::{Style, is_marker};

/// A table with a header row and the given rows, its cells wrapped so that
/// no line is wider than `style.width` columns (when one is given; else
/// every cell stays on one line).
pub fn table(style: &Style, header: &[&str], rows: Vec<Vec<String>>) -> String {
    let mut table = Table::new();
    table
        .load_style(UTF8_FULL_CONDENSED)
        .set_header(header.iter().map(|h| h.to_string()));
    match style.width {
        Some(width) => {
            table
                .set_content_arrangement(ContentArrangement::Dynamic)
                .set_width(width);
            for (i, whole) in whole_columns(header, &rows, width).into_iter().enumerate() {
                if let (true, Some(column)) = (whole, table.column_mut(i)) {
                    column.set_constraint(ColumnConstraint::ContentWidth);
                }
            }
        }
        None => {
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
    };
    for row in rows {
        table.add_row(row.iter().map(|cell| unjoined(cell)));
    }
    let mut out = String::new();
    for line in rejoined(&table.to_string()).lines() {
        out.push_str(&repadded(line));
        out.push('\n');
    }
    out
}

/// A table line with, after each cell holding style markers (which the
/// layout counted as a column each but which draw nothing), one space per
/// marker, so coloured rows keep their borders in line.
fn repadded(line: &str) -> String {
    if !line.chars().any(is_marker) {
        return line.to_string();
    }
    let mut out = String::with_capacity(line.len() + 8);
    let mut markers = 0;
    for c in line.chars() {
        if matches!(c, '│' | '┆') {
            out.extend(std::iter::repeat_n(' ', markers));
            markers = 0;
        } else if is_marker(c) {
            markers += 1;
        }
        out.push(c);
    }
    out.extend(std::iter::repeat_n(' ', markers));
    out
}

/// The line under a list cut by `--limit`, or nothing when nothing was cut.
pub fn more_hint(style: &Style, more: usize) -> String {
    if more == 0 {
        return String::new();
    }
    style.dim(&format!("… {more} more; raise --limit to see them\n"))
}

/// `text` cut to at most `max` characters, with `…` marking the cut, for
/// cells that would otherwise stretch a table past any screen.
pub fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let kept: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end())
}

/// Which columns to keep unwrapped: columns of single words (ids, numbers,
/// kinds), narrowest first, while together they take at most two thirds of
/// `width`, so that the columns of prose do the wrapping.
fn whole_columns(header: &[&str], rows: &[Vec<String>], width: u16) -> Vec<bool> {
    let single: Vec<Option<usize>> = (0..header.len())
        .map(|i| {
            let mut widest = display_width(header[i]);
            for cell in rows.iter().filter_map(|r| r.get(i)) {
                if cell.contains(char::is_whitespace) {
                    return None;
                }
                widest = widest.max(display_width(cell));
            }
            Some(widest + 3)
        })
        .collect();
    let mut whole = vec![false; header.len()];
    if single.iter().all(Option::is_some) {
        return whole;
    }
    let mut narrowest: Vec<(usize, usize)> = single
        .iter()
        .enumerate()
        .filter_map(|(i, w)| w.map(|w| (w, i)))
        .collect();
    narrowest.sort();
    let mut left = usize::from(width) * 2 / 3;
    for (w, i) in narrowest {
        if w > left {
            break;
        }
        left -= w;
        whole[i] = true;
    }
    whole
}

/// The columns a terminal draws `text` in: one or two per character, as
/// terminals draw without shaping (so a lam-alef ligature `لا`, which
/// [`UnicodeWidthStr`] counts as one column, takes two).
pub fn display_width(text: &str) -> usize {
    text.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// `text` with a zero-width non-joiner (U+200C) wherever [`UnicodeWidthStr`]
/// would count a ligature (lam-alef, `لا`) narrower than its letters.
/// Terminals draw the letters one per column, and the table layout measures
/// with [`UnicodeWidthStr`]; unjoined, both agree and the borders stay in
/// line. [`rejoined`] takes the marks out of the laid-out table again.
fn unjoined(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    for c in text.chars() {
        let alone = c.width().unwrap_or(0);
        let mut joined = word.clone();
        joined.push(c);
        if joined.width() < word.width() + alone {
            out.push('\u{200C}');
            word.clear();
        }
        if c.is_whitespace() {
            word.clear();
        } else {
            word.push(c);
        }
        out.push(c);
    }
    out
}

/// `text` without the non-joiners [`unjoined`] put in (those between two
/// letters that would otherwise be counted as one ligature), so the table's
/// text is the data's, for copying and `grep`. A terminal draws the letters
/// in the same columns either way.
fn rejoined(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{200C}'
            && let Some(&next) = chars.peek()
        {
            let mut joined = word.clone();
            joined.push(next);
            if joined.width() < word.width() + next.width().unwrap_or(0) {
                word.clear();
                continue;
            }
        }
        if c.is_whitespace() {
            word.clear();
        } else {
            word.push(c);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lam_alef_rows_stay_in_line() {
        let style = Style::new(false);
        let shown = table(
            &style,
            &["name", "n"],
            vec![
                vec!["ممر لاتشين".into(), "1".into()],
                vec!["ممر".into(), "2".into()],
            ],
        );
        assert!(
            shown.contains("ممر لاتشين"),
            "the data's text is kept: {shown}"
        );
        let widths: Vec<usize> = shown.lines().map(display_width).collect();
        assert!(
            widths.iter().all(|w| *w == widths[0]),
            "{shown}\n{widths:?}"
        );
    }

    #[test]
    fn coloured_cells_stay_in_line() {
        let style = Style::new(true);
        let shown = table(
            &style,
            &["stance", "n"],
            vec![
                vec![style.stance(crate::model::Stance::Denies), "1".into()],
                vec!["plain".into(), "2".into()],
            ],
        );
        let drawn =
            |l: &str| display_width(&l.chars().filter(|c| !is_marker(*c)).collect::<String>());
        let widths: Vec<usize> = shown.lines().map(drawn).collect();
        assert!(
            widths.iter().all(|w| *w == widths[0]),
            "{shown}\n{widths:?}"
        );
    }

    #[test]
    fn a_width_wraps_cells_to_fit() {
        let style = Style::new(false).with_width(Some(30));
        let long = "word ".repeat(20);
        let shown = table(&style, &["a", "text"], vec![vec!["x".into(), long]]);
        assert!(shown.lines().count() > 3, "{shown}");
        assert!(shown.lines().all(|l| display_width(l) <= 30), "{shown}");
    }

    #[test]
    fn clip_counts_characters_not_bytes() {
        assert_eq!(clip("إسكندر", 6), "إسكندر");
        assert_eq!(clip("إسكندر", 4), "إسك…");
        assert_eq!(clip("ab cd", 4), "ab…");
    }
}
