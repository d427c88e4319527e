//! The fact-check workflow: the review queue and the commands that write
//! reviews. (Being written.)

use crate::cli::{Cli, ReviewCommand};
use crate::error::CommandError;
use crate::render::style::Style;
use crate::workspace::Workspace;

/// Runs one `review` subcommand.
pub fn run(
    _cli: &Cli,
    _ws: &Workspace,
    _style: &Style,
    _command: &ReviewCommand,
) -> Result<(), CommandError> {
    Err(CommandError::Refused("review is not written yet".into()))
}
