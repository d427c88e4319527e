//! A loaded data directory: files, checked data set, graph and diagnostics.

use std::path::Path;

use crate::check::analyze;
use crate::diagnostic::{Diagnostic, Severity};
use crate::graph::ClaimGraph;
use crate::load::parse::load;
use crate::model::Dataset;
use crate::source::files::Files;

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
}

impl Workspace {
    /// Loads and checks `dir`. Never fails: problems become diagnostics.
    pub fn open(dir: &Path) -> Self {
        let mut files = Files::default();
        let mut diagnostics = Vec::new();
        let raw = load(dir, &mut files, &mut diagnostics);
        let data = analyze(raw, dir, &mut diagnostics);
        diagnostics.sort_by_key(|d| d.location.as_ref().map(|l| (l.file, l.span.start)));
        let graph = ClaimGraph::build(&data);
        Workspace {
            dir: dir.to_path_buf(),
            files,
            data,
            graph,
            diagnostics,
        }
    }

    /// How many diagnostics are errors.
    pub fn errors(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
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
