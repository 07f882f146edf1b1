//! The fuzz targets' smoke for CI: every file of the seed corpus
//! (`fuzz/corpus/`) and of the regressions (`fuzz/regressions/`, inputs a
//! fuzzer once broke), then a bounded number of seeded mutations of them,
//! through `cyberdrill::fuzzing::{scenario, actions, journal}`, each input
//! under a watchdog. Counted, not timed: the same seed gives the same
//! inputs on every machine. A long, coverage-guided campaign is libFuzzer's
//! job (docs/FUZZING.md); this only keeps the targets and their invariants
//! honest on every commit.
//!
//! On a failure it prints the seed, shrinks the input to a smaller one
//! that still fails, and writes both where `cargo` keeps test files. Rerun
//! with `FUZZ_SMOKE_SEED=N`; run more with `FUZZ_SMOKE_MUTATIONS=N` (per
//! target).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

/// The seed when `FUZZ_SMOKE_SEED` is not set: fixed, so CI is repeatable.
const DEFAULT_SEED: u64 = 0x00c0_ffee_d211_1ab5;

/// A hang, for the watchdog: the targets' bound is 2 s in the optimised
/// fuzz build (libFuzzer's `-timeout=2`); an unoptimised test build on a
/// busy CI machine gets more before an input counts as hanging.
const WATCHDOG: Duration = Duration::from_secs(20);

type Target = fn(&[u8]);

struct Rng(u64);

impl Rng {
    /// splitmix64: small, and the same everywhere.
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// What authors and hostile files write where a parser may stumble.
const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "\"",
    "'",
    ",",
    ":",
    "\"60d\"",
    "60d",
    "\"-1d\"",
    "\"2d 4h\"",
    "\"Sun-Thu\"",
    "99999999999999999999",
    "18446744073709551616",
    "-1",
    "-9223372036854775808",
    "0",
    "1e308",
    "yes",
    "true",
    "Some(",
    "None",
    "\u{feff}",
    "\u{1b}[31m",
    "\u{9b}2J",
    "\u{0}",
    "\r\n",
    "\r",
    "\t",
    "\n",
    "//",
    "/*",
    "*/",
    "#",
    "#0123456789abcdef ",
    "end d0 00:00 ",
    "d0 00:00",
    "d99999 23:59",
    "d-1 00:00",
    " 24:61 ",
    " clock ",
    "VL/247",
    "BR/investigator",
    "trainer",
    "bitmail/liaison",
    "cyberdrill-journal 2 ",
    "{}",
    "\"\u{201c}",
    "includes: [\"regions/meridian.ron\"]",
    "includes: [\"../fragments/two-countries.ron\"]",
    "includes: [\"fuzz.ron\"]",
    "\u{e9}",
    "\u{ff}",
    "r#\"",
    "\"#",
];

fn corpus(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut files = Vec::new();
    for folder in ["corpus", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(folder).join(target)) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_file() {
                let bytes = std::fs::read(&path).expect("a corpus file reads");
                files.push((path, bytes));
            }
        }
    }
    files.sort();
    files
}

/// One to four edits: flips, insertions and deletions of bytes, a token
/// inserted, a line repeated or dropped, a cut, a splice with another file.
fn mutate(rng: &mut Rng, input: &[u8], corpus: &[(PathBuf, Vec<u8>)]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(out.len() + 1);
        match rng.below(8) {
            0 if !out.is_empty() => {
                let i = at.min(out.len() - 1);
                out[i] ^= 1 << rng.below(8);
            }
            1 => out.insert(at, rng.next() as u8),
            2 if at < out.len() => {
                let end = (at + 1 + rng.below(16)).min(out.len());
                out.drain(at..end);
            }
            3 | 4 => {
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                out.splice(at..at, token.iter().copied());
            }
            5 => {
                // A line repeated, or dropped.
                let start = out[..at].iter().rposition(|&b| b == b'\n').map_or(0, |n| n + 1);
                let end = out[at..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(out.len(), |n| at + n + 1);
                let line = out[start..end].to_vec();
                if rng.below(2) == 0 {
                    out.splice(end..end, line);
                } else {
                    out.drain(start..end);
                }
            }
            6 => out.truncate(at),
            _ => {
                let (_, other) = &corpus[rng.below(corpus.len())];
                let from = rng.below(other.len() + 1);
                out.truncate(at);
                out.extend_from_slice(&other[from..]);
            }
        }
    }
    out
}

/// Runs inputs on a worker thread so that one that hangs is reported
/// instead of stalling the suite.
struct Watchdog {
    jobs: mpsc::Sender<(Target, Vec<u8>)>,
    done: mpsc::Receiver<Result<(), String>>,
}

impl Watchdog {
    fn new() -> Watchdog {
        let (jobs, inbox) = mpsc::channel::<(Target, Vec<u8>)>();
        let (outbox, done) = mpsc::channel();
        std::thread::spawn(move || {
            for (target, input) in inbox {
                let outcome = catch_unwind(AssertUnwindSafe(|| target(&input))).map_err(|panic| {
                    panic
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                        .unwrap_or_else(|| "a panic".into())
                });
                if outbox.send(outcome).is_err() {
                    break;
                }
            }
        });
        Watchdog { jobs, done }
    }

    /// `Err` with what went wrong: a panic's message, or a hang.
    fn run(&self, target: Target, input: &[u8]) -> Result<(), String> {
        self.jobs.send((target, input.to_vec())).expect("the worker runs");
        match self.done.recv_timeout(WATCHDOG) {
            Ok(outcome) => outcome,
            Err(_) => Err(format!("no answer within {WATCHDOG:?}: a hang")),
        }
    }
}

/// A smaller input that still panics: chunks removed while it does, within
/// a bounded number of tries. A hang is kept as it is (each try would wait
/// for the watchdog).
fn shrink(target: Target, input: &[u8]) -> Vec<u8> {
    let fails = |candidate: &[u8]| catch_unwind(AssertUnwindSafe(|| target(candidate))).is_err();
    let mut best = input.to_vec();
    let mut chunk = best.len() / 2;
    let mut tries = 0;
    while chunk > 0 && tries < 4000 {
        let mut at = 0;
        while at < best.len() && tries < 4000 {
            let mut candidate = best.clone();
            candidate.drain(at..(at + chunk).min(best.len()));
            tries += 1;
            if fails(&candidate) {
                best = candidate;
            } else {
                at += chunk;
            }
        }
        chunk /= 2;
    }
    best
}

fn fail(target_name: &str, target: Target, seed: u64, which: &str, input: &[u8], why: &str) -> ! {
    let folder = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-smoke");
    std::fs::create_dir_all(&folder).expect("the test folder can be made");
    let original = folder.join(format!("{target_name}-{seed}.input"));
    std::fs::write(&original, input).expect("the input can be written");
    let shrunk = if why.ends_with("a hang") {
        original.clone()
    } else {
        // Quiet while shrinking: each try that fails prints its panic.
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let small = shrink(target, input);
        std::panic::set_hook(hook);
        let path = folder.join(format!("{target_name}-{seed}.min"));
        std::fs::write(&path, &small).expect("the input can be written");
        path
    };
    panic!(
        "fuzz target `{target_name}` failed on {which} (FUZZ_SMOKE_SEED={seed}): {why}\n\
         input: {}\nshrunk reproducer: {}\n\
         add it to fuzz/regressions/{target_name}/ once fixed (docs/FUZZING.md)",
        original.display(),
        shrunk.display()
    );
}

fn smoke(target_name: &str, target: Target, default_mutations: usize) {
    let seed = std::env::var("FUZZ_SMOKE_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(DEFAULT_SEED);
    let mutations = std::env::var("FUZZ_SMOKE_MUTATIONS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default_mutations);
    let corpus = corpus(target_name);
    assert!(!corpus.is_empty(), "fuzz/corpus/{target_name}/ is empty");
    let watchdog = Watchdog::new();
    for (path, input) in &corpus {
        if let Err(why) = watchdog.run(target, input) {
            fail(
                target_name,
                target,
                seed,
                &path.display().to_string(),
                input,
                &why,
            );
        }
    }
    // One stream per target, so that a target's inputs do not depend on
    // how many another one ran.
    let mut rng = Rng(seed
        ^ target_name
            .bytes()
            .fold(0u64, |h, b| h.wrapping_mul(31) ^ u64::from(b)));
    for n in 0..mutations {
        let (path, base) = &corpus[rng.below(corpus.len())];
        let input = mutate(&mut rng, base, &corpus);
        if let Err(why) = watchdog.run(target, &input) {
            let which = format!("mutation {n} of {}", path.display());
            fail(target_name, target, seed, &which, &input, &why);
        }
    }
}

#[test]
fn scenario_loader_and_checker() {
    smoke("scenario", cyberdrill::fuzzing::scenario, 3000);
}

#[test]
fn actions_file_reader() {
    smoke("actions", cyberdrill::fuzzing::actions, 4000);
}

#[test]
fn journal_reader_and_replay() {
    smoke("journal", cyberdrill::fuzzing::journal, 2000);
}
