"""Where each fact sits in its article's text: the sentences it came from, as anchors pages link to.

Rendering must not load spaCy, so sentences are split here by punctuation. A fact is placed by
finding its own text in its paragraph (the `where.sentence` index is the fallback), and the
sentences it covers become one anchored span; facts whose spans overlap share one span.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .factsheet import Dispute, FactSheet, Statement

Fact = Statement | Dispute

# A sentence ends at . ! ? (closing quotes and brackets stay with it) before a capital, digit or
# opening quote.
_END = re.compile(r"[.!?]+[\"”’»)\]]*\s+(?=[\"“‘«(\[]?[A-Z0-9])")
# Words ending in a period that rarely end a sentence: initials ("U.S.", "J."), titles.
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Jr|Sr|No|Prof|"
                           r"Mt|Ft|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.)$")


def one_line(text: str) -> str:
    return " ".join(text.split())


def split_sentences(paragraph: str) -> list[str]:
    """The paragraph's sentences, whitespace collapsed; joined by single spaces they give it back."""
    text = one_line(paragraph)
    sentences, start = [], 0
    for match in _END.finditer(text):
        if _ABBREVIATION.search(text[start:match.start() + 1]) and match.group().strip() == ".":
            continue
        sentences.append(text[start:match.end()].rstrip())
        start = match.end()
    if start < len(text):
        sentences.append(text[start:])
    return sentences


@dataclass(frozen=True, slots=True)
class Span:
    """Sentences `first`..`last` (0-based, inclusive) of one paragraph, under one anchor."""

    paragraph: int
    first: int
    last: int

    @property
    def anchor(self) -> str:
        return f"p{self.paragraph + 1}-s{self.first + 1}"


@dataclass(frozen=True, slots=True)
class Provenance:
    """One article's text cut into sentences, and the span each fact links to."""

    sentences: tuple[tuple[str, ...], ...]  # per paragraph
    spans: tuple[tuple[Span, ...], ...]  # per paragraph, in order, never overlapping
    of_fact: dict[Fact, Span]

    def anchor(self, fact: Fact) -> str | None:
        """The anchor of the sentences a fact came from; its paragraph's when they were not found."""
        span = self.of_fact.get(fact)
        if span is not None:
            return span.anchor
        where = fact.where
        if where is not None and 0 <= where.paragraph < len(self.sentences):
            return f"p{where.paragraph + 1}"
        return None


def provenance(sheet: FactSheet) -> Provenance:
    sentences = tuple(tuple(split_sentences(p)) for p in sheet.paragraphs)
    found: dict[Fact, tuple[int, int, int]] = {}
    for fact in (*sheet.statements, *sheet.disputes):
        place = _place(fact, sentences)
        if place is not None:
            found[fact] = place
    spans = [_merge(sorted((a, b) for (p, a, b) in found.values() if p == n), n) for n in range(len(sentences))]
    of_fact = {fact: next(s for s in spans[p] if s.first <= a and b <= s.last)
               for fact, (p, a, b) in found.items()}
    return Provenance(sentences=sentences, spans=tuple(spans), of_fact=of_fact)


def _place(fact: Fact, sentences: tuple[tuple[str, ...], ...]) -> tuple[int, int, int] | None:
    """(paragraph, first sentence, last sentence) of the fact's text, or None when not known."""
    where = fact.where
    if where is None or not 0 <= where.paragraph < len(sentences) or not sentences[where.paragraph]:
        return None
    parts = sentences[where.paragraph]
    text, needle = " ".join(parts), one_line(fact.text)
    at = text.find(needle) if needle else -1
    if at < 0:
        if not 0 <= where.sentence < len(parts):
            return None
        return where.paragraph, where.sentence, where.sentence
    return where.paragraph, _sentence_at(parts, at), _sentence_at(parts, at + len(needle) - 1)


def _sentence_at(parts: tuple[str, ...], offset: int) -> int:
    end = -1
    for n, part in enumerate(parts):
        end += len(part) + 1  # the joining space belongs to the sentence before it
        if offset < end:
            return n
    return len(parts) - 1


def _merge(ranges: list[tuple[int, int]], paragraph: int) -> tuple[Span, ...]:
    merged: list[list[int]] = []
    for first, last in ranges:
        if merged and first <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], last)
        else:
            merged.append([first, last])
    return tuple(Span(paragraph, first, last) for first, last in merged)
