use super::{action_button, press};
use crate::progress::Discarded;
use crate::state::Notice;
use yew::prelude::*;

pub struct StartScreen {
    pub clinic: AttrValue,
    pub notice: Option<Notice>,
    pub on_start: Callback<()>,
}

/// The first screen: what this is, what it is not, and the emergency warning.
pub fn start_screen(props: &StartScreen) -> Html {
    html! {
        <section class="ht-screen ht-start" aria-labelledby="ht-start-title">
            <h2 id="ht-start-title" tabindex="-1">{"Pain at the back of the heel?"}</h2>
            <p class="ht-lead">
                {"Show us where it hurts and answer a few short questions. We will tell you how soon to get it seen, which problems fit your answers, and what you can safely do now. It takes about 2 minutes."}
            </p>
            <p>{"This is not a diagnosis: only a doctor, nurse or physio who examines you can say for sure. Your answers stay on this device."}</p>
            <div class="ht-callout ht-callout-danger" role="note">
                <span class="ht-icon" aria-hidden="true">{"!"}</span>
                <p>
                    <strong>{"In an emergency, do not use this. "}</strong>
                    {"Call an ambulance or go to the emergency department now if you have had a bad fall or feel very unwell. Do the same if you cannot feel or move your leg, or your foot is cold and pale."}
                </p>
            </div>
            if let Some(notice) = props.notice {
                <p class="ht-notice" role="status">{match notice {
                    Notice::Forgotten => "Your answers have been removed from this device.",
                    Notice::NotResumed(Discarded::Stale) => "Your earlier answers were more than a day old, so they have been cleared. Please start again: how it feels today is what counts.",
                    Notice::NotResumed(Discarded::Unusable) => "Your earlier answers could not be used (the check may have been updated), so it starts again.",
                }}</p>
            }
            {action_button("start", "Start", "ht-button ht-primary", press(&props.on_start))}
            <p class="ht-small">{format!("Made to help you talk to {}.", props.clinic)}</p>
        </section>
    }
}
