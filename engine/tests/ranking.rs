//! The ranking's rules, checked over the whole shipped knowledge rather than one example each:
//! where it is felt, "I can't point to one spot", effects that depend on another answer, and age.

mod common;

use common::*;
use heel_triage_engine::knowledge::{Clause, Condition, Ix, RegionIx};
use heel_triage_engine::ranking::{answer_factor, reasons, region_fit};
use heel_triage_engine::{Answer, Interview, Knowledge};

fn fit(k: &Knowledge, condition: &Condition, region: RegionIx) -> f64 {
    let interview = Interview {
        regions: [region].into_iter().collect(),
        ..Interview::default()
    };
    region_fit(k, &interview, condition)
}

/// A place the condition is never felt, and which is not "I can't point to one spot".
fn elsewhere(k: &Knowledge, condition: &Condition) -> Option<RegionIx> {
    Ix::all(k.regions).find(|r| {
        !k.regions[*r].vague && !condition.regions.contains(r) && !condition.also.contains(r)
    })
}

#[test]
fn where_it_is_sometimes_felt_fits_less_than_its_own_place_and_more_than_elsewhere() {
    let k = knowledge();
    let mut checked = 0;
    for c in k.conditions.iter() {
        let sometimes = c.also.iter().find(|r| !c.regions.contains(r));
        if let (Some(&sometimes), Some(other)) = (sometimes, elsewhere(&k, c)) {
            let own = fit(&k, c, c.regions[0]);
            let (sometimes, other) = (fit(&k, c, sometimes), fit(&k, c, other));
            assert!(own > sometimes && sometimes > other, "{}", c.id);
            checked += 1;
        }
    }
    assert!(checked > 0);
}

#[test]
fn cannot_point_to_one_spot_rules_out_less_than_pointing_elsewhere() {
    let k = knowledge();
    let vague = Ix::all(k.regions)
        .find(|r| k.regions[*r].vague)
        .expect("the knowledge has a vague region");
    for c in k.conditions.iter() {
        if let Some(other) = elsewhere(&k, c) {
            assert!(fit(&k, c, vague) > fit(&k, c, other), "{}", c.id);
        }
    }
}

#[test]
fn a_place_pointed_at_is_named_even_beside_i_cannot_point_to_one_spot() {
    let k = knowledge();
    let vague = Ix::all(k.regions)
        .find(|r| k.regions[*r].vague)
        .expect("a vague region");
    let mut checked = 0;
    for (ix, c) in Ix::all(k.conditions).zip(k.conditions.iter()) {
        let Some(&sometimes) = c.also.iter().find(|r| !c.regions.contains(r)) else {
            continue;
        };
        if c.regions.contains(&vague) {
            continue; // felt "all over": the vague choice is its own place
        }
        let interview = Interview {
            regions: [vague, sometimes].into_iter().collect(),
            ..Interview::default()
        };
        // The fit is the larger of the two, and the reason names the place pointed at.
        let both = region_fit(&k, &interview, c);
        assert_eq!(
            both,
            fit(&k, c, vague).max(fit(&k, c, sometimes)),
            "{}",
            c.id
        );
        let (for_it, against) = reasons(&k, &interview, ix);
        let text = format!(
            "It is sometimes felt where you pointed: {}",
            k.regions[sometimes].name
        );
        let named = for_it.iter().chain(&against).any(|r| r.text == text);
        assert!(named, "{}: {for_it:?} {against:?}", c.id);
        checked += 1;
    }
    assert!(checked > 0);
}

#[test]
fn an_effect_that_depends_on_another_answer_applies_only_with_that_answer() {
    let k = knowledge();
    let mut checked = 0;
    for (q, question) in Ix::all(k.questions).zip(k.questions) {
        for effect in question.effects.iter() {
            let [Clause::Answer {
                question: other,
                accepts,
            }] = effect.when
            else {
                continue;
            };
            let refused = Ix::all(k.questions[*other].options).find(|o| !accepts.contains(o));
            let with = |option| Interview {
                answers: [(*other, Answer::Option(option))].into_iter().collect(),
                ..Interview::default()
            };
            let factor =
                |option| answer_factor(&k, &with(option), q, effect.option, effect.condition);
            let refused = refused.expect("some answer is not accepted");
            assert_ne!(factor(accepts[0]), factor(refused), "{}", question.id);
            checked += 1;
        }
    }
    assert!(checked >= 4);
}

#[test]
fn age_counts_for_a_child_when_it_makes_a_condition_at_least_twice_as_or_half_as_likely() {
    let k = knowledge();
    let child = interview(&k, &["achilles_insertion"], &[("age_group", "8_15")]);
    let adult = interview(&k, &["achilles_insertion"], &[("age_group", "41_60")]);
    let ratios: Vec<f64> = k
        .conditions
        .iter()
        .map(|c| c.prior_child / c.prior_adult)
        .collect();
    assert!(ratios.iter().any(|r| *r >= 2.0) && ratios.iter().any(|r| *r <= 0.5));
    for (c, condition) in Ix::all(k.conditions).zip(k.conditions) {
        let ratio = ratios[c.get()];
        let (fors, against) = reasons(&k, &child, c);
        let has = |list: &[heel_triage_engine::Reason], text: &str| {
            list.iter().any(|r| r.text.ends_with(text))
        };
        assert_eq!(
            has(&fors, "common at that age"),
            ratio >= 2.0,
            "{}",
            condition.id
        );
        assert_eq!(
            has(&against, "uncommon at that age"),
            ratio <= 0.5,
            "{}",
            condition.id
        );
        let (fors, against) = reasons(&k, &adult, c);
        assert!(!has(&fors, "at that age") && !has(&against, "at that age"));
    }
}
