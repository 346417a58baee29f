//! The JSON contract of `cargo run --example assess`: one object in, one object out.
//! Outside test suites depend on it, so field names and value types must not change.

use crate::assessment::Assessment;
use crate::interview::{printable, Interview, ID_SHOWN, UNSURE};
use crate::knowledge::Knowledge;
use crate::next_question::Phase;
use crate::red_flags::FiredFlag;
use serde::de::{Deserialize, Deserializer, Error, MapAccess, SeqAccess, Visitor};
use serde::Serialize;
use serde_json::{Map, Value};
use std::fmt;

/// The most input `parse_input` reads: a real interview is a few hundred bytes.
pub const MAX_INPUT_BYTES: usize = 1 << 20;

/// Reads `{"regions": [...], "answers": {...}}`; yes/no questions take `true`/`false`, choice
/// questions an option id, any question `"unsure"`. The error names what is wrong, on one line,
/// with ids escaped and cut short ([`printable`]).
pub fn parse_input(knowledge: &Knowledge, json: &str) -> Result<Interview, String> {
    if json.len() > MAX_INPUT_BYTES {
        return Err(format!("input is over {MAX_INPUT_BYTES} bytes"));
    }
    let mut reader = serde_json::Deserializer::from_str(json);
    let Strict(value) = Strict::deserialize(&mut reader)
        .and_then(|value| reader.end().map(|()| value))
        .map_err(|e| {
            format!(
                "input is not valid JSON: {}",
                printable(&e.to_string(), 200)
            )
        })?;
    let Value::Object(object) = value else {
        return Err("input must be a JSON object with `regions` and `answers`".into());
    };
    if let Some(key) = object.keys().find(|k| *k != "regions" && *k != "answers") {
        return Err(format!(
            "unknown field `{}` (expected `regions` and `answers`)",
            printable(key, ID_SHOWN)
        ));
    }
    let mut interview = Interview::default();
    for region in list(&object, "regions")? {
        let Value::String(id) = region else {
            return Err(format!(
                "`regions` must hold region ids as strings, found {}",
                shown(region)
            ));
        };
        interview
            .add_region(knowledge, id)
            .map_err(|e| e.to_string())?;
    }
    for (question, answer) in map(&object, "answers")? {
        let q = knowledge
            .question_ix(question)
            .ok_or_else(|| format!("unknown question `{}`", printable(question, ID_SHOWN)))?;
        let yes_no = knowledge.questions[q].yes_no;
        let answer = match answer {
            Value::Bool(true) if yes_no => "yes",
            Value::Bool(false) if yes_no => "no",
            Value::String(s) if s == UNSURE || !yes_no => s.as_str(),
            other if yes_no => {
                return Err(format!(
                    "`{question}` takes true, false or \"unsure\", not {}",
                    shown(other)
                ))
            }
            other => {
                return Err(format!(
                    "`{question}` takes an option id as a string, not {}",
                    shown(other)
                ))
            }
        };
        interview
            .add_answer(knowledge, question, answer)
            .map_err(|e| e.to_string())?;
    }
    Ok(interview)
}

fn list<'a>(object: &'a Map<String, Value>, key: &str) -> Result<&'a [Value], String> {
    match object.get(key) {
        None => Ok(&[]),
        Some(Value::Array(items)) => Ok(items),
        Some(other) => Err(format!("`{key}` must be an array, not {}", shown(other))),
    }
}

fn map<'a>(
    object: &'a Map<String, Value>,
    key: &str,
) -> Result<Vec<(&'a String, &'a Value)>, String> {
    match object.get(key) {
        None => Ok(Vec::new()),
        Some(Value::Object(entries)) => Ok(entries.iter().collect()),
        Some(other) => Err(format!("`{key}` must be an object, not {}", shown(other))),
    }
}

/// A JSON value as an error message quotes it: escaped and cut short.
fn shown(value: &Value) -> String {
    printable(&value.to_string(), ID_SHOWN)
}

/// A JSON value in which no object repeats a key. serde_json keeps the last of repeated keys,
/// which would silently drop an answer: `{"sudden_onset": true, …, "sudden_onset": false}`
/// must be an error, not a quiet "no". (Nesting stays limited by serde_json's recursion limit.)
struct Strict(Value);

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Strict, D::Error> {
        deserializer.deserialize_any(StrictVisitor).map(Strict)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(v.into())
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(v.into())
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Value, A::Error> {
        let mut list = Vec::new();
        while let Some(Strict(item)) = items.next_element()? {
            list.push(item);
        }
        Ok(Value::Array(list))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut entries: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = entries.next_key::<String>()? {
            if object.contains_key(&key) {
                let key = printable(&key, ID_SHOWN);
                return Err(A::Error::custom(format!("the key `{key}` appears twice")));
            }
            let Strict(value) = entries.next_value()?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

#[derive(Serialize)]
struct Output<'a> {
    knowledge_version: &'a str,
    urgency: &'static str,
    red_flags: Vec<FlagOut<'a>>,
    not_ruled_out: Vec<FlagOut<'a>>,
    conditions: Vec<ConditionOut<'a>>,
    next_question: Option<QuestionOut<'a>>,
    /// Every question of the next screen (a checklist asks several at once); empty when done.
    next_screen: Vec<&'a str>,
}

#[derive(Serialize)]
struct FlagOut<'a> {
    id: &'a str,
    urgency: &'static str,
    title: &'a str,
    why: &'a str,
}

#[derive(Serialize)]
struct ConditionOut<'a> {
    id: &'a str,
    probability: f64,
    #[serde(rename = "for")]
    for_it: Vec<String>,
    against: Vec<String>,
}

#[derive(Serialize)]
struct QuestionOut<'a> {
    id: &'a str,
    why: &'a str,
    phase: Phase,
}

/// The assessment as one line of JSON, in a fixed field order.
pub fn render_output(knowledge: &Knowledge, assessment: &Assessment) -> String {
    let explain = |reasons: &[crate::ranking::Reason]| -> Vec<String> {
        reasons
            .iter()
            .map(|r| format!("{} ({})", r.text, r.strength(knowledge)))
            .collect()
    };
    let flags = |flags: &[FiredFlag]| -> Vec<FlagOut<'_>> {
        flags
            .iter()
            .map(|f| {
                let flag = &knowledge.red_flags[f.flag];
                FlagOut {
                    id: flag.id,
                    urgency: f.urgency.id(),
                    title: flag.title,
                    why: flag.why,
                }
            })
            .collect()
    };
    let output = Output {
        knowledge_version: &assessment.knowledge_version,
        urgency: assessment.urgency.id(),
        red_flags: flags(&assessment.red_flags),
        not_ruled_out: flags(&assessment.not_ruled_out),
        conditions: assessment
            .conditions
            .iter()
            .map(|c| ConditionOut {
                id: knowledge.conditions[c.condition].id,
                probability: c.probability,
                for_it: explain(&c.reasons_for),
                against: explain(&c.reasons_against),
            })
            .collect(),
        next_question: assessment.next_question.map(|n| {
            let question = &knowledge.questions[n.question];
            QuestionOut {
                id: question.id,
                why: question.why,
                phase: n.phase,
            }
        }),
        next_screen: (assessment.next_screen.iter())
            .map(|q| knowledge.questions[*q].id)
            .collect(),
    };
    // Serialising plain structs of strings and finite numbers cannot fail.
    serde_json::to_string(&output).unwrap_or_default()
}
