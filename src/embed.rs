//! The Rust half of the `<heel-triage>` custom element. wasm-bindgen cannot subclass
//! `HTMLElement`, so `web/heel-triage.js` defines the element and calls in here from its
//! lifecycle callbacks: `new Widget(host, shadowRoot, loadFile)` when connected, `update()` when an
//! attribute changes, `destroy()` when removed.

use crate::config::ClinicConfig;
use crate::ui::{App, AppProps};
use wasm_bindgen::prelude::*;
use web_sys::{Element, ShadowRoot};
use yew::AppHandle;

#[wasm_bindgen]
pub struct Widget {
    host: Element,
    /// Fetches a file beside the script that the widget needs only sometimes (embed/sources.txt,
    /// embed/facts.<language>.txt).
    load_file: Option<js_sys::Function>,
    mount_point: Option<Element>,
    app: Option<AppHandle<App>>,
}

#[wasm_bindgen]
impl Widget {
    /// Renders the widget into a fresh `div` inside `shadow` (a shadow root is not an element).
    /// `load_file(name)` returns a promise of the text of embed/<name>.
    #[wasm_bindgen(constructor)]
    pub fn new(host: Element, shadow: ShadowRoot, load_file: Option<js_sys::Function>) -> Widget {
        let mount_point = host
            .owner_document()
            .and_then(|d| d.create_element("div").ok())
            .filter(|div| shadow.append_child(div).is_ok());
        let app = mount_point.clone().map(|div| {
            yew::Renderer::<App>::with_root_and_props(div, props_of(&host, &load_file)).render()
        });
        Widget {
            host,
            load_file,
            mount_point,
            app,
        }
    }

    /// Re-reads the attributes (the element calls this when one changes).
    pub fn update(&mut self) {
        let props = props_of(&self.host, &self.load_file);
        if let Some(app) = self.app.as_mut() {
            app.update(props);
        }
    }

    /// Tears the widget down (the element calls this when it leaves the page).
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        if let Some(div) = self.mount_point.take() {
            div.remove();
        }
        // Anything else the widget put in its shadow root (the print frame) goes too.
        if let Some(shadow) = self.host.shadow_root() {
            shadow.set_inner_html("");
        }
    }
}

/// The validated configuration of `host`, warning once on the console for each value ignored.
fn props_of(host: &Element, load_file: &Option<js_sys::Function>) -> AppProps {
    let names: Vec<String> = host
        .get_attribute_names()
        .iter()
        .filter_map(|name| name.as_string())
        .collect();
    let pairs: Vec<(String, String)> = names
        .into_iter()
        .filter_map(|name| host.get_attribute(&name).map(|value| (name, value)))
        .collect();
    let (config, warnings) =
        ClinicConfig::from_attributes(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    for warning in warnings {
        gloo::console::warn!(warning);
    }
    let id = host.id();
    AppProps {
        config,
        widget_id: (!id.is_empty()).then(|| id.into()),
        load_file: load_file.clone(),
    }
}
