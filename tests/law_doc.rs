//! `docs/LAW.md` is `cyberdrill instruments --markdown`: the law table
//! generated from `law::ALL_INSTRUMENTS`, `law::rule` and the words, so it
//! cannot drift from the law the engine applies. And the same table, in
//! both languages, has every word it needs.

mod common;

use std::path::Path;
use std::process::Command;

use cyberdrill::law::ALL_INSTRUMENTS;
use cyberdrill::scenario::load::load_default;
use cyberdrill::scenario::model::{LawParameters, Reservation};
use cyberdrill::words::law::Pair;
use cyberdrill::words::{Lang, Words};

fn instruments(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_cyberdrill"))
        .arg("instruments")
        .args(args)
        .output()
        .expect("cyberdrill runs")
}

#[test]
fn law_md_is_the_generated_table() {
    let out = instruments(&["--markdown"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let generated = String::from_utf8(out.stdout).unwrap();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/LAW.md");
    let written = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        written == generated,
        "docs/LAW.md is out of date with the law table; regenerate it with\n\n    \
         cargo run -q -- instruments --markdown > docs/LAW.md\n\nand review the diff"
    );
}

#[test]
fn every_instrument_has_its_section_and_every_word_in_both_languages() {
    let scenario = load_default();
    let law = LawParameters::default();
    let (vl, cs) = (0, 2);
    assert_eq!(scenario.jurisdictions[cs].code, "CS");
    for lang in Lang::ALL {
        let words = Words::new(lang);
        let pair = Pair {
            scenario: &scenario,
            from: vl,
            to: cs,
        };
        let table = words.law_table(&law, &scenario.jurisdictions[0], Some(pair));
        assert_eq!(table.sections.len(), ALL_INSTRUMENTS.len(), "{lang:?}");
        let text = table.plain();
        assert!(!text.contains("untranslated"), "{lang:?}:\n{text}");
        for instrument in ALL_INSTRUMENTS {
            let article = words.term_of("article", &instrument);
            assert!(
                table.sections.iter().any(|s| s.heading.contains(&article)),
                "{lang:?}: no section for {article}"
            );
        }
    }
}

#[test]
fn between_two_countries_it_says_what_exists_and_why_not() {
    // The default scenario: VL applies Budapest and CETS 224, CS Budapest
    // only. Between them Art. 29 rests on Budapest; CETS 224 Art. 9 does
    // not exist (both must be Parties to the Protocol); Art. 18 is a
    // domestic power.
    let out = instruments(&["--between", "VL", "CS"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let summary = text
        .lines()
        .find(|l| l.starts_with("Between VL and CS, "))
        .unwrap();
    for article in ["Art. 26", "Art. 29", "Art. 30", "Art. 31", "Art. 32(a)"] {
        assert!(summary.contains(&format!("Budapest {article}")), "{summary}");
    }
    assert!(!summary.contains("CETS 224"), "{summary}");
    let section = |article: &str| {
        let start = text
            .find(&format!("\n{article}:"))
            .unwrap_or_else(|| panic!("{article}\n{text}"));
        let rest = &text[start + 1..];
        rest[..rest.find("\n\n").unwrap_or(rest.len())].to_string()
    };
    assert!(
        section("Budapest Art. 29").contains("Between VL and CS  exists (basis: Budapest Art. 29)"),
        "{}",
        section("Budapest Art. 29")
    );
    let art9 = section("CETS 224 Art. 9");
    assert!(
        art9.contains(
            "does not exist between VL and CS: it needs both to be Parties to the Second Protocol (CETS 224)"
        ),
        "{art9}"
    );
    assert!(section("Budapest Art. 18").contains("is a domestic power"));
    // Art. 31: a translation only where the requested side requires one.
    assert!(
        section("Budapest Art. 31").contains(
            "legal basis, signature of the competent authority, a translation, where the requested central authority requires one"
        ),
        "{}",
        section("Budapest Art. 31")
    );
    // Timings from the law: Art. 29(7) at least 60 days; EU production
    // order 10 days, 8 hours in an emergency.
    assert!(section("Budapest Art. 29").contains("keeps the data for 60d, renewable"));
    assert!(
        section("EU e-evidence Regulation, production order")
            .contains("the provider answers within 10d; within 8h in an emergency")
    );
    let fr = instruments(&["--between", "VL", "CS", "--lang", "fr"]);
    let fr = String::from_utf8(fr.stdout).unwrap();
    assert!(
        fr.contains("Entre VL et CS, ") && fr.contains("instruments existent : art. 26 de la Convention"),
        "{fr}"
    );
    assert!(
        fr.contains("existe (fondement : art. 29 de la Convention de Budapest)"),
        "{fr}"
    );
}

#[test]
fn an_unknown_country_is_a_usage_error_naming_the_known_ones() {
    let out = instruments(&["--between", "VL", "XX"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("no jurisdiction `XX`") && err.contains("VL, BR, CS, DL"),
        "{err}"
    );
}

#[test]
fn between_two_countries_it_names_the_requested_sides_reservations() {
    // BR (Budapest and CETS 224, like VL) reserved Art. 29(4) and asks to
    // be notified of CETS 224 Art. 7 orders to its providers (Art. 7(5)(a)).
    let mut scenario = load_default();
    let br = scenario
        .jurisdictions
        .iter()
        .position(|j| j.code == "BR")
        .unwrap();
    scenario.jurisdictions[br].reservations = vec![
        Reservation::PreservationDualCriminality,
        Reservation::NotifyDirectOrders,
    ];
    let scenario = common::checked(scenario);
    let words = Words::new(Lang::En);
    let pair = Pair {
        scenario: &scenario,
        from: 0,
        to: br,
    };
    let table = words.law_table(&LawParameters::default(), &scenario.jurisdictions[0], Some(pair));
    let between = |article: &str| {
        let section = table
            .sections
            .iter()
            .find(|s| s.heading.starts_with(&format!("{article}:")))
            .unwrap();
        section.rows.last().unwrap().1.clone()
    };
    assert_eq!(
        between("Budapest Art. 29"),
        "exists (basis: Budapest Art. 29); BR may refuse it where dual criminality is not met, \
         unless the case has a Convention offence (its Art. 29(4) reservation)"
    );
    assert_eq!(
        between("CETS 224 Art. 7"),
        "exists (basis: CETS 224 Art. 7); BR's 24/7 desk is notified of it (CETS 224 Art. 7(5)(a))"
    );
    assert_eq!(between("Budapest Art. 31"), "exists (basis: Budapest Art. 31)");
    let fr =
        Words::new(Lang::Fr).law_table(&LawParameters::default(), &scenario.jurisdictions[0], Some(pair));
    assert!(
        fr.plain()
            .contains("BR peut la refuser faute de double incrimination")
    );
    assert!(!fr.plain().contains("untranslated"));
}
