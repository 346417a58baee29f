//! Properties that hold for any regions and answers whatsoever.

mod common;

use heel_triage_engine::knowledge::{Ix, QuestionIx};
use heel_triage_engine::{assess, contract, Answer, Interview, Knowledge, Urgency};
use proptest::prelude::*;
use std::sync::OnceLock;

fn knowledge() -> &'static Knowledge {
    static K: OnceLock<Knowledge> = OnceLock::new();
    K.get_or_init(common::knowledge)
}

/// Any interview: a subset of regions, and for each question nothing, "not sure" or an option.
fn any_interview() -> impl Strategy<Value = Interview> {
    let k = knowledge();
    let regions =
        proptest::sample::subsequence(Ix::all(k.regions).collect::<Vec<_>>(), 0..=k.regions.len());
    let answers: Vec<_> = k
        .questions
        .iter()
        .map(|q| {
            prop_oneof![
                Just(None),
                Just(Some(Answer::Unsure)),
                (0..q.options.len()).prop_map(|o| Some(Answer::Option(Ix::new(o))))
            ]
        })
        .collect();
    (regions, answers).prop_map(|(regions, answers)| Interview {
        regions: regions.into_iter().collect(),
        answers: answers
            .into_iter()
            .enumerate()
            .filter_map(|(q, a)| a.map(|a| (Ix::new(q), a)))
            .collect(),
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn probabilities_are_finite_in_range_and_sum_to_one(interview in any_interview()) {
        let a = assess(knowledge(), &interview);
        let total: f64 = a.conditions.iter().map(|c| c.probability).sum();
        prop_assert!(a.conditions.iter().all(|c| c.probability.is_finite() && (0.0..=1.0).contains(&c.probability)));
        prop_assert!((total - 1.0).abs() < 1e-9, "sum {}", total);
        prop_assert_eq!(a.conditions.len(), knowledge().conditions.len());
    }

    #[test]
    fn assessment_is_deterministic(interview in any_interview()) {
        let k = knowledge();
        let once = contract::render_output(k, &assess(k, &interview));
        let twice = contract::render_output(k, &assess(k, &interview.clone()));
        prop_assert_eq!(once, twice);
    }

    #[test]
    fn answering_more_never_lowers_urgency_once_a_flag_fires(interview in any_interview(), extra in any_interview()) {
        // Red flags only need answers to hold, so adding answers (never changing given ones) can
        // only add flags: urgency is monotone in the answers. The one exception is by design:
        // how long ago an injury happened (a flag's time course) settles that flag's level.
        let k = knowledge();
        let before = assess(k, &interview).urgency;
        let mut more = interview.clone();
        let time_course = |q: &QuestionIx| k.red_flags.iter().any(|f| f.time_course.is_some_and(|(t, _)| t == *q));
        for (q, a) in extra.answers.iter() {
            if !more.answers.contains_key(q) && !time_course(q) {
                more.answers.insert(*q, *a);
            }
        }
        more.regions.extend(extra.regions.iter().copied());
        prop_assert!(assess(k, &more).urgency >= before);
    }

    #[test]
    fn the_ranking_never_sets_urgency(interview in any_interview()) {
        // Urgency is the highest flag that fired or was not ruled out, else self-care, whatever
        // the ranking says.
        let a = assess(knowledge(), &interview);
        let flags = a.red_flags.iter().chain(&a.not_ruled_out);
        let highest = flags.map(|f| f.urgency).max().unwrap_or(Urgency::SelfCare);
        prop_assert_eq!(a.urgency, highest);
    }

    #[test]
    fn not_sure_is_never_told_less_than_no_nor_more_than_yes(interview in any_interview()) {
        // Each "Not sure" replaced in turn by every answer it stands for: the level after "Not
        // sure" is at least that of the least urgent answer and at most that of the most urgent.
        let k = knowledge();
        let now = assess(k, &interview).urgency;
        for (q, _) in interview.answers.iter().filter(|(_, a)| **a == Answer::Unsure) {
            let levels: Vec<Urgency> = Ix::all(k.questions[*q].options)
                .map(|o| {
                    let mut answered = interview.clone();
                    answered.answers.insert(*q, Answer::Option(o));
                    assess(k, &answered).urgency
                })
                .collect();
            let (least, worst) = (levels.iter().min().copied(), levels.iter().max().copied());
            prop_assert!(least.is_none_or(|l| l <= now) && worst.is_none_or(|w| now <= w), "{:?} after Not sure, {:?}", now, levels);
        }
    }

    #[test]
    fn not_sure_about_a_sign_that_calls_for_care_today_is_told_to_be_seen_today(interview in any_interview()) {
        // Where one answer fires a flag of a day or sooner and "Not sure" counts for that flag,
        // "Not sure" is told at least to be seen within a day (knowledge/meta.toml).
        let k = knowledge();
        let now = assess(k, &interview).urgency;
        for (q, _) in interview.answers.iter().filter(|(_, a)| **a == Answer::Unsure) {
            for o in Ix::all(k.questions[*q].options) {
                let mut answered = interview.clone();
                answered.answers.insert(*q, Answer::Option(o));
                let fired = assess(k, &answered).red_flags;
                let urgent = fired.iter().any(|f| {
                    let flag = &k.red_flags[f.flag];
                    f.urgency >= Urgency::Consultation24 && flag.not_sure_counts && flag.time_course.is_none_or(|(t, _)| t != *q)
                });
                prop_assert!(!urgent || now >= Urgency::Consultation24, "{:?} after Not sure on {}", now, k.questions[*q].id);
            }
        }
    }

    #[test]
    fn reasons_point_the_right_way_strongest_first(interview in any_interview()) {
        // The result lists them in this order, so a patient reads the weightiest sign first.
        for c in assess(knowledge(), &interview).conditions {
            let fors: Vec<f64> = c.reasons_for.iter().map(|r| r.factor).collect();
            let againsts: Vec<f64> = c.reasons_against.iter().map(|r| r.factor).collect();
            prop_assert!(fors.iter().all(|f| *f > 1.0) && fors.windows(2).all(|w| w[0] >= w[1]), "for: {:?}", fors);
            prop_assert!(againsts.iter().all(|f| *f < 1.0) && againsts.windows(2).all(|w| w[0] <= w[1]), "against: {:?}", againsts);
        }
    }

    #[test]
    fn the_next_question_is_never_one_already_asked(interview in any_interview()) {
        let a = assess(knowledge(), &interview);
        if let Some(next) = a.next_question {
            prop_assert!(!interview.answers.contains_key(&next.question));
        }
    }

    #[test]
    fn no_input_text_makes_the_contract_panic_and_every_error_is_one_short_line(input in "(?s).{0,300}") {
        if let Err(message) = contract::parse_input(knowledge(), &input) {
            prop_assert!(one_short_line(&message), "{:?}", message);
        }
    }

    #[test]
    fn no_json_shaped_input_makes_the_contract_panic(
        regions in proptest::collection::vec(any_id(), 0..4),
        answers in proptest::collection::btree_map(any_id(), prop_oneof![
            Just(serde_json::json!(true)), Just(serde_json::json!(null)), Just(serde_json::json!(3.5)),
            any_id().prop_map(serde_json::Value::String)], 0..6),
        depth in 0usize..200,
        repeat in proptest::option::of(any_id()),
    ) {
        // Nested or with a key written twice, as a hand-made or hostile input might be.
        let mut input = serde_json::json!({ "regions": regions, "answers": answers }).to_string();
        input = format!("{}{input}{}", "[".repeat(depth), "]".repeat(depth));
        if let Some(key) = repeat {
            let key = serde_json::Value::String(key).to_string();
            input = input.replacen('{', &format!("{{{key}:1,{key}:2,"), 1);
        }
        let k = knowledge();
        match contract::parse_input(k, &input) {
            Ok(interview) => {
                let _ = contract::render_output(k, &assess(k, &interview));
            }
            Err(message) => prop_assert!(one_short_line(&message), "{:?}", message),
        }
    }

    #[test]
    fn yes_to_a_red_flag_question_never_lowers_urgency(interview in any_interview()) {
        let k = knowledge();
        for q in Ix::all(k.questions).filter(|q| k.questions[*q].yes_no) {
            let with = |answer| assess(k, &interview.with_answer(q, answer)).urgency;
            prop_assert!(with(Answer::YES) >= with(Answer::NO), "{}", k.questions[q].id);
        }
    }
}

/// Ids as anything might send them: every control character, line and paragraph separators,
/// direction overrides, zero-width marks, and now and then a very long one.
fn any_id() -> impl Strategy<Value = String> {
    prop_oneof![
        9 => "(?s)[\\x00-\\x1f\\x7f\\u{2028}\\u{2029}\\u{202e}\\u{200b}\\u{feff}a-z_ ]{0,40}",
        1 => "[a-z]{1,4}".prop_map(|s| s.repeat(5_000)),
    ]
}

/// What `assess` prints on stderr must stay one line, short enough to read.
fn one_short_line(message: &str) -> bool {
    let invisible = |c: char| {
        c.is_control()
            || matches!(
                c,
                '\u{2028}' | '\u{2029}' | '\u{202e}' | '\u{200b}' | '\u{feff}'
            )
    };
    message.len() < 600 && !message.chars().any(invisible)
}
