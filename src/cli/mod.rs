//! The command line, from arguments to exit status. This is the only code
//! that knows clap, exit codes, stdout and stderr; the library sees resolved
//! requests and returns plain answers.
//!
//! [`args`] is what can be typed, [`resolve`] turns it into library
//! requests, [`commands`] runs one subcommand, [`check`] is `check`,
//! [`gate`] decides whether a command runs on data with errors,
//! [`output`] prints and [`exit`] says how the run ended.

mod args;
mod check;
mod commands;
mod exit;
mod gate;
mod output;
mod resolve;

use std::ffi::OsString;
use std::process::ExitCode;
use std::time::Instant;

use claimgraph::diagnostic::Severity;
use claimgraph::workspace::Workspace;
use clap::Parser;

use args::{Cli, Command};
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
    if cli.format == args::OutputFormat::Jsonl && !cli.command.lists() {
        output::error(&format!("error: {}", output::jsonl_refused()));
        return Exit::Usage;
    }
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
    let decision = gate::gate(&cli.command, &workspace, cli.partial && !cli.strict);
    if let Some(refusal) = decision.refusal() {
        check::print_diagnostics(&workspace, &out, Severity::Error);
        output::error(&refusal);
        return Exit::Failure;
    }
    if let Some(warning) = decision.warning() {
        output::error(&warning);
    }
    match commands::run(&cli.command, &workspace, &out) {
        Ok(()) => Exit::Ok,
        Err(error) => {
            output::error(&format!("error: {error}"));
            Exit::from(&error)
        }
    }
}
