//! Doc comments: spec prose made safe for rustdoc, and the notes the
//! generator adds (constraints, defaults).

use crate::model::Constraints;
use proc_macro2::TokenStream;
use quote::quote;

/// `#[doc = " line"]` for each line of `text`.
///
/// ```text
/// /// Sends the request.
/// ///
/// /// More text.
/// ```
pub fn doc(text: &str) -> TokenStream {
    // A lone `\r` would survive `lines()` and end up in a `///` comment,
    // where Rust forbids it.
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    // rustc refuses text-direction controls in comments (they can make code
    // read differently than it compiles); show them escaped instead.
    let text: String = text
        .chars()
        .map(|c| match c {
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => format!("\\u{{{:X}}}", c as u32),
            c => c.to_string(),
        })
        .collect();
    let lines = text.trim().lines().map(|line| {
        let line = if line.trim().is_empty() {
            String::new()
        } else {
            format!(" {}", line.trim_end())
        };
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

/// Spec prose as rustdoc text: outside code spans, brackets and angle
/// brackets are escaped so they are neither links nor HTML, and URLs are
/// wrapped in `<...>` so rustdoc links them; code spans stay as written.
pub fn prose(text: &str) -> String {
    let text = text.trim();
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while !rest.is_empty() {
        match code_span(rest) {
            Some(len) => {
                out.push_str(&rest[..len]);
                rest = &rest[len..];
            }
            None => {
                // Plain text up to the next backtick (or the end); the
                // first character is skipped whole, whatever its width.
                let first = rest.chars().next().map_or(0, char::len_utf8);
                let next = rest[first..].find('`').map_or(rest.len(), |i| i + first);
                plain(&rest[..next], &mut out);
                rest = &rest[next..];
            }
        }
    }
    out
}

/// The length of the code span `text` starts with, if it starts with one
/// (a run of backticks closed by a run of the same length).
fn code_span(text: &str) -> Option<usize> {
    let ticks = text.len() - text.trim_start_matches('`').len();
    if ticks == 0 {
        return None;
    }
    let fence = &text[..ticks];
    let mut from = ticks;
    while let Some(i) = text[from..].find(fence) {
        let at = from + i;
        let run = text[at..].len() - text[at..].trim_start_matches('`').len();
        if run == ticks {
            return Some(at + ticks);
        }
        from = at + run;
    }
    None
}

/// Escapes plain text and wraps the URLs in it.
fn plain(text: &str, out: &mut String) {
    let mut rest = text;
    while let Some(start) = url_start(rest) {
        escape(&rest[..start], out);
        let tail = &rest[start..];
        let end = tail
            .find(|c: char| {
                c.is_whitespace() || matches!(c, ')' | ']' | '>' | '<' | '"' | '\'' | '`')
            })
            .unwrap_or(tail.len());
        let url = tail[..end].trim_end_matches(['.', ',', ';', ':', '!', '?']);
        out.push('<');
        out.push_str(url);
        out.push('>');
        rest = &tail[url.len()..];
    }
    escape(rest, out);
}

fn url_start(text: &str) -> Option<usize> {
    match (text.find("https://"), text.find("http://")) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '[' => out.push_str("\\["),
            ']' => out.push_str("\\]"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

/// Backticked code, safe whatever the value holds.
pub fn code(value: &str) -> String {
    let ticks = if value.contains('`') { "``" } else { "`" };
    let pad = if value.starts_with('`') || value.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{ticks}{pad}{value}{pad}{ticks}")
}

/// Sentences describing validation keywords, e.g. `At most 64 characters.`
pub fn constraint_notes(c: &Constraints) -> Vec<String> {
    let mut notes = Vec::new();
    let characters = |n: u64| {
        if n == 1 {
            "1 character".to_owned()
        } else {
            format!("{n} characters")
        }
    };
    let items = |n: u64| {
        if n == 1 {
            "1 item".to_owned()
        } else {
            format!("{n} items")
        }
    };
    match (c.min_length, c.max_length) {
        (Some(min), Some(max)) if min == max => notes.push(format!("Exactly {}.", characters(min))),
        (Some(min), Some(max)) => notes.push(format!("{min} to {}.", characters(max))),
        (Some(min), None) => notes.push(format!("At least {}.", characters(min))),
        (None, Some(max)) => notes.push(format!("At most {}.", characters(max))),
        (None, None) => {}
    }
    let bound = |v: f64, exclusive: bool, word: &str, strict: &str| {
        let v = number(v);
        if exclusive {
            format!("{strict} {v}.")
        } else {
            format!("{word} {v}.")
        }
    };
    match (c.minimum, c.maximum) {
        (Some(min), Some(max)) if !c.exclusive_minimum && !c.exclusive_maximum => {
            notes.push(format!("From {} to {}.", number(min), number(max)));
        }
        (min, max) => {
            notes.extend(min.map(|v| bound(v, c.exclusive_minimum, "At least", "Greater than")));
            notes.extend(max.map(|v| bound(v, c.exclusive_maximum, "At most", "Less than")));
        }
    }
    match (c.min_items, c.max_items) {
        (Some(min), Some(max)) => notes.push(format!("{min} to {}.", items(max))),
        (Some(min), None) => notes.push(format!("At least {}.", items(min))),
        (None, Some(max)) => notes.push(format!("At most {}.", items(max))),
        (None, None) => {}
    }
    if c.unique_items {
        notes.push("Items are unique.".to_owned());
    }
    if let Some(p) = &c.pattern {
        notes.push(format!("Matches {}.", code(p)));
    }
    if let Some(f) = &c.format {
        notes.push(format!("Format: {}.", code(f)));
    }
    notes
}

/// The note for a value the server assumes when none is sent.
pub fn default_note(value: &serde_json::Value) -> String {
    format!(
        "Zoom assumes {} when this is not sent.",
        code(&value.to_string())
    )
}

fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        v.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_is_safe_for_rustdoc() {
        assert_eq!(prose("See [docs](x) <b>"), "See \\[docs\\](x) &lt;b&gt;");
        assert_eq!(
            prose("Go to https://zoom.us/x."),
            "Go to <https://zoom.us/x>."
        );
        assert_eq!(prose("https://a.io/x\nmore"), "<https://a.io/x>\nmore");
        assert_eq!(
            prose("[docs](https://a.io/y)"),
            "\\[docs\\](<https://a.io/y>)"
        );
        assert_eq!(prose("use `a[0] < b` here"), "use `a[0] < b` here");
        assert_eq!(prose("a lone ` tick [x]"), "a lone ` tick \\[x\\]");
        assert_eq!(prose("``a ` b`` <c>"), "``a ` b`` &lt;c&gt;");
        // Found by the long fuzz run: text starting with a wide character.
        assert_eq!(
            prose("\u{1086a3}<https://x>"),
            "\u{1086a3}&lt;<https://x>&gt;"
        );
        assert_eq!(prose("é`x`"), "é`x`");
    }

    #[test]
    fn doc_lines_never_hold_text_direction_controls() {
        let tokens = doc("a\u{202E}b\u{2066}c").to_string();
        assert!(
            !tokens.contains('\u{202E}') && !tokens.contains('\u{2066}'),
            "{tokens}"
        );
        assert!(tokens.contains("u{202E}"), "{tokens}");
    }

    #[test]
    fn doc_lines_never_hold_a_carriage_return() {
        let tokens = doc("one\rtwo\r\nthree").to_string();
        assert!(!tokens.contains("\\r"), "{tokens}");
        assert_eq!(tokens.matches("doc =").count(), 3, "{tokens}");
    }

    #[test]
    fn code_survives_backticks() {
        assert_eq!(code("a"), "`a`");
        assert_eq!(code("a`b"), "``a`b``");
    }

    #[test]
    fn notes_read_naturally() {
        let c = Constraints {
            max_length: Some(64),
            minimum: Some(20.0),
            maximum: Some(1440.0),
            ..Default::default()
        };
        assert_eq!(
            constraint_notes(&c),
            ["At most 64 characters.", "From 20 to 1440."]
        );
    }
}
