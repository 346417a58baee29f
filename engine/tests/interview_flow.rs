//! How the interview moves: safety questions first, narrowing after, and when it stops.

mod common;

use common::*;
use heel_triage_engine::knowledge::Ix;
use heel_triage_engine::{assess, Answer, Interview, Phase, Urgency};

#[test]
fn the_first_question_is_the_safety_check_starting_with_age() {
    let k = knowledge();
    let a = assess_ids(&k, &["achilles_midportion"], &[]);
    assert_eq!(next_id(&k, &a).as_deref(), Some("age_group"));
    assert_eq!(a.next_question.unwrap().phase, Phase::SafetyCheck);
}

#[test]
fn sudden_pop_goes_straight_to_emergency() {
    let k = knowledge();
    let a = assess_ids(&k, &["achilles_midportion"], &SUDDEN_POP);
    assert_eq!(a.urgency, Urgency::Emergency);
    assert_eq!(flag_ids(&k, &a), ["RF2"]);
    // Only a question that could still call for an ambulance may follow an emergency.
    assert_eq!(next_id(&k, &a).as_deref(), Some("fall_or_crush"));
}

#[test]
fn pop_is_not_asked_once_the_pain_built_up_gradually() {
    let k = knowledge();
    let a = assess_ids(
        &k,
        &["achilles_midportion"],
        &[("age_group", "25_40"), ("sudden_onset", "no")],
    );
    assert_eq!(next_id(&k, &a).as_deref(), Some("fall_or_crush"));
}

#[test]
fn wound_is_asked_for_people_with_diabetes_only_when_it_could_matter() {
    let k = knowledge();
    let with = |diabetes: &str| {
        let mut answers = CLEAR_SCREEN_BEFORE_DIABETES.to_vec();
        answers.push(("diabetes_or_neuropathy", diabetes));
        screen_ids(
            &k,
            &assess_ids(&k, &["superficial_posterior_heel"], &answers),
        )
    };
    assert!(with("yes").contains(&"wound_or_ulcer"));
    assert!(!with("no").contains(&"wound_or_ulcer"));
}

#[test]
fn the_fluoroquinolone_question_is_asked_only_for_achilles_areas() {
    let k = knowledge();
    let mut screen_done_except_drugs = CLEAR_SCREEN_BEFORE_DIABETES.to_vec();
    screen_done_except_drugs.push(("diabetes_or_neuropathy", "no"));
    let achilles = assess_ids(&k, &["achilles_insertion"], &screen_done_except_drugs);
    assert!(screen_ids(&k, &achilles).contains(&"fluoroquinolone_recent"));
    let sole = assess_ids(&k, &["plantar_medial_heel"], &screen_done_except_drugs);
    let sole_screen = screen_ids(&k, &sole);
    assert!(sole_screen.contains(&"night_or_rest_pain"));
    assert!(!sole_screen.contains(&"fluoroquinolone_recent"));
}

#[test]
fn a_runner_with_a_midportion_pattern_finishes_in_a_short_interview() {
    let k = knowledge();
    let (asked, a) = walk(&k, &["achilles_midportion"], runner);
    assert_eq!(a.urgency, Urgency::SelfCare);
    assert_eq!(top_ids(&k, &a, 1), ["achilles_midportion_tendinopathy"]);
    assert!(
        screens(&asked) <= 8,
        "{} screens: {asked:?}",
        screens(&asked)
    );
}

#[test]
fn answering_not_sure_to_everything_ends_without_reassurance() {
    let k = knowledge();
    let (asked, a) = walk(&k, &["whole_heel_diffuse"], |_| "unsure");
    assert!(!asked.is_empty());
    // Nothing fired, but nothing was ruled out: an examination within a day, not self-care.
    assert!(a.red_flags.is_empty());
    assert!(!a.not_ruled_out.is_empty());
    assert_eq!(a.urgency, Urgency::Consultation24);
}

#[test]
fn not_sure_and_unanswered_change_nothing() {
    let k = knowledge();
    let plain = interview(&k, &["achilles_insertion"], &[("age_group", "41_60")]);
    let mut unsure = plain.clone();
    unsure.add_answer(&k, "hard_bump", "unsure").unwrap();
    let (a, b) = (assess(&k, &plain), assess(&k, &unsure));
    assert_eq!(a.urgency, b.urgency);
    let probs = |x: &heel_triage_engine::Assessment| {
        x.conditions
            .iter()
            .map(|c| (c.condition, c.probability))
            .collect::<Vec<_>>()
    };
    assert_eq!(probs(&a), probs(&b));
}

#[test]
fn narrowing_never_offers_a_question_whose_answers_change_nothing() {
    let k = knowledge();
    let screened = [
        ("age_group", "41_60"),
        ("sudden_onset", "no"),
        ("fall_or_crush", "no"),
        ("back_pain_or_leg_weakness", "no"),
        ("spinal_warning_signs", "no"),
        ("puncture_wound", "no"),
        ("weight_loss_or_cancer", "no"),
        ("tendon_gap", "no"),
        ("weight_bearing", "normal"),
        ("single_leg_tiptoe", "painful"),
        ("hot_red_swollen", "no"),
        ("fever_unwell", "no"),
        ("diabetes_or_neuropathy", "no"),
        ("fluoroquinolone_recent", "no"),
        ("night_or_rest_pain", "no"),
        ("duration", "2_to_12_weeks"),
    ];
    let base = interview(
        &k,
        &["achilles_insertion", "retrocalcaneal_space"],
        &screened,
    );
    let a = assess(&k, &base);
    let next = a.next_question.expect("something to narrow");
    assert_eq!(next.phase, Phase::Narrowing);
    assert!(next.gain_bits > 0.0);
    let before: Vec<f64> = a.conditions.iter().map(|c| c.probability).collect();
    let changes = Ix::all(k.questions[next.question].options).any(|o| {
        let after = assess(&k, &base.with_answer(next.question, Answer::Option(o)));
        after
            .conditions
            .iter()
            .map(|c| c.probability)
            .collect::<Vec<_>>()
            != before
    });
    assert!(changes);
}

#[test]
fn reasons_explain_the_ranking_in_plain_words() {
    let k = knowledge();
    let a = assess_ids(
        &k,
        &["achilles_midportion"],
        &[
            ("age_group", "25_40"),
            ("recent_load_increase", "yes"),
            ("sudden_onset", "no"),
        ],
    );
    let top = &a.conditions[0];
    assert_eq!(
        k.conditions[top.condition].id,
        "achilles_midportion_tendinopathy"
    );
    let texts: Vec<&str> = top.reasons_for.iter().map(|r| r.text.as_str()).collect();
    assert!(
        texts.contains(&"You were doing more than usual before it started"),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("It is felt where you pointed")),
        "{texts:?}"
    );
    let rupture = a
        .conditions
        .iter()
        .find(|c| k.conditions[c.condition].id == "achilles_rupture")
        .unwrap();
    assert!(rupture
        .reasons_against
        .iter()
        .any(|r| r.text == "It built up gradually" && r.factor < 1.0));
}

#[test]
fn no_region_chosen_rules_nothing_out() {
    let k = knowledge();
    let a = assess(&k, &Interview::default());
    let total: f64 = a.conditions.iter().map(|c| c.probability).sum();
    assert!((total - 1.0).abs() < 1e-12);
    assert_eq!(top_ids(&k, &a, 1), ["achilles_midportion_tendinopathy"]);
}
