//! The presentations the first clinical reference missed (issue 29), each checked as a rule
//! that holds for any patient who presents that way, not for one story.

mod common;

use common::*;
use heel_triage_engine::{Urgency, Urgency::*};

const TENDON: [&str; 1] = ["achilles_midportion"];

/// An adult who answered the safety checklist, "Yes" to `yes` and "No" to the rest.
fn after_checklist(regions: &[&str], yes: &[&str]) -> heel_triage_engine::Assessment {
    let k = knowledge();
    let mut answers = vec![("age_group", "41_60")];
    let checklist = assess_ids(&k, regions, &answers).next_screen;
    assert!(checklist.len() > 1, "the checklist comes after the age");
    for q in checklist {
        let id = k.questions[q].id;
        answers.push((id, if yes.contains(&id) { "yes" } else { "no" }));
    }
    assess_ids(&k, regions, &answers)
}

/// Urgency for an adult who gave `answers` (the other questions unanswered).
fn level(regions: &[&str], answers: &[(&str, &str)]) -> Urgency {
    let k = knowledge();
    let mut all = vec![("age_group", "41_60")];
    all.extend_from_slice(answers);
    assess_ids(&k, regions, &all).urgency
}

#[test]
fn a_torn_tendon_is_caught_without_a_sudden_start_and_its_age_sets_how_soon() {
    let gap = |when| {
        level(
            &TENDON,
            &[
                ("sudden_onset", "no"),
                ("tendon_gap", "yes"),
                ("injury_when", when),
            ],
        )
    };
    assert_eq!(gap("under_4_weeks"), Emergency);
    assert_eq!(
        gap("4_to_12_weeks"),
        Consultation24,
        "found weeks later: seen today"
    );
    assert_eq!(gap("over_3_months"), Consultation, "never self-care");
    // Not sure when: the flag keeps its full level.
    assert_eq!(gap("unsure"), Emergency);
    let still_foot = [
        ("sudden_onset", "no"),
        ("single_leg_tiptoe", "cannot"),
        ("calf_squeeze_no_movement", "yes"),
    ];
    assert_eq!(level(&TENDON, &still_foot), Emergency);
    assert_eq!(
        level(
            &TENDON,
            &[("sudden_onset", "no"), ("single_leg_tiptoe", "cannot")]
        ),
        Consultation24,
        "a tendon that cannot lift you is seen today"
    );
    assert_eq!(
        level(
            &TENDON,
            &[
                ("single_leg_tiptoe", "cannot"),
                ("injury_when", "over_3_months")
            ]
        ),
        Consultation,
        "unless it gave way months ago"
    );
}

#[test]
fn when_it_happened_is_asked_before_the_emergency_is_given() {
    let k = knowledge();
    let a = after_checklist(&TENDON, &["sudden_onset", "pop_or_kicked"]);
    assert_eq!(a.urgency, Emergency);
    assert!(!a.interrupts(), "the time course comes first");
    assert_eq!(screen_ids(&k, &a), ["injury_when"]);
}

#[test]
fn a_child_who_will_not_stand_on_a_hot_swollen_heel_goes_to_hospital_today_without_a_fever() {
    let k = knowledge();
    let child = |answers: &[(&str, &str)]| {
        let mut all = vec![("age_group", "8_15"), ("fever_unwell", "no")];
        all.extend_from_slice(answers);
        assess_ids(&k, &["calcaneal_sides"], &all).urgency
    };
    assert_eq!(
        child(&[("hot_red_swollen", "yes"), ("weight_bearing", "cannot")]),
        Emergency
    );
    assert_eq!(
        child(&[("hot_red_swollen", "yes"), ("weight_bearing", "limping")]),
        Consultation24
    );
}

#[test]
fn a_puncture_through_the_sole_is_seen_today_and_in_a_child_or_with_a_fever_at_hospital() {
    let region = ["plantar_central_heel"];
    assert_eq!(level(&region, &[("puncture_wound", "yes")]), Consultation24);
    assert_eq!(
        level(
            &region,
            &[("puncture_wound", "yes"), ("fever_unwell", "yes")]
        ),
        Emergency
    );
    let k = knowledge();
    let child = assess_ids(
        &k,
        &region,
        &[("age_group", "8_15"), ("puncture_wound", "yes")],
    );
    assert_eq!(child.urgency, Emergency);
    assert!(top_ids(&k, &child, 3).contains(&"heel_infection".to_string()));
}

#[test]
fn a_fall_from_a_height_or_a_road_crash_that_stops_you_standing_calls_an_ambulance() {
    let whole = ["whole_heel_diffuse"];
    for how in ["high_fall", "road_crash"] {
        let fell = |bearing| {
            level(
                &whole,
                &[
                    ("fall_or_crush", "yes"),
                    ("injury_mechanism", how),
                    ("weight_bearing", bearing),
                    ("injury_when", "under_4_weeks"),
                ],
            )
        };
        assert_eq!(fell("cannot"), EmergencyAmbulance, "{how}");
        assert_eq!(fell("limping"), Emergency, "{how}");
    }
    let low = level(
        &whole,
        &[
            ("fall_or_crush", "yes"),
            ("injury_mechanism", "low_fall"),
            ("weight_bearing", "cannot"),
        ],
    );
    assert_eq!(
        low, Emergency,
        "a low fall that stops you standing: the emergency department"
    );
    let k = knowledge();
    let asked = after_checklist(&whole, &["fall_or_crush"]);
    assert!(
        screen_ids(&k, &asked).contains(&"injury_mechanism"),
        "how far the fall was is asked"
    );
}

#[test]
fn an_old_injury_is_not_sent_to_the_emergency_department() {
    let old = [
        ("sudden_onset", "yes"),
        ("pop_or_kicked", "yes"),
        ("injury_when", "over_3_months"),
    ];
    assert_eq!(level(&["lateral_ankle_heel"], &old), Consultation);
    let fall = [
        ("fall_or_crush", "yes"),
        ("back_pain_or_leg_weakness", "yes"),
        ("injury_when", "over_3_months"),
    ];
    assert_eq!(level(&["whole_heel_diffuse"], &fall), Consultation);
}

#[test]
fn weight_loss_or_a_past_cancer_is_asked_raises_a_growth_and_books_an_x_ray() {
    let k = knowledge();
    let plain = [("age_group", "over_60"), ("night_or_rest_pain", "yes")];
    let mut cancer = plain.to_vec();
    cancer.push(("weight_loss_or_cancer", "yes"));
    let region = ["whole_heel_diffuse"];
    let rank = |answers: &[(&str, &str)]| {
        let a = assess_ids(&k, &region, answers);
        let tumour = condition_at(&k, "calcaneal_tumour");
        (
            a.urgency,
            a.conditions
                .iter()
                .position(|c| c.condition == tumour)
                .unwrap(),
        )
    };
    let (before, before_rank) = rank(&plain);
    let (after, after_rank) = rank(&cancer);
    assert!(
        after_rank + 5 <= before_rank && after_rank < 6,
        "{before_rank} -> {after_rank}"
    );
    assert_eq!((before, after), (Consultation, Consultation));
    let start = assess_ids(&k, &region, &[("age_group", "over_60")]);
    assert!(screen_ids(&k, &start).contains(&"weight_loss_or_cancer"));
}

#[test]
fn the_spinal_warning_signs_are_an_emergency_and_back_pain_alone_is_not() {
    let region = ["lateral_ankle_heel"];
    assert_eq!(
        level(&region, &[("back_pain_or_leg_weakness", "yes")]),
        Consultation
    );
    assert_eq!(
        level(&region, &[("spinal_warning_signs", "yes")]),
        Emergency
    );
    assert_eq!(
        level(
            &region,
            &[
                ("back_pain_or_leg_weakness", "yes"),
                ("spinal_warning_signs", "unsure")
            ]
        ),
        Consultation24,
        "not sure about them: seen today"
    );
}

#[test]
fn a_clear_self_care_picture_under_the_heel_is_not_sent_for_an_appointment() {
    // "Not sure" about tingling is no reason to book: only urgent flags count a "Not sure".
    let k = knowledge();
    let (_, a) = walk(&k, &["plantar_medial_heel"], |q| match q {
        "age_group" => "41_60",
        "weight_bearing" => "normal",
        "single_leg_tiptoe" => "easy",
        "duration" => "2_to_12_weeks",
        "first_steps_under_heel" | "eases_with_warmup" => "yes",
        "nerve_symptoms" | "morning_stiffness" => "unsure",
        _ => "no",
    });
    assert_eq!(a.urgency, SelfCare);
    assert_eq!(top_ids(&k, &a, 1), ["plantar_fasciitis"]);
}

#[test]
fn same_day_means_today_and_says_where_to_go_when_the_practice_is_closed() {
    let k = knowledge();
    let text = k.urgency_text(Consultation24);
    assert!(text.label.contains("today"), "{}", text.label);
    assert!(
        text.action.contains("today") && text.action.contains("urgent care"),
        "{}",
        text.action
    );
    assert!(!text.action.contains("working day"));
}

#[test]
fn tendon_pain_on_a_ciprofloxacin_type_antibiotic_stops_it_and_holds_the_exercises() {
    let k = knowledge();
    let a = assess_ids(
        &k,
        &TENDON,
        &[("age_group", "41_60"), ("fluoroquinolone_recent", "yes")],
    );
    assert_eq!(a.urgency, Consultation24);
    assert!(a.holds_exercises(&k));
    let advice: Vec<&str> = a.flag_advice(&k).iter().map(|i| k.advice[*i].id).collect();
    assert_eq!(advice, ["fq_stop_and_rest"]);
}

#[test]
fn no_condition_card_asks_for_quicker_care_than_the_banner() {
    let k = knowledge();
    for c in k.conditions {
        for level in Urgency::ALL {
            for list in [c.settle, c.build] {
                for a in k.advice_within(level, list) {
                    assert!(k.advice[a].urgency.is_none_or(|u| u <= level), "{}", c.id);
                }
            }
        }
    }
    // And the conditions that need care soon keep their advice when the banner agrees.
    let rupture = &k.conditions[condition_at(&k, "achilles_rupture")];
    assert!(
        k.advice_within(SelfCare, rupture.settle).len()
            < k.advice_within(Emergency, rupture.settle).len()
    );
    // Descriptions never say how soon: the banner does.
    for c in k.conditions {
        for words in ["today", "same day", "within a day", "emergency"] {
            assert!(!c.description.contains(words), "{}: {words}", c.id);
        }
    }
}
