use super::{action_button, emergency_call, flag_items, press};
use crate::text::{emergency as text, nav};
use heel_triage_engine::{Assessment, Urgency};
use yew::prelude::*;

pub struct EmergencyScreen<'a> {
    pub assessment: &'a Assessment,
    pub emergency_number: Option<&'a str>,
    pub on_see_result: Callback<()>,
    pub on_back: Callback<()>,
}

/// Shown the moment an answer fires an emergency red flag, before anything else.
pub fn emergency_screen(props: &EmergencyScreen) -> Html {
    let k = heel_triage_engine::shipped();
    let level = props.assessment.urgency;
    let text = k.urgency_text(level);
    let reasons = flag_items(
        k,
        props
            .assessment
            .red_flags
            .iter()
            .filter(|f| f.urgency.is_emergency()),
    );
    html! {
        <section class="ht-screen ht-emergency" data-emergency="" data-urgency={level.id()} role="alert" aria-labelledby="ht-emergency-title">
            <p class="ht-emergency-icon" aria-hidden="true">{if level == Urgency::EmergencyAmbulance { "☎" } else { "!" }}</p>
            <h2 id="ht-emergency-title" tabindex="-1">{text.label}</h2>
            <p class="ht-emergency-action">{text.action}</p>
            // An ambulance first of all; going in oneself, only after the reasons.
            if level == Urgency::EmergencyAmbulance {
                {emergency_call(level, props.emergency_number)}
            }
            <ul class="ht-flag-list">{reasons}</ul>
            if level == Urgency::Emergency {
                {emergency_call(level, props.emergency_number)}
            }
            <div class="ht-nav">
                {action_button("back", nav::BACK, "ht-button", press(&props.on_back))}
                {action_button("see-result", text::SEE_RESULT, "ht-button", press(&props.on_see_result))}
            </div>
        </section>
    }
}
