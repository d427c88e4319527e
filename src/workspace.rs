//! A loaded data directory: files, checked data set, graph and diagnostics.

use std::path::Path;

use crate::check::analyze_observed;
use crate::diagnostic::{Diagnostic, Severity};
use crate::graph::ClaimGraph;
use crate::load::parse::load_observed;
use crate::load::progress::{Observer, Stage};
use crate::model::Dataset;
use crate::source::files::{Files, tidy};

/// A data directory, loaded and checked once, with everything the queries need.
pub struct Workspace {
    /// The data directory, as given.
    pub dir: std::path::PathBuf,
    /// Every file read, for turning spans into line:column positions.
    pub files: Files,
    /// The checked data set, with references resolved.
    pub data: Dataset,
    /// The claim graph built from `data`.
    pub graph: ClaimGraph,
    /// Sorted by file and position, errors and warnings together.
    pub diagnostics: Vec<Diagnostic>,
    /// The limits the data was read within; `diagnostics` says how many
    /// diagnostics are shown.
    pub limits: crate::load::limits::Limits,
    /// Everything the load read or looked for: while it is unchanged, the
    /// same load gives the same workspace (the load cache relies on it).
    pub inputs: crate::load::inputs::Inputs,
    /// The search index of `data`, once built: the load cache builds it
    /// before writing a snapshot and reads it back with the rest, so only
    /// a cached workspace has it at hand.
    pub search_index: std::sync::OnceLock<crate::lookup::index::SearchIndex>,
}

impl Workspace {
    /// Loads and checks `dir`. Never fails: problems become diagnostics.
    pub fn open(dir: &Path) -> Self {
        Self::open_observed(dir, &())
    }

    /// [`Workspace::open`], telling `observer` of each stage as it runs.
    pub fn open_observed(dir: &Path, observer: &dyn Observer) -> Self {
        let mut files = Files::default();
        let mut diagnostics = Vec::new();
        let mut raw = load_observed(dir, &mut files, &mut diagnostics, observer);
        let limits = raw.limits;
        let inputs = std::mem::take(&mut raw.inputs);
        let data = analyze_observed(raw, dir, &mut diagnostics, observer);
        diagnostics.sort_by_key(|d| d.location.as_ref().map(|l| (l.file, l.span.start)));
        observer.begin(Stage::BuildingGraph, None);
        let graph = ClaimGraph::build(&data);
        Workspace {
            dir: dir.to_path_buf(),
            files,
            data,
            graph,
            diagnostics,
            limits,
            inputs,
            search_index: std::sync::OnceLock::new(),
        }
    }

    /// How many diagnostics are errors.
    pub fn errors(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }

    /// How many errors lie outside the file `path`: errors with no file,
    /// or in any other file. A command that repairs one file may run when
    /// this is zero.
    pub fn errors_outside(&self, path: &Path) -> usize {
        let path = tidy(path);
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .filter(|d| {
                d.location
                    .as_ref()
                    .is_none_or(|l| tidy(self.files.path(l.file)) != path)
            })
            .count()
    }

    /// How many diagnostics are warnings.
    pub fn warnings(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count()
    }
}

/// Rules of the lower layers checked on whole data directories, which only
/// a workspace opens.
#[cfg(test)]
mod tests {
    use std::path::Path;

    use std::sync::Mutex;

    use super::Workspace;
    use crate::diagnostic::Code;
    use crate::load::progress::{Observer, Stage};
    use crate::model::affiliation;

    fn bundled() -> Workspace {
        Workspace::open(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data"))
    }

    #[test]
    fn the_chain_climbs_member_of_and_outlet_owners() {
        let ws = bundled();
        assert_eq!(
            affiliation::chain(&ws.data, "sputnik"),
            ["sputnik", "rossiya-segodnya"]
        );
        let stepanyan = affiliation::chain(&ws.data, "shushan-stepanyan");
        assert_eq!(stepanyan[0], "shushan-stepanyan");
        assert!(stepanyan.contains(&"armenia"), "{stepanyan:?}");
        assert_eq!(affiliation::chain(&ws.data, "no-such-id"), ["no-such-id"]);
    }

    #[test]
    fn members_go_down_both_links() {
        let ws = bundled();
        assert_eq!(
            affiliation::members(&ws.data, "rossiya-segodnya"),
            ["sputnik", "sputnik-polska"]
        );
        let armenia = affiliation::members(&ws.data, "armenia");
        assert!(
            armenia.iter().any(|m| m == "shushan-stepanyan"),
            "{armenia:?}"
        );
        assert!(!armenia.iter().any(|m| m == "armenia"));
    }

    #[test]
    fn a_statement_is_carried_by_its_publisher_and_its_relays_only() {
        let ws = bundled();
        let s = &ws.data.statements["s001-01"];
        assert_eq!(
            ws.data.carriers(s).collect::<Vec<_>>(),
            ["pakistan-point-news", "sputnik"]
        );
        assert!(ws.data.carries("pakistan-point-news", s));
        assert!(ws.data.carries("sputnik", s));
        assert!(!ws.data.carries(&s.speaker.id, s));
        assert!(!ws.data.carries("rossiya-segodnya", s));
    }

    #[test]
    fn a_published_review_without_a_url_is_rejected() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/invalid/review-incomplete--published-without-url");
        let ws = Workspace::open(&dir);
        let incomplete: Vec<&str> = ws
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::ReviewIncomplete)
            .map(|d| d.message.as_str())
            .collect();
        assert_eq!(
            incomplete,
            ["the review of `tos-used` is Published but lacks a `url`"]
        );
    }

    /// Every stage begun, with its steps and how many were reported done.
    #[derive(Default)]
    struct Tally(Mutex<Vec<(Stage, Option<u64>, u64)>>);

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
        let ws = Workspace::open_observed(&dir, &tally);
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
