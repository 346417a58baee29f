use std::fmt;

/// Why the knowledge was refused: the file, the item and the field, in words a clinician can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnowledgeError {
    pub file: &'static str,
    /// The id of the item at fault, or empty when the file as a whole is wrong.
    pub item: String,
    pub field: String,
    pub problem: String,
}

impl fmt::Display for KnowledgeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "knowledge/{}.toml", self.file)?;
        if !self.item.is_empty() {
            write!(f, ": `{}`", self.item)?;
        }
        if !self.field.is_empty() {
            write!(f, ", field `{}`", self.field)?;
        }
        write!(f, ": {}", self.problem)
    }
}

impl std::error::Error for KnowledgeError {}
