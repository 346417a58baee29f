//! The wasm that trunk builds. Everything lives in the library; this binary only re-exports the
//! `<heel-triage>` element's Rust half. A binary, not a `cdylib`: the same code comes out
//! smaller (see docs/performance.md).
pub use heel_triage::Widget;

fn main() {}

#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the widget's wasm runs on one thread only.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
