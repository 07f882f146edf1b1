//! The public vocabulary of the simulation: who acts ([`Participant`]),
//! what they do ([`Action`]) and what they write in a request
//! ([`Stated`]), and what comes back ([`Outcome`], and the trace's
//! [`TraceEvent`]s).
//!
//! Plain serde data: these types cross the journal and the network, so they
//! never hold an `Entity` or anything else that is not stable across runs.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::law::RequestField;
use crate::scenario::model::{Instrument, Role};
use crate::time::{Duration, SimTime};

use super::event::{Actor, Event};
use super::refusal::Done;

/// Who acts: `A/investigator`, `A/prosecutor`, `A/247`, `trainer`, or a
/// provider's law-enforcement liaison, `bitmail/liaison`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Participant {
    Trainer,
    Player {
        jurisdiction: String,
        role: Role,
    },
    /// The liaison of the provider with this id (`Provider.played`).
    Liaison {
        provider: String,
    },
}

impl Participant {
    pub fn player(jurisdiction: &str, role: Role) -> Participant {
        if role == Role::Trainer {
            return Participant::Trainer;
        }
        if role == Role::Liaison {
            return Participant::Liaison {
                provider: jurisdiction.to_string(),
            };
        }
        Participant::Player {
            jurisdiction: jurisdiction.to_string(),
            role,
        }
    }

    /// The team's jurisdiction; none for the trainer or a provider's liaison.
    pub fn jurisdiction(&self) -> Option<&str> {
        match self {
            Participant::Trainer | Participant::Liaison { .. } => None,
            Participant::Player { jurisdiction, .. } => Some(jurisdiction),
        }
    }

    pub fn role(&self) -> Role {
        match self {
            Participant::Trainer => Role::Trainer,
            Participant::Player { role, .. } => *role,
            Participant::Liaison { .. } => Role::Liaison,
        }
    }

    /// The provider whose liaison this is.
    pub fn provider(&self) -> Option<&str> {
        match self {
            Participant::Liaison { provider } => Some(provider),
            _ => None,
        }
    }
}

/// The short word a role is written with after the slash.
impl Participant {
    /// A seat as the command line and the join codes write it: `247@VL`,
    /// `investigator@VL`, `prosecutor@BR`, or `trainer`.
    pub fn seat_name(&self) -> String {
        match self {
            Participant::Trainer => "trainer".to_string(),
            Participant::Player { jurisdiction, role } => format!("{}@{jurisdiction}", role_word(*role)),
            Participant::Liaison { provider } => format!("liaison@{provider}"),
        }
    }

    /// The seats people play in `scenario` unless told otherwise: every
    /// role of its teams. A provider's liaison is not among them: nobody
    /// in that seat, the provider answers by itself.
    pub fn team_seats(scenario: &crate::scenario::model::Scenario) -> Vec<Participant> {
        scenario
            .teams
            .iter()
            .flat_map(|team| {
                team.roles
                    .iter()
                    .map(|&role| Participant::player(&team.jurisdiction, role))
            })
            .collect()
    }

    /// The seats a start screen offers: the teams' roles, then the
    /// liaison of every provider a person may play (`played: true`).
    pub fn offered_seats(scenario: &crate::scenario::model::Scenario) -> Vec<Participant> {
        let liaisons = scenario
            .providers
            .iter()
            .filter(|p| p.played)
            .map(|p| Participant::Liaison {
                provider: p.id.clone(),
            });
        Participant::team_seats(scenario)
            .into_iter()
            .chain(liaisons)
            .collect()
    }

    /// Whether `scenario` has this seat: the trainer always; a player's
    /// country; a liaison's provider, when people may play it.
    pub fn is_seat_of(&self, scenario: &crate::scenario::model::Scenario) -> bool {
        match self {
            Participant::Trainer => true,
            Participant::Player { jurisdiction, .. } => {
                scenario.jurisdictions.iter().any(|j| j.code == *jurisdiction)
            }
            Participant::Liaison { provider } => {
                scenario.providers.iter().any(|p| p.id == *provider && p.played)
            }
        }
    }

    /// `scenario`'s seats as the command line writes them, for a usage
    /// error that names the ones that exist.
    pub fn seat_names(scenario: &crate::scenario::model::Scenario) -> String {
        let names: Vec<String> = Participant::offered_seats(scenario)
            .iter()
            .map(Participant::seat_name)
            .collect();
        names.join(", ")
    }

    /// Reads [`Participant::seat_name`]'s form back.
    pub fn from_seat_name(text: &str) -> Result<Participant, String> {
        if text == "trainer" {
            return Ok(Participant::Trainer);
        }
        let (role, code) = text
            .split_once('@')
            .ok_or_else(|| format!("{text}: write ROLE@COUNTRY, as in 247@VL or investigator@VL"))?;
        let role = match role {
            "investigator" => Role::Investigator,
            "prosecutor" => Role::Prosecutor,
            "247" => Role::Contact247,
            "liaison" => Role::Liaison,
            _ => {
                return Err(format!(
                    "{text}: the role is investigator, prosecutor, 247 or liaison"
                ));
            }
        };
        Ok(Participant::player(code, role))
    }
}

pub fn role_word(role: Role) -> &'static str {
    match role {
        Role::Investigator => "investigator",
        Role::Prosecutor => "prosecutor",
        Role::Contact247 => "247",
        Role::Trainer => "trainer",
        Role::Liaison => "liaison",
    }
}

impl fmt::Display for Participant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Participant::Trainer => f.write_str("trainer"),
            Participant::Player { jurisdiction, role } => write!(f, "{jurisdiction}/{}", role_word(*role)),
            Participant::Liaison { provider } => write!(f, "{provider}/liaison"),
        }
    }
}

impl FromStr for Participant {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, String> {
        if text == "trainer" {
            return Ok(Participant::Trainer);
        }
        let hint = "write a participant as `trainer`, JURISDICTION/ROLE with ROLE one of investigator, prosecutor, 247 (as in `A/247`), or PROVIDER/liaison";
        let (jurisdiction, role) = text.split_once('/').ok_or_else(|| format!("`{text}`: {hint}"))?;
        let role = match role {
            "investigator" => Role::Investigator,
            "prosecutor" => Role::Prosecutor,
            "247" => Role::Contact247,
            "liaison" => Role::Liaison,
            _ => return Err(format!("`{text}`: unknown role `{role}`; {hint}")),
        };
        if jurisdiction.is_empty() || jurisdiction.contains(char::is_whitespace) {
            return Err(format!("`{text}`: {hint}"));
        }
        Ok(Participant::player(jurisdiction, role))
    }
}

impl Serialize for Participant {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Participant {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

/// A request's number, unique within one exercise, given in drafting order.
pub type RequestId = u32;

/// One element a request states: the field, and the text the participant
/// wrote for it. In an action it is written `Necessity` (the element is
/// stated, no words given: what scripts and simulated actors write) or
/// `(Necessity, "The NetFlow records are deleted after 48 hours")`. A
/// text, when given, must not be blank; it is kept as written (trimmed),
/// shown to whoever sees the request and never translated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stated {
    pub field: RequestField,
    pub text: Option<String>,
}

impl Stated {
    /// A field stated with no text.
    pub fn bare(field: RequestField) -> Stated {
        Stated { field, text: None }
    }

    /// A field with the text the participant wrote for it.
    pub fn written(field: RequestField, text: &str) -> Stated {
        Stated {
            field,
            text: Some(text.to_string()),
        }
    }

    /// Fields stated with no text, in the order given.
    pub fn all_bare(fields: &[RequestField]) -> Vec<Stated> {
        fields.iter().copied().map(Stated::bare).collect()
    }
}

impl From<RequestField> for Stated {
    fn from(field: RequestField) -> Stated {
        Stated::bare(field)
    }
}

/// The two ways a [`Stated`] is written, as the parser meets them. The
/// field's name is read as a string first so that a misspelt one gets
/// serde's "unknown variant, expected one of ..." rather than an
/// untagged enum's bare "did not match".
#[derive(Deserialize)]
#[serde(
    untagged,
    expecting = "a request field (`Necessity`) or a field with its text (`(Necessity, \"why\")`)"
)]
enum StatedForm {
    Bare(String),
    Written(String, String),
}

impl Serialize for Stated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // The bare form is the one every journal before texts wrote: a
        // field without text must stay byte for byte what it was.
        match &self.text {
            None => self.field.serialize(serializer),
            Some(text) => (self.field, text).serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Stated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let (name, text) = match StatedForm::deserialize(deserializer)? {
            StatedForm::Bare(name) => (name, None),
            StatedForm::Written(name, text) => (name, Some(text)),
        };
        let field = RequestField::deserialize(serde::de::value::StrDeserializer::<D::Error>::new(&name))?;
        Ok(Stated { field, text })
    }
}

/// Everything a participant or the trainer can do. The journal stores these,
/// one per line, in RON: `Examine(lead: "ransom-note")`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Action {
    /// Study a lead the team has found: reveals the leads it leads to.
    Examine {
        lead: String,
    },
    /// Art. 32(a) open-source look-up (WHOIS, IP registry): shows the
    /// provider behind the lead and its country.
    LookUp {
        lead: String,
    },
    /// Start a request: an instrument, the requested jurisdiction, the data
    /// items it targets and the elements it states, each with the text
    /// written for it if any.
    Draft {
        instrument: Instrument,
        to: String,
        #[serde(default)]
        items: Vec<String>,
        #[serde(default)]
        fields: Vec<Stated>,
    },
    /// State more elements of a draft or of a request sent back for
    /// clarification, or write a stated element's text anew.
    Amend {
        request: RequestId,
        fields: Vec<Stated>,
    },
    /// The prosecutor signs (or, for a court order, submits to the judge).
    Sign {
        request: RequestId,
    },
    Send {
        request: RequestId,
    },
    /// A human 24/7 desk executes an incoming request with its providers.
    Forward {
        request: RequestId,
    },
    /// A provider's liaison, played by a person, carries out a request for
    /// its company's data waiting for them: preserves, discloses or
    /// produces what the company holds.
    Comply {
        request: RequestId,
    },
    /// A human 24/7 desk sends an incoming request back for clarification
    /// of these elements (stated too vaguely, say): its sender amends and
    /// sends it again. A request lacking elements is sent back by itself
    /// when the desk forwards it.
    SendBack {
        request: RequestId,
        fields: Vec<RequestField>,
    },
    /// A human 24/7 desk refuses an incoming request, saying why
    /// (Art. 29(5): political offence, sovereignty, security, ordre public).
    Decline {
        request: RequestId,
        reason: String,
    },
    /// A human 24/7 desk that executed an Art. 29 request discloses the
    /// traffic data that identifies a provider in another State and the
    /// path (Art. 30(1)), as intelligence. A simulated desk does it itself.
    DisclosePath {
        request: RequestId,
    },
    /// A free-text answer to whoever sent a request.
    Answer {
        request: RequestId,
        text: String,
    },
    /// Extend a preservation before it lapses.
    Renew {
        request: RequestId,
    },
    /// The sender takes back a request it no longer wants answered: it is
    /// closed, and an MLA request stops keeping data preserved (Art. 29(7)).
    Withdraw {
        request: RequestId,
    },
    // Trainer only.
    Pause,
    Resume,
    SetSpeed {
        factor: u32,
    },
    /// Move the clock forward to this time since the start: `Jump(to: "2d 9h")`.
    Jump {
        to: Duration,
    },
    FireInject {
        inject: String,
    },
    Annotate {
        text: String,
    },
    /// Anyone: the notes in one's inbox up to this one (its trace
    /// sequence number) have been read.
    Read {
        upto: u64,
    },
}

impl Action {
    /// Trainer controls: only the trainer may use them.
    pub fn is_trainer_control(&self) -> bool {
        matches!(
            self,
            Action::Pause
                | Action::Resume
                | Action::SetSpeed { .. }
                | Action::Jump { .. }
                | Action::FireInject { .. }
        )
    }
}

/// What an accepted action did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub done: Done,
    /// The request drafted or acted on, if any.
    pub request: Option<RequestId>,
}

/// One line of the exercise trace: what happened, when, who did it. Its
/// `seq` is also the id of the note each recipient's inbox gets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TraceEvent {
    pub seq: u64,
    pub at: SimTime,
    pub actor: Actor,
    pub event: Event,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn participants_round_trip_as_text() {
        for text in ["trainer", "A/investigator", "MD/prosecutor", "B/247"] {
            let p: Participant = text.parse().unwrap();
            assert_eq!(p.to_string(), text);
        }
        for bad in ["", "A", "A/judge", "/247", "a b/247"] {
            assert!(bad.parse::<Participant>().is_err(), "{bad}");
        }
    }

    #[test]
    fn actions_are_one_line_of_ron() {
        let action = Action::Draft {
            instrument: Instrument::Preservation247,
            to: "B".into(),
            items: vec!["vps-logs".into()],
            fields: vec![
                Stated::bare(RequestField::Necessity),
                Stated::written(
                    RequestField::MlaToFollow,
                    "An MLA request follows:\nwithin the week.",
                ),
            ],
        };
        let text = ron::to_string(&action).unwrap();
        assert!(!text.contains('\n'));
        assert_eq!(ron::from_str::<Action>(&text).unwrap(), action);
        assert_eq!(ron::from_str::<Action>("Pause").unwrap(), Action::Pause);
    }

    #[test]
    fn a_field_is_written_bare_or_with_its_text() {
        let parse = |text: &str| ron::from_str::<Action>(text);
        let amend = |fields| Action::Amend { request: 1, fields };
        // The form journals had before texts: bare names, still read and
        // written back byte for byte.
        let old = "Amend(request:1,fields:[Necessity,MlaToFollow])";
        let parsed = parse(old).unwrap();
        assert_eq!(
            parsed,
            amend(Stated::all_bare(&[
                RequestField::Necessity,
                RequestField::MlaToFollow
            ]))
        );
        assert_eq!(ron::to_string(&parsed).unwrap(), old);
        assert_eq!(
            parse(r#"Amend(request: 1, fields: [(Necessity, "Kept 48 hours."), MlaToFollow])"#).unwrap(),
            amend(vec![
                Stated::written(RequestField::Necessity, "Kept 48 hours."),
                Stated::bare(RequestField::MlaToFollow),
            ])
        );
        // A misspelt field still names the ones there are.
        let typo = parse("Amend(request: 1, fields: [Necesity])")
            .unwrap_err()
            .to_string();
        assert!(
            typo.contains("Necesity") && typo.contains("MlaToFollow"),
            "{typo}"
        );
        let typo = parse(r#"Amend(request: 1, fields: [(Necesity, "x")])"#)
            .unwrap_err()
            .to_string();
        assert!(
            typo.contains("Necesity") && typo.contains("MlaToFollow"),
            "{typo}"
        );
        // Any other shape says what a field looks like.
        let wrong = parse(r#"Amend(request: 1, fields: [Necessity("x")])"#)
            .unwrap_err()
            .to_string();
        assert!(wrong.contains("a field with its text"), "{wrong}");
    }
}
