//! Errors and exits at the edge: a write error on stdout is an error, a
//! closed pipe is not, and a malformed flag value is bad usage.

use std::process::{Command, Stdio};

use crate::support::{Desk, clean_environment, root};

/// The binary with the harness's environment, for runs that need their own
/// standard output (a full disk, a closed pipe).
fn claimgraph() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_claimgraph"));
    command.current_dir(root());
    clean_environment(&mut command);
    command
}

#[test]
fn a_full_disk_on_stdout_is_an_error() {
    if !std::path::Path::new("/dev/full").exists() {
        return;
    }
    for args in [&["export", "dot"][..], &["stats", "--format", "json"]] {
        let output = claimgraph()
            .args(args)
            .stdout(std::fs::File::create("/dev/full").unwrap())
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains("cannot write output"), "{args:?}: {stderr}");
    }
}

#[test]
fn a_closed_pipe_ends_output_quietly() {
    let mut child = claimgraph()
        .args(["export", "dot"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8(output.stderr).unwrap(), "");
}

#[test]
fn malformed_flag_values_are_bad_usage() {
    let desk = Desk::bundled();
    for args in [
        &[
            "review",
            "set",
            "tos-used",
            "--date",
            "2020-13-01",
            "--status",
            "in-progress",
        ][..],
        &["review", "set", "tos-used", "--status", "no-such-status"],
        &["review", "set", "tos-used"],
    ] {
        // On a copy: a writer locks the file it would change (leaving
        // `.tos-used.ron.claimgraph-lock`), even when it then refuses.
        let run = desk.claimgraph().args(args).run();
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
    }
}
