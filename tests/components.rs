//! Component tests in headless Chromium (wasm-bindgen-test): the real widget, mounted into a
//! fresh element, clicked and typed at like a person would. Run by `cargo xtask test`.
#![cfg(target_arch = "wasm32")]

use heel_triage::ui::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};
use yew::AppHandle;

wasm_bindgen_test_configure!(run_in_browser);

const SAVED: &str = "heel-triage:progress";

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

struct Mounted {
    root: Element,
    app: Option<AppHandle<App>>,
}

impl Mounted {
    async fn new() -> Mounted {
        let document = web_sys::window().unwrap().document().unwrap();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let app =
            yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps::default()).render();
        yew::scheduler::flush().await;
        Mounted {
            root,
            app: Some(app),
        }
    }

    fn find(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).unwrap()
    }

    fn get(&self, selector: &str) -> Element {
        self.find(selector)
            .unwrap_or_else(|| panic!("no {selector} in: {}", self.root.inner_html()))
    }

    async fn click(&self, selector: &str) {
        self.get(selector)
            .dyn_into::<HtmlElement>()
            .expect("an HTML element")
            .click();
        yew::scheduler::flush().await;
    }

    /// SVG shapes are not HTML elements: dispatch a real, bubbling click.
    async fn click_svg(&self, selector: &str) {
        let init = web_sys::MouseEventInit::new();
        init.set_bubbles(true);
        let event = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
        self.get(selector).dispatch_event(&event).unwrap();
        yew::scheduler::flush().await;
    }

    async fn key(&self, selector: &str, key: &str) {
        let init = KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        self.get(selector).dispatch_event(&event).unwrap();
        yew::scheduler::flush().await;
    }

    /// The question on show: a single question's id, or a checklist's first line's.
    fn question(&self) -> Option<String> {
        self.find("[data-question]")
            .and_then(|q| q.get_attribute("data-question"))
    }

    /// The ids of every line of the checklist on show (none for a single question).
    fn checklist(&self) -> Vec<String> {
        self.attributes("[data-checklist] [data-question]", "data-question")
    }

    async fn answer(&self, value: &str) {
        self.click(&format!("[data-answer=\"{value}\"]")).await;
    }

    /// Marks the checklist's lines whose `pick` is "true" or "unsure", then sends it (the rest
    /// count as No).
    async fn tick(&self, pick: impl Fn(&str) -> &'static str) {
        for line in self.checklist() {
            if let value @ ("true" | "unsure") = pick(&line) {
                self.click(&format!("[data-question={line}] [data-answer={value}]"))
                    .await;
            }
        }
        self.click("[data-action^=checklist]").await;
    }

    /// Answers each screen with `pick(question id)` until the interview ends.
    async fn answer_all(&self, pick: impl Fn(&str) -> &'static str) {
        for _ in 0..40 {
            let Some(question) = self.question() else {
                return;
            };
            if self.checklist().is_empty() {
                self.answer(pick(&question)).await;
            } else {
                self.tick(&pick).await;
            }
        }
        panic!("the interview did not end");
    }

    fn texts(&self, selector: &str) -> Vec<String> {
        let found = self.root.query_selector_all(selector).unwrap();
        (0..found.length())
            .filter_map(|i| found.item(i))
            .map(|node| node.text_content().unwrap_or_default())
            .collect()
    }

    /// The value of `name` on each element `selector` finds, in page order.
    fn attributes(&self, selector: &str, name: &str) -> Vec<String> {
        let found = self.root.query_selector_all(selector).unwrap();
        (0..found.length())
            .filter_map(|i| {
                found
                    .item(i)?
                    .dyn_into::<Element>()
                    .ok()?
                    .get_attribute(name)
            })
            .collect()
    }

    fn destroy(mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.remove();
    }
}

async fn fresh() -> Mounted {
    storage().remove_item(SAVED).unwrap();
    Mounted::new().await
}

/// An adult runner whose Achilles has been overloaded (midportion pattern): self-care.
fn runner(question: &str) -> &'static str {
    match question {
        "age_group" => "25_40",
        "weight_bearing" => "normal",
        "single_leg_tiptoe" => "painful",
        "duration" => "2_to_12_weeks",
        "recent_load_increase" | "eases_with_warmup" => "true",
        "morning_stiffness" => "under_30_min",
        "nerve_symptoms" => "none",
        _ => "false",
    }
}

/// A checklist pick: the pain started suddenly, with a pop.
fn sudden_pop(line: &str) -> &'static str {
    match line {
        "sudden_onset" | "pop_or_kicked" => "true",
        _ => "false",
    }
}

async fn at_questions(region: &str) -> Mounted {
    let m = fresh().await;
    m.click("[data-action=start]").await;
    m.click_svg(&format!(
        "[data-view=back] [data-region={region}], [data-view=sole] [data-region={region}]"
    ))
    .await;
    m.click("[data-action=continue]").await;
    m
}

#[wasm_bindgen_test]
async fn the_widget_renders_its_start_screen() {
    let m = fresh().await;
    assert!(m
        .get("[data-action=start]")
        .text_content()
        .unwrap()
        .contains("Start"));
    assert!(m.root.text_content().unwrap().contains("not a diagnosis"));
    m.destroy();
}

#[wasm_bindgen_test]
async fn clicking_a_region_chooses_it_and_clicking_again_unchooses_it() {
    let m = fresh().await;
    m.click("[data-action=start]").await;
    let shape = "[data-view=back] [data-region=achilles_insertion]";
    assert_eq!(
        m.get(shape).get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    assert!(m.get("[data-action=continue]").has_attribute("disabled"));
    m.click_svg(shape).await;
    assert_eq!(
        m.get(shape).get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert!(m
        .root
        .text_content()
        .unwrap()
        .contains("You chose: Where the tendon joins the heel."));
    assert!(!m.get("[data-action=continue]").has_attribute("disabled"));
    m.click_svg(shape).await;
    assert_eq!(
        m.get(shape).get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    m.destroy();
}

/// Lets the browser run its queued tasks (such as a `<details>` element's toggle event).
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn the_list_of_places_opens_and_chooses_the_same_regions_as_the_drawing() {
    let m = fresh().await;
    m.click("[data-action=start]").await;
    let listed = ".ht-region-list [data-region=achilles_insertion]";
    assert!(m.find(listed).is_none(), "built only when opened");
    m.click(".ht-region-list summary").await;
    next_task().await;
    let named = m
        .root
        .query_selector_all(".ht-region-list [data-region]")
        .unwrap();
    assert_eq!(named.length(), 11, "every region that names a place");
    m.click(listed).await;
    assert_eq!(
        m.get(listed).get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(
        m.get("[data-view=back] [data-region=achilles_insertion]")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true"),
        "the drawing shows the same choice"
    );
    m.click(".ht-region-list summary").await;
    next_task().await;
    assert!(m.find(listed).is_none(), "closed again");
    m.destroy();
}

/// The element with keyboard focus.
fn focused() -> Option<Element> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
}

fn focused_id() -> Option<String> {
    focused().map(|e| e.id())
}

#[wasm_bindgen_test]
async fn each_new_screen_takes_focus_at_its_heading_but_the_first_does_not() {
    let m = fresh().await;
    assert_ne!(
        focused_id().as_deref(),
        Some("ht-start-title"),
        "the host page keeps its focus"
    );
    m.click("[data-action=start]").await;
    assert_eq!(focused_id().as_deref(), Some("ht-where-title"));
    // Choosing a place is not a new screen: focus stays on the shape.
    let shape = "[data-view=back] [data-region=achilles_midportion]";
    m.get(shape)
        .dyn_into::<web_sys::SvgElement>()
        .unwrap()
        .focus()
        .unwrap();
    m.key(shape, "Enter").await;
    assert_eq!(
        m.get(shape).get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert!(focused() == m.find(shape));

    m.click("[data-action=continue]").await;
    assert_eq!(focused_id().as_deref(), Some("ht-question-text"));
    m.answer("25_40").await;
    let heading = m.get("[data-checklist] h2");
    assert!(focused() == Some(heading));
    m.click("[data-action=back]").await;
    let heading = m.get("[data-question=age_group] h2");
    assert!(focused() == Some(heading));
    m.answer("25_40").await;
    m.tick(sudden_pop).await;
    m.answer("under_4_weeks").await;
    assert_eq!(focused_id().as_deref(), Some("ht-emergency-title"));
    m.click("[data-action=see-result]").await;
    assert_eq!(focused_id().as_deref(), Some("ht-result-title"));
    m.destroy();
}

#[wasm_bindgen_test]
async fn the_diagram_marks_once_when_it_is_first_in_the_page() {
    const MARK: &str = "heel-triage:diagram-ready";
    let performance = web_sys::window().unwrap().performance().unwrap();
    let m = fresh().await;
    performance.clear_marks_with_mark_name(MARK);
    m.click("[data-action=start]").await;
    assert_eq!(performance.get_entries_by_name(MARK).length(), 1);
    m.click_svg("[data-view=back] [data-region=achilles_insertion]")
        .await;
    assert_eq!(
        performance.get_entries_by_name(MARK).length(),
        1,
        "not again on a re-render"
    );
    m.destroy();
}

#[wasm_bindgen_test]
async fn regions_are_chosen_with_enter_or_space_and_arrows_move_between_them() {
    let m = fresh().await;
    m.click("[data-action=start]").await;
    let first = "[data-view=back] [data-region=achilles_midportion]";
    m.key(first, "Enter").await;
    assert_eq!(
        m.get(first).get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    m.key(first, " ").await;
    assert_eq!(
        m.get(first).get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    m.get(first)
        .dyn_into::<web_sys::SvgElement>()
        .unwrap()
        .focus()
        .unwrap();
    let focused_region = || focused().and_then(|f| f.get_attribute("data-region"));
    let second = "posterior_ankle_deep";
    for (key, expected) in [
        ("ArrowRight", second),
        ("ArrowLeft", "achilles_midportion"),
        ("ArrowDown", second),
        ("ArrowUp", "achilles_midportion"),
        ("ArrowRight", second),
    ] {
        let from = format!("[data-region={}]", focused_region().unwrap_or_default());
        m.key(&from, key).await;
        assert_eq!(focused_region().as_deref(), Some(expected), "{key}");
    }
    // The caption names the region with focus (focusin bubbles to the drawing's one listener),
    // and goes back to the instruction when focus leaves the drawing.
    let k = heel_triage_engine::shipped();
    let name = |id: &str| k.region_ix(id).map(|r| k.regions[r].name.to_string());
    let caption = || m.get(".ht-pointed").text_content();
    assert_eq!(caption(), name(second));
    focused()
        .and_then(|f| f.dyn_into::<web_sys::SvgElement>().ok())
        .unwrap()
        .blur()
        .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(caption().as_deref(), Some(INSTRUCTION));
    // Every region shape is a button a screen reader names as the list of places does.
    let shapes = m.root.query_selector_all("path[data-region]").unwrap();
    for i in 0..shapes.length() {
        let shape: Element = shapes.item(i).unwrap().dyn_into().unwrap();
        let region = shape.get_attribute("data-region").unwrap();
        assert_eq!(shape.get_attribute("role").as_deref(), Some("button"));
        assert_eq!(shape.get_attribute("aria-label"), name(&region));
    }
    m.destroy();
}

/// What the caption under the drawing says while nothing is pointed at.
const INSTRUCTION: &str = "Tap where it hurts. You can choose more than one place.";

/// Dispatches a bubbling mouse event of `kind` on the element `selector` finds.
async fn mouse(m: &Mounted, selector: &str, kind: &str) {
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::MouseEvent::new_with_mouse_event_init_dict(kind, &init).unwrap();
    m.get(selector).dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn pointing_at_a_place_names_it_under_the_drawing_until_the_pointer_leaves() {
    let m = fresh().await;
    m.click("[data-action=start]").await;
    assert_eq!(m.attributes(".ht-pointed", "aria-live"), ["polite"]);
    let caption = || m.texts(".ht-pointed");
    assert_eq!(caption(), [INSTRUCTION]);
    let pad = "[data-view=sole] [data-region=plantar_central_heel]";
    mouse(&m, pad, "mouseover").await;
    assert_eq!(caption(), ["Middle of the heel pad"]);
    mouse(&m, pad, "mouseout").await;
    assert_eq!(caption(), [INSTRUCTION]);
    m.destroy();
}

/// The `data-region` of each element `selector` finds, sorted.
fn regions(m: &Mounted, selector: &str) -> Vec<String> {
    let mut regions = m.attributes(selector, "data-region");
    regions.sort();
    regions
}

#[wasm_bindgen_test]
async fn the_tabs_choose_which_upright_view_shows_above_the_sole_and_every_view_is_named() {
    let m = fresh().await;
    m.click("[data-action=start]").await;
    let names = ["From behind", "Inner side", "Outer side", "Under the heel"];
    assert_eq!(m.texts(".ht-view figcaption"), names);
    let views = m.root.query_selector_all(".ht-view").unwrap();
    for i in 0..views.length() {
        let view: Element = views.item(i).unwrap().dyn_into().unwrap();
        let svg = view.query_selector("svg").unwrap().unwrap();
        assert_eq!(
            svg.get_attribute("aria-label").as_deref(),
            Some(names[i as usize])
        );
        // A heel, not floating targets: the skin and bone are drawn, and the sides are named.
        assert!(
            view.query_selector(".ht-skin").unwrap().is_some(),
            "{}",
            names[i as usize]
        );
        assert!(view
            .query_selector(".ht-view-label text")
            .unwrap()
            .is_some());
    }
    assert_eq!(m.texts(".ht-tab"), &names[..3]);
    // On a phone only the views on show can be reached: each place drawn there is one Tab stop.
    let check = |tab: &str, shown: [&str; 2], places: usize| {
        assert_eq!(
            m.attributes(".ht-view[data-shown=true]", "data-view"),
            shown
        );
        assert_eq!(m.texts(".ht-tab[aria-pressed=true]"), [tab]);
        let [upright, sole] = shown;
        let mut on_screen = regions(
            &m,
            &format!("[data-view={upright}] [data-region], [data-view={sole}] [data-region]"),
        );
        on_screen.dedup();
        assert_eq!(on_screen.len(), places, "{tab}");
        let stops = regions(&m, "[data-region][tabindex='0']");
        assert_eq!(
            stops, on_screen,
            "{tab}: each place on screen once, none out of sight"
        );
    };
    check("From behind", ["back", "sole"], 11);
    m.click(".ht-tab:nth-child(3)").await;
    check("Outer side", ["outer", "sole"], 10);
    m.click(".ht-tab:nth-child(2)").await;
    check("Inner side", ["inner", "sole"], 11);
    m.destroy();
}

#[wasm_bindgen_test]
async fn the_places_chosen_are_named_and_the_whole_heel_can_be_chosen_without_pointing() {
    let m = fresh().await;
    m.click("[data-action=start]").await;
    let chosen = || m.texts(".ht-chosen-list");
    assert_eq!(m.attributes(".ht-chosen-list", "aria-live"), ["polite"]);
    assert_eq!(chosen(), ["Nothing chosen yet."]);
    m.click_svg("[data-view=sole] [data-region=plantar_central_heel]")
        .await;
    m.click_svg("[data-view=back] [data-region=achilles_insertion]")
        .await;
    assert_eq!(
        chosen(),
        ["You chose: Where the tendon joins the heel, Middle of the heel pad."]
    );
    // "I can't point to one spot" stands beside the drawing, not hidden in the list.
    let whole = ".ht-where > [data-region=whole_heel_diffuse]";
    assert!(m
        .get(whole)
        .text_content()
        .unwrap()
        .contains("I can't point to one spot"));
    m.click(whole).await;
    assert_eq!(
        m.get(whole).get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert!(chosen()[0].ends_with(", I can't point to one spot."));
    // In the list of places, each shows where it is and a tick when chosen.
    m.click(".ht-region-list summary").await;
    next_task().await;
    let listed = |id: &str| format!(".ht-region-list [data-region={id}]");
    assert_eq!(
        m.texts(&format!("{} .ht-check", listed("achilles_insertion"))),
        ["✓"]
    );
    assert_eq!(
        m.texts(&format!("{} .ht-check", listed("achilles_midportion"))),
        [""]
    );
    let k = heel_triage_engine::shipped();
    let mid = &k.regions[k.region_ix("achilles_midportion").unwrap()];
    assert_eq!(
        m.texts(&format!(
            "{} .ht-choice-hint",
            listed("achilles_midportion")
        )),
        [mid.description.to_string()]
    );
    m.destroy();
}

#[wasm_bindgen_test]
async fn answering_moves_on_and_back_returns_with_the_answer_kept() {
    let m = at_questions("achilles_midportion").await;
    assert_eq!(m.question().as_deref(), Some("age_group"));
    m.answer("25_40").await;
    assert_eq!(m.question().as_deref(), Some("sudden_onset"));
    m.click("[data-action=back]").await;
    assert_eq!(m.question().as_deref(), Some("age_group"));
    assert_eq!(
        m.get("[data-answer=\"25_40\"]")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    // Same answer again: the later screens carry on where they were.
    m.answer("25_40").await;
    m.tick(|_| "false").await;
    assert_eq!(m.question().as_deref(), Some("weight_bearing"));
    m.click("[data-action=back]").await;
    m.click("[data-action=back]").await;
    m.answer("25_40").await;
    assert_eq!(
        m.question().as_deref(),
        Some("weight_bearing"),
        "remembered checklist re-applied"
    );
    m.destroy();
}

#[wasm_bindgen_test]
async fn the_checklist_asks_every_safety_sign_on_one_screen_and_sends_what_was_marked() {
    let k = heel_triage_engine::shipped();
    let m = at_questions("achilles_midportion").await;
    m.answer("41_60").await;
    let lines = m.checklist();
    assert!(lines.len() >= 10, "{lines:?}");
    for id in &lines {
        let q = &k.questions[k.question_ix(id).unwrap()];
        let line = m.get(&format!("[data-question={id}] .ht-line-text"));
        assert_eq!(line.text_content().as_deref(), q.checklist, "{id}");
        assert_eq!(
            m.texts(&format!("[data-question={id}] .ht-choice-name")),
            ["Yes", "Not sure"]
        );
    }
    // Nothing marked: one button says none apply. Marking a line turns it into Continue, and
    // pressing the mark again takes it back.
    let send = "[data-action^=checklist]";
    assert_eq!(m.get(send).text_content().as_deref(), Some("None of these"));
    m.click("[data-question=fever_unwell] [data-answer=unsure]")
        .await;
    let pressed = |id: &str, value: &str| {
        m.get(&format!("[data-question={id}] [data-answer={value}]"))
            .get_attribute("aria-pressed")
    };
    assert_eq!(pressed("fever_unwell", "unsure").as_deref(), Some("true"));
    assert_eq!(m.get(send).text_content().as_deref(), Some("Continue"));
    m.click("[data-question=fever_unwell] [data-answer=unsure]")
        .await;
    assert_eq!(pressed("fever_unwell", "unsure").as_deref(), Some("false"));
    assert_eq!(m.get(send).text_content().as_deref(), Some("None of these"));
    // "Yes" to the spinal warning signs is an emergency, whatever else is left unmarked.
    m.click("[data-question=spinal_warning_signs] [data-answer=true]")
        .await;
    m.click(send).await;
    let emergency = m.get("[data-emergency]");
    assert!(emergency.text_content().unwrap().contains("spine"));
    m.destroy();
}

#[wasm_bindgen_test]
async fn every_question_shows_its_number_its_choices_and_not_sure_why_it_is_asked_and_how_to_check()
{
    let k = heel_triage_engine::shipped();
    let m = at_questions("achilles_midportion").await;
    let (mut number, mut with_how, mut asked) = (1, 0, Vec::new());
    while let Some(id) = m.question() {
        asked.push(id.clone());
        let q = &k.questions[k.question_ix(&id).unwrap()];
        let progress = m.get(".ht-progress span").text_content().unwrap();
        let total = progress
            .strip_prefix(&format!("Question {number} of about "))
            .and_then(|n| n.parse::<usize>().ok());
        assert!(total.is_some_and(|t| t >= number), "{progress}");
        if !m.checklist().is_empty() {
            // The checklist's lines are tested on their own; a sudden start opens the checks a
            // patient does with their hands.
            m.tick(|line| {
                if line == "sudden_onset" {
                    "true"
                } else {
                    "false"
                }
            })
            .await;
            number += 1;
            continue;
        }

        let mut expected: Vec<String> = q.options.iter().map(|o| o.label.to_string()).collect();
        expected.push("Not sure".into());
        assert_eq!(m.texts(".ht-choice-name"), expected, "{id}");
        assert_eq!(
            m.get(".ht-why").text_content().unwrap(),
            format!("Why we ask: {}", q.why)
        );
        let how = m.find(".ht-how").and_then(|p| p.text_content());
        assert_eq!(how, q.how.as_ref().map(|h| h.to_string()), "{id}");
        with_how += usize::from(how.is_some());

        m.answer(match id.as_str() {
            "age_group" => "41_60",
            _ => "unsure",
        })
        .await;
        number += 1;
    }
    assert!(with_how > 0, "no question with a way to check in {asked:?}");
    m.destroy();
}

#[wasm_bindgen_test]
async fn a_sudden_pop_interrupts_with_the_emergency_screen_then_shows_the_result() {
    let m = at_questions("achilles_midportion").await;
    m.answer("25_40").await;
    m.tick(sudden_pop).await;
    // How long ago it happened comes first: a tear weeks old is not an emergency.
    assert_eq!(m.question().as_deref(), Some("injury_when"));
    m.answer("under_4_weeks").await;
    let emergency = m.get("[data-emergency]");
    assert_eq!(
        emergency.get_attribute("data-urgency").as_deref(),
        Some("emergency")
    );
    assert!(emergency
        .text_content()
        .unwrap()
        .contains("emergency department"));
    assert!(
        m.question().is_none(),
        "no further question before the emergency is shown"
    );
    assert_eq!(
        m.texts(".ht-flag-list li strong"),
        ["Possible torn Achilles tendon. "],
        "the warning sign that raised it"
    );
    m.click("[data-action=see-result]").await;
    assert_eq!(
        m.get(".ht-banner").get_attribute("data-urgency").as_deref(),
        Some("emergency")
    );
    assert!(m.find(".ht-banner [data-flag=RF2]").is_some());
    assert!(m.find(".ht-banner [data-not-ruled-out]").is_none());
    assert_eq!(
        m.get("[data-condition]")
            .get_attribute("data-condition")
            .as_deref(),
        Some("achilles_rupture")
    );
    m.destroy();
}

#[wasm_bindgen_test]
async fn back_leaves_the_emergency_and_its_result_for_the_answer_that_raised_it() {
    let m = at_questions("achilles_midportion").await;
    m.answer("25_40").await;
    m.tick(sudden_pop).await;
    m.answer("under_4_weeks").await;
    assert!(m.find("[data-emergency]").is_some());
    m.click("[data-action=back]").await;
    assert_eq!(m.question().as_deref(), Some("injury_when"));
    // Back again to the checklist, its marks kept: no pop after all, and the check goes on.
    m.click("[data-action=back]").await;
    let pop = "[data-question=pop_or_kicked] [data-answer=true]";
    assert_eq!(
        m.get(pop).get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    m.click(pop).await;
    m.click("[data-action^=checklist]").await;
    assert!(m.find("[data-emergency]").is_none());
    assert_eq!(m.question().as_deref(), Some("weight_bearing"));
    // A pop after all: the remembered "when" is re-applied and the emergency comes at once.
    m.click("[data-action=back]").await;
    m.click(pop).await;
    m.click("[data-action^=checklist]").await;
    assert!(m.find("[data-emergency]").is_some());
    m.click("[data-action=see-result]").await;
    assert!(m.find(".ht-banner").is_some());
    m.click("[data-action=back]").await;
    assert_eq!(m.question().as_deref(), Some("injury_when"));
    m.destroy();
}

#[wasm_bindgen_test]
async fn not_sure_about_a_torn_tendon_says_so_and_is_not_told_self_care() {
    let m = at_questions("achilles_midportion").await;
    m.answer_all(|question| match question {
        "age_group" => "41_60",
        "sudden_onset" => "true",
        "pop_or_kicked" | "tendon_gap" | "calf_squeeze_no_movement" | "single_leg_tiptoe" => {
            "unsure"
        }
        "injury_when" => "under_4_weeks",
        "weight_bearing" => "limping",
        "duration" => "under_2_weeks",
        "morning_stiffness" | "nerve_symptoms" => "none",
        _ => "false",
    })
    .await;
    let banner = m.get(".ht-banner");
    assert_eq!(
        banner.get_attribute("data-urgency").as_deref(),
        Some("consultation_24")
    );
    assert!(m.find(".ht-banner [data-not-ruled-out]").is_some());
    assert!(m.find(".ht-banner [data-flag=RF2]").is_some());
    assert!(m
        .get(".ht-summary-text")
        .text_content()
        .unwrap()
        .contains("Not ruled out"));
    m.destroy();
}

/// The source marks at the end of a cited line ("... Sources: [3], expert agreement", or "... ([3], expert agreement)" after a step).
fn marks_after<'t>(text: &'t str, label: &str) -> Vec<&'t str> {
    let (_, marks) = text
        .rsplit_once(label)
        .unwrap_or_else(|| panic!("no {label:?} in {text:?}"));
    let marks: Vec<&str> = marks.trim().trim_end_matches(')').split(", ").collect();
    for mark in &marks {
        let number = mark.strip_prefix('[').and_then(|m| m.strip_suffix(']'));
        assert!(
            *mark == "expert agreement" || number.is_some_and(|n| n.parse::<u32>().is_ok()),
            "{mark:?} is not a source in {text:?}"
        );
    }
    marks
}

#[wasm_bindgen_test]
async fn the_result_names_a_source_for_every_condition_and_step_and_lists_each_one() {
    let m = at_questions("achilles_midportion").await;
    m.answer_all(runner).await;
    let k = heel_triage_engine::shipped();
    assert_eq!(
        m.texts(".ht-condition").len(),
        3,
        "the first three conditions"
    );
    let all = m.texts(".ht-all-conditions li").len();
    assert_eq!(all, k.conditions.len(), "every condition, in a fold-out");
    // Words, not percentages: the rules are not that precise.
    for words in m.texts(".ht-likelihood") {
        assert!(
            ["Most likely", "Possible", "Less likely"].contains(&words.as_str()),
            "{words}"
        );
    }

    // The best fit says why it fits, each reason with how much it counts.
    let reasons = m.texts(".ht-best .ht-reasons li");
    assert!(!reasons.is_empty());
    assert!(reasons.iter().all(|r| r.ends_with(')')), "{reasons:?}");

    let mut cited = Vec::new();
    let cards = m.texts(".ht-condition .ht-cite, .ht-all-conditions .ht-cite");
    assert_eq!(cards.len(), 3 + all, "a source line on every condition");
    for card in &cards {
        cited.extend(marks_after(card, "Sources:").into_iter().map(str::to_owned));
    }
    let steps = m.texts(".ht-advice li");
    assert!(steps.len() >= 8, "{steps:?}");
    for step in &steps {
        cited.extend(marks_after(step, "(").into_iter().map(str::to_owned));
    }
    assert!(!m.texts("[data-list=settle] li").is_empty());
    // What not to do: the top condition's own cautions and those for everyone.
    assert!(!k.always_avoid.is_empty());
    for advice in k.always_avoid.iter() {
        let id = &k.advice[*advice].id;
        m.get(&format!("[data-list=avoid] [data-advice={id}]"));
    }

    // ... and the list of sources has every one of them.
    let listed = m.texts(".ht-sources li strong");
    let mut once = listed.clone();
    once.dedup();
    assert_eq!(once, listed, "each source once");
    for mark in &cited {
        let entry = if mark == "expert agreement" {
            "Expert agreement"
        } else {
            mark.as_str()
        };
        assert!(
            listed.iter().any(|l| l == entry),
            "{mark} is not in the list of sources"
        );
    }
    m.destroy();
}

#[wasm_bindgen_test]
async fn progress_survives_a_remount() {
    let m = at_questions("achilles_insertion").await;
    m.answer("41_60").await;
    m.destroy();
    let again = Mounted::new().await;
    assert_eq!(again.question().as_deref(), Some("sudden_onset"));
    again.destroy();
}

#[wasm_bindgen_test]
async fn corrupt_saved_progress_starts_fresh_says_so_and_is_removed() {
    for junk in ["{not json", "null", "{\"format\":1}", "\u{0}\u{1}binary"] {
        storage().set_item(SAVED, junk).unwrap();
        let m = Mounted::new().await;
        assert!(
            m.find("[data-action=start]").is_some(),
            "fresh start after {junk:?}"
        );
        assert!(m
            .get(".ht-notice")
            .text_content()
            .unwrap()
            .contains("could not be used"));
        assert_eq!(storage().get_item(SAVED).unwrap(), None, "{junk:?} removed");
        m.destroy();
    }
}

#[wasm_bindgen_test]
async fn progress_saved_more_than_a_day_ago_is_cleared_and_the_patient_told() {
    use heel_triage::progress::{encode, KEEP_FOR_SECONDS};
    use heel_triage::state::{Action, State};
    use yew::Reducible;
    let k = heel_triage_engine::shipped();
    let region = k.region_ix("achilles_midportion").unwrap();
    let state = [
        Action::Start,
        Action::ToggleRegion(region),
        Action::Continue,
    ]
    .into_iter()
    .fold(std::rc::Rc::new(State::default()), |s, a| s.reduce(a));
    let now = (js_sys::Date::now() / 1000.0) as u64;

    storage()
        .set_item(SAVED, &encode(&state, now - KEEP_FOR_SECONDS + 60))
        .unwrap();
    let m = Mounted::new().await;
    assert_eq!(
        m.question().as_deref(),
        Some("age_group"),
        "resumed within the day"
    );
    m.destroy();

    storage()
        .set_item(SAVED, &encode(&state, now - KEEP_FOR_SECONDS - 60))
        .unwrap();
    let m = Mounted::new().await;
    assert!(m.find("[data-action=start]").is_some());
    assert!(m
        .get(".ht-notice")
        .text_content()
        .unwrap()
        .contains("more than a day old"));
    assert_eq!(
        m.attributes(".ht-notice", "role"),
        ["status"],
        "read out by a screen reader"
    );
    assert_eq!(
        storage().get_item(SAVED).unwrap(),
        None,
        "removed from the device"
    );
    // The note goes with the next step.
    m.click("[data-action=start]").await;
    m.click("[data-action=back]").await;
    assert!(m.find(".ht-notice").is_none());
    m.destroy();
}

#[wasm_bindgen_test]
async fn forget_my_answers_removes_the_saved_progress() {
    let m = at_questions("achilles_midportion").await;
    m.answer("25_40").await;
    assert!(storage().get_item(SAVED).unwrap().is_some());
    m.tick(sudden_pop).await;
    m.answer("under_4_weeks").await;
    m.click("[data-action=see-result]").await;
    m.click("[data-action=forget]").await;
    assert!(storage().get_item(SAVED).unwrap().is_none());
    assert!(m
        .root
        .text_content()
        .unwrap()
        .contains("Your answers have been removed"));
    m.destroy();
}

/// A host element with an open shadow root, as `web/heel-triage.js` makes for `<heel-triage>`.
fn host_with(attributes: &[(&str, &str)]) -> (Element, web_sys::ShadowRoot) {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    for (name, value) in attributes {
        host.set_attribute(name, value).unwrap();
    }
    document.body().unwrap().append_child(&host).unwrap();
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .unwrap();
    (host, shadow)
}

#[wasm_bindgen_test]
async fn the_embedded_widget_lives_in_its_shadow_root_and_tells_the_host_page() {
    let (host, shadow) = host_with(&[("id", "embed-a"), ("clinic-name", "Northside Foot Clinic")]);
    storage().remove_item(&format!("{SAVED}#embed-a")).unwrap();
    let mut widget = heel_triage::Widget::new(host.clone(), shadow.clone(), None);
    yew::scheduler::flush().await;
    let header = shadow.query_selector(".ht-header").unwrap().unwrap();
    assert!(header
        .text_content()
        .unwrap()
        .contains("Northside Foot Clinic"));
    assert!(
        shadow.query_selector("style").unwrap().is_some(),
        "the CSS travels inside"
    );

    // The start event crosses the shadow boundary and reaches the document, retargeted to the host.
    let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::<String>::new()));
    let listener = {
        let seen = seen.clone();
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
            let target: Element = e.target().unwrap().dyn_into().unwrap();
            seen.borrow_mut()
                .push(format!("{} from {}", e.type_(), target.id()));
        })
    };
    let document = web_sys::window().unwrap().document().unwrap();
    document
        .add_event_listener_with_callback("heel-triage:start", listener.as_ref().unchecked_ref())
        .unwrap();
    let start: HtmlElement = shadow
        .query_selector("[data-action=start]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    start.click();
    yew::scheduler::flush().await;
    document
        .remove_event_listener_with_callback("heel-triage:start", listener.as_ref().unchecked_ref())
        .unwrap();
    assert_eq!(
        *seen.borrow(),
        vec!["heel-triage:start from embed-a".to_string()]
    );
    assert!(shadow.query_selector("[data-region]").unwrap().is_some());
    assert!(
        storage()
            .get_item(&format!("{SAVED}#embed-a"))
            .unwrap()
            .is_some(),
        "progress kept under the widget's own key"
    );

    // Changing an attribute updates the widget; a bad value is ignored.
    host.set_attribute("clinic-name", "<b>Evil</b>").unwrap();
    widget.update();
    yew::scheduler::flush().await;
    let header = shadow.query_selector(".ht-header").unwrap().unwrap();
    assert!(!header.text_content().unwrap().contains("Evil"));
    assert!(
        shadow.query_selector("b").unwrap().is_none(),
        "never inserted as HTML"
    );

    widget.destroy();
    assert_eq!(shadow.child_element_count(), 0, "removed from the page");
    host.remove();
}

#[wasm_bindgen_test]
async fn tendon_pain_on_a_ciprofloxacin_type_antibiotic_says_stop_it_and_offers_no_loading_exercises(
) {
    let m = at_questions("achilles_midportion").await;
    m.answer_all(|question| match question {
        "fluoroquinolone_recent" => "true",
        _ => runner(question),
    })
    .await;
    assert_eq!(
        m.get(".ht-banner").get_attribute("data-urgency").as_deref(),
        Some("consultation_24")
    );
    assert!(m
        .find("[data-list=warning] [data-advice=fq_stop_and_rest]")
        .is_some());
    assert!(
        m.find("[data-list=build]").is_none(),
        "no calf raises while the tendon is at risk"
    );
    assert_eq!(
        m.get("[data-condition]")
            .get_attribute("data-condition")
            .as_deref(),
        Some("achilles_midportion_tendinopathy")
    );
    m.destroy();
}

/// Seconds since 1970, as the widget reads the clock.
fn now() -> u64 {
    (js_sys::Date::now() / 1000.0) as u64
}

/// Progress at the first question, as the widget would have saved it `age` seconds ago.
fn saved_at_the_first_question(age: u64) -> String {
    use heel_triage::state::{Action, State};
    use yew::Reducible;
    let region = heel_triage_engine::shipped()
        .region_ix("achilles_midportion")
        .unwrap();
    let state = [
        Action::Start,
        Action::ToggleRegion(region),
        Action::Continue,
    ]
    .into_iter()
    .fold(std::rc::Rc::new(State::default()), |s, a| s.reduce(a));
    heel_triage::progress::encode(&state, now() - age)
}

#[wasm_bindgen_test]
async fn a_reload_does_not_renew_the_day_and_answers_expire_in_a_tab_left_open() {
    use heel_triage::progress::KEEP_FOR_SECONDS;
    let text = saved_at_the_first_question(KEEP_FOR_SECONDS - 1);
    storage().set_item(SAVED, &text).unwrap();
    let m = Mounted::new().await;
    assert_eq!(m.question().as_deref(), Some("age_group"));
    assert_eq!(
        storage().get_item(SAVED).unwrap().as_deref(),
        Some(text.as_str()),
        "loading the page kept the time the answers were saved"
    );
    // A second later the day is over, though nobody touched the page.
    yew::platform::time::sleep(std::time::Duration::from_millis(2_500)).await;
    yew::scheduler::flush().await;
    assert!(m.find("[data-action=start]").is_some());
    assert!(m
        .get(".ht-notice")
        .text_content()
        .unwrap()
        .contains("more than a day old"));
    assert_eq!(storage().get_item(SAVED).unwrap(), None);
    m.destroy();
}

#[wasm_bindgen_test]
async fn resumed_progress_tells_the_host_page_nothing_and_a_new_outcome_does() {
    let heard = std::rc::Rc::new(std::cell::Cell::new(0));
    let listener = {
        let heard = heard.clone();
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(move |_: web_sys::Event| {
            heard.set(heard.get() + 1)
        })
    };
    let document = web_sys::window().unwrap().document().unwrap();
    document
        .add_event_listener_with_callback("heel-triage:result", listener.as_ref().unchecked_ref())
        .unwrap();
    let m = at_questions("achilles_midportion").await;
    m.answer("25_40").await;
    m.tick(sudden_pop).await;
    m.answer("under_4_weeks").await;
    assert_eq!(heard.get(), 1, "the emergency is an outcome");
    m.destroy();
    let again = Mounted::new().await;
    assert!(again.find("[data-emergency]").is_some(), "resumed");
    assert_eq!(heard.get(), 1, "nothing new happened in this visit");
    again.destroy();
    document
        .remove_event_listener_with_callback(
            "heel-triage:result",
            listener.as_ref().unchecked_ref(),
        )
        .unwrap();
}

#[wasm_bindgen_test]
async fn forget_my_answers_also_removes_the_printed_summary() {
    let m = at_questions("achilles_midportion").await;
    m.answer("25_40").await;
    m.tick(sudden_pop).await;
    m.answer("under_4_weeks").await;
    m.click("[data-action=see-result]").await;
    // The frame "Print summary" leaves behind (printing itself would open a dialog).
    let document = web_sys::window().unwrap().document().unwrap();
    let frame = document.create_element("iframe").unwrap();
    frame.set_class_name("ht-print-frame");
    document.body().unwrap().append_child(&frame).unwrap();
    m.click("[data-action=forget]").await;
    assert!(document
        .query_selector(".ht-print-frame")
        .unwrap()
        .is_none());
    m.destroy();
}

/// The widget as a clinic's attributes set it (through the same reader as `<heel-triage>`), at
/// its first question about `region`.
async fn clinic_at_questions(attributes: &[(&str, &str)], region: &str) -> Mounted {
    storage().remove_item(SAVED).unwrap();
    let (config, warnings) =
        heel_triage::config::ClinicConfig::from_attributes(attributes.iter().copied());
    assert_eq!(warnings, Vec::<String>::new());
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        config,
        widget_id: None,
        load_file: None,
    };
    let app = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let m = Mounted {
        root,
        app: Some(app),
    };
    m.click("[data-action=start]").await;
    m.click_svg(&format!(
        "[data-view=back] [data-region={region}], [data-view=sole] [data-region={region}]"
    ))
    .await;
    m.click("[data-action=continue]").await;
    m
}

/// The fields of each `heel-triage:result` detail heard on the document during a journey to an
/// emergency, for a widget with `attributes`.
async fn result_details(attributes: &[(&str, &str)]) -> Vec<Vec<String>> {
    let heard = std::rc::Rc::new(std::cell::RefCell::new(Vec::<Vec<String>>::new()));
    let listener = {
        let heard = heard.clone();
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::CustomEvent)>::new(
            move |e: web_sys::CustomEvent| {
                let detail: js_sys::Object = e.detail().unchecked_into();
                let mut keys: Vec<String> = js_sys::Object::keys(&detail)
                    .iter()
                    .filter_map(|k| k.as_string())
                    .collect();
                keys.sort();
                heard.borrow_mut().push(keys);
            },
        )
    };
    let document = web_sys::window().unwrap().document().unwrap();
    document
        .add_event_listener_with_callback("heel-triage:result", listener.as_ref().unchecked_ref())
        .unwrap();
    let m = clinic_at_questions(attributes, "achilles_midportion").await;
    m.answer("25_40").await;
    m.tick(sudden_pop).await;
    m.answer("under_4_weeks").await;
    m.destroy();
    document
        .remove_event_listener_with_callback(
            "heel-triage:result",
            listener.as_ref().unchecked_ref(),
        )
        .unwrap();
    let heard = heard.borrow().clone();
    heard
}

#[wasm_bindgen_test]
async fn the_result_event_names_the_conditions_only_when_the_clinic_shares_them() {
    assert_eq!(
        result_details(&[]).await,
        [["knowledgeVersion", "urgency"]],
        "by default, the urgency and the rules version only"
    );
    for share in ["", "true"] {
        assert_eq!(
            result_details(&[("share-conditions", share)]).await,
            [["knowledgeVersion", "topConditions", "urgency"]],
            "share-conditions={share:?}"
        );
    }
}

#[wasm_bindgen_test]
async fn the_booking_button_shows_the_site_it_goes_to() {
    let m = clinic_at_questions(
        &[(
            "booking-url",
            "https://Book.Northside-Clinic.example:8443/online?from=widget",
        )],
        "achilles_midportion",
    )
    .await;
    m.answer("25_40").await;
    m.tick(sudden_pop).await;
    m.answer("under_4_weeks").await;
    m.click("[data-action=see-result]").await;
    let contact = m.get(".ht-contact").text_content().unwrap();
    assert!(
        contact.contains("Book an appointment")
            && contact.contains("Book online at book.northside-clinic.example:8443"),
        "{contact}"
    );
    m.destroy();
}
