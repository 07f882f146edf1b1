//! Every refusal names what to do instead when something exists: the
//! alternatives are read off the law table (`law::why_not_between`,
//! `law::preservations_between`, `law::evidence_routes`), so an instrument
//! added to the law is offered with no change to the refusals.
//!
//! `tests/data/sim/two-hops.ron`: A applies Budapest and CETS 224, B the
//! same, C Budapest only; the VPS logs are held in B, the VPN logs in C.
//!
//! The lists are read off the table as it grows: each test checks what
//! the treaties require to be named (and, where it matters, what must not
//! be), not that nothing else is.

mod common;

use cyberdrill::law::{Basis, RequestField as F};
use cyberdrill::scenario::model::Instrument;
use cyberdrill::sim::{Action, Participant, Refusal, Simulation, Stated};
use cyberdrill::words::{Lang, Words};

fn p(text: &str) -> Participant {
    text.parse().unwrap()
}

/// A's team has found the VPS and the VPN and who holds their data.
fn with_leads() -> Simulation {
    with_leads_in(common::two_hops())
}

fn with_leads_in(scenario: cyberdrill::scenario::model::Scenario) -> Simulation {
    let scenario = common::checked(scenario);
    let humans = ["A/investigator", "A/prosecutor", "A/247"].map(p);
    let mut sim = Simulation::with_humans(&scenario, 11, humans).unwrap();
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

fn refused(sim: &mut Simulation, who: &str, instrument: Instrument, to: &str, items: &[&str]) -> Refusal {
    let fields = match instrument {
        Instrument::SpontaneousInformation => Stated::all_bare(&[F::RequestingAuthority, F::OffenceAndFacts]),
        _ => vec![],
    };
    sim.apply(
        &p(who),
        Action::Draft {
            instrument,
            to: to.into(),
            items: items.iter().map(|i| i.to_string()).collect(),
            fields,
        },
    )
    .unwrap_err()
}

fn french(sim: &Simulation, refusal: &Refusal) -> String {
    Words::new(Lang::Fr).message(sim.scenario(), refusal)
}

const ART29: (Instrument, Basis) = (
    Instrument::Preservation247,
    Basis::Rule(Instrument::Preservation247),
);
const ART31: (Instrument, Basis) = (Instrument::Mla, Basis::Rule(Instrument::Mla));

#[test]
fn a_direct_request_without_cets_224_points_to_art29_first_then_mla() {
    // CETS 224 Art. 7 to C, which is not a Party to the Protocol: no legal
    // basis. Between two Budapest Parties the data is preserved first
    // (Art. 29) while the MLA request (Art. 31) takes its weeks.
    let mut sim = with_leads();
    let refusal = refused(
        &mut sim,
        "A/prosecutor",
        Instrument::DirectSubscriberRequest,
        "C",
        &["vpn-logs"],
    );
    match &refusal {
        Refusal::NotBetween { first, instead, .. } => {
            assert_eq!(first, &[ART29]);
            assert!(instead.contains(&ART31), "{instead:?}");
        }
        other => panic!("{other:?}"),
    }
    let said = common::said(&sim, &refusal);
    assert!(
        said.contains(
            "between them, ask first for preservation through the 24/7 network (Budapest Art. 29), then use "
        ) && said.contains("a mutual legal assistance request (Budapest Art. 31)"),
        "{said}"
    );
    let fr = french(&sim, &refusal);
    assert!(
        fr.contains(
            "demandez d'abord la conservation rapide par le réseau 24/7 (art. 29 de la Convention de Budapest), \
             puis passez par "
        ) && fr.contains("une demande d'entraide judiciaire (art. 31 de la Convention de Budapest)"),
        "{fr}"
    );
}

#[test]
fn an_emergency_instrument_without_an_emergency_names_the_ordinary_routes() {
    // CETS 224 Art. 9 to B before any risk to life is known (Art. 3):
    // preserve (Art. 29), then Art. 31 or CETS 224 Art. 7; never Art. 10,
    // which needs the same emergency.
    let mut sim = with_leads();
    let refusal = refused(
        &mut sim,
        "A/247",
        Instrument::EmergencyDisclosure,
        "B",
        &["vps-logs"],
    );
    let said = common::said(&sim, &refusal);
    assert!(
        said.contains(
            "(CETS 224 Art. 3); without one, ask first for preservation through the 24/7 network \
             (Budapest Art. 29), then use "
        ),
        "{said}"
    );
    assert!(
        said.contains("a mutual legal assistance request (Budapest Art. 31)")
            && said.contains("a direct request for subscriber information (CETS 224 Art. 7)"),
        "{said}"
    );
    assert!(!said.contains("Art. 10"), "{said}");
    let fr = french(&sim, &refusal);
    assert!(
        fr.contains("; sans urgence, demandez d'abord la conservation rapide"),
        "{fr}"
    );
}

#[test]
fn spontaneous_information_naming_data_names_the_requests_that_obtain_it() {
    // Art. 26 informs; to obtain the VPS logs from B: Art. 29 first, then
    // Art. 31 or CETS 224 Art. 7.
    let mut sim = with_leads();
    let refusal = refused(
        &mut sim,
        "A/247",
        Instrument::SpontaneousInformation,
        "B",
        &["vps-logs"],
    );
    match &refusal {
        Refusal::InformsNamesNoData { first, instead, .. } => {
            assert_eq!(first, &[ART29]);
            assert!(instead.contains(&ART31), "{instead:?}");
        }
        other => panic!("{other:?}"),
    }
    let said = common::said(&sim, &refusal);
    assert!(
        said.contains("to obtain data, ask first for preservation through the 24/7 network (Budapest Art. 29), then use ")
            && said.contains("a mutual legal assistance request (Budapest Art. 31)"),
        "{said}"
    );
}

#[test]
fn a_power_used_across_the_border_names_what_reaches_there_and_back() {
    // Art. 18 reaches providers at home only: for B, preserve through
    // the 24/7 network (Art. 29), then MLA (Art. 31) or CETS 224 Art. 7.
    let mut sim = with_leads();
    let refusal = refused(
        &mut sim,
        "A/prosecutor",
        Instrument::ProductionOrder,
        "B",
        &["vps-logs"],
    );
    let said = common::said(&sim, &refusal);
    assert!(
        said.starts_with(
            "Budapest Art. 18 is a domestic power: it reaches providers in A only; for B, ask first for \
             preservation through the 24/7 network (Budapest Art. 29), then use "
        ) && said.contains("a mutual legal assistance request (Budapest Art. 31)"),
        "{said}"
    );
    // Art. 29 is cross-border: at home, Arts 16 and 18.
    let refusal = refused(&mut sim, "A/247", Instrument::Preservation247, "A", &["vps-logs"]);
    let said = common::said(&sim, &refusal);
    assert!(
        said.starts_with("Budapest Art. 29 is for cross-border requests; within A, use ")
            && said.contains("a domestic preservation order (Budapest Art. 16)")
            && said.contains("a production order (Budapest Art. 18)"),
        "{said}"
    );
    let fr = french(&sim, &refusal);
    assert!(
        fr.contains("au sein de A, passez par une injonction nationale de conservation (art. 16 de la Convention de Budapest)"),
        "{fr}"
    );
}

#[test]
fn a_lapsed_preservation_is_not_renewed_but_asked_for_again() {
    // Art. 29(7): at least 60 days. Past them, nothing is left to renew;
    // a new preservation keeps what the provider still holds.
    let mut scenario = common::two_hops();
    scenario.end.after = Some(cyberdrill::time::Duration::days(200));
    let mut sim = with_leads_in(scenario);
    let id = sim
        .apply(
            &p("A/247"),
            Action::Draft {
                instrument: Instrument::Preservation247,
                to: "B".into(),
                items: vec!["vps-logs".into()],
                fields: Stated::all_bare(cyberdrill::law::ART29_ELEMENTS),
            },
        )
        .unwrap()
        .request
        .unwrap();
    sim.apply(&p("A/247"), Action::Send { request: id }).unwrap();
    sim.advance_to(cyberdrill::time::SimTime(90 * 1440));
    let refusal = sim.apply(&p("A/247"), Action::Renew { request: id }).unwrap_err();
    assert_eq!(refusal, Refusal::PreservationLapsed { request: id });
    let said = common::said(&sim, &refusal);
    assert!(
        said.ends_with(
            "nothing to renew: what it kept is held again only as long as its retention lasts; \
             to keep data that is still there, send a new preservation request"
        ),
        "{said}"
    );
    assert!(!said.contains("no longer kept"), "{said}");
    assert!(french(&sim, &refusal).contains("envoyez une nouvelle demande de conservation"));
}

#[test]
fn renewing_what_is_not_a_preservation_points_to_the_preservation() {
    // Only a preservation (Arts 16, 29, the EU order) is renewed; an MLA
    // request keeps nothing of its own to renew.
    let mut sim = with_leads();
    let id = sim
        .apply(
            &p("A/prosecutor"),
            Action::Draft {
                instrument: Instrument::Mla,
                to: "B".into(),
                items: vec!["vps-logs".into()],
                fields: vec![],
            },
        )
        .unwrap()
        .request
        .unwrap();
    let refusal = sim
        .apply(&p("A/prosecutor"), Action::Renew { request: id })
        .unwrap_err();
    assert_eq!(
        refusal,
        Refusal::NotAPreservation {
            instrument: Instrument::Mla
        }
    );
    assert_eq!(
        common::said(&sim, &refusal),
        "Budapest Art. 31 is not a preservation, so there is nothing to renew: renew the preservation \
         request that keeps its data"
    );
    assert!(french(&sim, &refusal).ends_with("renouvelez la demande de conservation qui gèle ses données"));
}
