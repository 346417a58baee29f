//! # heel-triage engine
//!
//! From where it hurts and the answers so far to: how urgent it is, which conditions fit (with
//! reasons for and against), and which question to ask next. Pure Rust with no browser crates;
//! the widget and the `assess` example both sit on it.
//!
//! ## Implementation note: the rules this crate keeps
//!
//! - **The knowledge is data.** `knowledge/*.toml` holds every region, condition, question, red
//!   flag, piece of advice and source, with the ids of REFERENCE.md. The build script checks it
//!   and refuses data that is wrong, saying which file, id and field; what passes is compiled in
//!   as static data ([`shipped`]). The `compile` feature (on by default; off in the
//!   widget) does the same checks at run time and carries the `assess` JSON contract.
//! - **Red flags decide urgency.** The level is the highest fired flag, else `self_care`
//!   (REFERENCE.md 4.3). The ranking is computed separately and never lowers it.
//! - **"Not sure" and unanswered change nothing in the ranking.** "Not sure" fires no red flag,
//!   but a flag it stands in for is not ruled out and still calls for its level, capped
//!   ([`red_flags::not_ruled_out`]); an unanswered question counts for nothing.
//! - **Deterministic.** No clocks, randomness or hash-ordered maps: the same input gives the
//!   same output to the last digit, natively and in WebAssembly.
//! - **No panics from input.** Unknown ids in input are errors, never indexes.

pub mod assessment;
pub mod compact;
#[cfg(feature = "compile")]
pub mod contract;
pub mod interview;
pub mod knowledge;
pub mod next_question;
pub mod ranking;
pub mod red_flags;
#[cfg(feature = "compile")]
pub mod simulate;

pub use assessment::{assess, Assessment, RankedCondition};
pub use interview::{Answer, InputError, Interview};
#[cfg(feature = "compile")]
pub use knowledge::KnowledgeFiles;
pub use knowledge::{shipped, Knowledge, KnowledgeError, Urgency, UNSURE};
pub use next_question::{estimate_remaining, NextQuestion, Phase};
pub use ranking::Reason;
