//! How the `similar` answer looks in a terminal.

use crate::present::text::Render;
use crate::present::text::style::Style;
use crate::query::similar::*;
use crate::text::words::count;

impl Reason {
    /// The reason in words: `English words 0.40 (armenian, residential)`.
    pub fn describe(&self) -> String {
        let what = match self.signal {
            Signal::Entities => "shared entities".to_string(),
            Signal::Triple => "triple".to_string(),
            Signal::Speakers => "same speakers".to_string(),
            Signal::Months => "same months".to_string(),
            Signal::EnglishWords => "English words".to_string(),
            Signal::OriginalWords => {
                format!("{} words", self.language.as_deref().unwrap_or("original"))
            }
            Signal::Numbers => {
                return format!(
                    "numbers in common +{} ({})",
                    self.value,
                    self.shared.join(", ")
                );
            }
            Signal::NumbersDiffer => return "numbers differ".to_string(),
            Signal::NegationDiffers => {
                return format!("only {} negates", self.shared.join(", "));
            }
        };
        if self.shared.is_empty() {
            format!("{what} {:.2}", self.value)
        } else {
            format!("{what} {:.2} ({})", self.value, self.shared.join(", "))
        }
    }
}

impl Side {
    fn line(&self, style: &Style) -> String {
        let documents = if self.documents.is_empty() {
            "no document".to_string()
        } else {
            self.documents.join(", ")
        };
        format!(
            "   {}  {}\n      {}\n",
            style.bold(&self.claim.id),
            style.dim(&format!("[{documents}]")),
            self.claim.label()
        )
    }
}

impl Render for Similar {
    fn render(&self, style: &Style) -> String {
        let shown = if self.total > self.pairs.len() {
            format!(", {} shown", self.pairs.len())
        } else {
            String::new()
        };
        let mut out = format!(
            "{}{shown} (scored {}; left out: {} already related, {} stated in one document, {} opposed (a figure differs, or only one negates); least score {:.2})\n",
            count(self.total, "suggested same-as pair"),
            count(self.compared, "candidate pair"),
            self.already_related,
            self.same_document,
            self.opposed,
            self.min_score
        );
        if self.pairs.is_empty() {
            out.push_str("No pair of claims looks alike enough.\n");
            return out;
        }
        for pair in &self.pairs {
            out.push('\n');
            let mutual = if pair.mutual_best {
                " · each other's best match"
            } else {
                ""
            };
            out.push_str(&format!("{}. score {:.3}{mutual}\n", pair.rank, pair.score));
            out.push_str(&pair.a.line(style));
            out.push_str(&pair.b.line(style));
            let reasons: Vec<String> = pair.reasons.iter().map(Reason::describe).collect();
            out.push_str(&format!("   why: {}\n", reasons.join("; ")));
        }
        out.push_str(
            "\nNothing is written. To record pairs as SameAs relations: \
             claimgraph similar --write --pick RANK [--pick RANK …] [--dry-run]\n",
        );
        out
    }
}

impl Render for crate::edit::relations::WrittenRelations {
    fn render(&self, _style: &Style) -> String {
        let lines: Vec<String> = self
            .added
            .iter()
            .map(|r| format!("  #{}: {} same as {}\n", r.rank, r.from.id, r.to.id))
            .collect();
        match &self.diff {
            Some(diff) => format!("{diff}(dry run: {} not written)\n", self.file.display()),
            None => format!(
                "{}: added {}\n{}",
                self.file.display(),
                count(self.added.len(), "SameAs relation"),
                lines.concat()
            ),
        }
    }
}
