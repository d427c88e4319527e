//! The CSV reader on arbitrary bytes, sniffed and with each delimiter: never
//! panics.
#![no_main]

use claimgraph::formats::csv::{DELIMITERS, Mapping, read_rows, sniff_delimiter};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let sniffed = sniff_delimiter(data);
    assert!(DELIMITERS.contains(&sniffed));
    let mut mapping = Mapping::default();
    let _ = read_rows("fuzz.csv", data, &mapping);
    if let Some(&first) = data.first() {
        mapping.delimiter = Some(DELIMITERS[first as usize % DELIMITERS.len()]);
        let _ = read_rows("fuzz.csv", data, &mapping);
    }
});
