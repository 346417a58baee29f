//! Yew components, one small component a file. Components get data and callbacks; only `App`
//! holds the reducer.

mod app;
mod diagram;
mod emergency;
mod question;
mod result;
mod start;
mod where_it_hurts;

pub use app::{App, AppProps};
pub use diagram::{View, SHAPES};
