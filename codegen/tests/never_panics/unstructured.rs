//! Unstructured inputs: arbitrary strings and bytes, and YAML token soup.

use proptest::prelude::*;

use super::{check, config};

/// Text made of YAML punctuation and OpenAPI words, so that some of it gets
/// past the YAML parser and into the OpenAPI reader.
fn yamlish() -> impl Strategy<Value = String> {
    let token = prop::sample::select(vec![
        "openapi: 3.0.3\n",
        "info: {title: t, version: '1'}\n",
        "paths:\n",
        "components:\n",
        "schemas:\n",
        "  /a/{id}:\n",
        "    get:\n",
        "operationId: x\n",
        "x-zoom-rate-limit: Light\n",
        "responses:\n",
        "'200': {description: OK}\n",
        "$ref: '#/components/schemas/A'\n",
        "type: object\n",
        "properties:\n",
        "enum: [a, b]\n",
        "items: ",
        "- ",
        ": ",
        "  ",
        "\n",
        "{",
        "}",
        "[",
        "]",
        "&a ",
        "*a ",
        "!!str ",
        "? ",
        "|\n",
        "~",
        "null",
        "'",
        "\"",
        "#",
        "\r",
    ]);
    prop::collection::vec(token, 0..64).prop_map(|tokens| tokens.concat())
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        check(&text).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        check(&String::from_utf8_lossy(&bytes)).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn yaml_token_soup(text in yamlish()) {
        check(&text).map_err(TestCaseError::fail)?;
    }
}
