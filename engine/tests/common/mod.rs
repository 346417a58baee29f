//! Shared helpers for the engine's integration tests.
#![allow(dead_code)]

use heel_triage_engine::knowledge::{ConditionIx, Ix};
use heel_triage_engine::{assess, Assessment, Interview, Knowledge, NextQuestion};

/// An adult whose safety screen is clear up to, not including, the diabetes question.
pub const CLEAR_SCREEN_BEFORE_DIABETES: [(&str, &str); 8] = [
    ("age_group", "41_60"),
    ("sudden_onset", "no"),
    ("fall_or_crush", "no"),
    ("back_pain_or_leg_weakness", "no"),
    ("weight_bearing", "normal"),
    ("single_leg_tiptoe", "easy"),
    ("hot_red_swollen", "no"),
    ("fever_unwell", "no"),
];

/// An adult whose pain came on suddenly with a pop: a torn tendon, an emergency.
pub const SUDDEN_POP: [(&str, &str); 3] = [
    ("age_group", "25_40"),
    ("sudden_onset", "yes"),
    ("pop_or_kicked", "yes"),
];

pub fn knowledge() -> Knowledge {
    heel_triage_engine::shipped().clone()
}

/// An interview from region ids and `(question, answer id)` pairs.
pub fn interview(k: &Knowledge, regions: &[&str], answers: &[(&str, &str)]) -> Interview {
    let mut interview = Interview::default();
    for region in regions {
        interview.add_region(k, region).expect("known region");
    }
    for (question, answer) in answers {
        interview
            .add_answer(k, question, answer)
            .expect("known answer");
    }
    interview
}

pub fn assess_ids(k: &Knowledge, regions: &[&str], answers: &[(&str, &str)]) -> Assessment {
    assess(k, &interview(k, regions, answers))
}

/// Where a condition is in the knowledge's list.
pub fn condition_at(k: &Knowledge, id: &str) -> ConditionIx {
    Ix::find(k.conditions, |c| c.id == id).unwrap_or_else(|| panic!("no condition {id}"))
}

pub fn top_ids(k: &Knowledge, a: &Assessment, n: usize) -> Vec<String> {
    a.conditions
        .iter()
        .take(n)
        .map(|c| k.conditions[c.condition].id.to_string())
        .collect()
}

pub fn flag_ids(k: &Knowledge, a: &Assessment) -> Vec<String> {
    a.red_flags
        .iter()
        .map(|f| k.red_flags[f.flag].id.to_string())
        .collect()
}

/// How many screens the steps from here on take.
pub fn screens<'a>(steps: impl IntoIterator<Item = &'a Step>) -> usize {
    let mut numbers: Vec<usize> = steps.into_iter().map(|s| s.screen).collect();
    numbers.dedup();
    numbers.len()
}

/// The ids of every question on the next screen.
pub fn screen_ids(k: &Knowledge, a: &Assessment) -> Vec<&'static str> {
    a.next_screen.iter().map(|q| k.questions[*q].id).collect()
}

pub fn next_id(k: &Knowledge, a: &Assessment) -> Option<String> {
    a.next_question
        .map(|n| k.questions[n.question].id.to_string())
}

/// One question the engine asked during a [`walk`], with the ranking's top probability then.
#[derive(Debug)]
pub struct Step {
    pub id: String,
    pub asked: NextQuestion,
    pub top: f64,
    /// Which screen it was on (0 first): a checklist asks several questions on one screen.
    pub screen: usize,
}

/// Answers every screen the engine asks with `pick` (an answer id per question), as the widget
/// does, until it asks no more. "no" to a question that has no such answer means "Not sure".
pub fn walk(
    k: &Knowledge,
    regions: &[&str],
    pick: impl Fn(&str) -> &'static str,
) -> (Vec<Step>, Assessment) {
    let mut interview = interview(k, regions, &[]);
    let mut steps: Vec<Step> = Vec::new();
    loop {
        let a = assess(k, &interview);
        let Some(next) = a.next_question else {
            return (steps, a);
        };
        let screen = steps.last().map_or(0, |s: &Step| s.screen + 1);
        for question in &a.next_screen {
            let id = k.questions[*question].id.to_string();
            assert!(steps.iter().all(|s| s.id != id), "{id} asked twice");
            let q = &k.questions[*question];
            let answer = match pick(&id) {
                "no" if q.option_ix("no").is_none() => heel_triage_engine::UNSURE,
                answer => answer,
            };
            interview.add_answer(k, &id, answer).expect("known answer");
            steps.push(Step {
                id,
                asked: NextQuestion {
                    question: *question,
                    ..next
                },
                top: a.conditions[0].probability,
                screen,
            });
        }
        assert!(steps.len() <= k.questions.len());
    }
}

/// An adult runner whose Achilles has been overloaded (midportion pattern): self-care.
pub fn runner(question: &str) -> &'static str {
    match question {
        "age_group" => "25_40",
        "weight_bearing" => "normal",
        "single_leg_tiptoe" => "painful",
        "duration" => "2_to_12_weeks",
        "recent_load_increase" | "eases_with_warmup" => "yes",
        "morning_stiffness" => "under_30_min",
        "nerve_symptoms" => "none",
        _ => "no",
    }
}
