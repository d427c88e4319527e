//! Answers for the terminal: styling, trees and tables, and one file per
//! answer holding its [`Render`] impl.

pub mod style;
pub mod table;
pub mod tree;

mod contradictions;
mod coverage;
mod import;
mod listing;
mod origins;
mod queue;
mod repeats;
mod review;
mod said;
mod search;
mod show;
mod similar;
mod sources;
mod statements;
mod stats;
mod timeline;
mod trace;

use style::Style;

/// An answer as text for people; its JSON comes from serde.
pub trait Render {
    /// The answer as lines of text, with style markers that
    /// [`Style::finish`] turns into colour.
    fn render(&self, style: &Style) -> String;
}
