//! What the checker says, before it is in words: a message id of
//! `assets/locales/<lang>/check.ftl` and its arguments, never a sentence.
//!
//! Arguments are what the author wrote (ids, field names, values, file
//! names), shown as written in every language, counts that choose a plural,
//! and sentences inside sentences. A message that depends on what kind of
//! definition it is about takes a key (`what`: `jurisdiction`, `lead`...)
//! that the message files select on and never show.
//!
//! The scenario layer knows no language: whoever shows a diagnostic passes
//! a [`Translate`] (the shell's is `words::Words`, in `src/cli/check.rs`).

use std::fmt;

/// A sentence not yet in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    /// The message id, `check-…`.
    pub id: &'static str,
    pub args: Vec<(&'static str, Value)>,
}

/// One argument of a [`Said`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// Text as the author (or the file system, or a parser) wrote it.
    Text(String),
    /// A quantity: selects plurals.
    Count(u64),
    /// A sentence inside a sentence: put in words first, then placed.
    Said(Box<Said>),
}

/// The longest word (a run of characters without a space) a text
/// argument keeps: longer than any id, field name or path an author
/// writes, short enough that a mistyped value pasted from a megabyte of
/// data stays a line of the message.
pub const MAX_QUOTED_WORD: usize = 100;

/// The most characters a text argument keeps in all.
pub const MAX_QUOTED_TEXT: usize = 1000;

/// `text` cut to what a message can quote: its first line only, each word
/// cut to [`MAX_QUOTED_WORD`] characters and the whole to
/// [`MAX_QUOTED_TEXT`], every cut marked with `…`. The diagnostic's span
/// still points at the whole value in the file.
pub fn bounded(text: &str) -> String {
    let fits = |text: &str| {
        !text.contains('\n')
            && text.chars().count() <= MAX_QUOTED_TEXT
            && text
                .split(' ')
                .all(|word| word.chars().count() <= MAX_QUOTED_WORD)
    };
    if fits(text) {
        return text.to_string();
    }
    let first_line = text.lines().next().unwrap_or("");
    let mut out = String::new();
    let mut cut = first_line.len() < text.trim_end_matches(['\r', '\n']).len();
    let mut word_length = 0;
    let mut kept = 0;
    for c in first_line.chars() {
        if kept == MAX_QUOTED_TEXT {
            cut = true;
            break;
        }
        word_length = if c == ' ' { 0 } else { word_length + 1 };
        if word_length > MAX_QUOTED_WORD {
            if word_length == MAX_QUOTED_WORD + 1 {
                out.push('…');
                kept += 1;
            }
            continue;
        }
        out.push(c);
        kept += 1;
    }
    if cut {
        out.push('…');
    }
    out
}

impl Said {
    pub fn new(id: &'static str) -> Said {
        Said { id, args: Vec::new() }
    }

    /// Adds a text argument, shown as written, within [`bounded`]'s limits.
    pub fn text(mut self, name: &'static str, value: impl fmt::Display) -> Said {
        self.args.push((name, Value::Text(bounded(&value.to_string()))));
        self
    }

    pub fn count(mut self, name: &'static str, value: u64) -> Said {
        self.args.push((name, Value::Count(value)));
        self
    }

    pub fn said(mut self, name: &'static str, value: Said) -> Said {
        self.args.push((name, Value::Said(Box::new(value))));
        self
    }

    pub fn arg(mut self, name: &'static str, value: Value) -> Said {
        let value = match value {
            Value::Text(text) => Value::Text(bounded(&text)),
            other => other,
        };
        self.args.push((name, value));
        self
    }

    /// This message's id and the ids of every message inside it.
    pub fn ids(&self) -> Vec<&'static str> {
        let mut ids = vec![self.id];
        for (_, value) in &self.args {
            if let Value::Said(inner) = value {
                ids.extend(inner.ids());
            }
        }
        ids
    }
}

/// Puts what the checker says in words.
pub trait Translate {
    /// Message `id` in words, or what is wrong (no such message, a
    /// variable it lacks). No argument is a [`Value::Said`]: [`words`]
    /// has already put those in words.
    ///
    /// [`words`]: Translate::words
    fn try_say(&self, id: &str, args: &[(&str, Value)]) -> Result<String, Vec<String>>;

    /// `said` in words, or every problem found on the way down.
    fn try_words(&self, said: &Said) -> Result<String, Vec<String>> {
        let mut errors = Vec::new();
        let mut args = Vec::with_capacity(said.args.len());
        for (name, value) in &said.args {
            let value = match value {
                Value::Said(inner) => match self.try_words(inner) {
                    Ok(text) => Value::Text(text),
                    Err(mut more) => {
                        errors.append(&mut more);
                        continue;
                    }
                },
                other => other.clone(),
            };
            args.push((*name, value));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        self.try_say(said.id, &args)
    }

    /// `said` in words; a message that cannot be rendered shows its id in
    /// brackets, visible, never a panic (a test renders every one).
    fn words(&self, said: &Said) -> String {
        self.try_words(said)
            .unwrap_or_else(|errors| format!("[untranslated {}: {}]", said.id, errors.join("; ")))
    }
}

/// No language at all: each message as its id and arguments,
/// `check-unknown-reference(what: lead, name: x)`. What `Display` shows,
/// for logs and failing tests; people get a language.
#[derive(Debug, Clone, Copy, Default)]
pub struct Untranslated;

impl Translate for Untranslated {
    fn try_say(&self, id: &str, args: &[(&str, Value)]) -> Result<String, Vec<String>> {
        if args.is_empty() {
            return Ok(id.to_string());
        }
        let args: Vec<String> = args
            .iter()
            .map(|(name, value)| match value {
                Value::Text(text) => format!("{name}: {text}"),
                Value::Count(n) => format!("{name}: {n}"),
                Value::Said(inner) => format!("{name}: {}", self.words(inner)),
            })
            .collect();
        Ok(format!("{id}({})", args.join(", ")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn untranslated_shows_ids_and_arguments_nested_first() {
        let said = Said::new("outer")
            .text("name", "x")
            .count("n", 2)
            .said("inner", Said::new("inner-id").text("a", 1));
        assert_eq!(
            Untranslated.words(&said),
            "outer(name: x, n: 2, inner: inner-id(a: 1))"
        );
        assert_eq!(said.ids(), ["outer", "inner-id"]);
    }

    #[test]
    fn a_quoted_value_is_cut_to_one_line_and_short_words() {
        // Short text, as every message quotes today, is kept byte for byte.
        let usual = "Unexpected variant named `Vpz` in enum `ProviderKind`, expected one of `Vps`";
        assert_eq!(bounded(usual), usual);
        // 3 million lines: the first line, marked as cut.
        assert_eq!(bounded(&format!("B{}", "x\n".repeat(3_000_000))), "Bx…");
        // A word of 3 million characters: its first 100, the words after kept.
        let long = format!("named `{}` in enum", "x".repeat(3_000_000));
        let kept = format!("named `{}… in enum", "x".repeat(MAX_QUOTED_WORD - 1));
        assert_eq!(bounded(&long), kept);
        // Many short words: 1000 characters in all.
        let many = bounded(&"ab ".repeat(1_000_000));
        assert_eq!(many.chars().count(), MAX_QUOTED_TEXT + 1);
        assert!(many.ends_with('…'));
        assert_eq!(Said::new("x").text("v", long).args[0].1, Value::Text(kept));
    }
}
