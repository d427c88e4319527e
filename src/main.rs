//! The `claimgraph` command: everything that touches the command line lives
//! in [`cli`], declared here so the library cannot name it.

mod cli;

/// A load allocates millions of small strings and a cached load as many
/// again: mimalloc serves them faster than the system allocator
/// (docs/performance.md has the figures).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::run(std::env::args_os())
}
