//! A scenario prepared for play: the scenario itself, its local calendar,
//! its lookup tables by domain id and when each data item's retention runs
//! out — everything a run needs that depends on the scenario alone.
//!
//! Built once and shared immutably ([`Arc`]) by every run of the scenario,
//! so a playtest of thousands of runs (another seed, other humans) does not
//! clone and index the scenario again for each. It must never hold anything
//! that belongs to one run: no seed, no humans, no changing state; those
//! are in [`super::world::Setup`] and the world.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::law;
use crate::scenario::model::{Condition, Instrument, Offence, Scenario};
use crate::time::SimTime;

use super::SetupError;
use super::calendar::Calendar;
use super::condition::{Compiled, CompiledLocator, Names, Reads};
use super::rng::{ActorKey, ActorStream, Office, OfficeKey};
use super::types::Participant;
use super::view::Retention;
use super::world::{self, PLAYER_ROLES, SeatId};

/// The scenario with lookup tables by domain id.
pub struct Prepared {
    pub scenario: Scenario,
    pub calendar: Calendar,
    pub jurisdictions: BTreeMap<String, usize>,
    pub providers: BTreeMap<String, usize>,
    pub leads: BTreeMap<String, usize>,
    pub items: BTreeMap<String, usize>,
    pub injects: BTreeMap<String, usize>,
    /// For each lead, the data items it names (scenario indexes): what a
    /// case file's targetable items are kept from.
    pub lead_items: Vec<Vec<usize>>,
    /// When each data item's retention runs out at its provider (`None`: kept).
    pub deletes_at: Vec<Option<SimTime>>,
    /// When each item's published retention runs out: what a team that
    /// names it may expect ([`world::published_retention`]).
    pub expected_deletion: Vec<Option<Retention>>,
    /// For each data item, its provider and that provider's jurisdiction
    /// (indexes): asked on every simulated turn, so not looked up by name.
    item_providers: Vec<usize>,
    item_jurisdictions: Vec<usize>,
    /// Each provider's jurisdiction (indexes), read through
    /// [`Prepared::provider_jurisdiction`]: every draft naming a provider asks it.
    provider_jurisdictions: Vec<usize>,
    /// What the conditions evaluated after a step read, for each inject
    /// and objective, and the end's: a step evaluates again only those
    /// that read a part of the state it wrote, or the clock when it
    /// passed one of [`Prepared::clock_instants`].
    pub inject_reads: Vec<Reads>,
    pub objective_reads: Vec<Reads>,
    pub end_reads: Reads,
    /// All of those together, and the suspects' locators': a step that
    /// wrote none of it evaluates nothing.
    pub conditions_read: Reads,
    /// The instants (`At`) those conditions read, sorted: with nothing
    /// else written, their answers change only when the clock passes one,
    /// so a step that only moved the clock past none evaluates nothing.
    /// A timed inject (`At` alone) is the agenda's and not among them.
    pub clock_instants: Vec<SimTime>,
    /// Each inject's and objective's condition and the end's, compiled:
    /// judged after most steps, so resolved to indexes once here.
    pub inject_conditions: Vec<Compiled>,
    pub objective_conditions: Vec<Compiled>,
    pub end_condition: Option<Compiled>,
    /// What locates each suspect, resolved.
    pub suspect_locators: Vec<Vec<CompiledLocator>>,
    /// Whether each instrument exists between each two jurisdictions
    /// ([`crate::law::applies_between`]), read through [`Prepared::applies`]:
    /// the simulated actors ask it many times a turn, and the answer
    /// depends on the scenario's law alone.
    instrument_applies: Vec<bool>,
    /// Whether any preservation exists from one jurisdiction to another
    /// ([`crate::law::preservation_exists`]), read through
    /// [`Prepared::preservation_exists`].
    preservation_between: Vec<bool>,
    /// For each lead, the provider it names and that provider's
    /// jurisdiction (indexes), read through [`Prepared::lead_holder`];
    /// `None` for a lead that names no provider.
    lead_holders: Vec<Option<(usize, usize)>>,
    /// Every jurisdiction's player seats, in [`SeatId`] order (its
    /// [`PLAYER_ROLES`] after the trainer's): who a simulated turn is, read
    /// through [`Prepared::player`] rather than a participant carried and
    /// cloned in each scheduled turn.
    players: Vec<Participant>,
    /// Every office's stream name, by [`Office::slot`], and every
    /// player's, by its place in `players`: written once here, not
    /// formatted in each run.
    office_streams: Vec<String>,
    actor_streams: Vec<[String; 2]>,
    /// Each jurisdiction's offences of the case, read through
    /// [`Prepared::case_offences`]: every draft and every request's
    /// legal check asks them.
    case_offences: Vec<Vec<Offence>>,
}

impl Prepared {
    /// Whether the clock passed one of [`Prepared::clock_instants`] after
    /// `since` and by `now`.
    pub fn clock_passed_an_instant(&self, since: SimTime, now: SimTime) -> bool {
        let first_after = self.clock_instants.partition_point(|&t| t <= since);
        self.clock_instants.get(first_after).is_some_and(|&t| t <= now)
    }

    /// Index `scenario` for play; refused when it names something it does
    /// not define (the checker catches all of these first).
    pub fn new(scenario: &Scenario) -> Result<Arc<Prepared>, SetupError> {
        let err = |text: String| Err(SetupError(text));
        let jurisdictions: BTreeMap<String, usize> = scenario
            .jurisdictions
            .iter()
            .enumerate()
            .map(|(i, j)| (j.code.clone(), i))
            .collect();
        let providers: BTreeMap<String, usize> = scenario
            .providers
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.clone(), i))
            .collect();
        for provider in &scenario.providers {
            if !jurisdictions.contains_key(&provider.jurisdiction) {
                return err(format!(
                    "provider `{}` is in an unknown jurisdiction `{}`",
                    provider.id, provider.jurisdiction
                ));
            }
        }
        for item in &scenario.evidence {
            if !providers.contains_key(&item.provider) {
                return err(format!(
                    "data item `{}` is held by an unknown provider `{}`",
                    item.id, item.provider
                ));
            }
        }
        for lead in &scenario.leads {
            if let Some(p) = &lead.provider
                && !providers.contains_key(p)
            {
                return err(format!("lead `{}` points to an unknown provider `{p}`", lead.id));
            }
        }
        for incident in &scenario.incidents {
            if !jurisdictions.contains_key(&incident.jurisdiction) {
                return err(format!(
                    "incident `{}` is in an unknown jurisdiction `{}`",
                    incident.id, incident.jurisdiction
                ));
            }
        }
        // The clock must start at a speed the trainer could have set.
        if !crate::time::is_speed(scenario.speed()) {
            return err(format!(
                "the clock's speed {} is not from 1 to {}",
                scenario.speed(),
                crate::time::MAX_SPEED
            ));
        }
        let zones: Vec<&str> = scenario
            .jurisdictions
            .iter()
            .map(|j| j.time_zone.as_str())
            .collect();
        let calendar = Calendar::new(&scenario.start, &zones).map_err(SetupError)?;
        let items: BTreeMap<String, usize> = scenario
            .evidence
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.clone(), i))
            .collect();
        let lead_items: Vec<Vec<usize>> = scenario
            .leads
            .iter()
            .map(|lead| {
                lead.evidence
                    .iter()
                    .filter_map(|id| items.get(id).copied())
                    .collect()
            })
            .collect();
        let deletes_at = (0..scenario.evidence.len())
            .map(|i| {
                world::retention_of(scenario, i)
                    .map(|r| SimTime::START.after(scenario.evidence[i].created).after(r))
            })
            .collect();
        let expected_deletion = (0..scenario.evidence.len())
            .map(|i| {
                world::published_retention(scenario, i).map(|(retention, source)| Retention {
                    runs_out: SimTime::START
                        .after(scenario.evidence[i].created)
                        .after(retention),
                    source,
                })
            })
            .collect();
        let item_providers: Vec<usize> = scenario
            .evidence
            .iter()
            .map(|item| providers[&item.provider])
            .collect();
        let provider_jurisdictions: Vec<usize> = (scenario.providers.iter())
            .map(|p| jurisdictions[&p.jurisdiction])
            .collect();
        let item_jurisdictions = item_providers
            .iter()
            .map(|&p| provider_jurisdictions[p])
            .collect();
        let leads: BTreeMap<String, usize> = (scenario.leads.iter().enumerate())
            .map(|(i, l)| (l.id.clone(), i))
            .collect();
        let names = Names {
            scenario,
            jurisdictions: &jurisdictions,
            items: &items,
            leads: &leads,
        };
        let inject_conditions: Vec<Compiled> =
            scenario.injects.iter().map(|i| names.compile(&i.when)).collect();
        let objective_conditions: Vec<Compiled> = (scenario.objectives.iter())
            .map(|o| names.compile(&o.when))
            .collect();
        let end_condition = scenario.end.when.as_ref().map(|when| names.compile(when));
        let suspect_locators = names.locators();
        let lead_holders = scenario
            .leads
            .iter()
            .map(|lead| {
                let provider = providers[lead.provider.as_ref()?];
                Some((provider, provider_jurisdictions[provider]))
            })
            .collect();
        let office_streams = Office::all(scenario.jurisdictions.len(), scenario.providers.len())
            .map(|office| office.stream_name(scenario))
            .collect();
        let players: Vec<Participant> = (scenario.jurisdictions.iter())
            .flat_map(|j| PLAYER_ROLES.map(|role| Participant::player(&j.code, role)))
            .collect();
        let actor_streams = (players.iter())
            .map(|player| ActorStream::ALL.map(|kind| kind.name(player)))
            .collect();
        let inject_reads: Vec<Reads> = inject_conditions.iter().map(Compiled::reads).collect();
        let objective_reads: Vec<Reads> = objective_conditions.iter().map(Compiled::reads).collect();
        let end_reads = end_condition.as_ref().map_or(Reads::NOTHING, Compiled::reads);
        let locators_read = if scenario.suspects.is_empty() {
            Reads::NOTHING
        } else {
            Reads::LOCATORS
        };
        let conditions_read = (inject_reads.iter().chain(&objective_reads))
            .fold(locators_read.with(end_reads), |all, &reads| all.with(reads));
        let case_offences = (0..scenario.jurisdictions.len())
            .map(|j| case_offences(scenario, j))
            .collect();
        Ok(Arc::new(Prepared {
            case_offences,
            office_streams,
            actor_streams,
            players,
            scenario: scenario.clone(),
            calendar,
            jurisdictions,
            providers,
            leads,
            items,
            lead_items,
            injects: scenario
                .injects
                .iter()
                .enumerate()
                .map(|(i, d)| (d.id.clone(), i))
                .collect(),
            deletes_at,
            expected_deletion,
            item_providers,
            item_jurisdictions,
            provider_jurisdictions,
            clock_instants: clock_instants(scenario),
            conditions_read,
            inject_reads,
            objective_reads,
            end_reads,
            inject_conditions,
            objective_conditions,
            end_condition,
            suspect_locators,
            instrument_applies: instrument_applies(scenario),
            preservation_between: preservation_between(scenario),
            lead_holders,
        }))
    }

    pub fn jurisdiction_code(&self, j: usize) -> &str {
        &self.scenario.jurisdictions[j].code
    }
    pub fn item_id(&self, i: usize) -> &str {
        &self.scenario.evidence[i].id
    }
    /// Jurisdiction index of the provider holding item `i`.
    pub fn item_jurisdiction(&self, i: usize) -> usize {
        self.item_jurisdictions[i]
    }
    /// Jurisdiction index of provider `p`.
    pub fn provider_jurisdiction(&self, p: usize) -> usize {
        self.provider_jurisdictions[p]
    }
    pub fn item_provider(&self, i: usize) -> usize {
        self.item_providers[i]
    }
    /// The name of the provider holding item `i`, as look-ups show it.
    pub fn item_provider_name(&self, i: usize) -> &str {
        &self.scenario.providers[self.item_provider(i)].name
    }
    /// `condition` compiled against this scenario's ids: for a condition
    /// asked once (a stage's `unless`, a report), not one of the scenario's
    /// own, which are compiled already.
    pub fn compile(&self, condition: &Condition) -> Compiled {
        Names {
            scenario: &self.scenario,
            jurisdictions: &self.jurisdictions,
            items: &self.items,
            leads: &self.leads,
        }
        .compile(condition)
    }

    /// Whether item `i` exists at all: its provider keeps data of its
    /// category. Data never kept (`kept: false`) can be asked for, never had.
    /// When data item `i` came into being at its provider.
    pub fn created_at(&self, i: usize) -> SimTime {
        SimTime::START.after(self.scenario.evidence[i].created)
    }

    pub fn is_kept(&self, i: usize) -> bool {
        let item = &self.scenario.evidence[i];
        self.scenario.providers[self.item_provider(i)]
            .holds
            .iter()
            .any(|h| h.category == item.category)
    }
}

/// The instants the conditions evaluated after a step read (every inject's
/// but a timed one's, every objective's, the end's), sorted, once each.
fn clock_instants(scenario: &Scenario) -> Vec<SimTime> {
    fn collect(condition: &Condition, out: &mut Vec<SimTime>) {
        match condition {
            Condition::At(d) => out.push(SimTime::START.after(*d)),
            Condition::All(parts) | Condition::Any(parts) => parts.iter().for_each(|c| collect(c, out)),
            Condition::Not(inner) => collect(inner, out),
            _ => {}
        }
    }
    let mut out = Vec::new();
    let evaluated = (scenario.injects.iter())
        .map(|i| &i.when)
        .filter(|when| !matches!(when, Condition::At(_)))
        .chain(scenario.objectives.iter().map(|o| &o.when))
        .chain(scenario.end.when.as_ref());
    evaluated.for_each(|when| collect(when, &mut out));
    out.sort_unstable();
    out.dedup();
    out
}

/// [`Prepared::instrument_applies`]'s place for `instrument` from `from`
/// to `to`, in a scenario of `n` jurisdictions.
fn applies_slot(instrument: Instrument, from: usize, to: usize, n: usize) -> usize {
    (instrument as usize * n + from) * n + to
}

/// [`law::applies_between`] for every instrument and every ordered pair of
/// the scenario's jurisdictions.
fn instrument_applies(scenario: &Scenario) -> Vec<bool> {
    let states = &scenario.jurisdictions;
    let n = states.len();
    let mut table = vec![false; law::ALL_INSTRUMENTS.len() * n * n];
    for instrument in law::ALL_INSTRUMENTS {
        for (from, here) in states.iter().enumerate() {
            for (to, there) in states.iter().enumerate() {
                table[applies_slot(instrument, from, to, n)] = law::applies_between(instrument, here, there);
            }
        }
    }
    table
}

/// [`law::preservation_exists`] for every ordered pair of the scenario's
/// jurisdictions, `from * n + to`.
fn preservation_between(scenario: &Scenario) -> Vec<bool> {
    let states = &scenario.jurisdictions;
    states
        .iter()
        .flat_map(|here| {
            states
                .iter()
                .map(move |there| law::preservation_exists(here, there))
        })
        .collect()
}

impl Prepared {
    /// Whether `instrument` exists from jurisdiction `from` to `to`
    /// (indexes): [`law::applies_between`], worked out once per scenario.
    pub fn applies(&self, instrument: Instrument, from: usize, to: usize) -> bool {
        let n = self.scenario.jurisdictions.len();
        self.instrument_applies[applies_slot(instrument, from, to, n)]
    }

    /// Whether `from` may ask `to` for any preservation at all
    /// (indexes): [`law::preservation_exists`], worked out once per scenario.
    pub fn preservation_exists(&self, from: usize, to: usize) -> bool {
        self.preservation_between[from * self.scenario.jurisdictions.len() + to]
    }

    /// The provider lead `lead` names and the jurisdiction it is in
    /// (indexes); `None` when the lead names no provider.
    pub fn lead_holder(&self, lead: usize) -> Option<(usize, usize)> {
        self.lead_holders[lead]
    }

    /// The stream `office` draws from.
    pub fn office_stream(&self, office: Office) -> OfficeKey<'_> {
        let slot = office.slot(self.scenario.jurisdictions.len());
        OfficeKey {
            slot,
            name: &self.office_streams[slot],
        }
    }

    /// The offences of the case as jurisdiction `j` sees it: those of its
    /// incidents, or of every incident when it has none of its own.
    pub fn case_offences(&self, j: usize) -> &[Offence] {
        &self.case_offences[j]
    }

    /// The player whose seat is `seat`; `None` for the trainer's or a liaison's.
    pub fn player(&self, seat: SeatId) -> Option<&Participant> {
        self.players.get(seat.player_place()?)
    }

    /// The player whose seat is `seat` as a simulated actor, with its
    /// streams' names; `None` for the trainer's or a liaison's.
    pub fn actor(&self, seat: SeatId) -> Option<ActorKey<'_>> {
        let place = seat.player_place()?;
        Some(ActorKey {
            seat,
            participant: self.players.get(place)?,
            stream_names: &self.actor_streams[place],
        })
    }

    /// Jurisdiction `j`'s player seats' participants, in [`PLAYER_ROLES`] order.
    pub fn team(&self, j: usize) -> &[Participant] {
        &self.players[PLAYER_ROLES.len() * j..PLAYER_ROLES.len() * (j + 1)]
    }
}

/// What [`Prepared::case_offences`] answers.
fn case_offences(scenario: &Scenario, j: usize) -> Vec<Offence> {
    let code = &scenario.jurisdictions[j].code;
    let own: Vec<Offence> = (scenario.incidents.iter())
        .filter(|incident| &incident.jurisdiction == code)
        .flat_map(|incident| incident.offences.iter().copied())
        .collect();
    if !own.is_empty() {
        return own;
    }
    (scenario.incidents.iter())
        .flat_map(|i| i.offences.iter().copied())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_instrument_has_its_own_row_in_the_applies_table() {
        let mut rows: Vec<usize> = law::ALL_INSTRUMENTS.iter().map(|&i| i as usize).collect();
        rows.sort_unstable();
        rows.dedup();
        assert_eq!(rows, (0..law::ALL_INSTRUMENTS.len()).collect::<Vec<_>>());
    }

    #[test]
    fn the_precomputed_law_answers_as_the_law_does() {
        let scenario = crate::sim::synthetic::with_idle_countries(crate::scenario::load::load_default(), 1);
        let prepared = Prepared::new(&scenario).unwrap();
        let states = &scenario.jurisdictions;
        for (from, here) in states.iter().enumerate() {
            for (to, there) in states.iter().enumerate() {
                for instrument in law::ALL_INSTRUMENTS {
                    assert_eq!(
                        prepared.applies(instrument, from, to),
                        law::applies_between(instrument, here, there),
                        "{instrument:?} from {} to {}",
                        here.code,
                        there.code
                    );
                }
                assert_eq!(
                    prepared.preservation_exists(from, to),
                    law::preservation_exists(here, there),
                    "from {} to {}",
                    here.code,
                    there.code
                );
            }
        }
        for (l, lead) in scenario.leads.iter().enumerate() {
            let expected = lead.provider.as_ref().map(|p| {
                let provider = scenario.providers.iter().position(|q| &q.id == p).unwrap();
                let state = states
                    .iter()
                    .position(|j| j.code == scenario.providers[provider].jurisdiction)
                    .unwrap();
                (provider, state)
            });
            assert_eq!(prepared.lead_holder(l), expected, "lead {}", lead.id);
        }
    }
}
