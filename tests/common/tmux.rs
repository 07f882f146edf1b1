//! A terminal a test can drive and read like a person: a private tmux
//! server (its own socket, never a user's tmux) running a command at a
//! given size. Keys go in with `send-keys`; the screen comes back with
//! `capture-pane -e`, parsed with its reverse video, where the UI marks
//! the cursor and the current tab.
//!
//! Every wait is for a condition on a settled screen (at most [`WAIT`],
//! looking every [`POLL`]): never a timed assertion.
//!
//! tmux is installed by `.ci/run`. Without it a test fails in CI (`CI`
//! set) and is skipped with a note elsewhere.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// The longest wait for one step's screen.
pub const WAIT: Duration = Duration::from_secs(10);
/// How often the screen is read while waiting.
pub const POLL: Duration = Duration::from_millis(100);
/// The most cursor moves or choices one step may take.
pub const MAX_PRESSES: usize = 12;
const SESSION: &str = "main";

/// Whether tmux can run here. Missing in CI fails the test; elsewhere it
/// is skipped with a note naming `what` is skipped.
pub fn tmux_installed(what: &str) -> bool {
    match Command::new("tmux").arg("-V").stdin(Stdio::null()).output() {
        Ok(out) if out.status.success() => true,
        _ if std::env::var_os("CI").is_some() => {
            panic!("tmux is not installed: CI must run the terminal test (.ci/run installs it)")
        }
        _ => {
            // Past the test harness's capture, so that the skip is seen.
            let _ = writeln!(
                std::io::stderr(),
                "note: tmux is not installed; {what} is skipped"
            );
            false
        }
    }
}

/// One row of the pane: its text and the part of it shown in reverse
/// video (where the UI marks the cursor and the current tab).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub text: String,
    pub reversed: String,
}

/// The pane as `capture-pane -p -e` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Screen {
    pub rows: Vec<Row>,
}

impl Screen {
    /// Reads the text and the reverse-video attribute out of tmux's
    /// escape sequences (SGR 7 sets it, 0 and 27 clear it; the state
    /// carries from row to row as tmux writes it).
    pub fn parse(captured: &str) -> Screen {
        let mut rows = Vec::new();
        let mut reverse = false;
        for line in captured.lines() {
            let mut row = Row {
                text: String::new(),
                reversed: String::new(),
            };
            let mut chars = line.chars().peekable();
            while let Some(c) = chars.next() {
                if c != '\x1b' {
                    row.text.push(c);
                    if reverse {
                        row.reversed.push(c);
                    }
                    continue;
                }
                match chars.next() {
                    Some('[') => {
                        let mut params = String::new();
                        let mut last = None;
                        for c in chars.by_ref() {
                            if ('\x40'..='\x7e').contains(&c) {
                                last = Some(c);
                                break;
                            }
                            params.push(c);
                        }
                        if last == Some('m') {
                            reverse = sgr_reverse(&params, reverse);
                        }
                    }
                    Some(']') => {
                        // OSC: up to BEL or ESC \.
                        while let Some(c) = chars.next() {
                            if c == '\x07' || c == '\x1b' && chars.next_if_eq(&'\\').is_some() {
                                break;
                            }
                        }
                    }
                    _ => {}
                }
            }
            rows.push(row);
        }
        Screen { rows }
    }

    pub fn text(&self) -> String {
        self.rows
            .iter()
            .map(|r| r.text.trim_end())
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn contains(&self, needle: &str) -> bool {
        self.rows.iter().any(|r| r.text.contains(needle))
    }

    /// The first row containing `needle`.
    pub fn row(&self, needle: &str) -> Option<&str> {
        self.rows
            .iter()
            .find(|r| r.text.contains(needle))
            .map(|r| r.text.as_str())
    }

    /// Everything in reverse video, row by row.
    pub fn reversed(&self) -> Vec<&str> {
        self.rows.iter().map(|r| r.reversed.as_str()).collect()
    }

    /// Whether the cursor (a row in reverse video) is on `needle`.
    pub fn cursor_on(&self, needle: &str) -> bool {
        self.rows.iter().any(|r| r.reversed.contains(needle))
    }
}

/// Whether reverse video is on after the SGR parameters `params`.
fn sgr_reverse(params: &str, mut reverse: bool) -> bool {
    let mut list = params.split(';');
    while let Some(p) = list.next() {
        match p {
            "" | "0" | "27" => reverse = false,
            "7" => reverse = true,
            // Colours: 38;5;N or 38;2;R;G;B (and 48, 58).
            "38" | "48" | "58" => {
                let skip = match list.next() {
                    Some("5") => 1,
                    Some("2") => 3,
                    _ => 0,
                };
                for _ in 0..skip {
                    list.next();
                }
            }
            _ => {}
        }
    }
    reverse
}

/// A private tmux server with one session running a shell; killed when
/// dropped (also when a step fails).
pub struct Tmux {
    socket: String,
    /// The socket's file, removed with the server (tmux leaves it).
    socket_path: Option<PathBuf>,
}

impl Tmux {
    /// A shell at 80x24 in `dir`.
    pub fn start(dir: &Path) -> Tmux {
        Tmux::start_with(dir, (80, 24), &["/bin/sh"])
    }

    /// `command` in a terminal of `size` (columns, rows), in `dir`.
    pub fn start_with(dir: &Path, size: (u16, u16), command: &[&str]) -> Tmux {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let mut tmux = Tmux {
            socket: format!("cyberdrill-test-{}-{nanos}", std::process::id()),
            socket_path: None,
        };
        let dir = dir.to_str().expect("a UTF-8 temporary folder");
        // The server takes this process's environment; the shell's start-up
        // file ($ENV) stays out of it.
        let out = tmux
            .command()
            .env_remove("ENV")
            .args([
                "new-session",
                "-d",
                "-s",
                SESSION,
                "-x",
                &size.0.to_string(),
                "-y",
                &size.1.to_string(),
                "-c",
                dir,
            ])
            .args(command)
            .output()
            .expect("tmux starts");
        assert!(
            out.status.success(),
            "tmux new-session: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        tmux.socket_path = Some(tmux.format("#{socket_path}").into());
        tmux
    }

    /// tmux on this server only, ignoring any configuration file and any
    /// tmux this test runs inside.
    fn command(&self) -> Command {
        let mut command = Command::new("tmux");
        command
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .env_remove("TMUX")
            .env_remove("TMUX_PANE")
            .stdin(Stdio::null());
        command
    }

    pub fn run(&self, args: &[&str]) -> String {
        let out = self.command().args(args).output().expect("tmux runs");
        assert!(
            out.status.success(),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("tmux prints UTF-8")
    }

    /// Presses one key (a tmux key name such as `Down`, or a character).
    pub fn press(&self, key: &str) {
        self.run(&["send-keys", "-t", SESSION, key]);
    }

    /// Types a command line into the shell and presses Enter.
    pub fn type_line(&self, text: &str) {
        self.run(&["send-keys", "-t", SESSION, "-l", text]);
        self.press("Enter");
    }

    /// The pane as it is now, perhaps in the middle of a redraw.
    pub fn capture(&self) -> Screen {
        Screen::parse(&self.run(&["capture-pane", "-p", "-e", "-t", SESSION]))
    }

    /// The pane once it has settled (the same on two reads [`POLL`]
    /// apart): a frame is written in several pieces, and a read between
    /// them shows half of each.
    pub fn screen(&self) -> Screen {
        self.wait_for("the screen to settle", |_| true)
    }

    /// The plain text with wrapped lines joined.
    pub fn joined(&self) -> String {
        self.run(&["capture-pane", "-p", "-J", "-t", SESSION])
    }

    pub fn format(&self, format: &str) -> String {
        self.run(&["display-message", "-p", "-t", SESSION, format])
            .trim()
            .to_string()
    }

    /// Waits until the screen has settled and satisfies `ok`; fails,
    /// showing the screen, if it has not after [`WAIT`].
    pub fn wait_for(&self, what: &str, ok: impl Fn(&Screen) -> bool) -> Screen {
        let deadline = Instant::now() + WAIT;
        let mut before = None;
        loop {
            let screen = self.capture();
            if before.as_ref() == Some(&screen) && ok(&screen) {
                return screen;
            }
            if Instant::now() >= deadline {
                panic!(
                    "waited {} s for {what}; the pane shows:\n{}",
                    WAIT.as_secs(),
                    screen.text()
                );
            }
            before = Some(screen);
            sleep(POLL);
        }
    }

    pub fn wait_text(&self, needle: &str) -> Screen {
        self.wait_for(&format!("`{needle}`"), |s| s.contains(needle))
    }

    /// Presses `key` until the screen satisfies `ok`, waiting after each
    /// press for the screen to change.
    pub fn press_until(&self, key: &str, what: &str, ok: impl Fn(&Screen) -> bool) -> Screen {
        for _ in 0..MAX_PRESSES {
            let screen = self.screen();
            if ok(&screen) {
                return screen;
            }
            self.press(key);
            self.wait_for(&format!("{key} to change the screen (towards {what})"), |s| {
                *s != screen
            });
        }
        panic!(
            "{MAX_PRESSES} presses of {key} did not reach {what}; the pane shows:\n{}",
            self.screen().text()
        );
    }

    /// Moves the cursor down to the line containing `needle`, reading
    /// where the cursor is after each press.
    pub fn cursor_to(&self, needle: &str) -> Screen {
        for _ in 0..MAX_PRESSES {
            let screen = self.screen();
            if screen.cursor_on(needle) {
                return screen;
            }
            let before: Vec<String> = screen.reversed().iter().map(|r| r.to_string()).collect();
            self.press("Down");
            self.wait_for(&format!("the cursor to move down towards `{needle}`"), |s| {
                s.reversed() != before
            });
        }
        panic!(
            "the cursor never reached `{needle}`; the pane shows:\n{}",
            self.screen().text()
        );
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self
            .command()
            .arg("kill-server")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        if let Some(path) = &self.socket_path {
            let _ = std::fs::remove_file(path);
        }
    }
}
