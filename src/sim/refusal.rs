//! Why an action was refused, and what an accepted one did, as data.
//!
//! A [`Refusal`] changes nothing and teaches: each variant carries what
//! the shell needs to say why in the words of the law and what to do
//! instead. It never carries what the participant's team does not know:
//! an unknown data item and one the team has not found are the same
//! variant with the text the participant typed. Words are the shell's
//! ([`crate::words`]); see [`super::message`].

use serde::Serialize;

use crate::law::{Basis, Needs, RequestField};
use crate::scenario::model::{DataCategory, Instrument, Offence, ProviderKind, Role};
use crate::time::{Duration, SimTime};

use super::message::messages;
use super::types::{Participant, RequestId};

messages! {
    /// Why an action was refused. Nothing changed.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    pub enum Refusal {
        NoSuchParticipant { participant: Participant => participant, jurisdictions: Vec<usize> => jurisdictions } = "refused-no-such-participant",
        TrainerOnly { participant: Participant => participant } = "refused-trainer-only",
        TrainerDoesNotPlay = "refused-trainer-does-not-play",
        Ended { at: SimTime => time } = "refused-ended",
        AlreadyPaused = "refused-already-paused",
        NotPaused = "refused-not-paused",
        SpeedOutOfRange = "refused-speed-out-of-range",
        NoSuchInject { inject: String => text, injects: Vec<usize> => injects } = "refused-no-such-inject",
        InjectAlreadyFired { inject: usize => inject, at: SimTime => time } = "refused-inject-already-fired",
        EmptyAnnotation = "refused-empty-annotation",
        ClockMovedByHost = "refused-clock-moved-by-host",
        OnlyTrainerMovesClock = "refused-only-trainer-moves-clock",
        TimeOnlyForward { now: SimTime => time } = "refused-time-only-forward",
        PausedNoJump { now: SimTime => time } = "refused-paused-no-jump",
        PastLatest { latest: SimTime => time, years: u32 => points } = "refused-past-latest",
        /// A lead the team has not found, or that does not exist: the same answer.
        LeadNotFound { lead: String => text } = "refused-lead-not-found",
        ExamineIsInvestigators { team: usize => jurisdiction } = "refused-examine-is-investigators",
        AlreadyExamined { lead: usize => lead } = "refused-already-examined",
        LookUpRoles = "refused-look-up-roles",
        NoProviderBehind { lead: usize => lead } = "refused-no-provider-behind",
        AlreadyLookedUp { lead: usize => lead } = "refused-already-looked-up",
        NeedsNoRequest { instrument: Instrument => instrument } = "refused-needs-no-request",
        /// Not a request of its own: the requested Party's duty while it
        /// executes a request of `within` (Art. 30 within Art. 29).
        DutyWithin { instrument: Instrument => instrument, within: Instrument => instrument } = "refused-duty-within",
        NoSuchJurisdiction { to: String => text, jurisdictions: Vec<usize> => jurisdictions } = "refused-no-such-jurisdiction",
        /// The instrument does not exist between the two (see `law::why_not_between`).
        NotBetween { instrument: Instrument => instrument, from: usize => jurisdiction, to: usize => jurisdiction, needs: Needs => needs, instead: Vec<(Instrument, Basis)> => alternatives, first: Vec<(Instrument, Basis)> => alternatives, only_way: bool => flag } = "refused-not-between",
        WrongSender { instrument: Instrument => instrument, senders: Vec<Participant> => seats_or, role: Role => role } = "refused-wrong-sender",
        /// No risk to life known: the preservations to ask first and the
        /// requests that produce evidence without one (`law::preservations_between`,
        /// `law::evidence_routes`).
        NeedsEmergency { instrument: Instrument => instrument, first: Vec<(Instrument, Basis)> => alternatives, instead: Vec<(Instrument, Basis)> => alternatives } = "refused-needs-emergency",
        /// Arts 25(3), 27(9): neither a known risk to life nor data vulnerable to loss.
        NeedsUrgency { instrument: Instrument => instrument } = "refused-needs-urgency",
        /// Art. 31(3): a data item with no published retention is not vulnerable to loss.
        NotVulnerable { instrument: Instrument => instrument, item: usize => item } = "refused-not-vulnerable",
        /// A data item the team cannot name: unknown, not found, or its holder not looked up.
        UnknownItem { item: String => text } = "refused-unknown-item",
        MustNameData { instrument: Instrument => instrument } = "refused-must-name-data",
        /// Information names no data; to obtain some, these (as for `NeedsEmergency`).
        InformsNamesNoData { instrument: Instrument => instrument, to: usize => jurisdiction, first: Vec<(Instrument, Basis)> => alternatives, instead: Vec<(Instrument, Basis)> => alternatives } = "refused-informs-names-no-data",
        NotCovered { instrument: Instrument => instrument, item: usize => item, category: DataCategory => category, instead: Vec<Instrument> => instruments_or } = "refused-not-covered",
        OneProvider = "refused-one-provider",
        /// A red notice names exactly one suspect.
        OneSuspect { instrument: Instrument => instrument } = "refused-one-suspect",
        /// A suspect the team has not located, or none by that id: the same
        /// answer (a red notice, an extradition request).
        SuspectNotLocated { instrument: Instrument => instrument, suspect: String => text } = "refused-suspect-not-located",
        /// The suspect is in another State than the one addressed: a red
        /// notice and extradition are asked of the State where they are.
        SuspectElsewhere { instrument: Instrument => instrument, suspect: usize => suspect, located_in: usize => jurisdiction, to: usize => jurisdiction } = "refused-suspect-elsewhere",
        /// A freeze that names no wallet or account.
        MustNameAssets { instrument: Instrument => instrument } = "refused-must-name-assets",
        /// Europol cross-checks leads: none named, nothing to check.
        MustNameLeads { instrument: Instrument => instrument } = "refused-must-name-leads",
        /// A freeze names wallets and accounts (leads); this is neither.
        NotAnAsset { instrument: Instrument => instrument, id: String => text } = "refused-not-an-asset",
        /// No exchange or bank is known to hold the wallet or account: not
        /// looked up, or no one hosts it.
        CustodianUnknown { lead: usize => lead, instrument: Instrument => instrument } = "refused-custodian-unknown",
        /// The funds are held in another State than the one addressed.
        AssetsHeldElsewhere { lead: usize => lead, provider: usize => provider, held_in: usize => jurisdiction, to: usize => jurisdiction, instrument: Instrument => instrument } = "refused-assets-held-elsewhere",
        WrongJurisdiction { item: usize => item, provider: usize => provider, held_in: usize => jurisdiction, to: usize => jurisdiction } = "refused-wrong-jurisdiction",
        HandledBy { request: RequestId => request, basis: Basis => basis, seat: Participant => seat } = "refused-handled-by",
        /// Not this team's request, or none: the same answer.
        NoSuchRequest { request: RequestId => request } = "refused-no-such-request",
        WithTheJudge { request: RequestId => request } = "refused-with-the-judge",
        Closed { request: RequestId => request } = "refused-closed",
        BeingHandled { request: RequestId => request } = "refused-being-handled",
        AlreadyStated { request: RequestId => request } = "refused-already-stated",
        /// A field written with a text that is empty or only spaces: a
        /// bare field states the element; a written one must say something.
        BlankFieldText { field: RequestField => field, basis: Basis => basis } = "refused-blank-field-text",
        SigningIsProsecutors { team: usize => jurisdiction } = "refused-signing-is-prosecutors",
        AlreadySigned { request: RequestId => request } = "refused-already-signed",
        NeedsNoSignature { instrument: Instrument => instrument } = "refused-needs-no-signature",
        /// Missing elements (the signature aside), and who would reject it.
        Incomplete { basis: Basis => basis, by: Rejecter => nested, missing: Vec<RequestField> => fields } = "refused-incomplete",
        SentByRole { instrument: Instrument => instrument, role: Role => role } = "refused-sent-by-role",
        NotSigned { basis: Basis => basis, court_order: bool => flag } = "refused-not-signed",
        ForwardIsDesks = "refused-forward-is-desks",
        ComplyIsLiaisons = "refused-comply-is-liaisons",
        /// An extradition or joint-team request to this prosecutor's State
        /// not (yet, or any more) put to them for a decision.
        NotAwaitingDecision { request: RequestId => request } = "refused-not-awaiting-decision",
        /// A provider's liaison answers requests for its company's data;
        /// it drafts, signs, sends and investigates nothing.
        LiaisonAnswersOnly = "refused-liaison-answers-only",
        NotWaitingAtProvider { request: RequestId => request } = "refused-not-waiting-at-provider",
        /// A binding order (or a request the requested State executes) is
        /// not the provider's to decline: it may ask for clarification.
        OrderBinds { request: RequestId => request, basis: Basis => basis } = "refused-order-binds",
        NotWaiting { request: RequestId => request } = "refused-not-waiting",
        DeclineIsDesks = "refused-decline-is-desks",
        SendBackIsDesks = "refused-send-back-is-desks",
        DisclosePathIsDesks = "refused-disclose-path-is-desks",
        /// Not an executed Art. 29 request to this desk whose preserved
        /// traffic data shows a provider in another State, or none: the
        /// same answer.
        NoPathToDisclose { request: RequestId => request } = "refused-no-path-to-disclose",
        PathAlreadyDisclosed { request: RequestId => request } = "refused-path-already-disclosed",
        NothingToClarify { request: RequestId => request } = "refused-nothing-to-clarify",
        NotAnElement { instrument: Instrument => instrument, field: RequestField => field } = "refused-not-an-element",
        DeclineNeedsGround = "refused-decline-needs-ground",
        NothingToAnswer { request: RequestId => request } = "refused-nothing-to-answer",
        NotSentYet { request: RequestId => request } = "refused-not-sent-yet",
        EmptyAnswer = "refused-empty-answer",
        RenewedBySender { instrument: Instrument => instrument, role: Role => role } = "refused-renewed-by-sender",
        NotAPreservation { instrument: Instrument => instrument } = "refused-not-a-preservation",
        PreservedNothing { request: RequestId => request } = "refused-preserved-nothing",
        PreservationLapsed { request: RequestId => request } = "refused-preservation-lapsed",
        AlreadyClosed { request: RequestId => request } = "refused-already-closed",
        /// The requested side tried to withdraw a request that reached it.
        WithdrawnBySender { request: RequestId => request, sender: usize => jurisdiction } = "refused-withdrawn-by-sender",
        NoSuchNote { note: u64 => count } = "refused-no-such-note",
        AlreadyRead { note: u64 => count } = "refused-already-read",
        /// A direct order (CETS 224 Art. 7, EU e-evidence) to a holder that
        /// is not a service provider (Budapest Art. 1(c)).
        NotAServiceProvider { instrument: Instrument => instrument, provider: usize => provider, kind: ProviderKind => provider_kind } = "refused-not-a-service-provider",
        /// Art. 19(2): a search extends to a connected system in the
        /// territory only; data held abroad is for the requests that exist
        /// with that country (Art. 29 first, then Art. 31), or consent (32(b)).
        ExtensionAbroad { item: usize => item, provider: usize => provider, held_in: usize => jurisdiction, first: Vec<(Instrument, Basis)> => alternatives, instead: Vec<(Instrument, Basis)> => alternatives } = "refused-extension-abroad",
        /// Art. 32(b): nobody the team knows can consent to disclose the item.
        NoOneToConsent { instrument: Instrument => instrument, item: usize => item } = "refused-no-one-to-consent",
        /// Arts 21, 34: interception only for the serious offences the
        /// scenario's law lists; the case's offences are none of them.
        /// `under`: the State whose law decides what is serious (the one that would intercept).
        NotSerious { instrument: Instrument => instrument, offences: Vec<Offence> => offences, under: usize => jurisdiction } = "refused-not-serious",
        /// Arts 20, 21, 33, 34 collect data created after the order; this
        /// item is already stored: preserve it first, then obtain it.
        AlreadyStored { instrument: Instrument => instrument, item: usize => item, first: Vec<(Instrument, Basis)> => alternatives, instead: Vec<(Instrument, Basis)> => alternatives } = "refused-already-stored",
        /// A request to a kind of holder its rule does not address (CETS
        /// 224 Art. 6 goes to domain name registrars only).
        NotItsAddressee { instrument: Instrument => instrument, provider: usize => provider, kind: ProviderKind => provider_kind } = "refused-not-its-addressee",
        /// CETS 224 Art. 12: no joint investigation team with `to` yet.
        NoJointTeam { instrument: Instrument => instrument, to: usize => jurisdiction, instead: Vec<(Instrument, Basis)> => alternatives } = "refused-no-joint-team",
        /// CETS 224 Art. 14(10)(a): `lead` came from `item`, which `by`
        /// transferred on condition that it go to no other State without
        /// its authorisation.
        OnwardTransferNeedsConsent { lead: usize => lead, item: usize => item, by: usize => jurisdiction } = "refused-onward-transfer-needs-consent",
        /// An extradition request (Art. 24) names one suspect.
        MustNameSuspect { instrument: Instrument => instrument } = "refused-must-name-suspect",
        /// Art. 24(1)(a): no offence of the case is a Convention offence
        /// punishable by at least `threshold`.
        NotExtraditable { offences: Vec<Offence> => offences, threshold: Duration => duration } = "refused-not-extraditable",
    }
}

messages! {
    /// Who would reject an incomplete request.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
    pub enum Rejecter {
        Judge = "rejecter-judge",
        Provider = "rejecter-provider",
        Law = "rejecter-law",
    }
}

messages! {
    /// What an accepted action did.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    pub enum Done {
        Paused = "done-paused",
        Resumed = "done-resumed",
        SpeedSet { factor: u32 => points } = "done-speed-set",
        InjectFired { inject: usize => inject } = "done-inject-fired",
        Noted = "done-noted",
        ClockAt { now: SimTime => time } = "done-clock-at",
        Examined { lead: usize => lead } = "done-examined",
        LookedUp { lead: usize => lead, provider: usize => provider } = "done-looked-up",
        Drafted { request: RequestId => request } = "done-drafted",
        Amended { request: RequestId => request } = "done-amended",
        WithTheJudge { request: RequestId => request } = "done-with-the-judge",
        Signed { request: RequestId => request } = "done-signed",
        Sent { request: RequestId => request } = "done-sent",
        Forwarded { request: RequestId => request } = "done-forwarded",
        Declined { request: RequestId => request } = "done-declined",
        Complied { request: RequestId => request } = "done-complied",
        SentBack { request: RequestId => request } = "done-sent-back",
        PathDisclosed { request: RequestId => request } = "done-path-disclosed",
        Wrote { request: RequestId => request } = "done-wrote",
        Renewed { request: RequestId => request, until: SimTime => time } = "done-renewed",
        Withdrawn { request: RequestId => request } = "done-withdrawn",
        Read { upto: u64 => count } = "done-read",
    }
}

impl std::fmt::Display for Refusal {
    /// The stable code: logs and tests; people read the shell's words.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(super::message::Message::code(self))
    }
}

impl std::error::Error for Refusal {}
