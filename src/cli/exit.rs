//! Exit statuses, in one place at the edge of the program.

use std::process::ExitCode;

use claimgraph::error::{CommandError, ErrorKind};

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Exit {
    /// The command did what was asked.
    Ok = 0,
    /// The data has errors (or warnings under `--deny-warnings`), an input
    /// file cannot be used, the data does not allow the request, or output
    /// could not be written.
    Failure = 1,
    /// Bad usage: an unknown option, a malformed value, an unknown or
    /// ambiguous id.
    Usage = 2,
}

impl From<&CommandError> for Exit {
    fn from(error: &CommandError) -> Self {
        match error.kind() {
            ErrorKind::Usage => Exit::Usage,
            ErrorKind::Data | ErrorKind::Io => Exit::Failure,
        }
    }
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> Self {
        ExitCode::from(exit as u8)
    }
}
