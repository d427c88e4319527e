//! The command line, from arguments to exit status. This is the only code
//! that knows clap, exit codes, stdout and stderr; the library sees resolved
//! requests and returns plain answers.
//!
//! [`args`] is what can be typed, [`resolve`] turns it into library
//! requests, [`commands`] runs one subcommand, [`check`] is `check`,
//! [`output`] prints and [`exit`] says how the run ended.

mod args;
mod check;
mod commands;
mod exit;
mod output;
mod resolve;

use std::ffi::OsString;
use std::process::ExitCode;
use std::time::Instant;

use claimgraph::diagnostic::Severity;
use claimgraph::workspace::Workspace;
use clap::Parser;

use args::{Cli, Command, ReviewCommand};
use exit::Exit;
use output::Output;

/// Runs claimgraph with `args` (program name first).
pub(crate) fn run(args: impl IntoIterator<Item = impl Into<OsString> + Clone>) -> ExitCode {
    run_to_exit(args).into()
}

fn run_to_exit(args: impl IntoIterator<Item = impl Into<OsString> + Clone>) -> Exit {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return if error.use_stderr() {
                Exit::Usage
            } else {
                Exit::Ok
            };
        }
    };
    let started = Instant::now();
    let workspace = Workspace::open(&cli.data);
    let out = Output::new(cli.format, cli.quiet);
    if cli.verbose {
        output::error(&format!(
            "loaded {} statements, {} claims from {} in {:.1?}",
            workspace.data.statements.len(),
            workspace.data.claims.len(),
            cli.data.display(),
            started.elapsed()
        ));
    }
    if let Command::Check { deny_warnings } = cli.command {
        return check::check(&workspace, &out, deny_warnings);
    }
    if workspace.errors() > 0 && !repairs_the_only_broken_file(&cli.command, &workspace) {
        check::print_diagnostics(&workspace, &out, Severity::Error);
        output::error(&format!(
            "error: the data has {} error(s); fix them first (`claimgraph check` lists them)",
            workspace.errors()
        ));
        return Exit::Failure;
    }
    match commands::run(&cli.command, &workspace, &out) {
        Ok(()) => Exit::Ok,
        Err(error) => {
            output::error(&format!("error: {error}"));
            Exit::from(&error)
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
    let ids = resolve::Resolver { data: &ws.data };
    let Ok(claim) = ids.claim(&common.claim) else {
        return false;
    };
    let path = claimgraph::load::layout::DataLayout::new(&ws.dir).review(&claim);
    ws.errors_outside(&path) == 0
}
