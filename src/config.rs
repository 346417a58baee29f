//! What a clinic can set. Until a clinic says otherwise the widget points to "your GP,
//! podiatrist or physiotherapist" and shows no phone number or booking link.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ClinicConfig {
    pub clinic_name: Option<String>,
    pub phone: Option<String>,
    pub booking_url: Option<String>,
}

impl ClinicConfig {
    pub fn display_name(&self) -> &str {
        self.clinic_name
            .as_deref()
            .unwrap_or("your GP, podiatrist or physiotherapist")
    }
}
