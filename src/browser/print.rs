/// Opens the browser's print dialog; the print stylesheet shows only the summary.
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
