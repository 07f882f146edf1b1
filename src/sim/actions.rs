//! Applying one participant's action: check it against the role, the
//! jurisdiction, the law and what the team knows, then change the world.
//!
//! Every function here checks everything before it writes anything, so a
//! refused action changes nothing (the property test checks the state hash).
//! A refusal explains itself in the words of the law, and never reveals
//! what the participant's team does not know (an unknown data item and a
//! data item the team has not found get the same answer).

use bevy_ecs::prelude::*;

use crate::law::{self, Channel, RequestField, Yields};
use crate::scenario::model::{Instrument, Role};

use super::engine::{self, emit};
use super::types::{Action, Outcome, Participant, Refusal, RequestId, role_name, role_word};
use super::world::*;

type Applied = Result<Outcome, Refusal>;

fn ok(message: impl Into<String>, request: Option<RequestId>) -> Applied {
    Ok(Outcome {
        message: message.into(),
        request,
    })
}

fn refuse<T>(reason: impl Into<String>) -> Result<T, Refusal> {
    Err(Refusal::new(reason))
}

/// Apply `action` by `participant` now. `Jump` is the facade's (it moves the
/// clock); `Pause`, `Resume` and `SetSpeed` go on to `clock`; everything
/// else is here.
pub fn apply(world: &mut World, participant: &Participant, action: Action) -> Applied {
    let setup = engine::setup(world);
    if !world.resource::<Index>().seats.contains_key(participant) {
        let codes: Vec<&str> = setup.jurisdictions.keys().map(String::as_str).collect();
        return refuse(format!(
            "there is no participant {participant} in this exercise; jurisdictions: {}",
            codes.join(", ")
        ));
    }
    if action.is_trainer_control() || matches!(action, Action::Annotate { .. }) {
        if *participant != Participant::Trainer {
            return refuse(format!(
                "only the trainer controls the exercise; {participant} plays in it"
            ));
        }
        return trainer(world, action);
    }
    let Participant::Player { jurisdiction, role } = participant else {
        return refuse("the trainer watches and steers; case work is for the players");
    };
    if let Some(ended) = world.resource::<Clock>().ended {
        return refuse(format!("the exercise ended at {ended}"));
    }
    let j = setup.jurisdictions[jurisdiction];
    match action {
        Action::Examine { lead } => examine(world, participant, j, *role, &lead),
        Action::LookUp { lead } => look_up(world, participant, j, *role, &lead),
        Action::Draft {
            instrument,
            to,
            items,
            fields,
        } => draft(world, participant, j, *role, instrument, &to, &items, &fields),
        Action::Amend { request, fields } => amend(world, participant, j, *role, request, &fields),
        Action::Sign { request } => sign(world, participant, j, *role, request),
        Action::Send { request } => send(world, participant, j, *role, request),
        Action::Forward { request } => forward(world, participant, j, *role, request),
        Action::Decline { request, reason } => decline(world, participant, j, *role, request, &reason),
        Action::Answer { request, text } => answer(world, participant, j, *role, request, &text),
        Action::Renew { request } => renew(world, participant, j, *role, request),
        Action::Withdraw { request } => withdraw(world, participant, j, *role, request),
        Action::Pause
        | Action::Resume
        | Action::SetSpeed { .. }
        | Action::Jump { .. }
        | Action::FireInject { .. }
        | Action::Annotate { .. } => unreachable!("trainer actions are handled above"),
    }
}

fn trainer(world: &mut World, action: Action) -> Applied {
    let setup = engine::setup(world);
    match action {
        Action::Pause | Action::Resume | Action::SetSpeed { .. } => super::clock::control(world, action),
        Action::FireInject { inject } => {
            let Some(&i) = setup.injects.get(&inject) else {
                let known: Vec<&str> = setup.injects.keys().map(String::as_str).collect();
                return refuse(format!(
                    "no inject `{inject}`; this scenario has: {}",
                    known.join(", ")
                ));
            };
            if let Some(at) = world.resource::<Progress>().injects_fired.get(&i) {
                return refuse(format!("inject `{inject}` already fired at {at}"));
            }
            engine::fire_inject(world, i);
            ok(format!("fired {inject}"), None)
        }
        Action::Annotate { text } => {
            if text.trim().is_empty() {
                return refuse("an annotation needs some text");
            }
            emit(world, "trainer", format!("note: {}", text.trim()), Vec::new());
            ok("noted", None)
        }
        _ => refuse("the clock is moved by the host, not by this action"),
    }
}

fn known_lead(world: &World, setup: &Setup, j: usize, lead: &str) -> Result<usize, Refusal> {
    match setup.leads.get(lead) {
        Some(&l) if engine::casefile(world, j).found.contains(&l) => Ok(l),
        _ => refuse(format!(
            "your team has not found a lead `{lead}`; examine what you have first"
        )),
    }
}

fn examine(world: &mut World, participant: &Participant, j: usize, role: Role, lead: &str) -> Applied {
    let setup = engine::setup(world);
    if role != Role::Investigator {
        return refuse(format!(
            "examining leads is the investigator's work; ask {}/investigator",
            setup.jurisdiction_code(j)
        ));
    }
    let l = known_lead(world, &setup, j, lead)?;
    if engine::casefile(world, j).examined.contains(&l) {
        return refuse(format!("`{lead}` has already been examined"));
    }
    engine::casefile_mut(world, j).examined.insert(l);
    let data = &setup.scenario.leads[l];
    emit(
        world,
        participant.to_string(),
        format!(
            "examined {} ({}): {}",
            data.value,
            data.id,
            data.text.get(&setup.language)
        ),
        vec![participant.clone()],
    );
    engine::learn_leads(world, j, &data.reveals, &format!("examining {}", data.id));
    ok(format!("examined {lead}"), None)
}

fn look_up(world: &mut World, participant: &Participant, j: usize, role: Role, lead: &str) -> Applied {
    let setup = engine::setup(world);
    let rule = law::rule(Instrument::OpenSource);
    if !rule.senders.contains(&role) {
        return refuse(format!(
            "{} look-ups are done by the investigator or the 24/7 desk",
            rule.article
        ));
    }
    let l = known_lead(world, &setup, j, lead)?;
    let data = &setup.scenario.leads[l];
    let Some(provider) = &data.provider else {
        return refuse(format!(
            "a look-up of {} shows no provider: nothing public ties it to a company",
            data.value
        ));
    };
    if engine::casefile(world, j).looked_up.contains(&l) {
        return refuse(format!("`{lead}` has already been looked up"));
    }
    engine::casefile_mut(world, j).looked_up.insert(l);
    let p = &setup.scenario.providers[setup.providers[provider]];
    let message = format!(
        "{} look-up of {}: {} ({:?}) in {}",
        rule.article, data.value, p.name, p.kind, p.jurisdiction
    );
    emit(
        world,
        participant.to_string(),
        message.clone(),
        engine::team(&setup, j),
    );
    ok(message, None)
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
    fields: &[RequestField],
) -> Applied {
    let setup = engine::setup(world);
    let rule = law::rule(instrument);
    let code = setup.jurisdiction_code(j).to_string();
    if rule.channel == Channel::None {
        return refuse(format!("{} needs no request: look the lead up", rule.article));
    }
    let Some(&t) = setup.jurisdictions.get(to) else {
        let codes: Vec<&str> = setup.jurisdictions.keys().map(String::as_str).collect();
        return refuse(format!(
            "no jurisdiction `{to}`; this exercise has {}",
            codes.join(", ")
        ));
    };
    let (from_j, to_j) = (&setup.scenario.jurisdictions[j], &setup.scenario.jurisdictions[t]);
    // First the most important lesson: does the instrument exist at all
    // between the two (and if not, what does).
    if !law::applies_between(instrument, from_j, to_j) {
        return refuse(law::why_not_between(instrument, from_j, to_j));
    }
    // Who sends it matters only once the instrument exists between the two.
    if !rule.senders.contains(&role) {
        let who: Vec<String> = rule.senders.iter().map(|r| seat_words(&code, *r)).collect();
        return refuse(format!(
            "{} is sent by {}, not by the {}",
            rule.article,
            who.join(" or "),
            role_name(role)
        ));
    }
    let case = engine::casefile(world, j);
    if rule.needs_emergency && !case.emergency_known {
        return refuse(format!(
            "{} needs an emergency: nothing known to your team shows a significant and imminent risk to life (CETS 224 Art. 3)",
            rule.article
        ));
    }
    let mut targets = Vec::new();
    for id in items {
        match setup.items.get(id) {
            Some(&i) if engine::can_target(&setup, case, i) => {
                if !targets.contains(&i) {
                    targets.push(i);
                }
            }
            _ => {
                return refuse(format!(
                    "your team knows of no data item `{id}` it can name: find the lead that points to it and look up who holds it (Art. 32(a))"
                ));
            }
        }
    }
    match rule.yields {
        Yields::Preservation | Yields::Intelligence | Yields::Evidence if targets.is_empty() => {
            return refuse(format!("{} must name the data it is about", rule.article));
        }
        Yields::InformsOnly if !targets.is_empty() => {
            return refuse(format!(
                "{} sends information to {to}; it asks for nothing, so it names no data to obtain: to obtain data, use a request for preservation or disclosure",
                rule.article
            ));
        }
        _ => {}
    }
    for &i in &targets {
        let category = setup.scenario.evidence[i].category;
        if let Some(why) = law::why_not_covered(
            instrument,
            setup.item_id(i),
            category,
            from_j,
            to_j,
            case.emergency_known,
        ) {
            return refuse(why);
        }
    }
    let providers: std::collections::BTreeSet<usize> =
        targets.iter().map(|&i| setup.item_provider(i)).collect();
    if providers.len() > 1 {
        return refuse("one request goes to one provider: draft one request per provider");
    }
    let provider = providers.first().copied();
    if let Some(p) = provider {
        let held_in = &setup.scenario.providers[p].jurisdiction;
        if held_in != to {
            return refuse(format!(
                "{} is held by {} in {held_in}, not in {to}: address the request to {held_in}",
                setup.item_id(targets[0]),
                setup.scenario.providers[p].name
            ));
        }
    }
    let id = engine::request_count(world) as RequestId + 1;
    let entity = world
        .spawn(Request {
            id,
            instrument,
            basis: law::basis(instrument, from_j, to_j),
            drafted_by: participant.clone(),
            from: j,
            to: t,
            provider,
            items: targets.clone(),
            fields: fields.iter().copied().collect(),
            signed: false,
            holder: Holder::Drafting,
            sent_at: None,
            round_trips: 0,
            result: None,
            succeeded: false,
            frozen_until: None,
            held: Vec::new(),
            renewals: 0,
        })
        .id();
    world.resource_mut::<Index>().requests.push(entity);
    let names: Vec<&str> = targets.iter().map(|&i| setup.item_id(i)).collect();
    emit(
        world,
        participant.to_string(),
        format!(
            "drafted request #{id}: {} to {to} [{}]",
            law::basis(instrument, from_j, to_j),
            names.join(", ")
        ),
        engine::team(&setup, j),
    );
    ok(format!("drafted request #{id}"), Some(id))
}

/// A seat as a participant types it, with the role in words where the
/// typed form is not a word: `A/247 (the 24/7 contact)`, `A/prosecutor`.
fn seat_words(code: &str, role: Role) -> String {
    let (word, name) = (role_word(role), role_name(role));
    if word == name {
        format!("{code}/{word}")
    } else {
        format!("{code}/{word} (the {name})")
    }
}

/// The request, if it is this team's and this role may handle it.
fn own_request(world: &World, j: usize, role: Role, id: RequestId) -> Result<Request, Refusal> {
    let setup = engine::setup(world);
    let Some(req) = engine::request(world, id) else {
        return refuse(format!("your team has no request #{id}"));
    };
    if req.from != j {
        return refuse(format!("your team has no request #{id}"));
    }
    let rule = law::rule(req.instrument);
    if !rule.senders.contains(&role) && role != Role::Prosecutor {
        return refuse(format!(
            "request #{id} ({}) is handled by {}",
            req.basis,
            seat_words(setup.jurisdiction_code(j), rule.senders[0])
        ));
    }
    Ok(req.clone())
}

fn editable(req: &Request) -> Result<(), Refusal> {
    match req.holder {
        Holder::Drafting | Holder::Returned => Ok(()),
        Holder::Judge => refuse(format!("request #{} is with the judge", req.id)),
        Holder::Done => refuse(format!("request #{} is closed: draft a new one", req.id)),
        _ => refuse(format!("request #{} has been sent and is being handled", req.id)),
    }
}

fn amend(
    world: &mut World,
    participant: &Participant,
    j: usize,
    role: Role,
    id: RequestId,
    fields: &[RequestField],
) -> Applied {
    let req = own_request(world, j, role, id)?;
    editable(&req)?;
    let new: Vec<RequestField> = fields
        .iter()
        .copied()
        .filter(|f| !req.fields.contains(f) && *f != RequestField::Signature)
        .collect();
    if new.is_empty() {
        return refuse(format!(
            "request #{id} already states that (a signature comes from signing)"
        ));
    }
    request_fields_insert(world, id, &new);
    let setup = engine::setup(world);
    emit(
        world,
        participant.to_string(),
        format!("amended request #{id}: added {new:?}"),
        engine::team(&setup, j),
    );
    ok(format!("amended request #{id}"), Some(id))
}

fn request_fields_insert(world: &mut World, id: RequestId, fields: &[RequestField]) {
    let mut req = engine::request_mut(world, id);
    req.fields.extend(fields.iter().copied());
}

fn sign(world: &mut World, participant: &Participant, j: usize, role: Role, id: RequestId) -> Applied {
    let setup = engine::setup(world);
    if role != Role::Prosecutor {
        return refuse(format!(
            "signing is for the competent authority: ask {}/prosecutor",
            setup.jurisdiction_code(j)
        ));
    }
    let req = own_request(world, j, role, id)?;
    let rule = law::rule(req.instrument);
    editable(&req)?;
    if req.signed {
        return refuse(format!("request #{id} is already signed"));
    }
    if !rule.required.contains(&RequestField::Signature) {
        return refuse(format!("{} needs no signature: send it", rule.article));
    }
    if rule.court_order {
        // A judge does not sign an incomplete application.
        incomplete(&setup, &req, "the judge would not sign it")?;
        let now = engine::now(world);
        let jurisdiction = &setup.scenario.jurisdictions[j];
        let at = engine::after_work(
            world,
            j,
            &jurisdiction.judges.office_hours,
            now,
            &format!("judge/{}", jurisdiction.code),
            jurisdiction.judges.signs_in,
        );
        engine::request_mut(world, id).holder = Holder::Judge;
        engine::schedule(world, at, Due::JudgeSigns(id));
        emit(
            world,
            participant.to_string(),
            format!("applied to the judge for order #{id} ({})", req.basis),
            engine::team(&setup, j),
        );
        return ok(format!("order #{id} is with the judge"), Some(id));
    }
    {
        let mut r = engine::request_mut(world, id);
        r.signed = true;
        r.fields.insert(RequestField::Signature);
    }
    emit(
        world,
        participant.to_string(),
        format!("signed request #{id} ({})", req.basis),
        engine::team(&setup, j),
    );
    ok(format!("signed request #{id}"), Some(id))
}

/// Refuses `req` if it lacks a required element other than the signature
/// (which comes from signing), naming each one and where the law asks for it.
fn incomplete(setup: &Setup, req: &Request, who: &str) -> Result<(), Refusal> {
    let (from, to) = (
        &setup.scenario.jurisdictions[req.from],
        &setup.scenario.jurisdictions[req.to],
    );
    let missing: Vec<String> = law::missing_fields(req.instrument, &req.fields, from, to)
        .into_iter()
        .filter(|f| *f != RequestField::Signature)
        .map(|f| format!("{f:?} ({})", f.source()))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    refuse(format!(
        "{} is incomplete and {who}: it lacks {}; amend it first",
        req.basis,
        missing.join(", ")
    ))
}

fn send(world: &mut World, participant: &Participant, j: usize, role: Role, id: RequestId) -> Applied {
    let setup = engine::setup(world);
    let req = own_request(world, j, role, id)?;
    let rule = law::rule(req.instrument);
    if !rule.senders.contains(&role) {
        return refuse(format!(
            "{} is sent by the {}",
            rule.article,
            role_name(rule.senders[0])
        ));
    }
    editable(&req)?;
    if rule.required.contains(&RequestField::Signature) && !req.signed {
        let who = if rule.court_order {
            "a judge"
        } else {
            "the prosecutor"
        };
        return refuse(format!("{} must be signed by {who} before it is sent", req.basis));
    }
    if rule.needs_emergency && !engine::casefile(world, j).emergency_known {
        return refuse(format!(
            "{} needs an emergency: nothing known to your team shows a significant and imminent risk to life (CETS 224 Art. 3)",
            rule.article
        ));
    }
    if law::refused_when_incomplete(req.instrument) {
        let who = match rule.channel {
            Channel::DomesticProvider | Channel::ForeignProvider => "the provider would reject it",
            _ => "it would not stand",
        };
        incomplete(&setup, &req, who)?;
    }
    emit(
        world,
        participant.to_string(),
        format!(
            "sent request #{id} ({}) to {}",
            req.basis,
            setup.jurisdiction_code(req.to)
        ),
        engine::team(&setup, j),
    );
    engine::send_request(world, id);
    ok(format!("sent request #{id}"), Some(id))
}

fn forward(world: &mut World, participant: &Participant, j: usize, role: Role, id: RequestId) -> Applied {
    if role != Role::Contact247 {
        return refuse("incoming 24/7 requests are forwarded by the 24/7 desk");
    }
    match engine::request(world, id) {
        Some(req) if req.to == j && req.holder == Holder::AwaitingForward => {}
        _ => return refuse(format!("no request #{id} is waiting at your desk")),
    }
    emit(
        world,
        participant.to_string(),
        format!("took up request #{id}"),
        Vec::new(),
    );
    engine::desk_review(world, id);
    ok(format!("handled request #{id}"), Some(id))
}

fn decline(
    world: &mut World,
    participant: &Participant,
    j: usize,
    role: Role,
    id: RequestId,
    reason: &str,
) -> Applied {
    if role != Role::Contact247 {
        return refuse("incoming 24/7 requests are answered by the 24/7 desk");
    }
    match engine::request(world, id) {
        Some(req) if req.to == j && req.holder == Holder::AwaitingForward => {}
        _ => return refuse(format!("no request #{id} is waiting at your desk")),
    }
    if reason.trim().is_empty() {
        return refuse(
            "a refusal states its ground (Art. 29(5)): political offence, sovereignty, security or ordre public",
        );
    }
    engine::finish(
        world,
        id,
        false,
        format!("declined by {participant}: {}", reason.trim()),
    );
    ok(format!("declined request #{id}"), Some(id))
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
) -> Applied {
    let setup = engine::setup(world);
    let unknown = || refuse(format!("you have no request #{id} to answer"));
    let Some(req) = engine::request(world, id).cloned() else {
        return unknown();
    };
    if req.from == j {
        if req.sent_at.is_none() {
            return refuse(format!("request #{id} has not been sent: nobody else has it yet"));
        }
    } else if !engine::reached(&setup, &req, j, role) {
        return unknown();
    }
    if text.trim().is_empty() {
        return refuse("an answer needs some text");
    }
    let other = if req.from == j { req.to } else { req.from };
    emit(
        world,
        participant.to_string(),
        format!("on request #{id}: {}", text.trim()),
        engine::team(&setup, other),
    );
    ok("answered", Some(id))
}

fn renew(world: &mut World, participant: &Participant, j: usize, role: Role, id: RequestId) -> Applied {
    let setup = engine::setup(world);
    let req = own_request(world, j, role, id)?;
    let rule = law::rule(req.instrument);
    if !rule.senders.contains(&role) {
        return refuse(format!(
            "{} is renewed by whoever sends it: the {}",
            rule.article,
            role_name(rule.senders[0])
        ));
    }
    let Some(period) = law::preservation_period(req.instrument, &setup.scenario.law) else {
        return refuse(format!(
            "{} is not a preservation: nothing to renew",
            rule.article
        ));
    };
    if !(req.holder == Holder::Done && req.succeeded) {
        return refuse(format!("request #{id} has preserved nothing yet"));
    }
    let now = engine::now(world);
    let still: Vec<usize> = req
        .items
        .iter()
        .copied()
        .filter(|&i| engine::evidence(world, i).is_preserved(now))
        .collect();
    if still.is_empty() {
        return refuse(format!(
            "the preservation under request #{id} has lapsed: the data is no longer kept, so there is nothing to renew"
        ));
    }
    let until = now.after(period);
    for &item in &still {
        {
            let mut ev = engine::evidence_mut(world, item);
            if ev.preserved_until.is_none_or(|t| t <= until) {
                ev.preserved_until = Some(until);
                ev.preserved_under = Some(req.basis);
            }
        }
        engine::casefile_mut(world, j)
            .news
            .insert(item, News::PreservedUntil(until));
        engine::schedule(world, until, Due::RetentionCheck(item));
    }
    engine::request_mut(world, id).renewals += 1;
    emit(
        world,
        participant.to_string(),
        format!(
            "renewed the preservation of request #{id} ({}) until {until}",
            req.basis
        ),
        engine::team(&setup, j),
    );
    ok(format!("preserved until {until}"), Some(id))
}

fn withdraw(world: &mut World, participant: &Participant, j: usize, role: Role, id: RequestId) -> Applied {
    let req = own_request(world, j, role, id)?;
    if req.holder == Holder::Done {
        return refuse(format!("request #{id} is closed already"));
    }
    engine::finish(world, id, false, format!("withdrawn by {participant}"));
    ok(format!("withdrew request #{id}"), Some(id))
}
