//! Tables for listings, sized to the content so snapshots stay stable.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ContentArrangement, Table};

use crate::present::text::style::Style;

/// A table with a header row and the given rows.
pub fn table(header: &[&str], rows: Vec<Vec<String>>) -> String {
    let mut table = Table::new();
    table
        .load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(header.iter().map(|h| h.to_string()));
    for row in rows {
        table.add_row(row);
    }
    format!("{table}\n")
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clip_counts_characters_not_bytes() {
        assert_eq!(clip("إسكندر", 6), "إسكندر");
        assert_eq!(clip("إسكندر", 4), "إسك…");
        assert_eq!(clip("ab cd", 4), "ab…");
    }
}
