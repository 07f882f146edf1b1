//! A request's way: from its drafter through desks, central authorities
//! and judges to the provider, and what the provider does with it:
//! preserve (one mechanism for a preservation and its renewal), disclose,
//! produce, or say it keeps no such data. Every step is scheduled on the
//! agenda and told to those it concerns as typed events; nothing here
//! decides what a team may see.

use super::*;

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
            let urgent = law::urgent_handling(req.instrument, &setup.scenario.law);
            let at = if rule.needs_emergency {
                now
            } else if urgent.is_some() {
                // Passed on by fax or e-mail at any hour (Arts 25(3), 31(3)).
                let stream = format!("central-authority/{}", setup.jurisdiction_code(req.from));
                now.after(delay(world, &stream, setup.scenario.law.urgent_transmission))
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
        // Art. 27(9)(a): straight to the foreign judicial authority, which
        // reviews it as a central authority would; the copy to the central
        // authorities is an element the request states.
        Channel::ForeignJudicialAuthority => {
            request_mut(world, id).holder = Holder::ForeignJudicialAuthority;
            hold_preserved(world, id);
            schedule(world, now, Due::RequestStep(id));
        }
        // CETS 224 Art. 12: the partner's prosecutors, directly. They agree
        // to a team, or obtain the data asked of them under their own law,
        // at their judges' pace.
        Channel::ForeignProsecutor => {
            request_mut(world, id).holder = Holder::Processing;
            let to = &setup.scenario.jurisdictions[req.to];
            let at = after_work(
                world,
                req.to,
                &to.judges.office_hours,
                now,
                &format!("judge/{}", to.code),
                to.judges.signs_in,
            );
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
    // What it carries, the receiving team now knows: it may open its own
    // investigation. Leads, not evidence.
    let leads: Vec<String> = req
        .leads
        .iter()
        .map(|&l| setup.scenario.leads[l].id.clone())
        .collect();
    learn_leads(world, req.to, &leads, LeadSource::Informed { from: req.from });
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
    // Where the law sets a deadline (EU e-evidence, CETS 224 Art. 8(6)),
    // the provider answers by then.
    if let Some(deadline) = law::provider_deadline(req.instrument, law_parameters, emergency) {
        wait = wait.min(deadline);
    }
    let categories: Vec<_> = req
        .items
        .iter()
        .map(|&i| setup.scenario.evidence[i].category)
        .collect();
    if let Some(deadline) = law::order_answer_deadline(req.instrument, &categories, law_parameters) {
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
            let expedited = law::urgent_handling(req.instrument, &setup.scenario.law).is_some();
            let at = if law::rule(req.instrument).needs_emergency || expedited {
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
        Holder::ForeignCentralAuthority | Holder::ForeignJudicialAuthority => authority_review(world, id),
        Holder::Processing if req.suspect.is_some() => decide_extradition(world, id),
        Holder::Processing if law::rule(req.instrument).yields == Yields::Agreement => {
            set_up_joint_team(world, id)
        }
        Holder::Processing if law::rule(req.instrument).yields == Yields::Testimony => {
            schedule_hearing(world, id)
        }
        Holder::Processing => to_provider(world, id),
        Holder::Provider => provider_executes(world, id),
        Holder::Drafting | Holder::Judge | Holder::Returned | Holder::Done => {}
    }
}

/// Request `id` goes back to its sender, who must clarify `missing` and
/// send it again (a desk or central authority finding it incomplete, or a
/// human desk asking).
pub(crate) fn send_back(world: &mut World, id: RequestId, by: Actor, missing: Vec<crate::law::RequestField>) {
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

/// The requested central authority (or, written to directly in urgency,
/// the judicial authority) checks completeness, translation and dual
/// criminality, then has the request executed.
fn authority_review(world: &mut World, id: RequestId) {
    let setup = setup(world);
    let req = request(world, id).expect("request exists").clone();
    let rule = law::rule(req.instrument);
    let from = &setup.scenario.jurisdictions[req.from];
    let to = &setup.scenario.jurisdictions[req.to];
    let authority = if req.holder == Holder::ForeignJudicialAuthority {
        Actor::Judge { jurisdiction: req.to }
    } else {
        Actor::CentralAuthority { jurisdiction: req.to }
    };
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
    } else if let Some(pace) = law::urgent_handling(req.instrument, &setup.scenario.law) {
        now.after(delay(world, &format!("central-authority/{}", to.code), pace))
    } else {
        let done = after_work(
            world,
            req.to,
            &to.central_authority.office_hours,
            now,
            &format!("central-authority/{}", to.code),
            to.central_authority.processing,
        );
        // CETS 224 Art. 8(6): an order given effect is served in time.
        match law::service_deadline(req.instrument, &setup.scenario.law) {
            Some(within) => done.min(now.after(within)),
            None => done,
        }
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

/// The requested State, its central authority's processing done, decides
/// an extradition request (Art. 24): it surrenders the suspect, or, where
/// its law bars extraditing its own nationals, refuses and submits the
/// case to its own authorities for prosecution (Art. 24(6)), as the
/// request is taken to ask.
fn decide_extradition(world: &mut World, id: RequestId) {
    let setup = setup(world);
    let req = request(world, id).expect("request exists").clone();
    let suspect = req.suspect.expect("an extradition request names its suspect");
    let nationality = setup.scenario.suspects[suspect].nationality.as_deref();
    if law::refuses_national(nationality, &setup.scenario.jurisdictions[req.to]) {
        let result = RequestResult::ProsecutedInstead { by: req.to, suspect };
        finish(world, id, false, result);
    } else {
        finish(world, id, true, RequestResult::Extradited { by: req.to, suspect });
    }
}

/// The partner's prosecutors agree to the joint investigation team (CETS
/// 224 Art. 12): from now on the two exchange data within it.
fn set_up_joint_team(world: &mut World, id: RequestId) {
    let req = request(world, id).expect("request exists").clone();
    let pair = (req.from.min(req.to), req.from.max(req.to));
    world.resource_mut::<Progress>().joint_teams.insert(pair);
    finish(world, id, true, RequestResult::JointTeamSetUp { with: req.to });
}

/// The requested side, its central authority's processing done, schedules
/// the hearing by video conference (CETS 224 Art. 11) once its judge has
/// summoned the witness: the answer is the hearing's date; what comes of
/// it is testimony, not data.
fn schedule_hearing(world: &mut World, id: RequestId) {
    let setup = setup(world);
    let req = request(world, id).expect("request exists").clone();
    let to = &setup.scenario.jurisdictions[req.to];
    let now = now(world);
    let at = after_work(
        world,
        req.to,
        &to.judges.office_hours,
        now,
        &format!("judge/{}", to.code),
        to.judges.signs_in,
    );
    finish(
        world,
        id,
        true,
        RequestResult::HearingScheduled { by: req.to, at },
    );
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
        // None reaches a provider: nothing to execute.
        Yields::PublicInformation
        | Yields::InformsOnly
        | Yields::Surrender
        | Yields::Agreement
        | Yields::Testimony => {
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
    let req = request(world, id).expect("request exists").clone();
    let preservation = law::rule(req.instrument).yields == Yields::Preservation;
    let succeeded = !done.items().is_empty();
    // CETS 224 Art. 14(10)(a): the condition the requested side attaches
    // to what it transfers, shown in the answer and kept for later uses.
    let to = &setup(world).scenario.jurisdictions[req.to];
    let conditioned = if law::attaches_onward_transfer_condition(req.instrument, to) {
        done.items().to_vec()
    } else {
        Vec::new()
    };
    for &item in &conditioned {
        world
            .resource_mut::<Progress>()
            .onward_transfer_conditions
            .insert((req.from, item, req.to));
    }
    let clauses: Vec<Clause> = [
        done,
        Clause::OnwardTransferNeedsConsent {
            items: conditioned,
            by: req.to,
        },
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
