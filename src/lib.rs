//! # heel-triage widget
//!
//! The Yew front end on top of `heel-triage-engine`: a heel diagram, a short interview and a
//! result a patient can act on. Layout follows ../shared/design/ARCHITECTURE.md:
//!
//! - [`state`]: the one reducer; screens are views of it.
//! - [`ui`]: one screen a file; only screens with state of their own are components.
//! - [`embed`]: the `<heel-triage>` custom element's Rust half; [`config`] validates its attributes,
//!   and [`check`] lends those rules to the clinic set-up page.
//! - [`browser`]: every browser call, in small modules named for what they do.
//! - [`progress`] and [`summary`]: pure code (saved-progress format, the text summary), tested
//!   natively.

pub mod browser;
pub mod check;
pub mod config;
pub mod embed;
pub mod progress;
pub mod state;
pub mod summary;
/// The screens' words in this build's language (knowledge/lang/<language>/screens.toml, chosen
/// by HEEL_TRIAGE_LANG at build time): one language a download.
pub mod text {
    include!(concat!(env!("OUT_DIR"), "/screens.rs"));
}
pub mod ui;

/// The clinic set-up page checks each setting with [`check::check_setting`].
pub use check::check_setting;
/// Browsers reach the widget through the `<heel-triage>` element ([`embed::Widget`]).
pub use embed::Widget;
