//! Every operation of the call table (`tests/table/`) against Prism, with
//! the values of its case: the same calls the wire tests make, checked here
//! by an independent reading of the spec. A new operation needs no code
//! here: its table entry and case are enough.

use super::support::cases::{Outcome, prepared};
use super::{contract, known_text, prism_log_of_last_request, table};

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn every_operation_of_the_table() {
    let c = contract();
    let (cases, mut failures) = prepared(&table::cases());
    for (case, args) in &cases {
        for round in 1..=c.rounds {
            let at = format!("{} ({:?} mode, call {round})", case.id, c.mode);
            let pending = match (case.call)(&c.client, args) {
                Ok(pending) => pending,
                Err(e) => {
                    failures.push(format!("{at}: the call cannot be made: {e}"));
                    break;
                }
            };
            match pending.await {
                Outcome::Empty => {}
                Outcome::Value { debug, .. } => {
                    if let Err(failure) = known_text(&at, &debug) {
                        failures.push(failure);
                    }
                }
                Outcome::Failed { text, .. } => {
                    failures.push(format!("{at}: {text}\n{}", prism_log_of_last_request()));
                    break;
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} operations failed against Prism:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}
