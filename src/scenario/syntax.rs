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
    if let Some(unclosed) = never_closed(error, text, at) {
        return Some(unclosed);
    }
    let written = |len: usize| at..at + len;
    match error {
        E::ExpectedString => {
            if let Some((len, inner)) = quoted_by(rest, '\'', '\'') {
                return Some(fix(
                    written(len),
                    ("check-syntax-single-quotes", "check-syntax-single-quotes-help"),
                    inner,
                ));
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
                message: None,
                label: Said::new("check-syntax-negative"),
                help: Said::new("check-syntax-negative-help"),
            })
        }
        _ => None,
    }
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
    let closer = match opener {
        b'[' => "]",
        b'{' => "}",
        _ => ")",
    };
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
    fn a_synonym_names_only_an_expected_variant() {
        assert_eq!(
            synonym("Electricity", &["Health", "Energy", "Elections"]),
            Some("Energy")
        );
        assert_eq!(synonym("Electricity", &["Health"]), None);
        assert_eq!(synonym("Elektrizität", &["Energy"]), None);
    }
}
