//! The knowledge base: the model and its checks (the `heel-triage-knowledge` crate), and the copy
//! the build script checked and compiled in, which is what ships.

pub use heel_triage_knowledge::*;

/// `SHIPPED`: knowledge/*.toml, checked by the build script and written out as static data
/// (engine/build.rs).
mod compiled_in {
    use super::*;
    include!(concat!(env!("OUT_DIR"), "/shipped.rs"));
}

pub use compiled_in::region;

/// The knowledge shipped with this build: one static copy, checked when the engine was built
/// (a build with bad knowledge fails), so nothing is parsed at start-up and this cannot fail.
pub fn shipped() -> &'static Knowledge {
    &compiled_in::SHIPPED
}

/// The JSON the build made of knowledge/*.toml, for checking it again at run time.
#[cfg(feature = "compile")]
pub fn shipped_files() -> KnowledgeFiles {
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
