//! rules.html names every rule, and follows the knowledge it is written from.

use heel_triage_engine::knowledge::{compile, shipped_files, KnowledgeFiles};
use heel_triage_engine::simulate::CaseFile;
use heel_triage_engine::{shipped, Knowledge};
use heel_triage_rules_page::html::escape;
use heel_triage_rules_page::{page, Dates};
use serde_json::Value;

fn dates() -> Dates {
    Dates {
        generated: "2026-12-03".into(),
        knowledge_changed: "2026-12-02".into(),
    }
}

fn cases() -> Vec<CaseFile> {
    CaseFile::all().expect("the case files are readable")
}

#[test]
fn names_every_red_flag_condition_question_and_case() {
    let k = shipped();
    let html = page(k, &cases(), &dates());
    assert!(html.contains(&format!("Rules version {}", k.version)));
    for flag in k.red_flags {
        assert!(
            html.contains(&format!("id=\"flag-{}\"", flag.id)),
            "{}",
            flag.id
        );
    }
    for condition in k.conditions {
        assert!(
            html.contains(&format!("id=\"condition-{}\"", condition.id)),
            "{}",
            condition.id
        );
    }
    for question in k.questions {
        assert!(html.contains(&format!("id=\"question-{}\"", question.id)));
    }
    for file in cases() {
        for case in &file.cases {
            let id = case["id"].as_str().unwrap_or_default();
            assert!(
                html.contains(&format!("<th scope=\"row\">{id}</th>")),
                "{id}"
            );
        }
    }
    assert!(html.contains("Reviewed by"));
    assert!(!html.contains("could not run"));
}

/// The shipped knowledge files with `change` made to one of them (parsed as JSON), compiled.
fn changed(change: impl FnOnce(&mut KnowledgeFiles) -> Result<(), String>) -> Knowledge {
    let mut files = shipped_files();
    change(&mut files).expect("the change applies");
    compile(&files).expect("the changed knowledge still passes its checks")
}

fn edit(text: &mut String, change: impl FnOnce(&mut Value)) -> Result<(), String> {
    let mut value: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    change(&mut value);
    *text = value.to_string();
    Ok(())
}

#[test]
fn a_change_to_the_knowledge_shows_up_in_the_page() {
    let k = changed(|files| {
        edit(&mut files.meta, |meta| meta["version"] = "2099.1.1".into())?;
        edit(&mut files.red_flags, |flags| {
            flags["red_flag"][0]["title"] = "A title changed for this test".into();
            flags["red_flag"][0]["urgency"] = "emergency".into();
        })?;
        edit(&mut files.conditions, |conditions| {
            conditions["condition"][0]["medical_name"] =
                "a medical name changed for this test".into();
            conditions["condition"][0]["prior"]["child"] = 0.123.into();
        })
    });
    let html = page(&k, &cases(), &dates());
    assert!(html.contains("Rules version 2099.1.1"));
    assert!(html.contains("A title changed for this test"));
    assert!(html.contains("a medical name changed for this test"));
    assert!(html.contains("children (Under 8 or 8 to 15) 12.3 %"));
    let first = k.red_flags[0].id;
    let flag = &html[html.find(&format!("id=\"flag-{first}\"")).unwrap_or(0)..];
    let level = &flag[..flag.find("</dd>").unwrap_or(0)];
    assert!(
        level.contains("Go to the emergency department today"),
        "the flag's new level: {level}"
    );
    let before = page(shipped(), &cases(), &dates());
    assert!(!before.contains("A title changed for this test"));
}

#[test]
fn the_cases_are_run_against_the_knowledge_given() {
    // The commonest condition in adults made rare: the cases that expect it now disagree.
    let k = changed(|files| {
        edit(&mut files.conditions, |conditions| {
            for c in conditions["condition"].as_array_mut().into_iter().flatten() {
                if c["id"] == "achilles_midportion_tendinopathy" {
                    c["prior"]["adult"] = 0.0001.into();
                }
            }
        })
    });
    let shipped_page = page(shipped(), &cases(), &dates());
    let changed_page = page(&k, &cases(), &dates());
    let misses = |html: &str| html.matches("class=\"miss\"").count();
    assert!(
        misses(&changed_page) > misses(&shipped_page),
        "{} misses against {}",
        misses(&changed_page),
        misses(&shipped_page)
    );
}

#[test]
fn knowledge_text_and_ids_are_escaped() {
    let k = changed(|files| {
        edit(&mut files.questions, |questions| {
            questions["question"][0]["why"] = "<script>why</script> & more".into();
        })
    });
    let html = page(&k, &cases(), &dates());
    assert!(html.contains("&lt;script&gt;why&lt;/script&gt; &amp; more"));
    assert!(!html.contains("<script>why"));
}

#[test]
fn the_page_says_what_every_result_shows_and_every_answer_of_a_time_course_does() {
    let k = shipped();
    let html = page(k, &cases(), &dates());
    // Each unasked red flag's line is on every result, so it is in "Get help sooner if".
    let sooner = &html[html.find("<dt>Get help sooner if</dt>").unwrap_or(0)..];
    let sooner = &sooner[..sooner.find("</dd>").unwrap_or(0)];
    for flag in k.watch_flags() {
        for advice in flag.advice {
            assert!(
                sooner.contains(&escape(k.advice[*advice].text)),
                "{}",
                flag.id
            );
        }
    }
    // A flag with a time course: every answer to its question is written out.
    let flag = k
        .red_flags
        .iter()
        .find(|f| f.time_course.is_some())
        .expect("a flag with a time course");
    let (question, _) = flag.time_course.expect("checked above");
    let at = &html[html.find(&format!("id=\"flag-{}\"", flag.id)).unwrap_or(0)..];
    let older = &at[at.find("An older injury").unwrap_or(0)..];
    let older = &older[..older.find("</dd>").unwrap_or(0)];
    for option in k.questions[question].options {
        assert!(
            older.contains(option.label),
            "{}: {}",
            flag.id,
            option.label
        );
    }
    // "Not sure" is written out for every question, and unmarked checklist lines are "No".
    assert_eq!(
        html.matches("<th scope=\"row\">Not sure</th>").count(),
        k.questions.len()
    );
    assert!(html.contains("a line left unmarked is answered “No”"));
}

#[test]
fn the_sources_file_has_every_cited_source_a_line() {
    let k = heel_triage_engine::shipped();
    let text = heel_triage_rules_page::sources_text(k);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), k.sources.len());
    for (line, source) in lines.iter().zip(k.sources) {
        let (number, cite) = line.split_once('\t').unwrap();
        assert_eq!(number, source.number.to_string());
        assert_eq!(cite, heel_triage_engine::knowledge::cite(source.number));
        assert!(!cite.is_empty());
    }
}
