//! The words a summary is written in, looked up by key, so one summary can be written in the
//! patient's language and again in the clinic's. The patient's words are this build's own; the
//! clinic's are fetched (embed/facts.<language>.txt, written by examples/facts.rs with the same
//! keys), because a download carries one language.

use heel_triage_engine::knowledge::{
    ConditionIx, Ix, Likelihood, OptionIx, QuestionIx, RedFlag, RegionIx,
};
use heel_triage_engine::{Knowledge, Urgency};
use std::rc::Rc;

/// What a summary says, each thing named the same in every language.
pub enum Key<'a> {
    Region(RegionIx),
    /// The question as one line (its checklist line, else its text).
    Question(QuestionIx),
    /// What an answer says ("It started suddenly").
    Says(QuestionIx, OptionIx),
    Urgency(Urgency),
    Action(Urgency),
    Flag(Ix<RedFlag>),
    /// A condition's full name.
    Condition(ConditionIx),
    Likelihood(Likelihood),
    /// A screens' text: its section and key.
    Screen(&'a str, &'a str),
}

impl Key<'_> {
    /// How the fetched words name it: `region.<id>`, `question.<id>`, `says.<question>.<option>`,
    /// `urgency.<level>`, `action.<level>`, `flag.<id>`, `condition.<id>`, `likelihood.<words>`,
    /// `<section>.<key>`.
    pub fn name(&self, k: &Knowledge) -> String {
        let likelihood = |l: &Likelihood| {
            LIKELIHOODS
                .iter()
                .find(|(_, x)| x == l)
                .map_or("", |(id, _)| id)
        };
        match self {
            Key::Region(r) => ["region.", k.regions[*r].id].concat(),
            Key::Question(q) => ["question.", k.questions[*q].id].concat(),
            Key::Says(q, o) => {
                let q = &k.questions[*q];
                ["says.", q.id, ".", q.options[*o].id].concat()
            }
            Key::Urgency(u) => ["urgency.", u.id()].concat(),
            Key::Action(u) => ["action.", u.id()].concat(),
            Key::Flag(f) => ["flag.", k.red_flags[*f].id].concat(),
            Key::Condition(c) => ["condition.", k.conditions[*c].id].concat(),
            Key::Likelihood(l) => ["likelihood.", likelihood(l)].concat(),
            Key::Screen(section, key) => [*section, ".", *key].concat(),
        }
    }
}

/// Words by [`Key`].
pub trait Words {
    fn get(&self, key: &Key) -> Option<String>;
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
    ("start", &[("anyone", crate::text::start::ANYONE)]),
];

pub const LIKELIHOODS: [(&str, Likelihood); 3] = [
    ("most_likely", Likelihood::MostLikely),
    ("possible", Likelihood::Possible),
    ("less_likely", Likelihood::LessLikely),
];

impl Words for KnowledgeWords<'_> {
    fn get(&self, key: &Key) -> Option<String> {
        let k = self.knowledge;
        let text: &str = match key {
            Key::Region(r) => k.regions[*r].name,
            Key::Question(q) => k.questions[*q].checklist.unwrap_or(k.questions[*q].text),
            Key::Says(q, o) => k.questions[*q].options[*o].says,
            Key::Urgency(u) => k.urgency_text(*u).label,
            Key::Action(u) => k.urgency_text(*u).action,
            Key::Flag(f) => k.red_flags[*f].title,
            Key::Condition(c) => return Some(crate::ui::full_name(&k.conditions[*c])),
            Key::Likelihood(l) => l.words(&k.words),
            Key::Screen(section, id) => {
                let (_, texts) = self.screens.iter().find(|(s, _)| s == section)?;
                texts.iter().find(|(key, _)| key == id)?.1
            }
        };
        Some(text.to_string())
    }
}

/// Words fetched as text: a line a key, the key, a tab, the words.
#[derive(Clone, PartialEq)]
pub struct Fetched(pub Rc<str>);

impl Words for Fetched {
    fn get(&self, key: &Key) -> Option<String> {
        // The ids are the same in every language: this build's knowledge names the key.
        let name = key.name(heel_triage_engine::shipped());
        self.0
            .lines()
            .filter_map(|line| line.split_once('\t'))
            .find(|(k, _)| *k == name)
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
        let words = Fetched("region.achilles_midportion\tTendón\nsummary.title\tResumen\n".into());
        assert_eq!(
            words.get(&Key::Screen("summary", "title")).as_deref(),
            Some("Resumen")
        );
        let k = heel_triage_engine::shipped();
        let region = k.region_ix("achilles_midportion").unwrap();
        assert_eq!(words.get(&Key::Region(region)).as_deref(), Some("Tendón"));
        assert_eq!(words.get(&Key::Screen("summary", "date")), None);
    }

    #[test]
    fn own_words_name_every_kind_of_key() {
        let words = own();
        let k = heel_triage_engine::shipped();
        let region = k.region_ix("achilles_midportion").unwrap();
        assert_eq!(
            words.get(&Key::Region(region)).as_deref(),
            Some(k.regions[region].name)
        );
        assert_eq!(Key::Region(region).name(k), "region.achilles_midportion");
        let q = k.question_ix("age_group").unwrap();
        let o = k.questions[q].option_ix("41_60").unwrap();
        assert_eq!(Key::Says(q, o).name(k), "says.age_group.41_60");
        assert!(words.get(&Key::Says(q, o)).is_some());
        assert!(words.get(&Key::Action(Urgency::SelfCare)).is_some());
        assert_eq!(
            Key::Likelihood(Likelihood::Possible).name(k),
            "likelihood.possible"
        );
        assert!(words.get(&Key::Screen("summary", "title")).is_some());
        assert_eq!(words.get(&Key::Screen("summary", "nothing")), None);
    }
}
