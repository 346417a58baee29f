//! Which question to ask next.
//!
//! 1. Safety check: the screen questions (meta.toml `interview.screen`, in that order) that could
//!    still fire a red flag more urgent than the current level for the chosen regions.
//! 2. Narrowing: once the screen is done and nothing is an emergency, the question with the
//!    greatest expected information gain over the current ranking.
//!
//! The interview ends when the top condition reaches `stop_when_top_reaches`, when no question
//! is expected to gain `min_information_gain_bits`, or after `max_narrowing_questions`.

use crate::interview::{Answer, Interview};
use crate::knowledge::{Clause, Knowledge, QuestionIx};
use crate::ranking::{answer_factor, probabilities};
use crate::red_flags::{could_raise, could_raise_by};
use crate::urgency::Urgency;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(
    feature = "compile",
    derive(serde::Serialize),
    serde(rename_all = "snake_case")
)]
pub enum Phase {
    /// Asked to rule out something that needs care soon.
    SafetyCheck,
    /// Asked to tell the likely conditions apart.
    Narrowing,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NextQuestion {
    pub question: QuestionIx,
    pub phase: Phase,
    /// Expected information gain in bits (0 for safety checks).
    pub gain_bits: f64,
}

pub fn next_question(
    knowledge: &Knowledge,
    interview: &Interview,
    probabilities_now: &[f64],
    urgency: Urgency,
) -> Option<NextQuestion> {
    let tuning = &knowledge.tuning;
    let safety = tuning
        .screen
        .iter()
        .copied()
        .find(|q| !interview.is_asked(*q) && could_raise(knowledge, interview, *q, urgency));
    if let Some(question) = safety {
        return Some(NextQuestion {
            question,
            phase: Phase::SafetyCheck,
            gain_bits: 0.0,
        });
    }
    let top = probabilities_now.iter().copied().fold(0.0, f64::max);
    let narrowing_asked = interview
        .answers
        .keys()
        .filter(|q| !tuning.screen.contains(q))
        .count();
    if urgency.is_emergency()
        || top >= tuning.stop_when_top_reaches
        || narrowing_asked >= tuning.max_narrowing_questions
    {
        return None;
    }
    let entropy_now = entropy(probabilities_now);
    let mut best: Option<NextQuestion> = None;
    for question in (0..knowledge.questions.len()).filter(|q| !interview.is_asked(*q)) {
        let gain =
            entropy_now - expected_entropy(knowledge, interview, probabilities_now, question);
        if gain >= tuning.min_information_gain_bits && best.is_none_or(|b| gain > b.gain_bits) {
            best = Some(NextQuestion {
                question,
                phase: Phase::Narrowing,
                gain_bits: gain,
            });
        }
    }
    best
}

/// Expected entropy of the ranking after answering `question`.
///
/// Each answer's likelihood given a condition is taken as proportional to its multiplier for that
/// condition (answers with no effect on a condition are equally likely), and each outcome's
/// entropy is that of the real ranking the engine would produce with the answer added.
fn expected_entropy(
    knowledge: &Knowledge,
    interview: &Interview,
    now: &[f64],
    question: QuestionIx,
) -> f64 {
    let options = knowledge.questions[question].options.len();
    let factors: Vec<Vec<f64>> = (0..options)
        .map(|o| {
            (0..now.len())
                .map(|c| answer_factor(knowledge, interview, question, o, c))
                .collect()
        })
        .collect();
    let mut expected = 0.0;
    for (o, factor) in factors.iter().enumerate() {
        let p_answer: f64 = (0..now.len())
            .map(|c| {
                let total: f64 = factors.iter().map(|f| f[c]).sum();
                now[c] * factor[c] / total
            })
            .sum();
        if p_answer > 0.0 {
            let after = probabilities(
                knowledge,
                &interview.with_answer(question, Answer::Option(o)),
            );
            expected += p_answer * entropy(&after);
        }
    }
    expected
}

fn entropy(p: &[f64]) -> f64 {
    -p.iter()
        .filter(|x| **x > 0.0)
        .map(|x| x * x.ln() / std::f64::consts::LN_2) // `ln` is already in the wasm; `log2` would add its own copy
        .sum::<f64>()
}

/// A rough count of the questions still to come (including the next one), for "Question 5 of
/// about 14": the safety checks still open plus a few narrowing questions.
///
/// A follow-up safety check (the tendon gap after a sudden onset) is only counted once the
/// questions before it in the screen that it depends on are answered: most people never get
/// the follow-ups, and counting them all made the first estimate nearly twice the real length.
pub fn estimate_remaining(knowledge: &Knowledge, interview: &Interview, urgency: Urgency) -> usize {
    let tuning = &knowledge.tuning;
    let screen = tuning
        .screen
        .iter()
        .enumerate()
        .filter(|(_, q)| !interview.is_asked(**q))
        .filter(|(position, q)| {
            let earlier_open = |c: &Clause| match c {
                Clause::Answer { question, .. } => {
                    !interview.is_asked(*question) && tuning.screen[..*position].contains(question)
                }
                Clause::Region(_) => false,
            };
            could_raise_by(knowledge, interview, **q, urgency, |rule| {
                !rule.any(earlier_open)
            })
        })
        .count();
    if urgency.is_emergency() {
        return screen;
    }
    let narrowing_asked = interview
        .answers
        .keys()
        .filter(|q| !tuning.screen.contains(q))
        .count();
    screen
        + tuning
            .max_narrowing_questions
            .saturating_sub(narrowing_asked)
            .min(3)
}
