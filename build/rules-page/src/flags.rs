//! Red flags: what fires each one, and what it then tells the patient.

use crate::html::{escape, Html};
use crate::words;
use heel_triage_engine::knowledge::{Ix, Knowledge, RedFlag};

pub fn section(page: &mut Html, k: &Knowledge) {
    page.raw("<section id=\"red-flags\">")
        .el("h2", "Red flags")
        .el(
            "p",
            "Red flags alone decide how urgent the result is: the most urgent flag that fires, or that “Not sure” \
             keeps open, sets the level, and with none the level is self-care. The ranking of conditions never changes it.",
        );
    for flag in k.red_flags {
        one(page, k, flag);
    }
    page.raw("</section>");
}

fn one(page: &mut Html, k: &Knowledge, flag: &RedFlag) {
    page.rule("flag", flag.id, flag.title).entry(
        "Level",
        &if flag.watch {
            format!(
                "Never set by an answer: every result lists it under “Get help sooner if”, saying what to do ({})",
                words::level(k, flag.urgency)
            )
        } else {
            words::level(k, flag.urgency)
        },
    )
    .entry("Why", &escape(flag.why));
    let fires = if flag.watch {
        "No question asks about it: every result tells the patient to watch for it.".to_string()
    } else {
        let triggers: Vec<String> = flag
            .triggers
            .iter()
            .map(|t| format!("<li>{}</li>", words::all_of(k, t)))
            .collect();
        format!(
            "when every part of any one of these holds:<ul>{}</ul>",
            triggers.concat()
        )
    };
    page.entry("Fires", &fires);
    if let Some((level, when)) = flag.escalate {
        page.entry(
            "More urgent",
            &format!("{} when {}", words::level(k, level), words::all_of(k, when)),
        );
    }
    if let Some((question, limits)) = flag.time_course {
        let q = &k.questions[question];
        // Every answer, so none is left for the reader to guess.
        let items: Vec<String> = Ix::all(q.options)
            .zip(q.options)
            .map(|(option, o)| {
                let limit = limits.iter().find(|(limited, _)| *limited == option);
                let level = limit.map_or("the full level".into(), |(_, level)| {
                    format!("at most {}", words::level(k, *level))
                });
                format!("<li><b>{}</b>: {level}</li>", escape(o.label))
            })
            .collect();
        page.entry(
            "An older injury",
            &format!(
                "{} <code>{}</code><ul>{}</ul>Unanswered or “Not sure” keeps the full level.",
                escape(q.text),
                escape(q.id),
                items.concat()
            ),
        );
    }
    page.entry("“Not sure”", &not_sure(k, flag));
    if !flag.advice.is_empty() {
        let items: Vec<String> = (flag.advice.iter())
            .map(|a| format!("<li>{}</li>", escape(k.advice[*a].text)))
            .collect();
        let label = if flag.watch {
            "On every result"
        } else {
            "First steps it adds"
        };
        page.entry(label, &format!("<ul>{}</ul>", items.concat()));
    }
    if flag.hold_exercises {
        page.entry(
            "Exercises",
            "While it fires, no loading exercises are suggested.",
        );
    }
    page.raw("</dl>")
        .raw(&words::sources(k, flag.sources))
        .raw("</article>");
}

/// What "Not sure" does to this flag (meta.toml `not_ruled_out_from` and `_at_most`).
fn not_sure(k: &Knowledge, flag: &RedFlag) -> String {
    let tuning = &k.tuning;
    if flag.watch {
        "Not asked.".into()
    } else if !flag.not_sure_counts {
        "Never fires it and does not keep it open (this flag opts out).".into()
    } else if flag.urgency < tuning.not_ruled_out_from {
        "Never fires it; this level is too low for “Not sure” to count.".into()
    } else {
        format!(
            "Never fires it, but where it stands in for the answer that would, the flag is not ruled out and calls for \
             its level, at most {}; lower where its time course lowers it for an older injury.",
            words::level(k, flag.urgency.min(tuning.not_ruled_out_at_most))
        )
    }
}
