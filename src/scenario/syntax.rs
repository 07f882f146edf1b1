//! What an author wrote where ron found a syntax error, and what to write
//! instead: ron says what it expected (`Expected string`), this module
//! looks at the text there (`60d`, `'60d'`, `“60d”`, `"30"`, `yes`, `-1`,
//! a field name after a list never closed) and names the fix.
//!
//! It reads text and returns [`Said`]s: no words here, they are in
//! `assets/locales/*/check.ftl`.

use std::ops::Range;

use super::locate::still_open;
use super::said::Said;

/// A syntax error told in the author's terms: where to point, the label
/// under the caret, the help, and a message when ron's own would mislead
/// (`Expected comma` for a bracket never closed).
#[derive(Debug, Clone, PartialEq)]
pub struct Explained {
    pub span: Range<usize>,
    pub message: Option<Said>,
    pub label: Said,
    pub help: Said,
}

/// The explanation of ron's `error` found at byte `at` of `text`, when the
/// text there is a mistake this module knows; `None` leaves ron's words.
pub fn explain(error: &ron::Error, text: &str, at: usize) -> Option<Explained> {
    use ron::Error as E;
    if let E::ExceededRecursionLimit = error {
        // ron's text speaks of `ron::Options` and `serde_stacker`: of the
        // program, not of the file.
        return Some(Explained {
            span: at..at,
            message: Some(Said::new("check-syntax-too-deep-message")),
            label: Said::new("check-syntax-too-deep"),
            help: Said::new("check-syntax-too-deep-help"),
        });
    }
    let rest = text.get(at..)?;
    // ron points at the space before the value as often as at the value.
    let at = at + (rest.len() - rest.trim_start().len());
    let rest = rest.trim_start();
    // The loader moves a span that follows a `"` back onto it (to
    // underline a whole text): after a text, the slip is the next
    // character (`["en", "fr")`, `name: "x";`).
    let after_text = rest
        .strip_prefix('"')
        .filter(|after| after.starts_with([')', ']', '}', ';', '#']))
        .map(|_| at + 1);
    let misplaced = misplaced_punctuation(text, at)
        .or_else(|| after_text.and_then(|after| misplaced_punctuation(text, after)));
    if let Some(misplaced) = misplaced {
        return Some(misplaced);
    }
    if let Some(unclosed) = never_closed(error, text, at) {
        return Some(unclosed);
    }
    let written = |len: usize| at..at + len;
    match error {
        E::ExpectedIdentifier if rest.starts_with('"') => {
            let (len, inner) = quoted_by(rest, '"', '"')?;
            let help = if field_of_list(text, at) == Some("located_by") {
                Said::new("check-syntax-locator-help").text("text", inner)
            } else {
                Said::new("check-syntax-quoted-name-help").text("text", inner)
            };
            Some(Explained {
                span: written(len),
                message: Some(Said::new("check-syntax-quoted-name")),
                label: Said::new("check-syntax-quoted-name-label"),
                help,
            })
        }
        E::ExpectedMap if rest.starts_with('"') => {
            let (len, inner) = quoted_by(rest, '"', '"')?;
            Some(Explained {
                span: written(len),
                message: Some(Said::new("check-syntax-plain-text")),
                label: Said::new("check-syntax-plain-text-label"),
                help: Said::new("check-syntax-plain-text-help").text("text", inner),
            })
        }
        E::MissingStructField { field, outer } => Some(missing_field(text, at, field, outer.as_deref())),
        E::ExpectedString => {
            if let Some((len, inner)) = quoted_by(rest, '\'', '\'') {
                // ron stops at the first: name the others on the line, so
                // that one edit fixes them all.
                let line = &rest[len..rest.find('\n').unwrap_or(rest.len())];
                let mut others = Vec::new();
                let mut from = 0;
                while let Some(quote) = line[from..].find('\'').map(|i| from + i) {
                    let Some((len, other)) = quoted_by(&line[quote..], '\'', '\'') else {
                        break;
                    };
                    others.push(format!("'{other}'"));
                    from = quote + len;
                }
                let mut explained = fix(
                    written(len),
                    ("check-syntax-single-quotes", "check-syntax-single-quotes-help"),
                    inner,
                );
                if !others.is_empty() {
                    explained.help = Said::new("check-syntax-single-quotes-more-help")
                        .text("text", inner)
                        .text("others", others.join(", "));
                }
                return Some(explained);
            }
            if let Some((len, inner)) = quoted_by(rest, '“', '”').or_else(|| quoted_by(rest, '‘', '’'))
            {
                return Some(fix(
                    written(len),
                    ("check-syntax-curly-quotes", "check-syntax-curly-quotes-help"),
                    inner,
                ));
            }
            let len = bare_word(rest);
            (len > 0).then(|| {
                fix(
                    written(len),
                    ("check-syntax-unquoted", "check-syntax-unquoted-help"),
                    &rest[..len],
                )
            })
        }
        E::ExpectedInteger | E::ExpectedFloat => {
            let (len, inner) = quoted_by(rest, '"', '"')?;
            let is_number = !inner.is_empty() && inner.trim().parse::<f64>().is_ok();
            is_number.then(|| {
                fix(
                    written(len),
                    ("check-syntax-quoted-number", "check-syntax-quoted-number-help"),
                    inner.trim(),
                )
            })
        }
        E::ExpectedBoolean => {
            let len = bare_word(rest);
            (len > 0).then(|| Explained {
                span: written(len),
                message: None,
                label: Said::new("check-syntax-not-boolean"),
                help: Said::new("check-syntax-not-boolean-help"),
            })
        }
        E::IntegerOutOfBounds => {
            // ron points after the minus sign of `-1`.
            let minus = text[..at].trim_end().strip_suffix('-')?.len();
            let len = bare_word(rest);
            Some(Explained {
                span: minus..at + len,
                message: Some(Said::new("check-syntax-negative-message")),
                label: Said::new("check-syntax-negative"),
                help: Said::new("check-syntax-negative-help"),
            })
        }
        _ => None,
    }
}

/// Punctuation from other formats or a slip of the finger, wherever ron
/// stumbles on it: a `#` comment (shell, YAML, Python), a `;` between
/// fields (French spreadsheets), a second comma, or a closing bracket that
/// is not the one still open (a `)` forgotten before a `]`).
fn misplaced_punctuation(text: &str, at: usize) -> Option<Explained> {
    let rest = &text[at..];
    if rest.starts_with('#') && !rest.starts_with("#!") {
        return Some(hash_comment(text, at));
    }
    if rest.starts_with(';') {
        return Some(Explained {
            span: at..at + 1,
            message: Some(Said::new("check-syntax-semicolon")),
            label: Said::new("check-syntax-semicolon-label"),
            help: Said::new("check-syntax-semicolon-help"),
        });
    }
    if rest.starts_with(',') && text[..at].trim_end().ends_with(',') {
        return Some(Explained {
            span: at..at + 1,
            message: Some(Said::new("check-syntax-two-commas")),
            label: Said::new("check-syntax-two-commas-label"),
            help: Said::new("check-syntax-two-commas-help"),
        });
    }
    let closer = rest.chars().next().filter(|c| matches!(c, ')' | ']' | '}'))?;
    let bracket = still_open(text, at).bracket?;
    let opener = text.as_bytes()[bracket];
    let expected = closing(opener);
    if expected == closer {
        return None;
    }
    // `["en", "fr")`: the wrong bracket typed where the right one goes,
    // when putting the right one there makes the whole file balance.
    let replaced = format!("{}{expected}{}", &text[..at], &text[at + closer.len_utf8()..]);
    if balances(&replaced) {
        return Some(Explained {
            span: at..at + closer.len_utf8(),
            message: Some(
                Said::new("check-syntax-wrong-closer")
                    .text("bracket", opener as char)
                    .text("closer", closer),
            ),
            label: Said::new("check-syntax-wrong-closer-label").text("bracket", expected),
            help: Said::new("check-syntax-wrong-closer-help")
                .text("bracket", expected)
                .text("closer", closer),
        });
    }
    let line = text[..at].matches('\n').count() + 1;
    Some(Explained {
        span: bracket..bracket + 1,
        message: Some(Said::new("check-syntax-unclosed-bracket").text("bracket", opener as char)),
        label: Said::new("check-syntax-opened-here"),
        help: Said::new("check-syntax-unclosed-bracket-before-help")
            .text("bracket", expected)
            .text("closer", closer)
            .count("line", line as u64),
    })
}

/// Whether every bracket of `text` is closed by its own kind, in order,
/// texts in quotes and comments aside. Reads the text once, no recursion.
fn balances(text: &str) -> bool {
    let mut open = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
            }
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
            }
            '(' | '[' | '{' => open.push(c),
            // The guard pops: a closer of the right kind goes on to `_`.
            ')' | ']' | '}' if open.pop().map(|o| closing(o as u8)) != Some(c) => return false,
            _ => {}
        }
    }
    open.is_empty()
}

/// The bracket that closes `opener`.
fn closing(opener: u8) -> char {
    match opener {
        b'[' => ']',
        b'{' => '}',
        _ => ')',
    }
}

/// A line starting with `#` at `at`, meant as a comment: what to write
/// instead, the comment kept.
pub fn hash_comment(text: &str, at: usize) -> Explained {
    let line_end = text[at..].find('\n').map_or(text.len(), |end| at + end);
    let comment = text[at..line_end].trim_start_matches('#').trim();
    Explained {
        span: at..at + 1,
        message: Some(Said::new("check-syntax-hash-comment")),
        label: Said::new("check-syntax-hash-comment-label"),
        help: Said::new("check-syntax-hash-comment-help").text("text", comment),
    }
}

/// Where the first thing in `text` that is not a space or a `//` or
/// `/* */` comment starts, when it is a `#` that begins no `#![...]`
/// attribute: a comment written the way other formats write them.
pub fn leading_hash_comment(text: &str) -> Option<usize> {
    let mut at = 0;
    loop {
        let rest = &text[at..];
        let trimmed = rest.trim_start();
        at += rest.len() - trimmed.len();
        if trimmed.starts_with("//") {
            at += trimmed.find('\n').unwrap_or(trimmed.len());
        } else if let Some(body) = trimmed.strip_prefix("/*") {
            at += 2 + body.find("*/")? + 2;
        } else {
            return (trimmed.starts_with('#') && !trimmed.starts_with("#!")).then_some(at);
        }
    }
}

/// The field whose list is open at `at`: `located_by` in
/// `located_by: ["kyc"`.
fn field_of_list(text: &str, at: usize) -> Option<&str> {
    let bracket = still_open(text, at).bracket?;
    if text.as_bytes()[bracket] != b'[' {
        return None;
    }
    let before = text[..bracket].trim_end().strip_suffix(':')?.trim_end();
    let start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map_or(0, |i| i + 1);
    Some(&before[start..])
}

/// A required field left out: ron notices it at the entry's closing
/// bracket (`at`). Names the entry by the list it is in and its `id` or
/// `code`, and gives the field as the guide writes it.
fn missing_field(text: &str, at: usize, field: &str, outer: Option<&str>) -> Explained {
    let opened = still_open(text, at).bracket;
    let own_id = opened.and_then(|open| own_id(text, open, at));
    let list = opened.and_then(|open| field_of_list(text, open));
    let message = match (list, own_id) {
        (Some(list), Some(id)) => Said::new("check-syntax-missing-field-in")
            .text("field", field)
            .text("list", list)
            .text("id", id),
        _ => Said::new("check-syntax-missing-field-message").text("field", field),
    };
    let example = field_example(outer, field);
    let section = outer.and_then(guide_section).unwrap_or("the-scenario");
    let help = match example {
        Some(example) => Said::new("check-syntax-missing-field-example-help")
            .text("example", example)
            .text("section", section),
        None => Said::new("check-syntax-missing-field-help")
            .text("field", field)
            .text("section", section),
    };
    Explained {
        span: at..at + 1,
        message: Some(message),
        label: Said::new("check-syntax-missing-field"),
        help,
    }
}

/// The `id: "…"` or `code: "…"` written directly inside the entry opened
/// at `open` (not in a nested one), before `end`.
fn own_id(text: &str, open: usize, end: usize) -> Option<&str> {
    let body = text.get(open + 1..end)?;
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in body.char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            'i' | 'c' if depth == 0 => {
                let word_start = i == 0 || !body[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_');
                let rest = &body[i..];
                let after = ["id", "code"]
                    .iter()
                    .find_map(|name| rest.strip_prefix(name))
                    .filter(|_| word_start)
                    .and_then(|after| after.trim_start().strip_prefix(':'))
                    .and_then(|after| after.trim_start().strip_prefix('"'));
                if let Some(value) = after
                    && let Some(close) = value.find(['"', '\n'])
                    && value[close..].starts_with('"')
                {
                    return Some(&value[..close]);
                }
            }
            _ => {}
        }
    }
    None
}

/// A required field as the guide writes it, for the fields an author is
/// likely to leave out. RON, the same in every language.
fn field_example(outer: Option<&str>, field: &str) -> Option<&'static str> {
    Some(match (outer.unwrap_or(""), field) {
        ("Jurisdiction", "code") => r#"code: "VL""#,
        ("Jurisdiction", "name") => r#"name: {"en": "Valdoria", "fr": "Valdorie"}"#,
        (_, "time_zone") => r#"time_zone: "Europe/Chisinau""#,
        ("Jurisdiction", "languages") => r#"languages: ["en", "fr"]"#,
        (_, "offences") => "offences: [IllegalAccess, DataInterference]",
        (_, "contact_247") => r#"contact_247: (staffing: Always, acts_in: ("30m", "2h"))"#,
        (_, "central_authority") => {
            r#"central_authority: (name: {"en": "Ministry of Justice", "fr": "Ministère de la Justice"}, office_hours: "Mon-Fri 09:00-17:00", processing: ("5d", "15d"))"#
        }
        (_, "judges") => r#"judges: (signs_in: ("2h", "8h"), office_hours: "Mon-Fri 08:00-18:00")"#,
        (_, "signs_in") => r#"signs_in: ("2h", "8h")"#,
        (_, "office_hours") => r#"office_hours: "Mon-Fri 09:00-17:00""#,
        (_, "processing") => r#"processing: ("5d", "15d")"#,
        (_, "acts_in") => r#"acts_in: ("30m", "2h")"#,
        (_, "staffing") => "staffing: Always",
        ("Provider", "name") => r#"name: "BrenHost Cloud Servers""#,
        ("Provider", "kind") => "kind: Vps",
        (_, "holds") => r#"holds: [(category: SubscriberInfo, retention: "1y")]"#,
        (_, "disclosure") => r#"disclosure: (answers_in: ("2d", "6d"), default_rate: 50)"#,
        (_, "answers_in") => r#"answers_in: ("2d", "6d")"#,
        (_, "category") => "category: TrafficData",
        (_, "sector") => "sector: Health",
        (_, "victim") => r#"victim: {"en": "City hospital", "fr": "Hôpital de la ville"}"#,
        (_, "stages") => {
            r#"stages: [(id: "encryption", at: "0m", text: {"en": "Files are encrypted.", "fr": "Les fichiers sont chiffrés."})]"#
        }
        (_, "at") => r#"at: "2h""#,
        (_, "created") => r#"created: "-1d""#,
        (_, "start") => r#"start: "2026-03-02T07:40[Europe/Chisinau]""#,
        (_, "seed") => "seed: 1",
        (_, "end") => r#"end: (after: "3d")"#,
        (_, "title") => r#"title: {"en": "…", "fr": "…"}"#,
        (_, "summary") => r#"summary: {"en": "…", "fr": "…"}"#,
        (_, "text") => r#"text: {"en": "…", "fr": "…"}"#,
        (_, "points") => "points: 10",
        (_, "when") => r#"when: StageReached("encryption")"#,
        (_, "roles") => "roles: [Investigator, Prosecutor, Contact247]",
        (_, "to") => "to: [Everyone]",
        _ => return None,
    })
}

/// The heading of docs/SCENARIO-FORMAT.md that describes `outer` (a type
/// of the format), as the anchor a link to it ends with.
fn guide_section(outer: &str) -> Option<&'static str> {
    Some(match outer {
        "Scenario" | "End" => "the-scenario",
        "Jurisdiction" | "Contact247" | "CentralAuthority" | "Judges" => "jurisdictions",
        "Provider" | "Holding" | "DisclosurePolicy" => "providers",
        "Incident" | "Stage" => "incidents-and-stages",
        "Suspect" => "suspects",
        "Lead" | "DataItem" => "leads-and-evidence",
        "Team" => "teams",
        "Inject" => "injects",
        "Objective" => "objectives",
        "Fragment" => "shared-files-fragments-and-includes",
        "LawParameters" => "law-treaty-periods",
        "ClockSettings" => "clock-the-speed-of-a-live-exercise",
        _ => return None,
    })
}

/// ron's error as a headline in the author's words (ron's own are a
/// programmer's: "Expected identifier", "variant", "enum"); an error no
/// author should meet keeps ron's text, framed.
pub fn headline(error: &ron::Error) -> Said {
    use ron::Error as E;
    let names = |names: &[&str]| {
        names
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let id = match error {
        E::Eof => "check-syntax-message-eof",
        E::ExpectedArray => "check-syntax-message-list",
        E::ExpectedBoolean => "check-syntax-message-boolean",
        E::ExpectedComma => "check-syntax-message-comma",
        E::ExpectedInteger => "check-syntax-message-whole-number",
        E::IntegerOutOfBounds => "check-syntax-message-too-large",
        E::ExpectedMap => "check-syntax-message-map",
        E::ExpectedMapColon => "check-syntax-message-colon",
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) | E::ExpectedUnit => {
            "check-syntax-message-struct"
        }
        E::ExpectedString | E::ExpectedChar => "check-syntax-message-string",
        E::ExpectedStringEnd => "check-syntax-unclosed-quote",
        E::ExpectedIdentifier => "check-syntax-message-name",
        E::TrailingCharacters => "check-syntax-message-trailing",
        E::UnclosedBlockComment => "check-syntax-message-block-comment",
        E::ExpectedDifferentStructName { expected, found } => {
            return Said::new("check-syntax-message-struct-name")
                .text("expected", *expected)
                .text("found", found);
        }
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => {
            // `outer` is the format's type (`Sector`): a key the message
            // files choose words by, never shown.
            return Said::new("check-syntax-message-unknown-name")
                .text("found", found)
                .text("kind", outer.as_deref().unwrap_or("other"))
                .text("names", names(expected));
        }
        E::NoSuchStructField { expected, found, .. } => {
            return Said::new("check-syntax-message-unknown-field")
                .text("found", found)
                .text("names", names(expected));
        }
        E::MissingStructField { field, .. } => {
            return Said::new("check-syntax-missing-field-message").text("field", *field);
        }
        E::DuplicateStructField { field, .. } => {
            return Said::new("check-syntax-message-twice").text("field", *field);
        }
        E::Message(message) if message.contains("is not a duration") => {
            // src/time.rs writes "`72` is not a duration: …".
            let written = message.strip_prefix('`').and_then(|m| m.split_once('`'));
            return match written {
                Some((value, _)) => Said::new("check-syntax-message-duration-value").text("value", value),
                None => Said::new("check-syntax").text("error", message),
            };
        }
        E::Message(message) if message.contains("time of day") || message.contains("Mon-Fri") => {
            "check-syntax-message-office-hours"
        }
        other => return Said::new("check-syntax").text("error", other),
    };
    Said::new(id)
}

/// A missing `]`, `}` or closing quote, which ron notices later: at the
/// next field name, or at the end of the file.
fn never_closed(error: &ron::Error, text: &str, at: usize) -> Option<Explained> {
    let open = still_open(text, at);
    let at_end = matches!(error, ron::Error::Eof) || text[at.min(text.len())..].trim().is_empty();
    // A text in quotes that ends where ron stumbled, and either runs over
    // a line break or is glued to what follows (`"logs., "fr"`): its
    // closing quote is missing, the next text's opening one closed it.
    if let Some(string) = open.string.filter(|s| {
        let next_to_error = at_end
            || text
                .get(s.end..at)
                .is_none_or(|between| between.trim().is_empty());
        let glued = text[s.end..].starts_with(|c: char| c.is_alphanumeric());
        next_to_error && (text[s.clone()].contains('\n') || glued)
    }) {
        return Some(Explained {
            span: string.start..string.start + 1,
            message: Some(Said::new("check-syntax-unclosed-quote")),
            label: Said::new("check-syntax-opened-here"),
            help: Said::new("check-syntax-unclosed-quote-help"),
        });
    }
    let bracket = open.bracket?;
    let opener = text.as_bytes()[bracket];
    let closer = closing(opener);
    let message = Said::new("check-syntax-unclosed-bracket").text("bracket", opener as char);
    if at_end {
        return Some(Explained {
            span: bracket..bracket + 1,
            message: Some(message),
            label: Said::new("check-syntax-opened-here"),
            help: Said::new("check-syntax-unclosed-bracket-end-help").text("bracket", closer),
        });
    }
    // A field name (`start:`) inside a list or a map, which hold no fields.
    let field = bare_word(&text[at..]);
    let is_field = field > 0 && text[at + field..].trim_start().starts_with(':');
    if !(is_field && matches!(opener, b'[' | b'{')) {
        return None;
    }
    Some(Explained {
        span: bracket..bracket + 1,
        message: Some(message),
        label: Said::new("check-syntax-opened-here"),
        help: Said::new("check-syntax-unclosed-bracket-help")
            .text("bracket", closer)
            .text("field", &text[at..at + field]),
    })
}

/// The label and help `ids` of a value written wrongly, the help quoting
/// `what` as it should have been written.
fn fix(span: Range<usize>, ids: (&'static str, &'static str), what: &str) -> Explained {
    Explained {
        span,
        message: None,
        label: Said::new(ids.0),
        help: Said::new(ids.1).text("text", what),
    }
}

/// `'60d'` between `open` and `close` at the start of `text`, on one line:
/// its length in bytes and what is between the quotes.
fn quoted_by(text: &str, open: char, close: char) -> Option<(usize, &str)> {
    let inner = text.strip_prefix(open)?;
    let end = inner.find([close, '\n'])?;
    inner[end..]
        .starts_with(close)
        .then(|| (open.len_utf8() + end + close.len_utf8(), &inner[..end]))
}

/// Length of the word at the start of `text`: letters, digits, `_`, `.`,
/// `-` and `+` (`60d`, `yes`, `1.5h`), up to punctuation or a space.
fn bare_word(text: &str) -> usize {
    text.find(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '.' | '-' | '+')))
        .unwrap_or(text.len())
}

/// A name authors reach for that is far, letter by letter, from the one
/// the format uses (`Electricity` is closer to `Elections` than to
/// `Energy`): the variant meant, when it is one of `expected`.
pub fn synonym<'a>(found: &str, expected: &[&'a str]) -> Option<&'a str> {
    const SYNONYMS: &[(&str, &str)] = &[
        ("electricity", "Energy"),
        ("power", "Energy"),
        ("gas", "Energy"),
        ("oil", "Energy"),
        ("grid", "Energy"),
        ("hospital", "Health"),
        ("healthcare", "Health"),
        ("bank", "Finance"),
        ("banking", "Finance"),
        ("telecommunications", "Telecom"),
        ("internet", "Telecom"),
        ("election", "Elections"),
        ("voting", "Elections"),
        ("railway", "Transport"),
        ("aviation", "Transport"),
        ("citizen", "Individuals"),
        ("person", "Individuals"),
    ];
    let found = found.to_lowercase();
    let meant = SYNONYMS.iter().find(|(alias, _)| *alias == found)?.1;
    expected.iter().copied().find(|name| *name == meant)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_was_written_in_quotes() {
        assert_eq!(quoted_by("'60d'),", '\'', '\''), Some((5, "60d")));
        assert_eq!(quoted_by("“60d”)", '“', '”'), Some((3 + 3 + 3, "60d")));
        assert_eq!(quoted_by("'60d\n'", '\'', '\''), None);
        assert_eq!(bare_word("60d),"), 3);
    }

    #[test]
    fn every_single_quoted_value_on_the_line_is_named() {
        let text = "acts_in: ('1h', '4h', 'x'),\nnext: 'no',";
        let at = text.find('\'').unwrap();
        let explained = explain(&ron::Error::ExpectedString, text, at).unwrap();
        assert_eq!(explained.span, at..at + 4);
        assert_eq!(
            explained.help,
            Said::new("check-syntax-single-quotes-more-help")
                .text("text", "1h")
                .text("others", "'4h', 'x'")
        );
    }

    #[test]
    fn a_hash_comment_is_found_before_the_first_word_only() {
        assert_eq!(leading_hash_comment("// note\n  # mine\nScenario("), Some(10));
        assert_eq!(leading_hash_comment("/* a */ #x"), Some(8));
        assert_eq!(leading_hash_comment("#![enable(implicit_some)]\nScenario("), None);
        assert_eq!(leading_hash_comment("Scenario( # x"), None);
    }

    #[test]
    fn a_missing_field_names_its_entry_by_id_or_code() {
        let text = "jurisdictions: [\n  (code: \"ZT\", name: (id: \"inner\"), x: 1\n  ),\n]";
        let at = text.find("  ),").unwrap() + 2;
        let explained = missing_field(text, at, "judges", Some("Jurisdiction"));
        assert_eq!(
            explained.message,
            Some(
                Said::new("check-syntax-missing-field-in")
                    .text("field", "judges")
                    .text("list", "jurisdictions")
                    .text("id", "ZT")
            )
        );
        // An `id:` inside a text is not the entry's.
        let quoted = r#"(text: "id: ", code: "ZT")"#;
        assert_eq!(own_id(quoted, 0, quoted.len() - 1), Some("ZT"));
        assert_eq!(own_id("(valid: \"x\")", 0, 12), None);
    }

    #[test]
    fn brackets_balance_outside_texts_and_comments() {
        assert!(balances(r#"S(a: ["x)", "y\"]"], /* ) */ b: {}) // ]"#));
        assert!(!balances("S(a: [1)]"));
        assert!(!balances("S(a: [1]"));
    }

    #[test]
    fn a_synonym_names_only_an_expected_variant() {
        assert_eq!(
            synonym("Electricity", &["Health", "Energy", "Elections"]),
            Some("Energy")
        );
        assert_eq!(synonym("Electricity", &["Health"]), None);
        assert_eq!(synonym("Elektrizität", &["Energy"]), None);
    }
}
