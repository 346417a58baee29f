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

const FILES: [&str; 7] = [
    "meta",
    "regions",
    "conditions",
    "questions",
    "red_flags",
    "advice",
    "sources",
];

fn main() {
    let knowledge = Path::new(env!("CARGO_MANIFEST_DIR")).join("../knowledge");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    let mut json = Vec::new();
    for name in FILES {
        let path = knowledge.join(format!("{name}.toml"));
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("knowledge/{name}.toml: cannot read: {e}"));
        let value: toml::Value = toml::from_str(&text)
            .unwrap_or_else(|e| panic!("knowledge/{name}.toml: not valid TOML: {e}"));
        let text = serde_json::to_string(&value).expect("TOML values are valid JSON");
        fs::write(out.join(format!("{name}.json")), &text).expect("OUT_DIR is writable");
        json.push(text);
    }
    let [meta, regions, conditions, questions, red_flags, advice, sources] =
        <[String; 7]>::try_from(json).expect("seven files");
    let files = KnowledgeFiles {
        meta,
        regions,
        conditions,
        questions,
        red_flags,
        advice,
        sources,
    };
    let checked = compile(&files).unwrap_or_else(|e| panic!("{e}"));
    let mut rust = String::from("pub static SHIPPED: Knowledge = ");
    checked.emit(&mut rust);
    rust.push_str(";\n");
    emit_region_constants(&checked, &mut rust);
    fs::write(out.join("shipped.rs"), rust).expect("OUT_DIR is writable");
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
    tuning
});
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
emit_struct!(Source { number, cite });

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
