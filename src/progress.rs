//! Saved progress as a small versioned text document, by ids so it survives knowledge updates
//! that keep the ids. One `key value…` line per field; ids never contain spaces or `=`. Anything
//! missing, corrupt, of another format or knowledge version, or naming an unknown id decodes to
//! `None`: the widget then starts fresh. (Plain text rather than JSON keeps a JSON parser out
//! of the WebAssembly.)

use crate::state::{Stage, State};
use crate::KnowledgeRef;
use heel_triage_engine::{Answer, UNSURE};

/// The first line. Bump the number when the lines below change; older saves are then discarded.
const FORMAT: &str = "heel-triage-progress 2";
const FIELDS: [&str; 6] = [
    "knowledge",
    "stage",
    "regions",
    "asked",
    "answers",
    "past_emergency",
];

pub fn encode(state: &State) -> String {
    let k = &state.knowledge;
    let answer_id = |q: usize, a: &Answer| match a {
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
        format!("knowledge {}", k.version),
        format!("stage {stage}"),
        format!(
            "regions {}",
            ids(&mut state.regions.iter().map(|r| k.regions[*r].id.to_string()))
        ),
        format!(
            "asked {}",
            ids(&mut state.asked.iter().map(|q| k.questions[*q].id.to_string()))
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

pub fn decode(knowledge: KnowledgeRef, text: &str) -> Option<State> {
    let [version, stage, regions, asked, answers, past_emergency] = fields(text)?;
    if version != knowledge.version {
        return None;
    }
    let mut interview = heel_triage_engine::Interview::default();
    for region in regions.split_whitespace() {
        interview.add_region(&knowledge, region).ok()?;
    }
    for pair in answers.split_whitespace() {
        let (question, answer) = pair.split_once('=')?;
        interview.add_answer(&knowledge, question, answer).ok()?;
    }
    let asked = asked
        .split_whitespace()
        .map(|id| {
            knowledge
                .question_ix(id)
                .filter(|q| interview.answers.contains_key(q))
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
    Some(State {
        stage,
        regions: interview.regions,
        asked,
        answers: interview.answers,
        past_emergency,
        ..State::new(knowledge)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Action;
    use std::rc::Rc;
    use yew::Reducible;

    fn knowledge() -> KnowledgeRef {
        KnowledgeRef::shipped()
    }

    fn mid_interview() -> Rc<State> {
        let k = knowledge();
        let age = k.question_ix("age_group").unwrap();
        let region = k.region_ix("achilles_midportion").unwrap();
        let state = Rc::new(State::new(k));
        [
            Action::Start,
            Action::ToggleRegion(region),
            Action::Continue,
            Action::Answer(age, Answer::Option(3)),
        ]
        .into_iter()
        .fold(state, |s, a| s.reduce(a))
    }

    #[test]
    fn progress_round_trips() {
        let state = mid_interview();
        let restored = decode(knowledge(), &encode(&state)).expect("decodes");
        assert_eq!(restored, *state);
    }

    #[test]
    fn corrupt_or_foreign_progress_is_discarded() {
        let good = encode(&mid_interview());
        let cases = [
            String::new(),
            "{not json".into(),
            "null".into(),
            good.replace("progress 2", "progress 1"),
            good.replace(&*knowledge().version, "1999.1.1"),
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
            good.lines().take(3).collect::<Vec<_>>().join("\n"),
        ];
        for text in cases {
            assert!(decode(knowledge(), &text).is_none(), "{text}");
        }
    }
}
