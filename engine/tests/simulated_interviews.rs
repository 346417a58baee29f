//! Every case file run as simulated patients who answer only what the engine asks, screen by
//! screen, as in the widget (see `heel_triage_engine::simulate`). `cargo xtask eval` prints the
//! same figures with every miss.
//!
//! The thresholds hold over all the cases together: the reference's, our own, and the
//! independent stories written from sources the reference does not cite.

use heel_triage_engine::simulate::{score, CaseFile, Report};

fn report() -> Report {
    let files = CaseFile::all().expect("case files are readable");
    Report::run(&heel_triage_engine::shipped().clone(), files).expect("every case is well formed")
}

#[test]
fn the_engine_meets_its_thresholds_on_every_case_file_together() {
    let report = report();
    let all = report.all();
    let table = report.table();
    assert!(all.cases >= 120, "{table}");
    assert!(all.top3 >= 0.90, "top three {:.2}\n{table}", all.top3);
    assert!(
        all.urgency_exact >= 0.85,
        "urgency exact {:.2}\n{table}",
        all.urgency_exact
    );
    assert_eq!(
        all.urgent_under_triaged, 0,
        "a patient who needed care within a day was told to wait\n{table}"
    );
    assert!(
        all.mean_screens <= 9.0,
        "{:.1} screens\n{table}",
        all.mean_screens
    );
}

#[test]
fn no_case_file_alone_falls_far_below_the_thresholds() {
    // The independent stories are the fair test: they must hold on their own too.
    for (name, outcomes) in &report().files {
        let s = score(outcomes);
        assert!(s.top3 >= 0.85 && s.urgency_exact >= 0.80, "{name}: {s:?}");
        assert_eq!(s.urgent_under_triaged, 0, "{name}");
    }
}

#[test]
fn the_independent_stories_cover_every_condition_and_every_level() {
    let files = CaseFile::all().unwrap();
    let independent = files
        .iter()
        .find(|f| f.name == "independent_cases")
        .expect("independent cases");
    assert!(independent.cases.len() >= 40);
    let k = heel_triage_engine::shipped().clone();
    for condition in k.conditions {
        assert!(
            (independent.cases.iter()).any(|c| c["expected_top"] == condition.id),
            "{}",
            condition.id
        );
    }
    for level in heel_triage_engine::Urgency::ALL {
        assert!(
            (independent.cases.iter()).any(|c| c["expected_urgency"] == level.id()),
            "{}",
            level.id()
        );
    }
    for case in &independent.cases {
        let source = case["source"].as_str().unwrap_or_default();
        assert!(source.len() > 20, "{} names its source", case["id"]);
    }
}

#[test]
fn a_patient_answers_only_what_is_asked_and_a_bad_case_is_named() {
    let k = heel_triage_engine::shipped().clone();
    let case = serde_json::json!({
        "id": "T1", "location": "achilles_midportion", "expected_top": "achilles_rupture",
        "expected_urgency": "emergency",
        "facts": { "age_group": "41_60", "sudden_onset": true, "pop_or_kicked": true, "injury_when": "under_4_weeks" }
    });
    let outcome = heel_triage_engine::simulate::interview(&k, &case).unwrap();
    assert_eq!(outcome.urgency.id(), "emergency");
    // Age, the checklist, then when it happened: the emergency is shown after three screens.
    assert_eq!(outcome.screens(), 3, "{:?}", outcome.asked);
    assert_eq!(outcome.asked[2], ["injury_when"]);
    let mut bad = case.clone();
    bad["facts"]["injury_when"] = serde_json::json!("yesterday");
    let error = heel_triage_engine::simulate::interview(&k, &bad).unwrap_err();
    assert!(
        error.contains("T1") && error.contains("injury_when"),
        "{error}"
    );
}
