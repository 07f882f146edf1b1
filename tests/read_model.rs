//! The read model a screen stands on: what a seat may request and from
//! whom (and why not), the dry run of an action, the deadlines a seat
//! watches, the trainer's overview, and notes marked read. Expected values
//! are worked out by hand from the default scenario (Valdoria, Brenmark,
//! Caspia: Budapest Parties, Valdoria and Brenmark also CETS 224; Delmar
//! outside the Convention, linked to Valdoria by a bilateral MLA treaty;
//! Brenmark's central authority requires a translation, Valdoria's first
//! language is French).

mod common;

use cyberdrill::law::{ART29_ELEMENTS, Basis, Needs, RequestField as F};
use cyberdrill::scenario::load;
use cyberdrill::scenario::model::{Instrument, Role};
use cyberdrill::sim::options::{Available, Options};
use cyberdrill::sim::view::{Deadline, Retention, RetentionSource};
use cyberdrill::sim::{Action, Done, Participant, Refusal, Simulation, Stated};
use cyberdrill::time::SimTime;

fn p(text: &str) -> Participant {
    text.parse().unwrap()
}

fn default_exercise() -> Simulation {
    let scenario = load::load_default();
    Simulation::new(&scenario, scenario.seed).unwrap()
}

/// Valdoria's investigator examines the exfiltration alert and looks up
/// the server it points to: the team can then name the server's data.
fn find_the_server(sim: &mut Simulation) {
    for step in [
        Action::Examine {
            lead: "exfiltration-alert".into(),
        },
        Action::LookUp {
            lead: "c2-server".into(),
        },
    ] {
        sim.apply(&p("VL/investigator"), step).unwrap();
    }
}

/// The counterpart with code `code` in `options`.
fn towards<'a>(
    sim: &Simulation,
    options: &'a Options,
    code: &str,
) -> &'a cyberdrill::sim::options::Counterpart {
    let j = sim
        .scenario()
        .jurisdictions
        .iter()
        .position(|j| j.code == code)
        .unwrap();
    options.counterparts.iter().find(|c| c.jurisdiction == j).unwrap()
}

fn instrument(available: &[Available], instrument: Instrument) -> Option<&Available> {
    available.iter().find(|a| a.instrument == instrument)
}

#[test]
fn a_seat_sees_which_requests_exist_towards_each_jurisdiction_and_why_others_do_not() {
    let mut sim = default_exercise();
    let options = sim.options(&p("VL/247")).unwrap();
    let codes: Vec<&str> = options
        .counterparts
        .iter()
        .map(|c| sim.scenario().jurisdictions[c.jurisdiction].code.as_str())
        .collect();
    assert_eq!(codes, ["BR", "CS", "DL", "VL"]);

    // Brenmark: the 24/7 network, MLA and CETS 224, not the EU Regulation.
    let br = towards(&sim, &options, "BR");
    let listed: Vec<Instrument> = br.instruments.iter().map(|a| a.instrument).collect();
    assert_eq!(
        listed,
        [
            Instrument::SpontaneousInformation,
            Instrument::Preservation247,
            // No Art. 30: it comes with Art. 29, nobody drafts it.
            Instrument::Mla,
            Instrument::DirectSubscriberRequest,
            Instrument::EmergencyDisclosure,
            Instrument::EmergencyMla,
            // Budapest's urgent routes, and a provider's own emergency policy.
            Instrument::UrgentMla,
            Instrument::ExpeditedMla,
            Instrument::DirectJudicialRequest,
            Instrument::Assistance247,
            Instrument::ProviderEmergencyRequest,
            // Access with consent (Art. 32(b)), real-time collection and
            // interception by mutual assistance (Arts 33, 34).
            Instrument::ConsentAccess,
            Instrument::RealTimeTrafficMla,
            Instrument::InterceptionMla,
            // The CSIRTs, the financial intelligence units and INTERPOL:
            // no treaty needed.
            Instrument::CsirtSharing,
            Instrument::FiuFreeze,
            Instrument::RedNotice,
            // CETS 224 Art. 6: both are Parties to the Protocol.
            Instrument::DomainRegistrationRequest,
            // Budapest Art. 24, CETS 224 Arts 8 and 12.
            Instrument::Extradition,
            Instrument::GivingEffectToOrder,
            Instrument::JointInvestigationTeam,
            Instrument::JointTeamRequest,
            // CETS 224 Art. 11.
            Instrument::VideoConference,
            // A trace through the financial intelligence units: no treaty.
            Instrument::FiuTrace,
        ]
    );
    let art29 = instrument(&br.instruments, Instrument::Preservation247).unwrap();
    assert_eq!(art29.basis, Basis::Rule(Instrument::Preservation247));
    assert!(art29.this_seat_sends);
    assert_eq!(art29.fields, ART29_ELEMENTS);
    // MLA is the prosecutor's, and Brenmark wants it translated from French.
    let mla = instrument(&br.instruments, Instrument::Mla).unwrap();
    assert_eq!(mla.senders, [Role::Prosecutor]);
    assert!(!mla.this_seat_sends);
    assert_eq!(
        mla.fields,
        [
            F::RequestingAuthority,
            F::OffenceAndFacts,
            F::DataAndRelation,
            F::AssistanceSought,
            F::LegalBasis,
            F::Translation
        ]
    );
    let art9 = instrument(&br.instruments, Instrument::EmergencyDisclosure).unwrap();
    assert!(art9.needs_emergency && art9.waits_for_emergency);
    let missing: Vec<(Instrument, Needs)> = br
        .missing
        .iter()
        .map(|r| match r {
            Refusal::NotBetween {
                instrument, needs, ..
            } => (*instrument, *needs),
            other => panic!("{other:?}"),
        })
        .collect();
    // Neither is represented at Eurojust or Europol: no coordination
    // meeting, no exchange over SIENA.
    assert_eq!(
        missing,
        [
            (Instrument::EuPreservationOrder, Needs::EuEEvidence),
            (Instrument::EuProductionOrder, Needs::EuEEvidence),
            (Instrument::EurojustCoordination, Needs::Eurojust),
            (Instrument::EuropolCrossMatch, Needs::Europol),
        ]
    );

    // Delmar: only the bilateral treaty (and what needs none: a
    // provider's own emergency policy, the CSIRTs, the financial
    // intelligence units' freeze and trace, INTERPOL), and each missing
    // instrument says so.
    let dl = towards(&sim, &options, "DL");
    let mla = &dl.instruments;
    assert_eq!(mla.len(), 6, "{mla:?}");
    assert_eq!(mla[1].instrument, Instrument::ProviderEmergencyRequest);
    assert_eq!(mla[0].instrument, Instrument::Mla);
    assert_eq!(mla[0].basis, Basis::BilateralMla);
    assert_eq!(
        mla[0].fields,
        [
            F::RequestingAuthority,
            F::OffenceAndFacts,
            F::DataAndRelation,
            F::AssistanceSought,
            F::LegalBasis
        ],
        "Delmar reads French: no translation"
    );
    let preservation = dl
        .missing
        .iter()
        .find(|r| {
            matches!(
                r,
                Refusal::NotBetween {
                    instrument: Instrument::Preservation247,
                    ..
                }
            )
        })
        .unwrap();
    // It names what would exist under either treaty (expedited
    // preservation), not "Budapest Art. 29", which the UN Convention
    // would not give.
    assert_eq!(
        common::said(&sim, preservation),
        "preservation through the 24/7 network (as under Budapest Art. 29) does not exist between VL and DL: it needs both to be Parties to the Budapest Convention or the UN Convention; DL is reached from VL only by a mutual legal assistance request (bilateral MLA treaty)"
    );
    // The same refusal a draft gets.
    let draft = sim.check(
        &p("VL/247"),
        Action::Draft {
            instrument: Instrument::Preservation247,
            to: "DL".into(),
            items: vec![],
            fields: vec![],
        },
    );
    assert_eq!(draft.as_ref().unwrap_err(), preservation);

    // At home: the domestic orders, a freeze and a trace by the team's own
    // financial intelligence unit, and no cross-border instrument listed
    // as missing.
    let vl = towards(&sim, &options, "VL");
    let listed: Vec<Instrument> = vl.instruments.iter().map(|a| a.instrument).collect();
    assert_eq!(
        listed,
        [
            Instrument::DomesticPreservation,
            Instrument::ProductionOrder,
            // Budapest Arts 17, 19, 20, 21: domestic powers too.
            Instrument::TrafficPreservation,
            Instrument::SearchSeizure,
            Instrument::RealTimeTraffic,
            Instrument::Interception,
            Instrument::FiuFreeze,
            Instrument::FiuTrace,
        ]
    );
    assert!(vl.missing.is_empty(), "{:?}", vl.missing);

    // Once a risk to life is known (d0 10:00), the emergency ones are open.
    sim.advance_to(SimTime(10 * 60));
    let options = sim.options(&p("VL/247")).unwrap();
    let art9 = instrument(
        &towards(&sim, &options, "BR").instruments,
        Instrument::EmergencyDisclosure,
    )
    .unwrap();
    assert!(!art9.waits_for_emergency);
    // The trainer requests nothing.
    assert!(sim.options(&Participant::Trainer).is_none());
}

#[test]
fn a_dry_run_answers_as_apply_would_and_changes_nothing() {
    let mut sim = default_exercise();
    let investigator = p("VL/investigator");
    let examine = Action::Examine {
        lead: "ransom-note".into(),
    };
    let before = (sim.state_hash(), sim.trace().len());
    let dry = sim.check(&investigator, examine.clone());
    assert_eq!(before, (sim.state_hash(), sim.trace().len()));
    let ransom_note = sim
        .scenario()
        .leads
        .iter()
        .position(|l| l.id == "ransom-note")
        .unwrap();
    assert_eq!(dry.as_ref().unwrap().done, Done::Examined { lead: ransom_note });
    assert_eq!(sim.apply(&investigator, examine.clone()), dry);
    assert_ne!(before.0, sim.state_hash());
    // Now the same action would be refused, and the dry run says so.
    let again = sim.check(&investigator, examine.clone());
    assert_eq!(again, Err(Refusal::AlreadyExamined { lead: ransom_note }));
    assert_eq!(sim.apply(&investigator, examine), again);
}

#[test]
fn deadlines_are_those_the_seat_was_told_of_soonest_first() {
    let scenario = load::load_default();
    let end = SimTime::START.after(scenario.end.after.unwrap());
    let mut sim = Simulation::new(&scenario, scenario.seed).unwrap();
    let desk = p("VL/247");
    assert_eq!(sim.view(&desk).unwrap().clocks, [Deadline::End { at: end }]);
    // The trainer also sees each objective's deadline, while it is unmet.
    let trainer = sim.view(&Participant::Trainer).unwrap();
    let objectives: Vec<_> = scenario
        .objectives
        .iter()
        .enumerate()
        .filter_map(|(o, objective)| {
            Some(Deadline::Objective {
                objective: o,
                by: SimTime::START.after(objective.by?),
            })
        })
        .collect();
    assert!(!objectives.is_empty());
    for deadline in &objectives {
        assert!(trainer.clocks.contains(deadline), "{deadline:?}");
    }
    assert!(trainer.clocks.windows(2).all(|w| w[0].at() <= w[1].at()));
    assert_eq!(trainer.clocks.last(), Some(&Deadline::End { at: end }));
    // A preservation confirmed to Valdoria: its end shows, before the end.
    find_the_server(&mut sim);
    let id = sim
        .apply(
            &desk,
            Action::Draft {
                instrument: Instrument::Preservation247,
                to: "BR".into(),
                items: vec!["vps-netflow".into()],
                fields: Stated::all_bare(ART29_ELEMENTS),
            },
        )
        .unwrap()
        .request
        .unwrap();
    sim.apply(&desk, Action::Send { request: id }).unwrap();
    sim.advance_to(SimTime(5 * 1440));
    let clocks = sim.view(&desk).unwrap().clocks.clone();
    let netflow = sim
        .scenario()
        .evidence
        .iter()
        .position(|e| e.id == "vps-netflow")
        .unwrap();
    let index_of = |id: &str| sim.scenario().evidence.iter().position(|e| e.id == id).unwrap();
    // The server's other data is not preserved: its published retention
    // shows. By hand: BrenHost keeps images 14 days, from 3 days before
    // the start (d11); it states nothing for subscriber information, so
    // Brenmark's law (1 year) counts from 40 days before the start (d325).
    assert!(
        matches!(clocks.as_slice(), [
            Deadline::Retention { item: image, at: SimTime(15_840) },
            Deadline::Preservation { item, .. },
            Deadline::End { .. },
            Deadline::Retention { item: subscriber, at: SimTime(468_000) },
        ] if *item == netflow && *image == index_of("vps-server-image") && *subscriber == index_of("vps-subscriber")),
        "{clocks:?}"
    );
    // Brenmark's desk was told of no preservation.
    assert_eq!(
        sim.view(&p("BR/247")).unwrap().clocks,
        [Deadline::End { at: end }]
    );
}

#[test]
fn only_the_trainer_has_the_overview() {
    let mut sim = default_exercise();
    sim.advance_to(SimTime(6 * 60));
    let trainer = sim.view(&Participant::Trainer).unwrap();
    let overview = trainer.overview.as_ref().expect("the trainer's overview");
    assert!(!overview.agenda.is_empty());
    assert!(overview.agenda.windows(2).all(|w| w[0] <= w[1]));
    assert!(overview.agenda.iter().all(|entry| entry.at >= SimTime(6 * 60)));
    // `briefing` fires at the start; `ambulances` at d0 10:00, not yet.
    let fired = |id: &str| overview.injects.iter().find(|i| i.id == id).unwrap().fired_at;
    assert_eq!(fired("briefing"), Some(SimTime::START));
    assert_eq!(fired("ambulances"), None);
    assert_eq!(overview.objectives.len(), sim.scenario().objectives.len());
    for seat in sim.participants() {
        if seat != Participant::Trainer {
            assert!(sim.view(&seat).unwrap().overview.is_none(), "{seat}");
        }
    }
}

#[test]
fn a_seat_marks_its_notes_read_and_the_mark_is_journaled_state() {
    let mut sim = default_exercise();
    let desk = p("VL/247");
    let notes: Vec<u64> = sim.view(&desk).unwrap().inbox.iter().map(|n| n.seq).collect();
    assert!(notes.len() >= 2, "{notes:?}");
    assert_eq!(sim.view(&desk).unwrap().unread().count(), notes.len());
    let before = sim.state_hash();
    assert_eq!(
        sim.apply(&desk, Action::Read { upto: notes[0] }).unwrap().done,
        Done::Read { upto: notes[0] }
    );
    assert_ne!(before, sim.state_hash(), "reading is part of the state");
    let view = sim.view(&desk).unwrap();
    assert_eq!(view.read_upto, notes[0]);
    assert_eq!(view.unread().count(), notes.len() - 1);
    // Not a note of this seat's, or already read: refused, nothing changes.
    // The note of an examination goes to the investigator alone.
    sim.apply(
        &p("VL/investigator"),
        Action::Examine {
            lead: "ransom-note".into(),
        },
    )
    .unwrap();
    let other = sim
        .trace()
        .iter()
        .find(|e| matches!(e.event, cyberdrill::sim::Event::Examined { .. }))
        .unwrap()
        .seq;
    let before = sim.state_hash();
    assert_eq!(
        sim.apply(&desk, Action::Read { upto: other }),
        Err(Refusal::NoSuchNote { note: other })
    );
    assert_eq!(
        sim.apply(&desk, Action::Read { upto: notes[0] }),
        Err(Refusal::AlreadyRead { note: notes[0] })
    );
    assert_eq!(before, sim.state_hash());
    // Another seat's reading is its own.
    assert_eq!(sim.view(&p("VL/prosecutor")).unwrap().read_upto, 0);
}

#[test]
fn news_names_the_seats_whose_view_changed() {
    let mut sim = default_exercise();
    let revision = sim.revision();
    assert!(sim.news_since(revision).is_empty(), "nothing happened yet");
    sim.apply(
        &p("VL/investigator"),
        Action::Examine {
            lead: "ransom-note".into(),
        },
    )
    .unwrap();
    // Valdoria's team learnt leads; nobody else's view changed but the trainer's.
    let news: Vec<String> = sim.news_since(revision).iter().map(|p| p.to_string()).collect();
    assert_eq!(news, ["trainer", "VL/investigator", "VL/prosecutor", "VL/247"]);
    let later = sim.revision();
    assert!(sim.news_since(later).is_empty());
    // A pause is news for everyone.
    sim.apply(&Participant::Trainer, Action::Pause).unwrap();
    assert_eq!(sim.news_since(later).len(), sim.participants().len());
}

#[test]
fn a_request_shows_what_it_states_and_what_it_lacks_and_its_notes_name_it() {
    let mut sim = default_exercise();
    find_the_server(&mut sim);
    let desk = p("VL/247");
    let stated = [F::RequestingAuthority, F::OffenceAndFacts, F::Necessity];
    let id = sim
        .apply(
            &desk,
            Action::Draft {
                instrument: Instrument::Preservation247,
                to: "BR".into(),
                items: vec!["vps-netflow".into()],
                fields: Stated::all_bare(&stated),
            },
        )
        .unwrap()
        .request
        .unwrap();
    let view = sim.view(&desk).unwrap();
    let request = view.requests.iter().find(|r| r.id == id).unwrap();
    assert_eq!(request.fields, Stated::all_bare(&stated));
    assert_eq!(
        request.missing,
        [F::DataAndRelation, F::CustodianLocation, F::MlaToFollow]
    );
    use cyberdrill::sim::Message;
    let drafted = view.inbox.last().unwrap();
    assert!(matches!(drafted.event, cyberdrill::sim::Event::Drafted { .. }));
    assert_eq!(drafted.event.request(), Some(id));
    assert_eq!(
        view.inbox[0].event.request(),
        None,
        "the case opening concerns no request"
    );
}

/// What a team can know of when its data goes: the retention the provider
/// states, else its country's law, counted from the data's creation; not
/// the provider's truth. Minutes since the start, worked out by hand.
#[test]
fn each_item_shows_when_its_published_retention_runs_out() {
    let mut sim = default_exercise();
    let investigator = p("VL/investigator");
    for step in [
        Action::LookUp {
            lead: "exfiltration-alert".into(),
        },
        Action::Examine {
            lead: "vpn-login".into(),
        },
        Action::LookUp {
            lead: "vpn-exit".into(),
        },
    ] {
        sim.apply(&investigator, step).unwrap();
    }
    find_the_server(&mut sim);
    let view = sim.view(&investigator).unwrap();
    let retention = |id: &str| {
        view.evidence
            .iter()
            .find(|e| e.id == id)
            .unwrap_or_else(|| panic!("{id} can be named"))
            .retention
    };
    let stated = |runs_out| {
        Some(Retention {
            runs_out: SimTime(runs_out),
            source: RetentionSource::Provider,
        })
    };
    // ValNet keeps traffic data 10 days; the flow records are 22 hours old.
    assert_eq!(retention("valnet-flow-records"), stated(10 * 1440 - 22 * 60));
    // BrenHost keeps NetFlow 2 days; 20 hours old: d1 04:00.
    assert_eq!(retention("vps-netflow"), stated(2 * 1440 - 20 * 60));
    assert_eq!(retention("vps-server-image"), stated(11 * 1440));
    assert_eq!(
        retention("vps-subscriber"),
        Some(Retention {
            runs_out: SimTime(325 * 1440),
            source: RetentionSource::Law,
        })
    );
    // ShadeLink states nothing (it keeps nothing) and Caspia's law says
    // nothing of traffic data: the team cannot know.
    assert_eq!(retention("vpn-connection-logs"), None);
    // Every retention still to run shows among the deadlines, soonest first.
    let item = |id: &str| sim.scenario().evidence.iter().position(|e| e.id == id).unwrap();
    let retention_deadlines: Vec<(usize, SimTime)> = view
        .clocks
        .iter()
        .filter_map(|d| match d {
            Deadline::Retention { item, at } => Some((*item, *at)),
            _ => None,
        })
        .collect();
    assert_eq!(
        retention_deadlines,
        [
            (item("vps-netflow"), SimTime(1680)),
            (item("valnet-flow-records"), SimTime(13_080)),
            (item("vps-server-image"), SimTime(15_840)),
            (item("vps-subscriber"), SimTime(468_000)),
        ]
    );
}

/// A team's desks share one case timeline: every note that reached any of
/// them, once, in order; another team's notes never.
#[test]
fn a_team_shares_one_timeline() {
    let mut sim = default_exercise();
    find_the_server(&mut sim);
    let seqs = |notes: Vec<&cyberdrill::sim::TraceEvent>| notes.iter().map(|n| n.seq).collect::<Vec<u64>>();
    let desk = seqs(sim.view(&p("VL/247")).unwrap().inbox);
    let view = sim.view(&p("VL/investigator")).unwrap();
    // What examining showed went to the investigator alone.
    let examined = view
        .inbox
        .iter()
        .find(|n| matches!(n.event, cyberdrill::sim::Event::Examined { .. }))
        .unwrap()
        .seq;
    let investigator = seqs(view.inbox);
    assert!(!desk.contains(&examined));
    let timeline = seqs(sim.timeline(&p("VL/247")).unwrap());
    assert!(timeline.contains(&examined));
    assert!(timeline.windows(2).all(|w| w[0] < w[1]), "{timeline:?}");
    assert_eq!(timeline, seqs(sim.timeline(&p("VL/prosecutor")).unwrap()));
    for note in desk.iter().chain(&investigator) {
        assert!(timeline.contains(note));
    }
    // Brenmark heard nothing of Valdoria's look-ups.
    let brenmark = seqs(sim.timeline(&p("BR/247")).unwrap());
    assert!(brenmark.iter().all(|n| !investigator.contains(n)), "{brenmark:?}");
    assert_eq!(sim.timeline(&Participant::Trainer), None);
}

/// What each request names, read off the law: data for preservation and
/// MLA (Budapest Arts 29, 31) and for a request within a joint team;
/// leads for spontaneous information (Art. 26) and the CSIRTs; wallets
/// and accounts for a freeze; one suspect for extradition (Art. 24) and a
/// red notice; nothing for a joint team's proposal (CETS 224 Art. 12) and
/// a hearing (Art. 11), which names its witness in a field.
#[test]
fn the_options_say_what_each_request_names() {
    use cyberdrill::law::Names;
    let sim = default_exercise();
    let options = sim.options(&p("VL/prosecutor")).unwrap();
    let br = towards(&sim, &options, "BR");
    let names = |i| instrument(&br.instruments, i).unwrap().names;
    assert_eq!(names(Instrument::Preservation247), Names::Data);
    assert_eq!(names(Instrument::Mla), Names::Data);
    assert_eq!(names(Instrument::JointTeamRequest), Names::Data);
    assert_eq!(names(Instrument::SpontaneousInformation), Names::Leads);
    assert_eq!(names(Instrument::CsirtSharing), Names::Leads);
    assert_eq!(names(Instrument::FiuFreeze), Names::Assets);
    assert_eq!(names(Instrument::Extradition), Names::Suspect);
    assert_eq!(names(Instrument::RedNotice), Names::Suspect);
    assert_eq!(names(Instrument::JointInvestigationTeam), Names::Nothing);
    assert_eq!(names(Instrument::VideoConference), Names::Nothing);
}

/// The options carry whom and what a request about no data may name: the
/// suspects the team has located, and where (two-hops with the operator
/// in B, located by the VPS address the firewall log reveals); the
/// wallets it has found, and where their custodian is once looked up
/// (freeze.ron: the ransom wallet at B's exchange, a self-hosted one).
#[test]
fn the_options_carry_the_located_suspects_and_the_wallets_found() {
    use cyberdrill::scenario::model::{Locator, Suspect, Text};
    use cyberdrill::sim::options::{KnownAsset, KnownSuspect};
    let mut scenario = common::two_hops();
    scenario.suspects = vec![Suspect {
        id: "operator".into(),
        text: Text([("en".to_string(), "The VPS operator.".to_string())].into()),
        jurisdiction: "B".into(),
        located_by: vec![Locator::Lead("vps-ip".into())],
        nationality: None,
    }];
    let scenario = common::checked(scenario);
    let mut sim = Simulation::new(&scenario, scenario.seed).unwrap();
    let prosecutor = p("A/prosecutor");
    assert_eq!(sim.options(&prosecutor).unwrap().suspects, []);
    sim.apply(
        &p("A/investigator"),
        Action::Examine {
            lead: "firewall-log".into(),
        },
    )
    .unwrap();
    // A (0), B (1), C (2) in scenario order.
    assert_eq!(
        sim.options(&prosecutor).unwrap().suspects,
        [KnownSuspect {
            suspect: 0,
            jurisdiction: 1
        }]
    );

    let scenario = common::load_clean("tests/data/sim/freeze.ron");
    let mut sim = Simulation::new(&scenario, scenario.seed).unwrap();
    let investigator = p("A/investigator");
    let lead = |id: &str| scenario.leads.iter().position(|l| l.id == id).unwrap();
    let (ransom, cold) = (lead("ransom-wallet"), lead("cold-wallet"));
    let unknown = |l| KnownAsset {
        lead: l,
        held_in: None,
    };
    assert_eq!(
        sim.options(&investigator).unwrap().assets,
        [unknown(ransom), unknown(cold)]
    );
    sim.apply(
        &investigator,
        Action::LookUp {
            lead: "ransom-wallet".into(),
        },
    )
    .unwrap();
    let b = scenario.jurisdictions.iter().position(|j| j.code == "B").unwrap();
    assert_eq!(
        sim.options(&investigator).unwrap().assets,
        [
            KnownAsset {
                lead: ransom,
                held_in: Some(b)
            },
            unknown(cold)
        ]
    );
}
