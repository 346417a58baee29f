//! The `assess` JSON contract that outside test suites rely on.

mod common;

use heel_triage_engine::{assess, contract};
use serde_json::Value;

fn run(input: &str) -> Result<Value, String> {
    let k = common::knowledge();
    let interview = contract::parse_input(&k, input)?;
    Ok(serde_json::from_str(&contract::render_output(&k, &assess(&k, &interview))).unwrap())
}

#[test]
fn output_has_the_documented_fields_in_order() {
    let k = common::knowledge();
    let input = r#"{"regions": ["achilles_insertion"], "answers": {"age_group": "41_60", "sudden_onset": false, "single_leg_tiptoe": "painful"}}"#;
    let interview = contract::parse_input(&k, input).unwrap();
    let text = contract::render_output(&k, &assess(&k, &interview));
    let keys = [
        "\"knowledge_version\"",
        "\"urgency\"",
        "\"red_flags\"",
        "\"conditions\"",
        "\"next_question\"",
    ];
    let positions: Vec<usize> = keys.iter().map(|key| text.find(key).unwrap()).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{text}");
    let out: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(out["knowledge_version"], k.version);
    assert_eq!(out["urgency"], "self_care");
    let conditions = out["conditions"].as_array().unwrap();
    assert_eq!(conditions.len(), 19);
    let probs: Vec<f64> = conditions
        .iter()
        .map(|c| c["probability"].as_f64().unwrap())
        .collect();
    assert!(
        probs.windows(2).all(|w| w[0] >= w[1]),
        "sorted most likely first"
    );
    assert!(conditions[0]["for"].is_array() && conditions[0]["against"].is_array());
    assert!(out["next_question"]["id"].is_string() && out["next_question"]["why"].is_string());
}

#[test]
fn red_flags_are_reported_with_id_urgency_and_why() {
    let out = run(r#"{"regions": ["achilles_midportion"], "answers": {"sudden_onset": true, "pop_or_kicked": true}}"#).unwrap();
    assert_eq!(out["urgency"], "emergency");
    assert_eq!(out["red_flags"][0]["id"], "RF2");
    assert_eq!(out["red_flags"][0]["urgency"], "emergency");
    assert!(out["red_flags"][0]["why"].as_str().unwrap().len() > 20);
}

#[test]
fn a_finished_interview_has_a_null_next_question() {
    let out = run(r#"{"regions": ["whole_heel_diffuse"], "answers": {"fall_or_crush": true, "back_pain_or_leg_weakness": true, "injury_when": "under_4_weeks"}}"#).unwrap();
    assert_eq!(out["urgency"], "emergency_ambulance");
    assert!(out["next_question"].is_null());
    assert_eq!(out["next_screen"], serde_json::json!([]));
}

#[test]
fn unsure_is_accepted_for_any_question() {
    assert!(
        run(r#"{"regions": [], "answers": {"sudden_onset": "unsure", "duration": "unsure"}}"#)
            .is_ok()
    );
}

#[test]
fn bad_input_is_refused_with_a_message_naming_the_problem() {
    let cases = [
        ("not json", "input is not valid JSON"),
        ("[1, 2]", "input must be a JSON object"),
        (r#"{"regions": ["elbow"]}"#, "unknown region `elbow`"),
        (
            r#"{"answers": {"shoe_size": true}}"#,
            "unknown question `shoe_size`",
        ),
        (
            r#"{"answers": {"duration": "a_decade"}}"#,
            "question `duration` has no answer `a_decade`",
        ),
        (
            r#"{"answers": {"sudden_onset": "yes"}}"#,
            "`sudden_onset` takes true, false or \"unsure\"",
        ),
        (
            r#"{"answers": {"duration": true}}"#,
            "`duration` takes an option id as a string",
        ),
        (
            r#"{"answers": {"sudden_onset": null}}"#,
            "`sudden_onset` takes true, false",
        ),
        (
            r#"{"regions": "achilles_insertion"}"#,
            "`regions` must be an array",
        ),
        (
            r#"{"regions": [7]}"#,
            "`regions` must hold region ids as strings",
        ),
        (r#"{"answers": []}"#, "`answers` must be an object"),
        (r#"{"regions": [], "extra": 1}"#, "unknown field `extra`"),
    ];
    for (input, expected) in cases {
        let err = run(input).expect_err(input);
        assert!(err.contains(expected), "{input}: {err}");
        assert!(!err.contains('\n'), "one line: {err}");
    }
}

#[test]
fn an_error_is_one_short_line_whatever_the_id_holds() {
    let hostile = [
        "line\nbreak",
        "carriage\rreturn",
        "line\u{2028}separator",
        "\u{1b}[31mred terminal\u{1b}[0m",
        "right\u{202e}to left",
        "zero\u{200b}width",
    ];
    for id in hostile {
        let input = serde_json::json!({ "regions": [id] }).to_string();
        let message = run(&input).unwrap_err();
        assert!(
            !message
                .chars()
                .any(|c| c.is_control() || matches!(c, '\u{2028}' | '\u{202e}' | '\u{200b}')),
            "{message:?}"
        );
        assert!(message.starts_with("unknown region `"), "{message:?}");
    }
    let huge = "x".repeat(1_000_000);
    for input in [
        serde_json::json!({ "regions": [huge] }).to_string(),
        serde_json::json!({ "answers": { huge.as_str(): true } }).to_string(),
        serde_json::json!({ huge.as_str(): 1 }).to_string(),
    ] {
        let message = run(&input).unwrap_err();
        assert!(message.len() < 200, "{} bytes", message.len());
    }
}

#[test]
fn a_repeated_key_is_an_error_not_the_last_one_wins() {
    let message =
        run(r#"{"answers":{"sudden_onset":true,"pop_or_kicked":true,"sudden_onset":false}}"#)
            .unwrap_err();
    assert!(
        message.contains("`sudden_onset` appears twice"),
        "{message}"
    );
    let message = run(r#"{"regions":["achilles_midportion"],"regions":[]}"#).unwrap_err();
    assert!(message.contains("`regions` appears twice"), "{message}");
}

#[test]
fn input_over_a_megabyte_and_deep_nesting_are_refused_without_a_crash() {
    let big = format!(
        "{{\"regions\": [], \"answers\": {{}}}}{}",
        " ".repeat(1 << 20)
    );
    assert!(run(&big).unwrap_err().contains("over"));
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(run(&deep)
        .unwrap_err()
        .starts_with("input is not valid JSON"));
    let deep_object = format!("{}1{}", "{\"a\":".repeat(10_000), "}".repeat(10_000));
    assert!(run(&deep_object).is_err());
}
