//! The knowledge base after validation: every id resolved to an index, every weight a number.
//!
//! Ids stay public (they are the vocabulary of REFERENCE.md, clinic configurations and test
//! vectors); indices are how the engine refers to things internally.
//!
//! Texts and lists are `'static`: the shipped knowledge is validated by the build script and
//! compiled into the program as static data (no parsing at start-up, no parser in the
//! WebAssembly), and knowledge compiled at run time (the `compile` feature) lives as long.
//! Plain references, not `Cow`, keep each text and list 8 bytes in the wasm instead of 12, and
//! spare every read a branch on an owned variant the widget never has.

use crate::{Ix, Urgency};

pub type Text = &'static str;
pub type List<T> = &'static [T];

pub type RegionIx = Ix<Region>;
pub type ConditionIx = Ix<Condition>;
pub type QuestionIx = Ix<Question>;
pub type OptionIx = Ix<AnswerOption>;
pub type AdviceIx = Ix<Advice>;
pub type SourceIx = Ix<Source>;

#[derive(Debug, Clone, PartialEq)]
pub struct Knowledge {
    pub version: Text,
    pub regions: List<Region>,
    pub conditions: List<Condition>,
    pub questions: List<Question>,
    pub red_flags: List<RedFlag>,
    pub advice: List<Advice>,
    pub sources: List<Source>,
    /// Patient-facing words for each level, indexed by `Urgency as usize`.
    pub urgency: List<UrgencyText>,
    pub always_avoid: List<AdviceIx>,
    pub get_help_sooner: List<AdviceIx>,
    /// Where the words for how well a condition fits change.
    pub likelihood: LikelihoodWords,
    /// The engine's own words (meta.toml `[words]`), in this build's language.
    pub words: Words,
    pub tuning: Tuning,
}

/// Words the engine puts together itself, with `{name}`, `{places}` or `{answer}` filled in.
#[derive(Debug, Clone, PartialEq)]
pub struct Words {
    pub most_likely: Text,
    pub possible: Text,
    pub less_likely: Text,
    pub strong_sign: Text,
    pub moderate_sign: Text,
    pub weak_sign: Text,
    pub felt_here: Template,
    pub sometimes_felt_here: Template,
    pub usually_felt_elsewhere: Template,
    pub or: Text,
    pub common_at_age: Template,
    pub uncommon_at_age: Template,
}

/// A text with one blank, split around it when the knowledge is compiled: filling it in is
/// joining three pieces (no search for the blank, and no formatting code in the widget).
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    pub before: Text,
    pub after: Text,
}

impl Template {
    pub fn fill(&self, value: &str) -> String {
        [self.before, value, self.after].concat()
    }
}

/// How well a condition fits, in words: the rules are not precise enough for percentages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Likelihood {
    LessLikely,
    Possible,
    MostLikely,
}

impl Likelihood {
    pub fn words(self, words: &Words) -> &'static str {
        match self {
            Likelihood::MostLikely => words.most_likely,
            Likelihood::Possible => words.possible,
            Likelihood::LessLikely => words.less_likely,
        }
    }
}

/// The least share of the ranking that reads "most likely", and "possible".
#[derive(Debug, Clone, PartialEq)]
pub struct LikelihoodWords {
    pub most_likely: f64,
    pub possible: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tuning {
    pub region_fit: RegionFit,
    pub child_age_options: List<OptionIx>,
    pub age_question: QuestionIx,
    /// The safety check's screens in order, each the questions that may be asked together.
    pub screens: List<List<QuestionIx>>,
    pub stop_when_top_reaches: f64,
    pub min_information_gain_bits: f64,
    pub max_narrowing_questions: usize,
    /// The highest level a flag that "Not sure" kept from being ruled out can call for.
    pub not_ruled_out_at_most: Urgency,
    /// Less urgent flags are not raised by "Not sure".
    pub not_ruled_out_from: Urgency,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RegionFit {
    pub primary: f64,
    pub secondary: f64,
    pub elsewhere: f64,
    pub elsewhere_vague: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    pub id: Text,
    pub name: Text,
    pub description: Text,
    /// "I can't point to one spot": it rules nothing out.
    pub vague: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    pub id: Text,
    /// In plain words.
    pub name: Text,
    /// What a doctor will call it.
    pub medical_name: Text,
    pub description: Text,
    pub regions: List<RegionIx>,
    pub also: List<RegionIx>,
    pub prior_adult: f64,
    pub prior_child: f64,
    pub sources: List<SourceIx>,
    /// Phase 1: settle it down (or, for conditions that need care now, the safety steps).
    pub settle: List<AdviceIx>,
    /// Phase 2: build it back up. Empty where a clinician must lead recovery.
    pub build: List<AdviceIx>,
    pub avoid: List<AdviceIx>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub id: Text,
    pub text: Text,
    /// How to do a home check, where the question asks for one.
    pub how: Option<Text>,
    /// The question as one line of a checklist ("Do any of these apply?").
    pub checklist: Option<Text>,
    pub why: Text,
    pub yes_no: bool,
    pub options: List<AnswerOption>,
    pub sources: List<SourceIx>,
    pub effects: List<Effect>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AnswerOption {
    pub id: Text,
    pub label: Text,
    /// The answer restated as a plain fact, used in "why this fits".
    pub says: Text,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Effect {
    pub option: OptionIx,
    pub condition: ConditionIx,
    pub factor: f64,
    /// Only applies while all of these hold.
    pub when: List<Clause>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Clause {
    Answer {
        question: QuestionIx,
        accepts: List<OptionIx>,
    },
    Region(List<RegionIx>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct RedFlag {
    pub id: Text,
    pub urgency: Urgency,
    pub title: Text,
    pub why: Text,
    pub sources: List<SourceIx>,
    /// Fires when every clause of any one trigger holds.
    pub triggers: List<List<Clause>>,
    pub escalate: Option<(Urgency, List<Clause>)>,
    pub time_course: Option<TimeCourse>,
    /// Shown first whenever the flag fires.
    pub advice: List<AdviceIx>,
    /// While it fires, no loading exercises are suggested.
    pub hold_exercises: bool,
    /// Whether "Not sure" keeps it from being ruled out.
    pub not_sure_counts: bool,
    pub watch: bool,
}

/// A question about how long ago a flag's injury happened, and the most each of its answers
/// calls for.
pub type TimeCourse = (QuestionIx, List<(OptionIx, Urgency)>);

#[derive(Debug, Clone, PartialEq)]
pub struct UrgencyText {
    pub label: Text,
    pub action: Text,
    pub sources: List<SourceIx>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Advice {
    pub id: Text,
    pub text: Text,
    pub sources: List<SourceIx>,
    /// The level this advice asks for, if any ("be seen today"): never shown under a less urgent
    /// result, so no card says more than the banner.
    pub urgency: Option<Urgency>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// The number used in REFERENCE.md section 8 (0: expert consensus recorded there).
    pub number: u32,
}

impl Knowledge {
    pub fn region_ix(&self, id: &str) -> Option<RegionIx> {
        Ix::find(self.regions, |r| r.id == id)
    }

    pub fn question_ix(&self, id: &str) -> Option<QuestionIx> {
        Ix::find(self.questions, |q| q.id == id)
    }

    pub fn urgency_text(&self, level: Urgency) -> &UrgencyText {
        &self.urgency[level as usize]
    }

    /// The advice among `items` that fits a result at `level`: advice asking for quicker care
    /// than that is left out, so nothing shown is more urgent than the banner.
    pub fn advice_within(&self, level: Urgency, items: &[AdviceIx]) -> Vec<AdviceIx> {
        (items.iter().copied())
            .filter(|a| self.advice[*a].urgency.is_none_or(|u| u <= level))
            .collect()
    }

    /// How well a condition with this share of the ranking fits, in words.
    pub fn likelihood(&self, share: f64) -> Likelihood {
        if share >= self.likelihood.most_likely {
            Likelihood::MostLikely
        } else if share >= self.likelihood.possible {
            Likelihood::Possible
        } else {
            Likelihood::LessLikely
        }
    }

    /// Is this question one of the safety check's?
    pub fn in_safety_check(&self, question: QuestionIx) -> bool {
        self.tuning.screens.iter().any(|s| s.contains(&question))
    }

    /// Red flags that no question can fire: everyone is told to watch for them.
    pub fn watch_flags(&self) -> impl Iterator<Item = &RedFlag> {
        self.red_flags.iter().filter(|f| f.watch)
    }
}

impl Question {
    pub fn option_ix(&self, id: &str) -> Option<OptionIx> {
        Ix::find(self.options, |o| o.id == id)
    }
}
