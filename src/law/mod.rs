//! The law as data: for each instrument, who may use it, between which
//! jurisdictions it exists, what a request must contain, what it yields.
//!
//! Pure functions over scenario types. Adding an instrument is adding a row
//! to [`rule`] (and, where it is new, a [`Framework`] test in
//! [`applies_between`]), never a new code path in the simulation. This module
//! never reads the clock, draws randomness or does I/O.

use crate::scenario::model::{
    DataCategory, Framework, Instrument, Jurisdiction, LawParameters, Offence, Reservation, Role,
};

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
    /// No one: the requester looks it up.
    None,
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
        dual_criminality: false,
        court_order: false,
        provider_may_decline: false,
        yields,
        covers: Covers::Any,
        within: None,
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
    }
}

/// Every instrument, in a fixed order.
pub const ALL_INSTRUMENTS: [Instrument; 12] = [
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
    match instrument {
        Instrument::OpenSource => true,
        Instrument::DomesticPreservation | Instrument::ProductionOrder => domestic,
        _ if domestic => false,
        Instrument::SpontaneousInformation | Instrument::Preservation247 | Instrument::TrafficDisclosure => {
            budapest || un
        }
        Instrument::Mla => {
            budapest || un || from.bilateral_mla.contains(&to.code) || to.bilateral_mla.contains(&from.code)
        }
        Instrument::DirectSubscriberRequest | Instrument::EmergencyDisclosure | Instrument::EmergencyMla => {
            both(from, to, Framework::SecondProtocol)
        }
        Instrument::EuPreservationOrder | Instrument::EuProductionOrder => {
            both(from, to, Framework::EuEEvidence)
        }
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
/// preservation or intelligence. Emergency instruments only when
/// `instrument` is one. Each with the basis it would rest on.
pub fn alternatives(
    instrument: Instrument,
    from: &Jurisdiction,
    to: &Jurisdiction,
) -> Vec<(Instrument, Basis)> {
    let r = rule(instrument);
    let asks_for_data = matches!(
        r.yields,
        Yields::Preservation | Yields::Intelligence | Yields::Evidence
    );
    instruments_between(from, to)
        .into_iter()
        .filter(|&other| other != instrument)
        .filter(|&other| {
            let o = rule(other);
            o.channel != Channel::None
                && o.within.is_none()
                && (r.needs_emergency || !o.needs_emergency)
                && (o.yields == r.yields || (asks_for_data && o.yields == Yields::Evidence))
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
    /// `instead` is the only request there is between the two.
    pub only_way: bool,
}

/// Why `instrument` does not exist between `from` and `to`.
pub fn why_not_between(instrument: Instrument, from: &Jurisdiction, to: &Jurisdiction) -> NotBetween {
    let plain = |needs| NotBetween {
        needs,
        instead: Vec::new(),
        only_way: false,
    };
    if matches!(
        instrument,
        Instrument::DomesticPreservation | Instrument::ProductionOrder
    ) {
        return plain(Needs::SameJurisdiction);
    }
    if from.code == to.code {
        return plain(Needs::OtherJurisdiction);
    }
    let needs = match instrument {
        Instrument::DirectSubscriberRequest | Instrument::EmergencyDisclosure | Instrument::EmergencyMla => {
            Needs::SecondProtocol
        }
        Instrument::EuPreservationOrder | Instrument::EuProductionOrder => Needs::EuEEvidence,
        Instrument::Mla => Needs::CommonTreaty,
        _ => Needs::BudapestOrUn,
    };
    let instead = alternatives(instrument, from, to);
    let requests: Vec<Instrument> = instruments_between(from, to)
        .into_iter()
        .filter(|&other| rule(other).channel != Channel::None && rule(other).within.is_none())
        .collect();
    let only_way = matches!(instead.as_slice(), [(only, _)] if requests == [*only]);
    NotBetween {
        needs,
        instead,
        only_way,
    }
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
            .filter(|other| other.within.is_none())
            .filter(|other| {
                applies_between(other.instrument, from, to) && (emergency || !other.needs_emergency)
            })
            .map(|other| other.instrument)
            .collect(),
    )
}

/// Offences established in accordance with Articles 2 to 11 of the
/// Budapest Convention. Extortion and money laundering are not.
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
        | Offence::CopyrightInfringement => true,
        Offence::Extortion | Offence::MoneyLaundering => false,
    }
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
/// does not discuss an order's form, it rejects it, and information sent
/// under Art. 26 is simply delivered. Completeness itself is always
/// [`missing_fields`].
pub fn refused_when_incomplete(instrument: Instrument) -> bool {
    let r = rule(instrument);
    matches!(r.channel, Channel::DomesticProvider | Channel::ForeignProvider)
        || r.yields == Yields::InformsOnly
}

/// Whether a pending request of `instrument` keeps the data that is
/// preserved when it reaches the requested central authority (Art. 29(7)).
pub fn holds_preserved_while_pending(instrument: Instrument) -> bool {
    rule(instrument).channel == Channel::CentralAuthorities
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

/// Whether a request of `instrument` stating `fields` is handled as an
/// emergency: the emergency instruments always; an EU production order
/// when it states the emergency (`EmergencyFacts`) and the case has one.
pub fn is_emergency_request(
    instrument: Instrument,
    fields: &std::collections::BTreeSet<RequestField>,
    emergency_known: bool,
) -> bool {
    rule(instrument).needs_emergency
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
        Instrument::DomesticPreservation => Some(law.domestic_preservation_max),
        Instrument::Preservation247 => Some(law.preservation_247_min),
        Instrument::EuPreservationOrder => Some(law.eu_preservation),
        _ => None,
    }
}

/// Whether the elements of a request resting on `basis` are those Budapest
/// Art. 29(2)(a)-(f) lists, and are cited as such. Other requests state
/// some of the same elements, but under their own provisions (or none):
/// citing Art. 29(2) on an MLA request or an Art. 26 message would be
/// wrong. (The emergency facts are always CETS 224 Art. 3's definition.)
pub fn cites_art29_elements(basis: Basis) -> bool {
    basis == Basis::Rule(Instrument::Preservation247)
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
        // Nothing serves spontaneous information over a bilateral MLA treaty.
        let why = why_not_between(Instrument::SpontaneousInformation, &a, &d);
        assert!(why.instead.is_empty(), "{why:?}");
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
        let rows: [(&str, Jurisdiction, Jurisdiction, &str); 7] = [
            (
                "within one country",
                jurisdiction("A", &everything),
                jurisdiction("A", &everything),
                "xx....x.....",
            ),
            (
                "Budapest only",
                jurisdiction("A", &[Budapest]),
                jurisdiction("B", &[Budapest]),
                "..xxxxx.....",
            ),
            (
                "Budapest and CETS 224",
                jurisdiction("A", &[Budapest, SecondProtocol]),
                jurisdiction("B", &[Budapest, SecondProtocol]),
                "..xxxxxxxx..",
            ),
            (
                "CETS 224 on one side only",
                jurisdiction("A", &[Budapest, SecondProtocol]),
                jurisdiction("B", &[Budapest]),
                "..xxxxx.....",
            ),
            (
                "UN Convention only",
                jurisdiction("A", &[UnConvention]),
                jurisdiction("B", &[UnConvention]),
                "..xxxxx.....",
            ),
            (
                "a bilateral MLA treaty only",
                jurisdiction("A", &[Budapest]),
                bilateral,
                ".....xx.....",
            ),
            (
                "both bound by the EU Regulation",
                jurisdiction("A", &[Budapest, EuEEvidence]),
                jurisdiction("B", &[Budapest, EuEEvidence]),
                "..xxxxx...xx",
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
        assert_eq!(got, "......x.....", "no treaty at all: open sources only");
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
                Instrument::EmergencyMla
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
    fn preservation_247_requires_the_six_elements() {
        assert_eq!(rule(Instrument::Preservation247).required.len(), 6);
    }
}
