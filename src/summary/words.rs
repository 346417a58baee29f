//! The words a summary is written in, looked up by key, so one summary can be written in the
//! patient's language and again in the clinic's. The patient's words are this build's own; the
//! clinic's are fetched (embed/facts.<language>.txt, written by examples/facts.rs with the same
//! keys), because a download carries one language.

use heel_triage_engine::knowledge::Likelihood;
use heel_triage_engine::{Knowledge, Urgency};
use std::rc::Rc;

/// Words by key: `region.<id>`, `question.<id>` (the question as one line), `says.<question>.
/// <option>`, `urgency.<level>`, `action.<level>`, `flag.<id>`, `condition.<id>` (its full
/// name), `likelihood.<level>` (most_likely, possible, less_likely), and the screens' texts as
/// `<section>.<key>` (`summary.title`, `start.anyone`).
pub trait Words {
    fn get(&self, key: &str) -> Option<String>;
}

/// The words of a compiled knowledge and its screens' texts (each section's, by key).
pub struct KnowledgeWords<'a> {
    pub knowledge: &'a Knowledge,
    pub screens: &'a [(&'a str, &'a [(&'a str, &'a str)])],
}

/// This build's own words.
pub fn own() -> KnowledgeWords<'static> {
    KnowledgeWords {
        knowledge: heel_triage_engine::shipped(),
        screens: OWN_SCREENS,
    }
}

/// The screens' sections a summary uses.
pub const SUMMARY_SECTIONS: [&str; 2] = ["summary", "start"];

const OWN_SCREENS: &[(&str, &[(&str, &str)])] = &[
    ("summary", crate::text::summary::ALL),
    ("start", crate::text::start::ALL),
];

pub const LIKELIHOODS: [(&str, Likelihood); 3] = [
    ("most_likely", Likelihood::MostLikely),
    ("possible", Likelihood::Possible),
    ("less_likely", Likelihood::LessLikely),
];

impl Words for KnowledgeWords<'_> {
    fn get(&self, key: &str) -> Option<String> {
        let k = self.knowledge;
        let (kind, id) = key.split_once('.')?;
        let text: &str = match kind {
            "region" => k.regions[k.region_ix(id)?].name,
            "question" => {
                let q = &k.questions[k.question_ix(id)?];
                q.checklist.unwrap_or(q.text)
            }
            "says" => {
                let (question, option) = id.split_once('.')?;
                let q = &k.questions[k.question_ix(question)?];
                q.options[q.option_ix(option)?].says
            }
            "urgency" => k.urgency_text(Urgency::from_id(id)?).label,
            "action" => k.urgency_text(Urgency::from_id(id)?).action,
            "flag" => k.red_flags.iter().find(|f| f.id == id)?.title,
            "condition" => {
                let c = k.conditions.iter().find(|c| c.id == id)?;
                return Some(crate::ui::full_name(c));
            }
            "likelihood" => LIKELIHOODS
                .iter()
                .find(|(l, _)| *l == id)?
                .1
                .words(&k.words),
            section => {
                let (_, texts) = self.screens.iter().find(|(s, _)| *s == section)?;
                texts.iter().find(|(key, _)| *key == id)?.1
            }
        };
        Some(text.to_string())
    }
}

/// Words fetched as text: a line a key, the key, a tab, the words.
#[derive(Clone, PartialEq)]
pub struct Fetched(pub Rc<str>);

impl Words for Fetched {
    fn get(&self, key: &str) -> Option<String> {
        self.0
            .lines()
            .filter_map(|line| line.split_once('\t'))
            .find(|(k, _)| *k == key)
            .map(|(_, text)| text.to_string())
    }
}

/// `template` with each `{name}` of `values` put in place (a blank with no value stays empty).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let (name, after) = after.split_once('}').unwrap_or((after, ""));
        out.push_str(
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map_or("", |(_, v)| v),
        );
        rest = after;
    }
    out + rest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blanks_are_filled_by_name() {
        assert_eq!(fill("Date: {date}.", &[("date", "1 May")]), "Date: 1 May.");
        assert_eq!(fill("{a} and {b}", &[("b", "2"), ("a", "1")]), "1 and 2");
        assert_eq!(fill("no blank", &[]), "no blank");
    }

    #[test]
    fn fetched_words_are_found_by_key() {
        let words = Fetched("region.heel\tTalón\nsummary.title\tResumen\n".into());
        assert_eq!(words.get("summary.title").as_deref(), Some("Resumen"));
        assert_eq!(words.get("region.sole"), None);
    }

    #[test]
    fn own_words_name_every_kind_of_key() {
        let words = own();
        let k = heel_triage_engine::shipped();
        assert_eq!(
            words.get("region.achilles_midportion").as_deref(),
            Some(k.regions[k.region_ix("achilles_midportion").unwrap()].name)
        );
        assert!(words.get("says.age_group.41_60").is_some());
        assert!(
            words.get("urgency.emergency").is_some() && words.get("action.self_care").is_some()
        );
        assert!(words.get("likelihood.possible").is_some() && words.get("summary.title").is_some());
        assert_eq!(words.get("region.nowhere"), None);
    }
}
