//! Changing the user's files without losing anything: atomic, conflict-aware
//! writes ([`atomic`]) and edits of RON text at precise spans that keep every
//! other byte, comments included ([`ron_text`]).

pub mod atomic;
pub mod ron_text;
