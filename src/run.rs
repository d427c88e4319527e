//! The command line from arguments to exit code.

use std::ffi::OsString;
use std::io::{self, Write};
use std::time::Instant;

use clap::Parser;

use crate::cli::{Cli, Command, Filters, ImportCommand, OutputFormat};
use crate::diagnostic::{DiagnosticJson, Report, Severity};
use crate::edit::atomic;
use crate::error::CommandError;
use crate::export::View;
use crate::model::RecordKind;
use crate::query::{self, Answer};
use crate::render::style::Style;
use crate::resolve::{ANY, ResolveError, resolve};
use crate::review;
use crate::workspace::Workspace;

/// Exit status: success.
pub const EXIT_OK: i32 = 0;
/// Exit status: the data has errors, or warnings under `--deny-warnings`.
pub const EXIT_DATA: i32 = 1;
/// Exit status: bad usage (unknown option, unknown or ambiguous id).
pub const EXIT_USAGE: i32 = 2;

/// Runs claimgraph with `args` (program name first) and returns the exit code.
pub fn run(args: impl IntoIterator<Item = impl Into<OsString> + Clone>) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return if error.use_stderr() {
                EXIT_USAGE
            } else {
                EXIT_OK
            };
        }
    };
    let started = Instant::now();
    let workspace = Workspace::open(&cli.data);
    let style = Style::detect();
    if cli.verbose {
        eprintln!(
            "loaded {} statements, {} claims from {} in {:.1?}",
            workspace.data.statements.len(),
            workspace.data.claims.len(),
            cli.data.display(),
            started.elapsed()
        );
    }
    if let Command::Check { deny_warnings } = cli.command {
        return check(&cli, &workspace, deny_warnings);
    }
    if workspace.errors() > 0 {
        print_diagnostics(&workspace, &cli, Severity::Error);
        eprintln!(
            "error: the data has {} error(s); fix them first (`claimgraph check` lists them)",
            workspace.errors()
        );
        return EXIT_DATA;
    }
    match answer(&cli, &workspace, &style) {
        Ok(()) => EXIT_OK,
        Err(error) => {
            eprintln!("error: {error}");
            error.exit_code()
        }
    }
}

fn print_diagnostics(workspace: &Workspace, cli: &Cli, at_least: Severity) {
    let report = Report::new(&workspace.files, Style::detect_stderr());
    for diagnostic in workspace
        .diagnostics
        .iter()
        .filter(|d| d.severity >= at_least)
    {
        if cli.quiet && diagnostic.severity == Severity::Warning {
            continue;
        }
        eprintln!("{}\n", report.render(diagnostic));
    }
}

fn check(cli: &Cli, workspace: &Workspace, deny_warnings: bool) -> i32 {
    let (errors, warnings) = (workspace.errors(), workspace.warnings());
    if cli.format == OutputFormat::Json {
        let all: Vec<DiagnosticJson> = workspace
            .diagnostics
            .iter()
            .map(|d| DiagnosticJson::new(d, &workspace.files))
            .collect();
        let summary = serde_json::json!({
            "errors": errors,
            "warnings": warnings,
            "statements": workspace.data.statements.len(),
            "diagnostics": all,
        });
        emit(&format!(
            "{}\n",
            serde_json::to_string_pretty(&summary).expect("JSON values serialise")
        ));
    } else {
        print_diagnostics(workspace, cli, Severity::Warning);
        if !cli.quiet {
            let d = &workspace.data;
            eprintln!(
                "checked {} sources, {} statements, {} claims, {} actors, {} outlets: {errors} error(s), {warnings} warning(s)",
                d.sources.len(),
                d.statements.len(),
                d.claims.len(),
                d.actors.len(),
                d.outlets.len()
            );
        }
    }
    if errors > 0 || (deny_warnings && warnings > 0) {
        EXIT_DATA
    } else {
        EXIT_OK
    }
}

fn answer(cli: &Cli, ws: &Workspace, style: &Style) -> Result<(), CommandError> {
    let data = &ws.data;
    let graph = &ws.graph;
    let claim = |q: &str| resolve(data, q, &[RecordKind::Claim]);
    let speaker = |q: &str| resolve(data, q, &[RecordKind::Actor, RecordKind::Outlet]);
    match &cli.command {
        Command::Check { .. } => unreachable!("handled before"),
        Command::Trace { claim: q } => print(cli, style, &query::trace::trace(data, &claim(q)?)),
        Command::Origins { claim: q } => {
            print(cli, style, &query::origins::origins(data, &claim(q)?))
        }
        Command::Said { actor, members } => print(
            cli,
            style,
            &query::said::said(data, graph, &speaker(actor)?, *members),
        ),
        Command::Contradictions { claim: q } => {
            let id = q.as_deref().map(claim).transpose()?;
            print(
                cli,
                style,
                &query::contradictions::contradictions(data, id.as_deref()),
            )
        }
        Command::Show { id } => print(
            cli,
            style,
            &query::show::show(data, graph, &resolve(data, id, &ANY)?),
        ),
        Command::Search { text, kind, limit } => {
            let kinds: Vec<RecordKind> = if kind.is_empty() {
                ANY.to_vec()
            } else {
                kind.iter().map(|&k| k.into()).collect()
            };
            print(
                cli,
                style,
                &query::search::search(data, &text.join(" "), &kinds, *limit),
            )
        }
        Command::Stats => print(cli, style, &query::stats::stats(data, graph)),
        Command::Coverage { source } => {
            let id = source
                .as_deref()
                .map(|q| resolve(data, q, &[RecordKind::Source]))
                .transpose()?;
            print(cli, style, &query::coverage::coverage(data, id.as_deref()))
        }
        Command::Claims(filters) => print(
            cli,
            style,
            &query::listing::claims(data, graph, &filter(ws, filters)?),
        ),
        Command::Actors(filters) => print(
            cli,
            style,
            &query::listing::actors(data, graph, &filter(ws, filters)?),
        ),
        Command::Review(command) => review::run(cli, ws, style, command)?,
        Command::Report {
            claim: q,
            to,
            output,
            graph: drawing,
        } => {
            let text = crate::report::report(ws, &claim(q)?, *to, *drawing)?;
            match output {
                Some(path) => {
                    // A brief only ever goes to a new file: an existing one
                    // may be someone's edited copy.
                    atomic::create(path, text.as_bytes())?;
                    if !cli.quiet {
                        eprintln!("wrote {}", path.display());
                    }
                }
                None => emit(&text),
            }
        }
        Command::Import(ImportCommand::Claimreview { files, dry_run }) => print(
            cli,
            style,
            &crate::import::claimreview::import(ws, files, *dry_run)?,
        ),
        Command::Import(ImportCommand::Csv {
            files,
            mapping,
            dry_run,
        }) => print(
            cli,
            style,
            &crate::import::csv::import(ws, files, mapping, *dry_run)?,
        ),
        Command::Export {
            to,
            claim: c,
            around,
            depth,
        } => {
            let view = match (c, around) {
                (Some(q), _) => View::claim(data, graph, &claim(q)?),
                (None, Some(q)) => View::around(data, graph, &resolve(data, q, &ANY)?, *depth),
                (None, None) => View::all(data, graph),
            };
            let mut out = Vec::new();
            to.exporter()
                .write(&view, &mut out)
                .map_err(|e| CommandError::Refused(e.to_string()))?;
            emit(&String::from_utf8_lossy(&out));
        }
    }
    Ok(())
}

fn filter(ws: &Workspace, filters: &Filters) -> Result<query::listing::Filter, ResolveError> {
    let data = &ws.data;
    Ok(query::listing::Filter {
        about: filters
            .about
            .as_deref()
            .map(|q| {
                resolve(
                    data,
                    q,
                    &[RecordKind::Entity, RecordKind::Actor, RecordKind::Outlet],
                )
            })
            .transpose()?,
        by: filters
            .by
            .as_deref()
            .map(|q| resolve(data, q, &[RecordKind::Actor, RecordKind::Outlet]))
            .transpose()?,
        outlet: filters
            .outlet
            .as_deref()
            .map(|q| resolve(data, q, &[RecordKind::Outlet]))
            .transpose()?,
        stance: filters.stance.map(Into::into),
    })
}

/// Prints an answer as text or JSON, as `--format` asks.
pub(crate) fn print(cli: &Cli, style: &Style, answer: &impl Answer) {
    match cli.format {
        OutputFormat::Text => emit(&style.finish(&answer.text(style))),
        OutputFormat::Json => emit(&format!(
            "{}\n",
            serde_json::to_string_pretty(answer).expect("answers serialise")
        )),
    }
}

/// Writes to stdout; a closed pipe (`| head`) ends output quietly.
fn emit(text: &str) {
    let mut out = io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}
