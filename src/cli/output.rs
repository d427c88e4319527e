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
use rayon::prelude::*;

use crate::cli::args::OutputFormat;
use crate::cli::colour::Colour;

/// How many answers [`Output::answers`] makes at once: enough to keep
/// every core busy, few enough that a batch of the largest stays small.
const ANSWERS_PER_BATCH: usize = 128;

/// Writes what `make` gives for each of `items`, in their order, `between`
/// each two: made `batch` items at a time on all cores, so that no more
/// than a batch is held (the origins of every claim of a large corpus are
/// gigabytes of text).
fn write_made<T: Sync>(
    out: &mut impl Write,
    items: &[T],
    batch: usize,
    between: &[u8],
    make: impl Fn(&T) -> Vec<u8> + Sync,
) -> io::Result<()> {
    for (batch_index, batch) in items.chunks(batch.max(1)).enumerate() {
        let made: Vec<Vec<u8>> = batch.par_iter().map(&make).collect();
        for (index, bytes) in made.iter().enumerate() {
            if batch_index > 0 || index > 0 {
                out.write_all(between)?;
            }
            out.write_all(bytes)?;
        }
    }
    Ok(())
}

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

    /// Prints the answer `make` gives for each of `items` (`origins
    /// --all`): in text one after another, a blank line between them; in
    /// JSON an array of the answers, each as [`Output::answer`] writes it
    /// alone.
    pub(crate) fn answers<T: Sync, A: Render + Answer>(
        &self,
        items: &[T],
        make: impl Fn(&T) -> A + Sync,
    ) -> Result<(), CommandError> {
        if self.format == OutputFormat::Jsonl {
            return Err(jsonl_refused());
        }
        let json = self.format == OutputFormat::Json;
        let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
        let mut write = || -> io::Result<()> {
            if json {
                out.write_all(if items.is_empty() { b"[]\n" } else { b"[\n" })?;
            }
            let between: &[u8] = if json { b",\n" } else { b"\n" };
            write_made(&mut out, items, ANSWERS_PER_BATCH, between, |item| {
                self.written(&make(item))
            })?;
            if json && !items.is_empty() {
                out.write_all(b"\n]\n")?;
            }
            out.flush()
        };
        match write() {
            Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            result => result.map_err(CommandError::Output),
        }
    }

    /// One of [`Output::answers`]: as text, or as JSON without the final
    /// line break.
    fn written<A: Render + Answer>(&self, answer: &A) -> Vec<u8> {
        if self.format == OutputFormat::Json {
            let mut bytes = Vec::new();
            json::write_answer(answer, &mut bytes).expect("answers serialise to memory");
            bytes
        } else {
            self.style.finish(&answer.render(&self.style)).into_bytes()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_made_in_batches_comes_out_in_order_once_each() {
        let items: Vec<usize> = (0..1000).collect();
        let expected = items
            .iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join(",");
        // A batch of one, a batch that does not divide the items, one
        // batch of all, and more than all.
        for batch in [1, 7, 128, 1000, 5000] {
            let mut out = Vec::new();
            write_made(&mut out, &items, batch, b",", |i| {
                i.to_string().into_bytes()
            })
            .unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), expected, "batch {batch}");
        }
        let mut out = Vec::new();
        write_made(&mut out, &[] as &[usize], 7, b",", |_| unreachable!()).unwrap();
        assert!(out.is_empty());
    }
}
