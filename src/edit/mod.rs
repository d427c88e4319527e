//! Layer 7: changing the user's files without losing anything.
//!
//! Atomic, conflict-aware writes ([`atomic`]); edits of RON text at precise
//! spans that keep every other byte, comments included ([`ron_text`]); and the review commands that use them ([`review`]).

pub mod atomic;
pub mod relations;
pub mod review;
pub mod ron_text;
