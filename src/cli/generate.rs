//! Files generated from the arguments of [`crate::cli::args`]: shell
//! completion scripts (clap_complete) and the man page (clap_mangen). Both
//! are bytes that depend on nothing but the program's version and its
//! arguments, so the committed copies in `docs/` can be checked against them
//! (`tests/cli/conventions.rs`).

use clap::CommandFactory;
use clap_complete::Shell;
use clap_mangen::roff::{Roff, bold, roman};

use claimgraph::error::CommandError;

use crate::cli::args::Cli;

/// The completion script for `shell`.
pub(crate) fn completions(shell: Shell) -> Vec<u8> {
    let mut command = Cli::command();
    let mut bytes = Vec::new();
    clap_complete::generate(shell, &mut command, "claimgraph", &mut bytes);
    bytes
}

/// The variables read outside clap, with what they do; those clap reads
/// (`env = …` on an argument) are listed from the arguments themselves.
const ENVIRONMENT: [(&str, &str); 3] = [
    (
        "NO_COLOR",
        "Set and not empty: no colour under --color auto (the default).",
    ),
    (
        "CLICOLOR_FORCE",
        "Set and not empty: colour under --color auto even in a pipe, unless NO_COLOR is set.",
    ),
    (
        "COLUMNS",
        "The width tables wrap to; by default the terminal's, and no limit in a pipe.",
    ),
];

/// A man page in roff: `claimgraph(1)` when `path` is empty, else the page
/// of that subcommand (`["review", "set"]`: `claimgraph-review-set(1)`), as
/// clap_mangen draws it. Every page lists its subcommands' pages, and there
/// is one for each (`help` aside), so no reference is left hanging. The main
/// page has an ENVIRONMENT section before VERSION.
pub(crate) fn man(path: &[String]) -> Result<Vec<u8>, CommandError> {
    let mut root = without_help_subcommand(Cli::command());
    root.build();
    let mut command = &root;
    for (at, name) in path.iter().enumerate() {
        command = command.find_subcommand(name).ok_or_else(|| {
            let known: Vec<&str> = command.get_subcommands().map(|c| c.get_name()).collect();
            let named = |n: usize| {
                std::iter::once("claimgraph")
                    .chain(path[..n].iter().map(String::as_str))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let parent = named(at);
            let there = if known.is_empty() {
                format!("`{parent}` has no subcommands")
            } else {
                format!("the subcommands of `{parent}` are {}", known.join(", "))
            };
            CommandError::Usage(format!(
                "`{}` is not a command, so it has no man page; {there}",
                named(at + 1)
            ))
        })?;
    }
    let page = clap_mangen::Man::new(command.clone());
    let mut bytes = Vec::new();
    let written: std::io::Result<()> = if path.is_empty() {
        (|| {
            page.render_title(&mut bytes)?;
            page.render_name_section(&mut bytes)?;
            page.render_synopsis_section(&mut bytes)?;
            page.render_description_section(&mut bytes)?;
            page.render_options_section(&mut bytes)?;
            page.render_subcommands_section(&mut bytes)?;
            environment(command).to_writer(&mut bytes)?;
            page.render_version_section(&mut bytes)
        })()
    } else {
        page.render(&mut bytes)
    };
    written.expect("writing to memory cannot fail");
    Ok(bytes)
}

/// `command` and all its subcommands without the `help` subcommand, which
/// has no page of its own (`--help` is on every page).
fn without_help_subcommand(command: clap::Command) -> clap::Command {
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    names
        .iter()
        .fold(command.disable_help_subcommand(true), |command, name| {
            command.mut_subcommand(name, without_help_subcommand)
        })
}

/// The ENVIRONMENT section: every variable an argument of any subcommand
/// reads, in the order of first appearance, then [`ENVIRONMENT`].
fn environment(command: &clap::Command) -> Roff {
    let mut variables: Vec<(String, String)> = Vec::new();
    let mut stack = vec![command];
    while let Some(command) = stack.pop() {
        for arg in command.get_arguments() {
            let Some(name) = arg.get_env().and_then(|e| e.to_str()) else {
                continue;
            };
            if variables.iter().any(|(known, _)| known == name) {
                continue;
            }
            let long = arg.get_long().unwrap_or_else(|| arg.get_id().as_str());
            let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
            variables.push((name.to_string(), format!("The default of --{long}: {help}")));
        }
        let subcommands: Vec<&clap::Command> = command.get_subcommands().collect();
        stack.extend(subcommands.into_iter().rev());
    }
    variables.extend(
        ENVIRONMENT
            .iter()
            .map(|(name, what)| (name.to_string(), what.to_string())),
    );
    let mut roff = Roff::new();
    roff.control("SH", ["ENVIRONMENT"]);
    for (name, what) in variables {
        roff.control("TP", []);
        roff.text([bold(name)]);
        roff.text([roman(what)]);
    }
    roff
}
