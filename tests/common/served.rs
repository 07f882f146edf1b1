//! `cyberdrill serve` run as a child process on loopback, and the real
//! OpenSSH client joining it: the harness of the SSH tests. `serve` picks
//! a free port and prints it with the join codes; [`Served::start`] reads
//! them. A participant's terminal is a private tmux server running `ssh`
//! ([`Served::join`]); the server process is killed when dropped.
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::tmux::Tmux;

pub const BIN: &str = env!("CARGO_BIN_EXE_cyberdrill");
pub const SCENARIO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/sim/two-hops.ron");

/// Whether the OpenSSH client is here (see [`tmux_installed`]).
pub fn ssh_installed() -> bool {
    match Command::new("ssh").arg("-V").stdin(Stdio::null()).output() {
        Ok(out) if out.status.success() => true,
        _ if std::env::var_os("CI").is_some() => {
            panic!("ssh is not installed: CI must run the SSH test (.ci/run installs it)")
        }
        _ => {
            let _ = std::io::Write::write_fmt(
                &mut std::io::stderr(),
                format_args!("note: ssh is not installed; the test of `cyberdrill serve` is skipped\n"),
            );
            false
        }
    }
}

/// A running `cyberdrill serve`, killed when dropped.
pub struct Served {
    pub child: Child,
    pub port: u16,
    pub codes: HashMap<String, String>,
    pub journal: PathBuf,
    /// Where `ssh` keeps the host key it met (one name for every port),
    /// refusing a changed one; `None`: any key, nothing kept.
    pub known_hosts: Option<PathBuf>,
}

impl Served {
    /// `serve` of the test scenario, headless, with these seats, in `dir`.
    pub fn start(dir: &Path, extra: &[&str]) -> Served {
        let journal = dir.join("exercise.journal");
        let mut command = Command::new(BIN);
        command
            .current_dir(dir)
            .args(["serve", SCENARIO, "--listen", "127.0.0.1:0", "--headless"])
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        if !extra.contains(&"--resume") {
            command.arg("--journal").arg(&journal);
        }
        let mut child = command.spawn().expect("serve starts");
        let stdout = child.stdout.take().expect("piped");
        // The first line names the address; the codes follow.
        let (found, lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { return };
                if found.send(line).is_err() {
                    return;
                }
            }
        });
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut port = None;
        let mut codes = HashMap::new();
        while Instant::now() < deadline {
            let Ok(line) = lines.recv_timeout(Duration::from_millis(200)) else {
                continue;
            };
            if let Some(rest) = line.strip_prefix("Serving on 127.0.0.1:") {
                port = rest.split('.').next().and_then(|p| p.parse().ok());
            } else if let Some(rest) = line.strip_prefix("  ") {
                let mut words = rest.split_whitespace();
                if let (Some(access), Some(code)) = (words.next(), words.next()) {
                    codes.insert(access.to_string(), code.to_string());
                }
            } else if line.starts_with("The journal is written to") {
                break;
            }
        }
        Served {
            child,
            port: port.expect("serve said where it listens"),
            codes,
            journal,
            known_hosts: None,
        }
    }

    pub fn code(&self, access: &str) -> &str {
        self.codes
            .get(access)
            .unwrap_or_else(|| panic!("no code for {access} in {:?}", self.codes))
    }

    /// The ssh command line for `user`, never reading the user's files or
    /// agent, never asking anything.
    pub fn ssh(&self, user: &str) -> Vec<String> {
        let mut args: Vec<String> = [
            "ssh",
            "-F",
            "/dev/null",
            "-o",
            "GlobalKnownHostsFile=/dev/null",
            "-o",
            "LogLevel=ERROR",
            "-o",
            "BatchMode=yes",
            "-o",
            "ConnectTimeout=5",
            "-o",
            "PubkeyAuthentication=no",
            "-o",
            "IdentityAgent=none",
            "-o",
            "ControlMaster=no",
            "-o",
            "ControlPath=none",
            "-e",
            "none",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        match &self.known_hosts {
            Some(file) => args.extend([
                "-o".to_string(),
                format!("UserKnownHostsFile={}", file.display()),
                "-o".to_string(),
                "HostKeyAlias=cyberdrill-test".to_string(),
                "-o".to_string(),
                "StrictHostKeyChecking=accept-new".to_string(),
            ]),
            None => args.extend(
                ["StrictHostKeyChecking=no", "UserKnownHostsFile=/dev/null"]
                    .iter()
                    .flat_map(|o| ["-o".to_string(), o.to_string()]),
            ),
        }
        args.extend(["-p".to_string(), self.port.to_string()]);
        args.push(format!("{user}@127.0.0.1"));
        args
    }

    /// A participant's terminal (80x24) joined with `user`. When `ssh`
    /// ends, the terminal stays, with what the server said last and
    /// `ssh exited: N`.
    pub fn join(&self, dir: &Path, user: &str) -> Tmux {
        let mut args = self.ssh(user);
        args.insert(1, "-tt".to_string());
        let line: Vec<String> = args.iter().map(|a| quoted(a)).collect();
        let script = format!("{}; echo \"ssh exited: $?\"; sleep 600", line.join(" "));
        Tmux::start_with(dir, (80, 24), &["/bin/sh", "-c", &script])
    }

    /// A seat joined with `user` and taken to its desk: the briefing (which
    /// names the seat, `You play: A — 24/7 contact`, or in French `Vos
    /// rôles : …`), Enter, the desk's header naming the seat.
    pub fn sit(&self, dir: &Path, user: &str, briefing: &str) -> Tmux {
        let terminal = self.join(dir, user);
        terminal.wait_text(briefing);
        terminal.press("Enter");
        let seat = briefing.rsplit_once(": ").map_or(briefing, |(_, seat)| seat);
        terminal.wait_for(&format!("the desk of {seat}"), |s| s.rows[0].text.contains(seat));
        terminal
    }

    /// `ssh` run to its end with `extra` arguments: its exit code and what
    /// it said on stderr.
    pub fn run_ssh(&self, user: &str, extra: &[&str]) -> (Option<i32>, String) {
        let mut args = self.ssh(user);
        let target = args.pop().expect("the target");
        args.extend(extra.iter().map(|s| s.to_string()));
        args.push(target);
        let mut child = Command::new(&args[0])
            .args(&args[1..])
            .args(extra_after(extra))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("ssh runs");
        // A refused request ends ssh at once; one served would leave it
        // waiting: bounded, then killed and reported.
        let status = wait_exit(&mut child);
        if status.is_none() {
            let _ = child.kill();
            let _ = child.wait();
        }
        let mut said = String::new();
        if let Some(mut stderr) = child.stderr.take() {
            let _ = std::io::Read::read_to_string(&mut stderr, &mut said);
        }
        (status.and_then(|s| s.code()), said)
    }
}

/// What goes after the target for [`Served::run_ssh`]: a command to
/// execute when no forwarding is asked.
fn extra_after(extra: &[&str]) -> Vec<&'static str> {
    if extra.is_empty() { vec!["true"] } else { vec![] }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Waits (bounded) for the server process to end by itself.
pub fn wait_exit(child: &mut Child) -> Option<std::process::ExitStatus> {
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if let Ok(Some(status)) = child.try_wait() {
            return Some(status);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    None
}

/// `text` as one word for a POSIX shell.
pub fn quoted(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// On A's 24/7 desk (two-hops, the VPS found): an Art. 29 request to B
/// for the VPS logs, with the six elements, drafted through the form.
pub fn draft_preservation_of_the_vps_logs(desk: &Tmux) {
    desk.press("d");
    desk.wait_text("> To");
    desk.press_until("Right", "B", |s| s.contains("◂ B"));
    desk.press("Tab");
    desk.press("Tab");
    desk.wait_text("> Data it names");
    desk.cursor_to("] vps-logs");
    desk.press("Space");
    desk.wait_text("[x] vps-logs");
    desk.press("Tab");
    desk.press("a");
    desk.wait_for("the six elements", |s| !s.contains("still missing"));
    desk.press("Enter");
    desk.wait_text("drafted request #1");
}
