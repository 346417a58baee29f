//! The root component: owns the one reducer, saves progress, and shows the screen the state
//! calls for.

use super::emergency::EmergencyScreen;
use super::question::QuestionScreen;
use super::result::ResultScreen;
use super::start::StartScreen;
use super::where_it_hurts::WhereItHurts;
use crate::browser::events::{self, emit};
use crate::browser::{storage, today};
use crate::config::ClinicConfig;
use crate::progress;
use crate::state::{Action, Screen, State};
use crate::summary::summary;
use heel_triage_engine::{estimate_remaining, Answer, Knowledge};
use std::rc::Rc;
use yew::prelude::*;

/// The widget's stylesheet, compiled in so it can live inside a shadow root.
const CSS: &str = include_str!("../../styles/widget.css");

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub config: ClinicConfig,
    /// The host element's `id`, which keeps this widget's saved progress apart from others.
    #[prop_or_default]
    pub widget_id: Option<AttrValue>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    html! {
        <Journey knowledge={crate::knowledge()} config={props.config.clone()}
            storage_key={storage::key_for(props.widget_id.as_deref())} />
    }
}

#[derive(Properties, PartialEq)]
struct JourneyProps {
    knowledge: Rc<Knowledge>,
    config: ClinicConfig,
    storage_key: AttrValue,
}

#[component]
fn Journey(props: &JourneyProps) -> Html {
    let root = use_node_ref();
    let key = props.storage_key.clone();
    let knowledge = props.knowledge.clone();
    let state = use_reducer(move || {
        storage::load(&key)
            .and_then(|saved| progress::decode(knowledge.clone(), &saved))
            .unwrap_or_else(|| State::new(knowledge))
    });

    // Effect: keep saved progress in step with the state (removed when there is nothing to keep).
    use_effect_with(
        (state.clone(), props.storage_key.clone()),
        |(state, key)| {
            if state.is_pristine() {
                storage::remove(key);
            } else {
                storage::save(key, &progress::encode(state));
            }
        },
    );

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

    let k = &props.knowledge;
    let assessment = Rc::new(state.assessment());
    let screen = state.screen(&assessment);

    // Effect: tell the host page once per outcome (the emergency screen and the result count as one).
    let outcome = matches!(screen, Screen::Emergency | Screen::Result).then(|| {
        let top: Vec<String> = assessment
            .conditions
            .iter()
            .take(3)
            .map(|c| k.conditions[c.condition].id.to_string())
            .collect();
        (assessment.urgency.id(), top)
    });
    {
        let (root, version) = (root.clone(), k.version.clone());
        use_effect_with(outcome, move |outcome| {
            if let (Some((urgency, top)), Some(root)) = (outcome, root.get()) {
                let top: Vec<&str> = top.iter().map(String::as_str).collect();
                emit(
                    &root,
                    events::RESULT,
                    Some(&events::result_detail(urgency, &top, &version)),
                );
            }
        });
    }
    let body = match screen {
        Screen::Start => html! {
            <StartScreen clinic={props.config.display_name().to_string()} forgotten={state.forgotten} on_start={on_start} />
        },
        Screen::WhereItHurts => html! {
            <WhereItHurts knowledge={k.clone()} selected={state.regions.clone()} on_toggle={on_toggle}
                on_continue={send(Action::Continue)} on_back={send(Action::Back)} />
        },
        Screen::Question { question, number } => {
            let on_answer = {
                let state = state.clone();
                Callback::from(move |answer: Answer| {
                    state.dispatch(Action::Answer(question, answer))
                })
            };
            let remaining = estimate_remaining(k, &state.interview(), assessment.urgency);
            html! {
                <QuestionScreen key={question} knowledge={k.clone()} question={question}
                    previous={state.answers.get(&question).copied()} number={number}
                    estimated_total={number - 1 + remaining} on_answer={on_answer} on_back={send(Action::Back)} />
            }
        }
        Screen::Emergency => html! {
            <EmergencyScreen knowledge={k.clone()} assessment={assessment.clone()}
                on_see_result={send(Action::SeeResult)} on_back={send(Action::Back)} />
        },
        Screen::Result => html! {
            <ResultScreen knowledge={k.clone()} assessment={assessment.clone()} config={props.config.clone()}
                summary={summary(&state, &assessment, &props.config, &today())}
                on_back={send(Action::Back)} on_restart={send(Action::Restart)} on_forget={send(Action::Forget)} />
        },
    };
    html! {
        <div class="ht" lang="en" ref={root}
            style={props.config.accent.as_ref().map(|accent| format!("--ht-clinic-accent: {accent}"))}>
            <style>{CSS}</style>
            <header class="ht-header">
                <span class="ht-logo" aria-hidden="true"></span>
                <span>{"Heel pain check"}</span>
                if let Some(name) = &props.config.clinic_name {
                    <span class="ht-clinic">{name.clone()}</span>
                }
            </header>
            {body}
        </div>
    }
}
