//! The `claimgraph` command: everything that touches the command line lives
//! in [`cli`], declared here so the library cannot name it.

mod cli;

fn main() -> std::process::ExitCode {
    cli::run(std::env::args_os())
}
