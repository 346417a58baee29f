use wasm_bindgen::JsCast;
use yew::{KeyboardEvent, NodeRef};

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
