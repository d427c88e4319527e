//! English number agreement: `1 outlet`, `2 outlets`.
//!
//! Every count shown to a person goes through [`count`] (or [`plural`] when
//! the number is written apart from the noun), so the rule is written once.

/// The suffix a regular English noun takes after `n`: `""` for one, `"s"`
/// otherwise (zero included: `0 outlets`).
pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// `n` followed by `noun`, made plural unless `n` is one: `1 statement`,
/// `2 statements`.
pub fn count(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", plural(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_every_other_number_plural() {
        assert_eq!(count(1, "outlet"), "1 outlet");
        assert_eq!(count(0, "outlet"), "0 outlets");
        assert_eq!(count(2, "repeating outlet"), "2 repeating outlets");
        assert_eq!(plural(3), "s");
        assert_eq!(plural(1), "");
    }
}
