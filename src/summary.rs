//! The plain-text summary a patient copies or prints to take to an appointment.

use crate::config::ClinicConfig;
use crate::state::State;
use heel_triage_engine::{Answer, Assessment};

/// How many conditions the summary and the result list first.
pub const TOP_CONDITIONS: usize = 3;

pub fn percent(probability: f64) -> String {
    // Rounded to a whole number and shown as an integer (no float formatting in the wasm).
    let p = (probability * 100.0).round() as u32;
    if p < 1 {
        "under 1%".into()
    } else {
        format!("{p}%")
    }
}

pub fn summary(
    state: &State,
    assessment: &Assessment,
    config: &ClinicConfig,
    date: &str,
) -> String {
    let k = &state.knowledge;
    let mut out = String::new();
    let mut line = |s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    line("Heel pain check: summary for your appointment");
    line("This is not a diagnosis. It lists conditions that fit the answers given.");
    line(&format!("Date: {date}"));
    line(&format!("Rules version: {}", k.version));
    line("");
    let regions: Vec<&str> = state
        .regions
        .iter()
        .map(|r| k.regions[*r].name.as_ref())
        .collect();
    line(&format!("Where it hurts: {}", regions.join("; ")));
    line("");
    line("Answers:");
    for q in &state.asked {
        let question = &k.questions[*q];
        let answer = match state.answers.get(q) {
            Some(Answer::Option(o)) => question.options[*o].label.as_ref(),
            _ => "Not sure",
        };
        line(&format!("- {} {}", question.text, answer));
    }
    line("");
    let urgency = k.urgency_text(assessment.urgency);
    line(&format!(
        "How urgent: {}. {}",
        urgency.label, urgency.action
    ));
    for fired in &assessment.red_flags {
        let flag = &k.red_flags[fired.flag];
        line(&format!("- Warning sign: {}. {}", flag.title, flag.why));
    }
    for open in &assessment.not_ruled_out {
        let flag = &k.red_flags[open.flag];
        line(&format!(
            "- Not ruled out (an answer was \"Not sure\"): {}. {}",
            flag.title, flag.why
        ));
    }
    line("");
    line("Conditions that fit the answers (most likely first):");
    for (rank, ranked) in assessment
        .conditions
        .iter()
        .take(TOP_CONDITIONS)
        .enumerate()
    {
        let condition = &k.conditions[ranked.condition];
        line(&format!(
            "{}. {} ({})",
            rank + 1,
            condition.name,
            percent(ranked.probability)
        ));
    }
    line("");
    line(&format!("Contact: {}", config.display_name()));
    if let Some(phone) = &config.phone {
        line(&format!("Phone: {}", phone.shown));
    }
    if let Some(url) = &config.booking_url {
        line(&format!("Book: {url}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Action;
    use crate::KnowledgeRef;
    use std::rc::Rc;
    use yew::Reducible;

    #[test]
    fn summary_has_the_not_a_diagnosis_line_version_regions_answers_and_result() {
        let k = KnowledgeRef::shipped();
        let region = k.region_ix("achilles_midportion").unwrap();
        let sudden = k.question_ix("sudden_onset").unwrap();
        let state = [
            Action::Start,
            Action::ToggleRegion(region),
            Action::Continue,
            Action::Answer(sudden, Answer::Option(0)),
        ]
        .into_iter()
        .fold(Rc::new(State::new(k)), |s, a| s.reduce(a));
        let (config, _) = ClinicConfig::from_attributes([("phone", "01234 567890")]);
        let text = summary(&state, &state.assessment(), &config, "22 November 2026");
        assert!(text.contains("This is not a diagnosis."));
        assert!(text.contains(&format!("Rules version: {}", k.version)));
        assert!(text.contains("Where it hurts: Achilles tendon above the heel"));
        assert!(text.contains("Did the pain start suddenly"));
        assert!(text.contains("How urgent: "));
        assert!(text.contains("1. "));
        assert!(text.contains("Phone: 01234 567890"));
        assert!(text.contains("Date: 22 November 2026"));
    }

    #[test]
    fn tiny_probabilities_read_as_under_one_percent() {
        assert_eq!(percent(0.0004), "under 1%");
        assert_eq!(percent(0.416), "42%");
    }
}
