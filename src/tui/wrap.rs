//! Lines wrapped into an area, cell for cell as ratatui's
//! `Paragraph::new(lines).wrap(Wrap { trim: false })` draws them, at a
//! fraction of the cost: the desk's body and the debrief fill most of a
//! 160x48 screen on every redraw.
//!
//! The paragraph puts every grapheme of every line through its word
//! wrapper (segmented, measured twice, buffered in three queues), and
//! restyles each cell of its area twice with its style, the default,
//! which changes nothing. Here a line narrower than the area (nearly all
//! of them), which that wrapper returns as one row unchanged, is drawn
//! directly; a wider one goes through [`wrap`], the same wrapper's rules
//! for `trim: false`, over graphemes segmented once. ASCII text is not
//! segmented at all: a printable ASCII character is a grapheme of one
//! cell, and ratatui drops control characters. A line aligned otherwise
//! than left (none here) is left, with the lines after it, to the
//! paragraph itself. The tests below hold all of it to the paragraph.

use std::collections::VecDeque;

use ratatui::buffer::{Buffer, CellWidth};
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, StyledGrapheme};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

/// `Paragraph::new(lines).wrap(Wrap { trim: false })`, optionally in a
/// block, drawn faster.
pub struct Wrapped<'a> {
    lines: Vec<Line<'a>>,
    block: Option<Block<'a>>,
}

impl<'a> Wrapped<'a> {
    pub fn new(lines: Vec<Line<'a>>) -> Wrapped<'a> {
        Wrapped { lines, block: None }
    }

    pub fn block(self, block: Block<'a>) -> Wrapped<'a> {
        Wrapped {
            block: Some(block),
            ..self
        }
    }
}

impl Widget for Wrapped<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        // As the paragraph: its block over the whole area, the lines
        // inside it.
        let area = area.intersection(buf.area);
        let inner = match &self.block {
            Some(block) => {
                block.render(area, buf);
                block.inner(area)
            }
            None => area,
        };
        if inner.is_empty() {
            return;
        }
        let mut graphemes = Vec::new();
        let mut rows = Vec::new();
        let mut y = 0;
        for (i, line) in self.lines.iter().enumerate() {
            if y >= inner.height {
                break;
            }
            if !matches!(line.alignment, None | Some(Alignment::Left)) {
                let rest = Rect {
                    y: inner.y + y,
                    height: inner.height - y,
                    ..inner
                };
                Paragraph::new(self.lines[i..].to_vec())
                    .wrap(Wrap { trim: false })
                    .render(rest, buf);
                return;
            }
            if segment(line, &mut graphemes) < usize::from(inner.width) {
                draw_row(buf, inner, y, &graphemes);
                y += 1;
            } else {
                rows.clear();
                wrap(&graphemes, inner.width, &mut rows);
                for row in &rows {
                    if y >= inner.height {
                        break;
                    }
                    draw_row(buf, inner, y, row);
                    y += 1;
                }
            }
        }
    }
}

/// The graphemes of `line` with the styles the paragraph gives them (its
/// text's, the default, patched by the line's, then by the span's), into
/// `graphemes`; returns their width in cells.
fn segment<'a>(line: &'a Line<'_>, graphemes: &mut Vec<StyledGrapheme<'a>>) -> usize {
    graphemes.clear();
    let base = Style::default().patch(line.style);
    let mut width = 0;
    for span in &line.spans {
        let text: &str = &span.content;
        if text.is_ascii() {
            let style = base.patch(span.style);
            for (i, byte) in text.bytes().enumerate() {
                if !byte.is_ascii_control() {
                    graphemes.push(StyledGrapheme::new(&text[i..=i], style));
                    width += 1;
                }
            }
        } else {
            for grapheme in span.styled_graphemes(base) {
                width += usize::from(grapheme.symbol.cell_width());
                graphemes.push(grapheme);
            }
        }
    }
    width
}

/// The paragraph's `render_line` for a left-aligned row. Like it, a row
/// the wrapper made wider than the area (a wide grapheme after a word
/// that filled it) runs on past the area's right edge.
fn draw_row(buf: &mut Buffer, inner: Rect, y: u16, row: &[StyledGrapheme]) {
    let start = buf.index_of(inner.x, inner.y + y);
    let mut x = 0;
    for grapheme in row {
        let width = grapheme.symbol.cell_width();
        if width == 0 {
            continue;
        }
        let symbol = if grapheme.symbol.is_empty() {
            " "
        } else {
            grapheme.symbol
        };
        let cell = if x < inner.width {
            &mut buf.content[start + usize::from(x)]
        } else {
            &mut buf[(inner.x + x, inner.y + y)]
        };
        cell.set_symbol(symbol).set_style(grapheme.style);
        x += width;
    }
}

/// The rows ratatui's word wrapper (`reflow::WordWrapper`, private to
/// ratatui-widgets 0.3.2) makes of one line `width` cells wide without
/// trimming, rule for rule, appended to `rows`. A line narrower than the
/// width gives one row, unchanged: a row is only ended once it is full or
/// the next grapheme would reach the width. Should an upgrade of ratatui
/// wrap otherwise, the property test below fails: follow it here.
fn wrap<'a>(line: &[StyledGrapheme<'a>], width: u16, rows: &mut Vec<Vec<StyledGrapheme<'a>>>) {
    let first = rows.len();
    let mut pending_line = Vec::new();
    let mut pending_word = Vec::new();
    let mut pending_whitespace = VecDeque::new();
    let (mut line_width, mut word_width, mut whitespace_width) = (0u16, 0u16, 0u16);
    let mut non_whitespace_previous = false;
    for grapheme in line {
        let is_whitespace = grapheme.is_whitespace();
        let symbol_width = grapheme.symbol.cell_width();
        // Wider than the area: left out.
        if symbol_width > width {
            continue;
        }
        let word_found = non_whitespace_previous && is_whitespace;
        // The word and the whitespace before it would overflow an empty row.
        let overflow = pending_line.is_empty() && word_width + whitespace_width + symbol_width > width;
        if word_found || overflow {
            pending_line.extend(pending_whitespace.drain(..));
            line_width += whitespace_width;
            pending_line.append(&mut pending_word);
            line_width += word_width;
            whitespace_width = 0;
            word_width = 0;
        }
        let line_full = line_width >= width;
        let word_overflow = symbol_width > 0 && line_width + whitespace_width + word_width >= width;
        if line_full || word_overflow {
            let mut remaining_width = width.saturating_sub(line_width);
            rows.push(std::mem::take(&mut pending_line));
            line_width = 0;
            // The whitespace that still fits the row ends with it.
            while let Some(space) = pending_whitespace.front() {
                let space_width = space.symbol.cell_width();
                if space_width > remaining_width {
                    break;
                }
                whitespace_width -= space_width;
                remaining_width -= space_width;
                pending_whitespace.pop_front();
            }
            if is_whitespace && pending_whitespace.is_empty() {
                continue;
            }
        }
        if is_whitespace {
            whitespace_width += symbol_width;
            pending_whitespace.push_back(grapheme.clone());
        } else {
            word_width += symbol_width;
            pending_word.push(grapheme.clone());
        }
        non_whitespace_previous = !is_whitespace;
    }
    pending_line.extend(pending_whitespace.drain(..));
    pending_line.append(&mut pending_word);
    if !pending_line.is_empty() {
        rows.push(pending_line);
    }
    if rows.len() == first {
        rows.push(Vec::new());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::style::{Color, Modifier};
    use ratatui::text::Span;
    use ratatui::widgets::Borders;

    /// The buffer the paragraph draws and the one `Wrapped` draws, over
    /// the same scribbled background.
    fn both(lines: Vec<Line<'static>>, buffer: Rect, area: Rect, block: bool) -> (Buffer, Buffer) {
        let mut expected = Buffer::empty(buffer);
        for (i, cell) in expected.content.iter_mut().enumerate() {
            cell.set_symbol(["x", "漢", "·"][i % 3])
                .set_fg(Color::Indexed((i % 7) as u8));
        }
        let mut got = expected.clone();
        let frame = || Block::default().borders(Borders::ALL).title("t");
        let paragraph = Paragraph::new(lines.clone()).wrap(Wrap { trim: false });
        let wrapped = Wrapped::new(lines);
        if block {
            paragraph.block(frame()).render(area, &mut expected);
            wrapped.block(frame()).render(area, &mut got);
        } else {
            paragraph.render(area, &mut expected);
            wrapped.render(area, &mut got);
        }
        (expected, got)
    }

    #[test]
    fn lines_are_drawn_as_the_paragraph_draws_them() {
        let bold = Style::default().add_modifier(Modifier::BOLD);
        let reversed = Style::default().add_modifier(Modifier::REVERSED);
        let lines = vec![
            Line::from(vec![
                Span::raw("• d0 00:00 "),
                Span::styled("VL team ", bold),
                Span::raw("case opened"),
            ])
            .style(reversed),
            Line::from(""),
            Line::from("a line far too long for ten cells, so it wraps"),
            Line::styled("ten cells!", bold),
            Line::from("tab\there, bell\u{7} and \r\n gone"),
            Line::from("é, e\u{301}, 漢字 and 👍 are wider or combine"),
            Line::from("centred").centered(),
        ];
        for (width, height) in [(10, 30), (12, 3), (60, 10), (1, 4)] {
            let area = Rect::new(2, 1, width, height);
            let buffer = Rect::new(0, 0, width + 4, height + 2);
            for block in [false, true] {
                let (expected, got) = both(lines.clone(), buffer, area, block);
                assert_eq!(got, expected, "{width}x{height}, block {block}");
            }
        }
    }

    /// A line exactly as wide as the area ends its row; zero-width
    /// spaces after it still open a row of their own.
    #[test]
    fn a_line_as_wide_as_the_area_is_wrapped() {
        let lines = vec![Line::from("abc\u{200b}\u{200b}"), Line::from("def")];
        let (expected, got) = both(lines, Rect::new(0, 0, 3, 3), Rect::new(0, 0, 3, 3), false);
        assert_eq!(got, expected);
        assert_eq!(expected[(0, 2)].symbol(), "d");
    }

    /// Graphemes wider than the area are left out; a line of nothing
    /// else still takes its row.
    #[test]
    fn a_line_of_graphemes_wider_than_the_area_takes_an_empty_row() {
        let lines = vec![Line::from("漢字"), Line::from("x")];
        let (expected, got) = both(lines, Rect::new(0, 0, 1, 2), Rect::new(0, 0, 1, 2), false);
        assert_eq!(got, expected);
        assert_eq!(expected[(0, 0)].symbol(), "x", "the background");
        assert_eq!(expected[(0, 1)].symbol(), "x", "the second line");
    }

    /// A wide grapheme that ends a word the row cannot hold starts the
    /// next row with what follows it, and that row runs past the area's
    /// right edge, as the paragraph draws it.
    #[test]
    fn a_row_the_wrapper_makes_too_wide_runs_past_the_edge() {
        let lines = vec![Line::from("a漢.")];
        let (expected, got) = both(lines, Rect::new(0, 0, 4, 2), Rect::new(0, 0, 2, 2), false);
        assert_eq!(got, expected);
        assert_eq!(expected[(0, 0)].symbol(), "a");
        assert_eq!(expected[(0, 1)].symbol(), "漢");
        assert_eq!(expected[(2, 1)].symbol(), ".");
    }

    fn text() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "a",
            "Z",
            "0",
            " ",
            "  ",
            ".",
            "-",
            "word",
            "longerword",
            "\t",
            "\n",
            "\r\n",
            "\u{1b}",
            "\u{7f}",
            "é",
            "e\u{301}",
            "漢",
            "👍",
            "👨\u{200d}👩",
            "\u{200b}",
            "\u{301}",
            "\u{200d}",
            "\u{a0}",
            "—",
            "•",
            "“",
        ]);
        prop::collection::vec(pieces, 0..12).prop_map(|p| p.concat())
    }

    fn style() -> impl Strategy<Value = Style> {
        (0u8..4, 0u8..3).prop_map(|(m, c)| {
            let style = match m {
                0 => Style::default(),
                1 => Style::default().add_modifier(Modifier::BOLD),
                2 => Style::default().add_modifier(Modifier::REVERSED),
                _ => Style::default().add_modifier(Modifier::DIM),
            };
            match c {
                0 => style,
                1 => style.fg(Color::Red),
                _ => style.remove_modifier(Modifier::BOLD),
            }
        })
    }

    fn line() -> impl Strategy<Value = Line<'static>> {
        (
            prop::collection::vec((text(), style()), 0..4),
            style(),
            prop::sample::select(vec![None, Some(Alignment::Left), Some(Alignment::Right)]),
        )
            .prop_map(|(spans, style, alignment)| {
                let mut line = Line::from(
                    spans
                        .into_iter()
                        .map(|(text, style)| Span::styled(text, style))
                        .collect::<Vec<_>>(),
                )
                .style(style);
                line.alignment = alignment;
                line
            })
    }

    proptest! {
        #[test]
        fn any_lines_are_drawn_as_the_paragraph_draws_them(
            lines in prop::collection::vec(line(), 0..8),
            (x, y, width, height) in (0u16..3, 0u16..3, 0u16..24, 0u16..10),
            block in any::<bool>(),
        ) {
            let buffer = Rect::new(0, 0, 26, 12);
            let (expected, got) = both(lines, buffer, Rect::new(x, y, width, height), block);
            prop_assert_eq!(got, expected);
        }
    }
}
