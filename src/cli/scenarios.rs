//! `cyberdrill scenarios`: the library (every exercise compiled into the
//! binary, `scenario::library`) as a table for people, 80 columns wide,
//! or as JSON: id, title, sectors, region, countries, seats, length and
//! languages, in English or French.
//!
//! Wiring only: which scenarios there are is the library's table; what is
//! listed of each is read off the checked scenario (its incidents'
//! sectors, its jurisdictions, the seats `play` offers, its end, its
//! languages); the words are `assets/locales/<lang>/shell.ftl` and
//! `terms.ftl`. It never decides anything about an exercise.

use std::io::Write;
use std::process::ExitCode;

use serde_json::json;

use crate::scenario::library::{self, Entry};
use crate::scenario::model::{Scenario, Sector};
use crate::sim::Participant;
use crate::terminal::{json_escaped, printable};
use crate::time::Duration;
use crate::words::{Lang, Words, key_of};

/// The width the table fits in: a terminal's default.
const WIDTH: usize = 80;

/// The id column's width at most: a longer id has its title on the next line.
const ID_COLUMN_MAX: usize = 28;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// A table for people, 80 columns wide.
    #[default]
    Table,
    /// One JSON object: `scenarios`, a list of {id, path, title, sectors,
    /// region, countries, seats, length, length_minutes, languages}.
    Json,
}

#[derive(Debug, Default, clap::Args)]
pub struct ScenariosArgs {
    /// Language of the titles, regions and headings: en or fr.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<Lang>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// What the library says of one scenario, read off the checked scenario.
struct Listed {
    entry: &'static Entry,
    scenario: Scenario,
    /// Distinct, in the order of the model's `Sector`.
    sectors: Vec<Sector>,
    seats: Vec<Participant>,
    /// `end.after`, or what `run` runs when the scenario ends by a
    /// condition only.
    length: Duration,
}

impl Listed {
    fn of(entry: &'static Entry, scenario: Scenario) -> Listed {
        let mut sectors: Vec<Sector> = scenario.incidents.iter().map(|i| i.sector).collect();
        sectors.sort();
        sectors.dedup();
        let seats = Participant::offered_seats(&scenario);
        let length = scenario.end.after.unwrap_or(super::run::DEFAULT_RUN);
        Listed {
            entry,
            scenario,
            sectors,
            seats,
            length,
        }
    }

    fn countries(&self) -> Vec<&str> {
        self.scenario
            .jurisdictions
            .iter()
            .map(|j| j.code.as_str())
            .collect()
    }

    fn region(&self, words: &Words) -> String {
        match &self.scenario.region {
            Some(region) => region.get(words.lang().code()).to_string(),
            None => words.text("scenarios-no-region", &[]),
        }
    }

    fn sector_names(&self, words: &Words) -> String {
        let names: Vec<String> = self.sectors.iter().map(|s| words.term_of("sector", s)).collect();
        names.join(&words.text("list-comma", &[]))
    }
}

pub fn execute(args: ScenariosArgs) -> ExitCode {
    let words = Words::new(args.lang.unwrap_or(Lang::En));
    let mut listed = Vec::new();
    let mut broken = false;
    for entry in library::SCENARIOS {
        // Every library scenario checks clean (a test); were one not to,
        // the others are still listed and its errors said.
        match entry.check().into_scenario() {
            Ok(scenario) => listed.push(Listed::of(entry, scenario)),
            Err(diagnostics) => {
                eprintln!("{}", diagnostics.to_text(&words));
                broken = true;
            }
        }
    }
    // A closed stdout (`cyberdrill scenarios | head`) ends the printing quietly.
    let mut out = std::io::stdout().lock();
    let _ = match args.format {
        Format::Table => out.write_all(printable(&table(&listed, &words)).as_bytes()),
        Format::Json => writeln!(out, "{}", json_escaped(&json(&listed, &words).to_string())),
    };
    if broken {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn json(listed: &[Listed], words: &Words) -> serde_json::Value {
    let lang = words.lang().code();
    let scenarios: Vec<serde_json::Value> = listed
        .iter()
        .map(|l| {
            json!({
                "id": l.entry.id,
                "path": l.entry.path,
                "title": l.scenario.title.get(lang),
                "sectors": l.sectors.iter().map(key_of).collect::<Vec<_>>(),
                "region": l.scenario.region.as_ref().map(|r| r.get(lang)),
                "countries": l.countries(),
                "seats": l.seats.iter().map(Participant::to_string).collect::<Vec<_>>(),
                "length": l.length.to_string(),
                "length_minutes": l.length.as_minutes(),
                "languages": l.scenario.languages,
            })
        })
        .collect();
    json!({ "scenarios": scenarios })
}

/// The library as a table 80 columns wide: the id, and beside it three
/// lines (the title, wrapped; the sectors and region; the countries,
/// seats, length and languages), under headings that name them.
fn table(listed: &[Listed], words: &Words) -> String {
    let id_width = listed
        .iter()
        .map(|l| l.entry.id.chars().count())
        .filter(|&n| n <= ID_COLUMN_MAX)
        .chain([words.text("scenarios-heading-id", &[]).chars().count()])
        .max()
        .unwrap_or(0);
    let text_width = WIDTH - id_width - 2;
    let mut out = String::new();
    let mut row = |id: &str, lines: Vec<String>| {
        let mut first = true;
        if id.chars().count() > id_width {
            out.push_str(id);
            out.push('\n');
            first = false;
        }
        for line in lines {
            let left = if first { id } else { "" };
            let pad = id_width - left.chars().count();
            out.push_str(format!("{left}{:pad$}  {line}", "").trim_end());
            out.push('\n');
            first = false;
        }
    };
    let heading = |id: &str| words.text(id, &[]);
    row(
        &heading("scenarios-heading-id"),
        vec![
            heading("scenarios-heading-title"),
            heading("scenarios-heading-setting"),
            heading("scenarios-heading-facts"),
        ],
    );
    row("", vec!["─".repeat(text_width)]);
    let dot = " · ";
    for l in listed {
        let mut lines = wrap(l.scenario.title.get(words.lang().code()), text_width);
        lines.extend(pack(&[l.sector_names(words), l.region(words)], dot, text_width));
        let seats = words.text("scenarios-seats", &[("count", l.seats.len().to_string())]);
        let facts = [
            l.countries().join(" "),
            seats,
            words.duration(l.length),
            l.scenario.languages.join(" "),
        ];
        lines.extend(pack(&facts, dot, text_width));
        row(l.entry.id, lines);
        row("", vec![String::new()]);
    }
    let count = words.text("scenarios-count", &[("count", listed.len().to_string())]);
    out.extend(wrap(&count, WIDTH).into_iter().map(|line| line + "\n"));
    out
}

/// Parts joined by `separator` on as few lines of at most `width`
/// characters as they fit; a part longer than a line is wrapped on its own.
fn pack(parts: &[String], separator: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for part in parts.iter().filter(|p| !p.is_empty()) {
        let joined = current.chars().count() + separator.chars().count() + part.chars().count();
        if current.is_empty() {
            current = part.clone();
        } else if joined <= width {
            current.push_str(separator);
            current.push_str(part);
        } else {
            lines.push(std::mem::take(&mut current));
            current = part.clone();
        }
        if current.chars().count() > width {
            let mut wrapped = wrap(&current, width);
            current = wrapped.pop().unwrap_or_default();
            lines.extend(wrapped);
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

/// `text` in lines of at most `width` characters, broken at spaces; a word
/// longer than a line is cut.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        while word.len() > width {
            if !current.is_empty() {
                lines.push(std::mem::take(&mut current));
            }
            lines.push(word.drain(..width).collect());
        }
        let word: String = word.into_iter().collect();
        let length = current.chars().count();
        if length > 0 && length + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(&word);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_and_cuts_only_longer_words() {
        assert_eq!(wrap("a bb ccc dddd", 6), ["a bb", "ccc", "dddd"]);
        assert_eq!(wrap("abcdefgh ij", 3), ["abc", "def", "gh", "ij"]);
        assert_eq!(wrap("", 5), Vec::<String>::new());
    }

    #[test]
    fn packs_parts_on_as_few_lines_as_fit() {
        let parts = ["VL BR".to_string(), "3 seats".into(), "14d".into()];
        assert_eq!(pack(&parts, " · ", 20), ["VL BR · 3 seats", "14d"]);
        assert_eq!(pack(&parts, " · ", 80), ["VL BR · 3 seats · 14d"]);
    }

    /// Every sector has its words in every language: the library lists
    /// sectors no shipped scenario uses yet.
    #[test]
    fn every_sector_has_its_words() {
        // The match fails to compile when a sector is added, until it is
        // listed here too.
        let every = [
            Sector::Health,
            Sector::Energy,
            Sector::Water,
            Sector::Transport,
            Sector::Telecom,
            Sector::Finance,
            Sector::Government,
            Sector::Elections,
            Sector::Individuals,
        ];
        for sector in every {
            match sector {
                Sector::Health
                | Sector::Energy
                | Sector::Water
                | Sector::Transport
                | Sector::Telecom
                | Sector::Finance
                | Sector::Government
                | Sector::Elections
                | Sector::Individuals => {}
            }
            for lang in Lang::ALL {
                let id = format!("sector-{}", key_of(&sector));
                let said = Words::new(lang).try_format(&id, None);
                assert!(said.is_ok_and(|w| !w.is_empty()), "{lang:?}: {id}");
            }
        }
    }

    #[test]
    fn every_line_of_the_table_fits_80_columns_in_every_language() {
        for lang in Lang::ALL {
            let words = Words::new(lang);
            let listed: Vec<Listed> = library::SCENARIOS
                .iter()
                .map(|e| Listed::of(e, e.check().into_scenario().unwrap()))
                .collect();
            for line in table(&listed, &words).lines() {
                assert!(line.chars().count() <= WIDTH, "{lang:?}: {line}");
            }
        }
    }
}
