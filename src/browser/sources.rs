use js_sys::{Function, Promise};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The sources' citations as the element's script hands them over (`load` fetches
/// embed/sources.txt, or holds them in the single file); None when that fails, as it does
/// offline if the list was never opened online.
pub async fn load_sources(load: &Function) -> Option<String> {
    let promise: Promise = load.call0(&JsValue::NULL).ok()?.dyn_into().ok()?;
    JsFuture::from(promise).await.ok()?.as_string()
}
