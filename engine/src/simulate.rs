//! Simulated interviews: each worked case is a patient who answers only what the engine asks,
//! as the widget asks it, screen by screen. A yes/no question the case does not mention is
//! answered "No"; a choice it does not mention, "Not sure". The interview ends where the widget
//! would show a result: when nothing is left to ask, or at an emergency once its safety check
//! is done.
//!
//! `cargo xtask eval` prints [`Report`]; `engine/tests/simulated_interviews.rs` holds the
//! thresholds.

use crate::assessment::{assess, Assessment};
use crate::interview::{Answer, Interview};
use crate::knowledge::Knowledge;
use crate::knowledge::Urgency;
use serde_json::Value;
use std::fmt::Write;

/// One case file's cases, as written (see `engine/tests/vectors/`).
pub struct CaseFile {
    pub name: String,
    pub cases: Vec<Value>,
}

impl CaseFile {
    /// The case files in `engine/tests/vectors/`: the reference's, our own, and two sets of
    /// stories written without reading the engine, from sources the reference does not cite
    /// (the held-out set was first run only once the rules were done).
    pub const NAMES: [&'static str; 4] = [
        "reference_cases",
        "our_cases",
        "independent_cases",
        "holdout_cases",
    ];

    pub fn all() -> Result<Vec<CaseFile>, String> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors");
        Self::NAMES
            .iter()
            .map(|name| CaseFile::read(&format!("{dir}/{name}.json")))
            .collect()
    }

    pub fn read(path: &str) -> Result<CaseFile, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
        let cases = serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))?;
        let name = std::path::Path::new(path)
            .file_stem()
            .map_or(path.into(), |stem| stem.to_string_lossy().into_owned());
        Ok(CaseFile { name, cases })
    }
}

/// How one simulated patient fared.
#[derive(Debug)]
pub struct Outcome {
    pub id: String,
    pub expected_top: String,
    pub expected_urgency: Urgency,
    pub top3: Vec<&'static str>,
    pub urgency: Urgency,
    /// The questions asked, screen by screen.
    pub asked: Vec<Vec<&'static str>>,
}

impl Outcome {
    pub fn screens(&self) -> usize {
        self.asked.len()
    }

    pub fn top3_hit(&self) -> bool {
        self.top3.contains(&self.expected_top.as_str())
    }

    pub fn top1_hit(&self) -> bool {
        self.top3.first() == Some(&self.expected_top.as_str())
    }

    /// Told a lower level than a patient who needed to be seen within a day or sooner.
    pub fn urgent_under_triaged(&self) -> bool {
        self.expected_urgency >= Urgency::Consultation24 && self.urgency < self.expected_urgency
    }
}

/// Runs one case as a simulated patient. Errors name the case and what is wrong with it.
pub fn interview(k: &Knowledge, case: &Value) -> Result<Outcome, String> {
    let id = case["id"].as_str().unwrap_or("?").to_string();
    let field = |name: &str| {
        case[name]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| format!("{id}: `{name}` must be a string"))
    };
    let expected_top = field("expected_top")?;
    let expected_urgency = Urgency::from_id(&field("expected_urgency")?)
        .ok_or_else(|| format!("{id}: unknown expected_urgency"))?;
    let regions: Vec<&str> = match &case["location"] {
        Value::String(one) => vec![one.as_str()],
        Value::Array(many) => many.iter().filter_map(Value::as_str).collect(),
        _ => {
            return Err(format!(
                "{id}: `location` must be a region id or a list of them"
            ))
        }
    };
    let facts = &case["facts"];
    let mut patient = Interview::default();
    for region in regions {
        patient
            .add_region(k, region)
            .map_err(|e| format!("{id}: {e}"))?;
    }
    let mut asked = Vec::new();
    let assessment = loop {
        let a = assess(k, &patient);
        if a.next_screen.is_empty() || a.interrupts() {
            break a;
        }
        asked.push(a.next_screen.iter().map(|q| k.questions[*q].id).collect());
        for question in &a.next_screen {
            let q = &k.questions[*question];
            let answer = match (&facts[q.id], q.yes_no) {
                (Value::Bool(true), true) => Answer::YES,
                (Value::Bool(false), true) | (Value::Null, true) => Answer::NO,
                (Value::String(option), false) => Answer::Option(
                    q.option_ix(option)
                        .ok_or_else(|| format!("{id}: `{}` has no answer `{option}`", q.id))?,
                ),
                (Value::Null, false) => Answer::Unsure,
                (other, _) => return Err(format!("{id}: `{}` cannot be {other}", q.id)),
            };
            patient.answers.insert(*question, answer);
        }
    };
    Ok(Outcome {
        id,
        expected_top,
        expected_urgency,
        top3: top_ids(k, &assessment, 3),
        urgency: assessment.urgency,
        asked,
    })
}

fn top_ids(k: &Knowledge, a: &Assessment, n: usize) -> Vec<&'static str> {
    a.conditions
        .iter()
        .take(n)
        .map(|c| k.conditions[c.condition].id)
        .collect()
}

/// The figures for a set of outcomes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    pub cases: usize,
    pub top3: f64,
    pub top1: f64,
    pub urgency_exact: f64,
    pub urgent_under_triaged: usize,
    pub under_triaged: usize,
    pub over_triaged: usize,
    pub mean_screens: f64,
    pub max_screens: usize,
}

pub fn score<'a>(outcomes: impl IntoIterator<Item = &'a Outcome>) -> Score {
    let all: Vec<&Outcome> = outcomes.into_iter().collect();
    let n = all.len().max(1) as f64;
    let count = |hit: &dyn Fn(&Outcome) -> bool| all.iter().filter(|o| hit(o)).count();
    let share = |hit: &dyn Fn(&Outcome) -> bool| count(hit) as f64 / n;
    Score {
        cases: all.len(),
        top3: share(&Outcome::top3_hit),
        top1: share(&Outcome::top1_hit),
        urgency_exact: share(&|o| o.urgency == o.expected_urgency),
        urgent_under_triaged: count(&Outcome::urgent_under_triaged),
        under_triaged: count(&|o| o.urgency < o.expected_urgency),
        over_triaged: count(&|o| o.urgency > o.expected_urgency),
        mean_screens: all.iter().map(|o| o.screens()).sum::<usize>() as f64 / n,
        max_screens: all.iter().map(|o| o.screens()).max().unwrap_or(0),
    }
}

/// Every file's outcomes, and all of them together.
pub struct Report {
    pub files: Vec<(String, Vec<Outcome>)>,
}

impl Report {
    pub fn run(k: &Knowledge, files: Vec<CaseFile>) -> Result<Report, String> {
        let files = files
            .into_iter()
            .map(|file| {
                let outcomes = file
                    .cases
                    .iter()
                    .map(|case| interview(k, case))
                    .collect::<Result<Vec<_>, _>>()?;
                Ok((file.name, outcomes))
            })
            .collect::<Result<Vec<_>, String>>()?;
        Ok(Report { files })
    }

    pub fn all(&self) -> Score {
        score(self.files.iter().flat_map(|(_, o)| o))
    }

    /// The table and every miss, as `cargo xtask eval` prints them.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "| cases | n | top 3 | top 1 | urgency exact | urgent under-triaged | under | over | mean screens | max |"
        );
        let _ = writeln!(out, "|---|---|---|---|---|---|---|---|---|---|");
        let row = |out: &mut String, name: &str, s: Score| {
            let _ = writeln!(
                out,
                "| {name} | {} | {:.0} % | {:.0} % | {:.0} % | {} | {} | {} | {:.1} | {} |",
                s.cases,
                s.top3 * 100.0,
                s.top1 * 100.0,
                s.urgency_exact * 100.0,
                s.urgent_under_triaged,
                s.under_triaged,
                s.over_triaged,
                s.mean_screens,
                s.max_screens
            );
        };
        for (name, outcomes) in &self.files {
            row(&mut out, name, score(outcomes));
        }
        row(&mut out, "all", self.all());
        let _ = writeln!(out, "\nMisses:");
        for outcome in self.files.iter().flat_map(|(_, o)| o) {
            let urgency_ok = outcome.urgency == outcome.expected_urgency;
            if outcome.top3_hit() && urgency_ok {
                continue;
            }
            let _ = writeln!(
                out,
                "- {}: expected {} / {}; got {} / [{}]{}\n  asked: {}",
                outcome.id,
                outcome.expected_urgency.id(),
                outcome.expected_top,
                outcome.urgency.id(),
                outcome.top3.join(", "),
                if outcome.urgent_under_triaged() {
                    "  URGENT UNDER-TRIAGE"
                } else {
                    ""
                },
                outcome
                    .asked
                    .iter()
                    .map(|screen| screen.join(" + "))
                    .collect::<Vec<_>>()
                    .join(" | ")
            );
        }
        out
    }
}
