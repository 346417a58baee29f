//! The five urgency levels of REFERENCE.md 4.1, least urgent first so that `Ord` means "more
//! urgent". Their ids are public vocabulary.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(
    feature = "compile",
    derive(serde::Serialize),
    serde(rename_all = "snake_case")
)]
pub enum Urgency {
    SelfCare,
    Consultation,
    #[cfg_attr(feature = "compile", serde(rename = "consultation_24"))]
    Consultation24,
    Emergency,
    EmergencyAmbulance,
}

impl Urgency {
    pub const ALL: [Urgency; 5] = [
        Urgency::SelfCare,
        Urgency::Consultation,
        Urgency::Consultation24,
        Urgency::Emergency,
        Urgency::EmergencyAmbulance,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Urgency::SelfCare => "self_care",
            Urgency::Consultation => "consultation",
            Urgency::Consultation24 => "consultation_24",
            Urgency::Emergency => "emergency",
            Urgency::EmergencyAmbulance => "emergency_ambulance",
        }
    }

    pub fn from_id(id: &str) -> Option<Urgency> {
        Urgency::ALL.into_iter().find(|u| u.id() == id)
    }

    /// Emergency levels interrupt the interview at once.
    pub fn is_emergency(self) -> bool {
        self >= Urgency::Emergency
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_order_by_urgency() {
        for level in Urgency::ALL {
            assert_eq!(Urgency::from_id(level.id()), Some(level));
            assert_eq!(
                serde_json::to_string(&level).unwrap(),
                format!("\"{}\"", level.id())
            );
        }
        assert!(Urgency::EmergencyAmbulance > Urgency::Emergency);
        assert!(Urgency::Consultation24 > Urgency::Consultation);
        assert!(Urgency::Consultation > Urgency::SelfCare);
        assert_eq!(Urgency::from_id("urgent"), None);
    }
}
