//! The fact-check workflow: the review queue ([`queue`](mod@queue)) and the
//! commands that create and update review files ([`write`](mod@write)).

pub mod queue;
pub mod write;

use crate::cli::{Cli, ReviewCommand};
use crate::error::CommandError;
use crate::render::style::Style;
use crate::run::print;
use crate::workspace::Workspace;

/// Runs one `review` subcommand and prints its answer.
pub fn run(
    cli: &Cli,
    ws: &Workspace,
    style: &Style,
    command: &ReviewCommand,
) -> Result<(), CommandError> {
    match command {
        ReviewCommand::Queue { limit } => print(cli, style, &queue::queue(&ws.data, *limit)),
        ReviewCommand::Start { common } => print(cli, style, &write::start(ws, common)?),
        ReviewCommand::Set {
            common,
            status,
            verdict,
            rationale,
            url,
        } => print(
            cli,
            style,
            &write::set(
                ws,
                common,
                *status,
                *verdict,
                rationale.as_deref(),
                url.as_deref(),
            )?,
        ),
        ReviewCommand::Evidence {
            common,
            points_to,
            grade,
            bearing,
            note,
        } => print(
            cli,
            style,
            &write::evidence(ws, common, points_to, *grade, *bearing, note.as_deref())?,
        ),
        ReviewCommand::Publish { common, url } => {
            print(cli, style, &write::publish(ws, common, url.as_deref())?)
        }
    }
    Ok(())
}
