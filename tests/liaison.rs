//! A provider played by a person (issue: "a provider as a seat"): its
//! law-enforcement liaison receives the orders and requests for its
//! company's data, decides within the law and its policy, and answers.
//! On the small test scenario with NimbusVPS in B played (`played: true`).
//!
//! The law the tests hold the seat to: a preservation order binds the
//! provider on arrival (Budapest Arts 16, 29); a direct request for
//! subscriber information (CETS 224 Art. 7) is one the provider may
//! decline (Art. 7(1) permits, it does not compel, and Art. 7(7) lets the
//! requesting Party fall back on Art. 8 or MLA); either may be sent back
//! for clarification.

mod common;

use common::{draft, draft_action, item, status};

use cyberdrill::law::RequestField as F;
use cyberdrill::scenario::model::{DataCategory, DataItem, Holding, Instrument, Scenario, Text};
use cyberdrill::sim::event::RequestResult;
use cyberdrill::sim::view::{Deadline, RequestStatus, Told, Truth};
use cyberdrill::sim::{Action, Event, Participant, Refusal, Simulation};
use cyberdrill::time::{Duration, SimTime};

fn p(text: &str) -> Participant {
    text.parse().unwrap()
}

const LIAISON: &str = "b-vps/liaison";
const TEAM_A: [&str; 3] = ["A/investigator", "A/prosecutor", "A/247"];

/// Budapest Art. 29(2)(a)-(f).
const SIX: &[F] = &[
    F::RequestingAuthority,
    F::OffenceAndFacts,
    F::DataAndRelation,
    F::CustodianLocation,
    F::Necessity,
    F::MlaToFollow,
];
/// CETS 224 Art. 7(3)-(4): what a direct request states.
const ART7: &[F] = &[
    F::RequestingAuthority,
    F::OffenceAndFacts,
    F::DataAndRelation,
    F::LegalBasis,
];

/// Two-hops with NimbusVPS (B) played by a person when `played`, and
/// holding the VPS account's subscriber information for a year.
fn scenario(played: bool) -> Scenario {
    let mut scenario = common::two_hops();
    let vps = scenario.providers.iter_mut().find(|p| p.id == "b-vps").unwrap();
    vps.played = played;
    vps.holds.push(Holding {
        category: DataCategory::SubscriberInfo,
        retention: Some(Duration::days(365)),
    });
    let template = scenario.evidence[0].clone();
    scenario.evidence.push(DataItem {
        id: "vps-account".into(),
        category: DataCategory::SubscriberInfo,
        created: Duration(-Duration::days(40).0),
        text: Text([("en".to_string(), "VPS account holder".to_string())].into()),
        reveals: vec![],
        ..template
    });
    let vps_ip = scenario.leads.iter_mut().find(|l| l.id == "vps-ip").unwrap();
    vps_ip.evidence.push("vps-account".into());
    common::checked(scenario)
}

/// A's team (and, when `with_liaison`, NimbusVPS's liaison) played by
/// people; A has found and looked up the VPS.
fn start(with_liaison: bool) -> Simulation {
    let humans = TEAM_A
        .iter()
        .copied()
        .chain(with_liaison.then_some(LIAISON))
        .map(p);
    let mut sim = Simulation::with_humans(&scenario(true), 11, humans).unwrap();
    let investigator = p("A/investigator");
    sim.apply(
        &investigator,
        Action::Examine {
            lead: "firewall-log".into(),
        },
    )
    .unwrap();
    sim.apply(
        &investigator,
        Action::LookUp {
            lead: "vps-ip".into(),
        },
    )
    .unwrap();
    sim
}

/// A's 24/7 desk sends a complete Art. 29 request for the VPS logs to B.
fn preserve_logs(sim: &mut Simulation) -> u32 {
    let id = draft(sim, "A/247", Instrument::Preservation247, "B", &["vps-logs"], SIX);
    sim.apply(&p("A/247"), Action::Send { request: id }).unwrap();
    id
}

/// A's prosecutor sends a complete, signed Art. 7 request to NimbusVPS.
fn ask_for_the_account(sim: &mut Simulation) -> u32 {
    let id = draft(
        sim,
        "A/prosecutor",
        Instrument::DirectSubscriberRequest,
        "B",
        &["vps-account"],
        ART7,
    );
    sim.apply(&p("A/prosecutor"), Action::Sign { request: id })
        .unwrap();
    sim.apply(&p("A/prosecutor"), Action::Send { request: id })
        .unwrap();
    id
}

/// Runs until request `id` reaches the liaison (its status says so).
fn until_at_liaison(sim: &mut Simulation, id: u32) {
    for _ in 0..200 {
        if status(sim, "A/247", id) == RequestStatus::AwaitingLiaison {
            return;
        }
        let next = sim.now().after(Duration::minutes(30));
        sim.advance_to(next);
    }
    panic!("request #{id} never reached the liaison");
}

#[test]
fn a_played_provider_is_a_seat_named_liaison_at_its_id() {
    let seats = Participant::offered_seats(&scenario(true));
    assert!(seats.contains(&p(LIAISON)), "{seats:?}");
    assert!(!Participant::offered_seats(&scenario(false)).contains(&p(LIAISON)));
    // Offered, never taken by default: nobody in the seat, the provider
    // answers by itself (`Simulation::new`, `serve` without --seat).
    assert!(!Participant::team_seats(&scenario(true)).contains(&p(LIAISON)));
    assert_eq!(Participant::from_seat_name("liaison@b-vps").unwrap(), p(LIAISON));
    assert_eq!(p(LIAISON).seat_name(), "liaison@b-vps");
    assert_eq!(p(LIAISON).to_string(), LIAISON);
    // Only a provider the scenario lets a person play has the seat.
    let refused = Simulation::with_humans(&scenario(false), 1, [p(LIAISON)]);
    assert!(refused.is_err());
}

#[test]
fn budapest_art29_the_order_binds_on_arrival_and_waits_for_the_liaison_to_confirm() {
    let mut sim = start(true);
    let id = preserve_logs(&mut sim);
    until_at_liaison(&mut sim, id);
    let arrived = sim
        .trace()
        .iter()
        .find(|e| matches!(e.event, Event::ReachedProvider { request, .. } if request == id))
        .unwrap()
        .at;
    let logs = item(&sim, "vps-logs");

    // The liaison was told, sees the request with what it states, and the
    // data its company holds as the company knows it.
    let view = sim.view(&p(LIAISON)).unwrap();
    assert!(
        view.inbox
            .iter()
            .any(|n| matches!(n.event, Event::ReachedProvider { request, .. } if request == id)),
        "{:?}",
        view.inbox
    );
    let seen = view.requests.iter().find(|r| r.id == id).unwrap();
    assert_eq!(seen.items, vec![logs]);
    assert_eq!(seen.fields.len(), SIX.len());
    let on_its_screen: Vec<&str> = view.evidence.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(on_its_screen, ["vps-logs", "vps-image", "vps-account"]);
    assert!(view.leads.is_empty(), "a provider sees no team's case file");
    // Bound on arrival: the logs (3d 12h retention, created 3 days before
    // the start) are frozen for Art. 29(7)'s 60 days although nobody at
    // the provider has answered yet.
    let truth = &view.evidence[0].truth;
    assert!(matches!(truth, Some(Truth::PreservedUntil { .. })), "{truth:?}");
    assert!(
        view.clocks
            .iter()
            .any(|c| matches!(c, Deadline::Preservation { item, .. } if *item == logs))
    );

    // Nothing comes back to A while the liaison has not answered, however long.
    sim.advance_to(arrived.after(Duration::days(5)));
    assert_eq!(status(&sim, "A/247", id), RequestStatus::AwaitingLiaison);
    let told = |sim: &Simulation| {
        sim.view(&p("A/247"))
            .unwrap()
            .evidence
            .iter()
            .find(|e| e.item == logs)
            .unwrap()
            .told
            .clone()
    };
    assert_eq!(told(&sim), Told::Requested);

    sim.apply(&p(LIAISON), Action::Comply { request: id }).unwrap();
    // Preserved from arrival for 60 days; B's simulated desk then also
    // discloses the path the logs show (Art. 30), as intelligence.
    let until = arrived.after(Duration::days(60));
    assert!(
        matches!(told(&sim), Told::PreservedUntil { until: u } | Told::DisclosedPreservedUntil { until: u } if u == until),
        "{:?}",
        told(&sim)
    );
    assert!(matches!(
        status(&sim, "A/247", id),
        RequestStatus::Closed {
            result: RequestResult::Executed { .. }
        }
    ));
    // Done is done: a second answer finds nothing waiting.
    assert!(matches!(
        sim.apply(&p(LIAISON), Action::Comply { request: id }),
        Err(Refusal::NotWaitingAtProvider { .. })
    ));
}

#[test]
fn a_simulated_provider_answers_by_itself_and_its_seat_does_not_exist() {
    let mut sim = start(false);
    let id = preserve_logs(&mut sim);
    sim.advance_to(SimTime::START.after(Duration::days(5)));
    assert!(matches!(
        status(&sim, "A/247", id),
        RequestStatus::Closed {
            result: RequestResult::Executed { .. }
        }
    ));
    assert!(sim.view(&p(LIAISON)).is_none());
}

#[test]
fn cets224_art7_the_liaison_may_decline_a_direct_request_with_a_ground() {
    let mut sim = start(true);
    let id = ask_for_the_account(&mut sim);
    // A direct request reaches the provider at once.
    assert_eq!(status(&sim, "A/prosecutor", id), RequestStatus::AwaitingLiaison);
    let blank = Action::Decline {
        request: id,
        reason: " ".into(),
    };
    assert!(matches!(
        sim.apply(&p(LIAISON), blank),
        Err(Refusal::DeclineNeedsGround)
    ));
    sim.apply(
        &p(LIAISON),
        Action::Decline {
            request: id,
            reason: "Our terms require a court order from B".into(),
        },
    )
    .unwrap();
    // Declined by the company, on its ground: the Art. 7(7) lesson
    // (enforce by another route) is the same as a simulated provider's.
    let vps = sim
        .scenario()
        .providers
        .iter()
        .position(|p| p.id == "b-vps")
        .unwrap();
    assert_eq!(
        status(&sim, "A/prosecutor", id),
        RequestStatus::Closed {
            result: RequestResult::DeclinedByProvider {
                provider: vps,
                ground: "Our terms require a court order from B".into()
            }
        }
    );
}

#[test]
fn cets224_art7_a_liaison_who_complies_produces_the_subscriber_information_whatever_the_rate() {
    // NimbusVPS's policy discloses to half of the requests; the person
    // playing it decides instead.
    let mut sim = start(true);
    let id = ask_for_the_account(&mut sim);
    sim.apply(&p(LIAISON), Action::Comply { request: id }).unwrap();
    let account = item(&sim, "vps-account");
    let view = sim.view(&p("A/prosecutor")).unwrap();
    let told = &view.evidence.iter().find(|e| e.item == account).unwrap().told;
    assert_eq!(*told, Told::Produced);
}

#[test]
fn budapest_art29_a_binding_order_cannot_be_declined_but_can_be_sent_back() {
    let mut sim = start(true);
    let id = preserve_logs(&mut sim);
    until_at_liaison(&mut sim, id);
    let before = sim.state_hash();
    let refused = sim
        .apply(
            &p(LIAISON),
            Action::Decline {
                request: id,
                reason: "We do not like it".into(),
            },
        )
        .unwrap_err();
    assert!(
        matches!(refused, Refusal::OrderBinds { request, .. } if request == id),
        "{refused:?}"
    );
    assert_eq!(sim.state_hash(), before, "a refused action changes nothing");

    sim.apply(
        &p(LIAISON),
        Action::SendBack {
            request: id,
            fields: vec![F::DataAndRelation],
        },
    )
    .unwrap();
    assert_eq!(status(&sim, "A/247", id), RequestStatus::Returned);
    let view = sim.view(&p("A/247")).unwrap();
    let back = view
        .inbox
        .iter()
        .find(|n| matches!(&n.event, Event::SentBack { request, .. } if *request == id))
        .expect("A's desk is told");
    // A person asked to clarify what was stated; nothing was missing.
    assert_eq!(
        common::said(&sim, &back.event),
        format!(
            "sent request #{id} back for clarification: asks to clarify data and its relation to the \
             offence (Art. 29(2)(c)); amend it and send it again"
        )
    );
}

#[test]
fn a_liaison_answers_only_what_waits_for_its_company() {
    let mut sim = start(true);
    let id = preserve_logs(&mut sim);
    // Still on its way through B's desk: not the liaison's yet.
    assert!(matches!(
        sim.apply(&p(LIAISON), Action::Comply { request: id }),
        Err(Refusal::NotWaitingAtProvider { .. })
    ));
    // A liaison does not investigate or request.
    assert!(matches!(
        sim.apply(
            &p(LIAISON),
            draft_action(Instrument::Preservation247, "A", &[], SIX)
        ),
        Err(Refusal::LiaisonAnswersOnly)
    ));
    assert!(matches!(
        sim.apply(
            &p(LIAISON),
            Action::Examine {
                lead: "vps-ip".into()
            }
        ),
        Err(Refusal::LiaisonAnswersOnly)
    ));
    // And a team's seat does not comply for a provider.
    until_at_liaison(&mut sim, id);
    assert!(matches!(
        sim.apply(&p("A/247"), Action::Comply { request: id }),
        Err(Refusal::ComplyIsLiaisons)
    ));
}

#[test]
fn the_sender_and_the_liaison_write_to_each_other_on_the_request() {
    let mut sim = start(true);
    let id = ask_for_the_account(&mut sim);
    sim.apply(
        &p("A/prosecutor"),
        Action::Answer {
            request: id,
            text: "Urgent: the account pays for the C2 server".into(),
        },
    )
    .unwrap();
    let wrote = |sim: &Simulation, who: &str, text: &str| {
        sim.view(&p(who))
            .unwrap()
            .inbox
            .iter()
            .any(|n| matches!(&n.event, Event::Wrote { text: t, .. } if t == text))
    };
    assert!(wrote(&sim, LIAISON, "Urgent: the account pays for the C2 server"));
    sim.apply(
        &p(LIAISON),
        Action::Answer {
            request: id,
            text: "Received; our legal team reviews it today".into(),
        },
    )
    .unwrap();
    assert!(wrote(
        &sim,
        "A/prosecutor",
        "Received; our legal team reviews it today"
    ));
}

/// Runs until request `id` reaches the liaison, advancing a day at a time.
fn until_at_liaison_by_days(sim: &mut Simulation, id: u32) {
    for _ in 0..200 {
        if status(sim, "A/prosecutor", id) == RequestStatus::AwaitingLiaison {
            return;
        }
        let next = sim.now().after(Duration::days(1));
        sim.advance_to(next);
    }
    panic!("request #{id} never reached the liaison");
}

#[test]
fn an_order_its_own_state_served_shows_the_liaison_the_order_not_the_requesting_sides_reasons() {
    // CETS 224 Art. 8(3)(b): the supporting statement is not for the
    // provider. The same goes for an Art. 29 request B's desk executes:
    // NimbusVPS receives B's order, and talks to B's desk about it.
    let mut sim = start(true);
    let id = draft(
        &mut sim,
        "A/247",
        Instrument::Preservation247,
        "B",
        &["vps-logs"],
        &[
            F::RequestingAuthority,
            F::DataAndRelation,
            F::CustodianLocation,
            F::Necessity,
            F::MlaToFollow,
        ],
    );
    sim.apply(
        &p("A/247"),
        Action::Amend {
            request: id,
            fields: vec![cyberdrill::sim::Stated {
                field: F::OffenceAndFacts,
                text: Some("Ransomware at the Central Hospital; the suspect is a nurse".into()),
            }],
        },
    )
    .unwrap();
    sim.apply(&p("A/247"), Action::Send { request: id }).unwrap();
    until_at_liaison(&mut sim, id);
    let view = sim.view(&p(LIAISON)).unwrap();
    let seen = view.requests.iter().find(|r| r.id == id).unwrap();
    assert!(seen.fields.iter().all(|s| s.text.is_none()), "{:?}", seen.fields);
    // A's desk still reads its own text.
    let own = sim.view(&p("A/247")).unwrap();
    let mine = own.requests.iter().find(|r| r.id == id).unwrap();
    assert!(mine.fields.iter().any(|s| s.text.is_some()));
    // The liaison writes to B's desk, which served the order, not to A.
    sim.apply(
        &p(LIAISON),
        Action::Answer {
            request: id,
            text: "Which of the two servers at that address?".into(),
        },
    )
    .unwrap();
    let wrote =
        |sim: &Simulation, who: &str| {
            sim.view(&p(who)).unwrap().inbox.iter().any(
                |n| matches!(&n.event, Event::Wrote { text, .. } if text.starts_with("Which of the two")),
            )
        };
    assert!(wrote(&sim, "B/247"));
    assert!(!wrote(&sim, "A/247"));
    // And A's writing on its request does not reach the company.
    sim.apply(
        &p("A/247"),
        Action::Answer {
            request: id,
            text: "Please hurry".into(),
        },
    )
    .unwrap();
    assert!(
        !sim.view(&p(LIAISON))
            .unwrap()
            .inbox
            .iter()
            .any(|n| matches!(&n.event, Event::Wrote { text, .. } if text == "Please hurry"))
    );
}

#[test]
fn cets224_art8_the_liaison_sees_the_20_days_it_has_to_answer_an_order_given_effect() {
    // Art. 8(6): subscriber information within 20 days of service.
    let mut scenario = scenario(true);
    scenario.end.after = Some(Duration::days(200));
    let mut sim = Simulation::with_humans(
        &common::checked(scenario),
        11,
        TEAM_A.iter().copied().chain([LIAISON]).map(p),
    )
    .unwrap();
    let investigator = p("A/investigator");
    sim.apply(
        &investigator,
        Action::Examine {
            lead: "firewall-log".into(),
        },
    )
    .unwrap();
    sim.apply(
        &investigator,
        Action::LookUp {
            lead: "vps-ip".into(),
        },
    )
    .unwrap();
    let art8 = [
        F::RequestingAuthority,
        F::OffenceAndFacts,
        F::DataAndRelation,
        F::LegalBasis,
        F::Translation,
    ];
    let id = draft(
        &mut sim,
        "A/prosecutor",
        Instrument::GivingEffectToOrder,
        "B",
        &["vps-account"],
        &art8,
    );
    sim.apply(&p("A/prosecutor"), Action::Sign { request: id })
        .unwrap();
    sim.apply(&p("A/prosecutor"), Action::Send { request: id })
        .unwrap();
    until_at_liaison_by_days(&mut sim, id);
    let served = sim
        .trace()
        .iter()
        .find(|e| matches!(e.event, Event::ReachedProvider { request, .. } if request == id))
        .unwrap()
        .at;
    let due = Deadline::AnswerDue {
        request: id,
        by: served.after(Duration::days(20)),
    };
    assert!(sim.view(&p(LIAISON)).unwrap().clocks.contains(&due));
    assert!(sim.view(&p("A/prosecutor")).unwrap().clocks.contains(&due));
}

#[test]
fn a_misspelt_seat_is_a_usage_error_that_names_the_seats_there_are() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_cyberdrill"))
        .args([
            "serve",
            "scenarios/cases/emergency-locate.ron",
            "--seat",
            "liaison@it-mobil",
            "--headless",
            "--listen",
            "127.0.0.1:0",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("--seat liaison@it-mobil: no such seat in this scenario; its seats are investigator@NO, prosecutor@NO, 247@NO, liaison@it-mobile"),
        "{said}"
    );
}
