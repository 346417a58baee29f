//! The regions as plain buttons: for people who would rather pick a place by name than tap the
//! drawing. The list sits in a closed `<details>`; its buttons are only built once it is opened,
//! because most people never open it and the diagram screen must come up fast.

use super::RegionPickerProps;
use heel_triage_engine::knowledge::{Ix, RegionIx};
use yew::prelude::*;

/// One region as a button showing its name and where it is.
pub fn region_button(picker: &RegionPickerProps, r: RegionIx) -> Html {
    let chosen = picker.selected.contains(&r);
    let region = &heel_triage_engine::shipped().regions[r];
    html! {
        <button type="button" class="ht-choice"
            data-region={region.id} aria-pressed={if chosen { "true" } else { "false" }}
            onclick={picker.on_toggle.reform(move |_| r)}>
            <span class="ht-check" aria-hidden="true">{if chosen { "✓" } else { "" }}</span>
            <span>
                <span class="ht-choice-name">{region.name}</span>
                <span class="ht-choice-hint">{region.description}</span>
            </span>
        </button>
    }
}

/// Every region that names a place (the "can't point to one spot" button stands on its own).
#[component]
pub fn RegionList(props: &RegionPickerProps) -> Html {
    let open = use_state_eq(|| false);
    let on_open_or_close = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details = e.target_dyn_into::<web_sys::Element>();
            open.set(details.is_some_and(|d| d.has_attribute("open")));
        })
    };
    let k = heel_triage_engine::shipped();
    html! {
        <details class="ht-region-list" ontoggle={on_open_or_close}>
            <summary>{crate::text::places::LIST}</summary>
            if *open {
                <div class="ht-choices">
                    {for Ix::all(k.regions)
                        .filter(|r| !k.regions[*r].vague)
                        .map(|r| region_button(props, r))}
                </div>
            }
        </details>
    }
}
