//! The rustdoc of an operation's method and setters: summary, the request,
//! scopes, rate limit, arguments and the errors Zoom documents.

use super::docs::{code, constraint_notes, default_note, prose};
use super::operations::Arg;
use crate::model::*;

pub(super) fn operation_docs(op: &Operation, args: &[Arg<'_>]) -> String {
    let mut sections = Vec::new();
    sections.push(match &op.docs.summary {
        Some(s) => prose(s),
        None => format!("Calls {}.", code(&op.id)),
    });
    if let Some(d) = &op.docs.description {
        sections.push(prose(d));
    }
    let mut facts = vec![format!(
        "- Request: {} (operation {})",
        code(&format!("{} {}", op.http_method.as_str(), op.path)),
        code(&op.id)
    )];
    if !op.scopes.is_empty() {
        let scopes: Vec<String> = op.scopes.iter().map(|s| code(s)).collect();
        facts.push(format!("- Scopes (any one): {}", scopes.join(", ")));
    }
    facts.push(format!("- Rate limit: {}", op.rate_limit.label()));
    let setters: Vec<String> = args
        .iter()
        .filter(|a| !a.positional())
        .map(|a| format!("[`{0}`]({1}::{0})", a.ident(), op.builder_name))
        .collect();
    if !setters.is_empty() {
        facts.push(format!("- Optional: {}", setters.join(", ")));
    }
    sections.push(facts.join("\n"));
    let positional: Vec<String> = args
        .iter()
        .filter(|a| a.positional())
        .map(argument_doc)
        .collect();
    if !positional.is_empty() {
        sections.push(format!("# Arguments\n\n{}", positional.join("\n")));
    }
    sections.push(errors_docs(op));
    sections.join("\n\n")
}

/// `- `user_id`: The user's ID, email or `me`.`
fn argument_doc(arg: &Arg<'_>) -> String {
    let text = match arg {
        Arg::Param(p) => {
            let mut text = p
                .description
                .as_deref()
                .map(prose)
                .unwrap_or_else(|| format!("The {} parameter.", code(&p.wire)));
            let notes = constraint_notes(&p.constraints);
            if !notes.is_empty() {
                text = format!("{text} {}", notes.join(" "));
            }
            text
        }
        Arg::Json { ty, .. } => match ty {
            TypeRef::Named(name) => format!("The request body, a [`{name}`](types::{name})."),
            _ => "The request body.".to_owned(),
        },
        Arg::File { field } => format!("The file, sent as the multipart part {}.", code(field)),
    };
    // Continuation lines of a list item are indented to stay in the item.
    format!(
        "- {}: {}",
        code(&arg.ident().to_string()),
        text.replace('\n', "\n  ")
    )
}

fn errors_docs(op: &Operation) -> String {
    let mut lines = vec!["# Errors".to_owned(), String::new()];
    lines.push(
        "Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it."
            .to_owned(),
    );
    if !op.errors.is_empty() {
        lines.push(String::new());
        lines.push("Zoom documents these answers:".to_owned());
        lines.push(String::new());
        for e in &op.errors {
            if e.codes.is_empty() {
                lines.push(format!("- {}: {}", code(&e.status), prose(&e.description)));
            }
            for c in &e.codes {
                lines.push(format!(
                    "- {} code {}: {}",
                    code(&e.status),
                    code(&c.code.to_string()),
                    prose(&c.description)
                ));
            }
        }
    }
    lines.join("\n")
}

pub(super) fn setter_docs(arg: &Arg<'_>) -> String {
    match arg {
        Arg::Param(p) => {
            let mut parts = vec![match &p.description {
                Some(d) => prose(d),
                None => format!("Sets the {} query parameter.", code(&p.wire)),
            }];
            let mut notes = constraint_notes(&p.constraints);
            if let Some(d) = &p.default {
                notes.push(default_note(d));
            }
            if p.deprecated {
                notes.push("Deprecated by Zoom.".to_owned());
            }
            if !notes.is_empty() {
                parts.push(notes.join(" "));
            }
            parts.join("\n\n")
        }
        Arg::Json { .. } => "Sets the JSON request body.".to_owned(),
        Arg::File { field } => format!("Sets the file sent as the {} part.", code(field)),
    }
}
