//! Running cargo and other commands.

use std::process::{Command, Output};

/// The cargo that runs xtask (`$CARGO`), or the one on `PATH`.
pub(super) fn cargo_program() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned())
}

pub(super) fn cargo() -> Command {
    Command::new(cargo_program())
}

pub(super) fn capture(command: &mut Command) -> Result<String, String> {
    let output = run_output(command)?;
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Runs `command` with its output captured; fails (showing stderr) unless
/// it succeeds.
pub(super) fn run_output(command: &mut Command) -> Result<Output, String> {
    let shown = format!("{command:?}");
    let output = command
        .output()
        .map_err(|e| format!("cannot start {shown}: {e}"))?;
    if output.status.success() {
        Ok(output)
    } else {
        Err(format!(
            "{shown} exited with {}:\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}

/// Runs `command` with its output shown.
pub(super) fn run_status(command: &mut Command) -> Result<(), String> {
    let shown = format!("{command:?}");
    let status = command
        .status()
        .map_err(|e| format!("cannot start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} exited with {status}"))
    }
}
