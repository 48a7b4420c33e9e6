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

/// Spec prose as rustdoc text: brackets and angle brackets escaped so they
/// are neither links nor HTML, bare URLs wrapped so rustdoc links them.
pub fn prose(text: &str) -> String {
    let escaped = text
        .trim()
        .replace('\\', "\\\\")
        .replace('[', "\\[")
        .replace(']', "\\]")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    escaped
        .split(' ')
        .map(|word| {
            if word.starts_with("https://") || word.starts_with("http://") {
                let end = word.trim_end_matches(['.', ',', ')', ';', ':']);
                format!("<{end}>{}", &word[end.len()..])
            } else {
                word.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
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
    match (c.min_length, c.max_length) {
        (Some(min), Some(max)) if min == max => notes.push(format!("Exactly {min} characters.")),
        (Some(min), Some(max)) => notes.push(format!("{min} to {max} characters.")),
        (Some(min), None) => notes.push(format!("At least {min} characters.")),
        (None, Some(max)) => notes.push(format!("At most {max} characters.")),
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
        (Some(min), Some(max)) => notes.push(format!("{min} to {max} items.")),
        (Some(min), None) => notes.push(format!("At least {min} items.")),
        (None, Some(max)) => notes.push(format!("At most {max} items.")),
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
