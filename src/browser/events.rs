//! Events for the host page. They bubble and are `composed`, so they cross the shadow root and
//! reach listeners on the `<heel-triage>` element, the document or the window. They carry no
//! answers: only what a clinic needs to know a triage happened and how it came out.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, EventTarget};

pub const START: &str = "heel-triage:start";
pub const RESULT: &str = "heel-triage:result";
pub const BOOKING_CLICK: &str = "heel-triage:booking-click";

/// Dispatches `name` from `target` with `detail` (a plain object) or no detail.
pub fn emit(target: &EventTarget, name: &str, detail: Option<&JsValue>) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    if let Some(detail) = detail {
        init.set_detail(detail);
    }
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&event);
    }
}

/// The `heel-triage:result` detail: `{ urgency, topConditions, knowledgeVersion }`.
pub fn result_detail(urgency: &str, top_conditions: &[&str], knowledge_version: &str) -> JsValue {
    let detail = js_sys::Object::new();
    let ids: js_sys::Array = top_conditions
        .iter()
        .map(|id| JsValue::from_str(id))
        .collect();
    for (key, value) in [
        ("urgency", JsValue::from_str(urgency)),
        ("topConditions", ids.into()),
        ("knowledgeVersion", JsValue::from_str(knowledge_version)),
    ] {
        let _ = js_sys::Reflect::set(&detail, &key.into(), &value);
    }
    detail.into()
}
