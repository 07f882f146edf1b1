//! The shell's words: turns the core's typed messages ([`Message`]) into
//! sentences in the reader's language, through Fluent message files
//! (`assets/locales/<lang>/*.ftl`) compiled into the binary.
//!
//! A message's code is its Fluent id; each [`Arg`] becomes one or more
//! Fluent variables: an item index its id, a lead its id (`$lead`), value
//! (`$lead-value`) and text (`$lead-text`, the author's text in the
//! reader's language), a term such as an instrument or a role its words
//! (`$instrument`) and its key for selectors (`$instrument-key`), a list
//! its parts joined (`$items`) and its length (`$items-count`), a nested
//! message its sentence (`$result`) and code (`$result-code`).
//!
//! Words never flow back: nothing here is read by the core, hashed or
//! journaled, so a rewording or a new language changes no state hash.

use std::fmt::Write as _;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::scenario::model::{Scenario, Text};
use crate::sim::message::{Arg, Joiner, Message};

pub mod law;

/// A language the interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lang {
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The BCP 47 code, as scenarios key their texts: `en`, `fr`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The language to use for a scenario when none is asked for: English,
    /// or the scenario's first language that the interface speaks where it
    /// has no English.
    pub fn default_for(scenario: &Scenario) -> Lang {
        if scenario.languages.is_empty() || scenario.languages.iter().any(|l| l == "en") {
            return Lang::En;
        }
        scenario
            .languages
            .iter()
            .find_map(|l| Lang::from_code(l))
            .unwrap_or(Lang::En)
    }

    /// The message files of this language: (file name, text).
    pub fn sources(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::En => &[
                ("core.ftl", include_str!("../../assets/locales/en/core.ftl")),
                ("terms.ftl", include_str!("../../assets/locales/en/terms.ftl")),
                (
                    "refusals.ftl",
                    include_str!("../../assets/locales/en/refusals.ftl"),
                ),
                ("shell.ftl", include_str!("../../assets/locales/en/shell.ftl")),
                ("check.ftl", include_str!("../../assets/locales/en/check.ftl")),
                ("tui.ftl", include_str!("../../assets/locales/en/tui.ftl")),
                (
                    "playtest.ftl",
                    include_str!("../../assets/locales/en/playtest.ftl"),
                ),
                (
                    "instruments.ftl",
                    include_str!("../../assets/locales/en/instruments.ftl"),
                ),
                ("report.ftl", include_str!("../../assets/locales/en/report.ftl")),
            ],
            Lang::Fr => &[
                ("core.ftl", include_str!("../../assets/locales/fr/core.ftl")),
                ("terms.ftl", include_str!("../../assets/locales/fr/terms.ftl")),
                (
                    "refusals.ftl",
                    include_str!("../../assets/locales/fr/refusals.ftl"),
                ),
                ("shell.ftl", include_str!("../../assets/locales/fr/shell.ftl")),
                ("check.ftl", include_str!("../../assets/locales/fr/check.ftl")),
                ("tui.ftl", include_str!("../../assets/locales/fr/tui.ftl")),
                (
                    "playtest.ftl",
                    include_str!("../../assets/locales/fr/playtest.ftl"),
                ),
                (
                    "instruments.ftl",
                    include_str!("../../assets/locales/fr/instruments.ftl"),
                ),
                ("report.ftl", include_str!("../../assets/locales/fr/report.ftl")),
            ],
        }
    }
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(text: &str) -> Result<Lang, String> {
        Lang::from_code(text).ok_or_else(|| {
            let known: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
            format!("no language `{text}`; choose one of {}", known.join(", "))
        })
    }
}

/// What a message that cannot be rendered shows, for tests to find.
const MISSING: &str = "untranslated";

/// One language's messages, ready to render.
pub struct Words {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Words({})", self.lang.code())
    }
}

impl Words {
    /// The messages of `lang`. The files are part of the binary and a test
    /// parses every one, so a broken file is a failed test, not a panic
    /// a user meets.
    pub fn new(lang: Lang) -> Words {
        let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("a valid language tag");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // No Unicode isolation marks: the output goes to terminals and
        // files, where they would show as stray characters.
        bundle.set_use_isolating(false);
        for (name, text) in lang.sources() {
            let resource = FluentResource::try_new(text.to_string())
                .unwrap_or_else(|(_, errors)| panic!("{}/{name} does not parse: {errors:?}", lang.code()));
            bundle
                .add_resource(resource)
                .unwrap_or_else(|errors| panic!("{}/{name} repeats a message: {errors:?}", lang.code()));
        }
        Words { lang, bundle }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A typed message in words, its names taken from `scenario`.
    pub fn message(&self, scenario: &Scenario, message: &impl Message) -> String {
        self.render(scenario, message.code(), &message.args())
    }

    /// A message by code and arguments.
    pub fn render(&self, scenario: &Scenario, code: &str, args: &[(&'static str, Arg)]) -> String {
        self.render_in(scenario, code, args, None)
    }

    /// `render`, within a message about a request resting on `outer` (a
    /// nested message cites its elements as the message around it does).
    fn render_in(
        &self,
        scenario: &Scenario,
        code: &str,
        args: &[(&'static str, Arg)],
        outer: Option<crate::law::Basis>,
    ) -> String {
        let mut fluent = FluentArgs::new();
        let context = context_of(args).or(outer);
        for (name, arg) in args {
            self.put(scenario, &mut fluent, name, arg, context);
        }
        self.format(code, Some(&fluent))
    }

    /// A request element as a request resting on `basis` cites it (the
    /// article that asks for it there, if any: [`crate::law::cites_art29_elements`]);
    /// with no basis, its name alone.
    pub fn field(&self, field: crate::law::RequestField, basis: Option<crate::law::Basis>) -> String {
        use crate::law::EmergencyProvision;
        let mut fluent = FluentArgs::new();
        let cites = basis.is_some_and(crate::law::cites_art29_elements);
        fluent.set("cites", if cites { "art29" } else { "none" });
        // The emergency facts cite the provision of the route they are
        // stated on ([`crate::law::emergency_provision`]).
        let emergency = basis.and_then(crate::law::emergency_provision);
        fluent.set(
            "emergency",
            match emergency {
                Some(EmergencyProvision::SecondProtocolArt3) => "cets224-art3",
                Some(EmergencyProvision::Route(_)) => "route",
                None => "none",
            },
        );
        if let Some(EmergencyProvision::Route(route)) = emergency {
            fluent.set("route", self.basis(route));
        }
        self.format(&format!("field-{}", key_of(&field)), Some(&fluent))
    }

    /// A message of the shell's own (a heading, a label) with string
    /// arguments.
    pub fn text(&self, code: &str, args: &[(&str, String)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(name.to_string(), value.clone());
        }
        self.format(code, Some(&fluent))
    }

    /// [`Words::text`] with some arguments that are counts: a count is a
    /// Fluent number, so the message can choose its plural (`1 run`,
    /// `2 runs`; `1 partie`, `0 partie`) where a string could not.
    pub fn counted(&self, code: &str, args: &[(&str, String)], counts: &[(&str, usize)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(name.to_string(), value.clone());
        }
        for (name, count) in counts {
            fluent.set(name.to_string(), FluentValue::from(*count));
        }
        self.format(code, Some(&fluent))
    }

    /// A time since the start as this language writes it: `d3 14:05` in
    /// English, `j3 14:05` in French.
    pub fn time(&self, t: crate::time::SimTime) -> String {
        let sign = if t.minutes() < 0 { "-" } else { "" };
        let m = t.minutes().unsigned_abs();
        let clock = format!("{:02}:{:02}", (m % 1440) / 60, m % 60);
        let day = format!("{sign}{}", m / 1440);
        self.text("time-since-start", &[("day", day), ("clock", clock)])
    }

    /// A duration in this language's units: `9d 1h 49m`, `9 j 1 h 49 min`.
    pub fn duration(&self, d: crate::time::Duration) -> String {
        let total = d.0.unsigned_abs();
        if total == 0 {
            return self.text("duration-zero", &[]);
        }
        let parts: Vec<String> = [
            ("duration-days", total / 1440),
            ("duration-hours", total % 1440 / 60),
            ("duration-minutes", total % 60),
        ]
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(code, n)| self.text(code, &[("n", n.to_string())]))
        .collect();
        let sign = if d.0 < 0 { "-" } else { "" };
        format!("{sign}{}", parts.join(" "))
    }

    /// A participant as notes name them: `VL/investigator`, `VL/enquêteur`.
    pub fn participant(&self, p: &crate::sim::Participant) -> String {
        match p {
            crate::sim::Participant::Trainer => self.text("participant-trainer", &[]),
            crate::sim::Participant::Player { jurisdiction, role } => self.text(
                "participant-player",
                &[
                    ("jurisdiction", jurisdiction.clone()),
                    ("role", self.term("participant-role", &key_of(role))),
                ],
            ),
            crate::sim::Participant::Liaison { provider } => {
                self.text("participant-liaison", &[("provider", provider.clone())])
            }
        }
    }

    /// Whether this language has message `code`.
    pub fn has(&self, code: &str) -> bool {
        self.bundle.has_message(code)
    }

    /// The message, or its code in brackets when it is missing or a
    /// variable is: visible, never a panic. The test that renders every
    /// message in every language fails on either.
    fn format(&self, code: &str, args: Option<&FluentArgs>) -> String {
        self.try_format(code, args)
            .unwrap_or_else(|errors| format!("[{MISSING} {code}: {}]", errors.join("; ")))
    }

    /// The message, or what went wrong (for tests).
    pub fn try_format(&self, code: &str, args: Option<&FluentArgs>) -> Result<String, Vec<String>> {
        let Some(pattern) = self.bundle.get_message(code).and_then(|m| m.value()) else {
            return Err(vec![format!("no message `{code}` in {}", self.lang.code())]);
        };
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        if errors.is_empty() {
            Ok(text)
        } else {
            Err(errors.iter().map(|e| e.to_string()).collect())
        }
    }

    /// A message by code, or what went wrong: a missing message or
    /// variable, here or in a term or nested message (for tests).
    pub fn try_render(
        &self,
        scenario: &Scenario,
        code: &str,
        args: &[(&'static str, Arg)],
    ) -> Result<String, Vec<String>> {
        let text = self.render(scenario, code, args);
        if text.contains(MISSING) {
            Err(vec![text])
        } else {
            Ok(text)
        }
    }

    /// A term of the vocabulary by kind and value: `("article",
    /// Instrument::Mla)` is "Budapest Art. 31".
    pub fn term_of(&self, kind: &str, value: &impl std::fmt::Debug) -> String {
        self.term(kind, &key_of(value))
    }

    /// A term of the vocabulary: `role-contact247`.
    fn term(&self, prefix: &str, key: &str) -> String {
        self.format(&format!("{prefix}-{key}"), None)
    }

    fn text_of<'s>(&self, text: &'s Text) -> &'s str {
        text.get(self.lang.code())
    }

    /// Sets the Fluent variables for argument `arg` called `name`.
    fn put(
        &self,
        scenario: &Scenario,
        fluent: &mut FluentArgs<'static>,
        name: &str,
        arg: &Arg,
        context: Option<crate::law::Basis>,
    ) {
        let mut set = |suffix: &str, value: FluentValue<'static>| {
            let key = if suffix.is_empty() {
                name.to_string()
            } else {
                format!("{name}-{suffix}")
            };
            fluent.set(key, value);
        };
        let string = |s: &str| FluentValue::from(s.to_string());
        match arg {
            Arg::Text(text) => set("", string(text)),
            Arg::Count(n) => set("", FluentValue::from(*n)),
            Arg::Flag(b) => set("", string(if *b { "true" } else { "false" })),
            Arg::Request(id) => set("", string(&id.to_string())),
            Arg::Time(t) => set("", string(&self.time(*t))),
            Arg::Jurisdiction(j) => {
                let jurisdiction = &scenario.jurisdictions[*j];
                set("", string(&jurisdiction.code));
                set("name", string(self.text_of(&jurisdiction.name)));
            }
            Arg::Provider(p) => set("", string(&scenario.providers[*p].name)),
            Arg::Item(i) => set("", string(&scenario.evidence[*i].id)),
            Arg::Lead(l) => {
                let lead = &scenario.leads[*l];
                set("", string(&lead.id));
                set("value", string(&lead.value));
                set("text", string(self.text_of(&lead.text)));
            }
            Arg::Incident(i) => set("", string(&scenario.incidents[*i].id)),
            Arg::Stage(i, s) => {
                let incident = &scenario.incidents[*i];
                set("", string(&incident.id));
                set("text", string(self.text_of(&incident.stages[*s].text)));
            }
            Arg::Inject(i) => {
                let inject = &scenario.injects[*i];
                set("", string(&inject.id));
                set("text", string(self.text_of(&inject.text)));
            }
            Arg::Objective(o) => {
                let objective = &scenario.objectives[*o];
                set("", string(&objective.id));
                set("text", string(self.text_of(&objective.text)));
            }
            Arg::Duration(d) => set("", string(&self.duration(*d))),
            Arg::Suspect(i) => {
                let suspect = &scenario.suspects[*i];
                set("", string(&suspect.id));
                set("text", string(self.text_of(&suspect.text)));
            }
            Arg::Participant(p) => set("", string(&self.participant(p))),
            Arg::Role(r) => {
                let key = key_of(r);
                set("", string(&self.term("role", &key)));
                set("key", string(&key));
            }
            Arg::Instrument(i) => {
                let key = key_of(i);
                set("", string(&self.term("article", &key)));
                set("name", string(&self.term("instrument", &key)));
                set("key", string(&key));
                // Whether its emergency is CETS 224 Art. 3's
                // (`$instrument-emergency`), to cite that article only there.
                let art3 = crate::law::emergency_provision(crate::law::Basis::Rule(*i))
                    == Some(crate::law::EmergencyProvision::SecondProtocolArt3);
                set("emergency", string(if art3 { "cets224-art3" } else { "none" }));
            }
            Arg::Basis(b) => {
                set("", string(&self.basis(*b)));
                // Its instrument's key, for selectors (`$basis-key`).
                let instrument = match b {
                    crate::law::Basis::Rule(i) | crate::law::Basis::UnConvention(i) => *i,
                    crate::law::Basis::BilateralMla => crate::scenario::model::Instrument::Mla,
                };
                set("key", string(&key_of(&instrument)));
            }
            Arg::Field(f) => set("", string(&self.field(*f, context))),
            Arg::Offence(o) => set("", string(&self.term("offence", &key_of(o)))),
            Arg::Category(c) => set("", string(&self.term("category", &key_of(c)))),
            Arg::ProviderKind(k) => set("", string(&self.term("provider-kind", &key_of(k)))),
            Arg::List(parts, joiner) => {
                let separator = self.format(
                    match joiner {
                        Joiner::Comma => "list-comma",
                        Joiner::Or => "list-or",
                        Joiner::Semicolon => "list-semicolon",
                    },
                    None,
                );
                let mut joined = String::new();
                for (n, part) in parts.iter().enumerate() {
                    if n > 0 {
                        joined.push_str(&separator);
                    }
                    joined.push_str(&self.one(scenario, part, context));
                }
                set("", FluentValue::from(joined));
                set("count", FluentValue::from(parts.len()));
            }
            Arg::Nested(code, args) => {
                set(
                    "",
                    FluentValue::from(self.render_in(scenario, code, args, context)),
                );
                set("code", string(code));
            }
        }
    }

    /// One argument on its own, as a list shows its parts.
    fn one(&self, scenario: &Scenario, arg: &Arg, context: Option<crate::law::Basis>) -> String {
        let mut fluent = FluentArgs::new();
        self.put(scenario, &mut fluent, "x", arg, context);
        match fluent.get("x") {
            Some(FluentValue::String(s)) => s.to_string(),
            Some(FluentValue::Number(n)) => n.as_string().to_string(),
            _ => String::new(),
        }
    }

    fn basis(&self, basis: crate::law::Basis) -> String {
        use crate::law::Basis;
        match basis {
            Basis::Rule(instrument) => self.term("article", &key_of(&instrument)),
            Basis::UnConvention(instrument) => {
                let mut fluent = FluentArgs::new();
                fluent.set("instrument-key", key_of(&instrument));
                self.format("basis-un", Some(&fluent))
            }
            Basis::BilateralMla => self.format("basis-bilateral-mla", None),
        }
    }
}

/// The request a message is about, as its request elements are cited:
/// its basis, or else its instrument's own article.
fn context_of(args: &[(&'static str, Arg)]) -> Option<crate::law::Basis> {
    args.iter().find_map(|(_, arg)| match arg {
        Arg::Basis(basis) => Some(*basis),
        Arg::Instrument(instrument) => Some(crate::law::Basis::Rule(*instrument)),
        _ => None,
    })
}

/// The message key of a vocabulary value: its Rust name in kebab case
/// (`MlaToFollow` is `mla-to-follow`). A key, never shown to anyone.
pub fn key_of(value: &impl std::fmt::Debug) -> String {
    let name = format!("{value:?}");
    let mut key = String::new();
    for (n, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if n > 0 {
                key.push('-');
            }
            key.push(c.to_ascii_lowercase());
        } else {
            let _ = key.write_char(c);
        }
    }
    key
}
