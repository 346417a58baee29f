//! One assessment: urgency from the red flags, the ranking with its reasons, and what to ask next.

use crate::interview::Interview;
use crate::knowledge::{AdviceIx, ConditionIx, Ix, Knowledge, QuestionIx, Urgency};
use crate::next_question::{next_screen, NextQuestion, Phase};
use crate::ranking::{probabilities, reasons, Reason};
use crate::red_flags::{self, FiredFlag};

#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    pub knowledge_version: String,
    /// Decided by the red flags alone (those that fired and those not ruled out); the ranking
    /// never lowers it.
    pub urgency: Urgency,
    pub red_flags: Vec<FiredFlag>,
    /// Flags that did not fire only because of a "Not sure", at the level they still call for.
    pub not_ruled_out: Vec<FiredFlag>,
    /// Every condition, most likely first.
    pub conditions: Vec<RankedCondition>,
    /// None when the interview is done.
    pub next_question: Option<NextQuestion>,
    /// Every question asked on the next screen, the next question first: several yes/no
    /// questions are asked together as a checklist. Empty when the interview is done.
    pub next_screen: Vec<QuestionIx>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RankedCondition {
    pub condition: ConditionIx,
    pub probability: f64,
    pub reasons_for: Vec<Reason>,
    pub reasons_against: Vec<Reason>,
}

impl Assessment {
    /// What the flags that fired ask the patient to do first, each once.
    pub fn flag_advice(&self, knowledge: &Knowledge) -> Vec<AdviceIx> {
        let mut advice: Vec<AdviceIx> = Vec::new();
        for f in &self.red_flags {
            for a in knowledge.red_flags[f.flag].advice {
                if !advice.contains(a) {
                    advice.push(*a);
                }
            }
        }
        advice
    }

    /// Whether a flag that fired rules out loading exercises for now (a tendon at risk of
    /// tearing).
    pub fn holds_exercises(&self, knowledge: &Knowledge) -> bool {
        self.red_flags
            .iter()
            .any(|f| knowledge.red_flags[f.flag].hold_exercises)
    }

    /// An emergency is shown at once, as soon as the safety check has nothing left that could
    /// make it more urgent or say the injury is old.
    pub fn interrupts(&self) -> bool {
        self.urgency.is_emergency()
            && self
                .next_question
                .is_none_or(|n| n.phase != Phase::SafetyCheck)
    }
}

pub fn assess(knowledge: &Knowledge, interview: &Interview) -> Assessment {
    let red_flags = red_flags::fired(knowledge, interview);
    let not_ruled_out = red_flags::not_ruled_out(knowledge, interview, &red_flags);
    let urgency = red_flags::urgency(red_flags.iter().chain(&not_ruled_out));
    let probabilities = probabilities(knowledge, interview);
    let flags: Vec<FiredFlag> = red_flags.iter().chain(&not_ruled_out).copied().collect();
    let (next_question, next_screen) =
        match next_screen(knowledge, interview, &probabilities, urgency, &flags) {
            Some((first, screen)) => (Some(first), screen),
            None => (None, Vec::new()),
        };
    let mut order: Vec<ConditionIx> = Ix::all(knowledge.conditions).collect();
    // Most likely first; ties keep the knowledge file's order.
    crate::compact::sort_stable_by(&mut order, |a, b| {
        probabilities[b.get()]
            .total_cmp(&probabilities[a.get()])
            .then(a.cmp(b))
    });
    let conditions = order
        .into_iter()
        .map(|c| {
            let (reasons_for, reasons_against) = reasons(knowledge, interview, c);
            RankedCondition {
                condition: c,
                probability: probabilities[c.get()],
                reasons_for,
                reasons_against,
            }
        })
        .collect();
    Assessment {
        knowledge_version: knowledge.version.to_string(),
        urgency,
        red_flags,
        not_ruled_out,
        conditions,
        next_question,
        next_screen,
    }
}
