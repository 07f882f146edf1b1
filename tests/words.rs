//! The shell's words: every message the core can emit renders in every
//! language, the languages have the same messages with the same
//! variables, and the English renderer says what the core means.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use cyberdrill::law::{ALL_INSTRUMENTS, Basis};
use cyberdrill::scenario::load;
use cyberdrill::scenario::model::{DataCategory, Offence, ProviderKind, Role};
use cyberdrill::sim::event::{Actor, Clause, Deletion, Event, LeadSource, RequestResult};
use cyberdrill::sim::refusal::{Done, Refusal, Rejecter};
use cyberdrill::sim::view::{Deadline, Fate, RequestStatus, Told, Truth};
use cyberdrill::sim::{Arg, Message};
use cyberdrill::words::{Lang, Words};
use fluent_syntax::ast;

/// A message as data: its kind (for failures), code and arguments.
type Sample = (&'static str, String, Vec<(&'static str, Arg)>);

/// Every message of every kind the core emits, one per variant.
fn every_message() -> Vec<Sample> {
    fn all<M: Message>(kind: &'static str, list: Vec<M>) -> Vec<Sample> {
        list.into_iter()
            .map(|m| (kind, m.code().to_string(), m.args()))
            .collect()
    }
    let mut out = Vec::new();
    out.extend(all("actor", Actor::examples()));
    out.extend(all("event", Event::examples()));
    out.extend(all("lead source", LeadSource::examples()));
    out.extend(all("result", RequestResult::examples()));
    out.extend(all("clause", Clause::examples()));
    out.extend(all("deletion", Deletion::examples()));
    out.extend(all("refusal", Refusal::examples()));
    out.extend(all("rejecter", Rejecter::examples()));
    out.extend(all("outcome", Done::examples()));
    out.extend(all("status", RequestStatus::examples()));
    out.extend(all("told", Told::examples()));
    out.extend(all("truth", Truth::examples()));
    out.extend(all("deadline", Deadline::examples()));
    out
}

/// Each enum below, every variant: the `match` fails to compile when a
/// variant is added and not listed, so no term can be forgotten.
fn roles() -> Vec<Role> {
    let all = vec![
        Role::Investigator,
        Role::Prosecutor,
        Role::Contact247,
        Role::Trainer,
        Role::Liaison,
    ];
    for r in &all {
        match r {
            Role::Investigator | Role::Prosecutor | Role::Contact247 | Role::Trainer | Role::Liaison => {}
        }
    }
    all
}

fn offences() -> Vec<Offence> {
    use Offence as O;
    let all = vec![
        O::IllegalAccess,
        O::IllegalInterception,
        O::DataInterference,
        O::SystemInterference,
        O::MisuseOfDevices,
        O::ComputerForgery,
        O::ComputerFraud,
        O::ChildSexualAbuseMaterial,
        O::CopyrightInfringement,
        O::Extortion,
        O::MoneyLaundering,
        O::Threats,
        O::Fraud,
        O::Attempt,
        O::AidingOrAbetting,
        O::Homicide,
        O::ChildAbduction,
    ];
    for o in &all {
        match o {
            O::IllegalAccess
            | O::IllegalInterception
            | O::DataInterference
            | O::SystemInterference
            | O::MisuseOfDevices
            | O::ComputerForgery
            | O::ComputerFraud
            | O::ChildSexualAbuseMaterial
            | O::CopyrightInfringement
            | O::Extortion
            | O::MoneyLaundering
            | O::Threats
            | O::Fraud
            | O::Attempt
            | O::AidingOrAbetting
            | O::Homicide
            | O::ChildAbduction => {}
        }
    }
    all
}

fn categories() -> Vec<DataCategory> {
    use DataCategory as C;
    let all = vec![
        C::SubscriberInfo,
        C::TrafficData,
        C::Content,
        C::NetFlow,
        C::ServerImage,
        C::KycRecords,
        C::RegistrationData,
        C::LocationData,
        C::CctvFootage,
    ];
    for c in &all {
        match c {
            C::SubscriberInfo
            | C::TrafficData
            | C::Content
            | C::NetFlow
            | C::ServerImage
            | C::KycRecords
            | C::RegistrationData
            | C::LocationData
            | C::CctvFootage => {}
        }
    }
    all
}

fn provider_kinds() -> Vec<ProviderKind> {
    use ProviderKind as K;
    let all = vec![
        K::Isp,
        K::Hosting,
        K::Vps,
        K::Vpn,
        K::SocialNetwork,
        K::Email,
        K::Registrar,
        K::CryptoExchange,
        K::Cloud,
        K::MobileOperator,
        K::CctvOperator,
        K::ShipOperator,
        K::AircraftOperator,
    ];
    for k in &all {
        match k {
            K::Isp
            | K::Hosting
            | K::Vps
            | K::Vpn
            | K::SocialNetwork
            | K::Email
            | K::Registrar
            | K::CryptoExchange
            | K::Cloud
            | K::MobileOperator
            | K::CctvOperator
            | K::ShipOperator
            | K::AircraftOperator => {}
        }
    }
    all
}

/// Every term, as an argument, so rendering it exercises the lookup.
fn every_term() -> Vec<Arg> {
    let mut terms: Vec<Arg> = Vec::new();
    terms.extend(roles().into_iter().map(Arg::Role));
    terms.extend(ALL_INSTRUMENTS.into_iter().map(Arg::Instrument));
    terms.extend(ALL_INSTRUMENTS.into_iter().map(|i| Arg::Basis(Basis::Rule(i))));
    terms.extend(
        ALL_INSTRUMENTS
            .into_iter()
            .map(|i| Arg::Basis(Basis::UnConvention(i))),
    );
    terms.push(Arg::Basis(Basis::BilateralMla));
    terms.extend(common::every_field().into_iter().map(Arg::Field));
    terms.extend(offences().into_iter().map(Arg::Offence));
    terms.extend(categories().into_iter().map(Arg::Category));
    terms.extend(provider_kinds().into_iter().map(Arg::ProviderKind));
    terms
}

#[test]
fn every_message_and_term_renders_in_every_language() {
    // The default scenario names no suspect; the examples name suspect 0.
    let mut scenario = load::load_default();
    scenario.suspects.push(cyberdrill::scenario::model::Suspect {
        id: "operator".into(),
        text: cyberdrill::scenario::model::Text(
            [("en", "The operator"), ("fr", "L'opérateur")]
                .map(|(lang, text)| (lang.to_string(), text.to_string()))
                .into(),
        ),
        jurisdiction: scenario.jurisdictions[0].code.clone(),
        located_by: vec![],
        nationality: None,
    });
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        let words = Words::new(lang);
        for (kind, code, args) in every_message() {
            assert!(words.has(&code), "{}: no message `{code}` ({kind})", lang.code());
            match words.try_render(&scenario, &code, &args) {
                Ok(text) if !text.trim().is_empty() => {}
                other => failures.push(format!("{} {kind} {code}: {other:?}", lang.code())),
            }
        }
        for term in every_term() {
            // A term renders through its own message: a marker means it is missing.
            let one = render_one(&words, &scenario, &term);
            if one.is_empty() || one.contains('[') {
                failures.push(format!("{} term {term:?}: {one:?}", lang.code()));
            }
        }
        for fate in Fate::ALL {
            let code = format!("fate-{}", fate.code());
            assert!(words.has(&code), "{}: no `{code}`", lang.code());
        }
        for day in 1..=7 {
            assert!(
                words.has(&format!("weekday-{day}")),
                "{}: weekday {day}",
                lang.code()
            );
        }
    }
    assert!(
        failures.is_empty(),
        "messages that do not render:\n{}",
        failures.join("\n")
    );
}

/// A term on its own: a list of one is the term's words.
fn render_one(words: &Words, scenario: &cyberdrill::scenario::model::Scenario, term: &Arg) -> String {
    let list = Arg::List(vec![term.clone()], cyberdrill::sim::message::Joiner::Comma);
    words.render(scenario, "result-executed", &[("clauses", list)])
}

/// Message ids and, for each, the variables it uses, read from one
/// language's files.
fn messages_of(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (name, text) in lang.sources() {
        let resource = fluent_syntax::parser::parse(*text)
            .unwrap_or_else(|(_, errors)| panic!("{}/{name}: {errors:?}", lang.code()));
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    pattern_variables(pattern, &mut variables);
                }
                let id = message.id.name.to_string();
                assert!(
                    out.insert(id.clone(), variables).is_none(),
                    "{}/{name}: `{id}` twice",
                    lang.code()
                );
            }
        }
    }
    out
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[test]
fn every_language_has_the_same_messages_with_the_same_variables() {
    let english = messages_of(Lang::En);
    assert!(english.len() > 150, "only {} English messages?", english.len());
    for lang in Lang::ALL {
        let other = messages_of(lang);
        let missing: Vec<&String> = english.keys().filter(|id| !other.contains_key(*id)).collect();
        let extra: Vec<&String> = other.keys().filter(|id| !english.contains_key(*id)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
        assert!(
            extra.is_empty(),
            "{} has messages English lacks: {extra:?}",
            lang.code()
        );
        for (id, variables) in &english {
            assert_eq!(
                &other[id],
                variables,
                "{}: `{id}` uses other variables than English",
                lang.code()
            );
        }
    }
}

#[test]
fn every_code_the_core_emits_is_a_message_and_no_message_is_orphaned() {
    // Every code of a message enum is unique across enums (one id, one meaning).
    let mut seen = BTreeMap::new();
    for (kind, code, _) in every_message() {
        if let Some(other) = seen.insert(code.clone(), kind) {
            assert_eq!(other, kind, "`{code}` is both a {other} and a {kind}");
        }
    }
}

mod checker {
    //! What `cyberdrill check` says: every sentence a finding can carry
    //! renders in every language, and every message id the checker names
    //! is in the message files (and nothing there is left unused).

    use std::path::{Path, PathBuf};

    use cyberdrill::scenario::diagnostic::summary;
    use cyberdrill::scenario::{Said, Translate, check_path, load_path};

    use super::*;

    /// `tests/data/valid/minimal.ron`, in a copy of its folder layout
    /// where each case is written with one change.
    struct Workspace {
        dir: tempfile::TempDir,
        minimal: String,
    }

    impl Workspace {
        fn new() -> Workspace {
            let dir = tempfile::tempdir().unwrap();
            std::fs::create_dir_all(dir.path().join("fragments")).unwrap();
            std::fs::create_dir_all(dir.path().join("valid")).unwrap();
            let fragment = std::fs::read_to_string("tests/data/fragments/two-countries.ron").unwrap();
            std::fs::write(dir.path().join("fragments/two-countries.ron"), fragment).unwrap();
            let minimal = std::fs::read_to_string("tests/data/valid/minimal.ron").unwrap();
            Workspace { dir, minimal }
        }

        /// Writes `valid/<name>.ron`: minimal with `from` replaced by `to`.
        fn case(&self, name: &str, from: &str, to: &str) -> PathBuf {
            assert!(self.minimal.contains(from), "{name}: no `{from}` in minimal.ron");
            self.write(&format!("valid/{name}.ron"), &self.minimal.replacen(from, to, 1))
        }

        /// Writes minimal, and the fragment it includes with `from`
        /// replaced by `to`.
        fn fragment(&self, from: &str, to: &str) -> PathBuf {
            let path = self.dir.path().join("fragments/two-countries.ron");
            let text = std::fs::read_to_string("tests/data/fragments/two-countries.ron").unwrap();
            assert!(text.contains(from), "no `{from}` in the fragment");
            std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
            self.write("valid/minimal.ron", &self.minimal)
        }

        fn write(&self, name: &str, text: &str) -> PathBuf {
            let path = self.dir.path().join(name);
            std::fs::write(&path, text).unwrap();
            path
        }
    }

    fn said_of(path: &Path, out: &mut Vec<Said>) {
        for diagnostic in check_path(path).diagnostics.iter() {
            out.push(diagnostic.message.clone());
            out.extend(diagnostic.label.clone());
            out.extend(diagnostic.help.clone());
        }
    }

    /// Every sentence the checker says about the files of
    /// `tests/data/invalid/`, and about inputs those do not show: each
    /// other variant of a message (a sentence chosen by case, a help with
    /// no suggestion), every way a file cannot be read, and the shell's
    /// own lines.
    fn everything_the_checker_says() -> Vec<Said> {
        let mut out = Vec::new();
        let mut invalid: Vec<PathBuf> = std::fs::read_dir("tests/data/invalid")
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        invalid.sort();
        for path in &invalid {
            said_of(path, &mut out);
        }

        let w = Workspace::new();
        let mut cases = vec![
            w.case("end-zero", r#"end: (after: "3d")"#, r#"end: (after: "0")"#),
            w.case("by-zero", r#"by: "1d""#, r#"by: "0""#),
            w.case("absolute", r#""../fragments/two-countries.ron""#, r#""/etc/passwd""#),
            w.case(
                "too-large-include",
                r#""../fragments/two-countries.ron""#,
                r#""../fragments/huge.ron""#,
            ),
            w.case("device-include", r#""../fragments/two-countries.ron""#, r#""../fragments/pipe.ron""#),
            w.case("not-ron-include", r#""../fragments/two-countries.ron""#, r#""../fragments/notes.txt""#),
            w.case(
                "outside-include",
                r#""../fragments/two-countries.ron""#,
                &format!("\"{}etc/passwd\"", "../".repeat(40)),
            ),
            w.case(
                "law",
                "seed: 1,",
                r#"seed: 1, law: (preservation_247_min: "1d", domestic_preservation_max: "100d"),"#,
            ),
            w.case("law-hours", "seed: 1,", r#"seed: 1, law: (preservation_247_min: "36h"),"#),
            w.case("given-twice", "kind: Vps,", "kind: Vps, kind: Vps,"),
            w.case("wrong-name", r#"end: (after: "3d")"#, r#"end: Wrong(after: "3d")"#),
            w.case("not-a-number", "seed: 1,", r#"seed: "one","#),
            w.case("stage-typo", r#"when: EvidencePreserved("server-logs")"#, r#"when: StageReached("zzz")"#),
            w.case("holds-nothing", r#"holds: [(category: TrafficData, retention: "2d")]"#, "holds: []"),
            w.case("role-twice", "roles: [Investigator, Prosecutor]", "roles: [Investigator, Investigator]"),
            w.case("language-typo", r#""fr": "Minimal"}"#, r#""fr": "Minimal", "frr": "Minimal"}"#),
            w.case("inject-before-start", r#"when: At("0m")"#, r#"when: At("-1h")"#),
            w.case("objective-after-end", r#"when: EvidencePreserved("server-logs")"#, r#"when: At("5d")"#),
            w.case(
                "objective-before-start",
                r#"when: EvidencePreserved("server-logs")"#,
                r#"when: At("-5d")"#,
            ),
            w.case("not-a-kind", "Scenario(", "Zzzzzzzz("),
            w.case("open-comment", "seed: 1,", "seed: 1, /*"),
            w.case("no-colon", r#"{"en": "Minimal", "fr""#, r#"{"en" "Minimal", "fr""#),
            w.case("not-a-list", "offences: [IllegalAccess]", "offences: IllegalAccess"),
            w.case("too-large", "seed: 1,", "seed: 99999999999999999999999,"),
            w.case("not-a-struct", r#"end: (after: "3d")"#, r#"end: "3d""#),
            w.case("not-a-name", "seed: 1,", "seed: 1, ~"),
            w.case("not-a-map", r#"title: {"en": "Minimal", "fr": "Minimal"}"#, "title: 5"),
            w.case("lead-without-value", r#"value: "203.0.113.7","#, ""),
            w.case("empty-disclosure", r#"disclosure: (answers_in: ("1d", "3d"))"#, "disclosure: ()"),
            w.case("byte-string", "seed: 1,", "seed: b'x',"),
            w.case(
                "not-at-eurojust",
                r#"when: EvidencePreserved("server-logs")"#,
                r#"when: CoordinationMeetingHeld("A", "B")"#,
            ),
            w.case(
                "meeting-with-itself",
                r#"when: EvidencePreserved("server-logs")"#,
                r#"when: CoordinationMeetingHeld("A", "A")"#,
            ),
            w.case(
                "lead-elsewhere",
                "providers: [",
                r#"providers: [(id: "c-host", name: "C", jurisdiction: "B", kind: Vps, holds: [(category: TrafficData, retention: "2d")], disclosure: (answers_in: ("1d", "3d"))),"#,
            ),
        ];
        // The lead points at c-host, the evidence it lists is at b-host.
        let elsewhere = cases.pop().unwrap();
        let text = std::fs::read_to_string(&elsewhere).unwrap().replacen(
            r#""The attackers' server.", "fr": "Le serveur des attaquants."},
            provider: "b-host""#,
            r#""The attackers' server.", "fr": "Le serveur des attaquants."},
            provider: "c-host""#,
            1,
        );
        assert!(text.contains(r#"provider: "c-host""#));
        std::fs::write(&elsewhere, text).unwrap();
        cases.push(elsewhere);
        cases.push(w.write("eof.ron", "Scenario(id: \"x\""));
        cases.push(w.write("valid/trailing.ron", &format!("{} x", w.minimal.trim_end())));
        // A stage named where no stage exists at all.
        let no_stage = w
            .minimal
            .replacen(
                r#"when: EvidencePreserved("server-logs")"#,
                r#"when: StageReached("zzz")"#,
                1,
            )
            .replacen(
                r#"stages: [(id: "encryption", at: "0m", text: {"en": "Encrypted.", "fr": "Chiffré."})]"#,
                "stages: []",
                1,
            );
        assert!(no_stage.contains("stages: []"));
        cases.push(w.write("valid/stage-none.ron", &no_stage));
        cases.push(w.write(
            "deep.ron",
            &format!(
                r#"Scenario(id: "x", title: {{}}, summary: {{}}, languages: [], start: "", seed: 1, end: (when: {}At("1h"){}))"#,
                "Not(".repeat(1000),
                ")".repeat(1000)
            ),
        ));
        cases.push(w.write("unlisted-unknown.ron", "Scenario("));
        cases.push(w.write("notes.txt", "Scenario("));
        cases.push(PathBuf::from("tests/data/no-such-file.ron"));
        cases.push(PathBuf::from("tests/data"));
        #[cfg(unix)]
        cases.push(PathBuf::from("/dev/zero"));
        // Larger than any scenario, without taking the disk space: sparse.
        std::fs::File::create(w.dir.path().join("fragments/huge.ron"))
            .unwrap()
            .set_len(cyberdrill::scenario::source::MAX_FILE_BYTES + 1)
            .unwrap();
        cases.push(w.dir.path().join("fragments/huge.ron"));
        w.write("fragments/notes.txt", "notes");
        #[cfg(unix)]
        {
            let pipe = w.dir.path().join("fragments/pipe.ron");
            let made = std::process::Command::new("mkfifo").arg(&pipe).status();
            assert!(made.expect("mkfifo is needed").success(), "mkfifo failed");
        }
        for case in &cases {
            said_of(case, &mut out);
        }
        for (from, to) in [
            (r#""Europe/Chisinau""#, r#""Qq""#),
            (
                r#"retention_law: {TrafficData: "90d"}"#,
                r#"retention_law: {TrafficData: "0"}"#,
            ),
        ] {
            said_of(&w.fragment(from, to), &mut out);
        }

        // A fragment loaded where a scenario is wanted.
        let fragment = load_path(Path::new("tests/data/fragments/two-countries.ron")).unwrap_err();
        for diagnostic in fragment.iter() {
            out.push(diagnostic.message.clone());
            out.extend(diagnostic.label.clone());
            out.extend(diagnostic.help.clone());
        }

        // The shell's own lines (src/cli/check.rs, src/scenario/diagnostic.rs).
        for (errors, warnings, files) in [(0, 0, 1), (1, 1, 1), (2, 3, 4)] {
            out.push(summary(errors, warnings, files));
        }
        out.push(Said::new("check-help-heading"));
        out.push(Said::new("check-no-such-path").text("path", "x.ron"));
        out.push(Said::new("check-no-ron-files").text("path", "folder"));
        out
    }

    /// Every `"check-…"` string in the checker's sources: the ids it can say.
    fn ids_in_the_sources() -> BTreeSet<String> {
        let mut files = vec![PathBuf::from("src/cli/check.rs")];
        let mut pending = vec![PathBuf::from("src/scenario")];
        while let Some(dir) = pending.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    pending.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    files.push(path);
                }
            }
        }
        let mut ids = BTreeSet::new();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for (start, _) in text.match_indices("\"check-") {
                let rest = &text[start + 1..];
                let end = rest.find('"').unwrap();
                let id = &rest[..end];
                if id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                {
                    ids.insert(id.to_string());
                }
            }
        }
        ids
    }

    #[test]
    fn everything_the_checker_says_renders_in_every_language() {
        let said = everything_the_checker_says();
        let mut failures = Vec::new();
        for lang in Lang::ALL {
            let words = Words::new(lang);
            for one in &said {
                match words.try_words(one) {
                    // A `{` left by Fluent (`{$name}`, `{check-x}`); an
                    // example of RON's `{"en": …}` or `{` is what the author types.
                    Ok(text)
                        if !text.trim().is_empty()
                            && !text.replace("{\"", "").replace("`{`", "").contains('{') => {}
                    other => failures.push(format!("{} {one:?}: {other:?}", lang.code())),
                }
            }
        }
        assert!(
            failures.is_empty(),
            "sentences that do not render:\n{}",
            failures.join("\n")
        );

        // Each id the sources name is said by some case above, so that its
        // variables are checked against the arguments the code gives it.
        let said_ids: BTreeSet<&str> = said.iter().flat_map(|s| s.ids()).collect();
        let unsaid: Vec<String> = ids_in_the_sources()
            .into_iter()
            .filter(|id| !said_ids.contains(id.as_str()))
            .collect();
        assert!(unsaid.is_empty(), "no case says {unsaid:?}: add one above");
    }

    #[test]
    fn every_id_the_checker_names_is_a_message_and_every_check_message_is_named() {
        let ids = ids_in_the_sources();
        assert!(ids.len() > 100, "only {} ids found in the sources?", ids.len());
        for lang in Lang::ALL {
            let words = Words::new(lang);
            let missing: Vec<&String> = ids.iter().filter(|id| !words.has(id)).collect();
            assert!(missing.is_empty(), "{} has no message {missing:?}", lang.code());
            let orphans: Vec<String> = messages_of(lang)
                .into_keys()
                .filter(|id| id.starts_with("check-") && !ids.contains(id))
                .collect();
            assert!(orphans.is_empty(), "{}: no code says {orphans:?}", lang.code());
        }
    }
}

/// Times, durations and participants in each language's own units and
/// words; English exactly as the journal and `run` have always printed
/// them (`SimTime`'s and `Duration`'s own forms).
#[test]
fn times_durations_and_participants_read_in_each_language() {
    use cyberdrill::sim::Participant;
    use cyberdrill::time::{Duration, SimTime};
    let (en, fr) = (Words::new(Lang::En), Words::new(Lang::Fr));
    let at = SimTime(3 * 1440 + 14 * 60 + 5);
    let long = Duration(9 * 1440 + 60 + 49);
    assert_eq!(en.time(at), "d3 14:05");
    assert_eq!(en.time(at), at.to_string());
    assert_eq!(fr.time(at), "j3 14:05");
    assert_eq!(en.duration(long), "9d 1h 49m");
    assert_eq!(en.duration(long), long.to_string());
    assert_eq!(fr.duration(long), "9 j 1 h 49 min");
    assert_eq!(fr.duration(Duration(0)), "0 min");
    assert_eq!(fr.duration(Duration(30)), "30 min");
    let investigator = Participant::player("VL", Role::Investigator);
    let desk = Participant::player("VL", Role::Contact247);
    assert_eq!(en.participant(&investigator), "VL/investigator");
    assert_eq!(en.participant(&desk), desk.to_string());
    assert_eq!(fr.participant(&investigator), "VL/enquêteur");
    assert_eq!(fr.participant(&Participant::Trainer), "formateur");
}

mod refusals_state_the_law {
    //! Refusals that once misstated the law or read garbled (issue 12/13
    //! follow-up): what each says is worked out by hand from the Budapest
    //! Convention and CETS 224, in English and French.

    use cyberdrill::law::{Covers, RequestField, rule};
    use cyberdrill::scenario::model::{Instrument, Scenario};

    use super::*;

    fn said(lang: Lang, scenario: &Scenario, refusal: &Refusal) -> String {
        Words::new(lang).message(scenario, refusal)
    }

    /// A data item of the category no instrument limited to some
    /// categories reaches: a server image.
    fn not_covered(instrument: Instrument) -> Refusal {
        Refusal::NotCovered {
            instrument,
            item: 0,
            category: DataCategory::ServerImage,
            instead: vec![],
        }
    }

    #[test]
    fn a_category_refusal_says_what_the_instrument_reaches_as_the_law_table_does() {
        // Read off the law table, so an instrument added with categories
        // of its own needs words of its own here.
        let scenario = load::load_default();
        let limited: Vec<Instrument> = ALL_INSTRUMENTS
            .into_iter()
            .filter(|&i| matches!(rule(i).covers, Covers::Only(_)))
            .collect();
        assert!(limited.len() >= 8, "{limited:?}");
        for instrument in limited {
            let r = rule(instrument);
            let Covers::Only(reaches) = r.covers else {
                unreachable!()
            };
            let refusal = not_covered(instrument);
            let en = said(Lang::En, &scenario, &refusal);
            let fr = said(Lang::Fr, &scenario, &refusal);
            let has = |c: DataCategory| reaches.contains(&c);
            let preserves = r.yields == cyberdrill::law::Yields::Preservation;
            for (text, real_time, subscriber, traffic, content, preserve) in [
                (
                    &en,
                    "in real time",
                    "subscriber information",
                    "traffic data",
                    "content data",
                    "preserves",
                ),
                (
                    &fr,
                    "en temps réel",
                    "relatives aux abonnés",
                    "relatives au trafic",
                    "relatives au contenu",
                    "conserver",
                ),
            ] {
                let wrong = |what: &str| format!("{instrument:?} ({what}): {text}");
                assert_eq!(text.contains(real_time), r.real_time, "{}", wrong("real time"));
                assert_eq!(
                    text.contains(subscriber),
                    has(DataCategory::SubscriberInfo),
                    "{}",
                    wrong("subscriber")
                );
                assert_eq!(
                    text.contains(traffic),
                    has(DataCategory::TrafficData),
                    "{}",
                    wrong("traffic")
                );
                assert_eq!(
                    text.contains(content),
                    has(DataCategory::Content),
                    "{}",
                    wrong("content")
                );
                assert_eq!(text.contains(preserve), preserves, "{}", wrong("preserves"));
            }
        }
    }

    #[test]
    fn real_time_collection_and_interception_do_not_disclose_stored_data() {
        let scenario = load::load_default();
        let item = &scenario.evidence[0].id;
        let art20 = not_covered(Instrument::RealTimeTraffic);
        assert_eq!(
            said(Lang::En, &scenario, &art20),
            format!(
                "Budapest Art. 20 collects traffic data in real time, as it is created: it does not reach {item}, which is a server image — no other instrument between these two reaches it"
            )
        );
        assert_eq!(
            said(Lang::Fr, &scenario, &art20),
            format!(
                "l'art. 20 de la Convention de Budapest permet de collecter en temps réel les données relatives au trafic, au fur et à mesure de leur création : il ne permet pas d'obtenir les données {item}, qui relèvent d'une autre catégorie (image de serveur) — aucune autre mesure ne permet de les obtenir entre ces deux États"
            )
        );
        let art34 = Refusal::NotCovered {
            instrument: Instrument::InterceptionMla,
            item: 0,
            category: DataCategory::NetFlow,
            instead: vec![Instrument::RealTimeTrafficMla],
        };
        assert_eq!(
            said(Lang::En, &scenario, &art34),
            format!(
                "Budapest Art. 34 intercepts content data in real time, as it is transmitted: it does not reach {item}, which is NetFlow (traffic data) — use Budapest Art. 33"
            )
        );
        assert_eq!(
            said(Lang::Fr, &scenario, &art34),
            format!(
                "l'art. 34 de la Convention de Budapest permet d'intercepter en temps réel les données relatives au contenu, au fur et à mesure de leur transmission : il ne permet pas d'obtenir les données {item}, qui relèvent d'une autre catégorie (NetFlow (données relatives au trafic)) — utilisez plutôt : art. 33 de la Convention de Budapest"
            )
        );
        let art17 = not_covered(Instrument::TrafficPreservation);
        assert_eq!(
            said(Lang::En, &scenario, &art17),
            format!(
                "Budapest Art. 17 preserves traffic data only, disclosing enough of it to identify the path: {item} is a server image — no other instrument between these two reaches it"
            )
        );
        // CETS 224 Art. 7 does disclose subscriber information only: unchanged.
        assert_eq!(
            said(
                Lang::En,
                &scenario,
                &not_covered(Instrument::DirectSubscriberRequest)
            ),
            format!(
                "CETS 224 Art. 7 discloses subscriber information only: {item} is a server image — no other instrument between these two reaches it"
            )
        );
    }

    #[test]
    fn suspect_joint_team_and_emergency_policy_refusals_give_their_reason() {
        let scenario = load::load_default();
        let to = &scenario.jurisdictions[1].code;
        let cases = [
            (
                Refusal::MustNameSuspect {
                    instrument: Instrument::Extradition,
                },
                "Budapest Art. 24 must name exactly one suspect, one your team has located: the person whose surrender it seeks; draft one request per person".to_string(),
                "la demande fondée sur l'art. 24 de la Convention de Budapest doit désigner un seul suspect, localisé par votre équipe : la personne dont elle demande la remise ; rédigez une demande par personne".to_string(),
            ),
            (
                Refusal::NoJointTeam {
                    instrument: Instrument::JointTeamRequest,
                    to: 1,
                    instead: vec![],
                },
                format!(
                    "there is no joint investigation team with {to} yet, and a request for data within a joint investigation team is made only within one: propose a team first (CETS 224 Art. 12)"
                ),
                format!(
                    "il n'existe pas encore d'équipe commune d'enquête avec {to}, et une demande de données au sein d'une équipe commune d'enquête ne peut être faite qu'au sein d'une telle équipe : proposez-en d'abord la création (art. 12 du Deuxième Protocole)"
                ),
            ),
            (
                // A data item's id where a suspect's is wanted: the same
                // words as for a suspect not located, which tell nothing
                // the team has not found.
                Refusal::SuspectNotLocated {
                    instrument: Instrument::RedNotice,
                    suspect: "exchange-kyc".into(),
                },
                "`exchange-kyc` is not a suspect your team has located: INTERPOL red notice names a person, not a data item or a lead, and is asked of the State where your team has located that person".to_string(),
                "`exchange-kyc` n'est pas un suspect localisé par votre équipe : cette mesure (notice rouge d'INTERPOL) désigne une personne, et non des données ou une piste, et s'adresse à l'État où votre équipe l'a localisée".to_string(),
            ),
        ];
        for (refusal, en, fr) in cases {
            assert_eq!(said(Lang::En, &scenario, &refusal), en);
            assert_eq!(said(Lang::Fr, &scenario, &refusal), fr);
        }

        // The request under the provider's policy is incomplete, not the policy.
        let basis = Basis::Rule(Instrument::ProviderEmergencyRequest);
        let incomplete = Refusal::Incomplete {
            basis,
            by: Rejecter::Provider,
            missing: vec![RequestField::RequestingAuthority],
        };
        let field = |lang| Words::new(lang).field(RequestField::RequestingAuthority, Some(basis));
        assert_eq!(
            said(Lang::En, &scenario, &incomplete),
            format!(
                "the emergency request made under the provider's own policy is incomplete and the provider would reject it: it lacks {}; amend it first",
                field(Lang::En)
            )
        );
        assert_eq!(
            said(Lang::Fr, &scenario, &incomplete),
            format!(
                "la demande d'urgence adressée au fournisseur selon sa propre politique est incomplète et le fournisseur la rejetterait ; éléments manquants : {} ; complétez-la d'abord",
                field(Lang::Fr)
            )
        );
    }

    #[test]
    fn the_provider_policy_and_a_single_offence_read_as_sentences() {
        let scenario = load::load_default();
        let provider = &scenario.providers[0].name;
        let emergency = Refusal::NeedsEmergency {
            instrument: Instrument::ProviderEmergencyRequest,
            first: vec![],
            instead: vec![],
        };
        assert_eq!(
            said(Lang::En, &scenario, &emergency),
            "an emergency request under the provider's own policy needs an emergency: nothing known to your team shows a significant and imminent risk to life"
        );
        assert_eq!(
            said(Lang::Fr, &scenario, &emergency),
            "une demande d'urgence adressée au fournisseur selon sa propre politique suppose une situation d'urgence : rien de ce que sait votre équipe ne révèle un risque important et imminent pour la vie"
        );
        let not_a_provider = Refusal::NotAServiceProvider {
            instrument: Instrument::ProviderEmergencyRequest,
            provider: 0,
            kind: ProviderKind::ShipOperator,
        };
        assert_eq!(
            said(Lang::En, &scenario, &not_a_provider),
            format!(
                "an emergency request under a provider's own policy is addressed to service providers only (Budapest Art. 1(c)): {provider} (ship operator) is not one; ask its country, through the 24/7 network (Art. 29) or by mutual legal assistance"
            )
        );
        assert!(
            said(Lang::Fr, &scenario, &not_a_provider)
                .starts_with("une demande d'urgence adressée à un fournisseur selon sa propre politique ne s'adresse qu'aux fournisseurs de services")
        );
        // Art. 24(1)(a): one offence is "is not", several "none of … is".
        let year = cyberdrill::time::Duration(365 * 24 * 60);
        let one = Refusal::NotExtraditable {
            offences: vec![Offence::Threats],
            threshold: year,
        };
        let two = Refusal::NotExtraditable {
            offences: vec![Offence::Homicide, Offence::ChildAbduction],
            threshold: year,
        };
        let en = said(Lang::En, &scenario, &one);
        assert!(en.ends_with(": threats is not"), "{en}");
        let en = said(Lang::En, &scenario, &two);
        assert!(en.ends_with(": none of homicide, child abduction is"), "{en}");
        let fr = said(Lang::Fr, &scenario, &one);
        assert!(
            fr.ends_with(" : l'infraction de votre dossier (menaces) ne l'est pas"),
            "{fr}"
        );
        let fr = said(Lang::Fr, &scenario, &two);
        assert!(fr.contains(" : aucune de ces infractions ("), "{fr}");
    }

    #[test]
    fn art30_within_art29_reads_with_its_articles_in_french() {
        let scenario = load::load_default();
        let refusal = Refusal::DutyWithin {
            instrument: Instrument::TrafficDisclosure,
            within: Instrument::Preservation247,
        };
        assert_eq!(
            said(Lang::Fr, &scenario, &refusal),
            "l'art. 30 de la Convention de Budapest ne fait pas l'objet d'une demande distincte : c'est en exécutant votre demande fondée sur l'art. 29 de la Convention de Budapest que la Partie requise communique les données relatives au trafic permettant d'identifier un fournisseur situé dans un autre État et la voie de transmission ; envoyez une demande au titre de l'art. 29 de la Convention de Budapest, et la voie de transmission vous sera communiquée avec elle"
        );
        // Every instrument that is a duty within another is an article, so
        // "l'" stays right as the law grows.
        for instrument in ALL_INSTRUMENTS {
            if let Some(within) = rule(instrument).within {
                for i in [instrument, within] {
                    let article = Words::new(Lang::Fr).term_of("article", &i);
                    assert!(article.starts_with("art. "), "{i:?}: {article}");
                }
            }
        }
    }
}
