//! The peers of `cargo xtask weigh --peers`, each staged as its own scratch
//! workspace under `target/weigh/peers/` and then timed like our crate:
//!
//! - **Oxide's `zoom-api` 0.10.0** from crates.io: a scratch crate that
//!   depends on `zoom-api = "=0.10.0"`; before each timed build
//!   `cargo clean -p zoom-api` removes the release's artifacts, so the
//!   release and the scratch crate recompile and nothing else. Its
//!   endpoints are counted from its source. The release gets our crate's
//!   profile settings as a package override (as a dependency it would
//!   otherwise get those of `[profile.*.package."*"]`); like any
//!   registry dependency it is compiled with `--cap-lints allow`.
//! - **progenitor's client for our Users spec**: the Users bundle
//!   (`codegen::bundle` of `spec/common.yaml` + `spec/users.yaml`) goes
//!   through a scratch generator program that calls progenitor as a library
//!   (see `peers/progenitor_gen.rs`); operations progenitor refuses on
//!   their own are dropped and reported. The client crate gets the
//!   dependencies of progenitor's generated `Cargo.toml` and our profiles;
//!   `src/lib.rs` is touched before each timed build.
//!
//! Nothing of these is committed but this code: the scratch workspaces
//! have no lock file of their own in the repository, so they resolve the
//! newest compatible versions when first built (the releases weighed are
//! pinned exactly). They share `target/weigh/peers/target`.

mod oxide;
mod progenitor;

use std::path::Path;

pub(super) use progenitor::Dropped;

use super::Subject;

/// The scratch workspaces, relative to the weigh folder.
const PEERS_DIR: &str = "peers";

/// Stages both peers: progenitor's client first, then Oxide's crate.
pub(super) fn stage_peers(
    root: &Path,
    weigh: &Path,
) -> Result<(Vec<Subject>, Vec<Dropped>), String> {
    let peers = weigh.join(PEERS_DIR);
    let target = peers.join("target");
    let (progenitor, dropped) = progenitor::stage_progenitor(root, &peers, &target)?;
    let oxide = oxide::stage_oxide(root, &peers.join("oxide-zoom-api"), &target)?;
    Ok((vec![progenitor, oxide], dropped))
}
