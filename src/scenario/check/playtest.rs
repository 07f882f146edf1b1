//! The `playtest` settings: profile names that exist (the simulated
//! teams' default, each band's) and bands that are win rates (0 to 100,
//! low before high, one per profile). What `cyberdrill playtest` would
//! otherwise read as expert, or a band no run could meet, is caught here.

use super::Origins;
use crate::scenario::diagnostic::Code;
use crate::scenario::finding::{Findings, Place, closest, did_you_mean};
use crate::scenario::model::{PlaytestSettings, Skill};
use crate::scenario::said::Said;

pub fn check(settings: &PlaytestSettings, origins: &Origins, findings: &mut Findings) {
    let place = origins.root_field("playtest");
    if let Some(name) = &settings.profile {
        check_profile(name, place.clone().field("profile"), findings);
    }
    for (b, band) in settings.bands.iter().enumerate() {
        let here = place.clone().field("bands").index(b);
        check_profile(&band.profile, here.clone().field("profile"), findings);
        let (low, high) = band.wins;
        if low > 100 || high > 100 || low > high {
            findings
                .add(
                    Code::BandOutOfRange,
                    here.clone().field("wins"),
                    Said::new("check-band-out-of-range")
                        .text("low", low)
                        .text("high", high),
                )
                .label(Said::new("check-band-out-of-range-label"))
                .help(Said::new("check-band-out-of-range-help"));
        }
        if settings.bands[..b]
            .iter()
            .any(|other| other.profile == band.profile)
        {
            findings
                .add(
                    Code::BandOutOfRange,
                    here.field("profile"),
                    Said::new("check-band-twice").text("profile", &band.profile),
                )
                .label(Said::new("check-band-twice-label"))
                .help(Said::new("check-band-twice-help"));
        }
    }
}

fn check_profile(name: &str, place: Place, findings: &mut Findings) {
    if name.parse::<Skill>().is_ok() {
        return;
    }
    let finding = findings
        .add(
            Code::UnknownProfile,
            place,
            Said::new("check-unknown-profile")
                .text("profile", name)
                .text("profiles", Skill::NAMES.join(", ")),
        )
        .label(Said::new("check-unknown-profile-label"));
    match closest(name, Skill::NAMES) {
        Some(best) => finding.help(did_you_mean(best)),
        None => {
            finding.help(Said::new("check-unknown-profile-help").text("profiles", Skill::NAMES.join(", ")))
        }
    };
}
