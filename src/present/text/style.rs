//! Colour for answers, when the caller asks for it: the binary decides
//! once per run (`--color`, `NO_COLOR`, `CLICOLOR_FORCE`, a terminal) and
//! passes the answer to [`Style::new`]; this module never looks itself.
//!
//! Answers mix data (names, quotes) with styling. Data may hold control or
//! bidirectional-formatting characters, so every answer passes through
//! [`Style::finish`], which escapes them. Styling is written as private-use
//! marker characters while an answer is built and turned into ANSI codes only
//! after escaping, so that escaping never breaks the colours.
//!
//! Data cannot forge a marker. Without colour, every marker-like character
//! in the text is data, and is escaped (`\u{e001}`). With colour, a marker
//! is U+E000–U+E006 followed by a key of three characters of the
//! supplementary private-use plane drawn at random for each [`Style`]
//! (about 2⁴⁸ keys): data would have to guess it. A marker-like character
//! without the key is data, and is escaped.

use anstyle::{AnsiColor, Style as Ansi};

use crate::model::Stance;
use crate::text::safe::printable;

/// Whether to colour, and how wide tables may be, decided once per run.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Whether answers carry ANSI colour codes; `false` gives plain text.
    pub colour: bool,
    /// The widest a table line may be, in terminal columns; tables wrap
    /// their cells to fit. `None` leaves every cell on one line.
    pub width: Option<u16>,
    /// What follows every marker of this style: unknown to the data.
    key: [char; KEY_LEN],
}

const KEY_LEN: usize = 3;
const KEY_BASE: u32 = 0xF0000;

impl Style {
    /// Colour when `colour` is true, plain text otherwise; tables unlimited.
    pub fn new(colour: bool) -> Self {
        use std::hash::{BuildHasher, Hasher};
        // The standard library's per-process random hash keys: no crate needed.
        let random = std::collections::hash_map::RandomState::new()
            .build_hasher()
            .finish();
        let key = std::array::from_fn(|n| {
            let bits = ((random >> (16 * n)) & 0xFFFF) as u32 % 0xFFFE;
            char::from_u32(KEY_BASE + bits).expect("plane 15 private use is characters")
        });
        Style {
            colour,
            width: None,
            key,
        }
    }

    /// This style with tables at most `width` columns wide (`None`: no limit).
    pub fn with_width(self, width: Option<u16>) -> Self {
        Style { width, ..self }
    }

    fn paint(&self, marker: Marker, text: &str) -> String {
        if self.colour {
            let key: String = self.key.iter().collect();
            format!("{}{key}{text}{}{key}", marker.char(), Marker::Reset.char())
        } else {
            text.to_string()
        }
    }

    /// `text` in bold, or unchanged without colour.
    pub fn bold(&self, text: &str) -> String {
        self.paint(Marker::Bold, text)
    }

    /// `text` dimmed, or unchanged without colour.
    pub fn dim(&self, text: &str) -> String {
        self.paint(Marker::Dim, text)
    }

    /// The stance as its verb (`denies`), coloured bold green, red, yellow or cyan for
    /// affirms, denies, hedges or reports; the bare verb without colour.
    pub fn stance(&self, stance: Stance) -> String {
        let marker = match stance {
            Stance::Affirms => Marker::Affirms,
            Stance::Denies => Marker::Denies,
            Stance::Hedges => Marker::Hedges,
            Stance::Reports => Marker::Reports,
        };
        self.paint(marker, stance.verb())
    }

    /// The answer as printed: hostile characters in data escaped, then the
    /// style markers turned into ANSI codes.
    pub fn finish(&self, text: &str) -> String {
        let escaped = printable(text);
        let chars: Vec<char> = escaped.chars().collect();
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        while at < chars.len() {
            let c = chars[at];
            let keyed = chars.get(at + 1..at + 1 + KEY_LEN) == Some(&self.key[..]);
            match from_private_use(c) {
                Some(marker) if self.colour && keyed => {
                    out.push_str(&marker.ansi());
                    at += 1 + KEY_LEN;
                    continue;
                }
                _ if is_marker(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
                _ => out.push(c),
            }
            at += 1;
        }
        out
    }
}

/// Style markers, stored as U+E000 plus the discriminant while an answer is
/// built.
#[derive(Debug, Clone, Copy)]
#[repr(u8)]
enum Marker {
    Reset = 0,
    Bold,
    Dim,
    Affirms,
    Denies,
    Hedges,
    Reports,
}

const MARKER_BASE: u32 = 0xE000;
const MARKERS: [Marker; 7] = [
    Marker::Reset,
    Marker::Bold,
    Marker::Dim,
    Marker::Affirms,
    Marker::Denies,
    Marker::Hedges,
    Marker::Reports,
];

impl Marker {
    fn char(self) -> char {
        char::from_u32(MARKER_BASE + self as u32).expect("U+E000..U+E006 are characters")
    }

    fn ansi(self) -> String {
        let colour = |c: AnsiColor| Ansi::new().fg_color(Some(c.into())).bold();
        let style = match self {
            Marker::Reset => return anstyle::Reset.render().to_string(),
            Marker::Bold => Ansi::new().bold(),
            Marker::Dim => Ansi::new().dimmed(),
            Marker::Affirms => colour(AnsiColor::Green),
            Marker::Denies => colour(AnsiColor::Red),
            Marker::Hedges => colour(AnsiColor::Yellow),
            Marker::Reports => colour(AnsiColor::Cyan),
        };
        style.render().to_string()
    }
}

/// Whether `c` may be part of a style marker (a marker character or a key
/// character): [`Style::finish`] turns markers into ANSI codes, which take
/// no column on the screen, and escapes such characters found in data.
pub fn is_marker(c: char) -> bool {
    from_private_use(c).is_some() || (KEY_BASE..=0xFFFFD).contains(&(c as u32))
}

fn from_private_use(c: char) -> Option<Marker> {
    let n = (c as u32).checked_sub(MARKER_BASE)?;
    MARKERS.get(n as usize).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_is_escaped_but_styling_survives() {
        let style = Style::new(true);
        let text = format!("{} \u{1b}[2J\u{202e}", style.bold("اسم"));
        let shown = style.finish(&text);
        assert!(shown.starts_with("\u{1b}[1mاسم\u{1b}[0m"), "{shown:?}");
        assert!(shown.ends_with("\\u{1b}[2J\\u{202e}"), "{shown:?}");
    }

    #[test]
    fn data_cannot_forge_a_colour_marker() {
        let forged = "\u{e002}red?\u{e000}";
        for colour in [false, true] {
            let style = Style::new(colour);
            let shown = style.finish(&format!("{} {forged}", style.bold("ok")));
            assert!(shown.ends_with("\\u{e002}red?\\u{e000}"), "{shown:?}");
            assert_eq!(shown.matches('\u{1b}').count(), if colour { 2 } else { 0 });
        }
        // Nor by guessing at a key from another run's style.
        let other = Style::new(true);
        let mine = Style::new(true);
        let shown = mine.finish(&other.bold("x"));
        assert!(!shown.contains('\u{1b}'), "{shown:?}");
    }

    #[test]
    fn without_colour_nothing_but_escapes_is_added() {
        let style = Style::new(false);
        assert_eq!(style.finish(&style.stance(Stance::Denies)), "denies");
        assert_eq!(style.finish("a\u{7}b"), "a\\u{7}b");
    }
}
