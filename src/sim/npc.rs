//! Non-player actors playing a person's role (an investigator, a prosecutor,
//! a 24/7 desk) when no person plays it: a plain, reasonable policy that
//! finishes what it started, follows every lead, preserves before it asks
//! for disclosure, and lets formal requests follow preservation. When lives
//! are at risk it takes the fastest route that exists between the two,
//! with or without the Second Protocol, and shares its leads with the
//! State they point to (Art. 26) so that State can act at home; a
//! provider that publishes an emergency channel of its own is asked there
//! first, and through the 24/7 network too (Art. 35), since it may
//! decline; a camera's footage identifies as subscriber data does. Like a
//! competent team it also preserves its own traffic data under Art. 17 so
//! the path abroad shows at once; freezes a wallet or account at an
//! exchange through the financial intelligence units as soon as it knows
//! who holds it, and traces what it froze once nothing at home is left to
//! secure; asks for a coordination meeting at Eurojust before an MLA
//! request between two States represented there, and sends the request
//! once the meeting is held (then executed at the agreed pace); hands indicators to its CERT for a State no preservation
//! request reaches; sends data vulnerable to loss by Art. 27(9) where no
//! MLA treaty exists, else by Art. 31(3); collects in real time (Arts 20,
//! 21, 33, 34) what it is told is not stored yet; and seeks a suspect it
//! has located abroad by red notice, then extradition (Art. 24).
//!
//! It decides on what its team knows (its case file: leads found and
//! looked up, what it was told of each item, the suspects it located) and
//! on the law (`law::`), never on the scenario's objectives or on where
//! hidden data or people are before the team learns it.
//!
//! The policy only *chooses* an [`Action`]; the action then goes through
//! [`super::actions::apply`] like a person's, so a non-player actor can
//! never do what the law forbids a player. One action per turn: its news
//! wakes the actor again after a seeded reaction delay, which paces it like
//! a person. Its only randomness (a desk forgetting one Art. 29(2) element)
//! comes from the actor's own stream `npc/<participant>`.
//!
//! How well it plays is the run's skill profile ([`super::profile`]): the
//! policy above is `expert`; the others slip at the decision points (a
//! draft missing an element, a channel that does not exist, an instrument
//! drawn at random, no MLA after a preservation this turn, no Second
//! Protocol emergency tools for this request), drawing from
//! `skill/<participant>` only when a gate is open, and recover from what
//! the law refused ([`recover`]).

use crate::law::{self, RequestField as F};
use crate::scenario::model::{DataCategory, Instrument, LeadKind, ProviderKind, Role};
use crate::time::Duration;

use super::engine;
use super::rng::ActorKey;
use super::types::{Action, Participant, Stated};
use super::world::*;

/// Chance that a simulated 24/7 officer leaves out one Art. 29(2) element,
/// so that clarification round trips happen without a human.
const FORGETS_AN_ELEMENT_PERCENT: u8 = 20;

/// A preservation this close to lapsing gets renewed.
const RENEW_WITHIN: Duration = Duration::days(10);

pub fn decide(world: &mut World, me: ActorKey<'_>) -> Option<Action> {
    // A turn only reads the world, and draws from the RNG streams: lending
    // the streams out lets it borrow the team's requests instead of copying them.
    let mut rngs = Rngs::lend(world);
    let action = decide_with(world, &mut rngs, me);
    rngs.give_back(world);
    action
}

fn decide_with(world: &World, rngs: &mut Rngs, me: ActorKey<'_>) -> Option<Action> {
    let participant = me.participant;
    let Participant::Player { role, .. } = participant else {
        return None;
    };
    let setup = engine::setup(world);
    let j = me.seat.jurisdiction(setup.scenario.jurisdictions.len())?;
    let own = Own::of(world, j);
    if let Some(action) = finish_own_work(&setup, participant, *role, own) {
        return Some(action);
    }
    let team = Team {
        setup: &setup,
        j,
        case: engine::casefile(world, j),
        own,
        index: world.resource::<Index>(),
    };
    let chosen = match role {
        Role::Investigator => investigate(&team),
        Role::Contact247 => contact_247(world, rngs, me, &team),
        Role::Prosecutor => prosecute(world, rngs, me, &team),
        // A liaison is a person's seat; the simulated provider is the engine.
        Role::Trainer | Role::Liaison => None,
    };
    chosen.map(|action| slip(rngs, me, &setup, j, *role, action))
}

/// What a turn reads of its team, looked up once and handed to each
/// part of the policy: the scenario, the team's State, its case file, the
/// requests it sent (in id order) and the index of what they ask.
struct Team<'a> {
    setup: &'a Setup,
    j: usize,
    case: &'a Casefile,
    own: Own<'a>,
    index: &'a Index,
}

impl Team<'_> {
    /// Whether one of the team's requests of one of `instruments` names `item`.
    fn already_asked(&self, instruments: &[Instrument], item: usize) -> bool {
        self.index.already_asked(self.j, instruments, item)
    }

    /// Whether the team has drafted a request of `instrument` to `to`
    /// (to any State when `None`) carrying `lead`.
    fn shared(&self, instrument: Instrument, to: Option<usize>, lead: usize) -> bool {
        debug_assert_eq!(
            self.index.carries(self.j, instrument, to, lead),
            (self.own.iter()).any(|r| r.instrument == instrument
                && to.is_none_or(|to| r.to == to)
                && r.leads.contains(&lead)),
            "the index's leads carried follow the team's requests"
        );
        self.index.carries(self.j, instrument, to, lead)
    }
}

/// A draft as this team's skill profile writes it: with another instrument
/// drawn among those the law allows between the two States (`random`),
/// with an instrument that does not exist between them
/// (`wrong_channel_percent`), missing one element (`incomplete_percent`).
/// Each gate draws only when open, so the expert draws nothing here.
fn slip(rngs: &mut Rngs, me: ActorKey<'_>, setup: &Setup, j: usize, role: Role, action: Action) -> Action {
    let profile = setup.profile;
    let Action::Draft {
        mut instrument,
        to,
        items,
        mut fields,
    } = action
    else {
        return action;
    };
    let Some(&k) = setup.jurisdictions.get(&to) else {
        return Action::Draft {
            instrument,
            to,
            items,
            fields,
        };
    };
    let sendable = |i: Instrument| law::rule(i).senders.contains(&role);
    let stream = super::profile::stream(me);
    if profile.random_instruments {
        let allowed: Vec<Instrument> = law::ALL_INSTRUMENTS
            .into_iter()
            .filter(|&i| sendable(i) && setup.applies(i, j, k))
            .collect();
        if !allowed.is_empty() {
            instrument = allowed[rngs.0.pick(stream, allowed.len())];
            fields = Stated::all_bare(&law::fields_to_fill(instrument));
        }
    }
    if k != j && profile.wrong_channel_percent > 0 && rngs.0.chance(stream, profile.wrong_channel_percent) {
        let absent: Vec<Instrument> = law::ALL_INSTRUMENTS
            .into_iter()
            .filter(|&i| sendable(i) && !setup.applies(i, j, k))
            .collect();
        if !absent.is_empty() {
            instrument = absent[rngs.0.pick(stream, absent.len())];
            fields = Stated::all_bare(&law::fields_to_fill(instrument));
        }
    }
    if profile.incomplete_percent > 0 && rngs.0.chance(stream, profile.incomplete_percent) {
        let droppable: Vec<usize> = (0..fields.len())
            .filter(|&f| fields[f].field != F::Signature)
            .collect();
        if !droppable.is_empty() {
            fields.remove(droppable[rngs.0.pick(stream, droppable.len())]);
        }
    }
    Action::Draft {
        instrument,
        to,
        items,
        fields,
    }
}

/// What a team that slipped does about a refusal of its own action: an
/// order refused as incomplete (by a provider's rules or a judge) is
/// amended with the elements the refusal names; anything else it simply
/// decides again at its next turn.
pub fn recover(action: &Action, refusal: &super::Refusal) -> Option<Action> {
    match (action, refusal) {
        (Action::Send { request } | Action::Sign { request }, super::Refusal::Incomplete { missing, .. }) => {
            Some(Action::Amend {
                request: *request,
                fields: Stated::all_bare(missing),
            })
        }
        _ => None,
    }
}

/// The requests a team drafted, in id order, read through the index
/// (not copied: a turn looks at them several times, most turns to find
/// nothing to do).
#[derive(Clone, Copy)]
struct Own<'a> {
    ids: &'a [super::types::RequestId],
    requests: &'a Requests,
}

impl<'a> Own<'a> {
    fn of(world: &'a World, j: usize) -> Own<'a> {
        Own {
            ids: world.resource::<Index>().requests_from(j),
            requests: world.resource::<Requests>(),
        }
    }

    fn iter(self) -> impl Iterator<Item = &'a Request> + Clone {
        let requests = self.requests;
        self.ids.iter().filter_map(move |&id| requests.get(id))
    }
}

/// Drafts this actor made: sign, amend, send.
fn finish_own_work(setup: &Setup, participant: &Participant, role: Role, own: Own) -> Option<Action> {
    // The holder and the role first: cheaper than comparing the drafter's State.
    let req = own.iter().find(|r| {
        matches!(r.holder, Holder::Drafting | Holder::Returned)
            && r.drafted_by.role() == role
            && &r.drafted_by == participant
    })?;
    let rule = law::rule(req.instrument);
    let missing = super::actions::missing_before_signing(setup, req);
    if !missing.is_empty() && req.holder == Holder::Returned {
        return Some(Action::Amend {
            request: req.id,
            // Simulated actors state elements; they write no words.
            fields: Stated::all_bare(&missing),
        });
    }
    if rule.required.contains(&F::Signature) && !req.signed {
        return Some(Action::Sign { request: req.id });
    }
    Some(Action::Send { request: req.id })
}

/// Targetable items (each once) grouped by the provider holding them, in
/// provider order, each group in item order: `items` is sorted so, in place.
fn by_provider<'a>(setup: &'a Setup, items: &'a mut [usize]) -> impl Iterator<Item = (usize, &'a [usize])> {
    items.sort_unstable_by_key(|&i| (setup.item_provider(i), i));
    let items: &[usize] = items;
    items
        .chunk_by(|&a, &b| setup.item_provider(a) == setup.item_provider(b))
        .map(|group| (setup.item_provider(group[0]), group))
}

fn draft(setup: &Setup, instrument: Instrument, to: usize, items: &[usize], fields: &[F]) -> Action {
    Action::Draft {
        instrument,
        to: setup.jurisdiction_code(to).to_string(),
        items: items.iter().map(|&i| setup.item_id(i).to_string()).collect(),
        fields: Stated::all_bare(fields),
    }
}

/// A draft with every field the instrument requires filled in.
fn complete(setup: &Setup, instrument: Instrument, to: usize, items: &[usize]) -> Action {
    draft(setup, instrument, to, items, &law::fields_to_fill(instrument))
}

fn applies(setup: &Setup, instrument: Instrument, from: usize, to: usize) -> bool {
    setup.applies(instrument, from, to)
}

fn investigate(team: &Team) -> Option<Action> {
    let (setup, j, case) = (team.setup, team.j, team.case);
    let unlooked = |l: &usize| setup.scenario.leads[*l].provider.is_some() && !case.looked_up().contains(l);
    // An address that points at data is looked up first: retention runs.
    let pointing_at_data = case
        .found()
        .iter()
        .find(|l| unlooked(l) && !setup.scenario.leads[*l].evidence.is_empty());
    if let Some(lead) = pointing_at_data {
        return Some(Action::LookUp {
            lead: setup.scenario.leads[lead].id.clone(),
        });
    }
    // Funds move in hours: a wallet or account at an exchange is frozen as
    // soon as the team knows who holds it.
    if let Some(action) = freeze(team) {
        return Some(action);
    }
    if let Some(lead) = case.found().iter().find(|l| !case.examined.contains(l)) {
        return Some(Action::Examine {
            lead: setup.scenario.leads[lead].id.clone(),
        });
    }
    if let Some(lead) = case.found().iter().find(|l| unlooked(l)) {
        return Some(Action::LookUp {
            lead: setup.scenario.leads[lead].id.clone(),
        });
    }
    // Traffic data is preserved under Art. 17, which discloses at once the
    // other providers in the path: the trail abroad is known in hours, not
    // when a production order is answered, so it is asked for even while
    // one waits for the judge. The rest under Art. 16, unless an order
    // already asks for it.
    let is_traffic = |i: usize| {
        law::covers(
            Instrument::TrafficPreservation,
            setup.scenario.evidence[i].category,
        )
    };
    let mut domestic: Vec<usize> = super::visibility::targetable_items(setup, case)
        .iter()
        .copied()
        .filter(|&i| setup.item_jurisdiction(i) == j)
        .filter(|&i| setup.deletes_at[i].is_some())
        .filter(|&i| !team.already_asked(&DOMESTIC_PRESERVATIONS, i))
        .filter(|&i| {
            if is_traffic(i) {
                !matches!(case.news.get(&i), Some(News::Produced))
            } else {
                !team.already_asked(&[Instrument::ProductionOrder], i)
            }
        })
        .collect();
    // With nothing at home left to secure, what was frozen is traced: the
    // holder's other accounts, as financial intelligence that guides the case.
    let Some((_, items)) = by_provider(setup, &mut domestic).next() else {
        return trace_frozen(team);
    };
    if items.iter().any(|&i| is_traffic(i)) {
        let traffic: Vec<usize> = items.iter().copied().filter(|&i| is_traffic(i)).collect();
        return Some(complete(setup, Instrument::TrafficPreservation, j, &traffic));
    }
    Some(complete(setup, Instrument::DomesticPreservation, j, items))
}

/// A freeze through the financial intelligence units of the wallets and
/// accounts the team has looked up at an exchange, those of one State at a
/// time, each once. A wallet no one holds (self-hosted) has no one to
/// freeze it; an account at a provider that holds no funds (a phone
/// number at its operator) is not an asset.
fn freeze(team: &Team) -> Option<Action> {
    let (setup, j, case) = (team.setup, team.j, team.case);
    // Once, whichever State it was asked of.
    let asked = |lead: usize| team.shared(Instrument::FiuFreeze, None, lead);
    let assets = case.looked_up().iter().filter_map(|lead| {
        let l = &setup.scenario.leads[lead];
        let (custodian, to) = setup.lead_holder(lead)?;
        (matches!(l.kind, LeadKind::Wallet | LeadKind::Account)
            && setup.scenario.providers[custodian].kind == ProviderKind::CryptoExchange
            && !asked(lead))
        .then_some((to, lead))
    });
    draft_on_leads(setup, Instrument::FiuFreeze, j, assets)
}

/// A trace through the financial intelligence units (Egmont Group) of
/// the wallets and accounts this team has asked to freeze, one State at a
/// time, each once: the unit that froze them asks its reporting entities
/// where the funds came from and went. It follows the team's own freeze
/// requests, so it reads nothing the team has not done.
fn trace_frozen(team: &Team) -> Option<Action> {
    let frozen = (team.own.iter())
        .filter(|r| r.instrument == Instrument::FiuFreeze && r.sent_at.is_some())
        .flat_map(|r| r.leads.iter().map(move |&lead| (r.to, lead)))
        .filter(|&(to, lead)| !team.shared(Instrument::FiuTrace, Some(to), lead));
    draft_on_leads(team.setup, Instrument::FiuTrace, team.j, frozen)
}

/// A draft of `instrument`, every field stated, on the `candidates`
/// (the State a request goes to, a lead; in the order found) that go to
/// the first State, in the scenario's order, to which the instrument
/// applies, each lead once. Read twice rather than grouped by State
/// first: on most turns no candidate is left, and this runs every turn.
fn draft_on_leads(
    setup: &Setup,
    instrument: Instrument,
    from: usize,
    candidates: impl Iterator<Item = (usize, usize)> + Clone,
) -> Option<Action> {
    let to = (candidates.clone())
        .map(|(to, _)| to)
        .filter(|&to| applies(setup, instrument, from, to))
        .min()?;
    let mut leads: Vec<usize> = Vec::new();
    for (_, lead) in candidates.filter(|&(state, _)| state == to) {
        if !leads.contains(&lead) {
            leads.push(lead);
        }
    }
    Some(Action::Draft {
        instrument,
        to: setup.jurisdiction_code(to).to_string(),
        items: leads
            .iter()
            .map(|&l| setup.scenario.leads[l].id.clone())
            .collect(),
        fields: Stated::all_bare(&law::fields_to_fill(instrument)),
    })
}

/// A team's preservations at home: Art. 16, and Art. 17 for traffic data.
const DOMESTIC_PRESERVATIONS: [Instrument; 2] =
    [Instrument::DomesticPreservation, Instrument::TrafficPreservation];

fn contact_247(world: &World, rngs: &mut Rngs, me: ActorKey<'_>, team: &Team) -> Option<Action> {
    let (setup, j, case, own) = (team.setup, team.j, team.case, team.own);
    let now = engine::now(world);
    // Renew what is about to lapse while no formal request has obtained it,
    // and would be lost with it: data whose retention has run out by then
    // (short-retention data); data the provider still keeps needs nothing.
    for req in own
        .iter()
        .filter(|r| r.instrument == Instrument::Preservation247 && r.succeeded)
    {
        let near = req.items.iter().any(|&i| {
            let ev = engine::evidence(world, i);
            !ev.is_produced()
                && ev.held_for_mla == 0
                && ev.is_preserved(now)
                && ev.preserved_until.is_some_and(|t| {
                    t.since(now) <= RENEW_WITHIN && setup.deletes_at[i].is_some_and(|gone| gone <= t)
                })
        });
        if near {
            return Some(Action::Renew { request: req.id });
        }
    }
    let mut foreign: Vec<usize> = super::visibility::targetable_items(setup, case)
        .iter()
        .copied()
        .filter(|&i| setup.item_jurisdiction(i) != j)
        .collect();
    for (provider, items) in by_provider(setup, &mut foreign) {
        let to = setup.item_jurisdiction(items[0]);
        // In an emergency, ask for what identifies people at once.
        if case.emergency_known
            && let Some(action) = ask_in_emergency(rngs, me, team, provider, items)
        {
            return Some(action);
        }
        // Everything else is frozen first (Art. 29) so a formal request can follow.
        if !applies(setup, Instrument::Preservation247, j, to) {
            continue;
        }
        let fresh: Vec<usize> = items
            .iter()
            .copied()
            .filter(|&i| setup.deletes_at[i].is_some())
            .filter(|&i| {
                !team.already_asked(&[Instrument::Preservation247, Instrument::EmergencyDisclosure], i)
            })
            .filter(|&i| !matches!(case.news.get(&i), Some(News::Produced)))
            .collect();
        if !fresh.is_empty() {
            let mut fields = law::fields_to_fill(Instrument::Preservation247);
            let stream = super::systems::npc_stream(me);
            if rngs.0.chance(stream, FORGETS_AN_ELEMENT_PERCENT) {
                let forgotten = rngs.0.pick(stream, fields.len());
                fields.remove(forgotten);
            }
            return Some(draft(setup, Instrument::Preservation247, to, &fresh, &fields));
        }
    }
    if let Some(action) = hand_to_csirt(team) {
        return Some(action);
    }
    if case.emergency_known
        && let Some(action) = inform(team)
    {
        return Some(action);
    }
    // The path behind preserved traffic data comes without asking: the
    // requested desk discloses it while executing Art. 29 (Art. 30).
    None
}

/// In an emergency, what identifies people at provider `provider` (the
/// team's `items` there) is asked for at once. A service provider that
/// publishes an emergency channel of its own answers it directly, without
/// another State's desk in between: it is asked there first where the
/// Protocol's Art. 9 does not exist. It may decline, so the 24/7 network
/// is asked as well, unless the provider has already disclosed.
fn ask_in_emergency(
    rngs: &mut Rngs,
    me: ActorKey<'_>,
    team: &Team,
    provider: usize,
    items: &[usize],
) -> Option<Action> {
    let (setup, j, case) = (team.setup, team.j, team.case);
    let to = setup.item_jurisdiction(items[0]);
    let holder = &setup.scenario.providers[provider];
    let own_channel = holder.disclosure.emergency_answers_in.is_some()
        && law::reaches_holder(Instrument::ProviderEmergencyRequest, holder.kind);
    let network_too = |i: usize| {
        own_channel
            && applies(setup, Instrument::Assistance247, j, to)
            && !matches!(
                case.news.get(&i),
                Some(News::Disclosed | News::DisclosedPreservedUntil(_))
            )
    };
    let identifying: Vec<usize> = items
        .iter()
        .copied()
        .filter(|&i| is_identifying(setup, i))
        .filter(|&i| {
            !team.already_asked(&DESK_EMERGENCY_ROUTES, i)
                || (!team.already_asked(&[Instrument::EmergencyDisclosure, Instrument::Assistance247], i)
                    && network_too(i))
        })
        .filter(|&i| !matches!(case.news.get(&i), Some(News::Produced | News::NotAvailable)))
        .collect();
    if identifying.is_empty() {
        return None;
    }
    let asked_directly = identifying
        .iter()
        .any(|&i| team.already_asked(&[Instrument::ProviderEmergencyRequest], i));
    // Drawn only where an emergency request is about to be drafted.
    let knows_protocol =
        super::profile::Profile::draws(&mut rngs.0, me, setup.profile.knows_protocol_emergency_percent);
    let preferred = |i: &Instrument| {
        *i == Instrument::EmergencyDisclosure || (own_channel && *i == Instrument::ProviderEmergencyRequest)
    };
    // The preferred routes first, each part in its own order (a stable sort).
    let mut routes = DESK_EMERGENCY_ROUTES;
    routes.sort_by_key(|i| !preferred(i));
    let route = routes
        .into_iter()
        .filter(|i| knows_protocol || !PROTOCOL_EMERGENCY.contains(i))
        .filter(|&i| law::reaches_holder(i, holder.kind))
        .filter(|&i| !(asked_directly && i == Instrument::ProviderEmergencyRequest))
        .find(|&instrument| applies(setup, instrument, j, to))?;
    Some(complete(setup, route, to, &identifying))
}

/// A desk's routes to data in an emergency, fastest and strongest first:
/// CETS 224 Art. 9 (evidence) where both apply the Protocol, else Budapest
/// Art. 35 through the 24/7 network, else the provider's own emergency
/// policy (both intelligence, for a formal request to confirm).
const DESK_EMERGENCY_ROUTES: [Instrument; 3] = [
    Instrument::EmergencyDisclosure,
    Instrument::Assistance247,
    Instrument::ProviderEmergencyRequest,
];

/// The Second Protocol's emergency tools (CETS 224 Arts 9 and 10), which a
/// team that does not know them never reaches for.
const PROTOCOL_EMERGENCY: [Instrument; 2] = [Instrument::EmergencyDisclosure, Instrument::EmergencyMla];

/// Spontaneous information (Art. 26) to each State the team's looked-up
/// leads point to, once per lead, so that it can act at home (preserve,
/// locate) while lives are at risk.
fn inform(team: &Team) -> Option<Action> {
    let (setup, j, case) = (team.setup, team.j, team.case);
    let leads = case.looked_up().iter().filter_map(|lead| {
        let (_, to) = setup.lead_holder(lead)?;
        (to != j && !team.shared(Instrument::SpontaneousInformation, Some(to), lead)).then_some((to, lead))
    });
    draft_on_leads(setup, Instrument::SpontaneousInformation, j, leads)
}

/// The team's CERT hands the indicators it has looked up (addresses,
/// domains) in a State no preservation request reaches to that State's
/// CSIRT, which hands them to its police, who can then act at home:
/// CSIRTs cooperate without a treaty. Once per lead, one State at a time.
fn hand_to_csirt(team: &Team) -> Option<Action> {
    let (setup, j, case) = (team.setup, team.j, team.case);
    let indicators = case.looked_up().iter().filter_map(|lead| {
        let l = &setup.scenario.leads[lead];
        let (_, to) = setup.lead_holder(lead)?;
        // The law is asked last, for an indicator not yet shared abroad.
        let unreachable = || !setup.preservation_exists(j, to);
        (to != j
            && matches!(l.kind, LeadKind::IpAddress | LeadKind::Domain)
            && !team.shared(Instrument::CsirtSharing, Some(to), lead)
            && unreachable())
        .then_some((to, lead))
    });
    draft_on_leads(setup, Instrument::CsirtSharing, j, indicators)
}

/// Data that says who is behind an address, or where they are: what an
/// emergency request asks for (a camera's footage shows who sat at the
/// terminal).
fn is_identifying(setup: &Setup, item: usize) -> bool {
    matches!(
        setup.scenario.evidence[item].category,
        DataCategory::SubscriberInfo
            | DataCategory::CctvFootage
            | DataCategory::TrafficData
            | DataCategory::NetFlow
            | DataCategory::RegistrationData
            | DataCategory::KycRecords
            | DataCategory::LocationData
    )
}

/// A prosecutor's routes for data vulnerable to loss when no life is at
/// risk, fastest first: Art. 27(9) direct contact between judicial
/// authorities (only where no MLA treaty links the two, 27(1)), else
/// Art. 31(3) expedited MLA through the central authorities.
const DATA_AT_RISK_ROUTES: [Instrument; 2] = [Instrument::DirectJudicialRequest, Instrument::ExpeditedMla];

/// Whether every item is vulnerable to loss now (Art. 31(3)), judged as
/// the law judges it: on the data's published retention, which the team
/// may know, never on when the data will really go.
fn all_at_risk(setup: &Setup, now: crate::time::SimTime, items: &[usize]) -> bool {
    items.iter().all(|&i| {
        let runs_out = setup.expected_deletion[i].as_ref().map(|r| r.runs_out);
        law::vulnerable_to_loss(runs_out, now, &setup.scenario.law)
    })
}

fn prosecute(world: &World, rngs: &mut Rngs, me: ActorKey<'_>, team: &Team) -> Option<Action> {
    let (setup, j, case, own) = (team.setup, team.j, team.case, team.own);
    let now = engine::now(world);
    let formal = [
        Instrument::ProductionOrder,
        Instrument::Mla,
        Instrument::EmergencyMla,
        Instrument::EmergencyDisclosure,
        Instrument::UrgentMla,
        Instrument::DirectJudicialRequest,
        Instrument::ExpeditedMla,
    ];
    // Worked out once for both questions below.
    let targetable = super::visibility::targetable_items(setup, case);
    if let Some(action) = collect_in_real_time(team, targetable, now) {
        return Some(action);
    }
    let mut wanted: Vec<usize> = targetable
        .iter()
        .copied()
        .filter(|&i| !team.already_asked(&formal, i))
        .filter(|&i| {
            !matches!(
                case.news.get(&i),
                Some(News::Produced | News::NotAvailable | News::CouldNotPreserve)
            )
        })
        .collect();
    for (_, items) in by_provider(setup, &mut wanted) {
        let to = setup.item_jurisdiction(items[0]);
        if to == j {
            return Some(complete(setup, Instrument::ProductionOrder, j, items));
        }
        // Abroad, a formal request follows once the data is known to be kept,
        // or at once where no preservation channel exists.
        let no_preservation = !applies(setup, Instrument::Preservation247, j, to);
        let kept: Vec<usize> = items
            .iter()
            .copied()
            .filter(|i| {
                no_preservation
                    || matches!(
                        case.news.get(i),
                        Some(News::PreservedUntil(_) | News::Disclosed | News::DisclosedPreservedUntil(_))
                    )
            })
            .collect();
        if kept.is_empty() {
            continue;
        }
        // A team that does not think of following a preservation with MLA
        // this turn waits for its next news (drawn once the data is kept).
        if !no_preservation
            && !super::profile::Profile::draws(
                &mut rngs.0,
                me,
                setup.profile.follows_preservation_with_mla_percent,
            )
        {
            continue;
        }
        // Lives at risk: the urgent request by e-mail (Art. 25(3)), formal
        // confirmation to follow, turns what the desk learnt into evidence
        // in days, not weeks.
        if case.emergency_known && applies(setup, Instrument::UrgentMla, j, to) {
            return Some(complete(setup, Instrument::UrgentMla, to, &kept));
        }
        // Data whose published retention runs out soon is urgent of its own
        // (Arts 27(9), 31(3)): written directly to the judicial authority
        // where no MLA treaty governs the contact, else expedited through
        // the central authorities.
        if all_at_risk(setup, now, &kept)
            && let Some(instrument) = DATA_AT_RISK_ROUTES
                .into_iter()
                .find(|&instrument| applies(setup, instrument, j, to))
        {
            return Some(complete(setup, instrument, to, &kept));
        }
        // Where both States sit at Eurojust, a coordination meeting is asked
        // first and the MLA request waits for it: what the meeting agrees
        // is executed in days, where the queue takes weeks.
        if applies(setup, Instrument::EurojustCoordination, j, to) {
            let meeting = own
                .iter()
                .find(|r| r.instrument == Instrument::EurojustCoordination && r.to == to);
            match meeting {
                None => {
                    return Some(complete(setup, Instrument::EurojustCoordination, to, &[]));
                }
                Some(r) if r.holder != Holder::Done => continue,
                Some(_) => {}
            }
        }
        if applies(setup, Instrument::Mla, j, to) {
            // Translated whether or not this authority insists: a careful prosecutor.
            return Some(complete(setup, Instrument::Mla, to, &kept));
        }
    }
    pursue_suspects(world, team)
}

/// Real-time collection, at home (Arts 20, 21) or abroad (Arts 33, 34),
/// in that order of preference for each kind of data it reaches.
const REAL_TIME_ROUTES: [Instrument; 4] = [
    Instrument::RealTimeTraffic,
    Instrument::Interception,
    Instrument::RealTimeTrafficMla,
    Instrument::InterceptionMla,
];

/// Data the team was told is not stored yet (a preservation or an order
/// reached the provider before it was created) is collected as it is
/// created: a real-time order for traffic data (Arts 20, 33), or for
/// content an interception where the offence is serious enough (Arts 21,
/// 34), once per item, a provider at a time. Only while the data is still
/// to come, as the law asks (what the refusal of a person's order would
/// tell them); once created, it is stored data for the other routes.
fn collect_in_real_time(team: &Team, targetable: &[usize], now: crate::time::SimTime) -> Option<Action> {
    let (setup, j, case) = (team.setup, team.j, team.case);
    let mut to_come: Vec<usize> = targetable
        .iter()
        .copied()
        .filter(|i| matches!(case.news.get(i), Some(News::NotYetStored)))
        .filter(|&i| crate::time::SimTime::START.after(setup.scenario.evidence[i].created) > now)
        .filter(|&i| !team.already_asked(&REAL_TIME_ROUTES, i))
        .collect();
    if to_come.is_empty() {
        return None;
    }
    let offences = setup.case_offences(j);
    for (_, items) in by_provider(setup, &mut to_come) {
        let to = setup.item_jurisdiction(items[0]);
        for instrument in REAL_TIME_ROUTES {
            if !applies(setup, instrument, j, to) {
                continue;
            }
            let reached: Vec<usize> = items
                .iter()
                .copied()
                .filter(|&i| law::covers(instrument, setup.scenario.evidence[i].category))
                .collect();
            if !reached.is_empty()
                && law::serious_enough(
                    instrument,
                    offences,
                    &setup.scenario.law,
                    &setup.scenario.jurisdictions[to],
                )
            {
                return Some(complete(setup, instrument, to, &reached));
            }
        }
    }
    None
}

/// The routes to a suspect the team has located abroad, in the order a
/// prosecutor takes them: an INTERPOL red notice on the judge's arrest
/// warrant, so the State where they are can arrest provisionally, then
/// the extradition request (Art. 24), where it exists and the case meets
/// its conditions (a Convention offence punishable by at least the
/// threshold, 24(1)(a); dual criminality in the requested State).
const SUSPECT_ROUTES: [Instrument; 2] = [Instrument::RedNotice, Instrument::Extradition];

/// A request for each suspect the team has located in another State
/// (what its case file shows, never where the scenario says they are
/// before that), once per suspect and route.
fn pursue_suspects(world: &World, team: &Team) -> Option<Action> {
    let (setup, j, own) = (team.setup, team.j, team.own);
    let law = &setup.scenario.law;
    for (s, suspect) in setup.scenario.suspects.iter().enumerate() {
        // A broken scenario may name a country that is not in it.
        let Some(&there) = setup.jurisdictions.get(&suspect.jurisdiction) else {
            continue;
        };
        if there == j || !engine::locates(world, setup, s, j) {
            continue;
        }
        let offences = setup.case_offences(j);
        let meets_conditions = |instrument: Instrument| {
            instrument != Instrument::Extradition
                || (law::extraditable(offences, law)
                    && law::dual_criminality_met(offences, &setup.scenario.jurisdictions[there]))
        };
        let route = SUSPECT_ROUTES.into_iter().find(|&instrument| {
            !own.iter()
                .any(|r| r.instrument == instrument && r.suspect == Some(s))
                && applies(setup, instrument, j, there)
                && meets_conditions(instrument)
        });
        if let Some(instrument) = route {
            return Some(Action::Draft {
                instrument,
                to: setup.jurisdiction_code(there).to_string(),
                items: vec![suspect.id.clone()],
                fields: Stated::all_bare(&law::fields_to_fill(instrument)),
            });
        }
    }
    None
}
