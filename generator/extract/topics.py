"""Topics: the places, organisations and nationalities an article keeps returning to."""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from .lexicon import NATIONALITIES

_KINDS = ("GPE", "ORG", "NORP", "LOC")
_MAX_TOPICS = 5


def topics(docs: list[Doc], person_words: set[str]) -> list[str]:
    """Up to five tags: entities named at least twice (nationalities as countries), sorted by name."""
    counts: Counter[str] = Counter()
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ not in _KINDS:
                continue
            if _marker(ent):
                continue  # "((WN))": a transcript's speaker marker, not an entity of the story
            tag = normalise(ent.text, ent.label_)
            if tag and not set(tag.split()) & person_words:
                counts[tag] += 1
    recurring = [(n, tag) for tag, n in counts.items() if n >= 2]
    top = sorted(recurring, key=lambda pair: (-pair[0], pair[1]))[:_MAX_TOPICS]
    return sorted(tag for _, tag in top)


def _marker(ent) -> bool:
    doc = ent.doc
    before, after = doc[max(ent.start - 2, 0):ent.start].text, doc[ent.end:ent.end + 2].text
    return before.replace(" ", "") == "((" and after.replace(" ", "") == "))"


def normalise(text: str, label: str) -> str:
    text = text.strip()
    for prefix in ("the ", "The "):
        text = text.removeprefix(prefix)
    for suffix in ("'s", "’s", "'", "’"):
        text = text.removesuffix(suffix)
    if label == "NORP":
        return NATIONALITIES.get(text.lower().rstrip("s"), NATIONALITIES.get(text.lower(), ""))
    if text.lower() in ("u.s.", "us", "u.s", "united states of america"):
        return "United States"
    return text if any(c.isupper() for c in text) else ""
