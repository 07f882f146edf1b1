//! Everything that happens in an exercise, as data: who acted ([`Actor`])
//! and what happened ([`Event`]), with the parts of an event that have
//! parts of their own (how a request ended, why data was deleted).
//!
//! These values are the trace, the inboxes and the state hash's input; the
//! shell renders them in the reader's language. Nothing here is a word
//! for a person; see [`super::message`].

use serde::Serialize;

use crate::law::{Basis, RequestField};
use crate::scenario::model::{Offence, ProviderKind};
use crate::time::SimTime;

use super::message::messages;
use super::types::{Participant, RequestId};

messages! {
    /// Who did something: a seat at the table, or an office the
    /// simulation plays.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    pub enum Actor {
        Seat { participant: Participant => participant } = "actor-seat",
        /// A jurisdiction's team, as a whole (it learns leads together).
        Team { jurisdiction: usize => jurisdiction } = "actor-team",
        Network247 = "actor-network-247",
        CentralAuthority { jurisdiction: usize => jurisdiction } = "actor-central-authority",
        Desk { jurisdiction: usize => jurisdiction } = "actor-desk",
        Judge { jurisdiction: usize => jurisdiction } = "actor-judge",
        Provider { provider: usize => provider } = "actor-provider",
        /// The requested state's authorities, for a request that reached no provider.
        Authorities { jurisdiction: usize => jurisdiction } = "actor-authorities",
        /// A jurisdiction's national CERT/CSIRT.
        Csirt { jurisdiction: usize => jurisdiction } = "actor-csirt",
        /// A jurisdiction's financial intelligence unit.
        Fiu { jurisdiction: usize => jurisdiction } = "actor-fiu",
        /// INTERPOL's General Secretariat.
        Interpol = "actor-interpol",
        Incident = "actor-incident",
        Inject = "actor-inject",
        Clock = "actor-clock",
        Debrief = "actor-debrief",
        /// Eurojust, which convenes coordination meetings.
        Eurojust = "actor-eurojust",
        /// Europol, which cross-checks what States exchange over SIENA.
        Europol = "actor-europol",
    }
}

messages! {
    /// One thing that happened: a line of the trace, a note in an inbox.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    pub enum Event {
        LeadsFound { how: LeadSource => nested, leads: Vec<usize> => leads } = "leads-found",
        /// CETS 224 Art. 7(5): the requested state hears of a direct order.
        DirectOrderNotice { request: RequestId => request, basis: Basis => basis, from: usize => jurisdiction, provider: usize => provider } = "direct-order-notice",
        RequestArrived { request: RequestId => request, basis: Basis => basis, from: usize => jurisdiction } = "request-arrived",
        /// An extradition or joint-team request accepted by the requested
        /// central authority, put to the requested prosecutor played by a person.
        AwaitsDecision { request: RequestId => request, basis: Basis => basis, from: usize => jurisdiction } = "request-awaits-decision",
        /// A request reached a provider whose liaison a person plays: to that seat.
        ReachedProvider { request: RequestId => request, basis: Basis => basis, from: usize => jurisdiction, provider: usize => provider } = "request-reached-provider",
        SpontaneousInformation { request: RequestId => request, basis: Basis => basis, from: usize => jurisdiction, offences: Vec<Offence> => offences } = "spontaneous-information",
        Transmitted { request: RequestId => request, to: usize => jurisdiction } = "request-transmitted",
        /// `basis` is the request's, for citing its elements; not hashed
        /// (the request, which is, has it).
        /// `asked`: a person asked to clarify these (stated too vaguely,
        /// say), rather than a reviewing authority finding them missing.
        SentBack { request: RequestId => request, #[serde(skip)] basis: Basis => basis, missing: Vec<RequestField> => fields, #[serde(skip_serializing_if = "std::ops::Not::not")] asked: bool => flag } = "request-sent-back",
        Forwarded { request: RequestId => request, basis: Basis => basis } = "request-forwarded",
        Accepted { request: RequestId => request, basis: Basis => basis } = "request-accepted",
        OrderSigned { request: RequestId => request, basis: Basis => basis } = "order-signed",
        RequestClosed { request: RequestId => request, basis: Basis => basis, from: usize => jurisdiction, result: RequestResult => nested } = "request-closed",
        Deleted { item: usize => item, why: Deletion => nested } = "item-deleted",
        /// Arts 20, 21, 33, 34: an item collected in real time as it was created.
        Collected { request: RequestId => request, item: usize => item } = "item-collected",
        StageReached { stage: (usize, usize) => stage, risk_to_life: bool => flag } = "stage-reached",
        InjectFired { inject: usize => inject } = "inject-fired",
        TimeUp = "exercise-over-time-up",
        EndConditionHolds = "exercise-over-end-condition",
        ObjectiveMet { objective: usize => objective, points: u32 => points } = "objective-met",
        Paused = "paused",
        Resumed = "resumed",
        SpeedSet { factor: u32 => points } = "speed-set",
        Jumped { to: SimTime => time } = "clock-jumped",
        Annotated { text: String => text } = "annotated",
        Examined { lead: usize => lead } = "lead-examined",
        LookedUp { lead: usize => lead, provider: usize => provider, kind: ProviderKind => provider_kind, country: usize => jurisdiction } = "lead-looked-up",
        /// `leads`: what spontaneous information (Art. 26) carries; skipped
        /// when empty, so every other draft hashes as it did before.
        Drafted { request: RequestId => request, basis: Basis => basis, to: usize => jurisdiction, items: Vec<usize> => items, #[serde(skip_serializing_if = "Vec::is_empty")] leads: Vec<usize> => leads } = "request-drafted",
        /// `fields` newly stated; `rewritten`, stated already and given a
        /// new text (the texts are in the request, not in the trace).
        /// Skipped when empty so that the trace, and the state hash, of a
        /// run that writes no text is what it was before texts existed.
        /// `unsigned`: it had been signed, and the signature no longer
        /// covers what it now says (skipped when false, as `rewritten`).
        Amended { request: RequestId => request, #[serde(skip)] basis: Basis => basis, fields: Vec<RequestField> => fields, #[serde(skip_serializing_if = "Vec::is_empty")] rewritten: Vec<RequestField> => fields, #[serde(skip_serializing_if = "std::ops::Not::not")] unsigned: bool => flag } = "request-amended",
        AppliedToJudge { request: RequestId => request, basis: Basis => basis } = "applied-to-judge",
        Signed { request: RequestId => request, basis: Basis => basis } = "request-signed",
        Sent { request: RequestId => request, basis: Basis => basis, to: usize => jurisdiction } = "request-sent",
        TookUp { request: RequestId => request } = "request-taken-up",
        Wrote { request: RequestId => request, text: String => text } = "wrote-on-request",
        Renewed { request: RequestId => request, basis: Basis => basis, until: SimTime => time } = "preservation-renewed",
        /// A stage's `unless` held at its time: the harm did not happen.
        StageAverted { stage: (usize, usize) => stage } = "stage-averted",
        /// A stage's `unless` held at its time: it comes later, at `until`.
        StageDelayed { stage: (usize, usize) => stage, until: SimTime => time } = "stage-delayed",
        /// Team `by` now holds what locates the suspect (`Suspect::located_by`).
        SuspectLocated { suspect: usize => suspect, by: usize => jurisdiction } = "suspect-located",
        /// INTERPOL published a red notice for the suspect at `from`'s request.
        RedNoticePublished { suspect: usize => suspect, from: usize => jurisdiction } = "red-notice-published",
        /// A coordination meeting at Eurojust, asked for by `from`, brought
        /// its judicial authorities and those of the team told together.
        CoordinationMeetingHeld { from: usize => jurisdiction } = "coordination-meeting-held",
        /// Europol found that leads `from` sent over SIENA are already in
        /// the told team's own investigation.
        CrossMatchHit { from: usize => jurisdiction, leads: Vec<usize> => leads } = "cross-match-hit",
    }
}

messages! {
    /// How a team came by new leads.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    pub enum LeadSource {
        CaseOpened { incident: usize => incident } = "lead-source-case-opened",
        Examining { lead: usize => lead } = "lead-source-examining",
        Analysed { item: usize => item } = "lead-source-analysed",
        /// Another jurisdiction's spontaneous information (Art. 26). It
        /// names no request: only the receiving desk sees that one, and
        /// the whole team learns the leads.
        Informed { from: usize => jurisdiction } = "lead-source-informed",
        /// Art. 30: the requested desk disclosed, while executing an
        /// Art. 29 request, the traffic data that identifies a provider in
        /// another State and the path (intelligence).
        PathDisclosed { request: RequestId => request, basis: Basis => basis, by: usize => jurisdiction } = "lead-source-path-disclosed",
        /// Art. 17(1)(b): the traffic data disclosed with a domestic
        /// preservation names the next providers in the path.
        PathShown { item: usize => item } = "lead-source-path-shown",
        /// Indicators another State's team shared through the CSIRTs:
        /// leads, not evidence.
        Csirt { from: usize => jurisdiction } = "lead-source-csirt",
        /// What `by`'s financial intelligence unit found tracing a wallet
        /// or an account: financial intelligence, not evidence.
        FiuTrace { by: usize => jurisdiction } = "lead-source-fiu-trace",
        /// Leads another State's police sent over SIENA: intelligence.
        Siena { from: usize => jurisdiction } = "lead-source-siena",
    }
}

messages! {
    /// How a request ended: what its sender is told.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    pub enum RequestResult {
        /// Reached no provider and asked nothing of one.
        Delivered = "result-delivered",
        /// Art. 26: information delivered, nothing asked.
        InformationDelivered { to: usize => jurisdiction } = "result-information-delivered",
        /// Indicators shared CSIRT to CSIRT and handed to `to`'s police.
        IndicatorsHandedOff { to: usize => jurisdiction } = "result-indicators-handed-off",
        /// The funds these wallets or accounts hold are frozen in `by`.
        AssetsFrozen { by: usize => jurisdiction, leads: Vec<usize> => leads } = "result-assets-frozen",
        /// INTERPOL published a red notice for these suspects.
        RedNoticePublished { suspect: usize => suspect } = "result-red-notice-published",
        ReceivedByDesk { desk: usize => jurisdiction } = "result-received-by-desk",
        /// Art. 29(4): dual criminality reserved for preservation, not met.
        RefusedReservation { by: usize => jurisdiction, offences: Vec<Offence> => offences } = "result-refused-reservation",
        RefusedDualCriminality { by: usize => jurisdiction, offences: Vec<Offence> => offences } = "result-refused-dual-criminality",
        /// Art. 29(6): the provider keeps none of the data asked for.
        NothingKept { provider: usize => provider } = "result-nothing-kept",
        DeclinedVoluntarily { provider: usize => provider } = "result-declined-voluntarily",
        /// Declined by the provider's liaison played by a person, on a ground.
        DeclinedByProvider { provider: usize => provider, ground: String => text } = "result-declined-by-provider",
        DeclinedByDesk { by: Participant => participant, ground: String => text } = "result-declined-by-desk",
        Withdrawn { by: Participant => participant } = "result-withdrawn",
        /// The provider acted: one clause per outcome, each naming its items.
        Executed { clauses: Vec<Clause> => clauses } = "result-executed",
        /// Art. 24: the requested State surrenders the suspect.
        Extradited { by: usize => jurisdiction, suspect: usize => suspect } = "result-extradited",
        /// Art. 24(6): it refuses to extradite its national and submits the
        /// case to its own authorities for prosecution.
        ProsecutedInstead { by: usize => jurisdiction, suspect: usize => suspect } = "result-prosecuted-instead",
        /// CETS 224 Art. 12: the partner agreed; a joint investigation team is set up.
        JointTeamSetUp { with: usize => jurisdiction } = "result-joint-team-set-up",
        /// CETS 224 Art. 11: the hearing by video conference is set for `at`.
        HearingScheduled { by: usize => jurisdiction, at: SimTime => time } = "result-hearing-scheduled",
        /// `by`'s financial intelligence unit traced these wallets or
        /// accounts; `found`, the leads their records show (intelligence).
        AssetsTraced { by: usize => jurisdiction, leads: Vec<usize> => leads, found: Vec<usize> => leads } = "result-assets-traced",
        /// A coordination meeting at Eurojust with `with`'s judicial
        /// authorities: the MLA requests between the two go at the agreed pace.
        CoordinationAgreed { with: usize => jurisdiction } = "result-coordination-agreed",
        /// The leads reached `with`'s police over SIENA; `hits`, those its
        /// own investigation already held, as Europol's cross-check found.
        CrossMatched { with: usize => jurisdiction, hits: Vec<usize> => leads } = "result-cross-matched",
    }
}

messages! {
    /// What a provider did with some of the items of one request.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    pub enum Clause {
        Preserved { items: Vec<usize> => items, until: SimTime => time } = "clause-preserved",
        Produced { items: Vec<usize> => items } = "clause-produced",
        Disclosed { items: Vec<usize> => items } = "clause-disclosed",
        /// Deleted at the provider before the request reached it.
        NoLongerAvailable { items: Vec<usize> => items } = "clause-no-longer-available",
        /// Created after the request reached the provider: a preservation
        /// or an order covers the data stored then (Art. 16, 18, 29);
        /// data still to come needs real-time collection (Art. 20, 33).
        NotYetStored { items: Vec<usize> => items, preservation: bool => flag } = "clause-not-yet-stored",
        NeverKept { items: Vec<usize> => items, provider: usize => provider, preservation: bool => flag } = "clause-never-kept",
        /// Arts 20, 21, 33, 34: the order took effect; these items will be
        /// collected as they are created, until the order ends.
        Collecting { items: Vec<usize> => items, until: SimTime => time } = "clause-collecting",
        /// Already stored when the order took effect: real-time collection
        /// does not reach them (preservation and production do).
        AlreadyStored { items: Vec<usize> => items } = "clause-already-stored",
        /// Created only after the order ends.
        AfterTheOrder { items: Vec<usize> => items, until: SimTime => time } = "clause-after-the-order",
        /// CETS 224 Art. 14(10)(a): `by` transferred these on condition
        /// that they go to no other State without its authorisation.
        OnwardTransferNeedsConsent { items: Vec<usize> => items, by: usize => jurisdiction } = "clause-onward-transfer-needs-consent",
    }
}

messages! {
    /// Why a provider deleted a data item.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    pub enum Deletion {
        /// A preservation had kept it past its retention; the MLA request
        /// that then held it is no longer pending.
        HoldReleased { basis: Basis => basis, expired: SimTime => time, retention: SimTime => time, produced: bool => flag, intelligence_only: bool => flag } = "deletion-hold-released",
        /// A preservation had kept it past its retention, and expired.
        PreservationExpired { basis: Basis => basis, retention: SimTime => time, produced: bool => flag, intelligence_only: bool => flag } = "deletion-preservation-expired",
        RetentionProduced = "deletion-retention-produced",
        RetentionAfterLapse { intelligence_only: bool => flag } = "deletion-retention-after-lapse",
        RetentionUnpreserved { intelligence_only: bool => flag } = "deletion-retention-unpreserved",
    }
}

impl Clause {
    /// The items this clause names.
    pub fn items(&self) -> &[usize] {
        match self {
            Clause::Preserved { items, .. }
            | Clause::Produced { items }
            | Clause::Disclosed { items }
            | Clause::NoLongerAvailable { items }
            | Clause::NotYetStored { items, .. }
            | Clause::NeverKept { items, .. }
            | Clause::Collecting { items, .. }
            | Clause::AlreadyStored { items }
            | Clause::AfterTheOrder { items, .. }
            | Clause::OnwardTransferNeedsConsent { items, .. } => items,
        }
    }
}
