"""Quotation-marked spans of one paragraph, paired so multi-sentence quotes stay whole."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .names import text_of

_OPEN, _CLOSE, _STRAIGHT = "“«„", "”»", '"'
_SINGLES = "‘’'"
# What may stand just before an opening single mark and just after the word a closing one ends.
_BEFORE_OPEN = "([—–-\"“«"


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted span: character offsets of its content (marks excluded) and its tokens."""

    start_char: int
    end_char: int
    text: str
    span: Span  # the tokens of the content


def quote_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the content between paired quotation marks: double ones, and
    single ones outside them ('I want you to work,' she said)."""
    doubles = _double_ranges(text)
    singles = [(start, end) for start, end in _single_ranges(text)
               if not any(start < e + 1 and s - 1 < end for s, e in doubles)]
    return sorted(doubles + singles)


def _single_ranges(text: str) -> list[tuple[int, int]]:
    """Single-quoted spans, told from apostrophes: the opening mark starts a word after a space ("'I",
    not "don't", "'90s"), the closing one ends a word before a space or punctuation ("work,'", not
    "Khan's"; "the girls' school" is a plural possessive). An unclosed mark opens nothing."""
    ranges, open_at = [], None
    for i, char in enumerate(text):
        if char not in _SINGLES:
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if open_at is None:
            if char != "’" and (before.isspace() or before in _BEFORE_OPEN) and (after.isalpha() or after in "[…"):
                open_at = i + 1
        elif char != "‘" and not before.isspace() and not after.isalnum() \
                and not (before in "sS" and after == " " and text[i + 2:i + 3].islower()):
            if any(c.isalpha() for c in text[open_at:i]):
                ranges.append((open_at, i))
            open_at = None
    return ranges


def _double_ranges(text: str) -> list[tuple[int, int]]:
    ranges, open_at = [], None
    for i, char in enumerate(text):
        if open_at is None and (char in _OPEN or char == _STRAIGHT):
            open_at = i + 1
        elif open_at is not None and (char in _CLOSE or char == _STRAIGHT or char in _OPEN and _closes(text, i)):
            ranges.append((open_at, i))
            open_at = None
        elif open_at is not None and char in _OPEN:
            open_at = i + 1  # an unclosed quote: a new one starts here
    if open_at is not None and text[open_at:].strip():
        ranges.append((open_at, len(text)))  # runs to the end (the next paragraph continues it)
    return ranges


def _closes(text: str, i: int) -> bool:
    """ '"... the Administration's misguided decision.“ However, ...': an opening mark typed where a quote
    ends (after a word or a full stop, before a space or the paragraph's end) closes the open quote."""
    after = text[i + 1:i + 2]
    return i > 0 and not text[i - 1].isspace() and (not after or after.isspace())


def quotes(doc: Doc) -> list[Quote]:
    out = []
    text = text_of(doc)
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


def nested(quote: Quote) -> list[Quote]:
    """Single-quoted spans inside a double-quoted one ("... and he said, 'Let's talk about it tomorrow.'")."""
    doc = quote.span.doc
    text = text_of(doc)
    before = text[:quote.start_char].rstrip()[-1:]
    if not before or before not in _OPEN + _STRAIGHT:
        return []
    out = []
    for start, end in _single_ranges(quote.text):
        stripped = quote.text[start:end].strip()
        first = quote.start_char + start + len(quote.text[start:end]) - len(quote.text[start:end].lstrip())
        span = doc.char_span(first, first + len(stripped), alignment_mode="expand") if stripped else None
        if span is not None and len(span):
            out.append(Quote(first, first + len(stripped), stripped, span))
    return out


def inside(quotes_: list[Quote]) -> set[int]:
    """Token indices within any quote, marks included."""
    tokens: set[int] = set()
    for q in quotes_:
        first = max(q.span.start - 1, 0)
        last = min(q.span.end + 1, len(q.span.doc))
        tokens.update(range(first, last))
    return tokens
