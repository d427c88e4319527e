//! schema.org ClaimReview JSON-LD, both ways: [`write`](mod@write) our reviews,
//! [`read`] other desks' reviews (also from HTML pages, with [`html`], and
//! from the shapes APIs return).

pub mod html;
pub mod read;
pub mod write;
