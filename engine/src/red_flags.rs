//! The deterministic red-flag rules of REFERENCE.md 4.2, applied in the order of 4.3: collect
//! every flag that fires, and the most urgent one decides. The ranking is never consulted.
//!
//! "Not sure" never fires a flag, but it does not rule one out either (see [`not_ruled_out`]).

use crate::interview::Interview;
use crate::knowledge::{Clause, Knowledge, QuestionIx, RedFlag};
use crate::urgency::Urgency;

/// A flag and the level it calls for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FiredFlag {
    /// Index into `Knowledge::red_flags`.
    pub flag: usize,
    /// The flag's level, or its escalated level when the escalation holds too.
    pub urgency: Urgency,
}

/// Every flag that fires, most urgent first, then in knowledge order.
pub fn fired(knowledge: &Knowledge, interview: &Interview) -> Vec<FiredFlag> {
    let mut fired: Vec<FiredFlag> = knowledge
        .red_flags
        .iter()
        .enumerate()
        .filter(|(_, flag)| flag.triggers.iter().any(|t| all_hold(interview, t)))
        .map(|(i, flag)| FiredFlag {
            flag: i,
            urgency: match &flag.escalate {
                Some((higher, when)) if all_hold(interview, when) => *higher,
                _ => flag.urgency,
            },
        })
        .collect();
    most_urgent_first(&mut fired);
    fired
}

/// Flags that only a "Not sure" kept from firing: every part of one of their rules holds or was
/// answered "Not sure". Each calls for its rule's level, but no higher than the knowledge's
/// `not_ruled_out_at_most`, and is listed only where that is above the level the flag fired at
/// (a rule that holds outright has fired at its full level, so only "Not sure" can list one).
pub fn not_ruled_out(
    knowledge: &Knowledge,
    interview: &Interview,
    fired: &[FiredFlag],
) -> Vec<FiredFlag> {
    let at_most = knowledge.tuning.not_ruled_out_at_most;
    let mut open: Vec<FiredFlag> = knowledge
        .red_flags
        .iter()
        .enumerate()
        .filter_map(|(i, flag)| {
            let level = rules(flag)
                .filter(|(_, clauses)| {
                    clauses
                        .iter()
                        .all(|c| interview.holds(c) || interview.is_not_sure(c))
                })
                .map(|(level, _)| level.min(at_most))
                .max()?;
            let fired_at = fired.iter().find(|f| f.flag == i).map(|f| f.urgency);
            fired_at.is_none_or(|at| level > at).then_some(FiredFlag {
                flag: i,
                urgency: level,
            })
        })
        .collect();
    most_urgent_first(&mut open);
    open
}

fn most_urgent_first(flags: &mut [FiredFlag]) {
    crate::compact::sort_stable_by(flags, |a, b| {
        b.urgency.cmp(&a.urgency).then(a.flag.cmp(&b.flag))
    });
}

/// The highest level any of the flags calls for, else self-care.
pub fn urgency<'a>(flags: impl IntoIterator<Item = &'a FiredFlag>) -> Urgency {
    flags
        .into_iter()
        .map(|f| f.urgency)
        .max()
        .unwrap_or(Urgency::SelfCare)
}

fn all_hold(interview: &Interview, clauses: &[Clause]) -> bool {
    clauses.iter().all(|c| interview.holds(c))
}

/// Could answering `question` still fire a flag (or escalation) more urgent than `current`?
pub fn could_raise(
    knowledge: &Knowledge,
    interview: &Interview,
    question: QuestionIx,
    current: Urgency,
) -> bool {
    rules_that_could_raise(knowledge, interview, question, current)
        .next()
        .is_some()
}

/// The clauses of each rule that mentions `question`, could still hold, and would reach a level
/// more urgent than `current`.
pub fn rules_that_could_raise<'k>(
    knowledge: &'k Knowledge,
    interview: &'k Interview,
    question: QuestionIx,
    current: Urgency,
) -> impl Iterator<Item = Vec<&'k Clause>> + 'k {
    knowledge
        .red_flags
        .iter()
        .flat_map(rules)
        .filter(move |(level, clauses)| {
            *level > current
                && mentions(clauses, question)
                && clauses.iter().all(|c| interview.may_hold(c))
        })
        .map(|(_, clauses)| clauses)
}

/// Each way a flag can reach a level: its triggers, and each trigger plus the escalation.
fn rules(flag: &RedFlag) -> impl Iterator<Item = (Urgency, Vec<&Clause>)> + '_ {
    flag.triggers.iter().flat_map(move |trigger| {
        let plain = (flag.urgency, trigger.iter().collect());
        let escalated = flag
            .escalate
            .as_ref()
            .map(|(level, when)| (*level, trigger.iter().chain(when.iter()).collect()));
        std::iter::once(plain).chain(escalated)
    })
}

fn mentions(clauses: &[&Clause], question: QuestionIx) -> bool {
    clauses
        .iter()
        .any(|c| matches!(c, Clause::Answer { question: q, .. } if *q == question))
}
