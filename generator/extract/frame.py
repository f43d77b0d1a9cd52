"""The frame of a paragraph's quotations: the paragraph parsed again with each long quotation's words replaced by
a placeholder, so the small parser sees only the narration around them ("“...,” said Jane Doe, the mayor of
Springfield.") and does not hang the reporting verb, its subject or an apposition on the quotation's clauses."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .names import text_of
from .quotes import Quote, inside, quotes

# Words a quotation needs before its own clauses can mislead the parser; shorter ones are parsed as they are.
MIN_WORDS = 6
# What stands between the marks instead of the words: a short clause, with the quotation's last mark kept.
PLACEHOLDER = "It is so"
_ENDS = ",.!?…;:"


@dataclass(frozen=True, slots=True)
class Frame:
    """A paragraph's narration parsed with its long quotations masked: the masked Doc, its quotes (one per
    quote of the paragraph, in the same order) and where each of its tokens stands in the paragraph's Doc."""

    doc: Doc
    quotes: tuple[Quote, ...]
    quoted: frozenset[int]
    original: dict[int, int]  # frame token -> paragraph token (tokens outside the placeholders)
    framed: dict[int, int]  # paragraph token -> frame token


def masked(text: str, found: list[Quote]) -> tuple[str, list[tuple[int, int, int]]] | None:
    """The text with each long quotation's words replaced by the placeholder, and the pieces copied as they
    were, as (start in the masked text, start in the text, length); None when no quotation is long."""
    long = [q for q in found if long_sentences(q)]
    if not long:
        return None
    out, pieces, at, size = [], [], 0, 0
    for quote in long:
        pieces.append((size, at, quote.start_char - at))
        out.append(text[at:quote.start_char])
        size += quote.start_char - at
        end = quote.text.rstrip("”’\"' ")[-1:]
        word = PLACEHOLDER + (end if end in _ENDS else "")
        out.append(word)
        size += len(word)
        at = quote.end_char
    pieces.append((size, at, len(text) - at))
    out.append(text[at:])
    return "".join(out), pieces


def long_sentences(quote: Quote) -> bool:
    """A quotation of whole sentences, long enough for its clauses to mislead the parser: it opens with a capital
    ("[I]ncreasingly" too), not a fragment the narration's grammar runs through ('called it "the darkest ..."')."""
    first = next((c for c in quote.text if c.isalpha()), "")
    return first.isupper() and sum(1 for w in quote.text.split() if any(c.isalpha() for c in w)) >= MIN_WORDS


def _frame(doc: Doc, found: tuple[Quote, ...], parsed: Doc, pieces: list[tuple[int, int, int]]) -> Frame | None:
    """The frame of `doc` from the parse of its masked text; None where the quotation marks do not pair the same
    way in both (a frame must have one quote per quote of the paragraph)."""
    framed_quotes = quotes(parsed)
    if len(framed_quotes) != len(found):
        return None
    starts = {t.idx: t.i for t in doc}
    original, framed = {}, {}
    for token in parsed:
        piece = next((p for p in pieces if p[0] <= token.idx < p[0] + p[2]), None)
        if piece is None:
            continue
        i = starts.get(token.idx - piece[0] + piece[1])
        if i is not None and doc[i].text == token.text:
            original[token.i] = i
            framed[i] = token.i
    return Frame(parsed, tuple(framed_quotes), frozenset(inside(framed_quotes)), original, framed)


def frame_of(doc: Doc, found: tuple[Quote, ...], nlp) -> Frame | None:
    """The frame of a paragraph with a long quotation (None for the others), parsed once, when first asked for (a
    long quote whose speaker the paragraph's own parse does not give), without the entity recogniser (the frame's
    entities are the paragraph's, copied over); cached on the Doc."""
    if "frame" not in doc.user_data:
        done = masked(text_of(doc), list(found)) if found else None
        frame = _frame(doc, found, nlp(done[0], disable=["ner"]), done[1]) if done is not None else None
        if frame is not None:
            _copy_entities(doc, frame)
        doc.user_data["frame"] = frame
    return doc.user_data["frame"]


def _copy_entities(doc: Doc, frame: Frame) -> None:
    """The paragraph's entities on the frame's tokens, where every token of one is there."""
    ents = []
    for ent in doc.ents:
        start, end = frame.framed.get(ent.start), frame.framed.get(ent.end - 1)
        if start is not None and end is not None and end - start == ent.end - 1 - ent.start:
            ents.append(Span(frame.doc, start, end + 1, label=ent.label_))
    frame.doc.ents = ents
