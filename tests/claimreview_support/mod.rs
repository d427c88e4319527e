//! Shared by the ClaimReview and import tests: a desk (a temporary folder
//! with a data directory, as a user has), running the binary in it, and
//! finding Python with pyld and jsonschema.

#![allow(dead_code)] // each test binary uses its own part of this module

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command as Process;

use assert_cmd::Command;
use tempfile::TempDir;

/// A file or folder under `tests/fixtures/`.
pub fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

/// A temporary folder holding a data directory `data/`; commands run in the
/// folder with `--data data`, so paths in their output do not depend on
/// where the folder is.
pub struct Desk {
    pub dir: TempDir,
}

impl Desk {
    /// An empty data directory.
    pub fn empty() -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("data")).unwrap();
        Desk { dir }
    }

    /// A copy of the data directory `tests/fixtures/<name>`.
    pub fn copy_of(name: &str) -> Self {
        let desk = Desk::empty();
        copy_dir(&fixture(name), &desk.data());
        desk
    }

    pub fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// Exit code, stdout and stderr of `claimgraph --data data ARGS`.
    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        let output = Command::cargo_bin("claimgraph")
            .unwrap()
            .current_dir(self.dir.path())
            .env("NO_COLOR", "1")
            .env_remove("CLAIMGRAPH_DATA")
            .arg("--data")
            .arg("data")
            .args(args)
            .output()
            .unwrap();
        (
            output.status.code().expect("exited, not killed"),
            String::from_utf8(output.stdout).expect("UTF-8 output"),
            String::from_utf8(output.stderr).expect("UTF-8 errors"),
        )
    }

    /// Stdout of a command that must succeed.
    pub fn ok(&self, args: &[&str]) -> String {
        let (code, stdout, stderr) = self.run(args);
        assert_eq!(code, 0, "{args:?} failed:\n{stderr}\n{stdout}");
        stdout
    }

    /// `claimgraph check --deny-warnings` must pass.
    pub fn assert_checks_clean(&self) {
        let (code, _, stderr) = self.run(&["check", "--deny-warnings"]);
        assert_eq!(code, 0, "the data must check clean:\n{stderr}");
        assert!(stderr.contains("0 error(s), 0 warning(s)"), "{stderr}");
    }

    /// Every file of the data directory, by relative path, with its bytes.
    pub fn files(&self) -> BTreeMap<String, Vec<u8>> {
        let mut files = BTreeMap::new();
        let root = self.data();
        let mut stack = vec![root.clone()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    let name = path.strip_prefix(&root).unwrap().display().to_string();
                    files.insert(name, std::fs::read(&path).unwrap());
                }
            }
        }
        files
    }

    /// A file of the data directory, as text.
    pub fn read(&self, path: &str) -> String {
        std::fs::read_to_string(self.data().join(path)).unwrap()
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A Python that has pyld and jsonschema: `CLAIMGRAPH_PYTHON`, else
/// `python3`. `None` (the test skips) when there is none, unless
/// `CLAIMGRAPH_REQUIRE_PYTHON=1`, which makes that a failure.
pub fn python() -> Option<PathBuf> {
    let candidate = std::env::var_os("CLAIMGRAPH_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("python3"));
    let usable = Process::new(&candidate)
        .args(["-c", "import pyld, jsonschema"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !usable && std::env::var("CLAIMGRAPH_REQUIRE_PYTHON").is_ok_and(|v| v == "1") {
        panic!(
            "Python with pyld and jsonschema is required (CLAIMGRAPH_REQUIRE_PYTHON=1) but {} has not got them; scripts/test-all.sh installs them in .venv/",
            candidate.display()
        );
    }
    usable.then_some(candidate)
}

/// Exit code and stderr of `scripts/check_claimreview.py` on `document`.
pub fn check_claimreview(python: &Path, document: &str, flags: &[&str]) -> (i32, String) {
    use std::io::Write;
    let mut child = Process::new(python)
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/check_claimreview.py"))
        .args(flags)
        .arg("-")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(document.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    (
        output.status.code().expect("exited"),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}
