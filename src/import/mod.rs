//! Reading other desks' data into new RON files. (Being written.)

pub mod claimreview;
pub mod csv;
