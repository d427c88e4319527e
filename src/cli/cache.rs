//! The load cache at the command line: `cache clear`, what `-v` says of
//! the cache, and the warning when a damaged snapshot was set aside.

use std::io::IsTerminal;
use std::path::Path;

use claimgraph::cache::{self, Focus, Narrowing, Outcome};
use claimgraph::text::safe::printable_line;
use claimgraph::workspace::Workspace;

use crate::cli::args::{Command, StatementFilters};
use crate::cli::exit::Exit;
use crate::cli::output::Output;
use crate::cli::resolve::vocabulary_channel;

/// `cache clear`: removes the cache folder of `dir`.
pub(crate) fn clear(dir: &Path, out: &Output) -> Exit {
    let folder = printable_line(&dir.join(cache::FOLDER).display().to_string());
    match cache::clear(dir) {
        Ok(true) => {
            out.note(&format!("removed {folder}"));
            Exit::Ok
        }
        Ok(false) => {
            out.note(&format!("no load cache at {folder}"));
            Exit::Ok
        }
        Err(error) => {
            out.problem(&format!("error: cannot remove {folder}: {error}"));
            Exit::Failure
        }
    }
}

/// What `command` reads of the data: the commands about one claim or one
/// speaker, and `statements` narrowed to records, read only their part of
/// a snapshot.
pub(crate) fn focus(command: &Command) -> Focus {
    match command {
        Command::Trace { claim }
        | Command::Timeline { claim }
        | Command::Origins {
            claim: Some(claim), ..
        } => Focus::Claim(claim.clone()),
        Command::Said { actor, .. } => Focus::Speaker(actor.clone()),
        Command::Show { id } => Focus::Record(id.clone()),
        Command::Search { .. } => Focus::Search,
        Command::Statements(filters) => statements_focus(filters),
        _ => Focus::Everything,
    }
}

/// The focus of `statements`: each filter naming a record narrows the
/// chunks read. A `--channel` outside the vocabulary is resolved against
/// every statement's channel, and so reads everything.
fn statements_focus(filters: &StatementFilters) -> Focus {
    if filters
        .channel
        .as_deref()
        .is_some_and(|c| vocabulary_channel(c).is_none())
    {
        return Focus::Everything;
    }
    let listing = &filters.listing;
    let narrowings: Vec<Narrowing> = [
        filters.claim.clone().map(Narrowing::Claim),
        listing.by.clone().map(|party| Narrowing::By {
            party,
            members: listing.members,
        }),
        listing.outlet.clone().map(Narrowing::Outlet),
        listing.about.clone().map(Narrowing::About),
        filters.source.clone().map(Narrowing::Source),
    ]
    .into_iter()
    .flatten()
    .collect();
    if narrowings.is_empty() {
        Focus::Everything
    } else {
        Focus::Statements(narrowings)
    }
}

/// Says on stderr what became of the cache: always when a snapshot was
/// damaged (it is rebuilt, and the answer is unaffected), otherwise only
/// under `-v`.
pub(crate) fn report(outcome: &Outcome, dir: &Path, out: &Output, verbose: bool) {
    let file = printable_line(&cache::path(dir).display().to_string());
    let line = match outcome {
        Outcome::Damaged(why) => {
            out.problem(&format!(
                "warning: the load cache {file} was set aside and will be rebuilt: {why}"
            ));
            return;
        }
        Outcome::Hit { touched: 0, .. } => format!("read the load cache {file}"),
        Outcome::Hit { touched, .. } => {
            format!("read the load cache {file} ({touched} file(s) touched with the same content)")
        }
        Outcome::Missing => format!("no load cache at {file} yet"),
        Outcome::Stale(changed) => format!(
            "not using the load cache: {} {}",
            printable_line(&changed.path.display().to_string()),
            changed.how
        ),
        Outcome::OtherVersion => {
            "not using the load cache: another build of claimgraph wrote it".to_string()
        }
        Outcome::OtherSpelling => format!(
            "not using the load cache: it was written for the data directory spelled otherwise than {}",
            printable_line(&dir.display().to_string())
        ),
        Outcome::Bypassed => return,
    };
    if verbose {
        crate::cli::output::error(&line);
    }
}

/// Writes the snapshot of `workspace`; a failure (a read-only data
/// directory) costs only the next run's speed, so it is said under `-v`
/// only. A write of over a second shows a spinner, as a load does, when
/// the answer went to the terminal.
pub(crate) fn store(workspace: &Workspace, verbose: bool, quiet: bool) {
    let started = std::time::Instant::now();
    // After the answer: on the terminal below it, but never over a pager
    // the answer was piped to.
    let writing = crate::cli::progress::working(
        "writing the load cache",
        quiet || !std::io::stdout().is_terminal(),
    );
    let written = cache::store(workspace);
    drop(writing);
    if verbose {
        let line = match written {
            Ok(file) => format!(
                "wrote the load cache {} in {:.1?}",
                printable_line(&file.display().to_string()),
                started.elapsed()
            ),
            Err(error) => format!("could not write the load cache: {error}"),
        };
        crate::cli::output::error(&line);
    }
}
