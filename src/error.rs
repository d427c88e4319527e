//! Why a library call failed after the data loaded, and what kind of
//! failure it is. The library knows kinds, not exit numbers: the binary
//! maps each [`ErrorKind`] to its exit status.

use crate::edit::atomic::WriteError;
use crate::lookup::resolve::ResolveError;

/// A command's failure.
#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    /// A name or id that matches no record, or more than one.
    #[error(transparent)]
    Resolve(#[from] ResolveError),
    /// A file could not be written, or changed under us.
    #[error(transparent)]
    Write(#[from] WriteError),
    /// A request that is malformed in itself: a bad date, a bad mapping,
    /// nothing to change.
    #[error("{0}")]
    Usage(String),
    /// An input file (an import) that cannot be used, with why.
    #[error("{0}")]
    Input(String),
    /// A request the data does not allow, such as publishing an unfinished review.
    #[error("{0}")]
    Refused(String),
    /// Graphviz could not draw a graph.
    #[error("{0}")]
    Draw(String),
    /// Output could not be written.
    #[error("cannot write output: {0}")]
    Output(#[from] std::io::Error),
}

/// What kind of failure an error is, for whoever decides what follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The request itself is wrong: fix the command.
    Usage,
    /// The data or an input file is wrong, or does not allow the request.
    Data,
    /// The machine failed: a file or stream could not be read or written.
    Io,
}

impl CommandError {
    /// The kind of this failure.
    pub fn kind(&self) -> ErrorKind {
        match self {
            CommandError::Resolve(_) | CommandError::Usage(_) => ErrorKind::Usage,
            CommandError::Input(_) | CommandError::Refused(_) => ErrorKind::Data,
            CommandError::Write(_) | CommandError::Draw(_) | CommandError::Output(_) => {
                ErrorKind::Io
            }
        }
    }
}
