//! The widget's build steps (build.rs runs them), in a crate of their own so they are tested
//! like any other code.

pub mod host_contract;
pub mod minify_css;
pub mod screens;
