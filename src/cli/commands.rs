//! One small function per subcommand: resolve what was typed, call one
//! library entry point, hand the answer to the output.

use std::path::Path;

use claimgraph::edit::atomic::{self, WriteError};
use claimgraph::edit::review::{self, ReviewChanges};
use claimgraph::error::CommandError;
use claimgraph::formats::{Exporter, Format, View, claimreview, neo4j, rdf};
use claimgraph::import;
use claimgraph::lookup::index::SearchIndex;
use claimgraph::present::brief::{self, ReportFormat};
use claimgraph::present::view::{self, Scope};
use claimgraph::query;
use claimgraph::workspace::Workspace;

use crate::cli::args::{
    Command, GraphPart, ImportCommand, OutputFile, OutputFormat, ReviewCommand,
};
use crate::cli::output::{self, Output};
use crate::cli::progress;
use crate::cli::resolve::{self, Resolver};

/// Runs every command but `check` on checked data.
pub(crate) fn run(command: &Command, ws: &Workspace, out: &Output) -> Result<(), CommandError> {
    let data = &ws.data;
    let graph = &ws.graph;
    let ids = Resolver { data };
    match command {
        Command::Check { .. } => unreachable!("`check` runs before the data is required clean"),
        Command::Completions { .. } | Command::Man { .. } | Command::Cache(_) => {
            unreachable!("generated files and the cache are handled before the data is read")
        }
        Command::Trace { claim } => out.answer(&query::trace::trace(data, &ids.claim(claim)?)),
        Command::Origins {
            claim: Some(claim), ..
        } => out.answer(&query::origins::origins(data, &ids.claim(claim)?)),
        Command::Origins { claim: None, .. } => {
            let claims: Vec<&String> = data.claims.keys().collect();
            out.answers(&claims, |claim| query::origins::origins(data, claim))
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
        Command::Similar {
            claim,
            min_score,
            limit,
            same_document,
            write,
            pick,
            dry_run,
        } => {
            let min_score = resolve::min_score(*min_score, claim.is_some())?;
            let options = query::similar::Options {
                claim: claim.as_deref().map(|q| ids.claim(q)).transpose()?,
                min_score,
                same_document: *same_document,
                // `--pick` names ranks of the whole list.
                limit: (!*write).then_some(*limit),
            };
            let answer = query::similar::similar(data, &options);
            if *write {
                let picked = resolve::picked_pairs(&answer.pairs, pick)?;
                return out.outcome(&claimgraph::edit::relations::append_same_as(
                    ws, &picked, *dry_run,
                )?);
            }
            out.list(&answer)
        }
        Command::Show { id } => out.answer(&query::show::show(data, graph, &ids.any(id)?)),
        Command::Search { text, kind, limit } => {
            let kinds = if kind.is_empty() {
                claimgraph::model::RecordKind::ALL
            } else {
                kind.as_slice()
            };
            out.list(&query::search::search(
                data,
                // Building the index costs what one unindexed search costs;
                // the cache then keeps it for the searches after this one.
                Some(ws.search_index.get_or_init(|| SearchIndex::build(data))),
                &text.join(" "),
                kinds,
                *limit,
            ))
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
            file,
            graph: drawing,
            interactive,
        } => {
            refuse_json(out, "`report` writes Markdown or HTML (`--to`)")?;
            if *interactive && *to != ReportFormat::Html {
                return Err(CommandError::Usage(
                    "--interactive is for `report --to html`".into(),
                ));
            }
            let claim = ids.claim(claim)?;
            let text = {
                let _working = progress::working("writing the brief", out.quiet);
                brief::report_with(ws, &claim, *to, *drawing, *interactive)?
            };
            deliver(text.as_bytes(), file, out)
        }
        Command::Import(ImportCommand::Claimreview { files, dry_run }) => {
            let outcome = {
                let _working = progress::working("importing ClaimReview", out.quiet);
                import::claimreview(ws, files, *dry_run)?
            };
            out.outcome(&outcome)
        }
        Command::Import(ImportCommand::Csv {
            files,
            mapping,
            delimiter,
            dry_run,
        }) => {
            let mapping = resolve::mapping(mapping, delimiter.as_deref())?;
            let outcome = {
                let _working = progress::working("importing CSV", out.quiet);
                import::csv(ws, files, &mapping, *dry_run)?
            };
            out.outcome(&outcome)
        }
        Command::View { part, file } => {
            refuse_json(out, "`view` writes an HTML page")?;
            let (view, scope) = select(ws, &ids, part)?;
            let page = {
                let _working = progress::working("drawing the view", out.quiet);
                view::page(&view, &scope)
            };
            deliver(page.as_bytes(), file, out)
        }
        Command::Export {
            to,
            part,
            publisher_name,
            publisher_url,
            file,
            base,
            neo4j,
            dir,
        } => {
            match to {
                Format::Dot => refuse_json(out, "`export dot` writes DOT")?,
                Format::GraphMl => refuse_json(out, "`export graphml` writes GraphML")?,
                Format::Gexf => refuse_json(out, "`export gexf` writes GEXF")?,
                Format::Csv => refuse_json(out, "`export csv` writes CSV")?,
                Format::Turtle | Format::NTriples => {
                    refuse_json(out, "`export turtle` and `export ntriples` write RDF")?
                }
                // JSON-LD and our own JSON are JSON already.
                Format::ClaimReview | Format::Json => {}
            }
            if *neo4j && *to != Format::Csv {
                return Err(CommandError::Usage(
                    "--neo4j and --dir are for `export csv`".into(),
                ));
            }
            if dir.is_some() && file.output.is_some() {
                return Err(CommandError::Usage(
                    "`export csv --neo4j` writes a folder (--dir), not one file (-o)".into(),
                ));
            }
            let (view, _) = select(ws, &ids, part)?;
            let mut bytes = Vec::new();
            // Cleared before anything is written, so the spinner and the
            // export never share the terminal.
            let name = clap::ValueEnum::to_possible_value(to)
                .map(|value| value.get_name().to_string())
                .unwrap_or_default();
            let working = progress::working(&format!("exporting {name}"), out.quiet);
            if let Some(syntax) = to.rdf_syntax() {
                let base = base
                    .as_deref()
                    .map(|b| {
                        rdf::Base::new(b).map_err(|e| CommandError::Usage(format!("--base {e}")))
                    })
                    .transpose()?;
                rdf::Rdf { syntax, base }.write(&view, &mut bytes)?;
                drop(working);
                return deliver(&bytes, file, out);
            }
            if base.is_some() {
                return Err(CommandError::Usage(
                    "--base is for `export turtle` and `export ntriples`".into(),
                ));
            }
            if *to != Format::ClaimReview {
                if publisher_name.is_some() || publisher_url.is_some() {
                    return Err(CommandError::Usage(
                        "--publisher-name and --publisher-url are for `export claimreview`".into(),
                    ));
                }
                if let Some(dir) = dir {
                    return write_neo4j(&view, dir, out, working);
                }
                to.exporter().write(&view, &mut bytes)?;
                drop(working);
                return deliver(&bytes, file, out);
            }
            let publisher = resolve::publisher(
                data.publisher.as_ref(),
                publisher_name.as_deref(),
                publisher_url.as_deref(),
            )?;
            let exported = claimreview::write::export(&view, publisher.as_ref(), &mut bytes)?;
            drop(working);
            // On stdout the export is printed before the refusal, as it
            // always was; a file is not created for an export that failed.
            if exported.skipped.is_empty() || file.output.is_none() {
                deliver(&bytes, file, out)?;
            }
            for skipped in &exported.skipped {
                out.problem(&format!(
                    "warning: the review of `{}` was left out of the ClaimReview export: it has no {}",
                    skipped.claim,
                    skipped.missing.join(", no ")
                ));
            }
            if exported.skipped.is_empty() {
                Ok(())
            } else {
                let unwritten = match &file.output {
                    Some(path) => format!("; nothing was written to {}", path.display()),
                    None => String::new(),
                };
                Err(CommandError::Refused(format!(
                    "{} finished review(s) could not be exported as valid ClaimReview; give them a URL (`review publish --url`) and our publisher (`claimgraph.toml` or --publisher-name){unwritten}",
                    exported.skipped.len()
                )))
            }
        }
    }
}

/// The part of the graph `--claim` or `--around ID --depth N` picks (the
/// whole graph without either), and what it is, for `export` and `view`.
fn select<'w>(
    ws: &'w Workspace,
    ids: &Resolver<'_>,
    part: &GraphPart,
) -> Result<(View<'w>, Scope), CommandError> {
    let (data, graph, depth) = (&ws.data, &ws.graph, part.depth);
    Ok(match (&part.claim, &part.around) {
        (Some(q), _) => {
            let id = ids.claim(q)?;
            (View::claim(data, graph, &id), Scope::Claim(id))
        }
        (None, Some(q)) => {
            let id = ids.any(q)?;
            (
                View::around(data, graph, &id, depth),
                Scope::Around { id, depth },
            )
        }
        (None, None) => (View::all(data, graph), Scope::All),
    })
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
        ReviewCommand::Repeats { claim, since } => {
            let claim = claim.as_deref().map(|q| ids.claim(q)).transpose()?;
            let since = since
                .as_deref()
                .map(|d| resolve::date_flag("since", d))
                .transpose()?;
            out.list(&query::repeats::repeats(&ws.data, claim.as_deref(), since))
        }
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

/// `export csv --neo4j --dir DIR`: every import file, each written
/// atomically and only where no file of that name exists; when one does,
/// nothing at all is written.
fn write_neo4j(
    view: &View<'_>,
    dir: &Path,
    out: &Output,
    working: progress::Spinner,
) -> Result<(), CommandError> {
    let files = neo4j::files(view);
    let existing: Vec<String> = files
        .iter()
        .map(|f| dir.join(&f.name))
        .filter(|path| path.exists())
        .map(|path| path.display().to_string())
        .collect();
    if !existing.is_empty() {
        return Err(CommandError::Refused(format!(
            "not overwriting {}; choose an empty folder",
            existing.join(", ")
        )));
    }
    for file in &files {
        atomic::create(&dir.join(&file.name), &file.bytes)?;
    }
    drop(working);
    out.note(&format!(
        "wrote {} Neo4j import files to {}",
        files.len(),
        dir.display()
    ));
    Ok(())
}

/// A document to stdout, or with `-o FILE` to that file through
/// [`atomic`]: whole or not at all, and over an existing file only with
/// `--force` (it may be someone's edited copy).
fn deliver(bytes: &[u8], file: &OutputFile, out: &Output) -> Result<(), CommandError> {
    let Some(path) = &file.output else {
        return output::emit_bytes(bytes);
    };
    let written = if file.force {
        atomic::replace(path, bytes)
    } else {
        atomic::create(path, bytes)
    };
    written.map_err(|error| match error {
        WriteError::Exists { path } if !file.force => exists(&path),
        error => error.into(),
    })?;
    out.note(&format!("wrote {}", path.display()));
    Ok(())
}

/// The refusal to overwrite `path`, naming the flag that allows it: an I/O
/// failure (exit 1), as every other file that cannot be written.
fn exists(path: &Path) -> CommandError {
    CommandError::Output(std::io::Error::new(
        std::io::ErrorKind::AlreadyExists,
        format!(
            "{} already exists; nothing was written (pass --force to replace it)",
            path.display()
        ),
    ))
}
