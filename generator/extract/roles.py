"""Roles: titles before names, appositions, and "who serve as ..." clauses, split into title and organization."""
from __future__ import annotations

import itertools

from spacy.tokens import Doc, Span, Token

from ..factsheet import Role
from .lexicon import (
    ACADEMIC_TITLES,
    AGENT_ENDINGS,
    FEMALE_NOUNS,
    HONORIFICS,
    MALE_NOUNS,
    MILITARY_RANKS,
    NATIONALITIES,
    OFFICE_WORDS,
    ORG_NOUNS,
    ORG_WORDS,
    RANK_ABBREVIATIONS,
    RANK_GRADES,
    ROLE_NOUNS,
    THING_NOUNS,
    TITLE_ABBREVIATIONS,
    TITLE_QUALIFIERS,
)
from .names import (
    common_word,
    descriptor,
    hyphen_joins,
    index_verbs,
    token_texts,
    tokens_of,
    word_end,
    word_start,
)
from .people import HEADLINE, Cast, pronoun_gender
from .resolve import Resolver

_ORG_ENTS = ("ORG", "GPE", "NORP", "FAC", "LOC")
_COUNTRIES = frozenset(NATIONALITIES.values())
_TITLE_POS = ("NOUN", "PROPN", "ADJ")
_MAX_TITLE = 8
# Days a title phrase may open with when the parser runs a date into it ("on Sunday Presidents A and B").
_DAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                   "yesterday", "tomorrow", "tonight"])
# Head nouns that name something other than a role ("the pseudonym Katya", "Turkish national").
_RANKS = frozenset(["former", "acting", "deputy", "interim", "ex"])
# Ranks and grades that stay with a title in front of its organisation ("Senior Advisor", NER's ORG or not).
_GRADES = _RANKS | {"senior", "junior"}
_NOT_ROLES = frozenset(["pseudonym", "name", "nickname", "alias", "national", "citizen", "resident", "native",
                        "supporter", "opponent", "fan", "admirer", "follower", "proponent", "believer",
                        "democrat", "republican", "conservative", "liberal", "socialist", "communist", "winner",
                        # what befell or describes someone, not a position they hold (GUIDELINES, Roles):
                        # "the victims were identified as ...", "Ohio man ...", "a life-long smoker"
                        "victim", "suspect", "murderer", "killer", "gunman", "attacker", "assailant", "perpetrator",
                        "survivor", "prisoner", "teenager", "countryman", "countrywoman", "compatriot", "witness",
                        "eyewitness", "smoker", "addict", "patient", "human",
                        # a faith or a creed is no position ("an Evangelical Christian", "a libertarian")
                        "christian", "muslim", "catholic", "protestant", "evangelical", "jew", "hindu", "buddhist",
                        "sikh", "mormon", "atheist", "agnostic", "libertarian", "vegetarian", "vegan",
                        "percent", "other", "man", "woman", "person", "boy", "girl", "guy", "individual"])
# Nouns that name a stance when a cause follows ("advocate for democracy"), a calling before a name.
_STANCES = frozenset(["advocate", "champion", "campaigner", "proponent", "critic", "opponent"])
# Office holders a title can tie its holder to ("advisor of the Supreme Leader", "aide to the President"):
# the tie is the title, there is no organization.
_OFFICE_HOLDERS = frozenset(["leader", "president", "king", "queen", "prince", "princess", "emperor", "pope",
                             "sultan", "emir", "monarch", "chancellor", "premier", "governor", "mayor"])
# Titles of those who speak for a body: "spokesperson for the fire service" is the fire service's.
_VOICES = frozenset(["spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"])
# University offices; kept out of the shared lists, where "Dean" would stop being a first name.
_ACADEMIC_OFFICES = frozenset(["dean", "provost", "rector"])
# Office words that name a portfolio, not an office: "Defence Minister", "the League for the Defence of ...".
_PORTFOLIOS = frozenset(["foreign", "defence", "defense", "interior", "finance"])
# Last words of a government portfolio after "of", which belong to the title ("Minister of Foreign Affairs",
# "Secretary of Homeland Security", "Director of National Intelligence"), unlike a named body after "of".
_PORTFOLIO_WORDS = frozenset(["affairs", "security", "intelligence", "state", "justice", "defence", "defense", "finance",
                              "health", "education", "transport", "transportation", "labor", "labour", "agriculture",
                              "commerce", "energy", "interior", "economy", "environment", "culture", "tourism", "trade",
                              "industry", "housing", "information", "communications", "science", "technology",
                              "fisheries", "sport", "sports", "youth", "welfare", "infrastructure", "treasury",
                              "immigration", "employment", "development", "planning", "works"])
# Offices named like an ideal: "Chief Justice", "an associate justice", not "justice does not come swiftly".
_JUDGES = frozenset(["justice", "justices"])
_CLAUSES = ("relcl", "acl", "appos", "conj", "cc")
_COUNTRIES = frozenset(NATIONALITIES.values())
# Words written after a title that belong to it ("Bishop Emeritus").
_AFTER_TITLES = frozenset(["emeritus", "emerita"])
# Verbs of taking another's post, whose "as" phrase is the subject's: "Hunt succeeded him as Foreign Secretary".
_SUCCEEDING = frozenset(["succeed", "replace"])
# A legislature named by one word is a body of its own: "Speaker of the House" is the House's Speaker.
_CHAMBERS = frozenset(["House", "Senate", "Assembly", "Parliament", "Congress", "Commons", "Legislature"])
# Verbs of holding a post named after "the post of" / "the office of": "held the post of Speaker".
_TAKING = frozenset(["hold", "resume", "assume", "take", "occupy", "retain"])
_POSTS = frozenset(["post", "office", "position", "role", "seat", "title"])
_AS_VERBS = frozenset(["serve", "work", "act", "appoint", "name", "elect", "nominate", "install", "remain", "swear",
                       "confirm", "choose", "select", "reappoint", "re-elect", "know", "pick", "tap", "hire",
                       "designate"] + ["resign", "retire", "quit", "step"])
# Verbs whose "as" phrase says what their object is taken for ("saw it as a threat", "described him as a
# reformer"), and in the passive what the subject is taken for ("is seen as a front-runner"): no post.
_REGARDING = frozenset(["regard", "see", "view", "describe", "consider", "treat", "label", "brand", "portray", "depict",
                        "characterize", "characterise", "identify", "list", "cite", "present", "introduce", "use",
                        "cast", "recognize", "recognise", "accept", "count", "class", "classify", "rank", "hail",
                        "praise", "criticize", "criticise", "denounce", "condemn", "mock", "dismiss", "refer",
                        "remember", "imagine", "define", "reject", "picture", "style", "bill", "tout", "credit",
                        "recruit", "enlist", "crown", "ordain", "proclaim", "declare", "announce", "unveil", "reveal",
                        "welcome", "honor", "honour", "mention", "quote", "dress", "disguise"])
# Verbs of leaving a post, whose "as" phrase names a post the subject held, whatever the mood ("was forced to
# resign as Foreign Minister", "plans to step down as CEO")
_LEAVING = frozenset(["resign", "retire", "quit", "step"])


def roles(cast: Cast, docs: dict[int, Doc], resolver: Resolver | None = None) -> dict[str, list[Role]]:
    """Each person's distinct roles, in the order the article states them. With a resolver, a role
    stated of a pronoun ("She served as district attorney") goes to the person it refers to."""
    found: dict[str, list[Role]] = {pid: [] for pid in cast.names}
    quoted = resolver.quoted if resolver else {}
    for mention, pid in cast.mentions:
        if mention.para == HEADLINE and mention.standalone:
            # "Texas student Ann Lee inspires ...": a title right before the name counts in the headline too,
            # unless the body words it again ("Former president of France X" and "President X" in the body)
            name = docs[mention.para][mention.start:mention.end]
            heads = {_head_word(r.title.rstrip("*")) for r in found[pid]}
            found[pid] += [r for r in _of_body(roles_before(name), name) if not _relation(r)
                           and not any(h.endswith(_head_word(r.title.rstrip("*"))) for h in heads)]  # "videojournalist"
        if mention.para == HEADLINE or not mention.standalone:
            continue
        doc = docs[mention.para]
        name = doc[mention.start:mention.end]
        said = mention.start in quoted.get(mention.para, set())
        related = _relation_roles(name, pid, cast, mention.para, resolver) + _listed_kin(name, pid, cast, mention.para,
                                                                                        resolver) if resolver else []
        plain = {w for r in related for w in (r.title.split(" of ")[0].lower(), r.title.split(" of ")[0].split("-")[-1])}
        introduced = any(not _relation(r) for r in found[pid])
        before = [_survived_by(r, name, pid, cast, mention.para) for r in _of_body(roles_before(name), name)]
        kin = [_kin_of_subject(r, name, pid, cast, mention.para, resolver) for r in before + role_in_apposition(name)]
        for role in related + [r for r in kin + roles_as(name, predicate=not said) + _led_by(name)
                               if r.title.rstrip("*").lower() not in plain and not _bare_relation(r)
                               and not _common_possessor(r, plain)]:
            if introduced and _relation(role):
                continue  # "Robert F. Kennedy was the brother of ...", after "senator Robert F. Kennedy"
            for target in _sharers(name, role, cast, mention.para):
                found[target].append(role)
    if resolver is not None:
        for pid, role in _pronoun_roles(resolver) + _pair_roles(cast, resolver) + _held_as(cast, resolver) \
                + _self_introduced(cast, resolver):
            found[pid].append(role)
    return {pid: distinct(found[pid]) for pid in found}


# Nouns for the holding of a post, whose "as" phrase names the post: "his role as CEO of Massey Energy".
_HOLDINGS = frozenset(["role", "position", "post", "job", "capacity", "tenure", "term", "stint", "designation"])


def _held_as(cast: Cast, resolver: Resolver) -> list[tuple[str, Role]]:
    """ "Blankenship is known for his role as CEO of Massey Energy", "her designation as the party's nominee":
    the post after "as" is held by the one who owns the holding noun (a name, or a pronoun resolved as
    elsewhere), outside quotes."""
    out = []
    for para, doc in sorted(resolver.docs.items()):
        if para == HEADLINE:
            continue
        quoted = resolver.quoted.get(para, set())
        for noun in (t for t in tokens_of(doc) if t.lemma_.lower() in _HOLDINGS and t.pos_ == "NOUN" and t.i not in quoted):
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            # "as" right after the noun is its own, where the parser hangs it on the verb ("discussed his role as")
            as_ = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "as"] or (
                [doc[noun.i + 1]] if noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "as" else [])
            posts = [o for p in as_ for o in p.children
                     if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and o.ent_type_ != "PERSON"]
            if owner is None or not posts:
                continue
            pid = cast.at.get((para, owner.i))
            if pid is None and (gender := pronoun_gender(owner)):
                who = resolver.antecedent(para, owner.i, gender, owner.text)
                pid = who.person if who.confidence == "high" else None
            if pid and _other_subject(noun, pid, cast, para):
                continue  # "Maloney stepped into Cummings's role as acting chair": the post changes hands
            out += [(pid, role) for post in posts if pid and (role := _phrase_role(post))]
    return out


def _self_introduced(cast: Cast, resolver: Resolver) -> list[tuple[str, Role]]:
    """ "((Jane Roe))  I'm a researcher at ...": in an interview transcript, a turn opened by a person's name
    in double brackets is that person's answer, and "I am <role>" in it, outside quotes, is their role."""
    out = []
    for para, doc in sorted(resolver.docs.items()):
        pid = _turn_speaker(cast, para, doc)
        if pid is None:
            continue
        quoted = resolver.quoted.get(para, set())
        for token in tokens_of(doc):
            if token.lower_ == "i" and token.dep_ == "nsubj" and token.head.lemma_ == "be" \
                    and token.head.tag_ == "VBP" and token.i not in quoted:
                out += [(pid, role) for role in _verb_roles(token.head)]
    return out


def _turn_speaker(cast: Cast, para: int, doc: Doc) -> str | None:
    """The person whose name, in double brackets, opens the paragraph as a turn of a transcript ("((Jane Roe))")."""
    if para == HEADLINE or len(doc) < 6 or doc[0].text != "(" or doc[1].text != "(":
        return None
    close = next((i for i in range(2, min(len(doc) - 1, 10)) if doc[i].text == ")"), None)
    if close is None or doc[close + 1].text != ")":
        return None
    pids = {cast.at.get((para, i)) for i in range(2, close)}
    return pids.pop() if len(pids) == 1 else None


def _other_subject(token: Token, pid: str, cast: Cast, para: int) -> bool:
    """The clause the token is in has a named subject who is not the person."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    return any(cast.at.get((para, s.i), pid) != pid for s in subjects)


def _pair_roles(cast: Cast, resolver: Resolver) -> list[tuple[str, Role]]:
    """ "Queloz and Mayor ... won. ... Both are professors at the University of Geneva": a plural title
    said of "both" or "they" belongs to each of the last names coordinated before it in the paragraph."""
    out = []
    for para, doc in sorted(resolver.docs.items()):
        if para == HEADLINE:
            continue
        for token in (doc[i] for i, text in enumerate(token_texts(doc)) if text in ("Both", "both", "They", "they")):
            if token.dep_ != "nsubj" or token.head.lemma_ != "be" or token.i in resolver.quoted.get(para, set()):
                continue
            plural = [r for r in _verb_roles(token.head) if r.title.endswith("*")]
            pair = _last_pair(cast, para, doc, token.i) if plural else []
            if token.lower_ == "both" and len(pair) != 2:
                continue
            out += [(pid, Role(r.title.rstrip("*"), r.organization)) for pid in pair for r in plural]
    return out


def _last_pair(cast: Cast, para: int, doc: Doc, before: int) -> list[str]:
    """The people of the last coordination of names ("Queloz and Mayor") before a token, in its paragraph."""
    for i in range(before - 1, -1, -1):
        pid = cast.at.get((para, i))
        if pid is None or cast.at.get((para, doc[i].head.i)) == pid and doc[i].head.i != i:
            continue  # not a name, or a word inside one
        if doc[i].dep_ != "conj":
            return []  # a person named alone after the last pair
        names = [cast.at.get((para, t.i)) for t in [doc[i].head, *doc[i].head.conjuncts]]
        if all(names) and len(set(names)) == len(names) > 1:
            return names
        return []
    return []


# Nouns that introduce a person by their tie to another ("his son, Hunter Biden", "her client").
_RELATIONS = frozenset(["mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "widow",
                        "widower", "ex-wife", "ex-husband", "partner", "fiancée", "fiancé", "fiance", "fiancee",
                        "girlfriend", "boyfriend", "client", "stepson", "stepdaughter", "grandson", "granddaughter",
                        "nephew", "niece", "cousin", "uncle", "aunt", "child", "parent", "friend",
                        "grandmother", "grandfather", "grandchild", "stepmother", "stepfather", "spouse", "sibling",
                        "twin", "colleague", "teammate", "classmate", "roommate", "bandmate", "mistress", "lover",
                        "stepbrother", "stepsister", "godfather", "godmother", "godson", "goddaughter"])


def _bare_relation(role: Role) -> bool:
    """ "his wife Bernadette" whose "his" is not resolved, "with wife Kim Kardashian": a relation without
    the person it ties to says nothing on its own (the role is "wife of ...")."""
    title = role.title.rstrip("*").lower()
    head = title.split()[-1].split("-")[-1] if title.split() else ""
    told = set(title.split()[:-1]) <= _SEQUENCE and len(title.split()) > 1  # "her first husband, X"
    return (head in _RELATIONS or head.removesuffix("s") in _RELATIONS) and " of " not in title and not told \
        and "'s" not in title and "’s" not in title and role.organization is None


# Words that place a relation in a person's history ("first husband", "former boyfriend").
_SEQUENCE = frozenset(["former", "ex", "late", "first", "second", "third", "fourth"])


def _survived_by(role: Role, name: Span, pid: str, cast: Cast, para: int) -> Role:
    """ "Hunter is survived by wife Maureen": a bare family noun after "by" ties the name to the verb's subject."""
    doc = name.doc
    if role.title.lower() not in _RELATIONS or name.start < 2 or doc[name.start - 2].lower_ != "by":
        return role
    subject = next((c for c in doc[name.start - 2].head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    other = cast.at.get((para, subject.i)) if subject is not None else None
    return Role(f"{role.title} of {cast.names[other]}", None) if other and other != pid else role


def _relation(role: Role) -> bool:
    """A tie to another person ("wife of Elijah Cummings"): it counts only where it introduces the
    person, not after the article has given them a title of their own (GUIDELINES, Roles)."""
    first, _, rest = role.title.partition(" of ")
    return bool(rest) and first.split()[-1].lower() in _RELATIONS | {"ex-" + w for w in _RELATIONS}


def _relation_roles(name: Span, pid: str, cast: Cast, para: int, resolver: Resolver) -> list[Role]:
    """ "Joe Biden and his son, Hunter Biden" -> "son of Joe Biden": a relation noun in apposition whose
    possessor (a name, or a pronoun resolved as elsewhere) is another person of the article."""
    out = []
    heads = _apposition_heads(name)
    for head in heads + [t for t in _kin_before(name) if t not in heads]:
        doc = head.doc
        if _names_another(head, name):
            continue  # "Trump himself, his wife Melania": the wife is Melania, not the name after her
        low = doc[head.i - 2:head.i + 1].text.lower() if head.i >= 2 and doc[head.i - 1].text == "-" else head.lower_
        if head.lemma_.lower() not in _RELATIONS and low not in _RELATIONS:
            continue
        kin = [c for c in head.children if c.dep_ == "conj" and c.lemma_.lower() in _RELATIONS and c.i < name.start]
        nearest = kin[-1] if kin else head  # "her mother and sister, Maya Harris": the sister, the noun next to her
        start = head.i - 2 if "-" in low else head.i  # "his ex-wife", which the parser may split
        if doc[head.i + 1:head.i + 5].text.lower() == "-in-law":
            low = head.lower_ + "-in-law"  # "his son-in-law, X" is no son of his: the parser heads it on "son"
        owner = next((t for t in doc[min(head.left_edge.i, max(start - 1, 0)):head.i] if t.dep_ == "poss"), None)
        if owner is None:
            continue
        other = _owner(owner, head, cast, para, resolver)
        if other and other != pid:
            word = low if "-" in low and not kin else nearest.lemma_ if nearest.tag_ == "NNS" else nearest.text
            out.append(Role(f"{word} of {cast.names[other]}", None))
    return out


def _kin_before(name: Span) -> list[Token]:
    """The relation nouns owned by a pronoun among the title words right before a name, which the parser may
    hang elsewhere: "Norman Lee and his wife Mia", "his uncle and advisor Jang Lee" (read from the words, as
    titles are). A named owner ("Grey's niece Mary Hope") stays in the title as written."""
    doc = name.doc
    out = []
    i = name.start - 1
    while i >= 0 and _in_prefix(doc[i], name.root, name):
        if doc[i].lemma_.lower() in _RELATIONS and doc[i].pos_ == "NOUN" \
                and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in doc[i].children):
            out.append(doc[i])
        i -= 1
    return out


def _listed_kin(name: Span, pid: str, cast: Cast, para: int, resolver: Resolver) -> list[Role]:
    """ "survived by his wife Amanda and children Brodie and Nolan", "their two sons Wyatt and Zachary, and
    four daughters, Nadine, Ashley and Toni": each name of a list right after a plural family noun is a
    child (son, daughter ...) of the noun's possessor, or of the possessor of the family noun it is coordinated
    with, or, for "their" or none, of the person the clause is about (its subject)."""
    doc = name.doc
    i = name.start - 1
    while i >= 0 and (doc[i].text == "," or doc[i].lower_ == "and" or (para, i) in cast.at):
        i -= 1  # back over the names listed before this one
    if i < 0 or doc[i].tag_ != "NNS" or doc[i].lemma_.lower() not in _RELATIONS \
            or doc[i].i in resolver.quoted.get(para, set()):
        return []
    noun = kin = doc[i]
    j = i - 1
    while j >= 0 and not any(c.dep_ == "poss" for c in kin.children) and (
            doc[j].text == "," or doc[j].lower_ == "and" or (para, j) in cast.at or doc[j].lemma_.lower() in _RELATIONS):
        if doc[j].lemma_.lower() in _RELATIONS:
            kin = doc[j]  # "his wife Amanda, and children ...": the family noun before takes the possessor
        j -= 1
    owner = next((c for c in kin.children if c.dep_ == "poss"), None)
    other = None
    if owner is not None and owner.lower_ != "their":
        other = _owner(owner, kin, cast, para, resolver)
    else:
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb else None
        if subject is not None:
            other = cast.at.get((para, subject.i))
            if other is None and subject.lower_ in ("he", "she"):
                who = resolver.antecedent(para, subject.i, pronoun_gender(subject), subject.text)
                other = who.person if who.confidence == "high" else None
    if not other or other == pid:
        return []
    return [Role(f"{noun.lemma_.lower()} of {cast.names[other]}", None)]


def _owner(owner: Token, head: Token, cast: Cast, para: int, resolver: Resolver) -> str | None:
    """The person a relation noun's possessor ("his", "Grey's") stands for, or None."""
    doc = head.doc
    other = cast.at.get((para, owner.i))
    if other is None and owner.pos_ == "PROPN":
        other = _known_as(cast, owner.text)  # "Grey's brother", where NER did not take "Grey" for a person
    if other is None and head.dep_ == "conj" and owner.pos_ == "PRON" and head.left_edge.i > 0 \
            and doc[head.left_edge.i - 1].lower_ in ("and", "or"):
        other = cast.at.get((para, head.head.i))  # "Joe Biden and his son": the conjunct before
    if other is None and owner.pos_ == "PRON" and (gender := pronoun_gender(owner)):
        who = resolver.antecedent(para, owner.i, gender, owner.text)
        # in a quote, "his" is not the speaker's own (who would say "my"): the article's subject, as across
        # paragraphs ("'We extend our condolences to his children Elizabeth and Susan,' wrote Roberts")
        sure = who.confidence == "high" and owner.i not in resolver.quoted.get(para, set())
        other = who.person if sure else _main_person(cast, gender)
    if other is None and owner.pos_ == "NOUN" and any(c.lower_ == "the" for c in owner.children) \
            and owner.lower_ in MALE_NOUNS | FEMALE_NOUNS:
        other = _main_person(cast, "m" if owner.lower_ in MALE_NOUNS else "f")  # "The boy's aunt, Tima Kurdi"
    return other


def _kin_of_subject(role: Role, name: Span, pid: str, cast: Cast, para: int, resolver: Resolver | None) -> Role:
    """A family noun with no possessor of its own ("with wife Kim Lee", "to a Kenyan-born father, Tom Lee",
    "his wife Amanda, and children Ann and Bo") ties the name to the person the phrase leaves understood:
    the possessor of the relation it is coordinated with, or else the subject of the clause it stands in
    (through "-ing" and infinitive clauses, whose subject is their verb's)."""
    if resolver is None or not _bare_relation(role):
        return role
    doc = name.doc
    whole = role.title.rstrip("*").lower().split()[-1]
    word = whole.split("-")[-1]  # "his then-girlfriend X": the relation is the last piece of the word
    nouns = [doc[name.start - 1]] if name.start else []
    nouns += [h for h in _apposition_heads(name) if h.i < name.start]
    noun = next((t for t in reversed(nouns) if t.lower_ == word and t.lemma_.lower() in _RELATIONS), None)
    if noun is None or any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ not in ("a", "an") for c in noun.children):
        return role
    top = _list_top(name.root)
    kin = top.head if top.dep_ == "appos" and top != name.root else None
    owner = next((c for c in kin.children if c.dep_ == "poss"), None) if kin is not None \
        and kin.lemma_.lower() in _RELATIONS else None
    if owner is not None:
        other = _owner(owner, kin, cast, para, resolver)  # "his wife Amanda, and children Ann and Bo"
    else:
        subject = None
        for verb in (a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")):
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None or verb.dep_ not in ("xcomp", "pcomp"):
                break
        if subject is None or subject.i in resolver.quoted.get(para, set()):
            return role
        other = cast.at.get((para, subject.i))
        if other is None and subject.lower_ in ("he", "she"):
            who = resolver.antecedent(para, subject.i, pronoun_gender(subject), subject.text)
            other = who.person if who.confidence == "high" else None
    if not other or other == pid:
        return role
    prefix = whole.removesuffix(word)
    return Role(f"{prefix}{noun.lemma_.lower() if noun.tag_ == 'NNS' else noun.lower_} of {cast.names[other]}", None)


def _common_possessor(role: Role, plain: set[str]) -> bool:
    """ "the man's wife" beside "wife of Alan Kurdi", which names the man: the relation is written once."""
    words = role.title.rstrip("*").split()
    return len(words) >= 2 and words[-2].endswith(("'s", "’s")) and words[-2].islower() and words[-1].lower() in plain


def _main_person(cast: Cast, gender: str) -> str | None:
    """The person the article is about: named in full in the headline, or else named most often in the
    body, when of the gender given. "His widow, Denise, ..." opening a paragraph is the subject's family,
    not that of whoever the paragraph before quoted."""
    counts: dict[str, int] = {}
    for mention, pid in cast.mentions:
        if mention.para != HEADLINE:
            counts[pid] = counts.get(pid, 0) + 1
    ranked = sorted(counts, key=lambda pid: (pid not in cast.lead, -counts[pid]))
    if not ranked or len(ranked) > 1 and (ranked[0] in cast.lead) == (ranked[1] in cast.lead) \
            and counts[ranked[0]] == counts[ranked[1]]:
        return None  # two people with an equal claim
    return ranked[0] if cast.gender.get(ranked[0], gender) == gender else None


def _known_as(cast: Cast, word: str) -> str | None:
    """The one person of the article whose surname or alias is the word ("Grey" for Alan Grey)."""
    found = {pid for pid, name in cast.names.items() if name.split()[-1] == word or word in cast.aliases.get(pid, [])}
    return found.pop() if len(found) == 1 else None


def _pronoun_roles(resolver: Resolver) -> list[tuple[str, Role]]:
    """ "She also served as the district attorney": a he/she subject outside quotes, resolved."""
    out = []
    for para, doc in sorted(resolver.docs.items()):
        if para == HEADLINE:
            continue
        for token in (doc[i] for i, text in enumerate(token_texts(doc)) if text in ("he", "she", "He", "She")):
            if token.dep_ not in ("nsubj", "nsubjpass") or token.i in resolver.quoted.get(para, set()):
                continue
            who = resolver.antecedent(para, token.i, pronoun_gender(token), token.text)
            if who.person and who.confidence == "high":
                # "He remained there, serving as speaker", "she began acting and worked as an aide"
                out += [(who.person, role) for verb in _subject_verbs(token) for role in _verb_roles(verb)]
    return out


def _sharers(name: Span, role: Role, cast: Cast, para: int) -> list[str]:
    """A plural title ("Representatives A, B and C") belongs to every coordinated person."""
    own = cast.at[(para, name.start)]
    if not role.title.endswith("*"):
        return [own]
    members = [c for t in name for c in t.conjuncts if not name.start <= c.i < name.end]
    members += [m for m in _listed_with(name.root) if m not in members and not name.start <= m.i < name.end]
    listed = _listed_after(name, cast, para)
    if not members and not listed:
        return []  # "announcing to journalists Adamowicz remained alive": a plural before one name is no title
    out = [own]
    # "Rice, Congresswoman Demings and Senators Harris and Warren": a title right before the name is not
    # that of the items listed before it
    titled = _titled(name.root, name.start)
    for conj in sorted(members, key=lambda t: t.i):
        pid = cast.at.get((para, conj.i))
        start = conj.i
        while pid and start > 0 and cast.at.get((para, start - 1)) == pid:
            start -= 1  # "Walker Evans": the name's own first word is no title, whatever its ending
        if conj.i < name.start and titled:
            continue
        if pid and _titled(conj, start):
            if conj.i > name.start:
                break  # "nominees A, former Congressman B, and Congressmen C and D": a new title ends the list
            continue
        if pid and pid not in out:
            out.append(pid)
    return out + [pid for pid in listed if pid not in out]


def _listed_after(name: Span, cast: Cast, para: int) -> list[str]:
    """The people named in a list right after the name, read from the words when the parser misses
    the coordination ("former presidents Barack Obama and Bill Clinton"). A list item with words of its
    own before the name ("and Congresswoman Val Demings") ends the list."""
    doc = name.doc
    out, i = [], name.end
    while i < len(doc) - 1:
        i = _past_aside(doc, i, cast, para)
        j = i + (doc[i].text == ",")
        j += doc[j].lower_ == "and"
        pid = cast.at.get((para, j)) if i < j < len(doc) else None
        if pid is None or pid == cast.at.get((para, j - 1)):
            break
        out.append(pid)
        while j < len(doc) and cast.at.get((para, j)) == pid:
            j += 1
        i = j
    return out


def _past_aside(doc: Doc, i: int, cast: Cast, para: int) -> int:
    """ "two Presidents, Richard Nixon, in 1972, and Bill Clinton": a short phrase set off after a list item
    (a date or place opened by a preposition, or anything in brackets) leaves the list going on; it ends at
    the comma or bracket that closes it. No verb and no name inside it. So does the body or place a list item
    is "of" ("publishers Jann Wenner of Rolling Stone and Carlo De Benedetti of ..."). Returns where the list
    goes on."""
    if i + 2 < len(doc) and doc[i].lower_ in ("of", "from"):
        k = i + 1 + (doc[i + 1].lower_ == "the")
        start = k
        while k < min(i + 8, len(doc)) and doc[k].ent_type_ in _ORG_ENTS and (para, k) not in cast.at:
            k += 1
        return k if start < k < len(doc) and (doc[k].text == "," or doc[k].lower_ == "and") else i
    if i + 2 >= len(doc) or doc[i].text not in (",", "(") or not (doc[i + 1].pos_ == "ADP" or doc[i].text == "("):
        return i
    close = ")" if doc[i].text == "(" else ","
    for k in range(i + 2, min(i + 8, len(doc))):
        token = doc[k]
        if token.text == close:
            return k + (close == ")")
        if token.pos_ in ("VERB", "AUX") or (para, k) in cast.at or token.text in ",;:()":
            return i
    return i


def _listed_with(root: Token) -> list[Token]:
    """The other names of a list the name opens: its conjuncts and, as the parser often takes the middle
    of "Rubio of Florida, Mike Lee of Utah, and David Perdue" for one, a person in apposition to it."""
    out = list(root.conjuncts)
    for appos in (c for c in root.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"):
        out += [appos] + [c for c in appos.conjuncts if c not in out and c != root]
    return out


def _titled(token: Token, start: int | None = None) -> bool:
    """A conjunct with a title of its own ("..., and Congresswoman Val Demings") does not share the list's.
    `start`: where the person's name begins, when known."""
    before = token.doc[token.left_edge.i:token.i if start is None else start]
    # a title NER ran into the name counts ("Congressmen Mike Capuano" tagged as one person)
    return any(_role_word(t) for t in before if t.ent_type_ != "PERSON" or _office_noun(_singular_word(t))) or any(
        c.dep_ == "appos" and _role_word(c) for c in token.children)


def distinct(found: list[Role]) -> list[Role]:
    """One entry per role. The same title twice, or a title whose words another one of the same head word
    holds with its organisation ("founder" and "SpaceX founder", "mayor" and "Mayor" of New York): the
    fuller one stays. A rank ("deputy minister") keeps a role apart; "former President" and "President" are one
    office, kept once with its "former"."""
    out: list[Role] = []
    for role in found:
        role = Role(role.title.rstrip("*"), role.organization)
        joined = next(((i, j) for i, r in enumerate(out) if (j := _one_relation(r, role))), None)
        if joined:
            out[joined[0]] = joined[1]
            continue
        same = next((i for i, r in enumerate(out) if _same_role(r, role)), None)
        if same is None:
            out.append(role)
        elif _bygone(role, out[same]):  # the one with "former", and the organisation either has
            past = role if _timeless(role.title).startswith(("former", "ex")) else out[same]
            out[same] = Role(past.title, role.organization or out[same].organization)
        elif _fullness(role) > _fullness(out[same]):
            out[same] = role
    return out


def _one_relation(a: Role, b: Role) -> Role | None:
    """One relation written twice: "Heyer's mother" and "mother of Heather Heyer" (the possessor is the
    person after "of"), or "first husband" and "husband of Doris Day" (-> "first husband of Doris Day").
    The joined role, or None when they are two."""
    if a.organization or b.organization:
        return None
    short, full = sorted((a, b), key=lambda r: " of " in r.title)
    head = _head_word(full.title)
    if " of " in short.title or " of " not in full.title or head not in _RELATIONS or _head_word(short.title) != head:
        return None
    words = short.title.split()
    owner = " ".join(words[:-1])
    if owner.endswith(("'s", "’s")):
        of_whom = full.title.split(" of ", 1)[1].split()
        return full if set(owner[:-2].split()) <= set(of_whom) else None
    if words[:-1] and {w.lower() for w in words[:-1]} <= _SEQUENCE and full.title.split()[0].lower() == head:
        return Role(f"{owner} {full.title}", None)
    return None


def _role_words(role: Role) -> set[str]:
    return set(f"{_timeless(role.title)} {(role.organization or '').lower().replace('-', ' ')}".split())


def _same_role(a: Role, b: Role) -> bool:
    if _timeless(a.title) == _timeless(b.title):
        # "Vice-President" and "Vice President"; not a professor at two universities
        return not (a.organization and b.organization and _two_bodies(a.organization, b.organization))
    if _bygone(a, b):
        return not (a.organization and b.organization and a.organization.lower() != b.organization.lower())
    head_a, head_b = _head_word(a.title), _head_word(b.title)
    small, big = sorted((a, b), key=lambda r: len(_role_words(r)))
    ranked = {w for r in (a, b) for w in r.title.lower().split()} & _RANKS
    return head_a == head_b and not ranked and _role_words(small) <= _role_words(big) or _short_form(a, b)


# Ranks of armed forces, of which compound ranks are made ("Lieutenant Colonel", "Major General", "Staff Sergeant").
_ARMED_RANKS = frozenset(["general", "colonel", "lieutenant", "major", "captain", "sergeant", "admiral", "commander",
                          "corporal", "brigadier", "commodore", "marshal"])


def _short_form(a: Role, b: Role) -> bool:
    """One title written short for the other, later in the article: its initials ("PM" for "former Prime
    Minister") or one word of a compound rank ("Lieutenant Roe" after "Lieutenant Colonel Ann Roe")."""
    short, full = sorted((a, b), key=lambda r: len(r.title.split()))
    word, words = short.title, full.title.replace("-", " ").split()
    if len(word.split()) != 1 or len(words) < 2 or short.organization and short.organization != full.organization:
        return False
    initials = "".join(w[0] for w in words if w.lower() not in ("of", "for", "the", "former", "ex"))
    if word.isupper() and len(word) > 1 and word == initials.upper():
        return True
    return word.lower() in _ARMED_RANKS and words[-1].lower() in _ARMED_RANKS \
        and word.lower() in (w.lower() for w in words)


def _bygone(a: Role, b: Role) -> bool:
    """ "former President" and "President" of one person ("President Lee" in a sentence on the past): one office,
    which the person no longer holds; written once, with its "former". Other ranks stay apart ("deputy minister")."""
    short, long = sorted((_timeless(r.title).split() for r in (a, b)), key=len)
    return len(long) == len(short) + 1 and long[0] in ("former", "ex") and long[1:] == short


# Words that date a title joined to it by a hyphen ("then-Governor", "now-former governor"): the same office.
_TIME_PREFIXES = ("then-", "now-")


def _undated(title: str) -> str:
    """The title in lower case without a time prefix: "then-Vice-President" -> "vice-president"."""
    low = title.lower()
    for prefix in _TIME_PREFIXES:
        low = low.removeprefix(prefix)
    return low


def _timeless(title: str) -> str:
    """The title in lower case with hyphens as spaces and without a time prefix: "then-Vice-President" ->
    "vice president"."""
    return _undated(title).replace("-", " ")


def _two_bodies(a: str, b: str) -> bool:
    """Two organizations, each with a name of its own that the other lacks ("University of Geneva",
    "University of Cambridge"); not one written twice ("the country's chess federation", "Iranian Chess
    Federation"; "Iran's Quds Force", "the Revolutionary Guard Corps-Quds Force"; "U.S.", "United States")."""
    def core(org: str) -> set[str]:
        words = (w.removesuffix("'s").removesuffix("’s").strip(".,()") for w in org.replace("-", " ").split())
        return {w.lower() for w in words if w[:1].isupper() and w.lower() not in NATIONALITIES
                and w not in _COUNTRIES and w.replace(".", "").upper() != w.replace(".", "")}
    ca, cb = core(a), core(b)
    return min(len(ca), len(cb)) > 1 and not (ca <= cb or cb <= ca)


def _head_word(title: str) -> str:
    """The title's head noun: the last word, or the word before "of"/"for"/"to" ("U.S. Attorney for the Western
    District" is an attorney, "Ambassador to Peru" an ambassador)."""
    words = _undated(title).split()
    cut = next((i for i, w in enumerate(words) if i and w in ("of", "for", "to")), len(words))
    return words[cut - 1]


def _fullness(role: Role) -> tuple[int, int]:
    return (role.organization is not None, len(_role_words(role)))


def roles_before(name: Span) -> list[Role]:
    """Roles in the words right before a name: "Kremlin spokesman", "former Vice President"; a military rank
    right before it is one of its own ("Coast Guard Commandant Lt. Col. Ann Roe": the commandant is a colonel)."""
    doc = name.doc
    rank = _rank_start(name)
    if rank is not None:
        ranked = [Role(doc[rank:name.start].text, None)]
        return ranked + roles_before(doc[rank:name.end]) if rank > 0 else ranked
    root = name.root
    start = name.start
    while start > 0 and _in_prefix(doc[start - 1], root, name):
        start -= 1
    if start >= 2 and start < name.start and doc[start].lower_ in _RELATIONS and doc[start - 1].text in ("'s", "’s") \
            and doc[start - 2].pos_ == "PROPN" and doc[start - 2].head == doc[start]:
        start = doc[start - 2].left_edge.i  # "Grey's niece Mary Hope": the possessor hangs on the relation
    tokens = [t for t in doc[start:name.start] if not _abbreviation(t) and not _spelled_out(t, name)]
    while tokens and (tokens[0].pos_ not in _TITLE_POS and not _mistagged_role(tokens[0]) or _courtesy(tokens[0])):
        tokens = tokens[1:]
    groups = _split(tokens, name)
    groups = [g for g in groups[:-1] if not _object_of_for(g)] + groups[-1:]
    if groups and _own_title(groups[-1]) is not groups[-1]:
        groups = groups[-1:]  # "campaigner and widow of Press Secretary James Brady": the titles before are the widow's
    found = (title_and_org(group) for group in map(_own_title, groups) if _ends_in_role(group) or _named_relation(group))
    return [r for r in found if r] + _bracketed_title(name)


# Rank abbreviations that are also words or given names ("Gen", "Col"): a rank only with their full stop.
_STOPPED_RANKS = frozenset(["gen", "col", "adm"])


def _rank_start(name: Span) -> int | None:
    """Where a military rank right before a name starts, when the title words cannot read it: an abbreviation
    whose full stop the tokenizer split off or that has none ("Lt. Col. Ann Roe", "Sgt Ann Roe", "Master Sgt."),
    or a rank graded by an ordinal ("1st Lt.", "Sergeant First Class"). Ranks are capitalised before a name; the
    rank is kept as written, as the article words it."""
    doc = name.doc
    i, ranked, unread = name.start, False, False
    while i > 0:
        token = doc[i - 1]
        low = token.lower_.rstrip(".")
        stopped = token.text.endswith(".") or i < name.start and doc[i].text == "." and not token.whitespace_
        if token.text == "." and i >= 2 and not doc[i - 2].whitespace_ and doc[i - 2].lower_ in RANK_ABBREVIATIONS:
            i -= 1  # the abbreviation's own full stop, split off
            continue
        if not (token.text[:1].isupper() or token.text[:1].isdigit()):
            break
        if low in RANK_ABBREVIATIONS and (stopped or low not in _STOPPED_RANKS):
            ranked = unread = True
        elif low in MILITARY_RANKS:
            ranked = True
        elif low in RANK_GRADES:
            unread = unread or low in ("first", "second", "third", "1st", "2nd", "3rd")
        else:
            break
        i -= 1
    return i if ranked and unread else None


def _bracketed_title(name: Span) -> list[Role]:
    """ "every astronaut including [former Museum of Flight CEO] Bonnie Dunbar": an editor's bracketed words
    right before a name, inside a quote, give the person's title."""
    doc = name.doc
    if name.start < 3 or doc[name.start - 1].text != "]":
        return []
    open_ = next((i for i in range(name.start - 2, max(name.start - 10, -1), -1) if doc[i].text in "[]"), None)
    if open_ is None or doc[open_].text != "[":
        return []
    words = [t for t in doc[open_ + 1:name.start - 1]]
    if not words or any(t.ent_type_ == "PERSON" or t.pos_ in ("VERB", "AUX") for t in words) or not _ends_in_role(words):
        return []
    role = title_and_org(words)
    return [role] if role else []


def _of_body(found: list[Role], name: Span) -> list[Role]:
    """ "Ecologist Ryan Norris of the University of Guelph", "President Hassan Rouhani of Iran": a title
    before the name with no organisation of its own takes the named body (or, for an office, the place)
    the name is "of"."""
    doc = name.doc
    i = name.end
    if not found or i + 1 >= len(doc) or doc[i].lower_ != "of" or all(r.organization for r in found):
        return found
    ent = next((e for e in doc.ents if e.start == i + 1 or e.start == i + 2 and doc[i + 1].lower_ == "the"), None)
    if ent is None or ent.label_ not in ("ORG", "GPE") or doc[ent.end - 1].lower_ in ("'s", "’s") \
            or ent.end + 1 < len(doc) and doc[ent.end].lower_ in ("'s", "’s", "and", "&") and doc[ent.end + 1].is_title:
        return found  # "of UH Mānoa's ...", "of the Institute of Allergy and Infectious Diseases": a part only
    body = ent[1:].text if ent[0].lower_ == "the" else ent.text
    return [r if r.organization or _relation(r) or _bare_relation(r)
            or ent.label_ == "GPE" and not any(w in OFFICE_WORDS for w in r.title.lower().split())
            else Role(r.title, body) for r in found]


def _named_relation(group: list[Token]) -> bool:
    """ "Grey's niece Mary Hope", "Trump's son-in-law and ...": a relation noun right after a named possessor."""
    kin = _kin_start(group[-1]) if group else None
    return kin is not None and kin.i - group[0].i >= 2 and group[kin.i - group[0].i - 1].text in ("'s", "’s") \
        and group[kin.i - group[0].i - 2].pos_ == "PROPN"


def _kin_start(token: Token) -> Token | None:
    """The first word of the relation noun the token ends: "niece", or "son" of "son-in-law"."""
    if token.lower_ in _RELATIONS:
        return token
    doc = token.doc
    if token.lower_ == "law" and token.i >= 4 and doc[token.i - 4:token.i].text.replace(" ", "").lower() \
            in {f"{w}-in-" for w in _RELATIONS}:
        return doc[token.i - 4]
    return None


def _kin_word(token: Token) -> bool:
    return _kin_start(token) is not None


def _object_of_for(group: list[Token]) -> bool:
    """ "the ticket of Jo Jorgensen for president and podcaster Spike Cohen": the words before "and" are
    what the first one runs for, not a second title of the name after them. One runs for or as an office,
    but against a person: "charges against former governor of Mosul and head of ... Ann Roe" are one man's."""
    i = group[0].i
    return i > 0 and group[0].doc[i - 1].lower_ in ("for", "as")


def _own_title(group: list[Token]) -> list[Token]:
    """ "fiancée of journalist Jamal Khashoggi": the name's own title is "journalist"."""
    of = max((i for i, t in enumerate(group) if t.lower_ == "of"), default=None)
    after = group[of + 1:] if of is not None else []
    portfolio = [t.lower_ for t in after if t.lower_ != "the"] == [group[-1].lower_]  # "of (the) Interior"
    # "members of the House of Representatives Ann Roe and ...": a body named after "of" is the title's field
    body = all(t.ent_type_ == "ORG" or t.lower_ == "the" for t in after)
    if of is not None and after and _ends_in_role(after) and not body \
            and not (of and portfolio and group[-1].lower_ in _PORTFOLIOS
                     and _role_word(group[of - 1])):  # "Minister of Finance": "Finance" is the office's portfolio
        return after
    return group


def _ends_in_role(group: list[Token]) -> bool:
    """The head word of the title is a role: the last word, the word before "of" or before "-elect"."""
    heads = [group[-1]] + [group[i - 1] for i, t in enumerate(group) if i and t.lower_ in ("of", "from", "to", "for")]
    if len(group) > 2 and group[-2].text == "-":
        heads.append(group[-3])
    return any(_role_word(t) for t in heads)


def _role_word(token: Token) -> bool:
    """A word that can end a title before a name: an office, a capitalised title, or an agent noun."""
    if token.pos_ in ("ADP", "SCONJ", "CCONJ"):
        return False  # "for", "nor": no "-or" agent noun
    if token.lower_ in _JUDGES:
        return _judge(token)
    if token.lower_ in TITLE_ABBREVIATIONS:
        return token.text[:1].isupper()  # "Rep. Patrick Kennedy", "Lt. Gov."
    if any(low in OFFICE_WORDS or low in ROLE_NOUNS or low in _ACADEMIC_OFFICES
           for low in (token.lemma_.lower(), token.lower_.removesuffix("s"), _singular_word(token))):
        return True
    # by its ending alone, a capitalised word must be a common noun: "Kushner" and "Huber" are names;
    # "-ment" names a thing or a body, not a person ("speaker of the parliament Ali Larijani"), and so does a
    # body's own noun ("head of the Northern Affairs Committee Ann Roe": a committee is no one)
    return any(low.endswith(AGENT_ENDINGS) and not low.endswith("ment")
               for low in (token.lemma_.lower(), token.lower_.removesuffix("s"))) and not _body_noun(token) \
        and (token.text[:1].islower() or common_word(token) or token.is_sent_start and _doer(token))


def _capitalised_agent(token: Token) -> bool:
    """A capitalised word set off beside a name, inside a sentence and known as a role by its ending
    alone, is a person's noun only when it is one who does a verb: "Producer" (produce), "Singer" (sing);
    not "Rest in Power, Chadwick" or "the Tower, Ann"."""
    low = token.lower_.removesuffix("s")
    if token.is_sent_start or not token.text[:1].isupper() or not low.endswith(("er", "or")) \
            or any(w in OFFICE_WORDS or w in ROLE_NOUNS for w in (low, token.lemma_.lower())):
        return True
    return _doer(token)


def _doer(token: Token) -> bool:
    """An "-er"/"-or" word for one who does a verb the index knows: "Producer" (produce), "Podcaster"
    (podcast); not "Tower" or "Kushner"."""
    low = token.lower_.removesuffix("s")
    if not low.endswith(("er", "or")):
        return False
    stem = low[:-2]
    verbs = index_verbs(token.vocab)
    return any(s in verbs for s in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else "",
                                    stem[:-1] + "y" if stem.endswith("i") else ""))


def _judge(token: Token) -> bool:
    """ "Justice" is a judge when capitalised, not as a department after "of" ("Secretary of Justice"),
    or when a title word qualifies it ("associate justice", "Supreme Court justice")."""
    doc = token.doc
    before = doc[token.i - 1] if token.i else None
    if token.is_title:
        return before is None or before.lower_ not in ("of", "for")
    return before is not None and before.pos_ in ("ADJ", "NOUN", "PROPN") and not _verbal(before)


def _in_prefix(token: Token, root: Token, name: Span) -> bool:
    """A word of the run of title words right before a name. Judged on the words themselves, not
    the parse: the small model often hangs "Chief Executive of Hong Kong Carrie Lam" wrongly."""
    if token.text == "," and _listed_titles(token, name):
        return True  # "US singer, actor, and animal rights advocate Doris Day": a list of her titles
    if any(_kin_word(t) and t.i - 4 <= token.i for t in token.doc[token.i:token.i + 5] if t.lower_ == "law"):
        return True  # "son-in-law": its "in" and hyphens belong to the relation
    if _dated_second_title(token):
        return True  # "former governor and 1988 presidential nominee Ann Roe": the year dates the second title
    if _abbreviation(token) or _spelled_out(token, name):
        return True  # "Member of parliament (MP) Kevin Conolly": the title's short form, dropped from the title
    if token.is_punct and (token.text != "-" or _spaced(token)) \
            or token.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL") \
            and not _first_of_office(token):
        return False
    if token.ent_type_ == "PERSON" and token.lower_ not in OFFICE_WORDS and token.lower_ not in HONORIFICS \
            and not _in_entity_of(token, name) and not _names_a_patron(token) and not _in_portfolio(token, name.start):
        return False
    if token.lower_ == "of" and token.i == name.start - 1:
        return False  # "the killers of Khashoggi": a relation after "of", not a title before the name
    doc = token.doc
    if token.text in THING_NOUNS and token.i + 1 < name.start and doc[token.i + 1].text[:1].isupper():
        return False  # "the documentary Beware of Mr. Baker": the words after it name the thing
    if token.lower_ == "and" and 0 < token.i < len(doc) - 1 and doc[token.i - 1].text[:1].isupper() \
            and doc[token.i - 1].ent_type_ != "PERSON" and (doc[token.i + 1].lower_ in _RANKS
                                                            or doc[token.i + 1].lower_ in OFFICE_WORDS):
        return True  # "former Secretary of State and former Senator Hillary Clinton": two titles
    if token.lower_ == "and" and (_joins_portfolios(token, name) or _inside_field(token, name)):
        return True  # "Road Transport and Bridges Minister Obaidul Quader": one office of two portfolios
    if token.lower_ == "and" and 0 < token.i < name.start - 1 and (
            (_role_word(doc[token.i - 1]) or _kin_word(doc[token.i - 1])) and doc[token.i - 1].ent_type_ != "PERSON"
            or doc[token.i - 1].text == "," and _listed_titles(doc[token.i - 1], name) or _after_field(token, name)) \
            and doc[token.i + 1].ent_type_ != "PERSON":
        return True  # "Former Trump adviser and retired general Michael Flynn"
    if token.lower_ == "the" and token.i >= 2 and (doc[token.i - 1].lower_ == "of" and _role_word(doc[token.i - 2])
                                                   and doc[token.i - 2].ent_type_ != "PERSON"
                                                   or _from_place(doc[token.i - 1])):
        return True  # "speaker of the parliament Ali Larijani", "Ambassador to the United Kingdom Tom Reed"
    if token.pos_ in ("DET", "PRON", "CCONJ", "SCONJ", "NUM", "PART") or _verbal(token) and not _mistagged_role(token) \
            or token.dep_ == "case":
        return False
    return token.pos_ != "ADP" or token.lower_ == "of" or _from_place(token) or _for_portfolio(token)


def _field_before(conj: Token) -> Token | None:
    """The title word whose "of"/"for" field runs right up to an "and": "governor" in "former governor of Mosul
    and ...", "president" in "vice president of women and ...". Read from the words: a field is short, with no
    verb, no name and no other title word in it."""
    doc = conj.doc
    for i in range(conj.i - 2, max(conj.i - 8, 0), -1):
        word = doc[i]
        if word.lower_ in ("of", "for"):
            title = doc[i - 1]
            # a relation's "of" names a person, no field: "granddaughter of the steel and oil baron Tom Reed"
            ok = _role_word(title) and title.pos_ in ("NOUN", "PROPN") and title.ent_type_ != "PERSON" \
                and not _kin_word(title)
            return title if ok else None
        if word.ent_type_ == "PERSON" or word.is_punct or word.pos_ in ("VERB", "AUX", "PRON") or _role_word(word):
            return None
    return None


def _after_field(conj: Token, name: Span) -> bool:
    """ "former governor of Mosul and head of the ... Committee Ann Roe": an "and" after a title's own "of"/"for"
    field joins a second title to it, when a title word follows before the name and no determiner opens the
    first title."""
    doc = conj.doc
    title = _field_before(conj)
    # "the minister of health and Prime Minister Ann Roe" are two people: the determiner is the first one's
    return 0 < conj.i < name.start - 1 and title is not None and doc[title.i - 1].pos_ != "DET" \
        and any(_role_word(t) for t in doc[conj.i + 1:name.start])


def _inside_field(conj: Token, name: Span) -> bool:
    """ "vice president of women and family affairs Ann Roe", "professor of physics and astronomy Ann Roe": an
    "and" inside a title's "of"/"for" field, with no title word after it before the name, joins the field's
    words, not two titles."""
    doc = conj.doc
    return 0 < conj.i < name.start - 1 and _field_before(conj) is not None \
        and not any(_role_word(t) or t.ent_type_ == "PERSON" for t in doc[conj.i + 1:name.start])


def _dated_second_title(token: Token) -> bool:
    """ "former governor and 1988 presidential nominee Ann Roe": a year opening the second of two titles joined
    by "and" dates it, and the run of titles goes on before it."""
    doc = token.doc
    return token.i > 1 and doc[token.i - 1].lower_ == "and" and len(token.text) == 4 and token.text.isdigit() \
        and token.text[:2] in ("19", "20") and _role_word(doc[token.i - 2]) and doc[token.i - 2].ent_type_ != "PERSON"


def _spaced(dash: Token) -> bool:
    """A dash with a space on each side sets words off ("the four candidates - Sir Ann Lee, ..."); it joins no
    title ("vice-president", "co-founder")."""
    return bool(dash.whitespace_) and dash.i > 0 and bool(dash.doc[dash.i - 1].whitespace_)


def _abbreviation(token: Token) -> bool:
    """A word of a bracketed short form right after a title word: "(MP)" of "Member of parliament (MP)",
    "(GM)" of "Grand Master (GM)"."""
    doc = token.doc
    i = token.i - (token.text == ")") * 2 - (token.text not in "()")  # the "("
    if i < 1 or i + 3 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
        return False
    short = doc[i + 1].text
    return 1 < len(short) <= 6 and short.isalpha() and short.isupper() and doc[i - 1].pos_ in ("NOUN", "PROPN") \
        and doc[i - 1].ent_type_ != "PERSON" and doc[i + 3].text[:1].isupper()


def _spelled_out(token: Token, name: Span) -> bool:
    """A word of a bracketed long form between a short title and the name: "(Member of Parliament)" of
    "Labour MP (Member of Parliament) Tom Watson"; the initials of its capitalised words spell the title."""
    doc = token.doc
    if name.start < 4 or doc[name.start - 1].text != ")" or not token.i < name.start:
        return False
    open_ = next((i for i in range(name.start - 2, max(name.start - 8, 0), -1) if doc[i].text == "("), None)
    if open_ is None or token.i < open_ or open_ < 1:
        return False
    short = doc[open_ - 1].text
    initials = "".join(t.text[0] for t in doc[open_ + 1:name.start - 1] if t.text[:1].isupper())
    return 1 < len(short) <= 6 and short.isalpha() and short.isupper() and initials == short


def _listed_titles(comma: Token, name: Span) -> bool:
    """A comma in a list of titles right before a name, closed by "and": a role word before the comma,
    lowercase words after it, and an "and" before the name ("singer, actor, and animal rights advocate")."""
    doc = comma.doc
    if not 0 < comma.i < name.start - 2:
        return False
    before, rest = doc[comma.i - 1], doc[comma.i + 1:name.start]
    return _role_word(before) and before.ent_type_ != "PERSON" and before.text.islower() \
        and any(t.lower_ == "and" for t in rest) and rest[0].text.islower() \
        and all(t.text == "," or t.is_alpha and t.text.islower() and t.ent_type_ != "PERSON" for t in rest[:-1])


def _joins_portfolios(token: Token, name: Span) -> bool:
    """ "and" between capitalised words that are no titles, in a run of capitalised words that ends in an
    office word right before the name: "Health and Social Care Secretary", "Road Transport and Bridges Minister"."""
    doc = token.doc
    if not 0 < token.i < name.start - 2:
        return False
    before, run = doc[token.i - 1], doc[token.i + 1:name.start]
    modifies = before.dep_ in ("compound", "nmod", "amod") or token.i < before.head.i < name.start
    return modifies and len(run) > 1 and before.text[:1].isupper() and before.ent_type_ != "PERSON" \
        and not _role_word(before) \
        and all(t.text[:1].isupper() and (t.ent_type_ != "PERSON" or _in_portfolio(t, name.start)) for t in run) \
        and not any(_role_word(t) for t in run[:-1]) and run[-1].lower_ in OFFICE_WORDS | ROLE_NOUNS


def _in_portfolio(token: Token, name_start: int) -> bool:
    """ "Road Transport and Bridges Minister": a capitalised common noun that NER took for a person, after
    "and" in a portfolio and right before the office word before the name."""
    doc = token.doc
    return token.i + 2 == name_start and doc[token.i + 1].lower_ in OFFICE_WORDS and token.is_title \
        and token.i > 0 and doc[token.i - 1].lower_ == "and" and common_word(token)


def _for_portfolio(token: Token) -> bool:
    """ "Deputy Prime Minister for Finance", "Commissioner for Human Rights": "for" and a capitalised
    portfolio after a capitalised office word belong to the title."""
    doc = token.doc
    if token.lower_ != "for" or not 0 < token.i < len(doc) - 1:
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    return before.text[:1].isupper() and before.lower_ in OFFICE_WORDS | ROLE_NOUNS and after.text[:1].isupper() \
        and after.ent_type_ not in ("PERSON", "GPE")


def _first_of_office(token: Token) -> bool:
    """ "First Lady", "First Minister of Scotland": "First" that is part of an office's name."""
    doc = token.doc
    return token.text == "First" and token.i + 1 < len(doc) and doc[token.i + 1].is_title \
        and doc[token.i + 1].lower_ in OFFICE_WORDS | ROLE_NOUNS


def _verbal(token: Token) -> bool:
    """A verb, except a participle used as an adjective ("retired general", "elected mayor", "running mate")."""
    return token.pos_ in ("VERB", "AUX") and not (token.dep_ == "amod" and token.tag_ in ("VBN", "VBG"))


def _mistagged_role(token: Token) -> bool:
    """A role noun right before a name that the small tagger took for a verb or an adjective: "Caloundra
    coach Geoff Ingram", "devised by mathematician John Conway", "the general Qasem Soleimani". A verb
    reading ("They coach Tim", "to host Ann") has a pronoun, "to" or an auxiliary before it."""
    doc = token.doc
    if token.pos_ == "VERB" and _opens_second_title(token):
        return True
    if token.pos_ not in ("VERB", "ADJ") or token.i + 1 >= len(doc) or doc[token.i + 1].ent_type_ != "PERSON" \
            or not doc[token.i + 1].text[:1].isupper() or not token.text.islower() and not token.is_title:
        return False
    low = token.lower_
    if token.pos_ == "ADJ":
        return token.tag_ == "JJ" and (low in ROLE_NOUNS or low.endswith(("ist", "ian")) and low not in NATIONALITIES
                                       and token.ent_type_ != "NORP")
    before = doc[token.i - 1] if token.i else None
    return (token.tag_ in ("VB", "VBP", "NN") and low in ROLE_NOUNS or _plural_as_verb(token)) and (
        before is None or before.pos_ in ("DET", "ADJ", "PROPN", "NOUN", "PUNCT", "ADP", "CCONJ")
        and (before.tag_ not in ("PRP", "MD", "TO", "WDT", "WP", "NNS") or _modified_plural(before)))


def _opens_second_title(token: Token) -> bool:
    """ "US director and screenwriter James Gunn", "researcher and study co-author Ann Roe": the first word of a
    second title after "and" and a title word, which the tagger took for a verb; lower-case words up to a name,
    the last of them a title word."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].lower_ != "and" or not _role_word(doc[token.i - 2]) \
            or doc[token.i - 2].ent_type_ == "PERSON":
        return False
    end = next((k for k in range(token.i + 1, min(token.i + 5, len(doc))) if doc[k].ent_type_ == "PERSON"), None)
    return end is not None and _role_word(doc[end - 1]) \
        and all(t.text.islower() or t.text == "-" for t in doc[token.i:end])


def _plural_as_verb(token: Token) -> bool:
    """ "photographers Nat Finkelstein and ...", "athletes A and B": a plural role noun the tagger took for a
    verb's "-s" form; its lemma is no verb ("photographer", "athlete"), unlike "coaches" or "hosts"."""
    low = token.lemma_.lower()
    return token.tag_ == "VBZ" and token.lower_.endswith("s") and low != token.lower_ \
        and (low in ROLE_NOUNS or low.endswith(AGENT_ENDINGS) and not low.endswith("ment")) \
        and low not in index_verbs(token.vocab)


def _modified_plural(token: Token) -> bool:
    """ "human rights advocate", "animal rights activist": a plural noun that another noun or an adjective
    qualifies names what the role is about; it is no subject of a verb ("Workers coach Tim")."""
    doc = token.doc
    if token.i > 1 and doc[token.i - 1].lower_ == "and" and _role_word(doc[token.i - 2]):
        return True  # "researcher and systems engineer": a second title, no subject
    return token.i > 0 and doc[token.i - 1].pos_ in ("ADJ", "NOUN") and doc[token.i - 1].text.islower()


def _in_entity_of(token: Token, name: Span) -> bool:
    """ "Broadcaster Piers Morgan" tagged as one PERSON: the title word is in the name's own entity."""
    return any(e.start <= token.i < e.end and e.start < name.end and name.start < e.end for e in token.doc.ents)


def _names_a_patron(token: Token) -> bool:
    """ "former Trump adviser", "Zelensky's aides": a person's name owning the role word right after it."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1]
    if after.text in ("'s", "’s") and token.i + 2 < len(doc) and _role_word(doc[token.i + 2]):
        return True  # "President Zelensky's aides"
    return after.text.islower() and after.ent_type_ == "" and _role_word(after)


def _from_place(token: Token) -> bool:
    """ "Senator from Vermont", "Ambassador to Germany", "Special Representative for Iran": the preposition
    and a place or body after an office word belong to the title."""
    doc = token.doc
    if token.lower_ not in ("from", "to", "for") or not 0 < token.i < len(doc) - 2 \
            or doc[token.i - 1].lower_ not in OFFICE_WORDS or token.lower_ != "from" and not doc[token.i - 1].is_title:
        return False  # "to" and "for" only after a capitalised office: not "sent by the president to Russia"
    place = doc[token.i + 2] if doc[token.i + 1].lower_ == "the" else doc[token.i + 1]
    return place.ent_type_ in _ORG_ENTS and place.text[:1].isupper()


def _split(tokens: list[Token], name: Span) -> list[list[Token]]:
    """Split "Democratic challenger former Vice President" after a lowercase noun followed by a new title."""
    groups: list[list[Token]] = [[]]
    for token in tokens:
        if token.lower_ == "and" and not _joins_portfolios(token, name) and not _inside_field(token, name) \
                or token.text == ",":
            if groups[-1]:
                groups.append([])
            continue
        prev = groups[-1][-1] if groups[-1] else None
        if prev is not None and prev.pos_ == "NOUN" and prev.text.islower() and (
                token.lower_ in ("former", "acting", "deputy") or token.text[:1].isupper()):
            groups.append([])
        groups[-1].append(token)
    return [g for g in groups if g]


def title_and_org(tokens: list[Token], longest: int = _MAX_TITLE) -> Role | None:
    """Separate the organization from the title words: "Kremlin spokesman" -> spokesman / Kremlin."""
    # "a Glasgow-born father", "Indian-born mother": where one was born says no title
    born = {t.i for b in tokens if b.lower_ == "born" and b.dep_ == "amod" for t in b.subtree}
    tokens = [t for t in tokens if t.lower_ not in TITLE_QUALIFIERS and t.i not in born]
    while tokens and (tokens[0].pos_ in ("NUM", "PRON", "DET", "ADV", "PUNCT") or tokens[0].lower_ == "one"
                      or tokens[0].lower_ in _DAYS):
        tokens = tokens[1:]  # "One activist", "his son", "(on) Sunday Presidents A and B": the role is the noun
    if not tokens or len(tokens) > longest or any(_verbal(t) and not _mistagged_role(t) and not _of_those(t)
                                                  and not _plural_as_verb(t) or t.pos_ == "NUM"
                                                  and not _year(t, tokens) and not _one_of_them(t) for t in tokens):
        return None
    mark = next((i for i, t in enumerate(tokens) if t.text in ("'s", "’s")), None)
    # "German Chancellor Angela Merkel's spokesperson": a name before the possessive owns the title
    own = tokens[mark + 1:] if mark and tokens[mark - 1].ent_type_ == "PERSON" else tokens
    # a role noun NER ran into the name is the title: "Grand Ayatollah Ali Sistani"
    if any(t.ent_type_ == "PERSON" and _singular_word(t) not in OFFICE_WORDS and _singular_word(t) not in ROLE_NOUNS
           and not _names_a_patron(t) and not descriptor(t) and not _in_portfolio(t, own[-1].i + 1)
           for t in own if t.lower_ != "of") \
            and " of " not in " ".join(t.lower_ for t in tokens):
        return None  # a piece of a name, not a title
    voice = next((i for i, t in enumerate(tokens) if t.lower_ == "for"), 0)
    if 0 < voice < len(tokens) - 1 and tokens[voice - 1].lower_ in _VOICES and _body(tokens[voice + 1:]):
        return _role(tokens[:voice], _org_text(tokens[voice + 1:]))  # "spokesperson for the fire service"
    of = next((i for i, t in enumerate(tokens) if t.lower_ == "of"), None)
    if of is not None and 0 < of < len(tokens) - 1 and _role_word(tokens[-1]) and not _role_word(tokens[of - 1]):
        of = None  # "former Museum of Flight CEO": the "of" is inside the body's name, the title ends the words
    if of is not None and 0 < of < len(tokens) - 1:
        after = tokens[of + 1:]
        if _office_of_place(tokens[of - 1], after):
            return _role(tokens[:of], _org_text(after))  # "Mayor of Koszalin" is Koszalin's, NER or not
        # "(US) Director of National Intelligence": a portfolio, not a body, stays with the title (as below)
        # (not a company's name ending like one: "CEO of Massey Energy")
        portfolio = _role_word(tokens[of - 1]) and after[-1].lower_ in _PORTFOLIO_WORDS and (
            len(after) == 1 or after[-1].text not in ORG_WORDS) \
            and not any(t.pos_ == "DET" or t.ent_type_ in ("GPE", "NORP") for t in after)
        field = 0 if portfolio or tokens[of - 1].lower_ in _RELATIONS or not _role_word(tokens[of - 1]) \
            else _field(after)
        if field:  # "director of global news for AFP": the field is the title's, the body after it the org
            body = after[field + 1:] if field < len(after) and after[field].pos_ == "ADP" else []
            return _role(tokens[:of + 1 + field], _org_text(body) if _named_body(body) or _proper_run(body) else None)
        if not portfolio and (any(t.ent_type_ == "PERSON" for t in after) or after[-1].lower_ in _OFFICE_HOLDERS
                              and len(after) > 1 or tokens[of - 1].lower_ in _RELATIONS):
            if tokens[of - 1].lower_ in _RELATIONS:  # "widow of former Press Secretary James Brady": of the person
                named = next((i for i, t in enumerate(after) if t.ent_type_ == "PERSON"), 0)
                tokens = tokens[:of + 1] + after[named:]
            return _role(tokens, None)  # a relation: "fiancée of Jamal Khashoggi", "advisor of the Supreme Leader"
        if not portfolio and not (len(after) == 1 and after[0].ent_type_ != "GPE" and after[0].text not in _COUNTRIES
                and not (_proper_body(after[0]) and not any(t.pos_ == "ADP" for t in tokens[:of])) or _bare_body(after, owned=_org_word(tokens[0]))):
            # "Secretary of State" stays whole; "First Minister of Scotland" is Scotland's
            return _role(tokens[:of], _org_text(after))
    at = next((i for i, t in enumerate(tokens) if t.lower_ == "at"), None)
    if at is not None and 0 < at < len(tokens) - 1 and _named_body(tokens[at + 1:]):
        return _role(tokens[:at], _org_text(tokens[at + 1:]))  # "professor at Harvard Law School"
    source = next((i for i, t in enumerate(tokens) if t.lower_ == "from"), None)
    if source is not None and 0 < source < len(tokens) - 1 and tokens[-1].ent_type_ == "ORG" \
            and tokens[source - 1].lower_ not in OFFICE_WORDS and _named_body(tokens[source + 1:]):
        # "columnist from ESPN"; not "a farmer from Ohio", nor the seat of "Senator from Vermont"
        own = title_and_org(tokens[:source], longest)
        return own and Role(own.title, own.organization or _org_text(tokens[source + 1:]))
    owner, tokens = _possessor(tokens)
    if owner is not None and _points_back(owner, tokens):
        owner = None  # "the party's nominee": the title is the nominee's, the party was named before
    if owner is not None and _names_person(owner):
        return _role(tokens, None, owner)
    rank = 0  # "former United States Senator": the rank stays with the title, the country is the org
    while rank < len(tokens) - 1 and tokens[rank].lower_ in _GRADES:
        rank += 1
    lead = rank
    while lead < len(tokens) and _org_word(tokens[lead]) and not _office_of(tokens, lead) \
            and not _portfolio_of(tokens, lead):
        lead += 1
    if lead == len(tokens) > rank and _role_word(tokens[-1]):
        lead -= 1  # NER ran the organisation over the title: "United States Representative" as one ORG
    of = next((i for i, t in enumerate(tokens) if t.lower_ == "of"), None)
    if of is not None and lead > of:
        lead = rank  # "Bishop-Emeritus of Marbel" tagged as one organisation: the title stays whole
    if rank < lead < len(tokens) and tokens[lead].lower_ == "and":
        lead = rank  # "Road Transport and Bridges Minister": NER took the first portfolio for a body
        while lead < len(tokens) - 1 and (tokens[lead].lower_ in NATIONALITIES or tokens[lead].ent_type_ == "GPE"):
            lead += 1
    if rank < lead < len(tokens) and all(t.lower_ in _AFTER_TITLES for t in tokens[lead:]):
        lead -= 1  # "Roman Catholic Bishop Emeritus": "Emeritus" qualifies the title the entity took
    if lead == rank:
        lead = _body_first(tokens, rank) or rank
    org_tokens, title_tokens = (owner or []) + tokens[rank:lead], tokens[:rank] + tokens[lead:]
    return _role(title_tokens, _org(org_tokens, title_tokens))


_FIELD_ENDS = frozenset(["at", "for", "with", "in"])


def _field(after: list[Token]) -> int:
    """ "director of global news (for AFP)", "professor of art history (at ...)", "head of a regional civil
    defense office", "chair of region six", "owner of a shop near the square", "creator of the petition":
    lower-case words after "of" name the field, unit or thing a title covers, not an organisation one could
    look up; they stay in the title (as "Secretary of State" does). Returns how many words the field has (0:
    none, or a single word, which the caller judges): it ends at a preposition before a body ("at", "for", or
    any before a capitalised name) or at "and" before another title ("professor of photography and curator
    ..."). A definite body noun that ends the words is the organisation: "head of the program committee"."""
    i = 1 if after and after[0].lower_ in ("a", "an", "the") else 0
    start = i
    while i < len(after) and after[i].lower_ not in _FIELD_ENDS:
        t = after[i]
        if t.lower_ == "and" and i + 1 < len(after) and _role_word(after[i + 1]) and after[i + 1].pos_ == "NOUN" \
                and after[i + 1].dep_ != "compound":  # "botany and plant ecology": "plant" is no title
            break
        if t.pos_ == "ADP" and i > start and _names_after(after[i + 1:]):
            break  # "leader of the armed wing (of the PKK)"
        if not t.text.islower() or t.ent_type_ == "PERSON" or t.pos_ not in ("NOUN", "ADJ", "CCONJ", "NUM", "PROPN") \
                and not (i > start and (t.pos_ == "ADP" or t.lower_ in ("a", "an", "the"))):
            return 0
        i += 1
    words = after[start:i]
    if len(words) < 2 and not start and i == len(after) or not words or words[-1].pos_ not in ("NOUN", "NUM", "PROPN") \
            or words[-1].lower_ == "and":
        return 0
    head = next((words[k - 1] for k, t in enumerate(words) if k and t.pos_ == "ADP"), words[-1])
    named = i == len(after) or after[i].lower_ == "of"  # "the state (of Goa)"; not a unit "at" a body
    if after[0].lower_ == "the" and named and (_body_noun(head) or head.lemma_.lower() in _BODY_NOUNS
                                               or head.text.title() in _CHAMBERS):
        return 0
    return i


# Nouns for a body of people that acts as one, for a place, or for the building of an institution, which "the"
# points back to, named before ("co-founder of the band", "mayor of the capital city"); the organisation nouns of
# names ("committee", "party") are in ORG_WORDS.
_BODY_NOUNS = frozenset([
    "band", "team", "squad", "crew", "board", "panel", "jury", "firm", "orchestra", "choir", "troupe", "cabinet",
    "staff", "company", "club", "organisation", "organization", "charity", "campaign", "military", "regime",
    "administration", "opposition", "chamber", "secretariat", "division", "unit", "branch",
    "school", "university", "college", "hospital", "church", "center", "centre", "museum", "gallery", "library",
    "palace", "prison", "zoo", "airport", "stadium",
    "city", "town", "village", "state", "region", "province", "country", "county", "district", "capital",
    "island", "nation", "territory", "municipality", "prefecture"])


def _names_after(tokens: list[Token]) -> bool:
    """The words up to the next preposition name something: a capitalised word among them ("of the PKK")."""
    end = next((k for k, t in enumerate(tokens) if t.pos_ == "ADP"), len(tokens))
    return any(not t.text.islower() for t in tokens[:end] if t.is_alpha)


def _proper_run(tokens: list[Token]) -> bool:
    """ "at Nestlé", "for Acme Corp.": capitalised names NER left untagged (or tagged as a person) after a
    field's preposition name the body the title belongs to."""
    while tokens and tokens[0].pos_ == "DET":
        tokens = tokens[1:]
    return bool(tokens) and tokens[0].text[:1].isupper() and tokens[-1].pos_ == "PROPN" \
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() or t.lower_ in ("of", "de", "and", "for", "the")
                for t in tokens)


def _one_of_them(token: Token) -> bool:
    """ "mother of one of the victims": "one" before "of" picks a person, it is no number in a title."""
    doc = token.doc
    return token.lower_ == "one" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of" and token.i > 0 \
        and doc[token.i - 1].lower_ == "of"


def _body(tokens: list[Token]) -> bool:
    """Words naming an organisation: an ORG entity or a phrase ending in an organisation noun ("the fire service",
    "the police department"); not a person or an office ("the provincial governor")."""
    core = tokens[:next((i for i, t in enumerate(tokens) if t.lower_ == "of"), len(tokens))]  # "... of Cullinan"
    return bool(core) and core[-1].ent_type_ != "PERSON" and core[-1].lower_ not in _OFFICE_HOLDERS \
        and (core[-1].ent_type_ in ("ORG", "NORP") or _body_noun(core[-1]))


def _body_noun(token: Token) -> bool:
    """A noun that names an organisation of its own ("service", "Department", "police")."""
    return token.pos_ in ("NOUN", "PROPN") and (token.text.title() in ORG_WORDS or token.lower_ == "police")


def _body_first(tokens: list[Token], rank: int) -> int:
    """ "fire service spokesman", "Police press officer": words ending in an organisation noun before the title
    of one who speaks for a body lead the title; the organisation ends after them (0: none). Other titles keep
    such words ("police chief", "police constable", as the golds write them)."""
    title = 2 if [t.lower_ for t in tokens[-2:]] == ["press", "officer"] else 1
    if tokens[-1].lower_ not in _VOICES and title == 1:
        return 0
    end = next((i for i in range(rank, len(tokens) - title) if _body_noun(tokens[i])), None)
    if end is None or not all(t.pos_ in ("NOUN", "PROPN") for t in tokens[rank:end + 1]):
        return 0
    return end + 1


def _office_of_place(office: Token, after: list[Token]) -> bool:
    """ "Mayor of Koszalin", "Archbishop of Gdańsk": an office word before "of" and one capitalised word that
    is no common word after it (a place or body, which NER may run into the holder's name); not a portfolio
    ("Minister of Information") nor a person the office serves ("advisor of Trump" has no office word)."""
    return office.lower_ in OFFICE_WORDS and office.lower_ not in _PORTFOLIOS and len(after) == 1 \
        and after[0].pos_ == "PROPN" and after[0].is_title and not common_word(after[0])


def _proper_body(token: Token) -> bool:
    """ "CEO of Tesco": one capitalised name after "of" that is no common word and no person names the body the
    title belongs to, NER or not (not after an earlier preposition: "professor at the College of Wooster");
    "Secretary of State", "Minister of Defence" keep their common word."""
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ != "PERSON" \
        and not common_word(token)


def _bare_body(tokens: list[Token], owned: bool = False) -> bool:
    """ "Leader of the Opposition": a body named by one capitalised common noun after "the" is part of the
    office's name; it names no organisation the reader could look up. A legislature ("Speaker of the House")
    is the organisation, unless one is named before the title (`owned`: "United States Speaker of the House")."""
    return len(tokens) == 2 and tokens[0].lower_ == "the" and tokens[1].is_title and tokens[1].pos_ != "NUM" \
        and tokens[1].ent_type_ not in ("GPE", "NORP", "PERSON") and tokens[1].text not in ORG_WORDS \
        and (owned or tokens[1].text not in _CHAMBERS) and common_word(tokens[1])


def _named_body(tokens: list[Token]) -> bool:
    """The words after "at" name an organisation or a place, whole: "the Observatoire de Paris"."""
    while tokens and tokens[0].pos_ == "DET":
        tokens = tokens[1:]
    return bool(tokens) and tokens[0].text[:1].isupper() and tokens[-1].ent_type_ in _ORG_ENTS \
        and all(t.ent_type_ in _ORG_ENTS or t.lower_ in ("of", "de", "the", "and", "for") for t in tokens)


def _points_back(owner: list[Token], tokens: list[Token]) -> bool:
    """A lone common noun owning a title ("the party's", "the study's"): a body the article named before,
    not a person; a relation keeps it ("the victim's mother")."""
    return len(owner) == 1 and owner[0].pos_ == "NOUN" and owner[0].text.islower() and bool(tokens) \
        and tokens[-1].lemma_.lower() not in _RELATIONS and tokens[-1].lower_ not in _RELATIONS


def _year(token: Token, tokens: list[Token]) -> bool:
    """ "the party's 1996 vice presidential nominee": a year before the title words dates the title and stays
    in it; not one in a phrase after them ("contender for the nomination in the 2016 election")."""
    return token.ent_type_ == "DATE" and len(token.text) == 4 and token.text.isdigit() \
        and token.text[:2] in ("19", "20") and token.i < tokens[-1].i \
        and not any(t.pos_ in ("ADP", "SCONJ") for t in tokens if t.i < token.i)


def _office_of(tokens: list[Token], i: int) -> bool:
    """ "Archbishop of Gdańsk" that NER took for one organisation: an office word before "of" starts the title."""
    low = tokens[i].lower_
    return (low in OFFICE_WORDS or low in ROLE_NOUNS) and i + 1 < len(tokens) and tokens[i + 1].lower_ == "of"


def _portfolio_of(tokens: list[Token], i: int) -> bool:
    """ "Interior Minister", "Defence Secretary" that NER took for a body: a portfolio before an office word
    starts the title."""
    return tokens[i].lower_ in _PORTFOLIOS and i + 1 < len(tokens) and tokens[i + 1].lower_ in OFFICE_WORDS


def _role(title_tokens: list[Token], org: str | None, owner: list[Token] | None = None) -> Role | None:
    title_tokens = _whole_words(title_tokens)
    if not any(t.pos_ in ("NOUN", "PROPN") or _mistagged_role(t) or _plural_as_verb(t) for t in title_tokens):
        return None
    # the word before "of" or "to": "Ambassador to the Philippines" is no nationality ("Philippine")
    head = next((title_tokens[i - 1] for i, t in enumerate(title_tokens) if i and t.lower_ in ("of", "to")),
                title_tokens[-1])
    if all(_courtesy(t) for t in title_tokens) or head.lower_ in _NOT_ROLES or head.lemma_.lower() in _NOT_ROLES \
            or head.lower_ in NATIONALITIES or head.lower_.removesuffix("s") in NATIONALITIES or _national(head.lower_):
        return None  # "early supporter of democracy" describes a stance, "Ethiopians A and B", "Dutchman" a nationality
    title = _words(title_tokens)
    if owner:
        title = "".join(t.text_with_ws for t in title_tokens[0].doc[owner[0].i:title_tokens[0].i]) + title
    return Role(title + ("*" if _plural(title_tokens) else ""), org)


def _whole_words(tokens: list[Token]) -> list[Token]:
    """A title never starts or ends inside a word joined by hyphens: "Vice-President", "co-founder",
    "then-President", "long-serving Sultan" stay whole. An age is no part of an occupation ("a 27-year-old
    student" is a student), so a title cut inside one starts after it."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    # a title that starts at the hyphen ("Libya's then-foreign ...") starts inside the word after it
    inside = doc[tokens[0].i + 1] if hyphen_joins(tokens[0]) else tokens[0]
    first, last = word_start(inside), word_end(tokens[-1])
    if first != inside and _age(first):
        tokens = [t for t in tokens if t.i > word_end(first).i]
    elif first != inside:
        tokens = list(doc[first.i:tokens[0].i]) + tokens
    if tokens and last != tokens[-1]:
        tokens = tokens + list(doc[tokens[-1].i + 1:last.i + 1])
    return tokens


def _age(first: Token) -> bool:
    """ "27-year-old", "six-month-old": a word joined by hyphens that gives an age (a number, then "old")."""
    return first.like_num and word_end(first).lower_ == "old"


# The Arabic form of address for an elder, a scholar or a royal, written before the name like "Sir" (the golds
# keep it in the name or drop it; the office comes with its own word: "Sheikh Ali Roe, the Defence Minister").
_ADDRESSES = frozenset(["sheikh", "sheik", "shaikh", "shaykh"])


def _courtesy(token: Token) -> bool:
    """ "Mr.", "Dr.", "Sir", "Sheikh": a courtesy title, not a role ("Professor" is both, and counts as a role).
    In lower case "father" or "sister" is family ("a father, Tom Lee"), not the priest's or nun's title."""
    low = token.lower_.rstrip(".")
    return (low in HONORIFICS or low in _ADDRESSES) and low not in ACADEMIC_TITLES \
        and not (token.text.islower() and low in _RELATIONS)


def _possessor(tokens: list[Token]) -> tuple[list[Token] | None, list[Token]]:
    """Split "Trump's personal lawyer" at the possessive marker."""
    mark = next((i for i, t in enumerate(tokens) if t.dep_ == "case" or t.text in ("'s", "’s")), None)
    if mark is None:
        return None, tokens
    return tokens[:mark], tokens[mark + 1:]


def _names_person(tokens: list[Token]) -> bool:
    return any(t.ent_type_ == "PERSON" or t.pos_ == "PRON" for t in tokens) or (
        len(tokens) == 1 and tokens[0].ent_type_ not in ("GPE", "LOC", "NORP"))


def _org_word(token: Token) -> bool:
    """A leading word that names the organization: part of an ORG/GPE entity, or a nationality."""
    if token.lower_ in NATIONALITIES:
        return True
    if token.ent_type_ == "NORP":  # a party or faith ("Democratic challenger") is not an organization
        return False
    return token.ent_type_ in _ORG_ENTS and not (_office_word(token) and token.ent_type_ in ("", "NORP"))


def _org_text(tokens: list[Token]) -> str | None:
    while tokens and (tokens[0].pos_ == "DET" or tokens[0].lower_ in ("both", "either")):
        tokens = tokens[1:]
    if not tokens:
        return None
    return tokens[0].doc[tokens[0].i:tokens[-1].i + 1].text


def _office_word(token: Token) -> bool:
    return token.lower_ in OFFICE_WORDS and token.ent_type_ != "GPE"


def _org(org_tokens: list[Token], title_tokens: list[Token]) -> str | None:
    if not org_tokens:
        return None
    text = org_tokens[0].doc[org_tokens[0].i:org_tokens[-1].i + 1].text
    for suffix in ("'s", "’s"):
        text = text.removesuffix(" " + suffix).removesuffix(suffix)
    if all(t.lower_ in NATIONALITIES for t in org_tokens):
        office = any(t.lower_ in OFFICE_WORDS for t in title_tokens)
        return NATIONALITIES.get(text.lower()) if office else None
    return text.removeprefix("the ").removeprefix("The ")


def _plural(tokens: list[Token]) -> bool:
    """A title for several people: its head word is plural ("Senators", "Ministers of Finance")."""
    field = _field_start(tokens)
    if field is not None:  # the tagger's plural alone is not enough: it takes "fiancée" for one
        head = tokens[field - 1]
        return _plural_noun(head) and head.lower_.endswith(("s", "men"))
    return bool(tokens) and _plural_noun(tokens[-1]) and not any(tokens[-1].head == t for t in tokens)


def _field_start(tokens: list[Token]) -> int | None:
    """Where the words after the head word begin: "of", "for" or "to" and the office's field or place, whatever
    their number ("Commissioner for Human Rights", "Ambassador to the Philippines")."""
    return next((i for i, t in enumerate(tokens) if i and t.lower_ in ("of", "for", "to")), None)


def _plural_noun(token: Token) -> bool:
    """A plural noun, also a plural title the tagger takes for a singular name ("Senators", "Congressmen",
    "aldermen")."""
    return token.tag_ in ("NNS", "NNPS") or token.tag_ == "NNP" and token.lower_.endswith("s") \
        and (token.lower_[:-1] in OFFICE_WORDS or token.lower_[:-1] in ROLE_NOUNS) or _plural_as_verb(token) \
        or _men_plural(token)


def _men_plural(token: Token) -> bool:
    """ "Congressmen", "chairmen", "spokeswomen": the plural of an office in "-man" that the lexicon knows, which
    the tagger may take for a singular noun or a name ("Carmen" is a name, "specimen" no plural)."""
    low = token.lower_
    return len(low) > 5 and low.endswith("men") and _office_noun(low[:-3] + "man")


def _office_noun(low: str) -> bool:
    """A lower-case word the lexicon knows as an office or a role ("congressman", "dean")."""
    return low in OFFICE_WORDS or low in ROLE_NOUNS or low in _ACADEMIC_OFFICES


def _national(low: str) -> bool:
    """ "Dutchman", "Frenchwoman", "Englishmen": a nationality's noun for a person, which says no role."""
    for end in ("woman", "women", "man", "men"):
        if low.endswith(end) and low[:-len(end)] in NATIONALITIES:
            return True
    return False


def _singular_word(token: Token) -> str:
    """The lower-case singular of a title word: "congressmen" -> "congressman", "senators" -> "senator"."""
    low = token.lower_
    return low[:-3] + "man" if _men_plural(token) else low


def _words(tokens: list[Token]) -> str:
    """The title as written, a plural head noun made singular ("chairmen" -> "chairman", "Ministers of
    Finance" -> "Minister of Finance"); the words of its field stay as written ("for Human Rights")."""
    field = _field_start(tokens)
    at = len(tokens) - 1 if field is None else field - 1
    head = tokens[at]
    word = TITLE_ABBREVIATIONS.get(head.lower_, head.text)
    if _plural(tokens):
        if _men_plural(head):  # "Congressmen", which the lemmatizer keeps as a name
            word = head.text[:-3] + "man"
        else:  # "Senators" the lemmatizer keeps for proper nouns
            word = head.lemma_ if head.lemma_ != head.text else head.text.removesuffix("s")
        if head.text[:1].isupper():
            word = word[:1].upper() + word[1:]
    parts = [TITLE_ABBREVIATIONS.get(t.lower_, t.text) + t.whitespace_ for t in tokens]
    parts[at] = word + head.whitespace_
    return "".join(parts).strip()


def role_in_apposition(name: Span) -> list[Role]:
    """ "Kurt Volker, the United States special envoy ..." and "the Kremlin's spokesman, Dmitry Peskov"."""
    out = []
    single = set()
    heads = _apposition_heads(name, single)
    listed = _list_top(name.root) != name.root or any(c.dep_ == "conj" for c in name.root.children)
    for head in heads:
        if head.pos_ not in ("NOUN", "PROPN") and not _plural_as_verb(head) or not _role_word(head) \
                or not _capitalised_agent(head) \
                or _names_another(head, name) or _hyphened(head) in heads or _listed_name(head) \
                or _miscounted(head, name) or _other_side(head, name):
            continue
        role = _hyphen_joined(_phrase_role(head), head, heads)
        role = role and _hyphen_prefixed(role, head)  # "Co-founder of Acme, Tom Reed": "Co" hangs elsewhere
        if role and (head in single or listed and _plural_noun(head) and head.i < name.start):
            role = _singular(role, head)  # "two professors of law, A and B": each is a professor of law
        if role:
            out.append(role)
        out += _who_served_as(head)
    return out


def _listed_name(head: Token) -> bool:
    """ "Senators Dan Coats of Indiana, John McCain of Arizona": the parser may hang a name of a list on the
    name before it as an apposition; the last word of a person's full name is no title ("Coats" is no agent
    noun), unlike a title NER took for a name on its own ("Dean of the law school")."""
    return head.ent_iob_ == "I" and head.ent_type_ == "PERSON" and head.pos_ == "PROPN" \
        and not _office_noun(_singular_word(head))


def _hyphened(token: Token) -> Token | None:
    """The word after "vice-" in "vice-president": joined to this one by an unspaced hyphen."""
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_ \
            and not doc[token.i + 1].whitespace_:
        return doc[token.i + 2]
    return None


def _hyphen_joined(role: Role | None, head: Token, heads: list[Token]) -> Role | None:
    """ "Nickey Iyambo, former vice-president of Namibia": the parser may make "vice", "-" and "president"
    three appositions; the words before the hyphen belong to the title of the last."""
    start = head
    while start.i >= 2 and start.doc[start.i - 2] in heads and _hyphened(start.doc[start.i - 2]) == start:
        start = start.doc[start.i - 2]
    cut = _title_start(role, head)
    if role is None or start == head or cut is None:
        return role
    words = [t for t in head.doc[start.left_edge.i:cut] if t.lower_ not in TITLE_QUALIFIERS]
    while words and (words[0].pos_ == "DET" or words[0].is_punct):
        words = words[1:]
    return Role("".join(t.text_with_ws for t in words) + role.title, role.organization)


def _title_start(role: Role | None, head: Token) -> int | None:
    """Where the title of a cut hyphened head starts in the text: at the head's whole word when the title holds it
    ("vice-president"), at the head when it holds only the last piece; None when the title starts elsewhere."""
    if role is None:
        return None
    first = word_start(head)
    if role.title.startswith(head.doc[first.i:head.i + 1].text):
        return first.i
    return head.i if role.title.startswith(head.text) else None


def _who_served_as(head: Token) -> list[Role]:
    """ "Pranab Mukherjee, a career politician who served as President of India, ...": the roles of a
    who-clause on the apposition are the person's."""
    return [role for verb in head.children if verb.dep_ == "relcl" and verb.i > head.i
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that") for c in verb.children)
            for role in _verb_roles(verb)]


def _apposition_heads(name: Span, single: set | None = None) -> list[Token]:
    """The head nouns of the name's appositions, before or after it, and of their conjuncts. `single`
    collects heads reached through "one of" (this person's role alone)."""
    root = name.root
    appos = [c for c in root.children if c.dep_ == "appos" and c.i >= name.end] + _sibling_apposition(name)
    own = {t.i for c in appos for t in c.subtree} | {t.i for t in tokens_of(root.doc)[name.end:] if t.is_punct}
    # "Jane Roe of the University of Leeds, a marine biologist": where the person is from comes between
    # (a common noun only: in "Senators A of Florida, B of Utah" the parser hangs B there too)
    whence = {t.i for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "from") and c.i == name.end
              for t in c.subtree}
    # "Jane Roe from Leeds, England, a nurse at ...": the parser may hang the role on the place, which no role
    # noun describes
    appos += [t for t in root.doc[name.end:] if t.i in whence and t.dep_ == "appos" and t.pos_ == "NOUN"
              and t.ent_type_ == "" and _role_word(t) and _place(t.head)]
    own |= {t.i for c in appos for t in c.subtree}
    # "Jane Roe, aged 24, a nurse": a set-off word on the name's age or time comes between too
    aside = {t.i for c in root.children if c.i >= name.end and c.dep_ in ("amod", "npadvmod", "nummod")
             for t in c.subtree}
    # right after the name or after its other appositions ("Avenatti, the California, US lawyer"), not after a
    # conjoined name ("Giuliani and Andriy Yermak, one of ...")
    heads = [c for c in appos if all(i in own or i in aside or i in whence and c.pos_ == "NOUN" and c.ent_type_ == ""
                                     for i in range(name.end, c.left_edge.i))]
    # "Kiara Perkins, a second year USI art major,": the parser may split the phrase into two appositions, the
    # first ending on a word that is no role ("year"); the role noun that closes the phrase is the head
    heads = [h if _role_word(h) else next((c for c in h.children if c.dep_ == "appos" and c.i > h.i and _role_word(c)
                                           and not any(t.is_punct for t in root.doc[h.i + 1:c.i])), h) for h in heads]
    heads += _conjoined_title(name)
    top = _list_in_apposition(root)  # "His parents, Robert Cummings Sr. and Ruth Elma Cummings"
    if top.dep_ == "appos" and top.head.i < name.start:
        head = top.head
        later = [c for c in head.conjuncts if head.i < c.i < name.start]
        if later and _plural_noun(head):
            head = later[-1]  # "Politicians and the Archbishop of Gdańsk, Sławoj Leszek Głódź": the archbishop
        while not _role_word(head) and head.lemma_.lower() not in _RELATIONS \
                and head.dep_ in ("pobj", "prep", "compound", "poss") and head.head != head:
            head = head.head  # "the director of Amnesty International, Mariela Belski"
        heads.append(head)
    if not (top.dep_ == "appos" and top.head.i < name.start and _role_word(heads[-1])):
        # the parser hung the name on another noun ("Speaking to Agence France-Presse, the president of
        # ..., Jamel Msallem, said") or made it a second subject: read the title set off before it
        before = _set_off_after(name)
        if before is None:
            before = _second_subject(name)
        if before is not None:
            heads.append(before)
    listing = _plural_title_before_list(root, name.start)
    if not listing:
        listing = _plural_before_names(name)
        if single is not None:
            single.update(listing)  # "two presidents of the club, A and B": each is a president of the club
    heads += listing + _according_to_title(name)
    heads += _described_by(root, name)
    doc = name.doc
    if name.end + 2 < len(doc) and doc[name.end].text == "," and doc[name.end + 1].lower_ == "one" \
            and doc[name.end + 2].lower_ == "of":
        heads.append(doc[name.end + 1])  # the parser rarely hangs ", one of ..." on the name
    if single is not None:
        single.update(_one_of(h) for h in heads if h.lower_ == "one")
    heads = [_one_of(h) for h in heads]
    heads += [c for h in heads if h.ent_type_ != "PERSON" for c in h.conjuncts if (c.i < name.start or c.i >= name.end)
              and not (_plural_noun(c) and not _plural_noun(h))]  # not the politicians of "politicians and the"
    heads += [c for h in heads if _role_word(h) for c in _second_titles(h) if not name.start <= c.i < name.end]
    return sorted({h for h in heads if not _across_semicolon(h, name)}, key=lambda t: t.i)


def _across_semicolon(head: Token, name: Span) -> bool:
    """ "Prime Minister Ann Roe; the President of Mali, Bob Kay; and ...": the items of a list set off by
    semicolons are each a person with their own title; the parser may hang the next item's title on the name
    before it, or join the items' titles as conjuncts. A semicolon between a title and the name parts them."""
    doc = name.doc
    start, end = (head.i, name.start) if head.i < name.start else (name.end, head.i)
    return any(t.text == ";" for t in doc[start:end])


def _place(token: Token) -> bool:
    """A place's name, or an apposition of one ("Scotia, N.Y."): GPE or LOC."""
    while token.dep_ == "appos" and token.ent_type_ not in ("GPE", "LOC"):
        token = token.head
    return token.ent_type_ in ("GPE", "LOC")


def _sibling_apposition(name: Span) -> list[Token]:
    """ "Writing to several newspapers, Ann Lee, the Dutch prime minister, said": the parser may hang the name
    and the title phrase after it as two appositions of the noun before them; the phrase right after the name's
    comma is the name's own (a noun, not a list of names going on: the name is no conjunct)."""
    root = name.root
    doc = name.doc
    if root.dep_ != "appos" or name.end + 1 >= len(doc) or doc[name.end].text != ",":
        return []
    return [c for c in root.head.children if c.dep_ == "appos" and c.i > name.end and c.pos_ == "NOUN"
            and c.left_edge.i == name.end + 1]


def _second_titles(head: Token) -> list[Token]:
    """A second title coordinated with a title that the parser hung elsewhere: on the object of the first
    one's "of" ("the lead author of the study and an addiction medicine specialist", "manager of Barmouth
    Publicity and Director of the Tourism Partnership") or as an apposition of it ("a union leader and
    co-founder of the party"). A conjunct of the object counts when it is a role word with a new article
    ("an", "a") or an "of" of its own, so "the head of the union and its members" stays out."""
    # "former Foreign Secretary, mayor of London, and member of Parliament": the middle of a list of titles
    # closed by "and" is parsed as an apposition of the first
    closed = any(c.dep_ == "conj" and _role_word(c) and head.doc[c.i - 1].lower_ == "and" for c in head.children)
    out = [c for c in head.children if c.dep_ == "appos" and c.i > head.i and c.pos_ in ("NOUN", "PROPN")
           and c.ent_type_ != "PERSON" and _role_word(c)
           and (head.doc[c.i - 1].lower_ in ("and", "-") or closed and head.doc[c.i - 1].text == ",")]
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            out += [c for c in obj.conjuncts if c.i > obj.i and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ != "PERSON"
                    and _role_word(c) and _plural_noun(c) == _plural_noun(head)
                    and any(d.dep_ == "det" and d.lower_ in ("a", "an") or d.dep_ == "prep" and d.lower_ == "of"
                            for d in c.children)]
    return out


def _conjoined_title(name: Span) -> list[Token]:
    """ "Adrian Wojnarowski, US sport columnist from ESPN, said": an apposition the parser took for a
    conjunct. Only a singular common noun right after the name's comma, with no "and"/"or" before it."""
    doc = name.doc
    if name.end >= len(doc) or doc[name.end].text != ",":
        return []
    return [c for c in name.root.children if c.dep_ == "conj" and c.i > name.end and c.pos_ == "NOUN"
            and c.tag_ == "NN" and c.ent_type_ != "PERSON"
            and not any(t.lower_ in ("and", "or") or t.ent_type_ == "PERSON" for t in doc[name.end:c.left_edge.i])
            and c.left_edge.i > name.end]


def _set_off_after(name: Span) -> Token | None:
    """ "the Archbishop of Gdańsk, Leszek Kowalski, visited", "Chief Minister of Kent, Ann Lee said": a name set off
    by a comma right after a title phrase, when the parser hangs it elsewhere (a second object of "of", or a
    phrase of its own). The name is closed by a comma too (a list, "..., Ann Lee, and ...", is no apposition), or
    it is the subject of the verb right after it and the title phrase opens the clause ("Speaking on Monday, the
    mayor of Leeds, Ann Lee said"; not "He thanked the mayor, Lee said")."""
    doc = name.doc
    if name.start < 2 or doc[name.start - 1].text != "," or name.end + 1 >= len(doc):
        return None
    closed = doc[name.end].text == "," and doc[name.end + 1].lower_ not in ("and", "or") \
        and doc[name.end + 1].ent_type_ != "PERSON"
    closed = closed or _last_of_titled_list(name)
    subject = name.root.dep_ in ("nsubj", "nsubjpass") and doc[name.end].pos_ in ("VERB", "AUX")
    head = _title_before_comma(name) if closed or subject else None
    if head is None or closed:
        return head
    # the phrase opens the clause, and is no apposition of a name before it ("talks with Ann Roe, the Prime
    # Minister, Bo Lee said")
    start = head.left_edge.i
    opens = start == name.sent.start or doc[start - 1].text == "," and doc[start - 2].ent_type_ != "PERSON"
    return head if opens and head.dep_ != "appos" else None


def _title_before_comma(name: Span) -> Token | None:
    """The role word of a title phrase that ends at the comma before the name: its last word, or the word
    before its "of" or "for" ("director of Amnesty International", "president of the League for the Defence of
    Human Rights", "deputy director for the Middle East for Amnesty International": back over the body's
    capitalised name, its own "of", "for", "and" and "the" too). The body may be named in common words after
    "the" ("a spokesman for the city water agency, Ann Roe"): nouns and adjectives, no verb, no person."""
    doc = name.doc
    last = doc[name.start - 2]
    if _role_word(last) and last.pos_ in ("NOUN", "PROPN") and last.ent_type_ != "PERSON":
        return last
    common = False  # a common word of the body's name was crossed: its field opens on "the"
    for i in range(name.start - 3, max(name.start - 14, 0), -1):
        token = doc[i]
        if token.lower_ in ("of", "for"):
            if common and doc[i + 1].lower_ != "the":
                return None  # "the number of refugee children, Ann Roe said": no body named
            head = doc[i - 1]
            if _role_word(head) and head.pos_ in ("NOUN", "PROPN") and head.ent_type_ != "PERSON" \
                    and head.lower_ not in _PORTFOLIOS:
                return head
            if not head.text[:1].isupper() and not _body_word(head):
                return None
        elif not token.text[:1].isupper() and token.lower_ not in ("the", "for", "and"):
            if not _body_word(token):
                return None
            common = True
    return None


def _body_word(token: Token) -> bool:
    """A common word naming a body after "the" in a title's field: "the city water agency", "the northern island
    of Vell"; a noun or an adjective, no person's name."""
    return token.text.islower() and token.pos_ in ("NOUN", "ADJ") and token.ent_type_ != "PERSON"


def _second_subject(name: Span) -> Token | None:
    """ "The party's leader, Jeremy Corbyn announced ...": the parser gives the verb two subjects, a title
    phrase and, after its comma, the name; a verb has one subject, so the title stands in apposition."""
    doc = name.doc
    root = name.root
    if root.dep_ not in ("nsubj", "nsubjpass") or name.start < 2 or doc[name.start - 1].text != ",":
        return None
    first = next((c for c in root.head.children if c.dep_ == root.dep_ and c.i < name.start
                  and c.right_edge.i == name.start - 2), None)
    if first is None or first.ent_type_ == "PERSON" or first.pos_ not in ("NOUN", "PROPN") or not _role_word(first):
        return None
    return first


def _according_to_title(name: Span) -> list[Token]:
    """ "According to the El Paso mayor, Dee Margo, police ...": the parser takes the name between commas
    for the subject; after "according to <role>," it is the role's apposition."""
    doc = name.doc
    if name.start < 4 or name.end >= len(doc) or doc[name.start - 1].text != "," or doc[name.end].text != ",":
        return []
    noun = doc[name.start - 2]
    if noun.pos_ == "NOUN" and _role_word(noun) and noun.dep_ == "pobj" and noun.head.lower_ == "to" \
            and noun.head.head.lower_ == "according":
        return [noun]
    return []


def _plural_title_before_list(root: Token, start: int) -> list[Token]:
    """ "Two Democratic Representatives, Collin Peterson and Jeff Van Drew, ...": the parser hangs the list
    of names on the plural title as conjuncts; the title and its comma make it an apposition."""
    top = _list_top(root)
    doc = root.doc
    prep = top.head
    if top.dep_ == "pobj" and (prep.lower_ == "including" or prep.lower_ == "as" and doc[prep.i - 1].lower_ == "such"):
        if _titled(root, start) or _titled(top):
            # "world leaders including Foreign Minister A": the plural is a group, the item's title its own;
            # "officials, including former CIA directors A, B and C": the first item's plural is the list's
            return []
        # "artists such as Elvis Costello, Bob Dylan, and Jim Lauderdale": the noun right before, whatever
        # the parser hung the phrase on
        before = prep.i - (2 if prep.lower_ == "as" else 1)
        top = doc[before - 1] if doc[before].text == "," else doc[before]
        clause = next((a for a in top.ancestors if a.dep_ in ("relcl", "acl")), None)
        if top.tag_ not in ("NNS", "NNPS") and clause is not None and clause.head.i < top.i:
            top = clause.head  # "photographers who used the camera, such as ...": the noun the clause describes
    elif top is not root and top.pos_ == "PROPN" and top.left_edge.i > 0 and _plural_noun(doc[top.left_edge.i - 1]):
        if _titled(root, start):
            return []
        # "athletes Vitas Gerulaitis and Jack Nicklaus": the plural before the list's first name is each one's,
        # also where that first name is not known as a person's
        top = doc[top.left_edge.i - 1]
    elif top is root or _phrase_end(top, start) + 1 >= len(doc) or doc[_phrase_end(top, start) + 1].text != ",":
        return []  # "the members of the project, A and B": a comma after the plural's own words
    if not _plural_noun(top) or top.ent_type_ == "PERSON" or not _role_word(top) \
            or any(c.dep_ == "prep" and c.lower_ not in ("of", "including", "as") for c in top.children):
        return []  # "several speakers at the rally, including ...": people at an event, not a title
    return [top]


# Prepositions of a plural title's own phrase ("members of the assembly from the north"); right after the plural
# only "of" and "in" ("presidents in the history of the country").
_PHRASE_PREPS = frozenset(["of", "in", "from", "at", "for", "on", "to"])
# Number words that count the names of a list ("two presidents: A and B").
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _plural_before_names(name: Span) -> list[Token]:
    """ "The members of the Provincial Assembly, A and B", "two Presidents in the history of the country, A and
    B", "members of the assembly from the north (the NA) including A, B and C": a list of two or more names
    right after a plural title's phrase and its comma, colon or "including" names each one of them. Read from
    the words, as the parser hangs such a list on the last noun of the phrase. A number before the plural
    counts the names ("two presidents ...: A, B and C" is no such list)."""
    doc = name.doc
    start, count = _list_of_names(name)
    if count < 2 or start < 2 or doc[start - 1].text not in (",", ":") and doc[start - 1].lower_ != "including":
        return []
    end = start - 2 if doc[start - 1].lower_ != "including" or doc[start - 2].text != "," else start - 3
    head = _plural_phrase_head(doc, end) if doc[start - 1].text != ":" else _counted_before_colon(doc[start - 1])
    if head is None or head.lemma_.lower() in _NOT_ROLES or _titled(doc[start]) or _titled(name.root, name.start):
        return []  # "officials, including former CIA directors A and B": each item's title is its own
    return [] if _miscounted(head, name) else [head]


def _miscounted(head: Token, name: Span) -> bool:
    """A plural title before a list of names whose number counts other people than the list names: "three mayors
    were recalled: A and B" (the list is not the mayors, or not all of them)."""
    if head.i > name.start or not _plural_noun(head):
        return False
    number = next((_COUNTS.get(c.lower_) for c in head.children if c.dep_ == "nummod"), None)
    count = _list_of_names(name)[1]  # a list the words show plainly: "two Governors, A, in 2001, and B" is not read
    return number is not None and count >= 2 and number != count


def _list_of_names(name: Span) -> tuple[int, int]:
    """The first word of the list of names the name is in, and how many names it holds: back and forth over
    names, commas and "and" ("A, Dr B, and C")."""
    doc = name.doc

    def named(i: int) -> bool:
        return 0 <= i < len(doc) and (doc[i].ent_type_ == "PERSON" or doc[i].lower_ in HONORIFICS)

    start = name.start
    while start > 1 and (named(start - 1) or doc[start - 1].text == "," and named(start - 2)
                         or doc[start - 1].lower_ == "and" and (named(start - 2) or doc[start - 2].text == ","
                                                                and named(start - 3))):
        start -= 1
    end = name.end
    while end < len(doc) - 1 and (named(end) or doc[end].text == "," and (named(end + 1) or doc[end + 1].lower_ == "and")
                                  or doc[end].lower_ == "and" and named(end + 1)):
        end += 1
    words = doc[start:end]
    starts = [t for t in words if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"]
    return start, len(starts)


def _plural_phrase_head(doc: Doc, end: int) -> Token | None:
    """The plural role noun whose own words end at `end`: that noun, or the noun before its prepositional
    phrases ("members of the Provincial Assembly from the Kolan division (the KD)", "two Presidents in the
    history of the country"). No verb, pronoun, name or punctuation other than brackets comes between; a
    plural inside a body's name after "of" ("the House of Representatives") is the body's, not the title."""
    for i in range(end, max(end - 15, -1), -1):
        token = doc[i]
        body_word = i >= 2 and token.text[:1].isupper() and doc[i - 1].lower_ == "of" and doc[i - 2].text[:1].isupper()
        if _plural_noun(token) and _role_word(token) and token.ent_type_ != "PERSON" and not body_word:
            return token if i == end or doc[i + 1].lower_ in _PHRASE_PREPS else None
        if token.lower_ in _PHRASE_PREPS and i > 0 and _plural_noun(doc[i - 1]) and token.lower_ not in ("of", "in"):
            return None  # "defectors from the party", "speakers at the rally": where they are, no title's field
        if token.pos_ in ("VERB", "AUX", "PRON", "CCONJ") or token.ent_type_ == "PERSON" \
                or token.is_punct and token.text not in "()":
            return None
    return None


def _counted_before_colon(colon: Token) -> Token | None:
    """ "Only two presidents have been impeached: A and B": the plural role noun a number counts, subject or
    object of the clause the colon closes."""
    verb = colon.head
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i < colon.i
                 and _plural_noun(c) and _role_word(c) and any(n.dep_ == "nummod" for n in c.children)), None)


def _phrase_end(noun: Token, before: int) -> int:
    """Where a noun's own words end, before a token: the noun, or the end of its prepositional phrases ("the
    members of the project", "two professors of law")."""
    return max([noun.i] + [c.right_edge.i for c in noun.children if c.i > noun.i and c.dep_ == "prep" and c.i < before])


def _list_top(root: Token) -> Token:
    """The first conjunct of the list the name is in (the name itself when it opens it or stands alone)."""
    top = root
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head
    return top


def _list_in_apposition(root: Token) -> Token:
    """The token that stands in apposition for the name: the name itself, or the first name of its list
    when the list follows a plural noun and its comma ("His parents, A and B, ..."), not a list of
    people each with a title of their own ("Israeli prime minister A and energy minister B")."""
    top = _list_top(root)
    if top is root or top.dep_ != "appos":
        return root
    head = top.head
    doc = root.doc
    # the plural's own words may run on before its comma ("two professors of law, A and B")
    end = _phrase_end(head, top.i)
    # "his children Elizabeth and Susan": a plural family noun needs no comma
    plural = head.tag_ in ("NNS", "NNPS") and (end + 1 < len(doc) and doc[end + 1].text == ","
                                               or head.lemma_.lower() in _RELATIONS and top.i == end + 1)
    return top if plural else root


def _names_another(head: Token, name: Span) -> bool:
    """The role noun has a name of its own right after it ("his wife Melania"): the role is that one's."""
    doc = head.doc
    top = _list_in_apposition(name.root)  # the first name of a list the name is in is no other owner
    return any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.i > head.i and c != top
               and not name.start <= c.i < name.end and all(t.is_punct for t in doc[head.i + 1:c.left_edge.i])
               for c in head.children)  # not a name after the role's own "of" phrase ("mayor of X, Sultan Y")


def _other_side(head: Token, name: Span) -> bool:
    """ "the Governor of Kent, Ann Lee, the Mayor of Dover, Bo Kay, ..." and "Ann Lee, the trade minister, Bo Kay,
    the chair of X": a list that alternates names and titles set off by commas keeps each title on the same side
    of its name all through, the side its first item sets. A title phrase between this name and another is the
    other's when the list runs the other way: after the name when the list opens on a title, before the name
    when it opens on a name (and the name has its own title right after it)."""
    doc = name.doc
    if head.i >= name.end:
        end = next((t.i for t in doc[head.i:] if t.text in (",", ";") or t.is_sent_end), len(doc) - 1)
        return doc[end].text == "," and end + 1 < len(doc) and _person_start(doc[end + 1]) and _opens_on_title(name)
    if name.start < 2 or doc[name.start - 1].text != ",":
        return False
    before = _name_before_title(head, name)
    return before is not None and not _opens_on_title(before) and _title_after_comma(name)


def _name_before_title(head: Token, name: Span) -> Span | None:
    """ "Ann Lee, the trade minister, Bo Kay": the name set off by a comma right before the title phrase that comes
    before this name's comma, or None."""
    doc = name.doc
    start = next((t.i for t in reversed(doc[name.sent.start:head.i]) if t.text in (",", ";")), None)
    if start is None or doc[start].text != "," or start < 1 or doc[start - 1].ent_type_ != "PERSON" \
            or head.left_edge.i != start + 1:
        return None
    first = start - 1
    while first > name.sent.start and doc[first].ent_iob_ == "I":
        first -= 1
    return doc[first:start]


def _opens_on_title(name: Span) -> bool:
    """Whether the list of titled names this name is in opens on a title ("the Governor of Kent, Ann Lee, ...") or
    on a name ("Ann Lee, the trade minister, ..."): back from name to title to name to its first item."""
    head = _title_before_comma(name) if name.start >= 2 and name.doc[name.start - 1].text == "," else None
    if head is None:
        return False
    before = _name_before_title(head, name)
    return True if before is None else _opens_on_title(before)


def _last_of_titled_list(name: Span) -> bool:
    """ "the Governor of Kent, Ann Lee, the Mayor of Dover, Bo Kay, and ...": the last name of a list that opens on a
    title, each name after its own title set off by commas; the list closes on "and", yet the title is the name's."""
    head = _title_before_comma(name)
    before = _name_before_title(head, name) if head is not None else None
    return before is not None and _opens_on_title(before)


def _person_start(token: Token) -> bool:
    """The first word of a person's name, or of a courtesy title before one ("Mr. Bo Kay")."""
    return token.ent_type_ == "PERSON" and token.ent_iob_ == "B" or _courtesy(token)


def _title_after_comma(name: Span) -> bool:
    """ "Bo Kay, the chair of X,": a title phrase set off right after the name (a role noun before the next comma,
    no person's name or "and" in between, and not the title of the next name: "Bo Kay, Senator Al Roe")."""
    doc = name.doc
    if name.end + 1 >= len(doc) or doc[name.end].text != ",":
        return False
    for token in doc[name.end + 1:name.end + 12]:
        if token.text in (",", ";") or token.lower_ in ("and", "or") or token.ent_type_ == "PERSON" \
                or token.is_sent_end:
            return False  # "Bo Kay, and army officers": the list goes on
        if token.pos_ in ("NOUN", "PROPN") and _role_word(token):
            return token.i + 1 < len(doc) and doc[token.i + 1].ent_type_ != "PERSON"
    return False


def _described_by(root: Token, name: Span) -> list[Token]:
    """Nouns that say who the named person is, like an apposition: "Her mother is Kyoko Kimura", "the
    deceased seaman was identified as Jaypee Galicha", "a university student named Wong". Not when the
    name has its own title ("the truck driver was identified as commercial driver ..."): that one is it."""
    head = root.head
    doc = root.doc
    if root.dep_ == "attr" and head.lemma_ == "be":
        return [c for c in head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    if name.start > 0 and doc[name.start - 1].pos_ == "NOUN" and _role_word(doc[name.start - 1]):
        return []
    if root.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in ("identify", "name"):
        return [c for c in head.head.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"]
    if root.dep_ in ("oprd", "dobj", "attr") and head.lemma_.lower() in ("name", "call") and head.dep_ == "acl" \
            and head.head.pos_ == "NOUN":
        return [head.head]
    return []


def _one_of(head: Token) -> Token:
    """ "Andriy Yermak, one of President Zelensky's aides": the role is the noun after "one of"."""
    if head.lower_ != "one":
        return head
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), head) if of is not None else head


def roles_as(name: Span, predicate: bool = True) -> list[Role]:
    """ "who serve as chairmen of ...", "X was serving as Trump's personal lawyer" and, with
    `predicate`, "X is the former Attorney General of California" / "X, who is the mayor of Y"."""
    root = name.root
    verbs = [c for c in root.children if c.dep_ == "relcl"]
    doc = name.doc
    who = doc[name.end + (doc[name.end].text == ",")] if name.end + 1 < len(doc) else None
    if who is not None and who.lower_ == "who" and who.dep_ in ("nsubj", "nsubjpass") and who.head.dep_ == "relcl" \
            and who.head not in verbs:
        verbs.append(who.head)  # "disagreements with Mike Pompeo who is the secretary of state": the parser
        # hangs the clause on another noun, but "who" right after a name is the name's
    if root.dep_ in ("nsubj", "nsubjpass"):
        verbs += _subject_verbs(root)
    top = _list_in_apposition(root)
    shared = []
    if top.dep_ == "appos" and top.head.dep_ in ("nsubj", "nsubjpass") and top.head.i < top.i:
        # "The chairman, A, is also the head of ...", "His parents, A and B, were sharecroppers": each
        # name of a list reaches it on its own
        shared = [Role(r.title.rstrip("*"), r.organization) for r in _verb_roles(top.head.head, predicate)]
    if root.dep_ in ("dobj", "oprd") and root.head.lemma_.lower() in _AS_VERBS:  # "Rosselló appointed Pierluisi as"
        return [role for verb in [root.head] for role in _verb_roles(verb, predicate, of_object=True)] \
            + _chosen_as(root) + _chosen_to_be(name)
    return [role for verb in verbs for role in _verb_roles(verb, predicate)] + shared + _chosen_to_be(name) \
        + _fronted_as(name)


def _fronted_as(name: Span) -> list[Role]:
    """ "As head of the Rexco Group, Lin built ...", "As professor and head of botany at MSU Karen Voss
    explained": an "as" phrase opening the sentence names the post in which its subject acts. Not "As the
    mayor arrived, ..." (a clause: a verb before the name), nor "As a child" / "As a young girl" (no post)."""
    root = name.root
    doc = name.doc
    as_ = doc[name.sent.start]
    if as_.i == name.start and as_.i > 0 and doc[as_.i - 1].is_punct:
        as_ = doc[as_.i - 1].sent[0]  # the parser may cut the phrase off as a sentence of its own, "as" its root
    while as_.is_punct and as_.i + 1 < name.start:
        as_ = doc[as_.i + 1]  # an opening quote
    if root.dep_ not in ("nsubj", "nsubjpass") or as_.lower_ != "as" or as_.i >= name.start \
            or not (as_.dep_ == "prep" and as_.head == root.head or as_.dep_ == "ROOT") \
            or any(t.pos_ in ("VERB", "AUX") or t.ent_type_ == "PERSON" for t in doc[as_.i + 1:name.start]):
        return []
    objs = [c for c in as_.children if c.dep_ == "pobj"]
    objs += [c for o in list(objs) for c in o.conjuncts if c.i > o.i]  # "As professor and head of ..."
    return [role for obj in objs if obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ != "PERSON" and _role_word(obj)
            and obj.lemma_.lower() not in _NOT_ROLES | _RELATIONS and (role := _phrase_role(obj))]


# Participles whose agent leads the body they describe, and the title that gives: "a faction led by X".
_LED_BY = {"lead": "leader", "head": "head", "found": "founder", "co-found": "co-founder", "cofound": "co-founder"}
# Nouns of bodies one leads or founds, besides the lexicon's organisation words. Not "team" (the golds give the
# head of a research team no role) nor events ("the research was led by", "the march, led by").
_LED_BODIES = ORG_NOUNS | frozenset([
    "faction", "party", "group", "organization", "organisation", "movement", "members", "panel", "committee",
    "commission", "delegation", "government", "company", "firm", "church", "cabinet", "coalition", "alliance",
    "body", "administration", "bloc", "sect", "wing", "rebels", "militia", "union", "council", "foundation",
    "charity", "institute", "agency", "society", "association", "club", "band", "school", "university"])


def _led_by(name: Span) -> list[Role]:
    """ "a splinter faction of the party led by Ann Lee", "the charity founded by writer Ben Ortiz": a body's
    participle whose agent is the name gives the person the body's leading role (leader, head, founder)."""
    root = name.root
    while root.dep_ == "conj" or root.dep_ == "appos" and root.head.i < root.i and _role_word(root.head):
        root = root.head  # "led by A and B", "founded by the writer A"
    agent = root.head
    if root.dep_ != "pobj" or agent.dep_ != "agent" or agent.head.tag_ != "VBN":
        return []
    verb = agent.head
    while verb.dep_ == "conj" and verb.head.tag_ == "VBN":
        verb = verb.head  # "chaired and headed by"
    # "the organisation, which was founded by": a relative clause on the body says the same
    if not (verb.dep_ == "acl" or verb.dep_ == "relcl"
            and any(c.dep_ == "nsubjpass" and c.lower_ in ("which", "that") for c in verb.children)):
        return []
    title = _LED_BY.get(agent.head.lemma_.lower())
    body = verb.head
    if title is None or body.pos_ not in ("NOUN", "PROPN") or body.i > verb.i \
            or not (body.ent_type_ == "ORG" or body.lemma_.lower() in _LED_BODIES or body.lower_ in _LED_BODIES):
        return []
    words = list(name.doc[body.left_edge.i:body.i + 1])
    words += list(itertools.takewhile(lambda t: not t.is_punct and t.tag_ not in ("WDT", "WP"),
                                      name.doc[body.i + 1:verb.i]))  # "of the party", not ", which was"
    while words and (words[0].pos_ in ("DET", "NUM", "PUNCT") or words[0].tag_ == "PRP$"):
        words = words[1:]
    return [Role(title, _org_text(words))]


# Verbs of leading or founding a body, and the title they give their subject.
_LEADING = {**_LED_BY, "chair": "chair"}


def _leading(verb: Token) -> list[Role]:
    """ "Trudeau heads the Liberal Party", "Knapp, who founded the Acme Party", "heads the main opposition
    party, the Acme Party": a verb of leading or founding whose object is a named body (or names one in
    apposition) gives its subject the body's leading role, as "a party led by X" does: in the present (a state),
    or in a relative clause that describes the person. A past act told as an event is no title ("Hammons
    founded the party in 2004", "focused on animals, founding the Day Foundation")."""
    if verb.tag_ not in ("VBZ", "VBP") and verb.dep_ != "relcl":
        return []
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [a for o in objs for a in o.children if a.dep_ == "appos"]
    return [Role(_LEADING[verb.lemma_.lower()], org.text) for o in objs if (org := _org_entity(o))][:1]


def _subject_verbs(subject: Token) -> list[Token]:
    """The verbs a subject is the subject of: its own, and those that share it."""
    verb = subject.head
    doc = subject.doc
    # "Mugabe ruled Zimbabwe, serving as its first prime minister", "X joined in 2001 and served as ...":
    # a participle clause or a coordinated verb with no subject of its own has the name for subject
    shared = [c for c in verb.children if c.i > verb.i and c.pos_ in ("VERB", "AUX")
              and (c.dep_ == "advcl" and c.tag_ == "VBG" or c.dep_ == "conj")
              and not any(d.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for d in c.children)
              and not any(t.ent_type_ == "PERSON" for t in doc[verb.i:c.i])]  # "and Lee was sworn in as"
    # "Bernier was forced to resign as minister": a leaving verb under the name's verb shares its subject
    shared += [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in _LEAVING]
    return [verb] + [c for c in shared + _bare_copula(subject) if c != verb]


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own, or a participle after its auxiliary ("had been"); not "being" nor "to be"."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children)


# Dependencies that give a verb a subject, or open a clause of its own ("when", "that").
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")


def _bare_copula(subject: Token) -> list[Token]:
    """ "Roe, reportedly nicknamed 'the king', was chairman of X", "Roe runs a blog and is the director of X":
    a finite "be" or "become" after the subject, in its sentence, that the parser gave no subject at all is the
    subject's, when the words between hold no other subject and open no clause ("who", "which", "when",
    "that"). The small parser often hangs the subject on a participle or on the first of two verbs instead."""
    doc = subject.doc
    for token in doc[subject.i + 1:subject.sent.end]:
        if token.dep_ in _SUBJECTS or token.dep_ == "mark" or token.tag_ in ("WDT", "WP", "WP$", "WRB") \
                or token.text in (";", ":"):
            return []
        if token.lemma_ in ("be", "become") and token.dep_ not in ("aux", "auxpass") and _finite(token) \
                and not any(c.dep_ in _SUBJECTS for c in token.children):
            return [token]
    return []


def _chosen_as(root: Token) -> list[Role]:
    """The office a choosing verb gives its object, where the parser hangs it on the object ("picked Parker
    as his new running mate") or puts it in an infinitive ("selected Walker to be his running mate")."""
    objs = [c for p in root.children if p.dep_ == "prep" and p.lower_ == "as" for c in p.children if c.dep_ == "pobj"]
    return [role for obj in objs if obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ != "PERSON"
            and (role := _phrase_role(obj))]


def _chosen_to_be(name: Span) -> list[Role]:
    """ "Hawkins selected (nominee) Angela Walker to be his running mate": read from the words, as the parser
    makes the name the object or the subject of "to be": a choosing verb right before the name and its
    title words, "to be" right after it."""
    doc = name.doc
    if name.end + 2 >= len(doc) or doc[name.end].lower_ != "to" or doc[name.end + 1].lower_ != "be":
        return []
    i = name.start - 1
    while i >= 0 and doc[i].pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "DET") and doc[i].sent == name.sent:
        i -= 1
    if i < 0 or doc[i].pos_ != "VERB" or doc[i].lemma_.lower() not in _AS_VERBS:
        return []
    objs = [c for c in doc[name.end + 1].children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")
            and c.ent_type_ != "PERSON"]
    return [role for obj in objs if (role := _phrase_role(obj))]


def _org_entity(token: Token) -> Span | None:
    """The organisation entity the token ends ("the Liberal Party"), without its article."""
    for ent in token.doc.ents:
        if ent.label_ == "ORG" and ent.end == token.i + 1:
            return ent[1:] if ent[0].lower_ == "the" else ent
    return None


def _ranked(noun: Token) -> bool:
    """ "the first Pacific Islander", "the youngest member": a rank among a kind, which describes the person."""
    return any(t.ent_type_ == "ORDINAL" or t.tag_ in ("JJS", "RBS") for t in noun.lefts)


def _verb_roles(verb: Token, predicate: bool = True, of_object: bool = False) -> list[Role]:
    """Roles a verb gives its subject ("serve as <role>", and "be <role>" when `predicate`), or with
    `of_object` its object ("appointed Pierluisi as secretary of state")."""
    lemma = verb.lemma_.lower()
    if any(c.tag_ in ("MD", "TO") and lemma not in _LEAVING or c.dep_ == "neg" for c in verb.children):
        return []  # "would be the first woman to serve as Vice President": not (yet) her role
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    # "succeeded him as Foreign Secretary" (done, not "is to step down, with Johnson succeeding her as ...")
    succeeded = lemma in _SUCCEEDING and verb.tag_ == "VBD" and not of_object
    # "joined the band as a drummer", "ran the train as its pilot": any other active verb's "as" phrase says in
    # what capacity its subject acts, whatever its object
    capacity = not of_object and not passive and verb.pos_ == "VERB" and lemma not in _AS_VERBS | _REGARDING \
        | _SUCCEEDING | _TAKING | {"be", "become", "have"}
    if not of_object and not passive and not succeeded and not capacity and lemma not in _TAKING \
            and any(c.dep_ in ("dobj", "oprd") for c in verb.children):
        return []  # the "as" phrase of "appointed X as ..." is X's, not the subject's
    out = []
    if lemma in _AS_VERBS or succeeded or capacity:  # "served as a trustee of X and as chairman of Y": a conjunct
        for prep in (c for c in verb.children if c.dep_ in ("prep", "conj") and c.lower_ == "as"):
            # an "as" phrase before the verb must name a post ("As a result, Lee resigned" names none)
            out += [c for c in prep.children if c.dep_ == "pobj" and (prep.i > verb.i or _role_word(c)) and not (
                capacity and not _post_word(c))]
        if passive and not of_object:  # "Mukherjee was elected President", not "named Best Actor"
            out += [c for c in verb.children if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN") and _role_word(c)
                    and not any(t.tag_ in ("JJS", "RBS") or t.lower_ in ("best", "most") for t in c.subtree)]
    if not of_object and not passive and lemma in _LEADING:
        return _leading(verb)
    if lemma in _TAKING:  # "held the post of Speaker", "resumed the office of President"
        out += [o for post in verb.children if post.dep_ == "dobj" and post.lemma_.lower() in _POSTS
                for of in post.children if of.dep_ == "prep" and of.lower_ == "of"
                for o in of.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and _role_word(o)]
    if lemma in ("be", "become") and predicate:
        # "became the first woman to serve as Speaker": the infinitive on the subject's description is done
        out += [o for attr in verb.children if attr.dep_ == "attr" for v in attr.children
                if v.dep_ in ("relcl", "acl") and v.lemma_.lower() == "serve" and v.i > attr.i
                for prep in v.children if prep.dep_ == "prep" and prep.lower_ == "as"
                for o in prep.children if o.dep_ == "pobj"]
    hyphened = _hyphen_cut_predicate(verb) if lemma in ("be", "become") and predicate else []
    if lemma in ("be", "become") and predicate:
        # "is one of two deputy prime ministers" holds the office; "one of the attendees" only describes
        out += [c for c in verb.children if c.dep_ == "attr" and _predicate_role(_one_of(c), lemma)
                and (c.lower_ != "one" or _one_of(c).lemma_.lower() in OFFICE_WORDS) and c not in hyphened[:-1]]
        out += [c for c in hyphened[-1:] if c not in out]  # "was her loco co-pilot": "pilot" an apposition
    out += [c for o in list(out) for c in o.conjuncts if c.i > o.i and c.pos_ in ("NOUN", "PROPN") and _role_word(c)
            and not any(t.pos_ in ("VERB", "AUX") for t in o.doc[o.i:c.i])]  # "the drummer and co-founder"
    out += [c for o in list(out) for c in _second_titles(o) if c not in out]
    return [_pieced(role, hyphened) if obj in hyphened else
            _hyphen_prefixed(_singular(role, _one_of(obj)) if obj.lower_ == "one" else role, _one_of(obj))
            for obj in out if (role := _phrase_role(_one_of(obj)))]  # "served as one of the advisors of ..."


def _hyphen_cut_predicate(verb: Token) -> list[Token]:
    """ "Keller was her co-pilot", "Keller is the vice-chair of Acme": the small parser cuts a hyphened title
    after a copula into pieces ("co", "-", "pilot"), each an attribute, a complement or an apposition of one.
    The pieces, up to the noun after the last unspaced hyphen, make one title; [] when no piece is cut so.
    Not "a well-known writer" (one noun after the hyphened adjective: nothing is cut)."""
    pieces = [c for c in verb.children if c.dep_ in ("attr", "acomp") and c.i > verb.i]
    pieces += [a for p in list(pieces) for a in p.children if a.dep_ == "appos"]
    pieces.sort(key=lambda t: t.i)
    cut = [p for p in pieces if (after := _hyphened(p)) is not None and after in pieces and p.doc[p.i + 1] in pieces]
    if not cut:
        return []
    last = _hyphened(cut[-1])
    run = [p for p in pieces if p.i <= last.i]
    if any(b.i - a.i != 1 for a, b in itertools.pairwise(run)) or not _role_word(last):
        return []  # the pieces must run on, with nothing between them
    return run


def _pieced(role: Role, pieces: list[Token]) -> Role:
    """The title of the last piece of a cut hyphened predicate, with the pieces before it: "pilot" ->
    "loco co-pilot" (as `_hyphen_joined` joins cut appositions)."""
    last = pieces[-1]
    cut = _title_start(role, last)
    if cut is None:
        return role
    words = [t for t in last.doc[pieces[0].left_edge.i:cut] if t.lower_ not in TITLE_QUALIFIERS]
    while words and (words[0].pos_ == "DET" or words[0].tag_ == "PRP$" or words[0].is_punct):
        words = words[1:]
    return Role("".join(t.text_with_ws for t in words) + role.title, role.organization)


def _post_word(token: Token) -> bool:
    """A word the lexicon lists as an office or a position ("pilot", "chairman", "running mate"); not one known
    only by its ending, which also names standings ("contender", "challenger") and kinds ("commoner")."""
    return token.ent_type_ != "PERSON" and token.lemma_.lower() not in _RELATIONS \
        and any(w in OFFICE_WORDS or w in ROLE_NOUNS for w in (token.lemma_.lower(), token.lower_))


def _predicate_role(noun: Token, lemma: str) -> bool:
    """The noun a copula predicates of its subject names the subject's title ("is the mayor of X", "is one of two
    deputy prime ministers"), not a description ("a leader in ...") nor one of a rank by an infinitive ("was the
    third official to serve in that office", "became the first Islander to ..."); "became a performer, artist,
    and designer" as "is a lawyer"."""
    return _role_word(noun) and (noun.pos_ in ("NOUN", "PROPN") or (
        noun.tag_ == "JJ" and any(d.dep_ == "det" for d in noun.children))) \
        and noun.lemma_.lower() not in _NOT_ROLES and (lemma == "be" or noun.lemma_.lower() not in _RELATIONS and (
            noun.lower_ in OFFICE_WORDS | ROLE_NOUNS or not _ranked(noun))) \
        and not any(v.dep_ in ("acl", "relcl") and v.i > noun.i and any(t.tag_ == "TO" for t in v.children)
                    for v in noun.children)


def _singular(role: Role, head: Token) -> Role:
    """One person's title from a plural ("one of the advisors of the Supreme Leader" -> "advisor of ...")."""
    title = role.title.rstrip("*")
    if _plural_noun(head) and head.lemma_ != head.text and f"{head.text} " in f"{title} ":
        title = f"{title} ".replace(f"{head.text} ", f"{head.lemma_} ", 1).strip()
    return Role(title, role.organization)


def _hyphen_prefixed(role: Role, head: Token) -> Role:
    """ "the drummer and co-founder of Cream": the parser may cut "co-founder" and keep only "founder"."""
    doc = head.doc
    if head.i >= 2 and doc[head.i - 1].text == "-" and not doc[head.i - 2].whitespace_ \
            and not doc[head.i - 1].whitespace_ and role.title.startswith(head.text) and doc[head.i - 2].is_alpha \
            and doc[head.i - 2].lower_ not in TITLE_QUALIFIERS:  # "then-manager" is a manager
        return Role(doc[head.i - 2].text + "-" + role.title, role.organization)
    return role


def _phrase_role(head: Token) -> Role | None:
    """A role from a noun phrase: "the chairman of the House Intelligence Committee" -> chairman / Committee."""
    doc = head.doc
    if head.lower_ in _STANCES and head.i + 1 < len(doc) and doc[head.i + 1].lower_ in ("for", "of"):
        return None  # "a long-time advocate for democracy" is a stance, like "supporter"; "rights advocate" a calling
    if _singled_out(head):
        return None
    # "a researcher with long experience": what the person has describes them, it is no part of the title
    described = {t.i for c in head.rights if c.dep_ == "prep" and c.lower_ in ("with", "without") for t in c.subtree}
    # "two presidents in the history of the town": "in" right after a plural says where the group is counted
    described |= {t.i for c in head.rights if c.dep_ == "prep" and c.lower_ == "in" and c.i == head.i + 1
                  and _plural_noun(head) for t in c.subtree}
    # a plural role noun the tagger took for a verb has the names it heads as its "object": they are no title
    described |= {t.i for c in head.rights if c.dep_ == "dobj" and _plural_as_verb(head) for t in c.subtree}
    # "and" inside a body's name is no clause: "nominee of the Life and Liberty Party"
    tokens = [t for t in head.subtree if (not _clause(t) or _inside_body(t)) and not _under_clause(t, head)
              and t.i not in described]
    if head.dep_ == "conj" and not any(c.dep_ == "prep" for c in head.children):
        # "gun control campaigner and widow of James Brady", "our friend and Chairperson of the Campaign": the
        # parser hangs the "of" right after the second noun on the first; it is the nearer noun's
        tokens += [t for p in head.head.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == head.i + 1
                   for t in p.subtree if t == p or (not _clause(t) or _inside_body(t)) and not _under_clause(t, p)]
    tokens = _contiguous(tokens, head)
    while tokens and (tokens[0].pos_ == "DET" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    role = title_and_org(tokens, _MAX_TITLE + 4)
    upto = [t for t in tokens if t.i <= head.i]
    if role is None and len(upto) < len(tokens):  # "a UN rapporteur for the Office of the UN High ...",
        role = title_and_org(upto)  # "a tennis player with world ranking 27": the title words up to the head
    comma = max((t.i for t in upto if t.text == ","), default=None)
    if role is None and comma is not None:  # "the California, US lawyer": the words after the place's comma
        role = title_and_org([t for t in upto if t.i > comma])
    return role


# Words that make a noun phrase pick one person out of a kind: "the only candidate", "the lone designer".
_UNIQUE = frozenset(["only", "lone", "sole"])


def _singled_out(head: Token) -> bool:
    """ "Roe was the only candidate on the stage", "Roe, the most senior Democrat on the panel": a description
    that sets the person apart among a kind (by "only", "lone", "sole" or a superlative) says how they stand,
    it names no post they hold. An ordinal still names one ("its first president"), and a rank among kin is part
    of the relation ("the oldest son of ...")."""
    # "only two presidents": "only" that counts more than one sets no one apart ("only one" does)
    return head.lemma_.lower() not in _RELATIONS and any((t.lower_ in _UNIQUE and t.head.lower_ not in _COUNTS)
                                                         or t.tag_ in ("JJS", "RBS")
                                                         for left in head.lefts for t in left.subtree)


def _inside_body(token: Token) -> bool:
    """A word inside, not opening, an organisation's or a place's name ("Liberty" of "the Life and Liberty Party")."""
    return token.dep_ in ("conj", "cc") and token.ent_iob_ == "I" and token.ent_type_ in _ORG_ENTS


def _clause(token: Token) -> bool:
    """A clause or conjunct that is no part of a title; not the participle that says who "those" are ("mother
    of one of those killed in the bombing")."""
    return token.dep_ in _CLAUSES and not _of_those(token) and not _field_conjunct(token)


def _field_conjunct(token: Token) -> bool:
    """ "head of the department of botany and plant ecology": a lower-case noun joined to the field noun an
    "of" governs (or the "and" joining it) is more of the field, no second title ("and curator")."""
    if token.dep_ not in ("conj", "cc"):
        return False
    doc = token.doc
    noun = token if token.dep_ == "conj" else next(
        (doc[k] for k in range(token.i + 1, min(token.i + 4, len(doc))) if doc[k].dep_ == "conj"), None)
    return noun is not None and noun.pos_ == "NOUN" and noun.text.islower() and not _role_word(noun) \
        and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.text.islower() and noun.head.dep_ == "pobj" \
        and noun.head.head.lower_ == "of"


def _of_those(token: Token) -> bool:
    return token.dep_ == "acl" and token.head.lower_ == "those" and token.tag_ == "VBN"


def _under_clause(token: Token, head: Token) -> bool:
    for ancestor in token.ancestors:
        if ancestor == head:
            return False
        if _clause(ancestor):
            return True
    return False


def _contiguous(tokens: list[Token], head: Token) -> list[Token]:
    """The run of tokens around the head with no gap (a gap means a clause was cut)."""
    indices = sorted(t.i for t in tokens)
    start = end = head.i
    present = set(indices)
    while start - 1 in present:
        start -= 1
    while end + 1 in present:
        end += 1
    doc = head.doc
    run = [doc[i] for i in range(start, end + 1)]
    if any(t.text == "," for t in run):
        cut = next(t.i for t in run if t.text == "," and t.i > head.i) if any(
            t.text == "," and t.i > head.i for t in run) else end + 1
        run = [t for t in run if t.i < cut]
    return run
