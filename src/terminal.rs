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

#[cfg(test)]
mod tests {
    use super::printable;

    #[test]
    fn control_characters_become_placeholders_of_the_same_length() {
        let hostile = "a\u{1b}[2J\tb\n\u{9b}c";
        let shown = printable(hostile);
        assert_eq!(shown, "a?[2J\tb\n\u{bf}c");
        assert_eq!(shown.len(), hostile.len());
        assert!(matches!(printable("plain"), std::borrow::Cow::Borrowed(_)));
    }
}
