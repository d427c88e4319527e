//! How the `import` answer looks in a terminal.

use crate::import::report::*;
use crate::present::text::Render;
use crate::present::text::style::Style;
use crate::text::words::count;

impl Render for ImportReport {
    fn render(&self, style: &Style) -> String {
        let mut out = format!(
            "import {}: {} read; ",
            self.format,
            count(self.reviews_read, "review")
        );
        out.push_str(&match (self.dry_run, self.files.len()) {
            (true, 0) => "dry run, nothing would be written\n".to_string(),
            (true, n) => format!(
                "dry run, {} would be written, nothing was\n",
                count(n, "file")
            ),
            (false, 0) => "nothing to write\n".to_string(),
            (false, n) => format!("{} written\n", count(n, "file")),
        });
        if !self.created.is_empty() {
            out.push_str(&format!("\n{}\n", style.bold("created")));
            for c in &self.created {
                out.push_str(&format!(
                    "  {:<7} {}  {}\n          {} · from {}\n",
                    c.kind, c.id, c.name, c.file, c.from
                ));
            }
        }
        if !self.matched.is_empty() {
            out.push_str(&format!(
                "\n{}\n",
                style.bold("matched to existing records")
            ));
            for m in &self.matched {
                out.push_str(&format!(
                    "  {:<7} \"{}\" → {} (by {}) · from {}\n",
                    m.kind.name(),
                    m.input,
                    m.id,
                    m.by,
                    m.from
                ));
            }
        }
        if !self.skipped.is_empty() {
            out.push_str(&format!("\n{}\n", style.bold("skipped")));
            for s in &self.skipped {
                out.push_str(&format!("  {}: {}\n", s.from, s.reason));
            }
        }
        if !self.notes.is_empty() {
            out.push_str(&format!("\n{}\n", style.bold("notes")));
            for n in &self.notes {
                out.push_str(&format!("  {}: {}\n", n.from, n.note));
            }
        }
        if !self.files.is_empty() {
            out.push_str(&format!("\n{}\n", style.bold("files")));
            for f in &self.files {
                out.push_str(&format!("  {} ({})\n", f.path, count(f.records, "record")));
            }
        }
        for diff in self.files.iter().filter_map(|f| f.diff.as_ref()) {
            out.push('\n');
            out.push_str(diff);
        }
        out
    }
}
