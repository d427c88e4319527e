//! Importing a fact-check spreadsheet. (Being written.)

use std::path::PathBuf;

use crate::error::CommandError;
use crate::workspace::Workspace;

/// Imports `files` with the column `mapping`; returns the text to print.
pub fn import(
    _ws: &Workspace,
    _files: &[PathBuf],
    _mapping: &[String],
    _dry_run: bool,
) -> Result<String, CommandError> {
    Err(CommandError::Refused(
        "import csv is not written yet".into(),
    ))
}
