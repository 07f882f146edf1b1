//! The rest of the Second Protocol (CETS 224) and Budapest Art. 24
//! extradition, on the small test scenario (tests/data/sim/two-hops.ron)
//! with a domain registrar and suspects added: each instrument used
//! rightly (it succeeds, with the right timing) and wrongly (refused with
//! the reason the treaty gives).

mod common;

use common::{draft_action, item, refused, status};

use cyberdrill::law::{Needs, RequestField as F};
use cyberdrill::scenario::model::{
    Condition, DataCategory, DataItem, Delay, DisclosurePolicy, Holding, Instrument, Locator, Objective,
    Offence, Provider, ProviderKind, Reservation, Scenario, Suspect, Text,
};
use cyberdrill::sim::event::{Clause, RequestResult};
use cyberdrill::sim::view::RequestStatus;
use cyberdrill::sim::{Action, Participant, Refusal, Simulation};
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
        played: false,
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

/// A's team has found the leak site, the VPS and the VPN, and looked up
/// who is behind each that has a provider.
fn with_leads(scenario: &Scenario) -> Simulation {
    with_leads_and(scenario, &[])
}

/// [`with_leads`], with these seats of other teams played by people too.
fn with_leads_and(scenario: &Scenario, others: &[&str]) -> Simulation {
    let humans = TEAM_A.iter().chain(others).map(|h| p(h));
    let mut sim = Simulation::with_humans(scenario, 11, humans).unwrap();
    let investigator = p("A/investigator");
    for lead in ["ransom-note", "firewall-log"] {
        sim.apply(&investigator, Action::Examine { lead: lead.into() })
            .unwrap();
    }
    let behind = |id: &str| scenario.leads.iter().any(|l| l.id == id && l.provider.is_some());
    for lead in ["leak-site", "vps-ip", "vpn-ip"]
        .into_iter()
        .filter(|id| behind(id))
    {
        sim.apply(&investigator, Action::LookUp { lead: lead.into() })
            .unwrap();
    }
    sim
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

/// Budapest Art. 24: an extradition request names the suspect and rests on
/// the offence, the facts and the legal basis; it is signed, and B's
/// central authority wants it in French.
const ART24: &[F] = &[
    F::RequestingAuthority,
    F::OffenceAndFacts,
    F::LegalBasis,
    F::Translation,
];

/// Two-hops with suspects: the operator, in B, located by the C2 server's
/// address (`vps-ip`), a national of B; the courier, in C, located by the
/// VPN exit; the payer, in B, located only by the home connection nobody
/// has found. Objectives: the operator extradited, or prosecuted in B.
/// `nationals`: B's law bars extraditing its own nationals (Art. 24(6)).
/// `penalties`: the exercise's maximum penalties per offence.
fn with_suspects(nationals: bool, penalties: &[(Offence, Duration)]) -> Scenario {
    let mut scenario = common::two_hops();
    let suspect = |id: &str, jurisdiction: &str, lead: &str, nationality: Option<&str>| Suspect {
        id: id.into(),
        text: Text([("en".to_string(), format!("The {id}"))].into()),
        jurisdiction: jurisdiction.into(),
        located_by: vec![Locator::Lead(lead.into())],
        nationality: nationality.map(String::from),
    };
    scenario.suspects = vec![
        suspect("operator", "B", "vps-ip", Some("B")),
        suspect("courier", "C", "vpn-ip", None),
        suspect("payer", "B", "home-ip", None),
    ];
    if nationals {
        let b = scenario.jurisdictions.iter_mut().find(|j| j.code == "B").unwrap();
        b.reservations.push(Reservation::NoExtraditionOfNationals);
    }
    scenario.law.max_penalties = penalties.iter().copied().collect();
    let objective = |id: &str, when: Condition| Objective {
        id: id.into(),
        text: Text([("en".to_string(), id.to_string())].into()),
        points: 10,
        when,
        by: None,
        debrief: None,
    };
    scenario.objectives.push(objective(
        "operator-extradited",
        Condition::SuspectExtradited("operator".into()),
    ));
    scenario.objectives.push(objective(
        "operator-prosecuted",
        Condition::SuspectProsecuted("operator".into()),
    ));
    common::checked(scenario)
}

/// A's prosecutor asks B to extradite the operator: drafted, signed, sent.
fn ask_for_the_operator(sim: &mut Simulation) -> (u32, SimTime) {
    let prosecutor = p("A/prosecutor");
    let id = sim
        .apply(
            &prosecutor,
            draft_action(Instrument::Extradition, "B", &["operator"], ART24),
        )
        .unwrap()
        .request
        .unwrap();
    sim.apply(&prosecutor, Action::Sign { request: id }).unwrap();
    sim.apply(&prosecutor, Action::Send { request: id }).unwrap();
    (id, sim.now())
}

fn met(sim: &Simulation) -> Vec<String> {
    sim.report()
        .objectives
        .into_iter()
        .filter(|o| o.met_at.is_some())
        .map(|o| o.id)
        .collect()
}

fn suspect(sim: &Simulation, id: &str) -> usize {
    sim.scenario().suspects.iter().position(|s| s.id == id).unwrap()
}

#[test]
fn budapest_art24_the_state_where_the_located_suspect_is_extradites_after_its_central_authority() {
    let mut sim = with_leads(&with_suspects(false, &[]));
    let (id, sent) = ask_for_the_operator(&mut sim);
    // A's central authority transmits; B's processes in 10 to 30 days
    // (office hours): nothing is decided in the first ten days.
    sim.advance_to(sent.after(Duration::days(9)));
    assert!(
        !matches!(status(&sim, "A/prosecutor", id), RequestStatus::Closed { .. }),
        "{:?}",
        status(&sim, "A/prosecutor", id)
    );
    assert!(met(&sim).is_empty());
    sim.advance_to(sent.after(Duration::days(45)));
    let (b, operator) = (1, suspect(&sim, "operator"));
    assert_eq!(
        status(&sim, "A/prosecutor", id),
        RequestStatus::Closed {
            result: RequestResult::Extradited {
                by: b,
                suspect: operator
            }
        }
    );
    assert_eq!(met(&sim), ["operator-extradited"]);
}

#[test]
fn budapest_art24_6_a_state_that_refuses_its_national_prosecutes_instead() {
    let mut sim = with_leads(&with_suspects(true, &[]));
    let (id, sent) = ask_for_the_operator(&mut sim);
    sim.advance_to(sent.after(Duration::days(45)));
    let (b, operator) = (1, suspect(&sim, "operator"));
    let result = status(&sim, "A/prosecutor", id);
    assert_eq!(
        result,
        RequestStatus::Closed {
            result: RequestResult::ProsecutedInstead {
                by: b,
                suspect: operator
            }
        }
    );
    assert_eq!(met(&sim), ["operator-prosecuted"]);
}

/// Runs until request `id` is put to B's prosecutor, played by a person.
fn until_decision(sim: &mut Simulation, id: u32) {
    for _ in 0..100 {
        if status(sim, "A/prosecutor", id) == RequestStatus::AwaitingDecision {
            return;
        }
        let next = sim.now().after(Duration::days(1));
        sim.advance_to(next);
    }
    panic!("request #{id} never reached B's prosecutor");
}

#[test]
fn budapest_art24_a_requested_prosecutor_played_by_a_person_decides_the_extradition() {
    let mut sim = with_leads_and(&with_suspects(false, &[]), &["B/prosecutor"]);
    let (id, _) = ask_for_the_operator(&mut sim);
    // B's prosecutor sees nothing while the central authorities have it.
    let sees = |sim: &Simulation| {
        sim.view(&p("B/prosecutor"))
            .unwrap()
            .requests
            .iter()
            .any(|r| r.id == id)
    };
    assert!(!sees(&sim));
    // Not put to them yet: the refusal says so (not that 24/7 desks decline).
    let early = Action::Decline {
        request: id,
        reason: "Too early".into(),
    };
    assert_eq!(
        sim.apply(&p("B/prosecutor"), early),
        Err(Refusal::NotAwaitingDecision { request: id })
    );
    until_decision(&mut sim, id);
    assert!(sees(&sim));
    // The simulation does not decide for them (it would have within days).
    sim.advance_to(sim.now().after(Duration::days(5)));
    assert_eq!(status(&sim, "A/prosecutor", id), RequestStatus::AwaitingDecision);
    assert!(met(&sim).is_empty());
    // Only the requested prosecutor grants it.
    let r = sim.apply(&p("B/247"), Action::Comply { request: id });
    assert!(matches!(r, Err(Refusal::ComplyIsLiaisons)), "{r:?}");
    assert!(matches!(
        sim.apply(&p("A/prosecutor"), Action::Comply { request: id }),
        Err(Refusal::ComplyIsLiaisons)
    ));
    sim.apply(&p("B/prosecutor"), Action::Comply { request: id })
        .unwrap();
    let (b, operator) = (1, suspect(&sim, "operator"));
    assert_eq!(
        status(&sim, "A/prosecutor", id),
        RequestStatus::Closed {
            result: RequestResult::Extradited {
                by: b,
                suspect: operator
            }
        }
    );
    assert_eq!(met(&sim), ["operator-extradited"]);
    // Decided: nothing more to grant.
    assert_eq!(
        sim.apply(&p("B/prosecutor"), Action::Comply { request: id }),
        Err(Refusal::NotAwaitingDecision { request: id })
    );
}

#[test]
fn budapest_art24_6_for_a_national_the_law_keeps_granting_is_prosecuting_at_home() {
    let mut sim = with_leads_and(&with_suspects(true, &[]), &["B/prosecutor"]);
    let (id, _) = ask_for_the_operator(&mut sim);
    until_decision(&mut sim, id);
    let (b, operator) = (1, suspect(&sim, "operator"));
    sim.apply(&p("B/prosecutor"), Action::Comply { request: id })
        .unwrap();
    assert_eq!(
        status(&sim, "A/prosecutor", id),
        RequestStatus::Closed {
            result: RequestResult::ProsecutedInstead {
                by: b,
                suspect: operator
            }
        }
    );
    assert_eq!(met(&sim), ["operator-prosecuted"]);
}

#[test]
fn budapest_art24_6_refusing_a_national_on_another_ground_is_a_refusal_not_a_prosecution() {
    // Art. 24(6) binds a State that refuses solely on nationality; a
    // refusal on another ground (a political offence, Art. 24(5) and the
    // requested State's law) leaves nothing to prosecute there.
    let mut sim = with_leads_and(&with_suspects(true, &[]), &["B/prosecutor"]);
    let (id, _) = ask_for_the_operator(&mut sim);
    until_decision(&mut sim, id);
    sim.apply(
        &p("B/prosecutor"),
        Action::Decline {
            request: id,
            reason: "A political offence under our law".into(),
        },
    )
    .unwrap();
    assert_eq!(
        status(&sim, "A/prosecutor", id),
        RequestStatus::Closed {
            result: RequestResult::DeclinedByDesk {
                by: p("B/prosecutor"),
                ground: "A political offence under our law".into()
            }
        }
    );
    assert!(met(&sim).is_empty());
}

#[test]
fn cets224_art12_a_requested_prosecutor_played_by_a_person_may_refuse_the_joint_team() {
    let mut sim = with_leads_and(&common::checked(common::two_hops()), &["B/prosecutor"]);
    let prosecutor = p("A/prosecutor");
    let jit = sim
        .apply(
            &prosecutor,
            draft_action(
                Instrument::JointInvestigationTeam,
                "B",
                &[],
                &[F::RequestingAuthority, F::OffenceAndFacts],
            ),
        )
        .unwrap()
        .request
        .unwrap();
    sim.apply(&prosecutor, Action::Sign { request: jit }).unwrap();
    sim.apply(&prosecutor, Action::Send { request: jit }).unwrap();
    until_decision(&mut sim, jit);
    sim.apply(
        &p("B/prosecutor"),
        Action::Decline {
            request: jit,
            reason: "Our own investigation is at an early stage".into(),
        },
    )
    .unwrap();
    assert_eq!(
        status(&sim, "A/prosecutor", jit),
        RequestStatus::Closed {
            result: RequestResult::DeclinedByDesk {
                by: p("B/prosecutor"),
                ground: "Our own investigation is at an early stage".into()
            }
        }
    );
    // No team: a request within one is still refused.
    assert!(matches!(
        refused(
            &mut sim,
            "A/investigator",
            Instrument::JointTeamRequest,
            "B",
            &["vps-image"],
            &[F::RequestingAuthority, F::DataAndRelation],
        ),
        Refusal::NoJointTeam { .. }
    ));
}

#[test]
fn budapest_art24_is_refused_for_a_suspect_not_located_elsewhere_or_a_minor_offence() {
    let mut sim = with_leads(&with_suspects(false, &[]));
    // The prosecutor's, not the investigator's.
    assert!(matches!(
        refused(
            &mut sim,
            "A/investigator",
            Instrument::Extradition,
            "B",
            &["operator"],
            ART24
        ),
        Refusal::WrongSender { .. }
    ));
    // Nobody has found the home connection that locates the payer; an
    // unknown name gets the same answer.
    for who in ["payer", "nobody"] {
        assert_eq!(
            refused(
                &mut sim,
                "A/prosecutor",
                Instrument::Extradition,
                "B",
                &[who],
                ART24
            ),
            Refusal::SuspectNotLocated {
                instrument: Instrument::Extradition,
                suspect: who.into()
            }
        );
    }
    // The courier is in C: ask C.
    let (b, c) = (1, 2);
    let courier = suspect(&sim, "courier");
    assert_eq!(
        refused(
            &mut sim,
            "A/prosecutor",
            Instrument::Extradition,
            "B",
            &["courier"],
            ART24
        ),
        Refusal::SuspectElsewhere {
            instrument: Instrument::Extradition,
            suspect: courier,
            located_in: c,
            to: b
        }
    );
    assert!(matches!(
        refused(&mut sim, "A/prosecutor", Instrument::Extradition, "B", &[], ART24),
        Refusal::MustNameSuspect { .. }
    ));
    // Art. 24(1)(a): the case's Convention offences (illegal access, data
    // interference) punishable by six months only: not extraditable.
    // Extortion is punishable by more, but it is not an offence of Arts 2-11.
    let six_months = Duration::days(182);
    let minor = with_suspects(
        false,
        &[
            (Offence::IllegalAccess, six_months),
            (Offence::DataInterference, six_months),
        ],
    );
    let mut sim = with_leads(&minor);
    let refusal = refused(
        &mut sim,
        "A/prosecutor",
        Instrument::Extradition,
        "B",
        &["operator"],
        ART24,
    );
    assert_eq!(
        refusal,
        Refusal::NotExtraditable {
            offences: vec![
                Offence::IllegalAccess,
                Offence::DataInterference,
                Offence::Extortion
            ],
            threshold: Duration::days(365),
        }
    );
    assert!(
        common::said(&sim, &refusal).starts_with("Budapest Art. 24(1)(a) applies to offences of Arts 2-11"),
        "{}",
        common::said(&sim, &refusal)
    );
}

/// CETS 224 Art. 8: the order, with the facts, the legal basis and the
/// data it seeks; signed; translated where B requires it.
const ART8: &[F] = &[
    F::RequestingAuthority,
    F::OffenceAndFacts,
    F::DataAndRelation,
    F::LegalBasis,
    F::Translation,
];

/// Two-hops run for a year, with B's central authority slow (70 to 90
/// days) and NimbusVPS slow to answer (30 to 60 days), its logs kept a
/// year: only the treaty's deadlines bring the data back in time.
fn slow_authorities() -> Scenario {
    let mut scenario = common::two_hops();
    scenario.end.after = Some(Duration::days(365));
    let b = scenario.jurisdictions.iter_mut().find(|j| j.code == "B").unwrap();
    b.central_authority.processing = Delay(Duration::days(70), Duration::days(90));
    let vps = scenario.providers.iter_mut().find(|p| p.id == "b-vps").unwrap();
    vps.disclosure.answers_in = Delay(Duration::days(30), Duration::days(60));
    for holding in &mut vps.holds {
        holding.retention = Some(Duration::days(365));
    }
    common::checked(scenario)
}

/// When the trace first shows an event `matches` accepts.
fn when(sim: &Simulation, matches: impl Fn(&cyberdrill::sim::Event) -> bool) -> SimTime {
    sim.trace().iter().find(|e| matches(&e.event)).unwrap().at
}

#[test]
fn cets224_art8_the_order_is_served_within_45_days_and_traffic_data_returned_within_45() {
    use cyberdrill::sim::Event;
    let mut sim = with_leads(&slow_authorities());
    let prosecutor = p("A/prosecutor");
    let id = sim
        .apply(
            &prosecutor,
            draft_action(Instrument::GivingEffectToOrder, "B", &["vps-logs"], ART8),
        )
        .unwrap()
        .request
        .unwrap();
    sim.apply(&prosecutor, Action::Sign { request: id }).unwrap();
    sim.apply(&prosecutor, Action::Send { request: id }).unwrap();
    sim.advance_to(SimTime::START.after(Duration::days(300)));
    let logs = item(&sim, "vps-logs");
    assert_eq!(
        status(&sim, "A/prosecutor", id),
        RequestStatus::Closed {
            result: RequestResult::Executed {
                clauses: vec![Clause::Produced { items: vec![logs] }]
            }
        }
    );
    // From B's acceptance: served at 45 days (its 70 to 90 days capped),
    // then NimbusVPS's 30 to 60 days capped at 45 for traffic data.
    let accepted = when(
        &sim,
        |e| matches!(e, Event::Accepted { request, .. } if *request == id),
    );
    let closed = when(
        &sim,
        |e| matches!(e, Event::RequestClosed { request, .. } if *request == id),
    );
    let took = closed.0 - accepted.0;
    assert!(
        (Duration::days(75).0..=Duration::days(90).0).contains(&took),
        "took {took} minutes"
    );
}

/// The requesting team watches CETS 224 Art. 8(6)'s deadlines: while B
/// processes the order, its latest service on the provider (45 days from
/// acceptance); once served, the provider's latest answer (45 days for
/// traffic data, from service). Worked by hand on the slow authorities:
/// B's 70 to 90 days are capped, so service is at acceptance + 45 days,
/// and the answer is due at acceptance + 90 days.
#[test]
fn cets224_art8_the_team_sees_the_service_deadline_then_the_providers_answer_deadline() {
    use cyberdrill::sim::Event;
    use cyberdrill::sim::view::Deadline;
    let mut sim = with_leads(&slow_authorities());
    let prosecutor = p("A/prosecutor");
    let id = sim
        .apply(
            &prosecutor,
            draft_action(Instrument::GivingEffectToOrder, "B", &["vps-logs"], ART8),
        )
        .unwrap()
        .request
        .unwrap();
    sim.apply(&prosecutor, Action::Sign { request: id }).unwrap();
    sim.apply(&prosecutor, Action::Send { request: id }).unwrap();
    // A's ministry reviews and transmits it within days; B accepts it.
    sim.advance_to(SimTime::START.after(Duration::days(10)));
    let accepted = when(
        &sim,
        |e| matches!(e, Event::Accepted { request, .. } if *request == id),
    );
    let served_by = accepted.after(Duration::days(45));
    let answer_by = served_by.after(Duration::days(45));
    let clocks = |sim: &Simulation| sim.view(&prosecutor).unwrap().clocks.clone();
    let answer_due = |sim: &Simulation| {
        sim.view(&prosecutor)
            .unwrap()
            .requests
            .iter()
            .find(|r| r.id == id)
            .unwrap()
            .answer_due
    };
    assert!(
        clocks(&sim).contains(&Deadline::ServiceDue {
            request: id,
            by: served_by
        }),
        "{:?}",
        clocks(&sim)
    );
    assert_eq!(answer_due(&sim), None);
    // Served at acceptance + 45 days: now the provider's 45 days run.
    sim.advance_to(served_by.after(Duration::minutes(1)));
    let now = clocks(&sim);
    assert!(
        now.contains(&Deadline::AnswerDue {
            request: id,
            by: answer_by
        }),
        "{now:?}"
    );
    assert!(
        !now.iter().any(|c| matches!(c, Deadline::ServiceDue { .. })),
        "{now:?}"
    );
    assert_eq!(answer_due(&sim), Some(answer_by));
    // Answered (by acceptance + 90 days at the latest): no deadline left.
    sim.advance_to(answer_by);
    assert!(
        !clocks(&sim)
            .iter()
            .any(|c| matches!(c, Deadline::ServiceDue { .. } | Deadline::AnswerDue { .. })),
        "{:?}",
        clocks(&sim)
    );
    // In words, English and French.
    let service = Deadline::ServiceDue {
        request: id,
        by: served_by,
    };
    assert_eq!(
        common::said(&sim, &service),
        format!("the requested State's latest service of order #{id} on the provider (CETS 224 Art. 8(6))")
    );
    let french = cyberdrill::words::Words::new(cyberdrill::words::Lang::Fr);
    assert_eq!(
        french.message(sim.scenario(), &service),
        format!(
            "signification au fournisseur, par l'État requis, de l'injonction #{id} au plus tard (art. 8(6) du Deuxième Protocole)"
        )
    );
}

#[test]
fn cets224_art8_is_refused_outside_the_protocol_for_other_data_and_to_the_police() {
    let mut sim = with_leads(&slow_authorities());
    assert!(matches!(
        refused(
            &mut sim,
            "A/prosecutor",
            Instrument::GivingEffectToOrder,
            "C",
            &["vpn-logs"],
            ART8
        ),
        Refusal::NotBetween {
            needs: Needs::SecondProtocol,
            ..
        }
    ));
    // Art. 8 reaches subscriber information and traffic data, not a disk image.
    assert!(matches!(
        refused(
            &mut sim,
            "A/prosecutor",
            Instrument::GivingEffectToOrder,
            "B",
            &["vps-image"],
            ART8
        ),
        Refusal::NotCovered {
            instrument: Instrument::GivingEffectToOrder,
            category: DataCategory::ServerImage,
            ..
        }
    ));
    // An order is the prosecutor's (the judicial authority's), not the police's.
    assert!(matches!(
        refused(
            &mut sim,
            "A/investigator",
            Instrument::GivingEffectToOrder,
            "B",
            &["vps-logs"],
            ART8
        ),
        Refusal::WrongSender { .. }
    ));
}

#[test]
fn cets224_art12_a_joint_team_agreed_by_both_prosecutors_exchanges_evidence_without_mla() {
    let mut sim = with_leads(&common::checked(common::two_hops()));
    let (prosecutor, investigator) = (p("A/prosecutor"), p("A/investigator"));
    // No team yet: data within a team cannot be asked for; MLA can.
    match refused(
        &mut sim,
        "A/investigator",
        Instrument::JointTeamRequest,
        "B",
        &["vps-image"],
        &[F::RequestingAuthority, F::DataAndRelation],
    ) {
        Refusal::NoJointTeam { to: 1, instead, .. } => {
            assert!(instead.iter().any(|(i, _)| *i == Instrument::Mla), "{instead:?}")
        }
        other => panic!("{other:?}"),
    }
    // Not with C, outside the Protocol.
    assert!(matches!(
        refused(
            &mut sim,
            "A/prosecutor",
            Instrument::JointInvestigationTeam,
            "C",
            &[],
            &[F::RequestingAuthority, F::OffenceAndFacts]
        ),
        Refusal::NotBetween {
            needs: Needs::SecondProtocol,
            ..
        }
    ));
    // A's prosecutor proposes the team; B's prosecutors agree at their
    // judges' pace (4h to 2 working days).
    let jit = sim
        .apply(
            &prosecutor,
            draft_action(
                Instrument::JointInvestigationTeam,
                "B",
                &[],
                &[F::RequestingAuthority, F::OffenceAndFacts],
            ),
        )
        .unwrap()
        .request
        .unwrap();
    sim.apply(&prosecutor, Action::Sign { request: jit }).unwrap();
    sim.apply(&prosecutor, Action::Send { request: jit }).unwrap();
    sim.advance_to(sim.now().after(Duration::days(5)));
    assert_eq!(
        status(&sim, "A/prosecutor", jit),
        RequestStatus::Closed {
            result: RequestResult::JointTeamSetUp { with: 1 }
        }
    );
    // Now the investigator asks B's members for the disk image: no central
    // authority, no translation, no signature; B's members obtain it under
    // their own law (judges 4h-2d, NimbusVPS 4h-2d): evidence within days,
    // where MLA takes B's central authority 10 to 30 days.
    let ask = sim
        .apply(
            &investigator,
            draft_action(
                Instrument::JointTeamRequest,
                "B",
                &["vps-image"],
                &[F::RequestingAuthority, F::DataAndRelation],
            ),
        )
        .unwrap()
        .request
        .unwrap();
    sim.apply(&investigator, Action::Send { request: ask }).unwrap();
    sim.advance_to(sim.now().after(Duration::days(7)));
    let image = item(&sim, "vps-image");
    assert_eq!(
        status(&sim, "A/investigator", ask),
        RequestStatus::Closed {
            result: RequestResult::Executed {
                clauses: vec![Clause::Produced { items: vec![image] }]
            }
        }
    );
}

/// CETS 224 Art. 9: an emergency disclosure request.
const ART9: &[F] = &[F::RequestingAuthority, F::EmergencyFacts, F::DataAndRelation];

/// Two-hops, B attaching the Art. 14(10)(a) condition or not; A's team has
/// obtained the VPS logs by Art. 9 emergency disclosure once patients are
/// at risk, and learnt from them the home connection.
fn logs_from_b(condition: bool) -> Simulation {
    let mut scenario = common::two_hops();
    if condition {
        let b = scenario.jurisdictions.iter_mut().find(|j| j.code == "B").unwrap();
        b.reservations.push(Reservation::OnwardTransferNeedsConsent);
    }
    let mut sim = with_leads(&common::checked(scenario));
    // The ambulances stage (6h) opens the emergency.
    sim.advance_to(SimTime(6 * 60 + 30));
    let desk = p("A/247");
    let id = sim
        .apply(
            &desk,
            draft_action(Instrument::EmergencyDisclosure, "B", &["vps-logs"], ART9),
        )
        .unwrap()
        .request
        .unwrap();
    sim.apply(&desk, Action::Send { request: id }).unwrap();
    sim.advance_to(sim.now().after(Duration::days(1)));
    let logs = item(&sim, "vps-logs");
    let clauses = match status(&sim, "A/247", id) {
        RequestStatus::Closed {
            result: RequestResult::Executed { clauses },
        } => clauses,
        other => panic!("{other:?}"),
    };
    assert_eq!(clauses[0], Clause::Produced { items: vec![logs] });
    let condition_shown = clauses.contains(&Clause::OnwardTransferNeedsConsent {
        items: vec![logs],
        by: 1,
    });
    assert_eq!(condition_shown, condition, "{clauses:?}");
    sim
}

fn share(sim: &mut Simulation, to: &str) -> Result<(), Refusal> {
    sim.check(
        &p("A/247"),
        draft_action(
            Instrument::SpontaneousInformation,
            to,
            &["home-ip"],
            &[F::RequestingAuthority, F::OffenceAndFacts],
        ),
    )
    .map(|_| ())
}

#[test]
fn cets224_art14_10_data_transferred_on_condition_goes_to_no_third_state_without_consent() {
    let mut sim = logs_from_b(true);
    let (logs, home_ip) = (item(&sim, "vps-logs"), 5);
    assert_eq!(sim.scenario().leads[home_ip].id, "home-ip");
    let refusal = share(&mut sim, "C").unwrap_err();
    assert_eq!(
        refusal,
        Refusal::OnwardTransferNeedsConsent {
            lead: home_ip,
            item: logs,
            by: 1
        }
    );
    assert!(
        common::said(&sim, &refusal).contains("(CETS 224 Art. 14(10)(a)): ask B first"),
        "{}",
        common::said(&sim, &refusal)
    );
    // Back to the State that transferred it: no third State.
    share(&mut sim, "B").unwrap();
    // Without the condition, sharing with C is A's own affair.
    let mut sim = logs_from_b(false);
    share(&mut sim, "C").unwrap();
}

/// CETS 224 Art. 11: the request states who is to be heard and on what,
/// with the facts and legal basis; signed; translated for B.
const ART11: &[F] = &[
    F::RequestingAuthority,
    F::OffenceAndFacts,
    F::PersonToBeHeard,
    F::LegalBasis,
    F::Translation,
];

#[test]
fn cets224_art11_a_hearing_by_video_conference_is_scheduled_after_the_central_authorities() {
    let mut sim = with_leads(&slow_authorities());
    assert!(matches!(
        refused(
            &mut sim,
            "A/prosecutor",
            Instrument::VideoConference,
            "C",
            &[],
            ART11
        ),
        Refusal::NotBetween {
            needs: Needs::SecondProtocol,
            ..
        }
    ));
    assert!(matches!(
        refused(
            &mut sim,
            "A/investigator",
            Instrument::VideoConference,
            "B",
            &[],
            ART11
        ),
        Refusal::WrongSender { .. }
    ));
    let prosecutor = p("A/prosecutor");
    let id = sim
        .apply(
            &prosecutor,
            draft_action(Instrument::VideoConference, "B", &[], ART11),
        )
        .unwrap()
        .request
        .unwrap();
    sim.apply(&prosecutor, Action::Sign { request: id }).unwrap();
    sim.apply(&prosecutor, Action::Send { request: id }).unwrap();
    sim.advance_to(SimTime::START.after(Duration::days(300)));
    let result = match status(&sim, "A/prosecutor", id) {
        RequestStatus::Closed { result } => result,
        other => panic!("{other:?}"),
    };
    // B's central authority took its 70 to 90 days (no Art. 8 deadline
    // here); the hearing is set after that, at B's judges' pace.
    let closed = when(
        &sim,
        |e| matches!(e, cyberdrill::sim::Event::RequestClosed { request, .. } if *request == id),
    );
    match result {
        RequestResult::HearingScheduled { by: 1, at } => assert!(at >= closed, "{at:?} {closed:?}"),
        other => panic!("{other:?}"),
    }
    assert!(closed >= SimTime::START.after(Duration::days(70)), "{closed:?}");
}
