//! Writes `facts.<language>.txt` for every language into the folder given: the words a summary
//! is written in, a line each (key, tab, words), with the keys of `heel_triage::summary::Words`.
//! web/post-build.mjs puts them in embed/, and a widget whose clinic reads another language than
//! the patient (`clinic-lang`) fetches that language's file for the summary's second half: a
//! download carries one language, and this file is a few kilobytes of it.

use heel_triage::summary::{Key, KnowledgeWords, Words, LIKELIHOODS, SUMMARY_SECTIONS};
use heel_triage_engine::knowledge::{compile, files_in, Ix, LANGUAGES};
use heel_triage_engine::{Knowledge, Urgency};
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(folder) = std::env::args().nth(1) else {
        eprintln!("usage: facts <folder>");
        return ExitCode::from(2);
    };
    for lang in LANGUAGES {
        if let Err(problem) = write(lang, &folder) {
            eprintln!("facts.{lang}.txt: {problem}");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}

fn write(lang: &str, folder: &str) -> Result<(), String> {
    let files = files_in(lang).ok_or("no such language")?;
    let knowledge = compile(&files).map_err(|e| e.to_string())?;
    let path = format!(
        "{}/knowledge/lang/{lang}/screens.toml",
        env!("CARGO_MANIFEST_DIR")
    );
    let screens: toml::Table = std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|text| toml::from_str(&text).map_err(|e| e.to_string()))?;
    let sections: Vec<(&str, Vec<(&str, &str)>)> = SUMMARY_SECTIONS
        .iter()
        .map(|section| {
            let texts = screens.get(*section).and_then(toml::Value::as_table);
            let texts = texts.into_iter().flatten();
            (
                *section,
                texts
                    .filter_map(|(k, v)| Some((k.as_str(), v.as_str()?)))
                    .collect(),
            )
        })
        .collect();
    let screens: Vec<(&str, &[(&str, &str)])> = sections
        .iter()
        .map(|(s, texts)| (*s, texts.as_slice()))
        .collect();
    let words = KnowledgeWords {
        knowledge: &knowledge,
        screens: &screens,
    };
    let mut out = String::new();
    for key in keys(&knowledge, &screens) {
        let name = key.name(&knowledge);
        let text = words
            .get(&key)
            .ok_or_else(|| format!("no words for `{name}`"))?;
        out.push_str(&format!("{name}\t{}\n", text.replace(['\t', '\n'], " ")));
    }
    std::fs::write(format!("{folder}/facts.{lang}.txt"), out).map_err(|e| e.to_string())
}

/// Every key a summary may look up.
fn keys<'a>(k: &Knowledge, screens: &[(&'a str, &'a [(&'a str, &'a str)])]) -> Vec<Key<'a>> {
    let mut keys: Vec<Key> = Ix::all(k.regions).map(Key::Region).collect();
    for q in Ix::all(k.questions) {
        keys.push(Key::Question(q));
        keys.extend(Ix::all(k.questions[q].options).map(|o| Key::Says(q, o)));
    }
    for level in Urgency::ALL {
        keys.extend([Key::Urgency(level), Key::Action(level)]);
    }
    keys.extend(Ix::all(k.red_flags).map(Key::Flag));
    keys.extend(Ix::all(k.conditions).map(Key::Condition));
    keys.extend(LIKELIHOODS.iter().map(|(_, l)| Key::Likelihood(*l)));
    for (section, texts) in screens {
        keys.extend(texts.iter().map(|(key, _)| Key::Screen(section, key)));
    }
    keys
}
