//! Graph algorithms over [`crate::graph::ClaimGraph`], one per file.

pub mod layout;
pub mod neighbourhood;
