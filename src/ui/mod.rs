//! The screens, one a file. Screens get data and callbacks; only `App` holds the reducer. A
//! screen is a component only when it keeps state of its own (each component costs about
//! 2 KB of wasm); the others are plain functions returning `Html`.

mod app;
mod clinic_words;
mod diagram;
mod emergency;
mod question;
mod region_list;
mod result;
mod start;
mod where_it_hurts;

pub use app::{App, AppProps};
pub use result::full_name;

use crate::text::emergency as text;
use heel_triage_engine::compact::SortedSet;
use heel_triage_engine::knowledge::RegionIx;
use heel_triage_engine::red_flags::FiredFlag;
use heel_triage_engine::{Knowledge, Urgency};
use yew::prelude::*;

/// What both ways of choosing where it hurts, the drawing and the list by name, work with.
#[derive(Properties, PartialEq, Clone)]
pub struct RegionPickerProps {
    pub selected: SortedSet<RegionIx>,
    pub on_toggle: Callback<RegionIx>,
}

/// Warning signs as list items: title, then why it matters. The emergency screen and the
/// result's banner list them the same way.
fn flag_items<'a>(k: &Knowledge, flags: impl Iterator<Item = &'a FiredFlag>) -> Html {
    flags
        .map(|f| {
            let flag = &k.red_flags[f.flag];
            html! { <li data-flag={flag.id}><strong>{flag.title}{". "}</strong>{flag.why}</li> }
        })
        .collect()
}

/// How to call an ambulance, for an emergency `level`: a button that calls the clinic's
/// `emergency-number`, or, where the clinic set none, the words to call the one where the patient
/// is. For "go to the emergency department" it comes with when to call instead of going.
fn emergency_call(level: Urgency, number: Option<&str>) -> Html {
    let call = match number {
        // Read digit by digit ("9 9 9"), not as a number ("nine hundred ninety-nine").
        Some(number) => html! {
            <p><a class="ht-button ht-danger-button" data-emergency-call="" href={format!("tel:{number}")}
                aria-label={text::call_digits(number.chars().flat_map(|c| [c, ' ']).collect::<String>().trim_end())}>
                {text::call(number)}</a></p>
        },
        None => html! {
            <p data-emergency-call="">{text::NO_NUMBER}</p>
        },
    };
    if level == Urgency::Emergency {
        html! {
            <>
                <p>{text::INSTEAD}</p>
                {call}
            </>
        }
    } else {
        call
    }
}

/// A button named by what it does; `data-action` is the hook the tests click. One function for
/// the dozen such buttons keeps their markup, and their code, in one place.
fn action_button(
    action: &'static str,
    label: &'static str,
    class: &'static str,
    on_click: Callback<MouseEvent>,
) -> Html {
    html! { <button type="button" class={class} data-action={action} onclick={on_click}>{label}</button> }
}

/// A click handler that just sends `on_press`.
fn press(on_press: &Callback<()>) -> Callback<MouseEvent> {
    on_press.reform(|_| ())
}
