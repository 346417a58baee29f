//! The drawing: outlines of the heel and the tappable region shapes, in the 0-100 frames of
//! REFERENCE.md section 1 (back view: x from the inner side to the outer side; side views: x from
//! the toes to the back of the heel; y from mid-calf down to the floor). Shapes are widened a
//! little beyond the reference's rough boxes so each region has at least one target of 44 CSS
//! pixels or more on a 375 px phone.

use heel_triage_engine::knowledge::region::*;
use heel_triage_engine::knowledge::RegionIx;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Back,
    Inner,
    Outer,
    Sole,
}

impl View {
    pub const SWITCHABLE: [View; 3] = [View::Back, View::Inner, View::Outer];

    pub fn name(self) -> &'static str {
        match self {
            View::Back => "From behind",
            View::Inner => "Inner side",
            View::Outer => "Outer side",
            View::Sole => "Under the heel",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            View::Back => "back",
            View::Inner => "inner",
            View::Outer => "outer",
            View::Sole => "sole",
        }
    }

    pub fn view_box(self) -> &'static str {
        match self {
            View::Back => "14 20 72 84",
            View::Inner | View::Outer => "36 16 72 92",
            View::Sole => "4 -2 92 68",
        }
    }

    /// Whether this view is on a phone's screen while `upright` is the upright view chosen (the
    /// sole is always there). Wider screens show every view.
    pub fn shown_with(self, upright: View) -> bool {
        self == View::Sole || self == upright
    }

    /// The outer view is the inner one mirrored, so the heel sits on the left.
    pub fn transform(self) -> Option<&'static str> {
        (self == View::Outer).then_some("translate(144 0) scale(-1 1)")
    }
}

/// A drawn part of the limb that is not tappable.
pub struct Outline {
    pub class: &'static str,
    pub d: &'static str,
}

pub struct Shape {
    pub view: View,
    pub region: RegionIx,
    pub d: &'static str,
}

// Skin fills are closed shapes; their outlines are drawn separately and leave out the edges
// where the drawing is cropped (top of the calf, the toes), so the crop does not look like a cut.
const BACK_LEG_EDGE: &str =
    "M22 20C23 32 32 42 34 49C29 50 26 55 27.5 60C29 63 30.5 64 30.5 67C29.5 75 28.5 84 31 92\
C34 99 43 101.5 50 101.5C57 101.5 66 99 69 92C71.5 84 70.5 76 69.5 70C73.5 69 75.5 63 73.5 58\
C71.5 55 68.5 54 66.5 53C67 44 76 32 78 20";
const BACK_LEG: &str =
    "M22 20C23 32 32 42 34 49C29 50 26 55 27.5 60C29 63 30.5 64 30.5 67C29.5 75 28.5 84 31 92\
C34 99 43 101.5 50 101.5C57 101.5 66 99 69 92C71.5 84 70.5 76 69.5 70C73.5 69 75.5 63 73.5 58\
C71.5 55 68.5 54 66.5 53C67 44 76 32 78 20Z";
const BACK_TENDON: &str =
    "M39 20C41 32 45 42 45.5 52C45.5 60 44 68 43.5 74C43 79 46 81 50 81C54 81 57 79 56.5 74\
C56 68 54.5 60 54.5 52C55 42 59 32 61 20Z";
const BACK_HEEL_BONE: &str = "M34 67C33 79 36 92 50 96C64 92 67 79 66 67C60 62.5 40 62.5 34 67Z";
const BACK_INNER_ANKLE: &str = "M30.5 52.5a3.6 5 0 1 0 0.1 0Z";
const BACK_OUTER_ANKLE: &str = "M70.5 57.5a3.6 5 0 1 0 0.1 0Z";

const SIDE_FRONT_EDGE: &str =
    "M60 18C61.5 30 65 40 66 47C66.5 52 62 56 55 58.5C48 61 42 63 38 64.5";
const SIDE_BACK_EDGE: &str =
    "M38 97.5C48 97 54 92.5 62 92.5C70 92.5 75 99 84 100.5C93 101.5 99 97 100 89\
C100.8 81 99.5 71 96.5 64.5C94.5 59 93.5 52 93.5 46C93.5 36 95.5 26 98 18";
const SIDE_LEG: &str =
    "M60 18C61.5 30 65 40 66 47C66.5 52 62 56 55 58.5C48 61 42 63 38 64.5L38 97.5\
C48 97 54 92.5 62 92.5C70 92.5 75 99 84 100.5C93 101.5 99 97 100 89C100.8 81 99.5 71 96.5 64.5\
C94.5 59 93.5 52 93.5 46C93.5 36 95.5 26 98 18Z";
const SIDE_TENDON: &str = "M86 18C86 32 87 44 88.5 54C89.5 60 92 64.5 96.5 66.5C94.5 59 93.5 52 93.5 46C93.5 36 95.5 26 98 18Z";
const SIDE_HEEL_BONE: &str =
    "M76 66C84 62 94 62 97 68C100 78 99 92 92 97C84 99 76 97 72 92C70 84 71 72 76 66Z";
const SIDE_ANKLE: &str = "M77 46.5a5 5.5 0 1 0 0.1 0Z";

const SOLE_EDGE: &str =
    "M28 -2C26 14 21.5 26 23.5 38C26 54 38 62.5 51 62.5C65 62.5 77 54 78.5 40C79.5 28 76 14 74 -2";
const SOLE_FOOT: &str =
    "M28 -2C26 14 21.5 26 23.5 38C26 54 38 62.5 51 62.5C65 62.5 77 54 78.5 40C79.5 28 76 14 74 -2Z";
const SOLE_PAD: &str = "M51 24a22 18 0 1 0 0.1 0Z";

const fn part(class: &'static str, d: &'static str) -> Outline {
    Outline { class, d }
}

const BACK_PARTS: &[Outline] = &[
    part("ht-skin", BACK_LEG),
    part("ht-edge", BACK_LEG_EDGE),
    part("ht-bone", BACK_HEEL_BONE),
    part("ht-tendon", BACK_TENDON),
    part("ht-bone", BACK_INNER_ANKLE),
    part("ht-bone", BACK_OUTER_ANKLE),
];
const SIDE_PARTS: &[Outline] = &[
    part("ht-skin", SIDE_LEG),
    part("ht-edge", SIDE_FRONT_EDGE),
    part("ht-edge", SIDE_BACK_EDGE),
    part("ht-bone", SIDE_HEEL_BONE),
    part("ht-tendon", SIDE_TENDON),
    part("ht-bone", SIDE_ANKLE),
];
const SOLE_PARTS: &[Outline] = &[
    part("ht-skin", SOLE_FOOT),
    part("ht-edge", SOLE_EDGE),
    part("ht-pad", SOLE_PAD),
];

fn outlines(view: View) -> &'static [Outline] {
    match view {
        View::Back => BACK_PARTS,
        View::Inner | View::Outer => SIDE_PARTS,
        View::Sole => SOLE_PARTS,
    }
}

/// Whether the shape at `index` in [`SHAPES`] is a Tab stop while `upright` is the upright view
/// chosen: the first shape of its place in the views on a phone's screen. So each place there is
/// one stop, whichever view is chosen; the arrow keys reach its other shapes.
pub fn is_tab_stop(index: usize, upright: View) -> bool {
    let on_screen = |s: &Shape| s.view.shown_with(upright);
    SHAPES.get(index).is_some_and(|shape| {
        on_screen(shape)
            && !SHAPES[..index]
                .iter()
                .any(|s| on_screen(s) && s.region == shape.region)
    })
}

/// Drawn in this order, so later shapes sit on top (the tendon attachment over the skin ring).
pub const SHAPES: &[Shape] = &[
    // From behind.
    Shape { view: View::Back, region: ACHILLES_MIDPORTION, d: "M43.5 30H56.5L55 52H45Z" },
    Shape { view: View::Back, region: POSTERIOR_ANKLE_DEEP, d: "M36.2 37H42.3Q44.5 37 44.5 39.2V47.8Q44.5 50 42.3 50H36.2Q34 50 34 47.8V39.2Q34 37 36.2 37Z" },
    Shape { view: View::Back, region: POSTERIOR_ANKLE_DEEP, d: "M57.7 37H63.8Q66 37 66 39.2V47.8Q66 50 63.8 50H57.7Q55.5 50 55.5 47.8V39.2Q55.5 37 57.7 37Z" },
    Shape { view: View::Back, region: RETROCALCANEAL_SPACE, d: "M36.7 52H43.3Q45.5 52 45.5 54.2V60.3Q45.5 62.5 43.3 62.5H36.7Q34.5 62.5 34.5 60.3V54.2Q34.5 52 36.7 52Z" },
    Shape { view: View::Back, region: RETROCALCANEAL_SPACE, d: "M60.7 52H66.3Q68.5 52 68.5 54.2V60.3Q68.5 62.5 66.3 62.5H60.7Q58.5 62.5 58.5 60.3V54.2Q58.5 52 60.7 52Z" },
    Shape { view: View::Back, region: POSTEROSUPERIOR_CALCANEUS, d: "M47.7 52H56.3Q58.5 52 58.5 54.2V60.3Q58.5 62.5 56.3 62.5H47.7Q45.5 62.5 45.5 60.3V54.2Q45.5 52 47.7 52Z" },
    Shape {
        view: View::Back,
        region: SUPERFICIAL_POSTERIOR_HEEL,
        d: "M37.5 74a12.5 11 0 1 0 25 0a12.5 11 0 1 0 -25 0ZM43 71a7 7.5 0 1 1 14 0a7 7.5 0 1 1 -14 0Z",
    },
    Shape { view: View::Back, region: ACHILLES_INSERTION, d: "M43 71a7 7.5 0 1 1 14 0a7 7.5 0 1 1 -14 0Z" },
    Shape {
        view: View::Back,
        region: MEDIAL_ANKLE_HEEL,
        d: "M34.5 44V73H25.5C24 66 22.5 58 23.5 51C24.5 47 28 44 34.5 44Z",
    },
    Shape {
        view: View::Back,
        region: LATERAL_ANKLE_HEEL,
        d: "M68.5 50V78H75.5C77.5 70 79 62 77.5 56C76.5 52 73 50 68.5 50Z",
    },
    Shape {
        view: View::Back,
        region: CALCANEAL_SIDES,
        d: "M37.5 73V98C33 96 30 92.5 29 88C27.5 82 27 77 27 73Z",
    },
    Shape { view: View::Back, region: CALCANEAL_SIDES, d: "M62.5 78H73C73 84 72 90 70 93C68 95.5 65 97.5 62.5 98Z" },
    // Inner side (toes to the left).
    Shape { view: View::Inner, region: ACHILLES_MIDPORTION, d: "M86 26H97C96 34 95.5 44 95.5 52H87C86.3 44 85.7 34 86 26Z" },
    Shape { view: View::Inner, region: POSTERIOR_ANKLE_DEEP, d: "M80.2 35H84.8Q87 35 87 37.2V43.8Q87 46 84.8 46H80.2Q78 46 78 43.8V37.2Q78 35 80.2 35Z" },
    Shape { view: View::Inner, region: RETROCALCANEAL_SPACE, d: "M84 55L89.5 56V64.5H81C81 60.5 82 57.5 84 55Z" },
    Shape { view: View::Inner, region: POSTEROSUPERIOR_CALCANEUS, d: "M89.5 56H97L98.5 64.5H89.5Z" },
    Shape { view: View::Inner, region: ACHILLES_INSERTION, d: "M92 66H100C101 71 101 76 100.5 81H92Z" },
    Shape { view: View::Inner, region: SUPERFICIAL_POSTERIOR_HEEL, d: "M97.5 60C100.5 66 102 74 101.5 87L105 87C105.5 73 104.5 65 101 59Z" },
    Shape { view: View::Inner, region: CALCANEAL_SIDES, d: "M79.2 66H89.3Q91.5 66 91.5 68.2V89.8Q91.5 92 89.3 92H79.2Q77 92 77 89.8V68.2Q77 66 79.2 66Z" },
    Shape { view: View::Inner, region: MEDIAL_ANKLE_HEEL, d: "M78 46L85 51L81 60L77 66V90H67L69.5 66L73 56Z" },
    Shape { view: View::Inner, region: PLANTAR_MEDIAL_HEEL, d: "M70 92.5H84V101.5C79 101.5 74 100 70 98Z" },
    Shape { view: View::Inner, region: PLANTAR_CENTRAL_HEEL, d: "M84 92.5H96C95 97.5 91 101.5 84 101.5Z" },
    // Outer side (drawn in the inner side's frame, then mirrored).
    Shape { view: View::Outer, region: ACHILLES_MIDPORTION, d: "M86 26H97C96 34 95.5 44 95.5 52H87C86.3 44 85.7 34 86 26Z" },
    Shape { view: View::Outer, region: POSTERIOR_ANKLE_DEEP, d: "M81.2 36H85.8Q88 36 88 38.2V44.8Q88 47 85.8 47H81.2Q79 47 79 44.8V38.2Q79 36 81.2 36Z" },
    Shape { view: View::Outer, region: RETROCALCANEAL_SPACE, d: "M84 55L89.5 56V64.5H81C81 60.5 82 57.5 84 55Z" },
    Shape { view: View::Outer, region: POSTEROSUPERIOR_CALCANEUS, d: "M89.5 56H97L98.5 64.5H89.5Z" },
    Shape { view: View::Outer, region: ACHILLES_INSERTION, d: "M92 66H100C101 71 101 76 100.5 81H92Z" },
    Shape { view: View::Outer, region: SUPERFICIAL_POSTERIOR_HEEL, d: "M97.5 60C100.5 66 102 74 101.5 87L105 87C105.5 73 104.5 65 101 59Z" },
    Shape { view: View::Outer, region: CALCANEAL_SIDES, d: "M81.2 70H89.3Q91.5 70 91.5 72.2V90.8Q91.5 93 89.3 93H81.2Q79 93 79 90.8V72.2Q79 70 81.2 70Z" },
    Shape { view: View::Outer, region: LATERAL_ANKLE_HEEL, d: "M80 48L87 53L84 62L79 70V90H68L70 68L74 58Z" },
    Shape { view: View::Outer, region: LATERAL_ANKLE_HEEL, d: "M44.2 93H63.8Q66 93 66 95.2V97.3Q66 99.5 63.8 99.5H44.2Q42 99.5 42 97.3V95.2Q42 93 44.2 93Z" },
    // Under the heel (toes at the top, inner side on the left).
    Shape { view: View::Sole, region: PLANTAR_MEDIAL_HEEL, d: "M27 27a11 8.5 0 1 0 22 0a11 8.5 0 1 0 -22 0Z" },
    Shape { view: View::Sole, region: PLANTAR_CENTRAL_HEEL, d: "M39 45a12.5 11 0 1 0 25 0a12.5 11 0 1 0 -25 0Z" },
    Shape { view: View::Sole, region: LATERAL_ANKLE_HEEL, d: "M71 2H78C79 16 79.5 28 78.5 38L72 36C73 24 72.5 12 71 2Z" },
];

/// Words placed beside a view so nobody has to guess which side is which.
/// Coordinates are text, as they go into the SVG (no float formatting needed).
fn labels(view: View) -> &'static [(&'static str, &'static str, &'static str)] {
    match view {
        View::Back => &[("Inner", "20", "34"), ("Outer", "80", "34")],
        View::Inner => &[("Toes", "45", "80"), ("Heel", "101", "104")],
        View::Outer => &[("Toes", "99", "80"), ("Heel", "43", "104")],
        View::Sole => &[
            ("Inner", "13", "8"),
            ("Outer", "87", "8"),
            ("Toes", "50", "4"),
        ],
    }
}

// The outlines and the words never change, so they go in as markup: one parse by the browser
// instead of a call from wasm per element and attribute (30 elements fewer to build on the
// screen that must come up first).

/// The drawing behind a view's tappable shapes.
pub fn outline_markup(view: View) -> String {
    let mut svg = String::from(r#"<g aria-hidden="true">"#);
    for o in outlines(view) {
        svg.push_str(&[r#"<path class=""#, o.class, r#"" d=""#, o.d, r#""/>"#].concat());
    }
    svg + "</g>"
}

/// The words beside a view.
pub fn label_markup(view: View) -> String {
    let mut svg = String::from(r#"<g class="ht-view-label" aria-hidden="true">"#);
    for (text, x, y) in labels(view) {
        svg.push_str(&[r#"<text x=""#, x, r#"" y=""#, y, r#"">"#, text, "</text>"].concat());
    }
    svg + "</g>"
}

#[cfg(test)]
mod tests {
    use super::*;
    use heel_triage_engine::knowledge::Ix;

    const VIEWS: [View; 4] = [View::Back, View::Inner, View::Outer, View::Sole];

    #[test]
    fn every_place_is_drawn() {
        // Every shape names a place by a constant the knowledge's build makes, so none can name
        // a place that does not exist.
        let k = heel_triage_engine::shipped();
        for (ix, region) in Ix::all(k.regions).zip(k.regions) {
            assert_eq!(
                SHAPES.iter().any(|s| s.region == ix),
                !region.vague,
                "{}",
                region.id
            );
        }
    }

    #[test]
    fn whichever_view_a_phone_shows_each_place_on_screen_is_one_stop_in_the_keyboard_order() {
        for upright in View::SWITCHABLE {
            let on_screen = |s: &&Shape| s.view.shown_with(upright);
            let mut places: Vec<RegionIx> =
                SHAPES.iter().filter(on_screen).map(|s| s.region).collect();
            places.sort();
            places.dedup();
            let mut stops: Vec<RegionIx> = (0..SHAPES.len())
                .filter(|i| is_tab_stop(*i, upright))
                .map(|i| SHAPES[i].region)
                .collect();
            assert!(SHAPES
                .iter()
                .enumerate()
                .all(|(i, s)| on_screen(&s) || !is_tab_stop(i, upright)));
            stops.sort();
            assert_eq!(stops, places, "{upright:?}");
        }
        assert!(!is_tab_stop(SHAPES.len(), View::Back));
    }

    #[test]
    fn every_view_draws_the_skin_and_its_edge_and_says_which_way_is_which() {
        for view in VIEWS {
            let outline = outline_markup(view);
            assert!(outline.contains(r#"class="ht-skin""#), "{view:?}");
            assert!(outline.contains(r#"class="ht-edge""#), "{view:?}");
            assert!(outline.starts_with(r#"<g aria-hidden="true">"#));
            assert!(outline.ends_with("</g>"));
            let words = label_markup(view);
            let expected: &[&str] = match view {
                View::Back => &["Inner", "Outer"],
                View::Inner | View::Outer => &["Toes", "Heel"],
                View::Sole => &["Inner", "Outer", "Toes"],
            };
            for word in expected {
                assert!(
                    words.contains(&format!(">{word}</text>")),
                    "{view:?}: {word}"
                );
            }
        }
    }

    #[test]
    fn the_outer_side_is_the_inner_side_mirrored_with_its_words_placed_to_match() {
        assert_eq!(View::Inner.transform(), None);
        let Some(mirror) = View::Outer.transform() else {
            panic!("the outer side is not mirrored");
        };
        assert_eq!(mirror, "translate(144 0) scale(-1 1)");
        // The words sit outside the mirrored group (mirrored text would read backwards), so
        // each must be placed where the mirror puts the part it names: x becomes 144 - x.
        let inner = labels(View::Inner);
        let outer = labels(View::Outer);
        assert_eq!(inner.len(), outer.len());
        for (word, x, y) in inner {
            let x: i32 = x.parse().unwrap_or(-1);
            let mirrored = (144 - x).to_string();
            assert!(
                outer
                    .iter()
                    .any(|(w, ox, oy)| w == word && *ox == mirrored && oy == y),
                "{word} is not mirrored"
            );
        }
    }

    /// The x halfway across a view's box.
    fn middle(view: View) -> f32 {
        let mut frame = view
            .view_box()
            .split(' ')
            .filter_map(|n| n.parse::<f32>().ok());
        let (left, width) = (frame.next().unwrap_or(0.0), frame.nth(1).unwrap_or(0.0));
        left + width / 2.0
    }

    #[test]
    fn each_word_beside_a_view_sits_on_the_side_of_the_place_it_names() {
        // Words on the wrong side would have a patient point at the other side of the heel, and
        // the inner and outer sides hurt for different reasons.
        let shape_x = |view: View, region: RegionIx| {
            let shape = SHAPES.iter().find(|s| s.view == view && s.region == region);
            let first_point = shape.and_then(|s| s.d[1..].split(' ').next());
            let x = first_point
                .and_then(|x| x.parse::<f32>().ok())
                .unwrap_or(f32::NAN);
            // The outer side's shapes are mirrored; the words beside it are not.
            if view == View::Outer {
                144.0 - x
            } else {
                x
            }
        };
        let word_x = |view: View, word: &str| {
            let label = labels(view).iter().find(|l| l.0 == word);
            label
                .and_then(|l| l.1.parse::<f32>().ok())
                .unwrap_or(f32::NAN)
        };
        let cases = [
            (View::Back, "Inner", MEDIAL_ANKLE_HEEL, true),
            (View::Back, "Outer", LATERAL_ANKLE_HEEL, false),
            (View::Sole, "Inner", PLANTAR_MEDIAL_HEEL, true),
            (View::Sole, "Outer", LATERAL_ANKLE_HEEL, false),
            (View::Inner, "Heel", ACHILLES_INSERTION, false),
            (View::Outer, "Heel", ACHILLES_INSERTION, true),
        ];
        for (view, word, region, on_the_left) in cases {
            let middle = middle(view);
            assert_eq!(
                shape_x(view, region) < middle,
                on_the_left,
                "{view:?}: {region:?}"
            );
            assert_eq!(word_x(view, word) < middle, on_the_left, "{view:?}: {word}");
        }
    }
}
