//! Plain words: every patient-facing string, from the knowledge and from the screens, read as a
//! patient would. The mean Flesch-Kincaid grade stays at or under 6.5 and no sentence runs over
//! 25 words; a failure names the worst strings.
//!
//! Syllables are counted by the usual vowel-group rule, which is close enough for a mean.

use std::path::Path;

const MAX_MEAN_GRADE: f64 = 6.5;
const MAX_WORDS: usize = 25;

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

/// Every text the patient can read in the knowledge.
fn knowledge_texts() -> Vec<String> {
    let k = heel_triage_engine::shipped();
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

/// The screens' own sentences: the string literals in src/ui that read as prose.
fn screen_texts() -> Vec<String> {
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

/// The plain `"..."` string literals of a Rust source, unescaped enough to read.
fn literals(source: &str) -> impl Iterator<Item = String> + '_ {
    source
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .flat_map(|line| line.split('"').skip(1).step_by(2))
        .map(|t| t.replace("\\'", "'"))
}

#[test]
fn patient_facing_text_reads_at_grade_six_and_a_half_or_below_in_sentences_of_25_words_at_most() {
    let texts: Vec<String> = knowledge_texts()
        .into_iter()
        .chain(screen_texts())
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
}
