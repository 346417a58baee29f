//! "Print summary". The widget usually sits on someone else's page (a clinic's site, or our own
//! page inside the `<heel-triage>` shadow root), and `window.print()` would print that whole
//! page. So the summary is printed from a hidden frame holding nothing else: one page, plain
//! text. (Printing the page itself, with Ctrl+P, uses the print stylesheet in widget.css.)
//!
//! The frame is built with DOM calls and `textContent` only, never HTML, and stays (hidden)
//! until the next print, so tests can read what was printed.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlIFrameElement};

const FRAME_CLASS: &str = "ht-print-frame";
const PAGE_STYLE: &str = "@page { size: A4; margin: 14mm; } \
    html, body { margin: 0; background: #fff; color: #000; } \
    pre { white-space: pre-wrap; font: 10.5pt/1.35 Georgia, 'Times New Roman', serif; margin: 0; }";

/// Prints `text` alone. `from` is any element of the widget: the frame goes into the widget's
/// shadow root (or the page's body), outside the part of the page that Yew manages.
pub fn print_text(from: &Element, title: &str, text: &str) {
    let _ = try_print(from, title, text);
}

/// Removes the printed summary's frame, if there is one ("Forget my answers" leaves none).
pub fn remove_printed(from: &Element) {
    let _ = printed_frame(from).map(|frame| frame.remove());
}

fn printed_frame(from: &Element) -> Option<Element> {
    let selector = format!(".{FRAME_CLASS}");
    match from.get_root_node().dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.query_selector(&selector).ok().flatten(),
        None => from
            .owner_document()?
            .query_selector(&selector)
            .ok()
            .flatten(),
    }
}

fn try_print(from: &Element, title: &str, text: &str) -> Option<()> {
    let document = from.owner_document()?;
    let root = from.get_root_node();
    let parent: web_sys::Node = match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.clone().into(),
        None => document.body()?.into(),
    };
    remove_printed(from);
    let frame: HtmlIFrameElement = document.create_element("iframe").ok()?.dyn_into().ok()?;
    frame.set_class_name(FRAME_CLASS);
    frame.set_title(title);
    let _ = frame.set_attribute("aria-hidden", "true");
    let _ = frame.set_attribute("tabindex", "-1");
    let style = frame.style();
    for (property, value) in [
        ("position", "fixed"),
        ("width", "0"),
        ("height", "0"),
        ("border", "0"),
        ("visibility", "hidden"),
    ] {
        let _ = style.set_property(property, value);
    }
    parent.append_child(&frame).ok()?;

    let page = frame.content_document()?;
    page.set_title(title);
    let head_style = page.create_element("style").ok()?;
    head_style.set_text_content(Some(PAGE_STYLE));
    page.head()?.append_child(&head_style).ok()?;
    // A plain Element: the frame's elements belong to its own window, so `dyn_into` checks
    // against this window's classes would fail.
    let pre = page.create_element("pre").ok()?;
    pre.set_text_content(Some(text));
    page.body()?.append_child(&pre).ok()?;
    frame.content_window()?.print().ok()
}
