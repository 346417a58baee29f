//! Red flags beyond what the worked cases check: escalation (a flag calls for more when a further
//! answer holds too; another flag often decides the overall level anyway), and flags that a
//! "Not sure" keeps from being ruled out.

mod common;

use common::*;
use heel_triage_engine::red_flags::FiredFlag;
use heel_triage_engine::{Knowledge, Urgency};

/// The level flag `id` calls for in `flags` (fired, or not ruled out), if it is there.
fn level_in(k: &Knowledge, flags: &[FiredFlag], id: &str) -> Option<Urgency> {
    flags
        .iter()
        .find(|f| k.red_flags[f.flag].id == id)
        .map(|f| f.urgency)
}

#[test]
fn a_child_who_cannot_walk_needs_a_visit_within_a_day_and_with_a_fever_the_emergency_department() {
    let k = knowledge();
    let child_cannot_walk = [("age_group", "8_15"), ("weight_bearing", "cannot")];
    let a = assess_ids(&k, &["achilles_insertion"], &child_cannot_walk);
    assert_eq!(
        level_in(&k, &a.red_flags, "RF5"),
        Some(Urgency::Consultation24)
    );
    assert_eq!(a.urgency, Urgency::Consultation24);

    let with_fever = [
        child_cannot_walk[0],
        child_cannot_walk[1],
        ("fever_unwell", "yes"),
    ];
    let a = assess_ids(&k, &["achilles_insertion"], &with_fever);
    // The child's own flag rises too, so the emergency screen (which lists the flags at an
    // emergency level) explains why a child's heel with a fever cannot wait.
    assert_eq!(level_in(&k, &a.red_flags, "RF5"), Some(Urgency::Emergency));
    assert_eq!(a.urgency, Urgency::Emergency);
}

#[test]
fn escalation_needs_the_flag_itself_to_fire() {
    let k = knowledge();
    // An adult with a fever: the child's flag does not fire at all.
    let a = assess_ids(
        &k,
        &["achilles_insertion"],
        &[
            ("age_group", "25_40"),
            ("weight_bearing", "normal"),
            ("fever_unwell", "yes"),
        ],
    );
    assert_eq!(level_in(&k, &a.red_flags, "RF5"), None);
}

/// Sudden pain above the heel in an adult who limps and cannot say whether the tendon tore.
const SUDDEN_BUT_NOT_SURE: [(&str, &str); 8] = [
    ("age_group", "41_60"),
    ("sudden_onset", "yes"),
    ("pop_or_kicked", "unsure"),
    ("tendon_gap", "unsure"),
    ("calf_squeeze_no_movement", "unsure"),
    ("fall_or_crush", "no"),
    ("weight_bearing", "limping"),
    ("single_leg_tiptoe", "unsure"),
];

#[test]
fn not_sure_about_every_sign_of_a_torn_tendon_is_not_told_self_care() {
    let k = knowledge();
    let a = assess_ids(&k, &["achilles_midportion"], &SUDDEN_BUT_NOT_SURE);
    assert!(a.red_flags.is_empty());
    assert_eq!(top_ids(&k, &a, 1), ["achilles_rupture"]);
    // The tear is not ruled out: seen within a day (an examination settles it), not self-care.
    let open: Vec<(&str, Urgency)> = a
        .not_ruled_out
        .iter()
        .map(|f| (&*k.red_flags[f.flag].id, f.urgency))
        .collect();
    assert_eq!(open, [("RF2", Urgency::Consultation24)]);
    assert_eq!(a.urgency, Urgency::Consultation24);
}

#[test]
fn a_flag_that_fires_is_not_also_listed_as_not_ruled_out() {
    let k = knowledge();
    let mut answers = SUDDEN_BUT_NOT_SURE.to_vec();
    answers[2] = ("pop_or_kicked", "yes");
    let a = assess_ids(&k, &["achilles_midportion"], &answers);
    assert_eq!(flag_ids(&k, &a), ["RF2"]);
    assert!(a.not_ruled_out.is_empty());
    assert_eq!(a.urgency, Urgency::Emergency);
}

#[test]
fn not_sure_rules_out_nothing_that_another_answer_already_ruled_out() {
    let k = knowledge();
    let mut answers = SUDDEN_BUT_NOT_SURE.to_vec();
    answers[1] = ("sudden_onset", "no");
    // A gap in the tendon is a sign of a tear with or without a sudden start: ruled out here.
    answers[3] = ("tendon_gap", "no");
    answers[7] = ("single_leg_tiptoe", "easy");
    let a = assess_ids(&k, &["achilles_midportion"], &answers);
    assert!(a.not_ruled_out.is_empty());
    assert_eq!(a.urgency, Urgency::SelfCare);
}

#[test]
fn a_flag_not_ruled_out_never_calls_for_more_than_it_would_if_it_fired() {
    let k = knowledge();
    // Night pain in a young person calls for care within a day; not being sure about it does too.
    let a = assess_ids(
        &k,
        &["plantar_central_heel"],
        &[("age_group", "16_24"), ("night_or_rest_pain", "unsure")],
    );
    assert_eq!(
        level_in(&k, &a.not_ruled_out, "RF11"),
        Some(Urgency::Consultation24)
    );
    assert_eq!(a.urgency, Urgency::Consultation24);
    // Below a day, "Not sure" calls for nothing: night pain in an adult is an appointment only
    // when it is there.
    let adult = assess_ids(
        &k,
        &["plantar_central_heel"],
        &[("age_group", "41_60"), ("night_or_rest_pain", "unsure")],
    );
    assert_eq!(level_in(&k, &adult.not_ruled_out, "RF12"), None);
}
