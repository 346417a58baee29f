//! The drawing: a right foot's heel in four views, and the tappable region shapes over it.
//!
//! One scale for the three upright views, 1 unit = about 2 mm, the floor at y = 100; their
//! frames crop the leg above and the foot in front. Back view: the inner side on the left. Side
//! views: the heel on the right, so the outer side is drawn in the inner side's frame and
//! mirrored (its text is not). The sole is seen as the foot's print, toes up, inner side on the
//! left like the back view. DRAWING.md gives the anatomy each shape follows.
//!
//! Shapes are only curves and each closes where it started, so no edge is straight. They keep a
//! hair's gap between them except where one place lies over another (the tests' `OVERLAPS`):
//! there the later shape is drawn on top, so it takes the tap.

use crate::text::places as text;
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
            View::Back => text::FROM_BEHIND,
            View::Inner => text::INNER_SIDE,
            View::Outer => text::OUTER_SIDE,
            View::Sole => text::UNDER_HEEL,
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

    /// Frames hug the drawing: on a phone the view from behind shares a row with the sole and
    /// must still give each place a 44 px target.
    pub fn view_box(self) -> &'static str {
        match self {
            View::Back => "27 45 46 57",
            View::Inner | View::Outer => "46 43 58 61",
            View::Sole => "34 29 32 82",
        }
    }

    /// Whether this view is on a phone's screen while `upright` is the upright view chosen (the
    /// sole is always there). Wider screens show every view.
    pub fn shown_with(self, upright: View) -> bool {
        self == View::Sole || self == upright
    }

    /// The outer view is drawn like the inner one and mirrored about its frame's middle, so the
    /// heel sits on the left.
    pub fn transform(self) -> Option<&'static str> {
        (self == View::Outer).then_some("translate(150 0) scale(-1 1)")
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

// The skin is filled and stroked by one path; where the frame crops the limb the path closes
// outside the frame, so no cut is drawn.
const BACK_SKIN: &str = "M33.5 41c.5 4 1.5 7 1 10-.5 2-4 2.5-4.5 6-.5 4 1.5 6 2.5 9 1.5 3 0 8 0 \
13.5 0 7 .5 13.5 4 18 3.5 3 8.5 3.5 13.5 3.5 5 0 10-.5 13.5-3.5 3.5-4.5 4-11 4-17 0-3.5-.5-6 0-8 \
1-1.5 3.5-3.5 3.5-7.5 0-4-2.5-7-4.5-10-1-4.5-.5-10 0-14z";
const BACK_TENDON: &str = "M44 41c1 6 2.5 12 2.5 19 0 7-1.5 13-2 19-1 5.5.5 11.5 5.5 11.5 5 0 6.5\
-6 5.5-11.5-.5-6-2-12-2-19 0-7 1.5-13 2.5-19z";
// The heel bone's back, its upper outer corner a little higher; the ankle bones, the inner one
// higher, the outer one lower and standing out more.
const BACK_BONES: &str = "M40.5 78c3-3 6.5-3.5 10-3.5 4 0 8.5-.5 11 2 2 5 2.5 13.5 0 18.5-4.5 2.5\
-18.5 2.5-23 0-2-5-1.5-13 2-17zm-6.5-26a2.5 5 0 1 0 0 10a2.5 5 0 1 0 0-10zm33 6.5a2.5 5.5 0 1 0 \
0 11a2.5 5.5 0 1 0 0-11z";
// Hollows either side of the tendon, and under each ankle bone.
const BACK_SHADE: &str = "M45 50c1 8 1 18-1 29-2-10-1-21 1-29zm10 0c-1 8-1 18 1 29 2-10 1-21-1-29\
zm-23.5 13.5c2 3 2.5 7 1.5 11 0-4-.5-7.5-1.5-11zm37.5 6.5c-2 2-2.5 4.5-2 7.5 0-2.5 1-5 2-7.5z";

// The side views' front (shin, ankle, top of the foot) and back of the leg are shared; the
// inner side's sole arches, the outer side's lies flat.
const SIDE_SKIN_INNER: &str = "M58.5 41c0 6-.5 11-1.5 15.5-.5 3.5-3.5 6-7 7.5-2 1-4 2-6 3l0 23.5\
c8-.5 16 1 23 3.5 4.5 2 9 5.5 15 6.5 6 0 13.5-1 16.5-4.5 2-3.5 2-9.5 1-14-1-4-4-7.5-5.5-11.5-1-4\
-.5-14.5-.5-22.5l.5-7z";
const SIDE_SKIN_OUTER: &str = "M58.5 41c0 6-.5 11-1.5 15.5-.5 3.5-3.5 6-7 7.5-2 1-4 2-6 3l0 31.5\
c12 0 26 1.5 38 2 6 0 13.5-1 16.5-4.5 2-3.5 2-9.5 1-14-1-4-4-7.5-5.5-11.5-1-4-.5-14.5-.5-22.5l.5\
-7z";
const SIDE_TENDON: &str = "M87.5 41c.5 9 1 17 2 22.5 1 6 4 11 6.5 15.5 1 2.5 1.5 5.5 2 8 1.5-1.5 \
1.5-4 1-6.5-1-3-3.5-7-4.5-10.5-1.5-3.5-1-14-1-22l.5-7z";
// The heel bone: its upper back corner (where a Haglund bump grows), the back surface the
// tendon fixes onto, the sole surface, and the front joint; the talus on it, under the ankle.
const SIDE_HEEL_BONE: &str = "M93.5 71.5c3.5 2 5 10 4 17-.5 5.5-3.5 8-9.5 8-9 0-20-2.5-28.5-4.5-3\
-.5-3-7.5 1-9 4.5-1 6.5-5 10-6.5 5-2 11.5-.5 16-3.5 2-1.5 4.5-2 7-1.5zm-32 3.5c-.5-6.5 5.5-9.5 11\
-9 4.5 0 8 2.5 9 5-4 5-11 2.5-15 7-2 1-4.5.5-5-3z";
const INNER_BONES: &str = "M71 54.5a4 5 0 1 0 0 10a4 5 0 1 0 0-10z";
const OUTER_BONES: &str = "M77 59a3.5 5.5 0 1 0 0 11a3.5 5.5 0 1 0 0-11z";
// The hollow in front of the tendon; the inner arch; under the outer ankle bone.
const INNER_SHADE: &str = "M84.5 47c2.5 6 3 13 2 20-2-5-2.5-13-2-20zm-27.5 42.5c6.5.5 12.5 2.5 \
18 6.5-6-1-12-2-18-2z";
const OUTER_SHADE: &str = "M84.5 47c2.5 6 3 13 2 20-2-5-2.5-13-2-20zm-12 24.5c3 1.5 6.5 2 9.5 0\
-1.5 3-6.5 3.5-9.5 0z";
// Tendons behind the ankle bone: the tarsal tunnel's on the inner side, the peroneal ones on
// the outer side, running forward along the outer border.
const INNER_LINES: &str = "M76.5 48c2 16-4.5 24-16 36.5m18.5-34.5c1.5 16-4.5 25-16.5 37.5";
const OUTER_LINES: &str = "M82 50c2 20-8 32-33 41.5m35-39.5c2 21-8 34-35 42.5";

// The sole is cropped above the arch; its open edge fades out.
const SOLE_SKIN: &str = "M34.5 37c1 6 3 11 3.5 17 1 6-1.5 12-2 20-.5 13 6 26.5 14 26.5 8 0 14.5\
-13.5 14-26.5-.5-10 .5-20 1-28 .5-3 .5-6 1-9z";
const SOLE_EDGE: &str = "M34.5 37c1 6 3 11 3.5 17 1 6-1.5 12-2 20-.5 13 6 26.5 14 26.5 8 0 14.5\
-13.5 14-26.5-.5-10 .5-20 1-28 .5-3 .5-6 1-9";
const SOLE_PAD: &str = "M50 65.5c7.5 0 12.5 6.5 12.5 15.5 0 10.5-5.5 18-12.5 18-7 0-12.5-7.5-12.5\
-18 0-9 5-15.5 12.5-15.5z";
const SOLE_ARCH: &str = "M37.5 45c4 5 5 12 2 19.5-1-6.5-1-13.5-2-19.5z";

const fn part(class: &'static str, d: &'static str) -> Outline {
    Outline { class, d }
}

const BACK_PARTS: &[Outline] = &[
    part("ht-skin", BACK_SKIN),
    part("ht-shade", BACK_SHADE),
    part("ht-bone", BACK_BONES),
    part("ht-tendon", BACK_TENDON),
];
const INNER_PARTS: &[Outline] = &[
    part("ht-skin", SIDE_SKIN_INNER),
    part("ht-shade", INNER_SHADE),
    part("ht-bone", SIDE_HEEL_BONE),
    part("ht-bone", INNER_BONES),
    part("ht-line", INNER_LINES),
    part("ht-tendon", SIDE_TENDON),
];
const OUTER_PARTS: &[Outline] = &[
    part("ht-skin", SIDE_SKIN_OUTER),
    part("ht-shade", OUTER_SHADE),
    part("ht-bone", SIDE_HEEL_BONE),
    part("ht-bone", OUTER_BONES),
    part("ht-line", OUTER_LINES),
    part("ht-tendon", SIDE_TENDON),
];
const SOLE_PARTS: &[Outline] = &[
    part("ht-skin ht-fade", SOLE_SKIN),
    part("ht-edge", SOLE_EDGE),
    part("ht-shade", SOLE_ARCH),
    part("ht-pad", SOLE_PAD),
];

fn outlines(view: View) -> &'static [Outline] {
    match view {
        View::Back => BACK_PARTS,
        View::Inner => INNER_PARTS,
        View::Outer => OUTER_PARTS,
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

// The heel's back seen from the side is the same on both sides.
const SIDE_MIDPORTION: &str = "M86 44.5c0 5.5 1 11.5 2 17 2 1 4 1 6 .5 0-6 0-12 0-17.5-2.5-1-5.5\
-1-8 0z";
const SIDE_RETRO: &str = "M88.5 63.5c2 2.5 4 4.5 5.5 7-3 1-6 1-9 .5 1-3 2-5.5 3.5-7.5z";
const SIDE_POSTEROSUPERIOR: &str = "M86 73c2.5-1.5 5-1.5 7.5-.5 1 3 1 6 .5 8.5-3 1-6 1-8.5 0-.5-3\
-.5-6 .5-8z";
const SIDE_SUPERFICIAL: &str = "M95 69.5c2 3 4.5 7 5.5 11 1 5 .5 11-1.5 15.5-1-.5-2-1-2.5-1 1.5\
-4 2-8 1-12-.5-4-2-7-3-10 0-1 0-2.5.5-3.5z";
const SIDE_INSERTION: &str = "M94 73c2.5 3 4.5 7.5 5 11.5.5 3 .5 5.5-.5 7.5-1.5 0-2.5-.5-4-.5 1\
-3 1-6 .5-9-.5-3-.5-6.5-1-9.5z";

/// Drawn in this order, so later shapes sit on top: the tendon's end over the skin and the bone
/// corner around it.
pub const SHAPES: &[Shape] = &[
    // From behind: the tendon band, its deep and its shallow hollows either side, the bands
    // behind and below each ankle bone, the heel bone's walls, its corner, the skin over the
    // tendon's end and the end itself.
    Shape {
        view: View::Back,
        region: ACHILLES_MIDPORTION,
        d: "M44.5 46c1 4.5 2 9 2 13.5 0 2.5 0 4.5-.5 6.5 3 1 5 1 8 0-.5-2-.5-4-.5-6.5 0-4.5 1-9 2\
-13.5-3.5-1-7.5-1-11 0z",
    },
    Shape {
        view: View::Back,
        region: POSTERIOR_ANKLE_DEEP,
        d: "M44.5 47c-2 0-4 2.5-4 5.5-.5 3.5 1.5 6 5.5 6-.5-4-.5-8-1.5-11.5zm11 0c2 0 4 2.5 4 \
5.5.5 3.5-1.5 6-5.5 6 .5-4 .5-8 1.5-11.5z",
    },
    Shape {
        view: View::Back,
        region: RETROCALCANEAL_SPACE,
        d: "M45.5 62c0 2 0 3.5.5 5.5 3 .5 5 .5 8 0 .5-2 .5-3.5.5-5.5 1.5 1.5 4 5 4 8 0 3-1.5 5\
-3.5 4 0-1.5-.5-3-.5-4.5-3-.5-6-.5-9 0 0 1.5-.5 3-.5 4.5-2 1-3.5-1-3.5-4 0-3 2.5-6.5 4-8z",
    },
    Shape {
        view: View::Back,
        region: CALCANEAL_SIDES,
        d: "M33 77.5c2.5 2 5 3 8 3.5.5 5.5 0 10.5.5 14.5.5 1.5 2 2.5 3.5 2.5-2 1.5-5.5 1-8-.5-2.5\
-2.5-4-7-4.5-12.5 0-2.5 0-5 .5-7.5z",
    },
    Shape {
        view: View::Back,
        region: CALCANEAL_SIDES,
        d: "M67 84.5c-2.5.5-5.5 1-8 1-.5 3.5-.5 7-.5 10-.5 1.5-2 2.5-3.5 2.5 2 1.5 5.5 1 8-.5 2.5\
-2.5 4-6.5 4.5-10 0-1 0-2-.5-3z",
    },
    Shape {
        view: View::Back,
        region: MEDIAL_ANKLE_HEEL,
        d: "M34.5 50c1.5-.5 3.5-.5 4.5.5.5 3.5.5 7 1 10 .5 1.5 1 4 .5 6.5-.5 3-1.5 6-2.5 9-1.5.5\
-3 .5-4.5-.5.5-3.5 0-7-1.5-9.5-1-2-1-4-1-5.5 1 0 2.5-1.5 3-3.5 1-2 1-4.5.5-7z",
    },
    Shape {
        view: View::Back,
        region: LATERAL_ANKLE_HEEL,
        d: "M60.5 60.5c2-1 4-2.5 5-4.5 2.5 2.5 4.5 5.5 4 8.5-.5 2.5-2 3.5-2.5 5.5-1 2.5 0 5 0 \
7.5 0 2 0 4-.5 6-1.5 0-3 0-4.5-.5.5-3.5 0-6.5-.5-10-.5-4-1-8-1-12.5z",
    },
    Shape {
        view: View::Back,
        region: POSTEROSUPERIOR_CALCANEUS,
        d: "M53 76.5c2-1 4.5-1 7 0 1 2.5 1 5 .5 7.5-2.5 1-5.5 1-8 0-1-2-1-5 .5-7.5z",
    },
    Shape {
        view: View::Back,
        region: SUPERFICIAL_POSTERIOR_HEEL,
        d: "M42.5 86.5c.5-.5 1-.5 1.5-.5 1 3.5 3 5 6 5 3 0 5-1.5 6-5 .5 0 1 0 1.5.5.5 3.5 0 6.5\
-2 8.5-1.5 1.5-3.5 2-5.5 2-2 0-4-.5-5.5-2-2-2-2.5-5-2-8.5z",
    },
    Shape {
        view: View::Back,
        region: ACHILLES_INSERTION,
        d: "M46 70c2.5 1 5.5 1 8 0 1 4.5 2.5 9.5 2 14.5 0 4.5-2.5 6.5-6 6.5-3.5 0-6-2-6-6.5-.5-5 \
1-10 2-14.5z",
    },
    // Inner side (heel on the right).
    Shape {
        view: View::Inner,
        region: ACHILLES_MIDPORTION,
        d: SIDE_MIDPORTION,
    },
    Shape {
        view: View::Inner,
        region: POSTERIOR_ANKLE_DEEP,
        d: "M85 47.5c0 4.5 1 9.5 2 13.5-3 2.5-5.5 4.5-7 5.5-.5-5 0-10 .5-15 1-2.5 2.5-3.5 4.5-4z",
    },
    Shape {
        view: View::Inner,
        region: RETROCALCANEAL_SPACE,
        d: SIDE_RETRO,
    },
    Shape {
        view: View::Inner,
        region: POSTEROSUPERIOR_CALCANEUS,
        d: SIDE_POSTEROSUPERIOR,
    },
    Shape {
        view: View::Inner,
        region: CALCANEAL_SIDES,
        d: "M80.5 74.5c1.5-1 2.5-1 3.5-.5 0 3.5.5 7 3 9 2.5 1 5 1 7 1.5 1 4 .5 7.5-1 10.5-5 1\
-10.5 1-15 0-2-.5-3.5-2.5-3.5-4.5.5-5.5 3-11.5 6-16z",
    },
    Shape {
        view: View::Inner,
        region: MEDIAL_ANKLE_HEEL,
        d: "M75.5 50.5c1.5-.5 3-.5 3.5.5.5 7 1 13.5-1 19-2 6.5-6.5 12-11 18.5-1 1.5-1.5 3-2.5 4.5\
-1.5-.5-3-.5-4.5-1 2.5-6 7-13 10.5-19 2.5-4.5 4.5-8 5-12.5.5-3.5.5-6.5 0-10z",
    },
    Shape {
        view: View::Inner,
        region: SUPERFICIAL_POSTERIOR_HEEL,
        d: SIDE_SUPERFICIAL,
    },
    Shape {
        view: View::Inner,
        region: ACHILLES_INSERTION,
        d: SIDE_INSERTION,
    },
    Shape {
        view: View::Inner,
        region: PLANTAR_MEDIAL_HEEL,
        d: "M71.5 96.5c4.5-.5 8.5 0 13 .5.5 1 .5 2 .5 3-5 0-9-.5-13-2-.5-.5-.5-1-.5-1.5z",
    },
    Shape {
        view: View::Inner,
        region: PLANTAR_CENTRAL_HEEL,
        d: "M85.5 97c4-.5 8-1 11.5-1.5-.5 1.5-1.5 3-3 4-2.5.5-5.5 1-8 .5 0-1-.5-2-.5-3z",
    },
    // Outer side (drawn like the inner side, then mirrored).
    Shape {
        view: View::Outer,
        region: ACHILLES_MIDPORTION,
        d: SIDE_MIDPORTION,
    },
    Shape {
        view: View::Outer,
        region: POSTERIOR_ANKLE_DEEP,
        d: "M85 47.5c0 3.5.5 7 1 10-1.5 1-4 1-6 .5 0-3 .5-7 1.5-9.5 1-.5 2-1 3.5-1z",
    },
    Shape {
        view: View::Outer,
        region: RETROCALCANEAL_SPACE,
        d: SIDE_RETRO,
    },
    Shape {
        view: View::Outer,
        region: POSTEROSUPERIOR_CALCANEUS,
        d: SIDE_POSTEROSUPERIOR,
    },
    Shape {
        view: View::Outer,
        region: CALCANEAL_SIDES,
        d: "M84.5 76.5c0 3.5 1 5.5 3 6.5 2.5 1 4.5 1 6.5 1.5 1 4 .5 7.5-1 10.5-5 1-10.5 1-15 0\
-1.5-.5-2-2-2-3 1.5-5.5 4-11 8.5-15.5z",
    },
    Shape {
        view: View::Outer,
        region: LATERAL_ANKLE_HEEL,
        d: "M81 60c1-1 2-1 3 0 1 3.5 1 7.5 0 11-.5 3.5-3 7.5-6.5 11-5 5.5-15.5 11.5-29.5 14.5-.5\
-1.5-.5-3-.5-4.5 12.5-3 22-8 27-13.5 3.5-3.5 6-7 6.5-10.5.5-3 .5-5.5 0-8z",
    },
    Shape {
        view: View::Outer,
        region: SUPERFICIAL_POSTERIOR_HEEL,
        d: SIDE_SUPERFICIAL,
    },
    Shape {
        view: View::Outer,
        region: ACHILLES_INSERTION,
        d: SIDE_INSERTION,
    },
    // Under the heel (toes up, inner side on the left).
    Shape {
        view: View::Sole,
        region: PLANTAR_MEDIAL_HEEL,
        d: "M37 70c.5-6.5 5.5-10 11.5-10 4 .5 6.5 3 6.5 6.5-.5 4.5-3.5 10-9 11.5-4 1.5-8 .5-9-3\
-.5-1.5-.5-3.5 0-5z",
    },
    Shape {
        view: View::Sole,
        region: PLANTAR_CENTRAL_HEEL,
        d: "M50 80c5 0 9.5 4 9.5 9.5 0 5-4.5 9-9.5 9-5 0-9.5-4-9.5-9 0-5.5 4.5-9.5 9.5-9.5z",
    },
    Shape {
        view: View::Sole,
        region: LATERAL_ANKLE_HEEL,
        d: "M55.5 41c0 9 .5 17 3 25 1.5 6 3 14 5 20 1-6 .5-14 .5-22 0-8 0-16 .5-23-3-.5-6-.5-9 0z",
    },
];

/// Words placed beside a view so nobody has to guess which side is which: (the words' key in
/// the screens' [places] texts, this build's words, x, y). Coordinates are text, as they go into
/// the SVG (no float formatting needed).
type Label = (&'static str, &'static str, &'static str, &'static str);

fn labels(view: View) -> &'static [Label] {
    match view {
        View::Back => &[
            ("inner", text::INNER, "31.8", "100.6"),
            ("outer", text::OUTER, "68.2", "100.6"),
        ],
        View::Inner => &[
            ("toes_left", text::TOES_LEFT, "54.2", "103.4"),
            ("heel", text::HEEL, "92", "103.4"),
        ],
        View::Outer => &[
            ("toes_right", text::TOES_RIGHT, "95.8", "103.4"),
            ("heel", text::HEEL, "58", "103.4"),
        ],
        View::Sole => &[
            ("toes_up", text::TOES_UP, "50", "34"),
            ("inner", text::INNER, "41.6", "104.6"),
            ("outer", text::OUTER, "58.4", "104.6"),
            ("right_foot", text::RIGHT_FOOT, "50", "109.6"),
        ],
    }
}

/// Paints the views share, in a drawing of their own that is never hidden (a paint server
/// inside a hidden view would paint nothing): the skin's rounding, the sole's fading crop, and
/// the stripes that mark a chosen place besides its colour. Their colours come from the CSS.
pub const DEFS: &str = r#"<svg class="ht-defs" aria-hidden="true"><linearGradient id="ht-round" x2=".5" spreadMethod="reflect"><stop class="ht-s1"/><stop class="ht-s0" offset=".7"/></linearGradient><linearGradient id="ht-fade" x2="0" y2=".13"><stop class="ht-s0" stop-opacity="0"/><stop class="ht-s0" offset="1"/></linearGradient><pattern id="ht-chosen" width="1.6" height="1.6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="ht-p0" width="2" height="2"/><rect class="ht-p1" width=".55" height="2"/></pattern></svg>"#;

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
    for (_, text, x, y) in labels(view) {
        svg.push_str(&[r#"<text x=""#, x, r#"" y=""#, y, r#"">"#, text, "</text>"].concat());
    }
    svg + "</g>"
}

#[cfg(test)]
mod tests {
    use super::*;
    use heel_triage_engine::knowledge::Ix;

    const VIEWS: [View; 4] = [View::Back, View::Inner, View::Outer, View::Sole];

    /// Where two places overlap, (the one beneath, the one on top): a patient pressing on the
    /// tendon's end means the tendon, not the skin or the bone corner around it.
    const OVERLAPS: &[(RegionIx, RegionIx)] = &[
        (SUPERFICIAL_POSTERIOR_HEEL, ACHILLES_INSERTION),
        (POSTEROSUPERIOR_CALCANEUS, ACHILLES_INSERTION),
    ];

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
    fn every_view_draws_the_skin_and_says_which_way_is_which() {
        for view in VIEWS {
            let outline = outline_markup(view);
            assert!(outline.contains(r#"class="ht-skin"#), "{view:?}");
            assert!(outline.starts_with(r#"<g aria-hidden="true">"#));
            assert!(outline.ends_with("</g>"));
            let words = label_markup(view);
            let expected: &[&str] = match view {
                View::Back => &["Inner", "Outer"],
                View::Inner | View::Outer => &["Toes", "Heel"],
                View::Sole => &["Inner", "Outer", "Toes", "Right foot"],
            };
            for word in expected {
                assert!(words.contains(word), "{view:?}: {word}");
            }
        }
    }

    /// The x halfway across a view's box, and the box as numbers.
    fn frame(view: View) -> [f32; 4] {
        let mut n = view
            .view_box()
            .split(' ')
            .map(|n| n.parse::<f32>().unwrap_or(f32::NAN));
        [(); 4].map(|_| n.next().unwrap_or(f32::NAN))
    }

    fn middle(view: View) -> f32 {
        let [left, _, width, _] = frame(view);
        left + width / 2.0
    }

    #[test]
    fn the_outer_side_is_the_inner_side_mirrored_with_its_words_placed_to_match() {
        assert_eq!(View::Inner.transform(), None);
        assert_eq!(View::Inner.view_box(), View::Outer.view_box());
        // The mirror maps the frame onto itself: x becomes 2 * middle - x.
        let across = 2.0 * middle(View::Outer);
        let Some(mirror) = View::Outer.transform() else {
            panic!("the outer side is not mirrored");
        };
        assert_eq!(mirror, format!("translate({across} 0) scale(-1 1)"));
        // The words sit outside the mirrored group (mirrored text would read backwards), so
        // each must be placed where the mirror puts the part it names, its arrow turned round.
        let inner = labels(View::Inner);
        let outer = labels(View::Outer);
        assert_eq!(inner.len(), outer.len());
        let bare = |key: &str| {
            key.trim_end_matches("_left")
                .trim_end_matches("_right")
                .to_string()
        };
        for (word, _, x, y) in inner {
            let x: f32 = x.parse().unwrap_or(f32::NAN);
            assert!(
                outer.iter().any(|(w, _, ox, oy)| bare(w) == bare(word)
                    && ox
                        .parse::<f32>()
                        .is_ok_and(|ox| (ox - (across - x)).abs() < 0.01)
                    && oy == y),
                "{word} is not mirrored"
            );
        }
        assert!(inner.iter().any(|l| l.0 == "toes_left" && l.1 == "← Toes"));
        assert!(outer.iter().any(|l| l.0 == "toes_right" && l.1 == "Toes →"));
    }

    #[test]
    fn each_word_beside_a_view_sits_on_the_side_of_the_place_it_names() {
        // Words on the wrong side would have a patient point at the other side of the heel, and
        // the inner and outer sides hurt for different reasons.
        let shape_x = |view: View, region: RegionIx| {
            let shape = SHAPES.iter().find(|s| s.view == view && s.region == region);
            let x = shape.map_or(f32::NAN, |s| centre(&polygons(s.d)).0);
            // The outer side's shapes are mirrored; the words beside it are not.
            if view == View::Outer {
                2.0 * middle(view) - x
            } else {
                x
            }
        };
        let word_x = |view: View, key: &str| {
            let label = labels(view).iter().find(|l| l.0 == key);
            label
                .and_then(|l| l.2.parse::<f32>().ok())
                .unwrap_or(f32::NAN)
        };
        let cases = [
            (View::Back, "inner", MEDIAL_ANKLE_HEEL, true),
            (View::Back, "outer", LATERAL_ANKLE_HEEL, false),
            (View::Sole, "inner", PLANTAR_MEDIAL_HEEL, true),
            (View::Sole, "outer", LATERAL_ANKLE_HEEL, false),
            (View::Inner, "heel", ACHILLES_INSERTION, false),
            (View::Outer, "heel", ACHILLES_INSERTION, true),
            (View::Inner, "toes_left", MEDIAL_ANKLE_HEEL, true),
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

    // ---- Geometry, for the tests only: region paths are made of M, C and Z (either case),
    // the skins' closing edges of L; flattened into polygons.

    type Point = (f32, f32);

    /// The commands of a path with their numbers (`.5.5` is two numbers, `1-2` too).
    fn commands(d: &str) -> Vec<(char, Vec<f32>)> {
        let mut out: Vec<(char, Vec<f32>)> = Vec::new();
        let mut number = String::new();
        let flush = |number: &mut String, out: &mut Vec<(char, Vec<f32>)>| {
            if !number.is_empty() {
                let n = number.parse().unwrap_or(f32::NAN);
                if let Some(last) = out.last_mut() {
                    last.1.push(n);
                }
                number.clear();
            }
        };
        for c in d.chars() {
            if c.is_ascii_alphabetic() {
                flush(&mut number, &mut out);
                out.push((c, Vec::new()));
            } else if c == ' ' || c == ',' || c == '-' || (c == '.' && number.contains('.')) {
                flush(&mut number, &mut out);
                if c != ' ' && c != ',' {
                    number.push(c);
                }
            } else {
                number.push(c);
            }
        }
        flush(&mut number, &mut out);
        out
    }

    /// The points a path passes through: each subpath's start, then every segment's end, with
    /// each curve cut into `steps` straight pieces. Relative commands are made absolute.
    fn walk(d: &str, steps: usize) -> Vec<(char, Vec<Point>)> {
        let (mut at, mut start) = ((0.0, 0.0), (0.0, 0.0));
        let mut out = Vec::new();
        for (c, n) in commands(d) {
            let rel = c.is_ascii_lowercase();
            let base = |at: Point| if rel { at } else { (0.0, 0.0) };
            let mut points = Vec::new();
            match c.to_ascii_uppercase() {
                'M' | 'L' => {
                    for k in n.chunks(2) {
                        let b = base(at);
                        at = (b.0 + k[0], b.1 + k[1]);
                        if points.is_empty() && c.eq_ignore_ascii_case(&'M') {
                            start = at;
                        }
                        points.push(at);
                    }
                }
                'C' => {
                    for k in n.chunks(6) {
                        let b = base(at);
                        let p = [
                            at,
                            (b.0 + k[0], b.1 + k[1]),
                            (b.0 + k[2], b.1 + k[3]),
                            (b.0 + k[4], b.1 + k[5]),
                        ];
                        for i in 1..=steps {
                            let t = i as f32 / steps as f32;
                            let u = 1.0 - t;
                            let w = [u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t];
                            points.push((
                                (0..4).map(|j| w[j] * p[j].0).sum(),
                                (0..4).map(|j| w[j] * p[j].1).sum(),
                            ));
                        }
                        at = p[3];
                    }
                }
                'Z' => at = start,
                other => panic!("{other} in a path these tests read: {d}"),
            }
            out.push((c, points));
        }
        out
    }

    /// The subpaths of a path as closed polygons.
    fn polygons(d: &str) -> Vec<Vec<Point>> {
        let mut all: Vec<Vec<Point>> = Vec::new();
        for (c, points) in walk(d, 24) {
            if c.eq_ignore_ascii_case(&'M') {
                all.push(Vec::new());
            }
            if let Some(last) = all.last_mut() {
                last.extend(points);
            }
        }
        all
    }

    /// Whether `p` is inside the polygons (even-odd; no shape here crosses itself).
    fn inside(polys: &[Vec<Point>], p: Point) -> bool {
        let mut odd = false;
        for poly in polys {
            for (i, a) in poly.iter().enumerate() {
                let b = poly[(i + 1) % poly.len()];
                if (a.1 > p.1) != (b.1 > p.1) && p.0 < a.0 + (p.1 - a.1) / (b.1 - a.1) * (b.0 - a.0)
                {
                    odd = !odd;
                }
            }
        }
        odd
    }

    fn bounds(polys: &[Vec<Point>]) -> [f32; 4] {
        let points = polys.iter().flatten();
        let fold = |f: fn(f32, f32) -> f32, start: f32, axis: fn(&Point) -> f32| {
            points.clone().map(axis).fold(start, f)
        };
        [
            fold(f32::min, f32::MAX, |p| p.0),
            fold(f32::min, f32::MAX, |p| p.1),
            fold(f32::max, f32::MIN, |p| p.0),
            fold(f32::max, f32::MIN, |p| p.1),
        ]
    }

    fn centre(polys: &[Vec<Point>]) -> Point {
        let [x0, y0, x1, y1] = bounds(polys);
        ((x0 + x1) / 2.0, (y0 + y1) / 2.0)
    }

    /// Points every 0.2 units across a view's frame.
    fn grid(view: View) -> impl Iterator<Item = Point> {
        let [left, top, width, height] = frame(view);
        let (columns, rows) = ((width * 5.0) as usize, (height * 5.0) as usize);
        (0..columns * rows).map(move |i| {
            (
                left + 0.1 + (i % columns) as f32 * 0.2,
                top + 0.1 + (i / columns) as f32 * 0.2,
            )
        })
    }

    #[test]
    fn every_place_is_drawn_with_curves_alone_and_no_straight_edge() {
        for shape in SHAPES {
            let walked = walk(shape.d, 1);
            let name = format!("{:?} {:?}", shape.view, shape.region);
            let (mut start, mut at) = ((f32::NAN, f32::NAN), (f32::NAN, f32::NAN));
            for (c, points) in &walked {
                assert!("MmCcZz".contains(*c), "{name}: {c} draws a straight edge");
                if c.eq_ignore_ascii_case(&'M') {
                    start = points[0];
                }
                if let Some(p) = points.last() {
                    at = *p;
                }
                if c.eq_ignore_ascii_case(&'Z') {
                    // The closing Z would draw a straight edge back to the start.
                    let gap = (at.0 - start.0).abs() + (at.1 - start.1).abs();
                    assert!(gap < 0.01, "{name} ends {gap} away from its start");
                }
            }
            assert!(
                walked
                    .last()
                    .is_some_and(|c| c.0.eq_ignore_ascii_case(&'Z')),
                "{name}"
            );
        }
    }

    #[test]
    fn where_two_places_overlap_the_one_a_patient_means_is_on_top_and_takes_the_tap() {
        for view in VIEWS {
            let shapes: Vec<(usize, &Shape, Vec<Vec<Point>>)> = SHAPES
                .iter()
                .enumerate()
                .filter(|(_, s)| s.view == view)
                .map(|(i, s)| (i, s, polygons(s.d)))
                .collect();
            let mut seen = Vec::new();
            for p in grid(view) {
                let hits: Vec<&(usize, &Shape, Vec<Vec<Point>>)> = shapes
                    .iter()
                    .filter(|(_, _, poly)| inside(poly, p))
                    .collect();
                for (i, under) in hits.iter().enumerate() {
                    for over in &hits[i + 1..] {
                        // Later in SHAPES is drawn later, so on top.
                        let pair = (under.1.region, over.1.region);
                        assert!(
                            under.1.region == over.1.region || OVERLAPS.contains(&pair),
                            "{view:?}: {:?} and {:?} overlap at {p:?}",
                            under.1.region,
                            over.1.region
                        );
                        if !seen.contains(&pair) {
                            seen.push(pair);
                        }
                    }
                }
            }
            // The skin over the tendon's end lies under it wherever the tendon is drawn.
            if view != View::Sole {
                assert!(
                    seen.contains(&(SUPERFICIAL_POSTERIOR_HEEL, ACHILLES_INSERTION)),
                    "{view:?}: {seen:?}"
                );
            }
        }
    }

    #[test]
    fn on_a_phones_first_screen_a_tap_at_the_middle_of_a_shape_lands_on_it() {
        // Where a finger (or a test's click) aims first, in the views a phone shows first. A
        // shape that lies beneath another is aimed at where it shows.
        for (i, shape) in SHAPES.iter().enumerate() {
            if !shape.view.shown_with(View::Back) {
                continue;
            }
            let beneath = OVERLAPS.iter().any(|(under, _)| *under == shape.region);
            if beneath {
                continue;
            }
            // A shape in two parts (the hollows either side of the tendon) is aimed at by part.
            for part in polygons(shape.d) {
                let part = [part];
                let c = centre(&part);
                assert!(
                    inside(&part, c),
                    "{:?} {:?}: middle {c:?} outside",
                    shape.view,
                    shape.region
                );
                let covered = SHAPES[i + 1..]
                    .iter()
                    .filter(|s| s.view == shape.view)
                    .any(|s| inside(&polygons(s.d), c));
                assert!(
                    !covered,
                    "{:?} {:?}: middle covered",
                    shape.view, shape.region
                );
            }
        }
    }

    /// A view's labels in every language: (words, x, y).
    fn every_language_label(view: View) -> Vec<(String, &'static str, &'static str)> {
        let mut all = Vec::new();
        for lang in heel_triage_engine::knowledge::LANGUAGES {
            let path = format!(
                "{}/knowledge/lang/{lang}/screens.toml",
                env!("CARGO_MANIFEST_DIR")
            );
            let screens: toml::Table =
                toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
            let places = screens["places"].as_table().unwrap();
            for (key, _, x, y) in labels(view) {
                all.push((places[*key].as_str().unwrap().to_string(), *x, *y));
            }
        }
        all
    }

    #[test]
    fn every_shape_and_word_lies_inside_its_frame_and_the_words_outside_the_drawing() {
        for view in VIEWS {
            let [left, top, width, height] = frame(view);
            let skin = polygons(outlines(view)[0].d.trim_end_matches('Z'));
            for shape in SHAPES.iter().filter(|s| s.view == view) {
                let [x0, y0, x1, y1] = bounds(&polygons(shape.d));
                assert!(
                    x0 >= left && y0 >= top && x1 <= left + width && y1 <= top + height,
                    "{view:?} {:?} runs out of the frame",
                    shape.region
                );
            }
            // A word's box: about 0.6 of the font size a letter, the font size high; in every
            // language.
            // The largest each view's words are drawn (styles/widget.css; the side views' grow on
            // a wide screen).
            let size = match view {
                View::Sole => 4.2,
                View::Back => 2.6,
                _ => 3.6,
            };
            for (text, x, y) in every_language_label(view) {
                let (x, y): (f32, f32) =
                    (x.parse().unwrap_or(f32::NAN), y.parse().unwrap_or(f32::NAN));
                let half = text.chars().count() as f32 * 0.6 * size / 2.0;
                let (x0, x1, y0) = (x - half, x + half, y - 0.75 * size);
                assert!(
                    x0 >= left && x1 <= left + width && y0 >= top && y <= top + height,
                    "{view:?}: {text} runs out of the frame"
                );
                for k in 0..=40 {
                    let (px, py) = (
                        x0 + (x1 - x0) * (k % 8) as f32 / 7.0,
                        y0 + (y - y0) * (k / 8) as f32 / 5.0,
                    );
                    // The mirror puts the outer side's drawing at 2 * middle - x.
                    let dx = if view == View::Outer {
                        2.0 * middle(view) - px
                    } else {
                        px
                    };
                    assert!(
                        !inside(&skin, (dx, py)),
                        "{view:?}: {text} lies on the drawing"
                    );
                    for shape in SHAPES.iter().filter(|s| s.view == view) {
                        assert!(
                            !inside(&polygons(shape.d), (dx, py)),
                            "{view:?}: {text} lies on {:?}",
                            shape.region
                        );
                    }
                }
            }
        }
    }
}
