//! The test cases, each run through the engine as a simulated interview when the page is written,
//! beside what it is expected to give.

use crate::html::{escape, Html};
use crate::words;
use heel_triage_engine::knowledge::{Knowledge, Urgency};
use heel_triage_engine::simulate::{interview, score, CaseFile, Outcome};
use serde_json::Value;

pub fn section(page: &mut Html, k: &Knowledge, files: &[CaseFile]) {
    page.raw("<section id=\"test-cases\">")
        .el("h2", "Test cases")
        .el(
            "p",
            "Each case is a patient story with the urgency and the condition a clinician expects. When this page was \
             written, each was run through the engine as a simulated interview: the engine asks, screen by screen, and \
             the case answers only what is asked (a yes/no question it does not mention is “No”, a choice “Not sure”).",
        );
    let runs: Vec<(&CaseFile, Vec<Result<Outcome, String>>)> = files
        .iter()
        .map(|file| (file, file.cases.iter().map(|c| interview(k, c)).collect()))
        .collect();
    summary(page, &runs);
    for (file, outcomes) in &runs {
        table(page, k, file, outcomes);
    }
    page.raw("</section>");
}

fn summary(page: &mut Html, runs: &[(&CaseFile, Vec<Result<Outcome, String>>)]) {
    page.raw("<table><caption>Summary</caption><thead><tr><th scope=\"col\">Case file</th><th scope=\"col\">Cases</th>\
        <th scope=\"col\">Urgency as expected</th><th scope=\"col\">Expected condition in the top 3</th>\
        <th scope=\"col\">Needed care within a day, told to wait</th><th scope=\"col\">Could not run</th></tr></thead><tbody>");
    for (file, outcomes) in runs {
        let s = score(outcomes.iter().filter_map(|o| o.as_ref().ok()));
        let failed = outcomes.iter().filter(|o| o.is_err()).count();
        page.raw("<tr><th scope=\"row\">")
            .text(&file.name)
            .raw(&format!(
                "</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{failed}</td></tr>",
                outcomes.len(),
                words::percent(round(s.urgency_exact)),
                words::percent(round(s.top3)),
                s.urgent_under_triaged
            ));
    }
    page.raw("</tbody></table>");
}

/// A share rounded to a whole percent.
fn round(share: f64) -> f64 {
    (share * 100.0).round() / 100.0
}

fn table(page: &mut Html, k: &Knowledge, file: &CaseFile, outcomes: &[Result<Outcome, String>]) {
    page.raw(&format!("<h3 id=\"cases-{}\">", escape(&file.name)))
        .text(&file.name)
        .raw("</h3><table class=\"cases\"><thead><tr><th scope=\"col\">Case</th><th scope=\"col\">Story and answers</th>\
            <th scope=\"col\">Expected</th><th scope=\"col\">The engine gave</th><th scope=\"col\">Agrees</th></tr></thead><tbody>");
    for (case, outcome) in file.cases.iter().zip(outcomes) {
        let id = case["id"].as_str().unwrap_or("?");
        page.raw("<tr><th scope=\"row\">")
            .text(id)
            .raw("</th><td>")
            .text(case["story"].as_str().unwrap_or(""))
            .raw("<br><span class=\"says\">")
            .text(&facts(case))
            .raw("</span></td><td>")
            .raw(&expected(k, case))
            .raw("</td>");
        match outcome {
            Ok(o) => {
                let top: Vec<String> = (o.top3.iter().enumerate())
                    .map(|(i, c)| format!("{}. {}", i + 1, condition(k, c)))
                    .collect();
                page.raw(&format!(
                    "<td>{}<br>{}</td><td>{}</td>",
                    level_name(k, o.urgency),
                    top.join("<br>"),
                    verdict(o)
                ));
            }
            Err(why) => {
                page.raw("<td>could not run: ")
                    .text(why)
                    .raw("</td><td class=\"miss\">No</td>");
            }
        }
        page.raw("</tr>");
    }
    page.raw("</tbody></table>");
}

fn verdict(o: &Outcome) -> String {
    let urgency = o.urgency == o.expected_urgency;
    let mut misses = Vec::new();
    if !urgency {
        misses.push(if o.urgent_under_triaged() {
            "less urgent than needed within a day"
        } else if o.urgency < o.expected_urgency {
            "less urgent"
        } else {
            "more urgent"
        });
    }
    if !o.top3_hit() {
        misses.push("expected condition not in the top 3");
    }
    if misses.is_empty() {
        "<span class=\"hit\">Yes</span>".into()
    } else {
        format!("<span class=\"miss\">No: {}</span>", misses.join("; "))
    }
}

fn expected(k: &Knowledge, case: &Value) -> String {
    let level = case["expected_urgency"].as_str().and_then(Urgency::from_id);
    let top = case["expected_top"].as_str().unwrap_or("?");
    format!(
        "{}<br>{}",
        level.map_or_else(|| "?".into(), |l| level_name(k, l)),
        condition(k, top)
    )
}

fn level_name(k: &Knowledge, level: Urgency) -> String {
    escape(k.urgency_text(level).label)
}

/// A condition's plain name, linked to its rules (its id if the knowledge has no such condition).
fn condition(k: &Knowledge, id: &str) -> String {
    match k.conditions.iter().find(|c| c.id == id) {
        Some(c) => format!(
            "<a href=\"#condition-{}\">{}</a>",
            escape(c.id),
            escape(c.name)
        ),
        None => format!("<code>{}</code>", escape(id)),
    }
}

/// Where it hurts and what the case says, as `id: answer` pairs.
fn facts(case: &Value) -> String {
    let location = match &case["location"] {
        Value::String(one) => one.clone(),
        Value::Array(many) => (many.iter().filter_map(Value::as_str))
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
    };
    let answers: Vec<String> = case["facts"]
        .as_object()
        .map(|facts| {
            facts
                .iter()
                .map(|(q, a)| match a {
                    Value::Bool(yes) => format!("{q}: {}", if *yes { "yes" } else { "no" }),
                    Value::String(option) => format!("{q}: {option}"),
                    other => format!("{q}: {other}"),
                })
                .collect()
        })
        .unwrap_or_default();
    format!("Where: {location}. Answers: {}.", answers.join("; "))
}
