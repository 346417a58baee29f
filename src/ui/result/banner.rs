use crate::ui::{emergency_call, flag_items};
use heel_triage_engine::{Assessment, Knowledge, Urgency};
use yew::prelude::*;

/// Colour, words and an icon together: the level never depends on colour alone.
fn icon(level: Urgency) -> &'static str {
    match level {
        Urgency::EmergencyAmbulance => "☎",
        Urgency::Emergency => "!",
        Urgency::Consultation24 => "Today",
        Urgency::Consultation => "▦",
        Urgency::SelfCare => "✓",
    }
}

pub fn urgency_banner(
    k: &Knowledge,
    assessment: &Assessment,
    emergency_number: Option<&str>,
) -> Html {
    let level = assessment.urgency;
    let text = k.urgency_text(level);
    html! {
        <div class="ht-banner" data-urgency={level.id()}>
            <span class="ht-banner-icon" aria-hidden="true">{icon(level)}</span>
            <div>
                <p class="ht-banner-kicker">{"How urgent"}</p>
                <h2>{text.label}</h2>
                <p>{text.action}</p>
                if level.is_emergency() {
                    {emergency_call(level, emergency_number)}
                }
                if !assessment.red_flags.is_empty() {
                    <p class="ht-banner-why">{"Because of these warning signs:"}</p>
                    <ul>{flag_items(k, assessment.red_flags.iter())}</ul>
                }
                if !assessment.not_ruled_out.is_empty() {
                    <p class="ht-banner-why" data-not-ruled-out="">{"You were not sure about something that matters, so these are not ruled out:"}</p>
                    <ul>{flag_items(k, assessment.not_ruled_out.iter())}</ul>
                    <p>{"If you can find out now, use Back to return to that question and answer it. If not, a doctor, nurse or physio can check it."}</p>
                }
            </div>
        </div>
    }
}
