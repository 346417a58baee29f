//! # heel-triage widget
//!
//! The Yew front end on top of `heel-triage-engine`: a heel diagram, a short interview and a
//! result a patient can act on. Layout follows ../shared/design/ARCHITECTURE.md:
//!
//! - [`state`]: the one reducer; screens are views of it.
//! - [`ui`]: one screen a file; only screens with state of their own are components.
//! - [`embed`]: the `<heel-triage>` custom element's Rust half; [`config`] validates its attributes.
//! - [`browser`]: every browser call, in small modules named for what they do.
//! - [`progress`] and [`summary`]: pure code (saved-progress format, the text summary), tested
//!   natively.

pub mod browser;
pub mod config;
pub mod embed;
pub mod progress;
pub mod state;
pub mod summary;
pub mod ui;

#[cfg(test)]
#[path = "../build/minify_css.rs"]
mod minify_css;

use heel_triage_engine::Knowledge;

/// The shipped knowledge: one static copy for every widget on the page, checked when the engine
/// was built and compiled in, so nothing is parsed at start-up.
///
/// Components compare their props on every render; this compares by address, where the
/// derived comparison would walk the whole knowledge (time, and 3 KB of wasm).
#[derive(Clone, Copy, Debug)]
pub struct KnowledgeRef(&'static Knowledge);

impl KnowledgeRef {
    pub fn shipped() -> KnowledgeRef {
        KnowledgeRef(Knowledge::shipped_static())
    }
}

impl PartialEq for KnowledgeRef {
    fn eq(&self, other: &KnowledgeRef) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl std::ops::Deref for KnowledgeRef {
    type Target = Knowledge;
    fn deref(&self) -> &Knowledge {
        self.0
    }
}

/// Browsers reach the widget through the `<heel-triage>` element ([`embed::Widget`]).
pub use embed::Widget;
