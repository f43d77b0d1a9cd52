"""Person names in one Doc: NER's PERSON spans repaired (titles, possessives, particles) and
proper names NER missed that the syntax marks as people."""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from spacy.attrs import POS
from spacy.parts_of_speech import PROPN as _PROPN
from spacy.tokens import Doc, Span, Token

from .lexicon import (
    FEMALE_NAMES,
    FEMALE_NOUNS,
    HONORIFICS,
    MALE_NAMES,
    MALE_NOUNS,
    NAME_PARTICLES,
    NATIONALITIES,
    OFFICE_WORDS,
    ORG_WORDS,
    OTHER_FIRST_NAMES,
    PERSON_AGENTS,
    PLACE_WORDS,
    PLATFORMS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    THING_NOUNS,
    TITLE_ABBREVIATIONS,
    VESSEL_PREFIXES,
)

_THING_ENTS = frozenset(["ORG", "FAC", "GPE", "LOC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"])
_POSSESSIVE = ("'s", "’s", "'", "’")
# Bodies named after the person at their head: "Obama's administration" is the Obama administration.
# Not "presidency": "Ben Ali's presidency" is the man's own tenure, which names him; nor a government,
# cabinet, regime or campaign, which the golds read as the person's own ("Ian Smith's government", "General
# Wesley Clark's campaign"): unlike "the Obama administration", no fixed name of a body stands behind them.
_HELD_THINGS = frozenset(["administration", "foundation"])
# Things named after a person in the possessive, which mention no one: "Kepler's laws", "Halley's comet".
_EPONYM_NOUNS = frozenset(["law", "theorem", "equation", "principle", "constant", "conjecture", "paradox",
                           "hypothesis", "disease", "syndrome", "comet", "razor"])
# Sentence ends in the scripts of original-language passages (Devanagari danda, CJK stop).
_FULL_STOPS = frozenset([".", "!", "?", "।", "॥", "。", "！", "？", "؟"])
# Family nouns before a first name: "his wife Bernadette".
_KIN_NOUNS = frozenset(["wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "widow",
                        "partner", "fiancée", "fiancé", "grandson", "granddaughter", "child", "children", "sons",
                        "daughters", "brothers", "sisters", "grandchildren", "grandsons", "granddaughters",
                        "niece", "nephew", "cousin", "uncle", "aunt", "grandmother", "grandfather", "stepson",
                        "stepdaughter", "stepmother", "stepfather", "nieces", "nephews", "cousins"])
# Nouns whose "of" names a person: "the resignation of ...", "the funeral of ...".
_PERSONAL_EVENTS = frozenset(["resignation", "death", "arrest", "murder", "killing", "assassination", "funeral",
                              "appointment", "dismissal", "firing", "release", "impeachment", "inauguration",
                              "wife", "husband", "son", "daughter", "widow", "mother", "father"])
# Function words no other Latin-script language writes alike: where one follows a foreign passage
# ("‍tőkekihelyezési strategy of Prime Minister ..."), English has resumed.
_ENGLISH_ONLY = frozenset(["the", "of", "by", "when", "which", "with", "who", "whom", "whose", "their", "its",
                           "were", "would", "could", "should", "been"])
# Letters NFKD leaves whole, so "Jarosław" and "Jaroslaw" fold alike.
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "ı": "i"})


def clean_name(span: Span) -> Span | None:
    """The span without leading titles/honorifics/determiners and trailing possessives or punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and not _article_joined(doc, start, end) and not _particles_open(doc, start, end) and (
            _is_title_word(doc[start]) or not doc[start].text[:1].isupper()
            or doc[start].pos_ in _NOT_NAME_POS and not first_name(doc[start])
            and _english_word(doc[start]) and not _given_before_subject(doc[start], end)
            or doc[start].text in PLATFORMS):
        start += 1  # "Regarding Ashodaya": a capitalised verb or preposition opening a sentence; "on Twitter West"
    if end - start >= 3 and start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in OFFICE_WORDS \
            and doc[start].text[1:].islower() and not first_name(doc[start]):
        start += 1  # "Mayor of Koszalin Piotr Jedlinski" tagged as one person: the place opens it
    if end - start >= 2 and start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].text[:1].isupper() \
            and common_word(doc[start]) and not first_name(doc[start]) and first_name(doc[start + 1]):
        start += 1  # "Guests of Honour Cherie ...": a capitalised title's last word, then the name
    words = _word_count(doc, start, end)  # "Salah al-Obaidi" is two words: a given name, not a descriptor
    if (words >= 3 or words == 2 and _adjective_only(doc[start])) and descriptor(doc[start]) \
            and not (doc[start].pos_ == "VERB" and _given_before_subject(doc[start], end)) \
            and not _middle_initial(doc[start + 1]) \
            or words >= 3 and _occupation(doc[start]):
        start += 1  # "Astronomer Anthony Boccaletti discusses ...", "..., podcaster Spike Cohen"; a word right
        # before a middle initial is a given name, not a descriptor ("Lewis W. Teperman, a doctor, said")
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct
                           or doc[end - 1].lower_ in NAME_PARTICLES and not _hyphen_tail(doc[end - 1])
                           or doc[end - 1].lower_ in _TRAILING_TITLES
                           or doc[end - 1].tag_ in _VERB_FORMS and not first_name(doc[end - 1])
                           and _english_word(doc[end - 1])
                           or doc[end - 1].text in POST_NOMINALS):
        end -= 1  # "Labour MP", "Divisional Railway Manager": a title, not a surname
    end = _extend_hyphen_tail(doc, _extend_particles(doc, end))
    if start >= end or any(t.like_num or t.is_digit for t in doc[start:end]) or _numbered(doc, end):
        return None
    words = [t for t in doc[start:end] if t.lower_ not in NAME_PARTICLES]
    if not words or any(not t.text[:1].isupper() for t in words if t.is_alpha and not _hyphen_tail(t)):
        return None
    return doc[start:end]


def _particles_open(doc: Doc, start: int, end: int) -> bool:
    """ "as van Buyten headed", "van der Berg scored": lower-case name particles inside the sentence that run
    up to a capitalised word of the name open the surname, which keeps them."""
    i = start
    while i < end and doc[i].lower_ in NAME_PARTICLES and doc[i].text.islower():
        i += 1
    return start < i < end and not doc[start].is_sent_start and doc[i].text[:1].isupper() and doc[i].is_alpha


def _numbered(doc: Doc, end: int) -> bool:
    """ "Republic Act No. 3846", "Resolution No 12": a name ending in "No" with a number after it is a numbered
    thing (a law, an order, an item), not a person."""
    after = end + 1 if end < len(doc) and doc[end].text == "." else end
    return doc[end - 1].text in ("No", "No.", "Nos", "Nos.") and after < len(doc) and doc[after].like_num


def _given_before_subject(token: Token, end: int) -> bool:
    """ "Said Karim, a farmer, said ...": a capitalised word read as a verb, whose next word in the name is
    the subject of a verb after the name, is the name's first word: a verb opening the sentence would have
    the name as its object ("Regarding Ashodaya, ...")."""
    after = token.doc[token.i + 1] if token.i + 1 < end else None
    return after is not None and after.dep_ == "nsubj" and after.head.i >= end and after.head.pos_ in ("VERB", "AUX")


# Arabic articles hyphenated to a surname: "al-Megrahi", "el-Sisi" stand for the person as written.
_ARTICLES = frozenset(["al", "el"])


def _article_joined(doc: Doc, start: int, end: int) -> bool:
    """ "al-Megrahi": a lower-case Arabic article glued by a hyphen to the capitalised word after it opens the
    surname, not a lower-case word to strip."""
    return start + 2 < end and doc[start].lower_ in _ARTICLES and doc[start].text.islower() \
        and doc[start + 1].text == "-" and not doc[start].whitespace_ and not doc[start + 1].whitespace_ \
        and doc[start + 2].text[:1].isupper()


def _word_count(doc: Doc, start: int, end: int) -> int:
    """Words of doc[start:end], a hyphenated word one: "al-Obaidi" and "Jean-Pierre" are tokenised in three."""
    return sum(1 for i in range(start, end) if doc[i].text != "-" and not (i > start and doc[i - 1].text == "-"
                                                                          and not doc[i - 1].whitespace_))


def _joined(token: Token) -> bool:
    """The second half of a hyphenated name word ("kei" of "Man-kei", "Baroux" of "Salat-Baroux")."""
    doc = token.doc
    return token.i > 1 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_ \
        and not doc[token.i - 2].whitespace_ and doc[token.i - 2].is_alpha and token.is_alpha


def _extend_hyphen_tail(doc: Doc, end: int) -> int:
    """ "Chan" of "Chan-o-cha", which NER tags alone: the lower-case parts hyphenated on to the name's last word
    without spaces, the last no English word ("Obama-era", "Trump-backed" are no names)."""
    i = end
    while i + 1 < len(doc) and i > 0 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
            and doc[i + 1].is_alpha and doc[i + 1].text.islower():
        i += 2
    return i if i > end and not _english_word(doc[i - 1]) and not common_word(doc[i - 1]) else end


def _hyphen_tail(token: Token) -> bool:
    """ "soo" of "Yung-soo", "kei" of "Man-kei", "o" and "cha" of "Chan-o-cha": a lower-case later part of a
    hyphenated name, written without spaces after a capitalised first part."""
    doc = token.doc
    i = token.i
    while i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
            and doc[i - 2].is_alpha and i - 2 >= token.i - 6:
        i -= 2
        if doc[i].text[:1].isupper():
            return True
    return False


def hyphen_joins(dash: Token) -> bool:
    """A hyphen with no space on either side between two words or numbers: the pieces are one word ("re-run",
    "long-term", "co-founder", "ex-president"), which the tokenizer splits."""
    doc = dash.doc
    return dash.text == "-" and 0 < dash.i < len(doc) - 1 and not doc[dash.i - 1].whitespace_ \
        and not dash.whitespace_ and doc[dash.i - 1].text[-1:].isalnum() and doc[dash.i + 1].text[:1].isalnum()


def whole_word_end(doc: Doc, end: int) -> int:
    """Where a span that would end at `end` ends without cutting a word joined by hyphens: past its last piece
    ("called for a re-run", not "a re"), and past what hangs on a piece the parser makes a separate phrase
    beside the first one ("re" "-" "run of the bidding", "re" "-" "entering the accord": the whole word is one
    object, with its dependents)."""
    last = word_end(doc[end - 1]).i + 1
    if last == end:
        return end
    first = doc[end - 1]
    beside = [t.right_edge.i + 1 for t in doc[end:last] if t.head == first.head and t.head != t
              and not end <= t.head.i < last]
    return max([last] + beside)


def word_start(token: Token) -> Token:
    """The first piece of the word joined by hyphens that `token` is a piece of ("co" for "founder" in
    "co-founder", "27" for "old" in "27-year-old"); the token itself when no hyphen joins it to the word before."""
    doc = token.doc
    i = token.i
    while i >= 2 and hyphen_joins(doc[i - 1]):
        i -= 2
    return doc[i]


def word_end(token: Token) -> Token:
    """The last piece of the word joined by hyphens that `token` is a piece of ("President" for "Vice" in
    "Vice-President"); the token itself when no hyphen joins it to the word after."""
    doc = token.doc
    i = token.i
    while i < len(doc) - 2 and hyphen_joins(doc[i + 1]):
        i += 2
    return doc[i]


def _with_given_name(span: Span, covered: set[int]) -> Span:
    """ "Mayor of London Sadiq Khan": NER tagged only "Khan"; the capitalised word before it that
    modifies it, and is neither a title nor an entity of its own, is the first name."""
    doc = span.doc
    start = span.start
    if start > 1 and doc[start - 1].lower_ in NAME_PARTICLES and doc[start - 1].text.islower() \
            and doc[start - 1].i not in covered:
        start -= 1  # "Arnel dela Vega": NER tagged "dela Vega", and the cleaning left "Vega"
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.i not in covered and before.is_alpha and before.text.islower() \
            and _hyphen_tail(before) and before.head.i in range(start, span.end) \
            and not _english_word(before) and not common_word(before):  # not "Co-author", "Singer-songwriter"
        first = before.i
        while first > 1 and doc[first - 1].text == "-" and not doc[first].text[:1].isupper():
            first -= 2
        if not covered.intersection(range(first, start)):
            return doc[first:span.end]  # "Man-kei Tam": NER tagged "Tam"; the hyphenated given name before it
    if before is None or before.i in covered or before.ent_type_ or before.pos_ != "PROPN" \
            or not before.is_alpha or not before.text[:1].isupper() or not (before.text[1:].islower() or _initial(before)) \
            or before.head.i not in range(start, span.end) \
            or _is_title_word(before) or common_word(before) and not _initial(before):
        return span
    if (before.is_sent_start or before.i == 0) and span.end - start >= 2 and not first_name(before) \
            and before.lower_.endswith(_AGENT_ENDINGS):
        return span  # "Podcaster Spike Cohen received ...": an agent noun opening the sentence before a full name
    return doc[start - 1:span.end]


def _names_after_office_of_place(doc: Doc, covered: set[int]) -> list[Span]:
    """ "First Minister of Scotland Nicola Sturgeon", "Senator from Vermont Bernie Sanders" tagged as one
    organisation: after "<office> of" or "<office> from", an entity of a place word, a common first name
    and a surname ends in the person's name."""
    out = []
    for ent in ents_of(doc):
        if ent.label_ not in ("ORG", "GPE") or not 3 <= len(ent) <= 5 or ent.start < 2 \
                or doc[ent.start - 1].lower_ not in ("of", "from") \
                or doc[ent.start - 2].lower_ not in OFFICE_WORDS or covered.intersection(range(ent.start, ent.end)):
            continue
        name = ent[-2:]
        if (first_name(name[0]) or len(ent) == 3 and ent[0].pos_ == "PROPN" and ent[0].text in _COUNTRIES) \
                and all(t.pos_ == "PROPN" and t.is_alpha and t.text[1:].islower() for t in name):
            out.append(name)  # "Prime Minister of India Narendra Modi": a country opens it
            # "Speaker of the House Nancy Pelosi": a longer body, then a common first name and a surname
    return out


def _speaker_after_org(doc: Doc, covered: set[int]) -> list[Span]:
    """ "director of Amnesty International Man-kei Tam said": an organisation's entity that runs on past its
    last organisation word into the subject of a reporting verb; the capitalised words after that word
    (two, or a hyphenated given name and a surname) are the speaker's name, unless they are dictionary
    words with no first name among them ("the Disease Surveillance Team reported")."""
    out = []
    for ent in ents_of(doc):
        last = ent[-1]
        if ent.label_ != "ORG" or len(ent) < 3 or last.dep_ != "nsubj" or last.head.lemma_.lower() not in SPEECH_VERBS \
                or covered.intersection(range(ent.start, ent.end)):
            continue
        org_end = max((t.i + 1 for t in ent if t.text in ORG_WORDS), default=None)
        if org_end is None:
            continue
        name = doc[org_end:ent.end]
        words = [t for t in name if t.text != "-" and not _hyphen_tail(t)]
        if len(words) == 2 and all(_name_word(t) and t.text[1:].islower() for t in words) \
                and all(t.is_alpha for t in name if t.text != "-") and (any(_hyphen_tail(t) for t in name) or first_name(words[0]) or not all(common_word(t) for t in words)):
            out.append(name)
    return out


def _names_after_possessive(doc: Doc, covered: set[int]) -> list[Span]:
    """ "told NBC's Lester Holt", "Ajax's Matthijs de Ligt became ...": after an owner's possessive the model
    tags the name an organisation or a place. Two or three capitalised proper nouns (particles aside) that make
    up the whole entity, with no capitalised word after it, acting in the clause (not modifying a noun), none
    a place or organisation word, and either a first name and a surname the word index does not hold or no
    dictionary word at all, name a person ("Pixar's Inside Out", "London's Hyde Park" do not)."""
    out = []
    for ent in ents_of(doc):
        if ent.label_ in ("PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY") \
                or ent.start < 2 or doc[ent.start - 1].text not in _POSSESSIVE \
                or ent.end < len(doc) and doc[ent.end].text[:1].isupper() \
                or ent.root.dep_ in ("compound", "nmod", "amod") or covered.intersection(range(ent.start, ent.end)):
            continue
        words = [t for t in ent if t.lower_ not in NAME_PARTICLES]
        if not 2 <= len(words) <= 3 or any(not (t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper()
                                                and t.text[1:].islower()) or t.text in ORG_WORDS | PLACE_WORDS
                                           for t in words):
            continue
        if first_name(words[0]) and not common_word(words[-1]) or not any(common_word(t) for t in words):
            out.append(ent)
    return out


_COUNTRIES = frozenset(NATIONALITIES.values())


def _with_surname(span: Span, covered: set[int]) -> Span:
    """ "Chief Superintendent Graciano Mijares": NER tagged "Superintendent Graciano"; the untagged proper
    noun the name's last word modifies is the surname, with the untagged proper nouns before it that modify it
    too ("President Ahmed Abdallah Mohamed Sambi": NER tagged "Ahmed Abdallah"), all of them name words ("the
    Ahmed Abdallah Memorial Hospital" runs on into a building's name: no surname)."""
    doc = span.doc
    end = span.end
    while end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end:
        surname = doc[end - 1].head
        run = doc[end:surname.i + 1]
        if not all(_untagged_name_word(t, covered) for t in run) \
                or any(t.dep_ != "compound" or t.head != surname for t in run[:-1]):
            break
        end = surname.i + 1
    return doc[span.start:end]


def _untagged_name_word(token: Token, covered: set[int]) -> bool:
    """A capitalised proper noun NER left untagged that can end a name: not "Divisional Railway Manager"."""
    return token.i not in covered and token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper() \
        and token.text[1:].islower() and not token.ent_type_ and token.text not in ORG_WORDS | PLACE_WORDS \
        and token.lower_ not in _TRAILING_TITLES


# Generational suffixes written after a comma ("Dale Earnhardt, Jr.", "Henry Ford, II"), full stop aside.
NAME_SUFFIXES = frozenset(["Jr", "Sr", "II", "III", "IV"])


def _with_suffix(span: Span) -> Span:
    """ "Dale Earnhardt, Jr.": NER stops the name at the comma (or tags "Jr." apart); a generational suffix right
    after a comma belongs to the name, unless a capitalised word follows it (a list: "Smith, Jr. Lee and ...")."""
    doc = span.doc
    end = span.end
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text.rstrip(".") in NAME_SUFFIXES \
            and not (end + 2 < len(doc) and doc[end + 2].is_alpha and doc[end + 2].text[:1].isupper()):
        return doc[span.start:end + 2]
    return span


# Abbreviated ranks and titles before a name ("Sgt Ron Long", "Lt. Col. Ann Byrd", "Rep. Jo Ellis"), full stop
# aside. Those that are also given names or words ("Gen", "Col", "Rep") count only with their full stop.
_TITLE_ABBREVIATIONS = frozenset(word.rstrip(".") for word in TITLE_ABBREVIATIONS)
_ABBREVIATIONS_WITH_STOP = frozenset(["gen", "col", "adm", "rep", "sen", "gov", "det", "amb"])


def _title_abbreviation(token: Token) -> bool:
    low = token.lower_.rstrip(".")
    return low in _TITLE_ABBREVIATIONS and token.text[:1].isupper() \
        and (token.text.endswith(".") or low not in _ABBREVIATIONS_WITH_STOP)


def _is_title_word(token: Token) -> bool:
    low = token.lower_.rstrip(".")
    if _title_abbreviation(token) or low.endswith("men") and (low[:-3] + "man" in OFFICE_WORDS
                                                                or low[:-3] + "man" in _TITLES_BEFORE):
        return True  # "Congressmen Ann Ruiz and ...", "Councilwomen ...": a plural title
    if low.endswith("s") and (low[:-1] in OFFICE_WORDS | ROLE_NOUNS or token.text[:1].isupper()
                              and low[:-1].endswith(_AGENT_ENDINGS) and low[:-1] in _common_words(token.vocab)):
        low = low[:-1]  # "Representatives Eliot Engel and ...", "Senior Advisors Jared Kushner and ..."
    return low in HONORIFICS or token.lower_ in HONORIFICS or low in OFFICE_WORDS or token.pos_ == "DET" \
        or low in ROLE_NOUNS and low not in FEMALE_NAMES and low not in MALE_NAMES


# Titles that end a run of capitalised words but are nobody's surname.
_TRAILING_TITLES = frozenset(["president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
                              "manager", "director", "officer", "chairman", "chairwoman", "chairperson", "mp",
                              "ceo", "premier", "pm"])
# Letters after a name that are honours or ranks, not part of it ("Kama Melly QC", "Jane Roe MBE").
POST_NOMINALS = frozenset(["QC", "KC", "MP", "MEP", "MSP", "MBE", "OBE", "CBE", "KBE", "DBE", "VC", "PhD"])
_AGENT_ENDINGS = ("er", "ist", "or", "ian")
# Parts of speech and verb forms no name word takes, which NER sweeps in at a name's edge in title-case
# text: "Regarding Ashodaya", "Modi Announced".
_NOT_NAME_POS = frozenset(["VERB", "AUX", "ADP", "SCONJ", "ADV", "PRON", "CCONJ"])
_VERB_FORMS = frozenset(["VBD", "VBN", "VBG", "VBZ"])


def _occupation(token: Token) -> bool:
    """A capitalised agent noun before a full name anywhere in a sentence ("Podcaster Spike Cohen"): a
    common noun in the word index that no first-name list holds."""
    low = token.lower_
    return token.text[1:].islower() and low.endswith(_AGENT_ENDINGS) and token.whitespace_ \
        and not first_name(token) and low in _common_words(token.vocab)


def descriptor(token: Token) -> bool:
    """A sentence-opening capitalised common noun or adjective that is not a first name: "Guitarist" in
    "Guitarist Eddie Van Halen dies", "Longtime" in "Longtime Imus in the Morning writer ..."."""
    return (token.is_sent_start or token.i == 0) and token.text[1:].islower() and token.whitespace_ \
        and not first_name(token) and common_word(token)


def first_name(token: Token) -> bool:
    """A common first name, accents aside ("Nicolás" is "Nicolas")."""
    return first_name_word(token.text)


def first_name_word(word: str) -> bool:
    low = fold(word)
    return low in FEMALE_NAMES or low in MALE_NAMES or low in OTHER_FIRST_NAMES


def adjective_word(token: Token) -> bool:
    """The word (lower-cased) is an adjective of the pipeline's word index: "Senior", "Irish"."""
    return token.lower_ in _word_index(token.vocab)[1]


def _adjective_only(token: Token) -> bool:
    """ "Longtime", "Legendary": an adjective the word index does not also know as a noun."""
    nouns, adjectives = _word_index(token.vocab)
    return token.lower_ in adjectives and token.lower_ not in nouns


def common_word(token: Token) -> bool:
    """The word (lower-cased) is a noun or adjective in the pipeline's word index (see generator.nlp)."""
    words = _common_words(token.vocab)
    low = token.lower_
    return low in words or token.lemma_.lower() in words or low.endswith("s") and low[:-1] in words


_INDEX: dict[int, tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]] = {}


def _word_index(vocab) -> tuple[frozenset[str], frozenset[str]]:
    """The index's nouns and adjectives as sets, made once per vocabulary (the tables hold lists)."""
    return _index(vocab)[:2]


def _common_words(vocab) -> frozenset[str]:
    return _index(vocab)[2]


def _english_word(token: Token) -> bool:
    """A function word, or a word whose lemma the word index holds as a verb or noun: "Regarding" and
    "Announced" are words the tagger may sweep into a name; "Barack", tagged ADP by mistake, is not."""
    if token.is_stop:
        return True
    words = _index(token.vocab)[3]
    return token.lower_ in words or token.lemma_.lower() in words


def index_verbs(vocab) -> frozenset[str]:
    """The verbs of the pipeline's word index (WordNet's, see generator.nlp), made once per vocabulary."""
    return _index(vocab)[4]


def _index(vocab) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Nouns, adjectives, both, verbs and nouns, and verbs of the pipeline's word index."""
    key = id(vocab)
    if key not in _INDEX:
        nouns = adjectives = verbs = frozenset()
        if "lemma_index" in vocab.lookups.tables:
            table = vocab.lookups.get_table("lemma_index")
            nouns = frozenset(table.get(vocab.strings["noun"], ()))
            adjectives = frozenset(table.get(vocab.strings["adj"], ()))
            verbs = frozenset(table.get(vocab.strings["verb"], ()))
        _INDEX[key] = (nouns, adjectives, nouns | adjectives, verbs | nouns, verbs)
    return _INDEX[key]


def _extend_particles(doc: Doc, end: int) -> int:
    """Extend "Ursula von" over "der Leyen": the small model splits names at particles."""
    i = end
    while i < len(doc) and doc[i].lower_ in NAME_PARTICLES and doc[i].text.islower():
        i += 1
    if i > end and i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha:
        return i + 1
    if end > 0 and doc[end - 1].lower_ in NAME_PARTICLES and end < len(doc) and doc[end].text[:1].isupper():
        return end + 1
    if end < len(doc) and doc[end].text[:2] in ("d'", "d’", "D'", "D’") and doc[end].text[2:3].isupper():
        return end + 1  # "Valéry Giscard d'Estaing"
    return end


def name_spans(doc: Doc) -> list[Span]:
    """Cleaned PERSON entities plus proper nouns right after an honorific or office word."""
    spans, covered, credit = [], set(foreign(doc)), credits(doc)
    for ent in ents_of(doc):
        if ent.label_ != "PERSON" or credit.intersection(range(ent.start, ent.end)) \
                and (ent.start not in credit or len(ent) < 2):
            continue  # a credit's lone word is a user name ("Image: Genium"), its full name a photographer
        span = clean_name(_with_nickname(ent))
        if span is not None:
            span = _with_suffix(_with_surname(_with_given_name(span, covered), covered))
        if span is not None and not covered.intersection(range(span.start, span.end)):
            if spans and spans[-1].end == span.start == ent.start and span.start not in credit:
                span = doc[spans.pop().start:span.end]  # "Zine El Abidine" + "Ben Ali's": NER split one name
            elif spans and spans[-1].end + 3 == span.start == ent.start and _quoted_nickname(doc, spans[-1].end):
                span = doc[spans.pop().start:span.end]  # 'Edward Lodewijk "Eddie" Van Halen': split at the nickname
            spans.append(span)
            covered.update(range(span.start, span.end))
    byline = _credited_name(doc, credit)
    if byline is not None and not covered.intersection(range(byline.start, byline.end)):
        spans.append(byline)
    covered |= credit
    for token in (doc[i] for i in propn_indices(doc)):
        if token.i in covered or not (after_title(token) or _occupation_opens_org(token)):
            continue
        if token.ent_type_ in ("", "PERSON", "ORG", "NORP", "GPE", "PRODUCT") and token.text[:1].isupper() \
                and token.is_alpha \
                and (len(ent_of(token)) == 1 or _title_in_org(token)):
            end = token.i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_alpha and end not in covered \
                    and doc[end].text[:1].isupper() and doc[end].ent_type_ in ("", "PERSON", "ORG"):
                end += 1
            span = clean_name(doc[token.i:end])
            if span is not None:
                spans.append(span)
                covered.update(range(span.start, span.end))
    spans.extend(_names_after_plural_title(doc, covered))
    spans.extend(_names_after_role(doc, covered))
    for span in _names_after_office_of_place(doc, covered) + _speaker_after_org(doc, covered) \
            + _names_after_possessive(doc, covered):
        spans.append(span)
        covered.update(range(span.start, span.end))
    for span in _names_by_syntax(doc, covered):
        spans.append(span)
        covered.update(range(span.start, span.end))
    spans.extend(_names_after_role_of_body(doc, covered))
    spans.extend(_names_marked_as_people(doc, covered))
    spans.extend(_names_listed_with_people(doc, spans, covered))
    return sorted(spans, key=lambda s: s.start)


def subtitle_after(doc: Doc, end: int) -> bool:
    """ "Captain America: Civil War": a title and a word, then a colon and a capitalised word in the same
    sentence, are a work's title before its subtitle, not a titled person."""
    return end + 1 < len(doc) and doc[end].text == ":" and doc[end + 1].text[:1].isupper() \
        and doc[end + 1].is_alpha and doc[end + 1].sent.start == doc[end].sent.start


def _quoted_nickname(doc: Doc, i: int) -> bool:
    """A capitalised word in double quotes at i ('"Eddie"'), with no space inside the quotes."""
    return i + 2 < len(doc) and doc[i].text in ('"', "“") and doc[i + 2].text in ('"', "”") \
        and doc[i + 1].is_alpha and doc[i + 1].text[:1].isupper() and not doc[i].whitespace_ \
        and not doc[i + 1].whitespace_


def _with_nickname(ent: Span) -> Span:
    """ 'Matiu "Matt" Ratana' tagged as 'Matiu "Matt' and 'Ratana': a nickname in quotes inside a name
    keeps the surname after the closing quote; so does a name tagged only up to the nickname ('Giuseppe',
    then '"Joe" Russo' as a work or nothing)."""
    doc, end = ent.doc, ent.end
    if len(ent) > 3 and _quoted_nickname(doc, end - 3):
        ent, end = doc[ent.start:end - 1], end - 1  # 'Sergeant Frank "Greg"': the entity ends at the closing quote
    if _quoted_nickname(doc, end) and end + 3 < len(doc) and doc[end + 3].pos_ == "PROPN" \
            and doc[end + 3].text[:1].isupper() and doc[end + 3].is_alpha:
        ent, end = doc[ent.start:end + 2], end + 2  # the nickname and its closing quote join the name
    if len(ent) < 3 or ent[1].text != '"' and ent[-2].text not in ('"', "“") or ent[-1].text == '"' \
            or end + 1 >= len(doc) or doc[end].text not in ('"', "”"):
        return ent
    last = end + 1
    while last < len(doc) and doc[last].pos_ == "PROPN" and doc[last].text[:1].isupper() and doc[last].is_alpha:
        last += 1
    return doc[ent.start:last] if last > end + 1 else ent


def credits(doc: Doc) -> set[int]:
    """Tokens of a photo credit, "... Image: Remi Mathis (photos)." to the paragraph's end. The golds list a
    photographer named in full as a person (a named human the article shows), but nothing else there is a
    mention of anyone. The caption may be glued on ("JorgensenImage:")."""
    texts = token_texts(doc)
    start = next((i for i, text in enumerate(texts[:-1]) if text.endswith("Image") and texts[i + 1] == ":"), None)
    return set() if start is None else set(range(start, len(texts)))


def _credited_name(doc: Doc, credit: set[int]) -> Span | None:
    """ "Image: Pax Ahimsa Gethen.": two or three capitalised words that make up the whole credit (up to
    its full stop or bracket) name the photographer, tagged or not, unless untagged and all dictionary words
    ("New Media Days"); "Jo Jorgensen for President" does not."""
    if not credit:
        return None
    start = min(credit) + 2
    end = start
    while end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper() and doc[end].text[1:].islower():
        end += 1
    if not 2 <= end - start <= 3 or end < len(doc) and doc[end].text not in (".", "(", ")") and not doc[end].is_space:
        return None
    words = doc[start:end]
    if words[0].ent_type_ != "PERSON" and not first_name(words[0]) and all(common_word(t) for t in words):
        return None  # "Image: New Media Days.": dictionary words name an organisation
    return words


def text_of(doc: Doc) -> str:
    """The text of `doc`, which spaCy builds afresh from the tokens on every access: built once per Doc."""
    if "text" not in doc.user_data:
        doc.user_data["text"] = "".join(t.text_with_ws for t in tokens_of(doc))  # Doc.text, from the cached tokens
    return doc.user_data["text"]


def tokens_of(doc: Doc) -> list[Token]:
    """The tokens of `doc`, built once: iterating a Doc creates a new Token object per token every time,
    and the rules walk each paragraph many times."""
    if "tokens" not in doc.user_data:
        doc.user_data["tokens"] = list(doc)
    return doc.user_data["tokens"]


def token_texts(doc: Doc) -> tuple[str, ...]:
    """The Doc's token texts, made once and cached on the Doc: scanning strings is far cheaper than
    making a Token for every word each time a rule looks for one."""
    if "words" not in doc.user_data:
        doc.user_data["words"] = tuple(t.text for t in tokens_of(doc))
    return doc.user_data["words"]


def ents_of(doc: Doc) -> tuple[Span, ...]:
    """The Doc's entities, built once: `doc.ents` makes a new Span for each entity on every access."""
    if "ents" not in doc.user_data:
        doc.user_data["ents"] = doc.ents
    return doc.user_data["ents"]


def propn_indices(doc: Doc) -> tuple[int, ...]:
    """Positions of the proper nouns, read from the tag array without making a Token per word; cached
    on the Doc like token_texts."""
    if "propn" not in doc.user_data:
        doc.user_data["propn"] = tuple(i for i, pos in enumerate(doc.to_array(POS).tolist()) if pos == _PROPN)
    return doc.user_data["propn"]


def foreign(doc: Doc) -> set[int]:
    """Tokens of an original-language passage after a Wikinews interwiki marker ("((es))Spanish language:
    ..."): up to a full stop, on over sentences that open in a non-Latin script, and in a Latin-script
    passage only up to a comma before a capital. Cached on the Doc."""
    if "foreign" not in doc.user_data:
        doc.user_data["foreign"] = frozenset(_foreign(doc))
    return doc.user_data["foreign"]


def _foreign(doc: Doc) -> set[int]:
    out: set[int] = set()
    texts = token_texts(doc)
    for i in range(len(texts) - 2):  # the marker read from the cached texts: a Token only where one opens
        if i in out or not (texts[i] == "(" and texts[i + 1] == "(" and texts[i + 2][:2].isalpha()
                            and texts[i + 2][:2].islower() and texts[i + 2][2:4] == "))"):
            continue
        token = doc[i]
        end = token.sent.end
        while end < len(doc) and (doc[end - 1].text not in _FULL_STOPS or not _latin(doc[end].sent)):
            end = doc[end].sent.end  # the parser cuts sentences inside foreign text
        body = next((t.i + 1 for t in doc[token.i + 2:min(token.i + 6, end)] if t.text == ":"), token.i + 3)
        if _latin(doc[body:end]):  # "..., President Fernández elaborated": English resumes
            end = next((t.i for t in doc[body:end - 1] if t.text == "," and doc[t.i + 1].text[:1].isupper()
                        and _latin(doc[t.i + 1:t.i + 2]) or t.i > body and t.lower_ in _ENGLISH_ONLY), end)
        out.update(range(token.i, end))
    return out


def _latin(span: Span) -> bool:
    """The span's first word is in Latin script ("Kaczyński" is, "Дмитрий" is not)."""
    first = next((t.text for t in span if any(c.isalpha() for c in t.text)), "")
    letter = next((c for c in first if c.isalpha()), "")
    return not letter or "LATIN" in unicodedata.name(letter, "")


def _names_by_syntax(doc: Doc, covered: set[int]) -> list[Span]:
    """Two-word proper names NER missed, where the syntax says person: the subject of a reporting
    verb ("Regina Ip said"), a conjunct of a person, or after a role noun ("officers Antoine Quirin")."""
    out = []
    for token in (doc[i] for i in propn_indices(doc)):
        carried = _thing_carried_on_by_he_or_she(token)
        if token.i in covered or token.ent_type_ not in ("", "ORG", "PERSON") and not (
                token.ent_type_ in ("WORK_OF_ART", "PRODUCT", "FAC") and token.i > 0 and first_name(doc[token.i - 1])
                or token.ent_type_ == "GPE" and after_kin(token) or carried):
            continue  # a first name opening a mistagged "work" ("support for Nicolás Maduro"); "sons Wyatt and Zachary"
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head == token \
                and doc[start - 1].dep_ == "compound" and (doc[start - 1].is_alpha or _middle_initial(doc[start - 1])) \
                and not _is_title_word(doc[start - 1]) and doc[start - 1].lower_ not in ROLE_NOUNS \
                and not (_adjective_only(doc[start - 1]) and descriptor(doc[start - 1])) \
                and not (token.text in POST_NOMINALS and _occupation(doc[start - 1])) \
                and doc[start - 1].i not in covered and not _ends_other_entity(doc[start - 1], token):
            start -= 1
        if start > 1 and _joined(doc[start]) and doc[start - 2].pos_ == "PROPN" and start - 2 not in covered:
            start -= 2  # "Man-kei Tam", "Salat-Baroux": the parser hangs only the second half on the name
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
                    and doc[start - 1].head == token and doc[start - 1].is_alpha \
                    and not _is_title_word(doc[start - 1]) and doc[start - 1].i not in covered:
                start -= 1  # "Frédéric Salat-Baroux"
        span = doc[start:token.i + 1]
        if len(span) > 2 and token.text in POST_NOMINALS:
            span = span[:-1]  # "Prosecutor Kama Melly QC said": the name ends before the honour
        if len(span) == 1 and token.ent_type_ == "" and token.is_alpha and token.text[:1].isupper() \
                and token.dep_ == "nsubj" and token.head.lemma_.lower() in SPEECH_VERBS - _OUTLET_VERBS \
                and token.text not in ORG_WORDS and token.lower_ not in OFFICE_WORDS and token.text[1:].islower() \
                and not (token.i > 0 and doc[token.i - 1].lower_ == "the"):
            out.append(span)  # "Schiff called it ...": a bare surname NER missed, speaking
            continue
        if len(span) == 1 and token.is_alpha and token.text[:1].isupper() and token.text[1:].islower() \
                and after_kin(token) and token.ent_type_ in ("", "PERSON", "ORG", "GPE"):
            out.append(span)  # "his wife Bernadette", "her son Barron"
            continue
        if len(span) == 1 and token.ent_type_ == "" and shares_surname(token) is not None:
            out.append(span)  # "by Tomasz and Marek Sekielski": the name the article gives is "Tomasz Sekielski"
            continue
        if len(span) == 1 and token.is_alpha and token.text[1:].islower() and len(ent_of(token)) == 1 \
                and token.text not in ORG_WORDS and paired_with_person(token):
            out.append(span)  # "to Trump and Mike Pence": NER called the bare surname an organisation
            continue
        words = _name_words(span)
        if len(words) > 3 and any(_middle_initial(t) for t in words):
            start = max(t.i for t in words if _middle_initial(t)) + 1  # "Pedro R. Pierluisi Urrutia": the two
            span = doc[start:token.i + 1]  # surnames after the initial
            words = _name_words(span)
        if not (len(words) == 2 or len(words) == 3 and (office_in_apposition(token) or first_name(words[0])
                                                        or _initial(words[0]) or _middle_initial(words[1])
                                                        or carried)) \
                or not (carried or all(t.ent_type_ in ("", "ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "FAC")
                                       for t in span)) \
                or not all(_name_word(t) or _middle_initial(t) for t in words) \
                or span[-1].text in ORG_WORDS | PLACE_WORDS \
                or _plural_title(span[-1]) or letter_label(span) or _numbered(doc, span.end):
            continue
        if start > 0 and (doc[start - 1].lower_ == "the" or doc[start - 1].text in THING_NOUNS):
            continue  # "the Trump Tower", "daily newspaper Magyar Nemzet"
        # A common first name opening an organisation's span is a person NER ran together with their
        # employer ("Naomi Martisius of UC Davis"), unless the name runs on into the organisation's own
        # ("Walter Reed National Military Medical Center"); any other ORG must be exactly the two words.
        # Untagged, a common first name and a surname are a person as they stand ("Jared Kushner").
        ent = ent_of(token)
        given = len(words) in (2, 3) and first_name(words[0]) and span[-1].text[1:].islower() \
            and (ent.start == start and not (ent.end > token.i + 1 and doc[token.i + 1].text[:1].isupper())
                 or not any(t.ent_type_ for t in span))
        if token.ent_type_ == "ORG" and (ent.start < start or ent.end > token.i + 1) and not given:
            continue  # the organisation runs beyond the two words: a name inside it, not a person
        if given or carried or _person_context(token, covered):
            out.append(span)
    return out


def _thing_carried_on_by_he_or_she(token: Token) -> bool:
    """ "Tamsin Ree Vale was convicted in 2006. She was ...": the last word of two or three capitalised name
    words that the model tagged a place, a body or a work (the whole entity), the subject of its clause, whose
    clause he or she carries on (see `carried_on_by_he_or_she`): a person, whatever the tag."""
    ent = ent_of(token)
    return token.ent_type_ not in ("", "PERSON") and ent.end == token.i + 1 and 2 <= len(ent) <= 3 \
        and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and t.text[1:].islower() for t in ent) \
        and carried_on_by_he_or_she(ent)


def _ends_other_entity(word: Token, token: Token) -> bool:
    """ "Ambassador to the United Nations Nikki Haley wrote": the word before the name is the last word of
    another entity (the body of a title before it), not a first word of the name."""
    return bool(word.ent_type_ and token.ent_type_) and ent_of(word).end <= ent_of(token).start


# Third-person pronouns: those of a man or a woman, and those of a thing or a group.
_PERSONAL_PRONOUNS = frozenset(["he", "she", "him", "her", "his", "hers", "himself", "herself"])
_OTHER_PRONOUNS = frozenset(["it", "its", "itself", "they", "them", "their", "theirs", "themselves"])


def carried_on_by_he_or_she(span: Span) -> bool:
    """The name is the subject of its clause, and the next third-person pronoun that is a subject or a
    possessive, later in its sentence with no other person named between, or else opening the next sentence,
    is a man's or a woman's ("Ward said that she ...", "Ward was arrested. He ..."); "it" or "they" carry on
    a body ("Acme said it ..."). A pronoun in any other place may be someone else ("Acme spoke with her")."""
    if span.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    doc, sent = span.doc, span.sent
    for token in doc[span.end:sent.end]:
        if token.ent_type_ == "PERSON":
            return False
        if (token.lower_ in _PERSONAL_PRONOUNS or token.lower_ in _OTHER_PRONOUNS) \
                and token.dep_ in ("nsubj", "nsubjpass", "poss"):
            return token.lower_ in _PERSONAL_PRONOUNS
    return sent.end < len(doc) and doc[sent.end].lower_ in ("he", "she", "his", "her")  # "... Her sentence was"


def _name_words(span: Span) -> list[Token]:
    """The words of a name, each once: a hyphenated word is its first part ("Man-kei"), an Arabic article's its
    capitalised part ("al-Ithari"); a capitalised particle after a given name is one word with the surname it opens
    ("Ignazio La Russa", "Robert De Niro" are a given name and a surname; "La Russa" alone is two words, as written;
    a lower-case one, or one the model tagged a thing, stays a word: "Banco de Chile" is no given name and surname)."""
    doc, words = span.doc, []
    for t in span:
        if t.text == "-" or _joined(t):
            continue
        if _article_joined(doc, t.i, span.end):
            words.append(doc[t.i + 2])
        elif not (t.lower_ in NAME_PARTICLES and t.text[:1].isupper() and t.ent_type_ in ("", "PERSON")
                  and span.start < t.i < span.end - 1 and doc[t.i + 1].text[:1].isupper()):
            words.append(t)
    return words


def letter_label(span: Span) -> bool:
    """ "Protected B", "Plan B", "Vitamin D": a dictionary word, no first name, and a lone capital letter after
    it label a class of things ("Malcolm X" opens with a first name)."""
    last = span[-1].text
    return len(span) == 2 and len(last) == 1 and last.isupper() and not first_name(span[0]) and common_word(span[0])


def _middle_initial(token: Token) -> bool:
    """ "Ulysses S. Grant": a capital and its full stop between two capitalised name words."""
    doc = token.doc
    text = token.text
    return len(text) == 2 and text[0].isupper() and text[0].isalpha() and text[1] == "." \
        and 0 < token.i < len(doc) - 1 and doc[token.i - 1].is_alpha and doc[token.i - 1].text[:1].isupper() \
        and doc[token.i + 1].is_alpha and doc[token.i + 1].text[:1].isupper()


def shares_surname(token: Token) -> Span | None:
    """ "Tomasz and Marek Sekielski", "Richard and Lisa Parry": a lone capitalised word, "and", then a person's
    name of two words that the parser coordinates with it; the word is a given name sharing that surname when
    both given names are common first names, or both are no dictionary words (not "Acme and Mitchell Baker").
    The full name after it, or None."""
    doc = token.doc
    if not (token.is_alpha and token.text[:1].isupper() and token.text[1:].islower()) or token.i + 3 >= len(doc) \
            or doc[token.i + 1].lower_ != "and" or token.ent_type_ not in ("", "PERSON"):
        return None
    partner = next((c for c in token.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"), None)
    if partner is None:
        return None
    full = ent_of(partner)
    if len(full) != 2 or full.start != token.i + 2 or full[1].text == token.text:
        return None
    given = [token, full[0]]
    if all(first_name(t) for t in given) or not any(first_name(t) or common_word(t) for t in given) \
            and token.dep_ != "conj":  # not the last two of a longer list ("Barmouth, Bala and Blaenau Ffestiniog")
        return full
    return None


def _initial(token: Token) -> bool:
    """ "B Shiva Parvathi": an initial written without its full stop opens the name."""
    return len(token.text) == 1 and token.text.isupper() and token.whitespace_ != ""


def _plural_title(token: Token) -> bool:
    """ "Two Democratic Representatives, Collin Peterson and ...": a plural title word ends no one's name."""
    return token.tag_ in ("NNS", "NNPS") and token.lower_.endswith("s") and _is_title_word(token)


def _name_word(token: Token) -> bool:
    """A word that can be part of a personal name: capitalised, alphabetic, not a number word ("Marine
    One"), an acronym ("AB Aurigae"), a nationality ("American Samoa") or a trailing title ("Labour MP")."""
    return (token.is_alpha or _apostrophe_name(token.text)) and token.text[:1].isupper() and not token.like_num \
        and not (len(token.text) > 1 and token.text.isupper()) and token.lower_ not in NATIONALITIES \
        and token.lower_ not in _TRAILING_TITLES


def _apostrophe_name(text: str) -> bool:
    """ "C'Bearing", "O'Neill", "N’Golo": letters with one apostrophe after the first letter and a capital after it."""
    head, mark, tail = text.replace("’", "'").partition("'")
    return bool(mark) and len(head) == 1 and head.isalpha() and tail[:1].isupper() and tail.isalpha()


def after_kin(token: Token) -> bool:
    """ "his wife Bernadette", "his wife, Amanda", "my daughter [Theodora]", "the couple's 14-year-old son Barron", "survived by wife Maureen",
    "his wife Amanda, and children Brodie and Nolan", "and four daughters, Nadine, Ann and Toni": a name right after
    a possessed family noun (a count may stand between), or listed with one ("his sons Tom and Harry")."""
    doc = token.doc
    if token.dep_ == "conj" and token.head.i < token.i and token.head.pos_ == "PROPN" and after_kin(token.head):
        return True
    at = _kin_noun_before(token)
    if at is None or at < 1:
        return False
    before = at - 2 if at > 1 and doc[at - 1].like_num else at - 1  # a count: "and four daughters, Nadine"
    return doc[before].lower_ in ("his", "her", "their", "by", "and") or _kin_possessed(doc[at], token)


def _kin_possessed(kin: Token, name: Token) -> bool:
    """The family noun before a name is someone's: a possessive on it, or on the name when the parser hung the
    possessive there ("Ann's sister Beth", parsed as Ann's Beth with "sister" its compound), or the noun and the
    name are the object of "have" ("Ann has one son Carl": the subject's son)."""
    if any(c.dep_ == "poss" for c in kin.children):
        return True
    if not kin.text.islower():
        return False  # "my Mother Goose cartoons": a capitalised family noun opens a work's or a character's name
    obj = name if kin.head.i == name.i else kin
    return kin.head.i == name.i and any(c.dep_ == "poss" for c in name.children) \
        or obj.dep_ == "dobj" and obj.head.lemma_.lower() == "have"


def _kin_noun_before(token: Token) -> int | None:
    """Where the family noun right before a name stands ("his wife, Amanda,", "my daughter [Theodora]": an
    editor's bracket or a comma between), if there is one."""
    doc = token.doc
    at = token.i - 2 if token.i > 2 and doc[token.i - 1].text in (",", "[", "(") else token.i - 1
    return at if at >= 0 and doc[at].lower_ in _KIN_NOUNS else None


def introduced_as_kin(token: Token) -> bool:
    """ "a Jamaican-born father, Donald J. Harris": a name brought in right after a lower-case family noun,
    possessed or not: a relative of someone the article is about."""
    at = _kin_noun_before(token)
    return at is not None and token.doc[at].text.islower()


def paired_with_person(token: Token) -> bool:
    """The word, tagged PERSON or a common first name, is a conjunct of a PERSON entity ("Kobe Bryant and
    Gianna"); other words next to a person's name are often places or organisations the model mistagged.
    The list needs its "and"/"or": the parser also makes conjuncts of words a comma sets apart ("On
    Twitter, Adrian Wojnarowski")."""
    if token.ent_type_ != "PERSON" and not first_name(token):
        return False
    return token.dep_ == "conj" and _full_name(token.head) and _coordinated(token.head) \
        or _coordinated(token) and any(c.dep_ == "conj" and _full_name(c) for c in token.children)


def _coordinated(token: Token) -> bool:
    return any(c.dep_ == "cc" for c in token.children) or any(c.dep_ == "conj" and any(
        g.dep_ == "cc" for g in c.children) for c in token.children)


def _full_name(token: Token) -> bool:
    """Part of a PERSON entity of two words or more (a lone tagged word may be a mistagged place)."""
    return token.ent_type_ == "PERSON" and len(ent_of(token)) > 1


# What news outlets do: "Rappler reported ...", "Al Jazeera reported ...". As the only sign, it makes no person
# of a bare word NER missed or of a name NER tagged as an organisation.
_OUTLET_VERBS = frozenset(["report"])


def _person_context(token: Token, covered: set[int]) -> bool:
    head = token.head
    if token.dep_ == "nsubj" and head.lemma_.lower() in SPEECH_VERBS \
            and not (token.ent_type_ == "ORG" and head.lemma_.lower() in _OUTLET_VERBS) or office_in_apposition(token):
        return True
    if token.dep_ == "conj" and head.i in covered and head.text not in PLACE_WORDS | ORG_WORDS \
            or any(c.dep_ == "conj" and c.i in covered and c.text not in PLACE_WORDS | ORG_WORDS
                   for c in token.children):
        return True  # a conjunct of a person, not of a place ("Nevada Test and Training Range")
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _PERSONAL_EVENTS:
        return True  # "the resignation of Luis Rivera Marín"
    if token.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() == "identify" \
            and token.ent_type_ in ("", "PERSON"):
        return True  # 'a man identified only as "P Wilson"': what the police identify is a person
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.text.islower() and c.i < token.i - 1
               and c.lower_ not in THING_NOUNS for c in token.children)


def office_in_apposition(token: Token) -> bool:
    """ "Ricardo Rosselló Nevares, Puerto Rico's governor,": an office or a person's role in apposition
    (NER often tags Spanish and Portuguese full names as organisations)."""
    heads = [c for c in token.children if c.dep_ == "appos" and c.i > token.i]
    if token.dep_ == "appos" and token.head.i < token.i:
        heads.append(token.head)
    return any(h.pos_ in ("NOUN", "PROPN") and (h.lemma_.lower() in OFFICE_WORDS | ROLE_NOUNS
                                               or h.lower_ in OFFICE_WORDS | ROLE_NOUNS) for h in heads)


def _title_in_org(token: Token) -> bool:
    """ "United States Representative Elijah Cummings" tagged ORG: the title inside the entity is followed
    by two or three name words that end it, none an organisation word."""
    ent = ent_of(token)
    rest = token.doc[token.i:ent.end]
    return ent.label_ == "ORG" and ent.start < token.i and 2 <= len(rest) <= 3 and all(
        t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and t.text not in ORG_WORDS | PLACE_WORDS
        for t in rest)


def _occupation_opens_org(token: Token) -> bool:
    """ "Historian Darcy Richardson picked ..." tagged ORG: an occupation noun, capitalised only because it
    opens the sentence, heads an entity that ends in two or three name words."""
    if token.i == 0 or token.ent_type_ != "ORG":
        return False
    prev = token.doc[token.i - 1]
    low = prev.lower_
    return prev.is_sent_start and prev.text[1:].islower() and not first_name_word(prev.text) \
        and low not in THING_NOUNS and (low in ROLE_NOUNS or low.endswith(("ian", "ist"))) and _title_in_org(token)


def after_title(token: Token) -> bool:
    """True for "Trump" in "President Trump" / "Mr. Trump": a capitalised title word right before."""
    if token.i == 0:
        return False
    prev = token.doc[token.i - 1]
    low = prev.lower_.rstrip(".")
    return prev.text[:1].isupper() and (low in HONORIFICS or prev.lower_ in HONORIFICS or low in _TITLES_BEFORE
                                        or _title_abbreviation(prev))


def _names_after_plural_title(doc: Doc, covered: set[int]) -> list[Span]:
    """ "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin": a capitalised plural title
    names each person of the coordination that follows it."""
    out = []
    texts = token_texts(doc)
    for i in (i for i, text in enumerate(texts[:-1]) if text[:1].isupper() and text[-1:] == "s"
              and text[:-1].lower() in _TITLES_BEFORE):
        first = doc[i + 1]
        if first.pos_ != "PROPN" or first.i in covered:
            continue
        head = first if first.dep_ != "compound" else first.head
        for token in [head] + [c for c in head.children if c.dep_ == "conj"]:
            start = min([token.i] + [c.i for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"])
            span = clean_name(doc[start:token.i + 1]) if token.pos_ == "PROPN" else None
            if span is not None and len(span) > 1 and not covered.intersection(range(span.start, span.end)):
                out.append(span)
                covered.update(range(span.start, span.end))
    return out


def _names_after_role(doc: Doc, covered: set[int]) -> list[Span]:
    """ "South African president Thabo Mbeki('s)", "Prime Minister Atal Bihari Vajpayee", "winger Christian
    Pulisic", "Motorist Dom Lawson said", "designer Halston" (one word when the role word modifies it): a title
    or a person's role noun right before one to three capitalised
    proper nouns that the model tagged a place, an organisation, a nationality or a work, or left untagged,
    names a person, when no entity runs on past them and none is a place, organisation or nationality word
    (a thing noun names a thing: "daily newspaper Magyar Nemzet")."""
    out = []
    texts = token_texts(doc)
    for i in propn_indices(doc):
        if i == 0 or i in covered or not _role_text(texts[i - 1]) or not texts[i][:1].isupper():
            continue
        end = i
        while end < len(texts) and end - i < 4 and end not in covered and texts[end].isalpha() \
                and texts[end][:1].isupper() and texts[end][1:].islower():
            end += 1
        name = doc[i:end]
        if not 1 <= len(name) <= 3 or len(name) == 1 and not _modifies(doc[i - 1], i) \
                or end < len(texts) and texts[end][:1].isupper() and texts[end].isalpha() \
                or any(t.pos_ != "PROPN" or t.ent_type_ not in _MISTAGGED or t.text in ORG_WORDS | PLACE_WORDS
                       or t.lower_ in NATIONALITIES or _is_title_word(t) or _role_text(t.text) or t.is_stop
                       for t in name) \
                or end < len(doc) and doc[end].ent_iob_ == "I" and texts[end] not in _POSSESSIVE \
                or doc[i - 1].ent_iob_ == "I":
            continue  # an entity runs on past the name, or the role word ends a body's ("Research Fellow")
        if all(t.ent_type_ in ("GPE", "FAC") for t in name) and doc[i - 1].head.i not in range(i, end):
            continue  # "told the mayor Cape Town would pay": a place the title does not modify
        out.append(name)
        covered.update(range(name.start, name.end))
    return out


def _names_after_role_of_body(doc: Doc, covered: set[int]) -> list[Span]:
    """ "A spokesman for the Acme agency, Ana Ruiz, explained ...", "Minister of the Interior Tal Ben issued ...",
    "Ambassador to the United Nations Ann Roe wrote ...",
    "Spokesperson of the "Haven" Dirk Maes said": a title or role noun, "of" or "for", the body's phrase, then
    the person's name (set off by commas or not) as the subject of a verb; the model often runs the body and
    the name together or tags the name a thing. The name is the two or three name words (a list item's shape,
    see `_list_item`) right before the verb or the comma before it, with some of the body's phrase (no verb in
    it) between "of" and the name: "director of Acme Lenn said" names the body alone."""
    out = []
    texts = token_texts(doc)
    for i in range(1, len(doc) - 3):
        if texts[i] not in ("of", "for", "to") or not _role_text(texts[i - 1]):
            continue
        end = i + 1
        while end < len(doc) and end - i < 12 and (doc[end].pos_ not in ("VERB", "AUX", "PRON", "ADP", "CCONJ")
                                                   or _in_body_name(doc, end)) \
                and texts[end] not in _FULL_STOPS:
            end += 1
        stop = end - 1 if end - 1 > i and texts[end - 1] == "," else end
        if end >= len(doc) or doc[end].pos_ not in ("VERB", "AUX") or doc[end].tag_ not in _VERB_FORMS:
            continue
        first = stop
        while first > i + 1 and stop - first < 3 and _name_word(doc[first - 1]):
            first -= 1
        if stop - first == 3 and common_word(doc[first]) and not first_name(doc[first]):
            first += 1  # "of the Interior Arye Derry": the body's last word
        name = _list_item(doc, first, stop, after_body=True) if first > i + 2 else None
        if name is None or covered.intersection(range(name.start, name.end)):
            continue
        out.append(name)
        covered.update(range(name.start, name.end))
    return out


def _in_body_name(doc: Doc, i: int) -> bool:
    """ "the Council on Foreign Relations", "the chapter of the Society of Friends": a preposition between
    capitalised words (or before "the" and one) is inside a body's name, not the end of its phrase."""
    after = i + 2 if i + 2 < len(doc) and doc[i + 1].lower_ == "the" else i + 1
    return doc[i].pos_ == "ADP" and doc[i].lower_ in ("of", "for", "on", "to") and after < len(doc) \
        and doc[after].text[:1].isupper() and doc[after].is_alpha and (doc[i - 1].text[:1].isupper() or after == i + 2)


_LIST_SEPARATORS = ((",", "and"), (",", "or"), ("and",), ("or",), (",",))  # the longest first


def _names_listed_with_people(doc: Doc, spans: list[Span], covered: set[int]) -> list[Span]:
    """ "editors Ann Lee and Mia Cho", "with Tom Ward, Eli Sanz and Pia Roth": two or three capitalised name
    words listed right next to a person the article names in full (or after a title: "President Sato and Ken
    Ito") are a person too, whatever the model tagged them; each name found that way lends the same to its
    own neighbour in the list."""
    out: list[Span] = []
    people = [s for s in spans if len(s) > 1 or s.start > 0 and after_title(s[0])]
    while people:
        person = people.pop()
        for item in (_list_item_after(doc, person.end), _list_item_before(doc, person.start)):
            if item is not None and not covered.intersection(range(item.start, item.end)):
                out.append(item)
                people.append(item)
                covered.update(range(item.start, item.end))
    return out


def _list_item_after(doc: Doc, end: int) -> Span | None:
    """The name-shaped list item right after a list separator at `end` ("..., Mia Cho"), if there is one."""
    texts = token_texts(doc)
    for sep in _LIST_SEPARATORS:
        start = end + len(sep)
        if tuple(texts[end:start]) == sep:
            stop = start
            while stop < len(doc) and stop - start < 4 and _name_word(doc[stop]):
                stop += 1
            return _list_item(doc, start, stop)
    return None


def _list_item_before(doc: Doc, start: int) -> Span | None:
    """The name-shaped list item that ends right before a list separator at `start` ("Ann Lee and ...")."""
    texts = token_texts(doc)
    for sep in _LIST_SEPARATORS:
        end = start - len(sep)
        if end > 0 and tuple(texts[end:start]) == sep:
            first = end
            while first > 0 and end - first < 4 and _name_word(doc[first - 1]):
                first -= 1
            return _list_item(doc, first, end)
    return None


def _list_item(doc: Doc, start: int, end: int, after_body: bool = False) -> Span | None:
    """Two or three name words that stand alone as a list item: no capitalised word, title or determiner
    right before them or capitalised word right after (the run would be part of a longer name), none a
    place, organisation or title word, not modifying a noun after them ("Ann Lee and Acme staff"), and
    opening with a common first name or else holding no dictionary word (as `shares_surname` asks) and not
    tagged a place. Right after a body's name (`after_body`), the capitalised word before it is the body's."""
    name = doc[start:end]
    if not 2 <= len(name) <= 3 or not _set_apart(doc, start, end, after_body) \
            or any(t.pos_ != "PROPN" or t.text in ORG_WORDS | PLACE_WORDS or _is_title_word(t)
                   or _role_text(t.text) or t.is_stop for t in name) \
            or name[-1].dep_ == "compound" and name[-1].head.i >= end or name[-1].lower_[:-1] in NATIONALITIES:
        return None  # "..., North Koreans": a nationality's plural names a people
    if not first_name(name[0]) and (any(common_word(t) for t in name)
                                    or all(t.ent_type_ in ("GPE", "LOC") for t in name)):
        return None  # "Human Rights", "Fort Peck": dictionary words; "..., San Fernando, ...": a place
    return name


def _set_apart(doc: Doc, start: int, end: int, after_body: bool = False) -> bool:
    """No capitalised word or determiner right before the run (unless it ends a body's name, `after_body`), nor
    capitalised word right after it: the run is not part of a longer name."""
    before = start > 0 and not after_body and (doc[start - 1].text[:1].isupper() or doc[start - 1].pos_ == "DET")
    after = end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha
    return not before and not after


def _modifies(role: Token, i: int) -> bool:
    """The role word is a compound of the one word after it ("designer Halston"): a lone word needs that, or
    "the mayor Paris" would be a name."""
    return role.dep_ == "compound" and role.head.i == i


# Entity labels the model gives personal names by mistake ("" is no entity).
_MISTAGGED = frozenset(["", "GPE", "ORG", "NORP", "PRODUCT", "FAC", "WORK_OF_ART"])


def _role_text(text: str) -> bool:
    """A title or a noun for a person's role or occupation, singular or plural: "president", "Minister",
    "winger", "athletes"; not a noun of a thing ("magazine", "publisher")."""
    low = text.lower()
    if low.endswith("s") and len(low) > 3 and low[:-1] in _ROLE_TEXTS:
        low = low[:-1]
    low = _without_rank_prefix(low)
    return low not in THING_NOUNS and low not in NATIONALITIES and (low in _ROLE_TEXTS or low.endswith(
        ("ist", "ian")) and low.isalpha() and not first_name_word(text))  # not "Italian", "Christian", "Julian"


def _without_rank_prefix(low: str) -> str:
    """ "undersecretary", "vice-chancellor", "subprefect": a title with a prefix of lower rank written onto it
    is a title of that name (the prefix is a closed class); the word without the prefix, or the word."""
    for prefix in _RANK_PREFIXES:
        rest = low.removeprefix(prefix).removeprefix("-")
        if rest != low and rest in _TITLES_BEFORE | OFFICE_WORDS:
            return rest
    return low


_RANK_PREFIXES = ("under", "vice", "sub", "co")
_TITLES_BEFORE = frozenset((
    "president", "senator", "governor", "gov", "sen", "rep", "minister", "chancellor", "mayor",
    "premier", "judge", "justice", "gen", "pope", "king", "queen", "prince", "princess", "representative",
    "congressman", "congresswoman", "sheriff", "coach", "assemblyman", "assemblywoman", "assemblymember",
    "councilman", "councilwoman", "councillor", "councilor", "superintendent", "commissioner", "ambassador",
    "inspector", "detective", "constable", "sergeant", "colonel", "lieutenant", "commander", "admiral",
    "bishop", "archbishop", "cardinal", "imam", "rabbi", "sheikh", "spokesman", "spokeswoman", "spokesperson",
    "taoiseach",
    "emperor", "empress", "sultan", "emir", "shah", "tsar", "czar", "caliph",
    "captain", "capt", "corporal", "cpl", "brigadier", "commodore",  # the ranks the list above lacked
    "secretary", "undersecretary"))  # "Defense Secretary Wolfowitz said", "Secretary Clinton": US cabinet titles
# Titles and role nouns that present a person right after them ("winger", "producer", "Motorist").
_ROLE_TEXTS = _TITLES_BEFORE | ROLE_NOUNS | PERSON_AGENTS


def standalone(span: Span) -> bool:
    """False when the name only modifies a common noun ("the Trump administration", "Biden campaign"),
    owns an institution named after its holder ("Barack Obama's administration", "the administration of
    George W. Bush"), or ends the title of a
    work or thing ("The Late Show with Stephen Colbert"), or names a ship ("MV Alan Kurdi")."""
    root = span.root
    head = root.head
    doc = span.doc
    if span.start > 0 and (doc[span.start - 1].text in VESSEL_PREFIXES or span.start > 1
                           and _is_title_word(doc[span.start - 1]) and doc[span.start - 2].text in VESSEL_PREFIXES):
        return False  # "MV Alan Kurdi", "MV Professor Albrecht Penck": a ship named after someone
    if root.dep_ in ("compound", "amod", "nmod") and head.pos_ == "NOUN" and head.i >= span.end \
            and not head.text[:1].isupper() \
            and not any(t.head.i == root.i and t.dep_ == "prep" for t in span.doc[span.end:head.i]):
        return False  # not "Senator Amy Klobuchar of Minnesota secured delegates", a misparse
    if root.dep_ == "compound" and head.i >= span.end and head.pos_ == "PROPN" and head.text[:1].isupper():
        after = span.doc[span.end]
        if after.pos_ == "PROPN" and after.text[:1].isupper() and after.ent_type_ not in ("PERSON", "DATE", "TIME") \
                and not _is_title_word(after) and after.text not in POST_NOMINALS:
            return False  # "Akhil Bharat Hindu Mahasabha", "Walter Reed National Military Medical Center"
    if root.dep_ == "poss" and head.lemma_.lower() in _HELD_THINGS | _EPONYM_NOUNS and head.i >= span.end:
        return False  # "Kepler's laws", "Parkinson's disease": a thing named after someone
    if root.dep_ == "pobj" and head.lower_ == "of" and head.i == span.start - 1 and head.head.i == head.i - 1 \
            and head.head.lower_ in _HELD_THINGS:
        return False  # "the administration of George W. Bush" is "the Bush administration"
    return not (root.dep_ == "pobj" and head.lower_ == "with" and head.head.i < head.i
                and head.head.ent_type_ in ("WORK_OF_ART", "ORG", "FAC", "EVENT", "PRODUCT"))


def ent_of(token: Token) -> Span:
    """The entity the token is in (else the token alone), read from the IOB tags around it: building
    `doc.ents` makes a Token for every word of the Doc."""
    doc = token.doc
    if token.ent_iob not in (1, 3):  # I, B
        return doc[token.i:token.i + 1]
    start, end = token.i, token.i + 1
    while doc[start].ent_iob == 1 and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob == 1:
        end += 1
    return Span(doc, start, end, label=doc[start].ent_type)


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(c for c in folded if not unicodedata.combining(c)).casefold()


def surname_holders(names: Iterable[str]) -> dict[str, set[str]]:
    """The surnames of people named in full -> their given names, folded ("Ann Lee Ross": "ross" -> "ann")."""
    out: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        if len(words) > 1:
            out.setdefault(fold(words[-1]), set()).add(fold(words[0]))
    return out


def namesakes(doc: Doc, holders: dict[str, set[str]], covered: set[int]) -> list[Span]:
    """ "like Yara Dune, who lives ..." in an article that names a "Mohamed Ali Dune": two or three
    capitalised words the model tagged a thing (or a body), ending in the surname of a person the article
    names in full (see `surname_holders`) under another given name, are another person of that surname (a
    namesake, a relative), not a body or a work. The first word may be a given name (`_given_word`); the
    middle one of three (a father's name, "Abdou Said Dune") and the surname are name words (`_name_part`),
    dictionary words too; the run is set apart (`_set_apart`). The same given name and surname are the same
    name, which the other rules judge."""
    out = []
    for ent in ents_of(doc):
        given = fold(ent[0].text)
        if ent.label_ in _MISTAGGED and 2 <= len(ent) <= 3 and given not in holders.get(fold(ent[-1].text), {given}) \
                and _given_word(ent[0]) and all(_name_part(t) for t in ent[1:]) \
                and _set_apart(doc, ent.start, ent.end) and not covered.intersection(range(ent.start, ent.end)):
            out.append(doc[ent.start:ent.end])
            covered.update(range(ent.start, ent.end))
    return out


def _given_word(token: Token) -> bool:
    """A capitalised proper noun that may be a given name: a common first name, or no dictionary word (see
    `_name_part`)."""
    return _name_part(token) and (first_name(token) or not common_word(token))


def _name_part(token: Token) -> bool:
    """A capitalised proper noun that is no stop word, acronym ("VR"), title, role, place or organisation word."""
    return token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper() and not token.is_stop \
        and not (len(token.text) > 1 and token.text.isupper()) \
        and not _is_title_word(token) and not _role_text(token.text) and token.text not in ORG_WORDS | PLACE_WORDS


# Adjectives of a political leaning, which describe people as nationalities do ("conservative Italian X"): a
# closed class.
_POLITICAL_ADJECTIVES = frozenset(["conservative", "liberal", "socialist", "communist", "leftist", "rightist",
                                   "centrist", "nationalist", "progressive", "moderate", "populist", "reformist",
                                   "far-right", "far-left", "right-wing", "left-wing"])


def _names_marked_as_people(doc: Doc, covered: set[int]) -> list[Span]:
    """ "explains Secretary General of the Andean Community Wagner", "Valeska Paris, an Australian woman,
    claimed", "the Latvian Ingrida Udre": capitalised name words (see `_name_part`) that the model tagged a
    place, a body, a people or a work, or left untagged, and that no PERSON entity covers, are a person's name
    where the article marks them as one at this place (see `person_marked`). Two or three words open with a
    possible given name (`_given_word`); one word needs a title of a body before it or a person noun in
    apposition (a place or a body is never "an Australian woman")."""
    out = []
    texts = token_texts(doc)
    i = 0
    while i < len(doc):
        if i in covered or not _name_part(doc[i]) or doc[i].ent_type_ not in _MISTAGGED | {"LOC"} \
                or doc[i].lower_ in NATIONALITIES:
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end - i < 8 and end not in covered and (
                _name_part(doc[end]) and doc[end].ent_type_ in _MISTAGGED | {"LOC"}
                and doc[end].lower_ not in NATIONALITIES
                or doc[end].text in NAME_PARTICLES and end + 1 < len(doc) and _name_part(doc[end + 1])):
            end += 1  # "Sara Derotier de Cobacho": a lower-case particle inside the name
        start, i = i, end
        if end < len(doc) and texts[end][:1].isupper() and texts[end].isalpha():
            continue  # a longer run of capitalised words: a body's or a work's name
        start = _name_after_body(doc, start, end)
        if start is None or _word_count(doc, start, end) - sum(t.text in NAME_PARTICLES for t in doc[start:end]) > 3 \
                or doc[end - 1].text in NAME_PARTICLES or start > 0 and doc[start - 1].pos_ == "DET" \
                or end - start > 1 and not _given_word(doc[start]) \
                or doc[end - 1].dep_ in ("compound", "amod", "nmod") and doc[end - 1].head.i >= end:
            continue  # "the Acme Rovers"; "Acme Rovers fans" modify a noun
        before = doc[start - 1] if start else None
        if before is not None and before.text[:1].isupper() and before.lower_ not in NATIONALITIES \
                and _title_of_body_before(doc, start) is None:
            continue  # "K.C. Maurer", "Prime Minister Ana": the run goes on before, or a title the other rules read
        name = doc[start:end]
        if person_marked(name):
            out.append(name)
            covered.update(range(start, end))
    return out


def _name_after_body(doc: Doc, start: int, end: int) -> int | None:
    """Where the name starts in a run of capitalised words doc[start:end]: at `start`, unless the run also holds
    the body of a title before it ("Secretary of State Lee", "Director of the Acme Council Ann Lee"): then after
    the body's last organisation or place word, else at its first given name or word no dictionary holds; None
    when no name is left."""
    if _title_of_body_before(doc, start, bare=True) is None:
        return start
    last = max((i + 1 for i in range(start - 1, end) if doc[i].text in ORG_WORDS | PLACE_WORDS), default=None)
    if last is not None:
        return last if last < end else None  # "of the Acme Council Wagner": the body ends at its own word
    return next((i for i in range(start, end) if first_name(doc[i]) or not common_word(doc[i])), None)


def _title_of_body_before(doc: Doc, start: int, bare: bool = False, end: int | None = None) -> int | None:
    """ "Secretary General of the Andean Community Wagner", "Secretary of State Lee": a title or role word, "of",
    "for", "to" or "at", then a body's words (capitalised, "the", or a preposition inside the body's name) up to the
    run at `start` (none needed when `bare`): where the title word stands, or None. Set off by a comma, the run
    is the apposition of the title, which may be a lower-case role noun ("said the chief strategist for Acme
    Capital, Ann Lee"): where the body ends is the comma, and the parse ties the name to the title. With no comma
    a lower-case role noun needs the name, ending before `end`, to open with a given name and hold the body (see
    `_body_held_by_name`): "said the chairman of Acme Motors LLC Ann Press"."""
    comma = not bare and start > 3 and doc[start - 1].text == ","
    name = doc[start:end] if end is not None and end > start + 1 else None
    end = start - 1 if comma else start
    for i in range(end - 1, max(end - 10, 1), -1):
        if doc[i].lower_ in ("of", "for", "to", "at") and _role_word(doc[i - 1]) and (
                _apposition_to(doc[start], i - 1) if comma
                else doc[i - 1].text[:1].isupper() or name is not None and _body_held_by_name(name, i)):
            return i - 1 if i < end - 1 or bare else None
        if not (doc[i].text[:1].isupper() and doc[i].is_alpha or doc[i].lower_ == "the" or doc[i].text == "-"
                or _in_body_name(doc, i)):
            return None
    return None


def _role_word(token: Token) -> bool:
    """A title or role word (see `_role_text`), or a noun of an office ("chairman", "head")."""
    return _role_text(token.text) or token.pos_ in ("NOUN", "PROPN") and token.lower_ in OFFICE_WORDS


def _body_held_by_name(name: Span, preposition: int) -> bool:
    """The name opens with a given name and its last word is the object of the preposition at `preposition`, the
    body's words before it its modifiers: "chief economist at Acme Capital Group Ann Lee" reads as "Ann Lee of
    Acme Capital Group". A body named after a person ("at the Ann Lee Center") has its own last word as the
    object."""
    if not first_name(name[0]):
        return False
    root = name[0]
    while root.dep_ in ("compound", "flat") and root.head.i > root.i:
        root = root.head
    return root.i == name.end - 1 and root.dep_ == "pobj" and root.head.i == preposition


def _apposition_to(token: Token, title: int) -> bool:
    """The name that opens with `token` stands in apposition to the word at `title` (through the compounds that
    join the name's words)."""
    while token.dep_ in ("compound", "flat") and token.head.i > token.i:
        token = token.head
    return token.dep_ == "appos" and token.head.i == title


def person_marked(name: Span) -> bool:
    """What marks a name as a person's at its place, whatever the model tagged it: a title of a body right before
    it ("Secretary General of the Andean Community Wagner"), a person noun in apposition ("Ana Ruiz, an
    Australian woman,", "rescue head Ana Ruiz"), or, for a name of two or three words, a nationality or
    political adjective right before it ("the Latvian Ana Ruiz", "conservative Italian Ana Ruiz") or a he or she
    carrying its clause on (see `carried_on_by_he_or_she`)."""
    doc = name.doc
    if _title_of_body_before(doc, name.start, end=name.end) is not None or _person_in_apposition(name):
        return True
    if len(name) < 2:
        return False
    before = doc[name.start - 1] if name.start else None
    return before is not None and (before.lower_ in NATIONALITIES or before.lower_ in _POLITICAL_ADJECTIVES) \
        or carried_on_by_he_or_she(name)


def _person_in_apposition(name: Span) -> bool:
    """A person noun the name stands in apposition to: a singular lower-case office or role noun right before it
    ("rescue head Ana Ruiz said", "the keeper, Ana Ruiz": an agent noun such as "keeper" or "producer" names
    firms too, so only before a full name), or, set off by a comma after a name that is a subject or an agent ("by"), an
    office, role, man's or woman's noun, or an agent noun of a verb ("an asylum seeker"); not after a place
    preposition ("in Acme, the country's minister") or a capitalised title ("Her Majesty the Queen")."""
    doc, root = name.doc, name.root
    before = doc[name.start - 1] if name.start else None
    if len(name) > 1 and before is not None and before.text == "," and name.start > 1:
        before = doc[name.start - 2]  # "the keeper, Ana Ruiz"
    if before is not None and root.dep_ == "appos" and root.head.i == before.i and before.tag_ == "NN" \
            and before.text.islower() and (before.lower_ in OFFICE_WORDS or before.lower_ in ROLE_NOUNS
                                           or len(name) > 1 and before.lower_ in PERSON_AGENTS):
        return True
    if name.end >= len(doc) or doc[name.end].text != "," or not (
            root.dep_ in ("nsubj", "nsubjpass") or root.dep_ == "pobj" and root.head.lower_ == "by"):
        return False
    return any(h.dep_ == "appos" and h.i > name.end and h.pos_ == "NOUN" and h.text.islower() and person_noun(h)
               for h in root.children)


def person_noun(noun: Token) -> bool:
    """An office or role noun, a noun of a man or a woman, or an agent noun of a verb of the word index
    ("seeker", "collector"), none a noun of a thing."""
    low = noun.lemma_.lower()
    if low in THING_NOUNS:
        return False
    verbs = index_verbs(noun.vocab)
    return low in OFFICE_WORDS or low in ROLE_NOUNS or low in PERSON_AGENTS or low in FEMALE_NOUNS \
        or low in MALE_NOUNS or low.endswith(("er", "or")) and (low[:-2] in verbs or low[:-1] in verbs)
