//! A remote terminal's bytes into key events, one connection each. The
//! bytes of a key can arrive split across packets, and several keys in
//! one: a real terminal-input parser ([`terminput`], crossterm's own)
//! reads them byte by byte, never as whole chunks. Pasted text becomes
//! the characters it holds, printable ones only and a bounded number, so
//! a paste can neither inject control keys nor flood the host.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use terminput::Event;

/// The longest escape sequence kept while it is incomplete.
const LONGEST_SEQUENCE: usize = 64;
/// The most pasted characters taken; the rest of a paste is dropped.
pub const LONGEST_PASTE: usize = 2000;

const PASTE_START: &[u8] = b"\x1b[200~";
const PASTE_END: &[u8] = b"\x1b[201~";

/// The bytes of an incomplete key or paste, kept for the next chunk.
#[derive(Debug, Default)]
pub struct Decoder {
    pending: Vec<u8>,
}

impl Decoder {
    /// The keys `chunk` completes, in order.
    pub fn feed(&mut self, chunk: &[u8]) -> Vec<KeyEvent> {
        let mut keys = Vec::new();
        for (i, &byte) in chunk.iter().enumerate() {
            self.pending.push(byte);
            let more = i + 1 < chunk.len();
            // A lone Esc may begin a sequence when more bytes follow in
            // the same chunk; at a chunk's end it is the Esc key (a
            // terminal sends a sequence whole).
            if self.pending == [0x1b] && more {
                continue;
            }
            if self.pending.starts_with(PASTE_START) {
                let closed = self.pending.len() >= PASTE_START.len() + PASTE_END.len()
                    && self.pending.ends_with(PASTE_END);
                if !closed {
                    // Inside a paste: wait for its end, dropping what is
                    // beyond the bound (its end marker still closes it).
                    if self.pending.len() > PASTE_START.len() + 4 * LONGEST_PASTE + PASTE_END.len() {
                        self.pending.truncate(PASTE_START.len() + 4 * LONGEST_PASTE);
                    }
                    continue;
                }
                let body = &self.pending[PASTE_START.len()..self.pending.len() - PASTE_END.len()];
                keys.extend(pasted(&String::from_utf8_lossy(body)));
                self.pending.clear();
                continue;
            }
            // The start of a paste marker: wait for the rest.
            if self.pending.len() > 1 && PASTE_START.starts_with(&self.pending) {
                continue;
            }
            match Event::parse_from(&self.pending) {
                Ok(Some(Event::Key(key))) => {
                    keys.push(terminput_crossterm::to_crossterm_key(key));
                    self.pending.clear();
                }
                Ok(Some(Event::Paste(text))) => {
                    keys.extend(pasted(&text));
                    self.pending.clear();
                }
                // Mouse, focus: not used.
                Ok(Some(_)) => self.pending.clear(),
                Ok(None) => {
                    if self.pending.len() > LONGEST_SEQUENCE {
                        self.pending.clear();
                    }
                }
                Err(_) => self.pending.clear(),
            }
        }
        keys
    }
}

/// A paste as the characters typed: printable ones, at most
/// [`LONGEST_PASTE`].
fn pasted(text: &str) -> impl Iterator<Item = KeyEvent> + '_ {
    text.chars()
        .filter(|c| !c.is_control())
        .take(LONGEST_PASTE)
        .map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn keys_split_across_chunks_or_joined_in_one_decode_the_same() {
        let bytes = b"ab\x1b[B\r\x7f\x1b[Z\x03\xc3\xa9";
        let expected = vec![
            key(KeyCode::Char('a')),
            key(KeyCode::Char('b')),
            key(KeyCode::Down),
            key(KeyCode::Enter),
            key(KeyCode::Backspace),
            KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT),
            KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL),
            key(KeyCode::Char('é')),
        ];
        assert_eq!(Decoder::default().feed(bytes), expected);
        // Byte by byte, except that a lone Esc at a chunk's end is the Esc
        // key: a terminal sends an arrow whole, so cut only elsewhere.
        let mut decoder = Decoder::default();
        let mut keys = Vec::new();
        for chunk in [&b"a"[..], b"b\x1b[", b"B", b"\r\x7f", b"\x1b[Z\x03\xc3", b"\xa9"] {
            keys.extend(decoder.feed(chunk));
        }
        assert_eq!(keys, expected);
        assert_eq!(Decoder::default().feed(b"\x1b"), vec![key(KeyCode::Esc)]);
    }

    #[test]
    fn a_paste_types_its_printable_characters_and_no_more_than_the_bound() {
        let mut decoder = Decoder::default();
        let mut keys = decoder.feed(b"\x1b[200~d2 0");
        keys.extend(decoder.feed(b"9:00\x1b\x03\r\n\x1b[201~x"));
        let typed: String = keys
            .iter()
            .map(|k| match k.code {
                KeyCode::Char(c) => c,
                _ => '?',
            })
            .collect();
        assert_eq!(typed, "d2 09:00x");
        let mut long = PASTE_START.to_vec();
        long.extend(std::iter::repeat_n(b'a', 3 * LONGEST_PASTE));
        long.extend(PASTE_END);
        assert_eq!(Decoder::default().feed(&long).len(), LONGEST_PASTE);
    }

    #[test]
    fn garbage_never_sticks() {
        let mut decoder = Decoder::default();
        let mut junk = b"\x1b[".to_vec();
        junk.extend(std::iter::repeat_n(b'9', 200));
        decoder.feed(&junk);
        assert_eq!(decoder.feed(b"q"), vec![key(KeyCode::Char('q'))]);
    }
}
