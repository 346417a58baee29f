use super::{action_button, press};
use crate::progress::Discarded;
use crate::state::Notice;
use crate::text::start as text;
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
            <h2 id="ht-start-title" tabindex="-1">{text::TITLE}</h2>
            <p class="ht-lead">
                {text::LEAD}
            </p>
            <p>{text::NOT_DIAGNOSIS}</p>
            <div class="ht-callout ht-callout-danger" role="note">
                <span class="ht-icon" aria-hidden="true">{"!"}</span>
                <p>
                    <strong>{text::EMERGENCY_FIRST}</strong>
                    {text::EMERGENCY}
                </p>
            </div>
            if let Some(notice) = props.notice {
                <p class="ht-notice" role="status">{match notice {
                    Notice::Forgotten => text::FORGOTTEN,
                    Notice::NotResumed(Discarded::Stale) => text::STALE,
                    Notice::NotResumed(Discarded::Unusable) => text::UNUSABLE,
                }}</p>
            }
            {action_button("start", text::START, "ht-button ht-primary", press(&props.on_start))}
            <p class="ht-small">{text::made_for(&props.clinic)}</p>
        </section>
    }
}
