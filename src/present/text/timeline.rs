//! How the `timeline` answer looks in a terminal.

use crate::present::text::Render;
use crate::present::text::style::Style;
use crate::present::text::table::{clip, table};
use crate::query::timeline::*;
use crate::text::words::count;

/// The widest a quote is shown in the list, in columns.
const QUOTE_WIDTH: usize = 48;

impl First {
    /// `by A on 2020-09-28`, or for a tie `on 2020-09-28 by A, B`.
    pub fn stated(&self) -> String {
        let names: Vec<String> = self.speakers.iter().map(|s| s.name.clone()).collect();
        if self.statements.len() > 1 {
            format!("on {} by {}", self.date, names.join(", "))
        } else {
            format!("by {} on {}", names.join(", "), self.date)
        }
    }

    /// The statement ids in brackets: `(s001-01, s004-02)`.
    fn ids(&self, style: &Style) -> String {
        style.dim(&format!("({})", self.statements.join(", ")))
    }
}

impl Entry {
    /// One row of the list.
    fn row(&self) -> Vec<String> {
        let date = match (self.date, self.date_from) {
            (Some(d), Some(DateFrom::Document)) => format!("{d} †"),
            (Some(d), _) => d.to_string(),
            (None, _) => "—".to_string(),
        };
        let mut how: Vec<String> = self.channel.iter().map(|c| c.name().to_string()).collect();
        if !self.hops.is_empty() {
            let hops: Vec<String> = self.hops.iter().map(|h| h.name.clone()).collect();
            how.push(format!("via {}", hops.join(" ← ")));
        }
        vec![
            date,
            self.speaker.name.clone(),
            self.stance.to_string(),
            how.join(", "),
            self.document.id.clone(),
            format!("“{}”", clip(&self.quote, QUOTE_WIDTH)),
        ]
    }
}

impl Render for Timeline {
    fn render(&self, style: &Style) -> String {
        let mut out = self.claim.render(style);
        if self.dated.is_empty() && self.undated.is_empty() {
            out.push_str("No document carries this claim yet.\n");
            return out;
        }
        let Some(overall) = &self.first.overall else {
            out.push_str(&format!(
                "No dated statement: {}.\n",
                count(self.undated.len(), "undated statement")
            ));
            self.list_undated(style, &mut out);
            return out;
        };
        out.push_str(&format!(
            "\nfirst stated {} {}\n",
            overall.stated(),
            overall.ids(style)
        ));
        for p in &self.first.by_place {
            out.push_str(&format!(
                "  first for {}: {} {}\n",
                p.place,
                p.first.stated(),
                p.first.ids(style)
            ));
        }
        for o in &self.first.by_origin {
            out.push_str(&format!(
                "  first from independent origin {}: {} {}\n",
                o.affiliation.name,
                o.first.stated(),
                o.first.ids(style)
            ));
        }
        let header = [
            "date",
            "speaker",
            "stance",
            "channel / relays",
            "document",
            "quote",
        ];
        let rows = self.dated.iter().map(Entry::row).collect();
        out.push('\n');
        out.push_str(&table(style, &header, rows));
        if self
            .dated
            .iter()
            .any(|e| e.date_from == Some(DateFrom::Document))
        {
            out.push_str(&style.dim("† the document's date: the statement gives none"));
            out.push('\n');
        }
        let unit = match self.counts.period {
            Period::Month => "per month",
            Period::Day => "per day",
        };
        let periods: Vec<String> = self
            .counts
            .periods
            .iter()
            .map(|p| format!("{}: {}", p.period, p.statements))
            .collect();
        out.push_str(&format!("{unit}: {}\n", periods.join(" · ")));
        self.list_undated(style, &mut out);
        out
    }
}

impl Timeline {
    /// The undated statements, apart from the list.
    fn list_undated(&self, style: &Style, out: &mut String) {
        if self.undated.is_empty() {
            return;
        }
        out.push_str(&format!(
            "\n{} (no date, neither the statement's nor its document's):\n",
            count(self.undated.len(), "undated statement")
        ));
        let header = [
            "date",
            "speaker",
            "stance",
            "channel / relays",
            "document",
            "quote",
        ];
        let rows = self.undated.iter().map(Entry::row).collect();
        out.push_str(&table(style, &header, rows));
    }
}
