//! The shell's words: every message the core can emit renders in every
//! language, the languages have the same messages with the same
//! variables, and the English renderer says what the core means.

use std::collections::{BTreeMap, BTreeSet};

use cyberdrill::law::{ALL_INSTRUMENTS, Basis, RequestField};
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
    ];
    for r in &all {
        match r {
            Role::Investigator | Role::Prosecutor | Role::Contact247 | Role::Trainer => {}
        }
    }
    all
}

fn fields() -> Vec<RequestField> {
    use RequestField as F;
    let all = vec![
        F::RequestingAuthority,
        F::OffenceAndFacts,
        F::DataAndRelation,
        F::CustodianLocation,
        F::Necessity,
        F::MlaToFollow,
        F::LegalBasis,
        F::Signature,
        F::Translation,
        F::EmergencyFacts,
    ];
    for f in &all {
        match f {
            F::RequestingAuthority
            | F::OffenceAndFacts
            | F::DataAndRelation
            | F::CustodianLocation
            | F::Necessity
            | F::MlaToFollow
            | F::LegalBasis
            | F::Signature
            | F::Translation
            | F::EmergencyFacts => {}
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
            | O::MoneyLaundering => {}
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
    ];
    for c in &all {
        match c {
            C::SubscriberInfo
            | C::TrafficData
            | C::Content
            | C::NetFlow
            | C::ServerImage
            | C::KycRecords
            | C::RegistrationData => {}
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
            | K::Cloud => {}
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
    terms.extend(fields().into_iter().map(Arg::Field));
    terms.extend(offences().into_iter().map(Arg::Offence));
    terms.extend(categories().into_iter().map(Arg::Category));
    terms.extend(provider_kinds().into_iter().map(Arg::ProviderKind));
    terms
}

#[test]
fn every_message_and_term_renders_in_every_language() {
    let scenario = load::load_default();
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
