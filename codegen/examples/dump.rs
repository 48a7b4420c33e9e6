//! Prints the generated files for a spec: `cargo run -p zoom-api-codegen --example dump -- SPEC`.
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dump SPEC");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2);
    });
    match codegen::generate(&text, &path) {
        Ok(files) => {
            for f in files {
                println!("===== {}\n{}", f.path, f.contents);
            }
        }
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
