//! Every text participants read must exist in every language the scenario
//! lists; a missing one is a warning (the reader falls back to English), and
//! so is one in a language it does not list (nobody reads it).

use super::Origins;
use crate::scenario::diagnostic::Code;
use crate::scenario::finding::{Findings, Place, closest};
use crate::scenario::model::{Scenario, Text};
use crate::scenario::said::Said;

pub fn check(scenario: &Scenario, origins: &Origins, findings: &mut Findings) {
    let languages = &scenario.languages;
    let mut texts: Vec<(&Text, Place)> = vec![
        (&scenario.title, origins.root_field("title")),
        (&scenario.summary, origins.root_field("summary")),
    ];
    if let (Some(region), Some(file)) = (&scenario.region, origins.region) {
        texts.push((region, Place::root(file).field("region")));
    }
    for (i, text) in scenario.learning_objectives.iter().enumerate() {
        texts.push((text, origins.item("learning_objectives", i)));
    }
    for (i, jurisdiction) in scenario.jurisdictions.iter().enumerate() {
        let place = origins.jurisdiction(i);
        texts.push((&jurisdiction.name, place.clone().field("name")));
        texts.push((
            &jurisdiction.central_authority.name,
            place.field("central_authority").field("name"),
        ));
    }
    for (i, incident) in scenario.incidents.iter().enumerate() {
        let place = origins.item("incidents", i);
        texts.push((&incident.victim, place.clone().field("victim")));
        for (k, stage) in incident.stages.iter().enumerate() {
            texts.push((&stage.text, place.clone().field("stages").index(k).field("text")));
        }
    }
    for (i, lead) in scenario.leads.iter().enumerate() {
        texts.push((&lead.text, origins.item("leads", i).field("text")));
    }
    for (i, item) in scenario.evidence.iter().enumerate() {
        texts.push((&item.text, origins.item("evidence", i).field("text")));
    }
    for (i, inject) in scenario.injects.iter().enumerate() {
        texts.push((&inject.text, origins.item("injects", i).field("text")));
    }
    for (i, suspect) in scenario.suspects.iter().enumerate() {
        texts.push((&suspect.text, origins.item("suspects", i).field("text")));
    }
    for (i, objective) in scenario.objectives.iter().enumerate() {
        let place = origins.item("objectives", i);
        texts.push((&objective.text, place.clone().field("text")));
        if let Some(debrief) = &objective.debrief {
            texts.push((debrief, place.field("debrief")));
        }
    }

    for (text, place) in texts {
        // Shared files may carry more languages than one exercise lists;
        // only texts written in this scenario are held to its list.
        if matches!(&place, Place::Path(file, _) if *file == origins.root) {
            check_unlisted(text, &place, languages, findings);
        }
        let missing: Vec<&str> = languages
            .iter()
            .filter(|language| !text.0.contains_key(language.as_str()))
            .map(String::as_str)
            .collect();
        if missing.is_empty() {
            continue;
        }
        let quoted: Vec<String> = missing.iter().map(|l| format!("`{l}`")).collect();
        let quoted = quoted.join(", ");
        findings
            .add(
                Code::MissingTranslation,
                place,
                Said::new("check-missing-translation").text("languages", &quoted),
            )
            .label(Said::new("check-missing-translation-label"))
            .help(
                Said::new("check-missing-translation-help")
                    .text("languages", &quoted)
                    .text("example", missing[0]),
            );
    }
}

/// A text in a language the scenario does not list is never shown: the
/// simulation picks from `languages` only.
fn check_unlisted(text: &Text, place: &Place, languages: &[String], findings: &mut Findings) {
    if languages.is_empty() {
        return;
    }
    for language in text.0.keys() {
        if languages.contains(language) {
            continue;
        }
        let listed: Vec<String> = languages.iter().map(|l| format!("`{l}`")).collect();
        let help = match closest(language, languages.iter().map(String::as_str)) {
            Some(best) => Said::new("check-unlisted-language-help-typo").text("best", best),
            None => Said::new("check-unlisted-language-help"),
        };
        findings
            .add(
                Code::UnlistedLanguage,
                place.clone().key_name(language),
                Said::new("check-unlisted-language")
                    .text("language", language)
                    .text("listed", listed.join(", ")),
            )
            .label(Said::new("check-unlisted-language-label"))
            .help(help.text("language", language));
    }
}
