//! What a seat may do now: for each jurisdiction, the requests that exist
//! between the seat's country and it (with the basis each rests on, who
//! sends it, the fields a complete one states, whether this seat may send
//! it now) and, for those that do not exist, why — the same refusal a
//! draft would get. A screen builds its forms from this; the dry run
//! ([`super::Simulation::check`]) answers for one filled-in form. What a
//! request may name besides data items is here too: the suspects the
//! team has located (extradition, a red notice) and the wallets and
//! accounts it has found (a freeze); data items and leads are the view's.
//!
//! Reads only, and only what the seat may know: the law between two
//! jurisdictions is public, and whether an emergency is open is what its
//! own team knows.

use serde::Serialize;

use crate::law::{self, Basis, Channel, Names, RequestField};
use crate::scenario::model::{Instrument, LeadKind, Role};

use super::engine;
use super::refusal::Refusal;
use super::types::Participant;
use super::world::World;

/// Everything a seat may request, jurisdiction by jurisdiction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Options {
    pub participant: Participant,
    /// One per jurisdiction of the exercise (the seat's own included:
    /// domestic orders), in code order.
    pub counterparts: Vec<Counterpart>,
    /// The suspects the seat's team has located, in scenario order: whom
    /// an extradition (Art. 24) or a red notice may name.
    pub suspects: Vec<KnownSuspect>,
    /// The wallets and accounts among the leads the team has found, in
    /// scenario order: what a freeze may name.
    pub assets: Vec<KnownAsset>,
}

/// A suspect the team has located, and where they are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KnownSuspect {
    /// Index in the scenario's suspects.
    pub suspect: usize,
    pub jurisdiction: usize,
}

/// A wallet or an account the team has found, and where its custodian
/// is once the team has looked it up (a freeze is asked of that country).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KnownAsset {
    /// Index in the scenario's leads.
    pub lead: usize,
    pub held_in: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Counterpart {
    pub jurisdiction: usize,
    pub instruments: Vec<Available>,
    /// Instruments that do not exist between the two, each with the
    /// refusal a draft would get ([`Refusal::NotBetween`]).
    pub missing: Vec<Refusal>,
}

/// A request that exists between the seat's country and a counterpart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Available {
    pub instrument: Instrument,
    pub basis: Basis,
    /// Who sends it; whether this seat is one of them.
    pub senders: Vec<Role>,
    pub this_seat_sends: bool,
    /// What a complete request states (the signature comes from signing;
    /// a translation where the requested side requires one).
    pub fields: Vec<RequestField>,
    /// Needs a known risk to life (CETS 224 Art. 3) ...
    pub needs_emergency: bool,
    /// ... and this seat's team knows of none yet.
    pub waits_for_emergency: bool,
    /// What its `items` name: data, leads, assets, a suspect or nothing.
    pub names: Names,
}

pub(crate) fn options(world: &World, participant: &Participant) -> Option<Options> {
    let setup = engine::setup(world);
    let (code, role) = (participant.jurisdiction()?, participant.role());
    let j = *setup.jurisdictions.get(code)?;
    let emergency_known = engine::casefile(world, j).emergency_known;
    let from = &setup.scenario.jurisdictions[j];
    let counterparts = setup
        .jurisdictions
        .values()
        .map(|&t| {
            let to = &setup.scenario.jurisdictions[t];
            let mut counterpart = Counterpart {
                jurisdiction: t,
                instruments: Vec::new(),
                missing: Vec::new(),
            };
            for instrument in law::ALL_INSTRUMENTS {
                let rule = law::rule(instrument);
                if rule.channel == Channel::None || rule.within.is_some() {
                    continue; // a look-up, or part of another's execution: not a request
                }
                if !law::applies_between(instrument, from, to) {
                    // Domestic powers are not "missing" abroad, nor
                    // cross-border ones at home: they are another kind.
                    if (t == j) == matches!(rule.channel, Channel::DomesticProvider) {
                        let why = law::why_not_between(instrument, from, to);
                        counterpart.missing.push(Refusal::NotBetween {
                            instrument,
                            from: j,
                            to: t,
                            needs: why.needs,
                            instead: why.instead,
                            first: why.first,
                            only_way: why.only_way,
                        });
                    }
                    continue;
                }
                let fields = law::missing_fields(instrument, &Default::default(), from, to)
                    .into_iter()
                    .filter(|f| *f != RequestField::Signature)
                    .collect();
                counterpart.instruments.push(Available {
                    instrument,
                    basis: law::basis(instrument, from, to),
                    senders: rule.senders.to_vec(),
                    this_seat_sends: rule.senders.contains(&role),
                    fields,
                    needs_emergency: rule.needs_emergency,
                    waits_for_emergency: rule.needs_emergency && !emergency_known,
                    names: law::names(instrument),
                });
            }
            counterpart
        })
        .collect();
    let scenario = &setup.scenario;
    // `.get`: a scenario that did not check clean may place a suspect or
    // a provider in no country; it is then not offered, never a panic.
    let suspects = (0..scenario.suspects.len())
        .filter(|&s| engine::locates(world, &setup, s, j))
        .filter_map(|s| {
            Some(KnownSuspect {
                suspect: s,
                jurisdiction: *setup.jurisdictions.get(&scenario.suspects[s].jurisdiction)?,
            })
        })
        .collect();
    let case = engine::casefile(world, j);
    let assets = case
        .found()
        .iter()
        .filter(|&l| matches!(scenario.leads[l].kind, LeadKind::Wallet | LeadKind::Account))
        .map(|l| KnownAsset {
            lead: l,
            held_in: scenario.leads[l]
                .provider
                .as_ref()
                .filter(|_| case.looked_up().contains(&l))
                .and_then(|p| {
                    let provider = &scenario.providers[*setup.providers.get(p)?];
                    setup.jurisdictions.get(&provider.jurisdiction).copied()
                }),
        })
        .collect();
    Some(Options {
        participant: participant.clone(),
        counterparts,
        suspects,
        assets,
    })
}
