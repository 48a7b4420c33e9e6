//! Unit tests of lowering: small specs in, assertions on the model out
//! (the generated code is covered by the snapshot tests).

use crate::model::*;

/// A one-path spec with the given components and path item (YAML, indented
/// to sit under `components:` and the path key).
fn spec(components: &str, path: &str, item: &str) -> String {
    format!(
        "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\n\
         components:\n  securitySchemes:\n    oauth: {{type: oauth2, flows: {{clientCredentials: {{tokenUrl: 'https://x.io/t', scopes: {{a: A, b: B}}}}}}}}\n\
         {components}\npaths:\n  {path}:\n{item}"
    )
}

fn lower(text: &str) -> Api {
    crate::model(text).unwrap_or_else(|e| panic!("lowering failed: {e}"))
}

fn op<'a>(api: &'a Api, id: &str) -> &'a Operation {
    api.operations
        .iter()
        .find(|o| o.id == id)
        .unwrap_or_else(|| panic!("no operation {id}"))
}

#[test]
fn path_level_parameters_merge_and_order_path_then_query() {
    let item = "    parameters:
      - {name: b, in: path, required: true, schema: {type: string}}
      - {name: q, in: query, description: path level, schema: {type: string}}
    get:
      operationId: getThing
      x-zoom-rate-limit: Light
      parameters:
        - {name: z, in: query, schema: {type: integer}}
        - {name: a, in: path, required: true, schema: {type: string}}
        - {name: q, in: query, required: true, description: operation level, schema: {type: string}}
      responses: {'204': {description: done}}
";
    let api = lower(&spec("  schemas: {}", "/x/{a}/{b}", item));
    let get = op(&api, "getThing");
    let names: Vec<(&str, ParamLocation, bool)> = get
        .params
        .iter()
        .map(|p| (p.wire.as_str(), p.location, p.required))
        .collect();
    // Path parameters in template order, then query parameters; the
    // operation's `q` replaced the path item's in place.
    assert_eq!(
        names,
        [
            ("a", ParamLocation::Path, true),
            ("b", ParamLocation::Path, true),
            ("q", ParamLocation::Query, true),
            ("z", ParamLocation::Query, false),
        ]
    );
    assert_eq!(
        get.params[2].description.as_deref(),
        Some("operation level")
    );
    assert_eq!(get.params[3].ty, TypeRef::I64);
    assert_eq!(get.success, Success::Empty);
}

#[test]
fn bodies_and_responses_are_classified() {
    let item = "    put:
      operationId: putThing
      x-zoom-rate-limit: Medium
      security: [{oauth: [a]}, {oauth: [b]}]
      requestBody:
        content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}
      responses:
        '200': {description: ok}
        '204': {description: done}
        '404':
          description: missing
          x-zoom-error-codes: [{code: 1001, description: No such thing.}]
    post:
      operationId: uploadThing
      x-zoom-rate-limit: Heavy
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema: {type: object, required: [file], properties: {file: {type: string, format: binary}}}
      responses:
        '201':
          description: created
          content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}
";
    let components = "  schemas:\n    Thing: {type: object, properties: {name: {type: string}}}";
    let api = lower(&spec(components, "/things", item));

    let put = op(&api, "putThing");
    assert!(matches!(
        put.body,
        Some(Body::Json {
            required: false,
            ..
        })
    ));
    // 200 and 204 without content agree: no body.
    assert_eq!(put.success, Success::Empty);
    assert_eq!(put.scopes, ["a", "b"]);
    assert_eq!(put.rate_limit, RateLimit::Medium);
    assert_eq!(put.errors.len(), 1);
    assert_eq!(put.errors[0].status, "404");
    assert_eq!(
        put.errors[0].codes,
        [ErrorCode {
            code: 1001,
            description: "No such thing.".into()
        }]
    );

    let post = op(&api, "uploadThing");
    assert_eq!(post.method_name, "upload_thing");
    assert_eq!(post.builder_name, "UploadThing");
    assert_eq!(post.info_name, "UPLOAD_THING");
    assert!(
        matches!(&post.body, Some(Body::Multipart { field, required: true, .. }) if field == "file")
    );
    assert_eq!(post.success, Success::Json(TypeRef::Named("Thing".into())));
}

#[test]
fn types_are_named_from_components_and_their_places() {
    let components = "  schemas:
    user_profile:
      type: object
      required: [type]
      properties:
        type: {type: integer, enum: [1, 2], x-enum-varnames: [Basic, Licensed]}
        address: {type: object, properties: {city: {type: string, maxLength: 64}}}
        tags: {type: array, items: {type: string, minLength: 2}, maxItems: 3}
        seen_at: {type: string, format: date-time, nullable: true}
";
    let item = "    get:
      operationId: getProfile
      x-zoom-rate-limit: Light
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/user_profile'}}}}
";
    let api = lower(&spec(components, "/profile", item));
    let names: Vec<&str> = api.types.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        ["UserProfile", "UserProfileAddress", "UserProfileType"]
    );

    let TypeKind::Struct(fields) = &api.types["UserProfile"].kind else {
        panic!("a struct")
    };
    let ty = &fields[0];
    assert_eq!(
        (ty.wire.as_str(), ty.rust_name.as_str(), ty.required),
        ("type", "type_", true)
    );
    assert_eq!(ty.ty, TypeRef::Named("UserProfileType".into()));
    let tags = &fields[2];
    assert_eq!(tags.ty, TypeRef::Array(Box::new(TypeRef::String)));
    assert_eq!(tags.constraints.max_items, Some(3));
    assert_eq!(
        tags.constraints.items.as_ref().and_then(|i| i.min_length),
        Some(2)
    );
    let seen = &fields[3];
    assert_eq!(
        (seen.ty.clone(), seen.nullable, seen.optional()),
        (TypeRef::DateTime, true, true)
    );

    let TypeKind::Enum(e) = &api.types["UserProfileType"].kind else {
        panic!("an enum")
    };
    assert_eq!(e.repr, EnumRepr::Integer);
    let variants: Vec<(&str, &EnumValue)> = e
        .variants
        .iter()
        .map(|v| (v.rust_name.as_str(), &v.value))
        .collect();
    assert_eq!(
        variants,
        [
            ("Basic", &EnumValue::Integer(1)),
            ("Licensed", &EnumValue::Integer(2))
        ]
    );
}

#[test]
fn all_of_merges_and_unions_know_their_keys() {
    let components = "  schemas:
    Base: {type: object, required: [id], properties: {id: {type: string}}}
    Full:
      allOf:
        - $ref: '#/components/schemas/Base'
        - {type: object, properties: {extra: {type: boolean}}}
    Listed: {type: object, properties: {items: {type: array, items: {type: string}}}}
    Grouped: {type: object, properties: {items: {type: object, properties: {a: {type: string}}}}}
    Either:
      anyOf:
        - $ref: '#/components/schemas/Listed'
        - $ref: '#/components/schemas/Grouped'
        - $ref: '#/components/schemas/Full'
";
    let item = "    get:
      operationId: getEither
      x-zoom-rate-limit: Light
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Either'}}}}
";
    let api = lower(&spec(components, "/either", item));
    let TypeKind::Struct(fields) = &api.types["Full"].kind else {
        panic!("allOf is a struct")
    };
    let merged: Vec<(&str, bool)> = fields
        .iter()
        .map(|f| (f.wire.as_str(), f.required))
        .collect();
    assert_eq!(merged, [("id", true), ("extra", false)]);

    let TypeKind::OneOf(branches) = &api.types["Either"].kind else {
        panic!("a union")
    };
    let shown: Vec<(&str, &[(String, JsonKind)])> = branches
        .iter()
        .map(|b| (b.rust_name.as_str(), b.keys.as_slice()))
        .collect();
    assert_eq!(
        shown,
        [
            ("Listed", &[("items".to_owned(), JsonKind::Array)][..]),
            ("Grouped", &[("items".to_owned(), JsonKind::Object)][..]),
            (
                "Full",
                &[
                    ("extra".to_owned(), JsonKind::Boolean),
                    ("id".to_owned(), JsonKind::String)
                ][..]
            ),
        ]
    );
}

#[test]
fn the_pagination_rule() {
    let components = "  schemas:
    Page:
      type: object
      properties:
        next_page_token: {type: string}
        total: {type: integer}
        users: {type: array, items: {$ref: '#/components/schemas/User'}}
    User: {type: object, properties: {id: {type: string}}}
";
    let item = "    get:
      operationId: listUsers
      x-zoom-rate-limit: Medium
      parameters:
        - {name: page_size, in: query, schema: {type: integer, maximum: 300}}
        - {name: next_page_token, in: query, schema: {type: string}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Page'}}}}
";
    let api = lower(&spec(components, "/users", item));
    let paging = op(&api, "listUsers").pagination.as_ref().expect("pages");
    assert_eq!(paging.items_field, "users");
    assert_eq!(paging.item, TypeRef::Named("User".into()));
    assert_eq!(
        (paging.token_setter.as_str(), paging.token_field.as_str()),
        ("next_page_token", "next_page_token")
    );

    // The parameter without a matching answer is an error, not a silent non-pager.
    let broken = spec(
        components,
        "/users",
        &item.replace("schemas/Page", "schemas/User"),
    );
    let err = crate::model(&broken).expect_err("the rule is broken");
    assert!(err.to_string().contains("next_page_token"), "{err}");
}
