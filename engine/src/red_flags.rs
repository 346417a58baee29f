//! The deterministic red-flag rules of REFERENCE.md 4.2, applied in the order of 4.3: collect
//! every flag that fires, and the most urgent one decides. The ranking is never consulted.

use crate::interview::Interview;
use crate::knowledge::{Clause, Knowledge, QuestionIx, RedFlag};
use crate::urgency::Urgency;

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
    crate::compact::sort_stable_by(&mut fired, |a, b| {
        b.urgency.cmp(&a.urgency).then(a.flag.cmp(&b.flag))
    });
    fired
}

/// The highest fired level, else self-care.
pub fn urgency(fired: &[FiredFlag]) -> Urgency {
    fired
        .iter()
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
