//! The standalone page: mounts the widget into `#heel-triage` (or the body).

fn main() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document
        .get_element_by_id("heel-triage")
        .or_else(|| document.body().map(Into::into));
    if let Some(root) = root {
        let app = heel_triage::mount(root, heel_triage::config::ClinicConfig::default());
        // The page lives as long as the widget does.
        std::mem::forget(app);
    }
}
