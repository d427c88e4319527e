//! One small function per subcommand: resolve what was typed, call one
//! library entry point, hand the answer to the output.

use std::path::Path;

use claimgraph::edit::atomic;
use claimgraph::edit::review::{self, ReviewChanges};
use claimgraph::error::CommandError;
use claimgraph::formats::{Format, View, claimreview};
use claimgraph::import;
use claimgraph::present::brief;
use claimgraph::query;
use claimgraph::workspace::Workspace;

use crate::cli::args::{Command, ImportCommand, OutputFormat, ReviewCommand};
use crate::cli::output::{self, Output};
use crate::cli::resolve::{self, Resolver};

/// Runs every command but `check` on checked data.
pub(crate) fn run(command: &Command, ws: &Workspace, out: &Output) -> Result<(), CommandError> {
    let data = &ws.data;
    let graph = &ws.graph;
    let ids = Resolver { data };
    match command {
        Command::Check { .. } => unreachable!("`check` runs before the data is required clean"),
        Command::Trace { claim } => out.answer(&query::trace::trace(data, &ids.claim(claim)?)),
        Command::Origins { claim } => {
            out.answer(&query::origins::origins(data, &ids.claim(claim)?))
        }
        Command::Timeline { claim } => {
            out.list(&query::timeline::timeline(data, &ids.claim(claim)?))
        }
        Command::Said { actor, members } => {
            out.answer(&query::said::said(data, &ids.speaker(actor)?, *members))
        }
        Command::Contradictions { claim } => {
            let claim = claim.as_deref().map(|q| ids.claim(q)).transpose()?;
            out.answer(&query::contradictions::contradictions(
                data,
                claim.as_deref(),
            ))
        }
        Command::Show { id } => out.answer(&query::show::show(data, graph, &ids.any(id)?)),
        Command::Search { text, kind, limit } => {
            let kinds = if kind.is_empty() {
                claimgraph::model::RecordKind::ALL
            } else {
                kind.as_slice()
            };
            out.list(&query::search::search(data, &text.join(" "), kinds, *limit))
        }
        Command::Stats => out.answer(&query::stats::stats(data, graph)),
        Command::Coverage { source } => {
            let source = source.as_deref().map(|q| ids.source(q)).transpose()?;
            out.list(&query::coverage::coverage(data, source.as_deref()))
        }
        Command::Claims(filters) => out.list(&query::listing::claims(data, &ids.filter(filters)?)),
        Command::Actors(filters) => out.list(&query::listing::actors(data, &ids.filter(filters)?)),
        Command::Statements(filters) => out.list(&query::statements::statements(
            data,
            &ids.statement_filter(filters)?,
        )),
        Command::Sources(filters) => {
            let claim = filters.claim.as_deref().map(|q| ids.claim(q)).transpose()?;
            out.list(&query::sources::sources(
                data,
                &ids.filter(&filters.filters)?,
                claim.as_deref(),
            ))
        }
        Command::Review(command) => review_command(command, ws, &ids, out),
        Command::Report {
            claim,
            to,
            output,
            graph: drawing,
        } => {
            refuse_json(out, "`report` writes Markdown or HTML (`--to`)")?;
            let text = brief::report(ws, &ids.claim(claim)?, *to, *drawing)?;
            match output {
                Some(path) => write_new(path, &text, out),
                None => output::emit(&text),
            }
        }
        Command::Import(ImportCommand::Claimreview { files, dry_run }) => {
            out.outcome(&import::claimreview(ws, files, *dry_run)?)
        }
        Command::Import(ImportCommand::Csv {
            files,
            mapping,
            delimiter,
            dry_run,
        }) => {
            let mapping = resolve::mapping(mapping, delimiter.as_deref())?;
            out.outcome(&import::csv(ws, files, &mapping, *dry_run)?)
        }
        Command::Export {
            to,
            claim,
            around,
            depth,
            publisher_name,
            publisher_url,
        } => {
            if *to == claimgraph::formats::Format::Dot {
                refuse_json(out, "`export dot` writes DOT")?;
            }
            let view = match (claim, around) {
                (Some(q), _) => View::claim(data, graph, &ids.claim(q)?),
                (None, Some(q)) => View::around(data, graph, &ids.any(q)?, *depth),
                (None, None) => View::all(data, graph),
            };
            let mut bytes = Vec::new();
            if *to != Format::ClaimReview {
                if publisher_name.is_some() || publisher_url.is_some() {
                    return Err(CommandError::Usage(
                        "--publisher-name and --publisher-url are for `export claimreview`".into(),
                    ));
                }
                to.exporter().write(&view, &mut bytes)?;
                return output::emit_bytes(&bytes);
            }
            let publisher = resolve::publisher(
                data.publisher.as_ref(),
                publisher_name.as_deref(),
                publisher_url.as_deref(),
            )?;
            let exported = claimreview::write::export(&view, publisher.as_ref(), &mut bytes)?;
            output::emit_bytes(&bytes)?;
            for skipped in &exported.skipped {
                output::error(&format!(
                    "warning: the review of `{}` was left out of the ClaimReview export: it has no {}",
                    skipped.claim,
                    skipped.missing.join(", no ")
                ));
            }
            if exported.skipped.is_empty() {
                Ok(())
            } else {
                Err(CommandError::Refused(format!(
                    "{} finished review(s) could not be exported as valid ClaimReview; give them a URL (`review publish --url`) and our publisher (`claimgraph.toml` or --publisher-name)",
                    exported.skipped.len()
                )))
            }
        }
    }
}

/// `review queue|start|set|evidence|publish`.
fn review_command(
    command: &ReviewCommand,
    ws: &Workspace,
    ids: &Resolver<'_>,
    out: &Output,
) -> Result<(), CommandError> {
    match command {
        ReviewCommand::Queue { limit } => out.list(&query::queue::queue(&ws.data, *limit)),
        ReviewCommand::Start { common } => {
            out.outcome(&review::start(ws, &ids.review_write(common)?)?)
        }
        ReviewCommand::Set {
            common,
            status,
            verdict,
            rationale,
            url,
        } => {
            let changes = ReviewChanges {
                status: *status,
                verdict: verdict.clone(),
                rationale: rationale.clone(),
                url: url.clone(),
            };
            out.outcome(&review::set(ws, &ids.review_write(common)?, &changes)?)
        }
        ReviewCommand::Evidence {
            common,
            points_to,
            grade,
            bearing,
            note,
        } => {
            let common = ids.review_write(common)?;
            let target = ids.evidence_target(points_to)?;
            out.outcome(&review::evidence(
                ws,
                &common,
                &target,
                *grade,
                *bearing,
                note.as_deref(),
            )?)
        }
        ReviewCommand::Publish { common, url } => out.outcome(&review::publish(
            ws,
            &ids.review_write(common)?,
            url.as_deref(),
        )?),
    }
}

/// A usage error when `--format json` was given to a command whose output
/// has a format of its own (`what` says which).
fn refuse_json(out: &Output, what: &str) -> Result<(), CommandError> {
    if out.format == OutputFormat::Json {
        return Err(CommandError::Usage(format!(
            "{what}; `--format json` does not apply to it"
        )));
    }
    Ok(())
}

/// A brief only ever goes to a new file: an existing one may be someone's
/// edited copy.
fn write_new(path: &Path, text: &str, out: &Output) -> Result<(), CommandError> {
    atomic::create(path, text.as_bytes())?;
    out.note(&format!("wrote {}", path.display()));
    Ok(())
}
