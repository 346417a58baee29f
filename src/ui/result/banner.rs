use crate::text::result as text;
use crate::ui::{emergency_call, flag_items};
use heel_triage_engine::{Assessment, Knowledge, Urgency};
use yew::prelude::*;

/// Colour, words and an icon together: the level never depends on colour alone.
fn icon(level: Urgency) -> &'static str {
    match level {
        Urgency::EmergencyAmbulance => "☎",
        Urgency::Emergency => "!",
        Urgency::Consultation24 => text::ICON_TODAY,
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
                <p class="ht-banner-kicker">{text::HOW_URGENT}</p>
                <h2>{text.label}</h2>
                <p>{text.action}</p>
                if level.is_emergency() {
                    {emergency_call(level, emergency_number)}
                }
                if !assessment.red_flags.is_empty() {
                    <p class="ht-banner-why">{text::BECAUSE}</p>
                    <ul>{flag_items(k, assessment.red_flags.iter())}</ul>
                }
                if !assessment.not_ruled_out.is_empty() {
                    <p class="ht-banner-why" data-not-ruled-out="">{text::NOT_RULED_OUT}</p>
                    <ul>{flag_items(k, assessment.not_ruled_out.iter())}</ul>
                    <p>{text::FIND_OUT}</p>
                }
            </div>
        </div>
    }
}
