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
    let (req, items) = {
        let req = request(world, id).expect("sent request exists");
        (req.head(), req.items.clone())
    };
    let rule = law::rule(req.instrument);
    {
        let r = request_mut(world, id);
        r.sent_at = Some(now);
    }
    progress_mut(world).sent.insert(req.instrument);
    for &item in &items {
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
                let stream = setup.office_stream(Office::CentralAuthority(req.from));
                now.after(delay(world, stream, setup.scenario.law.urgent_transmission))
            } else {
                let hours = setup.scenario.jurisdictions[req.from]
                    .central_authority
                    .office_hours;
                after_work(
                    world,
                    req.from,
                    &hours,
                    now,
                    setup.office_stream(Office::CentralAuthority(req.from)),
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
        // Art. 32(b): the person who may disclose the data logs in and
        // consents; the team takes what is there now, as the holder would
        // produce it, with no authority or provider asked and no delay.
        Channel::ConsentingPerson => {
            request_mut(world, id).holder = Holder::Provider;
            schedule(world, now, Due::RequestStep(id));
        }
        // CSIRT to CSIRT at any hour; the receiving one hands on to its
        // police when the relay is over.
        Channel::Csirt => {
            to_office(
                world,
                id,
                Holder::Csirt,
                setup.office_stream(Office::Csirt(req.from)),
            );
        }
        // The unit freezes (or traces) at home, or asks the unit where the
        // funds are; either way the freeze is in effect (the trace back)
        // when the delay is over.
        Channel::Fiu => {
            to_office(world, id, Holder::Fiu, setup.office_stream(Office::Fiu(req.from)));
        }
        // INTERPOL's General Secretariat reviews and publishes.
        Channel::Interpol => to_office(world, id, Holder::Interpol, setup.office_stream(Office::Interpol)),
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
                setup.office_stream(Office::Judges(req.to)),
                to.judges.signs_in,
            );
            schedule(world, at, Due::RequestStep(id));
        }
        // The national desk at Eurojust convenes the other State's
        // national member or liaison prosecutor; the meeting is held when
        // the delay is over.
        Channel::Eurojust => to_office(world, id, Holder::Eurojust, setup.office_stream(Office::Eurojust)),
        // Unit to unit over SIENA; Europol's cross-check is in when the
        // delay is over.
        Channel::Europol => to_office(world, id, Holder::Europol, setup.office_stream(Office::Europol)),
        Channel::None => {}
    }
}

/// Request `id` goes to an office that acts at its own pace, in elapsed
/// time (a CSIRT, an FIU, INTERPOL, Eurojust, Europol): `holder` has it,
/// and its next step comes when the instrument's `law::office_handling`,
/// drawn from `stream`, is over.
fn to_office(world: &mut World, id: RequestId, holder: Holder, stream: OfficeKey<'_>) {
    let setup = setup(world);
    let instrument = request(world, id).expect("sent request exists").instrument;
    request_mut(world, id).holder = holder;
    let handling =
        law::office_handling(instrument, &setup.scenario.law).expect("an office relays at its own pace");
    let at = now(world).after(delay(world, stream, handling));
    schedule(world, at, Due::RequestStep(id));
}

/// The coordination meeting at Eurojust is held: the two sides' judicial
/// authorities agree how to execute the requests between them, and from
/// now on the MLA requests between the two go at the agreed pace. The
/// other side's team is told.
fn hold_coordination_meeting(world: &mut World, id: RequestId) {
    let req = request(world, id).expect("sent request exists").head();
    let pair = (req.from.min(req.to), req.from.max(req.to));
    progress_mut(world).coordinated.insert(pair);
    emit(
        world,
        Actor::Eurojust,
        Event::CoordinationMeetingHeld { from: req.from },
        SeatId::team(req.to),
    );
    finish(
        world,
        id,
        true,
        RequestResult::CoordinationAgreed { with: req.to },
    );
}

/// Leads sent over SIENA reach the other State's police, who may act on
/// them (intelligence, not evidence); Europol's cross-check finds those
/// its own investigation already holds, and both sides are told of the
/// hit: two investigations of one case, which may then coordinate.
/// What State `j` has given Europol to cross-check against: the
/// identifiers of its own cases (its incidents' first leads, which a
/// State enters in the Europol Information System) and the leads it sent
/// over SIENA itself. Never the rest of its case file: Europol matches
/// what was contributed, not what a State happens to know.
fn contributed_to_europol(world: &World, setup: &Setup, j: usize) -> std::collections::BTreeSet<usize> {
    let code = setup.jurisdiction_code(j);
    let own_cases = setup
        .scenario
        .incidents
        .iter()
        .filter(|incident| incident.jurisdiction == code)
        .flat_map(|incident| incident.initial_leads.iter())
        .filter_map(|id| setup.leads.get(id).copied());
    let sent = (world.resource::<Index>().requests_from(j).iter())
        .filter_map(|&id| request(world, id))
        .filter(|r| {
            r.instrument == crate::scenario::model::Instrument::EuropolCrossMatch && r.sent_at.is_some()
        })
        .flat_map(|r| r.leads.iter().copied());
    own_cases.chain(sent).collect()
}

fn cross_match(world: &mut World, id: RequestId) {
    let setup = setup(world);
    let req = request(world, id).expect("sent request exists").clone();
    let contributed = contributed_to_europol(world, &setup, req.to);
    let hits: Vec<usize> = req
        .leads
        .iter()
        .copied()
        .filter(|lead| contributed.contains(lead))
        .collect();
    if !hits.is_empty() {
        emit(
            world,
            Actor::Europol,
            Event::CrossMatchHit {
                from: req.from,
                leads: hits.clone(),
            },
            SeatId::team(req.to),
        );
    }
    let leads: Vec<String> = req
        .leads
        .iter()
        .map(|&l| setup.scenario.leads[l].id.clone())
        .collect();
    learn_leads(world, req.to, &leads, LeadSource::Siena { from: req.from });
    finish(
        world,
        id,
        true,
        RequestResult::CrossMatched { with: req.to, hits },
    );
}

/// Whether the judicial authorities of jurisdictions `a` and `b` have met
/// at Eurojust.
pub fn coordinated(world: &World, a: usize, b: usize) -> bool {
    world
        .resource::<Progress>()
        .coordinated
        .contains(&(a.min(b), a.max(b)))
}

/// The unit where the wallets and accounts are held has its reporting
/// entities (the exchange, the bank) search their records: what the
/// records that still exist show reaches the requesting team as leads,
/// financial intelligence and not evidence. The records themselves stay
/// with their holder: evidence needs a formal request.
fn trace_assets(world: &mut World, id: RequestId) {
    use crate::scenario::model::DataCategory;
    let setup = setup(world);
    let now = now(world);
    let req = request(world, id).expect("sent request exists").clone();
    let mut shown: Vec<String> = Vec::new();
    for &lead in &req.leads {
        let records = setup.scenario.leads[lead]
            .evidence
            .iter()
            .filter_map(|item| setup.items.get(item).copied())
            .filter(|&i| setup.scenario.evidence[i].category == DataCategory::KycRecords)
            .filter(|&i| {
                let record = &setup.scenario.evidence[i];
                record.kept && evidence(world, i).deleted.is_none() && setup.created_at(i) <= now
            });
        for i in records.collect::<Vec<_>>() {
            for revealed in &setup.scenario.evidence[i].reveals {
                if !shown.contains(revealed) {
                    shown.push(revealed.clone());
                }
            }
        }
    }
    let found: Vec<usize> = shown.iter().filter_map(|l| setup.leads.get(l).copied()).collect();
    learn_leads(world, req.from, &shown, LeadSource::FiuTrace { by: req.to });
    finish(
        world,
        id,
        true,
        RequestResult::AssetsTraced {
            by: req.to,
            leads: req.leads.clone(),
            found,
        },
    );
}

/// INTERPOL publishes the red notice: the requesting team is told, and so
/// is the team of the State where the suspect is, which may arrest.
fn publish_red_notice(world: &mut World, id: RequestId) {
    let req = request(world, id).expect("sent request exists").head();
    let suspect = req.suspect.expect("a red notice names its suspect");
    emit(
        world,
        Actor::Interpol,
        Event::RedNoticePublished {
            suspect,
            from: req.from,
        },
        SeatId::team(req.to),
    );
    finish(world, id, true, RequestResult::RedNoticePublished { suspect });
}

/// The funds the request's wallets and accounts hold are frozen where
/// they are; the requesting team is told which.
fn freeze_assets(world: &mut World, id: RequestId) {
    let req = request(world, id).expect("sent request exists").clone();
    finish(
        world,
        id,
        true,
        RequestResult::AssetsFrozen {
            by: req.to,
            leads: req.leads.clone(),
        },
    );
}

/// Indicators shared through the CSIRTs reach the requested State's
/// police: its team learns the leads (not evidence) and may act at home.
fn hand_off_to_police(world: &mut World, id: RequestId) {
    let setup = setup(world);
    let req = request(world, id).expect("sent request exists").clone();
    let leads: Vec<String> = req
        .leads
        .iter()
        .map(|&l| setup.scenario.leads[l].id.clone())
        .collect();
    learn_leads(world, req.to, &leads, LeadSource::Csirt { from: req.from });
    finish(world, id, true, RequestResult::IndicatorsHandedOff { to: req.to });
}

/// Information sent without a request (Art. 26) reaches the foreign 24/7
/// desk's inbox at once; nothing is asked of anyone, nothing comes back.
fn inform(world: &mut World, id: RequestId) {
    let setup = setup(world);
    let req = request(world, id).expect("sent request exists").clone();
    let offences = setup.case_offences(req.from).to_vec();
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
    let stream = setup.office_stream(Office::Desk(j));
    match desk.staffing {
        Staffing::Always => at.after(delay(world, stream, desk.acts_in)),
        Staffing::ReducedAtNight => {
            let chosen = if setup.calendar.is_night(j, at) {
                desk.night_acts_in.unwrap_or(desk.acts_in)
            } else {
                desk.acts_in
            };
            at.after(delay(world, stream, chosen))
        }
        // An office-hours desk works its central authority's hours (the
        // scenario has no hours of its own for the desk) and counts its
        // `acts_in` in working time, so it never acts at night.
        Staffing::OfficeHoursOnly => after_work(
            world,
            j,
            &jurisdiction.central_authority.office_hours,
            at,
            stream,
            desk.acts_in,
        ),
    }
}

fn to_provider(world: &mut World, id: RequestId) {
    let setup = setup(world);
    let req = request(world, id).expect("request exists").head();
    let Some(provider) = req.provider else {
        finish(world, id, true, RequestResult::Delivered);
        return;
    };
    let policy = &setup.scenario.providers[provider].disclosure;
    let law_parameters = &setup.scenario.law;
    let (emergency, items) = {
        let whole = request(world, id).expect("request exists");
        let emergency = law::is_emergency_request(
            req.instrument,
            &whole.fields,
            casefile(world, req.from).emergency_known,
        );
        (emergency, whole.items.clone())
    };
    let chosen = if emergency {
        policy
            .emergency_answers_in
            .unwrap_or(law_parameters.emergency_answer)
    } else {
        policy.answers_in
    };
    let mut wait = delay(world, setup.office_stream(Office::Provider(provider)), chosen);
    // Where the law sets a deadline (EU e-evidence, CETS 224 Art. 8(6)),
    // the provider answers by then.
    if let Some(deadline) = law::provider_deadline(req.instrument, law_parameters, emergency) {
        wait = wait.min(deadline);
    }
    let categories: Vec<_> = items
        .iter()
        .map(|&i| setup.scenario.evidence[i].category)
        .collect();
    let now = now(world);
    if let Some(deadline) = law::order_answer_deadline(req.instrument, &categories, law_parameters) {
        wait = wait.min(deadline);
        request_mut(world, id).treaty_deadline = Some(now.after(deadline));
    }
    let not_yet_stored = items
        .iter()
        .copied()
        .filter(|&item| setup.created_at(item) > now)
        .collect();
    let liaison = liaison_of(&setup, provider);
    let played = setup.is_human(&liaison);
    {
        let r = request_mut(world, id);
        r.not_yet_stored = not_yet_stored;
        if played {
            r.holder = Holder::AwaitingLiaison;
            r.at_liaison_since.get_or_insert(now);
        } else {
            r.holder = Holder::Provider;
        }
    }
    if law::rule(req.instrument).yields == Yields::Preservation {
        freeze(world, id);
    }
    if played {
        // The person decides when and how to answer; the law's deadline
        // shows on their clocks ([`crate::sim::view`]).
        emit(
            world,
            serving_authority(req),
            Event::ReachedProvider {
                request: id,
                basis: req.basis,
                from: req.from,
                provider,
            },
            vec![liaison],
        );
        return;
    }
    schedule(world, now.after(wait), Due::RequestStep(id));
}

/// The seat of provider `provider`'s law-enforcement liaison.
pub fn liaison_of(setup: &Setup, provider: usize) -> Participant {
    Participant::Liaison {
        provider: setup.scenario.providers[provider].id.clone(),
    }
}

/// Who hands request `req` to the provider: the requested desk or
/// authorities that executed it, or the sender of a direct order.
fn serving_authority(req: RequestHead) -> Actor {
    match req.holder {
        Holder::ForeignDesk | Holder::AwaitingForward => Actor::Desk { jurisdiction: req.to },
        Holder::Processing => Actor::Authorities { jurisdiction: req.to },
        _ => Actor::Team {
            jurisdiction: req.from,
        },
    }
}

/// A preservation order binds the provider as soon as it arrives: the data
/// is frozen now, the provider confirms later (its `answers_in`). Data
/// already deleted, never kept, or not yet created (preservation covers
/// stored data, Art. 16, 29) freezes nothing.
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
        .filter(|item| !req.not_yet_stored.contains(item))
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
            let ev = evidence_mut(world, item);
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

/// How many times a simulated requested 24/7 desk renews, on its own, a
/// preservation it executed while the MLA request is on its way (engine
/// policy, not law: a competent desk does not keep data forever).
const DESK_RENEWS_AT_MOST: u32 = 3;

/// A simulated requested 24/7 desk renews the preservation it executed
/// when it ends and `item` would otherwise be lost (its retention has run
/// out: short-retention data), while the MLA request the Art. 29 request
/// announced (29(2)(f)) is being prepared or on its way (drafted by the
/// requesting side, as the 24/7 network tells the desk, and not yet at
/// the requested central authority, where it keeps the data itself,
/// 29(7)). So Spain renewed NetFlow every two days until the United
/// Kingdom's MLA request arrived (seed 003). An MLA request that never
/// follows lets the preservation lapse. Every item of that request
/// ending now and past its retention is kept another period. Returns
/// whether `item` was kept.
pub fn desk_renews(world: &mut World, item: usize) -> bool {
    let setup = setup(world);
    let now = now(world);
    let ev = evidence(world, item).clone();
    if ev.is_produced() || ev.held_for_mla > 0 || ev.preserved_until != Some(now) {
        return false;
    }
    let requests = world.resource::<Requests>().all();
    let mla_on_its_way = |from: usize, to: usize| {
        requests.iter().any(|r| {
            law::holds_preserved_while_pending(r.instrument)
                && r.from == from
                && r.to == to
                && r.items.contains(&item)
                && r.holder != Holder::Done
        })
    };
    let candidate = requests
        .iter()
        .find(|req| {
            let rule = law::rule(req.instrument);
            rule.channel == Channel::Foreign247
                && rule.yields == Yields::Preservation
                && req.items.contains(&item)
                && req.frozen_until.is_some()
                && req.fields.contains(&crate::law::RequestField::MlaToFollow)
                && req.renewals < DESK_RENEWS_AT_MOST
                && ev.preserved_under == Some(req.basis)
                && mla_on_its_way(req.from, req.to)
                && !setup.is_human(&Participant::player(
                    setup.jurisdiction_code(req.to),
                    Role::Contact247,
                ))
        })
        .map(|req| (*req).clone());
    let Some(req) = candidate else {
        return false;
    };
    let ending: Vec<usize> = req
        .items
        .iter()
        .copied()
        .filter(|&i| {
            let other = evidence(world, i);
            other.deleted.is_none()
                && !other.is_produced()
                && other.preserved_until == Some(now)
                && setup.deletes_at[i].is_some_and(|at| at <= now)
        })
        .collect();
    let until = preserve(world, &req, &ending);
    for &i in &ending {
        tell(world, req.from, i, News::PreservedUntil(until));
    }
    request_mut(world, req.id).renewals += 1;
    emit(
        world,
        Actor::Desk { jurisdiction: req.to },
        Event::Renewed {
            request: req.id,
            basis: req.basis,
            until,
        },
        SeatId::team(req.from),
    );
    true
}

/// Whoever holds request `id` acts on it now.
pub fn request_step(world: &mut World, id: RequestId) {
    let Some(req) = request(world, id).map(Request::head) else {
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
            let drafter = request(world, id).expect("request exists").drafted_by.clone();
            emit(
                world,
                Actor::CentralAuthority {
                    jurisdiction: req.from,
                },
                Event::Transmitted {
                    request: id,
                    to: req.to,
                },
                vec![drafter],
            );
            hold_preserved(world, id);
            schedule(world, at, Due::RequestStep(id));
        }
        Holder::ForeignCentralAuthority | Holder::ForeignJudicialAuthority => authority_review(world, id),
        Holder::Processing if requested_person_decides(world, id) => {}
        Holder::Processing if req.suspect.is_some() => decide_extradition(world, id),
        Holder::Processing if law::rule(req.instrument).yields == Yields::Agreement => {
            set_up_joint_team(world, id)
        }
        Holder::Processing if law::rule(req.instrument).yields == Yields::Testimony => {
            schedule_hearing(world, id)
        }
        Holder::Processing => to_provider(world, id),
        Holder::Provider => provider_executes(world, id),
        // Waits for the person playing the liaison or the requested
        // prosecutor (`Action::Comply`, `Action::Decline`).
        Holder::AwaitingLiaison | Holder::AwaitingDecision => {}
        Holder::Csirt => hand_off_to_police(world, id),
        Holder::Fiu if law::rule(req.instrument).yields == Yields::Trace => trace_assets(world, id),
        Holder::Fiu => freeze_assets(world, id),
        Holder::Interpol => publish_red_notice(world, id),
        Holder::Eurojust => hold_coordination_meeting(world, id),
        Holder::Europol => cross_match(world, id),
        Holder::Drafting | Holder::Judge | Holder::Returned | Holder::Done => {}
    }
}

/// Request `id` goes back to its sender, who must clarify `missing` and
/// send it again (a desk or central authority finding it incomplete, or a
/// human desk asking).
pub(crate) fn send_back(world: &mut World, id: RequestId, by: Actor, missing: Vec<crate::law::RequestField>) {
    let req = request(world, id).expect("request exists").clone();
    {
        let r = request_mut(world, id);
        r.holder = Holder::Returned;
        r.round_trips += 1;
    }
    let asked = matches!(by, Actor::Seat { .. });
    emit(
        world,
        by,
        Event::SentBack {
            request: id,
            basis: req.basis,
            missing,
            // A seat asks; an authority finds elements missing.
            asked,
        },
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
    let offences = setup.case_offences(req.from);
    if law::reservation_refuses(req.instrument, offences, to) {
        finish(
            world,
            id,
            false,
            RequestResult::RefusedReservation {
                by: req.to,
                offences: offences.to_vec(),
            },
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
        let ev = evidence_mut(world, item);
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
    let offences = setup.case_offences(req.from);
    if rule.dual_criminality && !law::dual_criminality_met(offences, to) {
        finish(
            world,
            id,
            false,
            RequestResult::RefusedDualCriminality {
                by: req.to,
                offences: offences.to_vec(),
            },
        );
        return;
    }
    let now = now(world);
    let wait = if rule.needs_emergency {
        desk_acts_at(world, req.to, now)
    } else if let Some(pace) = law::urgent_handling(req.instrument, &setup.scenario.law) {
        now.after(delay(
            world,
            setup.office_stream(Office::CentralAuthority(req.to)),
            pace,
        ))
    } else {
        let done = after_work(
            world,
            req.to,
            &to.central_authority.office_hours,
            now,
            setup.office_stream(Office::CentralAuthority(req.to)),
            to.central_authority.processing,
        );
        // CETS 224 Art. 8(6): an order given effect is served in time.
        let done = match law::service_deadline(req.instrument, &setup.scenario.law) {
            Some(within) => {
                request_mut(world, id).treaty_deadline = Some(now.after(within));
                done.min(now.after(within))
            }
            None => done,
        };
        // Agreed at a coordination meeting at Eurojust: the requested
        // authority executes at the pace agreed, where it is faster.
        match law::coordinated_handling(req.instrument, &setup.scenario.law) {
            Some(pace) if coordinated(world, req.from, req.to) => {
                let agreed = now.after(delay(
                    world,
                    setup.office_stream(Office::CentralAuthority(req.to)),
                    pace,
                ));
                done.min(agreed)
            }
            _ => done,
        }
    };
    {
        let r = request_mut(world, id);
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
    let req = request(world, id).expect("request exists").head();
    let suspect = req.suspect.expect("an extradition request names its suspect");
    let nationality = setup.scenario.suspects[suspect].nationality.as_deref();
    if law::refuses_national(nationality, &setup.scenario.jurisdictions[req.to]) {
        let result = RequestResult::ProsecutedInstead { by: req.to, suspect };
        finish(world, id, false, result);
    } else {
        finish(world, id, true, RequestResult::Extradited { by: req.to, suspect });
    }
}

/// Whether request `id`, accepted on the requested side, now waits for
/// the requested prosecutor played by a person: an
/// extradition (Art. 24) or a joint team (CETS 224 Art. 12) is decided by
/// the requested State, and a person in that seat decides it. Puts it to
/// them and tells them.
fn requested_person_decides(world: &mut World, id: RequestId) -> bool {
    let setup = setup(world);
    let req = request(world, id).expect("request exists").head();
    let decided = req.suspect.is_some() || law::rule(req.instrument).yields == Yields::Agreement;
    let prosecutor = Participant::player(setup.jurisdiction_code(req.to), Role::Prosecutor);
    if !decided || !setup.is_human(&prosecutor) {
        return false;
    }
    let now = now(world);
    {
        let r = request_mut(world, id);
        r.holder = Holder::AwaitingDecision;
        r.decision_since.get_or_insert(now);
    }
    // Through the central authorities (extradition), or straight from the
    // proposing prosecutor (a joint team).
    let from = if law::rule(req.instrument).channel == Channel::CentralAuthorities {
        Actor::CentralAuthority { jurisdiction: req.to }
    } else {
        Actor::Team {
            jurisdiction: req.from,
        }
    };
    emit(
        world,
        from,
        Event::AwaitsDecision {
            request: id,
            basis: req.basis,
            from: req.from,
        },
        vec![prosecutor],
    );
    true
}

/// The requested prosecutor played by a person grants request `id`
/// waiting for their decision: the State surrenders the suspect, or
/// agrees to the joint team.
pub fn grant_decision(world: &mut World, id: RequestId) {
    let req = request(world, id).expect("request exists").head();
    if req.suspect.is_some() {
        decide_extradition(world, id);
    } else {
        set_up_joint_team(world, id);
    }
}

/// The partner's prosecutors agree to the joint investigation team (CETS
/// 224 Art. 12): from now on the two exchange data within it.
fn set_up_joint_team(world: &mut World, id: RequestId) {
    let req = request(world, id).expect("request exists").head();
    let pair = (req.from.min(req.to), req.from.max(req.to));
    progress_mut(world).joint_teams.insert(pair);
    finish(world, id, true, RequestResult::JointTeamSetUp { with: req.to });
}

/// The requested side, its central authority's processing done, schedules
/// the hearing by video conference (CETS 224 Art. 11) once its judge has
/// summoned the witness: the answer is the hearing's date; what comes of
/// it is testimony, not data.
fn schedule_hearing(world: &mut World, id: RequestId) {
    let setup = setup(world);
    let req = request(world, id).expect("request exists").head();
    let to = &setup.scenario.jurisdictions[req.to];
    let now = now(world);
    let at = after_work(
        world,
        req.to,
        &to.judges.office_hours,
        now,
        setup.office_stream(Office::Judges(req.to)),
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
/// The provider answers request `id`: executes a binding order; decides a
/// voluntary request by its policy's rate, or by its liaison's choice
/// where a person plays that seat (who declines with `Action::Decline`).
pub fn provider_executes(world: &mut World, id: RequestId) {
    let setup = setup(world);
    let (req, items, not_yet_stored) = {
        let req = request(world, id).expect("request exists");
        (req.head(), req.items.clone(), req.not_yet_stored.clone())
    };
    let rule = law::rule(req.instrument);
    if rule.real_time {
        start_collection(world, id);
        return;
    }
    let provider_index = req.provider.expect("requests at a provider name one");
    let provider = &setup.scenario.providers[provider_index];
    let now = now(world);
    let mut done = Vec::new();
    // Deleted before the request reached the provider.
    let mut gone = Vec::new();
    // Created after it reached the provider: not stored data yet.
    let mut later = Vec::new();
    // Asked for, but the provider never kept it.
    let mut never: Vec<usize> = Vec::new();
    match rule.yields {
        Yields::Preservation => {
            never = items.iter().copied().filter(|&i| !setup.is_kept(i)).collect();
            for &item in &never {
                tell(world, req.from, item, News::CouldNotPreserve);
            }
            if never.len() == items.len() {
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
            for &item in items.iter().filter(|&&i| setup.is_kept(i)) {
                if evidence(world, item).deleted.is_some() {
                    tell(world, req.from, item, News::NotAvailable);
                    gone.push(item);
                    continue;
                }
                if not_yet_stored.contains(&item) {
                    tell(world, req.from, item, News::NotYetStored);
                    later.push(item);
                    continue;
                }
                tell(world, req.from, item, News::PreservedUntil(until));
                done.push(item);
            }
            // The confirmation names the time the order froze the data.
            let preserved = done.clone();
            let answer = Clause::Preserved { items: done, until };
            conclude(world, id, provider_index, answer, gone, later, never);
            if rule.discloses_path {
                disclose_path_at_home(world, &setup, req.from, &preserved);
            }
            // A simulated requested desk discloses the path at once
            // (Art. 30); a human one chooses to (`DisclosePath`).
            let desk = Participant::player(setup.jurisdiction_code(req.to), Role::Contact247);
            if !setup.is_human(&desk) {
                disclose_path(world, id);
            }
        }
        Yields::Intelligence | Yields::Evidence => {
            let complies =
                !rule.provider_may_decline || setup.is_human(&liaison_of(&setup, provider_index)) || {
                    let rate = provider
                        .disclosure
                        .voluntary_rate
                        .get(setup.jurisdiction_code(req.from))
                        .copied()
                        .unwrap_or(provider.disclosure.default_rate);
                    world
                        .resource_mut::<Rngs>()
                        .0
                        .chance(setup.office_stream(Office::Provider(provider_index)), rate)
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
            for &item in &items {
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
                if not_yet_stored.contains(&item) {
                    tell(world, req.from, item, News::NotYetStored);
                    later.push(item);
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
            conclude(world, id, provider_index, answer, gone, later, never);
            // What the data shows comes after the answer that delivered it.
            for item in obtained {
                let reveals = setup.scenario.evidence[item].reveals.clone();
                learn_leads(world, req.from, &reveals, LeadSource::Analysed { item });
            }
        }
        // None reaches a provider: nothing to execute.
        Yields::PublicInformation
        | Yields::InformsOnly
        | Yields::Freeze
        | Yields::RedNotice
        | Yields::Surrender
        | Yields::Agreement
        | Yields::Testimony
        | Yields::Trace
        | Yields::Coordination
        | Yields::CrossMatch => {
            finish(world, id, true, RequestResult::Delivered);
        }
    }
}

/// What the requested Party discloses under Art. 30 while executing
/// request `id`: each preserved traffic data item that shows a provider in
/// another State, with the leads that identify those providers and the path
/// ([`law::path_leads`]). Empty for a request that carries no such duty,
/// was not executed, or preserved no such data.
pub fn path_to_disclose(world: &World, id: RequestId) -> Vec<(usize, Vec<String>)> {
    let setup = setup(world);
    let Some(req) = request(world, id) else {
        return Vec::new();
    };
    let Some(duty) = law::duty_within(req.instrument) else {
        return Vec::new();
    };
    if !(req.holder == Holder::Done && req.succeeded) {
        return Vec::new();
    }
    let now = now(world);
    let requested = setup.jurisdiction_code(req.to);
    let provider_country = |lead: &str| {
        let l = *setup.leads.get(lead)?;
        let provider = setup.scenario.leads[l].provider.as_ref()?;
        let p = *setup.providers.get(provider)?;
        Some(setup.scenario.providers[p].jurisdiction.clone())
    };
    req.items
        .iter()
        .filter(|&&item| evidence(world, item).is_preserved(now))
        .map(|&item| {
            let data = &setup.scenario.evidence[item];
            let leads = law::path_leads(duty, data.category, &data.reveals, requested, provider_country);
            (item, leads)
        })
        .filter(|(_, leads)| !leads.is_empty())
        .collect()
}

/// The requested desk discloses the path of request `id` (Art. 30): its
/// sender obtains those traffic data items as intelligence, and learns
/// from them only the leads that identify the providers in other States,
/// not the rest of what the data shows. Once per request.
pub fn disclose_path(world: &mut World, id: RequestId) {
    let path = path_to_disclose(world, id);
    let Some(req) = request(world, id).map(Request::head) else {
        return;
    };
    if path.is_empty() || req.path_disclosed {
        return;
    }
    request_mut(world, id).path_disclosed = true;
    let duty = law::duty_within(req.instrument).expect("a path is disclosed under a duty");
    let setup = setup(world);
    let basis = law::basis(
        duty,
        &setup.scenario.jurisdictions[req.from],
        &setup.scenario.jurisdictions[req.to],
    );
    let mut leads: Vec<String> = Vec::new();
    for (item, shown) in path {
        obtain(world, req.from, item, id, false);
        leads.extend(
            shown
                .into_iter()
                .filter(|lead| !leads.contains(lead))
                .collect::<Vec<_>>(),
        );
    }
    let how = LeadSource::PathDisclosed {
        request: id,
        basis,
        by: req.to,
    };
    learn_leads(world, req.from, &leads, how);
}

/// A real-time collection or interception order (Arts 20, 21, 33, 34)
/// takes effect at the provider now and runs its period: each item named
/// that is created within it is collected as it is created ([`collect`]);
/// what is already stored is not (preservation's and production's job),
/// nor what comes after the order ends. The answer says which is which.
fn start_collection(world: &mut World, id: RequestId) {
    let setup = setup(world);
    let req = request(world, id).expect("request exists").clone();
    let now = now(world);
    let period = law::real_time_period(req.instrument, &setup.scenario.law).unwrap_or(Duration::ZERO);
    let until = now.after(period);
    let (mut collecting, mut stored, mut after) = (Vec::new(), Vec::new(), Vec::new());
    for &item in &req.items {
        let created = SimTime::START.after(setup.scenario.evidence[item].created);
        if created <= now {
            stored.push(item);
        } else if created <= until {
            collecting.push(item);
            schedule(world, created, Due::Collect(id, item));
        } else {
            after.push(item);
        }
    }
    let succeeded = !collecting.is_empty();
    let clauses: Vec<Clause> = [
        Clause::Collecting {
            items: collecting,
            until,
        },
        Clause::AlreadyStored { items: stored },
        Clause::AfterTheOrder { items: after, until },
    ]
    .into_iter()
    .filter(|clause| !clause.items().is_empty())
    .collect();
    finish(world, id, succeeded, RequestResult::Executed { clauses });
}

/// Item `item` is created while request `id` collects in real time: its
/// sender obtains it as evidence now, and what it shows.
pub fn collect(world: &mut World, id: RequestId, item: usize) {
    let setup = setup(world);
    let Some(req) = request(world, id).map(Request::head) else {
        return;
    };
    obtain(world, req.from, item, id, true);
    emit(
        world,
        Actor::Provider {
            provider: req.provider.expect("requests at a provider name one"),
        },
        Event::Collected { request: id, item },
        SeatId::team(req.from),
    );
    let reveals = setup.scenario.evidence[item].reveals.clone();
    learn_leads(world, req.from, &reveals, LeadSource::Analysed { item });
}

/// Art. 17(1)(b): with the preservation, the provider discloses enough
/// traffic data to identify the other providers in the path. The team
/// learns, of what each preserved item shows, the leads that point to a
/// provider: intelligence, not the item itself as evidence.
fn disclose_path_at_home(world: &mut World, setup: &Setup, j: usize, preserved: &[usize]) {
    for &item in preserved {
        let path: Vec<String> = setup.scenario.evidence[item]
            .reveals
            .iter()
            .filter(|id| {
                setup
                    .leads
                    .get(id.as_str())
                    .is_some_and(|&l| setup.scenario.leads[l].provider.is_some())
            })
            .cloned()
            .collect();
        learn_leads(world, j, &path, LeadSource::PathShown { item });
    }
}

/// The provider's answer: one clause per outcome that has items, in a
/// stated order (what was done, what was gone, what did not exist yet,
/// what was never kept). It succeeded when something was done.
fn conclude(
    world: &mut World,
    id: RequestId,
    provider: usize,
    done: Clause,
    gone: Vec<usize>,
    later: Vec<usize>,
    never: Vec<usize>,
) {
    let req = request(world, id).expect("request exists").head();
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
        progress_mut(world)
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
        Clause::NotYetStored {
            items: later,
            preservation,
        },
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
        let ev = evidence_mut(world, item);
        ev.held_for_mla = ev.held_for_mla.saturating_sub(1);
        schedule(world, now, Due::RetentionCheck(item));
    }
}

/// Request `id` is over (executed, refused, declined or withdrawn): what it
/// held is released and its sender is told.
pub fn finish(world: &mut World, id: RequestId, succeeded: bool, result: RequestResult) {
    release_holds(world, id);
    let req = request(world, id).expect("request exists").head();
    {
        let r = request_mut(world, id);
        r.holder = Holder::Done;
        r.succeeded = succeeded;
        r.result = Some(result.clone());
    }
    // Who closes it is who decided: the authority that refused, the seat
    // that declined or withdrew, the team that took data with consent
    // (Art. 32(b)); the provider only for what it did.
    let actor = match &result {
        RequestResult::RefusedDualCriminality { by, .. } => Actor::CentralAuthority { jurisdiction: *by },
        RequestResult::RefusedReservation { by, .. } => Actor::Desk { jurisdiction: *by },
        RequestResult::DeclinedByDesk { by, .. } | RequestResult::Withdrawn { by } => Actor::Seat {
            participant: by.clone(),
        },
        _ if law::rule(req.instrument).channel == Channel::ConsentingPerson => Actor::Team {
            jurisdiction: req.from,
        },
        _ => match req.provider {
            Some(provider) => Actor::Provider { provider },
            None if req.holder == Holder::Csirt => Actor::Csirt { jurisdiction: req.to },
            None if req.holder == Holder::Fiu => Actor::Fiu { jurisdiction: req.to },
            None if req.holder == Holder::Interpol => Actor::Interpol,
            None if req.holder == Holder::Eurojust => Actor::Eurojust,
            None if req.holder == Holder::Europol => Actor::Europol,
            None => Actor::Authorities { jurisdiction: req.to },
        },
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
        SeatId::team(req.from),
    );
}

/// Team `j` obtains `item` through request `via`: as admissible evidence
/// or as intelligence (what it reveals is learnt once the answer is in).
fn obtain(world: &mut World, j: usize, item: usize, via: RequestId, admissible: bool) {
    {
        let ev = evidence_mut(world, item);
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
        let r = request_mut(world, id);
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
