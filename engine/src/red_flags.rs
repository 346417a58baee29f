//! The deterministic red-flag rules of REFERENCE.md 4.2, applied in the order of 4.3: collect
//! every flag that fires, and the most urgent one decides. The ranking is never consulted.
//!
//! "Not sure" never fires a flag, but it does not rule one out either (see [`not_ruled_out`]).

use crate::interview::Interview;
use crate::knowledge::{Clause, Ix, Knowledge, QuestionIx, RedFlag, Urgency};

/// A flag and the level it calls for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FiredFlag {
    pub flag: Ix<RedFlag>,
    /// The flag's level, or its escalated level when the escalation holds too.
    pub urgency: Urgency,
}

/// Every flag that fires, most urgent first, then in knowledge order.
pub fn fired(knowledge: &Knowledge, interview: &Interview) -> Vec<FiredFlag> {
    let mut fired: Vec<FiredFlag> = Ix::all(knowledge.red_flags)
        .zip(knowledge.red_flags)
        .filter_map(|(i, flag)| {
            let urgency = highest_level(flag, |c| interview.holds(c))?.min(cap(flag, interview));
            Some(FiredFlag { flag: i, urgency })
        })
        .collect();
    most_urgent_first(&mut fired);
    fired
}

/// Flags that only a "Not sure" kept from firing: every part of one of their rules holds or was
/// answered "Not sure". Flags below `not_ruled_out_from`, and those that opt out, are left out.
/// Each calls for its rule's level, but no higher than the knowledge's `not_ruled_out_at_most`,
/// and is listed only where that is above the level the flag fired at (a rule that holds
/// outright has fired at its full level, so only "Not sure" can list one).
pub fn not_ruled_out(
    knowledge: &Knowledge,
    interview: &Interview,
    fired: &[FiredFlag],
) -> Vec<FiredFlag> {
    let at_most = knowledge.tuning.not_ruled_out_at_most;
    let from = knowledge.tuning.not_ruled_out_from;
    let mut open: Vec<FiredFlag> = Ix::all(knowledge.red_flags)
        .zip(knowledge.red_flags)
        .filter(|(_, flag)| flag.not_sure_counts)
        .filter_map(|(i, flag)| {
            let level = highest_level(flag, |c| interview.holds(c) || interview.is_not_sure(c))
                .filter(|level| *level >= from)?
                .min(at_most)
                .min(cap(flag, interview));
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

/// Could answering `question` still fire a flag (or escalation) more urgent than `current`?
pub fn could_raise(
    knowledge: &Knowledge,
    interview: &Interview,
    question: QuestionIx,
    current: Urgency,
) -> bool {
    could_raise_by(knowledge, interview, question, current, |_| true)
}

/// [`could_raise`], counting only the rules that `counts` accepts.
pub fn could_raise_by(
    knowledge: &Knowledge,
    interview: &Interview,
    question: QuestionIx,
    current: Urgency,
    counts: impl Fn(&Rule) -> bool,
) -> bool {
    knowledge.red_flags.iter().any(|flag| {
        let cap = cap(flag, interview);
        any_rule(flag, |rule| {
            rule.level.min(cap) > current
                && rule.any(|c| matches!(c, Clause::Answer { question: q, .. } if *q == question))
                && rule.all(|c| interview.may_hold(c))
                && counts(rule)
        })
    })
}

/// The most a flag can call for, given how long ago it happened (its time course): an injury
/// that is weeks old is no longer an emergency, though it still needs care. Unanswered or "Not
/// sure" leaves the flag at its full level.
fn cap(flag: &RedFlag, interview: &Interview) -> Urgency {
    flag.time_course
        .and_then(|(question, levels)| {
            let answer = interview.option(question)?;
            levels.iter().find(|(o, _)| *o == answer).map(|(_, l)| *l)
        })
        .unwrap_or(Urgency::EmergencyAmbulance)
}

/// Is `question` the time course of a flag that calls for more than one of its answers would,
/// and not yet asked? Then it is asked before the level is given.
pub fn could_settle(
    knowledge: &Knowledge,
    interview: &Interview,
    question: QuestionIx,
    flags: &[FiredFlag],
) -> bool {
    !interview.is_asked(question)
        && flags.iter().any(|f| {
            knowledge.red_flags[f.flag]
                .time_course
                .is_some_and(|(q, levels)| {
                    q == question && levels.iter().any(|(_, l)| *l < f.urgency)
                })
        })
}

/// One way a flag can reach a level: one of its triggers, alone or with the escalation's clauses.
pub struct Rule<'k> {
    pub level: Urgency,
    trigger: &'k [Clause],
    escalation: &'k [Clause],
}

// Plain loops over the two slices: chained iterators cost about 1 KB of wasm per use.
impl Rule<'_> {
    pub fn all(&self, test: impl Fn(&Clause) -> bool) -> bool {
        self.trigger.iter().all(&test) && self.escalation.iter().all(&test)
    }

    pub fn any(&self, test: impl Fn(&Clause) -> bool) -> bool {
        self.trigger.iter().any(&test) || self.escalation.iter().any(&test)
    }
}

/// Whether `visit` returns true for any of the flag's rules (visited in order, stopping there).
fn any_rule(flag: &RedFlag, mut visit: impl FnMut(&Rule) -> bool) -> bool {
    flag.triggers.iter().any(|trigger| {
        let plain = Rule {
            level: flag.urgency,
            trigger,
            escalation: &[],
        };
        visit(&plain)
            || flag.escalate.as_ref().is_some_and(|(level, when)| {
                visit(&Rule {
                    level: *level,
                    trigger,
                    escalation: when,
                })
            })
    })
}

/// The highest level among the flag's rules whose every clause passes `holds`.
fn highest_level(flag: &RedFlag, holds: impl Fn(&Clause) -> bool) -> Option<Urgency> {
    let mut highest = None;
    any_rule(flag, |rule| {
        if rule.all(&holds) {
            highest = highest.max(Some(rule.level));
        }
        false
    });
    highest
}
