/// Marks the moment the diagram is first in the page and listening, for start-up benchmarks.
pub fn mark_diagram_ready() {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("heel-triage:diagram-ready");
    }
}

/// Seconds since 1970 by the patient's clock, for the age of saved progress.
pub fn now_seconds() -> u64 {
    (js_sys::Date::now() / 1000.0) as u64
}

/// Today's date as the browser writes it in `lang`, e.g. "22 November 2026" (British order for
/// English), "22 de noviembre de 2026".
pub fn today(lang: &str) -> String {
    let date = js_sys::Date::new_0();
    let options = js_sys::Object::new();
    for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    let locale = if lang == "en" { "en-GB" } else { lang };
    String::from(date.to_locale_date_string(locale, &options))
}
