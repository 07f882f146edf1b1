//! Property tests: random action sequences from random participants never
//! panic and keep the invariants — a refused action changes nothing, a
//! deleted item is never disclosed or produced later, nothing is produced
//! without a legal path, no view shows another jurisdiction's requests,
//! and the words a seat reads, in every language, name no lead, data item
//! or request its team has not been told about.
//!
//! By default (CI) the random-play property runs [`DEFAULT_CASES`] cases,
//! a few seconds. The long mode runs as many as you ask, for example the
//! 10,000 a release is checked with (minutes, in release):
//!
//! ```sh
//! CYBERDRILL_PROPTEST_CASES=10000 cargo test --release --test properties
//! ```
//!
//! A failure prints the shrunk sequence of actions; proptest records its
//! seed in `tests/properties.proptest-regressions`, so that every later
//! run, in either mode, replays it first.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use proptest::prelude::*;

use cyberdrill::law::{ALL_INSTRUMENTS, RequestField};
use cyberdrill::scenario::load;
use cyberdrill::scenario::model::Scenario;
use cyberdrill::sim::{Action, Message, Participant, Simulation, Stated};
use cyberdrill::time::SimTime;
use cyberdrill::words::{Lang, Words};

fn scenario() -> &'static Scenario {
    static SCENARIO: OnceLock<Scenario> = OnceLock::new();
    SCENARIO.get_or_init(load::load_default)
}

const FIELDS: [RequestField; 10] = [
    RequestField::RequestingAuthority,
    RequestField::OffenceAndFacts,
    RequestField::DataAndRelation,
    RequestField::CustodianLocation,
    RequestField::Necessity,
    RequestField::MlaToFollow,
    RequestField::LegalBasis,
    RequestField::Signature,
    RequestField::Translation,
    RequestField::EmergencyFacts,
];

/// An operation in indices, resolved against the scenario at run time so
/// the generator does not depend on it.
#[derive(Debug, Clone)]
enum Op {
    Wait(u16),
    Act(u8, What),
}

#[derive(Debug, Clone)]
enum What {
    Examine(u8),
    LookUp(u8),
    Draft(u8, u8, Vec<u8>, Vec<u8>),
    Amend(u8, Vec<u8>),
    Sign(u8),
    Send(u8),
    Forward(u8),
    Decline(u8),
    SendBack(u8, Vec<u8>),
    Renew(u8),
    Answer(u8),
    Withdraw(u8),
    Trainer(u8, u16),
}

fn what() -> impl Strategy<Value = What> {
    let small = 0u8..16;
    prop_oneof![
        2 => small.clone().prop_map(What::Examine),
        2 => small.clone().prop_map(What::LookUp),
        3 => (
            0u8..12,
            0u8..5,
            prop::collection::vec(0u8..16, 0..3),
            prop::collection::vec(0u8..10, 0..10)
        )
            .prop_map(|(i, t, items, fields)| What::Draft(i, t, items, fields)),
        1 => (0u8..10, prop::collection::vec(0u8..10, 0..8)).prop_map(|(r, f)| What::Amend(r, f)),
        2 => (0u8..10).prop_map(What::Sign),
        3 => (0u8..10).prop_map(What::Send),
        1 => (0u8..10).prop_map(What::Forward),
        1 => (0u8..10).prop_map(What::Decline),
        1 => (0u8..10, prop::collection::vec(0u8..10, 0..3)).prop_map(|(r, f)| What::SendBack(r, f)),
        1 => (0u8..10).prop_map(What::Renew),
        1 => (0u8..10).prop_map(What::Answer),
        1 => (0u8..10).prop_map(What::Withdraw),
        1 => (0u8..6, 0u16..3000).prop_map(|(k, n)| What::Trainer(k, n)),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        1 => (0u16..6000).prop_map(Op::Wait),
        4 => (0u8..16, what()).prop_map(|(who, w)| Op::Act(who, w)),
    ]
}

/// Turns indices into an action, mostly from what the participant can see
/// (its leads, its data, its requests) so that many actions are accepted
/// and the run goes deep into the request flow.
fn resolve(s: &Scenario, sim: &Simulation, participant: &Participant, what: &What) -> Action {
    let view = sim.view(participant).unwrap();
    let pick_lead = |i: &u8| {
        if view.leads.is_empty() || *i >= 12 {
            s.leads[*i as usize % s.leads.len()].id.clone()
        } else {
            view.leads[*i as usize % view.leads.len()].id.clone()
        }
    };
    let item = |i: &u8| {
        if view.evidence.is_empty() || *i >= 14 {
            s.evidence[*i as usize % s.evidence.len()].id.clone()
        } else {
            view.evidence[*i as usize % view.evidence.len()].id.clone()
        }
    };
    // Fields: a short random list, or (index 9 first) every field but the
    // signature (stated bare, as scripts do). In a short list, by position:
    // bare, written, or written blank when its index is 0 (refused).
    let fields = |f: &[u8]| {
        if f.first() == Some(&9) || f.len() > 6 {
            let all: Vec<RequestField> = FIELDS
                .iter()
                .copied()
                .filter(|x| *x != RequestField::Signature)
                .collect();
            Stated::all_bare(&all)
        } else {
            f.iter()
                .enumerate()
                .map(|(k, i)| {
                    let field = FIELDS[*i as usize % FIELDS.len()];
                    match k % 3 {
                        0 => Stated::bare(field),
                        2 if *i == 0 => Stated::written(field, " \t"),
                        _ => Stated::written(field, &format!("written at {k}")),
                    }
                })
                .collect::<Vec<_>>()
        }
    };
    let request = |r: &u8| match view.requests.len() {
        0 => u32::from(*r) + 1,
        n if *r < 8 => view.requests[*r as usize % n].id,
        _ => u32::from(*r) + 1,
    };
    match what {
        What::Examine(l) => Action::Examine { lead: pick_lead(l) },
        What::LookUp(l) => Action::LookUp { lead: pick_lead(l) },
        What::Draft(i, t, items, f) => {
            let items: Vec<String> = items.iter().map(item).collect();
            // Usually to where the first item is held; sometimes anywhere.
            let holder = items.first().and_then(|id| {
                let data = s.evidence.iter().find(|d| &d.id == id)?;
                Some(
                    s.providers
                        .iter()
                        .find(|p| p.id == data.provider)?
                        .jurisdiction
                        .clone(),
                )
            });
            let to = match holder {
                Some(code) if *t < 3 => code,
                _ => s.jurisdictions[*t as usize % s.jurisdictions.len()].code.clone(),
            };
            // Usually an instrument this role may send; sometimes any.
            let allowed: Vec<_> = ALL_INSTRUMENTS
                .into_iter()
                .filter(|x| cyberdrill::law::rule(*x).senders.contains(&participant.role()))
                .collect();
            let instrument = if *i < 8 && !allowed.is_empty() {
                allowed[*i as usize % allowed.len()]
            } else {
                ALL_INSTRUMENTS[*i as usize % ALL_INSTRUMENTS.len()]
            };
            Action::Draft {
                instrument,
                to,
                items,
                fields: fields(f),
            }
        }
        What::Amend(r, f) => Action::Amend {
            request: request(r),
            fields: fields(f),
        },
        What::Sign(r) => Action::Sign { request: request(r) },
        What::Send(r) => Action::Send { request: request(r) },
        What::Forward(r) => Action::Forward { request: request(r) },
        What::SendBack(r, f) => Action::SendBack {
            request: request(r),
            fields: f.iter().map(|&i| FIELDS[i as usize % FIELDS.len()]).collect(),
        },
        What::Decline(r) => Action::Decline {
            request: request(r),
            reason: "ordre public".into(),
        },
        What::Renew(r) => Action::Renew { request: request(r) },
        What::Withdraw(r) => Action::Withdraw { request: request(r) },
        What::Answer(r) => Action::Answer {
            request: request(r),
            text: "noted".into(),
        },
        What::Trainer(k, n) => match k {
            0 => Action::Pause,
            1 => Action::Resume,
            2 => Action::SetSpeed {
                factor: u32::from(*n),
            },
            3 => Action::Jump {
                to: cyberdrill::time::Duration(sim.now().minutes() + i64::from(*n)),
            },
            4 => Action::FireInject {
                inject: s.injects[*n as usize % s.injects.len()].id.clone(),
            },
            _ => Action::Annotate {
                text: format!("n{n}"),
            },
        },
    }
}

/// No player's view shows a request, or a note about a request, that
/// neither comes from nor goes to its own jurisdiction (on the data).
fn views_stay_home(sim: &Simulation) -> Result<(), String> {
    let everything = sim.view(&Participant::Trainer).unwrap();
    let parties: BTreeMap<u32, (usize, usize)> = everything
        .requests
        .iter()
        .map(|r| (r.id, (r.from, r.to)))
        .collect();
    let codes = &sim.scenario().jurisdictions;
    for participant in sim.participants() {
        let Some(home) = participant.jurisdiction() else {
            continue;
        };
        let view = sim.view(&participant).unwrap();
        let involves = |id: u32| {
            parties
                .get(&id)
                .is_some_and(|&(f, t)| codes[f].code == home || codes[t].code == home)
        };
        for request in &view.requests {
            if !involves(request.id) {
                return Err(format!("{participant} sees request #{}", request.id));
            }
        }
        for note in &view.inbox {
            for (_, arg) in note.event.args() {
                if let cyberdrill::sim::Arg::Request(n) = arg
                    && !involves(n)
                {
                    return Err(format!("{participant}'s inbox names request #{n}: {note:?}"));
                }
            }
        }
    }
    Ok(())
}

/// A seat's view without the time on the clock (a screen ticks that on
/// its own): what news must announce when it changes.
fn seen(sim: &Simulation, participant: &Participant) -> serde_json::Value {
    let mut view = serde_json::to_value(sim.view(participant).unwrap()).unwrap();
    view.as_object_mut().unwrap().remove("now");
    view
}

/// Every language's words, built once.
fn all_words() -> &'static Vec<Words> {
    static WORDS: OnceLock<Vec<Words>> = OnceLock::new();
    WORDS.get_or_init(|| Lang::ALL.into_iter().map(Words::new).collect())
}

/// The boundary on the words people read: everything a seat's view shows,
/// rendered in every language, names no lead (by id, value or text), no
/// data item and no request its team has not been told about. What the
/// seat knows is taken out first, so a known lead whose value contains an
/// unknown one's ("40 GB to 91.208.17.50" and "91.208.17.50") is no leak.
fn words_stay_home(sim: &Simulation) -> Result<(), String> {
    let s = sim.scenario();
    for participant in sim.participants() {
        if participant.jurisdiction().is_none() {
            continue;
        }
        let view = sim.view(&participant).unwrap();
        let found: BTreeSet<usize> = view.leads.iter().map(|l| l.lead).collect();
        let mut items: BTreeSet<usize> = view.evidence.iter().map(|e| e.item).collect();
        items.extend(view.requests.iter().flat_map(|r| r.items.iter().copied()));
        let requests: BTreeSet<u32> = view.requests.iter().map(|r| r.id).collect();
        for words in all_words() {
            let lang = words.lang().code();
            let mut known: Vec<String> = Vec::new();
            let mut unknown: Vec<String> = Vec::new();
            for (l, lead) in s.leads.iter().enumerate() {
                let texts = [
                    lead.id.clone(),
                    lead.value.clone(),
                    lead.text.get(lang).to_string(),
                ];
                if found.contains(&l) {
                    known.extend(texts)
                } else {
                    unknown.extend(texts)
                }
            }
            for (i, item) in s.evidence.iter().enumerate() {
                if items.contains(&i) {
                    known.push(item.id.clone())
                } else {
                    unknown.push(item.id.clone())
                }
            }
            // Longest first, so a known text is removed whole before a part of it.
            known.sort_by_key(|k| std::cmp::Reverse(k.len()));
            let mut shown: Vec<String> = Vec::new();
            for note in &view.inbox {
                shown.push(words.message(s, &note.actor));
                shown.push(words.message(s, &note.event));
            }
            shown.extend(view.requests.iter().map(|r| words.message(s, &r.status)));
            shown.extend(view.evidence.iter().map(|e| words.message(s, &e.told)));
            shown.extend(view.clocks.iter().map(|c| words.message(s, c)));
            for text in &shown {
                let mut rest = text.clone();
                for k in &known {
                    if !k.is_empty() {
                        rest = rest.replace(k.as_str(), " ");
                    }
                }
                if let Some(leak) = unknown
                    .iter()
                    .find(|u| !u.is_empty() && rest.contains(u.as_str()))
                {
                    return Err(format!("{participant} reads `{leak}` in {lang}: {text}"));
                }
                for word in rest.split(|c: char| !c.is_ascii_alphanumeric() && c != '#') {
                    if let Some(n) = word.strip_prefix('#').and_then(|n| n.parse::<u32>().ok())
                        && !requests.contains(&n)
                    {
                        return Err(format!("{participant} reads request #{n} in {lang}: {text}"));
                    }
                }
            }
        }
    }
    Ok(())
}

/// Random-play cases in the default mode: enough to catch a regression
/// in every CI run, few enough to keep it well under a minute.
const DEFAULT_CASES: u32 = 32;

/// How many random-play cases to run: `CYBERDRILL_PROPTEST_CASES` if set
/// (the long mode), else [`DEFAULT_CASES`]. A value that is not a number
/// stops the run rather than silently running the default.
fn cases() -> u32 {
    match std::env::var("CYBERDRILL_PROPTEST_CASES") {
        Ok(n) => n
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("CYBERDRILL_PROPTEST_CASES={n}: not a number of cases")),
        Err(_) => DEFAULT_CASES,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn random_play_keeps_the_invariants(
        ops in prop::collection::vec(op(), 10..60),
        seed in 0u64..1000,
        npc_team in any::<bool>(),
    ) {
        let s = scenario();
        let humans: Vec<Participant> = ["VL/investigator", "VL/prosecutor", "VL/247", "BR/247"]
            .iter().map(|p| p.parse().unwrap()).collect();
        // Either people play Valdoria (random actions only), or simulated
        // actors drive the case deep into the request flow while random
        // actions from anyone interfere.
        let playing = if npc_team { vec![humans[3].clone()] } else { humans.clone() };
        let mut sim = Simulation::with_humans(s, seed, playing).unwrap();
        let participants = sim.participants();
        let mut deleted_with: BTreeMap<String, (Vec<String>, Vec<String>)> = BTreeMap::new();
        for op in &ops {
            // What every seat sees before the step, the clock aside: a
            // seat whose view then changes must be among the news.
            let revision = sim.revision();
            let before: Vec<(Participant, serde_json::Value)> = participants
                .iter()
                .map(|p| (p.clone(), seen(&sim, p)))
                .collect();
            match op {
                Op::Wait(minutes) => {
                    let to = sim.now().after(cyberdrill::time::Duration(i64::from(*minutes)));
                    sim.advance_to(to);
                }
                Op::Act(who, what) => {
                    // Mostly whoever would naturally do it, sometimes anyone.
                    let natural = |p: &str| p.parse::<Participant>().unwrap();
                    let participant = &match (what, *who) {
                        (_, 12..) => participants[*who as usize % participants.len()].clone(),
                        (What::Examine(_) | What::LookUp(_), _) => natural("VL/investigator"),
                        (What::Sign(_), _) => natural("VL/prosecutor"),
                        (What::Forward(_) | What::Decline(_) | What::SendBack(..), _) => natural("BR/247"),
                        (What::Trainer(..), _) => Participant::Trainer,
                        _ => humans[*who as usize % humans.len()].clone(),
                    };
                    let action = resolve(s, &sim, participant, what);
                    let before = sim.state_hash();
                    // A dry run changes nothing and answers what `apply` will.
                    let dry = sim.check(participant, action.clone());
                    prop_assert_eq!(&before, &sim.state_hash(), "checking {:?} by {} changed the state", action, participant);
                    let applied = sim.apply(participant, action.clone());
                    match (&dry, &applied) {
                        (Err(a), Err(b)) => prop_assert_eq!(a, b),
                        // A jump answers the time reached; the exercise may end before.
                        (Ok(_), Ok(_)) if matches!(action, Action::Jump { .. }) => {}
                        (Ok(a), Ok(b)) => prop_assert_eq!(a, b),
                        _ => prop_assert!(false, "check said {:?}, apply said {:?}", dry, applied),
                    }
                    if let Err(refusal) = applied {
                        prop_assert!(!common::said(&sim, &refusal).is_empty());
                        prop_assert_eq!(before, sim.state_hash(), "refused {:?} by {} changed the state", action, participant);
                    }
                }
            }
            if let Err(broken) = sim.check_invariants() {
                prop_assert!(false, "{}", broken);
            }
            for item in sim.evidence_states() {
                match deleted_with.get(&item.id) {
                    Some((disclosed, produced)) => {
                        prop_assert_eq!(disclosed, &item.disclosed_to, "{} disclosed after deletion", item.id);
                        prop_assert_eq!(produced, &item.produced_for, "{} produced after deletion", item.id);
                    }
                    None if item.deleted => {
                        deleted_with.insert(item.id.clone(), (item.disclosed_to.clone(), item.produced_for.clone()));
                    }
                    None => {}
                }
            }
            if let Err(leak) = views_stay_home(&sim) {
                prop_assert!(false, "{}", leak);
            }
            let news = sim.news_since(revision);
            for (participant, was) in &before {
                let now_seen = seen(&sim, participant);
                if *was != now_seen {
                    prop_assert!(news.contains(participant), "{}'s view changed after {:?} but it has no news:\n{}\n{}", participant, op, was, now_seen);
                }
            }
        }
        // Rendering every view in every language is slower than the
        // data checks: once per case, on the state it reached.
        if let Err(leak) = words_stay_home(&sim) {
            prop_assert!(false, "{}", leak);
        }
    }
}

#[test]
fn refusals_teach() {
    let s = scenario();
    let mut sim = Simulation::new(s, s.seed).unwrap();
    let vl247: Participant = "VL/247".parse().unwrap();
    let investigator: Participant = "VL/investigator".parse().unwrap();
    let check = |result: Result<cyberdrill::sim::Outcome, cyberdrill::sim::Refusal>, expected: &str| {
        let reason = common::english().message(s, &result.expect_err("should be refused"));
        assert!(reason.contains(expected), "`{reason}` should say `{expected}`");
    };
    for lead in ["exfiltration-alert", "c2-server"] {
        let action = if lead == "c2-server" {
            Action::LookUp { lead: lead.into() }
        } else {
            Action::Examine { lead: lead.into() }
        };
        sim.apply(&investigator, action).unwrap();
    }
    let draft = |instrument, to: &str| Action::Draft {
        instrument,
        to: to.into(),
        items: vec!["vps-subscriber".into()],
        fields: vec![],
    };
    use cyberdrill::scenario::model::Instrument;
    let before = sim.state_hash();
    check(
        sim.apply(&vl247, draft(Instrument::EmergencyDisclosure, "BR")),
        "Art. 9 needs an emergency: nothing known to your team shows a significant and imminent risk to life (CETS 224 Art. 3)",
    );
    // Whether the instrument exists comes before who sends it, and the
    // refusal names what does exist between the two.
    check(
        sim.apply(&vl247, draft(Instrument::DirectSubscriberRequest, "DL")),
        "CETS 224 Art. 7 does not exist between VL and DL",
    );
    check(
        sim.apply(&vl247, draft(Instrument::Preservation247, "DL")),
        "DL is reached from VL only by a mutual legal assistance request (bilateral MLA treaty)",
    );
    check(
        sim.apply(&vl247, draft(Instrument::Mla, "BR")),
        "is sent by VL/prosecutor, not by the 24/7 contact",
    );
    check(
        sim.apply(&investigator, draft(Instrument::Preservation247, "BR")),
        "Budapest Art. 29 is sent by VL/247",
    );
    check(
        sim.apply(&vl247, draft(Instrument::Preservation247, "CS")),
        "address the request to BR",
    );
    let prosecutor: Participant = "VL/prosecutor".parse().unwrap();
    check(
        sim.apply(&prosecutor, draft(Instrument::ProductionOrder, "BR")),
        "domestic power",
    );
    check(
        sim.apply(
            &vl247,
            Action::Draft {
                instrument: Instrument::Preservation247,
                to: "BR".into(),
                items: vec!["exchange-kyc".into()],
                fields: vec![],
            },
        ),
        "knows of no data item `exchange-kyc`",
    );
    check(sim.apply(&vl247, Action::Pause), "only the trainer");
    assert_eq!(before, sim.state_hash());
    // The emergency opens at d0 10:00.
    sim.advance_to(SimTime(10 * 60));
    sim.apply(&vl247, draft(Instrument::EmergencyDisclosure, "BR"))
        .unwrap();
}
