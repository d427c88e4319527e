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

#[cfg(test)]
pub(crate) mod tests {
    use std::sync::Mutex;

    use super::*;

    /// Every stage begun, with its steps and how many were reported done.
    #[derive(Default)]
    pub(crate) struct Tally(pub Mutex<Vec<(Stage, Option<u64>, u64)>>);

    impl Observer for Tally {
        fn begin(&self, stage: Stage, steps: Option<u64>) {
            self.0.lock().unwrap().push((stage, steps, 0));
        }

        fn advance(&self, steps: u64) {
            if let Some(last) = self.0.lock().unwrap().last_mut() {
                last.2 += steps;
            }
        }
    }

    #[test]
    fn a_load_counts_every_step_of_every_stage_in_order() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let tally = Tally::default();
        let ws = crate::workspace::Workspace::open_observed(&dir, &tally);
        let stages = tally.0.into_inner().unwrap();
        let order: Vec<Stage> = stages.iter().map(|s| s.0).collect();
        assert_eq!(
            order,
            [
                Stage::Reading,
                Stage::Parsing,
                Stage::ReadingTexts,
                Stage::FindingQuotes,
                Stage::Checking,
                Stage::BuildingGraph
            ]
        );
        for (stage, steps, done) in &stages[..5] {
            assert_eq!(Some(*done), *steps, "{stage:?}");
        }
        let sources = ws.data.sources.len() as u64;
        assert_eq!(stages[2].1, Some(sources));
        assert_eq!(stages[4].1, Some(sources));
        // Every RON file read is parsed: the registries, the sources, the
        // reviews and claimgraph.toml are among them.
        assert!(stages[0].1.unwrap() > sources, "{stages:?}");
        assert_eq!(stages[5].1, None);
    }
}
