//! Shared helpers for the engine's integration tests.
#![allow(dead_code)]

use heel_triage_engine::{assess, Assessment, Interview, Knowledge};

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

pub fn knowledge() -> Knowledge {
    Knowledge::shipped()
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

pub fn next_id(k: &Knowledge, a: &Assessment) -> Option<String> {
    a.next_question
        .map(|n| k.questions[n.question].id.to_string())
}
