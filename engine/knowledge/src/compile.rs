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
    let meta_at = At::file("meta");
    let always_avoid = meta_at.advice(&ids, "always_avoid", &meta.always_avoid)?;
    let get_help_sooner = meta_at.advice(&ids, "get_help_sooner", &meta.get_help_sooner)?;
    meta_at.text("version", &meta.version)?;

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
        likelihood: compile_likelihood(&meta.likelihood)?,
        words: compile_words(meta.words)?,
        tuning,
    })
}

fn parse<T: DeserializeOwned>(file: &'static str, json: &str) -> Result<T, KnowledgeError> {
    serde_json::from_str(json).map_err(|e| At::file(file).err("", format!("cannot be read: {e}")))
}

/// The resolved id lists every other file refers to.
struct Ids {
    sources: Vec<u32>,
    regions: Vec<String>,
    conditions: Vec<String>,
    questions: Vec<String>,
    advice: Vec<String>,
}

/// Where a check is made: the file and the item that every problem found there names, so each
/// check states only the field and what is wrong with it.
#[derive(Clone, Copy)]
struct At<'a> {
    file: &'static str,
    /// The item's id, or empty for the file as a whole.
    item: &'a str,
}

impl<'a> At<'a> {
    fn new(file: &'static str, item: &'a str) -> Self {
        At { file, item }
    }

    fn file(file: &'static str) -> Self {
        At { file, item: "" }
    }

    fn err(self, field: &str, problem: impl Into<String>) -> KnowledgeError {
        KnowledgeError {
            file: self.file,
            item: self.item.to_string(),
            field: field.to_string(),
            problem: problem.into(),
        }
    }

    fn text(self, field: &str, text: &str) -> Result<(), KnowledgeError> {
        if text.trim().is_empty() {
            return Err(self.err(field, "text is missing"));
        }
        Ok(())
    }

    fn positive(self, field: &str, value: f64) -> Result<f64, KnowledgeError> {
        if value.is_finite() && value > 0.0 {
            return Ok(value);
        }
        let problem = format!("must be a positive finite number, not {value}");
        Err(self.err(field, problem))
    }

    fn urgency(self, field: &str, id: &str) -> Result<Urgency, KnowledgeError> {
        Urgency::from_id(id).ok_or_else(|| self.err(field, format!("unknown urgency level `{id}`")))
    }

    /// `id`'s place in `all`, the ids of every `kind` in its file.
    fn lookup<T>(
        self,
        all: &[String],
        field: &str,
        kind: &str,
        id: &str,
    ) -> Result<Ix<T>, KnowledgeError> {
        (all.iter().position(|known| known == id))
            .map(Ix::new)
            .ok_or_else(|| self.err(field, format!("unknown {kind} id `{id}`")))
    }

    /// The item's `sources`: every item cites at least one.
    fn sources(self, ids: &Ids, numbers: &[u32]) -> Result<Vec<SourceIx>, KnowledgeError> {
        if numbers.is_empty() {
            return Err(self.err("sources", "name at least one source"));
        }
        (numbers.iter())
            .map(|n| {
                (ids.sources.iter().position(|known| known == n))
                    .map(Ix::new)
                    .ok_or_else(|| self.err("sources", format!("unknown source number {n}")))
            })
            .collect()
    }

    /// Region ids, from a file's list or from a clause's borrowed `regions` answers.
    fn regions(
        self,
        ids: &Ids,
        field: &str,
        list: &[impl AsRef<str>],
    ) -> Result<Vec<RegionIx>, KnowledgeError> {
        (list.iter())
            .map(|id| self.lookup(&ids.regions, field, "region", id.as_ref()))
            .collect()
    }

    fn advice(
        self,
        ids: &Ids,
        field: &str,
        list: &[String],
    ) -> Result<Vec<AdviceIx>, KnowledgeError> {
        (list.iter())
            .map(|id| self.lookup(&ids.advice, field, "advice", id))
            .collect()
    }
}

/// All the ids a file defines, in order, or the first one defined twice.
fn unique_ids<'a>(
    file: &'static str,
    ids: impl Iterator<Item = &'a str>,
) -> Result<Vec<String>, KnowledgeError> {
    let mut seen = BTreeSet::new();
    let mut all = Vec::new();
    for id in ids {
        let at = At::new(file, id);
        at.text("id", id)?;
        if !seen.insert(id) {
            return Err(at.err("id", "this id is used twice"));
        }
        all.push(id.to_string());
    }
    Ok(all)
}

fn compile_sources(raw: Vec<raw::Source>) -> Result<Vec<Source>, KnowledgeError> {
    let mut seen = BTreeSet::new();
    raw.into_iter()
        .map(|s| {
            let item = s.id.to_string();
            let at = At::new("sources", &item);
            if !seen.insert(s.id) {
                return Err(at.err("id", "this source number is used twice"));
            }
            at.text("cite", &s.cite)?;
            Ok(Source { number: s.id })
        })
        .collect()
}

/// Each source's number and citation as the widget shows it. Kept out of [`Knowledge`], so the
/// widget's download does not carry them: they are a file of their own (`embed/sources.txt`),
/// fetched when a patient opens the list.
pub fn cites(files: &KnowledgeFiles) -> Result<Vec<(u32, String)>, KnowledgeError> {
    let sources: raw::Sources = parse("sources", &files.sources)?;
    Ok(sources
        .source
        .into_iter()
        .map(|s| (s.id, links_as_sites(&s.cite)))
        .collect())
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
    let at = At::new("regions", &r.id);
    at.text("name", &r.name)?;
    at.text("description", &r.description)?;
    Ok(Region {
        id: r.id.leak(),
        name: r.name.leak(),
        description: r.description.leak(),
        vague: r.vague,
    })
}

fn compile_advice(ids: &Ids, a: raw::Advice) -> Result<Advice, KnowledgeError> {
    let at = At::new("advice", &a.id);
    at.text("text", &a.text)?;
    let sources = at.sources(ids, &a.sources)?;
    let urgency = (a.urgency.as_deref())
        .map(|level| at.urgency("urgency", level))
        .transpose()?;
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
            let at = At::new("conditions", name);
            if ids.conditions.contains(name) {
                return Err(at.err("groups", "a group cannot share a condition's id"));
            }
            if members.is_empty() {
                return Err(at.err("groups", "a group needs at least one condition"));
            }
            let members = (members.iter())
                .map(|id| at.lookup(&ids.conditions, "groups", "condition", id))
                .collect::<Result<Vec<_>, _>>()?;
            Ok((name.clone(), members))
        })
        .collect()
}

fn compile_condition(ids: &Ids, c: raw::Condition) -> Result<Condition, KnowledgeError> {
    let at = At::new("conditions", &c.id);
    at.text("name", &c.name)?;
    at.text("medical_name", &c.medical_name)?;
    at.text("description", &c.description)?;
    if c.regions.is_empty() {
        return Err(at.err("regions", "no region can reach this condition"));
    }
    if c.settle.is_empty() {
        return Err(at.err("settle", "give at least one first step"));
    }
    Ok(Condition {
        regions: at.regions(ids, "regions", &c.regions)?.leak(),
        also: at.regions(ids, "also", &c.also)?.leak(),
        prior_adult: at.positive("prior.adult", c.prior.adult)?,
        prior_child: at.positive("prior.child", c.prior.child)?,
        sources: at.sources(ids, &c.sources)?.leak(),
        settle: at.advice(ids, "settle", &c.settle)?.leak(),
        build: at.advice(ids, "build", &c.build)?.leak(),
        avoid: at.advice(ids, "avoid", &c.avoid)?.leak(),
        id: c.id.leak(),
        name: c.name.leak(),
        medical_name: c.medical_name.leak(),
        description: c.description.leak(),
    })
}

fn compile_strengths(raw: &BTreeMap<String, f64>) -> Result<BTreeMap<String, f64>, KnowledgeError> {
    if raw.is_empty() {
        return Err(At::file("meta").err("strength", "define at least one named strength"));
    }
    raw.iter()
        .map(|(name, factor)| {
            Ok((
                name.clone(),
                At::new("meta", name).positive("strength", *factor)?,
            ))
        })
        .collect()
}

/// A question's answer ids, whether written as yes/no statements or as options.
fn question_option_ids(q: &raw::Question) -> Result<Vec<String>, KnowledgeError> {
    let at = At::new("questions", &q.id);
    match (&q.yes, &q.no, q.options.is_empty()) {
        (Some(_), Some(_), true) => Ok(vec!["yes".into(), "no".into()]),
        (None, None, false) => unique_option_ids(q),
        (None, None, true) => Err(at.err("options", "this question has no options")),
        _ => Err(at.err(
            "options",
            "give either both `yes` and `no` statements or a list of `options`",
        )),
    }
}

fn unique_option_ids(q: &raw::Question) -> Result<Vec<String>, KnowledgeError> {
    let at = At::new("questions", &q.id);
    let mut seen = BTreeSet::new();
    q.options
        .iter()
        .map(|o| {
            at.text("options.id", &o.id)?;
            if o.id == crate::UNSURE {
                let problem = "`unsure` is added to every question; do not list it";
                return Err(at.err("options", problem));
            }
            if !seen.insert(o.id.as_str()) {
                return Err(at.err("options", format!("option `{}` is listed twice", o.id)));
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
        at: At,
        field: &str,
        clauses: &Clauses,
    ) -> Result<Vec<Clause>, KnowledgeError> {
        clauses
            .iter()
            .map(|(key, accepted)| {
                let accepted = accepted.items();
                if accepted.is_empty() {
                    return Err(at.err(field, format!("`{key}` accepts no answer")));
                }
                if key == "regions" {
                    return Ok(Clause::Region(
                        at.regions(self.ids, field, &accepted)?.leak(),
                    ));
                }
                let question = at.lookup(&self.ids.questions, field, "question", key)?;
                let accepts = accepted
                    .iter()
                    .map(|answer| {
                        self.option_of(question, answer).ok_or_else(|| {
                            at.err(field, format!("question `{key}` has no answer `{answer}`"))
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
    let at = At::new("questions", &q.id);
    at.text("text", &q.text)?;
    at.text("why", &q.why)?;
    if let Some(how) = &q.how {
        at.text("how", how)?;
    }
    if let Some(line) = &q.checklist {
        at.text("checklist", line)?;
    }
    let yes_no = q.options.is_empty();
    let options = match (q.yes, q.no) {
        (Some(yes), Some(no)) => {
            at.text("yes", &yes)?;
            at.text("no", &no)?;
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
                at.text(&format!("options.{}.label", o.id), &o.label)?;
                at.text(&format!("options.{}.says", o.id), &o.says)?;
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
            let problem = format!("this question has no answer `{}`", e.answer);
            at.err(&field, problem)
        })?;
        let factor = match &e.weight {
            Weight::Factor(x) => at.positive(&field, *x)?,
            Weight::Named(name) => *strengths
                .get(name)
                .ok_or_else(|| at.err(&field, format!("unknown strength `{name}`")))?,
        };
        let targets = match groups.get(&e.on) {
            Some(members) => members.clone(),
            None => vec![at.lookup(&ids.conditions, &field, "condition or group", &e.on)?],
        };
        // One list shared by every target of the effect.
        let when: &'static [Clause] = clauses.resolve(at, &field, &e.when)?.leak();
        effects.extend(targets.into_iter().map(|condition| Effect {
            option,
            condition,
            factor,
            when,
        }));
    }
    Ok(Question {
        sources: at.sources(ids, &q.sources)?.leak(),
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
    unique_ids("red_flags", raw.iter().map(|f| f.id.as_str()))?;
    raw.into_iter()
        .map(|f| {
            let at = At::new("red_flags", &f.id);
            at.text("title", &f.title)?;
            at.text("why", &f.why)?;
            let urgency = at.urgency("urgency", &f.urgency)?;
            match (f.watch, f.triggers.is_empty()) {
                (true, false) => return Err(at.err("triggers", "a watch-for flag has no triggers")),
                (false, true) => return Err(at.err("triggers", "give at least one trigger")),
                _ => {}
            }
            // No question asks about it, so its short line is how anyone hears of it.
            if f.watch && f.advice.is_empty() {
                return Err(at.err(
                    "advice",
                    "a watch-for flag needs the line everyone is shown",
                ));
            }
            let triggers = (f.triggers.iter().enumerate())
                .map(|(i, t)| {
                    let field = format!("triggers[{i}]");
                    if t.is_empty() {
                        return Err(at.err(&field, "an empty trigger would always fire"));
                    }
                    clauses.resolve(at, &field, t)
                })
                .collect::<Result<Vec<_>, _>>()?;
            let escalate = match &f.escalate {
                None => None,
                Some(e) => {
                    let to = at.urgency("escalate.to", &e.to)?;
                    if to <= urgency {
                        let problem = "must be more urgent than the flag itself";
                        return Err(at.err("escalate.to", problem));
                    }
                    Some((to, clauses.resolve(at, "escalate.when", &e.when)?))
                }
            };
            let most = escalate.as_ref().map_or(urgency, |(to, _)| *to);
            let time_course = (f.time_course.as_ref())
                .map(|t| compile_time_course(clauses, at, most, t))
                .transpose()?;
            Ok(RedFlag {
                time_course,
                advice: at.advice(ids, "advice", &f.advice)?.leak(),
                hold_exercises: f.hold_exercises,
                not_sure_counts: f.not_sure_counts,
                sources: at.sources(ids, &f.sources)?.leak(),
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
    flag: At,
    most: Urgency,
    raw: &raw::TimeCourse,
) -> Result<TimeCourse, KnowledgeError> {
    let field = "time_course";
    let question = flag.lookup(&clauses.ids.questions, field, "question", &raw.question)?;
    let levels = raw
        .at_most
        .iter()
        .map(|(answer, level)| {
            let field = format!("time_course.at_most.{answer}");
            let option = clauses.option_of(question, answer).ok_or_else(|| {
                let problem = format!("question `{}` has no answer `{answer}`", raw.question);
                flag.err(&field, problem)
            })?;
            let level = flag.urgency(&field, level)?;
            if level >= most {
                let problem = "must be less urgent than the flag, or it changes nothing";
                return Err(flag.err(&field, problem));
            }
            Ok((option, level))
        })
        .collect::<Result<Vec<_>, _>>()?;
    if levels.is_empty() {
        return Err(flag.err(field, "give at least one answer in `at_most`"));
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
        let at = At::new("red_flags", flag.id);
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
                if !askable(*question) {
                    let problem = format!(
                        "`{}` is in no safety screen and changes no ranking, so it is never asked and this can never fire",
                        questions[*question].id
                    );
                    return Err(at.err(&field, problem));
                }
            }
        }
        if let Some((_, when)) = flag.escalate {
            if flag.triggers.iter().all(|trigger| clashes(trigger, when)) {
                let problem = "asks for an answer that no trigger allows, so it can never fire";
                return Err(at.err("escalate.when", problem));
            }
        }
        if let Some((question, _)) = flag.time_course {
            read_by_flags.insert(question);
            if !in_screens(question) {
                let problem = format!(
                    "`{}` must be in a safety screen (meta.toml interview.screens) to be asked",
                    questions[question].id
                );
                return Err(at.err("time_course.question", problem));
            }
        }
    }
    for (i, q) in Ix::all(questions).zip(questions) {
        if q.effects.is_empty() && !read_by_flags.contains(&i) {
            let problem = "no red flag and no condition uses this question";
            return Err(At::new("questions", q.id).err("effects", problem));
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

fn compile_urgency(
    ids: &Ids,
    raw: &BTreeMap<String, raw::UrgencyText>,
) -> Result<Vec<UrgencyText>, KnowledgeError> {
    for id in raw.keys() {
        At::new("meta", id).urgency("urgency", id)?;
    }
    Urgency::ALL
        .iter()
        .map(|level| {
            let at = At::new("meta", level.id());
            let text = (raw.get(level.id()))
                .ok_or_else(|| at.err("urgency", "this level has no words for patients"))?;
            at.text("urgency.label", &text.label)?;
            at.text("urgency.action", &text.action)?;
            Ok(UrgencyText {
                label: text.label.clone().leak(),
                action: text.action.clone().leak(),
                sources: at.sources(ids, &text.sources)?.leak(),
            })
        })
        .collect()
}

/// Both shares in (0, 1], "most likely" above "possible".
/// Each word given, holding the blanks the engine fills in and no others.
fn compile_words(raw: raw::Words) -> Result<Words, KnowledgeError> {
    let at = At::new("meta", "words");
    let word = |field: &str, text: String| {
        at.text(field, &text)?;
        match text.contains(['{', '}']) {
            false => Ok(text.leak() as Text),
            true => Err(at.err(field, "must hold no {…} blank")),
        }
    };
    let template = |field: &str, text: String, blank: &str| {
        at.text(field, &text)?;
        match text.split_once(blank) {
            Some((before, after)) if !(before.to_owned() + after).contains(['{', '}']) => {
                Ok(Template {
                    before: before.to_owned().leak(),
                    after: after.to_owned().leak(),
                })
            }
            _ => Err(at.err(field, format!("must hold {blank} once, and no other blank"))),
        }
    };
    Ok(Words {
        most_likely: word("most_likely", raw.most_likely)?,
        possible: word("possible", raw.possible)?,
        less_likely: word("less_likely", raw.less_likely)?,
        strong_sign: word("strong_sign", raw.strong_sign)?,
        moderate_sign: word("moderate_sign", raw.moderate_sign)?,
        weak_sign: word("weak_sign", raw.weak_sign)?,
        felt_here: template("felt_here", raw.felt_here, "{name}")?,
        sometimes_felt_here: template("sometimes_felt_here", raw.sometimes_felt_here, "{name}")?,
        usually_felt_elsewhere: template(
            "usually_felt_elsewhere",
            raw.usually_felt_elsewhere,
            "{places}",
        )?,
        or: word("or", raw.or)?,
        common_at_age: template("common_at_age", raw.common_at_age, "{answer}")?,
        uncommon_at_age: template("uncommon_at_age", raw.uncommon_at_age, "{answer}")?,
    })
}

fn compile_likelihood(raw: &raw::LikelihoodWords) -> Result<LikelihoodWords, KnowledgeError> {
    let at = At::new("meta", "likelihood");
    let most_likely = at.positive("most_likely", raw.most_likely)?;
    let possible = at.positive("possible", raw.possible)?;
    if most_likely > 1.0 || possible >= most_likely {
        return Err(at.err(
            "possible",
            "must be below `most_likely`, and both at most 1",
        ));
    }
    Ok(LikelihoodWords {
        most_likely,
        possible,
    })
}

fn compile_tuning(
    ids: &Ids,
    questions: &[Question],
    meta: &raw::Meta,
) -> Result<Tuning, KnowledgeError> {
    let whole = At::file("meta");
    let fit = &meta.region_fit;
    let at = At::new("meta", "region_fit");
    let region_fit = RegionFit {
        primary: at.positive("primary", fit.primary)?,
        secondary: at.positive("secondary", fit.secondary)?,
        elsewhere: at.positive("elsewhere", fit.elsewhere)?,
        elsewhere_vague: at.positive("elsewhere_vague", fit.elsewhere_vague)?,
    };
    let age_question = whole.lookup(&ids.questions, "child_age_groups", "question", "age_group")?;
    let child_age_options = meta
        .child_age_groups
        .iter()
        .map(|id| {
            questions[age_question].option_ix(id).ok_or_else(|| {
                let problem = format!("`age_group` has no answer `{id}`");
                whole.err("child_age_groups", problem)
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let interview = &meta.interview;
    let at = At::new("meta", "interview");
    let mut seen = BTreeSet::new();
    let screens = interview
        .screens
        .iter()
        .enumerate()
        .map(|(i, group)| {
            let field = format!("screens[{i}]");
            if group.is_empty() {
                return Err(at.err(&field, "an empty screen"));
            }
            let group = group
                .iter()
                .map(|id| {
                    let q = at.lookup(&ids.questions, &field, "question", id)?;
                    if !seen.insert(q) {
                        return Err(at.err(&field, format!("`{id}` is on more than one screen")));
                    }
                    // Several questions on one screen are a checklist: each is ticked or not.
                    if group.len() > 1 && questions[q].checklist.is_none() {
                        let problem = "asked on a checklist screen, so it needs its checklist line";
                        return Err(At::new("questions", id).err("checklist", problem));
                    }
                    if group.len() > 1 && !questions[q].yes_no {
                        let problem = format!(
                            "`{id}` is not a yes/no question, so it needs a screen of its own"
                        );
                        return Err(at.err(&field, problem));
                    }
                    Ok(q)
                })
                .collect::<Result<Vec<_>, _>>()?;
            Ok(&*group.leak())
        })
        .collect::<Result<Vec<_>, _>>()?;
    let stop = at.positive("stop_when_top_reaches", interview.stop_when_top_reaches)?;
    if stop > 1.0 {
        return Err(at.err("stop_when_top_reaches", "must be at most 1"));
    }
    let min_gain = at.positive(
        "min_information_gain_bits",
        interview.min_information_gain_bits,
    )?;
    Ok(Tuning {
        region_fit,
        child_age_options: child_age_options.leak(),
        age_question,
        screens: screens.leak(),
        stop_when_top_reaches: stop,
        min_information_gain_bits: min_gain,
        max_narrowing_questions: interview.max_narrowing_questions,
        not_ruled_out_at_most: whole
            .urgency("not_ruled_out_at_most", &meta.not_ruled_out_at_most)?,
        not_ruled_out_from: whole.urgency("not_ruled_out_from", &meta.not_ruled_out_from)?,
    })
}
