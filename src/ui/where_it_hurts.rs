use super::diagram::HeelDiagram;
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

/// The diagram, the same regions as a plain list of buttons, and what has been chosen.
pub fn where_it_hurts(props: &WhereProps) -> Html {
    let k = &props.knowledge;
    let vague = k.regions.iter().position(|r| r.vague);
    let region_button = |r: RegionIx| {
        let chosen = props.selected.contains(&r);
        html! {
            <button type="button" class={classes!("ht-choice", chosen.then_some("ht-chosen"))}
                data-region={k.regions[r].id.clone()} aria-pressed={if chosen { "true" } else { "false" }}
                onclick={props.on_toggle.reform(move |_| r)}>
                <span class="ht-check" aria-hidden="true">{if chosen { "✓" } else { "" }}</span>
                <span>
                    <span class="ht-choice-name">{k.regions[r].name.clone()}</span>
                    <span class="ht-choice-hint">{k.regions[r].description.clone()}</span>
                </span>
            </button>
        }
    };
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
            {vague.map(region_button).unwrap_or_default()}
            <p class="ht-chosen-list" aria-live="polite">
                if nothing_chosen { {"Nothing chosen yet."} } else { {format!("You chose: {}.", chosen_names.join(", "))} }
            </p>
            <details class="ht-region-list">
                <summary>{"Prefer a list? Choose from the places by name"}</summary>
                <div class="ht-choices">
                    {for (0..k.regions.len()).filter(|r| Some(*r) != vague).map(region_button)}
                </div>
            </details>
            <div class="ht-nav">
                {action_button("back", "Back", "ht-button", press(&props.on_back))}
                <button type="button" class="ht-button ht-primary" data-action="continue" disabled={nothing_chosen}
                    onclick={props.on_continue.reform(|_| ())}>{"Continue"}</button>
            </div>
        </section>
    }
}
