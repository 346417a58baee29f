use super::diagram::HeelDiagram;
use super::region_list::{region_button, RegionList};
use super::{action_button, press};
use crate::KnowledgeRef;
use heel_triage_engine::compact::SortedSet;
use heel_triage_engine::knowledge::RegionIx;
use yew::prelude::*;

pub struct WhereProps {
    pub knowledge: KnowledgeRef,
    pub selected: SortedSet<RegionIx>,
    pub on_toggle: Callback<RegionIx>,
    pub on_continue: Callback<()>,
    pub on_back: Callback<()>,
}

/// The diagram, the same regions as a list of buttons, and what has been chosen.
pub fn where_it_hurts(props: &WhereProps) -> Html {
    let k = &props.knowledge;
    let vague = k.regions.iter().position(|r| r.vague);
    let chosen_names: Vec<String> = props
        .selected
        .iter()
        .map(|r| k.regions[*r].name.to_string())
        .collect();
    let nothing_chosen = props.selected.is_empty();
    html! {
        <section class="ht-screen ht-where" aria-labelledby="ht-where-title">
            <h2 id="ht-where-title">{"Where does it hurt?"}</h2>
            <HeelDiagram knowledge={*k} selected={props.selected.clone()} on_toggle={props.on_toggle.clone()} />
            {vague.map(|r| region_button(k, &props.selected, &props.on_toggle, r)).unwrap_or_default()}
            <p class="ht-chosen-list" aria-live="polite">
                if nothing_chosen { {"Nothing chosen yet."} } else { {format!("You chose: {}.", chosen_names.join(", "))} }
            </p>
            <RegionList knowledge={*k} selected={props.selected.clone()} on_toggle={props.on_toggle.clone()} />
            <div class="ht-nav">
                {action_button("back", "Back", "ht-button", press(&props.on_back))}
                <button type="button" class="ht-button ht-primary" data-action="continue" disabled={nothing_chosen}
                    onclick={props.on_continue.reform(|_| ())}>{"Continue"}</button>
            </div>
        </section>
    }
}
