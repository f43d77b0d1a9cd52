"""Topics: the places, organisations and nationalities an article keeps returning to."""
from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from .lexicon import NATIONALITIES, ORG_WORDS
from .names import ents_of, token_texts, tokens_of

_KINDS = ("GPE", "ORG", "NORP", "LOC")
_PLACES = ("GPE", "LOC")
# Words that, written after a place's name, make it a place of that kind: "Washington state".
_PLACE_KINDS = frozenset(("state", "county", "province", "region", "territory", "district"))
_MAX_TOPICS = 5
# Institutions every country has one of: alone, "Senate" or "Parliament" says nothing of whose, and a
# topic page of them would mix countries. They are qualified by a country or left out.
_NEEDS_COUNTRY = frozenset((
    "House", "House of Representatives", "Senate", "Congress", "Parliament", "National Assembly",
    "Assembly", "Legislature", "Supreme Court", "High Court", "Constitutional Court", "Court",
    "Cabinet", "Government", "Ministry", "Armed Forces", "Army", "Navy", "Air Force", "Coast Guard",
    "Police", "National Police", "Department of Justice", "Justice Department", "Interior Ministry",
    "Foreign Ministry", "Ministry of Defence", "Ministry of Health", "Central Bank", "Legislative Assembly",
))
# A party's name before an institution says who holds it, not whose it is: "the Republican Senate".
_PARTISAN = frozenset(("Republican", "Democratic", "Democrat", "Conservative", "Labour", "Liberal"))
# A country's short form opening a longer name, written out as the topic of the country is:
# "US Supreme Court" and "U.S. Supreme Court" are the United States Supreme Court.
_SHORT_COUNTRY_PREFIXES = {"U.S.": "United States", "US": "United States", "U.S": "United States",
                           "UK": "United Kingdom", "U.K.": "United Kingdom"}
# Countries, for finding the one an article is about; short forms the articles use for them.
_COUNTRIES = frozenset(NATIONALITIES.values()) - {"European Union", "Korea"}
_COUNTRY_FORMS = {"UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
                  "Great Britain": "United Kingdom"}
# Names that are no subject of a story: time zones written beside a local time ("0040 UTC").
_NOT_TOPICS = frozenset(("UTC", "GMT", "EDT", "EST", "CDT", "CST", "PDT", "PST", "BST", "CET", "CEST"))
# Another name of a topic, spoken rather than written: one page, under the written name.
_OTHER_NAMES = {"Corona": "COVID-19", "Coronavirus": "COVID-19", "coronavirus": "COVID-19"}


def topics(docs: list[Doc], person_words: set[str]) -> list[str]:
    """Up to five tags: entities named at least twice (nationalities as countries), sorted by name."""
    mentions = [(tag, ent) for doc in docs for ent in ents_of(doc)
                if ent.label_ in _KINDS and not _marker(ent)  # "((WN))": a transcript's speaker marker
                and (tag := _OTHER_NAMES.get(tag_of(ent), tag_of(ent)))
                and tag not in _NOT_TOPICS and not set(tag.split()) & person_words]
    named = [(_qualified(tag, ent), ent) for tag, ent in mentions]
    whose = _institution_names({tag for tag, _ in named}, country_of(mentions))
    counts: Counter[str] = Counter()
    places: set[str] = set()
    of_a_kind: set[str] = set()  # places the article also names with their kind: "Washington state"
    for tag, ent in named:
        if (tag := whose.get(tag, tag)) is None:
            continue
        counts[tag] += 1
        if ent.label_ in _PLACES:
            places.add(tag)
            if ent.end < len(ent.doc) and ent.doc[ent.end].text in _PLACE_KINDS:
                of_a_kind.add(tag)
    _join_short_forms(counts, places - of_a_kind)
    _join_parts(counts, places)
    counts = _renamed(counts, lambda tag: _institution_name(tag, places) or (
        tag if tag in places or tag in _COUNTRIES else _whole_name(tag, docs)))
    recurring = [(n, tag) for tag, n in counts.items() if n >= 2]
    top = sorted(recurring, key=lambda pair: (-pair[0], pair[1]))[:_MAX_TOPICS]
    return sorted(tag for _, tag in top)


def tag_of(ent) -> str:
    tag = normalise(ent.text, ent.label_)
    first, _, rest = tag.partition(" ")
    if rest and first in _SHORT_COUNTRY_PREFIXES:
        return f"{_SHORT_COUNTRY_PREFIXES[first]} {rest}"
    if rest and first in _PARTISAN and rest in _NEEDS_COUNTRY:
        return rest
    return tag


def country_of(mentions: list[tuple[str, object]]) -> str | None:
    """The one country the article is about: the only country it names at least twice (by name or
    nationality), or None when it names none or several that often."""
    named = Counter(_COUNTRY_FORMS.get(tag, tag) for tag, _ in mentions)
    recurring = [c for c, n in named.items() if c in _COUNTRIES and n >= 2]
    return recurring[0] if len(recurring) == 1 else None


def _qualified(tag: str, ent) -> str:
    """An institution with the place written just before it: "the U.S. Senate", "the Philippine Coast
    Guard", "the Puerto Rico Supreme Court" (a state's or territory's is no country's)."""
    if tag not in _NEEDS_COUNTRY:
        return tag
    for before in ent.doc.ents:
        if before.end == ent.start and before.label_ in ("GPE", "NORP"):
            place = _COUNTRY_FORMS.get(name := tag_of(before), name)
            return f"{place} {tag}" if place and (before.label_ == "GPE" or place in _COUNTRIES) else tag
    return tag


def _institution_names(tags: set[str], country: str | None) -> dict[str, str | None]:
    """What each bare institution the article names stands for: the one full name it writes
    elsewhere ("Senate" is the Puerto Rico Senate where the article writes that, "House" the United
    States House of Representatives), else the
    institution of the one country the article is about, else None (left out)."""
    whose: dict[str, str | None] = {}
    for bare in sorted(tags & _NEEDS_COUNTRY):
        written = [t for t in tags if f" {bare}" in t and t not in _NEEDS_COUNTRY
                   and re.search(rf" {re.escape(bare)}(?: |$)", t)]
        if len(written) == 1:
            whose[bare] = written[0]
        else:
            whose[bare] = f"{country} {bare}" if country else None
    return whose


# Place names written with "the": the plural ones, and those naming a union or a form of state.
_WITH_THE = frozenset(("Philippines", "Netherlands", "Bahamas", "Maldives", "Gambia", "Comoros", "Seychelles"))
_STATE_WORDS = ("United ", "Republic", "Kingdom", "Emirates", "Islands", "Federation")


def _institution_name(tag: str, places: set[str]) -> str | None:
    """A place's institution named "<institution> of <place>", as the news names them in full and as
    a page name reads: "Parliament of the United Kingdom", "Armed Forces of the Philippines", "Senate of
    Puerto Rico", whether the article writes "the UK Parliament", "Philippine" before it or the bare
    "Senate" in a story about the one place. One name for one institution whichever way an article
    writes it, so one page. A name with an "of" of its own keeps the place in front, as the news writes
    it, rather than chain two: "United States House of Representatives", "United States Department of
    Justice". None for a topic that is no place's institution."""
    for institution in sorted(_NEEDS_COUNTRY, key=lambda i: (-len(i), i)):
        place = tag.removesuffix(f" {institution}")
        if place != tag and (place in _COUNTRIES or place in places):
            return tag if " of " in institution else f"{institution} of {_with_the(place)}"
    return None


def _with_the(place: str) -> str:
    return f"the {place}" if place in _WITH_THE or any(w in place for w in _STATE_WORDS) else place


def _whole_name(tag: str, docs: list[Doc]) -> str:
    """A one-word topic the article uses as the short form of a longer name: it writes the word only
    as the end of that one name, mid-sentence, or after "the" ("crossed the English Channel", then
    "across the Channel"). A capital "The" mid-sentence is part of the name: "according to The Times"
    is The Times. Kept as it is when the article writes the word another way ("in Poland" beside "North
    Poland") or ends two names with it. Places are not asked: a country tagged for its nationality
    ("Japanese") is no fragment of the one name the article writes it in ("Netflix Japan")."""
    if " " in tag or tag.isupper():
        return tag
    wholes = set()
    for doc in docs:
        texts, tokens = token_texts(doc), tokens_of(doc)
        for i in (i for i, text in enumerate(texts) if text == tag):
            start = i
            while start > 0 and tokens[start - 1].is_title and not tokens[start - 1].is_sent_start:
                start -= 1
            if start < i and not tokens[start - 1].is_title:  # a name mid-sentence: "the English Channel"
                words = list(texts[start:i + 1])
                wholes.add(" ".join(words[1:] if words[0] == "The" and len(words) > 2 else words))
            elif start == i and (i == 0 or texts[i - 1] != "the"):
                return tag  # written on its own, not as a short form: "in Poland"
    return wholes.pop() if len(wholes) == 1 else tag


def _renamed(counts: Counter[str], name_of) -> Counter[str]:
    renamed: Counter[str] = Counter()
    for tag in sorted(counts):
        renamed[name_of(tag)] += counts[tag]
    return renamed


def _join_parts(counts: Counter[str], places: set[str]) -> None:
    """Count a name written short as the name when the article also writes it whole, one word longer:
    a kind of organisation after it ("Thai Raksa Chart" is the Thai Raksa Chart Party) or a
    nationality before it ("Channel" is the English Channel). Only one word, and only these: "GitHub"
    is not "GitHub Trust", nor "Omsk" "Omsk in Siberia". Places keep their own count, and a short
    name that fits two long ones joins neither."""
    for part in sorted(counts, key=lambda t: (len(t.split()), t)):
        if part in places:
            continue
        wholes = [t for t in counts if _is_whole(part, t)]
        if len(wholes) == 1:
            counts[wholes[0]] += counts.pop(part)


def _is_whole(part: str, whole: str) -> bool:
    words = whole.split()
    if len(words) != len(part.split()) + 1:
        return False
    if whole.startswith(part + " "):
        return words[-1] in ORG_WORDS
    return whole.endswith(" " + part) and words[0].lower() in NATIONALITIES


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
