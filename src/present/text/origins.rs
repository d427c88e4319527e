//! How the `origins` answer looks in a terminal.

use crate::present::speaker_with_affiliation;
use crate::present::text::Render;
use crate::present::text::style::Style;
use crate::present::text::tree::Tree;
use crate::query::origins::*;
use crate::text::words::count;

impl Render for Origins {
    fn render(&self, style: &Style) -> String {
        let h = &self.headline;
        let mut out = self.claim.render(style);
        out.push_str(&format!(
            "\n{} · {} · echo ratio {}\n",
            count(h.repeating_outlets, "repeating outlet"),
            count(h.independent_origins, "independent origin"),
            h.echo_ratio
                .map_or("n/a".to_string(), |r| format!("{r:.2}")),
        ));
        if !h.independent.is_empty() {
            let names: Vec<String> = h.independent.iter().map(|r| r.name.clone()).collect();
            out.push_str(&format!(
                "  independent origins (affiliations with a speaker who affirms or hedges it): {}\n",
                names.join(", ")
            ));
        }
        if let Some(first) = &h.first {
            out.push_str(&format!("  first stated {}\n", first.stated()));
        }
        for split in &h.stance_split {
            let places: Vec<String> = split.places.iter().map(ToString::to_string).collect();
            out.push_str(&format!(
                "  {}: {} by {} ({})\n",
                style.stance(split.stance),
                count(split.statements, "statement"),
                count(split.speakers, "speaker"),
                places.join(", "),
            ));
        }
        for group in &self.groups {
            let counted = if group.independent {
                "independent origin"
            } else {
                "not an origin: no speaker affirms or hedges it"
            };
            let mut tree = Tree::new(format!(
                "\n{} [{}] · {counted}",
                style.bold(&group.affiliation.label()),
                group.place
            ));
            for origin in &group.origins {
                let stances = origin
                    .stances
                    .iter()
                    .map(|s| style.stance(*s))
                    .collect::<Vec<_>>()
                    .join(", ");
                let outlets = match origin.outlets.len() {
                    0 => "no outlet".to_string(),
                    n => format!(
                        "{}: {}",
                        count(n, "outlet"),
                        origin
                            .outlets
                            .iter()
                            .map(|o| o.name.clone())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                };
                let who = speaker_with_affiliation(
                    &origin.speaker.label(),
                    origin.role.as_deref(),
                    &origin.member_of,
                );
                let first = origin
                    .first_date
                    .map_or(String::new(), |d| format!(" · first {d}"));
                tree = tree.child(Tree::new(format!("{who} · {stances} · {outlets}{first}")));
            }
            out.push_str(&tree.render());
        }
        out
    }
}
