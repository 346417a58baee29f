use crate::text::result as text;
use heel_triage_engine::compact::sort_stable_by;
use heel_triage_engine::knowledge::SourceIx;
use heel_triage_engine::{Assessment, Knowledge};
use std::rc::Rc;
use yew::prelude::*;

/// "[3] [22]" for published sources; source 0 reads "expert agreement".
pub fn source_marks(k: &Knowledge, sources: &[SourceIx]) -> String {
    sources
        .iter()
        .map(|s| match k.sources[*s].number {
            0 => text::EXPERT_MARK.to_string(),
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

/// The sources' citations, as embed/sources.txt has them: a line each, the number, a tab, the
/// citation. They are fetched when the list is opened, not with the widget.
#[derive(Clone, PartialEq)]
pub enum Cites {
    NotAsked,
    Loading,
    Loaded(Rc<str>),
    Failed,
}

impl Cites {
    /// The citation of source `number`, once loaded.
    fn of(&self, number: u32) -> Option<&str> {
        let Cites::Loaded(text) = self else {
            return None;
        };
        let number = number.to_string();
        text.lines()
            .filter_map(|line| line.split_once('\t'))
            .find(|(n, _)| *n == number)
            .map(|(_, cite)| cite)
    }
}

/// The full list of sources behind what is on screen, numbered as in the clinical reference,
/// each with its citation when `cites` has it.
pub fn source_list(k: &Knowledge, mut used: Vec<SourceIx>, cites: &Cites) -> Html {
    sort_stable_by(&mut used, |a, b| {
        k.sources[*a].number.cmp(&k.sources[*b].number)
    });
    used.dedup();
    html! {
        <>
            <p class="ht-small" role="status">{match cites {
                Cites::Loading => text::SOURCES_LOADING,
                Cites::Failed => text::SOURCES_FAILED,
                Cites::NotAsked | Cites::Loaded(_) => "",
            }}</p>
            <ol class="ht-sources">
                {for used.iter().map(|s| {
                    let number = k.sources[*s].number;
                    let mark = if number == 0 { text::EXPERT.to_string() } else { format!("[{number}]") };
                    html! { <li><strong>{mark}</strong>{" "}{cites.of(number).unwrap_or_default().to_string()}</li> }
                })}
            </ol>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::Cites;

    #[test]
    fn a_citation_is_found_by_its_number_once_loaded() {
        let cites =
            Cites::Loaded("0\tExpert consensus.\n3\tMartin RL et al. 2018.\n30\tOther.\n".into());
        assert_eq!(cites.of(3), Some("Martin RL et al. 2018."));
        assert_eq!(cites.of(0), Some("Expert consensus."));
        assert_eq!(cites.of(4), None);
        assert_eq!(Cites::Failed.of(3), None);
    }
}
