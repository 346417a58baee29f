//! # rules.html
//!
//! Every rule the widget applies, in plain words, for the clinicians who sign them off: the red
//! flags and their triggers, the conditions and what moves them, the questions and what each
//! answer changes, the advice, the interview's stopping rules, and the test cases with what the
//! engine made of them when this page was written. It is written from the knowledge the engine
//! compiled in, at every build (web/post-build.mjs), so it cannot say something the widget does
//! not do.
//!
//! One module a section; [`words`] turns rules into sentences and [`html`] escapes the text.

mod advice;
mod cases;
mod conditions;
mod flags;
pub mod html;
mod interview;
mod questions;
mod words;

use heel_triage_engine::simulate::CaseFile;
use heel_triage_engine::Knowledge;
use html::Html;

/// When the page was written and when the knowledge last changed, as the build found them.
pub struct Dates {
    /// `YYYY-MM-DD`.
    pub generated: String,
    /// The last change to knowledge/, in words ("2026-12-02", or why it is not known).
    pub knowledge_changed: String,
}

const STYLE: &str = include_str!("rules.css");

/// The citations of the sources `k` cites, one a line: the number, a tab, the citation as the
/// widget shows it. The widget fetches this file (embed/sources.txt) only when a patient opens
/// its list of sources, so the first visit does not download them.
pub fn sources_text(k: &Knowledge) -> String {
    k.sources
        .iter()
        .map(|s| {
            let cite = heel_triage_engine::knowledge::cite(s.number).replace(['\t', '\n'], " ");
            format!("{}\t{cite}\n", s.number)
        })
        .collect()
}

/// The whole page: the rules of `k`, and the case `files` as the engine runs them against `k`.
pub fn page(k: &Knowledge, files: &[CaseFile], dates: &Dates) -> String {
    let mut page = Html::default();
    head(&mut page, k);
    page.raw("<main>");
    intro(&mut page, k, dates);
    interview::levels(&mut page, k);
    flags::section(&mut page, k);
    conditions::section(&mut page, k);
    questions::section(&mut page, k);
    advice::section(&mut page, k);
    interview::section(&mut page, k);
    cases::section(&mut page, k, files);
    advice::sources(&mut page, k);
    sign_off(&mut page, k, "sign-off");
    page.raw("</main></body></html>\n");
    page.0
}

fn head(page: &mut Html, k: &Knowledge) {
    page.raw("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .raw("<meta name=\"color-scheme\" content=\"light\">")
        // Nothing to load and nothing to run: the page is text and its own styles.
        .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">")
        .raw("<link rel=\"icon\" href=\"data:,\">")
        .raw("<title>")
        .text(&format!("Heel pain check: the rules, version {}", k.version))
        .raw("</title><style>")
        .raw(STYLE)
        .raw("</style></head><body>");
}

const CONTENTS: [(&str, &str); 9] = [
    ("levels", "Urgency levels"),
    ("red-flags", "Red flags"),
    ("conditions", "Conditions"),
    ("questions", "Questions"),
    ("advice", "Advice"),
    ("interview", "How the interview runs and stops"),
    ("test-cases", "Test cases"),
    ("sources", "Sources"),
    ("sign-off", "Sign-off"),
];

fn intro(page: &mut Html, k: &Knowledge, dates: &Dates) {
    page.raw("<nav class=\"pages\" aria-label=\"Pages\"><a href=\"index.html\">The heel pain check</a> <a href=\"configure.html\">Clinic set-up</a></nav>")
        .el("h1", "The heel pain check's rules, in plain words")
        .raw("<p class=\"version\">")
        .text(&format!(
            "Rules version {}. Knowledge last changed: {}. This page was written from that knowledge on {}.",
            k.version, dates.knowledge_changed, dates.generated
        ))
        .raw("</p>")
        .el(
            "p",
            "This is everything the widget decides with, written out from the same files it is built from, \
             every time it is built: every rule, text and number below comes from them; only the short \
             introductions are written by hand. Read each section, and sign at the end when you agree with all of it.",
        )
        .raw("<nav aria-label=\"Contents\"><h2 class=\"contents\">Contents</h2><ol>");
    for (id, title) in CONTENTS {
        page.raw(&format!("<li><a href=\"#{id}\">"))
            .text(title)
            .raw("</a></li>");
    }
    page.raw("</ol></nav>");
}

/// The block a reviewer fills in and signs, on paper or as a scan.
fn sign_off(page: &mut Html, k: &Knowledge, id: &str) {
    page.raw(&format!("<section id=\"{id}\" class=\"sign-off\">"))
        .el("h2", "Sign-off")
        .el(
            "p",
            &format!(
                "I have reviewed every rule on this page, rules version {}, and agree that the widget may use them.",
                k.version
            ),
        )
        .raw("<dl class=\"blanks\">")
        .entry("Reviewed by", "<span class=\"blank\"></span>")
        .entry("Role and registration", "<span class=\"blank\"></span>")
        .entry("On (date)", "<span class=\"blank\"></span>")
        .entry("Version", &format!("<b>{}</b>", html::escape(k.version)))
        .entry("Signature", "<span class=\"blank\"></span>")
        .raw("</dl></section>");
}
