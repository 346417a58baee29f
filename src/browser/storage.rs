//! Browser storage for saved progress. Calls `web_sys` directly rather than `gloo-storage`,
//! whose accessors throw when storage is blocked (private modes, sandboxed frames, strict
//! settings): here every failure just means "nothing saved".

const KEY: &str = "heel-triage:progress";

/// The storage key of one widget. Widgets with an `id` keep their progress apart, so two on
/// one page never resume each other's answers.
pub fn key_for(widget_id: Option<&str>) -> String {
    match widget_id {
        Some(id) if !id.is_empty() => format!("{KEY}#{id}"),
        _ => KEY.to_string(),
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn load(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

pub fn save(key: &str, text: &str) {
    if let Some(storage) = local_storage() {
        // A full or blocked store loses only the ability to resume; the widget carries on.
        let _ = storage.set_item(key, text);
    }
}

pub fn remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}
