//! A Yew counter: the reference floor for size and start-up. It marks the moment it is first on
//! screen and interactive, as the widget does for its diagram.
use yew::prelude::*;

#[component]
fn Counter() -> Html {
    let count = use_state(|| 0u32);
    use_effect_with((), |_| {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("counter:ready");
        }
    });
    let add = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! { <button onclick={add}>{format!("Clicked {} times", *count)}</button> }
}

fn main() {
    yew::Renderer::<Counter>::new().render();
}
