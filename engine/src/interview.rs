//! What the patient has told us so far: where it hurts and the answers given.

use crate::compact::{SortedMap, SortedSet};
use crate::knowledge::{Clause, Ix, Knowledge, OptionIx, QuestionIx, RegionIx};
use std::fmt;

pub use crate::knowledge::UNSURE;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Answer {
    Option(OptionIx),
    /// "Not sure": the question was asked, and it changes nothing.
    Unsure,
}

impl Answer {
    /// "Yes" and "No" are the first and second options of every yes/no question.
    pub const YES: Answer = Answer::Option(Ix::new(0));
    pub const NO: Answer = Answer::Option(Ix::new(1));
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Interview {
    pub regions: SortedSet<RegionIx>,
    pub answers: SortedMap<QuestionIx, Answer>,
}

/// How much of an unknown id an error message shows.
pub const ID_SHOWN: usize = 80;

/// `text` safe to print on one line: line breaks, other control characters and invisible
/// formatting characters (zero-width, direction overrides, byte-order marks) escaped, and cut
/// to `max_chars` characters with "…". An error message can then never break a log line, move
/// a terminal's cursor, reverse the text around it or run to a megabyte.
pub fn printable(text: &str, max_chars: usize) -> String {
    let invisible = |c: char| {
        c.is_control()
            || matches!(c, '\u{ad}' | '\u{61c}' | '\u{180e}' | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}'
                | '\u{fff9}'..='\u{fffb}')
    };
    let mut shown = String::new();
    for (count, c) in text.chars().enumerate() {
        if count == max_chars {
            shown.push('…');
            break;
        }
        if invisible(c) {
            shown.extend(c.escape_default());
        } else {
            shown.push(c);
        }
    }
    shown
}

/// An id or value that the knowledge does not know, named so the caller can fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    UnknownRegion(String),
    UnknownQuestion(String),
    UnknownAnswer { question: String, answer: String },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let id = |text: &str| printable(text, ID_SHOWN);
        match self {
            InputError::UnknownRegion(region) => write!(f, "unknown region `{}`", id(region)),
            InputError::UnknownQuestion(question) => {
                write!(f, "unknown question `{}`", id(question))
            }
            InputError::UnknownAnswer { question, answer } => {
                write!(
                    f,
                    "question `{}` has no answer `{}`",
                    id(question),
                    id(answer)
                )
            }
        }
    }
}

impl std::error::Error for InputError {}

impl Interview {
    /// The chosen option, if the question was answered with something other than "not sure".
    pub fn option(&self, question: QuestionIx) -> Option<OptionIx> {
        match self.answers.get(&question) {
            Some(Answer::Option(option)) => Some(*option),
            _ => None,
        }
    }

    pub fn is_asked(&self, question: QuestionIx) -> bool {
        self.answers.contains_key(&question)
    }

    pub fn holds(&self, clause: &Clause) -> bool {
        match clause {
            Clause::Answer { question, accepts } => {
                self.option(*question).is_some_and(|o| accepts.contains(&o))
            }
            Clause::Region(regions) => regions.iter().any(|r| self.regions.contains(r)),
        }
    }

    /// Was this clause's question answered "Not sure"?
    pub fn is_not_sure(&self, clause: &Clause) -> bool {
        matches!(clause, Clause::Answer { question, .. } if self.answers.get(question) == Some(&Answer::Unsure))
    }

    /// Could this clause still come true if more questions were answered?
    pub fn may_hold(&self, clause: &Clause) -> bool {
        match clause {
            Clause::Answer { question, .. } if !self.is_asked(*question) => true,
            _ => self.holds(clause),
        }
    }

    pub fn with_answer(&self, question: QuestionIx, answer: Answer) -> Interview {
        let mut next = self.clone();
        next.answers.insert(question, answer);
        next
    }

    pub fn add_region(&mut self, knowledge: &Knowledge, id: &str) -> Result<(), InputError> {
        let region = knowledge
            .region_ix(id)
            .ok_or_else(|| InputError::UnknownRegion(id.to_string()))?;
        self.regions.insert(region);
        Ok(())
    }

    /// Records an answer given by ids (`yes`/`no` for yes/no questions, or `unsure`).
    pub fn add_answer(
        &mut self,
        knowledge: &Knowledge,
        question: &str,
        answer: &str,
    ) -> Result<(), InputError> {
        let q = knowledge
            .question_ix(question)
            .ok_or_else(|| InputError::UnknownQuestion(question.to_string()))?;
        let value = if answer == UNSURE {
            Answer::Unsure
        } else {
            let option = knowledge.questions[q].option_ix(answer).ok_or_else(|| {
                InputError::UnknownAnswer {
                    question: question.to_string(),
                    answer: answer.to_string(),
                }
            })?;
            Answer::Option(option)
        };
        self.answers.insert(q, value);
        Ok(())
    }
}
