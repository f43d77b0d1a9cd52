"""Who a subject names: a person mention, a pronoun resolved to an earlier person, or nobody."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .lexicon import (
    AGENT_ENDINGS,
    DOCUMENT_NOUNS,
    HONORIFICS,
    OFFICE_WORDS,
    ORG_NOUNS,
    REQUEST_VERBS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_QUALIFIERS,
)
from .names import foreign
from .people import HEADLINE, Cast, noun_gender, pronoun_gender

_SUBJECTS = ("nsubj", "nsubjpass")
# Words inside an organisation's name: "Department of Transportation", "Transport for London".
_NAME_LINKS = frozenset(["of", "for", "from"])
# Links from a participle or conjunct up to the verb that carries the subject.
_CLIMB = ("advcl", "xcomp", "pcomp", "conj", "prep", "pobj", "dobj", "acl", "dep", "parataxis")
# Words that make a different office of the same noun: "the president" is not the vice president.
# Family nouns that, after a bare "the", refer back like a pronoun ("The mother said ...").
_KIN = frozenset(["mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "widow",
                  "widower", "fiancée", "fiancé", "grandmother", "grandfather"])
# Nouns for where a person posts: "from Biden's Twitter account".
_ACCOUNTS = frozenset(["account", "page", "feed", "channel", "handle", "profile", "blog"])
# The two names of a government department's head: "foreign minister" = "Foreign Secretary".
_MINISTER = {"secretary": "minister"}
_RANKS = frozenset(["vice", "deputy", "assistant", "former", "ex", "under", "acting", "president-elect", "shadow"])
# Bodies whose word ends like an agent's ("-ary", "-ent", "-at"): "The military said" names no holder of an office.
_BODIES = ORG_NOUNS | frozenset(["military", "judiciary", "constabulary", "parliament", "establishment", "management",
                                 "movement", "secretariat", "commissariat"])
# Words before a title that say nothing of which office it is ("the current Pope", "the longtime chairwoman"),
# nor do words of the holder's age or standing ("the young leader", "the elderly bishop", "the embattled mayor").
_PASSING = TITLE_QUALIFIERS | {"new", "longtime", "long-time", "veteran"} | {
    "young", "younger", "old", "elderly", "aged", "ageing", "aging", "ailing", "late", "embattled", "beleaguered",
    "controversial", "outspoken", "popular", "unpopular", "influential", "powerful", "respected", "charismatic",
    "flamboyant", "reclusive", "maverick", "seasoned"}
_RULINGS = frozenset(["rule", "find"])
# Nouns for whoever leads a body, whatever the office is called there: "the FAO chief", "the agency's head".
_HEAD_NOUNS = frozenset(["chief", "head", "boss", "leader"])
# Words that say a person goes unnamed: "an unnamed official", "the anonymous source".
_UNNAMED = frozenset(["unnamed", "anonymous", "unidentified"])
# Nouns for someone, of no office: "a source close to the talks", "an insider".
_SOMEONE = frozenset(["source", "insider", "person", "individual", "witness", "resident", "passenger"])
# "quoted X as saying": verbs that give another's words, whose object is the speaker.
_QUOTING = frozenset(["quote", "cite"])
# Verbs that put out one's own text: "made a statement saying ...", "issued a note saying ...".
_PUTS_OUT = frozenset(["make", "issue", "release", "give", "publish", "post", "send", "put"])
# Prepositions that open a gerund clause with its own subject ("despite the paper claiming ...", "with the ministry
# saying ..."), where the noun before the gerund is who does it, not the object of the verb above.
_CLAUSE_PREPOSITIONS = frozenset(["with", "without", "despite", "notwithstanding", "after", "before", "since",
                                  "until", "upon", "amid", "following"])
# A relative word opening a clause ("the deal in which Tsvangirai became prime minister", "whom Biden praised"):
# the subject after it is inside a description, not the one the story follows.
_WH = frozenset(["WDT", "WP", "WP$", "WRB"])
# Causatives: their object does what their infinitive says, and did it ("led Biden to express",
# "prompted her to tweet"); not "used the data to conclude", nor a request ("urged him to deny") not yet met.
_CAUSATIVES = frozenset(["lead", "prompt", "force", "cause", "get", "push", "drive", "inspire", "move",
                         "persuade", "convince", "compel", "pressure", "spur", "provoke"])


@dataclass(frozen=True, slots=True)
class Who:
    """A resolved reference: person id or None, the words as written, and how sure we are."""

    person: str | None
    text: str
    confidence: str = "high"


@dataclass
class Resolver:
    """Resolves subjects to people ids using the cast and the quoted tokens of each paragraph."""

    cast: Cast
    docs: dict[int, Doc]
    quoted: dict[int, set[int]] = field(default_factory=dict)
    titles: dict[str, set[str]] = field(default_factory=dict)  # id -> lowercase words of its role titles
    bodies: dict[str, set[str]] = field(default_factory=dict)  # id -> lowercase words of its roles' organizations

    def who(self, para: int, head: Token) -> Who:
        """The person a noun phrase headed by `head` refers to."""
        text = phrase(head)
        if head.lower_ in ("who", "that", "which") and head.head.dep_ == "relcl":
            before = head.doc[head.i - 1 - (head.i >= 2 and head.doc[head.i - 1].text == ",")] if head.i else head
            pid = self.cast.at.get((para, before.i)) if head.lower_ == "who" and before.pos_ == "PROPN" else None
            if pid:  # "X and the minister Jane Doe who adds ...": the parser may hang the clause on another
                return Who(pid, phrase(before))  # noun, but "who" right after a name is the name's
            person = self.apposed_to(para, head.head.head) if head.lower_ == "who" and before.i + 1 < head.i else None
            if person is not None:
                return Who(self.cast.at[(para, person.i)], phrase(person))
            head = head.head.head
            text = phrase(head)
        chained = self._chain_head(para, head)
        if chained is not None:  # "Jo Ray, chair of Local 9, Steel Workers union said": the union is Ray's
            head, text = chained, phrase(chained)
        pid = self.cast.at.get((para, head.i)) or self._person_in_phrase(para, head) or self._apposed(para, head) \
            or self._named(para, head) or self._titled(para, head) or self._honorific(head) or self._known_name(head) \
            or self._name_then_title(para, head) or self._et_al(para, head) or self._named_beside(para, head)
        if pid:
            return Who(self._misspelt(pid), text)
        if head.lemma_.lower() in DOCUMENT_NOUNS:
            return self.author(para, head, text)
        gender = pronoun_gender(head)
        if gender:
            return self.antecedent(para, head.i, gender, text)
        if head.pos_ in ("NOUN", "PROPN") and any(c.dep_ in ("det", "poss") for c in head.children):
            return self.holder(para, head, text)
        return Who(None, text)

    def _misspelt(self, pid: str) -> str:
        """ 'Kathryn Waters said ... "...", Water said': a lone surname the article names no one else by, one
        letter off the surname of exactly one person it names in full, is that person misspelt."""
        near = self._near(self.cast.names.get(pid, ""))
        return near.pop() if len(near) == 1 else pid

    def _near(self, name: str) -> set[str]:
        if " " in name or len(name) < 4:
            return set()
        return {other for other, full in self.cast.names.items() if " " in full
                and len(full.split()[-1]) >= 5 and _one_letter_off(name, full.split()[-1])}

    def author(self, para: int, head: Token, text: str) -> Who:
        """The person whose text a document is: "Biden's tweet", "her statement", "a post by Amy Cook",
        "a tweet sent from Biden's Twitter account"; nobody for an organisation's ("Facebook's statement") or
        for several authors' ("a study conducted by Jane Doe and other researchers")."""
        owners = [c for c in head.children if c.dep_ == "poss"]
        for via in [head, *(c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN")]:
            for prep in (c for c in via.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    owners.append(obj)
                    if obj.lemma_.lower() in _ACCOUNTS:
                        owners += [c for c in obj.children if c.dep_ == "poss"]
        for owner in owners:
            if any(c.dep_ == "conj" for c in owner.children):
                return Who(None, text)  # "a study by Dr. Jane Doe and other researchers": several authors
            pid = self.cast.at.get((para, owner.i)) or self._person_in_phrase(para, owner)
            if pid:
                return Who(pid, text)
            gender = pronoun_gender(owner)
            if gender:
                return self.antecedent(para, owner.i, gender, text)
            if owner.pos_ == "NOUN" and any(c.dep_ == "det" for c in owner.children):
                return self.holder(para, owner, text)  # "the judge's statement"
        return Who(None, text)

    def _honorific(self, head: Token) -> str | None:
        """ "Dr Lane said ...": an honorific and a surname the article gives one person is that person, where
        the name finder missed the mention."""
        words = compact(head)
        if head.pos_ != "PROPN" or len(words) != 2 or words[0].lower_ not in HONORIFICS:
            return None
        found = {pid for pid, name in self.cast.names.items() if name.split()[-1] == head.text}
        return found.pop() if len(found) == 1 else None

    def _known_name(self, head: Token) -> str | None:
        """ '"...," Hale, 45, said': a name, alias or surname the article gives one person is that person, where
        the name finder missed the mention (the tagger may take a name after a closing quote for a title)."""
        if head.pos_ != "PROPN":
            return None
        text = phrase(head)
        found = {pid for pid, name in self.cast.names.items() if text == name or text in self.cast.aliases[pid]} \
            or {pid for pid, name in self.cast.names.items() if text == name.split()[-1]} \
            or self._near(text)
        return found.pop() if len(found) == 1 else None

    def _named(self, para: int, head: Token) -> str | None:
        """ "A university student named Wong", "a man called John Smith": the name the phrase gives."""
        for verb in (c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in ("name", "call")):
            for name in (c for c in verb.children if c.dep_ in ("oprd", "dobj", "attr", "xcomp")):
                pid = self.cast.at.get((para, name.i)) or self._person_in_phrase(para, name)
                if pid:
                    return pid
        return None

    def _et_al(self, para: int, head: Token) -> str | None:
        """ "Stamenković et al found ...", and "They showed ..." right after it: a paper's authors, cited by the
        first author's name and "et al", are that person, as the article names them; "they" as a subject refers
        to a group named by "et al" in its own sentence or the one before."""
        doc = head.doc
        if head.lower_ in ("al", "al.") and head.i >= 2 and doc[head.i - 1].lower_ == "et":
            return self.cast.at.get((para, head.i - 2))
        if head.lower_ != "they" or head.dep_ not in _SUBJECTS:
            return None
        sent = head.sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        texts = [t.lower_ for t in doc[start:head.i]]
        for n in range(len(texts) - 1, 1, -1):
            if texts[n] in ("al", "al.") and texts[n - 1] == "et":
                return self.cast.at.get((para, start + n - 2))
            if texts[n] == "they":
                return None
        return None

    def _name_then_title(self, para: int, head: Token) -> str | None:
        """ "Chris Wright, the Chief Technology Officer of Red Hat said ...": a person's name, a comma, then a
        description of an office or occupation with "the" is an apposition whose closing comma is missing (the
        parser takes the description for the subject); the description is that person. Not after "according
        to" ("According to Jane Doe, the minister said": two people)."""
        words = compact(head)
        if not words or words[0].lower_ != "the" or not person_noun(head) or head.tag_ in ("NNS", "NNPS"):
            return None
        doc = head.doc
        comma = words[0].i - 1
        if comma < 1 or doc[comma].text != "," or doc[comma - 1].tag_ == "POS":
            return None
        pid = self.cast.at.get((para, comma - 1))
        if pid is None or any(t.lower_ == "according" for t in doc[max(comma - 6, 0):comma]):
            return None
        return pid

    def _titled(self, para: int, head: Token) -> str | None:
        """ "First Minister of Scotland Nicola Sturgeon", "US Ambassador to Germany Richard Grenell", "Minister for
        Culture Jane Roe": an office of, to or for a place or field, then the holder's name, which the parser hangs
        on the place ("the son of President Trump" names the father, not the son; "adviser to President Trump" has
        no place before the name). The title is capitalised as a name's, or as a sentence's first word, which the
        tagger may call a common noun ("Spokesperson of the Harbour Trust Jane Roe said")."""
        if not (head.pos_ == "PROPN" or head.is_sent_start) or head.lower_ not in OFFICE_WORDS | ROLE_NOUNS:
            return None
        for of in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "to", "for")):
            for obj in (c for c in of.children if c.dep_ == "pobj"):
                words = compact(obj)
                named = [t for t in words if (para, t.i) in self.cast.at]
                place = [t for t in words if t.i < (named[0].i if named else 0) and (para, t.i) not in self.cast.at
                         and not (t.i == words[0].i and t.lower_ == "the")]  # "Ambassador to the United States"
                if named and place and all(t.pos_ == "PROPN" and t.lower_ not in OFFICE_WORDS | ROLE_NOUNS
                                           for t in place):
                    return self.cast.at[(para, named[0].i)]
        return None

    def apposed_to(self, para: int, noun: Token) -> Token | None:
        """ "Terence Fan, an air industry expert from a university, who said": a relative clause after a person's
        apposition, which the parser hangs on a noun inside it (the expert, the university), is that person's."""
        token, apposed = noun, False
        while token.dep_ in ("appos", "conj", "pobj", "prep") and token.head != token:
            apposed |= token.dep_ == "appos"
            token = token.head
            if (para, token.i) in self.cast.at:
                return token if apposed else None
        return None

    def _chain_head(self, para: int, head: Token) -> Token | None:
        """ "Jo Ray, chair of Local 9, Steel Workers union said": a subject set off by a comma after a listed
        person's name, which the parser makes a second subject of the verb (or an apposition in the chain), is a
        title or body in that person's appositive chain; the chain's head speaks. Not a name of its own ("Tom
        Hale, Ann Roe said": two people), not a pronoun or what one owns ("Ray, his wife said")."""
        if (para, head.i) in self.cast.at or head.ent_type_ == "PERSON" or head.pos_ == "PRON" \
                or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children) \
                or head.dep_ not in (*_SUBJECTS, "appos"):
            return None
        if head.dep_ == "appos":
            return self.apposed_to(para, head)
        first = next((c for c in head.head.children if c.dep_ in _SUBJECTS and c.i < head.i), None)
        if first is None or (para, first.i) not in self.cast.at:
            return None
        between = head.doc[first.right_edge.i + 1:head.left_edge.i]
        return first if between and between[0].text == "," else None

    def _apposed(self, para: int, head: Token) -> str | None:
        """ "a Republican, Mark Amodei," names the person in the apposition (the parser may hang it
        on a word inside the phrase: "the director of Amnesty International, Mariela Belski,")."""
        for child in head.subtree:
            if child.dep_ == "appos" and child.head.dep_ not in ("relcl", "acl"):
                pid = self.cast.at.get((para, child.i)) or self._missed_name(head, child)
                if pid:
                    return pid
        return None

    def _missed_name(self, head: Token, apposed: Token) -> str | None:
        """ "Deputy director for the region, Jane Hadj Roe, said": an apposition to one person's description that
        the name finder missed (the tagger may take it for an organisation) is the person the article names so;
        not beside a plural ("The study's authors, Roe of the lab and Tom Hale, ...": several)."""
        if head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in apposed.children) or apposed.pos_ != "PROPN":
            return None
        known = {pid for pid, name in self.cast.names.items() if name.split()[-1] == apposed.text}
        return self._known_name(apposed) or (known.pop() if len(known) == 1 else None)

    def _named_beside(self, para: int, head: Token) -> str | None:
        """A description the parser made the subject, of a noun phrase it broke around a name: "Jane Roe, another
        resident said ..." and "Jane Roe, who is the city's first female mayor addressed ..." (a closing comma
        missing: the name and the description are both subjects of the verb), "Canadian economist and professor
        Jane Roe commented ..." (two titles joined before the name: the name is a conjunct of the first title).
        The name is the speaker; not when the description has its own determiner and a name joined by "and"
        ("The minister and Jane Roe said ...": two people)."""
        if (para, head.i) in self.cast.at or not (person_noun(head) or head.lower_ in OFFICE_WORDS
                                                  or head.lemma_.lower() in _SOMEONE):
            return None
        if head.dep_ in _SUBJECTS:
            before = [c for c in head.head.children if c.dep_ in _SUBJECTS and c.i < head.i]
            if len(before) == 1 and head.doc[before[0].i + 1].text == ",":
                return self.cast.at.get((para, before[0].i)) or self._person_in_phrase(para, before[0])
        if not any(c.dep_ in ("det", "poss") for c in head.children):
            for conj in (c for c in head.children if c.dep_ == "conj"):
                pid = self.cast.at.get((para, conj.i))
                if pid and not any(c.dep_ == "conj" for c in conj.children):
                    return pid
        return None

    def holder(self, para: int, head: Token, text: str) -> Who:
        """ "the minister", "The President": the most recently mentioned person holding that title. A word of the
        organization the title belongs to ("the government spokesman" for a spokesman of the government) and a
        word of when or how well known ("the current Pope") narrow nothing."""
        if any(c.lower_ in ("a", "an", "one", "some", "another", "no", "every", "each", "any") for c in head.children):
            return Who(None, text)  # an indefinite description names nobody in particular
        if head.tag_ in ("NNS", "NNPS"):
            return Who(None, text)  # "Both officers", "officials": not one person
        if not person_noun(head):
            return Who(None, text)  # "the campaign", "the state": a word of a title ("campaign manager") names no holder
        words = {t.lemma_.lower() for t in compact(head) if t.pos_ in ("NOUN", "PROPN", "ADJ")
                 and not self.cast.at.get((para, t.i)) and t.ent_type_ not in ("GPE", "ORG", "NORP", "DATE")
                 and t.lower_ not in _PASSING and (t == head or not any(c.dep_ == "case" for c in t.children))}
        if not words:
            return Who(None, text)
        words |= _ranks(head)
        holders = {pid for pid, title in self.titles.items() if _same_office(words, title)
                   or _same_office(words - self.bodies.get(pid, set()) | {head.lemma_.lower()}, title)}
        if not holders:
            holders = self._heads_of(para, head)
        if not holders:
            return self._kin(para, head, text)
        earlier = [pid for m, pid in self.cast.mentions
                   if pid in holders and m.para != HEADLINE and (m.para, m.start) < (para, head.i)]
        if earlier:
            return Who(earlier[-1], text)
        return Who(min(holders), text, "low") if len(holders) == 1 else Who(None, text)

    def _heads_of(self, para: int, head: Token) -> set[str]:
        """ "The FAO chief", "the agency's head": a noun for whoever leads a body, with the body's name (or its
        initials), names the one person whose role belongs to that body."""
        if head.lemma_.lower() not in _HEAD_NOUNS:
            return set()
        names = {t.lower_ for t in compact(head) if t != head and t.pos_ == "PROPN" and (para, t.i) not in self.cast.at}
        found = {pid for pid, body in self.bodies.items() if names & body}
        return found if len(found) == 1 else set()

    def _kin(self, para: int, head: Token, text: str) -> Who:
        """ "The father said", "the widow": a bare "the" + family noun stands for the last person of its
        sex, as a pronoun would ("his mother" or "the victim's father" is someone else)."""
        gender = noun_gender(head)
        if head.lemma_.lower() not in _KIN or gender is None or [c.lower_ for c in head.children] != ["the"]:
            return Who(None, text)
        return self.antecedent(para, head.i, gender, text)

    def holders(self, para: int, head: Token) -> list[str]:
        """ "Both officers", "the two lawyers": every person the article gives that title, if two or more."""
        word = head.lemma_.lower()
        found = sorted(pid for pid, title in self.titles.items() if word in title)
        earlier = {pid for m, pid in self.cast.mentions if (m.para, m.start) < (para, head.i)}
        found = [pid for pid in found if pid in earlier]
        return found if len(found) >= 2 else []

    def _person_in_phrase(self, para: int, head: Token) -> str | None:
        """A person in the compact phrase ("Kremlin spokesman Dmitry Peskov"), not in its clauses, and
        not a name that only modifies a common noun ("The Biden campaign" is an organisation)."""
        if head.pos_ != "PROPN":
            return None
        for token in compact(head):
            pid = self.cast.at.get((para, token.i))
            if pid and token.dep_ != "poss" and not (token.head.dep_ == "poss" and token.head != head):
                return pid
        return None

    def antecedent(self, para: int, index: int, gender: str, text: str, exclude: frozenset[str] = frozenset()) -> Who:
        """The nearest earlier person of compatible gender, preferring subjects of main clauses (not
        of a reported clause: "He said Zelensky is ..."); low confidence across paragraphs. An unnamed
        person of that gender in between ("one of their daughters ... She said") takes the pronoun. A subject
        pronoun after another of its gender as subject in the same sentence ("While he believes Harris does not
        qualify, he says ...") or as the subject of the sentence before ("She tweeted ... and addressed Premier Li
        Wen demanding ... She said ...") refers to the same person, unless a named subject comes first in its own
        sentence ("Host Piet Brandt notes ..., but he says ...")."""
        doc = self.docs[para]
        if doc[index].dep_ in _SUBJECTS:
            sent_start, quoted = doc[index].sent.start, self.quoted.get(para, set())
            same = next((t for t in reversed(doc[sent_start:index]) if t.dep_ in _SUBJECTS and t.pos_ == "PRON"
                         and pronoun_gender(t) == gender and t.i not in quoted), None)
            before = _going_on(doc[sent_start - 1].sent, quoted) if sent_start > 0 else None
            named_first = any(t.dep_ in _SUBJECTS and t.pos_ == "PROPN" and t.i not in quoted
                              for t in doc[sent_start:index])
            if same is None and before is not None and not named_first:
                same = _main_pronoun(before, gender, quoted)
                described = self._described(para, before, gender, quoted) if same is None else None
                if described is not None:
                    return Who(described.person, text, "high" if described.person else "low")
            if same is not None:
                who = self.antecedent(para, same.i, gender, text, exclude)
                if who.person:
                    return who
            elif before is None and not any(m.para == para and m.start < index for m, _ in self.cast.mentions):
                who = self._last_said(para - 1, gender, text, exclude)
                if who is not None:
                    return who
        earlier = [(m, pid) for m, pid in self.cast.mentions
                   if m.para != HEADLINE and (m.para, m.start) < (para, index)
                   and m.start not in self.quoted.get(m.para, set())
                   and self.cast.gender.get(pid, gender) == gender and pid not in exclude]
        if not earlier:
            return Who(None, text, "low")
        last_para = earlier[-1][0].para
        recent = [(m, pid) for m, pid in earlier if m.para == last_para]
        m, pid = self._likeliest(recent)
        if self._unnamed_between(para, recent[-1][0], index, gender, m):
            return Who(None, text, "low")
        return Who(pid, text, "high" if m.para == para else "low")

    def _likeliest(self, recent: list) -> tuple:
        """Of one paragraph's candidates, the last main subject named alone, else the last subject, else the last."""
        alone = [(m, pid) for m, pid in recent if not self._listed(m)]
        main = [(m, pid) for m, pid in alone if self._is_subject(m, main=True)]
        subjects = [(m, pid) for m, pid in alone if self._is_subject(m)]
        return (main or subjects or recent)[-1]

    def _described(self, para: int, sent: Span, gender: str, quoted: set[int]) -> Who | None:
        """ "After signing the bill, the president said ... He added ...": the person a description of one holder
        ("the president", "the FAO chief") names as the main subject of the sentence before, of the pronoun's
        gender; nobody when no one named holds it ("The programme manager stated ... He also said ..." is that
        unnamed manager); None when that subject is no such description."""
        head = next((c for c in sent.root.children if c.dep_ in _SUBJECTS and c.pos_ == "NOUN" and c.i not in quoted
                     and any(d.dep_ in ("det", "poss") for d in c.children)), None)
        if head is None or noun_gender(head) not in (None, gender):
            return None
        pid = self.holder(para, head, head.text).person
        if pid:
            return Who(pid, head.text) if self.cast.gender.get(pid, gender) == gender else None
        described = head.tag_ == "NN" and person_noun(head) and any(d.lower_ == "the" for d in head.children)
        named = any((para, t.i) in self.cast.at for t in sent)  # "The event was planned, according to Ray Lee."
        return Who(None, head.text) if described and not named else None

    def _last_said(self, para: int, gender: str, text: str, exclude: frozenset[str]) -> Who | None:
        """ "She was held with her husband, when he was accused of plotting against Omar Vale." then, opening the
        next paragraph, "She told a writer ...": a he/she opening a paragraph that names no one before it, after
        a paragraph whose last sentence has a he/she of its gender as main subject, refers as that one."""
        doc = self.docs.get(para)
        if doc is None or not len(doc):
            return None
        quoted = self.quoted.get(para, set())
        same = _main_pronoun(_going_on(doc[-1].sent, quoted), gender, quoted)
        if same is None:
            return None
        who = self.antecedent(para, same.i, gender, text, exclude)
        return Who(who.person, text, "low") if who.person else None  # across paragraphs, as antecedent says

    def _unnamed_between(self, para: int, mention, index: int, gender: str, chosen) -> bool:
        """A person the article does not name, of the pronoun's gender, after the last named candidate
        and before the pronoun in the same paragraph: "a woman", "his wife", "one of their daughters"; or of
        either gender, as a subject after the chosen candidate: "an unnamed official said ... He added", "A
        spokesperson confirmed ..." (also when a name follows only as an object: "an official said Ray's report
        was wrong. He added"; or inside the subject's own phrase: "An aide to Rahim suggested ... He also said")."""
        doc = self.docs[para]
        last = mention.end if mention.para == para else 0
        begin = 0 if chosen.para != para else chosen.end if self._is_subject(chosen) else doc[chosen.start].sent.start
        for token in doc[begin:index]:  # from the sentence start when the chosen one is no subject ("an aide to X")
            if token.i >= last and _one_of_them(token, gender) and token.i not in self.quoted.get(para, set()):
                return True
            if token.pos_ != "NOUN" or token.i in self.quoted.get(para, set()) or token.dep_ == "poss":
                continue  # "Kim missed his father's funeral. He ...": an owner is no one the story goes on with
            if not (token.i >= last and noun_gender(token) == gender
                    or noun_gender(token) is None and _unnamed_subject(token)):
                continue
            if token.tag_ == "NNS" and not (token.head.lower_ == "of" and token.head.head.lower_ == "one"):
                continue  # "women", "sons": not one person, unless "one of their daughters"
            near = [t for t in (token.head, *token.children, *doc[token.i + 1:token.i + 3])
                    if not (t.dep_ == "pobj" and t.head.i > token.i)  # "an aide to Moussawi": another person
                    and not (t.dep_ == "poss" and t.head == token)]  # "Ion's father", "Doe's lawyer": so is an owner
            if token.dep_ == "attr":  # "Collins is chairman of the party. He ...": the subject's own title
                near += [c for c in token.head.children if c.dep_ == "nsubj"]
            if not any((para, t.i) in self.cast.at for t in near):
                return True  # not a title of a named person ("spokeswoman Jane Doe", "his wife, Ann")
        return False

    def _listed(self, mention) -> bool:
        """One of persons named together ("Senators Dan Coats, John Hale and Olympia Snowe each asked Brown ...
        He alluded ..."): they are "they"; a he/she after them prefers a person named alone."""
        doc = self.docs[mention.para]
        root = doc[mention.start:mention.end].root
        pid = self.cast.at.get((mention.para, mention.start))
        linked = [root.head] if root.dep_ in ("conj", "appos") else []  # "Dan Coats, John Hale, and ...": appos
        linked += [c for c in root.children if c.dep_ in ("conj", "appos")]
        return any(self.cast.at.get((mention.para, t.i)) not in (None, pid) for t in linked)

    def _is_subject(self, mention, main: bool = False) -> bool:
        """A subject; with `main`, not the subject of a reported clause ("He said Zelensky is ...") nor of a relative
        clause set off by a comma or opened by a relative word, nor of a clause that gives a noun's content ("West
        voiced disappointment at reports Trump hid. He ..." is West), an aside ("Trump said he banned travel, which Biden
        opposed. He claimed ..." is Trump; so is "Trump agreed to a deal in which Biden became his deputy. He said";
        "This was the first time Flynn spoke. He said" is Flynn)."""
        doc = self.docs[mention.para]
        root = doc[mention.start:mention.end].root
        while root.dep_ in ("compound", "appos", "conj"):
            root = root.head
        if _according_source(root):
            return True  # "According to the analyst Omar Hadi, Roe is ...": the one who says the sentence
        if root.dep_ not in _SUBJECTS or not main:
            return root.dep_ in _SUBJECTS
        clause = root.head
        if any(c.dep_ == "mark" and c.lower_ in ("that", "whether") for c in clause.children) \
                or _according_source(clause):
            return False  # "..., and that the elder Biden was involved": a reported clause (not "while X wrote")
        while clause.dep_ == "conj" and clause.head != clause:
            clause = clause.head  # "claimed Joe Biden knew ... and was involved": as reported as the first
        aside = clause.dep_ == "relcl" and (clause.left_edge.i > 0 and doc[clause.left_edge.i - 1].text == ","
                                            or any(t.tag_ in _WH for t in doc[clause.left_edge.i:root.i]))
        return (clause.dep_ not in ("ccomp", "acl") or _before_semicolon(clause)) and not aside  # "at reports Trump
        # hid": a noun's content


def _according_source(token: Token) -> bool:
    """ "According to the analyst Omar Hadi, Roe is a problem ...": the object of "according to" is who says the
    sentence, and the clause "according to" hangs on is what they say (its subject is spoken about); a pronoun
    after it goes on with the source, as after "Hadi said Roe is a problem". With `token` a clause's verb: whether
    an "according to" hangs on it."""
    if token.dep_ == "pobj":
        token = token.head.head if token.head.lower_ == "to" else token
        return token.lower_ == "according" and token.dep_ == "prep"
    return any(c.lower_ == "according" and c.dep_ == "prep" and any(d.lower_ == "to" for d in c.children)
               for c in token.children)


def _before_semicolon(clause: Token) -> bool:
    """ "The firm's chief, Mark Rivers, blamed the city; he stated ...": a clause the parser hangs as the content
    of a verb after a semicolon is a sentence of its own (a semicolon joins two main clauses; content reported
    before its verb is set off by a comma or quotes), so its subject is a main subject."""
    head, doc = clause.head, clause.doc
    return clause.dep_ == "ccomp" and clause.i < head.i and any(
        t.text == ";" and t.head == head for t in doc[clause.i:head.i])


def _one_letter_off(a: str, b: str) -> bool:
    """One letter changed, added or dropped: "Mauer" / "Maurer", "Water" / "Waters"."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def person_noun(token: Token) -> bool:
    """A noun for a person by office or occupation ("the minister", "the spokeswoman"), not for a body."""
    word = token.lemma_.lower()
    if word in _BODIES:
        return False
    return word in ROLE_NOUNS or word in OFFICE_WORDS or word.endswith(AGENT_ENDINGS)


def _one_of_them(token: Token, gender: str) -> bool:
    """ "One of the victims decided to allow her name to be made public": an unnamed person as a subject, whose
    sex a pronoun after it in the sentence gives."""
    if token.lower_ != "one" or token.dep_ != "nsubj" or not any(
            c.lower_ == "of" and any(g.tag_ == "NNS" for g in c.children) for c in token.children):
        return False
    return any(pronoun_gender(t) == gender for t in token.doc[token.i + 1:token.sent.end])


def _main_pronoun(sent: Span, gender: str, quoted: set[int]) -> Token | None:
    """The he/she of a gender that is the subject of a sentence's main verb, outside quotes."""
    return next((c for c in sent.root.children if c.dep_ in _SUBJECTS and c.pos_ == "PRON"
                 and pronoun_gender(c) == gender and c.i not in quoted), None)


def _going_on(sent: Span, quoted: set[int]) -> Span:
    """The sentence that `sent` goes on from, back over any that only continue the one before (see `_continued`)."""
    while sent.start > 0 and _continued(sent, quoted):
        sent = sent.doc[sent.start - 1].sent
    return sent


def _continued(sent: Span, quoted: set[int]) -> bool:
    """A sentence that goes on the one before: a quote's own ('"... Have we become so numb?"'), or one the parser
    splits off at a quote with no subject of its own ('", and addressed Premier Li Wen demanding ...')."""
    root = sent.root
    return root.i in quoted or root.pos_ == "VERB" and not any(c.dep_ in _SUBJECTS for c in root.children)


def _unnamed_subject(token: Token) -> bool:
    """ "An unnamed official confirmed ...", "a spokesperson said": one person the article does not name, as the
    subject of what they did; not one who only asks ("A reporter asked him ...": the answer is the named one's)."""
    if token.dep_ not in _SUBJECTS or token.tag_ != "NN" or token.head.lemma_ == "ask" \
            or not (person_noun(token) or token.lemma_.lower() in _SOMEONE):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") or c.lower_ in _UNNAMED for c in token.children)


def _ranks(head: Token) -> set[str]:
    """The words of a description that make another office of its title ("The Opposition Shadow Health Secretary"
    is not the Health Secretary, "the former Foreign Minister" not the minister), wherever the tagger put them (it
    may read "Shadow Health" as part of an organisation's name)."""
    return {part for t in compact(head) if t != head for part in t.lower_.split("-") if part in _RANKS}


def _same_office(words: set[str], title: set[str]) -> bool:
    """ "the minister" for a minister, not a deputy minister; "the foreign minister" also for a Foreign
    Secretary (one office, two names), but a bare "the secretary" is no minister."""
    if words <= title:
        return not (title - words) & _RANKS
    if len(words) < 2:
        return False
    words, title = ({_MINISTER.get(w, w) for w in s} for s in (words, title))
    return words <= title and not (title - words) & _RANKS


def subject_of(verb: Token, quoted: frozenset[int] | set[int] = frozenset()) -> Token | None:
    """The subject of a reporting verb, climbing from participles ("stating", "by stating") and conjuncts.

    A subject inside the quote is the parser mistaking the quote for the subject ("'...,' tweeted
    Ken Gude"): the speaker is then the noun phrase after the verb."""
    skip = set(quoted) | foreign(verb.doc)  # not a word of an original-language passage ("((es))Spanish")
    verb = outer_report(verb, skip)
    for _ in range(10):
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i not in skip and not _object_above(c)]
        if subjects:  # "said study co-author Carl Lipo" parsed as three subjects: the last is the phrase's head
            return subjects[-1] if all((c.i < verb.i) == (subjects[0].i < verb.i) for c in subjects) else subjects[0]
        after = [c for c in verb.rights if c.i not in skip and c.pos_ in ("PROPN", "NOUN")
                 and c.dep_ in ("dobj", "nsubj", "attr", "npadvmod", "dep", "appos")]
        if after and any(c.dep_ in _SUBJECTS and c.i in quoted for c in verb.children):
            return after[0]
        controller = _object_of_control(verb, skip)
        if controller is not None:
            return controller
        if _aside_of_subject(verb):
            return verb.head
        climbs = verb.dep_ in _CLIMB or _purpose(verb) or verb.dep_ == "ccomp" and (verb.i in quoted or any(
            c.dep_ in _SUBJECTS and _object_above(c) for c in verb.children))
        if climbs and verb.head != verb:
            verb = verb.head
            continue
        return _across_quote(verb, quoted)
    return None


def passive_agent(verb: Token) -> Token | None:
    """ "a memoir described by the Post as ...", "the results were described by Lee as ...": the doer of a passive
    participle is its agent, "by" X (its subject is what is done to); not the one who quotes ("Cardinal Doe is
    quoted by a radio station responding ...": the cardinal speaks)."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() in _QUOTING:
        return None
    return next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)


def _across_quote(verb: Token, quoted: frozenset[int] | set[int]) -> Token | None:
    """ 'X did not respond - stating "We welcome all visitors. We welcome the students.", and concluded that
    ...': the parser ends a sentence inside the quote, leaving "and concluded" with no subject; it has the
    subject of the narration before the quote."""
    doc, start = verb.doc, verb.sent.start
    if verb.head != verb or not any(c.dep_ == "cc" and c.i < verb.i for c in verb.children) \
            or not all(t.is_punct or t.dep_ == "cc" or t.i in quoted for t in doc[start:verb.i]):
        return None
    j, crossed = verb.i - 1, False
    while j > 0 and (j in quoted or doc[j].is_punct or doc[j].dep_ == "cc" and j >= start):
        crossed |= j in quoted
        j -= 1
    return subject_of(doc[j], quoted) if crossed and j < start and j not in quoted and not doc[j].is_punct \
        else None


def _object_above(subject: Token) -> bool:
    """ "The governor tweeted her reasoning saying, ...", "The general noted his opposition to it saying, ...",
    "Jane Doe made a comment saying: ...": a thing the parser makes the subject of a participle (hung on the verb
    as a clause of its own or as its content) right after the verb the participle hangs on is that verb's object;
    the participle shares the verb's subject. Not a text the verb only points to ("cited a report saying ...":
    the report speaks), unless the verb puts it out ("issued a statement saying ...")."""
    verb = subject.head
    if _stranded_object(subject):
        return True
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "ccomp") or not verb.head.i < subject.i < verb.i \
            or subject.pos_ != "NOUN" or person_noun(subject) and not subject.lower_.endswith("ment") \
            or any(c.dep_ == "dobj" for c in verb.head.children):  # "a comment", "a statement": no agents
        return False
    return verb.dep_ == "advcl" or subject.lemma_.lower() not in DOCUMENT_NOUNS or verb.head.lemma_.lower() in _PUTS_OUT


def _aside_of_subject(verb: Token) -> bool:
    """ "Senator Jane Doe of Ohio, noting she was not there, said ...": a participle set off by a comma right after a
    verb's subject, which the parser hangs on that subject, is the subject's act (not on an object: "criticised the
    plan, saying ..." climbs to the verb)."""
    noun = verb.head
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl") and noun.pos_ in ("NOUN", "PROPN") \
        and noun.dep_ in _SUBJECTS and noun.i < verb.i and verb.doc[verb.i - 1].text == "," \
        and noun.head.i > verb.i


def _purpose(verb: Token) -> bool:
    """ "Jane Doe approached the mayor at the time to complain that ...": an infinitive with no subject of its own
    that the parser hangs on the object of a preposition (as if "the time to complain" were one noun phrase) is the
    purpose of the verb above, done by that verb's subject; not one hung on a person ("a man to say ...") nor on a
    noun the verb itself takes ("gave her the right to say ...")."""
    noun = verb.head
    return verb.dep_ in ("relcl", "acl") and verb.tag_ == "VB" and noun.i < verb.i and noun.dep_ == "pobj" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not person_noun(noun) \
        and noun.pos_ == "NOUN" and not any(c.dep_ in _SUBJECTS for c in verb.children)


def _stranded_object(subject: Token) -> bool:
    """ "Obama linked the suspect to al-Qaeda saying, ...", "Ban criticized Israel for the death toll saying, ...": the
    parser takes the object of a preposition for the subject of a participle right after it, leaving the preposition
    with no object; the noun is that object and the participle goes on the verb above. Not a person ("He praised
    the work of Jane Doe saying ..." is left as parsed), nor after "with" ("with the ministry saying ...": the
    ministry says) or another preposition that opens a clause with its own subject ("despite the paper claiming
    ...", "after the court ruling ...": the paper claims), nor a preposition of a noun ("with Jane Doe of Ohio
    calling ...": Doe calls)."""
    verb, doc = subject.head, subject.doc
    start = subject.left_edge.i
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "ccomp", "pcomp") or subject.i != verb.i - 1 or start == 0 \
            or subject.pos_ not in ("NOUN", "PROPN") or person_noun(subject) or subject.ent_type_ == "PERSON":
        return False
    prep = doc[start - 1]
    return prep.dep_ == "prep" and prep.lower_ not in _CLAUSE_PREPOSITIONS and prep.head.pos_ == "VERB" \
        and prep.head.i < start and not any(c.dep_ == "pobj" for c in prep.children)


def _object_of_control(verb: Token, skip: set[int]) -> Token | None:
    """Who does what a verb with no subject of its own says when the verb above it has an object: a
    causative's ("Backlash led Biden to express ...") or a quoting verb's ("Politico quoted Tim Manning as
    saying ...")."""
    if verb.dep_ == "xcomp":
        above, verbs = verb.head, _CAUSATIVES
    elif verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.dep_ == "prep":
        above, verbs = verb.head.head, _QUOTING
    else:
        return None
    if above.pos_ != "VERB" or above.lemma_.lower() not in verbs:
        return None
    return next((c for c in above.children if c.dep_ == "dobj" and c.i not in skip
                 and c.pos_ in ("PROPN", "NOUN", "PRON") and c.i < verb.i), None)


def outer_report(verb: Token, skip: set[int]) -> Token:
    """ "X said the 36 must face charges, adding Iran will ...", "X said there was a lack of ... and urged
    the crowd to ...", "A judge agreed the book may have ... but ruled that ...": a reporting verb with no subject of its own that the parser hangs on the verb of
    another's reported clause (as ", adding" or "and urged") goes on that report: its speaker is the
    outer verb's, not the clause's subject."""
    if verb.lemma_.lower() not in SPEECH_VERBS | REQUEST_VERBS | _RULINGS \
            or any(c.dep_ in _SUBJECTS and c.i not in skip for c in verb.children):
        return verb
    before = verb.i - 1
    while before > 0 and (verb.doc[before].pos_ == "ADV" or verb.doc[before].text in "\"”’'"):
        before -= 1  # ', further saying', '"...," saying'
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG" and before >= 0 and verb.doc[before].text == ","
    conjunct = verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ")
    clause = verb.head
    if not (participle or conjunct) or clause.dep_ != "ccomp" or clause.i in skip and not participle \
            and not _partly_quoted(clause, skip):
        return verb
    outer = clause.head
    # a participle goes on a report ("said ..., adding"), not on a finding ("found ..., indicating" infers);
    # a conjunct too, or on another act when the clause's subject is a thing that does not speak ("A judge
    # agreed the book may have ... but ruled that ...": the judge ruled; "we got it right and found": we)
    said = outer.lemma_.lower() in SPEECH_VERBS or conjunct and outer.pos_ in ("VERB", "AUX") and any(
        c.dep_ in _SUBJECTS and c.pos_ == "NOUN" for c in clause.children)
    if said and outer.i < clause.i and outer.i not in skip:
        return outer
    return verb


def _partly_quoted(clause: Token, skip: set[int]) -> bool:
    """ 'X went on a tirade, saying that the "Fed was asleep" and called for ...': a reported clause that opens in
    the narration ("that", a subject) and quotes only some of its words is the reporter's clause with a quoted
    fragment, not a quote of its own: a verb conjoined to it goes on the report like any other."""
    return clause.left_edge.i not in skip and clause.left_edge.i < clause.i


def compact(head: Token) -> list[Token]:
    """The noun phrase of `head` without clauses, appositions and prepositions after it."""
    left = [t for t in head.lefts if t.dep_ not in ("punct", "cc", "prep")]
    start = min([t.left_edge.i for t in left] + [head.i])
    end = head.i + 1
    doc = head.doc
    while end < len(doc) and doc[end].head.i == head.i and doc[end].dep_ in ("compound", "flat"):
        end += 1
    return [t for t in doc[start:end] if not t.is_punct or t.text in ("-", ".")]


def phrase(head: Token) -> str:
    tokens = compact(head)
    if not tokens:
        return head.text
    start, end = tokens[0].i, tokens[-1].i + 1
    doc = head.doc
    if doc[start].text in ("-", "–") and start > 0 and not doc[start - 1].whitespace_:
        joined = doc[start - 1]  # "co-author Karen Alley", "then-Secretary Vázquez": the word the hyphen joins
        start = min([c.left_edge.i for c in joined.lefts if c.dep_ in ("compound", "amod", "det")] + [joined.i])
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.i == end and c.lower_ in _NAME_LINKS):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and head.pos_ == "PROPN" and head.ent_type_ != "PERSON" and obj.pos_ == "PROPN":
            end = max(compact(obj)[-1].i + 1, obj.i + 1)  # a name running on: "the Department of Transportation"
    span: Span = doc[start:end]
    return span.text
