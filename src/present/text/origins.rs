//! How the `origins` answer looks in a terminal.

use crate::model::affiliation::UNKNOWN_SIDE;
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
        for split in &h.stance_split {
            out.push_str(&format!(
                "  {}: {} by {} ({})\n",
                style.stance(split.stance),
                count(split.statements, "statement"),
                count(split.speakers, "speaker"),
                split.sides.join(", "),
            ));
        }
        for group in &self.groups {
            let place = group.side_or_country().unwrap_or(UNKNOWN_SIDE);
            let mut tree = Tree::new(format!(
                "\n{} [{place}]",
                style.bold(&group.affiliation.label())
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
                tree = tree.child(Tree::new(format!(
                    "{} · {stances} · {outlets}",
                    origin.speaker.label()
                )));
            }
            out.push_str(&tree.render());
        }
        out
    }
}
