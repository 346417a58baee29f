//! Which question to ask next.
//!
//! 1. Safety check: the first screen (meta.toml `interview.screens`, in order) with questions that
//!    could still fire a red flag more urgent than the current level for the chosen regions, or
//!    that say how long ago a flag that fires happened (its time course). Several yes/no
//!    questions on one screen are asked together as a checklist.
//! 2. Completing: a question that is the last missing part of a flag whose other parts all hold.
//! 3. Narrowing: once the screen is done and nothing is an emergency, the question with the
//!    greatest expected information gain over the current ranking.
//!
//! The interview ends when the top condition reaches `stop_when_top_reaches`, when no question
//! is expected to gain `min_information_gain_bits`, or after `max_narrowing_questions`.

use crate::interview::{Answer, Interview};
use crate::knowledge::Urgency;
use crate::knowledge::{Clause, Ix, Knowledge, QuestionIx};
use crate::ranking::{answer_factor, probabilities};
use crate::red_flags::{could_raise, could_raise_by, could_settle, FiredFlag};

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

/// What to ask next: the first question, and every question on its screen (the first included).
pub fn next_screen(
    knowledge: &Knowledge,
    interview: &Interview,
    probabilities_now: &[f64],
    urgency: Urgency,
    flags: &[FiredFlag],
) -> Option<(NextQuestion, Vec<QuestionIx>)> {
    let tuning = &knowledge.tuning;
    let safety_check = |question| NextQuestion {
        question,
        phase: Phase::SafetyCheck,
        gain_bits: 0.0,
    };
    let safety = tuning.screens.iter().find_map(|screen| {
        let open: Vec<QuestionIx> = screen
            .iter()
            .copied()
            .filter(|q| {
                !interview.is_asked(*q)
                    && (could_raise(knowledge, interview, *q, urgency)
                        || could_settle(knowledge, interview, *q, flags))
            })
            .collect();
        (!open.is_empty()).then_some(open)
    });
    if let Some(screen) = safety {
        return Some((safety_check(screen[0]), screen));
    }
    // A question that would complete a flag already half shown (pain that builds with each step
    // asks for the heel squeeze) is asked before the ranking decides whether to go on.
    let completing = Ix::all(knowledge.questions).find(|q| {
        !interview.is_asked(*q)
            && could_raise_by(knowledge, interview, *q, urgency, |rule| {
                let elsewhere =
                    |c: &Clause| !matches!(c, Clause::Answer { question, .. } if question == q);
                rule.any(|c| elsewhere(c) && matches!(c, Clause::Answer { .. }))
                    && rule.all(|c| !elsewhere(c) || interview.holds(c))
            })
    });
    if let Some(question) = completing {
        return Some((safety_check(question), vec![question]));
    }
    let top = probabilities_now.iter().copied().fold(0.0, f64::max);
    if urgency.is_emergency()
        || top >= tuning.stop_when_top_reaches
        || narrowing_asked(knowledge, interview) >= tuning.max_narrowing_questions
    {
        return None;
    }
    let entropy_now = entropy(probabilities_now);
    let mut best: Option<NextQuestion> = None;
    for question in Ix::all(knowledge.questions).filter(|q| !interview.is_asked(*q)) {
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
    best.map(|b| (b, vec![b.question]))
}

/// Questions asked outside the safety check.
fn narrowing_asked(knowledge: &Knowledge, interview: &Interview) -> usize {
    interview
        .answers
        .keys()
        .filter(|q| !knowledge.in_safety_check(**q))
        .count()
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
    let options = knowledge.questions[question].options;
    let factors: Vec<Vec<f64>> = Ix::all(options)
        .map(|o| {
            Ix::all(knowledge.conditions)
                .map(|c| answer_factor(knowledge, interview, question, o, c))
                .collect()
        })
        .collect();
    let mut expected = 0.0;
    for (o, factor) in Ix::all(options).zip(&factors) {
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

/// A rough count of the screens still to come (including the next one), for "Step 3 of about
/// 8": the safety screens still open plus a few narrowing questions.
///
/// A follow-up screen (the tendon checks after a sudden start) is only counted once the earlier
/// screens it depends on are answered: most people never get the follow-ups, and counting them
/// all made the first estimate nearly twice the real length.
pub fn estimate_remaining(
    knowledge: &Knowledge,
    interview: &Interview,
    assessment: &crate::Assessment,
) -> usize {
    let urgency = assessment.urgency;
    let flags: Vec<FiredFlag> = (assessment.red_flags.iter())
        .chain(&assessment.not_ruled_out)
        .copied()
        .collect();
    let flags = flags.as_slice();
    let screens = knowledge.tuning.screens;
    let open_before = |position: usize, c: &Clause| match c {
        Clause::Answer { question, .. } => {
            !interview.is_asked(*question)
                && screens[..position].iter().any(|s| s.contains(question))
        }
        Clause::Region(_) => false,
    };
    let safety = screens
        .iter()
        .enumerate()
        .filter(|(position, screen)| {
            screen.iter().any(|q| {
                !interview.is_asked(*q)
                    && (could_settle(knowledge, interview, *q, flags)
                        || could_raise_by(knowledge, interview, *q, urgency, |rule| {
                            !rule.any(|c| open_before(*position, c))
                        }))
            })
        })
        .count();
    if urgency.is_emergency() {
        return safety;
    }
    safety
        + knowledge
            .tuning
            .max_narrowing_questions
            .saturating_sub(narrowing_asked(knowledge, interview))
            .min(3)
}
