"""Extraction: one Article in, one FactSheet out, with spaCy rules per paragraph.

`extract_all` streams articles through `nlp.pipe` so no step holds every Doc at once.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from ..articles import Article
from ..factsheet import FactSheet

# Bump whenever extraction output may change: cached fact sheets from another version are redone.
EXTRACTOR_VERSION = "0.1.0"


def extract(article: Article, nlp) -> FactSheet:
    return next(extract_all([article], nlp))


def extract_all(articles: Iterable[Article], nlp) -> Iterator[FactSheet]:
    raise NotImplementedError
