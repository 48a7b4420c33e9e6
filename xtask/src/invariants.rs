//! Source-level rules of ARCHITECTURE.md, checked by `cargo test -p xtask`:
//! the runtime never names generated items, hand-written files stay under
//! 600 lines and their functions under 80.

use std::path::Path;

/// Longest hand-written source file, in lines.
const MAX_FILE_LINES: usize = 600;
/// Longest function, from its `fn` line to its closing brace.
const MAX_FN_LINES: usize = 80;

/// Hand-written `.rs` files of the workspace: everything under the crates'
/// `src/`, `tests/`, `benches/` and `examples/`, except generated code.
pub fn hand_written(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for krate in ["codegen", "zoom-api", "xtask"] {
        for dir in ["src", "tests", "benches", "examples"] {
            let base = format!("{krate}/{dir}");
            for file in crate::files_below(&root.join(&base), "") {
                let generated = file.contains("generated/") || file.contains("snapshots/");
                if file.ends_with(".rs") && !generated {
                    out.push(format!("{base}/{file}"));
                }
            }
        }
    }
    out.sort();
    out
}

/// The text with comments, string and character literals blanked out, so
/// that braces inside them do not count.
fn code_only(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        let rest = &text[i..];
        let skip = if rest.starts_with("//") {
            rest.find('\n').unwrap_or(rest.len())
        } else if rest.starts_with("/*") {
            rest.find("*/").map_or(rest.len(), |e| e + 2)
        } else if let Some(len) = raw_string_len(rest) {
            len
        } else if rest.starts_with('"') {
            quoted_len(rest, '"')
        } else if rest.starts_with('\'') && is_char_literal(rest) {
            quoted_len(rest, '\'')
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
            continue;
        };
        // Keep the line breaks so line numbers stay true.
        out.extend(rest[..skip].chars().filter(|c| *c == '\n'));
        out.push(' ');
        i += skip;
    }
    out
}

/// `r"..."` or `r#"..."#` at the start of `rest`: its length.
fn raw_string_len(rest: &str) -> Option<usize> {
    let after_r = rest.strip_prefix('r').or_else(|| rest.strip_prefix("br"))?;
    let hashes = after_r.len() - after_r.trim_start_matches('#').len();
    let body = after_r[hashes..].strip_prefix('"')?;
    let close = format!("\"{}", "#".repeat(hashes));
    let end = body.find(&close)?;
    Some(rest.len() - body.len() + end + close.len())
}

/// A quoted literal with backslash escapes: its length.
fn quoted_len(rest: &str, quote: char) -> usize {
    let mut escaped = false;
    for (i, c) in rest.char_indices().skip(1) {
        match c {
            '\\' if !escaped => escaped = true,
            c if c == quote && !escaped => return i + 1,
            _ => escaped = false,
        }
    }
    rest.len()
}

/// `'x'`, `'\n'`, `'{'` are characters; `'a` in `&'a str` is a lifetime.
fn is_char_literal(rest: &str) -> bool {
    let mut chars = rest.chars().skip(1);
    matches!(
        (chars.next(), chars.next()),
        (Some('\\'), _) | (Some(_), Some('\''))
    )
}

/// (name, first line, length) of every function with a body.
fn functions(text: &str) -> Vec<(String, usize, usize)> {
    let code = code_only(text);
    let lines: Vec<&str> = code.lines().collect();
    let mut found = Vec::new();
    for (start, line) in lines.iter().enumerate() {
        let Some(at) = line.find("fn ") else { continue };
        let before = &line[..at];
        let prefix_ok = before.split_whitespace().all(|w| {
            [
                "pub",
                "pub(crate)",
                "pub(super)",
                "async",
                "const",
                "unsafe",
            ]
            .contains(&w)
        }) && (at == 0 || line.as_bytes()[at - 1] == b' ');
        if !prefix_ok {
            continue;
        }
        let name: String = line[at + 3..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if let Some(end) = body_end(&lines, start) {
            found.push((name, start + 1, end - start + 1));
        }
    }
    found
}

/// The line of the brace closing the body that starts at or after `start`;
/// `None` for a declaration without a body (`fn f();` in a trait).
fn body_end(lines: &[&str], start: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut opened = false;
    for (i, line) in lines.iter().enumerate().skip(start) {
        for c in line.chars() {
            match c {
                '{' => {
                    depth += 1;
                    opened = true;
                }
                '}' => {
                    depth = depth.saturating_sub(1);
                    if opened && depth == 0 {
                        return Some(i);
                    }
                }
                ';' if !opened => return None,
                _ => {}
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(root: &Path, file: &str) -> String {
        std::fs::read_to_string(root.join(file)).expect("readable source")
    }

    /// The runtime is generic: it takes the spec's facts as arguments
    /// (operation metadata, the default base URL) and never names a
    /// generated type, operation or module.
    #[test]
    fn the_runtime_never_names_generated_items() {
        let root = crate::root();
        let mut offending = Vec::new();
        for file in crate::files_below(&root.join("zoom-api/src/runtime"), "") {
            let text = read(&root, &format!("zoom-api/src/runtime/{file}"));
            for needle in [
                "crate::types",
                "crate::operations",
                "crate::generated",
                "super::generated",
            ] {
                if code_only(&text).contains(needle) {
                    offending.push(format!("runtime/{file} names {needle}"));
                }
            }
        }
        assert!(offending.is_empty(), "{offending:?}");
    }

    #[test]
    fn hand_written_files_and_functions_stay_small() {
        let root = crate::root();
        let mut problems = Vec::new();
        for file in hand_written(&root) {
            let text = read(&root, &file);
            let lines = text.lines().count();
            if lines > MAX_FILE_LINES {
                problems.push(format!("{file}: {lines} lines (at most {MAX_FILE_LINES})"));
            }
            for (name, line, length) in functions(&text) {
                if length > MAX_FN_LINES {
                    problems.push(format!(
                        "{file}:{line}: fn {name} is {length} lines (at most {MAX_FN_LINES})"
                    ));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn the_measure_sees_braces_only_in_code() {
        let text = "fn a() {\n    let s = \"}}\";\n    let c = '}';\n    // }\n}\nfn b(x: &'static str) {\n}\n";
        assert_eq!(
            functions(text),
            vec![("a".to_owned(), 1, 5), ("b".to_owned(), 6, 2)]
        );
        assert_eq!(functions("trait T { fn f(&self); }\n"), vec![]);
        assert_eq!(raw_string_len("r#\"{\"#;"), Some(6));
    }
}
