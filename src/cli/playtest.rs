//! `cyberdrill playtest`: many seeded runs of a scenario by simulated teams
//! of one skill profile or all, summarised for its author (a table in
//! English or French, or JSON for machines).
//!
//! Wiring only: resolve the scenario as `run` does, prepare it once, hand
//! the runs to [`crate::playtest`] (parallel, deterministic), render its
//! typed summary. A progress bar goes to stderr when stderr is a terminal,
//! nothing otherwise, so piped or captured output is the same every time.
//! `--write-journal` plays the runs it keeps again through the journal
//! recorder `run --journal` uses, so each replays and reports as any
//! other journal; it never overwrites a file and leaves no journal half
//! written.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::{Value, json};

use crate::journal::Recorder;
use crate::playtest::{self, ItemEnd, Misses, Plan, ProfileSummary, Reason, Spread};
use crate::scenario::library::{self, Source};
use crate::scenario::model::{Scenario, Skill};
use crate::sim::Prepared;
use crate::terminal::{json_escaped, printable};
use crate::time::{Duration, SimTime};
use crate::words::{Lang, Words};

/// `--profile`: one named skill, or `all` of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ProfileChoice {
    Expert,
    Average,
    Novice,
    Random,
    All,
}

impl ProfileChoice {
    fn skills(self) -> Vec<Skill> {
        match self {
            ProfileChoice::Expert => vec![Skill::Expert],
            ProfileChoice::Average => vec![Skill::Average],
            ProfileChoice::Novice => vec![Skill::Novice],
            ProfileChoice::Random => vec![Skill::Random],
            ProfileChoice::All => Skill::ALL.to_vec(),
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct PlaytestArgs {
    /// Scenario file, or a library id (`cyberdrill scenarios` lists
    /// them); the built-in default when omitted.
    pub scenario: Option<PathBuf>,
    /// Runs per profile.
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub runs: u32,
    /// Skill of the simulated teams: expert, average, novice, random, or
    /// all of them; all when omitted.
    #[arg(long, value_enum, default_value_t = ProfileChoice::All)]
    pub profile: ProfileChoice,
    /// Seed of the first run (the others follow it); the scenario's seed when omitted.
    #[arg(long)]
    pub seed: Option<u64>,
    /// Print one JSON object (sorted keys) instead of the table.
    #[arg(long)]
    pub json: bool,
    /// Language of the table: en or fr.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<Lang>,
    /// Also write the journals of each profile's worst, median and best
    /// runs into this folder (made if missing), to replay or report.
    #[arg(long, value_name = "DIR")]
    pub write_journal: Option<PathBuf>,
}

pub fn execute(args: PlaytestArgs) -> ExitCode {
    if let Some(code) = args
        .scenario
        .as_deref()
        .and_then(|p| super::run::missing_scenario(p, args.lang))
    {
        return code;
    }
    let scenario = match super::run::load_scenario(args.scenario.as_deref(), args.lang) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let words = Words::new(args.lang.unwrap_or_else(|| Lang::default_for(&scenario)));
    // Before any run: a folder that cannot be made is said at once.
    if let Some(dir) = &args.write_journal
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        let args = [("dir", dir.display().to_string()), ("error", e.to_string())];
        return super::run::fail(2, words.text("playtest-journal-folder", &args));
    }
    let prepared = match Prepared::new(&scenario) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("cyberdrill: {}", printable(&e.to_string()));
            return ExitCode::from(1);
        }
    };
    let plan = Plan {
        skills: args.profile.skills(),
        runs: args.runs,
        first_seed: args.seed.unwrap_or(scenario.seed),
        until: super::run::scenario_until(&scenario),
    };
    let total = plan.skills.len() * plan.runs as usize;
    let bar = std::io::stderr().is_terminal().then(|| Progress::new(total));
    let report = |done: usize| {
        if let Some(bar) = &bar {
            bar.show(done);
        }
    };
    let records = match playtest::run_all(&prepared, &plan, &report) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("cyberdrill: {}", printable(&e.to_string()));
            return ExitCode::from(1);
        }
    };
    if bar.is_some() {
        eprintln!();
    }
    let summaries = playtest::summarise(&scenario, &records);
    let shown = Shown {
        words: &words,
        scenario: &scenario,
        argument: args
            .scenario
            .as_ref()
            .map(|p| format!(" {}", shell_word(&p.display().to_string())))
            .unwrap_or_default(),
    };
    let kept = match &args.write_journal {
        Some(dir) => match write_journals(dir, &scenario, &plan, &summaries, &words) {
            Ok(kept) => kept,
            Err((code, message)) => return super::run::fail(code, message),
        },
        None => Vec::new(),
    };
    let mut out = std::io::stdout().lock();
    let _ = if args.json {
        let mut value = to_json(&shown, &plan, &summaries);
        if args.write_journal.is_some() {
            value["journals"] = kept.iter().map(|k| k.json()).collect();
        }
        writeln!(out, "{}", json_escaped(&value.to_string()))
    } else {
        let mut text = to_text(&shown, &plan, &summaries);
        if args.write_journal.is_some() {
            text.push_str(&journals_text(&words, &kept, args.scenario.as_deref()));
        }
        out.write_all(printable(&text).as_bytes())
    };
    ExitCode::SUCCESS
}

/// One run kept as a journal: a profile's worst, median or best run (one
/// run may be several of them), and where its journal is.
struct Kept {
    skill: Skill,
    seed: u64,
    score: u32,
    /// `worst`, `median`, `best`: which of the profile's runs it is.
    which: Vec<&'static str>,
    path: PathBuf,
}

impl Kept {
    fn json(&self) -> Value {
        json!({"profile": self.skill.name(), "seed": self.seed, "score": self.score,
               "runs": self.which, "path": self.path.display().to_string()})
    }
}

/// Plays each profile's worst, median and best runs again, journalled into
/// `dir` by the recorder `run --journal` uses (the same seed, profile and
/// end, so the same run). Named `<scenario>-<profile>-<which>-seed<seed>.journal`.
/// A journal already there is never overwritten: said before anything is
/// written (exit 2). A journal that cannot be written is said (exit 1),
/// and every journal this call wrote is removed: none is left half written.
fn write_journals(
    dir: &Path,
    scenario: &Scenario,
    plan: &Plan,
    summaries: &[ProfileSummary],
    words: &Words,
) -> Result<Vec<Kept>, (u8, String)> {
    let mut kept: Vec<Kept> = Vec::new();
    for s in summaries {
        for (which, (seed, score)) in [("worst", s.worst), ("median", s.median), ("best", s.best)] {
            match kept.iter_mut().find(|k| k.skill == s.skill && k.seed == seed) {
                Some(k) => k.which.push(which),
                None => kept.push(Kept {
                    skill: s.skill,
                    seed,
                    score,
                    which: vec![which],
                    path: PathBuf::new(),
                }),
            }
        }
    }
    let id = file_word(&scenario.id);
    for k in &mut kept {
        let name = format!(
            "{id}-{}-{}-seed{}.journal",
            k.skill.name(),
            k.which.join("-"),
            k.seed
        );
        k.path = dir.join(name);
    }
    if let Some(taken) = kept.iter().find(|k| std::fs::symlink_metadata(&k.path).is_ok()) {
        let args = [("path", taken.path.display().to_string())];
        return Err((2, words.text("playtest-journal-exists", &args)));
    }
    let mut written: Vec<&Path> = Vec::new();
    for k in &kept {
        let mut made = false;
        let result = Recorder::start_as(Some(&k.path), scenario, k.seed, Vec::new(), k.skill).and_then(
            |mut recorder| {
                made = true;
                recorder.advance_to(plan.until)?;
                recorder.finish()
            },
        );
        if made {
            written.push(&k.path);
        }
        if let Err(e) = result {
            for path in written {
                let _ = std::fs::remove_file(path);
            }
            let args = [("path", k.path.display().to_string()), ("error", e.to_string())];
            return Err((1, words.text("playtest-journal-failed", &args)));
        }
    }
    Ok(kept)
}

/// The scenario's id as part of a file name: letters, digits, `-`, `_`
/// and `.` kept, anything else a `_`.
fn file_word(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_alphanumeric() || "-_.".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// The journals written, one line each, and how to replay and report them:
/// with `--scenario` when the scenario is a file the library does not hold.
fn journals_text(words: &Words, kept: &[Kept], scenario: Option<&Path>) -> String {
    let mut out = String::from("\n");
    for k in kept {
        let mut names: Vec<String> = k
            .which
            .iter()
            .map(|w| words.text(&format!("playtest-{w}"), &[]))
            .collect();
        // `worst, median and best`.
        let last = names.pop().unwrap_or_default();
        let which = match names.is_empty() {
            true => last,
            false => format!("{} {} {last}", names.join(", "), words.text("playtest-and", &[])),
        };
        let args = [
            ("which", which),
            ("profile", k.skill.name().to_string()),
            ("seed", k.seed.to_string()),
            ("score", k.score.to_string()),
            ("path", k.path.display().to_string()),
        ];
        out.push_str(&words.text("playtest-journal-written", &args));
        out.push('\n');
    }
    let flag = match scenario {
        Some(name) if !matches!(library::resolve(name), Ok(Source::Library(_))) => {
            format!(" --scenario {}", shell_word(&name.display().to_string()))
        }
        _ => String::new(),
    };
    out.push_str(&words.text("playtest-journals-use", &[("scenario", flag)]));
    out.push('\n');
    out
}

/// A path as one shell word: quoted when it has anything but the usual.
fn shell_word(text: &str) -> String {
    if text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+".contains(c))
    {
        text.to_string()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

/// A progress bar on stderr, redrawn at most a hundred times.
struct Progress {
    total: usize,
    step: usize,
}

impl Progress {
    fn new(total: usize) -> Progress {
        Progress {
            total,
            step: (total / 100).max(1),
        }
    }

    fn show(&self, done: usize) {
        if !done.is_multiple_of(self.step) && done != self.total {
            return;
        }
        let width = 40;
        let filled = done * width / self.total.max(1);
        eprint!(
            "\r[{}{}] {done}/{}",
            "#".repeat(filled),
            ".".repeat(width - filled),
            self.total
        );
    }
}

struct Shown<'a> {
    words: &'a Words,
    scenario: &'a Scenario,
    /// The scenario as the command line named it, with a leading space
    /// (empty for the built-in default).
    argument: String,
}

impl Shown<'_> {
    fn reproduce(&self, skill: Skill, seed: u64) -> String {
        format!(
            "cyberdrill run{} --seed {seed} --profile {} --journal playtest-{}-{seed}.journal",
            self.argument,
            skill.name(),
            skill.name()
        )
    }

    fn time(&self, minutes: i64) -> String {
        self.words.time(SimTime(minutes))
    }

    fn spread_times(&self, spread: &Option<Spread>) -> [String; 3] {
        match spread {
            Some(s) => [self.time(s.p10), self.time(s.median), self.time(s.p90)],
            None => std::array::from_fn(|_| self.words.text("playtest-never", &[])),
        }
    }

    /// A refusal in words: the first of its code as the team was told it
    /// (the message players read), else its code.
    fn reason(&self, code: &str, example: Option<&Reason>) -> String {
        let (w, scenario) = (self.words, self.scenario);
        match example {
            Some(Reason::Refused(refusal)) => w.message(scenario, refusal),
            Some(Reason::SentBack(event)) => w.message(scenario, event),
            Some(Reason::Result(result)) => w.message(scenario, result),
            None => code.to_string(),
        }
    }

    /// Why the runs that missed objective `o` did, on one line: how many
    /// too late, unmet (and which parts of its condition failed, in how
    /// many), impossible (and which lost item made it so, and when).
    fn misses(&self, o: usize, misses: &Misses) -> String {
        let (w, scenario) = (self.words, self.scenario);
        let objective = &scenario.objectives[o];
        let mut kinds: Vec<String> = Vec::new();
        if misses.too_late > 0 {
            // Without a deadline, a condition that holds at the end came
            // true only after the exercise had ended.
            kinds.push(match (objective.by, &misses.late_by) {
                (Some(by), Some(late)) => w.counted(
                    "playtest-missed-too-late-by",
                    &[
                        ("deadline", w.time(SimTime::START.after(by))),
                        ("late", w.duration(Duration(late.median))),
                    ],
                    &[("runs", misses.too_late)],
                ),
                (Some(by), None) => w.counted(
                    "playtest-missed-too-late",
                    &[("deadline", w.time(SimTime::START.after(by)))],
                    &[("runs", misses.too_late)],
                ),
                (None, _) => w.counted("playtest-missed-after-end", &[], &[("runs", misses.too_late)]),
            });
        }
        if misses.unmet > 0 {
            let parts = playtest::parts(&objective.when);
            let failed = misses
                .failed_parts
                .iter()
                .map(|(&k, &n)| {
                    w.counted(
                        "playtest-missed-part",
                        &[("condition", playtest::written(&parts[k]))],
                        &[("runs", n)],
                    )
                })
                .collect::<Vec<_>>()
                .join(", ");
            kinds.push(w.counted(
                "playtest-missed-unmet",
                &[("parts", failed)],
                &[("runs", misses.unmet)],
            ));
        }
        if misses.impossible > 0 {
            let items = misses
                .lost_items
                .iter()
                .map(|(&i, lost)| {
                    w.counted(
                        "playtest-missed-lost-item",
                        &[
                            ("item", scenario.evidence[i].id.clone()),
                            ("at", self.time(lost.median)),
                        ],
                        &[("runs", lost.count)],
                    )
                })
                .collect::<Vec<_>>()
                .join(", ");
            kinds.push(w.counted(
                "playtest-missed-impossible",
                &[("items", items)],
                &[("runs", misses.impossible)],
            ));
        }
        let separator = w.text("playtest-separator", &[]);
        w.counted(
            "playtest-missed",
            &[("why", kinds.join(&separator))],
            &[("runs", misses.runs)],
        )
    }

    fn item_end(&self, end: ItemEnd, share: String) -> String {
        let w = self.words;
        match end {
            ItemEnd::Produced => w.text("playtest-item-produced", &[("share", share)]),
            ItemEnd::IntelligenceOnly => w.text("playtest-item-intelligence", &[("share", share)]),
            ItemEnd::Lost(why) => w.text(
                "playtest-item-lost",
                &[
                    ("share", share),
                    ("why", w.text(&format!("playtest-lost-{why}"), &[])),
                ],
            ),
            ItemEnd::Other(fate) => w.text(
                "playtest-item-other",
                &[("fate", w.text(&format!("fate-{fate}"), &[])), ("share", share)],
            ),
        }
    }
}

/// A share in percent to one decimal, with the language's decimal mark
/// (`67.5` in English, `67,5` in French).
fn percent(w: &Words, n: usize, of: usize) -> String {
    let tenths = (n * 1000).checked_div(of).unwrap_or(0);
    w.text(
        "playtest-percent",
        &[
            ("whole", (tenths / 10).to_string()),
            ("tenth", (tenths % 10).to_string()),
        ],
    )
}

fn to_text(shown: &Shown, plan: &Plan, summaries: &[ProfileSummary]) -> String {
    let (w, scenario) = (shown.words, shown.scenario);
    let mut out = String::new();
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    line(w.counted(
        "playtest-heading",
        &[
            ("scenario", scenario.id.clone()),
            ("first", plan.first_seed.to_string()),
            ("last", plan.seed(plan.runs - 1).to_string()),
            ("until", w.time(plan.until)),
        ],
        &[("runs", plan.runs as usize)],
    ));
    line(w.text("playtest-win-defined", &[]));
    let max_score: u32 = scenario.objectives.iter().map(|o| o.points).sum();
    for s in summaries {
        line(String::new());
        let band = match s.band {
            Some((low, high)) => {
                let id = if s.in_band() == Some(true) {
                    "playtest-band-inside"
                } else {
                    "playtest-band-outside"
                };
                w.text(id, &[("low", low.to_string()), ("high", high.to_string())])
            }
            None => w.text("playtest-no-band", &[]),
        };
        line(w.counted(
            "playtest-profile",
            &[
                ("profile", s.skill.name().to_string()),
                ("rate", percent(w, s.wins, s.runs)),
                ("band", band),
            ],
            &[("wins", s.wins), ("runs", s.runs)],
        ));
        if let Some(score) = &s.score {
            line(w.text(
                "playtest-score",
                &[
                    ("max", max_score.to_string()),
                    ("min", score.min.to_string()),
                    ("p10", score.p10.to_string()),
                    ("median", score.median.to_string()),
                    ("p90", score.p90.to_string()),
                    ("max_seen", score.max.to_string()),
                ],
            ));
        }
        line(w.text("playtest-objectives", &[]));
        for (o, (met, when)) in s.objectives.iter().enumerate() {
            let [p10, median, p90] = shown.spread_times(when);
            let mut text = w.text(
                "playtest-objective",
                &[
                    ("met", percent(w, *met, s.runs)),
                    ("when", format!("{p10} / {median} / {p90}")),
                ],
            );
            if let Some(m) = &s.objective_margins[o] {
                let margin = [
                    ("margin", w.duration(Duration(m.median))),
                    ("least", w.duration(Duration(m.min))),
                ];
                let separator = w.text("playtest-separator", &[]);
                text = format!("{text}{separator}{}", w.text("playtest-deadline-margin", &margin));
            }
            line(format!("  {:<28} {text}", scenario.objectives[o].id));
            if s.misses[o].runs > 0 {
                line(format!("      {}", shown.misses(o, &s.misses[o])));
            }
        }
        line(w.text("playtest-evidence", &[]));
        for (i, (ends, margin)) in s.evidence.iter().enumerate() {
            let mut parts: Vec<String> = ends
                .iter()
                .map(|(&end, &n)| shown.item_end(end, percent(w, n, s.runs)))
                .collect();
            // An item another State obtained for itself is not evidence for
            // a team's objective: say for whom, unless it was only ever the
            // one team's.
            let for_others = s.produced_for[i].keys().any(|&j| {
                let code = &scenario.jurisdictions[j].code;
                !scenario.teams.iter().any(|t| &t.jurisdiction == code)
            });
            if !s.produced_for[i].is_empty() && (scenario.teams.len() > 1 || for_others) {
                let states = s.produced_for[i]
                    .iter()
                    .map(|(&j, &n)| {
                        w.text(
                            "playtest-state-share",
                            &[
                                ("state", scenario.jurisdictions[j].code.clone()),
                                ("share", percent(w, n, s.runs)),
                            ],
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", ");
                parts.push(w.text("playtest-produced-for", &[("states", states)]));
            }
            if let Some(m) = margin {
                parts.push(w.text(
                    "playtest-margin",
                    &[
                        ("margin", w.duration(Duration(m.median))),
                        ("least", w.duration(Duration(m.min))),
                    ],
                ));
            }
            let separator = w.text("playtest-separator", &[]);
            line(format!(
                "  {:<28} {}",
                scenario.evidence[i].id,
                parts.join(&separator)
            ));
        }
        if let Some(first) = &s.first_preservation {
            line(w.text(
                "playtest-first-preservation",
                &[
                    ("p10", shown.time(first.p10)),
                    ("median", shown.time(first.median)),
                    ("p90", shown.time(first.p90)),
                ],
            ));
        }
        if s.never_preserved > 0 {
            line(w.counted("playtest-never-preserved", &[], &[("runs", s.never_preserved)]));
        }
        if s.refusals.is_empty() {
            line(w.text("playtest-no-refusals", &[]));
        } else {
            line(w.text("playtest-refusals", &[]));
            for (code, (count, runs)) in &s.refusals {
                line(format!(
                    "  {}",
                    w.counted(
                        "playtest-refusal",
                        &[("reason", shown.reason(code, s.refusal_examples.get(code)))],
                        &[("count", *count as usize), ("runs", (*runs))],
                    )
                ));
            }
        }
        if !s.injects_never_fired.is_empty() {
            let ids = s
                .injects_never_fired
                .iter()
                .map(|&i| scenario.injects[i].id.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            line(w.text("playtest-injects-never", &[("injects", ids)]));
        }
        if !s.objectives_never_met.is_empty() {
            let ids = s
                .objectives_never_met
                .iter()
                .map(|&o| scenario.objectives[o].id.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            line(w.text("playtest-objectives-never", &[("objectives", ids)]));
        }
        if s.dead_ends == 0 {
            line(w.text("playtest-no-dead-ends", &[]));
        } else {
            let [p10, median, p90] = shown.spread_times(&s.dead_end_at);
            let items = s
                .dead_end_items
                .iter()
                .map(|(&i, &n)| format!("{} ({n})", scenario.evidence[i].id))
                .collect::<Vec<_>>()
                .join(", ");
            line(w.counted(
                "playtest-dead-ends",
                &[("p10", p10), ("median", median), ("p90", p90), ("items", items)],
                &[("runs", s.dead_ends)],
            ));
        }
        for (which, (seed, score)) in [
            ("playtest-worst", s.worst),
            ("playtest-median", s.median),
            ("playtest-best", s.best),
        ] {
            line(w.text(
                "playtest-reproduce",
                &[
                    ("which", w.text(which, &[])),
                    ("seed", seed.to_string()),
                    ("score", score.to_string()),
                    ("command", shown.reproduce(s.skill, seed)),
                ],
            ));
        }
    }
    if summaries.len() > 1 {
        let (objectives, injects) = playtest::never_anywhere(summaries);
        if !objectives.is_empty() || !injects.is_empty() {
            line(String::new());
        }
        if !objectives.is_empty() {
            let ids = objectives
                .iter()
                .map(|&o| scenario.objectives[o].id.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            line(w.text("playtest-all-never-met", &[("objectives", ids)]));
        }
        if !injects.is_empty() {
            let ids = injects
                .iter()
                .map(|&i| scenario.injects[i].id.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            line(w.text("playtest-all-never-fired", &[("injects", ids)]));
        }
    }
    out
}

fn spread_json(spread: &Option<Spread>) -> Value {
    match spread {
        Some(s) => {
            json!({"count": s.count, "min": s.min, "p10": s.p10, "median": s.median, "p90": s.p90, "max": s.max})
        }
        None => Value::Null,
    }
}

/// The summary as JSON: stable field names, keys sorted (serde_json's maps
/// are ordered by key), times in minutes since the start.
fn to_json(shown: &Shown, plan: &Plan, summaries: &[ProfileSummary]) -> Value {
    let scenario = shown.scenario;
    let profiles: Vec<Value> = summaries
        .iter()
        .map(|s| {
            let objectives: Vec<Value> = s
                .objectives
                .iter()
                .enumerate()
                .map(|(o, (met, when))| {
                    let misses = &s.misses[o];
                    let parts = playtest::parts(&scenario.objectives[o].when);
                    let failed_parts: Vec<Value> = misses
                        .failed_parts
                        .iter()
                        .map(|(&k, &n)| json!({"condition": playtest::written(&parts[k]), "runs": n}))
                        .collect();
                    let lost_items: Vec<Value> = misses
                        .lost_items
                        .iter()
                        .map(|(&i, lost)| {
                            json!({"item": scenario.evidence[i].id, "runs": lost.count,
                                   "lost_minutes": spread_json(&Some(lost.clone()))})
                        })
                        .collect();
                    json!({"id": scenario.objectives[o].id, "met_runs": met, "met_minutes": spread_json(when),
                           "deadline_margin_minutes": spread_json(&s.objective_margins[o]),
                           "missed_runs": misses.runs, "too_late_runs": misses.too_late,
                           "too_late_minutes": spread_json(&misses.late_by),
                           "unmet_runs": misses.unmet, "failed_parts": failed_parts,
                           "impossible_runs": misses.impossible, "lost_items": lost_items})
                })
                .collect();
            let evidence: Vec<Value> = s
                .evidence
                .iter()
                .enumerate()
                .map(|(i, (ends, margin))| {
                    let mut lost = serde_json::Map::new();
                    let (mut produced, mut intelligence) = (0, 0);
                    let mut other = serde_json::Map::new();
                    for (&end, &n) in ends {
                        match end {
                            ItemEnd::Produced => produced += n,
                            ItemEnd::IntelligenceOnly => intelligence += n,
                            ItemEnd::Lost(why) => {
                                lost.insert(why.to_string(), json!(n));
                            }
                            ItemEnd::Other(fate) => {
                                other.insert(fate.to_string(), json!(n));
                            }
                        }
                    }
                    let produced_for: serde_json::Map<String, Value> = s.produced_for[i]
                        .iter()
                        .map(|(&j, &n)| (scenario.jurisdictions[j].code.clone(), json!(n)))
                        .collect();
                    json!({"id": scenario.evidence[i].id, "produced_runs": produced,
                           "produced_for_runs": produced_for,
                           "intelligence_only_runs": intelligence, "lost_runs": lost,
                           "other_runs": other, "margin_minutes": spread_json(margin)})
                })
                .collect();
            let refusals: serde_json::Map<String, Value> = s
                .refusals
                .iter()
                .map(|(code, (count, runs))| {
                    let example = shown.reason(code, s.refusal_examples.get(code));
                    (code.to_string(), json!({"count": count, "runs": runs, "example": example}))
                })
                .collect();
            let reproduce = |(seed, score): (u64, u32)| {
                json!({"seed": seed, "score": score, "profile": s.skill.name(),
                       "command": shown.reproduce(s.skill, seed)})
            };
            json!({
                "profile": s.skill.name(),
                "runs": s.runs,
                "wins": s.wins,
                "win_percent": s.win_percent(),
                "band": s.band.map(|(low, high)| json!({"low": low, "high": high, "inside": s.in_band()})),
                "score": spread_json(&s.score),
                "objectives": objectives,
                "evidence": evidence,
                "first_preservation_minutes": spread_json(&s.first_preservation),
                "never_preserved_runs": s.never_preserved,
                "refusals": refusals,
                "injects_never_fired": s.injects_never_fired.iter().map(|&i| &scenario.injects[i].id).collect::<Vec<_>>(),
                "objectives_never_met": s.objectives_never_met.iter().map(|&o| &scenario.objectives[o].id).collect::<Vec<_>>(),
                "dead_end_runs": s.dead_ends,
                "dead_end_minutes": spread_json(&s.dead_end_at),
                "dead_end_items": s.dead_end_items.iter().map(|(&i, &n)| (scenario.evidence[i].id.clone(), json!(n))).collect::<serde_json::Map<_, _>>(),
                "worst_run": reproduce(s.worst),
                "median_run": reproduce(s.median),
                "best_run": reproduce(s.best),
            })
        })
        .collect();
    let (never_met, never_fired) = playtest::never_anywhere(summaries);
    json!({
        "scenario": scenario.id,
        "runs_per_profile": plan.runs,
        "first_seed": plan.first_seed,
        "until_minutes": plan.until.minutes(),
        "win": "every-objective-met",
        "profiles": profiles,
        "objectives_never_met": never_met.iter().map(|&o| &scenario.objectives[o].id).collect::<Vec<_>>(),
        "injects_never_fired": never_fired.iter().map(|&i| &scenario.injects[i].id).collect::<Vec<_>>(),
    })
}
