//! The ClaimReview reader on arbitrary UTF-8: never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = claimgraph::formats::claimreview::read::read_text("fuzz.json", text);
});
