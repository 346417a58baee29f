use super::sources::source_marks;
use crate::text::result as text;
use heel_triage_engine::knowledge::{AdviceIx, ConditionIx};
use heel_triage_engine::{Assessment, Knowledge};
use yew::prelude::*;

pub fn advice_list(k: &Knowledge, items: &[AdviceIx], kind: &'static str) -> Html {
    html! {
        <ul class="ht-advice" data-list={kind}>
            {for items.iter().map(|a| {
                let advice = &k.advice[*a];
                html! {
                    <li data-advice={advice.id}>
                        {advice.text}
                        <span class="ht-cite">{format!(" ({})", source_marks(k, advice.sources))}</span>
                    </li>
                }
            })}
        </ul>
    }
}

/// How many steps show before "More steps": the few that matter most.
const STEPS_SHOWN: usize = 3;

/// First steps: what the warning signs ask for and the few that matter most for the best fit,
/// then the rest behind "More steps": the rest of settling it down, building it back up (not
/// while a warning sign rules loading out) and what not to do. Nothing asks for quicker care
/// than the result.
pub fn first_steps(k: &Knowledge, a: &Assessment, condition: ConditionIx) -> Html {
    let c = &k.conditions[condition];
    let flag_advice = a.flag_advice(k);
    let settle = k.advice_within(a.urgency, c.settle);
    let shown = STEPS_SHOWN.min(settle.len());
    let build = if a.holds_exercises(k) {
        Vec::new()
    } else {
        k.advice_within(a.urgency, c.build)
    };
    let mut avoid = c.avoid.to_vec();
    avoid.extend(k.always_avoid.iter().filter(|a| !c.avoid.contains(a)));
    html! {
        <section class="ht-section" aria-labelledby="ht-steps-title">
            <h2 id="ht-steps-title">{text::WHAT_NOW}</h2>
            if !flag_advice.is_empty() {
                {advice_list(k, &flag_advice, "warning")}
            }
            {advice_list(k, &settle[..shown], "settle")}
            <details class="ht-more-steps">
                <summary>{text::MORE_STEPS}</summary>
                if shown < settle.len() {
                    <h3>{text::SETTLE}</h3>
                    {advice_list(k, &settle[shown..], "settle-more")}
                }
                if !build.is_empty() {
                    <h3>{text::BUILD}</h3>
                    {advice_list(k, &build, "build")}
                }
                <h3>{text::AVOID}</h3>
                {advice_list(k, &avoid, "avoid")}
            </details>
        </section>
    }
}

/// Signs that mean "get help sooner", each saying where to go: for everyone, with the short
/// line of each red flag no question covers.
pub fn get_help_sooner(k: &Knowledge) -> Html {
    let mut sooner = k.get_help_sooner.to_vec();
    sooner.extend(k.watch_flags().flat_map(|f| f.advice));
    html! {
        <section class="ht-section" aria-labelledby="ht-sooner-title">
            <h2 id="ht-sooner-title">{text::SOONER}</h2>
            {advice_list(k, &sooner, "sooner")}
        </section>
    }
}
