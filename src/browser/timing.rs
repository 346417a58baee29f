/// Marks the moment the diagram is first in the page and listening, for start-up benchmarks.
pub fn mark_diagram_ready() {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("heel-triage:diagram-ready");
    }
}

/// Today's date as the patient's browser writes it, e.g. "22 November 2026".
pub fn today() -> String {
    let date = js_sys::Date::new_0();
    let options = js_sys::Object::new();
    for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    String::from(date.to_locale_date_string("en-GB", &options))
}
