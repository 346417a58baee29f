//! The plain-text summary a patient copies or prints to take to an appointment: in the
//! patient's language, and, when the clinic reads another (`clinic-lang`), the same facts again
//! in the clinic's, so the clinician can read what the patient answered.

mod words;

pub use words::{fill, own, Fetched, Key, KnowledgeWords, Words, LIKELIHOODS, SUMMARY_SECTIONS};

use crate::config::ClinicConfig;
use crate::state::State;
use heel_triage_engine::{Answer, Assessment};

/// How many conditions the summary and the result list first.
pub const TOP_CONDITIONS: usize = 3;

/// What goes between the summary in the patient's language and in the clinic's.
pub const BETWEEN_LANGUAGES: &str = "\n----------------------------------------\n\n";

/// The summary in `words`; `date` is today's, as `words`' language writes it.
pub fn summary(
    words: &dyn Words,
    state: &State,
    assessment: &Assessment,
    config: &ClinicConfig,
    date: &str,
) -> String {
    let k = heel_triage_engine::shipped();
    let word = |key: Key| words.get(&key).unwrap_or_default();
    let line_of =
        |key: &str, values: &[(&str, &str)]| fill(&word(Key::Screen("summary", key)), values);
    let mut out = String::new();
    let mut line = |s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    line(&line_of("title", &[]));
    line(&line_of("not_diagnosis", &[]));
    line(&line_of("date", &[("date", date)]));
    line(&line_of("rules_version", &[("version", k.version)]));
    line("");
    let regions: Vec<String> = state
        .regions
        .iter()
        .map(|r| word(Key::Region(*r)))
        .collect();
    line(&line_of(
        "where_it_hurts",
        &[("places", &regions.join("; "))],
    ));
    line("");
    // Each answer as the fact it states ("It started suddenly"), so even the longest
    // interview prints on one page; the checklist's "No"s are one line.
    line(&line_of("answers", &[]));
    for screen in &state.asked {
        let checklist = screen.len() > 1;
        for q in screen {
            match state.answers.get(q) {
                Some(Answer::Option(o)) if !(checklist && Answer::Option(*o) == Answer::NO) => {
                    line(&["- ", &word(Key::Says(*q, *o))].concat())
                }
                Some(Answer::Option(_)) => {}
                _ => line(&line_of(
                    "not_sure",
                    &[("question", &word(Key::Question(*q)))],
                )),
            }
        }
        if checklist {
            line(&line_of("no_to_rest", &[]));
        }
    }
    line("");
    let level = assessment.urgency;
    let (label, action) = (word(Key::Urgency(level)), word(Key::Action(level)));
    line(&line_of(
        "how_urgent",
        &[("level", &label), ("action", &action)],
    ));
    for fired in &assessment.red_flags {
        line(&line_of(
            "warning_sign",
            &[("flag", &word(Key::Flag(fired.flag)))],
        ));
    }
    for open in &assessment.not_ruled_out {
        line(&line_of(
            "not_ruled_out",
            &[("flag", &word(Key::Flag(open.flag)))],
        ));
    }
    line("");
    line(&line_of("conditions", &[]));
    for (rank, ranked) in assessment
        .conditions
        .iter()
        .take(TOP_CONDITIONS)
        .enumerate()
    {
        let condition = word(Key::Condition(ranked.condition));
        // ASCII lower case: `to_lowercase` would ship Unicode's case tables in the wasm.
        let likely = word(Key::Likelihood(k.likelihood(ranked.probability))).to_ascii_lowercase();
        line(&[&(rank + 1).to_string(), ". ", &condition, ": ", &likely].concat());
    }
    line("");
    let anyone = word(Key::Screen("start", "anyone"));
    let clinic = config.clinic_name.as_deref().unwrap_or(&anyone);
    line(&line_of("contact", &[("clinic", clinic)]));
    if let Some(phone) = &config.phone {
        line(&line_of("phone", &[("phone", &phone.shown)]));
    }
    if let Some(url) = &config.booking_url {
        line(&line_of("book", &[("link", url)]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{Action, Screen};
    use crate::ui::full_name;
    use heel_triage_engine::knowledge::QuestionIx;
    use std::rc::Rc;
    use yew::Reducible;

    const DATE: &str = "22 November 2026";

    /// The widget's state after choosing the mid-tendon and answering screen by screen, with
    /// `answers` (`None` is "Not sure") and "No" to the rest of a checklist, until every one of
    /// `answers` is given.
    fn answered(answers: &[(&str, Option<&str>)]) -> Rc<State> {
        let k = heel_triage_engine::shipped();
        let region = k.region_ix("achilles_midportion").unwrap();
        let mut state = [
            Action::Start,
            Action::ToggleRegion(region),
            Action::Continue,
        ]
        .into_iter()
        .fold(Rc::new(State::default()), |s, a| s.reduce(a));
        let given = |q: QuestionIx| answers.iter().find(|(id, _)| k.question_ix(id) == Some(q));
        while answers
            .iter()
            .any(|(id, _)| !state.answers.contains_key(&k.question_ix(id).unwrap()))
        {
            let Screen::Questions { questions, .. } = state.screen() else {
                panic!("the interview ended before every answer was given");
            };
            let screen = questions
                .iter()
                .map(|q| match given(*q) {
                    Some((_, Some(id))) => {
                        (*q, Answer::Option(k.questions[*q].option_ix(id).unwrap()))
                    }
                    Some((_, None)) => (*q, Answer::Unsure),
                    None => (*q, Answer::NO),
                })
                .collect();
            state = state.reduce(Action::Answer(screen));
        }
        state
    }

    fn has_line(text: &str, line: &str) -> bool {
        text.lines().any(|l| l == line)
    }

    #[test]
    fn summary_says_it_is_not_a_diagnosis_and_gives_the_date_version_and_places() {
        let state = answered(&[]);
        let text = summary(
            &own(),
            &state,
            &state.assessment(),
            &ClinicConfig::default(),
            DATE,
        );
        assert!(text.starts_with(
            "Heel pain check: summary for your appointment\nThis is not a diagnosis."
        ));
        assert!(has_line(
            &text,
            &format!("Rules version: {}", heel_triage_engine::shipped().version)
        ));
        assert!(has_line(&text, &format!("Date: {DATE}")));
        assert!(has_line(
            &text,
            "Where it hurts: Achilles tendon above the heel"
        ));
        assert!(has_line(
            &text,
            "Contact: your GP, podiatrist or physiotherapist"
        ));
        assert!(!text.contains("Phone:") && !text.contains("Book:"));
    }

    #[test]
    fn summary_gives_each_answer_the_urgency_its_warning_signs_and_the_top_conditions_in_order() {
        let state = answered(&[
            ("age_group", Some("41_60")),
            ("sudden_onset", Some("yes")),
            ("pop_or_kicked", Some("yes")),
        ]);
        let k = heel_triage_engine::shipped();
        let assessment = state.assessment();
        let (config, _) = ClinicConfig::from_attributes([
            ("phone", "01234 567890"),
            ("booking-url", "https://clinic.example/book"),
        ]);
        let text = summary(&own(), &state, &assessment, &config, DATE);

        for (question, option) in [("age_group", "41_60"), ("sudden_onset", "yes")] {
            let q = &k.questions[k.question_ix(question).unwrap()];
            let says = &q.options[q.option_ix(option).unwrap()].says;
            assert!(has_line(&text, &format!("- {says}")), "{question}");
        }
        // The checklist's "No"s are one line, not one each.
        assert!(has_line(
            &text,
            "- No to the other warning signs on the checklist"
        ));
        let fever = &k.questions[k.question_ix("fever_unwell").unwrap()];
        assert!(!text.contains(fever.options[1].says), "{text}");
        let urgency = k.urgency_text(assessment.urgency);
        assert!(has_line(
            &text,
            &format!("How urgent: {}. {}", urgency.label, urgency.action)
        ));
        assert!(!assessment.red_flags.is_empty());
        for fired in &assessment.red_flags {
            let flag = &k.red_flags[fired.flag];
            assert!(has_line(&text, &format!("- Warning sign: {}", flag.title)));
        }
        let listed: Vec<&str> = text
            .lines()
            .filter(|l| l.starts_with(char::is_numeric))
            .collect();
        let expected: Vec<String> = assessment.conditions[..TOP_CONDITIONS]
            .iter()
            .enumerate()
            .map(|(i, c)| {
                format!(
                    "{}. {}: {}",
                    i + 1,
                    full_name(&k.conditions[c.condition]),
                    k.likelihood(c.probability)
                        .words(&k.words)
                        .to_ascii_lowercase()
                )
            })
            .collect();
        assert_eq!(listed, expected);
        assert!(has_line(&text, "Phone: 01234 567890"));
        assert!(has_line(&text, "Book: https://clinic.example/book"));
    }

    #[test]
    fn summary_shows_not_sure_and_what_it_leaves_open() {
        let state = answered(&[
            ("age_group", Some("41_60")),
            ("sudden_onset", Some("yes")),
            ("pop_or_kicked", None),
        ]);
        let k = heel_triage_engine::shipped();
        let assessment = state.assessment();
        let text = summary(&own(), &state, &assessment, &ClinicConfig::default(), DATE);
        let pop = &k.questions[k.question_ix("pop_or_kicked").unwrap()];
        assert!(has_line(
            &text,
            &format!("- Not sure: {}", pop.checklist.unwrap())
        ));
        assert!(!assessment.not_ruled_out.is_empty());
        for open in &assessment.not_ruled_out {
            let flag = &k.red_flags[open.flag];
            let line = format!(
                "- Not ruled out (an answer was \"Not sure\"): {}",
                flag.title
            );
            assert!(has_line(&text, &line));
        }
    }
}
