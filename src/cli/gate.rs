//! Whether a command may run on data that has errors.
//!
//! `check` always runs (it is how errors are seen). Commands that write
//! (the review writers, `import`) and `report` (a brief a desk publishes)
//! need the whole data set clean, with one exception: a review writer runs
//! when every error is in the review file it edits, so a hand-broken review
//! can be repaired with the tool. The other read commands refuse too,
//! unless `--partial` asks for an answer from the records that checked
//! clean (and every error is in a file that was read); that answer comes
//! with a warning on stderr (see
//! `docs/data-format.md` §16a for why strict is the default).

use std::collections::BTreeSet;

use claimgraph::diagnostic::Severity;
use claimgraph::text::words::count;
use claimgraph::workspace::Workspace;

use crate::cli::args::{Command, ReviewCommand};

/// What to do with a command, given the state of the data.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Decision {
    /// The data is clean (or the command is `check`): run it.
    Run,
    /// Answer from the records that checked clean, after [`Decision::warning`].
    Partial {
        /// How many errors the data has.
        errors: usize,
        /// The files the errors are in, as displayed, sorted.
        files: Vec<String>,
    },
    /// Refuse: the data has errors and this command needs it clean.
    Refuse {
        /// How many errors the data has.
        errors: usize,
        /// Whether `--partial` would let the command run.
        partial_allowed: bool,
    },
}

/// Decides whether `command` runs on `workspace`; `partial` is `--partial`.
pub(crate) fn gate(command: &Command, workspace: &Workspace, partial: bool) -> Decision {
    let errors = workspace.errors();
    if errors == 0
        || matches!(command, Command::Check { .. })
        || repairs_the_only_broken_file(command, workspace)
    {
        return Decision::Run;
    }
    // An error tied to no file (the data directory missing, a file or
    // folder unreadable) means records are missing that no one can name:
    // there is no "rest of the data" to answer from.
    let located = workspace
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .all(|d| d.location.is_some());
    let partial_allowed = located && reads(command);
    if partial && partial_allowed {
        let files: BTreeSet<String> = workspace
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .filter_map(|d| d.location.as_ref())
            .map(|l| workspace.files.path(l.file).display().to_string())
            .collect();
        Decision::Partial {
            errors,
            files: files.into_iter().collect(),
        }
    } else {
        Decision::Refuse {
            errors,
            partial_allowed,
        }
    }
}

/// Whether `command` writes a review and every error of the data is in that
/// review's file, so that running it may repair the data: a hand-broken
/// `reviews/X.ron` can be fixed with `review set X …`.
fn repairs_the_only_broken_file(command: &Command, ws: &Workspace) -> bool {
    let common = match command {
        Command::Review(
            ReviewCommand::Start { common }
            | ReviewCommand::Set { common, .. }
            | ReviewCommand::Evidence { common, .. }
            | ReviewCommand::Publish { common, .. },
        ) => common,
        _ => return false,
    };
    let ids = crate::cli::resolve::Resolver { data: &ws.data };
    let Ok(claim) = ids.claim(&common.claim) else {
        return false;
    };
    let path = claimgraph::load::layout::DataLayout::new(&ws.dir).review(&claim);
    ws.errors_outside(&path) == 0
}

/// Commands that only read and print an answer, which may be partial.
pub(crate) fn reads(command: &Command) -> bool {
    match command {
        Command::Check { .. }
        | Command::Completions { .. }
        | Command::Man { .. }
        | Command::Cache(_)
        | Command::Trace { .. }
        | Command::Origins { .. }
        | Command::Timeline { .. }
        | Command::Said { .. }
        | Command::Contradictions { .. }
        | Command::Show { .. }
        | Command::Search { .. }
        | Command::Stats
        | Command::Coverage { .. }
        | Command::Claims(_)
        | Command::Actors(_)
        | Command::Statements(_)
        | Command::Sources(_)
        | Command::Export { .. }
        | Command::View { .. } => true,
        Command::Review(ReviewCommand::Queue { .. } | ReviewCommand::Repeats { .. }) => true,
        Command::Similar { write, .. } => !write,
        Command::Review(_) | Command::Report { .. } | Command::Import(_) => false,
    }
}

impl Decision {
    /// The warning printed before a partial answer.
    pub(crate) fn warning(&self) -> Option<String> {
        let Decision::Partial { errors, files } = self else {
            return None;
        };
        let files = match files.as_slice() {
            [] => "the data".to_string(),
            [one] => one.clone(),
            many => many.join(", "),
        };
        Some(format!(
            "warning: PARTIAL ANSWER: the data has {}, in {files}; \
             this answer leaves out the records with errors and every record that \
             depends on them (`claimgraph check` lists the errors; drop --partial to refuse instead)",
            count(*errors, "error")
        ))
    }

    /// The error printed when the command is refused.
    pub(crate) fn refusal(&self) -> Option<String> {
        let Decision::Refuse {
            errors,
            partial_allowed,
        } = self
        else {
            return None;
        };
        let partial = if *partial_allowed {
            "; or pass --partial for an answer from the records that checked clean"
        } else {
            ""
        };
        Some(format!(
            "error: the data has {}; fix them first (`claimgraph check` lists them){partial}",
            count(*errors, "error")
        ))
    }
}
