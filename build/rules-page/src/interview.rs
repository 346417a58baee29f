//! The urgency levels, and how the interview runs and when it stops (meta.toml).

use crate::html::{escape, Html};
use crate::words;
use heel_triage_engine::knowledge::{Knowledge, Urgency};

pub fn levels(page: &mut Html, k: &Knowledge) {
    page.raw("<section id=\"levels\">")
        .el("h2", "Urgency levels")
        .el(
            "p",
            "Most urgent first. What the result's banner says for each:",
        )
        .raw("<dl>");
    for level in Urgency::ALL.into_iter().rev() {
        let text = k.urgency_text(level);
        page.entry(
            text.label,
            &format!(
                "<code>{}</code> {}{}",
                level.id(),
                escape(text.action),
                words::sources(k, text.sources)
            ),
        );
    }
    page.raw("</dl></section>");
}

pub fn section(page: &mut Html, k: &Knowledge) {
    let t = &k.tuning;
    page.raw("<section id=\"interview\">")
        .el("h2", "How the interview runs and stops")
        .el(
            "p",
            "First the person taps where it hurts. Then the safety check, screen by screen in this order, \
             asking only the questions whose answer could still fire a red flag more urgent than the level \
             already reached, or say how long ago a flag's injury happened. Several yes/no questions on one \
             screen are one checklist (“Do any of these apply?”).",
        )
        .raw("<ol>");
    for screen in t.screens {
        let names: Vec<String> = screen
            .iter()
            .map(|q| words::id_link("question", k.questions[*q].id))
            .collect();
        page.raw(&format!("<li>{}</li>", names.join(", ")));
    }
    page.raw("</ol>")
        .el(
            "p",
            "An emergency is shown as soon as nothing left could make it more urgent or say it is old. \
             Then come narrowing questions, the one expected to tell the conditions apart best first, until one of these holds:",
        )
        .raw("<ul>")
        .raw(&format!(
            "<li>the most likely condition reaches {} of the ranking;</li>",
            words::percent(t.stop_when_top_reaches)
        ))
        .raw(&format!(
            "<li>no question left would gain {} bits of information;</li>",
            words::number(t.min_information_gain_bits)
        ))
        .raw(&format!(
            "<li>{} narrowing questions have been asked.</li></ul>",
            t.max_narrowing_questions
        ))
        .raw(&format!(
            "<p>“Not sure” keeps a red flag from being ruled out only for flags at {} or more urgent, and then calls for at most {}.</p>",
            words::level(k, t.not_ruled_out_from),
            words::level(k, t.not_ruled_out_at_most)
        ))
        .raw("</section>");
}
