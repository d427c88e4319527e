//! Layer 8: how answers look to people.
//!
//! [`text`] renders answers for the terminal; [`brief`] builds the
//! fact-check brief and prints it as Markdown or HTML; [`view`] writes the
//! offline interactive page of a part of the graph.

pub mod brief;
pub mod text;
pub mod view;

use crate::query::Ref;

/// A speaker as answers name it: `who — role (member of A → B → C)`, the
/// role and the affiliation path only when the data gives them. The
/// terminal's `trace` and `origins` and the brief all say it this way.
pub fn speaker_with_affiliation(who: &str, role: Option<&str>, member_of: &[Ref]) -> String {
    let mut line = who.to_string();
    if let Some(role) = role {
        line.push_str(&format!(" — {role}"));
    }
    if !member_of.is_empty() {
        let path: Vec<&str> = member_of.iter().map(|r| r.name.as_str()).collect();
        line.push_str(&format!(" (member of {})", path.join(" → ")));
    }
    line
}
