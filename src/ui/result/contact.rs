use crate::browser::events::{emit, BOOKING_CLICK};
use crate::config::ClinicConfig;
use crate::text::result as text;
use yew::prelude::*;

/// Who to contact. Values are only ever text or attribute values, never HTML.
pub fn contact(config: &ClinicConfig) -> Html {
    html! {
        <section class="ht-section ht-contact" aria-labelledby="ht-contact-title">
            <h2 id="ht-contact-title">{text::CONTACT}</h2>
            <p>{text::take_summary(config.display_name())}</p>
            if let Some(phone) = &config.phone {
                <p><a class="ht-button" href={format!("tel:{}", phone.dial)}>{text::call(&phone.shown)}</a></p>
            }
            // The site beside the button, so a look-alike address is there to see.
            if let (Some(url), Some(site)) = (&config.booking_url, config.booking_site()) {
                <p><a class="ht-button ht-primary" href={url.clone()} target="_blank" rel="noopener noreferrer"
                    onclick={Callback::from(|e: MouseEvent| if let Some(link) = e.target() { emit(&link, BOOKING_CLICK, None) })}>
                    {text::BOOK}</a>
                    <span class="ht-small">{text::BOOK_ONLINE}{site}</span></p>
            }
        </section>
    }
}
