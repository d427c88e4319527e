//! A spinner on standard error while a slow load, import or export runs.
//!
//! Shown only when standard error is a terminal, never with `-q`, and only
//! once the work has taken a second: a quick command prints nothing extra,
//! and a pipe or a log file never receives terminal control codes. It is
//! cleared before the command writes its answer, so it never mixes with
//! output on the same terminal.

use std::io::IsTerminal;
use std::path::Path;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread::JoinHandle;
use std::time::Duration;

use claimgraph::text::safe::printable;
use indicatif::ProgressBar;

/// How long the work runs before the spinner appears.
const SHOW_AFTER: Duration = Duration::from_secs(1);

/// A spinner that may appear while it is alive; dropping it clears it.
pub(crate) struct Spinner {
    done: Option<mpsc::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

/// A spinner saying that `dir` is being loaded, when standard error is a
/// terminal and `quiet` is not set.
pub(crate) fn loading(dir: &Path, quiet: bool) -> Spinner {
    working(
        &format!("loading {}", printable(&dir.display().to_string())),
        quiet,
    )
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
    let (done, finished) = mpsc::channel::<()>();
    let thread = std::thread::spawn(move || {
        // Done (or the sender gone) within the second: nothing to show.
        if finished.recv_timeout(SHOW_AFTER) != Err(RecvTimeoutError::Timeout) {
            return;
        }
        let bar = ProgressBar::new_spinner().with_message(message);
        bar.enable_steady_tick(Duration::from_millis(120));
        let _ = finished.recv();
        bar.finish_and_clear();
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
