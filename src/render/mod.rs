//! Helpers for human-readable output: styling, trees and tables.

pub mod style;
pub mod table;
pub mod tree;
