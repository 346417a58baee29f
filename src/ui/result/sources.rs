use heel_triage_engine::compact::sort_stable_by;
use heel_triage_engine::knowledge::SourceIx;
use heel_triage_engine::Knowledge;
use yew::prelude::*;

/// "[3] [22]" for published sources; source 0 reads "expert agreement".
pub fn source_marks(k: &Knowledge, sources: &[SourceIx]) -> String {
    sources
        .iter()
        .map(|s| match k.sources[*s].number {
            0 => "expert agreement".to_string(),
            n => format!("[{n}]"),
        })
        .collect::<Vec<_>>()
        .join(", ")
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
                let mark = if source.number == 0 { "Expert agreement".to_string() } else { format!("[{}]", source.number) };
                html! { <li><strong>{mark}</strong>{" "}{source.cite.clone()}</li> }
            })}
        </ol>
    }
}
