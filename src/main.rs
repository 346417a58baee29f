//! The wasm that trunk builds. Everything lives in the library; this binary only re-exports the
//! `<heel-triage>` element's Rust half. A binary, not a `cdylib`: the same code comes out
//! smaller (see docs/performance.md).
pub use heel_triage::Widget;

fn main() {}
