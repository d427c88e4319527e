//! A progress bar or spinner on standard error while a slow load, import,
//! export or cache write runs.
//!
//! Shown only when standard error is a terminal, never with `-q`, and only
//! once the work has taken a second: a quick command prints nothing extra,
//! and a pipe or a log file never receives terminal control codes. It is
//! cleared before the command writes its answer, so it never mixes with
//! output on the same terminal; the spinner of the cache write, which comes
//! after the answer, is shown only when the answer went to the terminal
//! too (never over a pager reading it). A load counts its files and sources stage
//! by stage ([`Loading`], fed by the library's
//! [`claimgraph::load::progress::Observer`]); other work shows a spinner.

use std::io::IsTerminal;
use std::path::Path;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread::JoinHandle;
use std::time::Duration;

use claimgraph::load::progress::{Observer, Stage};
use claimgraph::text::safe::printable;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How long the work runs before the spinner appears.
const SHOW_AFTER: Duration = Duration::from_secs(1);

/// A spinner that may appear while it is alive; dropping it clears it.
pub(crate) struct Spinner {
    done: Option<mpsc::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

/// A load's progress: hidden at first, drawn on standard error once the
/// load has taken a second, when that is a terminal and `quiet` is not set.
/// Drop it before writing the answer.
pub(crate) struct Loading {
    /// What is loaded, `loading data`.
    what: String,
    bar: ProgressBar,
    _shown: Spinner,
}

/// The progress of loading `dir`.
pub(crate) fn loading(dir: &Path, quiet: bool) -> Loading {
    let what = format!("loading {}", printable(&dir.display().to_string()));
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
    bar.set_style(uncounted());
    bar.set_message(format!("{what}…"));
    let shown = if quiet || !std::io::stderr().is_terminal() {
        Spinner {
            done: None,
            thread: None,
        }
    } else {
        let drawn = bar.clone();
        after_a_second(move |finished| {
            drawn.set_draw_target(ProgressDrawTarget::stderr());
            drawn.enable_steady_tick(Duration::from_millis(120));
            let _ = finished.recv();
            drawn.finish_and_clear();
        })
    };
    Loading {
        what,
        bar,
        _shown: shown,
    }
}

impl Observer for Loading {
    fn begin(&self, stage: Stage, steps: Option<u64>) {
        let doing = match stage {
            Stage::Reading => "reading files",
            Stage::Parsing => "parsing files",
            Stage::ReadingTexts => "reading source texts",
            Stage::FindingQuotes => "finding quotes",
            Stage::Checking => "checking sources",
            Stage::BuildingGraph => "building the graph",
        };
        // The style and the count first, the message last: a frame drawn
        // between them shows at worst the old stage's name with the new
        // count, never a stage with a count it does not have.
        match steps {
            Some(steps) => {
                self.bar.set_style(counted());
                self.bar.set_length(steps);
            }
            None => {
                self.bar.set_style(uncounted());
                self.bar.unset_length();
            }
        }
        self.bar.set_position(0);
        self.bar.set_message(format!("{}: {doing}", self.what));
    }

    fn advance(&self, steps: u64) {
        self.bar.inc(steps);
    }
}

/// A stage whose steps are counted: `⠋ loading data: parsing files
/// [=====>    ] 4210/10000`.
fn counted() -> ProgressStyle {
    ProgressStyle::with_template("{spinner} {msg} [{bar:24}] {human_pos}/{human_len}")
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ")
}

/// A stage that is not counted: `⠋ loading data: building the graph`.
fn uncounted() -> ProgressStyle {
    ProgressStyle::with_template("{spinner} {msg}")
        .unwrap_or_else(|_| ProgressStyle::default_spinner())
}

/// A spinner saying `what` is being done (`"exporting ntriples"`), when
/// standard error is a terminal and `quiet` is not set. Drop it before
/// writing the answer.
pub(crate) fn working(what: &str, quiet: bool) -> Spinner {
    if quiet || !std::io::stderr().is_terminal() {
        return Spinner {
            done: None,
            thread: None,
        };
    }
    let message = format!("{what}…");
    after_a_second(move |finished| {
        let bar = ProgressBar::new_spinner().with_message(message);
        bar.enable_steady_tick(Duration::from_millis(120));
        let _ = finished.recv();
        bar.finish_and_clear();
    })
}

/// Runs `show` on a thread once a second has passed without the returned
/// spinner being dropped; `show` is given the channel that closes when it
/// is, and must clear what it drew then.
fn after_a_second(show: impl FnOnce(mpsc::Receiver<()>) + Send + 'static) -> Spinner {
    let (done, finished) = mpsc::channel::<()>();
    let thread = std::thread::spawn(move || {
        // Done (or the sender gone) within the second: nothing to show.
        if finished.recv_timeout(SHOW_AFTER) != Err(RecvTimeoutError::Timeout) {
            return;
        }
        show(finished);
    });
    Spinner {
        done: Some(done),
        thread: Some(thread),
    }
}

impl Drop for Spinner {
    fn drop(&mut self) {
        drop(self.done.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
