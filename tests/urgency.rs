//! Urgency without the Second Protocol, and spontaneous information that
//! carries leads, on the small test scenario (tests/data/sim/two-hops.ron)
//! with Country B taken out of CETS 224: the routes a trainee must know
//! when lives are at risk and Art. 9 and 10 do not exist (Budapest
//! Arts 25(3), 27(9), 31(3), 35 and a provider's own emergency policy),
//! each used rightly and wrongly, and simulated teams that take them.

mod common;

use common::{draft, draft_action, item, refused, status};

use std::collections::BTreeMap;

use cyberdrill::law::{Basis, Needs, RequestField as F};
use cyberdrill::scenario::model::{Framework, Instrument, Scenario};
use cyberdrill::sim::event::{Clause, LeadSource, RequestResult};
use cyberdrill::sim::view::RequestStatus;
use cyberdrill::sim::{Action, Actor, Event, Participant, Refusal, Simulation};
use cyberdrill::time::{Duration, SimTime};

fn p(text: &str) -> Participant {
    text.parse().unwrap()
}

const TEAM_A: [&str; 3] = ["A/investigator", "A/prosecutor", "A/247"];

/// The ambulances stage (6h) opens the emergency; half an hour later.
const AFTER_THE_EMERGENCY: SimTime = SimTime(6 * 60 + 30);

// What each request states, written out from the treaty texts rather than
// taken from `law`, so a wrong table cannot confirm itself.
/// Art. 25(3): a formal MLA request (authority, facts, data, the assistance
/// sought, legal basis),
/// why it is urgent, and that the formal request confirms it.
const ART25_3: &[F] = &[
    F::RequestingAuthority,
    F::OffenceAndFacts,
    F::DataAndRelation,
    F::AssistanceSought,
    F::LegalBasis,
    F::Urgency,
    F::FormalConfirmationToFollow,
];
/// Art. 31(3): the MLA request (B wants a translation) and why the data
/// is vulnerable to loss.
const ART31_3: &[F] = &[
    F::RequestingAuthority,
    F::OffenceAndFacts,
    F::DataAndRelation,
    F::AssistanceSought,
    F::LegalBasis,
    F::Translation,
    F::Urgency,
];
/// Art. 27(9)(a): the MLA request, why it is urgent, and the copy to the
/// central authorities.
const ART27_9: &[F] = &[
    F::RequestingAuthority,
    F::OffenceAndFacts,
    F::DataAndRelation,
    F::AssistanceSought,
    F::LegalBasis,
    F::Urgency,
    F::CopyToCentralAuthority,
];
/// An emergency request: who asks, the risk to life, which data.
const EMERGENCY: &[F] = &[F::RequestingAuthority, F::EmergencyFacts, F::DataAndRelation];

/// Two-hops with B a Party to Budapest only, and the VPS's disk image
/// kept a year (not vulnerable to loss: more than the default 30 days); its
/// connection logs keep their 3d 12h.
fn without_the_protocol() -> Scenario {
    let mut scenario = common::two_hops();
    let b = scenario.jurisdictions.iter_mut().find(|j| j.code == "B").unwrap();
    b.parties = vec![Framework::Budapest];
    let vps = scenario.providers.iter_mut().find(|p| p.id == "b-vps").unwrap();
    for holding in &mut vps.holds {
        if holding.category == cyberdrill::scenario::model::DataCategory::ServerImage {
            holding.retention = Some(Duration::days(365));
        }
    }
    scenario
}

/// A's team has found and looked up the VPS and the VPN.
fn with_leads(scenario: &Scenario, humans: &[&str]) -> Simulation {
    let scenario = &common::checked(scenario.clone());
    let mut sim = Simulation::with_humans(scenario, 11, humans.iter().map(|h| p(h))).unwrap();
    let investigator = p("A/investigator");
    sim.apply(
        &investigator,
        Action::Examine {
            lead: "firewall-log".into(),
        },
    )
    .unwrap();
    for lead in ["vps-ip", "vpn-ip"] {
        sim.apply(&investigator, Action::LookUp { lead: lead.into() })
            .unwrap();
    }
    sim
}

/// A's prosecutor drafts, signs and sends.
fn prosecutor_sends(sim: &mut Simulation, instrument: Instrument, item: &str, fields: &[F]) -> u32 {
    let id = draft(sim, "A/prosecutor", instrument, "B", &[item], fields);
    let prosecutor = p("A/prosecutor");
    sim.apply(&prosecutor, Action::Sign { request: id }).unwrap();
    sim.apply(&prosecutor, Action::Send { request: id }).unwrap();
    id
}

fn country(sim: &Simulation, code: &str) -> usize {
    sim.scenario()
        .jurisdictions
        .iter()
        .position(|j| j.code == code)
        .unwrap()
}

fn clauses(sim: &Simulation, who: &str, id: u32) -> Vec<Clause> {
    match status(sim, who, id) {
        RequestStatus::Closed {
            result: RequestResult::Executed { clauses },
        } => clauses,
        _ => Vec::new(),
    }
}

/// The instruments of the requests team `code` has sent, in request order.
fn sent_by(sim: &Simulation, code: &str) -> Vec<Instrument> {
    let who = p(&format!("{code}/247"));
    sim.view(&who)
        .unwrap()
        .requests
        .iter()
        .filter(|r| r.sent_at.is_some() && r.from == country(sim, code))
        .map(|r| r.instrument)
        .collect()
}

#[test]
fn art25_3_an_urgent_mla_request_by_e_mail_is_answered_in_days_where_ordinary_mla_takes_weeks() {
    let mut sim = with_leads(&without_the_protocol(), &TEAM_A);
    sim.advance_to(AFTER_THE_EMERGENCY);
    let urgent = prosecutor_sends(&mut sim, Instrument::UrgentMla, "vps-image", ART25_3);
    let ordinary_fields = [
        F::RequestingAuthority,
        F::OffenceAndFacts,
        F::DataAndRelation,
        F::LegalBasis,
        F::Translation,
    ];
    let ordinary = prosecutor_sends(&mut sim, Instrument::Mla, "vps-image", &ordinary_fields);
    // Defaults: A's central authority passes it on in 30m-4h, B's has it
    // executed in 4h-3d, NimbusVPS answers an emergency in 1h-4h.
    sim.advance_to(AFTER_THE_EMERGENCY.after(Duration::hours(3 * 24 + 8)));
    let image = Clause::Produced {
        items: vec![item(&sim, "vps-image")],
    };
    assert_eq!(clauses(&sim, "A/prosecutor", urgent), [image]);
    // B's central authority takes 10-30 working days over ordinary MLA.
    assert!(
        !matches!(
            status(&sim, "A/prosecutor", ordinary),
            RequestStatus::Closed { .. }
        ),
        "{:?}",
        status(&sim, "A/prosecutor", ordinary)
    );
}

#[test]
fn art31_3_expedited_mla_for_data_vulnerable_to_loss_is_answered_in_days() {
    let mut sim = with_leads(&without_the_protocol(), &TEAM_A);
    // The VPS logs run out at 12h: preserved first (Art. 29), then asked
    // for on an expedited basis, before any risk to life is known.
    let art29 = [
        F::RequestingAuthority,
        F::OffenceAndFacts,
        F::DataAndRelation,
        F::CustodianLocation,
        F::Necessity,
        F::MlaToFollow,
    ];
    let preservation = draft(
        &mut sim,
        "A/247",
        Instrument::Preservation247,
        "B",
        &["vps-logs"],
        &art29,
    );
    sim.apply(
        &p("A/247"),
        Action::Send {
            request: preservation,
        },
    )
    .unwrap();
    let id = prosecutor_sends(&mut sim, Instrument::ExpeditedMla, "vps-logs", ART31_3);
    // A's central authority 30m-4h, B's 4h-3d, NimbusVPS at most 2d (its
    // ordinary answers_in; 1h-4h once the emergency is known).
    sim.advance_to(SimTime(0).after(Duration::hours(4 + 3 * 24 + 2 * 24)));
    let logs = Clause::Produced {
        items: vec![item(&sim, "vps-logs")],
    };
    assert_eq!(clauses(&sim, "A/prosecutor", id), [logs]);
}

#[test]
fn art25_3_and_31_3_need_urgency_their_own_elements_a_prosecutor_and_budapest() {
    let mut sim = with_leads(&without_the_protocol(), &TEAM_A);
    // No risk to life yet, and the disk image is kept with no end.
    assert_eq!(
        refused(
            &mut sim,
            "A/prosecutor",
            Instrument::UrgentMla,
            "B",
            &["vps-image"],
            ART25_3
        ),
        Refusal::NeedsUrgency {
            instrument: Instrument::UrgentMla
        }
    );
    assert_eq!(
        refused(
            &mut sim,
            "A/prosecutor",
            Instrument::ExpeditedMla,
            "B",
            &["vps-image"],
            ART31_3
        ),
        Refusal::NotVulnerable {
            instrument: Instrument::ExpeditedMla,
            item: item(&sim, "vps-image")
        }
    );
    // Logs deleted after 3d 12h are vulnerable to loss: urgent enough.
    for (instrument, fields) in [
        (Instrument::UrgentMla, ART25_3),
        (Instrument::ExpeditedMla, ART31_3),
    ] {
        assert!(
            sim.check(
                &p("A/prosecutor"),
                draft_action(instrument, "B", &["vps-logs"], fields)
            )
            .is_ok()
        );
    }
    // A 24/7 desk sends no MLA request.
    assert!(matches!(
        refused(
            &mut sim,
            "A/247",
            Instrument::UrgentMla,
            "B",
            &["vps-logs"],
            ART25_3
        ),
        Refusal::WrongSender { .. }
    ));
    // Without the confirmation to follow, B's central authority sends it back.
    let without = &ART25_3[..6];
    let id = prosecutor_sends(&mut sim, Instrument::UrgentMla, "vps-logs", without);
    sim.advance_to(SimTime(4 * 60));
    assert_eq!(status(&sim, "A/prosecutor", id), RequestStatus::Returned);
    let asked = sim.trace().iter().any(|e| {
        matches!(&e.event, Event::SentBack { request, missing, .. }
            if *request == id && missing == &[F::FormalConfirmationToFollow])
    });
    assert!(asked, "sent back for the formal confirmation (Art. 25(3))");
    // Between a Budapest Party and a State bound to it by a bilateral
    // treaty only, Art. 25(3) does not exist; ordinary MLA does.
    let mut scenario = without_the_protocol();
    let b = scenario.jurisdictions.iter_mut().find(|j| j.code == "B").unwrap();
    b.parties = vec![];
    b.bilateral_mla = vec!["A".into()];
    let mut sim = with_leads(&scenario, &TEAM_A);
    match refused(
        &mut sim,
        "A/prosecutor",
        Instrument::UrgentMla,
        "B",
        &["vps-logs"],
        ART25_3,
    ) {
        Refusal::NotBetween {
            needs,
            instead,
            only_way,
            ..
        } => {
            assert_eq!(needs, Needs::Budapest);
            // In urgency, a provider's own emergency policy too.
            assert_eq!(
                instead,
                [
                    (Instrument::Mla, Basis::BilateralMla),
                    (
                        Instrument::ProviderEmergencyRequest,
                        Basis::Rule(Instrument::ProviderEmergencyRequest)
                    )
                ]
            );
            assert!(!only_way);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn art27_9_the_prosecutor_writes_to_the_judicial_authority_directly_and_is_answered_within_days() {
    let mut sim = with_leads(&without_the_protocol(), &TEAM_A);
    // Not urgent yet: the disk image is not vulnerable, no risk to life.
    assert_eq!(
        refused(
            &mut sim,
            "A/prosecutor",
            Instrument::DirectJudicialRequest,
            "B",
            &["vps-image"],
            ART27_9
        ),
        Refusal::NeedsUrgency {
            instrument: Instrument::DirectJudicialRequest
        }
    );
    sim.advance_to(AFTER_THE_EMERGENCY);
    assert!(matches!(
        refused(
            &mut sim,
            "A/247",
            Instrument::DirectJudicialRequest,
            "B",
            &["vps-image"],
            ART27_9
        ),
        Refusal::WrongSender { .. }
    ));
    let id = prosecutor_sends(&mut sim, Instrument::DirectJudicialRequest, "vps-image", ART27_9);
    // No central authority on the way: it is at B's judicial authority at once.
    assert_eq!(
        status(&sim, "A/prosecutor", id),
        RequestStatus::AtForeignJudicialAuthority
    );
    // B's judicial authority 2h-2d, NimbusVPS 1h-4h in an emergency.
    sim.advance_to(AFTER_THE_EMERGENCY.after(Duration::hours(2 * 24 + 4)));
    let image = Clause::Produced {
        items: vec![item(&sim, "vps-image")],
    };
    assert_eq!(clauses(&sim, "A/prosecutor", id), [image]);
    // Without the copy to the central authorities, B's judge sends it back.
    let id = prosecutor_sends(
        &mut sim,
        Instrument::DirectJudicialRequest,
        "vps-image",
        &ART27_9[..6],
    );
    sim.advance_to(sim.now().after(Duration::minutes(1)));
    let b = country(&sim, "B");
    let asked = sim.trace().iter().any(|e| {
        e.actor == Actor::Judge { jurisdiction: b }
            && matches!(&e.event, Event::SentBack { request, missing, .. }
                if *request == id && missing == &[F::CopyToCentralAuthority])
    });
    assert!(asked, "B's judicial authority asks for the copy (Art. 27(9)(a))");
}

#[test]
fn art35_the_requested_desk_obtains_the_data_at_home_and_passes_it_on_as_intelligence() {
    let mut sim = with_leads(&without_the_protocol(), &TEAM_A);
    let too_early = refused(
        &mut sim,
        "A/247",
        Instrument::Assistance247,
        "B",
        &["vps-logs"],
        EMERGENCY,
    );
    assert!(matches!(
        too_early,
        Refusal::NeedsEmergency {
            instrument: Instrument::Assistance247,
            ..
        }
    ));
    // Art. 35 is Budapest's: the refusal does not cite CETS 224 Art. 3,
    // which does not apply between A and B.
    let said = common::said(&sim, &too_early);
    assert!(
        said.starts_with(
            "Budapest Art. 35 needs an emergency: nothing known to your team shows a significant \
             and imminent risk to life;"
        ),
        "{said}"
    );
    sim.advance_to(AFTER_THE_EMERGENCY);
    assert!(matches!(
        refused(
            &mut sim,
            "A/prosecutor",
            Instrument::Assistance247,
            "B",
            &["vps-logs"],
            EMERGENCY
        ),
        Refusal::WrongSender { .. }
    ));
    let id = draft(
        &mut sim,
        "A/247",
        Instrument::Assistance247,
        "B",
        &["vps-logs"],
        EMERGENCY,
    );
    sim.apply(&p("A/247"), Action::Send { request: id }).unwrap();
    // B's desk by day: 30m-3h; NimbusVPS in an emergency: 1h-4h. The logs
    // (deleted at 12h) reach A before they go, as intelligence only.
    sim.advance_to(AFTER_THE_EMERGENCY.after(Duration::hours(7)));
    let logs = item(&sim, "vps-logs");
    assert_eq!(
        clauses(&sim, "A/247", id),
        [Clause::Disclosed { items: vec![logs] }]
    );
    let view = sim.view(&p("A/prosecutor")).unwrap();
    let evidence = view.evidence.iter().find(|e| e.item == logs).unwrap();
    assert!(
        matches!(evidence.told, cyberdrill::sim::view::Told::Disclosed),
        "{:?}",
        evidence.told
    );
}

#[test]
fn a_provider_answers_an_emergency_under_its_own_policy_without_the_24_7_network_at_its_own_rate() {
    // B is bound to A by a bilateral MLA treaty only: no 24/7 network.
    let bilateral_only = |rate: u8| {
        let mut scenario = without_the_protocol();
        let b = scenario.jurisdictions.iter_mut().find(|j| j.code == "B").unwrap();
        b.parties = vec![];
        b.bilateral_mla = vec!["A".into()];
        let vps = scenario.providers.iter_mut().find(|p| p.id == "b-vps").unwrap();
        vps.disclosure.voluntary_rate = BTreeMap::from([("A".to_string(), rate)]);
        scenario
    };
    let mut sim = with_leads(&bilateral_only(100), &TEAM_A);
    let ask = |sim: &mut Simulation, who: &str| {
        refused(
            sim,
            who,
            Instrument::ProviderEmergencyRequest,
            "B",
            &["vps-image"],
            EMERGENCY,
        )
    };
    assert!(matches!(
        ask(&mut sim, "A/investigator"),
        Refusal::NeedsEmergency {
            instrument: Instrument::ProviderEmergencyRequest,
            ..
        }
    ));
    sim.advance_to(AFTER_THE_EMERGENCY);
    assert!(matches!(
        ask(&mut sim, "A/prosecutor"),
        Refusal::WrongSender { .. }
    ));
    // Art. 9 does not exist between A and B; the refusal names the
    // provider's own policy, which needs no treaty.
    let art9 = refused(
        &mut sim,
        "A/247",
        Instrument::EmergencyDisclosure,
        "B",
        &["vps-image"],
        EMERGENCY,
    );
    assert!(
        common::said(&sim, &art9).ends_with(
            "or an emergency request to the provider under its own policy (provider's emergency policy)"
        ),
        "{}",
        common::said(&sim, &art9)
    );
    // Without the emergency facts the provider rejects it on sending.
    let incomplete = draft(
        &mut sim,
        "A/investigator",
        Instrument::ProviderEmergencyRequest,
        "B",
        &["vps-image"],
        &[F::RequestingAuthority, F::DataAndRelation],
    );
    let lacking = sim
        .check(&p("A/investigator"), Action::Send { request: incomplete })
        .unwrap_err();
    assert!(matches!(
        &lacking,
        Refusal::Incomplete { missing, .. } if *missing == [F::EmergencyFacts]
    ));
    // Not CETS 224 Art. 3: A and B do not both apply the Protocol.
    assert!(
        common::said(&sim, &lacking).contains("it lacks emergency facts (provider's emergency policy)"),
        "{}",
        common::said(&sim, &lacking)
    );
    let id = draft(
        &mut sim,
        "A/investigator",
        Instrument::ProviderEmergencyRequest,
        "B",
        &["vps-image"],
        EMERGENCY,
    );
    sim.apply(&p("A/investigator"), Action::Send { request: id })
        .unwrap();
    // NimbusVPS's emergency_answers_in: 1h-4h.
    sim.advance_to(AFTER_THE_EMERGENCY.after(Duration::hours(4)));
    let image = item(&sim, "vps-image");
    assert_eq!(
        clauses(&sim, "A/investigator", id),
        [Clause::Disclosed { items: vec![image] }]
    );
    // A provider whose policy never answers A declines.
    let mut sim = with_leads(&bilateral_only(0), &TEAM_A);
    sim.advance_to(AFTER_THE_EMERGENCY);
    let id = draft(
        &mut sim,
        "A/investigator",
        Instrument::ProviderEmergencyRequest,
        "B",
        &["vps-image"],
        EMERGENCY,
    );
    sim.apply(&p("A/investigator"), Action::Send { request: id })
        .unwrap();
    sim.advance_to(AFTER_THE_EMERGENCY.after(Duration::hours(4)));
    assert!(matches!(
        status(&sim, "A/investigator", id),
        RequestStatus::Closed {
            result: RequestResult::DeclinedVoluntarily { .. }
        }
    ));
}

#[test]
fn a_refused_emergency_instrument_names_the_urgent_routes_between_budapest_parties() {
    let mut sim = with_leads(&without_the_protocol(), &TEAM_A);
    sim.advance_to(AFTER_THE_EMERGENCY);
    let refusal = refused(
        &mut sim,
        "A/247",
        Instrument::EmergencyDisclosure,
        "B",
        &["vps-logs"],
        EMERGENCY,
    );
    let said = common::said(&sim, &refusal);
    for route in [
        "Budapest Art. 25(3)",
        "Budapest Art. 31(3)",
        "Budapest Art. 27(9)",
        "Budapest Art. 35",
        "provider's emergency policy",
    ] {
        assert!(said.contains(route), "{route}: {said}");
    }
}

#[test]
fn art26_carries_leads_and_the_receiving_state_preserves_at_home_what_they_point_to() {
    let mut sim = with_leads(&common::two_hops(), &TEAM_A);
    // It informs: data is not what it carries, and only leads A has found.
    assert!(matches!(
        refused(
            &mut sim,
            "A/247",
            Instrument::SpontaneousInformation,
            "B",
            &["vps-logs"],
            &[F::RequestingAuthority, F::OffenceAndFacts]
        ),
        Refusal::InformsNamesNoData { .. }
    ));
    assert!(matches!(
        refused(
            &mut sim,
            "A/247",
            Instrument::SpontaneousInformation,
            "B",
            &["home-ip"],
            &[F::RequestingAuthority, F::OffenceAndFacts]
        ),
        Refusal::LeadNotFound { .. }
    ));
    let id = draft(
        &mut sim,
        "A/247",
        Instrument::SpontaneousInformation,
        "B",
        &["vps-ip"],
        &[F::RequestingAuthority, F::OffenceAndFacts],
    );
    sim.apply(&p("A/247"), Action::Send { request: id }).unwrap();
    sim.advance_to(SimTime(1));
    // B's team knows the lead, from A's information.
    let b = country(&sim, "B");
    let a = country(&sim, "A");
    let vps_ip = sim
        .scenario()
        .leads
        .iter()
        .position(|l| l.id == "vps-ip")
        .unwrap();
    let told = sim.trace().iter().any(|e| {
        e.actor == Actor::Team { jurisdiction: b }
            && e.event
                == Event::LeadsFound {
                    how: LeadSource::Informed { from: a },
                    leads: vec![vps_ip],
                }
    });
    assert!(told);
    // B's simulated police look it up and preserve the logs at home
    // before their 3d 12h run out, as traffic data (Art. 17, which
    // discloses the path); its prosecutor orders them.
    sim.advance_to(SimTime(12 * 60));
    let b_asked = sent_by(&sim, "B");
    assert!(b_asked.contains(&Instrument::TrafficPreservation), "{b_asked:?}");
    let preserved = sim.view(&p("B/investigator")).unwrap().requests.iter().any(|r| {
        r.instrument == Instrument::TrafficPreservation && r.items.contains(&item(&sim, "vps-logs"))
    });
    assert!(preserved);
    // A learnt nothing it did not know: information, not evidence.
    let view = sim.view(&p("A/247")).unwrap();
    assert!(view.evidence.iter().all(|e| !matches!(
        e.told,
        cyberdrill::sim::view::Told::Produced | cyberdrill::sim::view::Told::Disclosed
    )));
}

#[test]
fn a_simulated_team_takes_the_urgent_routes_without_the_protocol_and_shares_its_leads() {
    let scenario = common::checked(without_the_protocol());
    let mut sim = Simulation::with_humans(&scenario, 11, []).unwrap();
    sim.advance_to(SimTime(3 * 1440));
    let a_sent = sent_by(&sim, "A");
    // The desk: Art. 35 for the logs; the prosecutor: Art. 25(3), not
    // weeks-long MLA; and B hears of the VPS under Art. 26.
    for route in [
        Instrument::Assistance247,
        Instrument::UrgentMla,
        Instrument::SpontaneousInformation,
    ] {
        assert!(a_sent.contains(&route), "{route:?} in {a_sent:?}");
    }
    assert!(
        !a_sent.contains(&Instrument::EmergencyDisclosure) && !a_sent.contains(&Instrument::Mla),
        "{a_sent:?}"
    );
}

/// The emergency facts are cited under the route they are stated on: CETS
/// 224 Art. 3's definition on the Protocol's own emergency routes (Arts 9
/// and 10), the route's own provision where the Protocol does not apply
/// (Budapest Art. 35 assistance, an Art. 25(3) urgent request, a
/// provider's emergency policy), and nothing on a route no emergency
/// changes (Art. 29 preservation).
#[test]
fn the_emergency_facts_cite_the_route_they_are_stated_on() {
    use cyberdrill::words::{Lang, Words};
    let on = |instrument| Some(Basis::Rule(instrument));
    let english = common::english();
    let cited = |instrument| english.field(F::EmergencyFacts, on(instrument));
    assert_eq!(
        cited(Instrument::EmergencyDisclosure),
        "emergency facts (CETS 224 Art. 3)"
    );
    assert_eq!(
        cited(Instrument::EmergencyMla),
        "emergency facts (CETS 224 Art. 3)"
    );
    assert_eq!(
        cited(Instrument::Assistance247),
        "emergency facts (Budapest Art. 35)"
    );
    assert_eq!(
        cited(Instrument::UrgentMla),
        "emergency facts (Budapest Art. 25(3))"
    );
    assert_eq!(
        cited(Instrument::DirectJudicialRequest),
        "emergency facts (Budapest Art. 27(9))"
    );
    assert_eq!(
        cited(Instrument::ProviderEmergencyRequest),
        "emergency facts (provider's emergency policy)"
    );
    assert_eq!(cited(Instrument::Preservation247), "emergency facts");
    assert_eq!(english.field(F::EmergencyFacts, None), "emergency facts");
    let french = Words::new(Lang::Fr);
    assert_eq!(
        french.field(F::EmergencyFacts, on(Instrument::Assistance247)),
        "faits établissant l'urgence (art. 35 de la Convention de Budapest)"
    );
    assert_eq!(
        french.field(F::EmergencyFacts, on(Instrument::EmergencyDisclosure)),
        "faits établissant l'urgence (art. 3 du Deuxième Protocole)"
    );
}
