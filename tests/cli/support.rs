//! The harness every test module shares: one way to run the binary
//! ([`Claimgraph`], giving a [`Run`]), one environment for it, transcripts
//! for snapshots ([`assert_cmd_snapshot!`]), a [`Desk`] (a temporary folder
//! with a data directory, as a user has), and the probes for the real
//! clients the export tests feed: Graphviz ([`dot_available`]) and Python
//! with pyld and jsonschema ([`python`]).

use std::collections::BTreeMap;
use std::ffi::{OsStr, OsString};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;
use tempfile::TempDir;

/// The repository: the binary runs here by default, on the bundled `data/`.
pub(crate) fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A file or folder under `tests/fixtures/`.
pub(crate) fn fixture(path: &str) -> PathBuf {
    root().join("tests/fixtures").join(path)
}

/// A command line for the built `claimgraph`, run in the repository (or
/// another folder) with a clean environment: `NO_COLOR=1`, no table
/// width (no `COLUMNS`, and stdout is a pipe, so tables are not wrapped;
/// [`Claimgraph::columns`] sets one), and no `CLAIMGRAPH_*` or `CLICOLOR*` variable of the caller's,
/// so `CLAIMGRAPH_DATA`, `CLAIMGRAPH_REVIEWER` and colour settings cannot
/// leak in. Standard input is empty unless [`Claimgraph::stdin`] gives some.
#[derive(Clone)]
pub(crate) struct Claimgraph {
    dir: PathBuf,
    args: Vec<OsString>,
    env: Vec<(OsString, OsString)>,
    stdin: Option<Vec<u8>>,
}

impl Claimgraph {
    pub(crate) fn new() -> Self {
        Claimgraph {
            dir: root().to_path_buf(),
            args: Vec::new(),
            env: Vec::new(),
            stdin: None,
        }
    }

    /// `--data DIR`, relative to the folder the command runs in.
    pub(crate) fn data(self, dir: impl AsRef<OsStr>) -> Self {
        self.args(["--data".as_ref(), dir.as_ref()])
    }

    pub(crate) fn args<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        self.args
            .extend(args.into_iter().map(|a| a.as_ref().to_owned()));
        self
    }

    /// Set a variable, after the clean-up (so `CLAIMGRAPH_DATA` can be given).
    pub(crate) fn env(mut self, key: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> Self {
        self.env
            .push((key.as_ref().to_owned(), value.as_ref().to_owned()));
        self
    }

    /// `COLUMNS=width`: tables wrap to fit `width` terminal columns.
    pub(crate) fn columns(self, width: u16) -> Self {
        self.env("COLUMNS", width.to_string())
    }

    pub(crate) fn stdin(mut self, bytes: impl Into<Vec<u8>>) -> Self {
        self.stdin = Some(bytes.into());
        self
    }

    pub(crate) fn current_dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.dir = dir.as_ref().to_path_buf();
        self
    }

    /// The command as a user would type it, with paths inside the repository
    /// or the working folder written relative to it, so snapshot headers do
    /// not depend on where the tests run.
    pub(crate) fn command_line(&self) -> String {
        let relative = |arg: &OsStr| -> String {
            let arg = arg.to_string_lossy();
            for base in [self.dir.as_path(), root()] {
                let prefix = format!("{}/", base.display());
                if let Some(rest) = arg.strip_prefix(&prefix) {
                    return rest.to_string();
                }
            }
            arg.into_owned()
        };
        let mut words: Vec<String> = self
            .env
            .iter()
            .map(|(k, v)| format!("{}={}", k.to_string_lossy(), quote(&relative(v))))
            .collect();
        words.push("claimgraph".to_string());
        words.extend(self.args.iter().map(|a| quote(&relative(a))));
        words.join(" ")
    }

    /// Runs the command to its end; it must exit, not be killed, and print
    /// UTF-8.
    pub(crate) fn run(&self) -> Run {
        let mut command = Command::new(env!("CARGO_BIN_EXE_claimgraph"));
        command.current_dir(&self.dir);
        clean_environment(&mut command);
        command.envs(self.env.iter().map(|(k, v)| (k, v)));
        command
            .args(&self.args)
            .stdin(if self.stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let command_line = self.command_line();
        let mut child = command
            .spawn()
            .unwrap_or_else(|e| panic!("`{command_line}` does not start: {e}"));
        let feeder = self.stdin.clone().map(|bytes| {
            let mut pipe = child.stdin.take().expect("stdin is piped");
            // A command that does not read its input closes the pipe early;
            // that is its business, not a failure.
            std::thread::spawn(move || pipe.write_all(&bytes).ok())
        });
        let output = child.wait_with_output().unwrap();
        if let Some(feeder) = feeder {
            feeder.join().unwrap();
        }
        let text = |bytes: Vec<u8>, stream: &str| {
            String::from_utf8(bytes).unwrap_or_else(|e| {
                panic!("`{command_line}` wrote {stream} that is not UTF-8: {e}")
            })
        };
        Run {
            code: output
                .status
                .code()
                .unwrap_or_else(|| panic!("`{command_line}` was killed: {}", output.status)),
            stdout: text(output.stdout, "stdout"),
            stderr: text(output.stderr, "stderr"),
            command: command_line,
        }
    }

    /// Stdout of a command that must succeed.
    pub(crate) fn ok(&self) -> String {
        self.run().ok()
    }

    /// The command with `--format json`, which must succeed with JSON.
    pub(crate) fn json(&self) -> Value {
        let run = self.clone().args(["--format", "json"]).run();
        let command = run.command.clone();
        serde_json::from_str(&run.ok())
            .unwrap_or_else(|e| panic!("`{command}` printed no JSON: {e}"))
    }
}

/// The environment every run of the binary gets, from the tests or from a
/// script they run: the caller's, less every `CLAIMGRAPH_*` and `CLICOLOR*`
/// variable and `COLUMNS`, with `NO_COLOR=1`.
pub(crate) fn clean_environment(command: &mut Command) {
    for (key, _) in std::env::vars_os() {
        let name = key.to_string_lossy();
        if name.starts_with("CLAIMGRAPH_") || name.starts_with("CLICOLOR") {
            command.env_remove(&key);
        }
    }
    command.env_remove("COLUMNS").env("NO_COLOR", "1");
}

/// What a command did.
#[derive(Debug)]
pub(crate) struct Run {
    /// The command line, as [`Claimgraph::command_line`] writes it.
    pub command: String,
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// The run, after asserting exit status 0.
    pub(crate) fn success(self) -> Self {
        assert_eq!(
            self.code,
            0,
            "`{}` failed:\n{}",
            self.command,
            transcript(&self)
        );
        self
    }

    /// Stdout, after asserting exit status 0.
    pub(crate) fn ok(self) -> String {
        self.success().stdout
    }
}

/// `claimgraph ARGS` in the repository, on the bundled data.
pub(crate) fn run(args: &[&str]) -> Run {
    Claimgraph::new().args(args).run()
}

/// Stdout of `claimgraph ARGS` on the bundled data, which must succeed.
pub(crate) fn ok(args: &[&str]) -> String {
    run(args).ok()
}

/// `claimgraph ARGS --format json` on the bundled data, parsed.
pub(crate) fn json(args: &[&str]) -> Value {
    Claimgraph::new().args(args).json()
}

/// A run as a snapshot holds it: success, exit code and both streams, each
/// stream verbatim.
pub(crate) fn transcript(run: &Run) -> String {
    format!(
        "success: {}\nexit_code: {}\n----- stdout -----\n{}\n----- stderr -----\n{}",
        run.code == 0,
        run.code,
        run.stdout,
        run.stderr
    )
}

/// Snapshot a [`Run`] as its [`transcript`], with the command line as the
/// snapshot's `info`: `assert_cmd_snapshot!("name", run)`.
macro_rules! assert_cmd_snapshot {
    ($name:expr, $run:expr $(,)?) => {{
        let run: &$crate::support::Run = &$run;
        insta::with_settings!({ info => &run.command, omit_expression => true }, {
            insta::assert_snapshot!($name, $crate::support::transcript(run));
        });
    }};
}
pub(crate) use assert_cmd_snapshot;

/// `word` as a shell (and the README test's tokenizer) reads it back.
pub(crate) fn quote(word: &str) -> String {
    let plain = !word.is_empty()
        && word.chars().all(|c| {
            c.is_alphanumeric() || "-_./=:,+@%".contains(c) || (!c.is_ascii() && !c.is_whitespace())
        });
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// A temporary folder holding a data directory `data/`; commands run in the
/// folder with `--data data`, so paths in their output do not depend on
/// where the folder is.
pub(crate) struct Desk {
    dir: TempDir,
}

impl Desk {
    /// An empty data directory.
    pub(crate) fn empty() -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("data")).unwrap();
        Desk { dir }
    }

    /// A copy of the data directory `tests/fixtures/<name>`.
    pub(crate) fn copy_of(name: &str) -> Self {
        let desk = Desk::empty();
        copy_dir(&fixture(name), &desk.data());
        desk
    }

    /// A copy of the bundled `data/` with the `seeds/` its sources quote,
    /// laid out as in the repository.
    pub(crate) fn bundled() -> Self {
        let desk = Desk::empty();
        copy_dir(&root().join("data"), &desk.data());
        copy_dir(&root().join("seeds"), &desk.path().join("seeds"));
        desk
    }

    /// The folder commands run in.
    pub(crate) fn path(&self) -> &Path {
        self.dir.path()
    }

    pub(crate) fn data(&self) -> PathBuf {
        self.path().join("data")
    }

    /// `claimgraph --data data`, in the folder.
    pub(crate) fn claimgraph(&self) -> Claimgraph {
        Claimgraph::new().current_dir(self.path()).data("data")
    }

    /// `claimgraph --data data ARGS`.
    pub(crate) fn run(&self, args: &[&str]) -> Run {
        self.claimgraph().args(args).run()
    }

    /// Stdout of a command that must succeed.
    pub(crate) fn ok(&self, args: &[&str]) -> String {
        self.run(args).ok()
    }

    /// `claimgraph check --deny-warnings` must pass.
    pub(crate) fn assert_checks_clean(&self) {
        let run = self.run(&["check", "--deny-warnings"]);
        assert_eq!(run.code, 0, "the data must check clean:\n{}", run.stderr);
        assert!(
            run.stderr.contains("0 errors, 0 warnings"),
            "{}",
            run.stderr
        );
    }

    /// Every file of the data directory, by relative path, with its bytes.
    pub(crate) fn files(&self) -> BTreeMap<String, Vec<u8>> {
        files_under(&self.data())
    }

    /// A file of the data directory, as text.
    pub(crate) fn read(&self, path: &str) -> String {
        std::fs::read_to_string(self.data().join(path)).unwrap()
    }
}

/// Every file under `root`, by path relative to it, with its bytes; the
/// load cache left out, since read commands running beside the test may
/// rewrite it (`tests/cli/cache.rs` checks which commands write it).
pub(crate) fn files_under(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path
                .file_name()
                .is_some_and(|n| n == claimgraph::cache::FOLDER)
            {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else {
                let name = path.strip_prefix(root).unwrap().display().to_string();
                files.insert(name, std::fs::read(&path).unwrap());
            }
        }
    }
    files
}

/// Copies the tree `from` to `to`, creating `to`.
pub(crate) fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        // The load cache a run on the original left is not data: a copy
        // is as a fresh clone has it.
        if entry.file_name() == claimgraph::cache::FOLDER {
            continue;
        }
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// `dot` is installed. Under `CLAIMGRAPH_REQUIRE_GRAPHVIZ=1` (as in
/// `scripts/test-all.sh`) a missing `dot` fails the test instead of skipping it.
pub(crate) fn dot_available() -> bool {
    let found = Command::new("dot")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found && std::env::var("CLAIMGRAPH_REQUIRE_GRAPHVIZ").is_ok_and(|v| v == "1") {
        panic!("Graphviz `dot` is required (CLAIMGRAPH_REQUIRE_GRAPHVIZ=1) but not installed");
    }
    found
}

/// A Python that has pyld and jsonschema: `CLAIMGRAPH_PYTHON`, else
/// `python3`. `None` (the test skips) when there is none, unless
/// `CLAIMGRAPH_REQUIRE_PYTHON=1`, which makes that a failure.
pub(crate) fn python() -> Option<PathBuf> {
    python_with(&["pyld", "jsonschema"])
}

/// A Python that can import every one of `modules`: `CLAIMGRAPH_PYTHON`,
/// else `python3`; `None` (the test skips) when it cannot, unless
/// `CLAIMGRAPH_REQUIRE_PYTHON=1`, which makes that a failure.
pub(crate) fn python_with(modules: &[&str]) -> Option<PathBuf> {
    let candidate = std::env::var_os("CLAIMGRAPH_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("python3"));
    let usable = Command::new(&candidate)
        .args(["-c", &format!("import {}", modules.join(", "))])
        .output()
        .is_ok_and(|o| o.status.success());
    if !usable && std::env::var("CLAIMGRAPH_REQUIRE_PYTHON").is_ok_and(|v| v == "1") {
        panic!(
            "Python with {} is required (CLAIMGRAPH_REQUIRE_PYTHON=1) but {} has not got them; scripts/test-all.sh installs them in .venv/",
            modules.join(", "),
            candidate.display()
        );
    }
    usable.then_some(candidate)
}
