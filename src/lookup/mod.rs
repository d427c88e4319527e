//! Layer 4: turning what a user types into record ids.
//!
//! [`fields`] lists the names and texts of every record, shared with
//! `search`; [`index`] narrows a search to the fields that may match;
//! [`resolve`] finds the one record a query means.

pub mod fields;
pub mod index;
pub mod resolve;
