"""People: named persons from NER, repaired by article-level passes, joined into one cast."""
from __future__ import annotations

import operator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..articles import slugify
from .lexicon import (
    CRAFT_WORDS,
    FEMALE_NAMES,
    FEMALE_NOUNS,
    HONORIFICS,
    LEGAL_FORMS_AFTER,
    LEGAL_FORMS_BEFORE,
    MALE_NAMES,
    MALE_NOUNS,
    NATIONALITIES,
    OFFICE_WORDS,
    ORG_NOUNS,
    ORG_WORDS,
    OTHER_FIRST_NAMES,
    PERSON_AGENTS,
    PET_NAMES,
    PLACE_WORDS,
    PLATFORMS,
    PRONOUN_GENDER,
    ROLE_NOUNS,
    SPEECH_VERBS,
    THING_NOUNS,
    THING_PREFIXES,
)
from .names import (
    NAME_SUFFIXES,
    adjective_word,
    after_kin,
    after_title,
    carried_on_by_he_or_she,
    clean_name,
    common_word,
    ent_of,
    ents_of,
    first_name,
    first_name_word,
    fold,
    introduced_as_kin,
    letter_label,
    name_spans,
    namesakes,
    office_in_apposition,
    paired_with_person,
    person_marked,
    person_noun,
    shares_surname,
    standalone,
    subtitle_after,
    surname_holders,
    token_texts,
)
from .quotes import quote_ranges

HEADLINE = -1  # the paragraph number given to the headline's Doc
_NAME_PREFIXES = frozenset(["Mc", "Mac", "O'", "O’", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz"])
_THING_LABELS = frozenset(["ORG", "FAC", "GPE", "LOC", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"])
_STORM_WORDS = frozenset(["Storm", "Hurricane", "Typhoon", "Cyclone", "Tropical"])
_COMPANY_WORDS = frozenset(["Holdings", "Group", "Inc", "Inc.", "Ltd", "Corporation", "Company"])


@dataclass(frozen=True, slots=True)
class Mention:
    """One place a person is named: paragraph (HEADLINE for the title), token range, the name as written."""

    para: int
    start: int
    end: int
    name: str
    standalone: bool = True  # False inside a name of a thing ("the Trump administration")


@dataclass
class Cast:
    """The people of one article and where each is mentioned."""

    names: dict[str, str] = field(default_factory=dict)  # id -> canonical name
    aliases: dict[str, list[str]] = field(default_factory=dict)
    mentions: list[tuple[Mention, str]] = field(default_factory=list)  # (mention, id), in text order
    at: dict[tuple[int, int], str] = field(default_factory=dict)  # (para, token) -> id
    gender: dict[str, str] = field(default_factory=dict)  # id -> "m" | "f"
    lead: set[str] = field(default_factory=set)  # ids named in full in the headline
    joined: dict[str, str] = field(default_factory=dict)  # names the canonical one does not contain -> id
    named_in_full: dict[str, int] = field(default_factory=dict)  # id -> times named in full in the body
    couples: set[frozenset[str]] = field(default_factory=set)  # ids named together: "David and Louise Turpin"
    first: dict[str, tuple[int, int]] = field(default_factory=dict)  # id -> where the body first names it in full


def build_cast(docs: list[tuple[int, Doc]], outlet: str | None = None,
               named: list[tuple[int, Span]] | None = None) -> Cast:
    """Join the names of all paragraphs (headline last) into people with ids, aliases and mentions.
    The publishing outlet ("Wikinews attended") is an organisation wherever it appears. When the people
    found have namesakes the model tagged things (see `names.namesakes`), the cast is built again with
    them (`named`: the name spans to build from)."""
    found: list[Mention] = []
    couples: list[tuple[str, str]] = []
    docs_by_para = dict(docs)
    spans = named or [(para, span) for para, doc in docs for span in name_spans(doc)]
    named_spans = spans
    alone = _named_alone(spans)
    for para, span in spans:
        shared = _shared_surname(span) if alone.get(_text(span), 0) < 2 else None
        if shared:
            couples.append((shared, _text(shares_surname(span[0]))))
        found.append(Mention(para, span.start, span.end, shared or _text(span), standalone(span)))
    births = {(m.para, m.start): _born_as(docs_by_para[m.para][m.start:m.end]) for m in found
              if m.para != HEADLINE and _born_as(docs_by_para[m.para][m.start:m.end]) is not False}
    other_names = {m.name for m in found if (m.para, m.start) in births}  # used again later ("as Luke Harper, ...")
    # The headline counts for people, but its title case fools NER: only its full names are trusted.
    body = [m for m in found if (m.para != HEADLINE or len(m.name.split()) > 1) and m.name not in other_names
            and not _named_after(m.name)]
    things = _things(docs)
    # each paragraph's words lowered in one string: a costume word never spans the line breaks between them
    lowered = ["\n".join(token_texts(doc)).lower() for _, doc in docs]
    costumed = any(word in text for text in lowered for word in _COSTUME_TEXT)
    # the outlet and the characters people play are no person whatever the text does with their names
    no_one = {fold(m.name) for m in found if m.para != HEADLINE and (
        _portrayed(docs_by_para[m.para][m.start:m.end])
        or costumed and _caption_character(docs_by_para[m.para][m.start:m.end]))} \
        | ({fold(outlet)} if outlet else set())
    by_para = dict(docs)
    lowercase = _lowercase_words(by_para)
    nouns = _lowercase_nouns(by_para)
    grouped = _group(body, _relatives(body, docs_by_para))
    # a thing where the article makes one of it, unless it names a person at some other place
    members = {fold(k): v for k, v in grouped.items()}
    things = {k for k in things if not _acts_as_person_somewhere(members.get(k, []), by_para)} | no_one
    full_words = {w for k in grouped if len(k.split()) > 1 and fold(k) not in things and "/" not in k
                  for w in k.split()}
    groups = {k: v for k, v in grouped.items() if fold(k) not in things and not _ticket(k, full_words)
              and (len(k.split()) > 1 or _lone_word_is_person(v, by_para, lowercase, full_words))
              and not _common_noun_name(v, by_para, nouns) and not _thing_not_person(v, by_para)
              and not _title_phrase(v, by_para) and not _company(v, by_para)}
    cast = Cast()
    for members in _join_second_surnames(groups).values():
        if not any(m.standalone for m in members):
            continue
        canonical = max((m.name for m in members), key=lambda n: (len(n.split()), -_first(members, n)))
        pid = slugify(canonical)
        if not pid:
            continue
        cast.joined.update({m.name: pid for m in members if not _contains(canonical.split(), m.name.split())})
        if pid in cast.names:
            continue
        cast.names[pid] = canonical
        cast.aliases[pid] = []
    cast.lead = {pid for m in found if m.para == HEADLINE and len(m.name.split()) > 1
                 and (pid := _resolve_name(m.name, cast))}
    for m in body:
        if m.para != HEADLINE and len(m.name.split()) > 1 and (pid := _resolve_name(m.name, cast)):
            cast.named_in_full[pid] = cast.named_in_full.get(pid, 0) + 1
            cast.first[pid] = min(cast.first.get(pid, (m.para, m.start)), (m.para, m.start))
    for given, full in couples:
        pair = frozenset((_resolve_name(given, cast), _resolve_name(full, cast)))
        if len(pair) == 2 and None not in pair:
            cast.couples.add(pair)
    for m in found:  # "Colin Sutherland, Lord Carloway, ...": the peer's title is another name of the man
        owner = _peerage_of(docs_by_para[m.para][m.start:m.end]) if m.para != HEADLINE else None
        full = next((f for f in found if f.para == m.para and owner is not None and f.start <= owner < f.end), None)
        pid = _resolve_name(full.name, cast) if full is not None and len(full.name.split()) > 1 else None
        if pid and slugify(m.name) != pid:
            cast.joined[m.name] = pid
            cast.names.pop(slugify(m.name), None)
            cast.aliases.pop(slugify(m.name), None)
    alias_words = _alias_words(cast)  # the loop below changes no name, join or count it reads
    named_last: dict[str, tuple[int, int]] = {}  # id -> (paragraph, mentions before) of its last naming in full
    for para, doc in docs:
        spans = {(m.start, m.end): m for m in found if m.para == para}
        for mention in _all_mentions(doc, para, spans, cast, alias_words):
            pid = _resolve_name(mention.name, cast)
            if pid is None:
                continue
            if para != HEADLINE and " " not in mention.name:
                pid = _last_named(mention.name, cast, named_last, para) or pid
            elif para != HEADLINE and not introduced_as_kin(doc[mention.start]) and not _owns(doc, mention.end):
                # a relative brought in ("his father, ...") or an owner ("Hunter Biden's laptop") is no new lead
                named_last[pid] = (para, len(cast.mentions))
            cast.mentions.append((mention, pid))
            for i in range(mention.start, mention.end):
                cast.at[(para, i)] = pid
            if mention.name != cast.names[pid] and mention.name not in cast.aliases[pid]:
                cast.aliases[pid].append(mention.name)
    for (para, start), owner in sorted(births.items()):
        pid = cast.at.get((para, owner)) if owner is not None else None
        name = next(m.name for m in found if (m.para, m.start) == (para, start))
        if pid and name != cast.names[pid] and name not in cast.aliases[pid]:
            cast.aliases[pid].append(name)  # "Ginger Baker was born Peter Edward Baker"
    cast.mentions.sort(key=lambda pair: (pair[0].para == HEADLINE, pair[0].para, pair[0].start))
    cast.gender = genders(cast, dict(docs))
    if named is None and len(more := _with_namesakes(docs, named_spans, cast)) > len(named_spans):
        return build_cast(docs, outlet, more)
    return cast


def _with_namesakes(docs: list[tuple[int, Doc]], spans: list[tuple[int, Span]], cast: Cast) -> list[tuple[int, Span]]:
    """The name spans with the namesakes of the cast's people named in full added (see `names.namesakes`)."""
    holders = surname_holders(cast.names.values())
    by_para: dict[int, list[Span]] = {}
    for para, span in spans:
        by_para.setdefault(para, []).append(span)
    out = []
    for para, doc in docs:
        own = by_para.get(para, [])
        covered = {i for span in own for i in range(span.start, span.end)}
        out.extend((para, span) for span in sorted(own + namesakes(doc, holders, covered), key=lambda s: s.start))
    return out


def _acts_as_person_somewhere(members: list[Mention], docs: dict[int, Doc]) -> bool:
    """Some mention in the body acts as a person where it stands (see `_acts_as_person`): what the article
    does with the name at one place ("publisher Tom Ward", "Acme magazine Ann Lee") makes no thing of the
    person it names at another."""
    return any(_acts_as_person(docs[m.para][m.start:m.end]) for m in members if m.para != HEADLINE)


def _acts_as_person(span: Span) -> bool:
    """Evidence at this place that the name is a person's: a title, family or role noun right before it, an
    office in apposition, or a subject that he or she carries on ("Ward confirmed that she ..."). Not a list
    with a person named in full: the model tags places and bodies listed with people as people too."""
    first, root = span[0], span.root
    if len(span) == 1 and (first.lower_ in OFFICE_WORDS or first.lower_ in ROLE_NOUNS):
        return False  # "his father, Sultan Said bin Taimur": a title the model tagged alone
    return after_title(first) or after_kin(first) or _after_role_noun(first) or office_in_apposition(root) \
        or carried_on_by_he_or_she(span) or person_marked(span)


def _named_after(name: str) -> bool:
    """ "Martin Luther King Jr. Day": a word after a name's suffix makes a thing named after the person."""
    words = name.lower().split()
    return len(words) > 2 and words[-2] in _SUFFIXES and words[-1] not in _SUFFIXES and name.split()[-1].istitle()


def _ticket(name: str, full_words: set[str]) -> bool:
    """ "the De La Fuente/Richardson ticket": two people's surnames joined by a slash, each the last word or
    the first of a person named in full elsewhere, name a pair, not a person ("Yusuf/Cat Stevens" is one)."""
    if name.count("/") != 1:
        return False
    left, right = name.split("/")
    return bool(left.split()) and bool(right.split()) and left.split()[-1] in full_words \
        and right.split()[0] in full_words


def _born_as(span: Span) -> int | None | bool:
    """A birth name ("was born Peter Edward Baker", "Born Robert Burns in ..., he ...") names the person
    the sentence is about, not a second one, as does a ring or stage name ("under the ring name Luke Harper"):
    the token of its named subject, None when the subject is a pronoun or missing, False when the span is
    no such name."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    if before is not None and before.lower_ == "name" and (span.root.head.i == before.i or before.head.i == span.root.i):
        return _name_bearer(before)  # "under the ring name Luke Harper", parsed as apposition or compound
    persona = _persona_bearer(span)
    if persona is not False:
        return persona
    if span.start == 0 or doc[span.start - 1].lower_ != "born" or span.root.head.i != span.start - 1:
        return False
    verb = doc[span.start - 1]
    if verb.dep_ == "advcl":
        verb = verb.head  # "Born Robert Burns in ..., he took ..."
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject.i if subject is not None and subject.pos_ == "PROPN" else None


# Kinds of name a person goes by besides their own: "under the ring name Luke Harper".
_NAME_KINDS = frozenset(["ring", "stage", "pen", "screen", "performing", "birth", "maiden", "real", "professional"])


def _name_bearer(noun: Token) -> int | None | bool:
    """ "Jon Huber, who performed under the ring name Luke Harper": a name in apposition to a kind of name
    ("ring name", "stage name") is another name of the subject of the clause it is in (through "who" to the
    person the clause describes): that subject's token, None when it is no name, False when no such kind."""
    if not any(c.dep_ in ("compound", "amod") and c.lower_ in _NAME_KINDS for c in noun.children):
        return False
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subject = verb.head
    return subject.i if subject is not None and subject.pos_ == "PROPN" else None


# Nouns of another name a person performs or writes under: "Turkington's alias of insult comedian Neil Hamburger".
_PERSONA_NOUNS = frozenset(["alias", "persona", "pseudonym", "moniker", "ego"])


def _persona_bearer(span: Span) -> int | bool:
    """ "Turkington's alias of insult comedian Neil Hamburger", "his persona as Mr. Brodie Lee", "Evans wrote
    under her pseudonym, George Eliot": a name that is someone's alias, persona or pseudonym (after "of"/"as",
    or in apposition) is another name of that someone, not a second person: the token of the named possessor,
    else of the clause's named subject; False when neither is a name ("a protester using the pseudonym Katya":
    the only name of that person) or the span is no such name."""
    root = span.root
    noun = root.head
    if root.dep_ == "pobj" and noun.lower_ in ("of", "as") and noun.head.i != noun.i:
        noun = noun.head
    elif root.dep_ != "appos":
        return False
    if noun.lemma_.lower() not in _PERSONA_NOUNS or noun.pos_ != "NOUN":
        return False
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ == "PROPN":
        return owner.i
    verb = noun.head  # "Evans wrote under her pseudonym, George Eliot": the subject of the clause
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject.i if subject is not None and subject.pos_ == "PROPN" else False


# Titles of peers, which stand for a name: "Lord Carloway" is Colin Sutherland's title as a judge.
_PEERAGE_TITLES = frozenset(["Lord", "Lady", "Baron", "Baroness", "Viscount", "Viscountess", "Earl", "Countess"])


def _peerage_of(span: Span) -> int | None:
    """ "Colin Sutherland, Lord Carloway, the Lord President": a peer's title in apposition right after a
    person's name names the same person; the token of that name, or None."""
    doc = span.doc
    root = span.root
    if span.start < 3 or doc[span.start - 1].text not in _PEERAGE_TITLES or doc[span.start - 2].text != "," \
            or root.dep_ != "appos" or root.head.i != span.start - 3:
        return None
    return root.head.i if root.head.ent_type_ == "PERSON" else None


def _things(docs: list[tuple[int, Doc]]) -> set[str]:
    """Names the article treats as things: preceded by "the", plural, ending in a place word
    ("Karl Marx Avenue"), inside a longer place/organisation name ("Burisma Holdings"), used only as
    places or products (`_in_thing_role`), or single words tagged as places/organisations more often than as people."""
    votes: dict[str, int] = {}
    long_votes: dict[str, int] = {}
    in_role: dict[str, bool] = {}  # every use of the name a thing's (see `_in_thing_role`)
    things = set()
    bodies: set[str] = set()  # organisations' names, for their members' plural ("Red Hatters")
    plurals: set[str] = set()
    for _, doc in docs:
        texts = token_texts(doc)
        for ent in ents_of(doc):
            span = clean_name(ent) if ent.label_ == "PERSON" else ent
            if span is None:
                continue
            key = fold(span.text.removeprefix("the ").removeprefix("The "))
            if ent.label_ == "ORG":
                bodies.add(key.removesuffix("'s").removesuffix("’s"))
            if len(span) > 1 and span[-1].text.endswith("ers"):
                plurals.add(key)
            if len(span) == 1:
                votes[key] = votes.get(key, 0) + (1 if ent.label_ == "PERSON" or paired_with_person(span[0])
                                                  or after_kin(span[0]) else -1)
            elif not first_name(span[0]) and ent.label_ in _THING_LABELS | {"PERSON"}:
                person = ent.label_ == "PERSON" or _introduced(span)
                long_votes[key] = long_votes.get(key, 0) + (1 if person else -1)
            if ent.label_ in ("PERSON", "ORG") and _acronym_after(span):
                things.add(key)
            if ent.label_ in _THING_LABELS and _with_definite_article(ent):
                things.add(key)  # "the Carolina Panthers" (ORG) here, "Carolina Panthers" (PERSON) there
            first = span[0]
            if ent.label_ == "PERSON":
                in_role[key] = in_role.get(key, True) and _in_thing_role(span)
            before = first.doc[first.i - 1] if first.i > 0 else None
            if ent.label_ == "PERSON" and (before is not None and before.lower_ == "the" and not _opens_name(span)
                                           and not _modifies_noun(span)
                                           or span[-1].text in PLACE_WORDS | ORG_WORDS and not after_title(first)
                                           or span[0].text in THING_PREFIXES or _camel_case(span[0].text)
                                           or _glued_word(span[-1].text)
                                           or before is not None and before.text in THING_NOUNS | THING_PREFIXES
                                           and not _opens_name(span)
                                           or _called_thing(before)
                                           or len(span) == 1 and first.tag_ in ("NNS", "NNPS")
                                           or _demonym(span)
                                           or letter_label(span)
                                           or before is not None and before.lower_ in _FICTION_NOUNS
                                           or _in_brackets_after_person(span)
                                           or _in_brackets_after_body(span)
                                           or _nickname_before_name(span)
                                           or _used_as_thing(span)
                                           or _determined_as_thing(span)):
                things.add(key)
                if first.i > 0 and first.doc[first.i - 1].pos_ == "PROPN":  # "Bengaluru Tippu Express"
                    things.add(fold(f"{first.doc[first.i - 1].text} {span.text}"))
            if ent.label_ == "PERSON" and _band_leader(span):
                things.add(key)
            if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].is_digit and ent[-2].is_alpha:
                things.add(fold(ent[:-1].text))  # "Rocky Linux 8": a version number follows a product's name
            if len(ent) > 1 and (ent[0].text in _STORM_WORDS or any(w in CRAFT_WORDS for w in texts[ent.start:ent.end - 1])):
                things.add(fold(ent[-1].text))  # "Tropical Storm Humberto": "Humberto" alone is the storm
                things.add(key)  # "Space Shuttle Columbia": the craft, and "Columbia" alone
            if ent.label_ in ("ORG", "FAC") and len(ent) > 3 and ent[-2].lower_ in ("and", "&") \
                    and not first_name(ent[0]) and not first_name(ent[-1]):
                things.add(fold(ent[:-2].text))  # "Rogaland Fire and Rescue": "Rogaland Fire" is its cut-off start
            if ent.label_ in ("ORG", "FAC", "GPE", "LOC", "WORK_OF_ART") and len(ent) > 1 \
                    and ent[-1].text in PLACE_WORDS | _COMPANY_WORDS:
                things.add(fold(ent[:-1].text.removeprefix("the ").removeprefix("The ")))
        things.update(fold(t.text) for t in _short_names(doc))
        things.update(fold(t.text) for t in (doc[i] for i in range(1, len(texts)) if texts[i - 1] in THING_NOUNS)
                      if t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ != "PERSON")  # "social media site Facebook"
    # A longer name the model tags as an organisation or place again and again ("Red Hat", "Al Jazeera"),
    # more often than as a person; once is no pattern (it tags many foreign full names ORG).
    # "Red Hatters", "Googlers": an organisation's name made plural names its staff, not a person.
    things.update(k for k in plurals if k[:-3] in bodies or k[:-4] in bodies and k[-5] == k[-4])
    return things | {k for k, v in votes.items() if v < 0} | {k for k, v in in_role.items() if v} \
        | {k for k, v in long_votes.items() if v < -1}


def _with_definite_article(ent: Span) -> bool:
    """A name the model tags a thing, written with "the" (inside the entity or right before it): "the Acme
    Rovers", "the Bibliotheca Nova". A person's name takes no article, so the name is a thing's wherever else
    the model tags it a person; not when the name only modifies what follows ("the Doris Day Show", "the Bush
    administration"), as for a name tagged a person (`_things`)."""
    doc = ent.doc
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    if start == ent.start and (ent.start == 0 or doc[ent.start - 1].lower_ != "the"):
        return False
    name = doc[start:ent.end]
    return len(name) > 0 and all(t.text[:1].isupper() for t in name) and not _opens_name(name) \
        and not _modifies_noun(name)


def _called_thing(before: Token | None) -> bool:
    """ "a site called Bacho Kiro", "a game named Minetest": what a noun of a thing or place is called is
    that thing's name ("a woman named Heather Heyer" names a person)."""
    if before is None or before.lower_ not in ("called", "named") or before.dep_ != "acl":
        return False
    noun = before.head.lemma_.lower()
    return noun in THING_NOUNS or noun in _PLACE_NOUNS or noun in _SITE_NOUNS


# Nouns of places that have names of their own, besides settlements and districts.
_SITE_NOUNS = frozenset(["site", "cave", "mountain", "river", "lake", "valley", "building", "farm", "camp",
                         "area", "settlement", "island", "street", "road", "square", "park", "beach", "bay"])


# Prepositions and verbs whose object is a place, not a person: "gathered in Causeway Bay and Tin Hau",
# "the army entered Tell Tamer".
_PLACE_PREPOSITIONS = frozenset(["in", "at", "near", "outside", "inside", "across", "towards", "toward",
                                 "around", "through", "throughout"])
_PLACE_VERBS = frozenset(["enter", "capture", "seize", "reach", "storm", "shell", "bomb", "occupy", "liberate",
                          "besiege", "recapture", "evacuate", "flee", "invade", "leave"])


# Nouns whose "of" names a place: "the district of Groom", "the town of Bala".
_PLACE_NOUNS = frozenset(["district", "seat", "electorate", "constituency", "riding", "ward", "city", "town",
                          "village", "state", "province", "region", "county", "island", "suburb", "municipality",
                          "borough", "neighbourhood", "neighborhood", "port"])

# Nouns that introduce a fictional being ("the character Tasha Yar"), whom the golds do not list.
_FICTION_NOUNS = frozenset(["character", "characters", "mascot"])
# Nouns and verbs of portrayal: what one dresses up as, plays or voices is a character, not a person
# ("the role of" also names the part a real person plays in events, "a war hero" is a real person).
_CHARACTER_NOUNS = frozenset(["character", "mascot"])
_COSTUME_NOUNS = frozenset(["costume", "cosplay", "cosplayer"])
_PORTRAYAL_VERBS = ("dress", "cosplay", "costum", "disguis", "masquerad")  # word openings: "cosplaying"


def _portrayed(span: Span) -> bool:
    """A fictional character by the grammar of costume and portrayal: "the character of Anya Jenkins",
    "Squirrel Girl, a Marvel Comics character", "dressed as Charizard", "cosplaying as Sailor Moon",
    "a Thanos costume", "Batman cosplayers", "listed Sailor Neptune as dream roles", a caption "Jo Smith
    as Catwoman"."""
    doc, root = span.doc, span.root
    if span.start > 1 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lemma_.lower() \
            in _CHARACTER_NOUNS:
        return True  # "the character of Anya Jenkins"
    if any(c.dep_ == "appos" and c.lemma_.lower() in _CHARACTER_NOUNS for c in root.children):
        return True  # "Squirrel Girl, a Marvel Comics character"
    if span.end < len(doc) and doc[span.end].lemma_.lower() in _COSTUME_NOUNS \
            and doc[span.end].pos_ == "NOUN":
        return True  # "a Thanos costume", "Spider-Man cosplayers"
    head = root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "dressed as Sailor Neptune and Sailor Uranus"
    if head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.lower_.startswith(_PORTRAYAL_VERBS):
        return True  # "dressed as Charizard", "cosplaying as Catwoman"
    if head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.i == head.head.head.i + 1 \
            and (head.head.head.pos_ == "PROPN" or head.head.head.dep_ == "ROOT"
                 and head.head.head.pos_ not in ("VERB", "AUX")):
        return True  # a caption "Candace Windfall as Catwoman": a name, then the character played
    # "would list Sailor Neptune and Sailor Uranus as dream roles"
    return head.dep_ == "dobj" and any(c.dep_ == "prep" and c.lower_ == "as" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in ("role", "character") for o in c.children)
        for c in head.head.children)


# Words that show an article is about people in costume (a fan convention, a parade).
_COSTUME_TEXT = ("cosplay", "costume", "fursuit")
# What a photo caption of only names may hold besides them: "Captain America and Tony Stark".
_CAPTION_POS = frozenset(["PROPN", "PUNCT", "CCONJ", "DET", "SPACE"])


def _caption_character(span: Span) -> bool:
    """In an article about costumes, a photo caption (a paragraph with no verb) that holds only names, with
    no role word to present a person, and perhaps the work they come from ("Marty McFly from Back to the
    Future", "Captain America and Tony Stark") names the characters pictured, not the people dressed as
    them ("Voice actor Lauren Landa", "Jo Smith as Catwoman" present a person)."""
    doc = span.doc
    if any(t.pos_ in ("VERB", "AUX") for t in doc) or len(doc) > 20:
        return False
    cut = next((t.i for t in doc if t.lower_ == "from" and t.i >= span.end), len(doc))
    return cut > 0 and all(t.pos_ in _CAPTION_POS or t.i >= span.start and t.i < span.end for t in doc[:cut])


def _in_brackets_after_person(span: Span) -> bool:
    """ "Comic artist Jenn St-Onge (Nancy Drew, Jem and the Misfits)": names in brackets right after a
    person's name are what the person is known for (works, bands, parties), not more people; not a
    birth name ("(born Peter Baker)") or another lower-case aside."""
    doc = span.doc
    i = span.start - 1
    while i > 0 and doc[i].text not in ("(", ")", ".") and span.start - i < 12:
        i -= 1
    return i > 0 and doc[i].text == "(" and doc[i - 1].ent_type_ == "PERSON" and doc[i + 1].text[:1].isupper() \
        and doc[i + 1].pos_ == "PROPN"


def _in_brackets_after_body(span: Span) -> bool:
    """ "the Supreme Court of Justice (Oberster Gerichtshof) of Austria": a name filling a pair of brackets,
    in apposition to the organisation or place named before them, is that body's own name in its language."""
    doc, root = span.doc, span.root
    return 1 < span.start and span.end < len(doc) and doc[span.start - 1].text in ("(", "[") \
        and doc[span.end].text in (")", "]") and root.dep_ == "appos" and root.head.i < span.start \
        and root.head.ent_type_ in ("ORG", "FAC", "GPE", "LOC")


def _nickname_before_name(span: Span) -> bool:
    """ '"Birther King" Andy Martin': words filling a pair of quotation marks right before a person's name are
    the person's nickname, not another person."""
    doc = span.doc
    if span.start == 0 or span.end + 1 >= len(doc):
        return False
    return doc[span.start - 1].text in ('"', "“") and doc[span.end].text in ('"', "”") \
        and doc[span.end + 1].ent_type_ == "PERSON" and doc[span.end + 1].text[:1].isupper()


def _band_leader(span: Span) -> bool:
    """ "big bands, such as Les Brown and His Band of Renown": a name, then "and His"/"and Her" and a capitalised
    word, opens a band's name."""
    texts = token_texts(span.doc)
    end = span.end
    return end + 2 < len(texts) and texts[end] == "and" and texts[end + 1] in ("His", "Her") \
        and texts[end + 2][:1].isupper()


def _opens_name(span: Span) -> bool:
    """The name modifies a capitalised name after it ("the Doris Day Show", "talk show Doris Day's Best
    Friends"): the article or the thing noun before it belongs to that longer name, not to the person."""
    root = span.root
    head = root.head
    return root.dep_ in ("compound", "poss") and head.i >= span.end and head.pos_ in ("PROPN", "NOUN") \
        and head.text[:1].isupper()


def _modifies_noun(span: Span) -> bool:
    """ "the Bush administration", "the Ann Lee fraud case": the article belongs to the common noun the name
    modifies, not to the name. That use is no stand-alone mention of the person (see `standalone`), but it
    makes the name no thing either: the person stays wherever the article names them on their own."""
    root = span.root
    head = root.head
    return root.dep_ in ("compound", "amod", "nmod") and head.pos_ == "NOUN" and head.i >= span.end \
        and not head.text[:1].isupper()


def _in_thing_role(span: Span) -> bool:
    """The name stands where a thing's does and a person's seldom: as a place (see `_in_place_role`), as what is
    made, sold, launched or installed (see `_traded`), or after an article further left that belongs to it (see
    `_determined_further_left`). `_things` makes a thing of a name only when every use of it is one of these."""
    return _in_place_role(span) or _traded(span) or _determined_further_left(span)


# Nouns of the acts of `_TRADE_VERBS` whose "of" names a product: "the release of Orbit Pad".
_TRADE_NOUNS = frozenset(["release", "launch", "sale", "purchase", "installation", "download", "shipment",
                          "production", "manufacture"])


def _traded(span: Span) -> bool:
    """The name (or the list it ends) is the object of a verb of making, selling, buying, launching, releasing,
    installing or downloading, or the "of" of such an act's noun: "Acme unveiled Orbit Pad", "the launch of
    Tesk's 12-inch Orbit Pad". Not when a first name opens it ("the release of Ann Lee": a hostage)."""
    token = span.root
    if first_name(span[0]) or not span.start <= token.i < span.end:
        return False
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    head = token.head
    if token.dep_ == "dobj":
        return head.lemma_.lower() in _TRADE_VERBS
    return token.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" \
        and head.head.lemma_.lower() in _TRADE_NOUNS


def _determined_further_left(span: Span) -> bool:
    """An article on the name's own head stands further left, past words that are no adjective, common noun or
    title: "the recently released Orbit Pad", "the Library and Tune Shop". A person's name takes an article only
    through a word that describes the person ("the late Ann Lee", "a commoner Tom Ward"), or through another
    name the model tags with the article in it ("head of the Harbour Board Ann Lee"); not when a first name
    opens it."""
    root, doc = span.root, span.doc
    if first_name(span[0]) or not span.start <= root.i < span.end:
        return False
    det = next((c for c in root.children if c.dep_ == "det" and c.lower_ in ("the", "a", "an")
                and c.i < span.start - 1), None)
    return det is not None and det.ent_type_ in ("", "PERSON") and not any(
        t.pos_ in ("ADJ", "NOUN") or t.lower_ in OFFICE_WORDS or first_name(t)
        or t.text in ("'s", "’s", ",") for t in doc[det.i + 1:span.start])


def _in_place_role(span: Span) -> bool:
    """Every use of the name here is as a place: the object of a place preposition or verb, or a
    conjunct of one ("in Causeway Bay and Tin Hau")."""
    if _introduced(span):
        return False  # "into President Donald Trump", "and European Council chief Charles Michel": a title or
        # a role noun makes it a person wherever it stands, even at the end of a list of countries
    root = span.root
    if any(c.dep_ == "appos" and c.ent_type_ == "GPE" for c in root.children) \
            and root.dep_ == "conj" and root.head.ent_type_ in ("GPE", "LOC"):
        return True  # "between El Paso and Ciudad Juárez, Mexico": a place's conjunct, with its country
    token = span.root
    while token.head.i != token.i and (
            token.dep_ == "conj" and token.head.ent_type_ in ("PERSON", "FAC", "GPE", "LOC")
            or token.dep_ == "conj" and token.head.ent_type_ == "ORG" and not _given_name_opens(token)
            or token.dep_ in ("appos", "dobj", "compound", "flat") and token.head.ent_type_ == "PERSON"):
        token = token.head  # up a list of places and through the parser's splits of a name ("Tell" -> "Tamer")
        # but a full name with a first name, joined to an organisation, is a person the parser hung on it
        # ("between Ann Lee of ... at the University of Leeds and Tom Ward of ...")
    head = token.head
    listed, todo = [], [token]
    while todo:  # the coordinated items only, not words inside them
        item = todo.pop()
        listed.append(item)
        todo += [c for c in item.children if c.dep_ == "conj"]
    places = sum(c.ent_type_ in ("GPE", "LOC", "FAC") for c in listed)
    return token.dep_ == "pobj" and head.lower_ in _PLACE_PREPOSITIONS \
        or token.dep_ == "dobj" and head.lemma_.lower() in _PLACE_VERBS \
        or places >= 2 \
        or places == 1 and len(listed) >= 3 and not any(_given_name_opens(c) for c in listed)
    # "from Dolgellau, Harlech, Barmouth, Bala and Blaenau Ffestiniog": a list with a place in it, and
    # no first name in it, is a list of places


def _given_name_opens(token: Token) -> bool:
    """The list item is a full name opening with a common first name ("Paris Hilton")."""
    words = [c for c in token.lefts if c.dep_ in ("compound", "flat")] + [token]
    return len(words) > 1 and first_name(words[0])


def _demonym(span: Span) -> bool:
    """ "Hong Kongers", "New Yorkers": the people of a place, a plural no personal name is."""
    last = span[-1]
    return len(span) > 1 and not first_name(span[0]) and last.tag_ in ("NNS", "NNPS") \
        and last.lower_.endswith("ers")


def _used_as_thing(span: Span) -> bool:
    """Uses no person's name has: after a storm or place prefix ("Hurricane Humberto", "Mount Kenya"), in
    apposition to a thing noun, named after someone, defined as a place, an example of places or bodies
    ("cities such as Pichilemu"), with an indefinite article ("a no-deal Brexit"), the organisation of a
    person ("Mike McCready of Pearl Jam"), spelling out initials ("FGM [Female Genital Mutilation]") or a
    work's author after it ("Homo Deus [by Yuval Noah Harari]")."""
    doc, root = span.doc, span.root
    before = doc[span.start - 1] if span.start else None
    if before is not None and before.text in THING_PREFIXES:
        return True
    if root.dep_ == "appos" and root.head.i < span.start and root.head.lower_ in THING_NOUNS \
            and root.head.text[:1].isupper() and doc[span.start - 1].text == ",":
        return True  # "the next Space Telescope, James Webb": a capitalised thing noun, then its name
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _PLACE_NOUNS \
            or root.dep_ == "nsubjpass" and root.head.lemma_.lower() == "locate":
        return True  # "the electoral district of Groom", "Groom is located in ...": a place by definition
    if root.dep_ == "nsubj" and root.head.lemma_ == "be" and _place_attribute(root.head):
        return True  # "Punta Alta is one of the breeding sites": defined as a place
    if _described_as_body(span):
        return True  # "Orlen Vale, the region's largest party", "Tesk Bay is a website": a body or a thing
    if root.dep_ == "nsubjpass" and root.head.lemma_.lower() == "name" \
            and any(c.dep_ == "prep" and c.lower_ == "after" for c in root.head.children):
        return True  # "Rocky Linux was named after Rocky McGaugh": what is named after someone is a thing
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children) and not _presented_by_noun(span):
        return True
    if root.dep_ == "dobj" and root.head.lemma_.lower() in _MAKING_VERBS and not first_name(span[0]):
        return True  # "Kimberly-Clark, which makes Kleenex Toilet Tissue": what is made is a product
    if _example_of_things(root):
        return True  # "cities such as Pichilemu and Rancagua", "organisations including Elad"
    if span.start > 1 and before.lower_ == "of" and doc[span.start - 2].ent_type_ == "PERSON":
        return True
    after = doc[span.end:span.end + 2]
    if len(after) == 2 and after[0].text in ("(", "[") and after[1].lower_ == "by":
        return True
    return _initials_before(span)


def _determined_as_thing(span: Span) -> bool:
    """What a thing's name takes and a person's does not: a number in digits, of year or version ("the 2009
    Acme Cup", "Orbit Pad 3"; "one Ann Lee" is a person), or a body's possessive or "its" when every word of
    the name is a common word ("Veltrix's Orbit Pad", "its Tune Shop"). A body's possessive before a person's
    own name is common ("Orvix's Darla Pemberton"), so there the name's words decide. Not when a first name
    opens it, or a person noun modifies it ("Acme's chief Ann Lee")."""
    root = span.root
    if first_name(span[0]) or not span.start <= root.i < span.end:
        return False
    ahead = [c for c in root.children if c.i < span.start]
    nouns = [c for c in ahead if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" and c.text.islower()]
    if any(person_noun(c) or c.lower_ in OFFICE_WORDS for c in nouns):
        return False
    if any(c.dep_ == "nummod" and c.text[:1].isdigit() for c in root.children):
        return True  # "the 2009 Acme Cup"
    return any(c.dep_ == "poss" and (c.lower_ in ("its", "their") or c.ent_type_ == "ORG") for c in ahead) \
        and all(common_word(t) for t in span)  # "Veltrix's Orbit Pad"


def _presented_by_noun(span: Span) -> bool:
    """ "a Harvard graduate Ann Lee", "a commoner Tom Ward": a lower-case noun of its own right before the name
    presents it, and the article is that noun's ("a no-deal Brexit", "a 30-day Satyagraha" end in no noun
    of their own: "deal" and "day" are halves of a hyphenated modifier)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    return before is not None and before.pos_ == "NOUN" and before.text.islower() and before.lower_ not in THING_NOUNS \
        and not (before.i > 0 and doc[before.i - 1].text == "-" and not doc[before.i - 1].whitespace_)


def _example_of_things(token: Token) -> bool:
    """The name, alone or in a list, is an example ("such as", "including") of a plural noun of places or
    bodies: "cities such as Pichilemu, Maule and Rancagua", "organisations, such as Elad", "towns including
    Makilala" ("politicians such as Ann Lee", "the party, such as Ann Lee" name people)."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or not (prep.lower_ == "including" or prep.lower_ == "as" and prep.i > 0
                                    and prep.doc[prep.i - 1].lower_ == "such"):
        return False
    noun = prep.head.head if prep.head.lower_ == "such" else prep.head
    lemma = noun.lemma_.lower()
    return noun.tag_ == "NNS" and (lemma in THING_NOUNS or lemma in ORG_NOUNS or lemma in _PLACE_NOUNS
                                   or lemma in _SITE_NOUNS or lemma in _COUNTRY_NOUNS)


# Nouns of countries, which "such as" and "including" list by name.
_COUNTRY_NOUNS = frozenset(["country", "nation"])


def _described_as_body(span: Span) -> bool:
    """The name's apposition after a comma, or its attribute after "is", is headed by a noun of a thing or a
    body and not of a person ("Orlen Vale, the region's largest party", "Tesk Bay is a news website")."""
    doc, root = span.doc, span.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i > span.end and doc[span.end].text == ","]
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        nouns += [c for c in root.head.children if c.dep_ == "attr" and c.i > span.end]
    return any(_body_noun(n) for n in nouns)


def _body_noun(noun: Token) -> bool:
    """A common noun of an organisation, a product or a work ("party", "website", "council"), none of a person."""
    low = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and noun.text.islower() and (low in THING_NOUNS or low in ORG_NOUNS) \
        and not person_noun(noun)


def _place_attribute(verb: Token) -> bool:
    """The attribute of "is" is a place noun, alone or as "one of the ... sites"."""
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    if attr is not None and attr.lower_ == "one":
        attr = next((g for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), None)
    return attr is not None and (attr.lemma_.lower() in _PLACE_NOUNS or attr.lemma_.lower() in _SITE_NOUNS)


# Verbs whose object is a product: "the company makes Kleenex Toilet Tissue".
_MAKING_VERBS = frozenset(["make", "manufacture", "produce", "brew", "bottle"])
# Verbs whose object is a product made, traded or put on a computer: "Acme launched Orbit Pad".
_TRADE_VERBS = _MAKING_VERBS | frozenset(["sell", "buy", "launch", "release", "install", "download", "ship",
                                          "unveil"])


def _initials_before(span: Span) -> bool:
    """ "HPC (High Performance Computing)": the capitalised words in brackets spell the word before them."""
    doc = span.doc
    bracket = next((i for i in range(span.start - 1, max(span.start - 4, 0) - 1, -1)
                    if doc[i].text in ("(", "[")), None)
    if bracket is None or bracket == 0:
        return False
    short = doc[bracket - 1].text
    words = [t for t in doc[bracket + 1:span.end] if t.is_alpha]
    return len(short) > 1 and short.isupper() and all(t.text[:1].isupper() for t in words) \
        and "".join(t.text[0] for t in words) == short


def _introduced(span: Span) -> bool:
    """ "porn star Stormy Daniels", "President Hassan Rouhani", "Connie Moganedi, a spokeswoman": a role
    noun or a title before the name, or an office in apposition."""
    before = span.doc[span.start - 1] if span.start else span[0]
    return before.pos_ == "NOUN" and before.text.islower() and before.lower_ not in THING_NOUNS \
        or after_title(span[0]) or office_in_apposition(span.root)


def _acronym_after(span: Span) -> bool:
    """ "Deutsche Welle (DW)": a name followed by its initials in brackets is an organisation's."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "(" or doc[span.end + 2].text != ")":
        return False
    short = doc[span.end + 1].text
    return len(short) > 1 and short.isupper() and short.isalpha() and short[0] == span[0].text[0]


def _short_names(doc: Doc) -> list[Token]:
    """A word in parentheses right after an organisation's name is its short name: "... Seismology (Phivolcs)"."""
    texts = token_texts(doc)
    return [doc[i] for i in range(2, len(texts) - 1) if texts[i - 1] == "(" and texts[i + 1] == ")"
            and texts[i].isalpha() and texts[i - 2][:1].isupper() and doc[i - 2].ent_type_ in ("ORG", "FAC")]


def _named_alone(spans: list[tuple[int, Span]]) -> dict[str, int]:
    """How often the body names each one-word name on its own, outside a coordination that would lend it a
    surname: news style calls a person by the surname alone, so a word used alone again and again is that
    person's whole name ("Adele" of a singer), not a given name to share the next full name's surname."""
    counts: dict[str, int] = {}
    for para, span in spans:
        if len(span) == 1 and para != HEADLINE and shares_surname(span[0]) is None:
            counts[_text(span)] = counts.get(_text(span), 0) + 1
    return counts


def _shared_surname(span: Span) -> str | None:
    """ "Richard and Lisa Parry": a lone first name coordinated with a full name shares its surname."""
    full = shares_surname(span[0]) if len(span) == 1 else None
    return f"{span[0].text} {full[1].text}" if full is not None else None


def _lone_word_is_person(members: list[Mention], docs: dict[int, Doc], lowercase: set[str],
                         full_words: set[str]) -> bool:
    """A one-word name with no fuller form is a person only where it acts like one: a subject,
    a possessor, an apposition, after a title, listed with a person the article names in full, or a subject
    that he or she carries on."""
    word = members[0].name
    if word[:3] in ("al-", "el-"):
        word = word[3:]  # "al-Megrahi": the article aside
    if not word.isalpha() or word.isupper() or len(word) < 3 or word.lower() in lowercase or word in PLATFORMS:
        return False  # an acronym, a common noun that also appears in lower case ("Oxygen"), a platform ("Twitter")
    tokens = [docs[m.para][m.start] for m in members]
    if any(after_title(t) and subtitle_after(t.doc, t.i + 1) for t in tokens):
        return False  # "Captain Nebula: First Flight": a title and a word before a subtitle name a work
    if any(paired_with_person(t) for t in tokens) and not any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in tokens):
        return True  # "this fight to Trump and Mike Pence": a conjunct of a named person
    if any(after_kin(t) for t in tokens):
        return True  # "his wife, Amanda": a family noun makes a person whatever the model tagged
    if any(_listed_with_named(t, full_words) for t in tokens) and not any(t.ent_type_ in ("GPE", "LOC", "FAC")
                                                                            for t in tokens):
        return True  # "two sons with Stokowski, Stanislaus and Christopher"
    if any(_titled_alone(t) for t in tokens) and not any(
            t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPOSITIONS for t in tokens):
        return True  # "Sultan Vahdettin", "designer Halston": the title makes a person whatever the model
        # tagged, unless the words are a place somewhere ("recorded in Sultan Kudarat", a province)
    if any(person_marked(docs[m.para][m.start:m.end]) for m in members if m.para != HEADLINE):
        return True  # "Secretary General of the Acme Council Wagner": marked a person whatever the model tagged
    if any(t.ent_type_ not in ("PERSON", "") for t in tokens):
        return False  # tagged as a place or an organisation somewhere
    if _camel_case(word) or any(_referred_to_as_thing(t) or _office_holders_body(t) for t in tokens):
        return False  # "SpaceX", "Acme, which ...", "Acme chief executive Ann Lee": an organisation
    speaks = any(t.dep_ == "nsubj" and t.head.lemma_.lower() in SPEECH_VERBS for t in tokens)
    acts = sum(t.dep_ in ("nsubj", "nsubjpass", "poss", "appos", "dobj")
               and not (t.dep_ == "dobj" and t.head.lemma_.lower() in _PLACE_VERBS) for t in tokens)
    named = any(t.i > 0 and (t.doc[t.i - 1].lower_ in ("pseudonym", "named", "nicknamed", "alias", "one")
                             or t.doc[t.i - 1].lower_ == "as" and t.doc[t.i - 1].head.lemma_.lower() == "identify")
                for t in tokens)  # "a police constable, reportedly one Vijayaragavan", "a boy, identified as Ivan"
    carried_on = any(carried_on_by_he_or_she(docs[m.para][m.start:m.end]) for m in members if m.para != HEADLINE
                     and not (m.start > 0 and docs[m.para][m.start - 1].lower_ in THING_NOUNS))
    # "Ramos thought he had scored": a he or she carrying the word's clause on, as for a name read as a thing
    # (`_acts_as_person`); not a work a noun presents ("Her album Lemonade won ..., and her song ...")
    return speaks or named or carried_on or acts >= 2 \
        or any(after_title(t) or after_kin(t) or _after_role_noun(t) for t in tokens)


def _titled_alone(token: Token) -> bool:
    """ "Sultan Vahdettin", "designer Halston" tagged a place or body: a title or role noun right before one word
    whose entity holds no more than the two of them; not a saint's name ("St Kilda", "Saint Helena" are
    places)."""
    before = token.doc[token.i - 1] if token.i else None
    if before is None or before.lower_.rstrip(".") in ("st", "saint") or not (
            after_title(token) or _after_role_noun(token)):
        return False
    ent = ent_of(token)
    return not token.ent_type_ or ent.start >= token.i - 1 and ent.end == token.i + 1


def _common_noun_name(members: list[Mention], docs: dict[int, Doc], nouns: set[str]) -> bool:
    """ "Best Rock Song", "Tsunami Alerts": a name of two or more capitalised words that are all common nouns or
    adjectives of the word index, none a first name, whose last word the article also uses as a lower-case
    noun ("song", "alert"), is a category or a thing unless some mention acts as a person: it speaks, follows
    a title, a family noun or a role noun, or is an apposition. The index alone is not enough: it holds
    surnames ("Davis", "Young") in lower case."""
    spans = [docs[m.para][m.start:m.end] for m in members if m.para != HEADLINE]
    if not spans or any(len(s) < 2 for s in spans):
        return False
    for span in spans:
        if any(not t.is_title or not t.is_alpha or first_name(t) or not common_word(t) for t in span) \
                or not {span[-1].lower_, span[-1].lower_[:-1], span[-1].lemma_.lower()} & nouns:
            return False
        root = span.root
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS or root.dep_ == "appos" \
                or after_title(span[0]) or after_kin(span[0]) or _after_role_noun(span[0]):
            return False
    return True


# Last words of names of bodies that the model tags as people, which no surname is: sports clubs and their
# trophies ("Charlton Athletic", "Community Shield"), states of a federation ("Borno State", "Andhra Pradesh"),
# organisations and newspapers ("Human Rights Watch", "Médecins Sans Frontières", "Asahi Shimbun"). Bodies speak
# too, so a speech verb keeps no such name a person.
_BODY_HEADS = frozenset([
    "United", "City", "Athletic", "Rovers", "Wanderers", "Albion", "Rangers", "Hotspur", "FC", "AFC",
    "Shield", "Trophy", "State", "Pradesh", "Watch", "Frontières", "Frontieres", "Shimbun", "Sinmun", "Ilbo",
])
# Last words of names of things that the model tags as people: award categories, places and road features,
# buildings, gatherings and journeys ("Best Sound Editing", "Pearl Roundabout", "Annapolis Conference").
_THING_HEADS = _BODY_HEADS | frozenset([
    "Awards", "Prizes", "Performance", "Editing", "Mixing", "Album", "Recording", "Screenplay", "Category",
    "Region", "Regions", "Junction", "Roundabout", "Interchange", "Crossing", "Castle", "Fortress", "Throne",
    "Conference", "Summit", "Forum", "Expo", "Congress", "Flight", "Alert", "Alerts", "Stadion", "Territory",
    "Governorate", "Prefecture", "Oblast", "Municipality", "Commune", "Metropolitan",
])
# Of those, the ones that are also surnames, which a first name right before them keeps a person's ("Barbara
# Castle"; not "Adam Air Flight").
_SURNAME_HEADS = frozenset(["Castle", "Crossing", "Summit", "Flight", "Forum", "Shield"])


def _thing_not_person(members: list[Mention], docs: dict[int, Doc]) -> bool:
    """A name whose last word heads names of things ("Sound Editing", "Dublin Castle", in the headline too), and
    which nowhere in the body acts as a person, is no person. A person's evidence anywhere keeps it: a first
    name opening it (not before a word that is no surname: "Adam Air Flight"), a title, family or role noun
    before it, an office in apposition, a speech verb it is the subject of (not for a body's name: "Human Rights
    Watch said"), or a he/she opening the sentence after one it is the subject of."""
    spans = [docs[m.para][m.start:m.end] for m in members]
    if not any(len(span) > 1 and span[-1].text in _THING_HEADS for span in spans):
        return False
    for span in (s for m, s in zip(members, spans) if m.para != HEADLINE):
        doc, root = span.doc, span.root
        if len(span) > 1 and first_name(span[0]) and (span[-1].text not in _THING_HEADS
                                                      or len(span) == 2 and span[-1].text in _SURNAME_HEADS) \
                or after_title(span[0]) or after_kin(span[0]) \
                or _after_role_noun(span[0]) or office_in_apposition(root) \
                or root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS \
                and span[-1].text not in _BODY_HEADS:
            return False
        if root.dep_ == "nsubj" and span.sent.end < len(doc) and doc[span.sent.end].lower_ in ("he", "she"):
            return False
    return True


def _company(members: list[Mention], docs: dict[int, Doc]) -> bool:
    """ "Raytheon Corporation", "Bayview Loan Servicing, LLC", "PT Hutama Karya": a company's legal form as the
    name's last word, right after it (a comma between) or right before it makes the name a company's wherever
    else the model tags it a person, unless some mention acts as a person (see `_acts_as_person`)."""
    for m in members:
        doc = docs[m.para]
        after = m.end + 1 if m.end + 1 < len(doc) and doc[m.end].text == "," else m.end
        if doc[m.end - 1].text in LEGAL_FORMS_AFTER or after < len(doc) and doc[after].text in LEGAL_FORMS_AFTER \
                or m.start > 0 and doc[m.start - 1].text in LEGAL_FORMS_BEFORE:
            return not _acts_as_person_somewhere(members, docs)
    return False


def _title_phrase(members: list[Mention], docs: dict[int, Doc]) -> bool:
    """ "Senior Editor", "Irish Taoiseach", "Ottoman Caliph": a name that everywhere is a title word after one or
    more adjectives or nationalities, none a first name, describes someone; it names no one. A person's evidence
    keeps it ("Young Bishop, a farmer, ..."): a title, family or role noun before it, a common noun in apposition;
    an office in apposition only explains the title ("Irish Taoiseach — Prime Minister — ..."). The adjective
    alone ("Irish"), which the model tags too, joins the phrase."""
    spans = [docs[m.para][m.start:m.end] for m in members]
    if all(len(span) < 2 for span in spans):
        return False
    for span in spans:
        if len(span) == 1 and not first_name(span[0]) and (span[0].lower_ in NATIONALITIES
                                                            or adjective_word(span[0])):
            continue  # "Irish" alone, a shortening the model also tags
        if len(span) < 2 or span[-1].lower_ not in OFFICE_WORDS and span[-1].lower_ not in ROLE_NOUNS \
                or any(first_name(t) or t.lower_ not in NATIONALITIES and not adjective_word(t) for t in span[:-1]) \
                or after_title(span[0]) or after_kin(span[0]) or _after_role_noun(span[0]) \
                or any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in span.root.children):
            return False
    return True



def _after_role_noun(token: Token) -> bool:
    """ "classical composer Mozart", "fellow guitarist Hendrix": a lower-case noun for a person's role or
    occupation right before the name, modifying it, alone or as the last of coordinated roles ("Cosplay
    model and professional singer Jillea"), or with the name hung on it as its apposition ("singer Jillea won":
    the parser's other reading of the same words). Before a name of two or more words ("lawmaker Ann Lee wrote")
    the noun right before it presents it however the parser hung them, as `names._names_after_role` reads it."""
    if token.i == 0:
        return False
    prev = token.doc[token.i - 1]
    low = prev.lower_
    return prev.pos_ == "NOUN" and prev.text.islower() \
        and (prev.head.i == token.i and prev.dep_ == "compound" or prev.dep_ == "conj" and prev.head.i < prev.i
             or token.dep_ == "appos" and token.head.i == prev.i
             or token.dep_ == "compound" and token.head.i == token.i + 1 and token.head.pos_ == "PROPN") \
        and low not in THING_NOUNS and (low in ROLE_NOUNS or low in PERSON_AGENTS or low.endswith(("ist", "ian")))


def _listed_with_named(token: Token, full_words: set[str]) -> bool:
    """The word, tagged a person or a common first name, is in a list ("A, B and C") with a word tagged a
    person that is part of a full name the article uses ("Stokowski" of "Leopold Stokowski")."""
    if token.ent_type_ != "PERSON" and not first_name(token):
        return False
    first = token
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    listed, todo = [], [first]
    while todo:
        item = todo.pop()
        listed.append(item)
        todo += [c for c in item.children if c.dep_ == "conj"]
    return len(listed) > 1 and any(c.dep_ == "cc" for item in listed for c in item.children) \
        and any(item.i != token.i and item.ent_type_ == "PERSON" and item.text in full_words for item in listed)


def _camel_case(word: str) -> bool:
    """A capital inside the word ("SpaceX", "YouTube") marks a brand, except name prefixes ("McCain")."""
    inner = [i for i, c in enumerate(word) if i > 0 and c.isupper()]
    if word[1:2] in ("'", "’"):
        return False  # "N'Golo", "D'Angelo": a letter and an apostrophe open the name
    return bool(inner) and "." not in word and not any(word[:i] in _NAME_PREFIXES for i in inner)  # not "C.L."


def _glued_word(word: str) -> bool:
    """ "JorgensenImage": a caption run into the next word; a capital after four or more lower-case
    letters, which no surname prefix ("Mc", "Mac", "De", "Van") has."""
    inner = next((i for i, c in enumerate(word) if i > 0 and c.isupper()), 0)
    return word.isalpha() and inner >= 4 and word[0].isupper() and word[1:inner].islower() \
        and word[:inner] not in _NAME_PREFIXES


def _referred_to_as_thing(token: Token) -> bool:
    """The article treats the word as an organisation: "Acme, which makes ...", "Roscosmos, the Russian
    space agency", "Malawi confirmed its first cases"."""
    if any(c.dep_ == "relcl" and any(g.lower_ == "which" and g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
           or c.dep_ == "appos" and c.lemma_.lower() in THING_NOUNS for c in token.children):
        return True
    return token.dep_ == "nsubj" and any(c.dep_ == "dobj" and any(g.lower_ == "its" for g in c.children)
                                         for c in token.head.children)


# Role nouns that tie a person to another person, not to a body: "Trump aide Hope Hicks".
_PERSONAL_ROLES = frozenset(["aide", "adviser", "advisor", "lawyer", "attorney", "partner", "associate", "ally",
                             "friend", "spokesman", "spokeswoman", "spokesperson", "assistant", "biographer",
                             "wife", "husband", "son", "daughter", "mother", "father", "widow", "fiancée", "fiancé",
                             "boyfriend", "girlfriend", "employee", "staff", "nominee", "candidate"])


def _office_holders_body(token: Token) -> bool:
    """ "Wynnum coach Matt Myers", "Acme chief Ann Lee": a word right before an office or role noun that comes
    right before a name is the body or place the office belongs to."""
    head = token.head
    doc = token.doc
    if token.dep_ != "compound" or head.i != token.i + 1 or head.i + 1 >= len(doc) \
            or not (head.text.islower() or head.text.isupper()) \
            or head.lower_ in _PERSONAL_ROLES or head.lower_ not in OFFICE_WORDS | ROLE_NOUNS:
        return False
    after = doc[head.i + 1]
    return after.pos_ == "PROPN" and after.text[:1].isupper() and after.ent_type_ == "PERSON"


def _lowercase_words(docs: dict[int, Doc]) -> set[str]:
    return {w for doc in docs.values() for w in set(token_texts(doc)) if w.islower()}


def _lowercase_nouns(docs: dict[int, Doc]) -> set[str]:
    """The lemmas of the article's lower-case common nouns ("song", "alert")."""
    return {t.lemma_.lower() for doc in docs.values() for t in doc if t.pos_ == "NOUN" and t.text.islower()}


def _text(span: Span) -> str:
    """The name as written, without an editor's brackets inside it ("[Prime Minister Narendra] Modi") or the
    comma before a generational suffix ("Dale Earnhardt, Jr." is "Dale Earnhardt Jr.")."""
    words = span.text.replace("[", "").replace("]", "").split()
    return " ".join(w[:-1] if w.endswith(",") and i + 1 < len(words) and words[i + 1].rstrip(".") in NAME_SUFFIXES
                    else w for i, w in enumerate(words))


def _first(members: list[Mention], name: str) -> int:
    return next(i for i, m in enumerate(members) if m.name == name)


def _relatives(mentions: list[Mention], docs: dict[int, Doc]) -> dict[str, tuple[str, ...]]:
    """A name of three words or more brought in after a family noun ("her widowed mother, Gloria Morgan
    Vanderbilt") -> the names used before it: the relative is someone else than the person the article
    was already about, though the shorter name's words are all in the longer one."""
    seen: list[str] = []
    out: dict[str, tuple[str, ...]] = {}
    for m in sorted(mentions, key=lambda m: (m.para, m.start)):  # the headline (-1) first
        if m.para != HEADLINE and len(m.name.split()) > 2 and m.name not in out and m.name not in seen \
                and after_kin(docs[m.para][m.start]):
            out[m.name] = tuple(seen)
        seen.append(m.name)
    return out


def _group(mentions: list[Mention], relatives: dict[str, tuple[str, ...]]) -> dict[str, list[Mention]]:
    """Group names: a shorter name joins the first-mentioned longer name that contains its words, unless
    the longer one is a relative's name the article brought in after the shorter one. A lone short or pet form
    of a given name ("Jim", "Tim") joins the one person named in full with that given name ("James Brady",
    "Timothy D. Cook")."""
    full: dict[str, list[Mention]] = {}
    order = sorted(mentions, key=lambda m: -len(m.name.split()))
    for m in order:
        words = m.name.split()
        home = next((k for k in full if _contains(k.split(), words) and m.name not in relatives.get(k, ())), None)
        if home is None and len(words) == 1:
            home = next((k for k in full if any(_misspelt(words[0], w) for w in _name_words(k.split()))), None)
        if home is None and len(words) == 1 and (first_name_word(words[0]) or fold(words[0]) in PET_NAMES):
            homes = [k for k in full if len(k.split()) > 1 and not _suffixed(k.split())
                     and _same_given(k.split()[0], words[0])]
            home = homes[0] if len(homes) == 1 else None  # "her late husband Jim": James Brady, the one James
        if home is None:
            full[m.name] = [m]
        else:
            full[home].append(m)
    return full


_SUFFIXES = frozenset(["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"])


def _join_second_surnames(groups: dict[str, list[Mention]]) -> dict[str, list[Mention]]:
    """ "Pierluisi Urrutia" after "Pedro Pierluisi": a two-word name opening with the surname of exactly
    one other person, and holding no first name, is that person with the second surname Spanish and
    Portuguese names carry."""
    surnames: dict[str, list[str]] = {}
    for key in groups:
        words = key.split()
        if len(words) > 1 and first_name_word(words[0]):
            surnames.setdefault(fold(words[-1]), []).append(key)
    out = dict(groups)
    for key in groups:
        words = key.split()
        owners = surnames.get(fold(words[0]), [])
        if len(words) == 2 and len(owners) == 1 and not first_name_word(words[0]) \
                and not first_name_word(words[1]) and words[1].isalpha() and owners[0] in out:
            out[owners[0]] = out[owners[0]] + out.pop(key)
    return out


def _contains(longer: list[str], shorter: list[str]) -> bool:
    """ "John Conyers" is "John James Conyers Jr.": a generational suffix is no part of the comparison, but a
    short or pet given name is not read into a suffixed name: "Ted Kennedy" is the father of "Edward M.
    Kennedy Jr.". A nickname in quotes stands for the first name: "Matt Ratana" is 'Matiu "Matt" Ratana'."""
    nick = next((w for w in longer[1:-1] if len(w) > 2 and w[0] == w[-1] == '"'), None)
    if nick and _contains([nick.strip('"')] + [w for w in longer[1:] if w != nick], shorter):
        return True
    given = _same_given if not _suffixed(longer) else operator.eq
    longer = [fold(w) for w in longer if fold(w) not in _SUFFIXES] or [fold(w) for w in longer]
    shorter = [fold(w) for w in shorter if fold(w) not in _SUFFIXES] or [fold(w) for w in shorter]
    if len(shorter) == len(longer) > 2:  # "Richard K. Guy" is "Richard Kenneth Guy"; "Ali Said Bakar" "Ali Said Bacar"
        return all(a == b or a[0] == b[0] and (a.endswith(".") or b.endswith(".")) for a, b in zip(longer, shorter)) \
            or _spelled_alike(longer, shorter) \
            or longer[:-1] == shorter[:-1] and _misspelt(longer[-1], shorter[-1], changed=True)
    if len(shorter) >= len(longer):  # "Frido Walker" is "Frido Welker" misspelt: the same given name
        return longer == shorter or len(longer) == len(shorter) == 2 and (
            longer[0] == shorter[0] and _misspelt(longer[1], shorter[1], changed=True)
            or longer[1] == shorter[1] and given(longer[0], shorter[0]))
    if len(shorter) == 1:
        return shorter[0] in _name_words(longer)
    # "Joe Biden" in "Joseph R. Biden" is first and last (a short or pet form of the given name counts: "Tim Cook"
    # is "Timothy D. Cook"); "De La Fuente" in "Rocky De La Fuente" a surname
    return given(longer[0], shorter[0]) and shorter[-1] == longer[-1] or longer[-len(shorter):] == shorter \
        or _first_of(longer, shorter)


def _suffixed(words: list[str]) -> bool:
    """The name ends in a generational suffix ("Jr.", "III"): another person of the same name is its bearer's
    father or son."""
    return len(words) > 1 and fold(words[-1]) in _SUFFIXES


def _same_given(word: str, other: str) -> bool:
    """Two given names of one person: the same, one a short form opening the other ("Tim", "Timothy"), or a pet
    form of it ("Jim", "James"; see `PET_NAMES`)."""
    a, b = fold(word), fold(other)
    return a == b or _short_form(a, b) or b in PET_NAMES.get(a, ()) or a in PET_NAMES.get(b, ())


def _short_form(word: str, other: str) -> bool:
    """ "Mitch Stoltz" is "Mitchell Stoltz", "Stan" is "Stanislav": a given name of three letters or more that
    opens the other is its short form, unless the two are a man's and a woman's name, or the short one is
    both ("Chris" and "Christina" Smith may be two people). Both words come folded."""
    short, full = sorted((word, other), key=len)
    if len(short) < 3 or short == full or not full.startswith(short) or not (short.isalpha() and full.isalpha()):
        return False
    if short in OTHER_FIRST_NAMES:
        return False  # "Chris", "Alex": a short form men and women both go by
    return not (full in FEMALE_NAMES and short in MALE_NAMES or full in MALE_NAMES and short in FEMALE_NAMES)


def _misspelt(word: str, other: str, changed: bool = False) -> bool:
    """ "Deirdre" written "Dierdre", "Łukasz" written "Luckasz": a name word of five letters or more that
    differs from another by one letter added or dropped, or two letters swapped, inside the word (the first
    and last letters kept), is a misspelling of it; "Carlo" and "Carlos", "Maria" and "Mario" stay apart.
    With changed, one letter inside written for another counts too (a surname after the same given name)."""
    a, b = fold(word), fold(other)
    if a == b or min(len(a), len(b)) < 5 or a[0] != b[0] or a[-1] != b[-1] or not (a.isalpha() and b.isalpha()):
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 and changed \
            or len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(long_) == len(short) + 1 and any(long_[:i] + long_[i + 1:] == short for i in range(1, len(long_) - 1))


def _spelled_alike(longer: list[str], shorter: list[str]) -> bool:
    """ "Usama bin Ladin" is "Osama bin Laden": a name of three words or more, transliterated with other
    vowels, has the same consonants word by word (and a word in common)."""
    return any(a == b for a, b in zip(longer, shorter)) \
        and all(a.strip(_VOWELS) and a.translate(_NO_VOWELS) == b.translate(_NO_VOWELS) for a, b in zip(longer, shorter))


_VOWELS = "aeiouy"
_NO_VOWELS = str.maketrans("", "", _VOWELS)


def _first_of(longer: list[str], shorter: list[str]) -> bool:
    """ "John Luk" is "John Luk Jok" written without the last name; not when the extra word makes the
    longer one a thing ("Keisha Lance Bottoms Image" of a caption)."""
    return len(shorter) >= 2 and len(longer) == len(shorter) + 1 and longer[:-1] == shorter \
        and longer[-1] not in _THING_LAST_WORDS


_THING_LAST_WORDS = frozenset(fold(w) for w in PLACE_WORDS | ORG_WORDS)


def _name_words(parts: list[str]) -> list[str]:
    """The words of a full name that can stand alone for the person: first and last, and the middle one
    of three ("Rosselló" of "Ricardo Rosselló Nevares": Spanish names carry two surnames), suffixes aside."""
    parts = [w for w in parts if fold(w) not in _SUFFIXES] or parts
    words = [parts[0], parts[-1]]
    if len(parts) == 3 and parts[1].isalpha() and len(parts[1]) > 2:
        words.append(parts[1])
    return words + [bare for w in words[1:] if (bare := _without_article(w)) != w]


def _without_article(word: str) -> str:
    """ "Obeidi" of "al-Obeidi": an Arabic surname stands alone without its article ("al-", "el-", and the
    forms it takes before some letters, "ad-", "ash-"), lower-case, or "Al-"/"El-" capitalised. A folded
    word (all lower-case) is taken as written so."""
    head, _, rest = word.partition("-")
    if (rest[:1].isupper() or word.islower()) and len(rest) > 2 and rest.isalpha() \
            and (head in _ARABIC_ARTICLES or head in ("Al", "El")):
        return rest
    return word


# the Arabic article as written in Latin letters, with its assimilated forms (closed class)
_ARABIC_ARTICLES = frozenset(["al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh"])


def _alias_words(cast: Cast) -> tuple[dict[str, str], set[str]]:
    """Single words that name one person (first or last name of the canonical form) -> id, and the words
    several people share with none of them the headline's. A surname the family shares ("Cummings") is the
    headline's person, as a reader takes it, else the one named in full most often (see _owner); a given
    name two people share only the headline's person."""
    words: dict[str, set[str]] = {}
    for pid in sorted(cast.names, key=lambda p: p):
        for word in sorted(set(_name_words(cast.names[pid].split()))):
            words.setdefault(fold(word), set()).add(pid)
    for name, pid in cast.joined.items():
        if " " not in name and pid in cast.names:
            words.setdefault(fold(name), set()).add(pid)  # "Carloway" for Colin Sutherland, Lord Carloway
    out = {}
    for word, pids in words.items():
        if all(fold(cast.names[p].split()[-1]) == word for p in pids):
            owner = _owner(sorted(pids), cast, tie=False)  # a surname the family shares
        else:  # a given name two people share ("Joe"): only the headline's person
            owners = pids if len(pids) == 1 else pids & cast.lead
            owner = next(iter(owners)) if len(owners) == 1 else None
        if owner:
            out[word] = owner
    return out, {word for word, pids in words.items() if len(pids) > 1 and len(pids & cast.lead) != 1}


def _family_use(token: Token) -> bool:
    """A surname after "the" or modifying a common noun: the family ("the Turpin's children", "the Shinawatra
    family", "Trump supporters"), not one person."""
    before = token.doc[token.i - 1].lower_ if token.i else ""
    return before == "the" or (token.dep_ == "compound" and token.head.pos_ == "NOUN")


def _owner(pids: list[str], cast: Cast, tie: bool) -> str | None:
    """Which of several people a bare name word they share ("Harris") stands for: the one named in full in
    the headline, else the one named in full most often in the body, else the one the body named first (a
    relative brought in later, "His father, Robert Dalton", is told apart by a first name or role). A couple
    named together ("David and Louise Turpin") share it: the first of the list when tie is set (the longest
    name, then the first named), else no one: "the Turpin's children" are the couple's."""
    if len(pids) == 1:
        return pids[0]
    lead = [p for p in pids if p in cast.lead]
    if len(lead) == 1:
        return lead[0]
    ranked = sorted(pids, key=lambda p: -cast.named_in_full.get(p, 0))
    if frozenset(ranked[:2]) in cast.couples:
        return ranked[0] if tie else None
    most = cast.named_in_full.get(ranked[0], 0)
    equals = [p for p in ranked if cast.named_in_full.get(p, 0) == most]
    return min(equals, key=lambda p: cast.first.get(p, (1 << 30, 0)))


def _all_mentions(doc: Doc, para: int, spans: dict, cast: Cast,
                  alias_words: tuple[dict[str, str], set[str]]) -> list[Mention]:
    """NER names, full names NER missed or buried in an ORG ("Hong Kong Carrie Lam"), and bare first
    names/surnames the model tagged as ORG/GPE; adjacent words of one person make one mention."""
    covered = {i for m in spans.values() for i in range(m.start, m.end)}
    texts = token_texts(doc)  # compared as strings: making Token objects is the costly part
    out = []
    for m in spans.values():  # "announced de Graaf", tagged "Graaf": the particle joins the mention
        pid = _resolve_name(m.name, cast) if m.end - m.start == 1 else None
        start = _particles_before(m.start, cast.names[pid].split(), texts, covered) if pid else m.start
        out.append(m if start == m.start else Mention(para, start, m.end, doc[start:m.end].text, m.standalone))
    covered.update(i for m in out for i in range(m.start, m.end))
    for name in sorted({n for n in cast.names.values() if " " in n}, key=lambda n: -len(n)):
        parts = name.replace("-", " - ").split()  # "Man-kei Tam" is four tokens: the tokenizer splits at hyphens
        size, first = len(parts), parts[0]
        for i in (i for i, text in enumerate(texts[:len(texts) - size + 1]) if text == first):
            if not covered.intersection(range(i, i + size)) and doc[i:i + size].text == name:
                out.append(Mention(para, i, i + size, name, standalone(doc[i:i + size])))
                covered.update(range(i, i + size))
    words, shared = alias_words
    for word in sorted(w for w in words if "-" in w):  # "Gallego-Lazo" alone, which the tokenizer splits in three
        parts = word.split("-")
        size = 2 * len(parts) - 1  # "Chan-o-cha" is five tokens
        for i in range(len(texts) - size + 1):
            if all(texts[i + 2 * k + 1] == "-" for k in range(len(parts) - 1)) \
                    and all(fold(texts[i + 2 * k]) == part for k, part in enumerate(parts)) \
                    and not covered.intersection(range(i, i + size)) and texts[i][:1].isupper():
                out.append(Mention(para, i, i + size, doc[i:i + size].text, standalone(doc[i:i + size])))
                covered.update(range(i, i + size))
    single = []
    for token in (doc[i] for i, text in enumerate(texts) if text[:1].isupper() and fold(text) in words):
        if token.i in covered:
            continue
        if fold(token.text) in shared and _family_use(token):
            continue  # "the Turpins", "the Shinawatra family": the family, not one of its members
        if token.ent_type_ not in ("", "PERSON", "ORG", "GPE", "NORP", "LOC"):
            continue
        if token.ent_type_ in ("ORG", "GPE", "LOC") and len(ent_of(token)) > 1 and not _honoured(token):
            continue  # part of a longer organisation or place name
        if single and single[-1].end == token.i and words[fold(single[-1].name.split()[-1])] == words[fold(token.text)]:
            last = single.pop()
            single.append(Mention(para, last.start, token.i + 1, doc[last.start:token.i + 1].text,
                                  standalone(doc[last.start:token.i + 1])))
            continue
        start = _particles_before(token.i, cast.names[words[fold(token.text)]].split(), texts, covered)
        single.append(Mention(para, start, token.i + 1, doc[start:token.i + 1].text, standalone(doc[start:token.i + 1])))
    return sorted(out + single, key=lambda m: m.start)


def _honoured(token: Token) -> bool:
    """ "Ms Maliwal" tagged as an organisation: an honorific and the name alone are the person."""
    ent = ent_of(token)
    return len(ent) == 2 and ent.end == token.i + 1 and ent[0].lower_ in HONORIFICS


def _particles_before(i: int, parts: list[str], texts: tuple[str, ...], covered: set[int]) -> int:
    """ "support for de Blasio": the lower-case particles that stand before the surname in the full name
    ("Bill de Blasio") belong to the mention of it, which would be a fragment without them; where the
    mention starts."""
    k = next((j for j, part in enumerate(parts) if part == texts[i]), 0)
    start = i
    while k > 0 and start > 0 and parts[k - 1].islower() and texts[start - 1] == parts[k - 1] \
            and start - 1 not in covered:
        k -= 1
        start -= 1
    return start


def _owns(doc: Doc, end: int) -> bool:
    """The name ending before end is a possessor ("Hunter Biden's laptop")."""
    return end < len(doc) and doc[end].text in ("'s", "’s", "'", "’")


def _last_named(word: str, cast: Cast, named_last: dict[str, tuple[int, int]], para: int) -> str | None:
    """Which of several people a bare name word they share stands for at one place ("said Sahin" after
    "Justice Minister Mehmet Ali Sahin", with a police chief Ibrahim Sahin earlier), when none of them is
    the one the article is about (named in the headline, or its main bearer): the one named in full last
    before it in the same paragraph, not as a relative or an owner. None when it names one person only,
    when no one was so named, or when the last two named are a couple ("David and Louise Turpin")."""
    pids = [p for p in cast.names if _contains(cast.names[p].split(), [word])]
    named = sorted((p for p in pids if named_last.get(p, (None,))[0] == para), key=lambda p: -named_last[p][1])
    if len(pids) < 2 or not named or cast.lead.intersection(pids) or frozenset(named[:2]) in cast.couples \
            or _main_bearer(pids, cast):
        return None
    return named[0]


def _main_bearer(pids: list[str], cast: Cast) -> str | None:
    """The one of several people sharing a name word the article is about though the headline does not name
    them: named in full three times or more, and more often than any other ("Donald Trump" beside a niece
    "Mary Trump" named once)."""
    counts = sorted(((cast.named_in_full.get(p, 0), p) for p in pids), reverse=True)
    return counts[0][1] if counts[0][0] >= 3 and counts[0][0] > counts[1][0] else None


def _resolve_name(name: str, cast: Cast) -> str | None:
    words = name.split()
    pid = slugify(name)
    if pid in cast.names:
        return pid
    if name in cast.joined:
        return cast.joined[name]
    matches = [p for p in cast.names if _contains(cast.names[p].split(), words)]
    return _owner(matches, cast, tie=True) if matches else None


def genders(cast: Cast, docs: dict[int, Doc]) -> dict[str, str]:
    """Each person's gender ("m" | "f"), from the article first: a gendered word before or in apposition
    to the name ("Mrs.", "spokeswoman", "his mother, Ann Lee"), else a he/she opening the sentence after
    one that names only this person; a common first name only when the article says nothing."""
    evidence: dict[str, list[str]] = {}
    pronouns: dict[str, list[str]] = {}
    for mention, pid in cast.mentions:
        if mention.para == HEADLINE:
            continue
        name = docs[mention.para][mention.start:mention.end]
        evidence.setdefault(pid, []).extend(g for t in _describing(name) if (g := noun_gender(t)))
        said = _pronoun_after(name, cast, mention.para)
        if said:
            pronouns.setdefault(pid, []).append(said)
    out = {}
    for pid in sorted(cast.names):
        for votes in (evidence.get(pid), pronouns.get(pid)):
            if votes and len(set(votes)) == 1:
                out[pid] = votes[0]
                break
        else:
            if not evidence.get(pid) and not pronouns.get(pid) and (g := _name_gender(cast.names[pid])):
                out[pid] = g
    return out


def noun_gender(token: Token) -> str | None:
    for low in (token.lower_.rstrip("."), token.lemma_.lower()):
        if low in FEMALE_NOUNS or low in MALE_NOUNS:
            return "f" if low in FEMALE_NOUNS else "m"
    return None


def _describing(name: Span) -> list[Token]:
    """The word right before the name (a title or honorific) and the heads of its appositions, but not one
    with a name of its own ("Trump himself, his wife Melania, and ...": the wife is Melania)."""
    out = [name.doc[name.start - 1]] if name.start > 0 else []
    root = name.root
    out += [c for c in root.children if c.dep_ == "appos" and c.i >= name.end
            and not any(g.dep_ in ("appos", "compound") and g.pos_ == "PROPN" and g.i > c.i for g in c.children)]
    if root.dep_ == "appos" and root.head.i < name.start:
        out.append(root.head)
    return out


def _pronoun_after(name: Span, cast: Cast, para: int) -> str | None:
    """The gender of a he/she that opens the next sentence, when this name is the only person in its own, or its
    subject beside others named only as possessors ("Lamont spoke of McLetchie's drive. She called ..."); not of a
    name inside quotation marks when the pronoun is outside them, nor in a sentence the parser opens inside a
    quote ('... our fate?", and addressed Premier Modi demanding ... She said': it goes on the sentence before)."""
    sent = name.sent
    own = cast.at.get((para, name.start))
    others = [name.doc[i] for i in range(sent.start, sent.end) if cast.at.get((para, i)) not in (None, own)]
    if others and not (_subject(name) and all(_possessor(t) for t in others)):
        return None
    doc = name.doc
    if sent.end >= len(doc):
        return None
    first = doc[sent.end]
    if first.lower_ not in ("he", "she"):
        return None
    ranges = quote_ranges(doc.text)
    inside = [any(start <= t.idx < end for start, end in ranges) for t in (name[0], first, sent.root)]
    if inside[0] and not inside[1]:
        return None  # '... said: "David had so much to give." She said ...': the speaker goes on, not the quoted name
    if inside[2] and not inside[0]:
        return None
    return PRONOUN_GENDER[first.lower_]


def _subject(name: Span) -> bool:
    """The name is a subject ("Labour leader Jane Roe spoke", "The leader, Jane Roe, spoke")."""
    root = name.root
    while root.dep_ in ("compound", "flat", "appos") and root.head != root:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass")


def _possessor(token: Token) -> bool:
    """A word of a name that owns something ("McLetchie's drive", "Ann Lee's son")."""
    while token.dep_ in ("compound", "flat") and token.head != token:
        token = token.head
    return token.dep_ == "poss"


def _name_gender(name: str) -> str | None:
    first = name.split()[0].lower()
    if first in FEMALE_NAMES:
        return "f"
    if first in MALE_NAMES:
        return "m"
    return None


def pronoun_gender(token: Token) -> str | None:
    return PRONOUN_GENDER.get(token.lower_)
