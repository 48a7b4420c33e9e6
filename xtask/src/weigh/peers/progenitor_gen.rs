//! The generator program `cargo xtask weigh --peers` builds in a scratch
//! workspace (`target/weigh/peers/progenitor-gen/`) to write progenitor's
//! client for our Users spec. It is not a module of xtask: xtask writes
//! this text out as that program's `src/main.rs`, so xtask itself needs no
//! progenitor.
//!
//! Usage: `weigh-progenitor-gen BUNDLE.json OUT.rs`. Each operation is first
//! given to progenitor on its own (with every component schema); those it
//! refuses with an error or a panic are dropped, and the rest are generated
//! together into `OUT.rs` (`Generator::default()`, the positional style),
//! formatted with syn + prettyplease. On stdout, one line per dropped
//! operation, `dropped<TAB>operationId<TAB>METHOD /path<TAB>reason`, then
//! `built<TAB>N`.

use std::panic::{AssertUnwindSafe, catch_unwind};

use serde_json::{Map, Value};

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// One operation of the spec: where it is and what it is called.
struct Operation {
    path: String,
    method: String,
    id: String,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [bundle, out] = args.as_slice() else {
        eprintln!("usage: weigh-progenitor-gen BUNDLE.json OUT.rs");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(bundle).expect("the bundle is readable");
    let spec: Value = serde_json::from_str(&text).expect("the bundle is JSON");
    // Progenitor's own panics are expected here; they become reasons.
    std::panic::set_hook(Box::new(|_| {}));
    let mut kept = Vec::new();
    for operation in operations(&spec) {
        match generate(&only(&spec, |o| same(o, &operation))) {
            Ok(_) => kept.push(operation),
            Err(reason) => println!(
                "dropped\t{}\t{} {}\t{}",
                operation.id,
                operation.method.to_uppercase(),
                operation.path,
                reason.replace(['\n', '\t'], " ")
            ),
        }
    }
    let tokens = generate(&only(&spec, |o| kept.iter().any(|k| same(o, k))))
        .unwrap_or_else(|reason| panic!("the kept operations do not generate together: {reason}"));
    let file: syn::File = syn::parse2(tokens).expect("progenitor's output parses");
    std::fs::write(out, prettyplease::unparse(&file)).expect("the client is written");
    println!("built\t{}", kept.len());
}

fn same(a: &Operation, b: &Operation) -> bool {
    a.path == b.path && a.method == b.method
}

/// Every operation of `spec`, in document order.
fn operations(spec: &Value) -> Vec<Operation> {
    let mut out = Vec::new();
    for (path, item) in spec["paths"].as_object().expect("paths") {
        for method in METHODS {
            if let Some(op) = item.get(method) {
                out.push(Operation {
                    path: path.clone(),
                    method: method.to_owned(),
                    id: op["operationId"].as_str().unwrap_or("?").to_owned(),
                });
            }
        }
    }
    out
}

/// `spec` with only the operations `keep` accepts (path items left empty
/// are removed; their other keys, such as shared parameters, stay).
fn only(spec: &Value, keep: impl Fn(&Operation) -> bool) -> Value {
    let mut spec = spec.clone();
    let paths = spec["paths"].as_object_mut().expect("paths");
    let mut kept = Map::new();
    for (path, item) in std::mem::take(paths) {
        let mut item = item;
        let fields = item.as_object_mut().expect("path item");
        let mut any = false;
        for method in METHODS {
            let candidate = Operation {
                path: path.clone(),
                method: method.to_owned(),
                id: String::new(),
            };
            if fields.contains_key(method) && !keep(&candidate) {
                fields.remove(method);
            }
            any |= fields.contains_key(method);
        }
        if any {
            kept.insert(path, item);
        }
    }
    *paths = kept;
    spec
}

/// Progenitor's tokens for `spec`, or why it refused (an error or a panic).
fn generate(spec: &Value) -> Result<proc_macro2::TokenStream, String> {
    let spec: openapiv3::OpenAPI =
        serde_json::from_value(spec.clone()).map_err(|e| format!("openapiv3: {e}"))?;
    let result = catch_unwind(AssertUnwindSafe(|| {
        progenitor::Generator::default().generate_tokens(&spec)
    }));
    match result {
        Ok(Ok(tokens)) => Ok(tokens),
        Ok(Err(error)) => Err(format!("error: {error}")),
        Err(panic) => {
            let message = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "a panic without a message".to_owned());
            Err(format!("panic: {message}"))
        }
    }
}
