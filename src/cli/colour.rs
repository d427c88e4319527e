//! When to colour, decided once per run from `--color`, the environment
//! (`NO_COLOR`, `CLICOLOR_FORCE`) and whether each stream is a terminal.
//! The library is handed the answer as plain booleans
//! ([`claimgraph::present::text::style::Style::new`],
//! [`claimgraph::diagnostic::Printer::new`]); it never looks at flags or
//! the environment itself.

use std::ffi::OsString;
use std::io::{self, IsTerminal};

use crate::cli::args::ColorWhen;

/// Whether each standard stream gets ANSI colour in this run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Colour {
    /// Answers and tables.
    pub(crate) stdout: bool,
    /// Diagnostics and error lines.
    pub(crate) stderr: bool,
}

/// What the environment asks for, read once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Environment {
    /// `NO_COLOR` is set to a non-empty value.
    no_color: bool,
    /// `CLICOLOR_FORCE` is set to a non-empty value.
    force: bool,
}

impl Environment {
    /// The variables as clap reads them (anstyle-query), so that clap's own
    /// help and errors and our answers agree.
    fn read() -> Self {
        Environment {
            no_color: anstyle_query::no_color(),
            force: anstyle_query::clicolor_force(),
        }
    }
}

/// Resolves `--color` for this run's stdout and stderr.
pub(crate) fn resolve(when: ColorWhen) -> Colour {
    let env = Environment::read();
    Colour {
        stdout: decide(when, env, io::stdout().is_terminal()),
        stderr: decide(when, env, io::stderr().is_terminal()),
    }
}

/// The one rule: the flag wins; under `auto`, a non-empty `NO_COLOR` means
/// never and then a non-empty `CLICOLOR_FORCE` means always (the order
/// clap's anstream uses); otherwise colour only a terminal.
fn decide(when: ColorWhen, env: Environment, terminal: bool) -> bool {
    match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto if env.no_color => false,
        ColorWhen::Auto if env.force => true,
        ColorWhen::Auto => terminal,
    }
}

/// clap's colour for its own help and usage errors, which it prints while
/// parsing, before `--color` is known: so the flag is looked for in the
/// arguments first (the last one before `--` counts, as clap would take it).
/// Under `auto` clap applies the same environment rule itself.
pub(crate) fn for_clap(args: &[OsString]) -> clap::ColorChoice {
    let mut when = ColorWhen::Auto;
    let mut words = args.iter().skip(1).map(|a| a.to_str());
    while let Some(word) = words.next() {
        let value = match word {
            Some("--") => break,
            Some("--color") => words.next().flatten(),
            Some(w) => w.strip_prefix("--color="),
            None => None,
        };
        when = match value {
            Some("always") => ColorWhen::Always,
            Some("never") => ColorWhen::Never,
            Some("auto") => ColorWhen::Auto,
            _ => when,
        };
    }
    match when {
        ColorWhen::Auto => clap::ColorChoice::Auto,
        ColorWhen::Always => clap::ColorChoice::Always,
        ColorWhen::Never => clap::ColorChoice::Never,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAIN: Environment = Environment {
        no_color: false,
        force: false,
    };

    #[test]
    fn auto_colours_only_a_terminal() {
        assert!(decide(ColorWhen::Auto, PLAIN, true));
        assert!(!decide(ColorWhen::Auto, PLAIN, false));
    }

    #[test]
    fn no_color_then_clicolor_force_decide_auto() {
        let no_color = Environment {
            no_color: true,
            ..PLAIN
        };
        let force = Environment {
            force: true,
            ..PLAIN
        };
        let both = Environment {
            no_color: true,
            force: true,
        };
        assert!(!decide(ColorWhen::Auto, no_color, true));
        assert!(decide(ColorWhen::Auto, force, false));
        assert!(!decide(ColorWhen::Auto, both, true));
    }

    #[test]
    fn the_flag_overrides_the_environment_and_the_stream() {
        for env in [
            PLAIN,
            Environment {
                no_color: true,
                force: true,
            },
        ] {
            for terminal in [true, false] {
                assert!(decide(ColorWhen::Always, env, terminal));
                assert!(!decide(ColorWhen::Never, env, terminal));
            }
        }
    }

    #[test]
    fn clap_is_told_the_flag_found_before_a_double_dash() {
        let args = |words: &[&str]| -> Vec<OsString> {
            std::iter::once("claimgraph")
                .chain(words.iter().copied())
                .map(OsString::from)
                .collect()
        };
        use clap::ColorChoice::{Always, Auto, Never};
        assert_eq!(for_clap(&args(&["trace"])), Auto);
        assert_eq!(for_clap(&args(&["--color", "always", "trace"])), Always);
        assert_eq!(for_clap(&args(&["trace", "--color=never"])), Never);
        assert_eq!(
            for_clap(&args(&["--color=never", "--color", "always"])),
            Always
        );
        assert_eq!(for_clap(&args(&["search", "--", "--color=never"])), Auto);
    }
}
