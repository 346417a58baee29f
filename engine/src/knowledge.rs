//! The knowledge base: the model and its checks (the `heel-triage-knowledge` crate), and the copy
//! the build script checked and compiled in, which is what ships.

pub use heel_triage_knowledge::*;

/// `SHIPPED`: knowledge/*.toml, checked by the build script and written out as static data
/// (engine/build.rs).
mod compiled_in {
    use super::*;
    include!(concat!(env!("OUT_DIR"), "/shipped.rs"));
}

pub use compiled_in::{region, CITES, LANGUAGE, LANGUAGES};

/// The citation of source `number` as the widget shows it (empty for a number no source has).
/// Not in [`Knowledge`]: see `heel_triage_knowledge::cites`.
pub fn cite(number: u32) -> &'static str {
    CITES
        .iter()
        .find(|(n, _)| *n == number)
        .map_or("", |(_, cite)| cite)
}

/// The knowledge shipped with this build: one static copy, checked when the engine was built
/// (a build with bad knowledge fails), so nothing is parsed at start-up and this cannot fail.
pub fn shipped() -> &'static Knowledge {
    &compiled_in::SHIPPED
}

/// The JSON the build made of knowledge/*.toml, for checking it again at run time.
#[cfg(feature = "compile")]
pub fn shipped_files() -> KnowledgeFiles {
    files_in("en").expect("English is always built")
}

/// The JSON the build made of knowledge/*.toml with the texts of `lang` (one of [`LANGUAGES`]).
#[cfg(feature = "compile")]
pub fn files_in(lang: &str) -> Option<KnowledgeFiles> {
    include!(concat!(env!("OUT_DIR"), "/files_in.rs"))
}
