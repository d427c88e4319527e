//! How the `show` answer looks in a terminal.

use crate::present::text::Render;
use crate::present::text::style::Style;
use crate::query::Ref;
use crate::query::show::*;
use crate::text::words::count;
use serde_json::Value;

fn scalar(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => "—".into(),
        Value::Array(items) => items.iter().map(scalar).collect::<Vec<_>>().join(", "),
        Value::Object(map) if map.contains_key("id") && map.contains_key("name") => {
            let id = scalar(&map["id"]);
            let mut name = scalar(&map["name"]);
            if let Some(Value::String(original)) = map.get("original")
                && *original != name
            {
                name = format!("{name} · {original}");
            }
            if name == id {
                id
            } else {
                format!("{name} ({id})")
            }
        }
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| format!("{k}: {}", scalar(v)))
            .collect::<Vec<_>>()
            .join("; "),
        other => other.to_string(),
    }
}

impl Render for Show {
    fn render(&self, style: &Style) -> String {
        let mut out = format!("{} {}\n", style.bold(self.kind.name()), self.id);
        if let Value::Object(fields) = &self.record {
            let width = fields.keys().map(|k| k.chars().count()).max().unwrap_or(0);
            for (key, value) in fields.iter().filter(|(k, v)| *k != "id" && !v.is_null()) {
                if matches!(value, Value::Array(a) if a.is_empty())
                    || matches!(value, Value::Object(o) if o.is_empty())
                {
                    continue;
                }
                out.push_str(&format!("  {key:width$}  {}\n", scalar(value)));
            }
        }
        out.push_str(&format!(
            "{} ({})\n",
            style.bold("relations"),
            self.relations.len()
        ));
        // Relations come sorted by direction, kind and other end, so the
        // parallel edges of many statements (a relay's 22 hops into one
        // document) sit together and are printed as one line.
        let same_edge = |a: &Link, b: &Link| {
            (a.direction, a.relation, &a.other.id) == (b.direction, b.relation, &b.other.id)
        };
        for group in self.relations.chunk_by(|a, b| same_edge(a, b)) {
            let link = &group[0];
            let arrow = match link.direction {
                Direction::Out => format!("─{}→", link.relation),
                Direction::In => format!("←{}─", link.relation),
                Direction::Along => format!("{} →", link.relation),
            };
            let statements: Vec<&str> = group
                .iter()
                .filter_map(|l| l.statement.as_deref())
                .collect();
            let via = match statements.as_slice() {
                [] => String::new(),
                [one] => format!(" {}", style.dim(&format!("({one})"))),
                many => format!(
                    " {}",
                    style.dim(&format!(
                        "({}: {})",
                        count(many.len(), "statement"),
                        many.join(", ")
                    ))
                ),
            };
            out.push_str(&format!(
                "  {arrow} {} {}{via}\n",
                link.other.id,
                link.other.label()
            ));
        }
        if let Some(documents) = &self.documents {
            out.push_str(&format!(
                "{} ({})\n",
                style.bold("documents"),
                documents.len()
            ));
            for d in documents {
                let date = d
                    .date
                    .map_or_else(|| "undated".to_string(), |d| d.to_string());
                let publisher = d
                    .publisher
                    .as_ref()
                    .map_or_else(|| "no publisher".to_string(), Ref::label);
                let title = if d.source.name == d.source.id {
                    String::new()
                } else {
                    format!("  {}", d.source.name)
                };
                out.push_str(&format!(
                    "  {}  {date}  {publisher}  {}{title}\n",
                    d.source.id,
                    style.dim(&format!("({})", count(d.statements, "statement"))),
                ));
            }
        }
        if !self.external_reviews.is_empty() {
            out.push_str(&format!(
                "{} ({})\n",
                style.bold("other desks' reviews"),
                self.external_reviews.len()
            ));
            for review in &self.external_reviews {
                out.push_str(&format!("  {}\n", review.line()));
            }
        }
        out
    }
}
