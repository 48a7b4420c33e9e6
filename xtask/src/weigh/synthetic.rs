//! The synthetic spec of `--ops` operations and the crate generated from it.

use std::path::Path;

use super::files::read;
use super::process::{cargo, run_status};

/// The `ops`-operation synthetic spec, written by the codegen benchmark's
/// tool mode so that `cargo bench` and this task use the same spec.
pub(super) fn synthetic_spec(root: &Path, weigh: &Path, ops: usize) -> Result<String, String> {
    let out = weigh.join(format!("spec-{ops}.yaml"));
    println!(
        "writing the {ops}-operation synthetic spec to {}",
        out.display()
    );
    let mut command = cargo();
    command
        .current_dir(root)
        .args([
            "test",
            "--quiet",
            "-p",
            "zoom-api-codegen",
            "--bench",
            "codegen",
            "--",
            "--write-synthetic",
            &ops.to_string(),
        ])
        .arg(&out);
    run_status(&mut command)?;
    read(&out)
}

/// The files generated from the synthetic `spec`, as (file name, contents).
pub(super) fn synthetic_files(spec: &str) -> Result<Vec<(String, String)>, String> {
    // The file's name is its group: `users` is a feature of the crate (and a
    // default one), so the synthetic operations are compiled.
    let synthetic_name = "users.yaml";
    let files = codegen::generate(spec, synthetic_name)
        .map_err(|e| format!("{synthetic_name}: {e}"))?
        .into_iter()
        .map(|f| (f.path, f.contents))
        .collect::<Vec<_>>();
    Ok(files)
}
