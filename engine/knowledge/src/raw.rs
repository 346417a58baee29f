//! The knowledge files exactly as written by clinicians: strings for ids, before any checking.
//! `compile` turns these into the indexed, validated [`Knowledge`](super::Knowledge).

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub version: String,
    /// Multiplier for each named strength, e.g. `"+++" = 6.0`.
    pub strength: BTreeMap<String, f64>,
    pub region_fit: RegionFit,
    pub likelihood: LikelihoodWords,
    pub words: Words,
    pub interview: Interview,
    /// Age-group answers that use the child prior table.
    pub child_age_groups: Vec<String>,
    /// Urgency levels with the words shown to the patient, keyed by level id.
    pub urgency: BTreeMap<String, UrgencyText>,
    /// Advice ids shown on every result under "what not to do".
    pub always_avoid: Vec<String>,
    /// Advice ids shown on every result under "get help sooner if".
    pub get_help_sooner: Vec<String>,
    /// The highest level a flag that "Not sure" kept from being ruled out can call for.
    pub not_ruled_out_at_most: String,
    /// ...and only for flags at least this urgent.
    pub not_ruled_out_from: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionFit {
    pub primary: f64,
    pub secondary: f64,
    pub elsewhere: f64,
    /// For a vague region ("I can't point to one spot"): conditions not felt there.
    pub elsewhere_vague: f64,
}

/// The least share of the ranking that reads "most likely", and "possible".
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LikelihoodWords {
    pub most_likely: f64,
    pub possible: f64,
}

/// The engine's own words; see the model's `Words`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Words {
    pub most_likely: String,
    pub possible: String,
    pub less_likely: String,
    pub strong_sign: String,
    pub moderate_sign: String,
    pub weak_sign: String,
    pub felt_here: String,
    pub sometimes_felt_here: String,
    pub usually_felt_elsewhere: String,
    pub or: String,
    pub common_at_age: String,
    pub uncommon_at_age: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interview {
    /// The safety check's screens, in order: each a list of question ids asked together.
    pub screens: Vec<Vec<String>>,
    pub stop_when_top_reaches: f64,
    pub min_information_gain_bits: f64,
    pub max_narrowing_questions: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UrgencyText {
    pub label: String,
    pub action: String,
    pub sources: Vec<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Regions {
    pub region: Vec<Region>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub id: String,
    pub name: String,
    pub description: String,
    #[serde(default)]
    pub vague: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conditions {
    /// Named sets of conditions that effects may target, e.g. `tendinopathies`.
    pub groups: BTreeMap<String, Vec<String>>,
    pub condition: Vec<Condition>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub id: String,
    pub name: String,
    pub medical_name: String,
    pub description: String,
    pub regions: Vec<String>,
    #[serde(default)]
    pub also: Vec<String>,
    pub prior: Prior,
    pub sources: Vec<u32>,
    pub settle: Vec<String>,
    #[serde(default)]
    pub build: Vec<String>,
    #[serde(default)]
    pub avoid: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prior {
    pub adult: f64,
    pub child: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questions {
    pub question: Vec<Question>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub how: Option<String>,
    /// The question as one line of a checklist, for yes/no questions asked together.
    #[serde(default)]
    pub checklist: Option<String>,
    pub why: String,
    /// Yes/no questions give the two statements instead of `options`.
    #[serde(default)]
    pub yes: Option<String>,
    #[serde(default)]
    pub no: Option<String>,
    #[serde(default)]
    pub options: Vec<AnswerOption>,
    pub sources: Vec<u32>,
    #[serde(default)]
    pub effects: Vec<Effect>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerOption {
    pub id: String,
    pub label: String,
    pub says: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Effect {
    pub answer: String,
    /// A condition id or a group id.
    pub on: String,
    pub weight: Weight,
    #[serde(default)]
    pub when: Clauses,
}

#[derive(Deserialize, Clone)]
#[serde(untagged)]
pub enum Weight {
    Named(String),
    Factor(f64),
}

/// Question id (or `regions`) to the accepted answer(s): all must hold.
pub type Clauses = BTreeMap<String, OneOrMany>;

#[derive(Deserialize, Clone)]
#[serde(untagged)]
pub enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub fn items(&self) -> Vec<&str> {
        match self {
            OneOrMany::One(one) => vec![one.as_str()],
            OneOrMany::Many(many) => many.iter().map(String::as_str).collect(),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RedFlags {
    pub red_flag: Vec<RedFlag>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RedFlag {
    pub id: String,
    pub urgency: String,
    pub title: String,
    pub why: String,
    pub sources: Vec<u32>,
    /// Any one trigger firing fires the flag. Empty only for `watch` flags.
    #[serde(default)]
    pub triggers: Vec<Clauses>,
    #[serde(default)]
    pub escalate: Option<Escalation>,
    /// How long ago it happened lowers the level: answer id to the most it then calls for.
    #[serde(default)]
    pub time_course: Option<TimeCourse>,
    /// Advice ids shown first whenever the flag fires.
    #[serde(default)]
    pub advice: Vec<String>,
    /// While it fires, no strengthening or loading exercises are suggested.
    #[serde(default)]
    pub hold_exercises: bool,
    /// Whether "Not sure" keeps the flag from being ruled out (see meta.toml).
    #[serde(default = "yes")]
    pub not_sure_counts: bool,
    /// No question asks about it: shown to everyone as something to watch for.
    #[serde(default)]
    pub watch: bool,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimeCourse {
    pub question: String,
    pub at_most: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Escalation {
    pub to: String,
    pub when: Clauses,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Advices {
    pub advice: Vec<Advice>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Advice {
    pub id: String,
    pub text: String,
    pub sources: Vec<u32>,
    /// The level this advice asks for ("go today"), if any: a result less urgent leaves it out.
    #[serde(default)]
    pub urgency: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sources {
    pub source: Vec<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: u32,
    pub cite: String,
}
