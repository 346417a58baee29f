//! Saved progress as a small versioned JSON document, by ids so it survives knowledge updates
//! that keep the ids. Anything missing, corrupt, of another format or knowledge version, or
//! naming an unknown id decodes to `None`: the widget then starts fresh.

use crate::state::{Stage, State};
use heel_triage_engine::{Answer, Knowledge, UNSURE};
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// Bump when the shape below changes; older saves are then discarded.
const FORMAT: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Saved {
    format: u32,
    knowledge_version: String,
    stage: String,
    regions: Vec<String>,
    asked: Vec<String>,
    answers: Vec<(String, String)>,
    past_emergency: bool,
}

pub fn encode(state: &State) -> String {
    let k = &state.knowledge;
    let answer_id = |q: usize, a: &Answer| match a {
        Answer::Option(o) => k.questions[q].options[*o].id.clone(),
        Answer::Unsure => UNSURE.to_string(),
    };
    let saved = Saved {
        format: FORMAT,
        knowledge_version: k.version.clone(),
        stage: match state.stage {
            Stage::Start => "start",
            Stage::WhereItHurts => "where",
            Stage::Questions => "questions",
        }
        .into(),
        regions: state
            .regions
            .iter()
            .map(|r| k.regions[*r].id.clone())
            .collect(),
        asked: state
            .asked
            .iter()
            .map(|q| k.questions[*q].id.clone())
            .collect(),
        answers: state
            .answers
            .iter()
            .map(|(q, a)| (k.questions[*q].id.clone(), answer_id(*q, a)))
            .collect(),
        past_emergency: state.past_emergency,
    };
    serde_json::to_string(&saved).unwrap_or_default()
}

pub fn decode(knowledge: Rc<Knowledge>, text: &str) -> Option<State> {
    let saved: Saved = serde_json::from_str(text).ok()?;
    if saved.format != FORMAT || saved.knowledge_version != knowledge.version {
        return None;
    }
    let mut interview = heel_triage_engine::Interview::default();
    for region in &saved.regions {
        interview.add_region(&knowledge, region).ok()?;
    }
    for (question, answer) in &saved.answers {
        interview.add_answer(&knowledge, question, answer).ok()?;
    }
    let asked = saved
        .asked
        .iter()
        .map(|id| {
            knowledge
                .question_ix(id)
                .filter(|q| interview.answers.contains_key(q))
        })
        .collect::<Option<Vec<_>>>()?;
    let stage = match saved.stage.as_str() {
        "start" => Stage::Start,
        "where" => Stage::WhereItHurts,
        "questions" if !interview.regions.is_empty() => Stage::Questions,
        _ => return None,
    };
    Some(State {
        stage,
        regions: interview.regions,
        asked,
        answers: interview.answers,
        past_emergency: saved.past_emergency,
        ..State::new(knowledge)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Action;
    use yew::Reducible;

    fn knowledge() -> Rc<Knowledge> {
        Rc::new(Knowledge::shipped().unwrap())
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
            good.replace("\"format\":1", "\"format\":99"),
            good.replace(&knowledge().version, "1999.1.1"),
            good.replace("achilles_midportion", "kneecap"),
            good.replace("\"25_40\"", "\"ninety\""),
            good.replace("\"questions\"", "\"somewhere\""),
            good.replace("\"past_emergency\"", "\"extra\":1,\"past_emergency\""),
        ];
        for text in cases {
            assert!(decode(knowledge(), &text).is_none(), "{text}");
        }
    }
}
