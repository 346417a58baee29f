//! The wasm that trunk builds. Everything lives in the library; this binary only re-exports the
//! `<heel-triage>` element's Rust half and the set-up page's check. A binary, not a `cdylib`: the
//! same code comes out smaller (see docs/performance.md).
pub use heel_triage::{check_setting, Widget};

fn main() {}

// Talc instead of Rust's default dlmalloc: 2.6 KB gzip less for a patient to download, and faster
// in wasm by its authors' benchmarks (docs/performance.md).
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
