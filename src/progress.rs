//! Saved progress as a small versioned text document, by ids so it survives knowledge updates
//! that keep the ids. One `key value…` line per field; ids never contain spaces, `,` or `=`.
//! `asked` lists the screens answered, the questions of one screen joined by `,`. Anything
//! missing, corrupt, of another format or knowledge version, or naming an unknown id is
//! [`Discarded::Unusable`], and progress older than [`KEEP_FOR_SECONDS`] is
//! [`Discarded::Stale`]: the widget then starts fresh and says why. (Plain text rather than
//! JSON keeps a JSON parser out of the WebAssembly.)

use crate::state::{Stage, State};
use heel_triage_engine::knowledge::QuestionIx;
use heel_triage_engine::{Answer, UNSURE};

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

/// The state saved in `text`, unless it is unusable or was saved more than a day before `now`.
pub fn decode(text: &str, now: u64) -> Result<State, Discarded> {
    let (state, saved) = read(text).ok_or(Discarded::Unusable)?;
    // A clock set back since (a negative age) is not held against the patient.
    if now.saturating_sub(saved) > KEEP_FOR_SECONDS {
        return Err(Discarded::Stale);
    }
    Ok(state)
}

fn read(text: &str) -> Option<(State, u64)> {
    let knowledge = heel_triage_engine::shipped();
    let [saved, version, stage, regions, asked, answers, past_emergency] = fields(text)?;
    let saved = saved.parse().ok()?;
    if version != knowledge.version {
        return None;
    }
    let mut interview = heel_triage_engine::Interview::default();
    for region in regions.split_whitespace() {
        interview.add_region(knowledge, region).ok()?;
    }
    for pair in answers.split_whitespace() {
        let (question, answer) = pair.split_once('=')?;
        interview.add_answer(knowledge, question, answer).ok()?;
    }
    let asked = asked
        .split_whitespace()
        .map(|screen| {
            screen
                .split(',')
                .map(|id| {
                    knowledge
                        .question_ix(id)
                        .filter(|q| interview.answers.contains_key(q))
                })
                .collect::<Option<Vec<_>>>()
        })
        .collect::<Option<Vec<_>>>()?;
    let stage = match stage {
        "start" => Stage::Start,
        "where" => Stage::WhereItHurts,
        "questions" if !interview.regions.is_empty() => Stage::Questions,
        _ => return None,
    };
    let past_emergency = match past_emergency {
        "true" => true,
        "false" => false,
        _ => return None,
    };
    let mut state = State {
        stage,
        regions: interview.regions,
        asked,
        answers: interview.answers,
        past_emergency,
        ..State::default()
    };
    state.settle(false);
    Some((state, saved))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Action;
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

    #[test]
    fn progress_round_trips() {
        let state = mid_interview();
        let restored = decode(&encode(&state, NOW), NOW).expect("decodes");
        assert_eq!(restored, *state);
    }

    #[test]
    fn progress_is_kept_for_a_day_and_no_longer() {
        let saved = encode(&mid_interview(), NOW);
        let at = |now| decode(&saved, now).map(|_| ());
        assert_eq!(at(NOW + KEEP_FOR_SECONDS), Ok(()));
        assert_eq!(at(NOW + KEEP_FOR_SECONDS + 1), Err(Discarded::Stale));
        assert_eq!(at(NOW - 3600), Ok(()), "a clock set back an hour");
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
