//! What happens when: the request flow through desks, central authorities,
//! judges and providers; retention and preservation; incident stages,
//! injects, objectives and the end. Used by the systems (due events) and
//! by actions (a participant sending a request), so both go one way.
//!
//! Every function reads and writes the world through domain indexes and
//! reports what happened as [`Happened`] messages; none of them iterates
//! a hash map, reads a clock other than [`Clock`], or draws randomness
//! other than from the named streams in [`Rngs`].
//!
//! Engine assumptions that are not treaty figures (kept few, named here):
//! the requesting side's own central authority transmits an MLA request
//! within [`OWN_AUTHORITY_REVIEW`] of working time; a 24/7 desk staffed
//! only in office hours keeps its central authority's office hours and
//! counts its `acts_in` in working time within them.

use std::sync::Arc;

use bevy_ecs::prelude::*;
use bevy_ecs::world::Mut;

use crate::law::{self, Channel, Yields};
use crate::scenario::model::{Condition, Delay, Instrument, Offence, Recipient, Role, Staffing};
use crate::time::{Duration, OfficeHours, SimTime};

use super::event::{Actor, Clause, Deletion, Event, LeadSource, RequestResult};
use super::types::{Participant, RequestId};
use super::world::*;

/// Working time the requester's own central authority takes to check and
/// transmit an outgoing MLA request.
pub const OWN_AUTHORITY_REVIEW: Delay = Delay(Duration::hours(1), Duration::hours(8));

pub fn setup(world: &World) -> Arc<Setup> {
    world.resource::<Static>().0.clone()
}

pub fn now(world: &World) -> SimTime {
    world.resource::<Clock>().now
}

pub fn schedule(world: &mut World, at: SimTime, due: Due) {
    world.resource_mut::<Agenda>().schedule(at, due);
}

pub fn emit(world: &mut World, actor: Actor, event: Event, to: Vec<Participant>) {
    world.write_message(Happened { actor, event, to });
}

pub fn delay(world: &mut World, stream: &str, delay: Delay) -> Duration {
    world.resource_mut::<Rngs>().0.delay(stream, delay)
}

/// When an office of jurisdiction `j` that keeps `hours` is done with work
/// that takes it `delay` (a judge's `signs_in`, a central authority's
/// `processing`), starting at `at`. Whole days of the delay are working
/// days, the rest open office minutes. The draw is made in office minutes
/// (a working day is one office day's minutes) so that a longer draw never
/// ends sooner: a judge sitting ten hours a day who takes "23h" would
/// otherwise need more than two working days, while "1d" is one.
pub fn after_work(
    world: &mut World,
    j: usize,
    hours: &OfficeHours,
    at: SimTime,
    stream: &str,
    delay: Delay,
) -> SimTime {
    let day = i64::from(hours.closes.saturating_sub(hours.opens));
    let work = if day == 0 {
        self::delay(world, stream, delay)
    } else {
        // A remainder longer than the office day is one working day.
        let office_minutes = |d: Duration| {
            let m = d.as_minutes().max(0);
            Duration((m / 1440) * day + (m % 1440).min(day))
        };
        let drawn = self::delay(
            world,
            stream,
            Delay(office_minutes(delay.0), office_minutes(delay.1)),
        )
        .as_minutes();
        Duration((drawn / day) * 1440 + drawn % day)
    };
    setup(world).calendar.add_work(j, hours, at, work)
}

pub fn evidence(world: &World, item: usize) -> &Evidence {
    let entity = world.resource::<Index>().items[item];
    world
        .get::<Evidence>(entity)
        .expect("every data item has an entity")
}

pub fn evidence_mut(world: &mut World, item: usize) -> Mut<'_, Evidence> {
    let entity = world.resource::<Index>().items[item];
    world
        .get_mut::<Evidence>(entity)
        .expect("every data item has an entity")
}

pub fn request(world: &World, id: RequestId) -> Option<&Request> {
    let entity = *world
        .resource::<Index>()
        .requests
        .get((id as usize).checked_sub(1)?)?;
    world.get::<Request>(entity)
}

pub fn request_mut(world: &mut World, id: RequestId) -> Mut<'_, Request> {
    let entity = world.resource::<Index>().requests[id as usize - 1];
    world
        .get_mut::<Request>(entity)
        .expect("every request has an entity")
}

pub fn casefile(world: &World, j: usize) -> &Casefile {
    let entity = world.resource::<Index>().casefiles[j];
    world
        .get::<Casefile>(entity)
        .expect("every jurisdiction has a case file")
}

pub fn casefile_mut(world: &mut World, j: usize) -> Mut<'_, Casefile> {
    let entity = world.resource::<Index>().casefiles[j];
    world
        .get_mut::<Casefile>(entity)
        .expect("every jurisdiction has a case file")
}

pub fn seat_mut<'w>(world: &'w mut World, participant: &Participant) -> Option<Mut<'w, Seat>> {
    let entity = *world.resource::<Index>().seats.get(participant)?;
    world.get_mut::<Seat>(entity)
}

/// The three player seats of a jurisdiction.
pub fn team(setup: &Setup, j: usize) -> Vec<Participant> {
    let code = setup.jurisdiction_code(j);
    PLAYER_ROLES
        .iter()
        .map(|role| Participant::player(code, *role))
        .collect()
}

pub fn request_count(world: &World) -> usize {
    world.resource::<Index>().requests.len()
}

/// The offences of the case as the requesting jurisdiction sees it: those
/// of its incidents, or of every incident when it has none of its own.
pub fn case_offences(setup: &Setup, j: usize) -> Vec<Offence> {
    let code = setup.jurisdiction_code(j);
    let own: Vec<Offence> = setup
        .scenario
        .incidents
        .iter()
        .filter(|incident| incident.jurisdiction == code)
        .flat_map(|incident| incident.offences.iter().copied())
        .collect();
    if !own.is_empty() {
        return own;
    }
    setup
        .scenario
        .incidents
        .iter()
        .flat_map(|i| i.offences.iter().copied())
        .collect()
}

/// Team `j` learns leads; tells the team which ones are new.
pub fn learn_leads(world: &mut World, j: usize, leads: &[String], how: LeadSource) {
    let setup = setup(world);
    let mut new = Vec::new();
    {
        let mut case = casefile_mut(world, j);
        for id in leads {
            if let Some(&lead) = setup.leads.get(id)
                && case.found.insert(lead)
            {
                new.push(lead);
            }
        }
    }
    if new.is_empty() {
        return;
    }
    emit(
        world,
        Actor::Team { jurisdiction: j },
        Event::LeadsFound { how, leads: new },
        team(&setup, j),
    );
}

/// Team `j` hears news of `item`. Evidence in hand stays in hand: later
/// news about the provider's copy does not overwrite it.
fn tell(world: &mut World, j: usize, item: usize, news: News) {
    let mut case = casefile_mut(world, j);
    if case.news.get(&item) != Some(&News::Produced) {
        case.news.insert(item, news);
    }
}

// ---------------------------------------------------------------- requests

/// A request leaves its drafter: the first holder on its channel gets it.
pub fn send_request(world: &mut World, id: RequestId) {
    let setup = setup(world);
    let now = now(world);
    let req = request(world, id).expect("sent request exists").clone();
    let rule = law::rule(req.instrument);
    {
        let mut r = request_mut(world, id);
        r.sent_at = Some(now);
    }
    world.resource_mut::<Progress>().sent.insert(req.instrument);
    for &item in &req.items {
        tell(world, req.from, item, News::Requested);
    }
    if law::notifies_requested_state(req.instrument, &setup.scenario.jurisdictions[req.to]) {
        emit(
            world,
            Actor::Network247,
            Event::DirectOrderNotice {
                request: id,
                basis: req.basis,
                from: req.from,
                provider: req.provider.expect("an order to a provider names it"),
            },
            vec![Participant::player(
                setup.jurisdiction_code(req.to),
                Role::Contact247,
            )],
        );
    }
    match rule.channel {
        Channel::DomesticProvider | Channel::ForeignProvider => to_provider(world, id),
        Channel::Foreign247 if rule.yields == Yields::InformsOnly => inform(world, id),
        Channel::Foreign247 => {
            let desk = Participant::player(setup.jurisdiction_code(req.to), Role::Contact247);
            if setup.is_human(&desk) {
                request_mut(world, id).holder = Holder::AwaitingForward;
                emit(
                    world,
                    Actor::Network247,
                    Event::RequestArrived {
                        request: id,
                        basis: req.basis,
                        from: req.from,
                    },
                    vec![desk],
                );
            } else {
                request_mut(world, id).holder = Holder::ForeignDesk;
                let at = desk_acts_at(world, req.to, now);
                schedule(world, at, Due::RequestStep(id));
            }
        }
        Channel::CentralAuthorities => {
            request_mut(world, id).holder = Holder::OwnCentralAuthority;
            let at = if rule.needs_emergency {
                now
            } else {
                let hours = setup.scenario.jurisdictions[req.from]
                    .central_authority
                    .office_hours;
                after_work(
                    world,
                    req.from,
                    &hours,
                    now,
                    &format!("central-authority/{}", setup.jurisdiction_code(req.from)),
                    OWN_AUTHORITY_REVIEW,
                )
            };
            schedule(world, at, Due::RequestStep(id));
        }
        Channel::None => {}
    }
}

/// Information sent without a request (Art. 26) reaches the foreign 24/7
/// desk's inbox at once; nothing is asked of anyone, nothing comes back.
fn inform(world: &mut World, id: RequestId) {
    let setup = setup(world);
    let req = request(world, id).expect("sent request exists").clone();
    let offences = case_offences(&setup, req.from);
    emit(
        world,
        Actor::Network247,
        Event::SpontaneousInformation {
            request: id,
            basis: req.basis,
            from: req.from,
            offences,
        },
        vec![Participant::player(
            setup.jurisdiction_code(req.to),
            Role::Contact247,
        )],
    );
    finish(
        world,
        id,
        true,
        RequestResult::InformationDelivered { to: req.to },
    );
}

/// When jurisdiction `j`'s 24/7 desk gets to a request that reached it at `at`.
pub fn desk_acts_at(world: &mut World, j: usize, at: SimTime) -> SimTime {
    let setup = setup(world);
    let jurisdiction = &setup.scenario.jurisdictions[j];
    let desk = &jurisdiction.contact_247;
    let stream = format!("desk/{}", jurisdiction.code);
    match desk.staffing {
        Staffing::Always => at.after(delay(world, &stream, desk.acts_in)),
        Staffing::ReducedAtNight => {
            let chosen = if setup.calendar.is_night(j, at) {
                desk.night_acts_in.unwrap_or(desk.acts_in)
            } else {
                desk.acts_in
            };
            at.after(delay(world, &stream, chosen))
        }
        // An office-hours desk works its central authority's hours (the
        // scenario has no hours of its own for the desk) and counts its
        // `acts_in` in working time, so it never acts at night.
        Staffing::OfficeHoursOnly => after_work(
            world,
            j,
            &jurisdiction.central_authority.office_hours,
            at,
            &stream,
            desk.acts_in,
        ),
    }
}

fn to_provider(world: &mut World, id: RequestId) {
    let setup = setup(world);
    let req = request(world, id).expect("request exists").clone();
    let Some(provider) = req.provider else {
        finish(world, id, true, RequestResult::Delivered);
        return;
    };
    let policy = &setup.scenario.providers[provider].disclosure;
    let law_parameters = &setup.scenario.law;
    let emergency = law::is_emergency_request(
        req.instrument,
        &req.fields,
        casefile(world, req.from).emergency_known,
    );
    let chosen = if emergency {
        policy
            .emergency_answers_in
            .unwrap_or(law_parameters.emergency_answer)
    } else {
        policy.answers_in
    };
    let mut wait = delay(
        world,
        &format!("provider/{}", setup.scenario.providers[provider].id),
        chosen,
    );
    // Where the law sets a deadline (EU e-evidence), the provider answers by then.
    if let Some(deadline) = law::provider_deadline(req.instrument, law_parameters, emergency) {
        wait = wait.min(deadline);
    }
    request_mut(world, id).holder = Holder::Provider;
    let now = now(world);
    if law::rule(req.instrument).yields == Yields::Preservation {
        freeze(world, id);
    }
    schedule(world, now.after(wait), Due::RequestStep(id));
}

/// A preservation order binds the provider as soon as it arrives: the data
/// is frozen now, the provider confirms later (its `answers_in`). Data
/// already deleted, or never kept, freezes nothing.
fn freeze(world: &mut World, id: RequestId) {
    let setup = setup(world);
    let req = request(world, id).expect("request exists").clone();
    if req.provider.is_none() {
        return;
    }
    let items: Vec<usize> = req
        .items
        .iter()
        .copied()
        .filter(|&item| setup.is_kept(item) && evidence(world, item).deleted.is_none())
        .collect();
    let until = preserve(world, &req, &items);
    for item in items {
        evidence_mut(world, item).ever_preserved = true;
    }
    request_mut(world, id).frozen_until = Some(until);
}

/// The one mechanism behind a preservation and its renewal: `items` of
/// request `req` are kept one preservation period from now (a longer
/// preservation already in force stays), and their retention is checked
/// again when it ends. Returns until when.
fn preserve(world: &mut World, req: &Request, items: &[usize]) -> SimTime {
    let setup = setup(world);
    let period = law::preservation_period(req.instrument, &setup.scenario.law).unwrap_or(Duration::ZERO);
    let until = now(world).after(period);
    for &item in items {
        {
            let mut ev = evidence_mut(world, item);
            if ev.preserved_until.is_none_or(|t| t <= until) {
                ev.preserved_until = Some(until);
                ev.preserved_under = Some(req.basis);
            }
        }
        schedule(world, until, Due::RetentionCheck(item));
    }
    until
}

/// The items request `id` keeps preserved now: what a renewal extends.
pub fn still_preserved(world: &World, id: RequestId) -> Vec<usize> {
    let now = now(world);
    request(world, id).map_or_else(Vec::new, |req| {
        req.items
            .iter()
            .copied()
            .filter(|&i| evidence(world, i).is_preserved(now))
            .collect()
    })
}

/// The sender renews preservation request `id`: the items it still keeps
/// ([`still_preserved`], which the caller has checked is not empty) are
/// kept another period, and the team is told (evidence already produced
/// stays produced). Returns until when.
pub fn renew(world: &mut World, id: RequestId) -> SimTime {
    let req = request(world, id).expect("a renewed request exists").clone();
    let still = still_preserved(world, id);
    let until = preserve(world, &req, &still);
    for &item in &still {
        tell(world, req.from, item, News::PreservedUntil(until));
    }
    request_mut(world, id).renewals += 1;
    until
}

/// Whoever holds request `id` acts on it now.
pub fn request_step(world: &mut World, id: RequestId) {
    let Some(req) = request(world, id).cloned() else {
        return;
    };
    match req.holder {
        Holder::ForeignDesk | Holder::AwaitingForward => desk_review(world, id),
        Holder::OwnCentralAuthority => {
            let setup = setup(world);
            request_mut(world, id).holder = Holder::ForeignCentralAuthority;
            let now = now(world);
            let at = if law::rule(req.instrument).needs_emergency {
                now
            } else {
                let hours = setup.scenario.jurisdictions[req.to]
                    .central_authority
                    .office_hours;
                setup.calendar.next_open(req.to, &hours, now)
            };
            emit(
                world,
                Actor::CentralAuthority {
                    jurisdiction: req.from,
                },
                Event::Transmitted {
                    request: id,
                    to: req.to,
                },
                vec![req.drafted_by.clone()],
            );
            hold_preserved(world, id);
            schedule(world, at, Due::RequestStep(id));
        }
        Holder::ForeignCentralAuthority => authority_review(world, id),
        Holder::Processing => to_provider(world, id),
        Holder::Provider => provider_executes(world, id),
        Holder::Drafting | Holder::Judge | Holder::Returned | Holder::Done => {}
    }
}

fn send_back(world: &mut World, id: RequestId, by: Actor, missing: Vec<crate::law::RequestField>) {
    let req = request(world, id).expect("request exists").clone();
    {
        let mut r = request_mut(world, id);
        r.holder = Holder::Returned;
        r.round_trips += 1;
    }
    emit(
        world,
        by,
        Event::SentBack { request: id, missing },
        vec![req.drafted_by.clone()],
    );
}

/// A 24/7 desk checks an incoming request and passes it to the provider.
pub fn desk_review(world: &mut World, id: RequestId) {
    let setup = setup(world);
    let req = request(world, id).expect("request exists").clone();
    let from = &setup.scenario.jurisdictions[req.from];
    let to = &setup.scenario.jurisdictions[req.to];
    let desk = Actor::Desk { jurisdiction: req.to };
    let missing = law::missing_fields(req.instrument, &req.fields, from, to);
    if !missing.is_empty() {
        send_back(world, id, desk, missing);
        return;
    }
    let offences = case_offences(&setup, req.from);
    if law::reservation_refuses(req.instrument, &offences, to) {
        finish(
            world,
            id,
            false,
            RequestResult::RefusedReservation { by: req.to, offences },
        );
        return;
    }
    if req.provider.is_none() {
        finish(world, id, true, RequestResult::ReceivedByDesk { desk: req.to });
        return;
    }
    emit(
        world,
        desk,
        Event::Forwarded {
            request: id,
            basis: req.basis,
        },
        vec![req.drafted_by.clone()],
    );
    to_provider(world, id);
}

/// An MLA request has reached the requested central authority: the items
/// preserved at this moment stay preserved while it is pending there,
/// returned for clarification included, until it is finished or withdrawn
/// (Art. 29(7)). It freezes no data nobody preserved: that is what
/// preservation is for. Arriving again after a clarification adds what is
/// preserved then; nothing is held twice by one request.
fn hold_preserved(world: &mut World, id: RequestId) {
    let req = request(world, id).expect("request exists").clone();
    if !law::holds_preserved_while_pending(req.instrument) {
        return;
    }
    let now = now(world);
    let mut held = req.held.clone();
    for &item in &req.items {
        if held.contains(&item) {
            continue;
        }
        let mut ev = evidence_mut(world, item);
        if ev.is_preserved(now) {
            ev.held_for_mla += 1;
            held.push(item);
        }
    }
    request_mut(world, id).held = held;
}

/// The requested central authority checks completeness, translation and
/// dual criminality, then has the request executed.
fn authority_review(world: &mut World, id: RequestId) {
    let setup = setup(world);
    let req = request(world, id).expect("request exists").clone();
    let rule = law::rule(req.instrument);
    let from = &setup.scenario.jurisdictions[req.from];
    let to = &setup.scenario.jurisdictions[req.to];
    let authority = Actor::CentralAuthority { jurisdiction: req.to };
    let missing = law::missing_fields(req.instrument, &req.fields, from, to);
    if !missing.is_empty() {
        send_back(world, id, authority, missing);
        return;
    }
    let offences = case_offences(&setup, req.from);
    if rule.dual_criminality && !law::dual_criminality_met(&offences, to) {
        finish(
            world,
            id,
            false,
            RequestResult::RefusedDualCriminality { by: req.to, offences },
        );
        return;
    }
    let now = now(world);
    let wait = if rule.needs_emergency {
        desk_acts_at(world, req.to, now)
    } else {
        after_work(
            world,
            req.to,
            &to.central_authority.office_hours,
            now,
            &format!("central-authority/{}", to.code),
            to.central_authority.processing,
        )
    };
    {
        let mut r = request_mut(world, id);
        r.holder = Holder::Processing;
    }
    emit(
        world,
        authority,
        Event::Accepted {
            request: id,
            basis: req.basis,
        },
        vec![req.drafted_by.clone()],
    );
    schedule(world, wait, Due::RequestStep(id));
}

/// The provider does what the request asks, if it still can.
fn provider_executes(world: &mut World, id: RequestId) {
    let setup = setup(world);
    let req = request(world, id).expect("request exists").clone();
    let rule = law::rule(req.instrument);
    let provider_index = req.provider.expect("requests at a provider name one");
    let provider = &setup.scenario.providers[provider_index];
    let now = now(world);
    let mut done = Vec::new();
    // Deleted before the request reached the provider.
    let mut gone = Vec::new();
    // Still there, but Art. 30 discloses only preserved data.
    let mut unpreserved = Vec::new();
    // Asked for, but the provider never kept it.
    let mut never: Vec<usize> = Vec::new();
    match rule.yields {
        Yields::Preservation => {
            never = req.items.iter().copied().filter(|&i| !setup.is_kept(i)).collect();
            for &item in &never {
                tell(world, req.from, item, News::CouldNotPreserve);
            }
            if never.len() == req.items.len() {
                finish(
                    world,
                    id,
                    false,
                    RequestResult::NothingKept {
                        provider: provider_index,
                    },
                );
                return;
            }
            let until = req.frozen_until.unwrap_or(now);
            for &item in req.items.iter().filter(|&&i| setup.is_kept(i)) {
                if evidence(world, item).deleted.is_some() {
                    tell(world, req.from, item, News::NotAvailable);
                    gone.push(item);
                    continue;
                }
                tell(world, req.from, item, News::PreservedUntil(until));
                done.push(item);
            }
            // The confirmation names the time the order froze the data.
            let answer = Clause::Preserved { items: done, until };
            conclude(world, id, provider_index, answer, gone, unpreserved, never);
        }
        Yields::Intelligence | Yields::Evidence => {
            let complies = !rule.provider_may_decline || {
                let rate = provider
                    .disclosure
                    .voluntary_rate
                    .get(setup.jurisdiction_code(req.from))
                    .copied()
                    .unwrap_or(provider.disclosure.default_rate);
                world
                    .resource_mut::<Rngs>()
                    .0
                    .chance(&format!("provider/{}", provider.id), rate)
            };
            if !complies {
                finish(
                    world,
                    id,
                    false,
                    RequestResult::DeclinedVoluntarily {
                        provider: provider_index,
                    },
                );
                return;
            }
            for &item in &req.items {
                if !setup.is_kept(item) {
                    tell(world, req.from, item, News::NotAvailable);
                    never.push(item);
                    continue;
                }
                let ev = evidence(world, item);
                if ev.deleted.is_some() {
                    tell(world, req.from, item, News::NotAvailable);
                    gone.push(item);
                    continue;
                }
                if req.instrument == Instrument::TrafficDisclosure && !ev.is_preserved(now) {
                    tell(world, req.from, item, News::NotPreserved);
                    unpreserved.push(item);
                    continue;
                }
                obtain(world, req.from, item, id, rule.yields == Yields::Evidence);
                done.push(item);
            }
            let obtained = done.clone();
            let answer = if rule.yields == Yields::Evidence {
                Clause::Produced { items: done }
            } else {
                Clause::Disclosed { items: done }
            };
            conclude(world, id, provider_index, answer, gone, unpreserved, never);
            // What the data shows comes after the answer that delivered it.
            for item in obtained {
                let reveals = setup.scenario.evidence[item].reveals.clone();
                learn_leads(world, req.from, &reveals, LeadSource::Analysed { item });
            }
        }
        // Neither reaches a provider: nothing to execute.
        Yields::PublicInformation | Yields::InformsOnly => {
            finish(world, id, true, RequestResult::Delivered);
        }
    }
}

/// The provider's answer: one clause per outcome that has items, in a
/// stated order (what was done, what was gone, what was not preserved,
/// what was never kept). It succeeded when something was done.
fn conclude(
    world: &mut World,
    id: RequestId,
    provider: usize,
    done: Clause,
    gone: Vec<usize>,
    unpreserved: Vec<usize>,
    never: Vec<usize>,
) {
    let preservation =
        law::rule(request(world, id).expect("request exists").instrument).yields == Yields::Preservation;
    let succeeded = !done.items().is_empty();
    let clauses: Vec<Clause> = [
        done,
        Clause::NoLongerAvailable { items: gone },
        Clause::NotPreserved { items: unpreserved },
        Clause::NeverKept {
            items: never,
            provider,
            preservation,
        },
    ]
    .into_iter()
    .filter(|clause| !clause.items().is_empty())
    .collect();
    finish(world, id, succeeded, RequestResult::Executed { clauses });
}

/// An MLA request no longer pending lets its items' retention run again.
fn release_holds(world: &mut World, id: RequestId) {
    let held = std::mem::take(&mut request_mut(world, id).held);
    let now = now(world);
    for item in held {
        let mut ev = evidence_mut(world, item);
        ev.held_for_mla = ev.held_for_mla.saturating_sub(1);
        schedule(world, now, Due::RetentionCheck(item));
    }
}

/// Request `id` is over (executed, refused, declined or withdrawn): what it
/// held is released and its sender is told.
pub fn finish(world: &mut World, id: RequestId, succeeded: bool, result: RequestResult) {
    let setup = setup(world);
    release_holds(world, id);
    let req = request(world, id).expect("request exists").clone();
    {
        let mut r = request_mut(world, id);
        r.holder = Holder::Done;
        r.succeeded = succeeded;
        r.result = Some(result.clone());
    }
    let actor = match req.provider {
        Some(provider) => Actor::Provider { provider },
        None => Actor::Authorities { jurisdiction: req.to },
    };
    emit(
        world,
        actor,
        Event::RequestClosed {
            request: id,
            basis: req.basis,
            from: req.from,
            result,
        },
        team(&setup, req.from),
    );
}

/// Team `j` obtains `item` through request `via`: as admissible evidence
/// or as intelligence (what it reveals is learnt once the answer is in).
fn obtain(world: &mut World, j: usize, item: usize, via: RequestId, admissible: bool) {
    {
        let mut ev = evidence_mut(world, item);
        if admissible {
            ev.produced_for.insert(j);
            ev.produced_by.insert(via);
        } else {
            ev.disclosed_to.insert(j);
        }
    }
    tell(
        world,
        j,
        item,
        if admissible {
            News::Produced
        } else {
            News::Disclosed
        },
    );
}

/// A judge has signed a court order: the prosecutor may send it.
pub fn judge_signs(world: &mut World, id: RequestId) {
    let Some(req) = request(world, id).cloned() else {
        return;
    };
    if req.holder != Holder::Judge {
        return;
    }
    {
        let mut r = request_mut(world, id);
        r.signed = true;
        r.fields.insert(crate::law::RequestField::Signature);
        r.holder = Holder::Drafting;
    }
    emit(
        world,
        Actor::Judge {
            jurisdiction: req.from,
        },
        Event::OrderSigned {
            request: id,
            basis: req.basis,
        },
        vec![req.drafted_by.clone()],
    );
}

// ---------------------------------------------------------------- retention

/// Deletes the item if its retention has run out and nothing keeps it.
pub fn retention_check(world: &mut World, item: usize) {
    let setup = setup(world);
    let now = now(world);
    let Some(deletes_at) = setup.deletes_at[item] else {
        return;
    };
    let ev = evidence(world, item).clone();
    if ev.deleted.is_some() {
        return;
    }
    if now < deletes_at {
        schedule(world, deletes_at, Due::RetentionCheck(item));
        return;
    }
    if ev.held_for_mla > 0 {
        return; // released (and checked again) when the MLA request ends
    }
    if let Some(until) = ev.preserved_until
        && until > now
    {
        schedule(world, until, Due::RetentionCheck(item));
        return;
    }
    // What made it go now: the retention itself, or a preservation that
    // had kept it past its retention (then perhaps a pending MLA request).
    let produced = ev.is_produced();
    let intelligence_only = ev.is_disclosed() && !produced;
    let kept_past_retention = ev
        .preserved_until
        .filter(|&until| until > deletes_at)
        .zip(ev.preserved_under);
    let why = match kept_past_retention {
        Some((expired, basis)) if expired < now => Deletion::HoldReleased {
            basis,
            expired,
            retention: deletes_at,
            produced,
            intelligence_only,
        },
        Some((_, basis)) => Deletion::PreservationExpired {
            basis,
            retention: deletes_at,
            produced,
            intelligence_only,
        },
        None if produced => Deletion::RetentionProduced,
        None if ev.ever_preserved => Deletion::RetentionAfterLapse { intelligence_only },
        None => Deletion::RetentionUnpreserved { intelligence_only },
    };
    evidence_mut(world, item).deleted = Some((now, why.clone()));
    emit(
        world,
        Actor::Provider {
            provider: setup.item_provider(item),
        },
        Event::Deleted { item, why },
        Vec::new(),
    );
}

// ---------------------------------------------------------------- script

pub fn stage_reached(world: &mut World, incident: usize, stage: usize) {
    let setup = setup(world);
    let now = now(world);
    let inc = &setup.scenario.incidents[incident];
    let st = &inc.stages[stage];
    world
        .resource_mut::<Progress>()
        .stages
        .insert((incident, stage), now);
    let j = setup.jurisdictions[&inc.jurisdiction];
    if st.risk_to_life {
        casefile_mut(world, j).emergency_known = true;
    }
    let mut to = team(&setup, j);
    to.push(Participant::Trainer);
    emit(
        world,
        Actor::Incident,
        Event::StageReached {
            stage: (incident, stage),
            risk_to_life: st.risk_to_life,
        },
        to,
    );
}

pub fn recipients(setup: &Setup, to: &[Recipient]) -> Vec<Participant> {
    let mut out = std::collections::BTreeSet::new();
    for recipient in to {
        match recipient {
            Recipient::Everyone => {
                out.insert(Participant::Trainer);
                for j in 0..setup.scenario.jurisdictions.len() {
                    out.extend(team(setup, j));
                }
            }
            Recipient::Trainer => {
                out.insert(Participant::Trainer);
            }
            Recipient::Team(code) => {
                if let Some(&j) = setup.jurisdictions.get(code) {
                    out.extend(team(setup, j));
                }
            }
            Recipient::Participant(code, role) => {
                out.insert(Participant::player(code, *role));
            }
        }
    }
    out.into_iter().collect()
}

pub fn fire_inject(world: &mut World, inject: usize) {
    let setup = setup(world);
    let now = now(world);
    if world.resource::<Progress>().injects_fired.contains_key(&inject) {
        return;
    }
    world.resource_mut::<Progress>().injects_fired.insert(inject, now);
    let to = recipients(&setup, &setup.scenario.injects[inject].to);
    emit(world, Actor::Inject, Event::InjectFired { inject }, to);
}

/// The exercise ends now; `why` is [`Event::TimeUp`] or [`Event::EndConditionHolds`].
pub fn end_exercise(world: &mut World, why: Event) {
    let now = now(world);
    if world.resource::<Clock>().ended.is_some() {
        return;
    }
    world.resource_mut::<Clock>().ended = Some(now);
    emit(world, Actor::Clock, why, vec![Participant::Trainer]);
}

/// Whether a scenario condition holds now.
pub fn holds(world: &World, setup: &Setup, condition: &Condition) -> bool {
    let now = now(world);
    let item = |id: &str| setup.items.get(id).map(|&i| evidence(world, i));
    match condition {
        Condition::At(d) => now >= SimTime::START.after(*d),
        Condition::StageReached(id) => {
            let progress = world.resource::<Progress>();
            setup.scenario.incidents.iter().enumerate().any(|(i, inc)| {
                inc.stages
                    .iter()
                    .position(|s| &s.id == id)
                    .is_some_and(|s| progress.stages.contains_key(&(i, s)))
            })
        }
        Condition::LeadFound(id) => setup.leads.get(id).is_some_and(|&lead| {
            (0..setup.scenario.jurisdictions.len()).any(|j| casefile(world, j).found.contains(&lead))
        }),
        // Secured counts: data obtained as evidence needs no preservation.
        Condition::EvidencePreserved(id) => item(id).is_some_and(|e| e.ever_preserved || e.is_produced()),
        Condition::EvidenceDisclosed(id) => item(id).is_some_and(|e| e.is_disclosed()),
        Condition::EvidenceProduced(id) => item(id).is_some_and(|e| e.is_produced()),
        Condition::EvidenceLost(id) => item(id).is_some_and(|e| e.is_lost()),
        Condition::RequestSent(instrument) => world.resource::<Progress>().sent.contains(instrument),
        Condition::All(all) => all.iter().all(|c| holds(world, setup, c)),
        Condition::Any(any) => any.iter().any(|c| holds(world, setup, c)),
        Condition::Not(c) => !holds(world, setup, c),
    }
}

/// Injects whose condition now holds fire; objectives met in time are
/// recorded; the exercise ends when its end condition holds.
pub fn evaluate_conditions(world: &mut World) {
    let setup = setup(world);
    let now = now(world);
    for (i, inject) in setup.scenario.injects.iter().enumerate() {
        if matches!(inject.when, Condition::At(_))
            || world.resource::<Progress>().injects_fired.contains_key(&i)
        {
            continue;
        }
        if holds(world, &setup, &inject.when) {
            fire_inject(world, i);
        }
    }
    for (i, objective) in setup.scenario.objectives.iter().enumerate() {
        if world.resource::<Progress>().objectives_met.contains_key(&i) {
            continue;
        }
        let in_time = objective.by.is_none_or(|by| now <= SimTime::START.after(by));
        if in_time && holds(world, &setup, &objective.when) {
            world.resource_mut::<Progress>().objectives_met.insert(i, now);
            emit(
                world,
                Actor::Debrief,
                Event::ObjectiveMet {
                    objective: i,
                    points: objective.points,
                },
                vec![Participant::Trainer],
            );
        }
    }
    if let Some(when) = &setup.scenario.end.when
        && world.resource::<Clock>().ended.is_none()
        && holds(world, &setup, when)
    {
        end_exercise(world, Event::EndConditionHolds);
    }
}
