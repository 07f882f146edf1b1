//! What a team, and each seat in it, may see: the security boundary of
//! the exercise. A team sees the leads it found, the data items those
//! leads let it name, its own requests, and of another team's requests
//! only those that reached one of its seats. A provider's liaison played
//! by a person is no team's: it sees the requests for its company's data
//! that reached it ([`liaison_sees`]). Views ([`super::view`]),
//! refusals ([`super::actions`]) and the simulated actors ([`super::npc`])
//! all ask here, so the boundary is drawn once.
//!
//! Reads only. Indexed: each question costs what the team knows, not the
//! size of the scenario, so a screen can ask on every redraw.

use crate::law::{self, Channel};
use crate::scenario::model::Role;

use super::types::{Participant, RequestId};
use super::world::*;

/// Whether a team with `casefile` may name data item `item` in a request:
/// a lead it found names the item, and the provider behind that lead is
/// known (the lead was looked up, or it needs no look-up).
pub fn can_target(setup: &Setup, casefile: &Casefile, item: usize) -> bool {
    targetable_items(setup, casefile).binary_search(&item).is_ok()
}

/// Whether `lead` lets a team with `casefile` name the items it points
/// to: the team found it, and the provider behind it is known (it was
/// looked up, or it names no provider to look up).
pub fn lead_lets_target(setup: &Setup, casefile: &Casefile, lead: usize) -> bool {
    casefile.found().contains(&lead)
        && (setup.scenario.leads[lead].provider.is_none() || casefile.looked_up().contains(&lead))
}

/// The items a team with `casefile` may name, in scenario order: those
/// of the leads that let it name them ([`lead_lets_target`]), which the
/// case file keeps as its leads are found and looked up.
pub fn targetable_items<'c>(setup: &Setup, casefile: &'c Casefile) -> &'c [usize] {
    debug_assert_eq!(
        casefile.targetable(),
        {
            let mut items: Vec<usize> = casefile
                .found()
                .iter()
                .filter(|&lead| lead_lets_target(setup, casefile, lead))
                .flat_map(|lead| setup.lead_items[lead].iter().copied())
                .collect();
            items.sort_unstable();
            items.dedup();
            items
        },
        "the case file's targetable items follow its leads"
    );
    casefile.targetable()
}

/// Whether request `req` has reached the seat `role` of the requested
/// jurisdiction `j`: a request through the 24/7 network once it is sent,
/// and a direct order its desk is notified of (CETS 224 Art. 7(5)); an
/// extradition or joint-team request put to its prosecutor played by a
/// person. An unsent draft, or a request still on its way, has reached
/// nobody there.
pub fn reached(setup: &Setup, req: &Request, j: usize, role: Role) -> bool {
    if req.to != j || req.from == j || req.sent_at.is_none() {
        return false;
    }
    // An extradition or a joint team put to the requested prosecutor.
    if role == Role::Prosecutor {
        return req.decision_since.is_some();
    }
    if role != Role::Contact247 {
        return false;
    }
    law::rule(req.instrument).channel == Channel::Foreign247
        || law::notifies_requested_state(req.instrument, &setup.scenario.jurisdictions[j])
}

/// Whether the seat `role` of jurisdiction `j` sees request `req`: its
/// team's own, or one that reached it.
pub fn sees_request(setup: &Setup, req: &Request, j: usize, role: Role) -> bool {
    req.from == j || reached(setup, req, j, role)
}

/// The requests that involve jurisdiction `j` (sent by it or to it), in
/// request order: the only ones any of its seats can see.
pub fn requests_involving(index: &Index, j: usize) -> &[RequestId] {
    index.involving.get(j).map_or(&[], Vec::as_slice)
}

/// Who on the other side of request `req` reads what `writer_j` writes on
/// it: the sender's whole team, or on the requested side only the seats it
/// reached (its 24/7 desk). A seat that cannot see a request never reads
/// about it.
pub fn readers_of(setup: &Setup, req: &Request, writer_j: usize) -> Vec<Participant> {
    let other = if req.from == writer_j { req.to } else { req.from };
    let mut readers: Vec<Participant> = super::engine::team(setup, other)
        .into_iter()
        .filter(|p| sees_request(setup, req, other, p.role()))
        .collect();
    // The sender of a direct request writes to the provider's liaison
    // too, once it has it; an order its own State served is that State's
    // to discuss with it.
    if let Some(provider) = req
        .provider
        .filter(|&p| req.from == writer_j && liaison_sees(req, p) && !served_by_requested_state(req))
    {
        readers.push(super::engine::liaison_of(setup, provider));
    }
    readers
}

/// Whether the liaison of provider `provider` sees request `req`: one
/// for its company's data that has reached it.
pub fn liaison_sees(req: &Request, provider: usize) -> bool {
    req.provider == Some(provider) && req.at_liaison_since.is_some()
}

/// Whether the provider receives request `req` from its own State, which
/// executes it (through its 24/7 desk, its central authority), rather
/// than from the requesting authority directly (a CETS 224 Art. 7
/// request, an EU order, a domestic order, a request under the
/// provider's own policy). A provider so served sees the order, not the
/// foreign request's reasons (CETS 224 Art. 8(3)(b)), and answers to its
/// own authorities.
pub fn served_by_requested_state(req: &Request) -> bool {
    !matches!(
        law::rule(req.instrument).channel,
        Channel::DomesticProvider | Channel::ForeignProvider
    )
}

/// Who reads what a provider's liaison writes on request `req`: the
/// requesting team's seats that see it where the request came straight
/// to the provider; else the requested State's seat that served it (its
/// 24/7 desk, or its prosecutor for what its central authority executes).
pub fn liaison_readers(setup: &Setup, req: &Request) -> Vec<Participant> {
    if !served_by_requested_state(req) {
        return super::engine::team(setup, req.from)
            .into_iter()
            .filter(|p| sees_request(setup, req, req.from, p.role()))
            .collect();
    }
    let role = match law::rule(req.instrument).channel {
        Channel::Foreign247 => Role::Contact247,
        _ => Role::Prosecutor,
    };
    vec![Participant::player(setup.jurisdiction_code(req.to), role)]
}
