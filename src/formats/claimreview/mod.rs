//! schema.org ClaimReview JSON-LD, both ways: [`write`](mod@write) our reviews,
//! [`read`] other desks' reviews.

pub mod read;
pub mod write;
