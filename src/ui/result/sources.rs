use heel_triage_engine::compact::sort_stable_by;
use heel_triage_engine::knowledge::SourceIx;
use heel_triage_engine::{Assessment, Knowledge};
use yew::prelude::*;

/// "[3] [22]" for published sources; source 0 reads "expert agreement".
pub fn source_marks(k: &Knowledge, sources: &[SourceIx]) -> String {
    sources
        .iter()
        .map(|s| match k.sources[*s].number {
            0 => crate::text::result::EXPERT_MARK.to_string(),
            n => format!("[{n}]"),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every source the result cites: the conditions', the flags' (those raised, those not ruled
/// out and those to watch for), the advice's and the urgency's. (All advice is counted, shown or
/// not: the list is for checking, and a few extra entries do no harm.)
pub fn cited_on_screen(k: &Knowledge, a: &Assessment) -> Vec<SourceIx> {
    let mut cited = Vec::new();
    for ranked in a.conditions.iter() {
        cited.extend_from_slice(k.conditions[ranked.condition].sources);
    }
    for flag in a.red_flags.iter().chain(&a.not_ruled_out) {
        cited.extend_from_slice(k.red_flags[flag.flag].sources);
    }
    for flag in k.watch_flags() {
        cited.extend_from_slice(flag.sources);
    }
    for advice in k.advice.iter() {
        cited.extend_from_slice(advice.sources);
    }
    cited.extend_from_slice(k.urgency_text(a.urgency).sources);
    cited
}

/// The full list of sources behind what is on screen, numbered as in the clinical reference.
pub fn source_list(k: &Knowledge, mut used: Vec<SourceIx>) -> Html {
    sort_stable_by(&mut used, |a, b| {
        k.sources[*a].number.cmp(&k.sources[*b].number)
    });
    used.dedup();
    html! {
        <ol class="ht-sources">
            {for used.iter().map(|s| {
                let source = &k.sources[*s];
                let mark = if source.number == 0 { crate::text::result::EXPERT.to_string() } else { format!("[{}]", source.number) };
                html! { <li><strong>{mark}</strong>{" "}{source.cite}</li> }
            })}
        </ol>
    }
}
