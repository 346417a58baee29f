//! The knowledge base: its model, the build-time compiled copy that ships, and (with the
//! `compile` feature) parsing and validation of knowledge files at run time.

#[cfg(feature = "compile")]
mod compile;
mod error;
mod model;
#[cfg(feature = "compile")]
mod raw;

#[cfg(feature = "compile")]
pub use compile::{compile, KnowledgeFiles};
pub use error::KnowledgeError;
pub use model::*;

/// `SHIPPED`: knowledge/*.toml, validated by `compile` in the build script and written out as
/// static data (engine/build.rs).
mod shipped {
    use super::*;
    use crate::urgency::Urgency;
    include!(concat!(env!("OUT_DIR"), "/shipped.rs"));
}

#[cfg(feature = "compile")]
impl KnowledgeFiles {
    /// The JSON the build made of knowledge/*.toml, for checking it again at run time.
    pub fn shipped() -> KnowledgeFiles {
        KnowledgeFiles {
            meta: include_str!(concat!(env!("OUT_DIR"), "/meta.json")).into(),
            regions: include_str!(concat!(env!("OUT_DIR"), "/regions.json")).into(),
            conditions: include_str!(concat!(env!("OUT_DIR"), "/conditions.json")).into(),
            questions: include_str!(concat!(env!("OUT_DIR"), "/questions.json")).into(),
            red_flags: include_str!(concat!(env!("OUT_DIR"), "/red_flags.json")).into(),
            advice: include_str!(concat!(env!("OUT_DIR"), "/advice.json")).into(),
            sources: include_str!(concat!(env!("OUT_DIR"), "/sources.json")).into(),
        }
    }
}

impl Knowledge {
    /// The knowledge shipped with this build. It passed every check of [`KnowledgeError`] when
    /// the engine was built (a build with bad knowledge fails), so this cannot fail. Cloning
    /// the static copy only copies its top-level borrowed slices.
    pub fn shipped() -> Knowledge {
        shipped::SHIPPED.clone()
    }

    /// The shipped knowledge itself, for a program that only reads it.
    pub fn shipped_static() -> &'static Knowledge {
        &shipped::SHIPPED
    }
}
