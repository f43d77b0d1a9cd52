"""Disputes: a contesting verb or noun in the narration, with who contests what."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..factsheet import Dispute, Statement, Where
from .lexicon import DISPUTE_NOUNS, DISPUTE_VERBS, QUOTE_DISPUTE_WORDS
from .resolve import Resolver, Who, phrase, subject_of
from .statements import Paragraph, sentence_index

# Objects of "deny" that make it a refusal, not a dispute ("denied bail").
_REFUSALS = frozenset([
    "access", "entry", "bail", "permission", "request", "visa", "application", "asylum", "service",
    "coverage", "care", "treatment", "benefits", "funding", "parole", "license",
])
# Verbs whose subject receives the criticism named by their object ("drew criticism").
_RECEIVE = frozenset(["draw", "receive", "face", "attract", "earn", "meet", "spark", "prompt", "provoke"])


def disputes(para: Paragraph, resolver: Resolver) -> list[Dispute]:
    out = []
    for token in para.doc:
        if token.i in para.quoted:
            continue
        found = None
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and (lemma in DISPUTE_VERBS or _push_back(token)):
            found = _verb_dispute(token, para, resolver)
        elif token.pos_ == "NOUN" and lemma in DISPUTE_NOUNS:
            found = _noun_dispute(token, para, resolver)
        if found is not None:
            out += _each_disputant(found, token, para, resolver)
    return out


def _plural_antecedent(pronoun: Token) -> Token | None:
    """ "Both officers indicated they would appeal": "they" is the plural subject of the verb above."""
    for ancestor in pronoun.ancestors:
        subject = next((c for c in ancestor.children if c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS")), None)
        if subject is not None:
            return subject
    return None


def _each_disputant(found: Dispute, cue: Token, para: Paragraph, resolver: Resolver) -> list[Dispute]:
    """The dispute once per disputant: "A and B both questioned ..." by A and by B; "Both officers
    appealed" by each person the article calls an officer."""
    subject = subject_of(cue) if cue.pos_ == "VERB" else None
    if subject is not None and subject.lower_ == "they":
        subject = _plural_antecedent(subject)
    if subject is not None and not found.by and subject.tag_ in ("NNS", "NNPS"):
        group = resolver.holders(para.index, subject)
        return [replace(found, by=pid, by_text=phrase(subject)) for pid in group] or [found]
    if subject is None or not found.by:
        return [found]
    out = [found]
    for conj in subject.conjuncts:
        pid = resolver.who(para.index, conj).person or next(
            (p for t in conj.subtree if (p := resolver.cast.at.get((para.index, t.i)))), None)
        if pid and pid != found.by and all(d.by != pid for d in out):
            out.append(replace(found, by=pid, by_text=phrase(conj)))
    return out


def quoted_disputes(para: Paragraph, statements: list[Statement]) -> list[Dispute]:
    """A quote whose own words call something false, a lie, illegal ... (GUIDELINES, Disputes)."""
    out = []
    for statement in statements:
        if statement.kind != "direct" or statement.where is None or statement.where.paragraph != para.index:
            continue
        quote = next((q for q in para.quotes if q.text == statement.text), None)
        if quote is None:
            continue
        cue = next((t for t in quote.span if t.lower_ in QUOTE_DISPUTE_WORDS and not _negated(t)), None)
        if cue is None:
            continue
        cue_text = "null and void" if cue.lower_ == "null" else cue.text
        where = Where(para.index, sentence_index(para.doc, cue.i))
        out.append(Dispute(statement.speaker, statement.speaker_text, None, statement.text, cue_text,
                           sentence_text(cue, para), where, statement.confidence))
    return out


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in (token, token.head) for c in c.children)


def _push_back(token: Token) -> bool:
    return token.lemma_.lower() == "push" and any(c.lower_ == "back" for c in token.children)


def _verb_dispute(verb: Token, para: Paragraph, resolver: Resolver) -> Dispute | None:
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "dative")]
    if lemma == "deny" and (any(c.dep_ == "dative" for c in objects)
                            or any(c.lemma_.lower() in _REFUSALS for c in objects)):
        return None
    if lemma == "appeal" and any(c.dep_ == "prep" and c.lower_ in ("for", "to") for c in verb.children):
        return None  # "appealed for calm" asks, it does not contest
    if lemma == "question" and (not any(c.dep_ == "dobj" for c in objects)
                                or any(resolver.who(para.index, c).person for c in objects)):
        return None  # questioning a person is an interview, asking "why" is a question
    if any(c.lower_.endswith("self") or c.lower_.endswith("selves") for c in objects):
        return None
    if lemma in ("dismiss", "challenge") and any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
        return None  # "dismissed from the cabinet" is a firing, not a dispute
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is None and any(c.dep_ == "auxpass" for c in verb.children):
        passive = subject_of(verb)
    if passive is not None:
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        by = resolver.who(para.index, agent) if agent is not None else Who(None, "")
        target = resolver.who(para.index, passive)
        target_text = _what(verb) or target.text
    else:
        subject = subject_of(verb)
        if subject is not None and subject.lower_ in ("i", "you", "we", "me", "us", "them", "him", "her"):
            return None  # inside someone's speech or an interview, not a reported dispute
        if subject is not None and subject.lower_ == "they":
            subject = _plural_antecedent(subject) or subject
        by = resolver.who(para.index, subject) if subject is not None else Who(None, "")
        obj = next((c for c in objects if c.dep_ == "dobj"), None)
        target = _target(obj, para, resolver, lemma) if obj is not None else Who(None, "")
        if target.person and target.person == by.person:
            target = Who(None, target.text)
        target_text = _what(verb)
    if not target_text and lemma not in ("sue", "appeal"):
        return None
    return _dispute(by, target, target_text, verb, para)


def _target(obj: Token, para: Paragraph, resolver: Resolver, lemma: str) -> Who:
    """The person whose claim or action is contested: the object itself, or its possessor."""
    who = resolver.who(para.index, obj)
    if who.person:
        return who
    if lemma in ("clarify", "deny"):  # clarifying or denying "his remarks" does not contest their owner
        return Who(None, who.text)
    owners = (resolver.who(para.index, t).person for t in obj.subtree if t.dep_ == "poss")
    return Who(next((p for p in owners if p), None), who.text)


def _what(verb: Token) -> str:
    """What is contested, in the article's words: the object, the that-clause, or a for/of phrase."""
    for child in verb.children:
        if child.dep_ in ("dobj", "ccomp"):
            return _subtree_text(child)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "over", "against"):
            return _subtree_text(child, skip_head=True)
    return ""


def _subtree_text(token: Token, skip_head: bool = False) -> str:
    tokens = [t for t in token.subtree if not (skip_head and t == token)]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens:
        return ""
    return token.doc[tokens[0].i:tokens[-1].i + 1].text


def _noun_dispute(noun: Token, para: Paragraph, resolver: Resolver) -> Dispute | None:
    """ "drew criticism from X for Y", "X's criticism of Y", "the accusation against Y"."""
    by, target, target_text = Who(None, ""), Who(None, ""), ""
    for child in noun.children:
        objs = [g for g in child.children if g.dep_ == "pobj"]
        if child.dep_ == "poss":
            by = resolver.who(para.index, child)
        elif child.dep_ == "prep" and objs and child.lower_ in ("from", "by"):
            by = _first_person(resolver.who(para.index, objs[0]), objs[0], para, resolver)
        elif child.dep_ == "prep" and objs and child.lower_ in ("against", "of"):
            target = resolver.who(para.index, objs[0])
            target_text = phrase(objs[0])
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in _RECEIVE:
        subject = subject_of(head)
        if subject is not None:
            target = resolver.who(para.index, subject)
            target_text = target_text or target.text
        for child in head.children:
            objs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if child.dep_ == "prep" and objs and child.lower_ == "from":
                by = resolver.who(para.index, objs[0])
            elif child.dep_ == "prep" and objs and child.lower_ == "for":
                target_text = _subtree_text(child, skip_head=True)
    elif noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_ == "be":
        clause = next((c for c in head.children if c.dep_ in ("ccomp", "attr")), None)
        if clause is not None:
            target_text = target_text or _subtree_text(clause)
    if noun.lemma_.lower() == "appeal" and not (by.text or target_text):
        return None  # "an appeal for calm", "the appeal of the idea": no one contests anything
    if not target_text and not target.person and not by.text:
        return None
    return _dispute(by, target, target_text or target.text, noun, para)


def _first_person(who: Who, head: Token, para: Paragraph, resolver: Resolver) -> Who:
    """ "by Spanton and prosecutors": the first named person of a coordination."""
    if who.person:
        return who
    for conj in head.conjuncts:
        pid = resolver.cast.at.get((para.index, conj.i))
        if pid:
            return Who(pid, phrase(conj))
    return who


def _dispute(by: Who, target: Who, target_text: str, cue: Token, para: Paragraph) -> Dispute:
    where = Where(para.index, sentence_index(para.doc, cue.i))
    confidence = "low" if "low" in (by.confidence, target.confidence) else "high"
    return Dispute(by.person, by.text, target.person, target_text, cue.text, sentence_text(cue, para), where,
                   confidence)


def sentence_text(token: Token, para: Paragraph) -> str:
    """The sentence of `token`, run on to the end of a quote the parser cut in the middle."""
    sent = token.sent
    end = sent.end
    for quote in para.quotes:
        if sent.start <= quote.span.start < end < quote.span.end:
            end = min(quote.span.end + 1, len(para.doc))
    return para.doc[sent.start:end].text.strip()
