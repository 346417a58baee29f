//! Red-flag escalation: a flag that fires can call for more when a further answer holds too.
//! Nothing else checks it, because another flag often decides the overall level anyway.

mod common;

use common::*;
use heel_triage_engine::{Assessment, Knowledge, Urgency};

/// The level of flag `id` in the assessment, if it fired.
fn level_of(k: &Knowledge, a: &Assessment, id: &str) -> Option<Urgency> {
    a.red_flags
        .iter()
        .find(|f| k.red_flags[f.flag].id == id)
        .map(|f| f.urgency)
}

#[test]
fn a_child_who_cannot_walk_needs_a_visit_within_a_day_and_with_a_fever_the_emergency_department() {
    let k = knowledge();
    let child_cannot_walk = [("age_group", "8_15"), ("weight_bearing", "cannot")];
    let a = assess_ids(&k, &["achilles_insertion"], &child_cannot_walk);
    assert_eq!(level_of(&k, &a, "RF5"), Some(Urgency::Consultation24));
    assert_eq!(a.urgency, Urgency::Consultation24);

    let with_fever = [
        child_cannot_walk[0],
        child_cannot_walk[1],
        ("fever_unwell", "yes"),
    ];
    let a = assess_ids(&k, &["achilles_insertion"], &with_fever);
    // The child's own flag rises too, so the emergency screen (which lists the flags at an
    // emergency level) explains why a child's heel with a fever cannot wait.
    assert_eq!(level_of(&k, &a, "RF5"), Some(Urgency::Emergency));
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
    assert_eq!(level_of(&k, &a, "RF5"), None);
}
