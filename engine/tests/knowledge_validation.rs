//! The shipped knowledge covers the whole reference with its exact ids, and bad knowledge is
//! refused with a message naming the file, the item and the field.

mod common;

use heel_triage_engine::knowledge::compile;
use heel_triage_engine::{Knowledge, KnowledgeFiles, Urgency};
use serde_json::{json, Value};

const REGIONS: [&str; 12] = [
    "achilles_midportion",
    "achilles_insertion",
    "posterosuperior_calcaneus",
    "retrocalcaneal_space",
    "superficial_posterior_heel",
    "calcaneal_sides",
    "plantar_medial_heel",
    "plantar_central_heel",
    "medial_ankle_heel",
    "lateral_ankle_heel",
    "posterior_ankle_deep",
    "whole_heel_diffuse",
];
const CONDITIONS: [&str; 19] = [
    "achilles_midportion_tendinopathy",
    "achilles_insertional_tendinopathy",
    "retrocalcaneal_bursitis",
    "superficial_achilles_bursitis",
    "haglund_deformity",
    "achilles_rupture",
    "calcaneal_apophysitis",
    "calcaneal_stress_fracture",
    "acute_calcaneal_fracture",
    "heel_fat_pad_syndrome",
    "plantar_fasciitis",
    "medial_heel_nerve_entrapment",
    "sural_nerve_entrapment",
    "posterior_ankle_impingement",
    "spondyloarthritis_enthesitis",
    "gout_heel",
    "heel_infection",
    "calcaneal_tumour",
    "charcot_neuroarthropathy",
];
const CORE: [&str; 10] = [
    "age_group",
    "sudden_onset",
    "pop_or_kicked",
    "fall_or_crush",
    "weight_bearing",
    "single_leg_tiptoe",
    "hot_red_swollen",
    "fever_unwell",
    "diabetes_or_neuropathy",
    "duration",
];
const FOLLOW_UP: [&str; 29] = [
    "calf_squeeze_no_movement",
    "tendon_gap",
    "recent_load_increase",
    "morning_stiffness",
    "eases_with_warmup",
    "first_steps_under_heel",
    "worse_with_shoe_back",
    "hard_bump",
    "soft_swelling_both_sides",
    "skin_rubbed_red",
    "heel_squeeze_pain",
    "impact_pain_progressive",
    "center_pad_barefoot_pain",
    "nerve_symptoms",
    "pointing_foot_pinch",
    "wound_or_ulcer",
    "night_or_rest_pain",
    "both_heels",
    "inflammatory_features",
    "gout_history",
    "fluoroquinolone_recent",
    "steroid_exposure",
    "back_pain_or_leg_weakness",
    "spinal_warning_signs",
    "puncture_wound",
    "weight_loss_or_cancer",
    "injury_mechanism",
    "injury_when",
    "long_term_steroids",
];

#[test]
fn shipped_knowledge_uses_every_reference_id_exactly() {
    let k = common::knowledge();
    let ids = |v: Vec<&str>| v.into_iter().map(String::from).collect::<Vec<_>>();
    assert_eq!(
        k.regions
            .iter()
            .map(|r| r.id.to_string())
            .collect::<Vec<_>>(),
        ids(REGIONS.to_vec())
    );
    assert_eq!(
        k.conditions
            .iter()
            .map(|c| c.id.to_string())
            .collect::<Vec<_>>(),
        ids(CONDITIONS.to_vec())
    );
    // The reference's core questions first, then its follow-ups and those added since.
    let questions: Vec<&str> = k.questions.iter().map(|q| q.id).collect();
    assert_eq!(questions, [&CORE[..], &FOLLOW_UP[..]].concat());
    let flags: Vec<&str> = k.red_flags.iter().map(|f| f.id).collect();
    for n in 1..=19 {
        assert!(flags.contains(&format!("RF{n}").as_str()), "RF{n} missing");
    }
    assert_eq!(k.urgency.len(), Urgency::ALL.len());
    assert!(!k.version.is_empty());
}

#[test]
fn every_condition_flag_question_and_piece_of_advice_names_a_source() {
    let k = common::knowledge();
    assert!(k.conditions.iter().all(|c| !c.sources.is_empty()));
    assert!(k.advice.iter().all(|a| !a.sources.is_empty()));
    assert!(k.red_flags.iter().all(|f| !f.sources.is_empty()));
    assert!(k.questions.iter().all(|q| !q.sources.is_empty()));
    assert!(k.urgency.iter().all(|u| !u.sources.is_empty()));
}

#[test]
fn patient_facing_text_never_calls_a_result_a_diagnosis() {
    let k = common::knowledge();
    let texts = k
        .conditions
        .iter()
        .flat_map(|c| [&c.name, &c.description])
        .chain(k.advice.iter().map(|a| &a.text))
        .chain(k.red_flags.iter().flat_map(|f| [&f.title, &f.why]))
        .chain(k.urgency.iter().flat_map(|u| [&u.label, &u.action]));
    for text in texts {
        assert!(!text.to_lowercase().contains("diagnos"), "{text}");
    }
}

/// The shipped files as JSON values, to be broken one field at a time.
fn shipped() -> Vec<(&'static str, Value)> {
    let f = heel_triage_engine::knowledge::shipped_files();
    [
        ("meta", f.meta),
        ("regions", f.regions),
        ("conditions", f.conditions),
        ("questions", f.questions),
        ("red_flags", f.red_flags),
        ("advice", f.advice),
        ("sources", f.sources),
    ]
    .into_iter()
    .map(|(name, text)| (name, serde_json::from_str(&text).unwrap()))
    .collect()
}

/// Applies `change` to one file and returns the refusal message.
fn refusal(file: &str, change: impl FnOnce(&mut Value)) -> String {
    let mut files = shipped();
    let (_, value) = files.iter_mut().find(|(name, _)| *name == file).unwrap();
    change(value);
    compile_values(&files)
        .expect_err("broken knowledge must be refused")
        .to_string()
}

fn compile_values(
    files: &[(&str, Value)],
) -> Result<Knowledge, heel_triage_engine::KnowledgeError> {
    let text = |name: &str| {
        files
            .iter()
            .find(|(n, _)| *n == name)
            .unwrap()
            .1
            .to_string()
    };
    let broken = KnowledgeFiles {
        meta: text("meta"),
        regions: text("regions"),
        conditions: text("conditions"),
        questions: text("questions"),
        red_flags: text("red_flags"),
        advice: text("advice"),
        sources: text("sources"),
    };
    compile(&broken)
}

fn question<'a>(v: &'a mut Value, id: &str) -> &'a mut Value {
    v["question"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|q| q["id"] == id)
        .unwrap()
}

#[test]
fn an_unknown_condition_in_an_effect_is_refused() {
    let msg = refusal("questions", |v| {
        question(v, "hard_bump")["effects"][0]["on"] = json!("heel_gremlins")
    });
    assert_eq!(msg, "knowledge/questions.toml: `hard_bump`, field `effects[0]`: unknown condition or group id `heel_gremlins`");
}

#[test]
fn a_duplicate_id_is_refused() {
    let msg = refusal("regions", |v| {
        v["region"][1]["id"] = json!("achilles_midportion")
    });
    assert_eq!(
        msg,
        "knowledge/regions.toml: `achilles_midportion`, field `id`: this id is used twice"
    );
}

#[test]
fn a_question_with_no_options_is_refused() {
    let msg = refusal("questions", |v| {
        question(v, "duration")["options"] = json!([])
    });
    assert_eq!(
        msg,
        "knowledge/questions.toml: `duration`, field `options`: this question has no options"
    );
}

#[test]
fn an_unknown_level_for_flags_not_ruled_out_is_refused() {
    let msg = refusal("meta", |v| v["not_ruled_out_at_most"] = json!("soonish"));
    assert_eq!(
        msg,
        "knowledge/meta.toml, field `not_ruled_out_at_most`: unknown urgency level `soonish`"
    );
}

#[test]
fn weights_that_are_not_positive_finite_numbers_are_refused() {
    let msg = refusal("questions", |v| {
        question(v, "gout_history")["effects"][0]["weight"] = json!(-2.0)
    });
    assert_eq!(msg, "knowledge/questions.toml: `gout_history`, field `effects[0]`: must be a positive finite number, not -2");
    let msg = refusal("meta", |v| v["strength"]["+++"] = json!(0.0));
    assert_eq!(
        msg,
        "knowledge/meta.toml: `+++`, field `strength`: must be a positive finite number, not 0"
    );
    let msg = refusal("conditions", |v| {
        v["condition"][0]["prior"]["adult"] = json!(0.0)
    });
    assert!(
        msg.contains("`achilles_midportion_tendinopathy`, field `prior.adult`"),
        "{msg}"
    );
    let msg = refusal("questions", |v| {
        question(v, "gout_history")["effects"][0]["weight"] = json!("++++")
    });
    assert!(msg.ends_with("unknown strength `++++`"), "{msg}");
}

#[test]
fn a_red_flag_naming_an_unknown_question_or_answer_is_refused() {
    let msg = refusal("red_flags", |v| {
        v["red_flag"][0]["triggers"][0] = json!({ "fell_over": "yes" })
    });
    assert_eq!(
        msg,
        "knowledge/red_flags.toml: `RF1`, field `triggers[0]`: unknown question id `fell_over`"
    );
    let msg = refusal("red_flags", |v| {
        v["red_flag"][0]["triggers"][0] = json!({ "weight_bearing": "hopping" })
    });
    assert_eq!(msg, "knowledge/red_flags.toml: `RF1`, field `triggers[0]`: question `weight_bearing` has no answer `hopping`");
    let msg = refusal("red_flags", |v| {
        v["red_flag"][0]["urgency"] = json!("urgent")
    });
    assert!(msg.ends_with("unknown urgency level `urgent`"), "{msg}");
}

#[test]
fn a_condition_no_region_can_reach_is_refused() {
    let msg = refusal("conditions", |v| v["condition"][5]["regions"] = json!([]));
    assert_eq!(msg, "knowledge/conditions.toml: `achilles_rupture`, field `regions`: no region can reach this condition");
}

#[test]
fn missing_text_is_refused() {
    let msg = refusal("conditions", |v| {
        v["condition"][0]["description"] = json!("  ")
    });
    assert_eq!(msg, "knowledge/conditions.toml: `achilles_midportion_tendinopathy`, field `description`: text is missing");
    let msg = refusal("questions", |v| {
        question(v, "tendon_gap")["why"] = json!("")
    });
    assert!(
        msg.contains("`tendon_gap`, field `why`: text is missing"),
        "{msg}"
    );
    let msg = refusal("meta", |v| {
        v["urgency"]
            .as_object_mut()
            .unwrap()
            .remove("emergency")
            .map(|_| ())
            .unwrap()
    });
    assert!(
        msg.contains("`emergency`, field `urgency`: this level has no words for patients"),
        "{msg}"
    );
}

#[test]
fn items_without_sources_or_with_unknown_sources_are_refused() {
    let msg = refusal("advice", |v| v["advice"][0]["sources"] = json!([]));
    assert_eq!(
        msg,
        "knowledge/advice.toml: `ease_load`, field `sources`: name at least one source"
    );
    let msg = refusal("advice", |v| v["advice"][0]["sources"] = json!([999]));
    assert!(msg.ends_with("unknown source number 999"), "{msg}");
}

#[test]
fn unreadable_files_and_unknown_fields_are_refused() {
    let msg = refusal("regions", |v| *v = json!({ "regions": [] }));
    assert!(
        msg.starts_with("knowledge/regions.toml: cannot be read:"),
        "{msg}"
    );
    let msg = refusal("conditions", |v| v["condition"][0]["colour"] = json!("red"));
    assert!(msg.contains("unknown field `colour`"), "{msg}");
}

#[test]
fn the_compiled_in_knowledge_is_exactly_what_the_checks_accept() {
    // The build script writes `heel_triage_engine::shipped().clone()` as static data; checking the same files
    // again at run time must give the same knowledge, field for field.
    let checked =
        compile(&heel_triage_engine::knowledge::shipped_files()).expect("the shipped files pass");
    assert_eq!(heel_triage_engine::shipped().clone(), checked);
}

#[test]
fn only_sources_something_cites_are_shipped() {
    let k = heel_triage_engine::shipped().clone();
    let cited: std::collections::BTreeSet<heel_triage_engine::knowledge::SourceIx> =
        (k.conditions.iter().map(|c| &c.sources))
            .chain(k.questions.iter().map(|q| &q.sources))
            .chain(k.red_flags.iter().map(|f| &f.sources))
            .chain(k.advice.iter().map(|a| &a.sources))
            .chain(k.urgency.iter().map(|u| &u.sources))
            .flat_map(|list| list.iter().copied())
            .collect();
    assert_eq!(
        cited.len(),
        k.sources.len(),
        "every shipped source is cited"
    );
    // sources.toml lists all of REFERENCE.md section 8; what nothing cites stays out.
    let listed = shipped()
        .into_iter()
        .find(|(name, _)| *name == "sources")
        .map(|(_, v)| v["source"].as_array().unwrap().len())
        .unwrap();
    assert!(listed > k.sources.len(), "{listed} listed");
}

fn flag<'a>(v: &'a mut Value, id: &str) -> &'a mut Value {
    v["red_flag"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|f| f["id"] == id)
        .unwrap()
}

#[test]
fn a_flag_that_can_never_fire_is_refused() {
    // Its question is on no safety screen and changes no ranking, so it is never asked.
    let mut files = shipped();
    for (name, value) in files.iter_mut() {
        match *name {
            "questions" => question(value, "gout_history")["effects"] = json!([]),
            "red_flags" => flag(value, "RF15")["triggers"][0] = json!({ "gout_history": "yes" }),
            _ => {}
        }
    }
    let msg = compile_values(&files).unwrap_err().to_string();
    assert_eq!(msg, "knowledge/red_flags.toml: `RF15`, field `triggers[0]`: `gout_history` is in no safety screen and changes no ranking, so it is never asked and this can never fire");
    // An escalation asking for an answer no trigger allows.
    let msg = refusal("red_flags", |v| {
        flag(v, "RF5")["escalate"]["when"] = json!({ "age_group": "over_60" })
    });
    assert_eq!(msg, "knowledge/red_flags.toml: `RF5`, field `escalate.when`: asks for an answer that no trigger allows, so it can never fire");
}

#[test]
fn a_question_nothing_uses_is_refused() {
    let msg = refusal("questions", |v| {
        v["question"].as_array_mut().unwrap().push(json!({
            "id": "favourite_colour", "text": "What is your favourite colour?", "why": "No reason.",
            "yes": "Blue", "no": "Not blue", "sources": [0]
        }))
    });
    assert_eq!(msg, "knowledge/questions.toml: `favourite_colour`, field `effects`: no red flag and no condition uses this question");
}

#[test]
fn a_time_course_that_changes_nothing_or_names_an_unknown_answer_is_refused() {
    let msg = refusal("red_flags", |v| {
        flag(v, "RF2")["time_course"]["at_most"]["yesterday"] = json!("consultation")
    });
    assert_eq!(msg, "knowledge/red_flags.toml: `RF2`, field `time_course.at_most.yesterday`: question `injury_when` has no answer `yesterday`");
    let msg = refusal("red_flags", |v| {
        flag(v, "RF2")["time_course"]["at_most"]["4_to_12_weeks"] = json!("emergency")
    });
    assert_eq!(msg, "knowledge/red_flags.toml: `RF2`, field `time_course.at_most.4_to_12_weeks`: must be less urgent than the flag, or it changes nothing");
    let msg = refusal(
        "red_flags",
        |v| {
            flag(v, "RF2")["time_course"] =
                json!({ "question": "morning_stiffness", "at_most": { "none": "consultation" } })
        },
    );
    assert!(
        msg.contains(
            "`RF2`, field `time_course.question`: `morning_stiffness` must be in a safety screen"
        ),
        "{msg}"
    );
}

#[test]
fn a_checklist_screen_holds_only_yes_no_questions_with_their_checklist_line() {
    let msg = refusal("meta", |v| {
        v["interview"]["screens"][1]
            .as_array_mut()
            .unwrap()
            .push(json!("duration"));
        v["interview"]["screens"][7] = json!(["calf_squeeze_no_movement"]);
        v["interview"]["screens"].as_array_mut().unwrap().pop();
    });
    assert!(msg.contains("`duration`"), "{msg}");
    let msg = refusal("questions", |v| {
        question(v, "fever_unwell")
            .as_object_mut()
            .unwrap()
            .remove("checklist");
    });
    assert_eq!(msg, "knowledge/questions.toml: `fever_unwell`, field `checklist`: asked on a checklist screen, so it needs its checklist line");
    let msg = refusal("meta", |v| {
        v["interview"]["screens"]
            .as_array_mut()
            .unwrap()
            .push(json!(["age_group"]))
    });
    assert!(
        msg.ends_with("`age_group` is on more than one screen"),
        "{msg}"
    );
}

#[test]
fn advice_for_quicker_care_names_a_known_level() {
    let msg = refusal("advice", |v| v["advice"][0]["urgency"] = json!("pronto"));
    assert_eq!(
        msg,
        "knowledge/advice.toml: `ease_load`, field `urgency`: unknown urgency level `pronto`"
    );
}

#[test]
fn the_widget_shows_each_web_address_as_its_site() {
    let cites = heel_triage_engine::knowledge::CITES;
    assert!(cites.iter().all(|(_, cite)| !cite.contains("http")));
    let cite = |n: u32| cites.iter().find(|(number, _)| *number == n).unwrap().1;
    assert!(
        cite(150).ends_with("(NG41), 2016. nice.org.uk"),
        "{}",
        cite(150)
    );
    assert!(
        cite(59).starts_with("Peripheral arterial disease rest pain descriptions: veinclinicdublin.com and coastalvascular.net (patient"),
        "{}",
        cite(59)
    );
    // The knowledge file keeps the whole address for clinicians.
    let listed = shipped()
        .into_iter()
        .find(|(name, _)| *name == "sources")
        .map(|(_, v)| v.to_string())
        .unwrap();
    assert!(listed.contains("https://www.nice.org.uk/guidance/ng41"));
}

#[test]
fn a_flag_no_question_asks_about_needs_the_line_everyone_is_shown() {
    let msg = refusal("red_flags", |v| {
        flag(v, "RF18").as_object_mut().unwrap().remove("advice");
    });
    assert_eq!(msg, "knowledge/red_flags.toml: `RF18`, field `advice`: a watch-for flag needs the line everyone is shown");
}
