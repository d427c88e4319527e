//! Graph algorithms over [`crate::graph::ClaimGraph`], one per file.

pub mod neighbourhood;
pub mod layout;
