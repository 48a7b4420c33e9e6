//! Every operation of the spec, checked from data.
//!
//! `tests/cases/*.yaml` says what each case sends and which of the spec's
//! examples it expects; `table/` says how a user calls the operation;
//! `support::cases::run` reads the spec itself and checks the request that
//! arrives and the typed answer (the checks are listed in `support/wire.rs`).
//! It fails when an operation of the spec has no case, or a case names an
//! operation the spec lacks.
//!
//! Behaviour beyond one request and its answer lives elsewhere: settings
//! shapes in `settings.rs`, unknown enum values, nulls and partial updates in
//! `values.rs`, paging in `pagination.rs`, errors in `errors.rs` and
//! `runtime.rs`.

mod support;
#[path = "table/mod.rs"]
mod table;

use std::path::Path;

use support::cases::run;
use support::spec::Spec;

#[tokio::test]
async fn every_operation_sends_and_decodes_what_the_spec_says() {
    run(&table::cases()).await;
}

/// The reader follows `$ref`s within a file and into `common.yaml` (for
/// parameters, bodies, answers, examples and schemas), resolving a ref found
/// in `common.yaml` against `common.yaml`, as the split spec needs.
#[test]
fn the_spec_reader_follows_refs_across_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/spec");
    let spec = Spec::load(&dir).expect("the fixture spec reads");
    let ids: Vec<&str> = spec.operations.keys().map(String::as_str).collect();
    assert_eq!(ids, ["deleteWidget", "putWidget", "uploadWidgetPicture"]);

    let put = &spec.operations["putWidget"];
    assert_eq!(
        (put.method.as_str(), put.path.as_str()),
        ("PUT", "/widgets/{widgetId}")
    );
    assert_eq!(put.file, "widgets.yaml");
    assert_eq!(put.query, ["verbose", "page_size", "colour"]);
    let request = put.request.as_ref().expect("a request body");
    assert_eq!(request.media_type, "application/json");
    let examples: Vec<(&str, String)> = request
        .examples
        .iter()
        .map(|(name, value)| (name.as_str(), value.to_string()))
        .collect();
    let fancy = r#"{"name":"fancy","sparkles":3}"#.to_owned();
    assert_eq!(
        examples,
        [("fancy", fancy), ("plain", r#"{"name":"plain"}"#.into())]
    );
    let [(201, Some(created))] = &put.successes[..] else {
        panic!("expected one 201 with a body: {:?}", put.successes);
    };
    assert_eq!(
        created.examples,
        [(String::new(), serde_json::json!({"id": "w-1"}))]
    );
    assert_eq!(put.failure, Some((404, Some(4404))));

    let delete = &spec.operations["deleteWidget"];
    assert_eq!(delete.query, ["verbose"]);
    assert!(delete.request.is_none());
    assert!(matches!(&delete.successes[..], [(204, None)]));
    assert_eq!(delete.failure, Some((400, None)));

    let upload = &spec.operations["uploadWidgetPicture"];
    let body = upload.request.as_ref().expect("a multipart body");
    assert_eq!(body.media_type, "multipart/form-data");
    assert_eq!(body.file_field.as_deref(), Some("image"));
    assert_eq!(spec.success_example("uploadWidgetPicture")["id"], "w-2");
}

/// A `$ref` to a file that is not part of the spec directory, or to a
/// place that does not exist, is an error naming the ref.
#[test]
fn the_spec_reader_reports_broken_refs() {
    let dir = std::env::temp_dir().join(format!("zoom-api-spec-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let broken = [
        (
            "missing.yaml#/components/responses/Gone",
            "`missing.yaml` is not a YAML file",
        ),
        (
            "#/components/responses/Gone",
            "nothing at `/components/responses/Gone`",
        ),
    ];
    for (reference, message) in broken {
        let yaml = format!(
            "paths:\n  /x:\n    get:\n      operationId: getX\n      responses:\n        \
             '200': {{$ref: '{reference}'}}\n"
        );
        std::fs::write(dir.join("group.yaml"), yaml).expect("the fixture is written");
        let err = Spec::load(&dir).err().expect("a broken ref is an error");
        assert!(err.contains(reference) && err.contains(message), "{err}");
        assert!(err.contains("group.yaml: GET /x (getX)"), "{err}");
    }
    std::fs::remove_dir_all(&dir).expect("the temporary directory is removed");
}
