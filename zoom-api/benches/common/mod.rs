//! Shared by the zoom-api benchmarks: Zoom bodies taken from the spec's
//! examples, and an in-process HTTP/1 server on 127.0.0.1 (hyper, on its own
//! single-threaded tokio runtime and thread) that answers them.
#![allow(dead_code)] // each benchmark binary uses its own subset

use std::net::SocketAddr;
use std::sync::Arc;
use std::thread::JoinHandle;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, StatusCode};
use hyper_util::rt::TokioIo;
use serde_json::Value;
use tokio::sync::oneshot;

const SPEC_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/users.yaml");

/// The access token both the client and the hand-written requests send.
pub const TOKEN: &str = "eyJzdiI6IjAwMDAwMSIsImFsZyI6IkhTNTEyIn0.benchmark-token";

/// The `example` of `method path` -> `200` -> `application/json` in the spec.
pub fn spec_example(path: &str, method: &str) -> Value {
    let text = std::fs::read_to_string(SPEC_PATH).expect("read spec/users.yaml");
    let spec: serde_yaml::Value = serde_yaml::from_str(&text).expect("the spec is YAML");
    let example =
        &spec["paths"][path][method]["responses"]["200"]["content"]["application/json"]["example"];
    assert!(
        !example.is_null(),
        "the spec has no 200 example for {method} {path}"
    );
    serde_json::to_value(example).expect("the example is JSON-compatible")
}

/// The full Get-a-user body of the spec's example (about 1.3 KB).
pub fn get_user_body() -> Bytes {
    Bytes::from(serde_json::to_vec(&spec_example("/users/{userId}", "get")).expect("serialize"))
}

/// A realistic profile change: the editable fields of the Get-a-user
/// example (names, title, department, place, time zone, language, manager,
/// pronouns, phone numbers, custom attributes).
pub fn update_body() -> zoom_api::types::UpdateUserRequest {
    const FIELDS: [&str; 13] = [
        "first_name",
        "last_name",
        "display_name",
        "timezone",
        "language",
        "dept",
        "job_title",
        "company",
        "location",
        "manager",
        "pronouns",
        "phone_numbers",
        "custom_attributes",
    ];
    let Value::Object(user) = spec_example("/users/{userId}", "get") else {
        panic!("the Get-a-user example is an object");
    };
    let body: serde_json::Map<String, Value> = user
        .into_iter()
        .filter(|(key, _)| FIELDS.contains(&key.as_str()))
        .collect();
    assert_eq!(body.len(), FIELDS.len(), "the example has every field");
    serde_json::from_value(Value::Object(body)).expect("an UpdateUserRequest")
}

/// Builds List-users pages on the fly from the first user of the spec's
/// List-users example, each user with its own id and email.
pub struct Pages {
    /// The template user's JSON split around the `{{N}}` placeholders.
    pieces: Vec<String>,
    total: usize,
}

/// Zoom's tokens are 32-odd characters; ours carry the offset in front.
const TOKEN_TAIL: &str = "Qx7vTq2R9sKpW4mZb1LcN8yHf";

impl Pages {
    /// Pages over an account of `total` users.
    pub fn new(total: usize) -> Self {
        let example = spec_example("/users", "get");
        let mut user = example["users"][0].clone();
        user["id"] = Value::from("z8yCx{{N}}EFGHfp8uQ");
        user["email"] = Value::from("user.{{N}}@example.com");
        let text = serde_json::to_string(&user).expect("serialize");
        Self {
            pieces: text.split("{{N}}").map(str::to_owned).collect(),
            total,
        }
    }

    /// The page of at most `size` users after `token` (`None` or `""` for
    /// the first page); its `next_page_token` is empty on the last page.
    pub fn page(&self, size: usize, token: Option<&str>) -> Vec<u8> {
        let offset: usize = token
            .filter(|t| !t.is_empty())
            .map(|t| t[..10].parse().expect("a token of ours"))
            .unwrap_or(0);
        let end = (offset + size).min(self.total);
        let next = if end < self.total {
            format!("{end:010}{TOKEN_TAIL}")
        } else {
            String::new()
        };
        let mut body = format!(
            "{{\"next_page_token\":\"{next}\",\"page_count\":{},\"page_number\":1,\
             \"page_size\":{size},\"total_records\":{},\"users\":[",
            self.total.div_ceil(size.max(1)),
            self.total
        );
        body.reserve((end - offset) * (self.pieces.iter().map(String::len).sum::<usize>() + 16));
        for n in offset..end {
            if n > offset {
                body.push(',');
            }
            let number = n.to_string();
            for (i, piece) in self.pieces.iter().enumerate() {
                if i > 0 {
                    body.push_str(&number);
                }
                body.push_str(piece);
            }
        }
        body.push_str("]}");
        body.into_bytes()
    }
}

/// The in-process Zoom: `GET /users/me` (the full Get-a-user body),
/// `PATCH /users/me` (reads the body, answers 204) and `GET /users` (pages
/// of [`Pages`]). It stops when dropped.
pub struct Server {
    addr: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

struct State {
    user: Bytes,
    pages: Pages,
}

impl Server {
    /// Starts the server with an account of `users` users for `GET /users`.
    pub fn start(users: usize) -> Self {
        let state = Arc::new(State {
            user: get_user_body(),
            pages: Pages::new(users),
        });
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        listener.set_nonblocking(true).expect("non-blocking");
        let addr = listener.local_addr().expect("an address");
        let (shutdown, mut stop) = oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("zoom-server".to_owned())
            .spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("server runtime");
                runtime.block_on(async move {
                    let listener =
                        tokio::net::TcpListener::from_std(listener).expect("tokio listener");
                    loop {
                        let stream = tokio::select! {
                            accepted = listener.accept() => match accepted {
                                Ok((stream, _)) => stream,
                                Err(_) => continue,
                            },
                            _ = &mut stop => break,
                        };
                        let _ = stream.set_nodelay(true);
                        let state = Arc::clone(&state);
                        tokio::spawn(async move {
                            let service = service_fn(move |req| answer(Arc::clone(&state), req));
                            let _ = http1::Builder::new()
                                .serve_connection(TokioIo::new(stream), service)
                                .await;
                        });
                    }
                });
            })
            .expect("start the server thread");
        Self {
            addr,
            shutdown: Some(shutdown),
            thread: Some(thread),
        }
    }

    /// Base URL, e.g. `http://127.0.0.1:4321`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

async fn answer(
    state: Arc<State>,
    req: hyper::Request<Incoming>,
) -> Result<hyper::Response<Full<Bytes>>, hyper::Error> {
    let json = |body: Bytes| {
        hyper::Response::builder()
            .header("content-type", "application/json;charset=UTF-8")
            .body(Full::new(body))
            .expect("a response")
    };
    let (parts, body) = req.into_parts();
    Ok(match (&parts.method, parts.uri.path()) {
        (&Method::GET, "/users/me") => json(state.user.clone()),
        (&Method::PATCH, "/users/me") => {
            body.collect().await?;
            let mut response = hyper::Response::new(Full::new(Bytes::new()));
            *response.status_mut() = StatusCode::NO_CONTENT;
            response
        }
        (&Method::GET, "/users") => {
            let query = parts.uri.query().unwrap_or("");
            let param = |name: &str| {
                query
                    .split('&')
                    .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
            };
            let size = param("page_size").map_or(30, |s| s.parse().expect("a page size"));
            json(Bytes::from(
                state.pages.page(size, param("next_page_token")),
            ))
        }
        _ => {
            let mut response = hyper::Response::new(Full::new(Bytes::new()));
            *response.status_mut() = StatusCode::NOT_FOUND;
            response
        }
    })
}
