//! # heel-triage widget
//!
//! The Yew front end on top of `heel-triage-engine`: a heel diagram, a short interview and a
//! result a patient can act on. Layout follows ../shared/design/ARCHITECTURE.md:
//!
//! - [`state`]: the one reducer; screens are views of it.
//! - [`ui`]: one component a file.
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

use heel_triage_engine::Knowledge;
use std::rc::Rc;

thread_local! {
    /// Parsed and validated once per page, shared by every widget on it.
    static KNOWLEDGE: Result<Rc<Knowledge>, String> = Knowledge::shipped().map(Rc::new).map_err(|e| e.to_string());
}

/// The shipped knowledge, or the reason it was refused.
pub fn knowledge() -> Result<Rc<Knowledge>, String> {
    KNOWLEDGE.with(Clone::clone)
}

/// Browsers reach the widget through the `<heel-triage>` element ([`embed::Widget`]).
pub use embed::Widget;
