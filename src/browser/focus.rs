use wasm_bindgen::JsCast;
use yew::{KeyboardEvent, NodeRef};

/// Puts keyboard focus on the heading of the screen inside `root`. Called when the screen
/// changes: the button that changed it is gone, and focus would otherwise drop to the top of the
/// page, so a keyboard user would have to tab back to the widget and a screen reader would not
/// read the new screen.
pub fn focus_screen_heading(root: &NodeRef) {
    let heading = root
        .cast::<web_sys::Element>()
        .and_then(|root| root.query_selector(".ht-screen > h2").ok().flatten())
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = heading {
        let _ = heading.focus();
    }
}

/// Moves keyboard focus `step` places along the focusable regions inside `root` (wrapping),
/// from the element the key was pressed on. Only regions in views on screen count.
pub fn move_focus(root: &NodeRef, event: &KeyboardEvent, step: isize) {
    let Some(root) = root.cast::<web_sys::Element>() else {
        return;
    };
    let Ok(list) = root.query_selector_all(".ht-view[data-shown=true] [data-region]") else {
        return;
    };
    let items: Vec<web_sys::SvgElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::SvgElement>().ok())
        .collect();
    if items.is_empty() {
        return;
    }
    let current = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::SvgElement>().ok())
        .and_then(|el| items.iter().position(|i| *i == el));
    let len = items.len() as isize;
    let next = match current {
        Some(i) => (i as isize + step).rem_euclid(len),
        None => 0,
    };
    let _ = items[next as usize].focus();
}
