//! The law as data: for each instrument, who may use it, between which
//! jurisdictions it exists, what a request must contain, what it yields.
//!
//! Pure functions over scenario types. Adding an instrument is adding a row
//! to [`rule`] (and, where it is new, a [`Framework`] test in
//! [`applies_between`]), never a new code path in the simulation. This module
//! never reads the clock, draws randomness or does I/O.

use crate::scenario::model::{
    DataCategory, Framework, Instrument, Jurisdiction, LawParameters, Offence, ProviderKind, Reservation,
    Role,
};

pub mod table;

/// What a request must state. Art. 29(2) gives the six elements of a
/// preservation request; the formal channels add their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub enum RequestField {
    /// 29(2)(a) the authority seeking preservation.
    RequestingAuthority,
    /// 29(2)(b) the offence and a brief summary of the facts.
    OffenceAndFacts,
    /// 29(2)(c) the data to be preserved and its relation to the offence.
    DataAndRelation,
    /// 29(2)(d) what is known of the custodian or the location of the system.
    CustodianLocation,
    /// 29(2)(e) why preservation is necessary.
    Necessity,
    /// 29(2)(f) that a request for mutual assistance will follow.
    MlaToFollow,
    /// The assistance sought (Art. 31(1)): what the requested Party is
    /// asked to do with the data (search or access, seize or secure,
    /// disclose). An MLA request says it; a preservation request does not
    /// ask for more than preservation.
    AssistanceSought,
    /// The domestic provision the request rests on.
    LegalBasis,
    /// Signature of the competent authority (prosecutor or judge).
    Signature,
    /// Translation into a language the requested authority accepts.
    Translation,
    /// Facts showing a significant and imminent risk to life (CETS 224 Art. 3).
    EmergencyFacts,
    /// Why the request is urgent: the risk, or the data about to be lost
    /// (Budapest Arts 25(3), 27(9), 31(3)).
    Urgency,
    /// That the formal request confirms an urgent one sent by fax or
    /// e-mail (Art. 25(3)).
    FormalConfirmationToFollow,
    /// That a copy goes to the central authorities at the same time
    /// (Art. 27(9)(a)).
    CopyToCentralAuthority,
    /// The witness or expert to be heard and what about (CETS 224 Art. 11).
    PersonToBeHeard,
}

/// What a successful request leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Yields {
    /// The data is frozen: it will not be deleted until the preservation lapses.
    Preservation,
    /// The data reaches the requester as intelligence, not admissible evidence.
    Intelligence,
    /// The data reaches the requester as admissible evidence.
    Evidence,
    /// Publicly available information; no data item changes hands.
    PublicInformation,
    /// The sender informs the counterpart (Art. 26): the message reaches
    /// its inbox, nothing is asked of anyone, no data comes back.
    InformsOnly,
    /// The funds a wallet or an account (a lead) holds are frozen where
    /// they are; no data comes back.
    Freeze,
    /// A notice circulates to every INTERPOL member: locate the suspect
    /// and arrest provisionally, pending extradition. No data comes back.
    RedNotice,
    /// A person, not data: the requested State surrenders the suspect, or
    /// refuses its national and prosecutes them itself (Art. 24(6)).
    Surrender,
    /// An agreement between the two sides' authorities: a joint
    /// investigation team is set up (CETS 224 Art. 12).
    Agreement,
    /// A hearing scheduled by the requested side: testimony, not data
    /// (CETS 224 Art. 11).
    Testimony,
    /// What the records behind the wallets or accounts show (the holder,
    /// the accounts and exchanges the funds went to) reaches the requester
    /// as leads: financial intelligence, usable as evidence only with the
    /// providing unit's consent, through a formal request (Egmont Group
    /// principles).
    Trace,
    /// A coordination meeting at Eurojust: the two sides' judicial
    /// authorities agree how to execute the MLA requests between them,
    /// which then go at the agreed pace. No data changes hands.
    Coordination,
    /// Leads sent over SIENA reach the other State's police, and Europol
    /// reports which of them that State's own investigation already
    /// holds (a hit): intelligence for both, no data comes back.
    CrossMatch,
}

/// The data categories an instrument reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Covers {
    /// Any stored data.
    Any,
    /// These categories only.
    Only(&'static [DataCategory]),
}

/// Who receives a request first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Channel {
    /// A provider in the requester's own jurisdiction.
    DomesticProvider,
    /// The requested jurisdiction's 24/7 point of contact.
    Foreign247,
    /// The requester's central authority, which forwards to the requested one.
    CentralAuthorities,
    /// A provider in another jurisdiction, directly.
    ForeignProvider,
    /// The requested jurisdiction's judicial authority, directly, in
    /// urgency (Art. 27(9)); a copy goes to the central authorities.
    ForeignJudicialAuthority,
    /// The requester's national CERT/CSIRT, which shares with the
    /// requested State's CSIRT, which hands on to its police.
    Csirt,
    /// The requester's financial intelligence unit, which asks the unit
    /// of the State where the funds are held when they are abroad.
    Fiu,
    /// The requester's INTERPOL National Central Bureau, to INTERPOL's
    /// General Secretariat, which publishes to every member.
    Interpol,
    /// The requested jurisdiction's prosecutors, directly: a joint
    /// investigation team's partners (CETS 224 Art. 12).
    ForeignProsecutor,
    /// No one: the requester looks it up.
    None,
    /// The person lawfully authorised to disclose the data, who consents
    /// and gives access at once (Art. 32(b)): no authority is asked.
    ConsentingPerson,
    /// The requester's national desk at Eurojust, which convenes the other
    /// State's national member or liaison prosecutor and its judicial
    /// authorities.
    Eurojust,
    /// The requester's Europol National Unit, over SIENA to the other
    /// State's, Europol in copy cross-checking.
    Europol,
}

/// Which urgency an instrument needs beyond a known risk to life
/// ([`Rule::needs_emergency`]). Data is at risk when it is
/// [`vulnerable_to_loss`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urgency {
    /// None: it may be used in any case.
    NotNeeded,
    /// Every data item it names is vulnerable to loss (Art. 31(3)).
    DataAtRisk,
    /// Urgent circumstances: a known risk to life, or every data item it
    /// names vulnerable to loss (Arts 25(3), 27(9)).
    RiskOrDataAtRisk,
}

/// One instrument's rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub instrument: Instrument,
    /// Roles that may send it.
    pub senders: &'static [Role],
    pub channel: Channel,
    pub required: &'static [RequestField],
    /// Only once a risk to life is known (CETS 224 Art. 3).
    pub needs_emergency: bool,
    /// Urgent circumstances it needs otherwise (Arts 25(3), 27(9), 31(3)).
    pub urgency: Urgency,
    /// Dual criminality is checked by the requested side.
    pub dual_criminality: bool,
    /// A court order: the prosecutor applies, a judge signs (Art. 18).
    pub court_order: bool,
    /// The provider may decline (CETS 224 Art. 7: a direct request, not a
    /// binding order); it then discloses at its voluntary rate.
    pub provider_may_decline: bool,
    pub yields: Yields,
    /// The data categories it reaches (Art. 30: traffic data; CETS 224
    /// Art. 7: subscriber information).
    pub covers: Covers,
    /// Not a request of its own: the requested Party's duty while it
    /// executes a request of this instrument (Art. 30 within Art. 29).
    /// Nobody drafts it; the requested 24/7 desk performs it.
    pub within: Option<Instrument>,
    /// With the preservation, the provider discloses at once enough
    /// traffic data to identify the other providers in the path
    /// (Art. 17(1)(b)): what the data shows of them reaches the requester
    /// as leads, intelligence and not evidence.
    pub discloses_path: bool,
    /// It extends from the searched system to data on a connected system
    /// in the same territory (Art. 19(2)), never to one abroad.
    pub reaches_connected_systems: bool,
    /// It collects in real time (Arts 20, 21, 33, 34): the data created
    /// after the order takes effect, for [`real_time_period`], as it is
    /// created; never data already stored, which is preservation's and
    /// production's.
    pub real_time: bool,
    /// Only for the serious offences the scenario's law lists (Arts 21,
    /// 34: interception of content).
    pub serious_offences_only: bool,
    /// The only kinds of holder it may be addressed to (CETS 224 Art. 6:
    /// domain name registrars); `None`: any its channel reaches.
    pub holders: Option<&'static [ProviderKind]>,
    /// Only between the members of a joint investigation team set up
    /// under CETS 224 Art. 12.
    pub needs_joint_team: bool,
}

use RequestField as F;
const INVESTIGATOR: Role = Role::Investigator;
const PROSECUTOR: Role = Role::Prosecutor;
const CONTACT_247: Role = Role::Contact247;

/// The six elements of an Art. 29(2) preservation request.
pub const ART29_ELEMENTS: &[RequestField] = &[
    F::RequestingAuthority,
    F::OffenceAndFacts,
    F::DataAndRelation,
    F::CustodianLocation,
    F::Necessity,
    F::MlaToFollow,
];

/// The rules of an instrument.
pub fn rule(instrument: Instrument) -> Rule {
    let base = |senders, channel, required, yields| Rule {
        instrument,
        senders,
        channel,
        required,
        needs_emergency: false,
        urgency: Urgency::NotNeeded,
        dual_criminality: false,
        court_order: false,
        provider_may_decline: false,
        yields,
        covers: Covers::Any,
        within: None,
        discloses_path: false,
        reaches_connected_systems: false,
        real_time: false,
        serious_offences_only: false,
        holders: None,
        needs_joint_team: false,
    };
    match instrument {
        Instrument::DomesticPreservation => base(
            &[INVESTIGATOR, PROSECUTOR],
            Channel::DomesticProvider,
            &[F::RequestingAuthority, F::DataAndRelation, F::LegalBasis],
            Yields::Preservation,
        ),
        Instrument::ProductionOrder => Rule {
            court_order: true,
            ..base(
                &[PROSECUTOR],
                Channel::DomesticProvider,
                &[
                    F::RequestingAuthority,
                    F::OffenceAndFacts,
                    F::DataAndRelation,
                    F::LegalBasis,
                    F::Signature,
                ],
                Yields::Evidence,
            )
        },
        Instrument::SpontaneousInformation => base(
            &[INVESTIGATOR, PROSECUTOR, CONTACT_247],
            Channel::Foreign247,
            &[F::RequestingAuthority, F::OffenceAndFacts],
            Yields::InformsOnly,
        ),
        Instrument::Preservation247 => base(
            &[CONTACT_247],
            Channel::Foreign247,
            ART29_ELEMENTS,
            Yields::Preservation,
        ),
        // Art. 30(1): while executing an Art. 29 request, the requested
        // Party that finds a provider in another State in the path
        // discloses enough traffic data to identify it and the path. Its
        // own 24/7 desk does it; nobody asks for it on a form of its own.
        Instrument::TrafficDisclosure => Rule {
            covers: Covers::Only(&[DataCategory::TrafficData, DataCategory::NetFlow]),
            within: Some(Instrument::Preservation247),
            ..base(&[CONTACT_247], Channel::Foreign247, &[], Yields::Intelligence)
        },
        Instrument::Mla => Rule {
            dual_criminality: true,
            ..base(
                &[PROSECUTOR],
                Channel::CentralAuthorities,
                &[
                    F::RequestingAuthority,
                    F::OffenceAndFacts,
                    F::DataAndRelation,
                    F::AssistanceSought,
                    F::LegalBasis,
                    F::Signature,
                    F::Translation,
                ],
                Yields::Evidence,
            )
        },
        Instrument::OpenSource => base(
            &[INVESTIGATOR, CONTACT_247],
            Channel::None,
            &[],
            Yields::PublicInformation,
        ),
        Instrument::DirectSubscriberRequest => Rule {
            provider_may_decline: true,
            // Registration data is Art. 6's, a separate instrument.
            covers: Covers::Only(&[DataCategory::SubscriberInfo]),
            ..base(
                &[PROSECUTOR],
                Channel::ForeignProvider,
                &[
                    F::RequestingAuthority,
                    F::OffenceAndFacts,
                    F::DataAndRelation,
                    F::LegalBasis,
                    F::Signature,
                ],
                Yields::Evidence,
            )
        },
        Instrument::EmergencyDisclosure => Rule {
            needs_emergency: true,
            ..base(
                &[CONTACT_247],
                Channel::Foreign247,
                &[F::RequestingAuthority, F::EmergencyFacts, F::DataAndRelation],
                Yields::Evidence,
            )
        },
        Instrument::EmergencyMla => Rule {
            needs_emergency: true,
            ..base(
                &[PROSECUTOR],
                Channel::CentralAuthorities,
                &[
                    F::RequestingAuthority,
                    F::EmergencyFacts,
                    F::OffenceAndFacts,
                    F::DataAndRelation,
                    F::Signature,
                ],
                Yields::Evidence,
            )
        },
        Instrument::EuPreservationOrder => base(
            &[PROSECUTOR],
            Channel::ForeignProvider,
            &[F::RequestingAuthority, F::DataAndRelation, F::Signature],
            Yields::Preservation,
        ),
        Instrument::EuProductionOrder => base(
            &[PROSECUTOR],
            Channel::ForeignProvider,
            &[
                F::RequestingAuthority,
                F::OffenceAndFacts,
                F::DataAndRelation,
                F::Signature,
            ],
            Yields::Evidence,
        ),
        Instrument::UrgentMla => Rule {
            dual_criminality: true,
            urgency: Urgency::RiskOrDataAtRisk,
            ..base(
                &[PROSECUTOR],
                Channel::CentralAuthorities,
                &[
                    F::RequestingAuthority,
                    F::OffenceAndFacts,
                    F::DataAndRelation,
                    F::AssistanceSought,
                    F::LegalBasis,
                    F::Signature,
                    F::Urgency,
                    F::FormalConfirmationToFollow,
                ],
                Yields::Evidence,
            )
        },
        Instrument::ExpeditedMla => Rule {
            dual_criminality: true,
            urgency: Urgency::DataAtRisk,
            ..base(
                &[PROSECUTOR],
                Channel::CentralAuthorities,
                &[
                    F::RequestingAuthority,
                    F::OffenceAndFacts,
                    F::DataAndRelation,
                    F::AssistanceSought,
                    F::LegalBasis,
                    F::Signature,
                    F::Translation,
                    F::Urgency,
                ],
                Yields::Evidence,
            )
        },
        Instrument::DirectJudicialRequest => Rule {
            dual_criminality: true,
            urgency: Urgency::RiskOrDataAtRisk,
            ..base(
                &[PROSECUTOR],
                Channel::ForeignJudicialAuthority,
                &[
                    F::RequestingAuthority,
                    F::OffenceAndFacts,
                    F::DataAndRelation,
                    F::AssistanceSought,
                    F::LegalBasis,
                    F::Signature,
                    F::Urgency,
                    F::CopyToCentralAuthority,
                ],
                Yields::Evidence,
            )
        },
        // The requested desk obtains the data under its own law and passes
        // it on police to police: intelligence until a formal route.
        Instrument::Assistance247 => Rule {
            needs_emergency: true,
            ..base(
                &[CONTACT_247],
                Channel::Foreign247,
                &[F::RequestingAuthority, F::EmergencyFacts, F::DataAndRelation],
                Yields::Intelligence,
            )
        },
        // No treaty: the provider's own emergency policy, at its own rate.
        Instrument::ProviderEmergencyRequest => Rule {
            needs_emergency: true,
            provider_may_decline: true,
            ..base(
                &[INVESTIGATOR, CONTACT_247],
                Channel::ForeignProvider,
                &[F::RequestingAuthority, F::EmergencyFacts, F::DataAndRelation],
                Yields::Intelligence,
            )
        },
        // Art. 17 is Art. 16 for traffic data, with the path disclosed.
        Instrument::TrafficPreservation => Rule {
            covers: Covers::Only(&[DataCategory::TrafficData, DataCategory::NetFlow]),
            discloses_path: true,
            ..base(
                &[INVESTIGATOR, PROSECUTOR],
                Channel::DomesticProvider,
                &[F::RequestingAuthority, F::DataAndRelation, F::LegalBasis],
                Yields::Preservation,
            )
        },
        // A search is coercive: a judge's warrant, as for Art. 18.
        Instrument::SearchSeizure => Rule {
            court_order: true,
            reaches_connected_systems: true,
            ..base(
                &[PROSECUTOR],
                Channel::DomesticProvider,
                &[
                    F::RequestingAuthority,
                    F::OffenceAndFacts,
                    F::DataAndRelation,
                    F::LegalBasis,
                    F::Signature,
                ],
                Yields::Evidence,
            )
        },
        // No authority of the other Party is asked: the person who may
        // disclose the data consents and gives access.
        Instrument::ConsentAccess => base(
            &[INVESTIGATOR],
            Channel::ConsentingPerson,
            &[F::RequestingAuthority, F::DataAndRelation],
            Yields::Evidence,
        ),
        // Arts 20 and 21 at home: a judge's order to the provider, as for
        // Art. 18; Arts 33 and 34 the same by mutual assistance.
        Instrument::RealTimeTraffic | Instrument::Interception => Rule {
            court_order: true,
            real_time: true,
            serious_offences_only: instrument == Instrument::Interception,
            covers: real_time_covers(instrument),
            ..base(
                &[PROSECUTOR],
                Channel::DomesticProvider,
                &[
                    F::RequestingAuthority,
                    F::OffenceAndFacts,
                    F::DataAndRelation,
                    F::LegalBasis,
                    F::Signature,
                ],
                Yields::Evidence,
            )
        },
        Instrument::RealTimeTrafficMla | Instrument::InterceptionMla => Rule {
            dual_criminality: true,
            real_time: true,
            serious_offences_only: instrument == Instrument::InterceptionMla,
            covers: real_time_covers(instrument),
            ..base(
                &[PROSECUTOR],
                Channel::CentralAuthorities,
                &[
                    F::RequestingAuthority,
                    F::OffenceAndFacts,
                    F::DataAndRelation,
                    F::LegalBasis,
                    F::Signature,
                    F::Translation,
                ],
                Yields::Evidence,
            )
        },
        // Incident response, not a legal assistance: indicators (leads)
        // pass from CSIRT to CSIRT and reach the other State's police,
        // which may open its own case. Nothing is asked, no data comes back.
        Instrument::CsirtSharing => base(
            &[INVESTIGATOR, CONTACT_247],
            Channel::Csirt,
            &[],
            Yields::InformsOnly,
        ),
        // Not a legal assistance either: unit to unit, on the grounds the
        // sending unit states (FATF Rec. 40; the Egmont Group's principles).
        Instrument::FiuFreeze => base(
            &[INVESTIGATOR, PROSECUTOR],
            Channel::Fiu,
            &[F::RequestingAuthority, F::OffenceAndFacts],
            Yields::Freeze,
        ),
        // The judge's arrest warrant is the order (court_order); the
        // notice aims at the State where the suspect is.
        Instrument::RedNotice => Rule {
            court_order: true,
            ..base(
                &[PROSECUTOR],
                Channel::Interpol,
                &[
                    F::RequestingAuthority,
                    F::OffenceAndFacts,
                    F::LegalBasis,
                    F::Signature,
                ],
                Yields::RedNotice,
            )
        },
        // A request, not an order (Explanatory Report, para. 84): the
        // registrar may decline, and it reaches registrars only.
        Instrument::DomainRegistrationRequest => Rule {
            provider_may_decline: true,
            covers: Covers::Only(&[DataCategory::RegistrationData]),
            holders: Some(&[ProviderKind::Registrar]),
            ..base(
                &[INVESTIGATOR, PROSECUTOR],
                Channel::ForeignProvider,
                &[F::RequestingAuthority, F::OffenceAndFacts, F::DataAndRelation],
                Yields::Evidence,
            )
        },
        // Art. 24(1)(a): the offence must be criminal in both (dual
        // criminality) and punishable by at least a year ([`extraditable`]).
        Instrument::Extradition => Rule {
            dual_criminality: true,
            ..base(
                &[PROSECUTOR],
                Channel::CentralAuthorities,
                &[
                    F::RequestingAuthority,
                    F::OffenceAndFacts,
                    F::LegalBasis,
                    F::Signature,
                    F::Translation,
                ],
                Yields::Surrender,
            )
        },
        // The requesting Party's own order, which the requested Party
        // serves and enforces: the provider may not decline.
        Instrument::GivingEffectToOrder => Rule {
            covers: Covers::Only(&[
                DataCategory::SubscriberInfo,
                DataCategory::TrafficData,
                DataCategory::NetFlow,
            ]),
            ..base(
                &[PROSECUTOR],
                Channel::CentralAuthorities,
                &[
                    F::RequestingAuthority,
                    F::OffenceAndFacts,
                    F::DataAndRelation,
                    F::LegalBasis,
                    F::Signature,
                    F::Translation,
                ],
                Yields::Evidence,
            )
        },
        Instrument::JointInvestigationTeam => base(
            &[PROSECUTOR],
            Channel::ForeignProsecutor,
            &[F::RequestingAuthority, F::OffenceAndFacts, F::Signature],
            Yields::Agreement,
        ),
        // The partner's members obtain the data under their own law and
        // share it within the team: evidence, without central authorities,
        // translation or dual criminality.
        Instrument::JointTeamRequest => Rule {
            needs_joint_team: true,
            ..base(
                &[INVESTIGATOR, PROSECUTOR],
                Channel::ForeignProsecutor,
                &[F::RequestingAuthority, F::DataAndRelation],
                Yields::Evidence,
            )
        },
        Instrument::VideoConference => base(
            &[PROSECUTOR],
            Channel::CentralAuthorities,
            &[
                F::RequestingAuthority,
                F::OffenceAndFacts,
                F::PersonToBeHeard,
                F::LegalBasis,
                F::Signature,
                F::Translation,
            ],
            Yields::Testimony,
        ),
        // Unit to unit, as for a freeze (Egmont Group principles): the
        // requested unit asks its reporting entities and answers with
        // intelligence, on the grounds the requesting unit states.
        Instrument::FiuTrace => base(
            &[INVESTIGATOR, PROSECUTOR],
            Channel::Fiu,
            &[F::RequestingAuthority, F::OffenceAndFacts],
            Yields::Trace,
        ),
        // A judicial authority asks its national desk; the meeting
        // coordinates, it obtains nothing by itself.
        Instrument::EurojustCoordination => base(
            &[PROSECUTOR],
            Channel::Eurojust,
            &[F::RequestingAuthority, F::OffenceAndFacts],
            Yields::Coordination,
        ),
        // Police information exchange (Regulation (EU) 2016/794): the
        // unit, not a judicial authority, sends; it carries leads.
        Instrument::EuropolCrossMatch => base(
            &[INVESTIGATOR, CONTACT_247],
            Channel::Europol,
            &[F::RequestingAuthority, F::OffenceAndFacts],
            Yields::CrossMatch,
        ),
    }
}

/// Real-time collection reaches traffic data (Arts 20, 33); interception
/// reaches content (Arts 21, 34).
fn real_time_covers(instrument: Instrument) -> Covers {
    match instrument {
        Instrument::Interception | Instrument::InterceptionMla => Covers::Only(&[DataCategory::Content]),
        _ => Covers::Only(&[DataCategory::TrafficData, DataCategory::NetFlow]),
    }
}

/// How long a real-time collection or interception order runs once it
/// takes effect; `None` for every other instrument.
pub fn real_time_period(instrument: Instrument, law: &LawParameters) -> Option<crate::time::Duration> {
    rule(instrument).real_time.then_some(law.real_time_period)
}

/// Whether a case with `case` offences allows `instrument` in
/// `executing`, the State whose authorities would intercept: an instrument
/// for serious offences only (Arts 21, 34) needs one of them among the
/// serious offences of that State's law ("a range of serious offences to
/// be determined by domestic law"), or the scenario's `serious_offences`
/// where its law says none.
pub fn serious_enough(
    instrument: Instrument,
    case: &[Offence],
    law: &LawParameters,
    executing: &Jurisdiction,
) -> bool {
    let serious = executing
        .serious_offences
        .as_deref()
        .unwrap_or(&law.serious_offences);
    !rule(instrument).serious_offences_only || case.iter().any(|o| serious.contains(o))
}

/// Whether `instrument` asks an authority or a holder of data, and so is
/// a way a refusal may offer instead of another request. An open-source
/// look-up asks no one; consent (Art. 32(b)) depends on a person the case
/// may not have, so it is offered only where that person is known; and
/// real-time collection does not reach stored data.
pub fn asks_someone(instrument: Instrument) -> bool {
    let r = rule(instrument);
    // Real-time collection reaches data not yet created (Arts 20, 21, 33,
    // 34): never a way to the stored data a refusal is about. A duty
    // performed within another request (Art. 30) is asked of no one, and a
    // joint team's request exists only once the team is agreed (Art. 12).
    !matches!(r.channel, Channel::None | Channel::ConsentingPerson)
        && !r.real_time
        && r.within.is_none()
        && !r.needs_joint_team
}

/// Whether `instrument` is a domestic power (Arts 16 to 19): it reaches
/// holders in the requester's own jurisdiction only.
pub fn is_domestic_power(instrument: Instrument) -> bool {
    matches!(
        instrument,
        Instrument::DomesticPreservation
            | Instrument::ProductionOrder
            | Instrument::TrafficPreservation
            | Instrument::SearchSeizure
            | Instrument::RealTimeTraffic
            | Instrument::Interception
    )
}

/// Whether a request of `instrument` carries leads (never data items):
/// information about them (Art. 26, the CSIRTs) or the funds they hold
/// (a freeze).
pub fn carries_leads(instrument: Instrument) -> bool {
    matches!(
        rule(instrument).yields,
        Yields::InformsOnly | Yields::Freeze | Yields::Trace | Yields::CrossMatch
    )
}

/// Whether a request of `instrument` names wallets and accounts (leads
/// whose custodian is known), not data: what the financial intelligence
/// units act on, to freeze or to trace.
pub fn names_assets(instrument: Instrument) -> bool {
    rule(instrument).channel == Channel::Fiu
}

/// What the `items` of a request of an instrument name: a form offers
/// these to pick from, and the draft is refused if it names anything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub enum Names {
    /// Data items the team can name (preservation, disclosure, evidence).
    Data,
    /// Leads the team has found, never data (Art. 26; indicators to the
    /// CSIRTs).
    Leads,
    /// Wallets and accounts among the leads, whose custodian the team has
    /// looked up (a freeze through the FIUs).
    Assets,
    /// Exactly one suspect the team has located (Art. 24 extradition, a
    /// red notice).
    Suspect,
    /// Nothing: a joint investigation team is agreed on (CETS 224
    /// Art. 12), a hearing names its witness in a field (Art. 11).
    Nothing,
}

/// What a request of `instrument` names, read off what it yields.
pub fn names(instrument: Instrument) -> Names {
    match rule(instrument).yields {
        Yields::Preservation | Yields::Intelligence | Yields::Evidence | Yields::PublicInformation => {
            Names::Data
        }
        Yields::InformsOnly | Yields::CrossMatch => Names::Leads,
        Yields::Freeze | Yields::Trace => Names::Assets,
        Yields::RedNotice | Yields::Surrender => Names::Suspect,
        Yields::Agreement | Yields::Testimony | Yields::Coordination => Names::Nothing,
    }
}

/// Whether `instrument` is an urgent route: it needs a known risk to life
/// or urgent circumstances. A refusal of one names the others that exist.
pub fn is_urgent_route(instrument: Instrument) -> bool {
    let r = rule(instrument);
    r.needs_emergency || r.urgency != Urgency::NotNeeded
}

/// Whether data whose published retention runs out at `runs_out` is
/// vulnerable to loss at `now` (Art. 31(3)): it runs out within the
/// scenario's `data_at_risk_within`. Data kept with no end is not.
pub fn vulnerable_to_loss(
    runs_out: Option<crate::time::SimTime>,
    now: crate::time::SimTime,
    law: &LawParameters,
) -> bool {
    runs_out.is_some_and(|t| t <= now.after(law.data_at_risk_within))
}

/// How long the requested authority takes over an urgent or expedited
/// request (Arts 25(3), 31(3): the central authority, after its own
/// passed it on within `urgent_transmission`; Art. 27(9): the judicial
/// authority written to directly), in elapsed time, from the scenario's
/// law parameters; `None` where the authorities keep their ordinary pace.
pub fn urgent_handling(instrument: Instrument, law: &LawParameters) -> Option<crate::scenario::model::Delay> {
    match instrument {
        Instrument::UrgentMla | Instrument::ExpeditedMla => Some(law.urgent_mla),
        Instrument::DirectJudicialRequest => Some(law.direct_judicial),
        _ => None,
    }
}

/// How long the office an instrument goes through (a team's CSIRT and
/// the other's, the financial intelligence units, INTERPOL, Eurojust)
/// takes to deliver, freeze, trace, publish or meet, in elapsed time, from
/// the scenario's law parameters; `None` for the instruments that go
/// elsewhere.
pub fn office_handling(instrument: Instrument, law: &LawParameters) -> Option<crate::scenario::model::Delay> {
    let r = rule(instrument);
    match r.channel {
        Channel::Csirt => Some(law.csirt_relay),
        Channel::Fiu if r.yields == Yields::Trace => Some(law.fiu_trace),
        Channel::Fiu => Some(law.fiu_freeze),
        Channel::Interpol => Some(law.red_notice),
        Channel::Eurojust => Some(law.eurojust_meeting),
        Channel::Europol => Some(law.europol_cross_match),
        _ => None,
    }
}

/// How long the requested central authority takes to have a request of
/// `instrument` executed once the two States' judicial authorities have
/// met at Eurojust, in elapsed time: the agreed pace, where it is faster
/// than the authority's own; `None` for what does not go through the
/// central authorities.
pub fn coordinated_handling(
    instrument: Instrument,
    law: &LawParameters,
) -> Option<crate::scenario::model::Delay> {
    // Evidence and its preservation, not an extradition's court process
    // or a hearing: what the meeting agrees is how the MLA requests for
    // the case's data are executed.
    let r = rule(instrument);
    let evidence = matches!(
        r.yields,
        Yields::Evidence | Yields::Intelligence | Yields::Preservation
    );
    (r.channel == Channel::CentralAuthorities && evidence).then_some(law.coordinated_mla)
}

/// The pace a coordination meeting at Eurojust agrees for the MLA
/// requests between the two States, given with the instrument that asks
/// for the meeting (for the law table); `None` for every other instrument.
pub fn agreed_pace(instrument: Instrument, law: &LawParameters) -> Option<crate::scenario::model::Delay> {
    (rule(instrument).yields == Yields::Coordination).then_some(law.coordinated_mla)
}

/// Every instrument, in a fixed order.
pub const ALL_INSTRUMENTS: [Instrument; 36] = [
    Instrument::DomesticPreservation,
    Instrument::ProductionOrder,
    Instrument::SpontaneousInformation,
    Instrument::Preservation247,
    Instrument::TrafficDisclosure,
    Instrument::Mla,
    Instrument::OpenSource,
    Instrument::DirectSubscriberRequest,
    Instrument::EmergencyDisclosure,
    Instrument::EmergencyMla,
    Instrument::EuPreservationOrder,
    Instrument::EuProductionOrder,
    Instrument::UrgentMla,
    Instrument::ExpeditedMla,
    Instrument::DirectJudicialRequest,
    Instrument::Assistance247,
    Instrument::ProviderEmergencyRequest,
    Instrument::TrafficPreservation,
    Instrument::SearchSeizure,
    Instrument::ConsentAccess,
    Instrument::RealTimeTraffic,
    Instrument::Interception,
    Instrument::RealTimeTrafficMla,
    Instrument::InterceptionMla,
    Instrument::CsirtSharing,
    Instrument::FiuFreeze,
    Instrument::RedNotice,
    Instrument::DomainRegistrationRequest,
    Instrument::Extradition,
    Instrument::GivingEffectToOrder,
    Instrument::JointInvestigationTeam,
    Instrument::JointTeamRequest,
    Instrument::VideoConference,
    Instrument::FiuTrace,
    Instrument::EurojustCoordination,
    Instrument::EuropolCrossMatch,
];

fn both(a: &Jurisdiction, b: &Jurisdiction, framework: Framework) -> bool {
    a.parties.contains(&framework) && b.parties.contains(&framework)
}

/// Whether `instrument` exists between the requesting and the requested
/// jurisdiction. Domestic instruments apply only within one jurisdiction;
/// open-source look-ups apply everywhere.
pub fn applies_between(instrument: Instrument, from: &Jurisdiction, to: &Jurisdiction) -> bool {
    let domestic = from.code == to.code;
    let budapest = both(from, to, Framework::Budapest);
    let un = both(from, to, Framework::UnConvention);
    let treaty = from.bilateral_mla.contains(&to.code) || to.bilateral_mla.contains(&from.code);
    match instrument {
        Instrument::OpenSource => true,
        _ if is_domestic_power(instrument) => domestic,
        // Every unit may freeze or trace at home and asks its counterpart
        // abroad (Egmont Group: no treaty).
        Instrument::FiuFreeze | Instrument::FiuTrace => true,
        _ if domestic => false,
        Instrument::SpontaneousInformation | Instrument::Preservation247 | Instrument::TrafficDisclosure => {
            budapest || un
        }
        Instrument::Mla => budapest || un || treaty,
        Instrument::DirectSubscriberRequest
        | Instrument::EmergencyDisclosure
        | Instrument::EmergencyMla
        | Instrument::DomainRegistrationRequest
        | Instrument::GivingEffectToOrder
        | Instrument::JointInvestigationTeam
        | Instrument::JointTeamRequest
        | Instrument::VideoConference => both(from, to, Framework::SecondProtocol),
        Instrument::EuPreservationOrder | Instrument::EuProductionOrder => {
            both(from, to, Framework::EuEEvidence)
        }
        Instrument::UrgentMla
        | Instrument::ExpeditedMla
        | Instrument::Assistance247
        | Instrument::Extradition => budapest,
        // Art. 27 applies only where no MLA treaty links the two (27(1)):
        // a treaty's own procedure governs direct contact otherwise.
        Instrument::DirectJudicialRequest => budapest && !treaty,
        // A provider's own policy and law: no treaty needed.
        Instrument::ProviderEmergencyRequest => true,
        // Trans-border access to data stored in another Party (32(b)).
        Instrument::ConsentAccess | Instrument::RealTimeTrafficMla | Instrument::InterceptionMla => budapest,
        Instrument::DomesticPreservation
        | Instrument::ProductionOrder
        | Instrument::TrafficPreservation
        | Instrument::SearchSeizure
        | Instrument::RealTimeTraffic
        | Instrument::Interception => unreachable!("domestic powers are decided above"),
        // CSIRTs cooperate without a treaty (FIRST, the EU CSIRTs network).
        Instrument::CsirtSharing => true,
        // Every State of the exercise is an INTERPOL member.
        Instrument::RedNotice => true,
        // Both represented at Eurojust: EU Member States, or a third State
        // with a cooperation agreement and a liaison prosecutor there.
        Instrument::EurojustCoordination => both(from, to, Framework::Eurojust),
        // Both represented at Europol: EU Member States, or a third State
        // with an operational agreement.
        Instrument::EuropolCrossMatch => both(from, to, Framework::Europol),
    }
}

/// What a request rests on between its two jurisdictions: the rule's own
/// article, the UN Convention's counterpart, or a bilateral treaty. Data;
/// the shell names it ("Budapest Art. 29", "UN Convention against
/// Cybercrime (MLA)").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub enum Basis {
    /// The article of the instrument's [`Rule`] (Budapest, CETS 224, the
    /// EU Regulation, a domestic power).
    Rule(Instrument),
    /// The UN Convention against Cybercrime's provision for the same thing.
    UnConvention(Instrument),
    BilateralMla,
}

/// The legal basis a request of `instrument` from `from` to `to` actually
/// rests on. The Budapest Convention where both are Parties to it; else
/// the UN Convention against Cybercrime where both are Parties to that
/// (its 24/7 network, preservation, disclosure, spontaneous information
/// and MLA); else, for MLA, a bilateral treaty. Instruments with a single
/// source (domestic powers, CETS 224, the EU Regulation) keep their rule's
/// article. Decided once, when the request is drafted.
pub fn basis(instrument: Instrument, from: &Jurisdiction, to: &Jurisdiction) -> Basis {
    if from.code == to.code || both(from, to, Framework::Budapest) {
        return Basis::Rule(instrument);
    }
    let un = both(from, to, Framework::UnConvention);
    match instrument {
        Instrument::Mla
        | Instrument::Preservation247
        | Instrument::TrafficDisclosure
        | Instrument::SpontaneousInformation
            if un =>
        {
            Basis::UnConvention(instrument)
        }
        Instrument::Mla => Basis::BilateralMla,
        _ => Basis::Rule(instrument),
    }
}

/// Requests that exist between `from` and `to` and serve what a request of
/// `instrument` was for: the same yield, or evidence in place of
/// preservation or intelligence. Urgent routes ([`is_urgent_route`]) only
/// when `instrument` is one, and then every urgent route that asks for
/// data, intelligence included: in an emergency what counts is to know in
/// time. Never what needs a joint investigation team first (CETS 224
/// Art. 12): that is a team to set up, not a request to send instead.
/// Each with the basis it would rest on.
pub fn alternatives(
    instrument: Instrument,
    from: &Jurisdiction,
    to: &Jurisdiction,
) -> Vec<(Instrument, Basis)> {
    let r = rule(instrument);
    let asks = |yields| {
        matches!(
            yields,
            Yields::Preservation | Yields::Intelligence | Yields::Evidence
        )
    };
    let urgent = is_urgent_route(instrument);
    instruments_between(from, to)
        .into_iter()
        .filter(|&other| other != instrument)
        .filter(|&other| {
            let o = rule(other);
            let other_urgent = is_urgent_route(other);
            // Real-time collection stands in only for real-time collection
            // of the same data (Art. 20 abroad is Art. 33).
            let real_time_alike = if r.real_time {
                o.real_time && o.covers == r.covers
            } else {
                asks_someone(other)
            };
            real_time_alike
                && o.within.is_none()
                && !o.needs_joint_team
                && !matches!(o.channel, Channel::None | Channel::ConsentingPerson)
                && (urgent || !other_urgent)
                && (o.yields == r.yields
                    || (asks(r.yields) && o.yields == Yields::Evidence)
                    || (urgent && other_urgent && asks(r.yields) && asks(o.yields)))
        })
        .map(|other| (other, basis(other, from, to)))
        .collect()
}

/// Instruments that exist between two jurisdictions, in [`ALL_INSTRUMENTS`] order.
pub fn instruments_between(from: &Jurisdiction, to: &Jurisdiction) -> Vec<Instrument> {
    ALL_INSTRUMENTS
        .into_iter()
        .filter(|&instrument| applies_between(instrument, from, to))
        .collect()
}

/// What an instrument needs to exist between two jurisdictions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Needs {
    /// A domestic power (Arts 16, 18): providers in the requester's own
    /// jurisdiction only.
    SameJurisdiction,
    /// A cross-border instrument, asked of the requester's own jurisdiction.
    OtherJurisdiction,
    /// Both Parties to the Second Protocol (CETS 224).
    SecondProtocol,
    /// Both bound by the EU e-evidence Regulation.
    EuEEvidence,
    /// A common treaty: Budapest, the UN Convention or a bilateral MLA treaty.
    CommonTreaty,
    /// Both Parties to the Budapest Convention or the UN Convention.
    BudapestOrUn,
    /// Both Parties to the Budapest Convention.
    Budapest,
    /// No MLA treaty between the two: Budapest Art. 27 applies only in
    /// its absence (27(1)).
    NoMlaTreaty,
    /// Both represented at Eurojust (an EU Member State, or a State with a
    /// cooperation agreement and a liaison prosecutor there).
    Eurojust,
    /// Both represented at Europol (an EU Member State, or a State with an
    /// operational agreement).
    Europol,
}

impl Needs {
    /// A stable code for the shell's words.
    pub fn code(self) -> &'static str {
        match self {
            Needs::SameJurisdiction => "needs-same-jurisdiction",
            Needs::OtherJurisdiction => "needs-other-jurisdiction",
            Needs::SecondProtocol => "needs-second-protocol",
            Needs::EuEEvidence => "needs-eu-e-evidence",
            Needs::CommonTreaty => "needs-common-treaty",
            Needs::BudapestOrUn => "needs-budapest-or-un",
            Needs::Budapest => "needs-budapest",
            Needs::NoMlaTreaty => "needs-no-mla-treaty",
            Needs::Eurojust => "needs-eurojust",
            Needs::Europol => "needs-europol",
        }
    }
}

/// Why an instrument does not exist between two jurisdictions, and what
/// does for the same purpose: what a trainee learns from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotBetween {
    pub needs: Needs,
    /// Requests that exist between the two and serve the same purpose,
    /// each with its basis ([`alternatives`]).
    pub instead: Vec<(Instrument, Basis)>,
    /// The preservations to ask for first when `instead` discloses data
    /// ([`preservations_between`]): the data must outlive the slower route.
    pub first: Vec<(Instrument, Basis)>,
    /// `instead` is the only request there is between the two.
    pub only_way: bool,
}

/// Why `instrument` does not exist between `from` and `to`.
pub fn why_not_between(instrument: Instrument, from: &Jurisdiction, to: &Jurisdiction) -> NotBetween {
    if is_domestic_power(instrument) {
        return not_between(instrument, Needs::SameJurisdiction, from, to);
    }
    if from.code == to.code {
        return not_between(instrument, Needs::OtherJurisdiction, from, to);
    }
    let needs = match instrument {
        Instrument::DirectSubscriberRequest
        | Instrument::EmergencyDisclosure
        | Instrument::EmergencyMla
        | Instrument::DomainRegistrationRequest
        | Instrument::GivingEffectToOrder
        | Instrument::JointInvestigationTeam
        | Instrument::JointTeamRequest
        | Instrument::VideoConference => Needs::SecondProtocol,
        Instrument::EuPreservationOrder | Instrument::EuProductionOrder => Needs::EuEEvidence,
        Instrument::Mla => Needs::CommonTreaty,
        Instrument::DirectJudicialRequest if both(from, to, Framework::Budapest) => Needs::NoMlaTreaty,
        Instrument::EurojustCoordination => Needs::Eurojust,
        Instrument::EuropolCrossMatch => Needs::Europol,
        Instrument::UrgentMla
        | Instrument::ExpeditedMla
        | Instrument::DirectJudicialRequest
        | Instrument::Assistance247
        | Instrument::ConsentAccess
        | Instrument::RealTimeTrafficMla
        | Instrument::InterceptionMla
        | Instrument::Extradition => Needs::Budapest,
        _ => Needs::BudapestOrUn,
    };
    not_between(instrument, needs, from, to)
}

/// `instrument` does not exist between `from` and `to` for want of
/// `needs`: what does instead, and which preservation comes first.
fn not_between(instrument: Instrument, needs: Needs, from: &Jurisdiction, to: &Jurisdiction) -> NotBetween {
    let instead = alternatives(instrument, from, to);
    // Urgent routes are a way only for an urgent purpose. Sharing through
    // the CSIRTs exists between any two and asks nothing of the other
    // State's authorities: it does not make a legal request less the only one.
    let urgent = is_urgent_route(instrument);
    let requests: Vec<Instrument> = instruments_between(from, to)
        .into_iter()
        .filter(|&other| {
            let o = rule(other);
            !matches!(
                o.channel,
                Channel::None
                    | Channel::ConsentingPerson
                    | Channel::Csirt
                    | Channel::Fiu
                    | Channel::Interpol
                    | Channel::Eurojust
                    | Channel::Europol
            ) && o.real_time == rule(instrument).real_time
                && o.within.is_none()
                && (urgent || !is_urgent_route(other))
        })
        .collect();
    let only_way = matches!(instead.as_slice(), [(only, _)] if requests == [*only]);
    // Real-time collection waits for data to come: nothing to preserve first.
    let r = rule(instrument);
    let discloses = matches!(r.yields, Yields::Evidence | Yields::Intelligence) && !r.real_time;
    let first = if discloses && !instead.is_empty() {
        preservations_between(from, to)
    } else {
        Vec::new()
    };
    NotBetween {
        needs,
        instead,
        first,
        only_way,
    }
}

/// Requests between `from` and `to` that need no emergency and yield
/// `yields`, each with its basis, in [`ALL_INSTRUMENTS`] order.
fn ordinary_requests(from: &Jurisdiction, to: &Jurisdiction, yields: Yields) -> Vec<(Instrument, Basis)> {
    instruments_between(from, to)
        .into_iter()
        .map(rule)
        .filter(|o| asks_someone(o.instrument) && !o.needs_emergency && o.yields == yields)
        .map(|o| (o.instrument, basis(o.instrument, from, to)))
        .collect()
}

/// The preservations `from` may ask of `to` (Art. 29, the EU
/// preservation order...): what comes first when data is sought by a
/// route that takes weeks, so that it is still there when the request
/// arrives (Art. 29(1), 29(7)). Each with its basis.
pub fn preservations_between(from: &Jurisdiction, to: &Jurisdiction) -> Vec<(Instrument, Basis)> {
    ordinary_requests(from, to, Yields::Preservation)
}

/// Whether `from` may ask `to` for any preservation at all: whether
/// [`preservations_between`] is not empty, without working out each
/// instrument's basis, for a simulated actor that asks on every turn.
pub fn preservation_exists(from: &Jurisdiction, to: &Jurisdiction) -> bool {
    // The rows are fixed: which instruments preserve is worked out once.
    static PRESERVATIONS: std::sync::LazyLock<Vec<Instrument>> = std::sync::LazyLock::new(|| {
        ALL_INSTRUMENTS
            .into_iter()
            .filter(|&instrument| {
                let o = rule(instrument);
                asks_someone(instrument) && !o.needs_emergency && o.yields == Yields::Preservation
            })
            .collect()
    });
    PRESERVATIONS
        .iter()
        .any(|&instrument| applies_between(instrument, from, to))
}

/// The requests that produce evidence from `to` for `from` without an
/// emergency (MLA, CETS 224 Art. 7, the EU production order...): what a
/// team without a known risk to life, or with only information to give,
/// uses to obtain data. Each with its basis.
pub fn evidence_routes(from: &Jurisdiction, to: &Jurisdiction) -> Vec<(Instrument, Basis)> {
    ordinary_requests(from, to, Yields::Evidence)
}

/// What a requester fills in on a complete request of `instrument`: every
/// required field but the signature, which comes from signing.
pub fn fields_to_fill(instrument: Instrument) -> Vec<RequestField> {
    rule(instrument)
        .required
        .iter()
        .copied()
        .filter(|field| *field != RequestField::Signature)
        .collect()
}

/// The fields a request of `instrument` from `from` to `to` still lacks,
/// in [`RequestField`] order. A translation is needed only when the requested
/// central authority requires one and the requester's official language is
/// not one of its languages.
pub fn missing_fields(
    instrument: Instrument,
    filled: &std::collections::BTreeSet<RequestField>,
    from: &Jurisdiction,
    to: &Jurisdiction,
) -> Vec<RequestField> {
    let mut missing: Vec<RequestField> = rule(instrument)
        .required
        .iter()
        .copied()
        .filter(|field| !filled.contains(field))
        .filter(|field| *field != RequestField::Translation || needs_translation(from, to))
        .collect();
    missing.sort();
    missing
}

/// Whether `to`'s central authority will send back a request from `from`
/// that is not translated.
pub fn needs_translation(from: &Jurisdiction, to: &Jurisdiction) -> bool {
    let official = from.languages.first();
    to.central_authority.requires_translation && official.is_none_or(|lang| !to.languages.contains(lang))
}

/// The conduct an offence punishes. Dual criminality is judged on the
/// conduct, not on the offence's label or category (Budapest Art. 25(5)):
/// computer fraud and computer forgery both punish deceiving through a
/// computer system, data and system interference both punish damaging
/// them. Offences with the same conduct meet each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Conduct {
    /// Entering a computer system without right (Art. 2).
    Intrusion,
    /// Intercepting non-public transmissions (Art. 3).
    Interception,
    /// Damaging, deleting or suppressing data, or hindering a system (Arts 4, 5).
    Damage,
    /// Producing or trading tools for these offences (Art. 6).
    Devices,
    /// Deceiving through a computer system: forged data, fraud (Arts 7, 8).
    Deception,
    /// Child sexual abuse material (Art. 9).
    ChildAbuseMaterial,
    /// Infringing copyright and related rights (Art. 10).
    Copyright,
    /// Demanding money under threat.
    Extortion,
    /// Laundering the proceeds of crime.
    Laundering,
    /// Threatening a person.
    Threats,
    /// Attempting, aiding or abetting an offence (Art. 11).
    Participation,
    /// Killing a person.
    Killing,
    /// Taking a child away from those who have custody.
    Abduction,
}

/// The conduct `offence` punishes.
pub fn conduct(offence: Offence) -> Conduct {
    match offence {
        Offence::IllegalAccess => Conduct::Intrusion,
        Offence::IllegalInterception => Conduct::Interception,
        Offence::DataInterference | Offence::SystemInterference => Conduct::Damage,
        Offence::MisuseOfDevices => Conduct::Devices,
        Offence::ComputerForgery | Offence::ComputerFraud => Conduct::Deception,
        Offence::ChildSexualAbuseMaterial => Conduct::ChildAbuseMaterial,
        Offence::CopyrightInfringement => Conduct::Copyright,
        Offence::Extortion => Conduct::Extortion,
        Offence::MoneyLaundering => Conduct::Laundering,
        // Fraud by any means deceives for gain, as computer fraud does.
        Offence::Fraud => Conduct::Deception,
        Offence::Threats => Conduct::Threats,
        Offence::Attempt | Offence::AidingOrAbetting => Conduct::Participation,
        Offence::Homicide => Conduct::Killing,
        Offence::ChildAbduction => Conduct::Abduction,
    }
}

/// Whether `jurisdiction`'s law punishes the conduct of `offence`: a
/// Party to the Budapest Convention has established every Convention
/// offence (Arts 2-11) whatever its list says; otherwise, an offence it
/// lists that punishes the same conduct ([`conduct`]).
pub fn criminalises(jurisdiction: &Jurisdiction, offence: Offence) -> bool {
    (jurisdiction.parties.contains(&Framework::Budapest) && is_convention_offence(offence))
        || jurisdiction
            .offences
            .iter()
            .any(|&listed| conduct(listed) == conduct(offence))
}

/// Whether dual criminality is met for a case with `case` offences: the
/// conduct of at least one of them is punished in the requested
/// jurisdiction too ([`criminalises`], Art. 25(5)).
pub fn dual_criminality_met(case: &[Offence], requested: &Jurisdiction) -> bool {
    case.iter().any(|&offence| criminalises(requested, offence))
}

/// Whether `instrument` reaches data of `category`.
pub fn covers(instrument: Instrument, category: DataCategory) -> bool {
    match rule(instrument).covers {
        Covers::Any => true,
        Covers::Only(categories) => categories.contains(&category),
    }
}

/// Why `instrument` cannot name data of `category`: the instruments
/// between `from` and `to` that could (emergency ones only when
/// `emergency` is known), empty when none can; `None` when it can.
pub fn why_not_covered(
    instrument: Instrument,
    category: DataCategory,
    from: &Jurisdiction,
    to: &Jurisdiction,
    emergency: bool,
) -> Option<Vec<Instrument>> {
    let r = rule(instrument);
    if covers(instrument, category) {
        return None;
    }
    Some(
        ALL_INSTRUMENTS
            .into_iter()
            .map(rule)
            .filter(|other| other.yields == r.yields || other.yields == Yields::Evidence)
            .filter(|other| other.instrument != instrument && covers(other.instrument, category))
            .filter(|other| asks_someone(other.instrument))
            .filter(|other| {
                applies_between(other.instrument, from, to)
                    && (emergency || !is_urgent_route(other.instrument))
            })
            .map(|other| other.instrument)
            .collect(),
    )
}

/// Offences established in accordance with Articles 2 to 11 of the
/// Budapest Convention, attempt and aiding or abetting (Art. 11) among
/// them. Extortion, money laundering, threats, ordinary fraud, homicide
/// and child abduction are not.
pub fn is_convention_offence(offence: Offence) -> bool {
    match offence {
        Offence::IllegalAccess
        | Offence::IllegalInterception
        | Offence::DataInterference
        | Offence::SystemInterference
        | Offence::MisuseOfDevices
        | Offence::ComputerForgery
        | Offence::ComputerFraud
        | Offence::ChildSexualAbuseMaterial
        | Offence::CopyrightInfringement
        | Offence::Attempt
        | Offence::AidingOrAbetting => true,
        Offence::Extortion
        | Offence::MoneyLaundering
        | Offence::Threats
        | Offence::Fraud
        | Offence::Homicide
        | Offence::ChildAbduction => false,
    }
}

/// The maximum custodial penalty of `offence` where the exercise sets one
/// (`law.max_penalties`); `None`: taken to reach the extradition threshold.
pub fn max_penalty(offence: Offence, law: &LawParameters) -> Option<crate::time::Duration> {
    law.max_penalties.get(&offence).copied()
}

/// Whether a case with `case` offences is one Budapest Art. 24 extradition
/// applies to: at least one of them is a Convention offence (Arts 2-11)
/// punishable by deprivation of liberty for at least the threshold
/// (Art. 24(1)(a): one year). Dual criminality is the requested side's to
/// judge ([`dual_criminality_met`]).
pub fn extraditable(case: &[Offence], law: &LawParameters) -> bool {
    case.iter().any(|&offence| {
        is_convention_offence(offence)
            && max_penalty(offence, law).is_none_or(|penalty| penalty >= law.extradition_threshold)
    })
}

/// Whether `to` refuses to extradite a suspect of `nationality` because
/// they are its own national (Art. 24(6)); it must then prosecute.
pub fn refuses_national(nationality: Option<&str>, to: &Jurisdiction) -> bool {
    nationality == Some(to.code.as_str()) && to.reservations.contains(&Reservation::NoExtraditionOfNationals)
}

/// Whether data `to` transfers in answer to a request of `instrument`
/// carries its condition that it go on to another State only with its
/// prior authorisation (CETS 224 Art. 14(10)(a)): Art. 14 governs the
/// transfers of the Second Protocol only.
pub fn attaches_onward_transfer_condition(instrument: Instrument, to: &Jurisdiction) -> bool {
    let second_protocol = matches!(
        instrument,
        Instrument::DomainRegistrationRequest
            | Instrument::DirectSubscriberRequest
            | Instrument::GivingEffectToOrder
            | Instrument::EmergencyDisclosure
            | Instrument::EmergencyMla
            | Instrument::JointTeamRequest
    );
    second_protocol && to.reservations.contains(&Reservation::OnwardTransferNeedsConsent)
}

/// Budapest Art. 1(c): whether a holder of this kind is a "service
/// provider", an entity that offers users the ability to communicate by
/// means of a computer system or processes or stores data for such a
/// service or its users. Whoever merely runs cameras, ships or aircraft is
/// not, though it holds data a production order (Art. 18(1)(a), "a person
/// in its territory") or a request to its country can reach.
pub fn is_service_provider(kind: ProviderKind) -> bool {
    match kind {
        ProviderKind::Isp
        | ProviderKind::Hosting
        | ProviderKind::Vps
        | ProviderKind::Vpn
        | ProviderKind::SocialNetwork
        | ProviderKind::Email
        | ProviderKind::Registrar
        | ProviderKind::CryptoExchange
        | ProviderKind::Cloud
        | ProviderKind::MobileOperator => true,
        ProviderKind::CctvOperator | ProviderKind::ShipOperator | ProviderKind::AircraftOperator => false,
    }
}

/// Whether `instrument` can be addressed to a holder of `kind`. What goes
/// to a provider abroad directly (CETS 224 Art. 7, the EU e-evidence
/// orders) is addressed to service providers only, and a rule that names
/// its [`Rule::holders`] (CETS 224 Art. 6: registrars) to those only;
/// every other channel reaches any holder, through the authorities of its
/// country.
pub fn reaches_holder(instrument: Instrument, kind: ProviderKind) -> bool {
    let r = rule(instrument);
    (r.channel != Channel::ForeignProvider || is_service_provider(kind))
        && r.holders.is_none_or(|kinds| kinds.contains(&kind))
}

/// Whether `to` may refuse a preservation request of `instrument` for a
/// case with `case` offences under its Art. 29(4) reservation: only Art. 29
/// requests, only for offences other than the Convention's (Arts 2-11), and
/// only where dual criminality is not met.
pub fn reservation_refuses(instrument: Instrument, case: &[Offence], to: &Jurisdiction) -> bool {
    instrument == Instrument::Preservation247
        && to
            .reservations
            .contains(&Reservation::PreservationDualCriminality)
        && !case.iter().any(|&offence| is_convention_offence(offence))
        && !dual_criminality_met(case, to)
}

/// Whether an incomplete request of `instrument` is refused when it is
/// sent rather than sent back for clarification. A 24/7 desk or a central
/// authority reviews what arrives and returns it (a round trip); a provider
/// does not discuss an order's form, it rejects it, information sent
/// under Art. 26 is simply delivered, and what goes straight to a joint
/// investigation team's partners (CETS 224 Art. 12) has no reviewer on the
/// way. Completeness itself is always [`missing_fields`].
pub fn refused_when_incomplete(instrument: Instrument) -> bool {
    let r = rule(instrument);
    matches!(
        r.channel,
        Channel::DomesticProvider
            | Channel::ForeignProvider
            | Channel::Interpol
            | Channel::ForeignProsecutor
            | Channel::Eurojust
    ) || carries_leads(instrument)
}

/// Whether a pending request of `instrument` keeps the data that is
/// preserved when it reaches the requested central authority (Art. 29(7)).
pub fn holds_preserved_while_pending(instrument: Instrument) -> bool {
    matches!(
        rule(instrument).channel,
        Channel::CentralAuthorities | Channel::ForeignJudicialAuthority
    )
}

/// The longest a provider may take to answer `instrument` (EU e-evidence:
/// 10 days, 8 hours in an emergency); `None` when no law sets a deadline.
pub fn provider_deadline(
    instrument: Instrument,
    law: &LawParameters,
    emergency: bool,
) -> Option<crate::time::Duration> {
    match instrument {
        Instrument::EuProductionOrder if emergency => Some(law.eu_emergency_answer),
        Instrument::EuProductionOrder => Some(law.eu_production_answer),
        _ => None,
    }
}

/// The longest the requested Party takes to serve an order it gives effect
/// to on its provider (CETS 224 Art. 8(6): 45 days); `None` for every other
/// instrument.
pub fn service_deadline(instrument: Instrument, law: &LawParameters) -> Option<crate::time::Duration> {
    (instrument == Instrument::GivingEffectToOrder).then_some(law.order_service)
}

/// The longest a provider served under CETS 224 Art. 8 takes to return
/// data of `categories`: 20 days for subscriber information, 45 when
/// traffic data is among them (Art. 8(6)); `None` for other instruments.
pub fn order_answer_deadline(
    instrument: Instrument,
    categories: &[DataCategory],
    law: &LawParameters,
) -> Option<crate::time::Duration> {
    if instrument != Instrument::GivingEffectToOrder {
        return None;
    }
    let subscriber_only = categories.iter().all(|&c| c == DataCategory::SubscriberInfo);
    Some(if subscriber_only {
        law.order_subscriber_answer
    } else {
        law.order_traffic_answer
    })
}

/// Whether a request of `instrument` stating `fields` is handled as an
/// emergency: the emergency instruments always; an EU production order
/// when it states the emergency (`EmergencyFacts`) and the case has one;
/// an urgent MLA request (Arts 25(3), 27(9), 31(3)) when the case has one.
pub fn is_emergency_request(
    instrument: Instrument,
    fields: &std::collections::BTreeSet<RequestField>,
    emergency_known: bool,
) -> bool {
    let r = rule(instrument);
    r.needs_emergency
        || (r.urgency != Urgency::NotNeeded && emergency_known)
        || (instrument == Instrument::EuProductionOrder
            && emergency_known
            && fields.contains(&RequestField::EmergencyFacts))
}

/// Whether `to`'s 24/7 desk is told of a request of `instrument` sent
/// directly to one of its providers (CETS 224 Art. 7(5)(a), a reservation).
pub fn notifies_requested_state(instrument: Instrument, to: &Jurisdiction) -> bool {
    instrument == Instrument::DirectSubscriberRequest
        && to.reservations.contains(&Reservation::NotifyDirectOrders)
}

/// How long a successful preservation keeps data, from the scenario's law
/// parameters (treaty values by default); `None` for non-preserving instruments.
pub fn preservation_period(instrument: Instrument, law: &LawParameters) -> Option<crate::time::Duration> {
    match instrument {
        // Art. 17 preserves traffic data under Art. 16's order.
        Instrument::DomesticPreservation | Instrument::TrafficPreservation => {
            Some(law.domestic_preservation_max)
        }
        Instrument::Preservation247 => Some(law.preservation_247_min),
        Instrument::EuPreservationOrder => Some(law.eu_preservation),
        _ => None,
    }
}

/// Whether the elements of a request resting on `basis` are those Budapest
/// Art. 29(2)(a)-(f) lists, and are cited as such. Other requests state
/// some of the same elements, but under their own provisions (or none):
/// citing Art. 29(2) on an MLA request or an Art. 26 message would be
/// wrong. (The emergency facts are cited by [`emergency_provision`].)
pub fn cites_art29_elements(basis: Basis) -> bool {
    basis == Basis::Rule(Instrument::Preservation247)
}

/// The provision under which a request states its emergency
/// ([`RequestField::EmergencyFacts`]), as it is cited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmergencyProvision {
    /// CETS 224 Art. 3's definition (a significant and imminent risk to
    /// the life or safety of a person), which gates the Protocol's
    /// emergency routes, Arts 9 and 10.
    SecondProtocolArt3,
    /// The route's own provision, where the Protocol does not apply:
    /// Budapest Art. 35 assistance, an urgent request under Art. 25(3) or
    /// 27(9), the EU Regulation's emergency order, a provider's emergency
    /// policy.
    Route(Basis),
}

/// Where the emergency a request resting on `basis` states is cited: the
/// Second Protocol's definition on its own emergency routes, the route's
/// own article on the others that turn on an emergency (citing CETS 224
/// between States that do not both apply it would be wrong); `None` on a
/// route an emergency does not change (the element is named alone).
pub fn emergency_provision(basis: Basis) -> Option<EmergencyProvision> {
    let Basis::Rule(instrument) = basis else {
        // The UN Convention and bilateral treaties carry no emergency route here.
        return None;
    };
    let r = rule(instrument);
    let turns_on_emergency = r.needs_emergency
        || r.urgency == Urgency::RiskOrDataAtRisk
        || instrument == Instrument::EuProductionOrder;
    match instrument {
        Instrument::EmergencyDisclosure | Instrument::EmergencyMla => {
            Some(EmergencyProvision::SecondProtocolArt3)
        }
        _ if turns_on_emergency => Some(EmergencyProvision::Route(basis)),
        _ => None,
    }
}

/// The duty the requested Party performs while executing a request of
/// `executed` (Art. 30 while executing Art. 29), if any.
pub fn duty_within(executed: Instrument) -> Option<Instrument> {
    ALL_INSTRUMENTS
        .into_iter()
        .find(|&instrument| rule(instrument).within == Some(executed))
}

/// The leads a preserved data item of `category` reveals (`reveals`)
/// that the requested Party discloses under `duty` (Art. 30(1)): when the
/// item is traffic data, those behind which stands a provider in a State
/// other than the requested one, `requested`. Limited to that purpose: the
/// provider and the path, not the rest of what the data shows.
/// `provider_country` names the jurisdiction of a lead's provider, if the
/// lead has one.
pub fn path_leads(
    duty: Instrument,
    category: DataCategory,
    reveals: &[String],
    requested: &str,
    provider_country: impl Fn(&str) -> Option<String>,
) -> Vec<String> {
    if !covers(duty, category) {
        return Vec::new();
    }
    reveals
        .iter()
        .filter(|lead| provider_country(lead).is_some_and(|country| country != requested))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::model::*;
    use crate::time::Duration;

    #[test]
    fn preservation_exists_exactly_when_preservations_between_names_one() {
        let frameworks = [
            Framework::Budapest,
            Framework::SecondProtocol,
            Framework::UnConvention,
            Framework::EuEEvidence,
        ];
        // Every combination of the four frameworks, each with every other
        // and itself (domestic), and a bilateral treaty alone.
        let mut all: Vec<Jurisdiction> = (0..16u8)
            .map(|mask| {
                let parties: Vec<Framework> = (0..4)
                    .filter(|bit| mask & (1 << bit) != 0)
                    .map(|bit| frameworks[bit])
                    .collect();
                jurisdiction(&format!("J{mask}"), &parties)
            })
            .collect();
        let mut treaty = jurisdiction("T", &[]);
        treaty.bilateral_mla = vec!["J0".into()];
        all.push(treaty);
        let (mut some, mut none) = (0, 0);
        for from in &all {
            for to in &all {
                let exists = !preservations_between(from, to).is_empty();
                assert_eq!(
                    preservation_exists(from, to),
                    exists,
                    "{} -> {}",
                    from.code,
                    to.code
                );
                if exists { some += 1 } else { none += 1 }
            }
        }
        assert!(
            some > 0 && none > 0,
            "{some} pairs with a preservation, {none} without"
        );
    }

    fn jurisdiction(code: &str, parties: &[Framework]) -> Jurisdiction {
        let delay = Delay(Duration::hours(1), Duration::hours(2));
        Jurisdiction {
            code: code.into(),
            name: Text::default(),
            time_zone: "UTC".into(),
            languages: vec!["en".into()],
            parties: parties.to_vec(),
            reservations: vec![],
            bilateral_mla: vec![],
            offences: vec![],
            contact_247: Contact247 {
                staffing: Staffing::Always,
                acts_in: delay,
                night_acts_in: None,
            },
            central_authority: CentralAuthority {
                name: Text::default(),
                office_hours: crate::time::OfficeHours::parse("Mon-Fri 09:00-17:00").unwrap(),
                processing: delay,
                requires_translation: false,
            },
            judges: Judges {
                signs_in: delay,
                office_hours: crate::time::OfficeHours::parse("Mon-Fri 09:00-17:00").unwrap(),
            },
            retention_law: Default::default(),
            serious_offences: None,
        }
    }

    #[test]
    fn second_protocol_needs_both_parties() {
        let a = jurisdiction("A", &[Framework::Budapest, Framework::SecondProtocol]);
        let b = jurisdiction("B", &[Framework::Budapest]);
        assert!(applies_between(Instrument::Preservation247, &a, &b));
        assert!(!applies_between(Instrument::EmergencyDisclosure, &a, &b));
        assert_eq!(
            why_not_between(Instrument::EmergencyDisclosure, &a, &b).needs,
            Needs::SecondProtocol
        );
        let c = jurisdiction("C", &[Framework::Budapest, Framework::SecondProtocol]);
        assert!(applies_between(Instrument::EmergencyDisclosure, &a, &c));
    }

    #[test]
    fn domestic_powers_stay_at_home() {
        let a = jurisdiction("A", &[Framework::Budapest]);
        let b = jurisdiction("B", &[Framework::Budapest]);
        assert!(applies_between(Instrument::ProductionOrder, &a, &a));
        assert!(!applies_between(Instrument::ProductionOrder, &a, &b));
        assert!(!applies_between(Instrument::Preservation247, &a, &a));
    }

    #[test]
    fn bilateral_treaty_opens_mla_only() {
        let mut a = jurisdiction("A", &[]);
        let b = jurisdiction("B", &[]);
        assert!(!applies_between(Instrument::Mla, &a, &b));
        a.bilateral_mla.push("B".into());
        assert!(applies_between(Instrument::Mla, &a, &b));
        assert!(!applies_between(Instrument::Preservation247, &a, &b));
    }

    #[test]
    fn translation_is_missing_only_when_the_requested_side_wants_one() {
        let a = jurisdiction("A", &[Framework::Budapest]);
        let mut b = jurisdiction("B", &[Framework::Budapest]);
        b.languages = vec!["fr".into()];
        let filled = [
            F::RequestingAuthority,
            F::OffenceAndFacts,
            F::DataAndRelation,
            F::AssistanceSought,
            F::LegalBasis,
            F::Signature,
        ]
        .into_iter()
        .collect();
        assert!(missing_fields(Instrument::Mla, &filled, &a, &b).is_empty());
        b.central_authority.requires_translation = true;
        assert_eq!(
            missing_fields(Instrument::Mla, &filled, &a, &b),
            vec![F::Translation]
        );
    }

    #[test]
    fn the_29_4_reservation_spares_convention_offences() {
        let mut b = jurisdiction("B", &[Framework::Budapest]);
        b.reservations = vec![Reservation::PreservationDualCriminality];
        let p = Instrument::Preservation247;
        assert!(!reservation_refuses(
            p,
            &[Offence::IllegalAccess, Offence::Extortion],
            &b
        ));
        assert!(reservation_refuses(p, &[Offence::Extortion], &b));
        b.offences = vec![Offence::Extortion];
        assert!(!reservation_refuses(p, &[Offence::Extortion], &b));
        assert!(!reservation_refuses(
            Instrument::Mla,
            &[Offence::MoneyLaundering],
            &b
        ));
    }

    #[test]
    fn art_11_attempt_and_aiding_are_convention_offences_threats_and_fraud_are_not() {
        // Art. 11 is in Chapter II, Section 1 (Arts 2-11): a Party with the
        // Art. 29(4) reservation may not refuse preservation for it.
        let mut b = jurisdiction("B", &[Framework::Budapest]);
        b.reservations = vec![Reservation::PreservationDualCriminality];
        let p = Instrument::Preservation247;
        assert!(is_convention_offence(Offence::Attempt));
        assert!(is_convention_offence(Offence::AidingOrAbetting));
        assert!(!reservation_refuses(p, &[Offence::Threats, Offence::Attempt], &b));
        assert!(!reservation_refuses(p, &[Offence::AidingOrAbetting], &b));
        // Threats and fraud by deception are outside Arts 2-11 (Art. 8 is
        // computer-related fraud): the reservation may bite.
        assert!(!is_convention_offence(Offence::Threats));
        assert!(!is_convention_offence(Offence::Fraud));
        assert!(reservation_refuses(p, &[Offence::Threats, Offence::Fraud], &b));
    }

    #[test]
    fn cets224_art8_6_serves_in_45_days_subscriber_information_in_20_traffic_data_in_45() {
        let law = LawParameters::default();
        let art8 = Instrument::GivingEffectToOrder;
        assert_eq!(service_deadline(art8, &law), Some(Duration::days(45)));
        assert_eq!(
            order_answer_deadline(art8, &[DataCategory::SubscriberInfo], &law),
            Some(Duration::days(20))
        );
        // An order for both waits for the traffic data.
        assert_eq!(
            order_answer_deadline(
                art8,
                &[DataCategory::SubscriberInfo, DataCategory::TrafficData],
                &law
            ),
            Some(Duration::days(45))
        );
        assert_eq!(service_deadline(Instrument::Mla, &law), None);
        assert_eq!(
            order_answer_deadline(Instrument::Mla, &[DataCategory::SubscriberInfo], &law),
            None
        );
    }

    #[test]
    fn art24_1_a_extradition_needs_a_convention_offence_punishable_by_a_year() {
        let mut law = LawParameters::default();
        // No penalty set: a Convention offence is taken to reach one year.
        assert!(extraditable(&[Offence::IllegalAccess], &law));
        // Extortion is not an offence of Arts 2-11, however punished.
        assert!(!extraditable(&[Offence::Extortion], &law));
        law.max_penalties
            .insert(Offence::IllegalAccess, crate::time::Duration::days(182));
        assert!(!extraditable(&[Offence::IllegalAccess, Offence::Extortion], &law));
        law.max_penalties
            .insert(Offence::IllegalAccess, crate::time::Duration::days(365));
        assert!(extraditable(&[Offence::IllegalAccess], &law));
    }

    #[test]
    fn art24_6_only_a_state_whose_law_bars_it_refuses_its_own_nationals() {
        let mut b = jurisdiction("B", &[Framework::Budapest]);
        assert!(!refuses_national(Some("B"), &b));
        b.reservations.push(Reservation::NoExtraditionOfNationals);
        assert!(refuses_national(Some("B"), &b));
        assert!(!refuses_national(Some("C"), &b));
        assert!(!refuses_national(None, &b));
    }

    #[test]
    fn cets224_art6_reaches_registrars_and_their_registration_data_only() {
        assert!(reaches_holder(
            Instrument::DomainRegistrationRequest,
            ProviderKind::Registrar
        ));
        assert!(!reaches_holder(
            Instrument::DomainRegistrationRequest,
            ProviderKind::Hosting
        ));
        assert!(covers(
            Instrument::DomainRegistrationRequest,
            DataCategory::RegistrationData
        ));
        assert!(!covers(
            Instrument::DomainRegistrationRequest,
            DataCategory::SubscriberInfo
        ));
    }

    #[test]
    fn direct_orders_reach_service_providers_only_art_1c() {
        // CETS 224 Art. 7 is a request "to a service provider"; a city's
        // CCTV operator, a shipping line or an airline is reached through
        // its country (Art. 29, MLA), not directly.
        for kind in [
            ProviderKind::CctvOperator,
            ProviderKind::ShipOperator,
            ProviderKind::AircraftOperator,
        ] {
            assert!(!is_service_provider(kind));
            assert!(!reaches_holder(Instrument::DirectSubscriberRequest, kind));
            assert!(!reaches_holder(Instrument::EuProductionOrder, kind));
            assert!(reaches_holder(Instrument::Preservation247, kind));
            assert!(reaches_holder(Instrument::Mla, kind));
        }
        // A mobile operator offers communication: Art. 7 reaches it, for
        // subscriber information only (not location data, Art. 7(1)).
        assert!(reaches_holder(
            Instrument::DirectSubscriberRequest,
            ProviderKind::MobileOperator
        ));
        assert!(!covers(
            Instrument::DirectSubscriberRequest,
            DataCategory::LocationData
        ));
        assert!(!covers(
            Instrument::DirectSubscriberRequest,
            DataCategory::CctvFootage
        ));
    }

    #[test]
    fn the_emergency_is_cets224_art3_on_arts_9_and_10_and_the_routes_own_provision_elsewhere() {
        use EmergencyProvision::{Route, SecondProtocolArt3};
        let on = |i| emergency_provision(Basis::Rule(i));
        // CETS 224 Art. 3 defines the emergency its Arts 9 and 10 need.
        assert_eq!(on(Instrument::EmergencyDisclosure), Some(SecondProtocolArt3));
        assert_eq!(on(Instrument::EmergencyMla), Some(SecondProtocolArt3));
        // Outside the Protocol: Budapest Arts 35, 25(3), 27(9), a
        // provider's policy, the EU Regulation's emergency order.
        for route in [
            Instrument::Assistance247,
            Instrument::UrgentMla,
            Instrument::DirectJudicialRequest,
            Instrument::ProviderEmergencyRequest,
            Instrument::EuProductionOrder,
        ] {
            assert_eq!(on(route), Some(Route(Basis::Rule(route))), "{route:?}");
        }
        // No emergency changes Art. 29, nor Art. 31(3) (data at risk only).
        assert_eq!(on(Instrument::Preservation247), None);
        assert_eq!(on(Instrument::ExpeditedMla), None);
        assert_eq!(emergency_provision(Basis::BilateralMla), None);
    }

    #[test]
    fn eu_deadlines_apply_to_eu_production_orders_only() {
        let law = LawParameters::default();
        let emergency: std::collections::BTreeSet<_> = [F::EmergencyFacts].into_iter().collect();
        assert!(is_emergency_request(
            Instrument::EuProductionOrder,
            &emergency,
            true
        ));
        assert!(!is_emergency_request(
            Instrument::EuProductionOrder,
            &emergency,
            false
        ));
        assert_eq!(
            provider_deadline(Instrument::EuProductionOrder, &law, true),
            Some(Duration::hours(8))
        );
        assert_eq!(
            provider_deadline(Instrument::EuProductionOrder, &law, false),
            Some(Duration::days(10))
        );
        assert_eq!(provider_deadline(Instrument::Mla, &law, false), None);
    }

    #[test]
    fn art30_and_art7_cover_their_categories_only() {
        assert!(covers(Instrument::TrafficDisclosure, DataCategory::NetFlow));
        assert!(!covers(Instrument::TrafficDisclosure, DataCategory::ServerImage));
        assert!(covers(
            Instrument::DirectSubscriberRequest,
            DataCategory::SubscriberInfo
        ));
        assert!(!covers(
            Instrument::DirectSubscriberRequest,
            DataCategory::RegistrationData
        ));
        assert!(covers(Instrument::EmergencyDisclosure, DataCategory::Content));
    }

    #[test]
    fn the_basis_is_the_treaty_that_links_the_two() {
        let budapest = jurisdiction("A", &[Framework::Budapest, Framework::UnConvention]);
        let also_budapest = jurisdiction("B", &[Framework::Budapest]);
        let un_only = jurisdiction("U", &[Framework::UnConvention]);
        let mut outside = jurisdiction("D", &[]);
        outside.bilateral_mla.push("A".into());
        let mla = Instrument::Mla;
        assert_eq!(basis(mla, &budapest, &also_budapest), Basis::Rule(mla));
        assert_eq!(basis(mla, &budapest, &un_only), Basis::UnConvention(mla));
        assert_eq!(basis(mla, &budapest, &outside), Basis::BilateralMla);
        for instrument in [
            Instrument::Preservation247,
            Instrument::TrafficDisclosure,
            Instrument::SpontaneousInformation,
        ] {
            assert_eq!(
                basis(instrument, &un_only, &budapest),
                Basis::UnConvention(instrument)
            );
            assert_eq!(
                basis(instrument, &budapest, &also_budapest),
                Basis::Rule(instrument)
            );
        }
        assert_eq!(
            basis(Instrument::ProductionOrder, &budapest, &budapest),
            Basis::Rule(Instrument::ProductionOrder)
        );
    }

    #[test]
    fn a_missing_instrument_names_the_one_that_exists() {
        let a = jurisdiction("A", &[Framework::Budapest]);
        let mut d = jurisdiction("D", &[]);
        d.bilateral_mla.push("A".into());
        let why = why_not_between(Instrument::Preservation247, &a, &d);
        assert_eq!(why.needs, Needs::BudapestOrUn);
        assert_eq!(why.instead, [(Instrument::Mla, Basis::BilateralMla)]);
        assert!(why.only_way, "MLA is the only request between A and D");
        // No treaty carries spontaneous information over a bilateral MLA
        // treaty; the national CSIRTs still share indicators, treaty or not.
        let why = why_not_between(Instrument::SpontaneousInformation, &a, &d);
        assert_eq!(
            why.instead,
            [(Instrument::CsirtSharing, Basis::Rule(Instrument::CsirtSharing))],
            "{why:?}"
        );
        // Where several exist, each with its basis.
        let b = jurisdiction("B", &[Framework::Budapest]);
        let why = why_not_between(Instrument::DirectSubscriberRequest, &a, &b);
        assert_eq!(why.instead, [(Instrument::Mla, Basis::Rule(Instrument::Mla))]);
        assert!(!why.only_way, "A and B have other requests than MLA");
        let eu = [Framework::Budapest, Framework::EuEEvidence];
        let (e, f) = (jurisdiction("E", &eu), jurisdiction("F", &eu));
        let why = why_not_between(Instrument::DirectSubscriberRequest, &e, &f);
        assert_eq!(
            why.instead,
            [
                (Instrument::Mla, Basis::Rule(Instrument::Mla)),
                (
                    Instrument::EuProductionOrder,
                    Basis::Rule(Instrument::EuProductionOrder)
                )
            ]
        );
        // Domestic powers and cross-border instruments asked at home.
        assert_eq!(
            why_not_between(Instrument::ProductionOrder, &a, &b).needs,
            Needs::SameJurisdiction
        );
        assert_eq!(
            why_not_between(Instrument::Preservation247, &a, &a).needs,
            Needs::OtherJurisdiction
        );
    }

    /// Which instruments exist between two jurisdictions, for every kind of
    /// link, written out from the treaties: one row per link, one letter
    /// per instrument in `ALL_INSTRUMENTS` order (x = exists, . = not).
    #[test]
    fn every_instrument_exists_exactly_where_its_treaty_links_the_two() {
        use Framework::*;
        let everything = [Budapest, SecondProtocol, UnConvention, EuEEvidence];
        let mut bilateral = jurisdiction("X", &[]);
        bilateral.bilateral_mla.push("A".into());
        //  order: Art16 Art18 Art26 Art29 Art30 Art31 Art32a Art7 Art9 Art10 EUpres EUprod
        //         Art25(3) Art31(3) Art27(9) Art35 provider's emergency policy (no treaty)
        //         Art17 Art19 Art32b Art20 Art21 Art33 Art34
        //         CSIRT cooperation (no treaty, between two countries)
        //         FIU freeze (no treaty, at home or abroad) INTERPOL red notice (abroad)
        //         CETS224-Art6 Art24 CETS224-Art8 CETS224-Art12 (agreement, request)
        //         CETS224-Art11
        //         FIU-to-FIU trace (no treaty, at home or abroad)
        //         Eurojust coordination meeting (both represented at Eurojust)
        //         Europol cross-match over SIENA (both represented at Europol)
        let rows: [(&str, Jurisdiction, Jurisdiction, &str); 10] = [
            (
                "within one country",
                jurisdiction("A", &everything),
                jurisdiction("A", &everything),
                "xx....x..........xx.xx...x.......x..",
            ),
            (
                "Budapest only",
                jurisdiction("A", &[Budapest]),
                jurisdiction("B", &[Budapest]),
                "..xxxxx.....xxxxx..x..xxxxx.x....x..",
            ),
            (
                "Budapest and CETS 224",
                jurisdiction("A", &[Budapest, SecondProtocol]),
                jurisdiction("B", &[Budapest, SecondProtocol]),
                "..xxxxxxxx..xxxxx..x..xxxxxxxxxxxx..",
            ),
            (
                "CETS 224 on one side only",
                jurisdiction("A", &[Budapest, SecondProtocol]),
                jurisdiction("B", &[Budapest]),
                "..xxxxx.....xxxxx..x..xxxxx.x....x..",
            ),
            (
                "UN Convention only",
                jurisdiction("A", &[UnConvention]),
                jurisdiction("B", &[UnConvention]),
                "..xxxxx.........x.......xxx......x..",
            ),
            (
                "a bilateral MLA treaty only",
                jurisdiction("A", &[Budapest]),
                bilateral,
                ".....xx.........x.......xxx......x..",
            ),
            (
                "both bound by the EU Regulation",
                jurisdiction("A", &[Budapest, EuEEvidence]),
                jurisdiction("B", &[Budapest, EuEEvidence]),
                "..xxxxx...xxxxxxx..x..xxxxx.x....x..",
            ),
            (
                "both represented at Eurojust",
                jurisdiction("A", &[Budapest, Eurojust]),
                jurisdiction("B", &[Budapest, Eurojust]),
                "..xxxxx.....xxxxx..x..xxxxx.x....xx.",
            ),
            (
                "one side only at Eurojust (a third State without an agreement)",
                jurisdiction("A", &[Budapest, Eurojust]),
                jurisdiction("B", &[Budapest]),
                "..xxxxx.....xxxxx..x..xxxxx.x....x..",
            ),
            (
                "both represented at Europol",
                jurisdiction("A", &[Budapest, Europol]),
                jurisdiction("B", &[Budapest, Europol]),
                "..xxxxx.....xxxxx..x..xxxxx.x....x.x",
            ),
        ];
        for (link, from, to, expected) in &rows {
            let got: String = ALL_INSTRUMENTS
                .iter()
                .map(|&i| if applies_between(i, from, to) { 'x' } else { '.' })
                .collect();
            assert_eq!(&got, expected, "{link}");
            // The same link read from the other side.
            let back: String = ALL_INSTRUMENTS
                .iter()
                .map(|&i| if applies_between(i, to, from) { 'x' } else { '.' })
                .collect();
            assert_eq!(&back, expected, "{link}, the other way");
        }
        let none = (jurisdiction("A", &[Budapest]), jurisdiction("N", &[]));
        let got: String = ALL_INSTRUMENTS
            .iter()
            .map(|&i| {
                if applies_between(i, &none.0, &none.1) {
                    'x'
                } else {
                    '.'
                }
            })
            .collect();
        // No treaty at all: open sources, a provider's own emergency policy,
        // CSIRT to CSIRT, FIU to FIU (freeze and trace), and INTERPOL.
        assert_eq!(got, "......x.........x.......xxx......x..", "no treaty at all");
    }

    #[test]
    fn a_eurojust_meeting_needs_both_represented_there_and_an_fiu_trace_no_treaty() {
        use Framework::*;
        let (a, b) = (
            jurisdiction("A", &[Budapest, Eurojust]),
            jurisdiction("B", &[Budapest, Eurojust]),
        );
        let c = jurisdiction("C", &[Budapest]);
        let meeting = Instrument::EurojustCoordination;
        assert!(applies_between(meeting, &a, &b));
        // C has no seat at Eurojust: no meeting there, and nothing else
        // coordinates in its stead.
        let why = why_not_between(meeting, &a, &c);
        assert_eq!(why.needs, Needs::Eurojust);
        assert!(why.instead.is_empty(), "{:?}", why.instead);
        // Unit to unit, at home or abroad, without a treaty (Egmont).
        for to in [&a, &b, &c] {
            assert!(applies_between(Instrument::FiuTrace, &a, to));
        }
        // The timings are the scenario's law parameters.
        let law = LawParameters::default();
        let days = |from, to| Some(Delay(Duration::days(from), Duration::days(to)));
        assert_eq!(office_handling(Instrument::FiuTrace, &law), days(1, 10));
        assert_eq!(office_handling(Instrument::FiuFreeze, &law), Some(law.fiu_freeze));
        assert_eq!(office_handling(meeting, &law), days(2, 14));
        assert_eq!(agreed_pace(meeting, &law), days(1, 5));
        // The agreed pace reaches what the central authorities execute.
        assert_eq!(coordinated_handling(Instrument::Mla, &law), days(1, 5));
        assert_eq!(coordinated_handling(Instrument::Preservation247, &law), None);
    }

    #[test]
    fn a_missing_disclosure_names_the_preservation_to_ask_first() {
        // Art. 7 between two Budapest Parties outside CETS 224: MLA
        // (Art. 31) takes weeks, so Art. 29 preservation comes first.
        let a = jurisdiction("A", &[Framework::Budapest]);
        let b = jurisdiction("B", &[Framework::Budapest]);
        let art29 = (
            Instrument::Preservation247,
            Basis::Rule(Instrument::Preservation247),
        );
        let why = why_not_between(Instrument::DirectSubscriberRequest, &a, &b);
        assert_eq!(why.first, [art29]);
        // Art. 9 likewise, without CETS 224.
        assert_eq!(
            why_not_between(Instrument::EmergencyDisclosure, &a, &b).first,
            [art29]
        );
        // A preservation asked where it does not exist has none to ask first.
        let eu = [Framework::Budapest, Framework::EuEEvidence];
        let (e, f) = (jurisdiction("E", &eu), jurisdiction("F", &eu));
        assert!(
            why_not_between(Instrument::EuPreservationOrder, &a, &b)
                .first
                .is_empty()
        );
        // Between two EU states, both preservations.
        assert_eq!(
            why_not_between(Instrument::DirectSubscriberRequest, &e, &f).first,
            [
                art29,
                (
                    Instrument::EuPreservationOrder,
                    Basis::Rule(Instrument::EuPreservationOrder)
                )
            ]
        );
        // Over a bilateral MLA treaty nothing preserves: MLA alone.
        let mut d = jurisdiction("D", &[]);
        d.bilateral_mla.push("A".into());
        assert!(
            why_not_between(Instrument::DirectSubscriberRequest, &a, &d)
                .first
                .is_empty()
        );
        // Without an emergency, the routes to evidence need none (Art. 31,
        // CETS 224 Art. 7), never Arts 9 and 10.
        let p = [Framework::Budapest, Framework::SecondProtocol];
        let (g, h) = (jurisdiction("G", &p), jurisdiction("H", &p));
        let routes: Vec<Instrument> = evidence_routes(&g, &h).into_iter().map(|(i, _)| i).collect();
        assert!(routes.contains(&Instrument::Mla), "{routes:?}");
        assert!(
            routes.contains(&Instrument::DirectSubscriberRequest),
            "{routes:?}"
        );
        assert!(!routes.contains(&Instrument::EmergencyDisclosure), "{routes:?}");
        assert!(!routes.contains(&Instrument::EmergencyMla), "{routes:?}");
        assert_eq!(preservations_between(&g, &h), [art29]);
    }

    #[test]
    fn a_power_used_on_the_wrong_side_of_the_border_names_the_one_that_fits() {
        // Art. 18 reaches providers at home only: abroad, Art. 29 first,
        // then Art. 31 (MLA).
        let a = jurisdiction("A", &[Framework::Budapest]);
        let b = jurisdiction("B", &[Framework::Budapest]);
        let why = why_not_between(Instrument::ProductionOrder, &a, &b);
        assert_eq!(why.needs, Needs::SameJurisdiction);
        assert!(
            why.instead
                .contains(&(Instrument::Mla, Basis::Rule(Instrument::Mla)))
        );
        assert_eq!(
            why.first,
            [(
                Instrument::Preservation247,
                Basis::Rule(Instrument::Preservation247)
            )]
        );
        // Art. 29 asked at home: the domestic Arts 16 and 18 instead.
        let why = why_not_between(Instrument::Preservation247, &a, &a);
        assert_eq!(why.needs, Needs::OtherJurisdiction);
        for domestic in [Instrument::DomesticPreservation, Instrument::ProductionOrder] {
            assert!(
                why.instead.contains(&(domestic, Basis::Rule(domestic))),
                "{why:?}"
            );
        }
        assert!(why.instead.iter().all(|(i, _)| applies_between(*i, &a, &a)));
        assert!(why.first.is_empty());
    }

    #[test]
    fn a_missing_instrument_says_which_treaty_it_needs() {
        let a = jurisdiction("A", &[Framework::Budapest]);
        let b = jurisdiction("B", &[Framework::Budapest]);
        let outside = jurisdiction("N", &[]);
        let cases = [
            (Instrument::EmergencyDisclosure, &b, Needs::SecondProtocol),
            (Instrument::EuProductionOrder, &b, Needs::EuEEvidence),
            (Instrument::EuPreservationOrder, &b, Needs::EuEEvidence),
            (Instrument::Mla, &outside, Needs::CommonTreaty),
            (Instrument::Preservation247, &outside, Needs::BudapestOrUn),
        ];
        for (instrument, to, needed) in cases {
            let why = why_not_between(instrument, &a, to);
            assert_eq!(why.needs, needed, "{instrument:?}: {why:?}");
        }
    }

    #[test]
    fn data_an_instrument_cannot_reach_names_what_can_obtain_it() {
        // Art. 30 discloses traffic data only. A server image between two
        // Budapest Parties is obtained through MLA (Art. 31); preservation
        // (Art. 29) would not disclose it, so it is not offered.
        let a = jurisdiction("A", &[Framework::Budapest]);
        let b = jurisdiction("B", &[Framework::Budapest]);
        let art30 = Instrument::TrafficDisclosure;
        assert_eq!(
            why_not_covered(art30, DataCategory::ServerImage, &a, &b, false),
            Some(vec![Instrument::Mla])
        );
        assert_eq!(why_not_covered(art30, DataCategory::NetFlow, &a, &b, false), None);
        // With CETS 224 and a known emergency, Art. 9 and 10 reach it too.
        let a = jurisdiction("A", &[Framework::Budapest, Framework::SecondProtocol]);
        let b = jurisdiction("B", &[Framework::Budapest, Framework::SecondProtocol]);
        assert_eq!(
            why_not_covered(art30, DataCategory::ServerImage, &a, &b, false),
            Some(vec![Instrument::Mla])
        );
        assert_eq!(
            why_not_covered(art30, DataCategory::ServerImage, &a, &b, true),
            Some(vec![
                Instrument::Mla,
                Instrument::EmergencyDisclosure,
                Instrument::EmergencyMla,
                Instrument::UrgentMla,
                Instrument::ExpeditedMla,
                Instrument::DirectJudicialRequest,
                Instrument::Assistance247,
                Instrument::ProviderEmergencyRequest,
            ])
        );
    }

    #[test]
    fn each_preservation_keeps_data_for_its_own_period() {
        // Treaty defaults: Art. 16 up to 90 days, Art. 29 at least 60,
        // the EU preservation order 60; disclosure instruments preserve nothing.
        let law = LawParameters::default();
        assert_eq!(
            preservation_period(Instrument::DomesticPreservation, &law),
            Some(Duration::days(90))
        );
        assert_eq!(
            preservation_period(Instrument::Preservation247, &law),
            Some(Duration::days(60))
        );
        assert_eq!(
            preservation_period(Instrument::EuPreservationOrder, &law),
            Some(Duration::days(60))
        );
        assert_eq!(preservation_period(Instrument::Mla, &law), None);
        assert_eq!(preservation_period(Instrument::TrafficDisclosure, &law), None);
    }

    /// Without CETS 224 an emergency still has routes: Budapest
    /// Arts 25(3), 31(3), 27(9) and 35, and the provider's own policy. A
    /// refused Art. 9 or 10 names them, MLA (Art. 31) too.
    #[test]
    fn an_emergency_instrument_missing_without_the_protocol_names_the_urgent_routes() {
        let a = jurisdiction("A", &[Framework::Budapest, Framework::SecondProtocol]);
        let b = jurisdiction("B", &[Framework::Budapest]);
        let urgent = [
            Instrument::Mla,
            Instrument::UrgentMla,
            Instrument::ExpeditedMla,
            Instrument::DirectJudicialRequest,
            Instrument::Assistance247,
            Instrument::ProviderEmergencyRequest,
        ];
        for missing in [Instrument::EmergencyDisclosure, Instrument::EmergencyMla] {
            let why = why_not_between(missing, &a, &b);
            assert_eq!(why.needs, Needs::SecondProtocol);
            let instead: Vec<Instrument> = why.instead.iter().map(|(i, _)| *i).collect();
            assert_eq!(instead, urgent, "{missing:?}");
            assert!(!why.only_way);
        }
        // No treaty at all: the provider's own emergency policy is the only way.
        let none = jurisdiction("N", &[]);
        let why = why_not_between(Instrument::EmergencyDisclosure, &a, &none);
        assert_eq!(
            why.instead,
            [(
                Instrument::ProviderEmergencyRequest,
                Basis::Rule(Instrument::ProviderEmergencyRequest)
            )]
        );
        assert!(why.only_way);
        // The urgent routes are not offered for an ordinary purpose.
        let why = why_not_between(Instrument::DirectSubscriberRequest, &a, &b);
        assert_eq!(why.instead, [(Instrument::Mla, Basis::Rule(Instrument::Mla))]);
        // Budapest's urgent routes need both Parties to Budapest.
        let un = jurisdiction("U", &[Framework::UnConvention]);
        for instrument in [
            Instrument::UrgentMla,
            Instrument::ExpeditedMla,
            Instrument::DirectJudicialRequest,
            Instrument::Assistance247,
        ] {
            assert_eq!(why_not_between(instrument, &a, &un).needs, Needs::Budapest);
        }
        // Art. 27 governs only where no MLA treaty links the two (27(1)).
        let mut linked = jurisdiction("L", &[Framework::Budapest]);
        linked.bilateral_mla.push("A".into());
        assert!(applies_between(Instrument::UrgentMla, &a, &linked));
        assert!(!applies_between(Instrument::DirectJudicialRequest, &a, &linked));
        assert!(!applies_between(Instrument::DirectJudicialRequest, &linked, &a));
        assert_eq!(
            why_not_between(Instrument::DirectJudicialRequest, &a, &linked).needs,
            Needs::NoMlaTreaty
        );
    }

    #[test]
    fn urgent_mla_takes_hours_to_days_and_ordinary_mla_keeps_its_pace() {
        // Defaults (not treaty figures): the requested central authority
        // 4h-3d for Arts 25(3) and 31(3) (the requesting one passes it on
        // in 30m-4h); the judicial authority 2h-2d under Art. 27(9).
        let law = LawParameters::default();
        let pace = |i| urgent_handling(i, &law).map(|d| (d.min(), d.max()));
        assert_eq!(
            pace(Instrument::UrgentMla),
            Some((Duration::hours(4), Duration::days(3)))
        );
        assert_eq!(
            pace(Instrument::ExpeditedMla),
            Some((Duration::hours(4), Duration::days(3)))
        );
        assert_eq!(
            pace(Instrument::DirectJudicialRequest),
            Some((Duration::hours(2), Duration::days(2)))
        );
        assert_eq!(pace(Instrument::Mla), None);
        assert_eq!(
            (law.urgent_transmission.min(), law.urgent_transmission.max()),
            (Duration::minutes(30), Duration::hours(4))
        );
        // An urgent request in a known emergency reaches the provider as one.
        let none = std::collections::BTreeSet::new();
        assert!(is_emergency_request(Instrument::UrgentMla, &none, true));
        assert!(!is_emergency_request(Instrument::UrgentMla, &none, false));
        assert!(!is_emergency_request(Instrument::Mla, &none, true));
    }

    /// Budapest Art. 30(1): executing Art. 29, the requested Party
    /// discloses the traffic data that identifies a provider "in another
    /// State" and the path; nothing for data that is no traffic data, nor
    /// for leads at home in the requested State or at no provider.
    #[test]
    fn art30_is_part_of_art29_and_discloses_the_path_only() {
        assert_eq!(
            duty_within(Instrument::Preservation247),
            Some(Instrument::TrafficDisclosure)
        );
        assert_eq!(duty_within(Instrument::Mla), None);
        assert!(rule(Instrument::TrafficDisclosure).required.is_empty());
        let reveals = [
            "at-home".to_string(),
            "abroad".to_string(),
            "a-wallet".to_string(),
        ];
        let country = |lead: &str| match lead {
            "at-home" => Some("B".to_string()),
            "abroad" => Some("C".to_string()),
            _ => None,
        };
        let duty = Instrument::TrafficDisclosure;
        assert_eq!(
            path_leads(duty, DataCategory::NetFlow, &reveals, "B", country),
            ["abroad"]
        );
        assert!(path_leads(duty, DataCategory::ServerImage, &reveals, "B", country).is_empty());
    }

    /// Budapest Art. 25(5): dual criminality is met when the conduct is an
    /// offence in the requested State, whatever it calls it. And a Party
    /// has established the Convention's offences (Arts 2-11), listed or
    /// not; beyond them (extortion), only its own list speaks.
    #[test]
    fn dual_criminality_is_judged_on_the_conduct_and_parties_punish_convention_offences() {
        let mut outside = jurisdiction("N", &[]);
        outside.offences = vec![Offence::ComputerForgery];
        assert!(
            dual_criminality_met(&[Offence::ComputerFraud], &outside),
            "both deceive"
        );
        assert!(!dual_criminality_met(&[Offence::IllegalAccess], &outside));
        outside.offences = vec![Offence::SystemInterference];
        assert!(
            dual_criminality_met(&[Offence::DataInterference], &outside),
            "both damage"
        );
        let party = jurisdiction("P", &[Framework::Budapest]);
        assert!(party.offences.is_empty());
        assert!(dual_criminality_met(&[Offence::IllegalAccess], &party), "Art. 2");
        assert!(
            dual_criminality_met(&[Offence::CopyrightInfringement], &party),
            "Art. 10"
        );
        assert!(
            !dual_criminality_met(&[Offence::Extortion], &party),
            "not a Convention offence"
        );
        assert!(!dual_criminality_met(&[], &party), "no offence, nothing to meet");
    }

    #[test]
    fn real_time_orders_run_30_days_and_interception_needs_a_serious_offence() {
        // Not treaty figures (Arts 20, 21 leave them to domestic law):
        // 30 days; serious offences by default include data interference,
        // not illegal access alone.
        let law = LawParameters::default();
        for i in [
            Instrument::RealTimeTraffic,
            Instrument::Interception,
            Instrument::RealTimeTrafficMla,
            Instrument::InterceptionMla,
        ] {
            assert_eq!(real_time_period(i, &law), Some(Duration::days(30)), "{i:?}");
        }
        assert_eq!(real_time_period(Instrument::ProductionOrder, &law), None);
        let access = [Offence::IllegalAccess];
        let plain = jurisdiction("A", &[Framework::Budapest]);
        assert!(!serious_enough(Instrument::Interception, &access, &law, &plain));
        assert!(!serious_enough(
            Instrument::InterceptionMla,
            &access,
            &law,
            &plain
        ));
        assert!(serious_enough(Instrument::RealTimeTraffic, &access, &law, &plain));
        assert!(serious_enough(
            Instrument::Interception,
            &[Offence::IllegalAccess, Offence::DataInterference],
            &law,
            &plain
        ));
        // Art. 21: "a range of serious offences to be determined by
        // domestic law": a State whose law lists illegal access allows it.
        let broad = Jurisdiction {
            serious_offences: Some(vec![Offence::IllegalAccess]),
            ..plain.clone()
        };
        assert!(serious_enough(Instrument::Interception, &access, &law, &broad));
        let none_serious = Jurisdiction {
            serious_offences: Some(vec![]),
            ..plain
        };
        assert!(!serious_enough(
            Instrument::InterceptionMla,
            &[Offence::DataInterference],
            &law,
            &none_serious
        ));
        // Art. 20 reaches traffic data, Art. 21 content.
        assert!(covers(Instrument::RealTimeTraffic, DataCategory::TrafficData));
        assert!(!covers(Instrument::RealTimeTraffic, DataCategory::Content));
        assert!(covers(Instrument::Interception, DataCategory::Content));
        assert!(!covers(Instrument::InterceptionMla, DataCategory::TrafficData));
    }

    #[test]
    fn preservation_247_requires_the_six_elements() {
        assert_eq!(rule(Instrument::Preservation247).required.len(), 6);
    }
}
