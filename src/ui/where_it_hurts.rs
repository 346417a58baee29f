use super::diagram::HeelDiagram;
use super::region_list::{region_button, RegionList};
use super::{action_button, press, RegionPickerProps};
use crate::text::{nav, places as text};
use heel_triage_engine::knowledge::Ix;
use yew::prelude::*;

pub struct WhereScreen {
    /// What the drawing and the list of places both choose with.
    pub picker: RegionPickerProps,
    pub on_continue: Callback<()>,
    pub on_back: Callback<()>,
}

/// The diagram, the same regions as a list of buttons, and what has been chosen.
pub fn where_it_hurts(props: &WhereScreen) -> Html {
    let picker = &props.picker;
    let k = heel_triage_engine::shipped();
    let vague = Ix::find(k.regions, |r| r.vague);
    let chosen_names: Vec<&str> = picker.selected.iter().map(|r| k.regions[*r].name).collect();
    let nothing_chosen = picker.selected.is_empty();
    html! {
        <section class="ht-screen ht-where" aria-labelledby="ht-where-title">
            <h2 id="ht-where-title" tabindex="-1">{text::TITLE}</h2>
            <HeelDiagram ..picker.clone() />
            {vague.map(|r| region_button(picker, r)).unwrap_or_default()}
            <p class="ht-chosen-list" aria-live="polite">
                if nothing_chosen { {text::NOTHING_CHOSEN} } else { {text::chosen(&chosen_names.join(", "))} }
            </p>
            <RegionList ..picker.clone() />
            <div class="ht-nav">
                {action_button("back", nav::BACK, "ht-button", press(&props.on_back))}
                <button type="button" class="ht-button ht-primary" data-action="continue" disabled={nothing_chosen}
                    onclick={props.on_continue.reform(|_| ())}>{nav::CONTINUE}</button>
            </div>
        </section>
    }
}
