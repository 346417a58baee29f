use super::{action_button, press};
use crate::text::{nav, question as text};
use heel_triage_engine::compact::SortedMap;
use heel_triage_engine::knowledge::{Ix, QuestionIx};
use heel_triage_engine::Answer;
use yew::prelude::*;

const YES: Answer = Answer::YES;
const NO: Answer = Answer::NO;

pub struct QuestionScreen<'a> {
    /// One question, or several yes/no questions asked together as a checklist.
    pub questions: &'a [QuestionIx],
    /// Answers given before, kept after Back, and the marks on a checklist so far.
    pub answers: &'a SortedMap<QuestionIx, Answer>,
    pub number: usize,
    pub estimated_total: usize,
    /// The answers to every question on the screen.
    pub on_answer: Callback<Vec<(QuestionIx, Answer)>>,
    /// One checklist line marked "Yes", "Not sure" or, by unmarking, "No".
    pub on_mark: Callback<(QuestionIx, Answer)>,
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

/// A choice button; pressed when it is the answer given before.
fn choice(
    label: &'static str,
    hook: &'static str,
    pressed: bool,
    on_click: Callback<MouseEvent>,
) -> Html {
    html! {
        <button type="button" class="ht-choice ht-answer"
            data-answer={hook} aria-pressed={if pressed { "true" } else { "false" }}
            onclick={on_click}>
            <span class="ht-check" aria-hidden="true">{if pressed { "✓" } else { "" }}</span>
            <span class="ht-choice-name">{label}</span>
        </button>
    }
}

/// The question screen: one question with its choices, or a checklist.
pub fn questions_screen(props: &QuestionScreen) -> Html {
    let total = props.estimated_total.max(props.number);
    let progress = html! {
        <div class="ht-progress">
            <span>{text::progress(&props.number.to_string(), &total.to_string())}</span>
            <progress max={total.to_string()} value={props.number.to_string()} aria-hidden="true" />
        </div>
    };
    let back = html! {
        {action_button("back", nav::BACK, "ht-button", press(&props.on_back))}
    };
    match props.questions {
        [one] => one_question(props, *one, progress, back),
        many => checklist(props, many, progress, back),
    }
}

/// One question, its choices (with "Not sure"), and why we ask.
fn one_question(props: &QuestionScreen, question: QuestionIx, progress: Html, back: Html) -> Html {
    let q = &heel_triage_engine::shipped().questions[question];
    let previous = props.answers.get(&question).copied();
    let button = |answer: Answer, label: &'static str, hook: &'static str| {
        let on_click = props.on_answer.reform(move |_| vec![(question, answer)]);
        choice(label, hook, previous == Some(answer), on_click)
    };
    html! {
        <section key={q.id} class="ht-screen ht-question" data-question={q.id} aria-labelledby="ht-question-text">
            {progress}
            <h2 id="ht-question-text" tabindex="-1">{q.text}</h2>
            if let Some(how) = q.how {
                <p class="ht-how">{how}</p>
            }
            <div class="ht-choices" role="group" aria-labelledby="ht-question-text">
                {for Ix::all(q.options).zip(q.options).map(|(i, o)| button(Answer::Option(i), o.label, answer_hook(q.yes_no, o.id)))}
                {button(Answer::Unsure, text::NOT_SURE, heel_triage_engine::UNSURE)}
            </div>
            <p class="ht-why"><strong>{text::WHY}</strong>{q.why}</p>
            <div class="ht-nav">{back}</div>
        </section>
    }
}

/// Several yes/no questions on one screen: each line is marked "Yes" or "Not sure", or left as
/// "No". The patient sees one list instead of a dozen screens.
fn checklist(props: &QuestionScreen, questions: &[QuestionIx], progress: Html, back: Html) -> Html {
    let k = heel_triage_engine::shipped();
    let mark_of = |q: &QuestionIx| props.answers.get(q).copied().filter(|a| *a != NO);
    let any_marked = questions.iter().any(|q| mark_of(q).is_some());
    let line = |question: QuestionIx| {
        let q = &k.questions[question];
        let mark = mark_of(&question);
        let toggle = |answer: Answer, label: &'static str, hook: &'static str| {
            let next = if mark == Some(answer) { NO } else { answer };
            let on_click = props.on_mark.reform(move |_| (question, next));
            choice(label, hook, mark == Some(answer), on_click)
        };
        let label_id = format!("ht-line-{}", q.id);
        html! {
            <li class="ht-line" data-question={q.id}>
                <span class="ht-line-text" id={label_id.clone()}>{q.checklist.unwrap_or(q.text)}</span>
                <div class="ht-line-choices" role="group" aria-labelledby={label_id}>
                    {toggle(YES, text::YES, "true")}
                    {toggle(Answer::Unsure, text::NOT_SURE, heel_triage_engine::UNSURE)}
                </div>
            </li>
        }
    };
    let done = {
        let (answers, questions) = (props.answers.clone(), questions.to_vec());
        props.on_answer.reform(move |_| {
            questions
                .iter()
                .map(|q| (*q, answers.get(q).copied().unwrap_or(NO)))
                .collect()
        })
    };
    let (action, label) = if any_marked {
        ("checklist-done", nav::CONTINUE)
    } else {
        ("checklist-none", text::NONE_OF_THESE)
    };
    html! {
        <section key="checklist" class="ht-screen ht-question" data-checklist="" aria-labelledby="ht-question-text">
            {progress}
            <h2 id="ht-question-text" tabindex="-1">{text::CHECKLIST_TITLE}</h2>
            <p class="ht-how">{text::CHECKLIST_HOW}</p>
            <ul class="ht-lines">{for questions.iter().map(|q| line(*q))}</ul>
            <p class="ht-why"><strong>{text::WHY}</strong>{text::CHECKLIST_WHY}</p>
            <div class="ht-nav">
                {back}
                {action_button(action, label, "ht-button ht-primary", done)}
            </div>
        </section>
    }
}
