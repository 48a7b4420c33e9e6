//! A user's assistants.

use zoom_api::types::{Assistant, AssistantList};

use super::contract;

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn delete_user_assistants() {
    let c = contract();
    c.each("deleteUserAssistants", |client| {
        client.delete_user_assistants("jchill@example.com").send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn list_user_assistants() {
    let c = contract();
    c.each("listUserAssistants", |client| {
        client.list_user_assistants("jchill@example.com").send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn add_user_assistants() {
    let c = contract();
    c.each("addUserAssistants", |client| {
        // Each assistant is named by ID or by email.
        let body = AssistantList {
            assistants: Some(vec![
                Assistant {
                    id: Some("Pz4kWq9LmNbVc1XsDf7G".into()),
                    email: None,
                },
                Assistant {
                    id: None,
                    email: Some("omar.haddad@example.com".into()),
                },
            ]),
        };
        client.add_user_assistants("me", body).send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn delete_user_assistant() {
    let c = contract();
    c.each("deleteUserAssistant", |client| {
        client
            .delete_user_assistant("jchill@example.com", "Pz4kWq9LmNbVc1XsDf7G")
            .send()
    })
    .await;
}
