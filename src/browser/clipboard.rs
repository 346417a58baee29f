use wasm_bindgen_futures::JsFuture;

/// Copies text to the clipboard; false when the browser refuses (no permission, no API).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.is_ok()
}
