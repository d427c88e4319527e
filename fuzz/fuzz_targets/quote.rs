//! The quote matcher on an arbitrary haystack and needle (split at the first
//! NUL byte): ranges must lie inside the haystack on char boundaries.
#![no_main]

use claimgraph::text::quote::{Normalised, near_match};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (haystack, needle) = text.split_once('\0').unwrap_or((text, ""));
    let normalised = Normalised::new(haystack);
    for range in normalised.find_all(needle) {
        assert!(range.start <= range.end && range.end <= haystack.len());
        assert!(haystack.is_char_boundary(range.start) && haystack.is_char_boundary(range.end));
    }
    let _ = normalised.find(needle);
    let _ = near_match(haystack, needle);
});
