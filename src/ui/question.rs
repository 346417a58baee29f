use super::{action_button, press};
use crate::KnowledgeRef;
use heel_triage_engine::knowledge::QuestionIx;
use heel_triage_engine::Answer;
use yew::prelude::*;

pub struct QuestionProps {
    pub knowledge: KnowledgeRef,
    pub question: QuestionIx,
    /// An earlier answer to this question, kept after Back.
    pub previous: Option<Answer>,
    pub number: usize,
    pub estimated_total: usize,
    pub on_answer: Callback<Answer>,
    pub on_back: Callback<()>,
}

/// The `data-answer` value of a choice: `true`/`false` for yes/no questions, else the option id.
fn answer_hook(yes_no: bool, option_id: &'static str) -> &'static str {
    match (yes_no, option_id) {
        (true, "yes") => "true",
        (true, "no") => "false",
        _ => option_id,
    }
}

/// One question, its choices (with "Not sure"), and why we ask.
pub fn question_screen(props: &QuestionProps) -> Html {
    let q = &props.knowledge.questions[props.question];
    let total = props.estimated_total.max(props.number);
    let choice = |answer: Answer, label: &'static str, hook: &'static str| {
        let was = props.previous == Some(answer);
        html! {
            <button type="button" class="ht-choice ht-answer"
                data-answer={hook} aria-pressed={if was { "true" } else { "false" }}
                onclick={props.on_answer.reform(move |_| answer)}>
                <span class="ht-check" aria-hidden="true">{if was { "✓" } else { "" }}</span>
                <span class="ht-choice-name">{label}</span>
            </button>
        }
    };
    html! {
        <section key={props.question} class="ht-screen ht-question" data-question={q.id} aria-labelledby="ht-question-text">
            <div class="ht-progress">
                <span>{format!("Question {} of about {}", props.number, total)}</span>
                <progress max={total.to_string()} value={props.number.to_string()} aria-hidden="true" />
            </div>
            <h2 id="ht-question-text" tabindex="-1">{q.text}</h2>
            if let Some(how) = q.how {
                <p class="ht-how">{how}</p>
            }
            <div class="ht-choices" role="group" aria-labelledby="ht-question-text">
                {for q.options.iter().enumerate().map(|(i, o)| choice(Answer::Option(i), o.label, answer_hook(q.yes_no, o.id)))}
                {choice(Answer::Unsure, "Not sure", heel_triage_engine::UNSURE)}
            </div>
            <p class="ht-why"><strong>{"Why we ask: "}</strong>{q.why}</p>
            <div class="ht-nav">
                {action_button("back", "Back", "ht-button", press(&props.on_back))}
            </div>
        </section>
    }
}
