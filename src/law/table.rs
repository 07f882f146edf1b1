//! The law as a reader's table: for each instrument, in [`ALL_INSTRUMENTS`]
//! order, its rule, what it needs to exist between two jurisdictions, and
//! the timings the law gives it; and, between two given jurisdictions,
//! whether it exists there and on what basis, or why not.
//!
//! Typed data only, read off [`rule`], [`applies_between`],
//! [`why_not_between`], [`basis`], [`preservation_period`] and
//! [`provider_deadline`]: an instrument added to the law appears here with
//! no change to this file. `cyberdrill instruments`, `docs/LAW.md` and the
//! terminal's help put it into words (`crate::words::law`).

use crate::scenario::model::{DataCategory, Delay, Instrument, Jurisdiction, LawParameters};
use crate::time::Duration;

use super::{
    ALL_INSTRUMENTS, Basis, Needs, NotBetween, Rule, applies_between, basis, notifies_requested_state,
    preservation_period, provider_deadline, reservation_refuses, rule, why_not_between,
};

/// One instrument as the table shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub rule: Rule,
    /// What it needs to exist between two jurisdictions; `None` where it
    /// exists everywhere (Art. 32(a) open sources).
    pub needs: Option<Needs>,
    pub timings: Timings,
}

/// The timings the law (the scenario's [`LawParameters`]) gives an
/// instrument. Everything else (desks, central authorities, judges,
/// providers) is the scenario's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Timings {
    /// How long a successful preservation keeps the data (renewable).
    pub preserves_for: Option<Duration>,
    /// The longest a provider may take to answer.
    pub provider_deadline: Option<Duration>,
    /// The same when the request states an emergency, where it differs.
    pub emergency_deadline: Option<Duration>,
    /// How soon a provider answers an emergency request when its own
    /// policy says nothing (emergency instruments only).
    pub emergency_answer: Option<Delay>,
    /// How long the requested authority takes over an urgent or expedited
    /// request (Arts 25(3), 31(3), 27(9)), in elapsed time.
    pub urgent_handling: Option<Delay>,
    /// How long a real-time collection or interception runs (Arts 20,
    /// 21, 33, 34).
    pub collects_for: Option<Duration>,
    /// How long the CSIRTs, the financial intelligence units, INTERPOL
    /// or Eurojust take to deliver, freeze, trace, publish or meet, in
    /// elapsed time.
    pub office_handling: Option<Delay>,
    /// How long the requested authority takes over an MLA request once a
    /// coordination meeting at Eurojust has agreed its execution, in
    /// elapsed time.
    pub agreed_pace: Option<Delay>,
    /// The least maximum penalty of an offence it serves (Art. 24(1)(a):
    /// extradition, one year).
    pub min_penalty: Option<Duration>,
    /// CETS 224 Art. 8(6): the requested Party serves the order within
    /// this; the provider returns subscriber information, then traffic
    /// data, within these.
    pub served_within: Option<Duration>,
    pub subscriber_within: Option<Duration>,
    pub traffic_within: Option<Duration>,
}

/// Whether an instrument exists between two jurisdictions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Between {
    /// It exists, resting on `basis`.
    Exists {
        basis: Basis,
        /// The requested side may refuse it under a reservation where
        /// dual criminality is not met (Art. 29(4)): [`reservation_refuses`]
        /// for a case with no Convention offence that it does not criminalise.
        reserved: bool,
        /// The requested side's 24/7 desk is told of it (CETS 224 Art. 7(5)(a)).
        notified: bool,
        /// What the requested side transfers by it may go on to another
        /// State only with its authorisation (CETS 224 Art. 14(10)(a)).
        conditioned: bool,
    },
    /// It does not; why, and what does instead.
    Missing(NotBetween),
}

/// Every instrument with its rule, needs and timings under `law`.
/// `template` is any jurisdiction: what an instrument needs is read off
/// two copies of it that share no treaty at all.
pub fn entries(law: &LawParameters, template: &Jurisdiction) -> Vec<Entry> {
    ALL_INSTRUMENTS
        .into_iter()
        .map(|instrument| Entry {
            rule: rule(instrument),
            needs: needs(instrument, template),
            timings: timings(instrument, law),
        })
        .collect()
}

/// What `instrument` needs to exist between two jurisdictions: what
/// [`why_not_between`] says for two that share no treaty, or `None` when
/// it exists even between those.
pub fn needs(instrument: Instrument, template: &Jurisdiction) -> Option<Needs> {
    let bare = |code: &str| Jurisdiction {
        code: code.to_string(),
        parties: Vec::new(),
        reservations: Vec::new(),
        bilateral_mla: Vec::new(),
        ..template.clone()
    };
    let (from, to) = (bare("A"), bare("B"));
    if applies_between(instrument, &from, &to) {
        // No treaty, but another country (the CSIRTs, INTERPOL).
        if !applies_between(instrument, &from, &from) {
            return Some(Needs::OtherJurisdiction);
        }
        return None;
    }
    Some(why_not_between(instrument, &from, &to).needs)
}

/// The timings `law` gives `instrument`.
pub fn timings(instrument: Instrument, law: &LawParameters) -> Timings {
    let ordinary = provider_deadline(instrument, law, false);
    let emergency = provider_deadline(instrument, law, true);
    Timings {
        preserves_for: preservation_period(instrument, law),
        provider_deadline: ordinary,
        emergency_deadline: emergency.filter(|_| emergency != ordinary),
        emergency_answer: rule(instrument).needs_emergency.then_some(law.emergency_answer),
        urgent_handling: super::urgent_handling(instrument, law),
        collects_for: super::real_time_period(instrument, law),
        office_handling: super::office_handling(instrument, law),
        agreed_pace: super::agreed_pace(instrument, law),
        min_penalty: (instrument == Instrument::Extradition).then_some(law.extradition_threshold),
        served_within: super::service_deadline(instrument, law),
        subscriber_within: super::order_answer_deadline(instrument, &[DataCategory::SubscriberInfo], law),
        traffic_within: super::order_answer_deadline(instrument, &[DataCategory::TrafficData], law),
    }
}

/// Whether `instrument` exists between `from` and `to`, and on what basis
/// or why not.
pub fn between(instrument: Instrument, from: &Jurisdiction, to: &Jurisdiction) -> Between {
    if applies_between(instrument, from, to) {
        Between::Exists {
            basis: basis(instrument, from, to),
            reserved: reservation_refuses(instrument, &[], to),
            notified: notifies_requested_state(instrument, to),
            conditioned: super::attaches_onward_transfer_condition(instrument, to),
        }
    } else {
        Between::Missing(why_not_between(instrument, from, to))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::model::{Framework, Reservation};

    fn template() -> Jurisdiction {
        crate::scenario::load::load_default().jurisdictions[0].clone()
    }

    #[test]
    fn what_each_instrument_needs_is_read_off_the_law() {
        let t = template();
        // Arts 16 and 18 are domestic powers; Art. 32(a) needs nothing;
        // Art. 29 needs Budapest or the UN Convention; CETS 224 Art. 7
        // both Parties to the Protocol; Art. 31 any common treaty.
        assert_eq!(
            needs(Instrument::ProductionOrder, &t),
            Some(Needs::SameJurisdiction)
        );
        assert_eq!(needs(Instrument::OpenSource, &t), None);
        assert_eq!(needs(Instrument::Preservation247, &t), Some(Needs::BudapestOrUn));
        assert_eq!(
            needs(Instrument::DirectSubscriberRequest, &t),
            Some(Needs::SecondProtocol)
        );
        assert_eq!(needs(Instrument::Mla, &t), Some(Needs::CommonTreaty));
        assert_eq!(
            entries(&LawParameters::default(), &t).len(),
            ALL_INSTRUMENTS.len()
        );
    }

    #[test]
    fn timings_come_from_the_law_parameters() {
        let law = LawParameters::default();
        // Art. 29(7): at least 60 days; EU production order: 10 days, 8
        // hours in an emergency; CETS 224 Art. 9: 1 to 8 hours by default.
        let art29 = timings(Instrument::Preservation247, &law);
        assert_eq!(art29.preserves_for, Some(Duration::days(60)));
        assert_eq!(art29.provider_deadline, None);
        let eu = timings(Instrument::EuProductionOrder, &law);
        assert_eq!(eu.provider_deadline, Some(Duration::days(10)));
        assert_eq!(eu.emergency_deadline, Some(Duration::hours(8)));
        let art9 = timings(Instrument::EmergencyDisclosure, &law);
        assert_eq!(
            art9.emergency_answer,
            Some(Delay(Duration::hours(1), Duration::hours(8)))
        );
        assert_eq!(timings(Instrument::Mla, &law), Timings::default());
    }

    #[test]
    fn between_gives_the_basis_or_the_reason() {
        let mut a = template();
        a.code = "A".into();
        a.parties = vec![Framework::Budapest];
        let mut b = a.clone();
        b.code = "B".into();
        let plain = |instrument| Between::Exists {
            basis: Basis::Rule(instrument),
            reserved: false,
            notified: false,
            conditioned: false,
        };
        assert_eq!(between(Instrument::Mla, &a, &b), plain(Instrument::Mla));
        match between(Instrument::EmergencyDisclosure, &a, &b) {
            Between::Missing(why) => assert_eq!(why.needs, Needs::SecondProtocol),
            other => panic!("{other:?}"),
        }
        // B reserved Art. 29(4) (dual criminality for preservation) and
        // wants notice of CETS 224 Art. 7 orders (Art. 7(5)(a)): each
        // caveat on its own instrument only.
        b.reservations = vec![
            Reservation::PreservationDualCriminality,
            Reservation::NotifyDirectOrders,
        ];
        assert_eq!(
            between(Instrument::Preservation247, &a, &b),
            Between::Exists {
                basis: Basis::Rule(Instrument::Preservation247),
                reserved: true,
                notified: false,
                conditioned: false,
            }
        );
        assert_eq!(between(Instrument::Mla, &a, &b), plain(Instrument::Mla));
        a.parties.push(Framework::SecondProtocol);
        b.parties.push(Framework::SecondProtocol);
        assert_eq!(
            between(Instrument::DirectSubscriberRequest, &a, &b),
            Between::Exists {
                basis: Basis::Rule(Instrument::DirectSubscriberRequest),
                reserved: false,
                notified: true,
                conditioned: false,
            }
        );
        // B attaches the Art. 14(10)(a) condition to what it transfers
        // under the Protocol: Art. 7 carries it, MLA does not.
        b.reservations.push(Reservation::OnwardTransferNeedsConsent);
        assert!(matches!(
            between(Instrument::DirectSubscriberRequest, &a, &b),
            Between::Exists {
                conditioned: true,
                ..
            }
        ));
        assert_eq!(between(Instrument::Mla, &a, &b), plain(Instrument::Mla));
    }
}
