//! How the `review` answer looks in a terminal.

use crate::edit::review::*;
use crate::present::text::Render;
use crate::present::text::style::Style;

impl Render for Written {
    fn render(&self, _style: &Style) -> String {
        match &self.diff {
            Some(diff) => format!("{diff}(dry run: {} not written)\n", self.file.display()),
            None => format!("{}: {}\n", self.file.display(), self.changes.join("; ")),
        }
    }
}
