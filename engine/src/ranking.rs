//! Which conditions fit: prior (by age band) × region fit × each answer's effect, normalised.
//!
//! Work is done in log space so a long interview of small factors cannot underflow, and the
//! arithmetic runs in one fixed order so the result is the same to the last digit every time.

use crate::compact::sort_stable_by;
use crate::interview::{Answer, Interview};
use crate::knowledge::{Condition, ConditionIx, Ix, Knowledge, OptionIx, QuestionIx, RegionIx};

/// One piece of evidence for or against a condition.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    pub text: String,
    /// How much it moved the odds: above 1 raises, below 1 lowers.
    pub factor: f64,
}

impl Reason {
    pub fn strength(&self, knowledge: &Knowledge) -> &'static str {
        strength(knowledge, self.factor)
    }
}

/// How strong a sign a multiplier of the odds is, for or against alike: the words the patient's
/// reasons and the clinicians' rules page both use.
pub fn strength(knowledge: &Knowledge, factor: f64) -> &'static str {
    let words = &knowledge.words;
    let pull = if factor >= 1.0 { factor } else { 1.0 / factor };
    if pull >= 5.0 {
        words.strong_sign
    } else if pull >= 2.5 {
        words.moderate_sign
    } else {
        words.weak_sign
    }
}

/// Probabilities over all conditions, in knowledge order, summing to 1.
pub fn probabilities(knowledge: &Knowledge, interview: &Interview) -> Vec<f64> {
    let log_weights: Vec<f64> = Ix::all(knowledge.conditions)
        .map(|c| log_weight(knowledge, interview, c))
        .collect();
    normalise(&log_weights)
}

fn log_weight(knowledge: &Knowledge, interview: &Interview, c: ConditionIx) -> f64 {
    let condition = &knowledge.conditions[c];
    let mut log = prior(knowledge, interview, condition).ln()
        + region_fit(knowledge, interview, condition).ln();
    for (question, option) in answered(interview) {
        log += answer_factor(knowledge, interview, question, option, c).ln();
    }
    log
}

fn normalise(log_weights: &[f64]) -> Vec<f64> {
    let max = log_weights
        .iter()
        .copied()
        .fold(f64::NEG_INFINITY, f64::max);
    let weights: Vec<f64> = log_weights.iter().map(|l| (l - max).exp()).collect();
    let total: f64 = weights.iter().sum();
    weights.iter().map(|w| w / total).collect()
}

fn answered(interview: &Interview) -> impl Iterator<Item = (QuestionIx, OptionIx)> + '_ {
    interview.answers.iter().filter_map(|(q, a)| match a {
        Answer::Option(o) => Some((*q, *o)),
        Answer::Unsure => None,
    })
}

/// Children and adults have their own prior tables (REFERENCE.md 3.3).
pub fn uses_child_priors(knowledge: &Knowledge, interview: &Interview) -> bool {
    let tuning = &knowledge.tuning;
    interview
        .option(tuning.age_question)
        .is_some_and(|o| tuning.child_age_options.contains(&o))
}

fn prior(knowledge: &Knowledge, interview: &Interview, condition: &Condition) -> f64 {
    if uses_child_priors(knowledge, interview) {
        condition.prior_child
    } else {
        condition.prior_adult
    }
}

/// Where a condition is felt, compared with a region the patient chose; best first.
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Felt {
    There,
    SometimesThere,
    Elsewhere,
}

/// The chosen region that names the condition's fit best (where it is felt before where it is
/// sometimes felt), how it fits, and the fit's factor: the largest over the chosen regions, which
/// "I can't point to one spot" raises. The ranking and the reasons shown both read it from here.
fn best_region(
    knowledge: &Knowledge,
    interview: &Interview,
    condition: &Condition,
) -> Option<(RegionIx, Felt, f64)> {
    let fit = &knowledge.tuning.region_fit;
    let mut best: Option<(RegionIx, Felt, f64)> = None;
    for &r in interview.regions.iter() {
        let (felt, mut factor) = if condition.regions.contains(&r) {
            (Felt::There, fit.primary)
        } else if condition.also.contains(&r) {
            (Felt::SometimesThere, fit.secondary)
        } else {
            (Felt::Elsewhere, fit.elsewhere)
        };
        if knowledge.regions[r].vague {
            factor = factor.max(fit.elsewhere_vague);
        }
        best = Some(match best {
            Some((named, how, most)) if how <= felt => (named, how, most.max(factor)),
            Some((_, _, most)) => (r, felt, most.max(factor)),
            None => (r, felt, factor),
        });
    }
    best
}

/// The best fit among the chosen regions; no region chosen rules nothing out.
pub fn region_fit(knowledge: &Knowledge, interview: &Interview, condition: &Condition) -> f64 {
    best_region(knowledge, interview, condition).map_or(1.0, |(_, _, factor)| factor)
}

/// The product of the effects one answer has on one condition (1 when it has none).
pub fn answer_factor(
    knowledge: &Knowledge,
    interview: &Interview,
    question: QuestionIx,
    option: OptionIx,
    condition: ConditionIx,
) -> f64 {
    knowledge.questions[question]
        .effects
        .iter()
        .filter(|e| e.option == option && e.condition == condition)
        .filter(|e| e.when.iter().all(|clause| interview.holds(clause)))
        .map(|e| e.factor)
        .product()
}

/// Why a condition ranks where it does: (for, against), strongest first.
pub fn reasons(
    knowledge: &Knowledge,
    interview: &Interview,
    c: ConditionIx,
) -> (Vec<Reason>, Vec<Reason>) {
    let condition = &knowledge.conditions[c];
    let mut all = Vec::new();
    if let Some(reason) = region_reason(knowledge, interview, condition) {
        all.push(reason);
    }
    if let Some(reason) = age_reason(knowledge, interview, condition) {
        all.push(reason);
    }
    for (question, option) in answered(interview) {
        let factor = answer_factor(knowledge, interview, question, option, c);
        if factor != 1.0 {
            all.push(Reason {
                text: knowledge.questions[question].options[option]
                    .says
                    .to_string(),
                factor,
            });
        }
    }
    let (mut for_it, mut against): (Vec<Reason>, Vec<Reason>) =
        all.into_iter().partition(|r| r.factor > 1.0);
    sort_stable_by(&mut for_it, |a, b| b.factor.total_cmp(&a.factor));
    sort_stable_by(&mut against, |a, b| a.factor.total_cmp(&b.factor));
    (for_it, against)
}

fn region_reason(
    knowledge: &Knowledge,
    interview: &Interview,
    condition: &Condition,
) -> Option<Reason> {
    let (region, felt, factor) = best_region(knowledge, interview, condition)?;
    let fit = &knowledge.tuning.region_fit;
    let name = knowledge.regions[region].name;
    let words = &knowledge.words;
    // Each compared with the other end: pointing where it is never felt, or where it usually is.
    let (text, factor) = match felt {
        Felt::There => (words.felt_here.fill(name), factor / fit.elsewhere),
        Felt::SometimesThere => (words.sometimes_felt_here.fill(name), factor / fit.elsewhere),
        Felt::Elsewhere => {
            let usual: Vec<&str> = condition
                .regions
                .iter()
                .map(|r| &*knowledge.regions[*r].name)
                .collect();
            (
                words
                    .usually_felt_elsewhere
                    .fill(&usual.join(&[" ", words.or, " "].concat())),
                factor / fit.primary,
            )
        }
    };
    (factor != 1.0).then_some(Reason { text, factor })
}

fn age_reason(
    knowledge: &Knowledge,
    interview: &Interview,
    condition: &Condition,
) -> Option<Reason> {
    if !uses_child_priors(knowledge, interview) {
        return None;
    }
    let age = knowledge.tuning.age_question;
    let option = interview.option(age)?;
    let ratio = condition.prior_child / condition.prior_adult;
    let says = &knowledge.questions[age].options[option].says;
    let words = &knowledge.words;
    let text = if ratio >= 2.0 {
        words.common_at_age.fill(says)
    } else if ratio <= 0.5 {
        words.uncommon_at_age.fill(says)
    } else {
        return None;
    };
    Some(Reason {
        text,
        factor: ratio,
    })
}
