//! Advice (first steps, what to avoid, when to get help sooner) and the sources everything cites.

use crate::html::{escape, Html};
use crate::words;
use heel_triage_engine::knowledge::{cite, AdviceIx, Ix, Knowledge};

pub fn section(page: &mut Html, k: &Knowledge) {
    page.raw("<section id=\"advice\">")
        .el("h2", "Advice")
        .el(
            "p",
            "What the result suggests. Conditions pick their first steps from this list; advice marked with a level \
             is left out of any result less urgent than that, so no advice says more than the banner.",
        );
    // As the result shows it: the list for everyone, then each unasked red flag's line.
    let sooner: Vec<AdviceIx> = (k.get_help_sooner.iter().copied())
        .chain(k.watch_flags().flat_map(|f| f.advice.iter().copied()))
        .collect();
    page.raw("<dl>")
        .entry("On every result", &ids(k, k.always_avoid))
        .entry("Get help sooner if", &ids(k, &sooner))
        .raw("</dl><table class=\"advice\"><thead><tr><th scope=\"col\">Advice</th><th scope=\"col\">What it says</th><th scope=\"col\">Sources</th></tr></thead><tbody>");
    for (ix, item) in Ix::all(k.advice).zip(k.advice) {
        let id = escape(item.id);
        page.raw(&format!(
            "<tr id=\"advice-{id}\"><th scope=\"row\"><code>{id}</code></th><td>"
        ))
        .text(item.text);
        if let Some(level) = item.urgency {
            page.raw(&format!(
                "<br><span class=\"says\">Only at {} or more urgent.</span>",
                words::level(k, level)
            ));
        }
        page.raw(&format!(
            "<br><span class=\"says\">Used by: {}</span>",
            used_by(k, ix)
        ))
        .raw("</td><td>")
        .raw(&words::source_links(k, item.sources))
        .raw("</td></tr>");
    }
    page.raw("</tbody></table></section>");
}

/// Where an item of advice is shown from.
fn used_by(k: &Knowledge, ix: AdviceIx) -> String {
    let mut users: Vec<String> = Vec::new();
    let watched = k.watch_flags().any(|f| f.advice.contains(&ix));
    if k.always_avoid.contains(&ix) || k.get_help_sooner.contains(&ix) || watched {
        users.push("every result".into());
    }
    for c in k.conditions {
        if [c.settle, c.build, c.avoid].iter().any(|l| l.contains(&ix)) {
            users.push(escape(c.name));
        }
    }
    for flag in (k.red_flags.iter()).filter(|f| !f.watch && f.advice.contains(&ix)) {
        users.push(format!("red flag <code>{}</code>", escape(flag.id)));
    }
    if users.is_empty() {
        "nothing yet".into()
    } else {
        users.join("; ")
    }
}

fn ids(k: &Knowledge, list: &[AdviceIx]) -> String {
    let items: Vec<String> = list
        .iter()
        .map(|a| format!("<li>{}</li>", escape(k.advice[*a].text)))
        .collect();
    format!("<ul>{}</ul>", items.concat())
}

/// Every source something cites, numbered as in the clinical reference.
pub fn sources(page: &mut Html, k: &Knowledge) {
    page.raw("<section id=\"sources\">")
        .el("h2", "Sources")
        .el("p", "Numbered as in section 8 of the clinical reference. Only sources that a rule cites are listed.")
        .raw("<ol class=\"sources-list\">");
    for source in k.sources {
        page.raw(&format!(
            "<li id=\"source-{n}\" value=\"{n}\">",
            n = source.number
        ))
        .text(cite(source.number))
        .raw("</li>");
    }
    page.raw("</ol></section>");
}
