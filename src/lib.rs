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
    /// One copy per page, shared by every widget on it. (Checked when the engine was built, and
    /// compiled in as static data: nothing is parsed at start-up.)
    static KNOWLEDGE: Rc<Knowledge> = Rc::new(Knowledge::shipped());
}

/// The shipped knowledge.
pub fn knowledge() -> Rc<Knowledge> {
    KNOWLEDGE.with(Clone::clone)
}

/// Browsers reach the widget through the `<heel-triage>` element ([`embed::Widget`]).
pub use embed::Widget;
