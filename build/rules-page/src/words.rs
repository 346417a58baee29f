//! Rules as sentences: a trigger's parts, a strength, a level, a list of sources. Each returns
//! markup with every piece of knowledge text escaped.

use crate::html::escape;
use heel_triage_engine::knowledge::{Clause, Knowledge, SourceIx, Urgency};
use heel_triage_engine::ranking;

/// A level as the patient reads it, with its id: "“Be seen today” (consultation_24)".
pub fn level(k: &Knowledge, level: Urgency) -> String {
    format!(
        "<strong>{}</strong> <code>{}</code>",
        escape(k.urgency_text(level).label),
        level.id()
    )
}

/// One part of a trigger or condition, for example "It started suddenly: <b>Yes</b>".
pub fn clause(k: &Knowledge, clause: &Clause) -> String {
    match clause {
        Clause::Answer { question, accepts } => {
            let q = &k.questions[*question];
            let answers: Vec<String> = accepts
                .iter()
                .map(|o| format!("<b>{}</b>", escape(q.options[*o].label)))
                .collect();
            format!(
                "{} <code>{}</code>: {}",
                escape(q.checklist.unwrap_or(q.text)),
                escape(q.id),
                or_list(&answers)
            )
        }
        Clause::Region(regions) => {
            let names: Vec<String> = regions
                .iter()
                .map(|r| format!("<b>{}</b>", escape(k.regions[*r].name)))
                .collect();
            format!("Where it hurts: {}", or_list(&names))
        }
    }
}

/// Every part of a trigger: all of them must hold.
pub fn all_of(k: &Knowledge, clauses: &[Clause]) -> String {
    let parts: Vec<String> = clauses.iter().map(|c| clause(k, c)).collect();
    parts.join(", <em>and</em> ")
}

/// "a", "a or b", "a, b or c".
pub fn or_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// What a multiplier does to a condition's odds, in the words the patient's reasons use, with
/// the number.
pub fn strength(factor: f64) -> String {
    let side = if factor > 1.0 { "for it" } else { "against it" };
    format!(
        "{} {side} (odds ×{})",
        ranking::strength(heel_triage_engine::shipped(), factor),
        number(factor)
    )
}

/// A number without trailing zeros: 6, 1.5, 0.35.
pub fn number(value: f64) -> String {
    let text = format!("{value:.3}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A share as a percentage: 0.28 gives "28 %".
pub fn percent(share: f64) -> String {
    format!("{} %", number(share * 100.0))
}

/// A rule's id linking to where the page sets it out: `kind` is `flag`, `question` or `advice`.
pub fn id_link(kind: &str, id: &str) -> String {
    let id = escape(id);
    format!("<a href=\"#{kind}-{id}\"><code>{id}</code></a>")
}

/// "Sources: 3, 16" linking to the list at the end of the page.
pub fn sources(k: &Knowledge, list: &[SourceIx]) -> String {
    if list.is_empty() {
        return String::new();
    }
    format!(
        "<p class=\"sources\">Sources: {}</p>",
        source_links(k, list)
    )
}

/// "3, 16", each number linking to its source at the end of the page.
pub fn source_links(k: &Knowledge, list: &[SourceIx]) -> String {
    let links: Vec<String> = list
        .iter()
        .map(|s| {
            let n = k.sources[*s].number;
            format!("<a href=\"#source-{n}\">{n}</a>")
        })
        .collect();
    links.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strengths_read_as_words_with_their_number() {
        assert_eq!(strength(6.0), "strong sign for it (odds ×6)");
        assert_eq!(strength(2.0), "weak sign for it (odds ×2)");
        assert_eq!(strength(0.35), "moderate sign against it (odds ×0.35)");
        assert_eq!(strength(0.01), "strong sign against it (odds ×0.01)");
        assert_eq!(percent(0.28), "28 %");
    }

    #[test]
    fn lists_read_as_sentences() {
        let items: Vec<String> = ["a", "b", "c"].map(String::from).into();
        assert_eq!(or_list(&items), "a, b or c");
        assert_eq!(or_list(&items[..1]), "a");
    }
}
