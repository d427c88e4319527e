fn main() {
    std::process::exit(claimgraph::run(std::env::args_os()));
}
