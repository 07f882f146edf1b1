//! The Budapest powers a team uses at home or with consent, on the small
//! test scenario (tests/data/sim/two-hops.ron) with what each needs added
//! in code and checked clean: Art. 17 (preservation of traffic data and
//! partial disclosure of the path), Art. 19 and 19(2) (search and seizure,
//! extended to a connected system in the territory, never abroad) and
//! Art. 32(b) (access with lawful and voluntary consent), Arts 20/21 and
//! 33/34 (real-time collection of traffic data and interception of content,
//! at home and by mutual assistance: data created after the order, never
//! stored data; interception for serious offences only). Each used rightly
//! succeeds with its timing; used wrongly it is refused for the right reason.

mod common;

use common::{draft, item, refused};

use cyberdrill::law::{Basis, Needs, RequestField as F};
use cyberdrill::scenario::model::{
    DataCategory, DataItem, Holding, Instrument, Lead, LeadKind, Provider, ProviderKind, Scenario, Text,
};
use cyberdrill::sim::event::{Clause, LeadSource, RequestResult};
use cyberdrill::sim::view::{RequestStatus, Told};
use cyberdrill::sim::{Action, Event, Participant, Refusal, Simulation};
use cyberdrill::time::{Duration, SimTime};

fn p(text: &str) -> Participant {
    text.parse().unwrap()
}

fn text(en: &str) -> Text {
    Text([("en".to_string(), en.to_string())].into())
}

fn lead(id: &str, kind: LeadKind, provider: Option<&str>, evidence: &[&str]) -> Lead {
    Lead {
        id: id.into(),
        kind,
        value: id.into(),
        text: text(id),
        reveals: vec![],
        provider: provider.map(Into::into),
        evidence: evidence.iter().map(|e| e.to_string()).collect(),
    }
}

fn data(id: &str, provider: &str, category: DataCategory) -> DataItem {
    DataItem {
        id: id.into(),
        provider: provider.into(),
        category,
        created: Duration::days(-1),
        text: text(id),
        reveals: vec![],
        kept: true,
        consent_by: vec![],
        reachable_from: vec![],
    }
}

/// Two-hops, plus, in A: the uplink's connection logs at A Telecom (which
/// show the traffic came through the VPS in B), the hospital's own server
/// and a cloud share reachable from it (Art. 19(2)); in B, the VPS image
/// reachable from the hospital's server too, and which the VPS account's
/// holder can consent to disclose (Art. 32(b)), the account being found
/// by examining the ransom note.
fn scenario() -> Scenario {
    let mut s = common::two_hops();
    let a_isp = s.providers.iter_mut().find(|p| p.id == "a-isp").unwrap();
    a_isp.holds.push(Holding {
        category: DataCategory::TrafficData,
        retention: Some(Duration::days(180)),
    });
    let mut host: Provider = s.providers.iter().find(|p| p.id == "a-isp").unwrap().clone();
    host.id = "a-host".into();
    host.name = "Hospital server room".into();
    host.kind = ProviderKind::Hosting;
    host.holds = vec![Holding {
        category: DataCategory::ServerImage,
        retention: Some(Duration::days(365)),
    }];
    let mut cloud = host.clone();
    cloud.id = "a-cloud".into();
    cloud.name = "A Cloud".into();
    cloud.kind = ProviderKind::Cloud;
    cloud.holds = vec![Holding {
        category: DataCategory::Content,
        retention: Some(Duration::days(365)),
    }];
    // A mail provider in B whose mailbox receives messages after the start
    // (Art. 34: interception by mutual assistance).
    let mut mail = cloud.clone();
    mail.id = "b-mail".into();
    mail.name = "B Mail".into();
    mail.jurisdiction = "B".into();
    mail.kind = ProviderKind::Email;
    s.providers.extend([host, cloud, mail]);
    let mut uplink_logs = data("uplink-logs", "a-isp", DataCategory::TrafficData);
    uplink_logs.reveals = vec!["vps-ip".into(), "leak-site".into()];
    let host_image = data("host-image", "a-host", DataCategory::ServerImage);
    let mut share = data("cloud-share", "a-cloud", DataCategory::Content);
    share.reachable_from = vec!["a-host".into()];
    s.evidence.extend([uplink_logs, host_image, share]);
    let image = s.evidence.iter_mut().find(|e| e.id == "vps-image").unwrap();
    image.reachable_from = vec!["a-host".into()];
    image.consent_by = vec!["vps-account".into()];
    s.leads.extend([
        lead(
            "uplink",
            LeadKind::IpAddress,
            Some("a-isp"),
            &["uplink-logs", "subscriber"],
        ),
        lead("host", LeadKind::IpAddress, Some("a-host"), &["host-image"]),
        lead(
            "cloud-account",
            LeadKind::Account,
            Some("a-cloud"),
            &["cloud-share"],
        ),
        lead("vps-account", LeadKind::Account, None, &[]),
        lead("mailbox", LeadKind::Email, Some("b-mail"), &["mail-live"]),
    ]);
    // Data created after the start: what real-time collection reaches.
    let mut live = data("uplink-live", "a-isp", DataCategory::TrafficData);
    live.created = Duration::days(6);
    let mut upload = data("cloud-upload", "a-cloud", DataCategory::Content);
    upload.created = Duration::days(6);
    let mut vps_live = data("vps-live", "b-vps", DataCategory::TrafficData);
    vps_live.created = Duration::days(20);
    let mut mail_live = data("mail-live", "b-mail", DataCategory::Content);
    mail_live.created = Duration::days(20);
    s.evidence.extend([live, upload, vps_live, mail_live]);
    let note = s.leads.iter_mut().find(|l| l.id == "ransom-note").unwrap();
    note.reveals.push("vps-account".into());
    for (lead, item) in [
        ("uplink", "uplink-live"),
        ("cloud-account", "cloud-upload"),
        ("vps-ip", "vps-live"),
    ] {
        let at = s.leads.iter_mut().find(|l| l.id == lead).unwrap();
        at.evidence.push(item.into());
    }
    s.incidents[0].initial_leads.extend([
        "uplink".to_string(),
        "host".into(),
        "cloud-account".into(),
        "mailbox".into(),
    ]);
    common::checked(s)
}

fn sim() -> Simulation {
    sim_of(&scenario())
}

fn sim_of(scenario: &Scenario) -> Simulation {
    let humans = ["A/investigator", "A/prosecutor", "A/247"].map(p);
    let mut sim = Simulation::with_humans(scenario, 11, humans).unwrap();
    for lead in ["uplink", "host", "cloud-account", "mailbox"] {
        sim.apply(&p("A/investigator"), Action::LookUp { lead: lead.into() })
            .unwrap();
    }
    sim
}

/// The VPS in B found and looked up (examining the firewall log).
fn with_the_vps(sim: &mut Simulation) {
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
}

fn lead_index(sim: &Simulation, id: &str) -> usize {
    sim.scenario().leads.iter().position(|l| l.id == id).unwrap()
}

fn country(sim: &Simulation, code: &str) -> usize {
    sim.scenario()
        .jurisdictions
        .iter()
        .position(|j| j.code == code)
        .unwrap()
}

fn result(sim: &Simulation, id: u32) -> Option<RequestResult> {
    let view = sim.view(&p("A/prosecutor")).unwrap();
    match &view.requests.iter().find(|r| r.id == id).unwrap().status {
        RequestStatus::Closed { result } => Some(result.clone()),
        _ => None,
    }
}

fn leads_found(sim: &Simulation) -> Vec<(SimTime, LeadSource, Vec<usize>)> {
    sim.trace()
        .iter()
        .filter_map(|e| match &e.event {
            Event::LeadsFound { how, leads } => Some((e.at, how.clone(), leads.clone())),
            _ => None,
        })
        .collect()
}

/// Art. 16's elements, which Art. 17 shares: who orders, which data, on
/// which domestic provision.
const ART16: &[F] = &[F::RequestingAuthority, F::DataAndRelation, F::LegalBasis];

#[test]
fn art17_preserving_traffic_data_at_home_discloses_the_next_provider_in_the_path_as_a_lead() {
    let mut sim = sim();
    let start = sim.now();
    let id = draft(
        &mut sim,
        "A/investigator",
        Instrument::TrafficPreservation,
        "A",
        &["uplink-logs"],
        ART16,
    );
    sim.apply(&p("A/investigator"), Action::Send { request: id })
        .unwrap();
    // A Telecom confirms in 1d-3d (its `answers_in`); nothing before.
    sim.advance_to(start.after(Duration::hours(23)));
    assert_eq!(result(&sim, id), None);
    sim.advance_to(start.after(Duration::days(3)));
    let uplink = item(&sim, "uplink-logs");
    let Some(RequestResult::Executed { clauses }) = result(&sim, id) else {
        panic!("{:?}", result(&sim, id));
    };
    // Art. 16(2) via 17: kept up to 90 days from when the order arrived.
    assert_eq!(
        clauses,
        [Clause::Preserved {
            items: vec![uplink],
            until: start.after(Duration::days(90)),
        }]
    );
    // Art. 17(1)(b): the VPS in B, the provider in the path, becomes a
    // lead; the leak site the logs also show is no provider and is not
    // disclosed; the logs themselves are not evidence.
    let path: Vec<_> = leads_found(&sim)
        .into_iter()
        .filter(|(_, how, _)| matches!(how, LeadSource::PathShown { .. }))
        .collect();
    assert_eq!(path.len(), 1, "{path:?}");
    assert_eq!(path[0].1, LeadSource::PathShown { item: uplink });
    assert_eq!(path[0].2, [lead_index(&sim, "vps-ip")]);
    assert!(path[0].0 >= start.after(Duration::days(1)));
    let view = sim.view(&p("A/investigator")).unwrap();
    let told = &view.evidence.iter().find(|e| e.item == uplink).unwrap().told;
    assert!(matches!(told, Told::PreservedUntil { .. }), "{told:?}");
}

#[test]
fn art16_preserves_the_same_traffic_data_but_discloses_no_path() {
    let mut sim = sim();
    let start = sim.now();
    let id = draft(
        &mut sim,
        "A/investigator",
        Instrument::DomesticPreservation,
        "A",
        &["uplink-logs"],
        ART16,
    );
    sim.apply(&p("A/investigator"), Action::Send { request: id })
        .unwrap();
    sim.advance_to(start.after(Duration::days(3)));
    assert!(matches!(result(&sim, id), Some(RequestResult::Executed { .. })));
    assert!(
        leads_found(&sim)
            .iter()
            .all(|(_, how, _)| !matches!(how, LeadSource::PathDisclosed { .. }))
    );
}

#[test]
fn art17_is_for_traffic_data_at_home_only() {
    let mut sim = sim();
    let (a, b) = (country(&sim, "A"), country(&sim, "B"));
    // Subscriber information is not traffic data: Art. 16 or 18 reach it.
    match refused(
        &mut sim,
        "A/investigator",
        Instrument::TrafficPreservation,
        "A",
        &["subscriber"],
        ART16,
    ) {
        Refusal::NotCovered { instead, .. } => {
            assert!(instead.contains(&Instrument::ProductionOrder), "{instead:?}")
        }
        other => panic!("{other:?}"),
    }
    // Abroad, a domestic power does not exist: Art. 29 instead.
    with_the_vps(&mut sim);
    match refused(
        &mut sim,
        "A/investigator",
        Instrument::TrafficPreservation,
        "B",
        &["vps-logs"],
        ART16,
    ) {
        Refusal::NotBetween { needs, from, to, .. } => {
            assert_eq!((needs, from, to), (Needs::SameJurisdiction, a, b))
        }
        other => panic!("{other:?}"),
    }
    // The 24/7 desk does not issue domestic orders.
    assert!(matches!(
        refused(
            &mut sim,
            "A/247",
            Instrument::TrafficPreservation,
            "A",
            &["uplink-logs"],
            ART16
        ),
        Refusal::WrongSender { .. }
    ));
}

/// Art. 19: the application states what an Art. 18 order does.
const ART19: &[F] = &[
    F::RequestingAuthority,
    F::OffenceAndFacts,
    F::DataAndRelation,
    F::LegalBasis,
];

#[test]
fn art19_a_search_the_judge_signed_seizes_the_server_and_extends_to_the_connected_cloud_share_art19_2() {
    let mut sim = sim();
    let prosecutor = p("A/prosecutor");
    let id = draft(
        &mut sim,
        "A/prosecutor",
        Instrument::SearchSeizure,
        "A",
        &["host-image", "cloud-share"],
        ART19,
    );
    // A search is coercive: no warrant, no search.
    assert_eq!(
        sim.check(&prosecutor, Action::Send { request: id }).unwrap_err(),
        Refusal::NotSigned {
            basis: Basis::Rule(Instrument::SearchSeizure),
            court_order: true,
        }
    );
    sim.apply(&prosecutor, Action::Sign { request: id }).unwrap();
    let signed_at = loop {
        let next = sim.now().after(Duration::minutes(30));
        sim.advance_to(next);
        let signed = sim
            .trace()
            .iter()
            .find(|e| matches!(e.event, Event::OrderSigned { request, .. } if request == id));
        if let Some(e) = signed {
            break e.at;
        }
        assert!(sim.now() < SimTime(5 * 24 * 60), "the judge never signed");
    };
    sim.apply(&prosecutor, Action::Send { request: id }).unwrap();
    let sent_at = sim.now();
    assert!(sent_at >= signed_at);
    // The searched holder's `answers_in` (1d-3d, as A Telecom's).
    sim.advance_to(sent_at.after(Duration::days(3)));
    let (image, share) = (item(&sim, "host-image"), item(&sim, "cloud-share"));
    assert_eq!(
        result(&sim, id),
        Some(RequestResult::Executed {
            clauses: vec![Clause::Produced {
                items: vec![image, share]
            }]
        })
    );
}

#[test]
fn art19_2_a_search_stops_at_the_border_and_names_art29_then_art31_or_consent() {
    let mut sim = sim();
    with_the_vps(&mut sim);
    let b = country(&sim, "B");
    match refused(
        &mut sim,
        "A/prosecutor",
        Instrument::SearchSeizure,
        "A",
        &["host-image", "vps-image"],
        ART19,
    ) {
        Refusal::ExtensionAbroad {
            item: abroad,
            held_in,
            first,
            instead,
            ..
        } => {
            assert_eq!((abroad, held_in), (item(&sim, "vps-image"), b));
            let first: Vec<Instrument> = first.iter().map(|(i, _)| *i).collect();
            assert_eq!(first, [Instrument::Preservation247]);
            let instead: Vec<Instrument> = instead.iter().map(|(i, _)| *i).collect();
            assert!(instead.contains(&Instrument::Mla), "{instead:?}");
            assert!(instead.contains(&Instrument::ConsentAccess), "{instead:?}");
        }
        other => panic!("{other:?}"),
    }
    // Data on a system the searched one does not reach is a search of its own.
    assert_eq!(
        refused(
            &mut sim,
            "A/prosecutor",
            Instrument::SearchSeizure,
            "A",
            &["host-image", "subscriber"],
            ART19
        ),
        Refusal::OneProvider
    );
    // The prosecutor applies; the investigator does not.
    assert!(matches!(
        refused(
            &mut sim,
            "A/investigator",
            Instrument::SearchSeizure,
            "A",
            &["host-image"],
            ART19
        ),
        Refusal::WrongSender { .. }
    ));
}

/// Art. 32(b) asks no authority: the investigator records who asks and
/// which data.
const ART32B: &[F] = &[F::RequestingAuthority, F::DataAndRelation];

#[test]
fn art32b_with_the_account_holders_consent_the_data_abroad_is_evidence_at_once() {
    let mut sim = sim();
    with_the_vps(&mut sim);
    let investigator = p("A/investigator");
    // Nobody known who may consent yet: refused, naming the item.
    assert_eq!(
        refused(
            &mut sim,
            "A/investigator",
            Instrument::ConsentAccess,
            "B",
            &["vps-image"],
            ART32B
        ),
        Refusal::NoOneToConsent {
            instrument: Instrument::ConsentAccess,
            item: item(&sim, "vps-image"),
        }
    );
    // The ransom note leads to the account; its holder logs in and consents.
    sim.apply(
        &investigator,
        Action::Examine {
            lead: "ransom-note".into(),
        },
    )
    .unwrap();
    let id = draft(
        &mut sim,
        "A/investigator",
        Instrument::ConsentAccess,
        "B",
        &["vps-image"],
        ART32B,
    );
    sim.apply(&investigator, Action::Send { request: id }).unwrap();
    let now = sim.now();
    sim.advance_to(now);
    assert_eq!(
        result(&sim, id),
        Some(RequestResult::Executed {
            clauses: vec![Clause::Produced {
                items: vec![item(&sim, "vps-image")]
            }]
        }),
        "produced the minute it was sent"
    );
    // Told as what the team did with consent, not as a provider's answer.
    let closed = sim
        .trace()
        .iter()
        .find(|e| matches!(e.event, Event::RequestClosed { request, .. } if request == id))
        .unwrap();
    assert_eq!(
        closed.actor,
        cyberdrill::sim::Actor::Team {
            jurisdiction: country(&sim, "A")
        }
    );
}

#[test]
fn art32b_is_trans_border_access_by_the_investigator() {
    let mut sim = sim();
    with_the_vps(&mut sim);
    sim.apply(
        &p("A/investigator"),
        Action::Examine {
            lead: "ransom-note".into(),
        },
    )
    .unwrap();
    assert!(matches!(
        refused(
            &mut sim,
            "A/investigator",
            Instrument::ConsentAccess,
            "A",
            &["host-image"],
            ART32B
        ),
        Refusal::NotBetween {
            needs: Needs::OtherJurisdiction,
            ..
        }
    ));
    assert!(matches!(
        refused(
            &mut sim,
            "A/247",
            Instrument::ConsentAccess,
            "B",
            &["vps-image"],
            ART32B
        ),
        Refusal::WrongSender { .. }
    ));
}

/// The prosecutor's order signed by the judge: advances half an hour at
/// a time until the judge signs, then sends it. Returns when it was sent.
fn signed_and_sent(sim: &mut Simulation, id: u32) -> SimTime {
    let prosecutor = p("A/prosecutor");
    sim.apply(&prosecutor, Action::Sign { request: id }).unwrap();
    while !sim
        .trace()
        .iter()
        .any(|e| matches!(e.event, Event::OrderSigned { request, .. } if request == id))
    {
        let next = sim.now().after(Duration::minutes(30));
        sim.advance_to(next);
        assert!(sim.now() < SimTime(5 * 24 * 60), "the judge never signed");
    }
    sim.apply(&prosecutor, Action::Send { request: id }).unwrap();
    sim.now()
}

fn collected(sim: &Simulation, id: u32) -> Vec<(SimTime, usize)> {
    sim.trace()
        .iter()
        .filter_map(|e| match e.event {
            Event::Collected { request, item } if request == id => Some((e.at, item)),
            _ => None,
        })
        .collect()
}

#[test]
fn art20_real_time_collection_takes_traffic_data_as_it_is_created_after_the_order() {
    let mut sim = sim();
    let id = draft(
        &mut sim,
        "A/prosecutor",
        Instrument::RealTimeTraffic,
        "A",
        &["uplink-live"],
        ART19,
    );
    let sent = signed_and_sent(&mut sim, id);
    // A Telecom puts the order into effect in 1d-3d; the data comes on day 6.
    sim.advance_to(sent.after(Duration::days(3)));
    let live = item(&sim, "uplink-live");
    let Some(RequestResult::Executed { clauses }) = result(&sim, id) else {
        panic!("{:?}", result(&sim, id));
    };
    let [Clause::Collecting { items, until }] = clauses.as_slice() else {
        panic!("{clauses:?}");
    };
    assert_eq!(items, &[live]);
    // Collects for the default 30 days from when it took effect.
    let effect = until.after(Duration::days(-30));
    assert!(effect >= sent.after(Duration::days(1)) && effect <= sent.after(Duration::days(3)));
    assert!(collected(&sim, id).is_empty(), "nothing before the data exists");
    let created = SimTime::START.after(Duration::days(6));
    sim.advance_to(created.after(Duration::hours(1)));
    assert_eq!(collected(&sim, id), [(created, live)]);
    let view = sim.view(&p("A/prosecutor")).unwrap();
    let told = &view.evidence.iter().find(|e| e.item == live).unwrap().told;
    assert_eq!(told, &Told::Produced);
}

#[test]
fn art20_does_not_reach_stored_data_which_is_preserved_then_produced() {
    let mut sim = sim();
    match refused(
        &mut sim,
        "A/prosecutor",
        Instrument::RealTimeTraffic,
        "A",
        &["uplink-logs"],
        ART19,
    ) {
        Refusal::AlreadyStored {
            item: stored,
            first,
            instead,
            ..
        } => {
            assert_eq!(stored, item(&sim, "uplink-logs"));
            let first: Vec<Instrument> = first.iter().map(|(i, _)| *i).collect();
            assert_eq!(
                first,
                [Instrument::DomesticPreservation, Instrument::TrafficPreservation]
            );
            let instead: Vec<Instrument> = instead.iter().map(|(i, _)| *i).collect();
            assert_eq!(instead, [Instrument::ProductionOrder, Instrument::SearchSeizure]);
        }
        other => panic!("{other:?}"),
    }
    // Abroad, Art. 20 does not exist: Art. 33 does.
    with_the_vps(&mut sim);
    match refused(
        &mut sim,
        "A/prosecutor",
        Instrument::RealTimeTraffic,
        "B",
        &["vps-live"],
        ART19,
    ) {
        Refusal::NotBetween {
            needs,
            instead,
            first,
            ..
        } => {
            assert_eq!(needs, Needs::SameJurisdiction);
            let instead: Vec<Instrument> = instead.iter().map(|(i, _)| *i).collect();
            assert_eq!(instead, [Instrument::RealTimeTrafficMla]);
            assert!(first.is_empty(), "nothing to preserve in data yet to come");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn art21_interception_of_content_needs_a_serious_offence() {
    // The hospital case has data interference and extortion: serious by
    // default (Art. 21: "a range of serious offences to be determined by
    // domestic law").
    let mut sim = sim();
    draft(
        &mut sim,
        "A/prosecutor",
        Instrument::Interception,
        "A",
        &["cloud-upload"],
        ART19,
    );
    // Interception is of content; traffic data is Art. 20's.
    assert!(matches!(
        refused(
            &mut sim,
            "A/prosecutor",
            Instrument::Interception,
            "A",
            &["uplink-live"],
            ART19
        ),
        Refusal::NotCovered { .. }
    ));
    // An exercise whose law lists only child sexual abuse as serious.
    let mut narrow = scenario();
    narrow.law.serious_offences = vec![cyberdrill::scenario::model::Offence::ChildSexualAbuseMaterial];
    let mut sim = sim_of(&common::checked(narrow));
    match refused(
        &mut sim,
        "A/prosecutor",
        Instrument::Interception,
        "A",
        &["cloud-upload"],
        ART19,
    ) {
        Refusal::NotSerious {
            instrument,
            offences,
            under,
        } => {
            assert_eq!(instrument, Instrument::Interception);
            assert_eq!(under, 0, "at home, A's own law decides");
            assert_eq!(offences, sim.scenario().incidents[0].offences);
        }
        other => panic!("{other:?}"),
    }
    // Art. 20 has no such limit.
    draft(
        &mut sim,
        "A/prosecutor",
        Instrument::RealTimeTraffic,
        "A",
        &["uplink-live"],
        ART19,
    );
}

#[test]
fn art33_real_time_collection_by_mutual_assistance_collects_in_b_what_is_created_after() {
    let mut s = scenario();
    // B's central authority quicker than in two-hops, so that the order
    // takes effect within the exercise.
    let b = s.jurisdictions.iter_mut().find(|j| j.code == "B").unwrap();
    b.central_authority.processing = cyberdrill::scenario::model::Delay(Duration::days(1), Duration::days(2));
    let mut sim = sim_of(&common::checked(s));
    with_the_vps(&mut sim);
    // At home it is Art. 20's.
    assert!(matches!(
        refused(
            &mut sim,
            "A/prosecutor",
            Instrument::RealTimeTrafficMla,
            "A",
            &["uplink-live"],
            ART19
        ),
        Refusal::NotBetween {
            needs: Needs::OtherJurisdiction,
            ..
        }
    ));
    let mla: Vec<F> = ART19.iter().copied().chain([F::Translation]).collect();
    let id = draft(
        &mut sim,
        "A/prosecutor",
        Instrument::RealTimeTrafficMla,
        "B",
        &["vps-live"],
        &mla,
    );
    let prosecutor = p("A/prosecutor");
    sim.apply(&prosecutor, Action::Sign { request: id }).unwrap();
    sim.apply(&prosecutor, Action::Send { request: id }).unwrap();
    let created = SimTime::START.after(Duration::days(20));
    sim.advance_to(created.after(Duration::hours(1)));
    let Some(RequestResult::Executed { clauses }) = result(&sim, id) else {
        panic!("{:?}", result(&sim, id));
    };
    assert!(
        matches!(clauses.as_slice(), [Clause::Collecting { .. }]),
        "{clauses:?}"
    );
    assert_eq!(collected(&sim, id), [(created, item(&sim, "vps-live"))]);
}

#[test]
fn a_consent_or_a_connected_system_must_name_what_the_scenario_defines() {
    use cyberdrill::scenario::diagnostic::Code;
    use cyberdrill::scenario::load::{load_with, to_ron_string};
    use cyberdrill::scenario::source::Embedded;
    let mut s = scenario();
    let image = s.evidence.iter_mut().find(|e| e.id == "vps-image").unwrap();
    image.consent_by = vec!["nobody".into()];
    image.reachable_from = vec!["no-such-holder".into()];
    let text: &'static str = Box::leak(to_ron_string(&s).unwrap().into_boxed_str());
    let name = "powers-bad.ron";
    let report = load_with(
        &Embedded(std::collections::BTreeMap::from([(name, text)])),
        std::path::Path::new(name),
    );
    let unknown: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::UnknownReference)
        .collect();
    assert_eq!(unknown.len(), 2, "{}", report.diagnostics);
}

#[test]
fn art34_interception_by_mutual_assistance_collects_content_in_b_for_a_serious_offence_only() {
    let mut s = scenario();
    let b = s.jurisdictions.iter_mut().find(|j| j.code == "B").unwrap();
    b.central_authority.processing = cyberdrill::scenario::model::Delay(Duration::days(1), Duration::days(2));
    let mla: Vec<F> = ART19.iter().copied().chain([F::Translation]).collect();
    // Data interference and extortion are serious by default.
    let mut sim = sim_of(&common::checked(s.clone()));
    let id = draft(
        &mut sim,
        "A/prosecutor",
        Instrument::InterceptionMla,
        "B",
        &["mail-live"],
        &mla,
    );
    let prosecutor = p("A/prosecutor");
    sim.apply(&prosecutor, Action::Sign { request: id }).unwrap();
    sim.apply(&prosecutor, Action::Send { request: id }).unwrap();
    let created = SimTime::START.after(Duration::days(20));
    sim.advance_to(created.after(Duration::hours(1)));
    assert_eq!(collected(&sim, id), [(created, item(&sim, "mail-live"))]);
    // Where the exercise's law lists only child sexual abuse as serious.
    s.law.serious_offences = vec![cyberdrill::scenario::model::Offence::ChildSexualAbuseMaterial];
    let mut sim = sim_of(&common::checked(s));
    assert!(matches!(
        refused(
            &mut sim,
            "A/prosecutor",
            Instrument::InterceptionMla,
            "B",
            &["mail-live"],
            &mla
        ),
        Refusal::NotSerious {
            instrument: Instrument::InterceptionMla,
            ..
        }
    ));
}

#[test]
fn art34_what_is_serious_is_for_the_law_of_the_state_that_intercepts() {
    // Arts 21, 34: "a range of serious offences to be determined by
    // domestic law". B's law lists only child sexual abuse; the exercise's
    // default list (data interference, extortion, ...) is A's.
    let mut s = scenario();
    let b = s.jurisdictions.iter_mut().find(|j| j.code == "B").unwrap();
    b.serious_offences = Some(vec![
        cyberdrill::scenario::model::Offence::ChildSexualAbuseMaterial,
    ]);
    let mla: Vec<F> = ART19.iter().copied().chain([F::Translation]).collect();
    let mut sim = sim_of(&common::checked(s));
    assert!(matches!(
        refused(
            &mut sim,
            "A/prosecutor",
            Instrument::InterceptionMla,
            "B",
            &["mail-live"],
            &mla
        ),
        Refusal::NotSerious {
            instrument: Instrument::InterceptionMla,
            under: 1,
            ..
        }
    ));
    // At home, A's law (the exercise's list) allows it for the same case.
    draft(
        &mut sim,
        "A/prosecutor",
        Instrument::Interception,
        "A",
        &["cloud-upload"],
        ART19,
    );
}
