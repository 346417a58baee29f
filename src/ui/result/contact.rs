use crate::browser::events::{emit, BOOKING_CLICK};
use crate::config::ClinicConfig;
use yew::prelude::*;

/// Who to contact. Values are only ever text or attribute values, never HTML.
pub fn contact(config: &ClinicConfig) -> Html {
    html! {
        <section class="ht-section ht-contact" aria-labelledby="ht-contact-title">
            <h2 id="ht-contact-title">{"Who to contact"}</h2>
            <p>{format!("Take your summary to {}.", config.display_name())}</p>
            if let Some(phone) = &config.phone {
                <p><a class="ht-button" href={format!("tel:{}", phone.dial)}>{format!("Call {}", phone.shown)}</a></p>
            }
            // The site beside the button, so a look-alike address is there to see.
            if let (Some(url), Some(site)) = (&config.booking_url, config.booking_site()) {
                <p><a class="ht-button ht-primary" href={url.clone()} target="_blank" rel="noopener noreferrer"
                    onclick={Callback::from(|e: MouseEvent| if let Some(link) = e.target() { emit(&link, BOOKING_CLICK, None) })}>
                    {"Book an appointment"}</a>
                    <span class="ht-small">{"Book online at "}{site}</span></p>
            }
        </section>
    }
}
