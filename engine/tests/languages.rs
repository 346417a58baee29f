//! One set of rules, texts per language: every language's knowledge, compiled from its own
//! translation, runs every worked case to the same questions, urgency and conditions as English.

use heel_triage_engine::knowledge::{compile, files_in, LANGUAGES};
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
