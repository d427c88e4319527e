//! How the `contradictions` answer looks in a terminal.

use crate::present::text::Render;
use crate::present::text::style::Style;
use crate::present::text::tree::Tree;
use crate::query::contradictions::*;

fn backer_tree(title: String, backers: &[Backer], reporters: &[Backer], style: &Style) -> Tree {
    let mut tree = Tree::new(title);
    if backers.is_empty() {
        tree = tree.child(Tree::new(style.dim(&nobody(reporters))));
    }
    for b in backers {
        tree = tree.child(Tree::new(format!(
            "{} [{}] {} · {}",
            b.speaker.label(),
            b.place,
            style.stance(b.stance),
            style.dim(&b.statement)
        )));
    }
    tree
}

/// The line for a side nobody puts forward: who reports it, if anyone.
fn nobody(reporters: &[Backer]) -> String {
    if reporters.is_empty() {
        return "no speaker in the data".to_string();
    }
    let names: Vec<String> = reporters
        .iter()
        .map(|r| format!("{} ({})", r.speaker.name, r.statement))
        .collect();
    format!("no one affirms it; reported by {}", names.join(", "))
}

impl Render for Contradictions {
    fn render(&self, style: &Style) -> String {
        let mut out = String::new();
        out.push_str(&format!(
            "{} ({})\n",
            style.bold("Explicit contradictions"),
            self.explicit.len()
        ));
        for e in &self.explicit {
            let mut root = Tree::new(format!("{} ⟂ {}", e.from.claim.id, e.to.claim.id));
            if let Some(note) = &e.note {
                root = root.child(Tree::new(format!("note: {note}")));
            }
            root = root.child(backer_tree(
                format!("{}: {}", e.from.claim.id, e.from.claim.name),
                &e.from.backers,
                &e.from.reporters,
                style,
            ));
            root = root.child(backer_tree(
                format!("{}: {}", e.to.claim.id, e.to.claim.name),
                &e.to.backers,
                &e.to.reporters,
                style,
            ));
            if !e.grounds.is_empty() {
                root = root.child(Tree::new(format!("grounds: {}", e.grounds.join(", "))));
            }
            out.push_str(&root.render());
        }
        out.push_str(&format!(
            "\n{} ({})\n",
            style.bold("Implied (affirmed by some, denied by others)"),
            self.implied.len()
        ));
        for i in &self.implied {
            let root = Tree::new(format!("{}: {}", i.claim.id, i.claim.name))
                .child(backer_tree("affirming".into(), &i.affirming, &[], style))
                .child(backer_tree("denying".into(), &i.denying, &[], style));
            out.push_str(&root.render());
        }
        out
    }
}
