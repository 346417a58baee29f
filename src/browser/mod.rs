//! Every call into the browser, each in a small module named for what it does. Nothing here
//! panics: a missing or refusing browser feature degrades to doing nothing.

mod clipboard;
pub mod events;
mod files;
mod focus;
mod print;
pub mod storage;
mod timing;

pub use clipboard::copy_text;
pub use files::load_file;
pub use focus::{focus_screen_heading, move_focus};
pub use print::{print_text, remove_printed};
pub use timing::{mark_diagram_ready, now_seconds, today};
