//! Saved progress as a small versioned text document, by ids so it survives knowledge updates
//! that keep the ids. One `key value…` line per field; ids never contain spaces, `,` or `=`.
//! `asked` lists the screens answered, the questions of one screen joined by `,`. Anything
//! missing, corrupt, of another format or knowledge version, or naming an unknown id is
//! [`Discarded::Unusable`], and progress older than [`KEEP_FOR_SECONDS`] is
//! [`Discarded::Stale`]: the widget then starts fresh and says why. (Plain text rather than
//! JSON keeps a JSON parser out of the WebAssembly.)

use crate::state::{Action, Screen, Stage, State};
use heel_triage_engine::knowledge::QuestionIx;
use heel_triage_engine::{Answer, UNSURE};
use std::rc::Rc;
use yew::Reducible;

/// The first line. Bump the number when the lines below change; older saves are then discarded.
const FORMAT: &str = "heel-triage-progress 4";
const FIELDS: [&str; 7] = [
    "saved",
    "knowledge",
    "stage",
    "regions",
    "asked",
    "answers",
    "past_emergency",
];

/// How long progress is kept: long enough to survive a reload or a break, short enough that
/// answers about how long it has hurt are not reused days later, nor shown to the next person on
/// a shared device.
pub const KEEP_FOR_SECONDS: u64 = 24 * 60 * 60;

/// Why saved progress was not resumed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Discarded {
    /// Older than [`KEEP_FOR_SECONDS`].
    Stale,
    /// Unreadable, of another format or knowledge version, or naming an unknown id.
    Unusable,
}

/// The progress text for `state`, saved at `now` (seconds since 1970).
pub fn encode(state: &State, now: u64) -> String {
    let k = heel_triage_engine::shipped();
    let answer_id = |q: QuestionIx, a: &Answer| match a {
        Answer::Option(o) => k.questions[q].options[*o].id.to_string(),
        Answer::Unsure => UNSURE.to_string(),
    };
    let ids = |items: &mut dyn Iterator<Item = String>| items.collect::<Vec<_>>().join(" ");
    let stage = match state.stage {
        Stage::Start => "start",
        Stage::WhereItHurts => "where",
        Stage::Questions => "questions",
    };
    let lines = [
        FORMAT.to_string(),
        format!("saved {now}"),
        format!("knowledge {}", k.version),
        format!("stage {stage}"),
        format!(
            "regions {}",
            ids(&mut state.regions.iter().map(|r| k.regions[*r].id.to_string()))
        ),
        format!(
            "asked {}",
            ids(&mut state.asked.iter().map(|screen| {
                let ids: Vec<&str> = screen.iter().map(|q| k.questions[*q].id).collect();
                ids.join(",")
            }))
        ),
        format!(
            "answers {}",
            ids(&mut state.answers.iter().map(|(q, a)| format!(
                "{}={}",
                k.questions[*q].id,
                answer_id(*q, a)
            )))
        ),
        format!("past_emergency {}", state.past_emergency),
    ];
    lines.join("\n")
}

/// The saved values in the order of [`FIELDS`], or `None` unless the text is exactly the
/// current format: every field once, nothing else.
fn fields(text: &str) -> Option<[&str; FIELDS.len()]> {
    let mut lines = text.lines();
    if lines.next()? != FORMAT {
        return None;
    }
    let mut found = [None; FIELDS.len()];
    for line in lines {
        let (key, value) = line.split_once(' ').unwrap_or((line, ""));
        let slot = &mut found[FIELDS.iter().position(|field| *field == key)?];
        if slot.replace(value).is_some() {
            return None;
        }
    }
    let mut values = [""; FIELDS.len()];
    for (value, found) in values.iter_mut().zip(found) {
        *value = found?;
    }
    Some(values)
}

/// The most saved progress can hold: a real interview is well under 2 KB.
pub const MAX_BYTES: usize = 16 * 1024;

/// The state saved in `text` and when it was saved, unless it is unusable or was saved more
/// than a day before `now`.
pub fn decode(text: &str, now: u64) -> Result<(State, u64), Discarded> {
    let (state, saved) = read(text, now).ok_or(Discarded::Unusable)?;
    if now - saved > KEEP_FOR_SECONDS {
        return Err(Discarded::Stale);
    }
    Ok((state, saved))
}

/// When `text` was saved, if it holds exactly `state`: progress that has not changed keeps its
/// time, so reloading the page never renews the day it is kept for.
pub fn saved_at_if_unchanged(text: &str, state: &State) -> Option<u64> {
    let [saved, ..] = fields(text)?;
    let saved = saved.parse().ok()?;
    (encode(state, saved) == text).then_some(saved)
}

/// Accepts only what the widget itself could have written: the saved answers are replayed
/// through the reducer, screen by screen, and must come out as saved. Unknown or repeated ids,
/// a screen the interview would not have asked, a result past an emergency that never was, a
/// save time in the future or more than [`MAX_BYTES`] are refused.
fn read(text: &str, now: u64) -> Option<(State, u64)> {
    if text.len() > MAX_BYTES {
        return None;
    }
    let knowledge = heel_triage_engine::shipped();
    let [saved, version, stage, regions, asked, answers, past_emergency] = fields(text)?;
    let saved: u64 = saved.parse().ok()?;
    if version != knowledge.version || saved > now {
        return None;
    }
    let stage = match stage {
        "start" => Stage::Start,
        "where" => Stage::WhereItHurts,
        "questions" => Stage::Questions,
        _ => return None,
    };
    let past_emergency = match past_emergency {
        "true" => true,
        "false" => false,
        _ => return None,
    };
    let mut given = heel_triage_engine::Interview::default();
    for region in regions.split_whitespace() {
        let before = given.regions.len();
        given.add_region(knowledge, region).ok()?;
        (given.regions.len() > before).then_some(())?;
    }
    for pair in answers.split_whitespace() {
        let (question, answer) = pair.split_once('=')?;
        let before = given.answers.len();
        given.add_answer(knowledge, question, answer).ok()?;
        (given.answers.len() > before).then_some(())?;
    }
    let screens = asked
        .split_whitespace()
        .map(|screen| {
            screen
                .split(',')
                .map(|id| knowledge.question_ix(id))
                .collect()
        })
        .collect::<Option<Vec<Vec<_>>>>()?;

    // The same journey, action by action.
    let mut state = Rc::new(State::default()).reduce(Action::Start);
    for region in given.regions.iter() {
        state = state.reduce(Action::ToggleRegion(*region));
    }
    if stage == Stage::Questions {
        state = state.reduce(Action::Continue);
    }
    for screen in &screens {
        let answers = screen
            .iter()
            .map(|q| given.answers.get(q).map(|a| (*q, *a)))
            .collect::<Option<Vec<_>>>()?;
        state = state.reduce(Action::Answer(answers));
    }
    if past_emergency {
        matches!(state.screen(), Screen::Emergency(_)).then_some(())?;
        state = state.reduce(Action::SeeResult);
    }
    if stage == Stage::Start {
        state = state.reduce(Action::Back);
    }
    if state.stage != stage || state.asked != screens {
        return None;
    }
    // Answers left behind by Back are kept, as the widget keeps them, to be offered again.
    let mut state = (*state).clone();
    for (question, answer) in given.answers.iter() {
        state.answers.insert(*question, *answer);
    }
    Some((state, saved))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;
    use yew::Reducible;

    fn knowledge() -> &'static heel_triage_engine::Knowledge {
        heel_triage_engine::shipped()
    }

    fn mid_interview() -> Rc<State> {
        let k = knowledge();
        let age = k.question_ix("age_group").unwrap();
        let region = k.region_ix("achilles_midportion").unwrap();
        let state = Rc::new(State::default());
        [
            Action::Start,
            Action::ToggleRegion(region),
            Action::Continue,
            Action::Answer(vec![(
                age,
                Answer::Option(heel_triage_engine::knowledge::Ix::new(3)),
            )]),
        ]
        .into_iter()
        .fold(state, |s, a| s.reduce(a))
    }

    /// 23 November 2026, 10:00 UTC.
    const NOW: u64 = 1_795_428_000;

    /// Past the checklist with a pop, then back to it with the pop unmarked: answers on the
    /// path, and one left behind to be offered again.
    fn with_remembered_answers() -> Rc<State> {
        let k = knowledge();
        let mut state = mid_interview();
        let Screen::Questions { questions, .. } = state.screen().clone() else {
            panic!("the checklist");
        };
        let pop = k.question_ix("pop_or_kicked").unwrap();
        let sudden = k.question_ix("sudden_onset").unwrap();
        let marked = |q: &QuestionIx| match *q == pop || *q == sudden {
            true => (*q, Answer::YES),
            false => (*q, Answer::NO),
        };
        state = state.reduce(Action::Answer(questions.iter().map(marked).collect()));
        let when = k.question_ix("injury_when").unwrap();
        state = state.reduce(Action::Answer(vec![(when, Answer::Unsure)]));
        assert!(matches!(state.screen(), Screen::Emergency(_)));
        state.reduce(Action::SeeResult)
    }

    #[test]
    fn progress_round_trips() {
        for state in [mid_interview(), with_remembered_answers()] {
            let (restored, saved) = decode(&encode(&state, NOW), NOW).expect("decodes");
            assert_eq!(restored, *state);
            assert_eq!(saved, NOW);
        }
    }

    #[test]
    fn progress_is_kept_for_a_day_after_the_last_answer_and_no_longer() {
        let saved = encode(&mid_interview(), NOW);
        let at = |now| decode(&saved, now).map(|_| ());
        assert_eq!(at(NOW + KEEP_FOR_SECONDS), Ok(()));
        assert_eq!(at(NOW + KEEP_FOR_SECONDS + 1), Err(Discarded::Stale));
        assert_eq!(at(NOW - 1), Err(Discarded::Unusable), "saved in the future");
        // Saving the same progress again keeps its time; a new answer starts the day again.
        let state = mid_interview();
        assert_eq!(saved_at_if_unchanged(&saved, &state), Some(NOW));
        let answered = with_remembered_answers();
        assert_eq!(saved_at_if_unchanged(&saved, &answered), None);
    }

    #[test]
    fn only_what_the_widget_could_have_written_is_resumed() {
        let good = encode(&with_remembered_answers(), NOW);
        assert!(decode(&good, NOW).is_ok());
        let cases = [
            // Repeated ids.
            good.replace(
                "regions achilles_midportion",
                "regions achilles_midportion achilles_midportion",
            ),
            good.replace(
                "answers age_group=25_40",
                "answers age_group=25_40 age_group=41_60",
            ),
            // A screen the interview would not have asked, or only part of one.
            good.replace("asked age_group ", "asked "),
            good.replace(
                "asked age_group sudden_onset,pop_or_kicked,",
                "asked age_group pop_or_kicked,",
            ),
            // Past an emergency screen that never came.
            good.replace("=yes", "=no"),
            // Far more than a widget writes.
            format!("{good}{}", " ".repeat(MAX_BYTES)),
        ];
        for text in cases {
            assert_ne!(text, good);
            assert_eq!(
                decode(&text, NOW).map(|_| ()),
                Err(Discarded::Unusable),
                "{text}"
            );
        }
    }

    #[test]
    fn corrupt_or_foreign_progress_is_discarded() {
        let good = encode(&mid_interview(), NOW);
        let cases = [
            String::new(),
            "{not json".into(),
            "null".into(),
            good.replace("progress 4", "progress 3"),
            good.replace(&format!("saved {NOW}"), "saved yesterday"),
            good.replace(&format!("saved {NOW}\n"), ""),
            good.replace(knowledge().version, "1999.1.1"),
            good.replace("achilles_midportion", "kneecap"),
            good.replace("=25_40", "=ninety"),
            good.replace("stage questions", "stage somewhere"),
            good.replace("past_emergency false", "past_emergency maybe"),
            good.replace("past_emergency", "extra 1\npast_emergency"),
            good.replace("\nasked", "\nstage where\nasked"),
            good.replace("\nanswers ", "\nanswers age_group"),
            // Questions with no place chosen, and a question asked but not answered.
            good.replace("regions achilles_midportion", "regions "),
            good.replace("asked age_group", "asked age_group sudden_onset"),
            good.replace("asked age_group", "asked age_group,sudden_onset"),
            good.lines().take(3).collect::<Vec<_>>().join("\n"),
        ];
        for text in cases {
            assert_eq!(
                decode(&text, NOW).map(|_| ()),
                Err(Discarded::Unusable),
                "{text}"
            );
        }
    }
}
