//! `cyberdrill instruments`: the law table (every instrument, its article,
//! who may use it, its channel, conditions and timings) in plain text or
//! Markdown (`docs/LAW.md`), in English or French; with `--between A B`,
//! which instruments exist between two jurisdictions of a scenario and on
//! what basis, or why not. Wiring only: the table is `law::table`, its
//! words `words::law`.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::scenario::model::LawParameters;
use crate::words::law::Pair;
use crate::words::{Lang, Words};

#[derive(Debug, Default, clap::Args)]
pub struct InstrumentsArgs {
    /// Language: en or fr.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<Lang>,
    /// Two jurisdiction codes of the scenario (`--between VL BR`): say,
    /// for each instrument, whether it exists from the first to the
    /// second, on what basis, or why not.
    #[arg(long, num_args = 2, value_names = ["FROM", "TO"])]
    pub between: Option<Vec<String>>,
    /// Scenario file (or library id) whose jurisdictions and law
    /// parameters to use; the built-in default scenario and the treaty
    /// defaults when omitted.
    #[arg(long, value_name = "FILE")]
    pub scenario: Option<PathBuf>,
    /// Markdown instead of plain text (`docs/LAW.md` is the English one).
    #[arg(long)]
    pub markdown: bool,
}

pub fn execute(args: InstrumentsArgs) -> ExitCode {
    let scenario = match super::run::load_scenario(args.scenario.as_deref(), args.lang) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let lang = args.lang.unwrap_or(Lang::En);
    let words = Words::new(lang);
    // The treaty values unless a scenario of the user's own sets others.
    let law = if args.scenario.is_some() {
        scenario.law.clone()
    } else {
        LawParameters::default()
    };
    let mut pair = None;
    if let Some(codes) = &args.between {
        let index = |code: &String| scenario.jurisdictions.iter().position(|j| &j.code == code);
        let known = || {
            let codes: Vec<&str> = scenario.jurisdictions.iter().map(|j| j.code.as_str()).collect();
            codes.join(", ")
        };
        let mut found = Vec::new();
        for code in codes {
            match index(code) {
                Some(j) => found.push(j),
                None => {
                    eprintln!(
                        "cyberdrill: {}",
                        words.text(
                            "instruments-no-such-jurisdiction",
                            &[("code", code.clone()), ("codes", known())]
                        )
                    );
                    return ExitCode::from(2);
                }
            }
        }
        pair = Some(Pair {
            scenario: &scenario,
            from: found[0],
            to: found[1],
        });
    }
    let table = words.law_table(&law, &scenario.jurisdictions[0], pair);
    if args.markdown {
        print!("{}", table.markdown(&words.text("instruments-generated", &[])));
    } else {
        print!("{}", table.plain());
    }
    ExitCode::SUCCESS
}
