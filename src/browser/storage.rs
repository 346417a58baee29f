//! Browser storage for saved progress. Calls `web_sys` directly rather than `gloo-storage`,
//! whose accessors throw when storage is blocked (private modes, sandboxed frames, strict
//! settings): here every failure just means "nothing saved".

const KEY: &str = "heel-triage:progress";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn load() -> Option<String> {
    local_storage()?.get_item(KEY).ok().flatten()
}

pub fn save(text: &str) {
    if let Some(storage) = local_storage() {
        // A full or blocked store loses only the ability to resume; the widget carries on.
        let _ = storage.set_item(KEY, text);
    }
}

pub fn remove() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(KEY);
    }
}
