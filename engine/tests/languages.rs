//! One set of rules, texts per language: every language's knowledge, compiled from its own
//! translation, runs every worked case to the same questions, urgency and conditions as English.

use heel_triage_engine::knowledge::{compile, files_in, translate, LANGUAGES};
use heel_triage_engine::simulate::{interview, CaseFile};

#[test]
fn every_case_runs_the_same_in_every_language() {
    assert!(LANGUAGES.len() >= 2, "{LANGUAGES:?}");
    let english = compile(&files_in("en").unwrap()).unwrap();
    for lang in &LANGUAGES[1..] {
        let translated = compile(&files_in(lang).unwrap()).unwrap();
        assert_ne!(
            english.questions[0].text, translated.questions[0].text,
            "{lang}: the texts should be its own"
        );
        let mut cases = 0;
        for file in CaseFile::all().unwrap() {
            for case in &file.cases {
                let a = interview(&english, case).unwrap();
                let b = interview(&translated, case).unwrap();
                assert_eq!(
                    (a.urgency, &a.top3, &a.asked),
                    (b.urgency, &b.top3, &b.asked),
                    "{lang}: case {}",
                    a.id
                );
                cases += 1;
            }
        }
        assert!(cases > 100, "{cases} cases");
    }
}

#[test]
fn an_unknown_language_has_no_files() {
    assert!(files_in("xx").is_none());
}

/// The terms each translation uses, with a source for each (knowledge/lang/<language>/glossary.toml):
/// every term's main form (before any bracket) must be in that language's texts, so the glossary
/// says what the widget actually says.
#[test]
fn every_translation_has_a_sourced_glossary_of_the_terms_it_uses() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../knowledge/lang");
    for lang in &LANGUAGES[1..] {
        let read =
            |name: &str| std::fs::read_to_string(format!("{dir}/{lang}/{name}.toml")).unwrap();
        let glossary: toml::Table = toml::from_str(&read("glossary")).unwrap();
        let terms = glossary["term"].as_array().unwrap();
        assert!(terms.len() >= 20, "{lang}: {} terms", terms.len());
        let texts = (translate::TRANSLATED_FILES.iter().chain(&["screens"]))
            .map(|file| read(file))
            .collect::<Vec<_>>()
            .join("\n")
            .to_lowercase();
        for term in terms {
            let field = |name: &str| term[name].as_str().unwrap_or_default().trim().to_string();
            let (english, translated, source) = (field("en"), field(lang), field("source"));
            assert!(!english.is_empty() && !source.is_empty(), "{lang}: {term}");
            let main = translated
                .split(" (")
                .next()
                .unwrap_or_default()
                .to_lowercase();
            assert!(
                !main.is_empty() && texts.contains(&main),
                "{lang}: «{main}» is not in the texts"
            );
        }
    }
}
