use js_sys::{Function, Promise};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The text of `name`, a file beside the widget's script that the widget fetches only when it
/// needs it (embed/sources.txt, embed/facts.<language>.txt), as `load` (the element's script)
/// hands it over; None when that fails, as it does offline for a file never fetched online.
pub async fn load_file(load: &Function, name: &str) -> Option<String> {
    let promise: Promise = load
        .call1(&JsValue::NULL, &name.into())
        .ok()?
        .dyn_into()
        .ok()?;
    JsFuture::from(promise).await.ok()?.as_string()
}
