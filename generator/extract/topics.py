"""Topics: the places, organisations and nationalities an article keeps returning to."""
from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from .lexicon import NATIONALITIES

_KINDS = ("GPE", "ORG", "NORP", "LOC")
_PLACES = ("GPE", "LOC")
# Words that, written after a place's name, make it a place of that kind: "Washington state".
_PLACE_KINDS = frozenset(("state", "county", "province", "region", "territory", "district"))
_MAX_TOPICS = 5


def topics(docs: list[Doc], person_words: set[str]) -> list[str]:
    """Up to five tags: entities named at least twice (nationalities as countries), sorted by name."""
    counts: Counter[str] = Counter()
    places: set[str] = set()
    of_a_kind: set[str] = set()  # places the article also names with their kind: "Washington state"
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ not in _KINDS:
                continue
            if _marker(ent):
                continue  # "((WN))": a transcript's speaker marker, not an entity of the story
            tag = normalise(ent.text, ent.label_)
            if tag and not set(tag.split()) & person_words:
                counts[tag] += 1
                if ent.label_ in _PLACES:
                    places.add(tag)
                    if ent.end < len(doc) and doc[ent.end].text in _PLACE_KINDS:
                        of_a_kind.add(tag)
    _join_short_forms(counts, places - of_a_kind)
    recurring = [(n, tag) for tag, n in counts.items() if n >= 2]
    top = sorted(recurring, key=lambda pair: (-pair[0], pair[1]))[:_MAX_TOPICS]
    return sorted(tag for _, tag in top)


def _join_short_forms(counts: Counter[str], places: set[str]) -> None:
    """Count a place's short forms as the place. An article that names a place in full, its name then
    its region ("Washington, D.C.", "Portland, Oregon"), means that place by the bare name: "Washington"
    is Washington, D.C. there, and one topic, not two. The region alone is another place ("Oregon"),
    unless it is an abbreviation written with points ("D.C."), which names the place itself. Only when
    the region is a place the article names or such an abbreviation: "New York City" does not take in
    "New York" (the state, perhaps). `places` leaves out names the article writes with a kind of place
    after them: where "Washington state" is written, a bare "Washington" may be the state."""
    for full in sorted(places, key=lambda t: (-len(t.split()), t)):
        if full not in counts:
            continue  # itself the short form of a longer name, already counted there
        words = full.replace(",", " ").split()
        for cut in range(1, len(words)):
            name, region = " ".join(words[:cut]), " ".join(words[cut:])
            abbreviation = re.fullmatch(r"(?:[A-Z]\.){2,}", region) is not None
            if name not in places or name not in counts or not (region in places or abbreviation):
                continue
            counts[full] += counts.pop(name)
            if abbreviation and region in counts:
                counts[full] += counts.pop(region)
            break


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
