//! # heel-triage knowledge
//!
//! The knowledge base as the engine reads it ([`Knowledge`]: every id resolved to an index,
//! every weight a number) and, with the `compile` feature, the checks that turn the clinicians'
//! files into it or refuse them, naming the file, the id and the field ([`compile`]).
//!
//! One crate for both, so the engine and its build script share the model and the checks
//! without including each other's source files.

#[cfg(feature = "compile")]
mod compile;
mod error;
mod index;
mod model;
#[cfg(feature = "compile")]
mod raw;
#[cfg(feature = "compile")]
pub mod translate;
mod urgency;

#[cfg(feature = "compile")]
pub use compile::{cites, compile, KnowledgeFiles};
pub use error::KnowledgeError;
pub use index::Ix;
pub use model::*;
pub use urgency::Urgency;

/// The answer id every question accepts besides its own options.
pub const UNSURE: &str = "unsure";
