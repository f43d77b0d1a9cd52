"""Roles: titles before names, appositions, and "who serve as ..." clauses, split into title and organization."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..factsheet import Role
from .lexicon import HONORIFICS, NATIONALITIES, OFFICE_WORDS
from .people import HEADLINE, Cast

_ORG_ENTS = ("ORG", "GPE", "NORP", "FAC", "LOC")
_TITLE_POS = ("NOUN", "PROPN", "ADJ")
_MAX_TITLE = 8
_AS_VERBS = frozenset(["serve", "work", "act", "appoint", "name", "elect", "nominate", "install", "remain"])


def roles(cast: Cast, docs: dict[int, Doc]) -> dict[str, list[Role]]:
    """Each person's distinct roles, in the order the article states them."""
    found: dict[str, list[Role]] = {pid: [] for pid in cast.names}
    for mention, pid in cast.mentions:
        if mention.para == HEADLINE or not mention.standalone:
            continue
        doc = docs[mention.para]
        name = doc[mention.start:mention.end]
        for role in roles_before(name) + role_in_apposition(name) + roles_as(name):
            for target in _sharers(name, role, cast, mention.para):
                found[target].append(role)
    return {pid: distinct(found[pid]) for pid in found}


def _sharers(name: Span, role: Role, cast: Cast, para: int) -> list[str]:
    """A plural title ("Representatives A, B and C") belongs to every coordinated person."""
    own = cast.at[(para, name.start)]
    if not role.title.endswith("*"):
        return [own]
    out = [own]
    for conj in name.root.conjuncts:
        pid = cast.at.get((para, conj.i))
        if pid and pid not in out:
            out.append(pid)
    return out


def distinct(found: list[Role]) -> list[Role]:
    """One entry per title; a title with an organization wins over the same title without."""
    out: list[Role] = []
    for role in found:
        role = Role(role.title.rstrip("*"), role.organization)
        same = next((i for i, r in enumerate(out) if r.title.lower() == role.title.lower()), None)
        if same is None:
            out.append(role)
        elif out[same].organization is None and role.organization:
            out[same] = role
    return out


def roles_before(name: Span) -> list[Role]:
    """Roles in the words right before a name: "Kremlin spokesman", "former Vice President"."""
    doc = name.doc
    root = name.root
    start = name.start
    while start > 0 and _in_prefix(doc[start - 1], root, name):
        start -= 1
    tokens = [t for t in doc[start:name.start]]
    while tokens and (tokens[0].pos_ not in _TITLE_POS or tokens[0].lower_.rstrip(".") in HONORIFICS):
        tokens = tokens[1:]
    return [r for r in (title_and_org(group) for group in _split(tokens)) if r]


def _in_prefix(token: Token, root: Token, name: Span) -> bool:
    if token.is_punct and token.text not in ("-", "."):
        return False
    if token.pos_ in ("DET", "PRON", "VERB", "AUX", "CCONJ", "SCONJ", "NUM", "PART") or token.dep_ == "case":
        return False
    if token.pos_ == "ADP" and token.lower_ != "of":
        return False
    head = token
    for _ in range(6):
        if head.i >= name.start:
            return head.i < name.end
        if head.head is head:
            return False
        head = head.head
    return False


def _split(tokens: list[Token]) -> list[list[Token]]:
    """Split "Democratic challenger former Vice President" after a lowercase noun followed by a new title."""
    groups: list[list[Token]] = [[]]
    for token in tokens:
        prev = groups[-1][-1] if groups[-1] else None
        if prev is not None and prev.pos_ == "NOUN" and prev.text.islower() and (
                token.lower_ in ("former", "acting", "deputy") or token.text[:1].isupper()):
            groups.append([])
        groups[-1].append(token)
    return [g for g in groups if g]


def title_and_org(tokens: list[Token]) -> Role | None:
    """Separate the organization (leading named entities) from the title words."""
    if not tokens or len(tokens) > _MAX_TITLE:
        return None
    org_tokens = [t for t in tokens if t.ent_type_ in _ORG_ENTS and not _office_word(t)]
    title_tokens = [t for t in tokens if t not in org_tokens]
    if not any(t.pos_ in ("NOUN", "PROPN") for t in title_tokens):
        return None
    if all(t.lower_.rstrip(".") in HONORIFICS for t in title_tokens):
        return None
    title = _words(title_tokens)
    org = _org(org_tokens, title_tokens)
    return Role(title + ("*" if _plural(title_tokens) else ""), org)


def _office_word(token: Token) -> bool:
    return token.lower_ in OFFICE_WORDS and token.ent_type_ != "GPE"


def _org(org_tokens: list[Token], title_tokens: list[Token]) -> str | None:
    if not org_tokens:
        return None
    text = " ".join(t.text for t in org_tokens).replace(" - ", "-")
    for suffix in ("'s", "’s"):
        text = text.removesuffix(" " + suffix).removesuffix(suffix)
    if all(t.ent_type_ == "NORP" for t in org_tokens):
        office = any(t.lower_ in OFFICE_WORDS for t in title_tokens) and title_tokens[-1].text[:1].isupper()
        return NATIONALITIES.get(text.lower()) if office else None
    return text.removeprefix("the ").removeprefix("The ")


def _plural(tokens: list[Token]) -> bool:
    return bool(tokens) and tokens[-1].tag_ in ("NNS", "NNPS")


def _words(tokens: list[Token]) -> str:
    """The title as written, a plural head noun made singular ("chairmen" -> "chairman")."""
    parts = [t.text_with_ws for t in tokens[:-1]]
    last = tokens[-1]
    word = last.lemma_ if last.tag_ in ("NNS", "NNPS") else last.text
    if last.text[:1].isupper():
        word = word[:1].upper() + word[1:]
    return ("".join(parts) + word).strip()


def role_in_apposition(name: Span) -> list[Role]:
    """ "Kurt Volker, the United States special envoy ..." and "the Kremlin's spokesman, Dmitry Peskov"."""
    root = name.root
    heads = [c for c in root.children if c.dep_ == "appos" and c.i >= name.end]
    if root.dep_ == "appos" and root.head.i < name.start:
        heads.append(root.head)
    out = []
    for head in heads:
        if head.pos_ != "NOUN" and not (head.pos_ == "PROPN" and head.lower_ in OFFICE_WORDS):
            continue
        role = _phrase_role(head)
        if role:
            out.append(role)
    return out


def roles_as(name: Span) -> list[Role]:
    """ "who serve as chairmen of ..." and "X was serving as Trump's personal lawyer"."""
    root = name.root
    verbs = [c for c in root.children if c.dep_ == "relcl"]
    if root.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(root.head)
    out = []
    for verb in verbs:
        if verb.lemma_.lower() not in _AS_VERBS:
            continue
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                role = _phrase_role(obj)
                if role:
                    out.append(role)
    return out


def _phrase_role(head: Token) -> Role | None:
    """A role from a noun phrase: "the chairman of the House Intelligence Committee" -> chairman / Committee."""
    tokens = [t for t in head.subtree if t.dep_ not in ("relcl", "acl") and not _under_clause(t, head)]
    tokens = _contiguous(tokens, head)
    while tokens and (tokens[0].pos_ == "DET" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens or len(tokens) > _MAX_TITLE + 4:
        return None
    of = next((t for t in tokens if t.lower_ == "of" and t.head == head), None)
    if of is not None:
        after = [t for t in tokens if t.i > of.i]
        while after and after[0].pos_ == "DET":
            after = after[1:]
        if after and all(t.ent_type_ in _ORG_ENTS or t.text[:1].isupper() or t.is_punct for t in after):
            before = [t for t in tokens if t.i < of.i]
            role = title_and_org(before)
            org = " ".join(t.text for t in after)
            return Role(role.title, org) if role else None
    leading = []
    for t in tokens:
        if t.ent_type_ in ("GPE", "ORG") and t.i < head.i and not _office_word(t):
            leading.append(t)
        else:
            break
    rest = tokens[len(leading):]
    if not rest or not any(t.pos_ in ("NOUN", "PROPN") for t in rest):
        return None
    title = _words(rest) if rest[-1] is head else head.doc[rest[0].i:rest[-1].i + 1].text
    org = " ".join(t.text for t in leading) or None
    return Role(title + ("*" if head.tag_ in ("NNS", "NNPS") else ""), org)


def _under_clause(token: Token, head: Token) -> bool:
    for ancestor in token.ancestors:
        if ancestor == head:
            return False
        if ancestor.dep_ in ("relcl", "acl", "appos"):
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
