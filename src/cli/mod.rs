//! The command line, from arguments to exit status. This is the only code
//! that knows clap, exit codes, stdout and stderr; the library sees resolved
//! requests and returns plain answers.
//!
//! [`args`] is what can be typed, [`resolve`] turns it into library
//! requests, [`commands`] runs one subcommand, [`check`] is `check`,
//! [`gate`] decides whether a command runs on data with errors,
//! [`colour`] decides once whether to colour, [`output`] prints and
//! [`exit`] says how the run ended; [`generate`] writes the completion
//! scripts and the man page from [`args`].

mod args;
mod cache;
mod check;
mod colour;
mod commands;
mod exit;
mod gate;
mod generate;
mod output;
mod progress;
mod resolve;

use std::ffi::OsString;
use std::process::ExitCode;
use std::time::Instant;

use claimgraph::diagnostic::Severity;
use claimgraph::workspace::Workspace;
use clap::{CommandFactory, FromArgMatches};

use args::{CacheCommand, Cli, Command};
use exit::Exit;
use output::Output;

/// Runs claimgraph with `args` (program name first).
pub(crate) fn run(args: impl IntoIterator<Item = impl Into<OsString> + Clone>) -> ExitCode {
    run_to_exit(args).into()
}

fn run_to_exit(args: impl IntoIterator<Item = impl Into<OsString> + Clone>) -> Exit {
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let cli = match parse(&args) {
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
    let out = Output::new(cli.format, cli.quiet, colour::resolve(cli.color));
    if cli.format == args::OutputFormat::Jsonl && !cli.command.lists() {
        out.problem(&format!("error: {}", output::jsonl_refused()));
        return Exit::Usage;
    }
    // Generated from the arguments alone: they need no data directory.
    let generated = match &cli.command {
        Command::Completions { shell } => Some(Ok(generate::completions(*shell))),
        Command::Man { subcommand } => Some(generate::man(subcommand)),
        _ => None,
    };
    if let Some(bytes) = generated {
        return match bytes.and_then(|bytes| output::emit_bytes(&bytes)) {
            Ok(()) => Exit::Ok,
            Err(error) => {
                out.problem(&format!("error: {error}"));
                Exit::from(&error)
            }
        };
    }
    if let Command::Cache(CacheCommand::Clear) = cli.command {
        return cache::clear(&cli.data, &out);
    }
    let started = Instant::now();
    // One command per process: the workspace lives until exit, so it is
    // never freed (freeing a large model record by record costs more than a
    // query on it).
    let loading = progress::loading(&cli.data, cli.quiet);
    let (workspace, cached) = if cli.no_cache {
        (
            Workspace::open_observed(&cli.data, &loading),
            claimgraph::cache::Outcome::Bypassed,
        )
    } else {
        claimgraph::cache::open_observed(&cli.data, &cache::focus(&cli.command), &loading)
    };
    let workspace: &Workspace = Box::leak(Box::new(workspace));
    drop(loading);
    cache::report(&cached, &cli.data, &out, cli.verbose);
    if cli.verbose {
        let statements = match &cached {
            claimgraph::cache::Outcome::Hit {
                focused: Some(focused),
                ..
            } => format!(
                "{} of {} statements (those the command reports on)",
                focused.statements, focused.of
            ),
            _ => format!("{} statements", workspace.data.statements.len()),
        };
        output::error(&format!(
            "loaded {statements}, {} claims from {} in {:.1?}",
            workspace.data.claims.len(),
            cli.data.display(),
            started.elapsed()
        ));
    }
    let exit = run_loaded(&cli, workspace, &out);
    // After the answer is out: the next command then skips the load. Only
    // a command that reads leaves a cache: one that writes (a review, an
    // import, even a dry run) changes the data directory as it says and no
    // more.
    if cached.worth_storing(workspace) && gate::reads(&cli.command) {
        cache::store(workspace, cli.verbose, cli.quiet);
    }
    exit
}

/// Runs `cli`'s command on the loaded `workspace`.
fn run_loaded(cli: &Cli, workspace: &Workspace, out: &Output) -> Exit {
    if let Command::Check { deny_warnings } = cli.command {
        return check::check(workspace, out, deny_warnings);
    }
    let decision = gate::gate(&cli.command, workspace, cli.partial && !cli.strict);
    if let Some(refusal) = decision.refusal() {
        check::print_diagnostics(workspace, out, Severity::Error);
        out.problem(&refusal);
        return Exit::Failure;
    }
    if let Some(warning) = decision.warning() {
        out.problem(&warning);
    }
    match commands::run(&cli.command, workspace, out) {
        Ok(()) => Exit::Ok,
        Err(error) => {
            out.problem(&format!("error: {error}"));
            Exit::from(&error)
        }
    }
}

/// The arguments, parsed with clap's own help and errors coloured as
/// `--color` asks.
fn parse(args: &[OsString]) -> Result<Cli, clap::Error> {
    let mut matches = Cli::command()
        .color(colour::for_clap(args))
        .try_get_matches_from(args)?;
    Cli::from_arg_matches_mut(&mut matches)
}
