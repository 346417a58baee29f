//! Conditions: where each is felt, how likely it is to start with, and every answer that moves it.

use crate::html::{escape, Html};
use crate::words;
use heel_triage_engine::knowledge::{Condition, ConditionIx, Ix, Knowledge, RegionIx};

pub fn section(page: &mut Html, k: &Knowledge) {
    let fit = &k.tuning.region_fit;
    page.raw("<section id=\"conditions\">")
        .el("h2", "Conditions")
        .el(
            "p",
            &format!(
                "Each condition starts at its likelihood for the person's age group (child or adult). Where it hurts then \
                 weighs it: a place where it is felt ×{}, a place where it is sometimes felt ×{}, anywhere else ×{} \
                 (×{} for “I can't point to one spot”). Each answer below multiplies its odds. The shares are then \
                 scaled to add up to 100 %. The patient sees words, not numbers: “most likely” from {}, “possible” from {}, \
                 otherwise “less likely”.",
                words::number(fit.primary),
                words::number(fit.secondary),
                words::number(fit.elsewhere),
                words::number(fit.elsewhere_vague),
                words::percent(k.likelihood.most_likely),
                words::percent(k.likelihood.possible),
            ),
        );
    for (ix, condition) in Ix::all(k.conditions).zip(k.conditions) {
        one(page, k, ix, condition);
    }
    page.raw("</section>");
}

fn one(page: &mut Html, k: &Knowledge, ix: ConditionIx, c: &Condition) {
    page.rule("condition", c.id, c.name)
        .entry("Medical name", &escape(c.medical_name))
        .entry("What the patient reads", &escape(c.description))
        .entry("Felt", &regions(k, c.regions))
        .entry(
            "Sometimes felt",
            &(if c.also.is_empty() {
                "nowhere else".into()
            } else {
                regions(k, c.also)
            }),
        )
        .entry(
            "Starting likelihood",
            &format!(
                "children ({}) {}, adults {}",
                children(k),
                words::percent(c.prior_child),
                words::percent(c.prior_adult)
            ),
        );
    let (up, down) = effects(k, ix);
    page.entry("More likely when", &list(&up))
        .entry("Less likely when", &list(&down))
        .entry(
            "First steps",
            &format!(
                "settle it: {}; build back up: {}; avoid: {} (see <a href=\"#advice\">Advice</a>)",
                advice_ids(k, c.settle),
                advice_ids(k, c.build),
                advice_ids(k, c.avoid)
            ),
        )
        .raw("</dl>")
        .raw(&words::sources(k, c.sources))
        .raw("</article>");
}

/// The age answers that use the children's table (meta.toml `child_age_groups`).
fn children(k: &Knowledge) -> String {
    let age = &k.questions[k.tuning.age_question];
    let labels: Vec<String> = (k.tuning.child_age_options.iter())
        .map(|o| escape(age.options[*o].label))
        .collect();
    words::or_list(&labels)
}

fn regions(k: &Knowledge, list: &[RegionIx]) -> String {
    let names: Vec<String> = list.iter().map(|r| escape(k.regions[*r].name)).collect();
    names.join("; ")
}

/// Every answer that moves this condition, raising and lowering, in the order of the questions.
fn effects(k: &Knowledge, ix: ConditionIx) -> (Vec<String>, Vec<String>) {
    let (mut up, mut down) = (Vec::new(), Vec::new());
    for q in k.questions {
        for effect in q.effects.iter().filter(|e| e.condition == ix) {
            let mut line = format!(
                "{} <code>{}</code>: <b>{}</b> {}",
                escape(q.checklist.unwrap_or(q.text)),
                escape(q.id),
                escape(q.options[effect.option].label),
                words::strength(effect.factor)
            );
            if !effect.when.is_empty() {
                line.push_str(&format!(", if {}", words::all_of(k, effect.when)));
            }
            if effect.factor > 1.0 {
                &mut up
            } else {
                &mut down
            }
            .push(line);
        }
    }
    (up, down)
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        return "no answer".into();
    }
    let items: Vec<String> = items.iter().map(|i| format!("<li>{i}</li>")).collect();
    format!("<ul>{}</ul>", items.concat())
}

fn advice_ids(k: &Knowledge, list: &[heel_triage_engine::knowledge::AdviceIx]) -> String {
    if list.is_empty() {
        return "none".into();
    }
    let ids: Vec<String> = list
        .iter()
        .map(|a| words::id_link("advice", k.advice[*a].id))
        .collect();
    ids.join(", ")
}
