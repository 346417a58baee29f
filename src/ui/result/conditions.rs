//! Which conditions fit: the most likely in a few plain words, the next ones by name, and
//! everything else (the reasons, the sources, every condition considered) in fold-outs.

use super::sources::source_marks;
use crate::text::result as text;
use heel_triage_engine::knowledge::Condition;
use heel_triage_engine::{Knowledge, RankedCondition, Reason};
use yew::prelude::*;

const REASONS_SHOWN: usize = 4;

/// "Plain name (the name a doctor will use)".
pub fn full_name(c: &Condition) -> String {
    format!("{} ({})", c.name, c.medical_name)
}

/// The first sentence: enough to say what it is without a wall of text.
fn in_short(description: &str) -> &str {
    description
        .find(". ")
        .map_or(description, |end| &description[..=end])
}

fn reason_list(title: &'static str, reasons: &[Reason]) -> Html {
    if reasons.is_empty() {
        return Html::default();
    }
    html! {
        <div class="ht-reasons">
            <h4>{title}</h4>
            <ul>
                {for reasons.iter().take(REASONS_SHOWN).map(|r| html! {
                    <li>{r.text.clone()}<span class="ht-strength">{format!(" ({})", r.strength(heel_triage_engine::shipped()))}</span></li>
                })}
            </ul>
        </div>
    }
}

/// Why a condition fits and what argues against it, with its sources.
fn why(k: &Knowledge, ranked: &RankedCondition) -> Html {
    let c = &k.conditions[ranked.condition];
    html! {
        <>
            {reason_list(text::WHY_FITS, &ranked.reasons_for)}
            {reason_list(text::AGAINST, &ranked.reasons_against)}
            <p class="ht-cite">{text::sources_marks(&source_marks(k, c.sources))}</p>
        </>
    }
}

fn likelihood(k: &Knowledge, ranked: &RankedCondition) -> &'static str {
    k.likelihood(ranked.probability).words(&k.words)
}

/// The condition that fits best, in a sentence or two, with the reasons behind a fold-out.
pub fn best_fit(k: &Knowledge, ranked: &RankedCondition) -> Html {
    let c = &k.conditions[ranked.condition];
    html! {
        <section class="ht-section ht-best" aria-labelledby="ht-best-title">
            <h2 id="ht-best-title">{text::BEST_FIT}</h2>
            <div class="ht-condition" data-condition={c.id}>
                <h3>{full_name(c)}<span class="ht-likelihood">{likelihood(k, ranked)}</span></h3>
                <p>{in_short(c.description)}</p>
                <details>
                    <summary>{text::WHY_MORE}</summary>
                    <p>{c.description}</p>
                    {why(k, ranked)}
                </details>
            </div>
        </section>
    }
}

/// The next ones by name, each opening to what it is and why it fits.
pub fn also_possible(k: &Knowledge, next: &[RankedCondition]) -> Html {
    html! {
        <section class="ht-section" aria-labelledby="ht-also-title">
            <h2 id="ht-also-title">{text::OTHER}</h2>
            <ul class="ht-conditions">
                {for next.iter().map(|ranked| condition_item(k, ranked))}
            </ul>
        </section>
    }
}

fn condition_item(k: &Knowledge, ranked: &RankedCondition) -> Html {
    let c = &k.conditions[ranked.condition];
    html! {
        <li class="ht-condition" data-condition={c.id}>
            <details>
                <summary>{c.name}<span class="ht-likelihood">{likelihood(k, ranked)}</span></summary>
                <p><strong>{c.medical_name}{". "}</strong>{c.description}</p>
                {why(k, ranked)}
            </details>
        </li>
    }
}

/// Every condition considered, most likely first, in a fold-out.
pub fn all_conditions(k: &Knowledge, all: &[RankedCondition]) -> Html {
    html! {
        <details class="ht-section ht-all-conditions">
            <summary>{text::all_conditions(&all.len().to_string())}</summary>
            <p class="ht-small">{text::ALL_CONDITIONS_NOTE}</p>
            <ol>
                {for all.iter().map(|ranked| {
                    let c = &k.conditions[ranked.condition];
                    html! {
                        <li data-listed={c.id}>
                            {full_name(c)}{": "}{likelihood(k, ranked)}{"."}
                            <span class="ht-cite">{" "}{text::sources_marks(&source_marks(k, c.sources))}</span>
                        </li>
                    }
                })}
            </ol>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::in_short;

    #[test]
    fn in_short_keeps_the_first_sentence() {
        assert_eq!(in_short("One. Two. Three."), "One.");
        assert_eq!(in_short("Only one."), "Only one.");
    }
}
