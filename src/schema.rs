//! The published JSON Schemas: one for every JSON answer (`docs/schema/<name>.schema.json`)
//! and one for every JSON Lines item (`<name>.item.schema.json`), generated
//! from the answer types by [`crate::json::schema_of`]. `tests/cli/schemas.rs`
//! fails when a committed file differs from what [`all`] generates.

use serde_json::Value;

use crate::diagnostic::CheckReport;
use crate::edit::relations::WrittenRelations;
use crate::edit::review::Written;
use crate::formats::json::GraphJson;
use crate::import::report::ImportReport;
use crate::json::{self, Answer, Listing};
use crate::query;
use crate::text::safe::is_hostile;

/// One published schema.
#[derive(Debug, Clone)]
pub struct Published {
    /// Its name: `origins`, or `statements.item` for a JSON Lines item.
    pub name: String,
    /// The schema.
    pub schema: Value,
}

impl Published {
    /// The file it is published as, in `docs/schema/`.
    pub fn file(&self) -> String {
        format!("{}.schema.json", self.name)
    }

    /// The file's text: pretty JSON and a final line break.
    pub fn text(&self) -> String {
        let mut text = json::pretty(&self.schema, is_hostile);
        text.push('\n');
        text
    }
}

fn answer<A: Answer>() -> Published {
    Published {
        name: A::SCHEMA.to_string(),
        schema: json::schema_of::<A>(),
    }
}

fn item<L: Listing>() -> Published {
    Published {
        name: format!("{}.item", L::SCHEMA),
        schema: json::item_schema_of::<L>(),
    }
}

/// Every published schema, sorted by name.
pub fn all() -> Vec<Published> {
    let mut all = vec![
        answer::<CheckReport>(),
        answer::<query::trace::Trace>(),
        answer::<query::origins::Origins>(),
        answer::<query::timeline::Timeline>(),
        item::<query::timeline::Timeline>(),
        answer::<query::said::Said>(),
        answer::<query::contradictions::Contradictions>(),
        answer::<query::show::Show>(),
        answer::<query::search::Search>(),
        item::<query::search::Search>(),
        answer::<query::stats::Stats>(),
        answer::<query::coverage::Coverage>(),
        item::<query::coverage::Coverage>(),
        answer::<query::listing::ClaimList>(),
        item::<query::listing::ClaimList>(),
        answer::<query::listing::ActorList>(),
        item::<query::listing::ActorList>(),
        answer::<query::statements::Statements>(),
        item::<query::statements::Statements>(),
        answer::<query::sources::SourceList>(),
        item::<query::sources::SourceList>(),
        answer::<query::queue::Queue>(),
        item::<query::queue::Queue>(),
        answer::<query::repeats::Repeats>(),
        item::<query::repeats::Repeats>(),
        answer::<query::similar::Similar>(),
        item::<query::similar::Similar>(),
        answer::<WrittenRelations>(),
        answer::<Written>(),
        answer::<ImportReport>(),
        answer::<GraphJson>(),
    ];
    all.sort_by(|a, b| a.name.cmp(&b.name));
    all
}
