//! Applying one participant's action: check it against the role, the
//! jurisdiction, the law and what the team knows, then change the world.
//!
//! Every function here checks everything before it writes anything, so a
//! refused action changes nothing (the property test checks the state hash).
//! A refusal explains itself in the words of the law, and never reveals
//! what the participant's team does not know (an unknown data item and a
//! data item the team has not found get the same answer).

use std::collections::BTreeMap;

use crate::law::{self, Channel, RequestField, Urgency, Yields};
use crate::scenario::model::{Instrument, LeadKind, Role};

use super::engine::{self, To, emit};
use super::event::{Actor, Event, LeadSource, RequestResult};
use super::refusal::{Done, Refusal, Rejecter};
use super::types::{Action, Outcome, Participant, RequestId, Stated};
use super::visibility;
use super::world::*;

type Applied = Result<Outcome, Refusal>;

fn ok(done: Done, request: Option<RequestId>) -> Applied {
    Ok(Outcome { done, request })
}

fn refuse<T>(refusal: Refusal) -> Result<T, Refusal> {
    Err(refusal)
}

/// The seat as the actor of a trace line.
fn seat(participant: &Participant) -> Actor {
    Actor::Seat {
        participant: participant.clone(),
    }
}

/// Every jurisdiction of the exercise, in code order (what a refusal lists).
fn all_jurisdictions(setup: &Setup) -> Vec<usize> {
    setup.jurisdictions.values().copied().collect()
}

/// Apply `action` by `participant` now. `Jump` is the facade's (it moves the
/// clock); `Pause`, `Resume` and `SetSpeed` go on to `clock`; everything
/// else is here. With `dry`, every check is made and the outcome returned,
/// but nothing is written: the same answer `apply` would give, and the
/// world as it was.
pub fn apply(world: &mut World, participant: &Participant, action: Action, dry: bool) -> Applied {
    let Some(seat) = world.resource::<Index>().seat_id(participant) else {
        return refuse(Refusal::NoSuchParticipant {
            participant: participant.clone(),
            jurisdictions: all_jurisdictions(&engine::setup(world)),
        });
    };
    apply_at(world, seat, participant, action, dry)
}

/// [`apply`] for the `participant` sitting at `seat`: a simulated actor
/// knows its seat, and finding it again by participant was a hash of
/// strings at each of its actions.
pub fn apply_at(
    world: &mut World,
    seat: SeatId,
    participant: &Participant,
    action: Action,
    dry: bool,
) -> Applied {
    debug_assert_eq!(world.resource::<Index>().seat_id(participant), Some(seat));
    let setup = engine::setup(world);
    if let Action::Read { upto } = action {
        return read(world, seat, upto, dry);
    }
    if action.is_trainer_control() || matches!(action, Action::Annotate { .. }) {
        if *participant != Participant::Trainer {
            return refuse(Refusal::TrainerOnly {
                participant: participant.clone(),
            });
        }
        return trainer(world, action, dry);
    }
    if let Some(at) = world.resource::<Clock>().ended
        && *participant != Participant::Trainer
    {
        return refuse(Refusal::Ended { at });
    }
    let (jurisdiction, role) = match participant {
        Participant::Player { jurisdiction, role } => (jurisdiction, role),
        Participant::Liaison { provider } => {
            return liaison(world, participant, setup.providers[provider], action, dry);
        }
        Participant::Trainer => return refuse(Refusal::TrainerDoesNotPlay),
    };
    let j = setup.jurisdictions[jurisdiction];
    match action {
        Action::Examine { lead } => examine(world, participant, j, *role, &lead, dry),
        Action::LookUp { lead } => look_up(world, participant, j, *role, &lead, dry),
        Action::Draft {
            instrument,
            to,
            items,
            fields,
        } => draft(
            world,
            participant,
            j,
            *role,
            instrument,
            &to,
            &items,
            &fields,
            dry,
        ),
        Action::Amend { request, fields } => amend(world, participant, j, *role, request, &fields, dry),
        Action::Sign { request } => sign(world, participant, j, *role, request, dry),
        Action::Send { request } => send(world, participant, j, *role, request, dry),
        Action::Forward { request } => forward(world, participant, j, *role, request, dry),
        Action::Comply { request } => grant(world, participant, j, *role, request, dry),
        Action::SendBack { request, fields } => {
            send_back(world, participant, j, *role, request, &fields, dry)
        }
        Action::Decline { request, reason } => decline(world, participant, j, *role, request, &reason, dry),
        Action::DisclosePath { request } => disclose_path(world, j, *role, request, dry),
        Action::Answer { request, text } => answer(world, participant, j, *role, request, &text, dry),
        Action::Renew { request } => renew(world, participant, j, *role, request, dry),
        Action::Withdraw { request } => withdraw(world, participant, j, *role, request, dry),
        Action::Pause
        | Action::Resume
        | Action::SetSpeed { .. }
        | Action::Jump { .. }
        | Action::FireInject { .. }
        | Action::Annotate { .. }
        | Action::Read { .. } => unreachable!("handled above"),
    }
}

/// What a provider's liaison, played by a person, may do with a request
/// for its company's data waiting for it: comply, ask for clarification,
/// decline a request the company may decline (voluntary disclosure, CETS
/// 224 Art. 7, an emergency request under its own policy), or write to the
/// sender. A binding order is not the company's to decline.
fn liaison(
    world: &mut World,
    participant: &Participant,
    provider: usize,
    action: Action,
    dry: bool,
) -> Applied {
    let waiting = |world: &World, id: RequestId| match engine::request(world, id) {
        Some(req) if req.provider == Some(provider) && req.holder == Holder::AwaitingLiaison => {
            Ok(req.clone())
        }
        _ => Err(Refusal::NotWaitingAtProvider { request: id }),
    };
    match action {
        Action::Comply { request: id } => {
            waiting(world, id)?;
            if dry {
                return ok(Done::Complied { request: id }, Some(id));
            }
            emit(
                world,
                seat(participant),
                Event::TookUp { request: id },
                To::nobody(),
            );
            engine::provider_executes(world, id);
            ok(Done::Complied { request: id }, Some(id))
        }
        Action::SendBack { request: id, fields } => {
            let req = waiting(world, id)?;
            let asked = elements_to_clarify(&req, &fields)?;
            if dry {
                return ok(Done::SentBack { request: id }, Some(id));
            }
            engine::send_back(world, id, seat(participant), asked);
            ok(Done::SentBack { request: id }, Some(id))
        }
        Action::Decline { request: id, reason } => {
            let req = waiting(world, id)?;
            if !law::rule(req.instrument).provider_may_decline {
                return refuse(Refusal::OrderBinds {
                    request: id,
                    basis: req.basis,
                });
            }
            let declined = RequestResult::DeclinedByProvider {
                provider,
                ground: reason.trim().to_string(),
            };
            decline_on_ground(world, participant, id, &reason, Some(declined), dry)
        }
        Action::Answer { request: id, text } => {
            let req = match engine::request(world, id) {
                Some(req) if visibility::liaison_sees(req, provider) => req.clone(),
                _ => return refuse(Refusal::NothingToAnswer { request: id }),
            };
            if text.trim().is_empty() {
                return refuse(Refusal::EmptyAnswer);
            }
            if dry {
                return ok(Done::Wrote { request: id }, Some(id));
            }
            let readers = visibility::liaison_readers(&engine::setup(world), &req);
            emit(
                world,
                seat(participant),
                Event::Wrote {
                    request: id,
                    text: text.trim().to_string(),
                },
                readers,
            );
            ok(Done::Wrote { request: id }, Some(id))
        }
        _ => refuse(Refusal::LiaisonAnswersOnly),
    }
}

/// The elements `fields` a requested seat asks the sender of `req` to
/// clarify, sorted and once each: elements of its instrument, never the
/// signature (a seat cannot ask to be signed again), at least one.
fn elements_to_clarify(req: &Request, fields: &[RequestField]) -> Result<Vec<RequestField>, Refusal> {
    if fields.is_empty() {
        return refuse(Refusal::NothingToClarify { request: req.id });
    }
    let required = law::rule(req.instrument).required;
    if let Some(&field) = fields
        .iter()
        .find(|f| !required.contains(f) || **f == RequestField::Signature)
    {
        return refuse(Refusal::NotAnElement {
            instrument: req.instrument,
            field,
        });
    }
    let mut asked: Vec<RequestField> = fields.to_vec();
    asked.sort();
    asked.dedup();
    Ok(asked)
}

fn trainer(world: &mut World, action: Action, dry: bool) -> Applied {
    let setup = engine::setup(world);
    let trainer = seat(&Participant::Trainer);
    match action {
        Action::Pause | Action::Resume | Action::SetSpeed { .. } => super::clock::control(world, action, dry),
        Action::FireInject { inject } => {
            let Some(&i) = setup.injects.get(&inject) else {
                return refuse(Refusal::NoSuchInject {
                    inject,
                    injects: setup.injects.values().copied().collect(),
                });
            };
            if let Some(&at) = world.resource::<Progress>().injects_fired.get(&i) {
                return refuse(Refusal::InjectAlreadyFired { inject: i, at });
            }
            if dry {
                return ok(Done::InjectFired { inject: i }, None);
            }
            engine::fire_inject(world, i);
            ok(Done::InjectFired { inject: i }, None)
        }
        Action::Annotate { text } => {
            if text.trim().is_empty() {
                return refuse(Refusal::EmptyAnnotation);
            }
            if dry {
                return ok(Done::Noted, None);
            }
            let text = text.trim().to_string();
            emit(world, trainer, Event::Annotated { text }, To::nobody());
            ok(Done::Noted, None)
        }
        _ => refuse(Refusal::ClockMovedByHost),
    }
}

/// A seat has read its notes up to `upto`: a note it was sent.
fn read(world: &mut World, id: SeatId, upto: u64, dry: bool) -> Applied {
    let seat = engine::seat(world, id);
    if !seat.inbox.contains(&upto) {
        return refuse(Refusal::NoSuchNote { note: upto });
    }
    if upto <= seat.read_upto {
        return refuse(Refusal::AlreadyRead { note: upto });
    }
    if !dry {
        engine::seat_mut(world, id).read_upto = upto;
    }
    ok(Done::Read { upto }, None)
}

/// A suspect team `j` has located (it knows who and where), in `to`: what
/// a red notice needs. An unknown id gets the same answer as a suspect
/// not located, so that a refusal reveals nothing.
fn located_suspect(
    world: &World,
    setup: &Setup,
    j: usize,
    to: usize,
    instrument: Instrument,
    id: &str,
) -> Result<usize, Refusal> {
    let located = setup
        .scenario
        .suspects
        .iter()
        .position(|s| s.id == id)
        .filter(|&s| engine::locates(world, setup, s, j));
    // Where a broken scenario puts them in a country it does not have,
    // no one can say where they are.
    let place = located.and_then(|s| {
        Some((
            s,
            *setup
                .jurisdictions
                .get(&setup.scenario.suspects[s].jurisdiction)?,
        ))
    });
    let Some((s, located_in)) = place else {
        return refuse(Refusal::SuspectNotLocated {
            instrument,
            suspect: id.to_string(),
        });
    };
    if located_in != to {
        return refuse(Refusal::SuspectElsewhere {
            instrument,
            suspect: s,
            located_in,
            to,
        });
    }
    Ok(s)
}

/// A wallet or account team `j` may ask to have frozen or traced in `to`: a lead it
/// has found, of that kind, whose custodian (an exchange, a bank) it has
/// looked up there. A self-hosted wallet has none: nothing to freeze.
fn frozen_asset(
    world: &World,
    setup: &Setup,
    j: usize,
    to: usize,
    instrument: Instrument,
    id: &str,
) -> Result<usize, Refusal> {
    let not_an_asset = || Refusal::NotAnAsset {
        instrument,
        id: id.to_string(),
    };
    if setup.items.contains_key(id) {
        return refuse(not_an_asset());
    }
    let lead = known_lead(world, setup, j, id)?;
    if !matches!(
        setup.scenario.leads[lead].kind,
        LeadKind::Wallet | LeadKind::Account
    ) {
        return refuse(not_an_asset());
    }
    let custodian = setup.scenario.leads[lead]
        .provider
        .as_ref()
        .filter(|_| engine::casefile(world, j).looked_up().contains(&lead))
        .map(|p| setup.providers[p]);
    let Some(provider) = custodian else {
        return refuse(Refusal::CustodianUnknown { lead, instrument });
    };
    let held_in = setup.provider_jurisdiction(provider);
    if held_in != to {
        return refuse(Refusal::AssetsHeldElsewhere {
            lead,
            provider,
            held_in,
            to,
            instrument,
        });
    }
    Ok(lead)
}

fn known_lead(world: &World, setup: &Setup, j: usize, lead: &str) -> Result<usize, Refusal> {
    match setup.leads.get(lead) {
        Some(&l) if engine::casefile(world, j).found().contains(&l) => Ok(l),
        _ => refuse(Refusal::LeadNotFound {
            lead: lead.to_string(),
        }),
    }
}

fn examine(
    world: &mut World,
    participant: &Participant,
    j: usize,
    role: Role,
    lead: &str,
    dry: bool,
) -> Applied {
    let setup = engine::setup(world);
    if role != Role::Investigator {
        return refuse(Refusal::ExamineIsInvestigators { team: j });
    }
    let l = known_lead(world, &setup, j, lead)?;
    if engine::casefile(world, j).examined.contains(&l) {
        return refuse(Refusal::AlreadyExamined { lead: l });
    }
    if dry {
        return ok(Done::Examined { lead: l }, None);
    }
    engine::casefile_mut(world, j).examined.insert(l);
    emit(
        world,
        seat(participant),
        Event::Examined { lead: l },
        vec![participant.clone()],
    );
    let reveals = setup.scenario.leads[l].reveals.clone();
    engine::learn_leads(world, j, &reveals, LeadSource::Examining { lead: l });
    ok(Done::Examined { lead: l }, None)
}

fn look_up(
    world: &mut World,
    participant: &Participant,
    j: usize,
    role: Role,
    lead: &str,
    dry: bool,
) -> Applied {
    let setup = engine::setup(world);
    let rule = law::rule(Instrument::OpenSource);
    if !rule.senders.contains(&role) {
        return refuse(Refusal::LookUpRoles);
    }
    let l = known_lead(world, &setup, j, lead)?;
    let data = &setup.scenario.leads[l];
    let Some(provider) = &data.provider else {
        return refuse(Refusal::NoProviderBehind { lead: l });
    };
    if engine::casefile(world, j).looked_up().contains(&l) {
        return refuse(Refusal::AlreadyLookedUp { lead: l });
    }
    let provider = setup.providers[provider];
    if dry {
        return ok(Done::LookedUp { lead: l, provider }, None);
    }
    engine::casefile_mut(world, j).note_looked_up(&setup, l);
    let p = &setup.scenario.providers[provider];
    emit(
        world,
        seat(participant),
        Event::LookedUp {
            lead: l,
            provider,
            kind: p.kind,
            country: setup.provider_jurisdiction(provider),
        },
        SeatId::team(j),
    );
    ok(Done::LookedUp { lead: l, provider }, None)
}

/// The suspect an extradition request (Art. 24) from team `j` to `t`
/// seeks: the one `items` names, which the team has located (an unknown
/// suspect and one it has not located get the same answer), in `t`, for a
/// case Art. 24 applies to (an offence punishable by at least a year,
/// Art. 24(1)(a)).
fn sought(
    world: &World,
    setup: &Setup,
    j: usize,
    t: usize,
    instrument: Instrument,
    items: &[String],
) -> Result<usize, Refusal> {
    let [id] = items else {
        return refuse(Refusal::MustNameSuspect { instrument });
    };
    let s = located_suspect(world, setup, j, t, instrument, id)?;
    let offences = setup.case_offences(j);
    let law = &setup.scenario.law;
    if !law::extraditable(offences, law) {
        return refuse(Refusal::NotExtraditable {
            offences: offences.to_vec(),
            threshold: law.extradition_threshold,
        });
    }
    Ok(s)
}

#[allow(clippy::too_many_arguments)]
fn draft(
    world: &mut World,
    participant: &Participant,
    j: usize,
    role: Role,
    instrument: Instrument,
    to: &str,
    items: &[String],
    fields: &[Stated],
    dry: bool,
) -> Applied {
    let setup = engine::setup(world);
    let rule = law::rule(instrument);
    if rule.channel == Channel::None {
        return refuse(Refusal::NeedsNoRequest { instrument });
    }
    if let Some(within) = rule.within {
        return refuse(Refusal::DutyWithin { instrument, within });
    }
    let Some(&t) = setup.jurisdictions.get(to) else {
        return refuse(Refusal::NoSuchJurisdiction {
            to: to.to_string(),
            jurisdictions: all_jurisdictions(&setup),
        });
    };
    let (from_j, to_j) = (&setup.scenario.jurisdictions[j], &setup.scenario.jurisdictions[t]);
    // First the most important lesson: does the instrument exist at all
    // between the two (and if not, what does); `Prepared` has the answer.
    if !setup.applies(instrument, j, t) {
        let why = law::why_not_between(instrument, from_j, to_j);
        return refuse(Refusal::NotBetween {
            instrument,
            from: j,
            to: t,
            needs: why.needs,
            instead: why.instead,
            first: why.first,
            only_way: why.only_way,
        });
    }
    // Who sends it matters only once the instrument exists between the two.
    if !rule.senders.contains(&role) {
        return refuse(Refusal::WrongSender {
            instrument,
            senders: rule
                .senders
                .iter()
                .map(|r| Participant::player(setup.jurisdiction_code(j), *r))
                .collect(),
            role,
        });
    }
    let case = engine::casefile(world, j);
    if rule.needs_emergency && !case.emergency_known {
        return refuse(Refusal::NeedsEmergency {
            instrument,
            first: law::preservations_between(from_j, to_j),
            instead: law::evidence_routes(from_j, to_j),
        });
    }
    // Data within a joint investigation team only once it is set up.
    if rule.needs_joint_team && !engine::joint_team(world, j, t) {
        return refuse(Refusal::NoJointTeam {
            instrument,
            to: t,
            instead: law::evidence_routes(from_j, to_j),
        });
    }
    // Extradition (Art. 24) names a person the team has located, not data.
    let suspect = if rule.yields == Yields::Surrender {
        Some(sought(world, &setup, j, t, instrument, items)?)
    } else {
        None
    };
    let mut targets = Vec::new();
    // Spontaneous information (Art. 26) and the CSIRTs carry leads the
    // team has found; a freeze, the wallets and accounts among them.
    let mut leads = Vec::new();
    // A red notice names the suspect it is about.
    let mut suspects = Vec::new();
    // A joint investigation team is agreed on, about no data (Art. 12).
    // Nor is a hearing by video conference (Art. 11): it names a person in
    // its fields, not data; nor a coordination meeting at Eurojust.
    let names_data = suspect.is_none()
        && !matches!(
            rule.yields,
            Yields::Agreement | Yields::Testimony | Yields::Coordination
        );
    for id in items.iter().filter(|_| names_data) {
        if rule.yields == Yields::RedNotice {
            let s = located_suspect(world, &setup, j, t, instrument, id)?;
            if !suspects.contains(&s) {
                suspects.push(s);
            }
            continue;
        }
        if law::names_assets(instrument) {
            let lead = frozen_asset(world, &setup, j, t, instrument, id)?;
            if !leads.contains(&lead) {
                leads.push(lead);
            }
            continue;
        }
        // What goes over SIENA informs the other State's police as Art. 26
        // information does: leads, not data, under the same conditions.
        if matches!(rule.yields, Yields::InformsOnly | Yields::CrossMatch) {
            if let Some(&i) = setup.items.get(id)
                && visibility::can_target(&setup, case, i)
            {
                return refuse(Refusal::InformsNamesNoData {
                    instrument,
                    to: t,
                    first: law::preservations_between(from_j, to_j),
                    instead: law::evidence_routes(from_j, to_j),
                });
            }
            let lead = known_lead(world, &setup, j, id)?;
            // CETS 224 Art. 14(10)(a): what data received on condition
            // revealed goes to no third State without authorisation.
            let conditions = &world.resource::<Progress>().onward_transfer_conditions;
            if let Some(&(_, item, by)) = conditions.iter().find(|&&(to_j, item, by)| {
                to_j == j
                    && by != t
                    && setup.scenario.evidence[item]
                        .reveals
                        .contains(&setup.scenario.leads[lead].id)
            }) {
                return refuse(Refusal::OnwardTransferNeedsConsent { lead, item, by });
            }
            if !leads.contains(&lead) {
                leads.push(lead);
            }
            continue;
        }
        match setup.items.get(id) {
            Some(&i) if visibility::can_target(&setup, case, i) => {
                if !targets.contains(&i) {
                    targets.push(i);
                }
            }
            _ => return refuse(Refusal::UnknownItem { item: id.clone() }),
        }
    }
    match rule.yields {
        Yields::Preservation | Yields::Intelligence | Yields::Evidence if targets.is_empty() => {
            return refuse(Refusal::MustNameData { instrument });
        }
        Yields::Freeze | Yields::Trace if leads.is_empty() => {
            return refuse(Refusal::MustNameAssets { instrument });
        }
        Yields::CrossMatch if leads.is_empty() => {
            return refuse(Refusal::MustNameLeads { instrument });
        }
        Yields::RedNotice if suspects.len() != 1 => {
            return refuse(Refusal::OneSuspect { instrument });
        }
        _ => {}
    }
    for &i in &targets {
        let category = setup.scenario.evidence[i].category;
        if let Some(instead) = law::why_not_covered(instrument, category, from_j, to_j, case.emergency_known)
        {
            return refuse(Refusal::NotCovered {
                instrument,
                item: i,
                category,
                instead,
            });
        }
    }
    // Sorted and without repeats, as a set would be; a draft names a
    // provider or two, where building a BTreeSet cost more than the rest
    // of the check (issue 12).
    let mut providers: Vec<usize> = targets.iter().map(|&i| setup.item_provider(i)).collect();
    providers.sort_unstable();
    providers.dedup();
    if rule.reaches_connected_systems && providers.len() > 1 {
        // Art. 19(2): the searched system is the holder from which every
        // other item named is reachable; the search extends to them only
        // within the territory.
        let reachable = |i: usize, from: usize| {
            setup.item_provider(i) == from
                || setup.scenario.evidence[i]
                    .reachable_from
                    .iter()
                    .any(|holder| setup.providers.get(holder) == Some(&from))
        };
        if let Some(&searched) = providers
            .iter()
            .find(|&&p| targets.iter().all(|&i| reachable(i, p)))
        {
            let abroad = (targets.iter().copied())
                .find(|&i| setup.item_provider(i) != searched && setup.item_jurisdiction(i) != t);
            if let Some(item) = abroad {
                let provider = setup.item_provider(item);
                let held_in = setup.provider_jurisdiction(provider);
                let there = &setup.scenario.jurisdictions[held_in];
                let mut instead = law::evidence_routes(from_j, there);
                if law::applies_between(Instrument::ConsentAccess, from_j, there) {
                    let consent = Instrument::ConsentAccess;
                    instead.push((consent, law::basis(consent, from_j, there)));
                }
                return refuse(Refusal::ExtensionAbroad {
                    item,
                    provider,
                    held_in,
                    first: law::preservations_between(from_j, there),
                    instead,
                });
            }
            providers = vec![searched];
        }
    }
    if providers.len() > 1 {
        return refuse(Refusal::OneProvider);
    }
    let provider = providers.first().copied();
    if let Some(p) = provider {
        let held_in = setup.provider_jurisdiction(p);
        if held_in != t {
            return refuse(Refusal::WrongJurisdiction {
                item: targets[0],
                provider: p,
                held_in,
                to: t,
            });
        }
        let kind = setup.scenario.providers[p].kind;
        if !law::reaches_holder(instrument, kind) {
            if rule.channel == Channel::ForeignProvider && !law::is_service_provider(kind) {
                return refuse(Refusal::NotAServiceProvider {
                    instrument,
                    provider: p,
                    kind,
                });
            }
            return refuse(Refusal::NotItsAddressee {
                instrument,
                provider: p,
                kind,
            });
        }
    }
    // Arts 21, 34: interception for serious offences only.
    let offences = setup.case_offences(j);
    // Interception is the executing State's measure, under its own law:
    // at home the team's, on request the requested State's (Art. 34).
    let executing = &setup.scenario.jurisdictions[t];
    if !law::serious_enough(instrument, offences, &setup.scenario.law, executing) {
        return refuse(Refusal::NotSerious {
            instrument,
            offences: offences.to_vec(),
            under: t,
        });
    }
    // Arts 20, 21, 33, 34 reach data created after the order, never data
    // already stored.
    if rule.real_time {
        let now = engine::now(world);
        let stored = targets
            .iter()
            .copied()
            .find(|&i| crate::time::SimTime::START.after(setup.scenario.evidence[i].created) <= now);
        if let Some(item) = stored {
            return refuse(Refusal::AlreadyStored {
                instrument,
                item,
                first: law::preservations_between(from_j, to_j),
                instead: law::evidence_routes(from_j, to_j),
            });
        }
    }
    // Art. 32(b): someone the team knows can lawfully consent to each item.
    if rule.channel == Channel::ConsentingPerson
        && let Some(&item) = targets.iter().find(|&&i| {
            !setup.scenario.evidence[i]
                .consent_by
                .iter()
                .any(|lead| setup.leads.get(lead).is_some_and(|l| case.found().contains(l)))
        })
    {
        return refuse(Refusal::NoOneToConsent { instrument, item });
    }
    // Urgent circumstances (Arts 25(3), 27(9), 31(3)), judged on what the
    // team may know: the data's published retention.
    let now = engine::now(world);
    let vulnerable = |i: &usize| {
        let runs_out = setup.expected_deletion[*i].as_ref().map(|r| r.runs_out);
        law::vulnerable_to_loss(runs_out, now, &setup.scenario.law)
    };
    match rule.urgency {
        Urgency::NotNeeded => {}
        Urgency::DataAtRisk => {
            if let Some(&item) = targets.iter().find(|i| !vulnerable(i)) {
                return refuse(Refusal::NotVulnerable { instrument, item });
            }
        }
        Urgency::RiskOrDataAtRisk => {
            if !case.emergency_known && !targets.iter().all(vulnerable) {
                return refuse(Refusal::NeedsUrgency { instrument });
            }
        }
    }
    // The law's lessons first; how the participant wrote the elements last.
    let (fields, texts) = written(fields, law::basis(instrument, from_j, to_j))?;
    let id = engine::request_count(world) as RequestId + 1;
    if dry {
        return ok(Done::Drafted { request: id }, Some(id));
    }
    engine::add_request(
        world,
        Request {
            id,
            instrument,
            basis: law::basis(instrument, from_j, to_j),
            drafted_by: participant.clone(),
            from: j,
            to: t,
            provider,
            items: targets.clone(),
            fields: fields.into_iter().collect(),
            texts,
            signed: false,
            holder: Holder::Drafting,
            sent_at: None,
            round_trips: 0,
            result: None,
            succeeded: false,
            frozen_until: None,
            not_yet_stored: Vec::new(),
            held: Vec::new(),
            renewals: 0,
            leads: leads.clone(),
            path_disclosed: false,
            at_liaison_since: None,
            decision_since: None,
            suspect: suspect.or(suspects.first().copied()),
            treaty_deadline: None,
        },
    );
    emit(
        world,
        seat(participant),
        Event::Drafted {
            request: id,
            basis: law::basis(instrument, from_j, to_j),
            to: t,
            items: targets,
            leads,
        },
        SeatId::team(j),
    );
    ok(Done::Drafted { request: id }, Some(id))
}

/// The request, if it is this team's and this role may handle it.
fn own_request(world: &World, j: usize, role: Role, id: RequestId) -> Result<&Request, Refusal> {
    let setup = engine::setup(world);
    let Some(req) = engine::request(world, id).filter(|req| req.from == j) else {
        return refuse(Refusal::NoSuchRequest { request: id });
    };
    let rule = law::rule(req.instrument);
    if !rule.senders.contains(&role) && role != Role::Prosecutor {
        return refuse(Refusal::HandledBy {
            request: id,
            basis: req.basis,
            seat: Participant::player(setup.jurisdiction_code(j), rule.senders[0]),
        });
    }
    Ok(req)
}

fn editable(req: &Request) -> Result<(), Refusal> {
    match req.holder {
        Holder::Drafting | Holder::Returned => Ok(()),
        Holder::Judge => refuse(Refusal::WithTheJudge { request: req.id }),
        Holder::Done => refuse(Refusal::Closed { request: req.id }),
        _ => refuse(Refusal::BeingHandled { request: req.id }),
    }
}

fn amend(
    world: &mut World,
    participant: &Participant,
    j: usize,
    role: Role,
    id: RequestId,
    fields: &[Stated],
    dry: bool,
) -> Applied {
    let req = own_request(world, j, role, id)?;
    editable(req)?;
    let (given, mut texts) = written(fields, req.basis)?;
    // A signature comes from signing, never from writing it in.
    texts.remove(&RequestField::Signature);
    let new: Vec<RequestField> = given
        .into_iter()
        .filter(|f| !req.fields.contains(f) && *f != RequestField::Signature)
        .collect();
    // A stated element written anew: its text replaces the old one (or
    // gives one to an element stated bare). The same text again is nothing new.
    let rewritten: Vec<RequestField> = texts
        .iter()
        .filter(|&(f, text)| req.fields.contains(f) && req.texts.get(f) != Some(text))
        .map(|(&f, _)| f)
        .collect();
    if new.is_empty() && rewritten.is_empty() {
        return refuse(Refusal::AlreadyStated { request: id });
    }
    if dry {
        return ok(Done::Amended { request: id }, Some(id));
    }
    // A signature covers what was signed: changing the request after it
    // (a new element, a text rewritten) leaves it to be signed again.
    let (unsigned, basis) = (req.signed, req.basis);
    {
        let req = engine::request_mut(world, id);
        req.fields.extend(new.iter().copied());
        req.texts.extend(texts);
        req.signed = false;
        req.fields.remove(&RequestField::Signature);
    }
    emit(
        world,
        seat(participant),
        Event::Amended {
            request: id,
            basis,
            fields: new,
            rewritten,
            unsigned,
        },
        SeatId::team(j),
    );
    ok(Done::Amended { request: id }, Some(id))
}

/// The elements of a `Draft` or `Amend` as a request keeps them: the
/// fields, in the order first given, and the text written for each that
/// has one, trimmed. A text that is empty or only spaces is refused: a
/// bare field states the element (scripts, simulated actors), a written
/// one must say something. A field given twice keeps its last text; a
/// bare mention never erases one.
fn written(
    fields: &[Stated],
    basis: law::Basis,
) -> Result<(Vec<RequestField>, BTreeMap<RequestField, String>), Refusal> {
    let mut order = Vec::new();
    let mut texts = BTreeMap::new();
    for stated in fields {
        if let Some(text) = &stated.text {
            let text = text.trim();
            if text.is_empty() {
                return refuse(Refusal::BlankFieldText {
                    field: stated.field,
                    basis,
                });
            }
            texts.insert(stated.field, text.to_string());
        }
        if !order.contains(&stated.field) {
            order.push(stated.field);
        }
    }
    Ok((order, texts))
}

fn sign(
    world: &mut World,
    participant: &Participant,
    j: usize,
    role: Role,
    id: RequestId,
    dry: bool,
) -> Applied {
    let setup = engine::setup(world);
    if role != Role::Prosecutor {
        return refuse(Refusal::SigningIsProsecutors { team: j });
    }
    let req = own_request(world, j, role, id)?;
    let rule = law::rule(req.instrument);
    editable(req)?;
    if req.signed {
        return refuse(Refusal::AlreadySigned { request: id });
    }
    if !rule.required.contains(&RequestField::Signature) {
        return refuse(Refusal::NeedsNoSignature {
            instrument: req.instrument,
        });
    }
    if rule.court_order {
        // A judge does not sign an incomplete application.
        incomplete(&setup, req, Rejecter::Judge)?;
        if dry {
            return ok(Done::WithTheJudge { request: id }, Some(id));
        }
        let basis = req.basis;
        let now = engine::now(world);
        let jurisdiction = &setup.scenario.jurisdictions[j];
        let at = engine::after_work(
            world,
            j,
            &jurisdiction.judges.office_hours,
            now,
            setup.office_stream(super::rng::Office::Judges(j)),
            jurisdiction.judges.signs_in,
        );
        engine::request_mut(world, id).holder = Holder::Judge;
        engine::schedule(world, at, Due::JudgeSigns(id));
        emit(
            world,
            seat(participant),
            Event::AppliedToJudge { request: id, basis },
            SeatId::team(j),
        );
        return ok(Done::WithTheJudge { request: id }, Some(id));
    }
    if dry {
        return ok(Done::Signed { request: id }, Some(id));
    }
    let basis = req.basis;
    {
        let r = engine::request_mut(world, id);
        r.signed = true;
        r.fields.insert(RequestField::Signature);
    }
    emit(
        world,
        seat(participant),
        Event::Signed { request: id, basis },
        SeatId::team(j),
    );
    ok(Done::Signed { request: id }, Some(id))
}

/// The required elements `req` lacks between its two States, but the
/// signature, which comes from signing: what a participant must amend.
pub(crate) fn missing_before_signing(setup: &Setup, req: &Request) -> Vec<RequestField> {
    let (from, to) = (
        &setup.scenario.jurisdictions[req.from],
        &setup.scenario.jurisdictions[req.to],
    );
    law::missing_fields(req.instrument, &req.fields, from, to)
        .into_iter()
        .filter(|f| *f != RequestField::Signature)
        .collect()
}

/// Refuses `req` if it lacks a required element other than the signature
/// (which comes from signing), naming each one and where the law asks for it.
fn incomplete(setup: &Setup, req: &Request, by: Rejecter) -> Result<(), Refusal> {
    let missing = missing_before_signing(setup, req);
    if missing.is_empty() {
        return Ok(());
    }
    refuse(Refusal::Incomplete {
        basis: req.basis,
        by,
        missing,
    })
}

fn send(
    world: &mut World,
    participant: &Participant,
    j: usize,
    role: Role,
    id: RequestId,
    dry: bool,
) -> Applied {
    let setup = engine::setup(world);
    let req = own_request(world, j, role, id)?;
    let rule = law::rule(req.instrument);
    if !rule.senders.contains(&role) {
        return refuse(Refusal::SentByRole {
            instrument: req.instrument,
            role: rule.senders[0],
        });
    }
    editable(req)?;
    if rule.required.contains(&RequestField::Signature) && !req.signed {
        return refuse(Refusal::NotSigned {
            basis: req.basis,
            court_order: rule.court_order,
        });
    }
    if rule.needs_emergency && !engine::casefile(world, j).emergency_known {
        let (from, to) = (
            &setup.scenario.jurisdictions[req.from],
            &setup.scenario.jurisdictions[req.to],
        );
        return refuse(Refusal::NeedsEmergency {
            instrument: req.instrument,
            first: law::preservations_between(from, to),
            instead: law::evidence_routes(from, to),
        });
    }
    if law::refused_when_incomplete(req.instrument) {
        let by = match rule.channel {
            Channel::DomesticProvider | Channel::ForeignProvider => Rejecter::Provider,
            _ => Rejecter::Law,
        };
        incomplete(&setup, req, by)?;
    }
    if dry {
        return ok(Done::Sent { request: id }, Some(id));
    }
    let (basis, to) = (req.basis, req.to);
    emit(
        world,
        seat(participant),
        Event::Sent {
            request: id,
            basis,
            to,
        },
        SeatId::team(j),
    );
    engine::send_request(world, id);
    ok(Done::Sent { request: id }, Some(id))
}

fn forward(
    world: &mut World,
    participant: &Participant,
    j: usize,
    role: Role,
    id: RequestId,
    dry: bool,
) -> Applied {
    if role != Role::Contact247 {
        return refuse(Refusal::ForwardIsDesks);
    }
    match engine::request(world, id) {
        Some(req) if req.to == j && req.holder == Holder::AwaitingForward => {}
        _ => return refuse(Refusal::NotWaiting { request: id }),
    }
    if dry {
        return ok(Done::Forwarded { request: id }, Some(id));
    }
    emit(
        world,
        seat(participant),
        Event::TookUp { request: id },
        To::nobody(),
    );
    engine::desk_review(world, id);
    ok(Done::Forwarded { request: id }, Some(id))
}

/// A human desk asks the sender to clarify some elements of a request
/// waiting at it: the same round trip a desk makes for a missing element.
fn send_back(
    world: &mut World,
    participant: &Participant,
    j: usize,
    role: Role,
    id: RequestId,
    fields: &[RequestField],
    dry: bool,
) -> Applied {
    if role != Role::Contact247 {
        return refuse(Refusal::SendBackIsDesks);
    }
    let req = match engine::request(world, id) {
        Some(req) if req.to == j && req.holder == Holder::AwaitingForward => req.clone(),
        _ => return refuse(Refusal::NotWaiting { request: id }),
    };
    let asked = elements_to_clarify(&req, fields)?;
    if dry {
        return ok(Done::SentBack { request: id }, Some(id));
    }
    engine::send_back(world, id, seat(participant), asked);
    ok(Done::SentBack { request: id }, Some(id))
}

/// The request `id` waiting for this seat's decision, if this seat is the
/// requested prosecutor it was put to (extradition, a joint team).
fn awaiting_decision(world: &World, j: usize, role: Role, id: RequestId) -> Option<Request> {
    engine::request(world, id)
        .filter(|req| role == Role::Prosecutor && req.to == j && req.holder == Holder::AwaitingDecision)
        .cloned()
}

/// Why `Comply` or `Decline` of request `id` is not this seat's now: a
/// requested prosecutor is told it is not (or no longer) put to them; any
/// other seat who does comply, and with what.
fn not_for_this_seat(world: &World, j: usize, role: Role, id: RequestId) -> Refusal {
    let put_to_them = |req: &Request| {
        req.to == j && (req.suspect.is_some() || law::rule(req.instrument).yields == Yields::Agreement)
    };
    match engine::request(world, id) {
        Some(req) if role == Role::Prosecutor && put_to_them(req) => {
            Refusal::NotAwaitingDecision { request: id }
        }
        _ => Refusal::ComplyIsLiaisons,
    }
}

/// The requested prosecutor played by a person does what an extradition
/// request (Art. 24) or a joint-team proposal (CETS 224 Art. 12) asks: the
/// State surrenders the suspect, or agrees to the team. Where its law bars
/// extraditing its own nationals and the suspect is one, doing what the
/// request asks is submitting the case to its own prosecution (Art. 24(6),
/// the request taken to ask it).
fn grant(
    world: &mut World,
    participant: &Participant,
    j: usize,
    role: Role,
    id: RequestId,
    dry: bool,
) -> Applied {
    if awaiting_decision(world, j, role, id).is_none() {
        return refuse(not_for_this_seat(world, j, role, id));
    }
    if dry {
        return ok(Done::Complied { request: id }, Some(id));
    }
    emit(
        world,
        seat(participant),
        Event::TookUp { request: id },
        To::nobody(),
    );
    engine::grant_decision(world, id);
    ok(Done::Complied { request: id }, Some(id))
}

fn decline(
    world: &mut World,
    participant: &Participant,
    j: usize,
    role: Role,
    id: RequestId,
    reason: &str,
    dry: bool,
) -> Applied {
    if let Some(req) = awaiting_decision(world, j, role, id) {
        return refuse_decision(world, participant, &req, reason, dry);
    }
    if role == Role::Prosecutor {
        return refuse(not_for_this_seat(world, j, role, id));
    }
    if role != Role::Contact247 {
        return refuse(Refusal::DeclineIsDesks);
    }
    match engine::request(world, id) {
        Some(req) if req.to == j && req.holder == Holder::AwaitingForward => {}
        _ => return refuse(Refusal::NotWaiting { request: id }),
    }
    decline_on_ground(world, participant, id, reason, None, dry)
}

/// A seat refuses request `id` waiting for it, on `reason`: a ground is
/// required. It closes declined by that seat, or with `result` where the
/// law says what a refusal amounts to.
fn decline_on_ground(
    world: &mut World,
    participant: &Participant,
    id: RequestId,
    reason: &str,
    result: Option<RequestResult>,
    dry: bool,
) -> Applied {
    let ground = reason.trim();
    if ground.is_empty() {
        return refuse(Refusal::DeclineNeedsGround);
    }
    if dry {
        return ok(Done::Declined { request: id }, Some(id));
    }
    let result = result.unwrap_or_else(|| RequestResult::DeclinedByDesk {
        by: participant.clone(),
        ground: ground.to_string(),
    });
    engine::finish(world, id, false, result);
    ok(Done::Declined { request: id }, Some(id))
}

/// The requested prosecutor refuses an extradition or a joint team, on
/// a ground. A refusal on another ground than nationality does not
/// trigger Art. 24(6): nationality is met by complying, which prosecutes.
fn refuse_decision(
    world: &mut World,
    participant: &Participant,
    req: &Request,
    reason: &str,
    dry: bool,
) -> Applied {
    decline_on_ground(world, participant, req.id, reason, None, dry)
}

/// The requested 24/7 desk discloses the path an Art. 29 request it
/// executed revealed (Art. 30): the engine's [`engine::disclose_path`], by
/// a person's choice.
fn disclose_path(world: &mut World, j: usize, role: Role, id: RequestId, dry: bool) -> Applied {
    if role != Role::Contact247 {
        return refuse(Refusal::DisclosePathIsDesks);
    }
    match engine::request(world, id) {
        Some(req) if req.to == j && !engine::path_to_disclose(world, id).is_empty() => {
            if req.path_disclosed {
                return refuse(Refusal::PathAlreadyDisclosed { request: id });
            }
        }
        _ => return refuse(Refusal::NoPathToDisclose { request: id }),
    }
    if dry {
        return ok(Done::PathDisclosed { request: id }, Some(id));
    }
    engine::disclose_path(world, id);
    ok(Done::PathDisclosed { request: id }, Some(id))
}

/// Either side writes on a request: the sender once it is sent, the
/// requested side once it has reached them. Anything else (no such request,
/// another side's draft, a request still on its way) gets the same answer,
/// so a refusal never tells one jurisdiction what another is drafting.
fn answer(
    world: &mut World,
    participant: &Participant,
    j: usize,
    role: Role,
    id: RequestId,
    text: &str,
    dry: bool,
) -> Applied {
    let setup = engine::setup(world);
    let unknown = || refuse(Refusal::NothingToAnswer { request: id });
    let Some(req) = engine::request(world, id).cloned() else {
        return unknown();
    };
    if req.from == j {
        if req.sent_at.is_none() {
            return refuse(Refusal::NotSentYet { request: id });
        }
    } else if !visibility::reached(&setup, &req, j, role) {
        return unknown();
    }
    if text.trim().is_empty() {
        return refuse(Refusal::EmptyAnswer);
    }
    if dry {
        return ok(Done::Wrote { request: id }, Some(id));
    }
    let readers = visibility::readers_of(&setup, &req, j);
    emit(
        world,
        seat(participant),
        Event::Wrote {
            request: id,
            text: text.trim().to_string(),
        },
        readers,
    );
    ok(Done::Wrote { request: id }, Some(id))
}

fn renew(
    world: &mut World,
    participant: &Participant,
    j: usize,
    role: Role,
    id: RequestId,
    dry: bool,
) -> Applied {
    let setup = engine::setup(world);
    // The requested 24/7 desk may extend a preservation it executed, too
    // (as Spain did while the United Kingdom's MLA request was awaited).
    let requested_desk = engine::request(world, id).filter(|req| visibility::reached(&setup, req, j, role));
    let req = match requested_desk {
        Some(req) => req,
        None => own_request(world, j, role, id)?,
    };
    let rule = law::rule(req.instrument);
    if req.from == j && !rule.senders.contains(&role) {
        return refuse(Refusal::RenewedBySender {
            instrument: req.instrument,
            role: rule.senders[0],
        });
    }
    let Some(period) = law::preservation_period(req.instrument, &setup.scenario.law) else {
        return refuse(Refusal::NotAPreservation {
            instrument: req.instrument,
        });
    };
    // Data the order froze is renewed at once: the provider's confirmation
    // need not be waited for. Nothing frozen (not yet at the provider, or
    // nothing kept there) is nothing to renew.
    let froze_nothing = req.frozen_until.is_none() || (req.holder == Holder::Done && !req.succeeded);
    if froze_nothing {
        return refuse(Refusal::PreservedNothing { request: id });
    }
    if engine::still_preserved(world, id).is_empty() {
        return refuse(Refusal::PreservationLapsed { request: id });
    }
    if dry {
        let until = engine::now(world).after(period);
        return ok(Done::Renewed { request: id, until }, Some(id));
    }
    let (from, basis) = (req.from, req.basis);
    let until = engine::renew(world, id);
    let mut readers = engine::team(&setup, from);
    if j != from {
        readers.push(participant.clone());
    }
    emit(
        world,
        seat(participant),
        Event::Renewed {
            request: id,
            basis,
            until,
        },
        readers,
    );
    ok(Done::Renewed { request: id, until }, Some(id))
}

fn withdraw(
    world: &mut World,
    participant: &Participant,
    j: usize,
    role: Role,
    id: RequestId,
    dry: bool,
) -> Applied {
    let setup = engine::setup(world);
    // Only its sender takes a request back; the side it reached answers it.
    if let Some(req) = engine::request(world, id)
        && visibility::reached(&setup, req, j, role)
    {
        return refuse(Refusal::WithdrawnBySender {
            request: id,
            sender: req.from,
        });
    }
    let req = own_request(world, j, role, id)?;
    if req.holder == Holder::Done {
        return refuse(Refusal::AlreadyClosed { request: id });
    }
    if dry {
        return ok(Done::Withdrawn { request: id }, Some(id));
    }
    engine::finish(
        world,
        id,
        false,
        RequestResult::Withdrawn {
            by: participant.clone(),
        },
    );
    ok(Done::Withdrawn { request: id }, Some(id))
}
