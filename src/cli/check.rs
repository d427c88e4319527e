//! `check`, and the diagnostics every command prints when the data is bad.

use claimgraph::diagnostic::{CheckReport, DiagnosticJson, Printer, Severity};
use claimgraph::text::words::count;
use claimgraph::workspace::Workspace;

use crate::cli::args::OutputFormat;
use crate::cli::exit::Exit;
use crate::cli::output::{self, Output};

/// Prints the diagnostics at `at_least` severity or worse to stderr;
/// warnings are left out under `--quiet`. At most the `diagnostics` limit
/// are shown, the rest counted in one line.
pub(crate) fn print_diagnostics(workspace: &Workspace, out: &Output, at_least: Severity) {
    let printer = Printer::new(&workspace.files, out.colour_stderr);
    let shown = workspace.limits.diagnostics;
    let mut left = 0usize;
    for (n, diagnostic) in workspace
        .diagnostics
        .iter()
        .filter(|d| d.severity >= at_least)
        .filter(|d| !(out.quiet && d.severity == Severity::Warning))
        .enumerate()
    {
        if n < shown {
            output::error(&format!("{}\n", printer.render(diagnostic)));
        } else {
            left += 1;
        }
    }
    if left > 0 {
        output::error(&format!(
            "{} not shown (the limit `diagnostics` is {shown}; raise it in claimgraph.toml: [limits] diagnostics = {})",
            count(left, "diagnostic"),
            shown.saturating_mul(2)
        ));
    }
}

/// `check`: every problem at once, then the counts.
pub(crate) fn check(workspace: &Workspace, out: &Output, deny_warnings: bool) -> Exit {
    let (errors, warnings) = (workspace.errors(), workspace.warnings());
    if out.format == OutputFormat::Json {
        let summary = CheckReport {
            errors,
            warnings,
            statements: workspace.data.statements.len(),
            diagnostics: workspace
                .diagnostics
                .iter()
                .map(|d| DiagnosticJson::new(d, &workspace.files))
                .collect(),
        };
        if let Err(error) = out.json(&summary) {
            out.problem(&format!("error: {error}"));
            return Exit::Failure;
        }
    } else {
        print_diagnostics(workspace, out, Severity::Warning);
        let d = &workspace.data;
        out.note(&format!(
            "checked {}, {}, {}, {}, {}: {}, {}",
            count(d.sources.len(), "source"),
            count(d.statements.len(), "statement"),
            count(d.claims.len(), "claim"),
            count(d.actors.len(), "actor"),
            count(d.outlets.len(), "outlet"),
            count(errors, "error"),
            count(warnings, "warning"),
        ));
    }
    if errors > 0 || (deny_warnings && warnings > 0) {
        Exit::Failure
    } else {
        Exit::Ok
    }
}
