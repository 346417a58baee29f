//! # heel-triage widget
//!
//! The Yew front end on top of `heel-triage-engine`: a heel diagram, a short interview and a
//! result a patient can act on. Layout follows ../shared/design/ARCHITECTURE.md:
//!
//! - [`state`]: the one reducer; screens are views of it.
//! - [`ui`]: one component a file.
//! - [`browser`]: every browser call, in small modules named for what they do.
//! - [`progress`] and [`summary`]: pure code (saved-progress format, the text summary), tested
//!   natively.

pub mod browser;
pub mod config;
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

/// Mounts the widget into `element` (the standalone page's `#heel-triage`).
pub fn mount(element: web_sys::Element, config: config::ClinicConfig) -> yew::AppHandle<ui::App> {
    yew::Renderer::<ui::App>::with_root_and_props(element, ui::AppProps { config }).render()
}
