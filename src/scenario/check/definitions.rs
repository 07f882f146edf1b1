//! Checks of jurisdictions and providers on their own: what a fragment can
//! get wrong without any scenario around it (ids, time zones, delays and
//! night delays, retention, disclosure rates, the jurisdictions providers
//! sit in or name in their rates).

use super::{Names, Origins, duplicates};
use crate::scenario::diagnostic::Code;
use crate::scenario::finding::{Findings, Place, closest, did_you_mean};
use crate::scenario::model::{Delay, Framework, Jurisdiction, Provider, Scenario, Staffing};
use crate::scenario::said::Said;
use crate::time::{time_zone, time_zones};

pub fn check(
    jurisdictions: &[Jurisdiction],
    providers: &[Provider],
    origins: &Origins,
    findings: &mut Findings,
) {
    duplicates(
        "jurisdiction",
        jurisdictions
            .iter()
            .enumerate()
            .map(|(i, j)| (j.code.as_str(), origins.jurisdiction(i).field("code"))),
        findings,
    );
    duplicates(
        "provider",
        providers
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.as_str(), origins.provider(i).field("id"))),
        findings,
    );
    let codes = Names::new("jurisdiction", jurisdictions.iter().map(|j| j.code.as_str()));
    for (index, jurisdiction) in jurisdictions.iter().enumerate() {
        check_jurisdiction(jurisdiction, origins.jurisdiction(index), &codes, findings);
    }
    for (index, provider) in providers.iter().enumerate() {
        check_provider(provider, origins.provider(index), jurisdictions, &codes, findings);
    }
}

fn check_jurisdiction(jurisdiction: &Jurisdiction, place: Place, codes: &Names, findings: &mut Findings) {
    check_time_zone(
        &jurisdiction.time_zone,
        place.clone().field("time_zone"),
        findings,
    );
    for (index, partner) in jurisdiction.bilateral_mla.iter().enumerate() {
        codes.require(
            partner,
            place.clone().field("bilateral_mla").index(index),
            findings,
        );
    }
    let contact = place.clone().field("contact_247");
    check_delay(
        &jurisdiction.contact_247.acts_in,
        contact.clone().field("acts_in"),
        findings,
    );
    if let Some(night) = &jurisdiction.contact_247.night_acts_in {
        check_delay(night, contact.clone().field("night_acts_in"), findings);
    }
    check_night_delay(jurisdiction, contact, findings);
    check_delay(
        &jurisdiction.central_authority.processing,
        place.clone().field("central_authority").field("processing"),
        findings,
    );
    check_delay(
        &jurisdiction.judges.signs_in,
        place.clone().field("judges").field("signs_in"),
        findings,
    );
    for (category, retention) in &jurisdiction.retention_law {
        if retention.as_minutes() <= 0 {
            let name = format!("{category:?}");
            findings
                .add(
                    Code::ImpossibleTiming,
                    place.clone().field("retention_law").key(&name),
                    Said::new("check-law-retention-not-positive")
                        .text("category", &name)
                        .text("retention", retention),
                )
                .label(Said::new("check-zero-or-negative"))
                .help(Said::new("check-law-retention-not-positive-help"));
        }
    }
}

/// `night_acts_in` is read only when the desk is `ReducedAtNight`, and
/// such a desk without it is as fast at night as by day.
fn check_night_delay(jurisdiction: &Jurisdiction, contact: Place, findings: &mut Findings) {
    let desk = &jurisdiction.contact_247;
    let code = &jurisdiction.code;
    match (desk.staffing, desk.night_acts_in) {
        (Staffing::ReducedAtNight, None) => {
            findings
                .add(
                    Code::NoNightDelay,
                    contact.field("staffing"),
                    Said::new("check-no-night-delay").text("code", code),
                )
                .label(Said::new("check-no-night-delay-label"))
                .help(Said::new("check-no-night-delay-help").text("delay", delay_text(&desk.acts_in)));
        }
        (Staffing::Always, Some(_)) => {
            findings
                .add(
                    Code::Unused,
                    contact.field("night_acts_in"),
                    Said::new("check-night-delay-unused-always").text("code", code),
                )
                .label(Said::new("check-unused-label"))
                .help(Said::new("check-night-delay-unused-always-help"));
        }
        (Staffing::OfficeHoursOnly, Some(_)) => {
            findings
                .add(
                    Code::Unused,
                    contact.field("night_acts_in"),
                    Said::new("check-night-delay-unused-office-hours").text("code", code),
                )
                .label(Said::new("check-unused-label"))
                .help(Said::new("check-night-delay-unused-office-hours-help"));
        }
        _ => {}
    }
}

/// A delay as an author writes it: `("1h", "2h")`.
fn delay_text(delay: &Delay) -> String {
    format!("(\"{}\", \"{}\")", delay.min(), delay.max())
}

/// An IANA zone name the simulation's bundled database knows (the same
/// lookup the calendar makes), with a suggestion otherwise.
pub(crate) fn check_time_zone(name: &str, place: Place, findings: &mut Findings) {
    if time_zone(name).is_ok() {
        return;
    }
    let help = match closest_time_zone(name) {
        Some(best) => did_you_mean(&best),
        None if is_fixed_offset(name) => Said::new("check-fixed-offset-time-zone-help").text("name", name),
        None => Said::new("check-unknown-time-zone-help"),
    };
    findings
        .add(
            Code::InvalidTimeZone,
            place,
            Said::new("check-unknown-time-zone").text("name", name),
        )
        .label(Said::new("check-unknown-time-zone-label"))
        .help(help);
}

/// The zone of the bundled database whose name is closest to `name`
/// (`Europe/Chisnau` → `Europe/Chisinau`), if any is close. Only a place's
/// zone (`Region/City`) is ever proposed, and only for a name that is not
/// an offset: `GMT+2` is letter by letter close to `GMT+0`, which would
/// move the country two hours and drop its daylight saving without a word.
pub(crate) fn closest_time_zone(name: &str) -> Option<String> {
    if is_fixed_offset(name) {
        return None;
    }
    let names: Vec<String> = time_zones()
        .available()
        .map(|n| n.as_str().to_string())
        .filter(|n| is_place_zone(n))
        .collect();
    closest(name, names.iter().map(String::as_str)).map(str::to_string)
}

/// `GMT+2`, `UTC-05:00`, `+02`, `EET2`: a zone named by its offset from
/// UTC (a digit in it), not by a place.
fn is_fixed_offset(name: &str) -> bool {
    name.chars().any(|c| c.is_ascii_digit())
}

/// `Europe/Riga`, not `Etc/GMT-2`, `EST5EDT` or `GMT0`: a zone that
/// follows a place's clocks, daylight saving included.
fn is_place_zone(name: &str) -> bool {
    name.contains('/') && !name.starts_with("Etc/") && !name.chars().any(|c| c.is_ascii_digit())
}

/// A delay runs from a shortest to a longest time, neither negative.
pub(crate) fn check_delay(delay: &Delay, place: Place, findings: &mut Findings) {
    if delay.min().as_minutes() < 0 || delay.max().as_minutes() < 0 {
        findings
            .add(
                Code::ImpossibleTiming,
                place,
                Said::new("check-negative-delay")
                    .text("min", delay.min())
                    .text("max", delay.max()),
            )
            .label(Said::new("check-negative-delay-label"))
            .help(Said::new("check-negative-delay-help"));
    } else if delay.min() > delay.max() {
        findings
            .add(
                Code::ImpossibleTiming,
                place,
                Said::new("check-reversed-delay")
                    .text("min", delay.min())
                    .text("max", delay.max()),
            )
            .label(Said::new("check-reversed-delay-label"))
            .help(
                Said::new("check-reversed-delay-help")
                    .text("min", delay.min())
                    .text("max", delay.max()),
            );
    }
}

fn check_provider(
    provider: &Provider,
    place: Place,
    jurisdictions: &[Jurisdiction],
    codes: &Names,
    findings: &mut Findings,
) {
    let home = codes
        .require(
            &provider.jurisdiction,
            place.clone().field("jurisdiction"),
            findings,
        )
        .map(|index| &jurisdictions[index]);
    for (index, holding) in provider.holds.iter().enumerate() {
        let holding_place = place.clone().field("holds").index(index);
        match holding.retention {
            Some(retention) if retention.as_minutes() <= 0 => {
                findings
                    .add(
                        Code::ImpossibleTiming,
                        holding_place.field("retention"),
                        Said::new("check-retention-not-positive").text("retention", retention),
                    )
                    .label(Said::new("check-zero-or-negative"))
                    .help(Said::new("check-retention-not-positive-help"));
            }
            Some(_) => {}
            None => {
                let by_law = home.and_then(|j| j.retention_law.get(&holding.category));
                if let (Some(home), None) = (home, by_law) {
                    findings
                        .add(
                            Code::NoRetention,
                            holding_place,
                            Said::new("check-no-retention")
                                .text("provider", &provider.id)
                                .text("category", format!("{:?}", holding.category))
                                .text("code", &home.code),
                        )
                        .label(Said::new("check-no-retention-label"))
                        .help(
                            Said::new("check-no-retention-help")
                                .text("category", format!("{:?}", holding.category))
                                .text("code", &home.code),
                        );
                }
            }
        }
    }
    let disclosure = place.clone().field("disclosure");
    check_delay(
        &provider.disclosure.answers_in,
        disclosure.clone().field("answers_in"),
        findings,
    );
    if let Some(emergency) = &provider.disclosure.emergency_answers_in {
        check_delay(
            emergency,
            disclosure.clone().field("emergency_answers_in"),
            findings,
        );
    }
    for (requester, rate) in &provider.disclosure.voluntary_rate {
        let rates = disclosure.clone().field("voluntary_rate");
        codes.require(requester, rates.clone().key_name(requester), findings);
        check_rate(*rate, rates.key(requester), findings);
    }
    check_rate(
        provider.disclosure.default_rate,
        disclosure.field("default_rate"),
        findings,
    );
}

fn check_rate(rate: u8, place: Place, findings: &mut Findings) {
    if rate > 100 {
        findings
            .add(
                Code::RateOutOfRange,
                place,
                Said::new("check-rate-over-100").text("rate", rate),
            )
            .label(Said::new("check-rate-over-100-label"))
            .help(Said::new("check-rate-over-100-help"));
    }
}

/// Dual criminality needs offences on both sides (Art. 25(5)): an
/// incident must say what its facts amount to, and a jurisdiction outside
/// the Budapest Convention that another can ask for MLA (a bilateral treaty,
/// the UN Convention) must list what its law punishes. (A Budapest Party
/// punishes the Convention's offences, listed or not: `law::criminalises`.)
/// Without them every MLA request would be refused, which no author means.
pub fn check_offences(scenario: &Scenario, origins: &Origins, findings: &mut Findings) {
    for (i, incident) in scenario.incidents.iter().enumerate() {
        if incident.offences.is_empty() {
            findings
                .add(
                    Code::NoOffences,
                    origins.item("incidents", i).field("offences"),
                    Said::new("check-incident-no-offences").text("incident", &incident.id),
                )
                .label(Said::new("check-no-offences-label"))
                .help(Said::new("check-incident-no-offences-help"));
        }
    }
    for (i, jurisdiction) in scenario.jurisdictions.iter().enumerate() {
        let asked_for_mla = !jurisdiction.bilateral_mla.is_empty()
            || jurisdiction.parties.contains(&Framework::UnConvention)
            || scenario
                .jurisdictions
                .iter()
                .any(|other| other.bilateral_mla.contains(&jurisdiction.code));
        if jurisdiction.offences.is_empty()
            && !jurisdiction.parties.contains(&Framework::Budapest)
            && asked_for_mla
        {
            findings
                .add(
                    Code::NoOffences,
                    origins.jurisdiction(i).field("offences"),
                    Said::new("check-jurisdiction-no-offences").text("code", &jurisdiction.code),
                )
                .label(Said::new("check-no-offences-label"))
                .help(Said::new("check-jurisdiction-no-offences-help").text("code", &jurisdiction.code));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_place_is_suggested_for_a_zone_and_never_for_an_offset() {
        assert_eq!(
            closest_time_zone("Europe/Chisnau").as_deref(),
            Some("Europe/Chisinau")
        );
        // `GMT+0`, `Etc/GMT+2` and `EET` are close letter by letter, and
        // would move the country or drop its daylight saving.
        for offset in ["GMT+2", "UTC+2", "GMT+02:00", "UTC-5", "+02"] {
            assert_eq!(closest_time_zone(offset), None, "{offset}");
        }
        assert!(is_place_zone("Europe/Riga"));
        assert!(!is_place_zone("Etc/GMT-2"));
        assert!(!is_place_zone("EST5EDT"));
    }
}
