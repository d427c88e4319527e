//! Everything the program writes to standard output and standard error.
//!
//! Answers go to stdout as text or JSON; a closed pipe (`| head`) ends
//! output quietly, and any other write error is an error of the command.

// The one module allowed to write to the standard streams.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::{self, IsTerminal, Write};

use anstyle::AnsiColor;
use claimgraph::error::CommandError;
use claimgraph::json::{self, Answer, Listing};
use claimgraph::present::text::Render;
use claimgraph::present::text::style::Style;

use crate::cli::args::OutputFormat;
use crate::cli::colour::Colour;

/// How this run prints: format and colour, decided once.
pub(crate) struct Output {
    pub(crate) format: OutputFormat,
    pub(crate) style: Style,
    /// Colour diagnostics on stderr.
    pub(crate) colour_stderr: bool,
    pub(crate) quiet: bool,
}

impl Output {
    /// `colour` is `--color` resolved for each stream ([`crate::cli::colour`]).
    pub(crate) fn new(format: OutputFormat, quiet: bool, colour: Colour) -> Self {
        Output {
            format,
            style: Style::new(colour.stdout).with_width(table_width()),
            colour_stderr: colour.stderr,
            quiet,
        }
    }

    /// Prints an answer as text or JSON, as `--format` asks.
    pub(crate) fn answer<A: Render + Answer>(&self, answer: &A) -> Result<(), CommandError> {
        match self.format {
            OutputFormat::Text => emit(&self.style.finish(&answer.render(&self.style))),
            OutputFormat::Json => self.json(answer),
            OutputFormat::Jsonl => Err(jsonl_refused()),
        }
    }

    /// Prints several answers of one kind (`origins --all`): in text one
    /// after another, a blank line between them; in JSON an array of the
    /// answers, each as [`Output::answer`] writes it alone.
    pub(crate) fn answers<A: Render + Answer>(
        &self,
        answers: impl IntoIterator<Item = A>,
    ) -> Result<(), CommandError> {
        // Each answer written as soon as it is made: the origins of every
        // claim of a large corpus are gigabytes of text, never all held.
        let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
        let mut written = 0usize;
        let mut put = |bytes: &[u8]| out.write_all(bytes);
        let result = match self.format {
            OutputFormat::Text => answers.into_iter().try_for_each(|answer| {
                if written > 0 {
                    put(b"\n")?;
                }
                written += 1;
                put(self.style.finish(&answer.render(&self.style)).as_bytes())
            }),
            OutputFormat::Json => answers
                .into_iter()
                .try_for_each(|answer| {
                    put(if written == 0 { b"[\n" } else { b",\n" })?;
                    written += 1;
                    put(json::answer(&answer).trim_end().as_bytes())
                })
                .and_then(|()| put(if written == 0 { b"[]\n" } else { b"\n]\n" })),
            OutputFormat::Jsonl => return Err(jsonl_refused()),
        };
        match result.and_then(|()| out.flush()) {
            Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            result => result.map_err(CommandError::Output),
        }
    }

    /// Prints a listing: as [`Output::answer`], or under `--format jsonl`
    /// one compact JSON object per listed item, as the answer's list holds it.
    pub(crate) fn list<A: Render + Listing>(&self, answer: &A) -> Result<(), CommandError> {
        if self.format != OutputFormat::Jsonl {
            return self.answer(answer);
        }
        let text: String = answer.items().into_iter().map(json::line).collect();
        emit(&text)
    }

    /// Prints what a writing command did (a review writer, an importer):
    /// as [`Output::answer`], but nothing in text under `--quiet`.
    pub(crate) fn outcome<A: Render + Answer>(&self, answer: &A) -> Result<(), CommandError> {
        if self.quiet && self.format == OutputFormat::Text {
            return Ok(());
        }
        self.answer(answer)
    }

    /// Prints an answer as JSON, under its schema's name and version.
    pub(crate) fn json(&self, value: &impl Answer) -> Result<(), CommandError> {
        emit(&json::answer(value))
    }

    /// A line on stderr that reports a problem, always: its leading
    /// `error:` or `warning:` in bold red or yellow when stderr is coloured,
    /// as clap and the diagnostics show theirs.
    pub(crate) fn problem(&self, line: &str) {
        let styled = [("error:", AnsiColor::Red), ("warning:", AnsiColor::Yellow)]
            .into_iter()
            .filter(|_| self.colour_stderr)
            .find_map(|(word, colour)| {
                let rest = line.strip_prefix(word)?;
                let style = anstyle::Style::new().bold().fg_color(Some(colour.into()));
                Some(format!("{style}{word}{style:#}{rest}"))
            });
        error(styled.as_deref().unwrap_or(line));
    }

    /// A line on stderr for the person at the terminal, unless `--quiet`.
    pub(crate) fn note(&self, text: &str) {
        if !self.quiet {
            eprintln!("{text}");
        }
    }
}

/// The usage error of `--format jsonl` given to a command that does not list.
pub(crate) fn jsonl_refused() -> CommandError {
    CommandError::Usage(
        "`--format jsonl` is only for commands that list records (`claims`, `actors`, `statements`, `sources`, `search`, `timeline`, `coverage`, `similar`, `review queue`, `review repeats`); use `--format json`"
            .into(),
    )
}

/// A line on stderr, always.
pub(crate) fn error(text: &str) {
    eprintln!("{text}");
}

/// Writes to stdout. A closed pipe ends output quietly; any other failure
/// (a full disk, a closed descriptor) is an error.
pub(crate) fn emit(text: &str) -> Result<(), CommandError> {
    emit_bytes(text.as_bytes())
}

/// [`emit`] for bytes.
pub(crate) fn emit_bytes(bytes: &[u8]) -> Result<(), CommandError> {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        result => result.map_err(CommandError::Output),
    }
}

/// How wide tables may be: `COLUMNS` when set to a number, else the
/// terminal's width when stdout is a terminal; in a pipe, no limit.
fn table_width() -> Option<u16> {
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|v| v.trim().parse::<u16>().ok())
        .filter(|&n| n > 0);
    match columns {
        Some(n) => Some(n),
        None if io::stdout().is_terminal() => comfy_table::Table::new().width(),
        None => None,
    }
}
