//! The root component: owns the one reducer, saves progress, and shows the screen the state
//! calls for.

use super::emergency::EmergencyScreen;
use super::question::QuestionScreen;
use super::result::ResultScreen;
use super::start::StartScreen;
use super::where_it_hurts::WhereItHurts;
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
}

#[component]
pub fn App(props: &AppProps) -> Html {
    match crate::knowledge() {
        Ok(knowledge) => html! { <Journey knowledge={knowledge} config={props.config.clone()} /> },
        Err(problem) => html! {
            <div class="ht">
                <style>{CSS}</style>
                <div class="ht-screen" role="alert">
                    <h2>{"This heel check cannot start"}</h2>
                    <p>{"Its medical rules failed a safety check, so it will not give advice. Please contact the clinic directly."}</p>
                    <p class="ht-small">{problem}</p>
                </div>
            </div>
        },
    }
}

#[derive(Properties, PartialEq)]
struct JourneyProps {
    knowledge: Rc<Knowledge>,
    config: ClinicConfig,
}

#[component]
fn Journey(props: &JourneyProps) -> Html {
    let knowledge = props.knowledge.clone();
    let state = use_reducer(move || {
        storage::load()
            .and_then(|saved| progress::decode(knowledge.clone(), &saved))
            .unwrap_or_else(|| State::new(knowledge))
    });

    // Effect: keep saved progress in step with the state (removed when there is nothing to keep).
    use_effect_with(state.clone(), |state| {
        if state.is_pristine() {
            storage::remove();
        } else {
            storage::save(&progress::encode(state));
        }
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

    let k = &props.knowledge;
    let assessment = Rc::new(state.assessment());
    let screen = state.screen(&assessment);
    let body = match screen {
        Screen::Start => html! {
            <StartScreen clinic={props.config.display_name().to_string()} forgotten={state.forgotten} on_start={send(Action::Start)} />
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
        <div class="ht" lang="en">
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
