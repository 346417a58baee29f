//! The knowledge base after validation: every id resolved to an index, every weight a number.
//!
//! Ids stay public (they are the vocabulary of REFERENCE.md, clinic configurations and test
//! vectors); indices are how the engine refers to things internally.

mod compile;
mod error;
mod raw;

pub use compile::{compile, KnowledgeFiles};
pub use error::KnowledgeError;

use crate::urgency::Urgency;

pub type RegionIx = usize;
pub type ConditionIx = usize;
pub type QuestionIx = usize;
pub type OptionIx = usize;
pub type AdviceIx = usize;
pub type SourceIx = usize;

#[derive(Debug, Clone, PartialEq)]
pub struct Knowledge {
    pub version: String,
    pub regions: Vec<Region>,
    pub conditions: Vec<Condition>,
    pub questions: Vec<Question>,
    pub red_flags: Vec<RedFlag>,
    pub advice: Vec<Advice>,
    pub sources: Vec<Source>,
    /// Patient-facing words for each level, indexed by `Urgency as usize`.
    pub urgency: Vec<UrgencyText>,
    pub always_avoid: Vec<AdviceIx>,
    pub get_help_sooner: Vec<AdviceIx>,
    pub(crate) tuning: Tuning,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Tuning {
    pub region_fit: RegionFit,
    pub child_age_options: Vec<OptionIx>,
    pub age_question: QuestionIx,
    pub screen: Vec<QuestionIx>,
    pub stop_when_top_reaches: f64,
    pub min_information_gain_bits: f64,
    pub max_narrowing_questions: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RegionFit {
    pub primary: f64,
    pub secondary: f64,
    pub elsewhere: f64,
    pub elsewhere_vague: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    pub id: String,
    pub name: String,
    pub description: String,
    /// "I can't point to one spot": it rules nothing out.
    pub vague: bool,
    pub achilles_area: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    pub id: String,
    pub name: String,
    pub description: String,
    pub regions: Vec<RegionIx>,
    pub also: Vec<RegionIx>,
    pub prior_adult: f64,
    pub prior_child: f64,
    pub sources: Vec<SourceIx>,
    /// Phase 1: settle it down (or, for conditions that need care now, the safety steps).
    pub settle: Vec<AdviceIx>,
    /// Phase 2: build it back up. Empty where a clinician must lead recovery.
    pub build: Vec<AdviceIx>,
    pub avoid: Vec<AdviceIx>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub id: String,
    pub core: bool,
    pub text: String,
    /// How to do a home check, where the question asks for one.
    pub how: Option<String>,
    pub why: String,
    pub yes_no: bool,
    pub options: Vec<AnswerOption>,
    pub sources: Vec<SourceIx>,
    pub effects: Vec<Effect>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AnswerOption {
    pub id: String,
    pub label: String,
    /// The answer restated as a plain fact, used in "why this fits".
    pub says: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Effect {
    pub option: OptionIx,
    pub condition: ConditionIx,
    pub factor: f64,
    /// Only applies while all of these hold.
    pub when: Vec<Clause>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Clause {
    Answer {
        question: QuestionIx,
        accepts: Vec<OptionIx>,
    },
    Region(Vec<RegionIx>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct RedFlag {
    pub id: String,
    pub urgency: Urgency,
    pub title: String,
    pub why: String,
    pub sources: Vec<SourceIx>,
    /// Fires when every clause of any one trigger holds.
    pub triggers: Vec<Vec<Clause>>,
    pub escalate: Option<(Urgency, Vec<Clause>)>,
    pub watch: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct UrgencyText {
    pub label: String,
    pub action: String,
    pub sources: Vec<SourceIx>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Advice {
    pub id: String,
    pub text: String,
    pub sources: Vec<SourceIx>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// The number used in REFERENCE.md section 8 (0: expert consensus recorded there).
    pub number: u32,
    pub cite: String,
}

impl Knowledge {
    /// The knowledge shipped with this build, checked.
    pub fn shipped() -> Result<Knowledge, KnowledgeError> {
        compile(&KnowledgeFiles::shipped())
    }

    pub fn region_ix(&self, id: &str) -> Option<RegionIx> {
        self.regions.iter().position(|r| r.id == id)
    }

    pub fn condition_ix(&self, id: &str) -> Option<ConditionIx> {
        self.conditions.iter().position(|c| c.id == id)
    }

    pub fn question_ix(&self, id: &str) -> Option<QuestionIx> {
        self.questions.iter().position(|q| q.id == id)
    }

    pub fn urgency_text(&self, level: Urgency) -> &UrgencyText {
        &self.urgency[level as usize]
    }

    /// Red flags that no question can fire: everyone is told to watch for them.
    pub fn watch_flags(&self) -> impl Iterator<Item = &RedFlag> {
        self.red_flags.iter().filter(|f| f.watch)
    }
}

impl Question {
    pub fn option_ix(&self, id: &str) -> Option<OptionIx> {
        self.options.iter().position(|o| o.id == id)
    }
}
