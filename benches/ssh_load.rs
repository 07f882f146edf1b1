//! Load on `cyberdrill serve`: N participants over SSH on loopback (an
//! in-process russh client each), every one pressing a key every few
//! seconds for a few minutes; the time from each keystroke to the first
//! bytes of the frame that answers it, the host's peak memory and its CPU.
//! Figures and the command are in docs/PERFORMANCE.md.
//!
//!   cargo bench --bench ssh_load -- [--clients 40] [--seconds 120] [--every-ms 3000]
//!
//! The default scenario's four countries give twelve seats; the other
//! participants watch with observer codes (an observer's keys move its
//! own screen, as a seat's do). Keys cycle through the tabs, the cursor
//! and `m` (mark read: a journaled action, synced, for the seats). The
//! trainer's clock runs at the scenario's speed, so every screen also
//! redraws once a simulated minute; a key's latency is measured to the
//! first frame after it, which a clock frame can only make look shorter
//! when it happens to come first: the clock frames are counted apart.
//!
//! Not a test, and no assertion: a benchmark that reports.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use russh::ChannelMsg;
use russh::client;
use tokio::sync::Mutex;

const BIN: &str = env!("CARGO_BIN_EXE_cyberdrill");

struct Trusting;

impl client::Handler for Trusting {
    type Error = russh::Error;

    async fn check_server_key(
        &mut self,
        _key: &russh::keys::PublicKeyOrCertificate,
    ) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

fn arg(name: &str, default: u64) -> u64 {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The host's peak and current memory (kB) and its CPU ticks so far.
fn host_usage(pid: u32) -> (u64, u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command's closing parenthesis, the state first.
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let field_at = |i: usize| fields.get(i).and_then(|f| f.parse::<u64>().ok()).unwrap_or(0);
    // After the state: utime and stime are the 12th and 13th.
    let ticks = field_at(11) + field_at(12);
    (field("VmHWM:"), field("VmRSS:"), ticks)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn main() {
    let clients = arg("--clients", 40) as usize;
    let seconds = arg("--seconds", 120);
    let every = arg("--every-ms", 3000);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut seats = Vec::new();
    for country in ["VL", "BR", "CS", "DL"] {
        for role in ["investigator", "prosecutor", "247"] {
            seats.push(format!("{role}@{country}"));
        }
    }
    let mut command = Command::new(BIN);
    command.current_dir(dir.path()).args([
        "serve",
        "--listen",
        "127.0.0.1:0",
        "--headless",
        "--journal",
        "load.journal",
    ]);
    for seat in &seats {
        command.args(["--seat", seat]);
    }
    let mut server = command
        .stdout(Stdio::piped())
        .stdin(Stdio::null())
        .spawn()
        .expect("serve starts");
    let mut port = 0u16;
    let mut codes: HashMap<String, String> = HashMap::new();
    for line in BufReader::new(server.stdout.take().expect("piped")).lines() {
        let line = line.expect("serve's output");
        if let Some(rest) = line.strip_prefix("Serving on 127.0.0.1:") {
            port = rest
                .split('.')
                .next()
                .and_then(|p| p.parse().ok())
                .expect("a port");
        } else if let Some(rest) = line.strip_prefix("  ") {
            let mut words = rest.split_whitespace();
            if let (Some(access), Some(code)) = (words.next(), words.next()) {
                codes.insert(access.to_string(), code.to_string());
            }
        } else if line.starts_with("The journal is written to") {
            break;
        }
    }
    let pid = server.id();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    let latencies = Arc::new(Mutex::new(Vec::new()));
    let clock_frames = Arc::new(Mutex::new(0u64));
    let (_, _, ticks_before) = host_usage(pid);
    let started = Instant::now();
    runtime.block_on(async {
        let config = Arc::new(client::Config {
            nodelay: true,
            ..Default::default()
        });
        // The trainer starts the clock.
        let trainer = codes["trainer"].clone();
        let mut tasks = Vec::new();
        {
            let config = config.clone();
            tasks.push(tokio::spawn(async move {
                let mut session = client::connect(config, ("127.0.0.1", port), Trusting)
                    .await
                    .expect("connects");
                assert!(session.authenticate_none(trainer).await.expect("auth").success());
                let channel = session.channel_open_session().await.expect("a session");
                channel
                    .request_pty(false, "xterm", 80, 24, 0, 0, &[])
                    .await
                    .expect("a pty");
                channel.request_shell(false).await.expect("a shell");
                tokio::time::sleep(Duration::from_millis(500)).await;
                channel.data(&b"\rp"[..]).await.expect("keys");
                tokio::time::sleep(Duration::from_secs(seconds + 5)).await;
            }));
        }
        for i in 0..clients {
            let seat = &seats[i % seats.len()];
            let user = if i < seats.len() {
                codes[seat].clone()
            } else {
                codes[&format!("observe:{seat}")].clone()
            };
            let config = config.clone();
            let latencies = latencies.clone();
            let clock_frames = clock_frames.clone();
            let size = if i % 2 == 0 { (80, 24) } else { (160, 48) };
            tasks.push(tokio::spawn(async move {
                let mut session = client::connect(config, ("127.0.0.1", port), Trusting)
                    .await
                    .expect("connects");
                assert!(session.authenticate_none(user).await.expect("auth").success());
                let mut channel = session.channel_open_session().await.expect("a session");
                channel
                    .request_pty(false, "xterm", size.0, size.1, 0, 0, &[])
                    .await
                    .expect("a pty");
                channel.request_shell(false).await.expect("a shell");
                // The briefing, then Enter to the desk.
                let _ = channel.wait().await;
                channel.data(&b"\r"[..]).await.expect("Enter");
                let keys: [&[u8]; 7] = [b"1", b"\x1b[B", b"m", b"2", b"\x1b[B", b"3", b"\t"];
                let end = Instant::now() + Duration::from_secs(seconds);
                let mut n = i;
                // Spread the clients' keys over the interval.
                let mut next = Instant::now() + Duration::from_millis((i as u64 * 97) % every);
                while Instant::now() < end {
                    // Frames that come before the key are the clock's or
                    // another seat's news: counted, not timed.
                    let wait = next.saturating_duration_since(Instant::now());
                    if let Ok(Some(message)) = tokio::time::timeout(wait, channel.wait()).await {
                        if matches!(message, ChannelMsg::Data { .. }) {
                            *clock_frames.lock().await += 1;
                        }
                        continue;
                    }
                    let key = keys[n % keys.len()];
                    n += 1;
                    let sent = Instant::now();
                    channel.data(key).await.expect("a key");
                    loop {
                        match tokio::time::timeout(Duration::from_secs(5), channel.wait()).await {
                            Ok(Some(ChannelMsg::Data { .. })) => {
                                latencies.lock().await.push(sent.elapsed());
                                break;
                            }
                            Ok(Some(_)) => continue,
                            _ => break,
                        }
                    }
                    next = Instant::now() + Duration::from_millis(every / 2 + (n as u64 * 389) % every);
                }
            }));
        }
        for task in tasks {
            let _ = task.await;
        }
    });
    let elapsed = started.elapsed();
    let (peak_kb, rss_kb, ticks_after) = host_usage(pid);
    let _ = server.kill();
    let _ = server.wait();
    let mut latencies = runtime.block_on(async { latencies.lock().await.clone() });
    latencies.sort();
    let cpu = (ticks_after - ticks_before) as f64 / 100.0 / elapsed.as_secs_f64() * 100.0;
    println!(
        "{clients} participants, {seconds} s, a key every ~{every} ms each: {} keys timed, {} other frames",
        latencies.len(),
        runtime.block_on(async { *clock_frames.lock().await })
    );
    println!(
        "keystroke to frame: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        percentile(&latencies, 0.5).as_secs_f64() * 1000.0,
        percentile(&latencies, 0.99).as_secs_f64() * 1000.0,
        latencies.last().copied().unwrap_or_default().as_secs_f64() * 1000.0
    );
    println!(
        "host: peak RSS {:.1} MB (now {:.1} MB), CPU {cpu:.1}% of one core",
        peak_kb as f64 / 1024.0,
        rss_kb as f64 / 1024.0
    );
}
