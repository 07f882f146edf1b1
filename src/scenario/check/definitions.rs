//! Checks of jurisdictions and providers on their own: what a fragment can
//! get wrong without any scenario around it (ids, time zones, delays and
//! night delays, retention, disclosure rates, the jurisdictions providers
//! sit in or name in their rates).

use super::{Names, Origins, duplicates};
use crate::scenario::diagnostic::Code;
use crate::scenario::finding::{Findings, Place, closest};
use crate::scenario::model::{Delay, Jurisdiction, Provider, Staffing};
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
    let codes = Names::new("jurisdictions", jurisdictions.iter().map(|j| j.code.as_str()));
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
                    format!("retention of {name} must be longer than zero, not `{retention}`"),
                )
                .label("zero or negative")
                .help("write how long providers keep this data, like \"90d\"; leave the category out if the law sets no period");
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
                    format!("the 24/7 desk of {code} is reduced at night but has no `night_acts_in`"),
                )
                .label("no night delay")
                .help(format!(
                    "without it, nights take as long as days (`acts_in: {}`): add `night_acts_in` with the slower night delay, like (\"4h\", \"12h\"), or write `staffing: Always`",
                    delay_text(&desk.acts_in)
                ));
        }
        (Staffing::Always, Some(_)) => {
            findings
                .add(
                    Code::Unused,
                    contact.field("night_acts_in"),
                    format!("`night_acts_in` of {code} is never used: its 24/7 desk is staffed `Always`"),
                )
                .label("unused")
                .help("a desk staffed `Always` acts in `acts_in` day and night: remove `night_acts_in`, or write `staffing: ReducedAtNight` if the desk is slower at night");
        }
        (Staffing::OfficeHoursOnly, Some(_)) => {
            findings
                .add(
                    Code::Unused,
                    contact.field("night_acts_in"),
                    format!("`night_acts_in` of {code} is never used: its 24/7 desk works office hours only"),
                )
                .label("unused")
                .help("a desk staffed `OfficeHoursOnly` acts only in its central authority's office hours, in `acts_in`: remove `night_acts_in`, or write `staffing: ReducedAtNight` if someone is on call at night");
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
    let names: Vec<String> = time_zones().available().map(|n| n.as_str().to_string()).collect();
    let help = match closest(name, names.iter().map(String::as_str)) {
        Some(best) => format!("did you mean `{best}`?"),
        None => "use an IANA time zone name, like \"Europe/Chisinau\" or \"UTC\"".to_string(),
    };
    findings
        .add(
            Code::InvalidTimeZone,
            place,
            format!("unknown time zone `{name}`"),
        )
        .label("not a time zone")
        .help(help);
}

/// A delay runs from a shortest to a longest time, neither negative.
pub(crate) fn check_delay(delay: &Delay, place: Place, findings: &mut Findings) {
    if delay.min().as_minutes() < 0 || delay.max().as_minutes() < 0 {
        findings
            .add(
                Code::ImpossibleTiming,
                place,
                format!(
                    "a delay cannot be negative: (\"{}\", \"{}\")",
                    delay.min(),
                    delay.max()
                ),
            )
            .label("negative delay")
            .help("write the shortest then the longest time, like (\"2h\", \"8h\")");
    } else if delay.min() > delay.max() {
        findings
            .add(
                Code::ImpossibleTiming,
                place,
                format!(
                    "the shortest delay `{}` is longer than the longest `{}`",
                    delay.min(),
                    delay.max()
                ),
            )
            .label("shortest after longest")
            .help(format!(
                "write the shortest first: (\"{}\", \"{}\")",
                delay.max(),
                delay.min()
            ));
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
                        format!("retention must be longer than zero, not `{retention}`"),
                    )
                    .label("zero or negative")
                    .help("write how long the provider keeps this data, like \"2d\"; a provider that keeps nothing leaves the category out of `holds`");
            }
            Some(_) => {}
            None => {
                let by_law = home.and_then(|j| j.retention_law.get(&holding.category));
                if let (Some(home), None) = (home, by_law) {
                    findings
                        .add(
                            Code::NoRetention,
                            holding_place,
                            format!(
                                "{} keeps {:?} but neither it nor the law of {} says for how long",
                                provider.id, holding.category, home.code
                            ),
                        )
                        .label("no retention")
                        .help(format!(
                            "add `retention: \"90d\"` here, or a {:?} entry to the `retention_law` of {}",
                            holding.category, home.code
                        ));
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
                format!("a voluntary disclosure rate is a percentage: {rate} is over 100"),
            )
            .label("over 100")
            .help("write a whole number from 0 (never discloses) to 100 (always)");
    }
}
