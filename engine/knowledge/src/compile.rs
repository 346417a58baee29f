//! Parsing and validation in one pass: every id is resolved, every number and text checked, and
//! the first problem is reported with the file, the item and the field that hold it.

use crate::raw::{self, Clauses, Weight};
use crate::*;

use serde::de::DeserializeOwned;
use std::collections::{BTreeMap, BTreeSet};

/// The JSON form of each knowledge file (the build turns `knowledge/*.toml` into these).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnowledgeFiles {
    pub meta: String,
    pub regions: String,
    pub conditions: String,
    pub questions: String,
    pub red_flags: String,
    pub advice: String,
    pub sources: String,
}

/// Knowledge compiled here lives until the program ends (its texts and lists are leaked into
/// `'static`), like the copy compiled into the program: one model, with no owned variant for
/// every read to branch on. Programs compile it once; tests a few dozen times.
pub fn compile(files: &KnowledgeFiles) -> Result<Knowledge, KnowledgeError> {
    let meta: raw::Meta = parse("meta", &files.meta)?;
    let regions: raw::Regions = parse("regions", &files.regions)?;
    let conditions: raw::Conditions = parse("conditions", &files.conditions)?;
    let questions: raw::Questions = parse("questions", &files.questions)?;
    let red_flags: raw::RedFlags = parse("red_flags", &files.red_flags)?;
    let advice: raw::Advices = parse("advice", &files.advice)?;
    let sources: raw::Sources = parse("sources", &files.sources)?;

    // Only what something cites ships: the widget carries every source it keeps.
    let cited: BTreeSet<u32> = (meta.urgency.values().map(|u| &u.sources))
        .chain(conditions.condition.iter().map(|c| &c.sources))
        .chain(questions.question.iter().map(|q| &q.sources))
        .chain(red_flags.red_flag.iter().map(|f| &f.sources))
        .chain(advice.advice.iter().map(|a| &a.sources))
        .flatten()
        .copied()
        .collect();
    let sources: Vec<Source> = compile_sources(sources.source)?
        .into_iter()
        .filter(|s| cited.contains(&s.number))
        .collect();
    let ids = Ids {
        sources: sources.iter().map(|s| s.number).collect(),
        regions: unique_ids("regions", regions.region.iter().map(|r| r.id.as_str()))?,
        conditions: unique_ids(
            "conditions",
            conditions.condition.iter().map(|c| c.id.as_str()),
        )?,
        questions: unique_ids(
            "questions",
            questions.question.iter().map(|q| q.id.as_str()),
        )?,
        advice: unique_ids("advice", advice.advice.iter().map(|a| a.id.as_str()))?,
    };
    let regions = regions
        .region
        .into_iter()
        .map(compile_region)
        .collect::<Result<Vec<_>, _>>()?;
    let advice = advice
        .advice
        .into_iter()
        .map(|a| compile_advice(&ids, a))
        .collect::<Result<Vec<_>, _>>()?;
    let groups = compile_groups(&ids, &conditions.groups)?;
    let conditions = conditions
        .condition
        .into_iter()
        .map(|c| compile_condition(&ids, c))
        .collect::<Result<Vec<_>, _>>()?;
    let strengths = compile_strengths(&meta.strength)?;
    let option_ids = questions
        .question
        .iter()
        .map(question_option_ids)
        .collect::<Result<Vec<_>, _>>()?;
    let clauses = ClauseResolver {
        ids: &ids,
        option_ids: &option_ids,
    };
    let questions = questions
        .question
        .into_iter()
        .map(|q| compile_question(&ids, &groups, &strengths, &clauses, q))
        .collect::<Result<Vec<_>, _>>()?;
    let red_flags = compile_red_flags(&ids, &clauses, red_flags.red_flag)?;
    let tuning = compile_tuning(&ids, &questions, &meta)?;
    check_every_rule_can_fire(&questions, &red_flags, &tuning)?;
    let urgency = compile_urgency(&ids, &meta.urgency)?;
    let always_avoid = advice_list(&ids, "meta", "", "always_avoid", &meta.always_avoid)?;
    let get_help_sooner = advice_list(&ids, "meta", "", "get_help_sooner", &meta.get_help_sooner)?;
    require_text("meta", "", "version", &meta.version)?;

    Ok(Knowledge {
        version: meta.version.leak(),
        regions: regions.leak(),
        conditions: conditions.leak(),
        questions: questions.leak(),
        red_flags: red_flags.leak(),
        advice: advice.leak(),
        sources: sources.leak(),
        urgency: urgency.leak(),
        always_avoid: always_avoid.leak(),
        get_help_sooner: get_help_sooner.leak(),
        tuning,
    })
}

fn err(file: &'static str, item: &str, field: &str, problem: impl Into<String>) -> KnowledgeError {
    KnowledgeError {
        file,
        item: item.to_string(),
        field: field.to_string(),
        problem: problem.into(),
    }
}

fn parse<T: DeserializeOwned>(file: &'static str, json: &str) -> Result<T, KnowledgeError> {
    serde_json::from_str(json).map_err(|e| err(file, "", "", format!("cannot be read: {e}")))
}

/// All the ids a file defines, in order, or the first one defined twice.
fn unique_ids<'a>(
    file: &'static str,
    ids: impl Iterator<Item = &'a str>,
) -> Result<Vec<String>, KnowledgeError> {
    let mut seen = BTreeSet::new();
    let mut all = Vec::new();
    for id in ids {
        require_text(file, id, "id", id)?;
        if !seen.insert(id) {
            return Err(err(file, id, "id", "this id is used twice"));
        }
        all.push(id.to_string());
    }
    Ok(all)
}

fn require_text(
    file: &'static str,
    item: &str,
    field: &str,
    text: &str,
) -> Result<(), KnowledgeError> {
    if text.trim().is_empty() {
        return Err(err(file, item, field, "text is missing"));
    }
    Ok(())
}

fn require_positive(
    file: &'static str,
    item: &str,
    field: &str,
    value: f64,
) -> Result<f64, KnowledgeError> {
    if value.is_finite() && value > 0.0 {
        Ok(value)
    } else {
        Err(err(
            file,
            item,
            field,
            format!("must be a positive finite number, not {value}"),
        ))
    }
}

/// The resolved id lists every other file refers to.
struct Ids {
    sources: Vec<u32>,
    regions: Vec<String>,
    conditions: Vec<String>,
    questions: Vec<String>,
    advice: Vec<String>,
}

fn lookup<T>(
    all: &[String],
    file: &'static str,
    item: &str,
    field: &str,
    kind: &str,
    id: &str,
) -> Result<Ix<T>, KnowledgeError> {
    all.iter()
        .position(|known| known == id)
        .map(Ix::new)
        .ok_or_else(|| err(file, item, field, format!("unknown {kind} id `{id}`")))
}

fn source_list(
    ids: &Ids,
    file: &'static str,
    item: &str,
    numbers: &[u32],
) -> Result<Vec<SourceIx>, KnowledgeError> {
    if numbers.is_empty() {
        return Err(err(file, item, "sources", "name at least one source"));
    }
    numbers
        .iter()
        .map(|n| {
            (ids.sources.iter().position(|known| known == n))
                .map(Ix::new)
                .ok_or_else(|| err(file, item, "sources", format!("unknown source number {n}")))
        })
        .collect()
}

fn region_list(
    ids: &Ids,
    file: &'static str,
    item: &str,
    field: &str,
    list: &[String],
) -> Result<Vec<RegionIx>, KnowledgeError> {
    list.iter()
        .map(|id| lookup(&ids.regions, file, item, field, "region", id))
        .collect()
}

fn advice_list(
    ids: &Ids,
    file: &'static str,
    item: &str,
    field: &str,
    list: &[String],
) -> Result<Vec<AdviceIx>, KnowledgeError> {
    list.iter()
        .map(|id| lookup(&ids.advice, file, item, field, "advice", id))
        .collect()
}

fn compile_sources(raw: Vec<raw::Source>) -> Result<Vec<Source>, KnowledgeError> {
    let mut seen = BTreeSet::new();
    raw.into_iter()
        .map(|s| {
            let item = s.id.to_string();
            if !seen.insert(s.id) {
                return Err(err(
                    "sources",
                    &item,
                    "id",
                    "this source number is used twice",
                ));
            }
            require_text("sources", &item, "cite", &s.cite)?;
            Ok(Source {
                number: s.id,
                cite: links_as_sites(&s.cite).leak(),
            })
        })
        .collect()
}

/// The citation with each web address shortened to its site ("https://www.nice.org.uk/guidance/
/// ng12" reads "nice.org.uk"): on a phone a long address is noise nobody can tap, and every
/// source still names its authors, title and journal or DOI. `sources.toml` keeps the full
/// addresses for clinicians checking a source.
fn links_as_sites(cite: &str) -> String {
    cite.split(' ')
        .map(|word| {
            let start = word.find("http://").or_else(|| word.find("https://"));
            let Some(start) = start else {
                return word.to_string();
            };
            let (before, link) = word.split_at(start);
            let address = link.split_once("//").map_or(link, |(_, rest)| rest);
            let host = address
                .split(['/', '?', '#', ')', ','])
                .next()
                .unwrap_or("");
            let host = host.strip_prefix("www.").unwrap_or(host);
            let trailing = &word[word.trim_end_matches([')', ',', ';', '.']).len()..];
            format!("{before}{host}{trailing}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn compile_region(r: raw::Region) -> Result<Region, KnowledgeError> {
    require_text("regions", &r.id, "name", &r.name)?;
    require_text("regions", &r.id, "description", &r.description)?;
    Ok(Region {
        id: r.id.leak(),
        name: r.name.leak(),
        description: r.description.leak(),
        vague: r.vague,
    })
}

fn compile_advice(ids: &Ids, a: raw::Advice) -> Result<Advice, KnowledgeError> {
    require_text("advice", &a.id, "text", &a.text)?;
    let sources = source_list(ids, "advice", &a.id, &a.sources)?;
    let urgency = match &a.urgency {
        Some(level) => Some(urgency_id("advice", &a.id, "urgency", level)?),
        None => None,
    };
    Ok(Advice {
        id: a.id.leak(),
        text: a.text.leak(),
        sources: sources.leak(),
        urgency,
    })
}

fn compile_groups(
    ids: &Ids,
    groups: &BTreeMap<String, Vec<String>>,
) -> Result<BTreeMap<String, Vec<ConditionIx>>, KnowledgeError> {
    groups
        .iter()
        .map(|(name, members)| {
            if ids.conditions.contains(name) {
                return Err(err(
                    "conditions",
                    name,
                    "groups",
                    "a group cannot share a condition's id",
                ));
            }
            if members.is_empty() {
                return Err(err(
                    "conditions",
                    name,
                    "groups",
                    "a group needs at least one condition",
                ));
            }
            let members = members
                .iter()
                .map(|id| {
                    lookup(
                        &ids.conditions,
                        "conditions",
                        name,
                        "groups",
                        "condition",
                        id,
                    )
                })
                .collect::<Result<Vec<_>, _>>()?;
            Ok((name.clone(), members))
        })
        .collect()
}

fn compile_condition(ids: &Ids, c: raw::Condition) -> Result<Condition, KnowledgeError> {
    const FILE: &str = "conditions";
    require_text(FILE, &c.id, "name", &c.name)?;
    require_text(FILE, &c.id, "description", &c.description)?;
    if c.regions.is_empty() {
        return Err(err(
            FILE,
            &c.id,
            "regions",
            "no region can reach this condition",
        ));
    }
    if c.settle.is_empty() {
        return Err(err(FILE, &c.id, "settle", "give at least one first step"));
    }
    Ok(Condition {
        regions: region_list(ids, FILE, &c.id, "regions", &c.regions)?.leak(),
        also: region_list(ids, FILE, &c.id, "also", &c.also)?.leak(),
        prior_adult: require_positive(FILE, &c.id, "prior.adult", c.prior.adult)?,
        prior_child: require_positive(FILE, &c.id, "prior.child", c.prior.child)?,
        sources: source_list(ids, FILE, &c.id, &c.sources)?.leak(),
        settle: advice_list(ids, FILE, &c.id, "settle", &c.settle)?.leak(),
        build: advice_list(ids, FILE, &c.id, "build", &c.build)?.leak(),
        avoid: advice_list(ids, FILE, &c.id, "avoid", &c.avoid)?.leak(),
        id: c.id.leak(),
        name: c.name.leak(),
        description: c.description.leak(),
    })
}

fn compile_strengths(raw: &BTreeMap<String, f64>) -> Result<BTreeMap<String, f64>, KnowledgeError> {
    if raw.is_empty() {
        return Err(err(
            "meta",
            "",
            "strength",
            "define at least one named strength",
        ));
    }
    raw.iter()
        .map(|(name, factor)| {
            Ok((
                name.clone(),
                require_positive("meta", name, "strength", *factor)?,
            ))
        })
        .collect()
}

/// A question's answer ids, whether written as yes/no statements or as options.
fn question_option_ids(q: &raw::Question) -> Result<Vec<String>, KnowledgeError> {
    match (&q.yes, &q.no, q.options.is_empty()) {
        (Some(_), Some(_), true) => Ok(vec!["yes".into(), "no".into()]),
        (None, None, false) => unique_option_ids(q),
        (None, None, true) => Err(err(
            "questions",
            &q.id,
            "options",
            "this question has no options",
        )),
        _ => Err(err(
            "questions",
            &q.id,
            "options",
            "give either both `yes` and `no` statements or a list of `options`",
        )),
    }
}

fn unique_option_ids(q: &raw::Question) -> Result<Vec<String>, KnowledgeError> {
    let mut seen = BTreeSet::new();
    q.options
        .iter()
        .map(|o| {
            require_text("questions", &q.id, "options.id", &o.id)?;
            if o.id == crate::UNSURE {
                return Err(err(
                    "questions",
                    &q.id,
                    "options",
                    "`unsure` is added to every question; do not list it",
                ));
            }
            if !seen.insert(o.id.as_str()) {
                return Err(err(
                    "questions",
                    &q.id,
                    "options",
                    format!("option `{}` is listed twice", o.id),
                ));
            }
            Ok(o.id.clone())
        })
        .collect()
}

struct ClauseResolver<'a> {
    ids: &'a Ids,
    option_ids: &'a [Vec<String>],
}

impl ClauseResolver<'_> {
    fn option_of(&self, question: QuestionIx, answer: &str) -> Option<OptionIx> {
        (self.option_ids[question.get()].iter())
            .position(|o| o == answer)
            .map(Ix::new)
    }

    fn resolve(
        &self,
        file: &'static str,
        item: &str,
        field: &str,
        clauses: &Clauses,
    ) -> Result<Vec<Clause>, KnowledgeError> {
        clauses
            .iter()
            .map(|(key, accepted)| {
                let accepted = accepted.items();
                if accepted.is_empty() {
                    return Err(err(file, item, field, format!("`{key}` accepts no answer")));
                }
                if key == "regions" {
                    let ids: Vec<String> = accepted.iter().map(|s| s.to_string()).collect();
                    return Ok(Clause::Region(
                        region_list(self.ids, file, item, field, &ids)?.leak(),
                    ));
                }
                let question = lookup(&self.ids.questions, file, item, field, "question", key)?;
                let accepts = accepted
                    .iter()
                    .map(|answer| {
                        self.option_of(question, answer).ok_or_else(|| {
                            err(
                                file,
                                item,
                                field,
                                format!("question `{key}` has no answer `{answer}`"),
                            )
                        })
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(Clause::Answer {
                    question,
                    accepts: accepts.leak(),
                })
            })
            .collect()
    }
}

fn compile_question(
    ids: &Ids,
    groups: &BTreeMap<String, Vec<ConditionIx>>,
    strengths: &BTreeMap<String, f64>,
    clauses: &ClauseResolver,
    q: raw::Question,
) -> Result<Question, KnowledgeError> {
    const FILE: &str = "questions";
    require_text(FILE, &q.id, "text", &q.text)?;
    require_text(FILE, &q.id, "why", &q.why)?;
    if let Some(how) = &q.how {
        require_text(FILE, &q.id, "how", how)?;
    }
    if let Some(line) = &q.checklist {
        require_text(FILE, &q.id, "checklist", line)?;
    }
    let yes_no = q.options.is_empty();
    let options = match (q.yes, q.no) {
        (Some(yes), Some(no)) => {
            require_text(FILE, &q.id, "yes", &yes)?;
            require_text(FILE, &q.id, "no", &no)?;
            vec![
                AnswerOption {
                    id: "yes",
                    label: "Yes",
                    says: yes.leak(),
                },
                AnswerOption {
                    id: "no",
                    label: "No",
                    says: no.leak(),
                },
            ]
        }
        _ => {
            for o in &q.options {
                require_text(FILE, &q.id, &format!("options.{}.label", o.id), &o.label)?;
                require_text(FILE, &q.id, &format!("options.{}.says", o.id), &o.says)?;
            }
            q.options
                .into_iter()
                .map(|o| AnswerOption {
                    id: o.id.leak(),
                    label: o.label.leak(),
                    says: o.says.leak(),
                })
                .collect()
        }
    };
    let mut effects = Vec::new();
    for (row, e) in q.effects.iter().enumerate() {
        let field = format!("effects[{row}]");
        let option = Ix::find(&options, |o| o.id == e.answer).ok_or_else(|| {
            err(
                FILE,
                &q.id,
                &field,
                format!("this question has no answer `{}`", e.answer),
            )
        })?;
        let factor = match &e.weight {
            Weight::Factor(x) => require_positive(FILE, &q.id, &field, *x)?,
            Weight::Named(name) => *strengths
                .get(name)
                .ok_or_else(|| err(FILE, &q.id, &field, format!("unknown strength `{name}`")))?,
        };
        let targets = match groups.get(&e.on) {
            Some(members) => members.clone(),
            None => vec![lookup(
                &ids.conditions,
                FILE,
                &q.id,
                &field,
                "condition or group",
                &e.on,
            )?],
        };
        // One list shared by every target of the effect.
        let when: &'static [Clause] = clauses.resolve(FILE, &q.id, &field, &e.when)?.leak();
        effects.extend(targets.into_iter().map(|condition| Effect {
            option,
            condition,
            factor,
            when,
        }));
    }
    Ok(Question {
        sources: source_list(ids, FILE, &q.id, &q.sources)?.leak(),
        id: q.id.leak(),
        text: q.text.leak(),
        how: q.how.map(|how| &*how.leak()),
        checklist: q.checklist.map(|line| &*line.leak()),
        why: q.why.leak(),
        yes_no,
        options: options.leak(),
        effects: effects.leak(),
    })
}

fn compile_red_flags(
    ids: &Ids,
    clauses: &ClauseResolver,
    raw: Vec<raw::RedFlag>,
) -> Result<Vec<RedFlag>, KnowledgeError> {
    const FILE: &str = "red_flags";
    unique_ids(FILE, raw.iter().map(|f| f.id.as_str()))?;
    raw.into_iter()
        .map(|f| {
            require_text(FILE, &f.id, "title", &f.title)?;
            require_text(FILE, &f.id, "why", &f.why)?;
            let urgency = urgency_id(FILE, &f.id, "urgency", &f.urgency)?;
            match (f.watch, f.triggers.is_empty()) {
                (true, false) => {
                    return Err(err(
                        FILE,
                        &f.id,
                        "triggers",
                        "a watch-for flag has no triggers",
                    ))
                }
                (false, true) => {
                    return Err(err(FILE, &f.id, "triggers", "give at least one trigger"))
                }
                _ => {}
            }
            let triggers = f
                .triggers
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let field = format!("triggers[{i}]");
                    if t.is_empty() {
                        return Err(err(
                            FILE,
                            &f.id,
                            &field,
                            "an empty trigger would always fire",
                        ));
                    }
                    clauses.resolve(FILE, &f.id, &field, t)
                })
                .collect::<Result<Vec<_>, _>>()?;
            let escalate = match &f.escalate {
                None => None,
                Some(e) => {
                    let to = urgency_id(FILE, &f.id, "escalate.to", &e.to)?;
                    if to <= urgency {
                        return Err(err(
                            FILE,
                            &f.id,
                            "escalate.to",
                            "must be more urgent than the flag itself",
                        ));
                    }
                    Some((to, clauses.resolve(FILE, &f.id, "escalate.when", &e.when)?))
                }
            };
            let most = escalate.as_ref().map_or(urgency, |(to, _)| *to);
            let time_course = match &f.time_course {
                None => None,
                Some(t) => Some(compile_time_course(clauses, &f.id, most, t)?),
            };
            Ok(RedFlag {
                time_course,
                advice: advice_list(ids, FILE, &f.id, "advice", &f.advice)?.leak(),
                hold_exercises: f.hold_exercises,
                not_sure_counts: f.not_sure_counts,
                sources: source_list(ids, FILE, &f.id, &f.sources)?.leak(),
                id: f.id.leak(),
                urgency,
                title: f.title.leak(),
                why: f.why.leak(),
                triggers: triggers
                    .into_iter()
                    .map(|trigger| &*trigger.leak())
                    .collect::<Vec<_>>()
                    .leak(),
                escalate: escalate.map(|(level, clauses)| (level, &*clauses.leak())),
                watch: f.watch,
            })
        })
        .collect()
}

/// `time_course = { question = "...", at_most = { answer = "level" } }`: each answer names a
/// level below the most the flag can call for (otherwise it would change nothing).
fn compile_time_course(
    clauses: &ClauseResolver,
    flag: &str,
    most: Urgency,
    raw: &raw::TimeCourse,
) -> Result<TimeCourse, KnowledgeError> {
    const FILE: &str = "red_flags";
    let field = "time_course";
    let question = lookup(
        &clauses.ids.questions,
        FILE,
        flag,
        field,
        "question",
        &raw.question,
    )?;
    let levels = raw
        .at_most
        .iter()
        .map(|(answer, level)| {
            let field = format!("time_course.at_most.{answer}");
            let option = clauses.option_of(question, answer).ok_or_else(|| {
                err(
                    FILE,
                    flag,
                    &field,
                    format!("question `{}` has no answer `{answer}`", raw.question),
                )
            })?;
            let level = urgency_id(FILE, flag, &field, level)?;
            if level >= most {
                return Err(err(
                    FILE,
                    flag,
                    &field,
                    "must be less urgent than the flag, or it changes nothing",
                ));
            }
            Ok((option, level))
        })
        .collect::<Result<Vec<_>, _>>()?;
    if levels.is_empty() {
        return Err(err(
            FILE,
            flag,
            field,
            "give at least one answer in `at_most`",
        ));
    }
    Ok((question, levels.leak()))
}

/// A flag whose question is never asked can never fire, and a question that nothing reads is a
/// screen wasted: both stop the build, naming the file, the id and the field.
fn check_every_rule_can_fire(
    questions: &[Question],
    red_flags: &[RedFlag],
    tuning: &Tuning,
) -> Result<(), KnowledgeError> {
    let in_screens = |q: QuestionIx| tuning.screens.iter().any(|s| s.contains(&q));
    // Outside the safety check, only questions that change the ranking are ever asked.
    let askable = |q: QuestionIx| in_screens(q) || !questions[q].effects.is_empty();
    let mut read_by_flags = BTreeSet::new();
    for flag in red_flags {
        let clause_lists = flag
            .triggers
            .iter()
            .copied()
            .chain(flag.escalate.iter().map(|(_, when)| *when));
        for (i, clause_list) in clause_lists.enumerate() {
            for clause in clause_list {
                let Clause::Answer { question, .. } = clause else {
                    continue;
                };
                read_by_flags.insert(*question);
                let field = if i < flag.triggers.len() {
                    format!("triggers[{i}]")
                } else {
                    "escalate.when".to_string()
                };
                let q = &questions[*question];
                if !askable(*question) {
                    return Err(err(
                        "red_flags",
                        flag.id,
                        &field,
                        format!(
                            "`{}` is in no safety screen and changes no ranking, so it is never asked and this can never fire",
                            q.id
                        ),
                    ));
                }
            }
        }
        if let Some((_, when)) = flag.escalate {
            if flag.triggers.iter().all(|trigger| clashes(trigger, when)) {
                return Err(err(
                    "red_flags",
                    flag.id,
                    "escalate.when",
                    "asks for an answer that no trigger allows, so it can never fire",
                ));
            }
        }
        if let Some((question, _)) = flag.time_course {
            read_by_flags.insert(question);
            if !in_screens(question) {
                return Err(err(
                    "red_flags",
                    flag.id,
                    "time_course.question",
                    format!(
                        "`{}` must be in a safety screen (meta.toml interview.screens) to be asked",
                        questions[question].id
                    ),
                ));
            }
        }
    }
    for (i, q) in Ix::all(questions).zip(questions) {
        if q.effects.is_empty() && !read_by_flags.contains(&i) {
            return Err(err(
                "questions",
                q.id,
                "effects",
                "no red flag and no condition uses this question",
            ));
        }
    }
    Ok(())
}

/// Do two clause lists ask the same question for answers that have none in common?
fn clashes(one: &[Clause], other: &[Clause]) -> bool {
    one.iter().any(|a| {
        other.iter().any(|b| match (a, b) {
            (
                Clause::Answer {
                    question: x,
                    accepts: p,
                },
                Clause::Answer {
                    question: y,
                    accepts: q,
                },
            ) => x == y && !p.iter().any(|o| q.contains(o)),
            _ => false,
        })
    })
}

fn urgency_id(
    file: &'static str,
    item: &str,
    field: &str,
    id: &str,
) -> Result<Urgency, KnowledgeError> {
    Urgency::from_id(id)
        .ok_or_else(|| err(file, item, field, format!("unknown urgency level `{id}`")))
}

fn compile_urgency(
    ids: &Ids,
    raw: &BTreeMap<String, raw::UrgencyText>,
) -> Result<Vec<UrgencyText>, KnowledgeError> {
    for id in raw.keys() {
        urgency_id("meta", id, "urgency", id)?;
    }
    Urgency::ALL
        .iter()
        .map(|level| {
            let text = raw.get(level.id()).ok_or_else(|| {
                err(
                    "meta",
                    level.id(),
                    "urgency",
                    "this level has no words for patients",
                )
            })?;
            require_text("meta", level.id(), "urgency.label", &text.label)?;
            require_text("meta", level.id(), "urgency.action", &text.action)?;
            Ok(UrgencyText {
                label: text.label.clone().leak(),
                action: text.action.clone().leak(),
                sources: source_list(ids, "meta", level.id(), &text.sources)?.leak(),
            })
        })
        .collect()
}

fn compile_tuning(
    ids: &Ids,
    questions: &[Question],
    meta: &raw::Meta,
) -> Result<Tuning, KnowledgeError> {
    let fit = &meta.region_fit;
    let region_fit = RegionFit {
        primary: require_positive("meta", "region_fit", "primary", fit.primary)?,
        secondary: require_positive("meta", "region_fit", "secondary", fit.secondary)?,
        elsewhere: require_positive("meta", "region_fit", "elsewhere", fit.elsewhere)?,
        elsewhere_vague: require_positive(
            "meta",
            "region_fit",
            "elsewhere_vague",
            fit.elsewhere_vague,
        )?,
    };
    let age_question = lookup(
        &ids.questions,
        "meta",
        "",
        "child_age_groups",
        "question",
        "age_group",
    )?;
    let child_age_options = meta
        .child_age_groups
        .iter()
        .map(|id| {
            questions[age_question].option_ix(id).ok_or_else(|| {
                err(
                    "meta",
                    "",
                    "child_age_groups",
                    format!("`age_group` has no answer `{id}`"),
                )
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let interview = &meta.interview;
    let mut seen = BTreeSet::new();
    let screens = interview
        .screens
        .iter()
        .enumerate()
        .map(|(i, group)| {
            let field = format!("screens[{i}]");
            if group.is_empty() {
                return Err(err("meta", "interview", &field, "an empty screen"));
            }
            let group = group
                .iter()
                .map(|id| {
                    let q = lookup(&ids.questions, "meta", "interview", &field, "question", id)?;
                    if !seen.insert(q) {
                        return Err(err(
                            "meta",
                            "interview",
                            &field,
                            format!("`{id}` is on more than one screen"),
                        ));
                    }
                    // Several questions on one screen are a checklist: each is ticked or not.
                    if group.len() > 1 && questions[q].checklist.is_none() {
                        return Err(err(
                            "questions",
                            id,
                            "checklist",
                            "asked on a checklist screen, so it needs its checklist line",
                        ));
                    }
                    if group.len() > 1 && !questions[q].yes_no {
                        return Err(err(
                            "meta",
                            "interview",
                            &field,
                            format!(
                                "`{id}` is not a yes/no question, so it needs a screen of its own"
                            ),
                        ));
                    }
                    Ok(q)
                })
                .collect::<Result<Vec<_>, _>>()?;
            Ok(&*group.leak())
        })
        .collect::<Result<Vec<_>, _>>()?;
    let stop = require_positive(
        "meta",
        "interview",
        "stop_when_top_reaches",
        interview.stop_when_top_reaches,
    )?;
    if stop > 1.0 {
        return Err(err(
            "meta",
            "interview",
            "stop_when_top_reaches",
            "must be at most 1",
        ));
    }
    Ok(Tuning {
        region_fit,
        child_age_options: child_age_options.leak(),
        age_question,
        screens: screens.leak(),
        stop_when_top_reaches: stop,
        min_information_gain_bits: require_positive(
            "meta",
            "interview",
            "min_information_gain_bits",
            interview.min_information_gain_bits,
        )?,
        max_narrowing_questions: interview.max_narrowing_questions,
        not_ruled_out_at_most: urgency_id(
            "meta",
            "",
            "not_ruled_out_at_most",
            &meta.not_ruled_out_at_most,
        )?,
        not_ruled_out_from: urgency_id("meta", "", "not_ruled_out_from", &meta.not_ruled_out_from)?,
    })
}
