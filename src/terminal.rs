//! Text bound for a terminal. Whatever a scenario or journal file says is
//! shown as text, never obeyed as a terminal command: escape sequences and
//! other control characters are replaced before anything is printed.
//!
//! Pure string work: this module never writes to the terminal itself.

/// `text` with every control character but newline and tab replaced by one
/// of the same length in bytes, so that spans stay where they are and a
/// file or a scenario text full of escape sequences cannot take over the
/// terminal.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let is_control = |c: char| c.is_control() && c != '\n' && c != '\t';
    if !text.chars().any(is_control) {
        return std::borrow::Cow::Borrowed(text);
    }
    let replaced = text
        .chars()
        .map(|c| match c {
            c if !is_control(c) => c,
            // One byte for one byte; two for the two-byte C1 controls.
            c if c.is_ascii() => '?',
            _ => '\u{bf}',
        })
        .collect();
    std::borrow::Cow::Owned(replaced)
}

/// JSON text (as serde_json writes it) with the control characters it
/// leaves as they are escaped too: DEL and the C1 controls U+0080–U+009F
/// (U+009B alone starts a terminal command, like ESC `[`). serde_json
/// escapes the C0 ones already. Outside strings JSON is ASCII, so each
/// such character is inside a string, where `\u009b` means the same.
pub fn json_escaped(json: &str) -> std::borrow::Cow<'_, str> {
    let unescaped = |c: char| c == '\u{7f}' || ('\u{80}'..='\u{9f}').contains(&c);
    if !json.chars().any(unescaped) {
        return std::borrow::Cow::Borrowed(json);
    }
    let mut escaped = String::with_capacity(json.len() + 8);
    for c in json.chars() {
        if unescaped(c) {
            escaped.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            escaped.push(c);
        }
    }
    std::borrow::Cow::Owned(escaped)
}

#[cfg(test)]
mod tests {
    use super::{json_escaped, printable};

    /// Every control character leaves as an escape, and reads back as the
    /// same string.
    #[test]
    fn json_escapes_every_control_character() {
        let hostile = "a\u{1b}[2J\u{7f}\u{9b}31m\u{80}\u{9f}\u{a0}é";
        let json = json_escaped(&serde_json::to_string(hostile).unwrap()).into_owned();
        // U+00A0 (no-break space) is no control character: it stays.
        assert_eq!(json, "\"a\\u001b[2J\\u007f\\u009b31m\\u0080\\u009f\u{a0}é\"");
        assert!(!json.chars().any(char::is_control), "{json}");
        assert_eq!(serde_json::from_str::<String>(&json).unwrap(), hostile);
    }

    #[test]
    fn control_characters_become_placeholders_of_the_same_length() {
        let hostile = "a\u{1b}[2J\tb\n\u{9b}c";
        let shown = printable(hostile);
        assert_eq!(shown, "a?[2J\tb\n\u{bf}c");
        assert_eq!(shown.len(), hostile.len());
        assert!(matches!(printable("plain"), std::borrow::Cow::Borrowed(_)));
    }
}
