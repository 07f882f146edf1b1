//! Every text participants read must exist in every language the scenario
//! lists; a missing one is a warning (the reader falls back to English), and
//! so is one in a language it does not list (nobody reads it).

use super::Origins;
use crate::scenario::diagnostic::Code;
use crate::scenario::finding::{Findings, Place, closest};
use crate::scenario::model::{Scenario, Text};

pub fn check(scenario: &Scenario, origins: &Origins, findings: &mut Findings) {
    let languages = &scenario.languages;
    let mut texts: Vec<(&Text, Place)> = vec![
        (&scenario.title, origins.root_field("title")),
        (&scenario.summary, origins.root_field("summary")),
    ];
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
        let example = missing[0];
        findings
            .add(
                Code::MissingTranslation,
                place,
                format!("this text has no {} translation", quoted.join(", ")),
            )
            .label("translation missing")
            .help(format!(
                "the scenario's `languages` include {}: add \"{example}\": \"...\" to this text",
                quoted.join(", ")
            ));
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
        let typo = closest(language, languages.iter().map(String::as_str))
            .map(|best| format!("did you mean `{best}`? Otherwise "))
            .unwrap_or_default();
        findings
            .add(
                Code::UnlistedLanguage,
                place.clone().key_name(language),
                format!(
                    "text in `{language}`, which the scenario does not list in `languages` ({})",
                    listed.join(", ")
                ),
            )
            .label("no participant reads this")
            .help(format!(
                "{typo}add \"{language}\" to the scenario's `languages` (every text then needs it), or remove this translation"
            ));
    }
}
