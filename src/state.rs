//! The widget's one reducer: where the patient is in the journey and what they have told us.
//! Screens are views of this state; every user action is an [`Action`]. The assessment is not
//! stored: it is derived from the interview whenever it is needed.

use crate::progress::Discarded;
use heel_triage_engine::compact::{SortedMap, SortedSet};
use heel_triage_engine::knowledge::{QuestionIx, RegionIx};
use heel_triage_engine::{assess, Answer, Assessment, Interview};
use std::rc::Rc;
use yew::Reducible;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Stage {
    #[default]
    Start,
    WhereItHurts,
    Questions,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    pub stage: Stage,
    pub regions: SortedSet<RegionIx>,
    /// The screens answered on the current path, in order, each with its questions (a
    /// checklist asks several at once).
    pub asked: Vec<Vec<QuestionIx>>,
    /// Every answer given, including ones left behind by Back: they are offered again (and
    /// re-applied) when the engine asks the same question.
    pub answers: SortedMap<QuestionIx, Answer>,
    /// The patient chose to see the full result after the emergency screen.
    pub past_emergency: bool,
    /// Said once on the start screen: why the patient's answers are gone.
    pub notice: Option<Notice>,
    /// What the patient sees now: derived from the fields above by [`State::settle`], so each
    /// action assesses the interview once and every render reuses it.
    pub(crate) shown: Screen,
}

/// Why the start screen has no answers the patient may expect to see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// "Forget my answers" was just used.
    Forgotten,
    /// Saved progress was not resumed (see [`crate::progress::Discarded`]).
    NotResumed(Discarded),
}

/// What the patient sees now, derived from the state. Only the question stage assesses: the
/// first two screens come up without running the engine.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Screen {
    #[default]
    Start,
    WhereItHurts,
    /// One question, or several yes/no questions as a checklist.
    Questions {
        questions: Vec<QuestionIx>,
        number: usize,
        assessment: Rc<Assessment>,
    },
    Emergency(Rc<Assessment>),
    Result(Rc<Assessment>),
}

/// Where in the journey a screen is: a change of place is a change of screen (and of focus).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Start,
    WhereItHurts,
    /// The question screen with this number (1 first).
    Questions(usize),
    Emergency,
    Result,
}

impl Screen {
    /// Which screen this is, its assessment aside.
    pub fn place(&self) -> Place {
        match self {
            Screen::Start => Place::Start,
            Screen::WhereItHurts => Place::WhereItHurts,
            Screen::Questions { number, .. } => Place::Questions(*number),
            Screen::Emergency(_) => Place::Emergency,
            Screen::Result(_) => Place::Result,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Start,
    ToggleRegion(RegionIx),
    /// From the diagram to the questions.
    Continue,
    /// The answers to every question of the screen shown.
    Answer(Vec<(QuestionIx, Answer)>),
    /// One line of the checklist shown marked (or unmarked, as "No") before it is sent.
    Mark(QuestionIx, Answer),
    Back,
    /// From the emergency screen to the full result.
    SeeResult,
    Restart,
    /// Like Restart, and tell the patient their saved answers are gone.
    Forget,
    /// A day has passed since the last answer: the answers are cleared, and the patient told.
    Expire,
}

impl State {
    /// A fresh start that says why the patient's answers are not there.
    pub fn with_notice(notice: Notice) -> State {
        State {
            notice: Some(notice),
            ..State::default()
        }
    }

    /// Nothing worth keeping: saved progress is removed rather than written.
    pub fn is_pristine(&self) -> bool {
        self.stage == Stage::Start && self.regions.is_empty() && self.answers.is_empty()
    }

    pub fn interview(&self) -> Interview {
        Interview {
            regions: self.regions.clone(),
            answers: self
                .asked
                .iter()
                .flatten()
                .filter_map(|q| self.answers.get(q).map(|a| (*q, *a)))
                .collect(),
        }
    }

    pub fn assessment(&self) -> Assessment {
        assess(heel_triage_engine::shipped(), &self.interview())
    }

    pub fn screen(&self) -> &Screen {
        &self.shown
    }

    /// Works out what the patient sees now. With `replay`, remembered answers are re-applied
    /// first, while the engine keeps asking screens whose every question has one, stopping at an
    /// emergency so the interrupt is never skipped.
    pub fn settle(&mut self, replay: bool) {
        self.shown = match self.stage {
            Stage::Start => Screen::Start,
            Stage::WhereItHurts => Screen::WhereItHurts,
            Stage::Questions => loop {
                let assessment = Rc::new(self.assessment());
                let remembered = |q: &QuestionIx| self.answers.contains_key(q);
                let next = &assessment.next_screen;
                if replay
                    && !assessment.interrupts()
                    && !next.is_empty()
                    && next.iter().all(remembered)
                {
                    self.asked.push(next.clone());
                    continue;
                }
                break if self.past_emergency {
                    Screen::Result(assessment)
                } else if assessment.interrupts() {
                    Screen::Emergency(assessment)
                } else if next.is_empty() {
                    Screen::Result(assessment)
                } else {
                    Screen::Questions {
                        questions: next.clone(),
                        number: self.asked.len() + 1,
                        assessment,
                    }
                };
            },
        };
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.notice = None;
        match action {
            Action::Start => next.stage = Stage::WhereItHurts,
            Action::ToggleRegion(region) => {
                if !next.regions.remove(&region) {
                    next.regions.insert(region);
                }
            }
            Action::Continue if !next.regions.is_empty() => {
                next.stage = Stage::Questions;
                next.asked.clear();
                next.past_emergency = false;
                next.settle(true);
                return Rc::new(next);
            }
            Action::Continue => return self,
            Action::Answer(answers) => {
                // Only the screen on show can be answered, and only all of it at once.
                let Screen::Questions {
                    questions: shown, ..
                } = self.screen()
                else {
                    return self;
                };
                let answered = |q: &QuestionIx| answers.iter().any(|(a, _)| a == q);
                if answers.len() != shown.len() || !shown.iter().all(answered) {
                    return self;
                }
                for (question, answer) in answers {
                    next.answers.insert(question, answer);
                }
                next.asked.push(shown.clone());
                next.settle(true);
                return Rc::new(next);
            }
            // A mark is not on the interview's path yet: what is shown stays as it is.
            Action::Mark(question, answer) => match self.screen() {
                Screen::Questions { questions, .. } if questions.contains(&question) => {
                    next.answers.insert(question, answer);
                    return Rc::new(next);
                }
                _ => return self,
            },
            Action::Back => {
                next.past_emergency = false;
                if next.asked.pop().is_none() {
                    next.stage = match next.stage {
                        Stage::Questions => Stage::WhereItHurts,
                        _ => Stage::Start,
                    };
                }
            }
            Action::SeeResult => next.past_emergency = true,
            Action::Restart => next = State::default(),
            Action::Forget => next = State::with_notice(Notice::Forgotten),
            Action::Expire => next = State::with_notice(Notice::NotResumed(Discarded::Stale)),
        }
        next.settle(false);
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(actions: impl IntoIterator<Item = Action>) -> Rc<State> {
        actions
            .into_iter()
            .fold(Rc::new(State::default()), |s, a| s.reduce(a))
    }

    #[test]
    fn continue_needs_a_place_chosen() {
        let state = run([Action::Start, Action::Continue]);
        assert_eq!(state.stage, Stage::WhereItHurts);
        assert_eq!(*state.screen(), Screen::WhereItHurts);
    }

    /// The state at the checklist, after choosing the mid-tendon and giving an adult's age.
    fn at_checklist() -> (Rc<State>, Vec<QuestionIx>) {
        let k = heel_triage_engine::shipped();
        let region = k.region_ix("achilles_midportion").unwrap();
        let age = k.question_ix("age_group").unwrap();
        let state = run([
            Action::Start,
            Action::ToggleRegion(region),
            Action::Continue,
            Action::Answer(vec![(
                age,
                Answer::Option(heel_triage_engine::knowledge::Ix::new(4)),
            )]),
        ]);
        let Screen::Questions { questions, .. } = state.screen() else {
            panic!("a question screen");
        };
        assert!(questions.len() > 1, "the checklist");
        let questions = questions.clone();
        (state, questions)
    }

    #[test]
    fn a_checklist_is_answered_whole_or_not_at_all() {
        let (state, lines) = at_checklist();
        let no = |q: &QuestionIx| (*q, Answer::NO);
        // Part of the screen, or a question not on it, changes nothing.
        let part: Vec<_> = lines[1..].iter().map(no).collect();
        assert!(Rc::ptr_eq(
            &state,
            &state.clone().reduce(Action::Answer(part))
        ));
        let age = heel_triage_engine::shipped()
            .question_ix("age_group")
            .unwrap();
        let mut stray: Vec<_> = lines[1..].iter().map(no).collect();
        stray.push((age, Answer::NO));
        assert!(Rc::ptr_eq(
            &state,
            &state.clone().reduce(Action::Answer(stray))
        ));
        // The whole screen is one step, and Back takes it back in one.
        let whole: Vec<_> = lines.iter().map(no).collect();
        let next = state.clone().reduce(Action::Answer(whole));
        assert_eq!(next.asked.last(), Some(&lines));
        assert_eq!(next.reduce(Action::Back).asked.len(), state.asked.len());
    }

    #[test]
    fn marks_stay_on_the_checklist_and_only_there() {
        let (state, lines) = at_checklist();
        let marked = state.clone().reduce(Action::Mark(lines[0], Answer::Unsure));
        assert_eq!(marked.answers.get(&lines[0]), Some(&Answer::Unsure));
        assert_eq!(marked.asked, state.asked, "a mark is not an answer sent");
        let age = heel_triage_engine::shipped()
            .question_ix("age_group")
            .unwrap();
        let off_screen = state.clone().reduce(Action::Mark(age, Answer::Unsure));
        assert!(Rc::ptr_eq(&state, &off_screen));
    }

    #[test]
    fn the_forgotten_note_lasts_until_the_next_action() {
        let forgotten = run([Action::Start, Action::Forget]);
        assert_eq!(forgotten.notice, Some(Notice::Forgotten));
        let state = run([Action::Start, Action::Forget, Action::Start, Action::Back]);
        assert_eq!(state.stage, Stage::Start);
        assert_eq!(state.notice, None);
    }
}
