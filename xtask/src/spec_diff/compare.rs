//! Differences between Zoom's surface and ours, one per fact.

use std::collections::BTreeMap;

use super::surface::{Op, Shape, Surface};

/// Which side has the thing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Side {
    /// Zoom's file has it and spec/ does not.
    Zoom,
    /// spec/ has it and Zoom's file does not.
    Ours,
    /// Both have it, differently.
    Both,
}

/// One difference. `kind` and `item` are what an accepted entry names.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Difference {
    /// The operation as spec/ writes it (Zoom's way when spec/ lacks it).
    pub operation: String,
    /// Operation key (`GET /users/{}`), to match accepted entries.
    pub key: String,
    /// `operation`, `query`, `request`, `answer`, `enum`, `type`,
    /// `format`, `required` or `deprecated`.
    pub kind: &'static str,
    /// The parameter or field (`query:page_size`, `answer:users[].type`),
    /// empty for a whole operation.
    pub item: String,
    pub side: Side,
    /// Human-readable detail: values, types.
    pub detail: String,
}

/// Every difference of the operations both surfaces cover (or only one does).
pub fn compare(zoom: &Surface, ours: &Surface, ours_only: bool) -> Vec<Difference> {
    let mut out = Vec::new();
    for (key, op) in ours {
        match zoom.get(key) {
            Some(theirs) => compare_op(key, theirs, op, &mut out),
            None => out.push(whole(key, op, Side::Ours)),
        }
    }
    if !ours_only {
        for (key, op) in zoom.iter().filter(|(k, _)| !ours.contains_key(*k)) {
            out.push(whole(key, op, Side::Zoom));
        }
    }
    out.sort();
    out
}

fn whole(key: &str, op: &Op, side: Side) -> Difference {
    Difference {
        operation: op.shown.clone(),
        key: key.to_owned(),
        kind: "operation",
        item: String::new(),
        side,
        detail: op.id.clone().unwrap_or_default(),
    }
}

fn compare_op(key: &str, zoom: &Op, ours: &Op, out: &mut Vec<Difference>) {
    let at = |kind, item: String, side, detail: String| Difference {
        operation: ours.shown.clone(),
        key: key.to_owned(),
        kind,
        item,
        side,
        detail,
    };
    if zoom.deprecated != ours.deprecated {
        let detail = format!("Zoom: {}, spec/: {}", zoom.deprecated, ours.deprecated);
        out.push(at("deprecated", String::new(), Side::Both, detail));
    }
    let parts = [
        ("query", &zoom.query, &ours.query),
        ("request", &zoom.request, &ours.request),
        ("answer", &zoom.answer, &ours.answer),
    ];
    for (part, theirs, mine) in parts {
        compare_items(part, theirs, mine, &mut |kind, item, side, detail| {
            out.push(at(kind, item, side, detail));
        });
    }
}

type Sink<'a> = dyn FnMut(&'static str, String, Side, String) + 'a;

fn compare_items(
    part: &'static str,
    zoom: &BTreeMap<String, Shape>,
    ours: &BTreeMap<String, Shape>,
    push: &mut Sink<'_>,
) {
    for (name, theirs) in zoom {
        let item = format!("{part}:{name}");
        match ours.get(name) {
            None => push(part, item, Side::Zoom, describe(theirs)),
            Some(mine) => compare_shapes(&item, theirs, mine, push),
        }
    }
    for (name, mine) in ours.iter().filter(|(n, _)| !zoom.contains_key(*n)) {
        push(part, format!("{part}:{name}"), Side::Ours, describe(mine));
    }
}

fn compare_shapes(item: &str, zoom: &Shape, ours: &Shape, push: &mut Sink<'_>) {
    // Zoom writes integer enums' values on some nodes only; a type Zoom
    // leaves out ("any") says nothing to compare.
    if zoom.ty != ours.ty && zoom.ty != "any" && ours.ty != "any" {
        push(
            "type",
            item.to_owned(),
            Side::Both,
            format!("Zoom: {}, spec/: {}", zoom.ty, ours.ty),
        );
    }
    if zoom.format != ours.format && zoom.format.is_some() {
        let shown = |f: &Option<String>| f.clone().unwrap_or_else(|| "none".to_owned());
        let detail = format!(
            "Zoom: {}, spec/: {}",
            shown(&zoom.format),
            shown(&ours.format)
        );
        push("format", item.to_owned(), Side::Both, detail);
    }
    if zoom.required != ours.required {
        let detail = format!("Zoom: {}, spec/: {}", zoom.required, ours.required);
        push("required", item.to_owned(), Side::Both, detail);
    }
    if zoom.deprecated != ours.deprecated {
        let detail = format!("Zoom: {}, spec/: {}", zoom.deprecated, ours.deprecated);
        push("deprecated", item.to_owned(), Side::Both, detail);
    }
    for value in zoom.values.difference(&ours.values) {
        push("enum", format!("{item}={value}"), Side::Zoom, String::new());
    }
    for value in ours.values.difference(&zoom.values) {
        push("enum", format!("{item}={value}"), Side::Ours, String::new());
    }
}

fn describe(shape: &Shape) -> String {
    let mut text = shape.ty.clone();
    if let Some(format) = &shape.format {
        text.push_str(&format!(", {format}"));
    }
    if shape.required {
        text.push_str(", required");
    }
    text
}
