//! Emits `events.rs`: a group's webhook events. The types only events use,
//! then the group's `Event` enum, which reads a delivery by its `event`
//! name and keeps any event it does not know as `Unknown`. The name lookup
//! and the decoding are the runtime's (`zoom_api::webhooks`); this file
//! holds only what differs per group.

use super::docs::{code, doc, prose};
use super::types::type_def;
use crate::model::*;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::collections::BTreeSet;

/// The events module of one group; `None` when it has neither events nor
/// event-only types.
///
/// ```text
/// //! Webhook events of the `meetings` group.
/// use super::types::MeetingType;
/// pub struct MeetingStartedEvent { .. }
/// pub enum Event { MeetingStarted(MeetingStartedEvent), Unknown { name: String, raw: serde_json::Value } }
/// ```
pub fn events_module(api: &Api, group: &str) -> Option<TokenStream> {
    let defs: Vec<&TypeDef> = api
        .types
        .values()
        .filter(|d| d.group == group && api.event_types.contains(&d.name))
        .collect();
    let webhooks: Vec<&Webhook> = api.webhooks.iter().filter(|w| w.group == group).collect();
    if defs.is_empty() && webhooks.is_empty() {
        return None;
    }
    let imports = imports(api, group, &defs, &webhooks);
    let items = defs.iter().map(|def| type_def(def));
    let event = (!webhooks.is_empty()).then(|| event_enum(group, &webhooks));
    let docs = format!(" Webhook events of the `{group}` group, generated from its `x-webhooks`.");
    Some(quote! {
        #![doc = #docs]
        #![allow(deprecated)]
        #imports
        #(#items)*
        #event
    })
}

/// `use` of the types these events name that live in another module: the
/// group's own `types`, or common's `types` or `events`.
fn imports(api: &Api, group: &str, defs: &[&TypeDef], webhooks: &[&Webhook]) -> TokenStream {
    let mut named = BTreeSet::new();
    for def in defs {
        def.kind.each_named(&mut |name| {
            named.insert(name.to_owned());
        });
    }
    named.extend(webhooks.iter().map(|w| w.ty.clone()));
    let uses = named.iter().filter_map(|name| {
        let def = api.types.get(name)?;
        let event = api.event_types.contains(name);
        let ident = format_ident!("{}", name);
        let common = format_ident!("{}", COMMON_GROUP);
        match (def.group == group, def.group == COMMON_GROUP, event) {
            (true, _, true) => None,
            (true, _, false) => Some(quote!(use super::types::#ident;)),
            (false, true, false) => Some(quote!(use super::super::#common::types::#ident;)),
            (false, true, true) => Some(quote!(use super::super::#common::events::#ident;)),
            // The loader refuses references into another group.
            (false, false, _) => None,
        }
    });
    quote!(#(#uses)*)
}

/// ```text
/// /// A webhook event of the `meetings` group ...
/// #[derive(Debug, Clone, PartialEq)]
/// pub enum Event { /// `meeting.started`. MeetingStarted(MeetingStartedEvent), Unknown { name: String, raw: serde_json::Value } }
/// impl Event { pub fn from_json(..); pub fn name(&self) -> &str }
/// impl serde::Serialize for Event { .. }
/// impl<'de> serde::Deserialize<'de> for Event { .. }
/// impl crate::webhooks::WebhookEvent for Event { .. }
/// ```
fn event_enum(group: &str, webhooks: &[&Webhook]) -> TokenStream {
    let variants = webhooks.iter().map(|w| {
        let docs = doc(&variant_docs(w));
        let variant = format_ident!("{}", w.variant);
        let ty = format_ident!("{}", w.ty);
        quote! { #docs #variant(#ty), }
    });
    let docs = doc(&format!(
        "A webhook event of the `{group}` group: one variant per event the spec \
         declares, each with the typed body, and `Unknown` for any other event \
         (Zoom adds events), kept as received.\n\n\
         Read it with [`Event::from_json`], `serde_json::from_str`, or \
         `RawEvent::parse` after `Verifier::verify`. Serialising writes the body \
         back (an `Unknown` event exactly as it came)."
    ));
    let methods = event_methods(webhooks);
    let serde = event_serde(webhooks);
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq)]
        #[allow(clippy::large_enum_variant)] // read once per delivery; boxing would only make matching clumsier
        pub enum Event {
            #(#variants)*
            /// An event this client does not know (yet), with the whole body as received.
            Unknown {
                /// The `event` name Zoom sent.
                name: String,
                /// The whole body.
                raw: serde_json::Value,
            },
        }
        #methods
        #serde
    }
}

fn variant_docs(w: &Webhook) -> String {
    let mut text = format!("{}.", code(&w.name));
    if let Some(summary) = &w.docs.summary {
        text = format!("{}: {}", code(&w.name), prose(summary));
    }
    if let Some(description) = &w.docs.description {
        text.push_str("\n\n");
        text.push_str(&prose(description));
    }
    text
}

/// ```text
/// impl Event {
///     pub fn from_json(raw: serde_json::Value) -> Result<Self, crate::webhooks::EventError> {
///         let (name, raw) = crate::webhooks::event_parts(raw)?;
///         Ok(match name.as_str() {
///             "meeting.started" => Self::MeetingStarted(crate::webhooks::decode_event(&name, raw)?),
///             _ => Self::Unknown { name, raw },
///         })
///     }
///     pub fn name(&self) -> &str { match self { Self::MeetingStarted(_) => "meeting.started", Self::Unknown { name, .. } => name } }
/// }
/// ```
fn event_methods(webhooks: &[&Webhook]) -> TokenStream {
    let reads = webhooks.iter().map(|w| {
        let wire = &w.name;
        let variant = format_ident!("{}", w.variant);
        quote!(#wire => Self::#variant(crate::webhooks::decode_event(&name, raw)?),)
    });
    let names = webhooks.iter().map(|w| {
        let wire = &w.name;
        let variant = format_ident!("{}", w.variant);
        quote!(Self::#variant(_) => #wire,)
    });
    quote! {
        impl Event {
            /// Reads a delivery's body. An event this group does not declare is
            /// `Unknown`; a declared one whose body does not fit its type is an
            /// error naming the field. A string `event_ts` is read as a number.
            pub fn from_json(raw: serde_json::Value) -> Result<Self, crate::webhooks::EventError> {
                let (name, raw) = crate::webhooks::event_parts(raw)?;
                Ok(match name.as_str() {
                    #(#reads)*
                    _ => Self::Unknown { name, raw },
                })
            }

            /// The event's name, as Zoom sends it in `event`.
            pub fn name(&self) -> &str {
                match self {
                    #(#names)*
                    Self::Unknown { name, .. } => name,
                }
            }
        }
    }
}

/// ```text
/// impl serde::Serialize for Event { /* the body, or `raw` */ }
/// impl<'de> serde::Deserialize<'de> for Event { /* as `from_json` */ }
/// impl crate::webhooks::WebhookEvent for Event { .. }
/// ```
fn event_serde(webhooks: &[&Webhook]) -> TokenStream {
    let writes = webhooks.iter().map(|w| {
        let variant = format_ident!("{}", w.variant);
        quote!(Self::#variant(body) => serde::Serialize::serialize(body, serializer),)
    });
    quote! {
        impl serde::Serialize for Event {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    #(#writes)*
                    Self::Unknown { raw, .. } => serde::Serialize::serialize(raw, serializer),
                }
            }
        }

        impl<'de> serde::Deserialize<'de> for Event {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let raw = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
                Self::from_json(raw).map_err(serde::de::Error::custom)
            }
        }

        impl crate::webhooks::WebhookEvent for Event {
            fn from_json(raw: serde_json::Value) -> Result<Self, crate::webhooks::EventError> {
                Event::from_json(raw)
            }

            fn name(&self) -> &str {
                Event::name(self)
            }
        }
    }
}
