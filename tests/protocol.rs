//! The rest of the Second Protocol (CETS 224), on the small test scenario
//! (tests/data/sim/two-hops.ron) with a domain registrar added in B: each
//! instrument used rightly (it succeeds, with the right timing) and wrongly
//! (refused with the reason the treaty gives).

mod common;

use cyberdrill::law::{Needs, RequestField as F};
use cyberdrill::scenario::model::{
    DataCategory, DataItem, Delay, DisclosurePolicy, Holding, Instrument, Provider, ProviderKind, Scenario,
    Text,
};
use cyberdrill::sim::event::{Clause, RequestResult};
use cyberdrill::sim::view::RequestStatus;
use cyberdrill::sim::{Action, Participant, Refusal, Simulation, Stated};
use cyberdrill::time::{Duration, SimTime};

fn p(text: &str) -> Participant {
    text.parse().unwrap()
}

const TEAM_A: [&str; 3] = ["A/investigator", "A/prosecutor", "A/247"];

/// CETS 224 Art. 6(3) and the Explanatory Report: the request states who
/// asks, the facts of the investigation, and which registration data it
/// seeks and why. It is a request, not an order: no signature.
const ART6: &[F] = &[F::RequestingAuthority, F::OffenceAndFacts, F::DataAndRelation];

/// Two-hops with a registrar in B that registered the leak site's domain
/// and answers in 1 to 3 days, always (`default_rate: 100`) unless
/// `declines`; and NimbusVPS in B also holding a registration record for
/// the C2 server's domain, which it resold (a VPS host, not a registrar).
fn with_a_registrar(declines: bool) -> Scenario {
    let mut scenario = common::two_hops();
    scenario.providers.push(Provider {
        id: "b-registrar".into(),
        name: "NomDomaine".into(),
        jurisdiction: "B".into(),
        kind: ProviderKind::Registrar,
        holds: vec![Holding {
            category: DataCategory::RegistrationData,
            retention: Some(Duration::days(365)),
        }],
        disclosure: DisclosurePolicy {
            answers_in: Delay(Duration::days(1), Duration::days(3)),
            emergency_answers_in: None,
            voluntary_rate: Default::default(),
            default_rate: if declines { 0 } else { 100 },
        },
    });
    let vps = scenario.providers.iter_mut().find(|p| p.id == "b-vps").unwrap();
    vps.holds.push(Holding {
        category: DataCategory::RegistrationData,
        retention: Some(Duration::days(365)),
    });
    let leak_site = scenario.leads.iter_mut().find(|l| l.id == "leak-site").unwrap();
    leak_site.provider = Some("b-registrar".into());
    leak_site.evidence = vec!["leak-whois".into()];
    let vps_ip = scenario.leads.iter_mut().find(|l| l.id == "vps-ip").unwrap();
    vps_ip.evidence.push("vps-domain".into());
    let template = scenario.evidence[0].clone();
    scenario.evidence.push(DataItem {
        id: "leak-whois".into(),
        provider: "b-registrar".into(),
        category: DataCategory::RegistrationData,
        created: Duration(-Duration::days(30).0),
        text: Text([("en".to_string(), "Registrant of leaks7.example".to_string())].into()),
        reveals: vec![],
        ..template.clone()
    });
    scenario.evidence.push(DataItem {
        id: "vps-domain".into(),
        provider: "b-vps".into(),
        category: DataCategory::RegistrationData,
        created: Duration(-Duration::days(30).0),
        text: Text([("en".to_string(), "Registrant of the C2 domain".to_string())].into()),
        reveals: vec![],
        ..template
    });
    common::checked(scenario)
}

/// A's team has found and looked up the leak site, the VPS and the VPN.
fn with_leads(scenario: &Scenario) -> Simulation {
    let mut sim = Simulation::with_humans(scenario, 11, TEAM_A.iter().map(|h| p(h))).unwrap();
    let investigator = p("A/investigator");
    for lead in ["ransom-note", "firewall-log"] {
        sim.apply(&investigator, Action::Examine { lead: lead.into() })
            .unwrap();
    }
    for lead in ["leak-site", "vps-ip", "vpn-ip"] {
        sim.apply(&investigator, Action::LookUp { lead: lead.into() })
            .unwrap();
    }
    sim
}

fn draft_action(instrument: Instrument, to: &str, items: &[&str], fields: &[F]) -> Action {
    Action::Draft {
        instrument,
        to: to.into(),
        items: items.iter().map(|s| s.to_string()).collect(),
        fields: Stated::all_bare(fields),
    }
}

fn refused(
    sim: &mut Simulation,
    who: &str,
    instrument: Instrument,
    to: &str,
    items: &[&str],
    fields: &[F],
) -> Refusal {
    sim.check(&p(who), draft_action(instrument, to, items, fields))
        .unwrap_err()
}

fn item(sim: &Simulation, id: &str) -> usize {
    sim.scenario().evidence.iter().position(|e| e.id == id).unwrap()
}

fn status(sim: &Simulation, who: &str, id: u32) -> RequestStatus {
    let view = sim.view(&p(who)).unwrap();
    view.requests
        .iter()
        .find(|r| r.id == id)
        .map(|r| r.status.clone())
        .unwrap_or_else(|| panic!("{who} sees no request #{id}"))
}

/// The investigator asks the registrar for the leak site's registration
/// data and sends it straight away (no signature: a request, not an order).
fn ask_the_registrar(sim: &mut Simulation) -> (u32, SimTime) {
    let id = sim
        .apply(
            &p("A/investigator"),
            draft_action(Instrument::DomainRegistrationRequest, "B", &["leak-whois"], ART6),
        )
        .unwrap()
        .request
        .unwrap();
    sim.apply(&p("A/investigator"), Action::Send { request: id })
        .unwrap();
    (id, sim.now())
}

#[test]
fn cets224_art6_the_registrar_answers_a_direct_request_in_its_own_time() {
    let mut sim = with_leads(&with_a_registrar(false));
    let (id, sent) = ask_the_registrar(&mut sim);
    // NomDomaine answers in 1 to 3 days: nothing within the first day.
    sim.advance_to(sent.after(Duration::hours(23)));
    assert!(
        !matches!(status(&sim, "A/investigator", id), RequestStatus::Closed { .. }),
        "{:?}",
        status(&sim, "A/investigator", id)
    );
    sim.advance_to(sent.after(Duration::days(3)));
    let whois = item(&sim, "leak-whois");
    assert_eq!(
        status(&sim, "A/investigator", id),
        RequestStatus::Closed {
            result: RequestResult::Executed {
                clauses: vec![Clause::Produced { items: vec![whois] }]
            }
        }
    );
}

#[test]
fn cets224_art6_a_registrar_may_decline() {
    let mut sim = with_leads(&with_a_registrar(true));
    let (id, sent) = ask_the_registrar(&mut sim);
    sim.advance_to(sent.after(Duration::days(3)));
    assert!(matches!(
        status(&sim, "A/investigator", id),
        RequestStatus::Closed {
            result: RequestResult::DeclinedVoluntarily { .. }
        }
    ));
}

#[test]
fn cets224_art6_is_refused_outside_the_protocol_for_other_data_and_to_other_providers() {
    let mut sim = with_leads(&with_a_registrar(false));
    // C is not a Party to CETS 224.
    assert!(matches!(
        refused(
            &mut sim,
            "A/investigator",
            Instrument::DomainRegistrationRequest,
            "C",
            &["vpn-logs"],
            ART6
        ),
        Refusal::NotBetween {
            needs: Needs::SecondProtocol,
            ..
        }
    ));
    // Art. 6 reaches registration data only: the VPS logs are traffic data.
    assert!(matches!(
        refused(
            &mut sim,
            "A/investigator",
            Instrument::DomainRegistrationRequest,
            "B",
            &["vps-logs"],
            ART6
        ),
        Refusal::NotCovered {
            instrument: Instrument::DomainRegistrationRequest,
            category: DataCategory::TrafficData,
            ..
        }
    ));
    // A VPS host holding a registration record is not a registrar.
    let refusal = refused(
        &mut sim,
        "A/investigator",
        Instrument::DomainRegistrationRequest,
        "B",
        &["vps-domain"],
        ART6,
    );
    assert!(
        matches!(
            refusal,
            Refusal::NotItsAddressee {
                instrument: Instrument::DomainRegistrationRequest,
                kind: ProviderKind::Vps,
                ..
            }
        ),
        "{refusal:?}"
    );
    assert!(
        common::said(&sim, &refusal).contains("addressed to domain name registrars only (CETS 224 Art. 6)"),
        "{}",
        common::said(&sim, &refusal)
    );
    // Registration data is no longer refused as Art. 7's: it names Art. 6.
    match refused(
        &mut sim,
        "A/prosecutor",
        Instrument::DirectSubscriberRequest,
        "B",
        &["leak-whois"],
        ART6,
    ) {
        Refusal::NotCovered { instead, .. } => {
            assert!(
                instead.contains(&Instrument::DomainRegistrationRequest),
                "{instead:?}"
            )
        }
        other => panic!("{other:?}"),
    }
}
