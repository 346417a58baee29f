//! The tappable heel: four drawn views whose region shapes are buttons. On phones one of the
//! three upright views shows at a time (with tabs) beside the sole; wider screens show all.

mod shapes;

pub use shapes::{View, SHAPES};

use super::RegionPickerProps;
use crate::browser::{mark_diagram_ready, move_focus};
use heel_triage_engine::knowledge::RegionIx;
use heel_triage_engine::Knowledge;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Marks the moment the diagram is in the page and listening, for the start-up benchmark. Yew
/// creates a child only once its parent's elements are in the document, so this last child's
/// first render is that moment, before the browser paints (as for the counter the benchmark
/// compares against). An effect would be late: after 16 ms of work Yew lets the browser paint
/// before it runs effects, so it would also count a paint and a timer.
#[component]
fn ReadyMark() -> Html {
    // The initialiser runs on the first render only.
    use_state(mark_diagram_ready);
    Html::default()
}

/// Static SVG markup (trusted: it is built from this crate's constants, never from input).
fn markup(svg: String) -> Html {
    Html::from_html_unchecked(svg.into())
}

/// The region of the shape an event happened on.
fn region_of(knowledge: &Knowledge, event: &Event) -> Option<RegionIx> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    knowledge.region_ix(&target.get_attribute("data-region")?)
}

#[component]
pub fn HeelDiagram(props: &RegionPickerProps) -> Html {
    let view = use_state(|| View::Back);
    let pointed = use_state_eq(|| None::<RegionIx>);
    let root = use_node_ref();

    let name_of = |r: RegionIx| heel_triage_engine::shipped().regions[r].name;
    let caption = match *pointed {
        Some(r) => name_of(r),
        None => crate::text::places::TAP,
    };

    // One set of listeners on the whole drawing, not six on each of its shapes: the shape
    // that was tapped, pointed at or focused is read from the event's target.
    let k = heel_triage_engine::shipped();
    let on_click = {
        let on_toggle = props.on_toggle.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(region) = region_of(k, &e) {
                on_toggle.emit(region);
            }
        })
    };
    let on_key = {
        let (on_toggle, root) = (props.on_toggle.clone(), root.clone());
        Callback::from(move |e: KeyboardEvent| {
            let Some(region) = region_of(k, &e) else {
                return;
            };
            match e.key().as_str() {
                "Enter" | " " => {
                    e.prevent_default();
                    on_toggle.emit(region);
                }
                "ArrowRight" | "ArrowDown" => {
                    e.prevent_default();
                    move_focus(&root, &e, 1);
                }
                "ArrowLeft" | "ArrowUp" => {
                    e.prevent_default();
                    move_focus(&root, &e, -1);
                }
                _ => {}
            }
        })
    };
    // mouseover/out and focusin/out bubble (mouseenter and focus do not).
    let on_point = {
        let pointed = pointed.clone();
        Callback::from(move |e: Event| pointed.set(region_of(k, &e)))
    };
    let on_unpoint = {
        let pointed = pointed.clone();
        Callback::from(move |_: Event| pointed.set(None))
    };

    let shape_html = |(index, shape): (usize, &shapes::Shape)| -> Html {
        let region = shape.region;
        let chosen = props.selected.contains(&region);
        html! {
            <path
                d={shape.d}
                data-region={k.regions[region].id}
                role="button"
                tabindex={if shapes::is_tab_stop(index, *view) { "0" } else { "-1" }}
                aria-label={name_of(region)}
                aria-pressed={if chosen { "true" } else { "false" }}
            />
        }
    };

    let view_html = |v: View| -> Html {
        let shown = v.shown_with(*view);
        let shapes = SHAPES
            .iter()
            .enumerate()
            .filter(|(_, s)| s.view == v)
            .map(&shape_html)
            .collect::<Html>();
        html! {
            <figure class="ht-view" data-view={v.key()} data-shown={if shown { "true" } else { "false" }}>
                <svg viewBox={v.view_box()} role="group" aria-label={v.name()} focusable="false">
                    <g transform={v.transform()}>{markup(shapes::outline_markup(v))}{shapes}</g>
                    {markup(shapes::label_markup(v))}
                </svg>
                <figcaption>{v.name()}</figcaption>
            </figure>
        }
    };

    let tabs = View::SWITCHABLE
        .iter()
        .map(|v| {
            let v = *v;
            let current = v == *view;
            let choose = {
                let view = view.clone();
                Callback::from(move |_: MouseEvent| view.set(v))
            };
            html! {
                <button type="button" class="ht-tab"
                    aria-pressed={if current { "true" } else { "false" }} onclick={choose}>{v.name()}</button>
            }
        })
        .collect::<Html>();

    html! {
        <div class="ht-diagram" ref={root.clone()} onclick={on_click} onkeydown={on_key}
            onmouseover={on_point.reform(Event::from)} onfocusin={on_point.reform(Event::from)}
            onmouseout={on_unpoint.reform(Event::from)} onfocusout={on_unpoint.reform(Event::from)}>
            <div class="ht-tabs" role="group" aria-label={crate::text::places::VIEWS}>{tabs}</div>
            <div class="ht-views">
                {for View::SWITCHABLE.iter().map(|v| view_html(*v))}
                {view_html(View::Sole)}
            </div>
            {markup(shapes::DEFS.into())}
            <p class="ht-pointed" aria-live="polite">{caption}</p>
            <ReadyMark />
        </div>
    }
}
