//! The result, in the order a worried patient needs it: how urgent and who to call, what fits
//! best in plain words, what else is possible, what to do now, when to get help sooner, and the
//! actions. Reasons, sources, every condition and the summary text sit in fold-outs, so a
//! phone shows a short page first.

mod banner;
mod conditions;
mod contact;
mod first_steps;
mod sources;

pub use conditions::full_name;

use crate::browser::{copy_text, load_file, print_text};
use crate::config::ClinicConfig;
use crate::summary::TOP_CONDITIONS;
use crate::text::{nav, result as text, summary as summary_text};
use crate::ui::{action_button, press};
use heel_triage_engine::Assessment;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::platform::spawn_local;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub assessment: Rc<Assessment>,
    pub config: ClinicConfig,
    /// The plain-text summary, for Copy and for the printed page.
    pub summary: AttrValue,
    pub on_back: Callback<()>,
    pub on_restart: Callback<()>,
    pub on_forget: Callback<()>,
    /// Fetches the sources' citations (embed/sources.txt) when the list is first opened.
    #[prop_or_default]
    pub load_file: Option<js_sys::Function>,
}

#[derive(Clone, Copy, PartialEq)]
enum CopyStatus {
    Idle,
    Copied,
    Failed,
}

#[component]
pub fn ResultScreen(props: &ResultProps) -> Html {
    let k = heel_triage_engine::shipped();
    let a = &props.assessment;
    let copy_status = use_state(|| CopyStatus::Idle);
    let on_copy = {
        let summary = props.summary.clone();
        let copy_status = copy_status.clone();
        Callback::from(move |_: MouseEvent| {
            let summary = summary.clone();
            let copy_status = copy_status.clone();
            spawn_local(async move {
                let copied = copy_text(&summary).await;
                copy_status.set(if copied {
                    CopyStatus::Copied
                } else {
                    CopyStatus::Failed
                });
            });
        })
    };
    let on_print = {
        let summary = props.summary.clone();
        Callback::from(move |e: MouseEvent| {
            let button = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            if let Some(button) = button {
                print_text(&button, summary_text::PRINT_TITLE, &summary);
            }
        })
    };
    let cites = use_state(|| sources::Cites::NotAsked);
    let on_sources_toggle = {
        let (cites, load) = (cites.clone(), props.load_file.clone());
        Callback::from(move |e: Event| {
            let opened = e
                .target_dyn_into::<web_sys::Element>()
                .is_some_and(|d| d.has_attribute("open"));
            // Asked for once it is opened; asked again after a failure.
            if !opened || matches!(*cites, sources::Cites::Loading | sources::Cites::Loaded(_)) {
                return;
            }
            let Some(load) = load.clone() else {
                cites.set(sources::Cites::Failed);
                return;
            };
            cites.set(sources::Cites::Loading);
            let cites = cites.clone();
            spawn_local(async move {
                cites.set(match load_file(&load, "sources.txt").await {
                    Some(text) => sources::Cites::Loaded(text.into()),
                    None => sources::Cites::Failed,
                });
            });
        })
    };
    let (best, next) = match a.conditions.split_first() {
        Some((best, rest)) => (Some(best), &rest[..rest.len().min(TOP_CONDITIONS - 1)]),
        None => (None, &[][..]),
    };
    html! {
        <section class="ht-screen ht-result" aria-labelledby="ht-result-title">
            <h2 id="ht-result-title" class="ht-visually-hidden" tabindex="-1">{text::TITLE}</h2>
            {banner::urgency_banner(k, a, props.config.emergency_number.as_deref())}
            {contact::contact(&props.config)}
            <p class="ht-not-diagnosis">{text::NOT_DIAGNOSIS}</p>
            {best.map(|b| conditions::best_fit(k, b)).unwrap_or_default()}
            {conditions::also_possible(k, next)}
            {best.map(|b| first_steps::first_steps(k, a, b.condition)).unwrap_or_default()}
            {first_steps::get_help_sooner(k)}
            <section class="ht-section ht-actions" aria-label={text::ACTIONS}>
                {action_button("print", text::PRINT, "ht-button", on_print)}
                {action_button("copy", text::COPY, "ht-button", on_copy)}
                {action_button("back", nav::BACK, "ht-button", press(&props.on_back))}
                {action_button("restart", text::RESTART, "ht-button", press(&props.on_restart))}
                {action_button("forget", text::FORGET, "ht-button", press(&props.on_forget))}
                <p class="ht-status" role="status">
                    {match *copy_status {
                        CopyStatus::Idle => "",
                        CopyStatus::Copied => text::COPIED,
                        CopyStatus::Failed => text::COPY_FAILED,
                    }}
                </p>
            </section>
            {conditions::all_conditions(k, &a.conditions)}
            <details class="ht-section ht-summary-text">
                <summary>{text::SUMMARY_TEXT}</summary>
                <pre>{props.summary.clone()}</pre>
            </details>
            <details class="ht-section" data-sources="" ontoggle={on_sources_toggle}>
                <summary>{text::SOURCES}</summary>
                <p class="ht-small">{text::rules_version(k.version)}</p>
                {sources::source_list(k, sources::cited_on_screen(k, a), &cites)}
            </details>
            <pre class="ht-print-only" aria-hidden="true">{props.summary.clone()}</pre>
        </section>
    }
}
