//! How the `review repeats` answer looks in a terminal.

use crate::present::text::Render;
use crate::present::text::style::Style;
use crate::present::text::table::clip;
use crate::query::repeats::*;
use crate::text::words::count;

/// The widest a quote is shown, in columns.
const QUOTE_WIDTH: usize = 60;

impl PublishedReview {
    /// `checked 2026-11-22 by Desk (Pants on Fire) https://…`.
    pub fn line(&self) -> String {
        let mut line = format!("checked {}", self.published);
        let by = match (&self.publisher, self.ours) {
            (Some(name), true) => format!("{name} (ours)"),
            (Some(name), false) => name.clone(),
            (None, true) => "our desk".to_string(),
            (None, false) => "another desk".to_string(),
        };
        line.push_str(&format!(" by {by}"));
        if let Some(verdict) = &self.verdict {
            line.push_str(&format!(": {verdict}"));
        }
        if let Some(url) = &self.url {
            line.push_str(&format!(" {url}"));
        }
        line
    }
}

fn list(out: &mut String, style: &Style, repeats: &[Repeat]) {
    let mut claim: Option<&str> = None;
    for repeat in repeats {
        if claim != Some(repeat.claim.id.as_str()) {
            claim = Some(&repeat.claim.id);
            out.push_str(&format!(
                "\n{} {}\n  {}\n",
                style.bold(&repeat.claim.id),
                repeat.claim.label(),
                style.dim(&repeat.review.line())
            ));
        }
        let s = &repeat.statement;
        let date = s.date.map(|d| d.to_string()).unwrap_or_default();
        let mut how = vec![style.stance(s.stance)];
        if let Some(channel) = &s.channel {
            how.push(channel.name().to_string());
        }
        if !s.hops.is_empty() {
            let hops: Vec<String> = s.hops.iter().map(|h| h.name.clone()).collect();
            how.push(format!("via {}", hops.join(" ← ")));
        }
        let place = match &s.outlet {
            Some(outlet) => format!("{} ({})", s.document.id, outlet.name),
            None => s.document.id.clone(),
        };
        out.push_str(&format!(
            "  {date}  {} · {} · {place} {}\n        “{}”\n",
            s.speaker.name,
            how.join(", "),
            style.dim(&format!("[{}]", s.statement)),
            clip(&s.quote, QUOTE_WIDTH)
        ));
    }
}

impl Render for Repeats {
    fn render(&self, style: &Style) -> String {
        let mut out = format!(
            "{} after their fact-check, over {}",
            count(self.repeats.len(), "repeat"),
            count(self.checked_claims, "checked claim")
        );
        if !self.unsure.is_empty() {
            out.push_str(&format!("; {} unsure", self.unsure.len()));
        }
        if self.undated > 0 {
            out.push_str(&format!(
                "; {} not judged",
                count(self.undated, "undated statement")
            ));
        }
        out.push('\n');
        if self.checked_claims == 0 {
            out.push_str("No claim has a published review with a date yet.\n");
        } else if self.repeats.is_empty() && self.unsure.is_empty() {
            out.push_str("No checked claim was stated again after its review.\n");
        }
        list(&mut out, style, &self.repeats);
        if !self.unsure.is_empty() {
            out.push_str(&format!(
                "\n{}\n",
                style.bold(
                    "Unsure: dated in a period the review's date falls in, so either side of it"
                )
            ));
            list(&mut out, style, &self.unsure);
        }
        out
    }
}
