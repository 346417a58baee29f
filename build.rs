//! Compiles the stylesheet in minified (see build/minify_css.rs).

#[path = "build/minify_css.rs"]
mod minify_css;

fn main() {
    println!("cargo:rerun-if-changed=styles/widget.css");
    println!("cargo:rerun-if-changed=build/minify_css.rs");
    let css = std::fs::read_to_string("styles/widget.css").expect("styles/widget.css is readable");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    std::fs::write(
        std::path::Path::new(&out_dir).join("widget.css"),
        minify_css::minify_css(&css),
    )
    .expect("OUT_DIR is writable");
}
