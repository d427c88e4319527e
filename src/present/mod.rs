//! Layer 8: how answers look to people.
//!
//! [`text`] renders answers for the terminal; [`brief`] builds the
//! fact-check brief and prints it as Markdown or HTML.

pub mod brief;
pub mod text;
