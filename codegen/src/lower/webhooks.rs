//! Lowering the webhook events (`x-webhooks`, read by `load::webhooks`):
//! names checked and cased, the body schema lowered like any other, the
//! examples checked against the name; then the types only events use are
//! set apart, so they are compiled only with the `webhooks` feature.

use super::schema::{SchemaRef, Types};
use crate::error::{Error, ErrorKind, Result};
use crate::load::{Origins, Webhook as Declared};
use crate::model::{Docs, Operation, Success, TypeDef, TypeRef, Webhook};
use crate::naming::{Case, Scope, reserved};
use crate::pointer::Pointer;
use std::collections::{BTreeMap, BTreeSet};

/// Lowers every declared event; each failing one is an error of its own.
pub(super) fn lower_webhooks(
    declared: &[Declared],
    origins: &Origins,
    types: &mut Types<'_>,
) -> (Vec<Webhook>, Vec<Error>) {
    // The variants of one group's enum share a scope.
    let mut scopes: BTreeMap<String, Scope> = BTreeMap::new();
    let mut webhooks = Vec::new();
    let mut errors = Vec::new();
    for event in declared {
        let group = origins.group_of(&event.pointer);
        let scope = scopes
            .entry(group.clone())
            .or_insert_with(|| Scope::new(Case::Pascal).reserve(reserved::EVENT_VARIANTS));
        match lower_webhook(event, group, scope, types) {
            Ok(webhook) => webhooks.push(webhook),
            Err(error) => errors.push(error),
        }
    }
    (webhooks, errors)
}

fn lower_webhook(
    event: &Declared,
    group: String,
    scope: &mut Scope,
    types: &mut Types<'_>,
) -> Result<Webhook> {
    check_name(&event.name, &event.pointer)?;
    let variant = scope.claim(&event.name, &event.pointer)?;
    let at = event.pointer.push("schema");
    let hint = format!("{variant}Event");
    let ty = match types.lower(SchemaRef::from(&event.schema), &at, &hint)? {
        TypeRef::Named(name) if types.struct_fields(&name).is_some() => name,
        _ => {
            return Err(Error::unsupported(
                &at,
                "an event body that is not an object",
            ));
        }
    };
    let fields = types.struct_fields(&ty).unwrap_or_default();
    let names_event = fields
        .iter()
        .any(|f| f.wire == "event" && f.ty == TypeRef::String && f.required);
    if !names_event {
        let what = "an event body must have a required string property `event`";
        return Err(Error::invalid(&at, what));
    }
    for (name, example) in &event.examples {
        let sent = example.get("event").and_then(|e| e.as_str());
        if sent != Some(event.name.as_str()) {
            let at = event.pointer.push("examples").push(name).push("value");
            let what = format!(
                "the example's `event` is {sent:?}, not {:?}",
                event.name.as_str()
            );
            return Err(Error::invalid(&at.push("event"), what));
        }
    }
    Ok(Webhook {
        name: event.name.clone(),
        group,
        variant,
        ty,
        docs: Docs {
            summary: event.summary.clone(),
            description: event.description.clone(),
        },
        pointer: event.pointer.clone(),
    })
}

/// Event names are dotted snake case, as Zoom writes them:
/// `meeting.participant_joined`, `user.tsp_created`.
fn check_name(name: &str, at: &Pointer) -> Result<()> {
    let word = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_lowercase())
            && w.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    };
    let words: Vec<&str> = name.split('.').collect();
    if words.len() >= 2 && words.iter().all(|w| word(w)) {
        return Ok(());
    }
    Err(Error::new(
        at,
        ErrorKind::BadName(format!(
            "{name:?} is not an event name (dotted snake case, such as `meeting.started`)"
        )),
    ))
}

/// What decides where the types go.
pub(super) struct Uses<'a> {
    pub operations: &'a [Operation],
    pub webhooks: &'a [Webhook],
    pub components: BTreeSet<String>,
    pub all_of_members: &'a BTreeMap<String, BTreeSet<String>>,
}

/// The types only events need: reached from an event's body, and not from
/// an operation nor from a component that no event reaches (so a shape the
/// REST side has keeps its place in `types`, and its path).
pub(super) fn event_types(defs: &BTreeMap<String, TypeDef>, uses: &Uses<'_>) -> BTreeSet<String> {
    let from_events = reach(defs, uses, uses.webhooks.iter().map(|w| w.ty.clone()));
    if from_events.is_empty() {
        return from_events;
    }
    let mut rest: Vec<String> = Vec::new();
    for op in uses.operations {
        for ty in operation_types(op) {
            ty.each_named(&mut |name| rest.push(name.to_owned()));
        }
    }
    rest.extend(
        uses.components
            .iter()
            .filter(|c| !from_events.contains(*c))
            .cloned(),
    );
    let from_rest = reach(defs, uses, rest.into_iter());
    from_events.difference(&from_rest).cloned().collect()
}

/// Every type reachable from `roots` through fields, branches, aliases and
/// `allOf` members.
fn reach(
    defs: &BTreeMap<String, TypeDef>,
    uses: &Uses<'_>,
    roots: impl Iterator<Item = String>,
) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut stack: Vec<String> = roots.collect();
    while let Some(name) = stack.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        if let Some(def) = defs.get(&name) {
            def.kind.each_named(&mut |n| stack.push(n.to_owned()));
        }
        if let Some(members) = uses.all_of_members.get(&name) {
            stack.extend(members.iter().cloned());
        }
    }
    seen
}

/// The types an operation names: parameters, body, answer, page items.
fn operation_types(op: &Operation) -> Vec<&TypeRef> {
    let mut out: Vec<&TypeRef> = op.params.iter().map(|p| &p.ty).collect();
    if let Some(crate::model::Body::Json { ty, .. }) = &op.body {
        out.push(ty);
    }
    if let Success::Json(ty) = &op.success {
        out.push(ty);
    }
    if let Some(p) = &op.pagination {
        out.push(&p.item);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_names_are_dotted_snake_case() {
        let at = Pointer::root();
        for good in ["meeting.started", "user.tsp_created", "a.b.c2"] {
            assert!(check_name(good, &at).is_ok(), "{good}");
        }
        for bad in [
            "meeting",
            "Meeting.started",
            "meeting.",
            ".x",
            "a.2b",
            "a-b.c",
            "a.b c",
        ] {
            assert!(check_name(bad, &at).is_err(), "{bad}");
        }
    }
}
