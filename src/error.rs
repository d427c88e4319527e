//! Why a command failed after the data loaded, and the exit status for it.

use crate::edit::atomic::WriteError;
use crate::resolve::ResolveError;

/// A command's failure. Bad usage exits 2; refused writes and unreadable
/// input files exit 1.
#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    #[error(transparent)]
    Resolve(#[from] ResolveError),
    #[error(transparent)]
    Write(#[from] WriteError),
    /// An input file (an import, a mapping) that cannot be used, with why.
    #[error("{0}")]
    Input(String),
    /// A request the data does not allow, such as publishing an unfinished review.
    #[error("{0}")]
    Refused(String),
}

impl CommandError {
    pub fn exit_code(&self) -> i32 {
        match self {
            CommandError::Resolve(_) => crate::run::EXIT_USAGE,
            _ => crate::run::EXIT_DATA,
        }
    }
}
