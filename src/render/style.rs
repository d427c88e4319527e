//! Colour for terminals only: off when output is piped or NO_COLOR is set.

use anstyle::{AnsiColor, Style as Ansi};

use crate::model::Stance;

/// Whether to colour, decided once per run.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub colour: bool,
}

impl Style {
    /// Colour only when stdout is a terminal and NO_COLOR is unset or empty.
    pub fn detect() -> Self {
        Style {
            colour: colour_wanted(&std::io::stdout()),
        }
    }

    /// The same decision for diagnostics, which go to stderr.
    pub fn detect_stderr() -> bool {
        colour_wanted(&std::io::stderr())
    }

    fn paint(&self, style: Ansi, text: &str) -> String {
        if self.colour {
            format!("{style}{text}{style:#}")
        } else {
            text.to_string()
        }
    }

    pub fn bold(&self, text: &str) -> String {
        self.paint(Ansi::new().bold(), text)
    }

    pub fn dim(&self, text: &str) -> String {
        self.paint(Ansi::new().dimmed(), text)
    }

    pub fn stance(&self, stance: Stance) -> String {
        let colour = match stance {
            Stance::Affirms => AnsiColor::Green,
            Stance::Denies => AnsiColor::Red,
            Stance::Hedges => AnsiColor::Yellow,
            Stance::Reports => AnsiColor::Cyan,
        };
        self.paint(
            Ansi::new().fg_color(Some(colour.into())).bold(),
            stance_word(stance),
        )
    }
}

fn colour_wanted(stream: &impl std::io::IsTerminal) -> bool {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    !no_color && stream.is_terminal()
}

/// The stance as a lowercase verb.
pub fn stance_word(stance: Stance) -> &'static str {
    match stance {
        Stance::Affirms => "affirms",
        Stance::Denies => "denies",
        Stance::Hedges => "hedges",
        Stance::Reports => "reports",
    }
}
