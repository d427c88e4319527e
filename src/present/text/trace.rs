//! How the `trace` answer looks in a terminal.

use crate::present::speaker_with_affiliation;
use crate::present::text::Render;
use crate::present::text::style::Style;
use crate::present::text::tree::Tree;
use crate::query::trace::*;

impl Chain {
    /// The speaker's node of a trace tree: who, what role, what stance, the quote.
    pub fn speaker_tree(&self, style: &Style) -> Tree {
        let who = speaker_with_affiliation(
            &style.bold(&self.speaker.label()),
            self.role.as_deref(),
            &self.affiliation.chain,
        );
        let mut facts = vec![style.stance(self.stance)];
        facts.extend(self.date.map(|d| d.to_string()));
        facts.extend(self.channel.as_ref().map(channel_name));
        facts.push(style.dim(&self.statement));
        let mut label = format!("{who}\n{}\n“{}”", facts.join(" · "), self.quote);
        if let Some(translation) = &self.translation {
            label.push_str(&format!("\n{}", style.dim(&format!("= “{translation}”"))));
        }
        Tree::new(label)
    }
}

impl Render for Trace {
    fn render(&self, style: &Style) -> String {
        let mut out = self.claim.render(style);
        if self.documents.is_empty() {
            out.push_str("No document carries this claim yet.\n");
        }
        for doc in &self.documents {
            let mut head = vec![style.bold(&doc.source.id)];
            head.extend(
                doc.outlet
                    .as_ref()
                    .map(|o| format!("published by {}", o.label())),
            );
            head.extend(doc.date.map(|d| d.to_string()));
            if !doc.via.is_empty() {
                head.push(format!(
                    "credits {}",
                    doc.via
                        .iter()
                        .map(|v| v.name.clone())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            let mut head = head.join(" · ");
            // An untitled source is named by its id, already at the start.
            if doc.source.name != doc.source.id {
                head.push('\n');
                head.push_str(&style.dim(&doc.source.name));
            }
            let mut root = Tree::new(head);
            for chain in &doc.chains {
                let mut node = chain.speaker_tree(style);
                for hop in chain.hops.iter().rev() {
                    node = Tree::new(format!("via {}", hop.label())).child(node);
                }
                root = root.child(node);
            }
            out.push('\n');
            out.push_str(&root.render());
        }
        out
    }
}

impl Render for ClaimHeader {
    fn render(&self, style: &Style) -> String {
        let mut out = format!(
            "{} {}\n",
            style.bold(&format!("Claim {}:", self.id)),
            self.text
        );
        for (lang, text) in &self.original {
            out.push_str(&format!("  {lang}: {text}\n"));
        }
        out
    }
}
