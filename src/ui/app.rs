//! The root component, [`App`].

use super::clinic_words::use_clinic_words;
use super::emergency::{emergency_screen, EmergencyScreen};
use super::question::{questions_screen, QuestionScreen};
use super::result::ResultScreen;
use super::start::{start_screen, StartScreen};
use super::where_it_hurts::{where_it_hurts, WhereScreen};
use super::RegionPickerProps;
use crate::browser::events::{self, emit};
use crate::browser::{focus_screen_heading, now_seconds, remove_printed, storage, today};
use crate::config::ClinicConfig;
use crate::progress;
use crate::state::{Action, Notice, Screen, State};
use crate::summary::{own, summary, BETWEEN_LANGUAGES, TOP_CONDITIONS};
use crate::text::LANGUAGE;
use gloo::timers::callback::Timeout;
use heel_triage_engine::estimate_remaining;
use yew::prelude::*;

/// The widget's stylesheet (styles/widget.css, minified by build.rs), compiled in so it can live
/// inside a shadow root.
const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub config: ClinicConfig,
    /// The host element's `id`, which keeps this widget's saved progress apart from others.
    #[prop_or_default]
    pub widget_id: Option<AttrValue>,
    /// Fetches a file the widget needs only sometimes (see `Widget::new`); without it, the list
    /// of sources shows their numbers only and the summary one language.
    #[prop_or_default]
    pub load_file: Option<js_sys::Function>,
}

/// The whole widget: owns the one reducer, saves progress, and shows the screen the state calls
/// for.
#[component]
pub fn App(props: &AppProps) -> Html {
    let k = heel_triage_engine::shipped();
    let storage_key = storage::key_for(props.widget_id.as_deref());
    let root = use_node_ref();
    let state = {
        let key = storage_key.clone();
        use_reducer(move || match storage::load(&key) {
            None => State::default(),
            Some(saved) => match progress::decode(&saved, now_seconds()) {
                Ok((state, _)) => state,
                Err(why) => State::with_notice(Notice::NotResumed(why)),
            },
        })
    };

    // Effect: keep saved progress in step with the state (removed when there is nothing to keep),
    // and forget it a day after the last change, even in a tab left open. Progress that has not
    // changed keeps the time it was saved: a reload does not renew it.
    use_effect_with((state.clone(), storage_key), |(state, key)| {
        let mut expiry = None;
        if state.is_pristine() {
            storage::remove(key);
        } else {
            let now = now_seconds();
            let saved_at = storage::load(key)
                .and_then(|text| progress::saved_at_if_unchanged(&text, state))
                .unwrap_or(now);
            storage::save(key, &progress::encode(state, saved_at));
            let left = (saved_at + progress::KEEP_FOR_SECONDS).saturating_sub(now);
            let state = state.clone();
            expiry = Some(Timeout::new(
                u32::try_from(left * 1000).unwrap_or(u32::MAX),
                move || state.dispatch(Action::Expire),
            ));
        }
        move || drop(expiry)
    });

    // Callbacks
    let send = |action: Action| {
        let state = state.clone();
        Callback::from(move |_: ()| state.dispatch(action.clone()))
    };
    let on_toggle = {
        let state = state.clone();
        Callback::from(move |region| state.dispatch(Action::ToggleRegion(region)))
    };

    let on_start = {
        let (state, root) = (state.clone(), root.clone());
        Callback::from(move |_: ()| {
            if let Some(root) = root.get() {
                emit(&root, events::START, None);
            }
            state.dispatch(Action::Start)
        })
    };

    // Forgetting also takes away the summary printed from the hidden frame.
    let on_forget = {
        let (state, root) = (state.clone(), root.clone());
        Callback::from(move |_: ()| {
            if let Some(root) = root.cast::<web_sys::Element>() {
                remove_printed(&root);
            }
            state.dispatch(Action::Forget)
        })
    };

    let screen = state.screen().clone();

    // The clinic's words when it reads another language than the patient: the summary then
    // gives the same facts in both.
    let clinic_lang = (props.config.clinic_lang.clone())
        .filter(|lang| lang != LANGUAGE && crate::config::LANGUAGES.contains(&lang.as_str()));
    let at_result = matches!(screen, Screen::Result(_));
    let clinic_words = use_clinic_words(clinic_lang.clone(), props.load_file.clone(), at_result);
    let summary_of = |assessment: &heel_triage_engine::Assessment| {
        let mine = summary(&own(), &state, assessment, &props.config, &today(LANGUAGE));
        match (&clinic_words, &clinic_lang) {
            (Some(words), Some(lang)) => {
                let theirs = summary(words, &state, assessment, &props.config, &today(lang));
                [mine, theirs].join(BETWEEN_LANGUAGES)
            }
            _ => mine,
        }
    };

    // Effect: tell the host page once per outcome (the emergency screen and the result count as one).
    let outcome = match &screen {
        Screen::Emergency(assessment) | Screen::Result(assessment) => {
            let top: Vec<&str> = assessment
                .conditions
                .iter()
                .take(TOP_CONDITIONS)
                .map(|c| k.conditions[c.condition].id)
                .collect();
            Some((assessment.urgency.id(), top))
        }
        _ => None,
    };
    // Not for progress resumed on load: the host page heard of that outcome when it happened.
    // The conditions are health information: they go out only if the clinic shares them
    // (`share-conditions`), and changing that setting is no new outcome.
    {
        let (root, version, first) = (root.clone(), k.version, use_mut_ref(|| true));
        let share = props.config.share_conditions;
        use_effect_with(outcome, move |outcome| {
            if first.replace(false) {
                return;
            }
            if let (Some((urgency, top)), Some(root)) = (outcome, root.get()) {
                let top = share.then_some(top.as_slice());
                emit(
                    &root,
                    events::RESULT,
                    Some(&events::result_detail(urgency, top, version)),
                );
            }
        });
    }
    // Effect: a new screen takes focus, from the second screen on (the first must not pull the
    // host page's focus or scroll to the widget).
    {
        let (root, first) = (root.clone(), use_mut_ref(|| true));
        use_effect_with(screen.place(), move |_| {
            if !first.replace(false) {
                focus_screen_heading(&root);
            }
        });
    }
    let body = match screen {
        Screen::Start => start_screen(&StartScreen {
            clinic: props.config.display_name().into(),
            notice: state.notice,
            on_start,
        }),
        Screen::WhereItHurts => where_it_hurts(&WhereScreen {
            picker: RegionPickerProps {
                selected: state.regions.clone(),
                on_toggle,
            },
            on_continue: send(Action::Continue),
            on_back: send(Action::Back),
        }),
        Screen::Questions {
            questions,
            number,
            assessment,
        } => {
            let on_answer = {
                let state = state.clone();
                Callback::from(move |answers| state.dispatch(Action::Answer(answers)))
            };
            let on_mark = {
                let state = state.clone();
                Callback::from(move |(question, answer)| {
                    state.dispatch(Action::Mark(question, answer))
                })
            };
            let remaining = estimate_remaining(k, &state.interview(), &assessment);
            questions_screen(&QuestionScreen {
                questions: &questions,
                answers: &state.answers,
                number,
                estimated_total: number - 1 + remaining,
                on_answer,
                on_mark,
                on_back: send(Action::Back),
            })
        }
        Screen::Emergency(assessment) => emergency_screen(&EmergencyScreen {
            assessment: &assessment,
            emergency_number: props.config.emergency_number.as_deref(),
            on_see_result: send(Action::SeeResult),
            on_back: send(Action::Back),
        }),
        Screen::Result(assessment) => html! {
            <ResultScreen assessment={assessment.clone()} config={props.config.clone()} load_file={props.load_file.clone()}
                summary={summary_of(&assessment)}
                on_back={send(Action::Back)} on_restart={send(Action::Restart)} on_forget={on_forget} />
        },
    };
    html! {
        <div class="ht" lang={crate::text::LANGUAGE} ref={root}
            style={props.config.accent.as_ref().map(|accent| format!("--ht-clinic-accent: {accent}"))}>
            <style>{CSS}</style>
            <header class="ht-header">
                <span class="ht-logo" aria-hidden="true"></span>
                <span>{crate::text::page::TITLE}</span>
                if let Some(name) = &props.config.clinic_name {
                    <span class="ht-clinic">{name.clone()}</span>
                }
            </header>
            {body}
        </div>
    }
}
