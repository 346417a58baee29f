//! The wasm that trunk builds. Everything lives in the library; this binary only re-exports the
//! `<heel-triage>` element's Rust half and the set-up page's check. A binary, not a `cdylib`: the same code comes out
//! smaller (see docs/performance.md).
pub use heel_triage::{check_setting, Widget};

fn main() {}
