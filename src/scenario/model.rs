//! The scenario format: the serde types a curriculum author writes in RON.
//!
//! These types are the authoring contract. They describe an exercise and
//! nothing else: no behaviour, no I/O. Every struct refuses unknown fields so
//! that a typo is an error with a position, never a silently ignored line.
//! Optional fields default to what the treaties say (see [`LawParameters`]).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::time::{Duration, OfficeHours};

/// Text shown to participants, per language code: `{"en": "...", "fr": "..."}`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

impl Text {
    /// The text in `language`, else English, else any language present.
    pub fn get(&self, language: &str) -> &str {
        self.0
            .get(language)
            .or_else(|| self.0.get("en"))
            .or_else(|| self.0.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }
}

/// A whole exercise: the file a trainer loads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Stable identifier, lowercase with dashes: `hospital-ransomware`.
    pub id: String,
    pub title: Text,
    pub summary: Text,
    /// Where the exercise is set, as the library lists it: `{"en":
    /// "Europe and Israel", "fr": "Europe et Israël"}`. When absent, the
    /// loader takes the region of the fragments it includes. Not written
    /// when absent, so a scenario without one keeps its content hash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<Text>,
    /// What participants should have learnt by the debrief.
    #[serde(default)]
    pub learning_objectives: Vec<Text>,
    /// Languages every participant-facing text must be given in.
    pub languages: Vec<String>,
    /// When the exercise starts, with its zone:
    /// `"2026-03-02T07:40[Europe/Chisinau]"`.
    pub start: String,
    /// Seed used when the trainer gives none.
    pub seed: u64,
    pub end: End,
    /// How fast a live exercise's clock runs when it starts; real time
    /// (speed 1) when absent. Not written when absent, so that a scenario
    /// without it has the content hash it had before the field existed
    /// (a journal names that hash; old journals still replay).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clock: Option<ClockSettings>,
    /// How the simulated teams play when no one says (`run` and `playtest`
    /// without `--profile`), and the win rates the scenario is designed
    /// for (`cyberdrill playtest`). Not written when absent, so a scenario
    /// without it keeps its content hash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub playtest: Option<PlaytestSettings>,
    /// Shared files (fragments) whose definitions are merged in, relative to
    /// this file: `["regions/eastern-partnership.ron"]`.
    #[serde(default)]
    pub includes: Vec<String>,
    #[serde(default)]
    pub law: LawParameters,
    #[serde(default)]
    pub jurisdictions: Vec<Jurisdiction>,
    #[serde(default)]
    pub providers: Vec<Provider>,
    #[serde(default)]
    pub incidents: Vec<Incident>,
    #[serde(default)]
    pub leads: Vec<Lead>,
    #[serde(default)]
    pub evidence: Vec<DataItem>,
    #[serde(default)]
    pub teams: Vec<Team>,
    #[serde(default)]
    pub injects: Vec<Inject>,
    #[serde(default)]
    pub objectives: Vec<Objective>,
    /// The people behind the incident, and what locates them. Not written
    /// when empty, so a scenario without suspects keeps its content hash.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suspects: Vec<Suspect>,
}

/// A shared file other scenarios include: jurisdictions and providers that
/// several exercises reuse. It may include other fragments.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fragment {
    /// The region its jurisdictions make up (`{"en": "Meridian
    /// (fictional)", ...}`): the region of every scenario that includes
    /// it and sets none of its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<Text>,
    #[serde(default)]
    pub includes: Vec<String>,
    #[serde(default)]
    pub jurisdictions: Vec<Jurisdiction>,
    #[serde(default)]
    pub providers: Vec<Provider>,
}

/// When the exercise is over: after a duration, or as soon as a condition
/// holds, whichever comes first. At least one must be given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct End {
    #[serde(default)]
    pub after: Option<Duration>,
    #[serde(default)]
    pub when: Option<Condition>,
}

/// How a live exercise's clock runs: `clock: (speed: 60)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ClockSettings {
    /// Simulated seconds per real second when the exercise starts, as the
    /// trainer's `SetSpeed` sets it: 1 is real time, 60 is one simulated
    /// hour per real minute. From 1 to [`crate::time::MAX_SPEED`]. The
    /// host maps wall time to simulated time by it; a headless run ignores it.
    pub speed: u32,
}

impl Default for ClockSettings {
    fn default() -> Self {
        ClockSettings { speed: 1 }
    }
}

/// `playtest: (profile: "average", bands: [(profile: "average", wins: (40, 80))])`.
/// Profile names are written as strings so that `check` can place an
/// unknown one and suggest the closest ([`Skill::NAMES`]).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaytestSettings {
    /// The skill of the simulated teams when `--profile` is not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// The win rates, in percent, the scenario is designed for: one band
    /// per profile at most.
    #[serde(default)]
    pub bands: Vec<Band>,
}

/// The range of win rates (percent, inclusive) a profile's simulated teams
/// are expected to reach over many seeds: `(profile: "average", wins: (40, 80))`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub profile: String,
    pub wins: (u32, u32),
}

/// The named skill profiles of simulated teams (what each means is
/// `sim::profile::Profile::of`). `Expert` is the flawless policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Skill {
    #[default]
    Expert,
    Average,
    Novice,
    Random,
}

impl Skill {
    pub const ALL: [Skill; 4] = [Skill::Expert, Skill::Average, Skill::Novice, Skill::Random];
    pub const NAMES: [&'static str; 4] = ["expert", "average", "novice", "random"];

    pub fn name(self) -> &'static str {
        Skill::NAMES[self as usize]
    }

    pub fn is_expert(&self) -> bool {
        *self == Skill::Expert
    }
}

impl std::str::FromStr for Skill {
    type Err = ();
    fn from_str(text: &str) -> Result<Skill, ()> {
        Skill::ALL.into_iter().find(|s| s.name() == text).ok_or(())
    }
}

impl Scenario {
    /// The skill of simulated teams when no one says: the scenario's
    /// `playtest.profile`, else expert (an unknown name, which `check`
    /// refuses, also reads as expert).
    pub fn default_skill(&self) -> Skill {
        self.playtest
            .as_ref()
            .and_then(|p| p.profile.as_deref())
            .and_then(|name| name.parse().ok())
            .unwrap_or_default()
    }

    /// The band the scenario states for `skill`, if any.
    pub fn band(&self, skill: Skill) -> Option<(u32, u32)> {
        self.playtest
            .as_ref()?
            .bands
            .iter()
            .find(|b| b.profile == skill.name())
            .map(|b| b.wins)
    }

    /// The speed a live exercise starts at: the scenario's, else real time.
    pub fn speed(&self) -> u32 {
        self.clock.map_or(1, |clock| clock.speed)
    }
}

/// Treaty figures an exercise may change. Defaults are the treaty values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LawParameters {
    /// Budapest Art. 16(2): domestic preservation "up to a maximum of ninety days".
    pub domestic_preservation_max: Duration,
    /// Budapest Art. 29(7): preserved "for a period not less than sixty days".
    pub preservation_247_min: Duration,
    /// EU e-evidence Regulation: a provider answers a production order
    /// within 10 days at the latest.
    pub eu_production_answer: Duration,
    /// EU e-evidence Regulation: within 8 hours when the order states an
    /// emergency.
    pub eu_emergency_answer: Duration,
    /// EU e-evidence Regulation: preservation order keeps data 60 days.
    pub eu_preservation: Duration,
    /// How long a provider takes to answer an emergency request (CETS 224
    /// Art. 9: "rapidly expedited") when it gives no `emergency_answers_in`
    /// of its own. Not a treaty figure: one to eight hours, the EU's
    /// emergency deadline as the upper bound.
    pub emergency_answer: Delay,
    /// How long the requesting central authority takes to pass on an
    /// urgent (Budapest Art. 25(3)) or expedited (Art. 31(3)) MLA request
    /// by fax or e-mail, counted in elapsed time. Not a treaty figure.
    #[serde(skip_serializing_if = "LawParameters::urgent_transmission_is_default")]
    pub urgent_transmission: Delay,
    /// How long the requested central authority takes to have such a
    /// request executed, counted in elapsed time: hours to days, not
    /// weeks. Not a treaty figure.
    #[serde(skip_serializing_if = "LawParameters::urgent_mla_is_default")]
    pub urgent_mla: Delay,
    /// How long a foreign judicial authority written to directly in
    /// urgency (Budapest Art. 27(9)) takes to have the request executed.
    /// Not a treaty figure.
    #[serde(skip_serializing_if = "LawParameters::direct_judicial_is_default")]
    pub direct_judicial: Delay,
    /// Data is vulnerable to loss (Budapest Art. 31(3)) when its published
    /// retention runs out within this time: sooner than ordinary MLA could
    /// obtain it. Not a treaty figure.
    #[serde(skip_serializing_if = "LawParameters::data_at_risk_within_is_default")]
    pub data_at_risk_within: Duration,
    /// Budapest Art. 21 and 34: interception of content only for "a range
    /// of serious offences to be determined by domestic law". Not a treaty
    /// list: by default the attacks on systems and data, computer fraud,
    /// child sexual abuse material, extortion and money laundering.
    #[serde(skip_serializing_if = "LawParameters::serious_offences_is_default")]
    pub serious_offences: Vec<Offence>,
    /// Budapest Arts 20, 21, 33, 34: how long a real-time collection or
    /// interception order runs once it takes effect ("in real-time",
    /// for a period domestic law sets). Not a treaty figure: 30 days.
    #[serde(skip_serializing_if = "LawParameters::real_time_period_is_default")]
    pub real_time_period: Duration,
    /// How long indicators take from a team to its national CSIRT, on to
    /// the other State's CSIRT and into that State's police hands,
    /// counted in elapsed time (national CSIRTs keep a 24/7 duty). Not a
    /// treaty figure.
    #[serde(skip_serializing_if = "LawParameters::csirt_relay_is_default")]
    pub csirt_relay: Delay,
    /// How long a freeze asked of the team's financial intelligence unit
    /// takes to be in effect where the funds are (through the other
    /// State's unit when they are abroad), in elapsed time. Not a treaty
    /// figure.
    #[serde(skip_serializing_if = "LawParameters::fiu_freeze_is_default")]
    pub fiu_freeze: Delay,
    /// How long INTERPOL's General Secretariat takes to review a red
    /// notice request and publish it, in elapsed time. Not a treaty figure.
    #[serde(skip_serializing_if = "LawParameters::red_notice_is_default")]
    pub red_notice: Delay,
    /// Budapest Art. 24(1)(a): extradition for offences punishable under
    /// the laws of both Parties by deprivation of liberty for a maximum
    /// period of at least one year.
    #[serde(skip_serializing_if = "LawParameters::extradition_threshold_is_default")]
    pub extradition_threshold: Duration,
    /// The maximum custodial penalty of an offence, where the exercise
    /// sets one: `{Threats: "6mo"}`. An offence not listed is taken to be
    /// punishable by at least `extradition_threshold`, as the Convention's
    /// offences (Arts 2-11) are in the Parties' laws.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub max_penalties: BTreeMap<Offence, Duration>,
    /// CETS 224 Art. 8(6): the requested Party serves the order on the
    /// provider within 45 days of receiving it.
    #[serde(skip_serializing_if = "LawParameters::order_service_is_default")]
    pub order_service: Duration,
    /// CETS 224 Art. 8(6)(a): the provider returns subscriber information
    /// within 20 days of being served.
    #[serde(skip_serializing_if = "LawParameters::order_subscriber_answer_is_default")]
    pub order_subscriber_answer: Duration,
    /// CETS 224 Art. 8(6)(b): and traffic data within 45 days.
    #[serde(skip_serializing_if = "LawParameters::order_traffic_answer_is_default")]
    pub order_traffic_answer: Duration,
    /// How long a trace of wallets or accounts asked of the team's
    /// financial intelligence unit takes to come back (through the unit of
    /// the State where the exchange or bank is, Egmont Group principles),
    /// in elapsed time. Not a treaty figure.
    #[serde(skip_serializing_if = "LawParameters::fiu_trace_is_default")]
    pub fiu_trace: Delay,
    /// How long Eurojust takes to convene a coordination meeting a
    /// prosecutor asks its national desk for, in elapsed time. Not a
    /// treaty figure.
    #[serde(skip_serializing_if = "LawParameters::eurojust_meeting_is_default")]
    pub eurojust_meeting: Delay,
    /// How long the requested authority takes to have an MLA request
    /// executed once the two States' judicial authorities have agreed at a
    /// Eurojust coordination meeting how to execute it, in elapsed time:
    /// the agreed pace replaces the central authority's working-time
    /// processing where it is faster. Not a treaty figure.
    #[serde(skip_serializing_if = "LawParameters::coordinated_mla_is_default")]
    pub coordinated_mla: Delay,
    /// How long Europol takes to cross-check the leads a team sends over
    /// SIENA against the other State's contributions and report a hit, in
    /// elapsed time. Not a treaty figure.
    #[serde(skip_serializing_if = "LawParameters::europol_cross_match_is_default")]
    pub europol_cross_match: Delay,
}

/// The urgency parameters came after journals that name a scenario by its
/// content hash: left at their defaults they are not serialised, so such a
/// scenario hashes as it did before they existed.
impl LawParameters {
    fn urgent_transmission_is_default(delay: &Delay) -> bool {
        *delay == LawParameters::default().urgent_transmission
    }
    fn urgent_mla_is_default(delay: &Delay) -> bool {
        *delay == LawParameters::default().urgent_mla
    }
    fn direct_judicial_is_default(delay: &Delay) -> bool {
        *delay == LawParameters::default().direct_judicial
    }
    fn data_at_risk_within_is_default(within: &Duration) -> bool {
        *within == LawParameters::default().data_at_risk_within
    }
    fn serious_offences_is_default(offences: &[Offence]) -> bool {
        offences == LawParameters::default().serious_offences
    }
    fn real_time_period_is_default(period: &Duration) -> bool {
        *period == LawParameters::default().real_time_period
    }
    fn csirt_relay_is_default(delay: &Delay) -> bool {
        *delay == LawParameters::default().csirt_relay
    }
    fn fiu_freeze_is_default(delay: &Delay) -> bool {
        *delay == LawParameters::default().fiu_freeze
    }
    fn red_notice_is_default(delay: &Delay) -> bool {
        *delay == LawParameters::default().red_notice
    }
    fn extradition_threshold_is_default(threshold: &Duration) -> bool {
        *threshold == LawParameters::default().extradition_threshold
    }
    fn order_service_is_default(within: &Duration) -> bool {
        *within == LawParameters::default().order_service
    }
    fn order_subscriber_answer_is_default(within: &Duration) -> bool {
        *within == LawParameters::default().order_subscriber_answer
    }
    fn order_traffic_answer_is_default(within: &Duration) -> bool {
        *within == LawParameters::default().order_traffic_answer
    }
    fn fiu_trace_is_default(delay: &Delay) -> bool {
        *delay == LawParameters::default().fiu_trace
    }
    fn eurojust_meeting_is_default(delay: &Delay) -> bool {
        *delay == LawParameters::default().eurojust_meeting
    }
    fn coordinated_mla_is_default(delay: &Delay) -> bool {
        *delay == LawParameters::default().coordinated_mla
    }
    fn europol_cross_match_is_default(delay: &Delay) -> bool {
        *delay == LawParameters::default().europol_cross_match
    }
}

impl Default for LawParameters {
    fn default() -> Self {
        LawParameters {
            domestic_preservation_max: Duration::days(90),
            preservation_247_min: Duration::days(60),
            eu_production_answer: Duration::days(10),
            eu_emergency_answer: Duration::hours(8),
            eu_preservation: Duration::days(60),
            emergency_answer: Delay(Duration::hours(1), Duration::hours(8)),
            urgent_transmission: Delay(Duration::minutes(30), Duration::hours(4)),
            urgent_mla: Delay(Duration::hours(4), Duration::days(3)),
            direct_judicial: Delay(Duration::hours(2), Duration::days(2)),
            data_at_risk_within: Duration::days(30),
            serious_offences: vec![
                Offence::DataInterference,
                Offence::SystemInterference,
                Offence::ComputerFraud,
                Offence::ChildSexualAbuseMaterial,
                Offence::Extortion,
                Offence::MoneyLaundering,
            ],
            real_time_period: Duration::days(30),
            csirt_relay: Delay(Duration::hours(1), Duration::hours(6)),
            fiu_freeze: Delay(Duration::hours(4), Duration::days(2)),
            red_notice: Delay(Duration::days(1), Duration::days(3)),
            extradition_threshold: Duration::days(365),
            max_penalties: BTreeMap::new(),
            order_service: Duration::days(45),
            order_subscriber_answer: Duration::days(20),
            order_traffic_answer: Duration::days(45),
            fiu_trace: Delay(Duration::days(1), Duration::days(10)),
            eurojust_meeting: Delay(Duration::days(2), Duration::days(14)),
            coordinated_mla: Delay(Duration::days(1), Duration::days(5)),
            europol_cross_match: Delay(Duration::hours(2), Duration::days(2)),
        }
    }
}

/// A delay drawn uniformly between two bounds: `("2h", "8h")`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delay(pub Duration, pub Duration);

impl Delay {
    pub fn min(&self) -> Duration {
        self.0
    }
    pub fn max(&self) -> Duration {
        self.1
    }
}

/// A country (or other legal order) taking part in the exercise.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Jurisdiction {
    /// Short code used everywhere else: `"MD"`, `"A"`.
    pub code: String,
    pub name: Text,
    /// IANA time zone: `"Europe/Chisinau"`.
    pub time_zone: String,
    /// Languages its authorities work in, first is the official one.
    pub languages: Vec<String>,
    /// Treaties and instruments it is party to.
    #[serde(default)]
    pub parties: Vec<Framework>,
    /// Reservations it made (e.g. dual criminality for preservation, Art. 29(4)).
    #[serde(default)]
    pub reservations: Vec<Reservation>,
    /// Jurisdictions it has a bilateral MLA treaty with.
    #[serde(default)]
    pub bilateral_mla: Vec<String>,
    /// Offences its law criminalises, for dual criminality.
    pub offences: Vec<Offence>,
    pub contact_247: Contact247,
    pub central_authority: CentralAuthority,
    /// How long a judge or prosecutor takes to sign a domestic order.
    pub judges: Judges,
    /// Domestic data retention law: how long providers here keep each
    /// category when a provider states no retention of its own.
    #[serde(default)]
    pub retention_law: BTreeMap<DataCategory, Duration>,
    /// The serious offences its law allows interception for (Budapest
    /// Arts 21, 34: "a range of serious offences to be determined by
    /// domestic law"); the scenario's `law.serious_offences` when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serious_offences: Option<Vec<Offence>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Framework {
    /// Budapest Convention on Cybercrime (ETS 185).
    Budapest,
    /// Second Additional Protocol (CETS 224), applied only between Parties
    /// that both list it.
    SecondProtocol,
    /// UN Convention against Cybercrime (2024).
    UnConvention,
    /// EU e-evidence Regulation (between EU Member States).
    EuEEvidence,
    /// Represented at Eurojust: an EU Member State (a national member) or
    /// a third State with a cooperation agreement and a liaison prosecutor
    /// posted there. Two such States may ask for a coordination meeting.
    Eurojust,
    /// Represented at Europol: an EU Member State (its Europol National
    /// Unit) or a third State with an operational agreement and liaison
    /// officers there. Two such States exchange over SIENA, Europol
    /// cross-checking what they send.
    Europol,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Reservation {
    /// Art. 29(4): may refuse preservation where dual criminality is not met.
    PreservationDualCriminality,
    /// CETS 224 Art. 7(2)(b): wants to be notified of direct orders to its providers.
    NotifyDirectOrders,
    /// Budapest Art. 24(6): its law does not let it extradite its own
    /// nationals (a ground of refusal of its law or treaties, Art. 24(5),
    /// declared here with its reservations); it then submits the case to
    /// its own authorities for prosecution.
    NoExtraditionOfNationals,
    /// CETS 224 Art. 14(10)(a): the data it transfers under the Second
    /// Protocol may go on to another State only with its prior
    /// authorisation (a condition it attaches to each answer, declared
    /// here with its reservations).
    OnwardTransferNeedsConsent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Offence {
    IllegalAccess,
    IllegalInterception,
    DataInterference,
    SystemInterference,
    MisuseOfDevices,
    ComputerForgery,
    ComputerFraud,
    ChildSexualAbuseMaterial,
    CopyrightInfringement,
    Extortion,
    MoneyLaundering,
    /// Threats to kill or harm: not a Convention offence, but any offence
    /// whose evidence is electronic is covered by its procedural powers.
    Threats,
    /// Fraud by ordinary deception (investment, romance, CEO fraud), as
    /// opposed to Art. 8's computer-related fraud.
    Fraud,
    /// Budapest Art. 11(2): attempt to commit an offence of Arts 3-5, 7, 8, 9(1)(a) and (c).
    Attempt,
    /// Budapest Art. 11(1): aiding or abetting an offence of Arts 2-10.
    AidingOrAbetting,
    /// Murder or manslaughter: no Convention offence, but its electronic
    /// evidence (a fugitive's phone, his calls) is reached by the same
    /// powers (Art. 14(2)(c), 23).
    Homicide,
    /// Taking a child away from the person who has custody of it.
    ChildAbduction,
}

/// The Art. 35 desk: always on, but maybe thin at night.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact247 {
    pub staffing: Staffing,
    /// How long the desk takes to act on a request during the day.
    pub acts_in: Delay,
    /// How long at night (22:00–07:00 local) when staffing is reduced.
    #[serde(default)]
    pub night_acts_in: Option<Delay>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Staffing {
    /// Fully staffed day and night.
    Always,
    /// On call at night: slower (`night_acts_in`).
    ReducedAtNight,
    /// Nobody at night or at weekends: requests wait for office hours.
    OfficeHoursOnly,
}

/// The authority that sends and receives formal MLA requests.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CentralAuthority {
    pub name: Text,
    /// `"Mon-Fri 09:00-17:00"` in the jurisdiction's time zone.
    pub office_hours: OfficeHours,
    /// Working time it takes to process an incoming MLA request.
    pub processing: Delay,
    /// It sends back requests not in one of its languages.
    #[serde(default)]
    pub requires_translation: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Judges {
    /// How long a domestic order takes to be signed.
    pub signs_in: Delay,
    /// `"Mon-Fri 08:00-18:00"`; orders are signed only then.
    pub office_hours: OfficeHours,
}

/// A company holding data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provider {
    pub id: String,
    pub name: String,
    pub jurisdiction: String,
    pub kind: ProviderKind,
    /// What it keeps and for how long. Empty for an anonymiser that keeps
    /// nothing: preservation then fails and the requester is told so.
    #[serde(default)]
    pub holds: Vec<Holding>,
    pub disclosure: DisclosurePolicy,
    /// Its law-enforcement liaison is a seat a person may play
    /// (`liaison@ID`): orders and requests for its data then wait for that
    /// person's answer. Simulated when nobody takes the seat.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub played: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ProviderKind {
    Isp,
    Hosting,
    Vps,
    Vpn,
    SocialNetwork,
    Email,
    Registrar,
    CryptoExchange,
    Cloud,
    /// A mobile network operator: subscribers, cell-site location.
    MobileOperator,
    /// Whoever runs CCTV cameras (a city, a transport operator, a shop).
    CctvOperator,
    /// A shipping company: passenger and crew lists, vessel positions.
    ShipOperator,
    /// An airline: passenger name records, flight positions.
    AircraftOperator,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Holding {
    pub category: DataCategory,
    /// How long it keeps this category; if omitted, its jurisdiction's
    /// retention law decides.
    #[serde(default)]
    pub retention: Option<Duration>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum DataCategory {
    SubscriberInfo,
    TrafficData,
    Content,
    NetFlow,
    ServerImage,
    KycRecords,
    RegistrationData,
    /// Where a device or a person was: cell-site data, GPS positions.
    LocationData,
    /// Recorded video of a camera.
    CctvFootage,
}

/// How a provider answers requests.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DisclosurePolicy {
    /// Time to answer a request it accepts.
    pub answers_in: Delay,
    /// Time to answer an emergency request.
    #[serde(default)]
    pub emergency_answers_in: Option<Delay>,
    /// Percent chance it discloses voluntarily to a direct foreign request,
    /// by requesting jurisdiction; `default_rate` for the others.
    #[serde(default)]
    pub voluntary_rate: BTreeMap<String, u8>,
    #[serde(default)]
    pub default_rate: u8,
}

/// An attack on critical infrastructure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Incident {
    pub id: String,
    pub sector: Sector,
    /// Jurisdiction where the victim is.
    pub jurisdiction: String,
    pub victim: Text,
    /// Offences the facts amount to (checked for dual criminality).
    pub offences: Vec<Offence>,
    /// What happens, in order; later stages escalate.
    pub stages: Vec<Stage>,
    /// Leads the victim's investigators hold from the start.
    #[serde(default)]
    pub initial_leads: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Sector {
    Health,
    Energy,
    Water,
    Transport,
    Telecom,
    Finance,
    Government,
    Elections,
    /// No infrastructure: a crime against people (a murder, an abduction,
    /// threats to a person), as many cases that need electronic evidence are.
    Individuals,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    pub id: String,
    /// Since the start of the exercise.
    pub at: Duration,
    pub text: Text,
    /// From this stage on there is a significant and imminent risk to the
    /// life or safety of a person (CETS 224 Art. 3): emergency procedures open.
    #[serde(default)]
    pub risk_to_life: bool,
    /// The stage does not happen if this holds when its time comes (the
    /// threat is averted: `unless: Some(SuspectLocated("operator"))`), so
    /// the harm depends on how fast the team is, not only on the calendar.
    /// With `delayed_by`, it comes that much later instead, once. Not
    /// written when absent (the content hash of older scenarios stays).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unless: Option<Condition>,
    /// With `unless`: how much later the stage comes when its condition
    /// holds at its time (the attacker, disturbed, tries again later),
    /// instead of being averted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delayed_by: Option<Duration>,
}

/// A person behind the incident. A team has *located* them once it holds
/// (disclosed or produced) a data item, or has found a lead, listed in
/// `located_by`: subscriber data behind a phone, cell-site location.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Suspect {
    pub id: String,
    pub text: Text,
    /// The jurisdiction where they are.
    pub jurisdiction: String,
    /// What tells a team where they are: `[Evidence("cell-location"), Lead("home-ip")]`.
    pub located_by: Vec<Locator>,
    /// The jurisdiction whose national they are, when it matters: a State
    /// may refuse to extradite its own nationals (Budapest Art. 24(6)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nationality: Option<String>,
}

/// Something that locates a suspect once a team has it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Locator {
    /// A data item the team obtained, as intelligence or as evidence.
    Evidence(String),
    /// A lead the team found.
    Lead(String),
}

/// Something an investigator can find and follow: an IP address, a domain,
/// a wallet, an account, a file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lead {
    pub id: String,
    pub kind: LeadKind,
    /// What the participant sees: `"185.220.101.34"`.
    pub value: String,
    pub text: Text,
    /// Examining this lead reveals these leads.
    #[serde(default)]
    pub reveals: Vec<String>,
    /// A look-up (WHOIS, IP registry: Art. 32(a)) shows the provider behind it.
    #[serde(default)]
    pub provider: Option<String>,
    /// Data items at that provider this lead lets a request target.
    #[serde(default)]
    pub evidence: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum LeadKind {
    IpAddress,
    Domain,
    Wallet,
    Account,
    Email,
    File,
    LogEntry,
}

/// A piece of data held by a provider: deleted when its retention runs out
/// unless preserved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataItem {
    pub id: String,
    pub provider: String,
    pub category: DataCategory,
    /// When it was created, relative to the start (`"-2d"` = two days before).
    pub created: Duration,
    pub text: Text,
    /// Leads it reveals once disclosed or produced.
    #[serde(default)]
    pub reveals: Vec<String>,
    /// `false` for data a team may reasonably suspect and ask for, which the
    /// provider never kept (a no-log VPN's connection logs): a preservation
    /// request for it earns an Art. 29(6) notice, a disclosure request finds
    /// nothing. The provider's `holds` must then leave its category out; the
    /// checker holds the two to agreement.
    #[serde(default = "kept_by_default", skip_serializing_if = "is_kept")]
    pub kept: bool,
    /// Budapest Art. 32(b): the leads (an account, an e-mail address)
    /// whose holder can lawfully and voluntarily consent to disclose this
    /// item. Consent reaches it once the team has found one of them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consent_by: Vec<String>,
    /// Budapest Art. 19(2): the holders (provider ids) whose searched
    /// system reaches this item on a connected system. A search there may
    /// extend to it when it is held in the same territory.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reachable_from: Vec<String>,
}

fn kept_by_default() -> bool {
    true
}

fn is_kept(kept: &bool) -> bool {
    *kept
}

/// Human players from one jurisdiction. Every role not listed is simulated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Team {
    pub jurisdiction: String,
    pub roles: Vec<Role>,
    /// Roles a trainer may leave to the simulation when short of players.
    #[serde(default)]
    pub optional: Vec<Role>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Role {
    Investigator,
    Prosecutor,
    Contact247,
    Trainer,
    /// A provider's law-enforcement liaison: the seat of a provider with
    /// `played: true`, never a team's role.
    Liaison,
}

/// A master-scenario event: a message that reaches players at a time or when
/// a condition holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Inject {
    pub id: String,
    pub when: Condition,
    pub to: Vec<Recipient>,
    pub text: Text,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Recipient {
    Everyone,
    Trainer,
    /// Every human role of one jurisdiction.
    Team(String),
    /// One role of one jurisdiction: `Participant("A", Investigator)`.
    Participant(String, Role),
}

/// A fact about the state of the exercise, used by injects, objectives and
/// the end of the exercise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Condition {
    /// The clock has reached this time since the start.
    At(Duration),
    StageReached(String),
    LeadFound(String),
    EvidencePreserved(String),
    /// Handed over as intelligence (police to police, voluntary disclosure).
    EvidenceDisclosed(String),
    /// Obtained as admissible evidence through a formal channel.
    EvidenceProduced(String),
    EvidenceLost(String),
    /// Some participant has sent a request of this instrument.
    RequestSent(Instrument),
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
    /// Some team has located this suspect (see [`Suspect`]).
    SuspectLocated(String),
    /// The stage's `unless` held at its time: it did not happen.
    StageAverted(String),
    // Who achieved it: the jurisdiction's code first, then what the
    // condition without `By`/`For`/`To` names. The forms above mean "anyone".
    /// `RequestSentBy("A", Preservation247)`: jurisdiction A sent one.
    RequestSentBy(String, Instrument),
    /// `RequestReceivedBy("B", Mla)`: one was sent to jurisdiction B.
    RequestReceivedBy(String, Instrument),
    /// `LeadFoundBy("A", "c2-ip")`: A's team found the lead.
    LeadFoundBy(String, String),
    /// `EvidencePreservedBy("A", "vps-logs")`: a preservation A sent
    /// reached the provider (or A obtained the item as evidence).
    EvidencePreservedBy(String, String),
    /// `EvidenceDisclosedTo("A", "vps-logs")`: A holds it, as intelligence or evidence.
    EvidenceDisclosedTo(String, String),
    /// `EvidenceProducedFor("B", "vps-logs")`: B obtained it as evidence.
    EvidenceProducedFor(String, String),
    /// `SuspectLocatedBy("A", "operator")`: A's team located the suspect.
    SuspectLocatedBy(String, String),
    /// `IndicatorsShared("c2-ip")`: some team's CSIRT shared the lead and
    /// it reached the police of the State it was shared with.
    IndicatorsShared(String),
    /// `IndicatorsSharedBy("A", "c2-ip")`: the same, shared by A's team.
    IndicatorsSharedBy(String, String),
    /// `AssetsFrozen("ransom-wallet")`: the funds the wallet or account
    /// (a lead) holds have been frozen at a team's request.
    AssetsFrozen(String),
    /// `RedNoticeIssued("caller")`: INTERPOL has published a red notice
    /// for that suspect at a team's request.
    RedNoticeIssued(String),
    /// `SuspectExtradited("operator")`: the State where the suspect is
    /// granted a request to extradite them (Budapest Art. 24).
    SuspectExtradited(String),
    /// `SuspectProsecuted("operator")`: that State refused to extradite its
    /// national and submitted the case for prosecution (Art. 24(6)).
    SuspectProsecuted(String),
    /// `AssetsTraced("ransom-wallet")`: a team's financial intelligence
    /// unit has traced the wallet or account (a lead) through the unit
    /// of the State where it is held: financial intelligence, not evidence.
    AssetsTraced(String),
    /// `CoordinationMeetingHeld("A", "B")`: a coordination meeting at
    /// Eurojust has brought together the judicial authorities of the two
    /// jurisdictions, at either one's request.
    CoordinationMeetingHeld(String, String),
}

/// A debrief point: met when its condition holds, before its deadline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    pub id: String,
    pub text: Text,
    pub points: u32,
    pub when: Condition,
    /// Met only if it holds by this time since the start.
    #[serde(default)]
    pub by: Option<Duration>,
    /// Shown at the debrief.
    #[serde(default)]
    pub debrief: Option<Text>,
}

/// The legal instruments a participant can use. Which ones apply between two
/// jurisdictions is decided in `law`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Instrument {
    /// Budapest Art. 16: domestic expedited preservation.
    DomesticPreservation,
    /// Budapest Art. 18: domestic production order.
    ProductionOrder,
    /// Budapest Art. 26: spontaneous information.
    SpontaneousInformation,
    /// Budapest Art. 29: preservation through the 24/7 network.
    Preservation247,
    /// Budapest Art. 30: expedited disclosure of preserved traffic data,
    /// by the requested Party while it executes an Art. 29 request; not
    /// drafted on its own.
    TrafficDisclosure,
    /// Budapest Art. 31 (or a bilateral treaty): MLA through central authorities.
    Mla,
    /// Budapest Art. 32(a): publicly available data.
    OpenSource,
    /// CETS 224 Art. 7: order for subscriber information directly to a provider.
    DirectSubscriberRequest,
    /// CETS 224 Art. 9: emergency disclosure through the 24/7 network.
    EmergencyDisclosure,
    /// CETS 224 Art. 10: emergency MLA.
    EmergencyMla,
    /// EU e-evidence: European preservation order.
    EuPreservationOrder,
    /// EU e-evidence: European production order.
    EuProductionOrder,
    /// Budapest Art. 25(3): an urgent MLA request sent by expedited means
    /// (fax, e-mail), its formal confirmation to follow.
    UrgentMla,
    /// Budapest Art. 31(3): MLA answered on an expedited basis because the
    /// data is vulnerable to loss.
    ExpeditedMla,
    /// Budapest Art. 27(9): in urgency, the prosecutor writes directly to
    /// the foreign judicial authority (or through INTERPOL), a copy to the
    /// central authorities.
    DirectJudicialRequest,
    /// Budapest Art. 35: assistance through the 24/7 network (locating,
    /// collecting data): the requested desk obtains the data at home and
    /// passes it on as intelligence.
    Assistance247,
    /// A provider's voluntary disclosure in an emergency, under its own
    /// policy and law: no treaty, intelligence only.
    ProviderEmergencyRequest,
    /// Budapest Art. 17: domestic expedited preservation of traffic data,
    /// with the expeditious disclosure of enough of it to identify the
    /// other providers in the path.
    TrafficPreservation,
    /// Budapest Art. 19: domestic search and seizure of stored data; with
    /// 19(2), extended to a connected system in the territory.
    SearchSeizure,
    /// Budapest Art. 32(b): access to data stored in another Party with
    /// the lawful and voluntary consent of the person lawfully authorised
    /// to disclose it (the account holder logs in and consents).
    ConsentAccess,
    /// Budapest Art. 20: real-time collection of traffic data (domestic).
    RealTimeTraffic,
    /// Budapest Art. 21: interception of content data (domestic), for
    /// serious offences only.
    Interception,
    /// Budapest Art. 33: real-time collection of traffic data by mutual
    /// assistance.
    RealTimeTrafficMla,
    /// Budapest Art. 34: interception of content data by mutual
    /// assistance, for serious offences only.
    InterceptionMla,
    /// Indicators handed to the team's national CERT/CSIRT, which shares
    /// them with the other State's CSIRT (FIRST, the EU CSIRTs network: no
    /// treaty); that CSIRT hands them to its police. Leads, not evidence.
    CsirtSharing,
    /// The team asks its financial intelligence unit to have the funds a
    /// wallet or an account holds frozen where they are: at home, or by the
    /// unit of the State where the exchange or bank is (FATF Rec. 40, the
    /// Egmont Group: no treaty).
    FiuFreeze,
    /// An INTERPOL red notice: on a judge's arrest warrant, the country's
    /// National Central Bureau asks INTERPOL to circulate a request to
    /// locate and provisionally arrest a suspect pending extradition.
    RedNotice,
    /// CETS 224 Art. 6: request for domain name registration information,
    /// directly to a registrar in another Party; the registrar may decline.
    DomainRegistrationRequest,
    /// Budapest Art. 24: a request to extradite a located suspect, through
    /// the authorities responsible for extradition (Art. 24(7)).
    Extradition,
    /// CETS 224 Art. 8: the requesting Party's order for subscriber
    /// information or traffic data, given effect by the requested Party,
    /// which serves it on its provider.
    GivingEffectToOrder,
    /// CETS 224 Art. 12: a proposal to set up a joint investigation team
    /// with the other Party's prosecutors, by agreement.
    JointInvestigationTeam,
    /// CETS 224 Art. 12: once a joint investigation team is set up, a
    /// member asks the other Party's members for data, which they obtain
    /// under their own law: no further mutual assistance for the case.
    JointTeamRequest,
    /// CETS 224 Art. 11: hearing a witness or expert in the other Party by
    /// video conference, through the central authorities.
    VideoConference,
    /// The team asks its financial intelligence unit to trace a wallet or
    /// an account through the unit of the State where the exchange or bank
    /// is (the Egmont Group's principles: no treaty). What the records
    /// show (the holder, where the funds went) comes back as financial
    /// intelligence, never evidence: that needs the providing unit's
    /// consent and a formal request.
    FiuTrace,
    /// A prosecutor asks the national desk at Eurojust for a coordination
    /// meeting with the judicial authorities of another State represented
    /// there: they agree how to execute the MLA requests between them,
    /// which are then executed at the agreed pace.
    EurojustCoordination,
    /// The team's Europol National Unit sends leads over SIENA to another
    /// State represented at Europol, Europol in copy; Europol cross-checks
    /// them against what that State has contributed, and a hit tells both
    /// that their investigations share a lead. Intelligence, never evidence.
    EuropolCrossMatch,
}
