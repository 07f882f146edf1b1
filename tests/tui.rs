//! The terminal UI as participants and trainers meet it, driven by keys
//! on ratatui's `TestBackend`: reviewed snapshots of every seat's screens,
//! the draft form and the trainer's console at 80x24 and 160x48 in English
//! and French (on the small test scenario, so that editing shipped content
//! never breaks them); an Art. 29 preservation request and an MLA request
//! driven through the UI, checked in the journal; a session played through
//! the UI replays headless to the same state hash; no key sequence panics.

mod common;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use cyberdrill::journal::{self, Recorder};
use cyberdrill::law::RequestField as F;
use cyberdrill::scenario::model::{Instrument, Scenario};
use cyberdrill::sim::types::Stated;
use cyberdrill::sim::view::RequestStatus;
use cyberdrill::sim::{Action, Participant, Refusal};
use cyberdrill::time::SimTime;
use cyberdrill::tui::app::{App, Phase};
use cyberdrill::tui::draw::draw;
use cyberdrill::tui::host::{Step, key_step};
use cyberdrill::words::Lang;

/// A terminal playing `seats` of the two-hops scenario, journaled to a
/// temporary file, past the briefing.
struct Session {
    app: App,
    recorder: Recorder,
    scenario: Scenario,
    journal: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

fn p(text: &str) -> Participant {
    text.parse().unwrap()
}

impl Session {
    fn new(seats: &[&str], lang: Lang) -> Session {
        Session::on(common::two_hops(), seats, lang)
    }

    /// A terminal playing `seats` of `scenario`, past the briefing.
    fn on(scenario: Scenario, seats: &[&str], lang: Lang) -> Session {
        let seats: Vec<Participant> = seats.iter().map(|s| p(s)).collect();
        let humans: Vec<Participant> = seats
            .iter()
            .filter(|s| **s != Participant::Trainer)
            .cloned()
            .collect();
        let dir = tempfile::tempdir().unwrap();
        let journal = dir.path().join("session.journal");
        let recorder = Recorder::start(Some(&journal), &scenario, scenario.seed, humans).unwrap();
        let mut app = App::new(scenario.clone(), lang, seats);
        assert_eq!(app.phase, Phase::Briefing);
        app.journal = Some("session.journal".into());
        let mut session = Session {
            app,
            recorder,
            scenario,
            journal,
            _dir: dir,
        };
        session.press(&[KeyCode::Enter]);
        session
    }

    fn press(&mut self, keys: &[KeyCode]) {
        for &code in keys {
            let step = key_step(
                &mut self.app,
                Some(&mut self.recorder),
                KeyEvent::new(code, KeyModifiers::NONE),
            )
            .unwrap();
            assert_eq!(step, Step::Go, "{code:?} quit");
        }
    }

    fn chars(&mut self, text: &str) {
        let keys: Vec<KeyCode> = text.chars().map(KeyCode::Char).collect();
        self.press(&keys);
    }

    fn screen(&self, width: u16, height: u16) -> String {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        let sim = self.recorder.simulation().unwrap();
        terminal.draw(|frame| draw(frame, &self.app, Some(sim))).unwrap();
        terminal.backend().to_string()
    }

    fn advance(&mut self, to: SimTime) {
        self.recorder.advance_to(to).unwrap();
    }

    /// The journal's action lines, as they were written.
    fn actions(&self) -> Vec<(Participant, Action)> {
        let text = std::fs::read_to_string(&self.journal).unwrap();
        let journal = journal::parse_prefix(&text).unwrap().journal;
        journal
            .entries
            .into_iter()
            .map(|e| (e.participant, e.action))
            .collect()
    }
}

/// The investigator examines the firewall log and looks up the VPS, as
/// the case tab offers (leads in scenario order: ransom note, firewall
/// log; then the VPS and the VPN it reveals).
fn find_the_vps(session: &mut Session) {
    session.press(&[KeyCode::Char('2'), KeyCode::Down]);
    session.chars("e");
    session.press(&[KeyCode::Down]);
    session.chars("l");
}

#[test]
fn a_preservation_request_goes_through_the_ui_into_the_journal() {
    let mut session = Session::new(&["A/investigator", "A/247"], Lang::En);
    find_the_vps(&mut session);
    // The 24/7 contact drafts towards B: the form opens on Art. 29
    // preservation, the first thing a case abroad needs. The form says at
    // once what the engine would answer, here the law's first objection.
    session.press(&[KeyCode::Char(']'), KeyCode::Char('d')]);
    let screen = session.screen(80, 24);
    assert!(
        screen.contains("! Budapest Art. 29 must name the data it is about"),
        "{screen}"
    );
    session.press(&[KeyCode::Tab, KeyCode::Tab, KeyCode::Char(' '), KeyCode::Tab]);
    session.chars("a");
    assert!(session.screen(80, 24).contains("→ drafted request #1"));
    // The participant writes what one element says: why preservation is
    // necessary, the fifth element of Art. 29(2).
    session.press(&[KeyCode::Down, KeyCode::Down, KeyCode::Down, KeyCode::Down]);
    session.chars("w");
    session.chars("The logs are kept 3 days");
    session.press(&[KeyCode::Enter]);
    assert!(session.screen(80, 24).contains("“The logs are kept 3 days”"));
    session.press(&[KeyCode::Enter]);
    assert_eq!(session.app.said.as_ref().unwrap().text, "drafted request #1");
    session.press(&[KeyCode::Char('3'), KeyCode::Enter]);
    assert_eq!(session.app.said.as_ref().unwrap().text, "sent request #1");
    // The requests tab quotes what the participant wrote, and says how
    // long the request has been on its way.
    session.advance(SimTime(90));
    let screen = session.screen(160, 48);
    assert!(screen.contains("· sent d0 00:00, 1h 30m ago"), "{screen}");
    assert!(
        screen.contains("necessity (Art. 29(2)(e)): “The logs are kept 3 days”"),
        "{screen}"
    );
    let actions = session.actions();
    let investigator = p("A/investigator");
    let desk = p("A/247");
    assert_eq!(
        actions,
        [
            (
                investigator.clone(),
                Action::Examine {
                    lead: "firewall-log".into()
                }
            ),
            (
                investigator,
                Action::LookUp {
                    lead: "vps-ip".into()
                }
            ),
            (
                desk.clone(),
                Action::Draft {
                    instrument: Instrument::Preservation247,
                    to: "B".into(),
                    items: vec!["vps-logs".into()],
                    fields: cyberdrill::law::ART29_ELEMENTS
                        .iter()
                        .map(|&field| match field {
                            F::Necessity => Stated::written(field, "The logs are kept 3 days"),
                            _ => Stated::bare(field),
                        })
                        .collect(),
                }
            ),
            (desk.clone(), Action::Send { request: 1 }),
        ]
    );
    // The provider confirms within days; the requests tab shows it.
    session.advance(SimTime(5 * 1440));
    let sim = session.recorder.simulation().unwrap();
    let view = sim.view(&desk).unwrap();
    assert!(
        matches!(view.requests[0].status, RequestStatus::Closed { .. }),
        "{:?}",
        view.requests[0].status
    );
    let screen = session.screen(160, 48);
    assert!(screen.contains("vps-logs: preserved until"), "{screen}");
    // At the end, the debrief quotes the request as it was written.
    session.advance(SimTime(45 * 1440));
    let screen = session.screen(160, 48);
    assert!(screen.contains("The requests, as they were written:"), "{screen}");
    assert!(
        screen.contains("necessity (Art. 29(2)(e)): “The logs are kept 3 days”"),
        "{screen}"
    );
}

#[test]
fn an_mla_request_is_drafted_completed_signed_and_sent_through_the_ui() {
    let mut session = Session::new(&["A/investigator", "A/prosecutor"], Lang::En);
    find_the_vps(&mut session);
    // The prosecutor sends Art. 26 information and MLA (Art. 31) to B.
    session.press(&[KeyCode::Char(']'), KeyCode::Char('d')]);
    session.press(&[
        KeyCode::Tab,
        KeyCode::Right,
        KeyCode::Tab,
        KeyCode::Down,
        KeyCode::Char(' '),
    ]);
    session.press(&[KeyCode::Enter]);
    assert_eq!(session.app.said.as_ref().unwrap().text, "drafted request #1");
    // Sending it incomplete is refused, in words that name what it lacks.
    session.press(&[KeyCode::Char('3'), KeyCode::Enter]);
    let said = session.app.said.clone().unwrap();
    assert!(said.refused, "{said:?}");
    // `+` states what it lacks; then sign and send.
    session.chars("+s");
    session.press(&[KeyCode::Enter]);
    assert_eq!(session.app.said.as_ref().unwrap().text, "sent request #1");
    let actions = session.actions();
    let prosecutor = p("A/prosecutor");
    assert!(
        matches!(
            &actions[2],
            (who, Action::Draft { instrument: Instrument::Mla, to, items, .. })
                if *who == prosecutor && to == "B" && items == &["vps-image".to_string()]
        ),
        "{actions:?}"
    );
    // The journal keeps the refused attempt too: a replay meets it again.
    assert_eq!(actions[3], (prosecutor.clone(), Action::Send { request: 1 }));
    assert!(
        matches!(&actions[4], (_, Action::Amend { request: 1, fields }) if !fields.is_empty()),
        "{actions:?}"
    );
    assert_eq!(actions[5], (prosecutor.clone(), Action::Sign { request: 1 }));
    assert_eq!(actions[6], (prosecutor, Action::Send { request: 1 }));
}

#[test]
fn a_session_played_through_the_ui_replays_headless_to_the_same_hash() {
    let mut session = Session::new(&["A/investigator", "A/247", "trainer"], Lang::Fr);
    find_the_vps(&mut session);
    session.press(&[KeyCode::Char(']'), KeyCode::Char('d'), KeyCode::Tab]);
    session.press(&[
        KeyCode::Tab,
        KeyCode::Char(' '),
        KeyCode::Tab,
        KeyCode::Char('a'),
        KeyCode::Enter,
    ]);
    session.press(&[KeyCode::Char('3'), KeyCode::Enter]);
    session.advance(SimTime(600));
    // The trainer pauses, notes, resumes, jumps to the next event.
    session.press(&[KeyCode::Char(']')]);
    session.chars("p");
    session.chars("o");
    session.chars("Bien joué");
    session.press(&[KeyCode::Enter]);
    session.chars("pn");
    session.advance(SimTime(2 * 1440));
    // At the end, the trainer's debrief gives the note back, with its time.
    session.advance(SimTime(45 * 1440));
    let screen = session.screen(160, 48);
    assert!(screen.contains("Vos notes :"), "{screen}");
    assert!(screen.contains("j0 10:00  Bien joué"), "{screen}");
    let hash = session.recorder.simulation().unwrap().state_hash();
    let recorder = std::mem::replace(
        &mut session.recorder,
        Recorder::start(None, &session.scenario, 1, vec![]).unwrap(),
    );
    recorder.finish().unwrap();
    let journal = journal::read(&session.journal).unwrap();
    let replayed = journal::replay(&session.scenario, &journal).unwrap();
    assert_eq!(replayed.simulation.state_hash(), hash);
    assert!(
        journal.entries.iter().any(|e| e.action
            == Action::Annotate {
                text: "Bien joué".into()
            }),
        "the trainer's note is in the journal"
    );
}

#[test]
fn the_case_tab_and_the_debrief_tell_how_the_incident_went_when_speed_could_change_it() {
    // tests/suspects.rs's fast team: located at 03:15, the device at 06:00
    // averted, the leak at 08:00 put off to d1 08:00, then published.
    let scenario = common::load_clean("tests/data/sim/locate-in-time.ron");
    let mut session = Session::on(scenario, &["A/247"], Lang::En);
    session.advance(SimTime(15));
    let desk = p("A/247");
    let emergency = Action::Draft {
        instrument: Instrument::EmergencyDisclosure,
        to: "B".into(),
        items: vec!["caller-location".into()],
        fields: Stated::all_bare(&[F::RequestingAuthority, F::EmergencyFacts, F::DataAndRelation]),
    };
    let look_up = Action::LookUp {
        lead: "caller-number".into(),
    };
    // Lives are at risk from the start: the simulated investigator may
    // have looked the number up already, at its emergency pace.
    let looked_up = session.recorder.act(&desk, look_up).unwrap();
    assert!(
        matches!(looked_up, Ok(_) | Err(Refusal::AlreadyLookedUp { .. })),
        "{looked_up:?}"
    );
    for action in [emergency, Action::Send { request: 1 }] {
        let done = session.recorder.act(&desk, action).unwrap();
        assert!(done.is_ok(), "{done:?}");
    }
    // Before the end, the case tab shows the stages as the desk was told.
    session.advance(SimTime(1440));
    session.press(&[KeyCode::Char('2')]);
    let screen = session.screen(160, 48);
    for line in [
        "d0 06:00 hospital-threat: averted in time, this did not happen: The device goes off in the car park.",
        "d0 08:00 hospital-threat: put off, now expected at d1 08:00: The patient files are published.",
    ] {
        assert!(screen.contains(line), "no `{line}` in:\n{screen}");
    }
    session.advance(SimTime(3 * 1440));
    let screen = session.screen(160, 48);
    for line in [
        "How the incident went:",
        "d0 03:15  suspect caller located by Arland (A): The man who phoned in the threat.",
        "d0 06:00  hospital-threat: averted in time, this did not happen: The device goes off in the car park.",
        "d0 08:00  hospital-threat: put off, now expected at d1 08:00: The patient files are published.",
        "d1 08:00  hospital-threat: The patient files are published.",
    ] {
        assert!(screen.contains(line), "no `{line}` in:\n{screen}");
    }
}

/// Every seat's main screens, the form and the console, reviewed.
#[test]
fn screens_read_as_reviewed() {
    for (lang, suffix) in [(Lang::En, "en"), (Lang::Fr, "fr")] {
        for (width, height) in [(80, 24), (160, 48)] {
            let name = |screen: &str| format!("{screen}_{suffix}_{width}x{height}");
            let mut session = Session::new(&["A/investigator", "A/247", "trainer"], lang);
            find_the_vps(&mut session);
            session.advance(SimTime(7 * 60));
            insta::assert_snapshot!(name("investigator_case"), session.screen(width, height));
            session.press(&[KeyCode::Char(']'), KeyCode::Char('1')]);
            insta::assert_snapshot!(name("desk_inbox"), session.screen(width, height));
            session.press(&[KeyCode::Char('d'), KeyCode::Tab, KeyCode::Tab, KeyCode::Char(' ')]);
            insta::assert_snapshot!(name("desk_form"), session.screen(width, height));
            session.press(&[
                KeyCode::Tab,
                KeyCode::Char('a'),
                KeyCode::Enter,
                KeyCode::Char('3'),
            ]);
            insta::assert_snapshot!(name("desk_requests"), session.screen(width, height));
            session.press(&[KeyCode::Char('4'), KeyCode::Right]);
            insta::assert_snapshot!(name("desk_law"), session.screen(width, height));
            session.press(&[KeyCode::Char('3'), KeyCode::Enter]);
            session.advance(SimTime(2 * 1440));
            session.press(&[KeyCode::Char('5')]);
            insta::assert_snapshot!(name("desk_deadlines"), session.screen(width, height));
            session.press(&[KeyCode::Char('6')]);
            insta::assert_snapshot!(name("desk_timeline"), session.screen(width, height));
            session.press(&[KeyCode::Char(']')]);
            insta::assert_snapshot!(name("trainer_console"), session.screen(width, height));
            session.press(&[KeyCode::Char('2')]);
            insta::assert_snapshot!(name("trainer_agenda"), session.screen(width, height));
            session.press(&[KeyCode::Char('1')]);
            session.press(&[KeyCode::Char('?')]);
            insta::assert_snapshot!(name("help"), session.screen(width, height));
            session.press(&[KeyCode::Esc]);
            session.advance(SimTime(45 * 1440));
            insta::assert_snapshot!(name("debrief"), session.screen(width, height));
        }
    }
}

#[test]
fn the_start_screen_chooses_the_language_and_the_seats() {
    let scenario = common::two_hops();
    let mut app = App::new(scenario.clone(), Lang::En, vec![]);
    assert_eq!(app.phase, Phase::Start);
    let press = |app: &mut App, code| {
        cyberdrill::tui::app::update(app, None, KeyEvent::new(code, KeyModifiers::NONE))
    };
    // Enter on "start" with no seat chosen: told to choose one.
    for _ in 0..10 {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.phase, Phase::Start);
    assert!(app.said.as_ref().unwrap().refused);
    // The language line switches to French; the seats are A's three roles
    // (B's optional 24/7 desk is not a team role) and the trainer.
    for _ in 0..10 {
        press(&mut app, KeyCode::Up);
    }
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(app.words.lang(), Lang::Fr);
    let seats: Vec<String> = app.start.seats.iter().map(|s| s.to_string()).collect();
    assert_eq!(seats, ["A/investigator", "A/prosecutor", "A/247", "trainer"]);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char(' '));
    for _ in 0..10 {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.phase, Phase::Briefing);
    assert_eq!(app.seats, [p("A/247")]);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let start = App::new(scenario, Lang::Fr, vec![]);
    terminal.draw(|frame| draw(frame, &start, None)).unwrap();
    insta::assert_snapshot!("start_fr_80x24", terminal.backend().to_string());
}

fn any_key() -> impl Strategy<Value = KeyCode> {
    prop_oneof![
        Just(KeyCode::Enter),
        Just(KeyCode::Esc),
        Just(KeyCode::Tab),
        Just(KeyCode::BackTab),
        Just(KeyCode::Up),
        Just(KeyCode::Down),
        Just(KeyCode::Left),
        Just(KeyCode::Right),
        Just(KeyCode::Backspace),
        prop::char::range(' ', '~').prop_map(KeyCode::Char),
        Just(KeyCode::Char('é')),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// No key sequence, at any size, panics, and no refused action
    /// changes the exercise: the journal always replays to the same hash.
    #[test]
    fn no_key_sequence_panics(
        keys in prop::collection::vec(any_key(), 1..120),
        sizes in prop::collection::vec((1u16..200, 1u16..60), 1..4),
    ) {
        let mut session = Session::new(&["A/investigator", "A/prosecutor", "A/247", "trainer"], Lang::En);
        for (n, code) in keys.iter().enumerate() {
            // `q` asks first; the answer is never yes here.
            if session.app.confirm_quit && matches!(code, KeyCode::Char('y' | 'o') | KeyCode::Enter) {
                continue;
            }
            let step = key_step(&mut session.app, Some(&mut session.recorder), KeyEvent::new(*code, KeyModifiers::NONE)).unwrap();
            prop_assert_eq!(step, Step::Go);
            if n % 17 == 0 {
                let at = session.recorder.simulation().unwrap().now().after(cyberdrill::time::Duration::hours(3));
                session.advance(at);
            }
            let (w, h) = sizes[n % sizes.len()];
            session.screen(w, h);
        }
        let hash = session.recorder.simulation().unwrap().state_hash();
        let journal = journal::read_prefix(&session.journal).unwrap().journal;
        let replayed = journal::replay(&session.scenario, &journal).unwrap();
        prop_assert_eq!(replayed.simulation.state_hash(), hash);
    }
}

/// What arrives while the clock runs (a provider's answer, a stage, an
/// inject) is announced on the status line for the seat it reached.
#[test]
fn news_that_arrives_with_time_is_announced() {
    let mut session = Session::new(&["A/investigator", "A/247"], Lang::En);
    let sim = session.recorder.simulation().unwrap();
    session.app.notice_news(sim);
    assert_eq!(session.app.said, None, "the first look only takes stock");
    // At 06:00 the stage `ambulances` reaches A's team.
    session.advance(SimTime(6 * 60 + 1));
    let sim = session.recorder.simulation().unwrap();
    session.app.notice_news(sim);
    let said = session.app.said.clone().expect("news");
    assert!(
        said.text
            .starts_with("New for A — 24/7 contact (1): incident hospital: Ambulances diverted"),
        "{said:?}"
    );
    // Nothing new since: the status line stays as it was.
    session.app.said = None;
    session.app.notice_news(session.recorder.simulation().unwrap());
    assert_eq!(session.app.said, None);
}

/// The requested desk, played at the same terminal, reads the elements and
/// sends the request back for clarification of those not spelt out.
#[test]
fn the_requested_desk_sends_a_request_back_through_the_ui() {
    let mut session = Session::new(&["A/investigator", "A/247", "B/247"], Lang::En);
    find_the_vps(&mut session);
    session.press(&[KeyCode::Char(']'), KeyCode::Char('d')]);
    session.press(&[KeyCode::Tab, KeyCode::Tab, KeyCode::Char(' '), KeyCode::Tab]);
    session.chars("a");
    session.press(&[KeyCode::Down]);
    session.chars("w");
    session.chars("Ransomware at a hospital");
    session.press(&[KeyCode::Enter, KeyCode::Enter, KeyCode::Char('3'), KeyCode::Enter]);
    assert_eq!(session.app.said.as_ref().unwrap().text, "sent request #1");
    // B's desk: the request waits there, with what A wrote.
    session.press(&[KeyCode::Char(']'), KeyCode::Char('3')]);
    let screen = session.screen(160, 48);
    assert!(
        screen.contains("offence and facts (Art. 29(2)(b)): “Ransomware at a hospital”"),
        "{screen}"
    );
    session.chars("c");
    assert_eq!(
        session.app.said.as_ref().unwrap().text,
        "sent request #1 back for clarification"
    );
    let (who, action) = session.actions().pop().unwrap();
    assert_eq!(who, p("B/247"));
    assert_eq!(
        action,
        Action::SendBack {
            request: 1,
            fields: vec![
                F::RequestingAuthority,
                F::DataAndRelation,
                F::CustodianLocation,
                F::Necessity,
                F::MlaToFollow
            ]
        }
    );
}

/// A provider played by a person: its liaison's screen lists the request
/// that reached the company, waiting for it, and `f` complies.
#[test]
fn a_providers_liaison_complies_through_the_ui() {
    let mut scenario = common::two_hops();
    scenario
        .providers
        .iter_mut()
        .find(|p| p.id == "b-vps")
        .unwrap()
        .played = true;
    let scenario = common::checked(scenario);
    let mut session = Session::on(scenario, &["A/investigator", "A/247", "b-vps/liaison"], Lang::En);
    find_the_vps(&mut session);
    session.press(&[KeyCode::Char(']'), KeyCode::Char('d')]);
    session.press(&[KeyCode::Tab, KeyCode::Tab, KeyCode::Char(' '), KeyCode::Tab]);
    session.chars("a");
    session.press(&[KeyCode::Enter, KeyCode::Enter, KeyCode::Char('3'), KeyCode::Enter]);
    assert_eq!(session.app.said.as_ref().unwrap().text, "sent request #1");
    // B's simulated desk puts it to NimbusVPS within a day. A's desk sees
    // it waiting there, but not as waiting for A (no »).
    session.advance(SimTime::START.after(cyberdrill::time::Duration::days(1)));
    let screen = session.screen(100, 30);
    assert!(screen.contains("waiting for the provider's liaison"), "{screen}");
    assert!(screen.contains("  #1 preservation"), "{screen}");
    session.press(&[KeyCode::Char(']'), KeyCode::Char('2')]);
    let screen = session.screen(160, 30);
    assert!(
        screen.contains("NimbusVPS — provider's law-enforcement liaison"),
        "{screen}"
    );
    // Who asks, and that an Art. 29 preservation binds the company.
    assert!(screen.contains("» #1 preservation"), "{screen}");
    assert!(
        screen.contains("from A Country A · binds the company"),
        "{screen}"
    );
    assert!(screen.contains("f comply"), "{screen}");
    session.chars("f");
    assert_eq!(
        session.app.said.as_ref().unwrap().text,
        "complied with request #1"
    );
    let (who, action) = session.actions().pop().unwrap();
    assert_eq!(who, p("b-vps/liaison"));
    assert_eq!(action, Action::Comply { request: 1 });
}

/// An item the team asked to preserve, past its published retention
/// while the answer has not come: the case tab says the team waits, not
/// that the retention ran out (preservation may well have taken effect).
/// Once preserved, the clock says how long the preservation lasts, once.
#[test]
fn the_case_tab_says_a_requested_item_awaits_its_answer() {
    let mut session = Session::new(&["A/investigator", "A/247", "B/247"], Lang::En);
    find_the_vps(&mut session);
    session.press(&[KeyCode::Char(']'), KeyCode::Char('d')]);
    session.press(&[KeyCode::Tab, KeyCode::Tab, KeyCode::Char(' '), KeyCode::Tab]);
    session.chars("a");
    session.press(&[KeyCode::Enter, KeyCode::Char('3'), KeyCode::Enter]);
    assert_eq!(session.app.said.as_ref().unwrap().text, "sent request #1");
    // B's desk, played here, does not act: at d0 13:00 the logs' stated
    // retention (created 3 days before the start, kept 3d 12h) has passed.
    session.advance(SimTime(13 * 60));
    session.press(&[KeyCode::Char('2')]);
    let screen = session.screen(160, 48);
    assert!(
        screen.contains(
            "vps-logs @ NimbusVPS (B) — requested · awaiting the answer (its stated retention ran to d0 12:00)"
        ),
        "{screen}"
    );
    assert!(!screen.contains("ran out"), "{screen}");
}

/// Once preserved, the clock says how long the preservation lasts, and
/// says "preserved" once (the provider's answer says it already).
#[test]
fn the_case_tab_says_how_long_a_preservation_lasts_once() {
    let mut session = Session::new(&["A/investigator", "A/247"], Lang::En);
    find_the_vps(&mut session);
    session.press(&[KeyCode::Char(']'), KeyCode::Char('d')]);
    session.press(&[KeyCode::Tab, KeyCode::Tab, KeyCode::Char(' '), KeyCode::Tab]);
    session.chars("a");
    session.press(&[KeyCode::Enter, KeyCode::Char('3'), KeyCode::Enter]);
    // NimbusVPS answers at d1 03:29: preserved until d60 09:23. At d1
    // 10:00 that is 86 963 - 2 040 = 84 923 minutes away: 58d 23h 23m.
    // B's desk discloses the path the logs show (Art. 30): the disclosure
    // leaves the preservation's clock in view.
    session.advance(SimTime(1440 + 10 * 60));
    session.press(&[KeyCode::Char('2')]);
    let screen = session.screen(160, 48);
    assert!(
        screen.contains(
            "vps-logs @ NimbusVPS (B) — disclosed as intelligence; preserved until d60 09:23 · 58d 23h 23m left"
        ),
        "{screen}"
    );
}

/// A draft the engine refuses keeps its form open with everything typed
/// in it, to be put right; a draft it accepts closes the form.
#[test]
fn a_refused_draft_keeps_its_form() {
    let mut session = Session::new(&["A/investigator", "A/247"], Lang::En);
    // The 24/7 contact drafts before any data is known: the form opens on
    // Art. 29 preservation towards B, names no data, and the participant
    // writes the first element.
    session.press(&[KeyCode::Char(']'), KeyCode::Char('d')]);
    session.press(&[KeyCode::Tab, KeyCode::Tab, KeyCode::Tab]);
    session.chars("w");
    session.chars("Police of A");
    session.press(&[KeyCode::Enter, KeyCode::Enter]);
    let said = session.app.said.clone().expect("an answer");
    assert!(said.refused, "{said:?}");
    assert_eq!(said.text, "Budapest Art. 29 must name the data it is about");
    let draft = session.app.draft.as_ref().expect("the form is still open");
    assert_eq!(
        draft.texts.get(&F::RequestingAuthority).map(String::as_str),
        Some("Police of A")
    );
    let screen = session.screen(80, 24);
    assert!(screen.contains("“Police of A”"), "{screen}");
    // With the data named, the same form drafts, and closes.
    session.press(&[KeyCode::Esc, KeyCode::Char(']')]);
    find_the_vps(&mut session);
    session.press(&[KeyCode::Char(']'), KeyCode::Char('d')]);
    session.press(&[KeyCode::Tab, KeyCode::Tab, KeyCode::Char(' '), KeyCode::Tab]);
    session.chars("a");
    session.press(&[KeyCode::Enter]);
    assert_eq!(session.app.said.as_ref().unwrap().text, "drafted request #1");
    assert!(session.app.draft.is_none());
    assert!(
        matches!(session.actions().last(), Some((who, Action::Draft { .. })) if *who == p("A/247")),
        "{:?}",
        session.actions()
    );
}

/// The screen's rows as text (the body's borders and padding trimmed).
fn rows(screen: &str) -> Vec<String> {
    screen
        .lines()
        .map(|row| row.trim_matches('"').trim_matches(['│', ' ']).to_string())
        .collect()
}

/// At 80x24 what does not fit can be scrolled to: the law tab and the
/// deadlines (↑↓, PgUp PgDn, Home End), the help (which Esc, ? or q
/// close, and no other key).
#[test]
fn the_law_the_deadlines_and_the_help_scroll() {
    let mut session = Session::new(&["A/investigator", "A/247"], Lang::En);
    find_the_vps(&mut session);
    session.press(&[KeyCode::Char(']'), KeyCode::Char('4'), KeyCode::Right]);
    let top = session.screen(80, 24);
    println!("{top}");
    assert!(rows(&top)[4].starts_with("A Country A  [B Country B]"), "{top}");
    // Lines 0 to 9 are the countries, the title and the first instruments
    // (Art. 30 is not among them: it comes with Art. 29): PgDn shows line
    // 10, Art. 9's first, first.
    session.press(&[KeyCode::PageDown]);
    let screen = session.screen(80, 24);
    assert_eq!(
        rows(&screen)[4],
        "emergency disclosure (CETS 224 Art. 9) * (needs a known risk to life)"
    );
    session.press(&[KeyCode::Up]);
    let screen = session.screen(80, 24);
    assert!(rows(&screen)[4].starts_with("sent by the prosecutor"), "{screen}");
    // End: the last line, why no exchange over SIENA (the last
    // instrument missing between the two), at the top.
    session.press(&[KeyCode::End]);
    let screen = session.screen(80, 24);
    assert!(
        rows(&screen)[4]
            .starts_with("Europol information exchange over SIENA (Regulation (EU) 2016/794) does"),
        "{screen}"
    );
    session.press(&[KeyCode::Home]);
    assert!(rows(&session.screen(80, 24))[4].starts_with("A Country A  [B Country B]"));
    // Another country starts at its top.
    session.press(&[KeyCode::Down, KeyCode::Down, KeyCode::Right]);
    assert!(rows(&session.screen(80, 24))[4].ends_with("[C Country C]"));

    // The deadlines scroll the same way.
    // The deadlines scroll the same way: the logs' retention (created
    // 3 days before the start, kept 3d 12h) runs out first.
    session.press(&[KeyCode::Char('5')]);
    let screen = session.screen(80, 24);
    assert!(
        rows(&screen)[4].starts_with("d0 12:00  retention of vps-logs runs out"),
        "{screen}"
    );
    session.press(&[KeyCode::Down]);
    let screen = session.screen(80, 24);
    assert!(
        rows(&screen)[4].starts_with("d29 00:00  retention of vps-image runs out"),
        "{screen}"
    );

    // The help is cut at 80x24: its last line, on office hours, comes
    // into sight as it scrolls. Keys other than Esc, ? and q keep it open.
    session.press(&[KeyCode::Char('?')]);
    let screen = session.screen(80, 24);
    assert!(!screen.contains("(nights, weekends)"), "{screen}");
    session.press(&[KeyCode::Down; 7]);
    session.press(&[KeyCode::Char('x')]);
    assert!(session.app.help);
    let screen = session.screen(80, 24);
    assert!(screen.contains("(nights, weekends)"), "{screen}");
    assert!(!screen.contains("Keys: Tab"), "{screen}");
    session.press(&[KeyCode::PageUp]);
    assert!(session.screen(80, 24).contains("Keys: Tab"));
    // After the keys, the law table (`cyberdrill instruments`): End
    // reaches its last instrument, an exchange over SIENA (cross-checked
    // in elapsed time), or whatever instrument is last; paging up comes
    // back to Art. 35 screens above.
    session.press(&[KeyCode::End]);
    let screen = session.screen(80, 24);
    assert!(screen.contains("delivered and cross-checked within"), "{screen}");
    for _ in 0..40 {
        if session.screen(80, 24).contains("Budapest Art. 35:") {
            break;
        }
        session.press(&[KeyCode::PageUp]);
    }
    let screen = session.screen(80, 24);
    assert!(screen.contains("Budapest Art. 35:"), "{screen}");
    session.press(&[KeyCode::Esc]);
    assert!(!session.app.help);
    for close in [KeyCode::Char('?'), KeyCode::Char('q')] {
        session.press(&[KeyCode::Char('?'), close]);
        assert!(!session.app.help);
        assert!(!session.app.confirm_quit);
    }
}

/// At 80x24 a form with every element written is longer than the screen:
/// its list follows the cursor, and what the form still lacks stays in
/// sight below it.
#[test]
fn the_form_follows_its_cursor() {
    let mut session = Session::new(&["A/investigator", "A/247"], Lang::En);
    find_the_vps(&mut session);
    session.press(&[KeyCode::Char(']'), KeyCode::Char('d')]);
    session.press(&[KeyCode::Tab, KeyCode::Tab, KeyCode::Char(' '), KeyCode::Tab]);
    // The first five of the six elements, each written (which ticks it).
    for (n, text) in [
        "Police of A",
        "Ransomware",
        "Logs of the C2",
        "NimbusVPS",
        "Kept 3 days",
    ]
    .iter()
    .enumerate()
    {
        if n > 0 {
            session.press(&[KeyCode::Down]);
        }
        session.chars("w");
        session.chars(text);
        session.press(&[KeyCode::Enter]);
    }
    session.press(&[KeyCode::Down]);
    let screen = session.screen(80, 24);
    println!("{screen}");
    assert!(
        screen.contains("[ ] MLA request to follow (Art. 29(2)(f))"),
        "{screen}"
    );
    assert!(screen.contains("“Kept 3 days”"), "{screen}");
    assert!(screen.contains("one element still missing"), "{screen}");
    // Back to the top of the form: its first part is in sight again.
    session.press(&[KeyCode::Tab]);
    let screen = session.screen(80, 24);
    assert!(screen.contains("◂ B Country B ▸"), "{screen}");
    assert!(screen.contains("one element still missing"), "{screen}");
}

/// The trainer's agenda has its own tab, reachable at 80x24, and lists
/// what is due up to the exercise's end (45 days), each entry once.
#[test]
fn the_trainers_agenda_lists_what_is_due_before_the_end() {
    let mut session = Session::new(&["trainer"], Lang::En);
    let console = session.screen(80, 24);
    assert!(!console.contains("Coming next"), "{console}");
    session.press(&[KeyCode::Char('2')]);
    let screen = session.screen(80, 24);
    let rows = rows(&screen);
    assert_eq!(rows[4], "Due up to the end of the exercise (d45 00:00):");
    // The stage at 6h, the press inject at 1d, the image's retention
    // (created a day before the start, kept 30 days) at d29, the end.
    assert!(
        rows.iter().any(|r| r == "d0 06:00  incident stage ambulances"),
        "{screen}"
    );
    assert!(rows.iter().any(|r| r == "d1 00:00  inject press"), "{screen}");
    assert!(
        rows.iter()
            .any(|r| r == "d29 00:00  retention of vps-image checked"),
        "{screen}"
    );
    assert!(
        rows.iter().any(|r| r == "d45 00:00  end of the exercise"),
        "{screen}"
    );
    // After the end: the subscriber's retention (a year by A's law).
    assert!(!screen.contains("retention of subscriber"), "{screen}");
    let listed: Vec<&String> = rows.iter().filter(|r| r.starts_with('d')).collect();
    let mut once = listed.clone();
    once.dedup();
    assert_eq!(listed, once, "{screen}");
}

/// The briefing of a resumed exercise lists every note so far: it
/// scrolls.
#[test]
fn the_briefing_scrolls() {
    let scenario = common::two_hops();
    // The 24/7 contact, played by the simulation for 20 days: many notes.
    let seat = p("A/247");
    let mut recorder = Recorder::start(None, &scenario, scenario.seed, vec![]).unwrap();
    recorder.advance_to(SimTime(20 * 1440)).unwrap();
    let mut app = App::new(scenario, Lang::En, vec![seat.clone()]);
    let screen = |app: &App, recorder: &Recorder| {
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        let sim = recorder.simulation().unwrap();
        terminal.draw(|frame| draw(frame, app, Some(sim))).unwrap();
        rows(&terminal.backend().to_string())
    };
    let last = {
        let sim = recorder.simulation().unwrap();
        let view = sim.view(&seat).unwrap();
        let note = view.inbox.last().unwrap();
        let words = common::english();
        format!(
            "{}  {}",
            words.message(sim.scenario(), &note.actor),
            words.message(sim.scenario(), &note.event)
        )
    };
    let first = screen(&app, &recorder);
    assert_eq!(first[1], "Two hops");
    assert!(
        !first
            .iter()
            .any(|r| !r.is_empty() && last.starts_with(r.as_str())),
        "{first:#?}"
    );
    let key = |app: &mut App, recorder: &mut Recorder, code| {
        key_step(app, Some(recorder), KeyEvent::new(code, KeyModifiers::NONE)).unwrap();
    };
    // The title, a blank line, the summary: two lines down, the summary
    // is on top.
    key(&mut app, &mut recorder, KeyCode::Down);
    key(&mut app, &mut recorder, KeyCode::Down);
    assert_eq!(screen(&app, &recorder)[1], "Test scenario");
    // End: the last note on top.
    key(&mut app, &mut recorder, KeyCode::End);
    let end = screen(&app, &recorder);
    assert!(last.starts_with(end[1].as_str()), "{last}\n{end:#?}");
    key(&mut app, &mut recorder, KeyCode::Home);
    assert_eq!(screen(&app, &recorder)[1], "Two hops");
    assert_eq!(app.phase, Phase::Briefing);
}

/// A long answer wraps on the status line, which grows to as many as
/// three rows; the body shrinks by as much.
#[test]
fn a_long_status_line_wraps() {
    let mut session = Session::new(&["A/investigator"], Lang::En);
    // 40 words of 3 letters: 20 to a row of 80 (20 x 3 + 19 spaces = 79).
    let words: Vec<String> = (1..=40).map(|n| format!("w{n:02}")).collect();
    session.app.answered(words.join(" "), false);
    let screen = rows(&session.screen(80, 24));
    assert_eq!(screen[21], words[..20].join(" "));
    assert_eq!(screen[22], words[20..].join(" "));
    assert!(screen[20].starts_with('└'), "{screen:#?}");
    // 100 words take five rows: three show.
    let words: Vec<String> = (1..=100).map(|n| format!("w{n:02}")).collect();
    session.app.answered(words.join(" "), false);
    let screen = rows(&session.screen(80, 24));
    assert!(screen[19].starts_with('└'), "{screen:#?}");
    assert_eq!(screen[20], words[..20].join(" "));
    assert_eq!(screen[22], words[40..60].join(" "));
}

/// The trainer's `v` looks at each seat of the exercise in turn, the
/// simulated ones too; while looking, the trainer's own keys still work.
#[test]
fn the_trainer_looks_at_every_seat_in_turn_and_keeps_the_clock() {
    let mut session = Session::new(&["A/investigator", "trainer"], Lang::En);
    session.press(&[KeyCode::Char(']')]);
    // Three countries, three roles each; after the last, the first again.
    let mut seen = Vec::new();
    for _ in 0..10 {
        session.chars("v");
        seen.push(session.app.viewing.clone().expect("viewing").to_string());
    }
    assert_eq!(
        seen,
        [
            "A/investigator",
            "A/prosecutor",
            "A/247",
            "B/investigator",
            "B/prosecutor",
            "B/247",
            "C/investigator",
            "C/prosecutor",
            "C/247",
            "A/investigator"
        ]
    );
    // B's 24/7 desk, simulated, as it sees itself.
    session.chars("vvvvv");
    let screen = session.screen(80, 24);
    assert!(screen.contains("viewing B — 24/7 contact"), "{screen}");
    assert!(
        screen.contains("v next seat · Esc back to the console"),
        "{screen}"
    );
    // The clock: pause, faster, slower, resume, next event; the seat's own
    // keys act on nothing (d drafts no request for it).
    session.chars("p");
    assert!(session.recorder.simulation().unwrap().paused());
    session.chars("+");
    assert_eq!(session.recorder.simulation().unwrap().speed(), 2);
    session.chars("-p");
    assert_eq!(session.recorder.simulation().unwrap().speed(), 1);
    assert!(!session.recorder.simulation().unwrap().paused());
    let next = session.recorder.simulation().unwrap().next_event().unwrap();
    assert!(next > SimTime(0));
    session.chars("n");
    assert_eq!(session.recorder.simulation().unwrap().now(), next);
    session.chars("d");
    assert!(session.app.draft.is_none());
    assert_eq!(session.app.viewing, Some(p("B/247")));
    let trainer = Participant::Trainer;
    let actions: Vec<Action> = session
        .actions()
        .into_iter()
        .map(|(who, action)| {
            assert_eq!(who, trainer);
            action
        })
        .collect();
    assert_eq!(
        actions,
        [
            Action::Pause,
            Action::SetSpeed { factor: 2 },
            Action::SetSpeed { factor: 1 },
            Action::Resume,
            Action::Jump {
                to: cyberdrill::time::Duration(next.minutes())
            }
        ]
    );
}

/// On the start screen Enter starts, wherever the cursor is, and Space
/// chooses; Enter with no seat chosen says so and stays.
#[test]
fn enter_starts_and_space_chooses() {
    let scenario = common::two_hops();
    let mut app = App::new(scenario, Lang::En, vec![]);
    let press = |app: &mut App, code| {
        cyberdrill::tui::app::update(app, None, KeyEvent::new(code, KeyModifiers::NONE))
    };
    // On A's investigator: Enter, with nothing chosen, chooses nothing.
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.phase, Phase::Start);
    assert!(app.start.chosen.is_empty());
    let said = app.said.clone().unwrap();
    assert!(said.refused);
    assert_eq!(said.text, "Choose at least one seat, or the trainer's console.");
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|frame| draw(frame, &app, None)).unwrap();
    let screen = terminal.backend().to_string();
    assert!(screen.contains("Choose at least one seat"), "{screen}");
    // Space chooses it; Enter, still on that line, starts.
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.phase, Phase::Briefing);
    assert_eq!(app.seats, [p("A/investigator")]);
}

/// A line being typed keeps its end in sight: past the box's width, it
/// scrolls, and `…` marks what went out on the left.
#[test]
fn a_long_line_being_typed_shows_its_end() {
    let mut session = Session::new(&["trainer"], Lang::En);
    session.chars("o");
    session.chars(&"0123456789".repeat(10));
    let screen = rows(&session.screen(80, 24));
    // 78 columns inside the box: `…`, the last 76 of the 100 characters
    // (from the 25th: "456789" then seven times "0123456789"), `_`.
    let expected = format!("…456789{}_", "0123456789".repeat(7));
    assert_eq!(screen[22], expected);
    assert_eq!(session.app.typing.as_ref().unwrap().text.len(), 100);
}

/// `x` on a request the seat cannot decline is refused at once, with the
/// engine's reason, before any ground is typed; on one it can, the
/// prompt asks for the ground, whatever the request's instrument.
#[test]
fn declining_is_refused_at_once_where_the_seat_cannot() {
    let mut session = Session::new(&["A/investigator", "A/247", "B/247"], Lang::En);
    find_the_vps(&mut session);
    session.press(&[KeyCode::Char(']'), KeyCode::Char('d')]);
    session.press(&[KeyCode::Tab, KeyCode::Tab, KeyCode::Char(' '), KeyCode::Tab]);
    session.chars("a");
    session.press(&[KeyCode::Enter, KeyCode::Char('3'), KeyCode::Enter]);
    // A's own request is not A's to decline.
    session.chars("x");
    assert!(session.app.typing.is_none());
    let said = session.app.said.clone().unwrap();
    assert!(said.refused);
    assert_eq!(said.text, "no request #1 is waiting at your desk");
    let before = session.actions().len();
    // B's desk, where it waits: the prompt asks for the ground.
    session.press(&[KeyCode::Char(']'), KeyCode::Char('3')]);
    session.chars("x");
    assert!(session.app.typing.is_some());
    let screen = session.screen(80, 24);
    assert!(screen.contains("The ground for refusing it"), "{screen}");
    assert!(!screen.contains("Art. 29(5)"), "{screen}");
    session.chars("Sovereignty");
    session.press(&[KeyCode::Enter]);
    assert_eq!(session.app.said.as_ref().unwrap().text, "declined request #1");
    // The dry runs journaled nothing; the decline is journaled once.
    let actions = session.actions();
    assert_eq!(actions.len(), before + 1);
    assert_eq!(
        actions[before],
        (
            p("B/247"),
            Action::Decline {
                request: 1,
                reason: "Sovereignty".into()
            }
        )
    );
}

/// In the form's lists Home and End jump to the first and the last line,
/// as elsewhere.
#[test]
fn home_and_end_jump_in_the_forms_lists() {
    let mut session = Session::new(&["A/investigator", "A/247"], Lang::En);
    find_the_vps(&mut session);
    session.press(&[KeyCode::Char(']'), KeyCode::Char('d')]);
    // The data: vps-logs and vps-image; End ticks the last.
    session.press(&[KeyCode::Tab, KeyCode::Tab, KeyCode::End, KeyCode::Char(' ')]);
    let draft = session.app.draft.clone().unwrap();
    assert_eq!(draft.cursor, 1);
    // The six elements of Art. 29(2): End is the sixth, Home the first.
    session.press(&[KeyCode::Tab, KeyCode::End, KeyCode::Char(' ')]);
    assert_eq!(session.app.draft.as_ref().unwrap().cursor, 5);
    session.press(&[KeyCode::Home, KeyCode::Char(' ')]);
    let draft = session.app.draft.clone().unwrap();
    assert_eq!(draft.cursor, 0);
    assert_eq!(
        draft.fields.into_iter().collect::<Vec<_>>(),
        [F::RequestingAuthority, F::MlaToFollow]
    );
    let screen = session.screen(80, 24);
    assert!(screen.contains("[x] vps-image"), "{screen}");
    assert!(screen.contains("[ ] vps-logs"), "{screen}");
}

/// Below 80x24 the screen says how large it is and what it needs, in the
/// terminal's language, rather than showing a clipped desk.
#[test]
fn below_80x24_the_screen_says_it_is_too_small() {
    for (lang, said) in [
        (
            Lang::En,
            "The terminal is 79x24; cyberdrill needs at least 80x24.",
        ),
        (
            Lang::Fr,
            "Le terminal fait 79x24 ; cyberdrill a besoin d'au moins 80x24.",
        ),
    ] {
        let session = Session::new(&["A/investigator"], lang);
        let screen = session.screen(79, 24);
        assert!(rows(&screen)[0].starts_with(said), "{screen}");
        assert!(!screen.contains('┌'), "{screen}");
        let screen = session.screen(80, 23);
        assert!(screen.contains("80x23"), "{screen}");
        let screen = session.screen(80, 24);
        assert!(
            !screen.contains("needs at least") && !screen.contains("besoin d'au moins"),
            "{screen}"
        );
    }
}

/// The case tab's footer offers what the seat can do there: the
/// investigator examines and looks up, the 24/7 desk looks up (Art.
/// 32(a)), the prosecutor only drafts.
#[test]
fn the_case_footer_offers_what_the_seat_can_do() {
    let mut session = Session::new(&["A/investigator", "A/prosecutor", "A/247"], Lang::En);
    let mut footers = Vec::new();
    for _ in 0..3 {
        session.press(&[KeyCode::Char('2')]);
        let screen = rows(&session.screen(80, 24));
        footers.push(screen[23].clone());
        session.press(&[KeyCode::Char(']')]);
    }
    assert_eq!(
        footers,
        [
            "e examine · l look up · d draft a request · Tab next tab · ? help",
            "d draft a request · Tab next tab · ↑↓ move · ? help · q quit",
            "l look up · d draft a request · Tab next tab · ↑↓ move · ? help · q quit",
        ]
    );
}

/// A request sent this very minute was sent "just now", not "0 ago".
#[test]
fn a_request_just_sent_says_so() {
    let mut session = Session::new(&["A/investigator", "A/247"], Lang::En);
    find_the_vps(&mut session);
    session.press(&[KeyCode::Char(']'), KeyCode::Char('d')]);
    session.press(&[KeyCode::Tab, KeyCode::Tab, KeyCode::Char(' '), KeyCode::Tab]);
    session.chars("a");
    session.press(&[KeyCode::Enter, KeyCode::Char('3'), KeyCode::Enter]);
    let screen = session.screen(160, 48);
    assert!(screen.contains("· sent d0 00:00, just now"), "{screen}");
    session.advance(SimTime(1));
    let screen = session.screen(160, 48);
    assert!(screen.contains("· sent d0 00:00, 1m ago"), "{screen}");
}

/// Countries are named where they are chosen: the start screen's seats,
/// the form's "To", the law tab's countries; in the reader's language.
#[test]
fn countries_are_named_where_they_are_chosen() {
    let scenario = common::load_clean("scenarios/hospital-ransomware.ron");
    let start = App::new(scenario, Lang::Fr, vec![]);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|frame| draw(frame, &start, None)).unwrap();
    let screen = terminal.backend().to_string();
    assert!(screen.contains("[ ] VL Valdorie — enquêteur"), "{screen}");

    let mut session = Session::new(&["A/investigator", "A/247"], Lang::En);
    session.press(&[KeyCode::Char(']'), KeyCode::Char('4'), KeyCode::Right]);
    let screen = rows(&session.screen(80, 24));
    assert_eq!(screen[4], "A Country A  [B Country B]  C Country C");
    session.press(&[KeyCode::Char('d')]);
    let screen = session.screen(80, 24);
    assert!(screen.contains("◂ B Country B ▸"), "{screen}");
}

/// Every footer (`keys-*`) without a help key (`?`) is one line of an
/// 80-column terminal, in every language: a longer one loses its last keys
/// there, and only the help key, which the drawer always keeps, says where
/// they are. French names the keys as a French keyboard labels them
/// (Entrée, Échap, Espace, Pg préc, Pg suiv), never in English.
#[test]
fn footers_fit_80_columns_or_keep_help_and_french_names_its_keys() {
    use cyberdrill::words::Words;
    for (lang, path) in [
        (Lang::En, "assets/locales/en/tui.ftl"),
        (Lang::Fr, "assets/locales/fr/tui.ftl"),
    ] {
        let words = Words::new(lang);
        let file = std::fs::read_to_string(path).unwrap();
        let ids: Vec<&str> = file
            .lines()
            .filter_map(|line| line.split_once(" = ").map(|(id, _)| id))
            .filter(|id| id.starts_with("keys-"))
            .collect();
        assert!(ids.len() >= 10, "{ids:?}");
        for id in ids {
            let footer = words.text(id, &[]);
            let has_help = footer.split(" · ").any(|key| key.starts_with('?'));
            assert!(
                has_help || footer.chars().count() <= 80,
                "{path}: {id} is {} long",
                footer.chars().count()
            );
        }
        if lang == Lang::Fr {
            for line in file.lines().filter(|line| !line.starts_with('#')) {
                let english = line
                    .split(|c: char| !c.is_alphanumeric())
                    .find(|word| ["Enter", "Esc", "Space", "PgUp", "PgDn", "Home", "End"].contains(word));
                assert_eq!(english, None, "an English key name in French: {line}");
            }
        }
    }
}

/// The trainer jumps to a time written as the French clock shows it
/// (`j2 09:00`) or as a French duration (`1 j 2 h`); the journal records
/// the same jump as for `d2 09:00`.
#[test]
fn the_trainer_jumps_to_a_time_written_in_french() {
    let mut session = Session::new(&["trainer"], Lang::Fr);
    session.chars("g");
    session.chars("j2 09:00");
    session.press(&[KeyCode::Enter]);
    session.chars("g");
    session.chars("3 j 2 h");
    session.press(&[KeyCode::Enter]);
    let jumps: Vec<Action> = session
        .actions()
        .into_iter()
        .map(|(_, action)| action)
        .filter(|action| matches!(action, Action::Jump { .. }))
        .collect();
    assert_eq!(
        jumps,
        [
            Action::Jump {
                to: cyberdrill::time::Duration(2 * 1440 + 9 * 60)
            },
            Action::Jump {
                to: cyberdrill::time::Duration(3 * 1440 + 2 * 60)
            },
        ]
    );
}

/// Two-hops with a suspect: the operator, in B, located once the team
/// has found the VPS address (`vps-ip`, revealed by the firewall log).
/// Checked as `cyberdrill check` would.
fn with_the_operator() -> Scenario {
    use cyberdrill::scenario::model::{Locator, Suspect, Text};
    let mut scenario = common::two_hops();
    scenario.suspects = vec![Suspect {
        id: "operator".into(),
        text: Text([("en".to_string(), "The VPS operator.".to_string())].into()),
        jurisdiction: "B".into(),
        located_by: vec![Locator::Lead("vps-ip".into())],
        nationality: None,
    }];
    common::checked(scenario)
}

/// Opens the draft form and chooses `instrument` towards the counterpart
/// it opens on, with ←→, as a person would: as many → as it stands after
/// the first among the instruments the seat sends there.
fn draft_form_on(session: &mut Session, instrument: Instrument) {
    session.press(&[KeyCode::Char('d')]);
    let seat = session.app.acting_seat().clone();
    let options = session.recorder.simulation().unwrap().options(&seat).unwrap();
    let counterpart = session.app.draft.as_ref().unwrap().counterpart;
    let at = cyberdrill::tui::app::sendable(&options, counterpart)
        .iter()
        .position(|i| *i == instrument)
        .unwrap_or_else(|| panic!("{seat} sends no {instrument:?} there"));
    session.press(&[KeyCode::Tab]);
    for _ in 0..at {
        session.press(&[KeyCode::Right]);
    }
}

/// Extradition (Budapest Art. 24) names a person, not data: the form
/// offers the suspect the team has located, one at a time, and the
/// request goes through signing and sending to A's central authority.
#[test]
fn an_extradition_names_the_located_suspect_through_the_ui_then_is_signed_and_sent() {
    let mut session = Session::on(with_the_operator(), &["A/investigator", "A/prosecutor"], Lang::En);
    // Before the team has located anyone the form says so.
    session.press(&[KeyCode::Char(']')]);
    draft_form_on(&mut session, Instrument::Extradition);
    session.press(&[KeyCode::Tab]);
    let screen = session.screen(80, 24);
    assert!(screen.contains("The suspect it names"), "{screen}");
    assert!(
        screen.contains("Your team has located no suspect yet"),
        "{screen}"
    );
    assert!(
        !screen.contains("vps-logs"),
        "data offered for a person: {screen}"
    );
    session.press(&[KeyCode::Esc, KeyCode::Char('[')]);
    // The firewall log reveals the VPS address: the operator is located,
    // and the case tab says so, with where.
    find_the_vps(&mut session);
    let screen = session.screen(160, 48);
    assert!(screen.contains("Suspects located"), "{screen}");
    assert!(screen.contains("suspect operator located by"), "{screen}");
    session.press(&[KeyCode::Char(']')]);
    draft_form_on(&mut session, Instrument::Extradition);
    session.press(&[KeyCode::Tab]);
    assert_eq!(
        session.app.draft.as_ref().unwrap().part,
        cyberdrill::tui::app::DraftPart::Items
    );
    session.press(&[KeyCode::Char(' ')]);
    let screen = session.screen(80, 24);
    assert!(
        screen.contains("(•) operator → B — The VPS operator."),
        "{screen}"
    );
    session.press(&[KeyCode::Tab]);
    session.chars("a");
    assert!(session.screen(80, 24).contains("→ drafted request #1"));
    session.press(&[KeyCode::Enter]);
    assert_eq!(session.app.said.as_ref().unwrap().text, "drafted request #1");
    // Signed, then sent: on its way to A's central authority.
    session.press(&[KeyCode::Char('3')]);
    session.chars("s");
    session.press(&[KeyCode::Enter]);
    assert_eq!(session.app.said.as_ref().unwrap().text, "sent request #1");
    let prosecutor = p("A/prosecutor");
    let actions = session.actions();
    let drafted: Vec<&Action> = actions
        .iter()
        .filter(|(who, _)| *who == prosecutor)
        .map(|(_, action)| action)
        .collect();
    // Art. 24 asks for the requesting authority, the offence and the
    // facts, the legal basis, and a translation into French (B's central
    // authority requires one); the signature comes from signing.
    assert_eq!(
        drafted,
        [
            &Action::Draft {
                instrument: Instrument::Extradition,
                to: "B".into(),
                items: vec!["operator".into()],
                fields: Stated::all_bare(&[
                    F::RequestingAuthority,
                    F::OffenceAndFacts,
                    F::LegalBasis,
                    F::Translation,
                ]),
            },
            &Action::Sign { request: 1 },
            &Action::Send { request: 1 },
        ]
    );
    let sim = session.recorder.simulation().unwrap();
    let view = sim.view(&prosecutor).unwrap();
    assert_eq!(view.requests[0].status, RequestStatus::AtOwnCentralAuthority);
    // The requests tab names the person it seeks.
    let screen = session.screen(160, 48);
    assert!(screen.contains("→ B [operator]"), "{screen}");
}

/// A request about a person names one (Art. 24; a red notice too): with
/// two suspects located, picking the second drops the first.
#[test]
fn the_form_names_one_suspect_at_a_time() {
    use cyberdrill::scenario::model::{Locator, Suspect, Text};
    let mut scenario = with_the_operator();
    // The courier, in C, located by the VPN exit the firewall log reveals.
    scenario.suspects.push(Suspect {
        id: "courier".into(),
        text: Text([("en".to_string(), "The courier.".to_string())].into()),
        jurisdiction: "C".into(),
        located_by: vec![Locator::Lead("vpn-ip".into())],
        nationality: None,
    });
    let scenario = common::checked(scenario);
    let mut session = Session::on(scenario, &["A/investigator", "A/prosecutor"], Lang::En);
    find_the_vps(&mut session);
    session.press(&[KeyCode::Char(']')]);
    draft_form_on(&mut session, Instrument::Extradition);
    session.press(&[
        KeyCode::Tab,
        KeyCode::Char(' '),
        KeyCode::Down,
        KeyCode::Char(' '),
    ]);
    let screen = session.screen(80, 24);
    assert!(screen.contains("( ) operator → B"), "{screen}");
    assert!(screen.contains("(•) courier → C"), "{screen}");
    // Asked of B, the courier is elsewhere: the dry run says so at once.
    assert!(screen.contains("! "), "{screen}");
    let draft = session.app.draft.as_ref().unwrap();
    assert_eq!(draft.items.len(), 1, "{:?}", draft.items);
}

/// A hearing by video conference (CETS 224 Art. 11) names no data: the
/// form has no list to pick from, Tab goes from the instrument to the
/// elements, among them the person to be heard.
#[test]
fn a_video_conference_names_nothing_in_the_form_and_states_the_person_to_be_heard() {
    let mut session = Session::new(&["A/investigator", "A/prosecutor"], Lang::En);
    find_the_vps(&mut session);
    session.press(&[KeyCode::Char(']')]);
    draft_form_on(&mut session, Instrument::VideoConference);
    let screen = session.screen(80, 24);
    assert!(!screen.contains("Data it names"), "{screen}");
    assert!(!screen.contains("vps-logs"), "{screen}");
    session.press(&[KeyCode::Tab]);
    assert_eq!(
        session.app.draft.as_ref().unwrap().part,
        cyberdrill::tui::app::DraftPart::Elements
    );
    session.press(&[KeyCode::BackTab]);
    assert_eq!(
        session.app.draft.as_ref().unwrap().part,
        cyberdrill::tui::app::DraftPart::Instrument
    );
    session.press(&[KeyCode::Tab]);
    session.chars("a");
    let screen = session.screen(160, 48);
    assert!(
        screen.contains("[x] the witness or expert to be heard"),
        "{screen}"
    );
    session.press(&[KeyCode::Enter]);
    assert_eq!(session.app.said.as_ref().unwrap().text, "drafted request #1");
    session.press(&[KeyCode::Char('3')]);
    session.chars("s");
    session.press(&[KeyCode::Enter]);
    assert_eq!(session.app.said.as_ref().unwrap().text, "sent request #1");
    // Listed without the empty brackets of a request for no data.
    let screen = session.screen(160, 48);
    assert!(screen.contains("(CETS 224 Art. 11) → B  "), "{screen}");
    assert!(!screen.contains("[]"), "{screen}");
    let actions = session.actions();
    assert!(
        matches!(
            &actions[2],
            (_, Action::Draft { instrument: Instrument::VideoConference, to, items, fields })
                if to == "B" && items.is_empty()
                    && fields.iter().any(|s| s.field == F::PersonToBeHeard)
        ),
        "{actions:?}"
    );
}

/// Indicators to the CERT (`CsirtSharing`) carry leads the team has found,
/// never data: the form lists the leads, not the data items.
#[test]
fn indicators_for_the_csirts_are_picked_among_the_leads_the_team_found() {
    let mut session = Session::new(&["A/investigator"], Lang::En);
    find_the_vps(&mut session);
    draft_form_on(&mut session, Instrument::CsirtSharing);
    session.press(&[KeyCode::Tab]);
    let screen = session.screen(80, 24);
    assert!(
        screen.contains("Leads it shares (intelligence, not evidence)"),
        "{screen}"
    );
    assert!(!screen.contains("vps-logs"), "{screen}");
    // The leads as the case lists them: ransom note, firewall log, then
    // the VPS and the VPN addresses it revealed.
    assert!(screen.contains("[ ] vps-ip (203.0.113.45)"), "{screen}");
    session.press(&[KeyCode::Down, KeyCode::Down, KeyCode::Char(' '), KeyCode::Enter]);
    assert_eq!(session.app.said.as_ref().unwrap().text, "drafted request #1");
    let actions = session.actions();
    assert_eq!(
        actions[2].1,
        Action::Draft {
            instrument: Instrument::CsirtSharing,
            to: "B".into(),
            items: vec!["vps-ip".into()],
            fields: Vec::new(),
        }
    );
}

/// A freeze through the financial intelligence units names wallets and
/// accounts: the form lists those the team has found, with the country
/// of the custodian it has looked up, and no other lead (freeze.ron: the
/// ransom wallet at B's exchange, a self-hosted cold wallet, an IP).
#[test]
fn a_freeze_is_picked_among_the_wallets_and_sent_through_the_ui() {
    let scenario = common::load_clean("tests/data/sim/freeze.ron");
    let mut session = Session::on(scenario, &["A/investigator"], Lang::En);
    // The case lists the leads in scenario order: the ransom wallet first.
    session.press(&[KeyCode::Char('2')]);
    session.chars("l");
    draft_form_on(&mut session, Instrument::FiuFreeze);
    session.press(&[KeyCode::Tab]);
    let screen = session.screen(80, 24);
    assert!(screen.contains("Wallets and accounts to freeze"), "{screen}");
    assert!(screen.contains("[ ] ransom-wallet ("), "{screen}");
    assert!(screen.contains(") → B"), "{screen}");
    assert!(screen.contains("[ ] cold-wallet ("), "{screen}");
    assert!(
        !screen.contains("c2-ip"),
        "an IP address offered to freeze: {screen}"
    );
    session.press(&[KeyCode::Char(' '), KeyCode::Tab]);
    session.chars("a");
    session.press(&[KeyCode::Enter]);
    assert_eq!(session.app.said.as_ref().unwrap().text, "drafted request #1");
    session.press(&[KeyCode::Char('3'), KeyCode::Enter]);
    assert_eq!(session.app.said.as_ref().unwrap().text, "sent request #1");
    let actions = session.actions();
    assert_eq!(
        actions[1].1,
        Action::Draft {
            instrument: Instrument::FiuFreeze,
            to: "B".into(),
            items: vec!["ransom-wallet".into()],
            fields: Stated::all_bare(&[F::RequestingAuthority, F::OffenceAndFacts]),
        }
    );
    let sim = session.recorder.simulation().unwrap();
    let view = sim.view(&p("A/investigator")).unwrap();
    assert_eq!(view.requests[0].status, RequestStatus::WithTheFius);
}

/// The help's End shows its last page: the last line at the bottom of a
/// full page, not alone at the top of an empty one; ↑ then scrolls back
/// at once.
#[test]
fn the_helps_end_shows_its_last_page_full() {
    let mut session = Session::new(&["A/investigator"], Lang::En);
    session.press(&[KeyCode::Char('?'), KeyCode::End]);
    let screen = session.screen(80, 24);
    let shown = rows(&screen);
    // The help's box runs from row 1 to row 22 (centred, two rows less
    // than the screen): its text from row 2 to row 21.
    let last = session.app.help_lines().last().unwrap().0.clone();
    let tail: String = last.split_whitespace().last().unwrap().to_string();
    assert!(
        shown[21].contains(&tail),
        "the last line is not at the bottom:\n{screen}"
    );
    assert!(!shown[2].is_empty(), "the page is not full:\n{screen}");
    let first_shown = shown[2].clone();
    session.press(&[KeyCode::Up]);
    let screen = session.screen(80, 24);
    assert_ne!(
        rows(&screen)[2],
        first_shown,
        "↑ after End does not scroll:\n{screen}"
    );
}

/// The new form paths as they look, reviewed: an extradition naming the
/// located suspect, a hearing by video conference naming nothing,
/// indicators picked among leads; English and French, 80x24 and 160x48.
#[test]
fn the_forms_for_a_person_for_nothing_and_for_leads_read_as_reviewed() {
    for (lang, suffix) in [(Lang::En, "en"), (Lang::Fr, "fr")] {
        for (width, height) in [(80, 24), (160, 48)] {
            let name = |screen: &str| format!("{screen}_{suffix}_{width}x{height}");
            let mut session = Session::on(with_the_operator(), &["A/investigator", "A/prosecutor"], lang);
            find_the_vps(&mut session);
            session.press(&[KeyCode::Char(']')]);
            draft_form_on(&mut session, Instrument::Extradition);
            session.press(&[KeyCode::Tab, KeyCode::Char(' ')]);
            insta::assert_snapshot!(name("form_extradition"), session.screen(width, height));
            session.press(&[KeyCode::Esc]);
            draft_form_on(&mut session, Instrument::VideoConference);
            insta::assert_snapshot!(name("form_video_conference"), session.screen(width, height));
            session.press(&[KeyCode::Esc, KeyCode::Char('[')]);
            draft_form_on(&mut session, Instrument::CsirtSharing);
            session.press(&[KeyCode::Tab, KeyCode::Down, KeyCode::Down, KeyCode::Char(' ')]);
            insta::assert_snapshot!(name("form_csirt_leads"), session.screen(width, height));
        }
    }
}
