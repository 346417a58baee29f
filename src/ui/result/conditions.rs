use super::sources::source_marks;
use crate::summary::{percent, TOP_CONDITIONS};
use heel_triage_engine::{Knowledge, RankedCondition, Reason};
use yew::prelude::*;

const REASONS_SHOWN: usize = 4;

fn reason_list(title: &'static str, reasons: &[Reason]) -> Html {
    if reasons.is_empty() {
        return Html::default();
    }
    html! {
        <div class="ht-reasons">
            <h4>{title}</h4>
            <ul>
                {for reasons.iter().take(REASONS_SHOWN).map(|r| html! {
                    <li>{r.text.clone()}<span class="ht-strength">{format!(" ({})", r.strength())}</span></li>
                })}
            </ul>
        </div>
    }
}

fn condition_card(k: &Knowledge, rank: usize, ranked: &RankedCondition) -> Html {
    let c = &k.conditions[ranked.condition];
    let share = percent(ranked.probability);
    // Whole percent: integer formatting keeps float formatting code out of the wasm.
    let width = format!(
        "width: {}%",
        (ranked.probability * 100.0).round().clamp(1.0, 100.0) as u32
    );
    html! {
        <li class="ht-condition" data-condition={c.id}>
            <h3>{format!("{}. {}", rank + 1, c.name)}</h3>
            <div class="ht-likelihood">
                <div class="ht-bar" role="img" aria-label={format!("Fits your answers: {share}")}>
                    <span style={width}></span>
                </div>
                <span class="ht-percent">{share}</span>
            </div>
            <p>{c.description}</p>
            {reason_list("Why this fits", &ranked.reasons_for)}
            {reason_list("What argues against it", &ranked.reasons_against)}
            <p class="ht-cite">{format!("Sources: {}", source_marks(k, c.sources))}</p>
        </li>
    }
}

#[derive(Properties, PartialEq)]
pub struct ConditionListProps {
    pub conditions: Vec<RankedCondition>,
}

/// The ranked conditions: the first few, the rest behind "Show more".
#[component]
pub fn ConditionList(props: &ConditionListProps) -> Html {
    let all = use_state(|| false);
    let shown = if *all {
        props.conditions.len()
    } else {
        TOP_CONDITIONS
    };
    let toggle = {
        let all = all.clone();
        Callback::from(move |_: MouseEvent| all.set(!*all))
    };
    html! {
        <section class="ht-section" aria-labelledby="ht-conditions-title">
            <h2 id="ht-conditions-title">{"Conditions that fit your answers"}</h2>
            <p class="ht-small">{"Most likely first. The percentages compare these conditions with each other; they are not a diagnosis."}</p>
            <ol class="ht-conditions">
                {for props.conditions.iter().take(shown).enumerate().map(|(i, c)| condition_card(heel_triage_engine::shipped(), i, c))}
            </ol>
            <button type="button" class="ht-button ht-link" aria-expanded={if *all { "true" } else { "false" }} onclick={toggle}>
                {if *all { "Show fewer".to_string() } else { format!("Show all {} conditions", props.conditions.len()) }}
            </button>
        </section>
    }
}
