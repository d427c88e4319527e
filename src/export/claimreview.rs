//! schema.org ClaimReview JSON-LD. (Being written.)

use std::io::{self, Write};

use super::{Exporter, View};

/// ClaimReview JSON-LD for every reviewed claim in a view.
pub struct ClaimReviewLd;

impl Exporter for ClaimReviewLd {
    fn write(&self, _view: &View<'_>, _out: &mut dyn Write) -> io::Result<()> {
        Err(io::Error::other("ClaimReview export is not written yet"))
    }
}
