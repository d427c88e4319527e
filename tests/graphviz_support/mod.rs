//! Whether Graphviz is here to check our output against, shared by the tests
//! that run `dot`.

/// `dot` is installed. Under `CLAIMGRAPH_REQUIRE_GRAPHVIZ=1` (as in
/// `scripts/test-all.sh`) a missing `dot` fails the test instead of skipping it.
pub fn dot_available() -> bool {
    let found = std::process::Command::new("dot")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found && std::env::var("CLAIMGRAPH_REQUIRE_GRAPHVIZ").is_ok_and(|v| v == "1") {
        panic!("Graphviz `dot` is required (CLAIMGRAPH_REQUIRE_GRAPHVIZ=1) but not installed");
    }
    found
}
