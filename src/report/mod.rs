//! The fact-check brief. (Being written.)

use crate::cli::ReportFormat;
use crate::workspace::Workspace;

/// The brief on `claim` in `format`.
pub fn report(_ws: &Workspace, claim: &str, _format: ReportFormat) -> String {
    format!("report on {claim} is not written yet\n")
}
