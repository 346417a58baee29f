//! Questions: their options, why each is asked, and what each answer changes.

use crate::html::{escape, Html};
use crate::words;
use heel_triage_engine::knowledge::Ix;
use heel_triage_engine::knowledge::{Clause, Knowledge, OptionIx, Question, QuestionIx};

pub fn section(page: &mut Html, k: &Knowledge) {
    page.raw("<section id=\"questions\">")
        .el("h2", "Questions")
        .el(
            "p",
            "Every question also offers “Not sure”, which never changes the ranking but can keep a red flag open \
             (the last row of each table). On the checklist (“Do any of these apply?”) a line left unmarked is \
             answered “No”, with that answer's effects. A question never asked counts for nothing.",
        );
    for (ix, q) in Ix::all(k.questions).zip(k.questions) {
        one(page, k, ix, q);
    }
    page.raw("</section>");
}

fn one(page: &mut Html, k: &Knowledge, ix: QuestionIx, q: &Question) {
    page.rule("question", q.id, q.text);
    if let Some(line) = q.checklist {
        page.entry("On the checklist as", &escape(line));
    }
    if let Some(how) = q.how {
        page.entry("How to check", &escape(how));
    }
    page.entry("Why it is asked", &escape(q.why)).entry(
        "When",
        if k.in_safety_check(ix) {
            "in the safety check, while its answer could still raise the level"
        } else {
            "while narrowing down, if it is the most useful question left"
        },
    );
    page.raw("</dl><table><caption>What each answer changes</caption><thead><tr><th scope=\"col\">Answer</th><th scope=\"col\">Changes</th></tr></thead><tbody>");
    for (option_ix, option) in Ix::all(q.options).zip(q.options) {
        page.raw("<tr><th scope=\"row\">")
            .text(option.label)
            .raw("<br><span class=\"says\">")
            .text(&format!("“{}”", option.says))
            .raw("</span></th><td>")
            .raw(&changes(k, ix, q, option_ix))
            .raw("</td></tr>");
    }
    page.raw("<tr><th scope=\"row\">Not sure</th><td>")
        .raw(&kept_open(k, ix))
        .raw("</td></tr></tbody></table>")
        .raw(&words::sources(k, q.sources))
        .raw("</article>");
}

/// The effects on conditions and the red flags an answer takes part in.
fn changes(k: &Knowledge, ix: QuestionIx, q: &Question, option: OptionIx) -> String {
    let mut lines = Vec::new();
    for effect in q.effects.iter().filter(|e| e.option == option) {
        let c = &k.conditions[effect.condition];
        let mut line = format!(
            "<a href=\"#condition-{id}\">{}</a>: {}",
            escape(c.name),
            words::strength(effect.factor),
            id = escape(c.id)
        );
        if !effect.when.is_empty() {
            line.push_str(&format!(", if {}", words::all_of(k, effect.when)));
        }
        lines.push(line);
    }
    for flag in k.red_flags {
        let in_trigger = flag.triggers.iter().any(|t| uses(t, ix, option));
        let in_escalate = flag
            .escalate
            .is_some_and(|(_, when)| uses(when, ix, option));
        let in_time = flag.time_course.is_some_and(|(question, limits)| {
            question == ix && limits.iter().any(|(o, _)| *o == option)
        });
        let role = match (in_trigger, in_escalate, in_time) {
            (true, ..) => "part of a trigger of red flag",
            (_, true, _) => "makes more urgent red flag",
            (.., true) => "lowers, for an older injury, red flag",
            _ => continue,
        };
        lines.push(format!("{role} {}", words::id_link("flag", flag.id)));
    }
    if lines.is_empty() {
        return "nothing".into();
    }
    let items: Vec<String> = lines.iter().map(|l| format!("<li>{l}</li>")).collect();
    format!("<ul>{}</ul>", items.concat())
}

/// The red flags "Not sure" to this question can keep open: those that count it, urgent enough,
/// with a trigger that asks this question.
fn kept_open(k: &Knowledge, ix: QuestionIx) -> String {
    let flags: Vec<String> = (k.red_flags.iter())
        .filter(|f| f.not_sure_counts && !f.watch && f.urgency >= k.tuning.not_ruled_out_from)
        .filter(|f| {
            (f.triggers.iter().flat_map(|t| t.iter()))
                .any(|c| matches!(c, Clause::Answer { question, .. } if question == &ix))
        })
        .map(|f| words::id_link("flag", f.id))
        .collect();
    if flags.is_empty() {
        "nothing".into()
    } else {
        format!(
            "keeps open, where it stands in for the answer that would fire it, red flag {}",
            words::or_list(&flags)
        )
    }
}

fn uses(clauses: &[Clause], question: QuestionIx, option: OptionIx) -> bool {
    clauses.iter().any(|c| {
        matches!(c, Clause::Answer { question: q, accepts } if *q == question && accepts.contains(&option))
    })
}
