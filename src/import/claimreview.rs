//! Importing ClaimReview JSON-LD. (Being written.)

use std::path::PathBuf;

use crate::error::CommandError;
use crate::workspace::Workspace;

/// Imports `files`; returns the text to print.
pub fn import(_ws: &Workspace, _files: &[PathBuf], _dry_run: bool) -> Result<String, CommandError> {
    Err(CommandError::Refused(
        "import claimreview is not written yet".into(),
    ))
}
