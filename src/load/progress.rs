//! How far a load has come, told to whoever shows it.
//!
//! The library never prints: a load, a check and a graph build tell an
//! [`Observer`] which [`Stage`] they are in and how many of its steps are
//! done, and the caller decides what to show (the command line draws a bar
//! on a terminal). `()` observes nothing, for callers that show nothing.
//!
//! A stage's steps are counted from the threads doing them, so an observer
//! is [`Sync`] and counts with atomics or a thread-safe bar.

/// A part of loading a data directory, in the order a load runs them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading the RON files, one step a file.
    Reading,
    /// Parsing the RON files read, one step a file, on every core.
    Parsing,
    /// Reading the source texts the sources cite, one step a source.
    ReadingTexts,
    /// Finding every statement's quote in its text, one step a source.
    FindingQuotes,
    /// Checking and resolving the sources and their statements, one step a
    /// source.
    Checking,
    /// Building the claim graph; not counted.
    BuildingGraph,
}

/// Told of a load's progress. Both methods do nothing by default.
pub trait Observer: Sync {
    /// `stage` begins, with `steps` steps to do (`None`: not counted).
    fn begin(&self, stage: Stage, steps: Option<u64>) {
        let _ = (stage, steps);
    }

    /// `steps` more steps of the current stage are done.
    fn advance(&self, steps: u64) {
        let _ = steps;
    }
}

/// Observes nothing.
impl Observer for () {}
