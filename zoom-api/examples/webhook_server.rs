//! A webhook endpoint on hyper: verifies each delivery on its raw bytes,
//! answers Zoom's URL validation, acknowledges events at once and handles
//! them after answering (Zoom waits 3 seconds and retries on 5xx), printing
//! each as its typed event.
//!
//! ```sh
//! ZOOM_WEBHOOK_SECRET=... cargo run -p zoom-api --features webhooks --example webhook_server
//! ```

#[path = "webhook_server/handler.rs"]
mod handler;

use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use zoom_api::webhooks::Verifier;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let secret = std::env::var("ZOOM_WEBHOOK_SECRET").map_err(|_| "set ZOOM_WEBHOOK_SECRET")?;
    let verifier = Verifier::new(secret)?;
    let listener = TcpListener::bind("127.0.0.1:8080").await?;
    println!("listening on http://{}", listener.local_addr()?);
    // Events go to a worker, so each delivery is answered at once.
    let (events, mut work) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Some(event) = work.recv().await {
            println!("event: {}", handler::describe(&event));
        }
    });
    loop {
        let (stream, _) = listener.accept().await?;
        let (verifier, events) = (verifier.clone(), events.clone());
        tokio::spawn(async move {
            let service = service_fn(move |request| {
                handler::handle(verifier.clone(), events.clone(), request)
            });
            let _ = http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}
