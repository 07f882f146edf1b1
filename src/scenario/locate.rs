//! Finding where a value is written: maps a path such as
//! `providers[3].jurisdiction` to the byte span of that value in a RON file.
//!
//! serde forgets positions once a file is deserialised, so the semantic
//! checks name what they complain about by path, and this module finds the
//! text again. It is a tokenizer (skipping strings and comments) plus bracket
//! matching, never a second RON parser: it does not judge whether the text is
//! valid, and it never recurses, so no input can overflow the stack.

use std::collections::HashMap;
use std::ops::Range;

/// One step of a path into a RON value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// A named field of a struct: `jurisdictions`.
    Field(&'static str),
    /// The n-th element of a list, a tuple or an enum variant's arguments.
    Index(usize),
    /// The value of a map entry, by its key: `{"fr": ...}` or `{TrafficData: ...}`.
    Key(String),
    /// The key itself of a map entry: the `"fr"` of `{"fr": ...}`, for a
    /// problem with the key rather than its value.
    KeyName(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Open(u8),
    Close,
    Comma,
    Colon,
    Ident,
    Str,
    /// Numbers, characters, and any punctuation the locator does not need.
    Other,
}

#[derive(Debug, Clone, Copy)]
struct Token {
    kind: Kind,
    start: usize,
    end: usize,
}

/// The first word of a RON text (its struct name, e.g. `Scenario`), skipping
/// whitespace, comments and `#![enable(...)]` attributes. Reads only as far
/// as it needs, so it is cheap on a huge file.
pub fn first_identifier(text: &str) -> Option<&str> {
    let mut lexer = Lexer::new(text);
    loop {
        let token = lexer.next_token()?;
        match token.kind {
            Kind::Ident => return Some(&text[token.start..token.end]),
            Kind::Other if text[token.start..token.end].starts_with('#') => {
                // `#![...]`: skip the `!` and the bracketed attribute.
                let mut depth = 0usize;
                loop {
                    let inner = lexer.next_token()?;
                    match inner.kind {
                        Kind::Open(_) => depth += 1,
                        Kind::Close => {
                            depth = depth.saturating_sub(1);
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                }
            }
            _ => return None,
        }
    }
}

/// Byte span of [`first_identifier`] in `text`.
pub fn first_identifier_span(text: &str) -> Option<std::ops::Range<usize>> {
    let word = first_identifier(text)?;
    let start = word.as_ptr() as usize - text.as_ptr() as usize;
    Some(start..start + word.len())
}

/// What is still open where a parse error was found: the innermost
/// bracket opened before `offset` and not closed before it, and the text in
/// double quotes that ends just before `offset` (or runs to the end of the
/// file, never closed). A missing `]` or `"` is noticed by ron only later,
/// where the text stops making sense; this points back to where it began.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StillOpen {
    /// Byte offset of the bracket (`(`, `[` or `{`).
    pub bracket: Option<usize>,
    /// Byte span of the quoted text, its quotes included.
    pub string: Option<Range<usize>>,
}

/// See [`StillOpen`]. Reads tokens only up to `offset`, without recursion.
pub fn still_open(text: &str, offset: usize) -> StillOpen {
    let mut lexer = Lexer::new(text);
    let mut brackets = Vec::new();
    let mut last = None;
    while let Some(token) = lexer.next_token() {
        if token.start >= offset {
            break;
        }
        match token.kind {
            Kind::Open(_) => brackets.push(token.start),
            Kind::Close => {
                brackets.pop();
            }
            _ => {}
        }
        last = Some(token);
    }
    let string = last
        .filter(|token| token.kind == Kind::Str && text.as_bytes()[token.start] == b'"')
        .map(|token| token.start..token.end);
    StillOpen {
        bracket: brackets.last().copied(),
        string,
    }
}

/// A tokenized RON text that answers "where is this path?".
pub struct Locator<'a> {
    text: &'a str,
    tokens: Vec<Token>,
    /// For each opening bracket, the index of its closing bracket (or the
    /// end of the tokens when it is never closed).
    partner: HashMap<usize, usize>,
    /// Element start tokens of each container, computed on first use.
    children: HashMap<usize, Vec<usize>>,
}

impl<'a> Locator<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut lexer = Lexer::new(text);
        let mut tokens = Vec::new();
        while let Some(token) = lexer.next_token() {
            tokens.push(token);
        }
        let mut partner = HashMap::new();
        let mut open = Vec::new();
        for (index, token) in tokens.iter().enumerate() {
            match token.kind {
                Kind::Open(_) => open.push(index),
                Kind::Close => {
                    if let Some(start) = open.pop() {
                        partner.insert(start, index);
                    }
                }
                _ => {}
            }
        }
        for start in open {
            partner.insert(start, tokens.len());
        }
        Locator {
            text,
            tokens,
            partner,
            children: HashMap::new(),
        }
    }

    /// The span of the value at `path`; where the path cannot be followed to
    /// its end, the span of the deepest value it reached (so a diagnostic
    /// always points somewhere sensible). A value spanning several lines is
    /// narrowed to its first token so that the caret stays on one line.
    pub fn locate(&mut self, path: &[Step]) -> Range<usize> {
        let Some(mut value) = self.first_value() else {
            return 0..0;
        };
        for step in path {
            match self.step(value, step) {
                Some(next) => value = next,
                None => break,
            }
        }
        self.value_span(value)
    }

    fn first_value(&self) -> Option<usize> {
        let mut index = 0;
        // Skip `#![enable(...)]` attributes.
        while index < self.tokens.len() && self.token_text(index).starts_with('#') {
            let open = (index..self.tokens.len()).find(|&i| matches!(self.tokens[i].kind, Kind::Open(_)))?;
            index = self.partner.get(&open).copied()? + 1;
        }
        (index < self.tokens.len()).then_some(index)
    }

    fn token_text(&self, index: usize) -> &'a str {
        let token = self.tokens[index];
        &self.text[token.start..token.end]
    }

    fn is_open(&self, index: usize, bracket: u8) -> bool {
        self.tokens
            .get(index)
            .is_some_and(|t| t.kind == Kind::Open(bracket))
    }

    /// The bracket that opens the value's contents: `(` of `Name(...)` or
    /// of `(...)`, `[` or `{`. `Some(x)` is looked through, since authors
    /// may write it even though they need not.
    fn container(&mut self, mut value: usize) -> Option<usize> {
        loop {
            let token = self.tokens.get(value)?;
            match token.kind {
                Kind::Open(_) => return Some(value),
                Kind::Ident if self.is_open(value + 1, b'(') => {
                    if self.token_text(value) == "Some" {
                        let children = self.children_of(value + 1);
                        if children.len() == 1 && !self.is_struct_body(value + 1) {
                            value = children[0];
                            continue;
                        }
                    }
                    return Some(value + 1);
                }
                _ => return None,
            }
        }
    }

    /// Whether a `(` holds `name: value` fields rather than positional ones.
    fn is_struct_body(&self, open: usize) -> bool {
        self.tokens.get(open + 1).is_some_and(|t| t.kind == Kind::Ident)
            && self.tokens.get(open + 2).is_some_and(|t| t.kind == Kind::Colon)
    }

    fn step(&mut self, value: usize, step: &Step) -> Option<usize> {
        let open = self.container(value)?;
        let children = self.children_of(open);
        match step {
            Step::Index(n) => children.get(*n).copied(),
            Step::Field(name) => children.into_iter().find_map(|child| {
                let named = self.tokens[child].kind == Kind::Ident && self.token_text(child) == *name;
                self.entry_value(child).filter(|_| named)
            }),
            Step::Key(key) => children
                .into_iter()
                .find(|&child| self.is_entry_with_key(child, key))
                .and_then(|child| self.entry_value(child)),
            Step::KeyName(key) => children
                .into_iter()
                .find(|&child| self.is_entry_with_key(child, key)),
        }
    }

    /// Whether the element starting at `child` is a map entry `key: value`.
    fn is_entry_with_key(&self, child: usize, key: &str) -> bool {
        let token = self.tokens[child];
        let key_text = match token.kind {
            Kind::Str => self.text.get(token.start + 1..token.end.saturating_sub(1)),
            Kind::Ident => Some(self.token_text(child)),
            _ => None,
        };
        key_text == Some(key) && self.entry_value(child).is_some()
    }

    /// For an entry `key: value` starting at `child`, the value's first token.
    fn entry_value(&self, child: usize) -> Option<usize> {
        let colon = self.tokens.get(child + 1)?;
        (colon.kind == Kind::Colon && child + 2 < self.tokens.len()).then_some(child + 2)
    }

    /// The first token of each comma-separated element inside `open`.
    fn children_of(&mut self, open: usize) -> Vec<usize> {
        if let Some(known) = self.children.get(&open) {
            return known.clone();
        }
        let close = self.partner.get(&open).copied().unwrap_or(self.tokens.len());
        let mut starts = Vec::new();
        let mut index = open + 1;
        let mut at_element_start = true;
        while index < close {
            let token = self.tokens[index];
            if token.kind == Kind::Comma {
                at_element_start = true;
                index += 1;
                continue;
            }
            if at_element_start {
                starts.push(index);
                at_element_start = false;
            }
            index = match token.kind {
                Kind::Open(_) => self.partner.get(&index).copied().unwrap_or(close) + 1,
                _ => index + 1,
            };
        }
        self.children.insert(open, starts.clone());
        starts
    }

    fn value_span(&self, value: usize) -> Range<usize> {
        let start = self.tokens[value].start;
        let last = match self.tokens[value].kind {
            Kind::Open(_) => self.partner.get(&value).copied(),
            Kind::Ident if self.is_open(value + 1, b'(') => self.partner.get(&(value + 1)).copied(),
            _ => Some(value),
        };
        let end = last
            .and_then(|i| self.tokens.get(i))
            .map_or(self.text.len(), |t| t.end);
        if self.text[start..end].contains('\n') {
            start..self.tokens[value].end
        } else {
            start..end
        }
    }
}

/// Splits RON text into the tokens the locator needs.
struct Lexer<'a> {
    bytes: &'a [u8],
    position: usize,
}

impl<'a> Lexer<'a> {
    fn new(text: &'a str) -> Self {
        Lexer {
            bytes: text.as_bytes(),
            position: 0,
        }
    }

    fn peek(&self, offset: usize) -> Option<u8> {
        self.bytes.get(self.position + offset).copied()
    }

    fn skip_trivia(&mut self) {
        loop {
            match (self.peek(0), self.peek(1)) {
                (Some(b), _) if b.is_ascii_whitespace() => self.position += 1,
                (Some(b'/'), Some(b'/')) => {
                    while self.peek(0).is_some_and(|b| b != b'\n') {
                        self.position += 1;
                    }
                }
                (Some(b'/'), Some(b'*')) => {
                    // RON block comments nest.
                    self.position += 2;
                    let mut depth = 1usize;
                    while depth > 0 {
                        match (self.peek(0), self.peek(1)) {
                            (None, _) => return,
                            (Some(b'/'), Some(b'*')) => {
                                depth += 1;
                                self.position += 2;
                            }
                            (Some(b'*'), Some(b'/')) => {
                                depth -= 1;
                                self.position += 2;
                            }
                            _ => self.position += 1,
                        }
                    }
                }
                _ => return,
            }
        }
    }

    fn next_token(&mut self) -> Option<Token> {
        self.skip_trivia();
        let start = self.position;
        let first = self.peek(0)?;
        let kind = match first {
            b'(' | b'[' | b'{' => {
                self.position += 1;
                Kind::Open(first)
            }
            b')' | b']' | b'}' => {
                self.position += 1;
                Kind::Close
            }
            b',' => {
                self.position += 1;
                Kind::Comma
            }
            b':' => {
                self.position += 1;
                Kind::Colon
            }
            b'"' => {
                self.skip_quoted(b'"');
                Kind::Str
            }
            b'\'' => {
                self.skip_quoted(b'\'');
                Kind::Other
            }
            b'r' if matches!(self.peek(1), Some(b'"' | b'#')) && self.raw_string() => Kind::Str,
            b if b.is_ascii_alphabetic() || b == b'_' => {
                while self
                    .peek(0)
                    .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'#')
                {
                    self.position += 1;
                }
                Kind::Ident
            }
            _ => {
                // Numbers and other punctuation: up to the next delimiter.
                self.position += 1;
                while self.peek(0).is_some_and(|b| {
                    !b.is_ascii_whitespace() && !b"()[]{},:\"'/".contains(&b) && b.is_ascii()
                }) {
                    self.position += 1;
                }
                // Stay on a character boundary for non-ASCII garbage.
                while self.position < self.bytes.len() && (self.bytes[self.position] & 0xC0) == 0x80 {
                    self.position += 1;
                }
                Kind::Other
            }
        };
        Some(Token {
            kind,
            start,
            end: self.position,
        })
    }

    fn skip_quoted(&mut self, quote: u8) {
        self.position += 1;
        while let Some(b) = self.peek(0) {
            self.position += 1;
            if b == b'\\' {
                if self.peek(0).is_some() {
                    self.position += 1;
                }
            } else if b == quote {
                return;
            }
        }
    }

    /// `r"..."`, `r#"..."#`: returns false (consuming nothing) when the `r`
    /// starts an identifier instead.
    fn raw_string(&mut self) -> bool {
        let mut hashes = 0;
        while self.peek(1 + hashes) == Some(b'#') {
            hashes += 1;
        }
        if self.peek(1 + hashes) != Some(b'"') {
            return false;
        }
        self.position += 2 + hashes;
        while let Some(b) = self.peek(0) {
            self.position += 1;
            if b == b'"' && (0..hashes).all(|i| self.peek(i) == Some(b'#')) {
                self.position += hashes;
                return true;
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r#"// a comment with ( and [
Scenario(
    id: "x",
    providers: [
        (id: "a", jurisdiction: "A"), /* (nested /* comment */ ) */
        (id: "b", name: "say \"hi\" (", jurisdiction: "B"),
    ],
    by: Some("3d"),
    title: {"en": "T", "fr": "F"},
    when: All([LeadFound("l1"), Not(StageReached("s"))]),
    law: {TrafficData: "90d"},
)"#;

    fn at(path: &[Step]) -> &'static str {
        let range = Locator::new(TEXT).locate(path);
        &TEXT[range]
    }

    #[test]
    fn finds_fields_indices_and_keys() {
        use Step::*;
        assert_eq!(at(&[Field("id")]), "\"x\"");
        assert_eq!(
            at(&[Field("providers"), Index(1), Field("jurisdiction")]),
            "\"B\""
        );
        assert_eq!(
            at(&[Field("providers"), Index(0)]),
            "(id: \"a\", jurisdiction: \"A\")"
        );
        assert_eq!(at(&[Field("by")]), "Some(\"3d\")");
        assert_eq!(at(&[Field("title"), Key("fr".into())]), "\"F\"");
        assert_eq!(at(&[Field("law"), Key("TrafficData".into())]), "\"90d\"");
        assert_eq!(at(&[Field("title"), KeyName("fr".into())]), "\"fr\"");
        assert_eq!(at(&[Field("law"), KeyName("TrafficData".into())]), "TrafficData");
        assert_eq!(
            at(&[Field("when"), Index(0), Index(1), Index(0), Index(0)]),
            "\"s\""
        );
    }

    #[test]
    fn stops_at_the_deepest_value_it_found() {
        use Step::*;
        assert_eq!(at(&[Field("providers"), Index(7), Field("id")]), "[");
        assert_eq!(at(&[Field("nothing")]), "Scenario");
    }

    #[test]
    fn reads_the_first_identifier() {
        assert_eq!(first_identifier(TEXT), Some("Scenario"));
        assert_eq!(
            first_identifier("#![enable(implicit_some)]\n/* x */ Fragment()"),
            Some("Fragment")
        );
        assert_eq!(first_identifier("(id: 1)"), None);
        assert_eq!(first_identifier(""), None);
    }

    #[test]
    fn finds_what_is_still_open() {
        let text = "(a: [\"x\", \"y\n  b: 1)";
        let error = text.find("b:").unwrap();
        let open = still_open(text, error);
        assert_eq!(open.bracket, Some(4));
        assert_eq!(&text[open.string.unwrap()], "\"y\n  b: 1)");
        let closed = "(a: [\"x\"], b: 1)";
        let open = still_open(closed, closed.find("b:").unwrap());
        assert_eq!(open.bracket, Some(0));
        assert_eq!(open.string, None);
    }

    #[test]
    fn survives_deep_nesting_and_garbage() {
        let deep = "[".repeat(100_000);
        assert_eq!(Locator::new(&deep).locate(&[Step::Index(0)]).start, 1);
        let garbage = "\u{1F600}é\"unterminated r#\" /* open";
        let _ = Locator::new(garbage).locate(&[Step::Field("x")]);
    }
}
