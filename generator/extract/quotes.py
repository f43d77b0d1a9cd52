"""Quotation-marked spans of one paragraph, paired so multi-sentence quotes stay whole."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

_OPEN, _CLOSE, _STRAIGHT = "“«„", "”»", '"'


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted span: character offsets of its content (marks excluded) and its tokens."""

    start_char: int
    end_char: int
    text: str
    span: Span  # the tokens of the content


def quote_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the content between paired double quotation marks."""
    ranges, open_at = [], None
    for i, char in enumerate(text):
        if open_at is None and (char in _OPEN or char == _STRAIGHT):
            open_at = i + 1
        elif open_at is not None and (char in _CLOSE or char == _STRAIGHT):
            ranges.append((open_at, i))
            open_at = None
        elif open_at is not None and char in _OPEN:
            open_at = i + 1  # an unclosed quote: a new one starts here
    if open_at is not None and text[open_at:].strip():
        ranges.append((open_at, len(text)))  # runs to the end (the next paragraph continues it)
    return ranges


def quotes(doc: Doc) -> list[Quote]:
    out = []
    text = doc.text  # built afresh from the tokens on every access: read it once
    for start, end in quote_ranges(text):
        content = text[start:end]
        stripped = content.strip()
        if not stripped:
            continue
        lead = len(content) - len(content.lstrip())
        span = doc.char_span(start + lead, start + lead + len(stripped), alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        out.append(Quote(start + lead, start + lead + len(stripped), stripped, span))
    return out


def inside(quotes_: list[Quote]) -> set[int]:
    """Token indices within any quote, marks included."""
    tokens: set[int] = set()
    for q in quotes_:
        first = max(q.span.start - 1, 0)
        last = min(q.span.end + 1, len(q.span.doc))
        tokens.update(range(first, last))
    return tokens
