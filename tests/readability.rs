//! Plain words: every patient-facing string, from the knowledge and from the screens, read as a
//! patient would, in every language. English: the mean Flesch-Kincaid grade stays at or under
//! 6.5. Spanish: the Fernández-Huerta score of the whole text is at least 70 ("fairly easy").
//! No sentence runs over 25 words in either; a failure names the worst strings. Every word on a
//! screen comes from the screens' texts (knowledge/lang/<language>/screens.toml), so none is
//! left untranslated in the code.
//!
//! Syllables are counted by vowel groups, which is close enough for a mean.

use std::path::Path;

const MAX_MEAN_GRADE: f64 = 6.5;
const MAX_WORDS: usize = 25;
const MIN_FERNANDEZ_HUERTA: f64 = 70.0;

fn words(sentence: &str) -> Vec<&str> {
    sentence
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

fn sentences(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, (at, c)) in chars.iter().enumerate() {
        let next_is_space = chars.get(i + 1).is_none_or(|(_, n)| n.is_whitespace());
        if matches!(c, '.' | '!' | '?') && next_is_space {
            found.push(text[start..at + c.len_utf8()].trim());
            start = at + c.len_utf8();
        }
    }
    found.push(text[start..].trim());
    found.retain(|s| !words(s).is_empty());
    found
}

/// Spanish syllables: a vowel starts one unless it joins the vowel before in a diphthong (an
/// unaccented i, u or ü with another vowel); two strong vowels (a, e, o, or an accented í or ú)
/// are two syllables.
fn syllables_es(word: &str) -> usize {
    let vowel = |c: char| "aeiouáéíóúü".contains(c);
    let strong = |c: char| "aeoáéíóú".contains(c);
    let mut count = 0;
    let mut previous: Option<char> = None;
    for c in word.to_lowercase().chars() {
        if vowel(c) {
            match previous {
                Some(p) if !(strong(p) && strong(c)) => {}
                _ => count += 1,
            }
            previous = Some(c);
        } else {
            previous = None;
        }
    }
    count.max(1)
}

/// The Fernández-Huerta score of `texts` taken together: 206.84 − 0.60 × syllables per 100
/// words − 1.02 × words per sentence. The formula is often quoted with sentences per 100 words
/// in the last term, which would make shorter sentences score lower; it adapts Flesch's, whose
/// term is words per sentence (G. Law, LINGUIST List 22.2332, 2011).
fn fernandez_huerta(texts: &[String]) -> f64 {
    let sentences: Vec<&str> = texts.iter().flat_map(|t| sentences(t)).collect();
    let all: Vec<&str> = sentences.iter().flat_map(|s| words(s)).collect();
    let syllables: usize = all.iter().map(|w| syllables_es(w)).sum();
    let words = all.len() as f64;
    206.84 - 0.60 * 100.0 * syllables as f64 / words - 1.02 * words / sentences.len() as f64
}

fn syllables(word: &str) -> usize {
    let word: String = word
        .to_lowercase()
        .chars()
        .filter(char::is_ascii_lowercase)
        .collect();
    if word.len() <= 3 {
        return 1;
    }
    let trimmed = word
        .strip_suffix("es")
        .or_else(|| word.strip_suffix("ed"))
        .or_else(|| word.strip_suffix('e'))
        .unwrap_or(&word);
    let vowel = |c: char| "aeiouy".contains(c);
    let mut groups = 0;
    let mut in_group = false;
    for c in trimmed.chars() {
        if vowel(c) && !in_group {
            groups += 1;
        }
        in_group = vowel(c);
    }
    groups.max(1)
}

/// Flesch-Kincaid grade of one text.
fn grade(text: &str) -> Option<f64> {
    let sentences = sentences(text);
    let all: Vec<&str> = sentences.iter().flat_map(|s| words(s)).collect();
    if all.is_empty() {
        return None;
    }
    let syllables: usize = all.iter().map(|w| syllables(w)).sum();
    Some(
        0.39 * all.len() as f64 / sentences.len() as f64
            + 11.8 * syllables as f64 / all.len() as f64
            - 15.59,
    )
}

/// Every text the patient can read in the knowledge, in `lang`.
fn knowledge_texts(lang: &str) -> Vec<String> {
    let files = heel_triage_engine::knowledge::files_in(lang).expect("a language of the build");
    let k = heel_triage_engine::knowledge::compile(&files).expect("knowledge that built");
    let mut texts: Vec<&str> = Vec::new();
    for c in k.conditions {
        texts.extend([c.name, c.description]);
    }
    for q in k.questions {
        texts.extend([q.text, q.why]);
        texts.extend(q.how);
        texts.extend(q.checklist);
        for o in q.options {
            texts.extend([o.label, o.says]);
        }
    }
    for f in k.red_flags {
        texts.extend([f.title, f.why]);
    }
    for a in k.advice {
        texts.push(a.text);
    }
    for u in k.urgency {
        texts.extend([u.label, u.action]);
    }
    for r in k.regions {
        texts.extend([r.name, r.description]);
    }
    texts.into_iter().map(str::to_string).collect()
}

/// The screens' own words in `lang` (knowledge/lang/<lang>/screens.toml).
fn screen_texts(lang: &str) -> Vec<String> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("knowledge/lang/{lang}/screens.toml"));
    let file: toml::Table =
        toml::from_str(&std::fs::read_to_string(path).expect("readable")).expect("valid TOML");
    file.values()
        .filter_map(toml::Value::as_table)
        .flat_map(|section| section.values().filter_map(toml::Value::as_str))
        .map(|text| text.replace(['{', '}'], ""))
        .collect()
}

/// The string literals in src/ui that read as prose: there should be none.
fn prose_in_code() -> Vec<String> {
    let mut texts = Vec::new();
    let mut pending = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui")];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir)
            .expect("src/ui is readable")
            .flatten()
        {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let source = std::fs::read_to_string(&path).expect("readable source");
                texts.extend(literals(&source).filter(|t| is_prose(t)));
            }
        }
    }
    texts
}

/// Three words or more, starting with a capital, mostly plain words (not a class list, an id,
/// a format or a drawing's path).
fn is_prose(text: &str) -> bool {
    let all = words(text);
    let plain = all
        .iter()
        .filter(|w| w.chars().all(char::is_alphabetic))
        .count();
    text.starts_with(|c: char| c.is_ascii_uppercase())
        && !text.contains('{')
        && plain >= 3
        && plain * 4 >= all.len() * 3
}

/// The plain `"..."` string literals of a Rust source before its tests, unescaped enough to read.
fn literals(source: &str) -> impl Iterator<Item = String> + '_ {
    let code = source.split("#[cfg(test)]").next().unwrap_or_default();
    code.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .flat_map(|line| line.split('"').skip(1).step_by(2))
        .map(|t| t.replace("\\'", "'"))
}

#[test]
fn english_reads_at_grade_six_and_a_half_or_below_in_sentences_of_25_words_at_most() {
    let texts: Vec<String> = knowledge_texts("en")
        .into_iter()
        .chain(screen_texts("en"))
        .collect();
    assert!(texts.len() > 300, "{} texts found", texts.len());
    let mut graded: Vec<(f64, &String)> = texts
        .iter()
        .filter_map(|t| grade(t).map(|g| (g, t)))
        .collect();
    let mean = graded.iter().map(|(g, _)| g).sum::<f64>() / graded.len() as f64;
    graded.sort_by(|a, b| b.0.total_cmp(&a.0));
    let worst: Vec<String> = graded
        .iter()
        .take(5)
        .map(|(g, t)| format!("{g:.1}: {t}"))
        .collect();
    assert!(
        mean <= MAX_MEAN_GRADE,
        "mean grade {mean:.2}; hardest:\n{}",
        worst.join("\n")
    );
    assert_no_long_sentences(&texts);
}

#[test]
fn spanish_scores_seventy_or_more_on_fernandez_huerta_in_sentences_of_25_words_at_most() {
    let texts: Vec<String> = knowledge_texts("es")
        .into_iter()
        .chain(screen_texts("es"))
        .collect();
    assert!(texts.len() > 300, "{} texts found", texts.len());
    let score = fernandez_huerta(&texts);
    assert!(score >= MIN_FERNANDEZ_HUERTA, "Fernández-Huerta {score:.1}");
    assert_no_long_sentences(&texts);
}

#[test]
fn no_words_for_patients_are_left_in_the_code() {
    assert_eq!(prose_in_code(), Vec::<String>::new());
}

fn assert_no_long_sentences(texts: &[String]) {
    let long: Vec<String> = texts
        .iter()
        .flat_map(|t| sentences(t))
        .filter(|s| words(s).len() > MAX_WORDS)
        .map(|s| format!("{} words: {s}", words(s).len()))
        .collect();
    assert!(
        long.is_empty(),
        "sentences over {MAX_WORDS} words:\n{}",
        long.join("\n")
    );
}

#[test]
fn the_measure_tells_plain_words_from_hard_ones() {
    let plain = grade("Rest the foot. Ice helps the pain.").unwrap();
    let hard =
        grade("Spondyloarthropathies necessitate rheumatological investigation immediately.")
            .unwrap();
    assert!(plain < 3.0 && hard > 12.0, "{plain} {hard}");
    assert_eq!(sentences("Go now. Call 999! Why? Because.").len(), 4);
    assert_eq!(words("A 6 to 12 mm heel-raise isn't hard").len(), 8);
    assert!(is_prose("Call an ambulance now if you cannot stand."));
    assert!(!is_prose("M22 20C23 32 32 42 34 49C29 50 26 55"));
    assert!(!is_prose("ht-button ht-primary"));
    assert_eq!(
        [
            "talón",
            "tendón",
            "pie",
            "aquiles",
            "día",
            "hueso",
            "fisioterapeuta"
        ]
        .map(syllables_es),
        [2, 2, 1, 3, 2, 2, 6]
    );
    let easy = fernandez_huerta(&["Le duele el pie. Use hielo. Descanse.".into()]);
    let hard = fernandez_huerta(&["Las espondiloartropatías seronegativas requieren evaluación reumatológica especializada inmediatamente.".into()]);
    assert!(easy > 90.0 && hard < 30.0, "{easy} {hard}");
}
