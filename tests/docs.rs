//! The documentation that is generated from the code, or checked against
//! it, so that it cannot drift: the instrument table in docs/ACTIONS.md is
//! rendered from `law::rule`, every action and request field is described
//! there, and every example action line in it parses.
//!
//! When the law table changes, regenerate the block with
//! `UPDATE_DOCS=1 cargo test --test docs` and review the diff.

mod common;

use std::path::{Path, PathBuf};

use cyberdrill::journal;
use cyberdrill::law::{self, ALL_INSTRUMENTS, Channel, Covers, RequestField, Yields};
use cyberdrill::scenario::model::Instrument;
use cyberdrill::sim::Action;
use cyberdrill::sim::types::role_word;
use cyberdrill::words::{Lang, Words};

const BEGIN: &str =
    "<!-- instruments:begin (generated from law::rule; UPDATE_DOCS=1 cargo test --test docs) -->";
const END: &str = "<!-- instruments:end -->";

fn actions_md() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/ACTIONS.md")
}

fn channel_words(channel: Channel) -> &'static str {
    match channel {
        Channel::DomesticProvider => "a provider at home",
        Channel::Foreign247 => "the requested side's 24/7 desk",
        Channel::CentralAuthorities => "central authority to central authority",
        Channel::ForeignProvider => "a provider abroad, directly",
        Channel::ForeignJudicialAuthority => "the requested judicial authority, directly",
        Channel::Csirt => "own CSIRT, to the other CSIRT, to its police",
        Channel::Fiu => "own FIU, to the FIU where the funds are",
        Channel::Interpol => "own INTERPOL NCB, to INTERPOL, to every member",
        Channel::ForeignProsecutor => "the partner's prosecutors, directly (joint investigation team)",
        Channel::None => "none (`LookUp`, not `Draft`)",
        Channel::ConsentingPerson => "the person who consents, at once",
        Channel::Eurojust => "own national desk at Eurojust, to the other State's national member",
        Channel::Europol => "own Europol National Unit, over SIENA, Europol cross-checking",
    }
}

fn yields_words(yields: Yields) -> &'static str {
    match yields {
        Yields::Preservation => "preservation",
        Yields::Intelligence => "intelligence (not evidence)",
        Yields::Evidence => "evidence",
        Yields::PublicInformation => "public information",
        Yields::InformsOnly => "informs only",
        Yields::Freeze => "a freeze of funds",
        Yields::RedNotice => "a red notice",
        Yields::Surrender => "the suspect surrendered, or prosecuted there (Art. 24(6))",
        Yields::Agreement => "a joint investigation team, once agreed",
        Yields::Testimony => "a hearing by video conference: testimony, not data",
        Yields::Trace => "financial intelligence: leads (not evidence)",
        Yields::Coordination => "a coordination meeting: agreed pace for MLA between the two",
        Yields::CrossMatch => "leads delivered and cross-checked (intelligence)",
    }
}

fn field_words(field: RequestField) -> String {
    match field {
        RequestField::Signature => "Signature (by `Sign`)".to_string(),
        RequestField::Translation => "Translation (when the requested side requires it)".to_string(),
        other => format!("{other:?}"),
    }
}

/// The instrument table, one row per instrument in `ALL_INSTRUMENTS` order.
fn instrument_table() -> String {
    let mut out = String::from(
        "| Instrument | Article | Sent by | Channel | Must state | Data it reaches | Emergency only | Yields | Notes |\n\
         |---|---|---|---|---|---|---|---|---|\n",
    );
    let english = Words::new(Lang::En);
    for instrument in ALL_INSTRUMENTS {
        let rule = law::rule(instrument);
        let senders: Vec<String> = rule
            .senders
            .iter()
            .map(|r| format!("`{}`", role_word(*r)))
            .collect();
        let required: Vec<String> = rule.required.iter().map(|f| field_words(*f)).collect();
        let covers = match rule.covers {
            _ if rule.yields == Yields::Surrender => "none: names one located suspect".to_string(),
            Covers::Any => "any".to_string(),
            Covers::Only(categories) => categories
                .iter()
                .map(|c| english.term_of("category", c))
                .collect::<Vec<_>>()
                .join(", "),
        };
        let mut notes = Vec::new();
        if rule.court_order {
            notes.push("court order: the prosecutor applies, a judge signs");
        }
        if rule.dual_criminality {
            notes.push("dual criminality checked by the requested side");
        }
        match rule.urgency {
            law::Urgency::NotNeeded => {}
            law::Urgency::DataAtRisk => notes.push("only for data vulnerable to loss"),
            law::Urgency::RiskOrDataAtRisk => {
                notes.push("only in urgency: a known risk to life or data vulnerable to loss")
            }
        }
        if let Some(within) = rule.within {
            notes.push(match within {
                Instrument::Preservation247 => {
                    "not drafted: the requested desk discloses it while executing `Preservation247` (`DisclosePath` for a desk played by a person)"
                }
                _ => "not drafted: part of another instrument's execution",
            });
        }
        if rule.provider_may_decline {
            notes.push("the provider may decline");
        }
        if rule.discloses_path {
            notes.push("discloses the providers in the path as leads");
        }
        if rule.reaches_connected_systems {
            notes.push("extends to connected systems at home (`reachable_from`)");
        }
        if rule.channel == Channel::ConsentingPerson {
            notes.push("someone who can consent must be known (`consent_by`)");
        }
        if rule.real_time {
            notes.push("collects data created after the order, in real time");
        }
        if rule.serious_offences_only {
            notes.push("serious offences only (the intercepting State's `serious_offences`, else `law.serious_offences`)");
        }
        if rule.yields == Yields::Surrender {
            notes.push("an offence of Arts 2-11 punishable by at least one year (`law: (extradition_threshold: ...)`)");
        }
        if rule.needs_joint_team {
            notes.push("only once a joint investigation team with the requested side is set up");
        }
        if rule.holders.is_some() {
            notes.push("addressed to domain name registrars only");
        }
        if law::refused_when_incomplete(instrument) && rule.channel != Channel::None {
            notes.push("refused at `Send` if incomplete");
        }
        let row = [
            format!("`{instrument:?}`"),
            english.term_of("article", &instrument),
            senders.join(", "),
            channel_words(rule.channel).to_string(),
            if required.is_empty() {
                "nothing".to_string()
            } else {
                required.join(", ")
            },
            covers.to_string(),
            if rule.needs_emergency { "yes" } else { "no" }.to_string(),
            yields_words(rule.yields).to_string(),
            notes.join("; "),
        ];
        out.push_str(&format!("| {} |\n", row.join(" | ")));
    }
    out
}

#[test]
fn the_instrument_table_is_generated_from_the_law() {
    let path = actions_md();
    let text = std::fs::read_to_string(&path).expect("docs/ACTIONS.md exists");
    let (Some(begin), Some(end)) = (text.find(BEGIN), text.find(END)) else {
        panic!("docs/ACTIONS.md has lost its markers:\n{BEGIN}\n...\n{END}");
    };
    assert!(begin < end, "the markers in docs/ACTIONS.md are out of order");
    let current = &text[begin + BEGIN.len()..end];
    let wanted = format!("\n{}", instrument_table());
    if current == wanted {
        return;
    }
    if std::env::var_os("UPDATE_DOCS").is_some() {
        let updated = format!("{}{wanted}{}", &text[..begin + BEGIN.len()], &text[end..]);
        std::fs::write(&path, updated).expect("docs/ACTIONS.md is writable");
        return;
    }
    panic!(
        "the instrument table in docs/ACTIONS.md no longer matches law::rule.\n\
         Regenerate it with `UPDATE_DOCS=1 cargo test --test docs` and review the diff.\n\
         Expected:\n{wanted}"
    );
}

/// Every action's name. When a new action stops [`action_name`] compiling,
/// add it there and here, and describe it in docs/ACTIONS.md.
const ACTIONS: [&str; 21] = [
    "Examine",
    "LookUp",
    "Draft",
    "Amend",
    "Sign",
    "Send",
    "Forward",
    "Comply",
    "SendBack",
    "Decline",
    "DisclosePath",
    "Answer",
    "Renew",
    "Withdraw",
    "Pause",
    "Resume",
    "SetSpeed",
    "Jump",
    "FireInject",
    "Annotate",
    "Read",
];

/// Every action's name, by a match that stops compiling when one is added.
fn action_name(action: &Action) -> &'static str {
    match action {
        Action::Examine { .. } => "Examine",
        Action::LookUp { .. } => "LookUp",
        Action::Draft { .. } => "Draft",
        Action::Amend { .. } => "Amend",
        Action::Sign { .. } => "Sign",
        Action::Send { .. } => "Send",
        Action::Forward { .. } => "Forward",
        Action::Comply { .. } => "Comply",
        Action::SendBack { .. } => "SendBack",
        Action::Decline { .. } => "Decline",
        Action::DisclosePath { .. } => "DisclosePath",
        Action::Answer { .. } => "Answer",
        Action::Renew { .. } => "Renew",
        Action::Withdraw { .. } => "Withdraw",
        Action::Pause => "Pause",
        Action::Resume => "Resume",
        Action::SetSpeed { .. } => "SetSpeed",
        Action::Jump { .. } => "Jump",
        Action::FireInject { .. } => "FireInject",
        Action::Annotate { .. } => "Annotate",
        Action::Read { .. } => "Read",
    }
}

/// Where the law asks for each element, as the field table cites it.
fn citation(field: RequestField) -> &'static str {
    match field {
        RequestField::RequestingAuthority => "Art. 29(2)(a)",
        RequestField::OffenceAndFacts => "Art. 29(2)(b)",
        RequestField::DataAndRelation => "Art. 29(2)(c)",
        RequestField::CustodianLocation => "Art. 29(2)(d)",
        RequestField::Necessity => "Art. 29(2)(e)",
        RequestField::MlaToFollow => "Art. 29(2)(f)",
        RequestField::AssistanceSought => "Art. 31(1)",
        RequestField::LegalBasis => "legal basis",
        RequestField::Signature => "signature of the competent authority",
        RequestField::Translation => "translation",
        RequestField::EmergencyFacts => "CETS 224 Art. 3 on Arts 9 and 10; else the route's own provision",
        RequestField::Urgency => "Arts 25(3), 27(9), 31(3)",
        RequestField::FormalConfirmationToFollow => "Art. 25(3)",
        RequestField::CopyToCentralAuthority => "Art. 27(9)(a)",
        RequestField::PersonToBeHeard => "CETS 224 Art. 11",
    }
}

/// Every `SEQ dD HH:MM PARTICIPANT ACTION` line in a code block of the doc.
fn example_lines(text: &str) -> Vec<String> {
    let mut in_block = false;
    let mut lines = Vec::new();
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_block = !in_block;
            continue;
        }
        let mut words = line.split_whitespace();
        let looks_like_a_step = words.next().is_some_and(|w| w.parse::<u64>().is_ok())
            && words.next().is_some_and(|w| w.starts_with('d'));
        if in_block && looks_like_a_step {
            lines.push(line.trim().to_string());
        }
    }
    lines
}

#[test]
fn every_action_and_field_is_documented_and_every_example_parses() {
    let text = std::fs::read_to_string(actions_md()).expect("docs/ACTIONS.md exists");
    for field in common::every_field() {
        let row = format!("| `{field:?}` | {} |", citation(field));
        assert!(
            text.contains(&row),
            "docs/ACTIONS.md must describe the request field {field:?} in a row starting `{row}`"
        );
    }
    let examples = example_lines(&text);
    let mut shown = std::collections::BTreeSet::new();
    for line in &examples {
        // Each example on its own, as step 1 of an actions file.
        let (_, rest) = line.split_once(' ').unwrap();
        let parsed = journal::parse(&format!("1 {rest}\n"))
            .unwrap_or_else(|e| panic!("the example `{line}` in docs/ACTIONS.md does not parse: {e}"));
        shown.insert(action_name(&parsed.entries[0].action));
    }
    for name in ACTIONS {
        assert!(
            text.contains(&format!("### `{name}`")),
            "docs/ACTIONS.md has no section `### `{name}``"
        );
        assert!(shown.contains(name), "docs/ACTIONS.md shows no example of {name}");
    }
}
