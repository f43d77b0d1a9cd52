"""Extraction: one Article in, one FactSheet out, with spaCy rules per paragraph.

`extract_all` streams articles through `nlp.pipe` so no step holds every Doc at once.
"""
from __future__ import annotations

import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from ..articles import Article
from ..factsheet import FactSheet, Person, Where

# Bump whenever extraction output may change: cached fact sheets from another version are redone.
EXTRACTOR_VERSION = "0.57.0"


def extract(article: Article, nlp) -> FactSheet:
    return next(extract_all([article], nlp))


@dataclass(frozen=True)
class Unfinished:
    """An article the rules failed on: a fault of the extractor, not of the article. A run that
    keeps going reports it and writes the other articles' sheets."""

    id: str
    source: str
    fault: str  # the exception and the line of the extractor that raised it

    def __str__(self) -> str:
        return (f"{self.source}: not extracted, the extractor failed on it ({self.fault}); "
                "please report this with the article")


def extract_all(articles: Iterable[Article], nlp, keep_going: bool = False) -> Iterator[FactSheet | Unfinished]:
    """One fact sheet per article, in order. The parser sees one paragraph at a time (it merges
    sentences across blank lines); paragraphs of all articles stream through one `nlp.pipe`, and
    only the current article's Docs are held. With `keep_going`, an article the rules fail on
    yields an `Unfinished` in its place instead of ending the stream."""
    stream = nlp.pipe(_texts(articles), as_tuples=True)
    for _, group in groupby(stream, key=lambda pair: pair[1][0]):
        docs = [(doc, context) for doc, context in group]
        article = docs[0][1][1]
        try:
            yield sheet_for(article, docs[0][0], [doc for doc, _ in docs[1:]], nlp)
        except Exception as exc:
            if not keep_going:
                raise
            yield Unfinished(article.id, article.source, _fault(exc))


def _fault(exc: Exception) -> str:
    """ "TypeError: ... at statements.py:1018": what went wrong and where, for the bug report."""
    last = traceback.extract_tb(exc.__traceback__)[-1]
    return f"{type(exc).__name__}: {exc} at {Path(last.filename).name}:{last.lineno}"


def _texts(articles: Iterable[Article]) -> Iterator[tuple[str, tuple[int, Article]]]:
    """(text, (article number, article)): the headline first, then each paragraph."""
    for n, article in enumerate(articles):
        yield article.title, (n, article)
        for paragraph in article.paragraphs:
            yield paragraph, (n, article)


def sheet_for(article: Article, headline, paragraphs: list, nlp=None) -> FactSheet:
    from .disputes import disputes, quoted_disputes, refer_back
    from .people import HEADLINE, build_cast
    from .quotes import inside, quotes
    from .resolve import Resolver
    from .roles import roles
    from .statements import (
        Paragraph,
        block_quotes,
        direct_statements,
        handed_over,
        indirect_statements,
        sentence_index,
    )
    from .topics import topics
    from .transcript import keeps, transcript_paragraphs

    numbered = list(enumerate(paragraphs)) + [(HEADLINE, headline)]
    cast = build_cast(numbered, article.outlet)
    docs = dict(numbered)
    found = [quotes(doc) for doc in paragraphs]
    paras = [Paragraph(i, doc, tuple(found[i]), frozenset(inside(found[i])), nlp) for i, doc in enumerate(paragraphs)]
    resolver = Resolver(cast, docs, {p.index: set(p.quoted) for p in paras})
    role_map = roles(cast, docs, resolver)
    resolver.titles = {pid: {w.lower() for r in role_map[pid] for w in r.title.replace("-", " - ").split()} | (
        {"president-elect"} if any("-elect" in r.title.lower() for r in role_map[pid]) else set())
        for pid in role_map}
    resolver.bodies = {pid: {w.lower() for r in role_map[pid] if r.organization for w in r.organization.split()}
                       | {i for r in role_map[pid] if r.organization and len(i := _initials(r.organization)) > 1}
                       for pid in role_map}
    statements, found_disputes, last = [], [], None
    transcript = transcript_paragraphs(paragraphs)
    blocks = block_quotes(paras, resolver, transcript)
    for para in paras:
        if para.index in blocks:  # a block quotation: the speaker's words, not narration
            statements.append(blocks[para.index])
            continue
        direct, last = direct_statements(para, resolver, last)
        last = handed_over(para, resolver) or last  # "X said:" hands the next paragraph's quotes to X
        cues = _direct_cues(para, direct)
        found = sorted(direct + indirect_statements(para, resolver, cues),
                       key=lambda s: (s.where.sentence, s.kind != "indirect"))
        if para.index in transcript:  # an interview's own words: only the quotations they report stand
            found = [s for s in found if keeps(s, para.doc)]
        statements += found
        if para.index not in transcript:
            found_disputes += disputes(para, resolver) + quoted_disputes(para, direct, resolver)
    people = []
    for pid in cast.names:
        first = next((m for m, p in cast.mentions if p == pid and m.para != HEADLINE), None)
        where = Where(first.para, sentence_index(docs[first.para], first.start)) if first else None
        people.append(Person(pid, cast.names[pid], tuple(cast.aliases[pid]), tuple(role_map[pid]), where))
    people.sort(key=lambda p: (p.where is None, p.where.paragraph if p.where else 0,
                               p.where.sentence if p.where else 0, p.id))
    person_words = {w for p in people for n in (p.name, *p.aliases) for w in n.split()}
    sheet = FactSheet(
        id=article.id, title=article.title, source=article.source, date=article.date, url=article.url,
        outlet=article.outlet, license=article.license, author=article.author,
        source_sha256=article.sha256, extractor=EXTRACTOR_VERSION, people=tuple(people),
        statements=tuple(statements), disputes=tuple(refer_back(found_disputes, statements)),
        topics=tuple(topics([headline, *paragraphs], person_words)), paragraphs=article.paragraphs)
    for doc in (headline, *paragraphs):  # cached tokens and entity spans refer back to their Doc: let it be freed
        doc.user_data.pop("tokens", None)
        doc.user_data.pop("ents", None)
        doc.user_data.pop("frame", None)
    return sheet


def _initials(name: str) -> str:
    """ "Food and Agriculture Organization" -> "fao": the initials a body is also called by."""
    return "".join(w[0] for w in name.split() if w[:1].isupper()).lower()


def _direct_cues(para, direct) -> dict:
    """Start token of each quote -> its cue token, so reported speech does not repeat a quote."""
    from .statements import quoting_cue

    out = {}
    for quote in para.quotes:
        cue = quoting_cue(quote, para)
        if cue is not None:
            out[quote.span.start] = cue
    return out
