//! Checks the clinician-facing knowledge in `../knowledge/*.toml` and compiles it into the engine.
//!
//! 1. Each TOML file becomes JSON in OUT_DIR (what `knowledge::shipped_files` reads, for the
//!    run-time checks of the `compile` feature and its tests).
//! 2. `heel_triage_knowledge::compile`, the checks the engine runs at run time too, validates
//!    it. Bad knowledge stops the build with the file, the id and the field at fault.
//! 3. The validated knowledge is written out as Rust static data (`shipped.rs`), so the program
//!    needs no parser and does no work at start-up to have it.

use heel_triage_knowledge::*;
use std::{env, fs, path::Path};

/// Every knowledge file, in `KnowledgeFiles`' order: those with texts, then the sources.
const FILES: [&str; 7] = {
    let [meta, regions, conditions, questions, red_flags, advice] = translate::TRANSLATED_FILES;
    [
        meta, regions, conditions, questions, red_flags, advice, "sources",
    ]
};

fn main() {
    let knowledge = Path::new(env!("CARGO_MANIFEST_DIR")).join("../knowledge");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    let write = |name: &str, text: &str| {
        fs::write(out.join(name), text).expect("OUT_DIR is writable");
    };
    let mut english = Vec::new();
    for name in FILES {
        let text = toml_as_json(
            &knowledge.join(format!("{name}.toml")),
            &format!("knowledge/{name}.toml"),
        );
        write(&format!("{name}.json"), &text);
        english.push(text);
    }

    // Every language is checked, whichever this build ships: the build refuses a text without
    // its translation, naming the file, the item and the field.
    let mut languages = vec![("en".to_string(), files_of(english.clone()))];
    for lang in translations(&knowledge) {
        let mut translated = Vec::new();
        for (name, english) in FILES.iter().zip(&english) {
            let text = if translate::TRANSLATED_FILES.contains(name) {
                let path = knowledge.join(format!("lang/{lang}/{name}.toml"));
                let texts = toml_as_json(&path, &format!("knowledge/lang/{lang}/{name}.toml"));
                translate::translate(&lang, name, english, &texts).unwrap_or_else(|e| panic!("{e}"))
            } else {
                english.clone()
            };
            write(&format!("{lang}.{name}.json"), &text);
            translated.push(text);
        }
        languages.push((lang, files_of(translated)));
    }

    println!("cargo:rerun-if-env-changed=HEEL_TRIAGE_LANG");
    let shipped = env::var("HEEL_TRIAGE_LANG").unwrap_or_else(|_| "en".into());
    let mut shipped_knowledge = None;
    for (lang, files) in &languages {
        let checked = compile(files).unwrap_or_else(|e| panic!("{lang}: {e}"));
        if *lang == shipped {
            shipped_knowledge = Some(checked);
        }
    }
    let codes: Vec<&str> = languages.iter().map(|(lang, _)| lang.as_str()).collect();
    let Some(checked) = shipped_knowledge else {
        panic!("HEEL_TRIAGE_LANG={shipped}: no such language (knowledge/lang/ has {codes:?})");
    };
    let mut rust = format!(
        "/// The language of this build's texts (HEEL_TRIAGE_LANG).\npub const LANGUAGE: &str = {shipped:?};\n\
         /// Every language the knowledge has texts in, English first.\npub const LANGUAGES: &[&str] = &{codes:?};\n\
         pub static SHIPPED: Knowledge = "
    );
    checked.emit(&mut rust);
    rust.push_str(";\n");
    emit_region_constants(&checked, &mut rust);
    // Apart from SHIPPED, so that the widget, which never reads them, does not carry them.
    let cited = cites(&languages[0].1).unwrap_or_else(|e| panic!("{e}"));
    rust.push_str(&format!(
        "/// Each source's number and citation (see `heel_triage_knowledge::cites`).\npub static CITES: &[(u32, &str)] = &{cited:?};\n"
    ));
    write("shipped.rs", &rust);

    // `files_in`: a match on the language, each arm the JSON written above.
    let mut arms = String::from("match lang {\n");
    for lang in &codes {
        let prefix = if *lang == "en" {
            String::new()
        } else {
            format!("{lang}.")
        };
        arms.push_str(&format!("    {lang:?} => Some(KnowledgeFiles {{\n"));
        for name in FILES {
            arms.push_str(&format!(
                "        {name}: include_str!(concat!(env!(\"OUT_DIR\"), \"/{prefix}{name}.json\")).into(),\n"
            ));
        }
        arms.push_str("    }),\n");
    }
    arms.push_str("    _ => None,\n}\n");
    write("files_in.rs", &arms);
}

/// The languages with a folder of translations in knowledge/lang/, sorted (English is the rule
/// files' own language; its folder holds only the screens' texts).
fn translations(knowledge: &Path) -> Vec<String> {
    let dir = knowledge.join("lang");
    println!("cargo:rerun-if-changed={}", dir.display());
    let entries = fs::read_dir(&dir).unwrap_or_else(|e| panic!("knowledge/lang: cannot read: {e}"));
    let mut found: Vec<String> = entries
        .flatten()
        .filter(|entry| entry.path().is_dir())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|lang| lang != "en")
        .collect();
    found.sort();
    found
}

/// A TOML file as JSON; the build stops, naming the file, if it cannot be read.
fn toml_as_json(path: &Path, shown: &str) -> String {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{shown}: cannot read: {e}"));
    let value: toml::Value =
        toml::from_str(&text).unwrap_or_else(|e| panic!("{shown}: not valid TOML: {e}"));
    serde_json::to_string(&value).expect("TOML values are valid JSON")
}

fn files_of(json: Vec<String>) -> KnowledgeFiles {
    let [meta, regions, conditions, questions, red_flags, advice, sources] =
        <[String; 7]>::try_from(json).expect("seven files");
    KnowledgeFiles {
        meta,
        regions,
        conditions,
        questions,
        red_flags,
        advice,
        sources,
    }
}

/// `region::ACHILLES_MIDPORTION` and the like, for code that names a region (the widget's
/// drawing): a misspelt region is then a compile error, and nothing looks ids up at run time.
fn emit_region_constants(knowledge: &Knowledge, out: &mut String) {
    out.push_str("/// Every region, by its id in capitals.\npub mod region {\n    use super::*;\n");
    for (ix, region) in Ix::all(knowledge.regions).zip(knowledge.regions) {
        let name = region.id.to_uppercase();
        let valid = name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        assert!(
            valid,
            "knowledge/regions.toml: `{}`, field `id`: use letters, digits and _ only",
            region.id
        );
        out.push_str(&format!(
            "    pub const {name}: RegionIx = Ix::new({});\n",
            ix.get()
        ));
    }
    out.push_str("}\n");
}

/// Writes a value as a Rust constant expression.
trait Emit {
    fn emit(&self, out: &mut String);
}

impl<T> Emit for Ix<T> {
    fn emit(&self, out: &mut String) {
        out.push_str(&format!("Ix::new({})", self.get()));
    }
}

impl Emit for Text {
    fn emit(&self, out: &mut String) {
        out.push_str(&format!("{self:?}"));
    }
}

impl<T: Emit> Emit for List<T> {
    fn emit(&self, out: &mut String) {
        out.push_str("&[");
        for item in self.iter() {
            item.emit(out);
            out.push(',');
        }
        out.push(']');
    }
}

impl<T: Emit> Emit for Option<T> {
    fn emit(&self, out: &mut String) {
        match self {
            Some(value) => {
                out.push_str("Some(");
                value.emit(out);
                out.push(')');
            }
            None => out.push_str("None"),
        }
    }
}

impl<A: Emit, B: Emit> Emit for (A, B) {
    fn emit(&self, out: &mut String) {
        out.push('(');
        self.0.emit(out);
        out.push(',');
        self.1.emit(out);
        out.push(')');
    }
}

macro_rules! emit_plain {
    ($($t:ty),*) => {$(
        impl Emit for $t {
            fn emit(&self, out: &mut String) {
                out.push_str(&format!("{:?}", self));
            }
        }
    )*};
}
// `{:?}` of these is valid Rust: `f64` always prints a decimal point (and validation has ruled
// out infinities and NaN), integers and booleans print as literals.
emit_plain!(f64, usize, u32, bool);

impl Emit for Urgency {
    fn emit(&self, out: &mut String) {
        out.push_str(&format!("Urgency::{self:?}"));
    }
}

/// `Emit` for a struct: its path, then each field.
macro_rules! emit_struct {
    ($t:ident { $($field:ident),* }) => {
        impl Emit for $t {
            fn emit(&self, out: &mut String) {
                out.push_str(concat!(stringify!($t), " {"));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    self.$field.emit(out);
                    out.push(',');
                )*
                out.push('}');
            }
        }
    };
}

emit_struct!(Knowledge {
    version,
    regions,
    conditions,
    questions,
    red_flags,
    advice,
    sources,
    urgency,
    always_avoid,
    get_help_sooner,
    likelihood,
    words,
    tuning
});
emit_struct!(Words {
    most_likely,
    possible,
    less_likely,
    strong_sign,
    moderate_sign,
    weak_sign,
    felt_here,
    sometimes_felt_here,
    usually_felt_elsewhere,
    or,
    common_at_age,
    uncommon_at_age
});
emit_struct!(Template { before, after });
emit_struct!(LikelihoodWords {
    most_likely,
    possible
});
emit_struct!(Tuning {
    region_fit,
    child_age_options,
    age_question,
    screens,
    stop_when_top_reaches,
    min_information_gain_bits,
    max_narrowing_questions,
    not_ruled_out_at_most,
    not_ruled_out_from
});
emit_struct!(RegionFit {
    primary,
    secondary,
    elsewhere,
    elsewhere_vague
});
emit_struct!(Region {
    id,
    name,
    description,
    vague
});
emit_struct!(Condition {
    id,
    name,
    medical_name,
    description,
    regions,
    also,
    prior_adult,
    prior_child,
    sources,
    settle,
    build,
    avoid
});
emit_struct!(Question {
    id,
    text,
    how,
    checklist,
    why,
    yes_no,
    options,
    sources,
    effects
});
emit_struct!(AnswerOption { id, label, says });
emit_struct!(Effect {
    option,
    condition,
    factor,
    when
});
emit_struct!(RedFlag {
    id,
    urgency,
    title,
    why,
    sources,
    triggers,
    escalate,
    time_course,
    advice,
    hold_exercises,
    not_sure_counts,
    watch
});
emit_struct!(UrgencyText {
    label,
    action,
    sources
});
emit_struct!(Advice {
    id,
    text,
    sources,
    urgency
});
emit_struct!(Source { number });

impl Emit for Clause {
    fn emit(&self, out: &mut String) {
        match self {
            Clause::Answer { question, accepts } => {
                out.push_str("Clause::Answer { question: ");
                question.emit(out);
                out.push_str(", accepts: ");
                accepts.emit(out);
                out.push('}');
            }
            Clause::Region(regions) => {
                out.push_str("Clause::Region(");
                regions.emit(out);
                out.push(')');
            }
        }
    }
}
