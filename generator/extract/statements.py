"""Statements: direct quotes paired with their cue and speaker, and reported speech."""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from ..factsheet import Statement, Where
from .frame import Frame, frame_of, long_sentences
from .lexicon import (
    DOCUMENT_NOUNS,
    DOCUMENT_VERBS,
    INDIRECT_VERBS,
    MEDIA_NOUNS,
    NAMING_VERBS,
    NOUN_REPORT_VERBS,
    OFFICE_WORDS,
    ORG_WORDS,
    PRAISE_VERBS,
    REQUEST_VERBS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    WEAK_SPEECH_VERBS,
)
from .names import foreign, text_of, token_texts, tokens_of, whole_word_end
from .names import person_noun as noun_of_a_person
from .people import pronoun_gender
from .quotes import Quote, inside, nested
from .resolve import Resolver, Who, outer_report, passive_agent, person_noun, subject_of
from .transcript import speaks

_CLOSING = ".!?,…"
_OPENING = "\"“‘'"
_INSIDE_SPEECH = frozenset(["i", "you", "we", "me", "us"])
_FIRST_PERSON = frozenset(["i", "my", "me", "myself", "mine"])
# Verbs of praising or blaming in words, which take "X as Y": the label Y is the subject's.
_JUDGING = frozenset(["laud", "praise", "hail", "tout", "assail", "slam", "blast", "brand", "decry", "deride",
                      "denounce", "condemn", "criticize", "criticise", "attack", "mock", "ridicule", "dismiss",
                      "characterize", "characterise", "portray", "describe", "label", "call"])
_MAYBE = frozenset(["could", "might", "may", "would", "can", "ca", "should", "must", "shall"])
_FINDINGS = frozenset(["find", "rule"])
# Verbs of showing or concluding: their that-clause is reported when a person, a body or a study concludes
# it ("They showed those lichens can survive ...", "military records showed a bomber had attacked ...",
# "the judge determined he had lied"), not when data do ("polls showed ...") or in a question ("to
# determine what caused the crash").
_CONCLUDING = frozenset(["show", "demonstrate", "establish", "determine", "hypothesize", "hypothesise", "reason",
                         "theorize", "theorise"])
# Works that conclude things as their authors do: "Preliminary investigations suggest ...", "An autopsy
# determined ...", "Microscopy analysis suggested ...".
_STUDIES = frozenset(["study", "research", "work", "investigation", "inquiry", "probe", "record", "paper",
                      "review", "website", "autopsy", "analysis", "examination", "survey"])
# Verbs that report words only from a person or a body as their subject: hinting ("Biden implied he would ...",
# but "That implies Stream would be ahead ..." is an inference), sharing and reminding ("she shared she was prone
# to ...", not "sharing copies ... should be lawful" or "it reminding ...").
_INFERRED = frozenset(["imply", "hint", "insinuate", "share", "remind"])
# Speech verbs that also draw an inference: ", indicating ..." after a finding goes on with it.
_INFERRING = frozenset(["indicate", "suggest"])
# Verbs of answering whose words a quote after them gives: '"reacted on Twitter, "..."'.
_RESPONSES = frozenset(["react", "respond", "reply", "answer"])
# Verbs of praise, thanks or mourning: with a colon they introduce the words that do it ("praised her on
# Twitter: "..."").
_TRIBUTES = _RESPONSES | {"praise", "thank", "congratulate", "commend", "mourn", "salute", "eulogize", "eulogise"}
# Texts and occasions of speaking: what a person does "in a statement" or "in an interview" is done in words.
_SPOKEN = DOCUMENT_NOUNS | {"interview", "speech", "address", "remarks", "conference", "briefing"}
# Nouns for a portion of a text: "Part of the statement reads ...".
_PARTS = frozenset(["part", "portion", "excerpt", "section", "passage", "extract"])
# Small words a title-case name leaves in lower case ("Person of the Year").
_TITLE_SMALL = frozenset(["of", "the", "and", "a", "an", "for", "in", "on", "to", "at", "by", "with", "or"])
# Common nouns for people and bodies that speak: "The researchers suggested", "the government suggested".
# Not texts ("Post" names newspapers, but "posts suggesting ..." are texts).
_SPEAKING_NOUNS = (ROLE_NOUNS | {w.lower() for w in OFFICE_WORDS | ORG_WORDS}) - DOCUMENT_NOUNS
# Verbs that put out a text ("issued a statement", "released a letter").
# What one puts out in words ("issued a statement", "gave a speech"), not a ruling or a decision.
_STATEMENT_NOUNS = frozenset(["statement", "remark", "remarks", "speech", "address", "announcement", "message",
                              "letter", "tweet", "post", "communique", "communiqué", "declaration", "release",
                              "comment", "response", "reply", "interview"])
# Nouns for a conclusion, plan or position whose content the noun only points back to ("their conclusion").
_POINTS_BACK = frozenset(["conclusion", "finding", "findings", "intention", "plan", "view", "position", "opinion",
                          "assessment", "theory", "argument", "stance", "version", "result", "verdict",
                          "move", "decision", "step"])
# Nouns for an act of saying, the nouns of the verbs of saying (not a denial: what it says is not so): "North
# Korea's announcement that it would ...", "issued the ultimatum that the board must resign".
_SAYING_NOUNS = frozenset(["announcement", "assertion", "claim", "allegation", "declaration", "assurance", "promise",
                           "pledge", "vow", "warning", "admission", "acknowledgment", "acknowledgement", "insistence",
                           "contention", "prediction", "suggestion", "ultimatum", "accusation", "confirmation",
                           "proclamation", "revelation", "disclosure", "argument", "explanation"])
_ISSUE = frozenset(["issue", "release", "publish", "post", "send", "make", "give", "put"])
# Request verbs that also report statements ("told reporters that ..."): the request is their own
# infinitive ("told passengers to take ..."), not one deeper in a reported clause.
_TELL = frozenset(["tell", "instruct", "advise", "warn"])
# Verbs that say something to someone: "told reporters "..."", "assured the crowd "..."".
_ADDRESSING = frozenset(["tell", "ask", "assure", "inform", "remind", "warn"])
# Verbs whose to-infinitive is the speaker's own words ("claimed to have ...", "promised to hold ...").
_CLAIM_TO = frozenset(["claim", "promise", "pledge", "vow", "threaten"])
# Of these, the verbs that things do too: "the fire threatened to spread" (a threat is words only from someone).
_THREATENING = frozenset(["threaten"])
# Noun-reporting verbs that also take things that are not anyone's words ("the data revealed a mass", "the
# quake claimed 3000 lives"): reports only from a person, a body or a text.
_BY_SOMEONE = frozenset(["admit", "acknowledge", "claim", "allege", "pledge", "vow", "promise", "predict", "reveal",
                         "disclose", "endorse", "recommend", "propose", "request", "demand"]) | PRAISE_VERBS
# Verbs of asking for a thing: "requested support", "demanded the release of ..." is said; "requested GitHub"
# names whom it was asked of, and a request inside a report ("sources said he requested ...") is that report's.
_ASKING_FOR = frozenset(["request", "demand"])
# Verbs of asking whose addressee follows a preposition they take: "called on Italy to join", "appealed to the
# leaders to stop the fighting", "appealed for calm", "pleaded with him to stay", "yelled at the team to push".
_ASKED_THROUGH = {"call": ("on", "upon"), "appeal": ("to", "for"), "plead": ("with",), "yell": ("at",),
                  "shout": ("at",), "scream": ("at",)}
# Verbs that contest a claim in words, and the claims whose content a that-clause gives: "rejected the idea that
# the rescue was staged", "disputes the claim that he was duped" says it is not so, as "denied reports that ..." does.
_CONTESTING = frozenset(["deny", "reject", "dismiss", "dispute", "refute", "rebut", "contest", "repudiate", "debunk"])
_CLAIMS = frozenset(["claim", "idea", "suggestion", "notion", "allegation", "assertion", "accusation", "charge",
                     "report", "rumour", "rumor", "speculation", "contention", "theory", "view", "belief"])
# Evidence, not a speaker: "tests indicate ...", "our findings encourage ..." (data and statistics are
# sources, as in "according to WHO's statistics")
_EVIDENCE = frozenset(["finding", "result", "test", "assessment", "evidence", "measurement",
                       "observation", "wavelength", "sample", "image", "footage", "scan", "model", "simulation",
                       "experiment"])
# What is cited as a source of information rather than as a reason: "citing sources", "citing official data".
_SOURCES = frozenset(["source", "data", "figure", "statistic", "number", "official", "office", "survey", "poll",
                      "estimate", "article", "law", "treaty", "clause", "section", "rule", "precedent", "example"])
# Verbs of asking whose clause in the subjunctive is what was asked ("requested that the vote be delayed");
# "recommend" and "insist" report their that-clauses anyway. Not orders ("ordered the flags be lowered"): an
# official act.
_MANDATING = frozenset(["ask", "request", "demand", "urge", "propose"])
_DEFINITE = frozenset(["the", "this", "that", "these", "those"])
# Nouns that name a measure someone keeps or publishes, not what it came to: "reported February sales" says
# that the figures were given, not what they were (the golds: "a financial result, no reported clause").
_ACCOUNTS = frozenset(["sale", "profit", "earning", "earnings", "revenue", "income", "turnover", "figure", "number",
                       "statistic", "result"])
# Modals that put a mandate as the subjunctive does: "demanded that offenders should be jailed", "must be".
_MANDATE_MODALS = frozenset(["should", "must"])
# Verbs of proposing, weak alone ("suggested a plan"), whose gerund is the proposal: "recommended building ...".
_PROPOSING = frozenset(["suggest", "recommend"])  # not "propose" (a step taken: the dev gold leaves it out)
# Nouns for a view given as someone's: "In his view, ...", "In Smith's opinion, ...".
_VIEWS = frozenset(["view", "opinion", "words", "estimation", "assessment"])
# Adverbs that make "would" a later time in a past narrative ("She would later say ..."), not a supposition.
_UNREALISED = frozenset(["expect", "plan", "intend", "hope", "want", "wish", "aim", "seek", "try", "attempt",
                         "prepare", "schedule", "set", "due", "able", "unable", "likely", "unlikely", "ready", "about",
                         "fail", "refuse", "decline", "neglect", "forget"])  # predicates that leave an act undone
# (Karttunen's non-implicative control predicates of the future or of possibility, and the negative implicatives)
_AFTERWARDS = frozenset(["later", "afterwards", "afterward", "subsequently", "eventually"])
# Texts that are put forward to be enacted: "proposed legislation", "proposed an amendment" is an act, not words.
_ENACTED = DOCUMENT_NOUNS | {"bill", "amendment", "law", "legislation", "budget", "measure", "act", "regulation",
                             "rule", "referendum", "constitution", "treaty"}
_ACCOUNTABLE = frozenset(["responsibility", "credit"])  # "The Taliban have claimed responsibility": a report in a word
# Verbs of denying or owning up to a deed: their bare object names the deed ("denied wrongdoing", "admitted guilt").
_OWNING = frozenset(["deny", "admit", "acknowledge"])
_EVERY = frozenset(["both", "all", "each"])  # "Both Jane Doe and John Roe", "Doe and Roe have all denied"
# Phrases that add one more to a subject as "and" does, a closed class: "Jane Doe, along with John Roe, said ...".
_COMITATIVE = (("along", "with"), ("together", "with"), ("as", "well", "as"), ("joined", "by"))
_SOME_PEOPLE = frozenset(["some", "many", "others", "several", "most", "few", "all", "both"])  # "Some called for ..."
# Words for people in general, a closed class: the quantifiers that stand for people ("Some have suggested ...",
# "Others suggested ...") and the nouns "people" and "persons".
_PEOPLE = _SOME_PEOPLE | {"people", "persons", "folks"}
_TOLLS = frozenset(["life", "death", "victim", "casualty"])  # what a disaster claims
# What is granted or refused: "denied funding for the wall", "were denied entry", "denying ballot access" is a
# refusal, not a denial that something is so.
_GRANTED = frozenset(["funding", "fund", "money", "access", "entry", "admission", "permission", "permit", "visa",
                      "bail", "parole", "asylum", "approval", "request", "application", "exemption", "licence",
                      "license", "service", "benefit", "aid", "passage", "appeal"])
# Words after a comma that go on describing a reported thing: "reported 1,000 cases, including 79 in ...".
_DETAILING = frozenset(["including", "with", "such", "especially", "particularly", "notably", "mostly", "mainly"])
# Prepositions that place a report in time or circumstance ("during the debate", "after the vote"), give its
# reason ("because of ...") or name whom it was made to ("disclosed the matter to the government").
_SETTING_PREPS = frozenset(["during", "at", "via", "through", "after", "before", "amid", "following", "by", "to",
                            "because", "due", "despite"])
# The prepositions of where words are given: "in a statement", "at the hearing", "via a post".
_WHERE_SAID = frozenset(["in", "at", "on", "during", "via", "through"])
# Where words are said: "in an interview", "on Twitter", "at a press conference".
_SETTINGS = frozenset(["interview", "conference", "briefing", "speech", "meeting", "hearing", "session", "address",
                       "appearance", "event", "rally", "broadcast", "programme", "program", "show", "podcast",
                       "video", "twitter", "facebook", "instagram", "website", "page", "account", "channel",
                       "court", "parliament", "congress", "senate", "debate", "radio", "television", "tv",
                       "newspaper", "magazine", "call", "phone", "visit", "trip", "day", "week", "month", "year",
                       "morning", "afternoon", "evening", "night", "time"])

# What words are given in or on, as a last phrase of the content: "in an interview with X", "on Twitter", "in a
# statement" (not "post": "not interested in the post"); and a written work the speaker owns ("in its report")
_GIVEN_IN = frozenset(["interview", "conference", "briefing", "speech", "address", "broadcast", "podcast", "twitter",
                       "facebook", "instagram", "youtube", "blog", "tweet", "statement", "release", "communique",
                       "communiqué", "announcement", "bulletin", "alert", "advisory", "letter", "email", "e-mail",
                       "memo"])
_OWN_WORKS = frozenset(["report", "column", "editorial", "ruling", "filing"])


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One body paragraph as the rules see it: its number, Doc and quotes."""

    index: int
    doc: Doc
    quotes: tuple[Quote, ...]
    quoted: frozenset[int]  # token indices inside quotation marks (marks included)
    parser: object = None  # the pipeline, to parse the paragraph's frame when a quote's speaker is not found


def sentence_index(doc: Doc, index: int) -> int:
    for n, sent in enumerate(doc.sents):
        if sent.start <= index < sent.end:
            return n
    return 0


def is_speech_verb(token: Token) -> bool:
    if token.pos_ not in ("VERB", "AUX") or _naming(token) or _connective(token):
        return False
    return token.lemma_.lower() in SPEECH_VERBS or _document_reads(token) or _refers_as(token) or _point_out(token)


def _refers_as(verb: Token) -> bool:
    """ "which Ross has referred to as "gamesmanship"": referring to a thing as something is calling it."""
    return verb.lemma_.lower() == "refer" and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def _naming(verb: Token) -> bool:
    """ "a program called "Learning Together"", "they are called "U.S. nationals"": a passive naming
    verb with nobody doing the naming gives a name or a term, not anyone's words."""
    if verb.lemma_.lower() not in NAMING_VERBS or verb.tag_ not in ("VBN", "VBD"):
        return False
    if any(c.dep_ in ("agent", "nsubj") for c in verb.children) or _calls_something(verb):
        return False
    return verb.dep_ in ("acl", "advcl") or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _calls_something(verb: Token) -> bool:
    """ 'Trump called Stone's sentence "unjust."', 'The director, Ann Lee, called the offer "an insult"': the parser
    takes the verb after a name for a participle naming it ("a pattern called a "glider""), but a thing named
    between the verb and the quotation means someone calls that thing so; the name before is the speaker."""
    return _quote_called(verb) is not None


def _quote_called(verb: Token) -> int | None:
    """Where the quotation opens that a naming verb, misread as a participle after its speaker, calls a thing:
    the words between are a short noun phrase (or "on drivers to")."""
    head, doc = verb.head, verb.doc
    if verb.dep_ != "acl" or verb.lemma_.lower() not in NAMING_VERBS \
            or not (_someone(head) or person_noun(head) or _a_person(head)
                    or head.lemma_.lower() in DOCUMENT_NOUNS):
        return None
    j = verb.i + 1
    while j < len(doc) and j - verb.i <= 10 and doc[j].text not in _OPENING \
            and (doc[j].pos_ in ("DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON", "ADP") or doc[j].tag_ in ("POS", "TO")):
        j += 1
    return j if verb.i + 1 < j < len(doc) and doc[j].text in _OPENING else None


def _called_so(quote: Quote, para: Paragraph) -> Token | None:
    """The naming verb that calls a thing by the quote's words, where the parser made it a participle."""
    doc = para.doc
    return next((t for t in doc[max(quote.span.sent.start, quote.span.start - 13):quote.span.start]
                 if t.i not in para.quoted and t.pos_ == "VERB" and _quote_called(t) == quote.span.start - 1), None)


def reports_clause(verb: Token) -> bool:
    """A verb whose that-clause is reported speech ("said that ...", "the statement read ...");
    "found"/"ruled" only in the active ("the court found that ...", not "they were found to ...")."""
    if verb.lemma_.lower() in _FINDINGS and any(c.dep_ == "auxpass" for c in verb.children) or _connective(verb):
        return False
    if verb.lemma_.lower() in _CONCLUDING:
        return verb.tag_ != "VB" and not any(c.dep_ == "neg" for c in verb.children) and _sourced(verb)
    if verb.lemma_.lower() in _INFERRED:
        return _sourced(verb)
    return verb.lemma_.lower() in INDIRECT_VERBS or _point_out(verb) or _document_reads(verb) \
        or _made_clear(verb) is not None or verb.lemma_.lower() == "suggest" and _sourced(verb)


def _sourced(verb: Token) -> bool:
    """The verb's own subject is someone or a study: "The researchers suggested", "the work suggests"; not a
    post or a message ("posts suggesting she was ...": what they suggest is the reader's inference). A verb
    conjoined without a subject of its own shares its head's ("The ministry indicated ... and suggested ...")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    while subject is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ == "nsubjpass" for c in verb.children):
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "acl" and subject is None:
        return _a_study(verb.head)  # "research from 2014 showing ...", not "the amendment establishing a limit"
    if verb.dep_ == "relcl" and subject is not None and subject.tag_ in ("WDT", "WP"):
        subject = verb.head  # "military records that showed ..."
    return _someone(subject) or _a_study(subject) or _people_of_a_kind(subject)


def _people_of_a_kind(subject: Token | None) -> bool:
    """ "Some observers have suggested that ...", "Others suggested that ...": people named in the plural, by a noun
    for a person (an office or role word, or the agent noun of a verb: "observers", "voters") or by a word for
    people in general, are someone when the verb gives what they said (a clause), as "the researchers" are
    (speaker null, the group its text); not a thing named by what it does ("indicators", "letters")."""
    if subject is None or subject.tag_ != "NNS" and subject.lower_ not in _PEOPLE:
        return False
    return subject.lower_ in _PEOPLE or subject.pos_ == "NOUN" and noun_of_a_person(subject)


def _a_study(noun: Token | None) -> bool:
    return noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in _STUDIES


def _someone(subject: Token | None) -> bool:
    """ "mayor John Tory suggested ...", "The government suggested ...", "The researchers suggested ...": a
    person or a body that speaks, as the verb's own subject; "The results suggest ...", "a post suggesting ..."
    give an inference."""
    if subject is None:
        return False
    if subject.lower_ in ("he", "she", "they") or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if any(c.dep_ == "appos" and c.ent_type_ in ("ORG", "GPE", "NORP") for c in subject.children):
        return True  # "The militant organisation, the Islamic State, claimed ...": a named body in apposition
    if subject.pos_ == "PROPN" and subject.text in ORG_WORDS:
        return True  # "The Emergency Situations Ministry suggested ...": a body named with its kind's word
    return subject.pos_ == "NOUN" and subject.lemma_.lower() in _SPEAKING_NOUNS


def _document_reads(verb: Token) -> bool:
    return _document_of(verb) is not None


def _document_of(verb: Token) -> Token | None:
    """The text whose words `verb` gives: "the statement read", "a statement which read", "reads a
    press release" (inverted, no subject); None for a person reading ("she read the names")."""
    if verb.lemma_.lower() not in DOCUMENT_VERBS:
        return None
    subject = verb.head if verb.dep_ == "acl" else subject_of(verb)
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None:
        subject = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if subject is not None and subject.lower_ == "it" and verb.dep_ == "ROOT":
        return subject  # "It read, "...": only a text reads out words
    if subject is not None and subject.lemma_.lower() in _PARTS:  # "Part of the judge's statement reads"
        subject = next((o for c in subject.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"),
                       subject)
    return subject if subject is not None and subject.lemma_.lower() in DOCUMENT_NOUNS else None


def cue_of(quote: Quote, para: Paragraph) -> Token | None:
    """The reporting verb of a quote: one right beside its marks ("stating, “...”", "“...,” he said"),
    else up the tree from the quote, else the nearest one in its sentences."""
    cue = _adjacent(quote, para) or _response_before(quote, para) or _climb(quote, para) \
        or _according_cue(quote, para) or _nearest(quote, para) or _judged_as(quote, para) or _called_so(quote, para)
    return None if cue is not None and _adds_a_thing(cue, para) else cue


def quoting_cue(quote: Quote, para: Paragraph) -> Token | None:
    """The reporting verb whose words the quote gives: none for a term mentioned inside what the verb reports
    ("writes that the term "natural-born citizen" derived from ...", "reported fans wore the slogan "..."",
    not a label the verb gives: "called it "Fake News""), which leaves the clause around it reported speech."""
    cue = cue_of(quote, para)
    if cue is not None and _named_by(quote.span.root):
        return None  # 'a final report, titled "...", followed': a name given by a participle, inside the report
    if cue is not None and _mention(quote, cue, para):
        return None  # 'announced that the "Lion" release will ...': a name inside the report is its words
    return None if cue is not None and is_term(quote) and not _labels(quote.span.root, cue) else cue


def mentioned(quote: Quote, para: Paragraph) -> bool:
    """ 'announced that the "Lion" release will include ...', 'said the store will run on the current "Snow
    Leopard" system, and that ...', 'marched in an anti-Brexit ("British exit") march': a name, a title or a term in
    quotation marks (short, with no verb of its own, inside a phrase of the narration) that no verb gives as
    anyone's words is a word of the sentence around it, not a quotation: a report of that sentence reads it as its
    own words (GUIDELINES: such marks make no statement)."""
    if not _embedded(quote, para) or not (_a_term(quote) or _named_by(quote.span.root)):
        return False
    cue = cue_of(quote, para)
    return cue is None or _mention(quote, cue, para)


def _mention(quote: Quote, cue: Token, para: Paragraph) -> bool:
    """The quote is a name or term (`mentioned`) the cue does not give as its words."""
    return _embedded(quote, para) and (_a_term(quote) or _named_by(quote.span.root)) \
        and not _is_statement(quote, cue, para)


def _embedded(quote: Quote, para: Paragraph) -> bool:
    """One to four words with no verb, whose head stands outside the marks, in the narration of the same sentence
    ('the "Lion" release'): not a quotation standing alone."""
    words = [t for t in quote.span if t.is_alpha]
    root = quote.span.root
    return 0 < len(words) <= 4 and not any(t.pos_ in ("VERB", "AUX") for t in quote.span) \
        and root.head.i not in para.quoted and not root.head.is_punct and root.head.sent == root.sent


def _a_term(quote: Quote) -> bool:
    """A name or a term (`is_term`), a noun in quotation marks that modifies the noun after the marks ('the
    "Lion" release', 'the "defund" slogan', 'her "kuffar" parents'; not an adjective: 'had "unusual" burns' gives
    the speaker's word), or a gloss (`_gloss`)."""
    root = quote.span.root
    if is_term(quote) or _gloss(quote):
        return True
    return root.dep_ in ("compound", "nmod", "poss") and root.pos_ in ("NOUN", "PROPN") and root.head.i >= quote.span.end


def _gloss(quote: Quote) -> bool:
    """ 'an anti-Brexit ("British exit") march', 'a spare cable, or "lead," which ...': a noun in quotation marks
    that gives another word for the noun before it, in brackets or set off by a comma and "or" (an appositive
    gloss), is that word mentioned, not anyone's words; not an alternative of another kind ('was reckless, or
    "cruel"': an adjective is the speaker's word)."""
    root, doc, start = quote.span.root, quote.span.doc, quote.span.start
    if root.dep_ == "appos" and start >= 2 and doc[start - 2].text == "(" \
            and quote.span.end + 1 < len(doc) and doc[quote.span.end + 1].text == ")":
        return True
    return start >= 3 and doc[start - 2].lower_ == "or" and doc[start - 3].text == "," \
        and root.pos_ in ("NOUN", "PROPN") and root.dep_ in ("conj", "appos") \
        and root.head.pos_ in ("NOUN", "PROPN") and root.head.i < start


def _connective(verb: Token) -> bool:
    """ "That said, Red Hat is working on some "low- or no-cost programs"": "that said" or "this said" opening a
    sentence, set off by a comma, is a connective ("even so"), not anyone's report."""
    doc = verb.doc
    return verb.lower_ == "said" and verb.i >= 1 and doc[verb.i - 1].lower_ in ("that", "this") \
        and doc[verb.i - 1].is_sent_start and verb.i + 1 < len(doc) and doc[verb.i + 1].text == ","


def _in_aside(token: Token, quote: Quote) -> bool:
    """ 'Bercow commented on the matter — which the BBC noted as an unusual move — "However ..."': a verb
    inside an aside set off by dashes or brackets that closes before the quote opens is the aside's own
    remark; the quote belongs to the clause around the aside."""
    doc = token.doc
    if token.i >= quote.span.start:
        return False
    between = doc[token.i + 1:quote.span.start]
    for close, opens in (("—", "—"), ("–", "–"), (")", "(")):
        end = next((t.i for t in between if t.text == close), None)
        if end is None:
            continue
        start = next((t.i for t in reversed(doc[token.sent.start:token.i]) if t.text == opens), None)
        if start is not None and not any(t.text in ".!?" for t in doc[start:end]):
            return True
    return False


def _judged_as(quote: Quote, para: Paragraph) -> Token | None:
    """ 'Trump lauded Cain as a "powerful voice of freedom."', 'assailed the event as the "darkest convention"':
    a verb of praise or blame with an object, and the quote after its "as", is the subject's label for the
    object in the subject's words (not "treated it as a "top priority"", which judges in deeds)."""
    root = quote.span.root
    if root.dep_ != "pobj" or root.head.lower_ != "as" or root.head.i in para.quoted:
        return None
    verb = root.head.head
    if verb.dep_ == "dobj":
        verb = verb.head  # the parser may hang "as" on the object: "lauded [Cain as a ...]"
    if verb.lemma_.lower() not in _JUDGING or verb.pos_ != "VERB" or verb.i in para.quoted \
            or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    return verb


def _according_cue(quote: Quote, para: Paragraph) -> Token | None:
    """ "According to police, he was driving "erratically ..."": a quoted fragment of the clause an
    "according to X" reports is X's words (partly quoted speech, GUIDELINES)."""
    for token in according_to(para.doc, para.quoted):
        span = _according_span(token, para)
        if span is not None and span[0] <= quote.span.start < span[1]:
            return token
    return None


def _adds_a_thing(verb: Token, para: Paragraph) -> bool:
    """ "trying to add the question, "Is this person a citizen ...?"": "add" with an object of its own
    puts something somewhere; it reports speech only without one ("he added", "added that ...")."""
    return verb.lemma_.lower() == "add" and any(c.dep_ == "dobj" and c.i not in para.quoted for c in verb.children)


def _adjacent(quote: Quote, para: Paragraph) -> Token | None:
    """The cue beside the quote: a verb just before it, a clause ending in a colon, or a verb (or a short
    subject and a verb) just after it. A quote ending in a comma is attributed after it first (': "...,"
    said Tedros'), whatever the clause before the colon says."""
    doc = para.doc
    i = quote.span.start - 1
    while i >= 0 and _skippable(doc[i], para):
        i -= 1
    if i >= 0 and i not in para.quoted and (is_speech_verb(doc[i]) or _participle_as_noun(doc[i])) \
            and (doc[i].lemma_.lower() not in WEAK_SPEECH_VERBS or _bare(doc[i], para)):
        return doc[i]
    if i >= 0 and doc[i + 1].text == "," and _voicing(doc[i], para):
        return doc[i]  # 'The city reasoned, "..."'
    if i >= 0 and i not in para.quoted:
        told = _told_someone(doc[i], para)
        if told is not None:
            return told
    if quote.text.endswith(","):
        return _after(quote, para) or _colon_before(quote, para)
    return _colon_before(quote, para) or _after(quote, para)


def _told_someone(last: Token, para: Paragraph) -> Token | None:
    """ 'he told radio host Charlamagne tha God "..."': a verb of telling, then whom it tells, then the quote
    (the parser may take the quote for a sentence of its own)."""
    doc = para.doc
    i = last.i
    while i >= 0 and last.i - i < 8 and i not in para.quoted and (
            doc[i].pos_ in ("PROPN", "NOUN", "ADJ", "DET") or doc[i].tag_ == "PRP" and doc[i].dep_ in ("dobj", "dative")):
        i -= 1
    if i < 0 or i == last.i or i in para.quoted:
        return None
    verb = doc[i]
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in _ADDRESSING else None


def _bare(verb: Token, para: Paragraph, addressee: Token | None = None) -> bool:
    """ '"Overall," he continued, "..."': a verb with nothing of its own but a subject reports the quote
    beside it, even one that mostly reports no speech ("continued the work", "suggested a plan");
    `addressee`: a phrase naming whom the words are for, allowed besides."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and all(
        c.dep_ in ("nsubj", "nsubjpass", "punct", "advmod", "cc") or c.i in para.quoted or c == addressee
        for c in verb.children)


def _addressee(verb: Token) -> Token | None:
    """ '"...," she appealed to the government.': "to" and someone after the verb is whom the words are for,
    not a setting or an object of the verb's own ("returned to the stage")."""
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > verb.i), None)
    whom = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    return to if whom is not None and (_someone(whom) or whom.pos_ == "NOUN" and person_noun(whom)) else None


def _voicing(verb: Token, para: Paragraph) -> bool:
    """ '"...," Jane Doe offered.', 'The council reasoned, "..."', '"...," she offers, "..."': any verb with a
    speaker for subject and nothing else of its own, set off from the quote beside it by a comma, voices the
    quote, whatever it means alone (offer, reason, muse, quip); not a verb with an object or a setting of its
    own ("he said when he arrived") nor one opening a subordinate clause ("When she arrived, "..."")."""
    if verb.i in para.quoted or verb.pos_ != "VERB" or verb.lemma_.lower() in ("be", "have", "do") \
            or not _bare(verb, para, _addressee(verb)):
        return False
    subject = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
    return subject.i not in para.quoted and (subject.pos_ in ("PROPN", "NOUN") or subject.tag_ == "PRP"
                                             and subject.lower_ != "it")


def _after(quote: Quote, para: Paragraph) -> Token | None:
    """The verb after the quote's closing mark. After a full stop inside the marks only a bare
    attribution ('"... a trial." Pelosi said.'): a longer clause begins the next sentence
    ('"... a power malfunction." Smith called the disappearance ...'), also one in an editor's brackets ("[.]")."""
    doc = para.doc
    i = quote.span.end
    while i < len(doc) and _skippable(doc[i], para):
        i += 1
    found = None
    if i < len(doc) and i not in para.quoted and is_speech_verb(doc[i]) and doc[i].tag_ != "VBG":
        found = doc[i]  # not '"...", calling it ...': a participle after a quote adds a new remark
    if found is None and i < len(doc) and _quotative_inversion(doc[i], para) and _utterance(quote):
        found = doc[i]  # '"...," enthused Jane Doe, the manager.': any verb before its subject voices the quote
    # "“...,” Leavitt confirmed": the verb right after a one- or two-word subject
    for j in (i + 1, i + 2):
        if found is None and j < len(doc) and j not in para.quoted and is_speech_verb(doc[j]) and \
                all(t.pos_ in ("PROPN", "PRON", "NOUN", "DET") for t in doc[i:j]):
            found = doc[j]
    j = i
    while found is None and j < len(doc) and j - i < 8 and j not in para.quoted \
            and (doc[j].pos_ in ("PROPN", "NOUN", "DET", "ADJ") or doc[j].text == "-"
                 or j == i and doc[j].tag_ == "PRP"):  # a pronoun for subject: '"...," she offers, "..."'
        j += 1
    if found is None and i < j < len(doc) and j not in para.quoted and is_speech_verb(doc[j]) and _resumes(doc[j], para):
        found = doc[j]  # '"Our team" study co-author Jane Doe said "has developed ...': a quote split by its attribution
    closed = quote.text.endswith(",") or any(t.text == "," for t in doc[quote.span.end:i])
    if found is None and i < j < len(doc) and closed and _voicing(doc[j], para) \
            and all(t.i in para.quoted or t.head == doc[j] or t.head.i in range(i, j) for t in doc[i:j]):
        found = doc[j]  # '"...," Jane Doe offered.'
    if found is not None and quote.text.rstrip("]").endswith(".") and not quote.text.endswith("..") \
            and not (found.i == i and _quotative_inversion(found, para)):  # '"... respects." said Jane Doe, chairman of ...'
        rest = doc[found.i + 1:found.sent.end]
        if len(rest) > 4 or any(t.pos_ in ("VERB", "AUX", "ADP") for t in rest):
            return None
    return found


def _quotative_inversion(verb: Token, para: Paragraph) -> bool:
    """ '"...," enthused Jane Doe, the manager.', '"...!" beamed the coach.', '"... respects." said John Roe,
    chairman of ...': a finite verb right after a quote's closing mark with its subject after it, a person
    (a name, a pronoun, a noun for someone), is the quote's attribution whatever the verb means alone:
    narration does not put a verb before its subject, a quotation's attribution does (quotative inversion).
    Not a participle ('"...," echoing the words of ...') nor a verb with more of its own than the subject and
    a setting ('"...," topped the charts', the subject read as its object: "beamed the coach" is inverted)."""
    if verb.i in para.quoted or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") \
            or verb.lemma_.lower() in ("be", "have", "do"):
        return False
    after = [c for c in verb.children if c.i > verb.i and c.i not in para.quoted]
    subjects = [c for c in after if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if len(subjects) != 1 or any(c.dep_ not in ("nsubj", "nsubjpass", "dobj", "punct", "advmod", "prep", "npadvmod")
                                 for c in after):
        return False
    if any(c.i < verb.i and c.i not in para.quoted and not c.is_punct for c in verb.children):
        return False  # '"...," the coach beamed' is no inversion; a subject before the verb is read as ever
    subject = subjects[0]
    return subject.pos_ == "PROPN" or subject.tag_ == "PRP" and subject.lower_ in ("he", "she", "they") \
        or _someone(subject) or subject.pos_ == "NOUN" and person_noun(subject)


def _utterance(quote: Quote) -> bool:
    """A quote with a finite verb of its own: words someone says ("We will win!"), not a title or a name set
    before a verb ('"Summer Rain," topped Billboard for six weeks')."""
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in quote.span)


def _resumes(verb: Token, para: Paragraph) -> bool:
    """The quote goes on within a few words after the verb, in the same sentence ('said in a statement "...')."""
    doc = para.doc
    for token in doc[verb.i + 1:min(verb.i + 7, len(doc))]:
        if token.i in para.quoted:
            return True
        if token.text in ".!?;":
            return False
    return False


def _split_by(quote: Quote, cue: Token, para: Paragraph) -> bool:
    """ '"Our team" Jane Doe said "has developed ..."': a quote broken off by its attribution, which it resumes
    after the verb, is a statement however short its first part."""
    between = para.doc[quote.span.end + 1:cue.i]
    return quote.span.end < cue.i <= quote.span.end + 9 and _resumes(cue, para) \
        and not any(t.pos_ in ("VERB", "AUX") or t.text in ".!?;" for t in between)


def _participle_as_noun(token: Token) -> bool:
    """ '..." further remarking, "Women in Nevada ..."': a reporting participle the tagger took for a
    noun (it has no article: not "issued a warning")."""
    word = token.lower_
    if token.pos_ != "NOUN" or not word.endswith("ing") or any(c.dep_ in ("det", "poss") for c in token.children):
        return False
    stem = word[:-3]
    return any(form in SPEECH_VERBS - WEAK_SPEECH_VERBS for form in (stem, stem + "e", stem[:-1]))


def _colon_before(quote: Quote, para: Paragraph) -> Token | None:
    """ "Tanya Chan spoke to the press after the speech: “...”": the reporting verb of the clause
    that a colon ends introduces the quote."""
    doc = para.doc
    i = quote.span.start - 1
    while i >= 0 and doc[i].i in para.quoted and doc[i].is_punct:
        i -= 1
    if i < 0 or doc[i].text != ":":
        return None
    return _colon_cue(doc[i], para)


def _colon_cue(colon: Token, para: Paragraph) -> Token | None:
    """The reporting verb of the clause a colon ends ("Jane Doe said:", "turning to him and stating:"), or
    None when that clause reports no one's words."""
    doc, i = colon.doc, colon.i
    verb = doc[i].sent.root if doc[i].sent.root.i < i else doc[i].head
    while verb.i > i and verb.head != verb:
        verb = verb.head
    if verb.i < i and verb.i not in para.quoted and (is_speech_verb(verb) or _introduces(verb) or _a_person_acts(verb)
                                                     or verb.pos_ == "VERB" and verb.lemma_.lower() in _TRIBUTES
                                                     or _in_a_text(verb)):
        return verb
    # the parser may hang the clause on its subject ("The summary of the decision read in part: ..."):
    # the last reporting verb of the clause the colon ends
    clause = [t for t in doc[doc[i].sent.start:i] if t.i not in para.quoted]
    if any(t.text in ".!?;" for t in clause):
        return None
    according = next((t for t in clause if t.lower_ == "according" and doc[t.i + 1].lower_ == "to"), None)
    if according is not None:
        return according  # "According to X, the manifesto ... could strengthen the case: "...""
    return next((t for t in reversed(clause) if is_speech_verb(t) or _introduces(t) or _in_a_text(t)), None) \
        or _text_reads(doc[i - 1], clause) or _acts_under_quote(clause)


def _acts_under_quote(clause: list[Token]) -> Token | None:
    """The act of someone or of a text that the colon ends, when the clause reports no words otherwise: its own
    verb, the sentence's root or, where the parser hung the clause under the quote's verb ("The survey outlined
    the gap: "Rural schools had ..."), the verb whose head lies past the colon."""
    end = clause[-1].i if clause else -1
    return next((t for t in clause if (t.head.i > end or t.dep_ == "ROOT") and t.pos_ == "VERB"
                 and (_a_person_acts(t) or _a_speaker_acts(t))), None)


def _text_reads(last: Token, clause: list[Token]) -> Token | None:
    """ "The family's statement on the death read: "..."": "read" or "reads" right before the colon, after a
    noun for a text, is the text reading out the quote, though the tagger took it for a noun."""
    if last.lower_ not in ("read", "reads") or last.pos_ != "NOUN" or not any(
            t.lemma_.lower() in DOCUMENT_NOUNS and t.pos_ == "NOUN" for t in clause if t.i < last.i):
        return None
    return last


def _a_person_acts(verb: Token) -> bool:
    """ "Governor John Bel Edwards addressed the public: "..."": a person's act that a colon ends introduces
    what the person says, whatever the verb."""
    if verb.pos_ != "VERB":
        return False
    return _named_person(subject_of(verb))


def _named_person(subject: Token | None) -> bool:
    """ "he", "she" or a person's name."""
    return subject is not None and (subject.lower_ in ("he", "she") or subject.ent_type_ == "PERSON"
                                    and subject.pos_ == "PROPN")


def _a_speaker_acts(verb: Token) -> bool:
    """ "The new governor ... offered to diversify the economy: "..."", "The study itself outlined the link: "..."",
    "It also set a target: "..."": as a person's act, the act of an office, a body, a study or a text that a colon
    ends introduces the speaker's words, whatever the verb. "It" only with an object (not "It has emerged that
    ...:", which has no object); a common noun, not a place or a name the parser may cut from a longer subject."""
    if verb.pos_ != "VERB":
        return False
    subject = subject_of(verb)
    if subject is None:
        return False
    if subject.lower_ == "it":
        return any(c.dep_ == "dobj" for c in verb.children)
    return subject.pos_ == "NOUN" and (_someone(subject) or _a_study(subject)
                                       or subject.lemma_.lower() in DOCUMENT_NOUNS | _STATEMENT_NOUNS) \
        or subject.ent_type_ == "LAW"  # "Article 2, Section 1 sets the rule: "...""


def _in_a_text(verb: Token) -> bool:
    """ "In a statement released after the attack, the ministry justified the strike as ...: "..."": an act done
    in a statement, a speech or an interview, whose words the quote after the colon gives."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(o.dep_ == "pobj" and o.lemma_.lower() in _SPOKEN for o in c.children)
        for c in verb.children)


def _response_before(quote: Quote, para: Paragraph) -> Token | None:
    """ "Mick Jagger also reacted on Twitter, "Sad news ..."": a clause of reacting or responding, then a
    comma, then the quote: the quote is the response."""
    doc = para.doc
    i = quote.span.start - 1
    while i >= 0 and doc[i].i in para.quoted and doc[i].is_punct:
        i -= 1
    if i < 1 or doc[i].text != "," or not all(t.is_punct for t in doc[quote.span.end:doc[i].sent.end]):
        return None  # the quote ends the sentence: not '..., "a sad day" being the phrase heard most'
    clause = [t for t in doc[doc[i].sent.start:i] if t.i not in para.quoted]
    verb = next((t for t in reversed(clause) if t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in _RESPONSES or any(t.text in ".!?;," for t in doc[verb.i:i]):
        return None
    return verb if all(t.dep_ in ("prep", "pobj", "det", "compound", "amod", "advmod", "poss", "case")
                       for t in doc[verb.i + 1:i]) else None


def _introduces(verb: Token) -> bool:
    """Verbs that introduce a quote after a colon though they report no speech of their own: a court's
    finding ("ruled ..., finding that ...: "In our view ..."") and issuing a text ("issued a statement
    agreeing ...: "...""), whose words the quote gives."""
    if verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() in _FINDINGS:
        return reports_clause(verb)
    return verb.lemma_.lower() in _ISSUE and any(c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENT_NOUNS
                                                 for c in verb.children)


def _skippable(token: Token, para: Paragraph) -> bool:
    """Quote marks, commas and colons between a quote and its cue; a full stop ends the search."""
    return token.is_space or token.is_punct and (token.i in para.quoted or token.text not in ".!?")


def _climb(quote: Quote, para: Paragraph) -> Token | None:
    """Climb from the quote's root, else from the root of its first clause (the parser may hang a second
    sentence of the quote higher up: 'led Biden to express "I ... [...] No one should ..."'); a quote under
    a non-speech verb ("he believes") is the outer speaker's."""
    start = quote.span[0]
    while start.head.i in range(quote.span.start, quote.span.end) and start.head != start:
        start = start.head
    cue = _climb_from(quote.span.root, quote, para)
    return cue if cue is not None or start == quote.span.root else _climb_from(start, quote, para)


def _climb_from(token: Token, quote: Quote, para: Paragraph) -> Token | None:
    found, first = [], True
    for _ in range(8):
        if token.head == token or _semicolon_between(token, token.head) or found and _own_clause(token, para):
            break
        token = token.head
        if token.i in para.quoted or _in_aside(token, quote):
            continue
        if first and _finding(token, quote.span.root):
            return token  # "The court found Johnson's advice "was motivated by ..."": a ruling's words
        if is_speech_verb(token):
            found.append(token)
            if first:
                return token
        if token.pos_ in ("VERB", "AUX") and not is_speech_verb(token):
            first = False
    return found[-1] if found else None


def _own_clause(token: Token, para: Paragraph) -> bool:
    """ "The Tongs indicated ..., and Mr Tong had said they intended to "...": a conjoined clause with a
    subject of its own is a second report; the quote is its speaker's, not the first clause's."""
    return token.dep_ == "conj" and token.i not in para.quoted and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i not in para.quoted for c in token.children)


def _finding(verb: Token, root: Token) -> bool:
    """A finding verb whose that-clause holds the quote (not "police found him "in shock"")."""
    if verb.lemma_.lower() not in _FINDINGS or verb.pos_ != "VERB" or not reports_clause(verb):
        return False
    clause = next((a for a in [root, *root.ancestors] if a.head == verb), None)
    return clause is not None and clause.dep_ == "ccomp" and _states_finding(verb, clause)


def _semicolon_between(token: Token, head: Token) -> bool:
    """ "Brudziński said ... "serious" condition; TVN24 reported ...": the parser may hang a clause on the
    next one across a semicolon, but they are two reports."""
    low, high = sorted((token.i, head.i))
    return ";" in token_texts(token.doc)[low + 1:high]


def _nearest(quote: Quote, para: Paragraph) -> Token | None:
    doc = para.doc
    sents = [s for s in doc.sents if s.end > quote.span.start and s.start < quote.span.end]
    candidates = [t for s in sents for t in tokens_of(doc)[s.start:s.end] if t.i not in para.quoted and is_speech_verb(t)
                  and t.lemma_.lower() not in WEAK_SPEECH_VERBS and not _in_aside(t, quote)]
    if not candidates:
        return None
    return min(candidates, key=lambda t: min(abs(t.i - quote.span.start), abs(t.i - quote.span.end)))


def block_quotes(paras: list[Paragraph], resolver: Resolver, skip: frozenset[int]) -> dict[int, Statement]:
    """Paragraphs that are a block quotation whose marks the text lost: a paragraph closes with a clause of
    saying and a colon ("Jane Doe said:", "In a statement, Doe writes:"), and the next paragraphs, unquoted,
    are the speaker's words as long as they speak in the first or second person (a list, a description or the
    narration going on after a colon does not). Paragraph index -> the statement it is; `skip`: transcript."""
    out: dict[int, Statement] = {}
    for para in paras[:-1]:
        who, cue = _block_intro(para, resolver)
        for block in paras[para.index + 1:] if who is not None and para.index not in skip else ():
            text = text_of(block.doc).strip().rstrip("\"”").strip()
            if block.index in skip or block.quotes or text[:1] in _OPENING or not speaks(block.doc):
                break
            out[block.index] = Statement(who.person, who.text, "direct", cue.text, text, Where(block.index, 0),
                                         who.confidence)
        if para.index + 1 not in out and (said := _third_person_block(para, paras[para.index + 1], resolver, skip)):
            out[para.index + 1] = said
    return out


def _narrates(subject: Token | None) -> bool:
    """A sentence about a named one or "he", "she", "they": the narration going on, not the words quoted."""
    return subject is not None and (subject.pos_ == "PROPN" or subject.lower_ in ("he", "she", "they"))


_FINITE = ("VBD", "VBP", "VBZ", "MD")  # a finite verb: a sentence, not an item of a list


def _third_person_block(para: Paragraph, block: Paragraph, resolver: Resolver, skip: frozenset[int]) -> Statement | None:
    """ "The judge rejected this argument:" + a paragraph of the ruling's own sentences in the third person: the
    paragraph right after a colon that closes a person's clause of saying or act (`handed_over`) is their words,
    told without marks, so `indirect` (direct needs quotation marks). Only that one paragraph, and only when it is
    whole sentences (not a list), unquoted, with no person of its own speaking or acting as its first subject
    (narration going on after the colon)."""
    who = handed_over(para, resolver)
    if who is None or block.index in skip or para.index in skip or block.quotes:
        return None
    cue = _colon_cue(next(t for t in reversed(para.doc) if not t.is_space), para)
    text = text_of(block.doc).strip()
    sentences = list(block.doc.sents)
    if cue is None or text[:1] in _OPENING or text[-1:] not in ".!" or any(
            not any(t.tag_ in _FINITE for t in s) for s in sentences) or _narrates(subject_of(sentences[0].root)) \
            or any(is_speech_verb(t) and _named_person(subject_of(t)) for t in block.doc):
        return None
    return Statement(who.person, who.text, "indirect", cue.text, text, Where(block.index, 0), who.confidence)


def _block_intro(para: Paragraph, resolver: Resolver) -> tuple[Who | None, Token | None]:
    """The speaker and cue of a paragraph that ends introducing a block quotation: its last token a colon
    outside quotation marks that ends a clause of saying with a speaker named in it."""
    doc = para.doc
    last = _opening_colon(para)
    if last is None:
        return None, None
    said = [t for t in doc[last.sent.start:last.i]
            if t.i not in para.quoted and (is_speech_verb(t) or _participle_as_noun(t))]
    cue = _colon_cue(last, para)  # else the last verb of saying: "gave his address, turning to X and stating:"
    cue = cue if cue is not None and (is_speech_verb(cue) or _document_reads(cue)) else (said[-1] if said else None)
    if cue is None or cue.lower_ == "according":
        return None, None
    who = _speaker(cue, para, resolver)
    return (who, cue) if who.text else (None, None)


def _opening_colon(para: Paragraph) -> Token | None:
    """The colon that opens a block quotation: the paragraph's last token, or a colon outside quotation marks
    whose unquoted text runs to the paragraph's end ("The memo, which reads: Team, I am taking leave ...", the
    block's first words printed on the intro's line). None when a quotation follows the colon."""
    doc = para.doc
    last = next((t for t in reversed(doc) if not t.is_space), None)
    if last is None or last.i in para.quoted:
        return None
    if last.text == ":":
        return last
    colon = next((t for t in reversed(doc) if t.text == ":" and t.i not in para.quoted), None)
    if colon is None or any(t.i in para.quoted or t.text in ":;" for t in doc[colon.i + 1:]):
        return None
    return colon


def handed_over(para: Paragraph, resolver: Resolver) -> Who | None:
    """ "During the meeting the Pope expressed his wishes for the country:" + a paragraph of quotation: a paragraph
    that ends in a colon closing a clause of saying, or a person's act or stance ("He was more critical of the
    driver:"), hands the next paragraph's words to its speaker; a quote there with no cue of its own is theirs,
    not the last speaker quoted. None when the colon ends no one's clause ("Of the 191 countries:")."""
    doc = para.doc
    last = next((t for t in reversed(doc) if not t.is_space), None)
    if last is None or last.text != ":" or last.i in para.quoted:
        return None
    cue = _colon_cue(last, para) or _stance_before(last, para)
    if cue is None or cue.lower_ == "according":
        return None
    who = _speaker(cue, para, resolver)
    return who if who.person else None


def _stance_before(colon: Token, para: Paragraph) -> Token | None:
    """ "He was more critical of the driver:", "She was blunt:": a person's stance told by "be" and an adjective,
    the sentence's root, that a colon ends: what follows is how they put it."""
    root = colon.sent.root
    if root.i > colon.i or root.i in para.quoted or root.lemma_.lower() != "be" \
            or not any(c.dep_ == "acomp" for c in root.children):
        return None
    return root if _named_person(subject_of(root)) else None


def according_to(doc: Doc, quoted: frozenset[int]) -> list[Token]:
    """The "according" tokens of "according to X" outside quotes, and the "By" of "By reports, ..." opening a
    sentence (the same attribution to unnamed reports)."""
    texts = token_texts(doc)
    return [doc[i] for i, text in enumerate(texts[:-1]) if i not in quoted and (
        text.lower() == "according" and texts[i + 1].lower() == "to"
        or text == "By" and texts[i + 1].lower() in ("reports", "accounts") and doc[i].is_sent_start)]


def is_headline(doc: Doc) -> bool:
    """A title-case line (a second headline): its quotes repeat the body's."""
    if len(doc) >= 40:
        return False
    long_words = [text for text in token_texts(doc) if text.isalpha() and len(text) > 3]
    return bool(long_words) and sum(text[:1].isupper() for text in long_words) >= 0.8 * len(long_words)


def direct_statements(para: Paragraph, resolver: Resolver, previous: Who | None) -> tuple[list[Statement], Who | None]:
    """Statements for the quotes of one paragraph; returns them and the last speaker, for continuations."""
    out = []
    if is_headline(para.doc):
        return out, previous
    for n, quote in enumerate(para.quotes):
        cue = cue_of(quote, para)
        at, at_resolver = para, resolver
        if cue is None:
            who, cue_text = _continuation(quote, para, _reporter_before(quote, para, resolver) or previous)
            if who is None:
                who = _own_words(quote, para, resolver, previous)
            framed = _framed(n, quote, para, resolver, previous) if who is None else None
            if framed is not None and _is_statement(quote, framed[2], para) and not _inside_speech(framed[2], para):
                who, cue_text, cue, at, at_resolver = framed[0], framed[1], framed[3], framed[4], framed[5]
            if who is None:
                continue
        else:
            if not _is_statement(quote, cue, para) or _inside_speech(cue, para):
                continue
            who, cue_text = _attribution(quote, cue, para, resolver, previous)
            framed = _framed(n, quote, para, resolver, previous) if not who.text else None
            if framed is not None:
                who, cue_text, cue, at, at_resolver = framed[0], framed[1], framed[3], framed[4], framed[5]
        where = Where(para.index, sentence_index(para.doc, quote.span.start))
        for each in _joint(who, cue, at, at_resolver):
            out.append(Statement(each.person, each.text, "direct", cue_text, quote.text, where, each.confidence))
        previous = who
    return out + _quoted_within(para, resolver, {s.text for s in out}), previous


def _framed(n: int, quote: Quote, para: Paragraph, resolver: Resolver, previous: Who | None) -> tuple | None:
    """The speaker the paragraph's frame gives the n-th quote ("“...,” said Jane Doe, the mayor of Springfield":
    the narration parsed with the long quotations masked, where the parser cannot hang the reporting verb, its
    subject or an apposition on the quotation's clauses): (who, cue words, the cue in the paragraph, the cue
    in the frame, the frame as a Paragraph, its resolver); None without a frame, a cue in it or a person."""
    if para.parser is None or not long_sentences(quote):
        return None  # a short quote or a fragment does not mislead the parser: its frame is the paragraph's parse
    if sum(1 for i, word in enumerate(token_texts(para.doc)) if i not in para.quoted and word.isalpha()) < 2:
        return None  # a quotation standing alone has no frame to parse
    frame = frame_of(para.doc, para.quotes, para.parser)
    if frame is None:
        return None
    own, framed = _framed_resolver(para, frame, resolver)
    cue = cue_of(frame.quotes[n], own)
    if cue is None or cue.i not in frame.original or _inside_speech(cue, own):
        return None
    who, cue_text = _attribution(frame.quotes[n], cue, own, framed, previous, (quote, para, resolver))
    return (who, cue_text, para.doc[frame.original[cue.i]], cue, own, framed) if who.person else None


def _framed_resolver(para: Paragraph, frame: Frame, resolver: Resolver) -> tuple[Paragraph, Resolver]:
    """The paragraph's frame as a Paragraph, and a resolver that sees the frame's tokens in its place."""
    at = {key: pid for key, pid in resolver.cast.at.items() if key[0] != para.index}
    at.update({(para.index, frame.framed[i]): pid for (p, i), pid in resolver.cast.at.items()
               if p == para.index and i in frame.framed})
    mentions = []
    for mention, pid in resolver.cast.mentions:
        if mention.para != para.index:
            mentions.append((mention, pid))
        elif mention.start in frame.framed and mention.end - 1 in frame.framed:
            mentions.append((replace(mention, start=frame.framed[mention.start],
                                     end=frame.framed[mention.end - 1] + 1), pid))
    cast = replace(resolver.cast, at=at, mentions=mentions)
    framed = replace(resolver, cast=cast, docs={**resolver.docs, para.index: frame.doc},
                     quoted={**resolver.quoted, para.index: set(frame.quoted)})
    return Paragraph(para.index, frame.doc, frame.quotes, frame.quoted), framed


def _attribution(quote: Quote, cue: Token, para: Paragraph, resolver: Resolver, previous: Who | None,
                 words: tuple[Quote, Paragraph, Resolver] | None = None) -> tuple[Who, str]:
    """The speaker and cue words of a quote with a cue; `words`: where the quote's words are (the frame of a
    paragraph has a placeholder for them), by default the quote itself."""
    who, cue_text = _speaker(cue, para, resolver, quote), para.doc[cue.i:cue.i + (2 if cue.lower_ == "according" else 1)].text
    if who.person is None:
        who = _reporter_of_thing(cue, para, resolver) or who
    if not who.text and previous is not None and (cue.tag_ == "VBG" or _participle_as_noun(cue)):
        who = previous  # '"...," further remarking, "..."': the participle shares the last speaker
    elif who.person is None and previous is not None and previous.person and _adds_to(cue, para):
        who = Who(previous.person, who.text, "low")
    return _not_named_within(who, cue, words or (quote, para, resolver), para, resolver), cue_text


def _reporter_of_thing(cue: Token, para: Paragraph, resolver: Resolver) -> Who | None:
    """ 'Jane Doe said the floods underlined "the ..."', 'said no, saying the plan was costly and pointed out that
    "..."': a verb of saying whose subject is a thing (not a person, a body, a text or a study), inside the clause
    another verb of saying reports, gives the words of that report's speaker: the thing does not speak."""
    subject = speaker_of(cue, para) or _unparsed_subject(cue, para, resolver)  # ", calling for ...": the clause's
    if subject is None or subject.pos_ != "NOUN" or _someone(subject) or _a_study(subject) \
            or subject.lemma_.lower() in DOCUMENT_NOUNS | _STATEMENT_NOUNS:
        return None
    token, reported = cue, False
    while token.head != token:
        reported = reported or token.dep_ == "ccomp"
        token = token.head
        if reported and is_speech_verb(token) and token.i not in para.quoted:
            who = _speaker(token, para, resolver)
            return who if who.person else None
    return None


def _not_named_within(who: Who, cue: Token, words: tuple[Quote, Paragraph, Resolver], para: Paragraph,
                      resolver: Resolver) -> Who:
    """ 'Warhol was a legend for Jane Doe. She said, "Andy Warhol was the center of ..."': a speaker
    pronoun is not the person the quote names in the third person; it refers to the one before."""
    subject = speaker_of(cue, para)
    quote, there, named = words
    if who.person is None or subject is None or subject.pos_ != "PRON" or not pronoun_gender(subject) \
            or not any(named.cast.at.get((there.index, t.i)) == who.person for t in quote.span):
        return who
    other = resolver.antecedent(para.index, subject.i, pronoun_gender(subject), who.text, frozenset([who.person]))
    return other if other.person else who


def _joint(who: Who, cue: Token | None, para: Paragraph, resolver: Resolver) -> list[Who]:
    """ 'is "satisfactory", according to the vice-premier Jane Doe and the health minister John Roe': words
    two named people give together are each one's (_each)."""
    if cue is None:
        return [who]
    return _each(who, according_speaker(cue) if cue.lower_ == "according" else speaker_of(cue, para), para, resolver)


def _quoted_within(para: Paragraph, resolver: Resolver, known: set[str]) -> list[Statement]:
    """ '"I offered to resign and President Trump said, 'Let's talk about it tomorrow.'"': a quote inside a
    quote that the speaker gives to someone else, with a verb of saying in the simple past right before its
    marks (one occasion), is that person's statement. Not the speaker's own ("I said, '...'"), nor a habit or
    a supposition ("people would ask me, '...'", "Women have said, '...'", "the next time someone says")."""
    out = []
    doc = para.doc
    for outer in para.quotes:
        for quote in nested(outer):
            i = quote.span.start - 1
            while i > outer.span.start and doc[i].is_punct:
                i -= 1
            verb = doc[i]
            if quote.text in known or len([t for t in quote.span if t.is_alpha]) < 2 or not is_speech_verb(verb) \
                    or verb.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
                continue
            own = Paragraph(para.index, doc, (quote,), frozenset(inside([quote])))
            subject = speaker_of(verb, own)
            if subject is None or not outer.span.start <= subject.i < verb.i or _first_or_second(subject):
                continue
            who = resolver.who(para.index, subject)
            where = Where(para.index, sentence_index(doc, quote.span.start))
            out.append(Statement(who.person, who.text, "direct", verb.text, quote.text, where, who.confidence))
    return out


def _adds_to(cue: Token, para: Paragraph) -> bool:
    """ '"...," said study co-author Karen Alley. The Wooster professor added, "..."': "added" with a
    description that names no one the article titled so goes on from the last speaker."""
    if cue.lemma_.lower() != "add":
        return False
    subject = speaker_of(cue, para)
    return subject is not None and subject.pos_ == "NOUN" and person_noun(subject) and subject.tag_ == "NN" \
        and [c.lower_ for c in subject.children if c.dep_ == "det"] == ["the"]


def _inside_speech(cue: Token, para: Paragraph) -> bool:
    """ "I would say ...", "you say ...": first or second person, words of an interviewee."""
    subject = subject_of(cue, para.quoted)
    return _first_or_second(subject)


def _first_or_second(subject: Token | None) -> bool:
    """ "I", "we", "you": words of someone speaking, not narration ("the US" is a country)."""
    return subject is not None and subject.lower_ in _INSIDE_SPEECH and subject.pos_ == "PRON"


def _is_statement(quote: Quote, cue: Token, para: Paragraph) -> bool:
    """Short quotes count when the reporting verb governs them ("called it "a non-starter"",
    "said it was "inevitable""), not as names or scare quotes inside a clause."""
    words = [t for t in quote.span if t.is_alpha]
    root = quote.span.root
    if is_term(quote) and not _labels(root, cue) or _body_of_person(quote) or _in_speaker_phrase(quote, cue) \
            or _named_by(root) or _named_in_passing(quote, cue) or _gloss(quote):
        return False
    if len(words) >= 3 or quote.text[-1:] in _CLOSING and (_beside(quote, cue) or cue in root.ancestors) \
            or _split_by(quote, cue, para):
        return True  # not '"spreading rumors," including Li Wenliang, who tried to warn people'
    if root.dep_ == "pobj" and root.head.lower_ == "as":
        return True  # "denounced the claims as a "national embarrassment""
    if _labels(root, cue):
        return True
    if _fragment_of_report(quote, cue):
        return True  # 'said the firm has a "can-do" attitude', 'said X sends the people "warm regards"'
    if root.dep_ in ("compound", "poss", "appos", "nmod") or root.pos_ == "PROPN":
        return False  # a name or a gloss: 'an anti-Brexit ("British exit") march'
    if _in_reported_clause(root, cue) or cue.lower_ == "according":
        return True
    if root.dep_ == "pobj" and _complement_of(root.head, cue):
        return True  # 'called for a peaceful "general strike"', 'accused the mayor of "grandstanding"'
    if root.dep_ in ("nsubj", "nsubjpass", "pobj"):
        return False
    return cue in list(root.ancestors)[:3]


# Nouns for a form of words, after which a quote is that form mentioned, not said: 'the term "X"'.
_TERM_NOUNS = frozenset(["term", "phrase", "word", "slogan", "name", "expression", "motto", "hashtag", "nickname",
                         "catchphrase", "label", "moniker", "epithet", "slur", "designation", "title", "acronym",
                         "abbreviation", "codename", "tagline", "brand", "trademark", "handle", "username"])


def _named_in_passing(quote: Quote, cue: Token) -> bool:
    """ 'was sent to a doctor for a "stress evaluation"', 'offering for the first time "lifestyle coaches."', 'derived
    from the older "natural subjects"': a short quote with no verb that stands in a prepositional phrase of the
    narration (the quote, or the noun it is in apposition to, is the object of a preposition) names a thing in
    someone's terms; it is not the words of the cue's speaker, whatever punctuation closes it. Not "as" ('denounced
    the claims as a "national embarrassment"': a label), not a preposition the cue itself governs ('warned of
    "dire consequences"', 'called for "a full inquiry"'), not inside the clause the cue reports."""
    words = [t for t in quote.span if t.is_alpha]
    if len(words) > 4 or any(t.pos_ in ("VERB", "AUX") for t in quote.span):
        return False
    root = quote.span.root
    noun = root.head if root.dep_ == "appos" else root
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ != "as" and not _complement_of(prep, cue) \
        and prep.head.i not in range(quote.span.start, quote.span.end) and cue.lower_ != "according" \
        and not _in_clause_of(root, cue)


def _complement_of(prep: Token, cue: Token) -> bool:
    """The preposition completes the cue: it follows the verb at once or after its object ("warned of ...", "called
    for ...", "warned the council of ..."); not a later phrase of place or purpose ("told to report to an officer
    for ...")."""
    if prep.head != cue or prep.i < cue.i:
        return False
    objects = {t.i for c in cue.children if c.dep_ in ("dobj", "dative") for t in c.subtree}
    return all(i in objects for i in range(cue.i + 1, prep.i))


def _in_clause_of(token: Token, cue: Token) -> bool:
    """The token lies in what the cue governs after it: its object ('criticized the making of a "X"'), its clausal
    complement, or a verb with a subject of its own ('said even though it will be long, it is important to fight
    "the forces of X"', 'noted that among the areas with a "X" are ...'): the cue's reported words, however the
    parser attached them."""
    clause = False
    for ancestor in token.ancestors:
        if ancestor == cue:
            return clause
        clause = clause or ancestor.i > cue.i and (ancestor.dep_ in ("ccomp", "dobj") and ancestor.head == cue
                                                   or ancestor.pos_ in ("VERB", "AUX") and any(
                                                       c.dep_ in ("nsubj", "nsubjpass", "expl")
                                                       for c in ancestor.children))
    return False


def _named_by(root: Token) -> bool:
    """ 'several factors, called "tipping points," that ...', 'in what was called a "surge."', 'a group called "Get
    the L Out" protested': the quote completes a naming participle with nobody doing the naming, so it is a name,
    whatever reporting verb stands nearby and though a comma or a full stop sits inside the closing mark."""
    return root.dep_ in ("oprd", "xcomp", "attr") and _naming(root.head)


def is_term(quote: Quote) -> bool:
    """A name or a term in quotation marks, not anyone's words: a title-case phrase with no verb and no
    closing punctuation ("as their "Person of the Year""), or a noun counted from outside the marks
    ("seized over 370 "jackal horns""), or the quote right after a noun for a term ("the term "natural-born
    citizen"", "the slogan "Stop the Steal!"")."""
    doc, start = quote.span.doc, quote.span.start
    if start >= 2 and doc[start - 2].lower_ in _TERM_NOUNS and doc[start - 1].is_quote:
        return True
    if quote.text[-1:] in _CLOSING:
        return False
    words = [t for t in quote.span if t.is_alpha]
    title_case = bool(words) and words[0].text[0].isupper() \
        and all(t.text[0].isupper() or t.lower_ in _TITLE_SMALL for t in words)
    if len(words) >= 2 and title_case and (all(t.pos_ != "VERB" for t in words) or _named_aside(quote)):
        return True
    root = quote.span.root
    return len(words) <= 3 and root.pos_ == "NOUN" and root.tag_ == "NNS" \
        and any(c.dep_ == "nummod" and c.i < quote.span.start for c in root.children)


def _body_of_person(quote: Quote) -> bool:
    """ 'Jane Doe of "Have no fear", a support charity, said ...': a capitalised quote right after a person's
    name and "of" or "from" names the body the person speaks for; not after a name that is an object ("accused
    Biden of "siding with criminals"", "was told by Smith of "..."")."""
    doc, start = quote.span.doc, quote.span.start
    return start >= 3 and doc[start - 2].lower_ in ("of", "from") and doc[start - 3].ent_type_ == "PERSON" \
        and doc[start - 3].dep_ not in ("dobj", "pobj", "dative") and quote.text[:1].isupper()


def _in_speaker_phrase(quote: Quote, cue: Token) -> bool:
    """ 'A spokesman of the "Safe Streets" shelter said ...', 'A band called "The Moles" played ...', 'Jane Doe,
    who "retired" last year, was accused by ...': a quote inside the phrase of the cue's subject, after that
    phrase's first word, names or describes who speaks or is spoken of; it is not the cue's words. Not a
    quote that opens the phrase ('"Our team" Jane Doe said "has ..."': a quote broken off by its attribution),
    nor the text of a document the phrase names ('The message "..." was sent by ...')."""
    root = quote.span.root
    if root.dep_ == "appos" and root.head.lemma_.lower() in DOCUMENT_NOUNS:
        return False
    for phrase in cue.children:
        if phrase.dep_ in ("nsubj", "nsubjpass") and phrase.i not in range(quote.span.start, quote.span.end) \
                and phrase.left_edge.i < quote.span.start - 1 and quote.span.end <= phrase.right_edge.i + 1:
            return True
    return False


def _named_aside(quote: Quote) -> bool:
    """ 'Roberts says his event, "Storm Area 51, They Can't Stop All of Us", was posted as a joke': a
    title-case quote between commas right after a common noun names the thing, even with a verb in it."""
    doc = quote.span.doc
    start, end = quote.span.start, quote.span.end
    if start < 3 or end + 1 >= len(doc):
        return False
    noun, comma, after = doc[start - 3], doc[start - 2], doc[end + 1]
    return comma.text == "," and after.text == "," and noun.pos_ == "NOUN" \
        and noun.lemma_.lower() not in DOCUMENT_NOUNS


def _labels(root: Token, cue: Token) -> bool:
    """ "referred to the vote as "The Impeachment Hoax"", "called it "Fake News"": the speaker's own label; also
    "called the decision "a disgrace"", which the parser reads as an apposition to the object."""
    return root.dep_ == "oprd" and root.head == cue or root.dep_ == "pobj" and root.head.lower_ == "as" \
        and root.head.head == cue or root.dep_ == "appos" and root.head.dep_ == "dobj" and root.head.head == cue \
        and cue.lemma_.lower() in NAMING_VERBS


def _beside(quote: Quote, cue: Token) -> bool:
    """The cue is within three tokens of the quote's marks."""
    return quote.span.start - 4 <= cue.i <= quote.span.end + 3


def _in_reported_clause(token: Token, cue: Token) -> bool:
    """ "said its source said "three terrorists" were killed", "said Adamowicz ... was in a "serious"
    condition": a quoted fragment inside the clause a verb reports is partly quoted speech (GUIDELINES).
    The clause is the verb's that-clause, or a verb conjoined to it without a subject of its own (the
    parser's reading when it takes the clause's subject for an object)."""
    if not reports_clause(cue):
        return False
    for ancestor in token.ancestors:
        if ancestor.head == cue and ancestor.i > cue.i:
            return ancestor.dep_ == "ccomp" or ancestor.dep_ == "conj" and ancestor.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in ancestor.children)
    return False


def _fragment_of_report(quote: Quote, cue: Token) -> bool:
    """ 'said the firm has a "can-do" attitude', 'said that the mayor sends the town "warm regards"', 'warned,
    saying the city is losing the "moral" argument': a quoted word or phrase of common words inside the clause a
    verb of saying reports (the cue's, or that of a participle of saying under the cue) is partly quoted speech
    (GUIDELINES), however the parser attached it: a modifier, an apposition, an object. Not a name (a proper noun,
    a title-case term) nor one word modifying the noun after it, as a noun names it ('said the "Lion" release will
    ...': `_a_term`; the tagger may call such a word an adjective: 'the "marathon" season')."""
    root = quote.span.root
    one_word = len([t for t in quote.span if t.is_alpha]) == 1
    if root.pos_ == "PROPN" or _a_term(quote) or one_word and root.dep_ in ("compound", "nmod", "poss") \
            and root.head.i >= quote.span.end:
        return False
    return _in_reported_clause(root, cue) or any(
        _in_reported_clause(root, verb) for verb in root.ancestors
        if verb.tag_ == "VBG" and is_speech_verb(verb) and cue in verb.ancestors)


def _continuation(quote: Quote, para: Paragraph, previous: Who | None) -> tuple[Who | None, str]:
    """A quote with no cue continues the previous speaker when it stands as its own sentence(s): nothing
    before it, and nothing after it in a one-sentence quote unless a comma sets the quote off (an
    attribution the rules do not read, as in another language: '«...», a déclaré le ministre')."""
    words = len([t for t in quote.span if t.is_alpha])
    if previous is None or words < 2 or words == 2 and quote.text[-1:] not in ".!?":
        return None, ""  # a two-word sentence ("We lost.") goes on, not a two-word name or term
    doc = para.doc
    sent = doc[quote.span.start].sent
    closed = quote.text.endswith(",") or quote.span.end + 1 < len(doc) and doc[quote.span.end + 1].text == ","
    after = doc[quote.span.end:sent.end] if doc[quote.span.end - 1].sent == sent and not closed else []
    before = [t for t in doc[sent.start:quote.span.start] if t.i not in para.quoted]
    if _opening_adverbial(before):
        before = []  # 'During the premiere, "I felt like ..."': a setting before the quote names no one else
    around = [t for t in [*before, *after] if not t.is_punct and t.i not in para.quoted]
    if around:
        return None, ""  # not '"Build Back Better" is, like ..., a form of nationalism': a name as a subject
    return Who(previous.person, previous.text, previous.confidence), ""


def _own_words(quote: Quote, para: Paragraph, resolver: Resolver, previous: Who | None) -> Who | None:
    """ 'Jane Doe has cosplayed for two years; her "passion" for it "stemmed through my love for Halloween."',
    'She typically chooses "to portray characters I loved as a child."': a fragment woven into narration with
    no verb of saying that speaks in the first person ("I", "my", "me") is someone's words: the person the
    sentence is about (its subject, or the subject's owner: "her passion"), else the last speaker quoted.
    Not a name or a title ("I Will Always Love You"), nor a fragment a verb of saying governs, nor one in
    a sentence that itself speaks in the first or second person (an interviewee's answer)."""
    if not any(t.lower_ in _FIRST_PERSON and t.pos_ == "PRON" for t in quote.span) or is_term(quote) \
            or _body_of_person(quote):
        return None
    doc = para.doc
    sent = doc[quote.span.start].sent
    narration = [t for t in sent if t.i not in para.quoted and t.is_alpha]
    if not narration or any(_first_or_second(t) for t in narration):
        return None  # a quote standing alone is a continuation's matter; "I'm like, "..."" is an interviewee's
    root = doc[quote.span.start:min(quote.span.end, sent.end)].root  # the part in the narrating sentence
    for token in [root, *root.ancestors]:
        if is_speech_verb(token) and token.i not in para.quoted:
            return None
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")
                        and c.pos_ in ("PRON", "PROPN", "NOUN")), None)
        if subject is None:
            continue
        owner = next((c for c in subject.children if c.dep_ == "poss" and c.i not in para.quoted), None)
        if subject.pos_ == "NOUN" and owner is not None and not person_noun(subject):
            subject = owner  # "her passion", 'her "passion"', "Doe's love"
        elif subject.i in para.quoted:
            continue
        who = resolver.who(para.index, subject)
        if who.person:
            return Who(who.person, who.text, "low" if who.confidence == "low" else "high")
        break
    if previous is not None and previous.person:
        return Who(previous.person, previous.text, "low")
    return None


def _opening_adverbial(tokens: list[Token]) -> bool:
    """ "During the premiere,", "Later that day,": a phrase of time or place set off by a comma, opening with a
    preposition or an adverb, with no verb and no name of a person in it."""
    return len(tokens) >= 2 and tokens[-1].text == "," and tokens[0].pos_ in ("ADP", "ADV") \
        and all(t.pos_ not in ("VERB", "AUX", "PRON") and t.ent_type_ != "PERSON" for t in tokens)


def _reporter_before(quote: Quote, para: Paragraph, resolver: Resolver) -> Who | None:
    """ 'Comic artist Jenn St-Onge told of being forced to ... "In my first stint, ..."': a quote with no cue
    right after a sentence that reports someone's words is that speaker's, not the last quote's speaker's."""
    doc = para.doc
    start = doc[quote.span.start].sent.start
    while start > 0:
        before = doc[start - 1].sent
        verbs = [t for t in before if t.i not in para.quoted and (is_speech_verb(t) or _issues_text(t))]
        if verbs:
            verb = min(verbs, key=lambda t: len(list(t.ancestors)))
            who = _speaker(verb, para, resolver)
            return who if who.person else None
        if any(t.i in para.quoted for t in before):
            return None  # the last quote's speaker is nearer
        if start == doc[quote.span.start].sent.start and _acts_by_name(before.root):
            who = _speaker(before.root, para, resolver)
            return who if who.person else None  # 'Jane Doe disagreed with the plan. "I don't see ..."'
        start = before.start
    return None


def _acts_by_name(verb: Token) -> bool:
    """A sentence's main verb whose subject is a name or "he"/"she" (the resolver says whether a person)."""
    subject = subject_of(verb) if verb.pos_ == "VERB" else None
    return subject is not None and (subject.pos_ == "PROPN" or subject.lower_ in ("he", "she"))


def _issues_text(verb: Token) -> bool:
    """ "Senator Jane Doe issued a statement on the decision. "...": putting out a statement introduces the
    quote that follows it."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _ISSUE and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _STATEMENT_NOUNS for c in verb.children)


def _speaker(cue: Token, para: Paragraph, resolver: Resolver, quote: Quote | None = None) -> Who:
    if cue.lower_ == "according":
        source = according_speaker(cue)
        return resolver.who(para.index, source) if source is not None else Who(None, "")
    author = _issued_from(cue, quote)
    if author is not None:
        who = resolver.who(para.index, author)
        if who.person is not None:
            return who
    subject = speaker_of(cue, para)
    if subject is None or subject.i > cue.i:
        subject = _speaker_after(cue, para, resolver) or _opening_speaker(cue, para, resolver) or subject
    else:
        subject = _name_before(cue, subject, para, resolver) or subject
    if subject is None:
        subject = _unparsed_subject(cue, para, resolver) or _subject_in_opening(cue, para, resolver)
    if subject is None:
        return Who(None, "")
    return resolver.who(para.index, subject)


def _issued_from(cue: Token, quote: Quote | None = None) -> Token | None:
    """ "The palace issued the following statement from the king: "..."", "The Coast Guard announced an order by
    its commandant directing units to "..."": when a verb of issuing a text introduces the quote, or the quote is
    inside the text the verb reports, the one the text is from (the parser may hang "from" on the verb) is the
    speaker, not the body that put it out; so is the author of a text whose participle cues it ("an order by the
    commandant telling units to "..."")."""
    if cue.pos_ != "VERB":
        return None
    subject = subject_of(cue)
    if subject is not None and subject.lemma_.lower() in DOCUMENT_NOUNS | _STATEMENT_NOUNS:
        # "The official reply, given to reporters by spokesman Carl Benn, reads: "..."": the text's giver
        by = next((o for a in subject.children if a.dep_ == "acl" for c in a.children if c.dep_ == "agent"
                   for o in c.children if o.dep_ == "pobj"), None)
        if by is not None:
            return by
    if cue.dep_ == "acl" and cue.head.lemma_.lower() in DOCUMENT_NOUNS:
        return next((o for c in cue.head.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                     for o in c.children if o.dep_ == "pobj"), None)
    text = next((c for c in cue.children if c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENT_NOUNS), None)
    if text is None or cue.lemma_.lower() not in _ISSUE and not (
            quote is not None and text.i < quote.span.start <= text.right_edge.i):
        return None
    return next((o for c in [*text.children, *cue.children] if c.dep_ == "prep" and c.lower_ in ("from", "by")
                 for o in c.children if o.dep_ == "pobj"), None)


def _unlinked_subject(cue: Token, para: Paragraph, resolver: Resolver) -> Token | None:
    """The speaker of a verb the parser gave no subject, found as for a quote's cue: a name right before it, or
    the person it hung inside an opening phrase ("In an interview, King Jan Doe denied that ...")."""
    return _unparsed_subject(cue, para, resolver) or _subject_in_opening(cue, para, resolver)


def _unparsed_subject(cue: Token, para: Paragraph, resolver: Resolver) -> Token | None:
    """A speaker the parser did not link to its verb: a name just before it (", Jamel Msallem, said",
    "someone, seemingly Honcharuk, audibly says"), or, for a participle after a comma, the subject of the
    clause it follows ("Trump took to social media, posting ...")."""
    doc = para.doc
    i = cue.i - 1
    while i >= 0 and i not in para.quoted and (doc[i].text == "," or doc[i].pos_ in ("ADV", "AUX", "PART")):
        i -= 1
    if i >= 0 and i not in para.quoted and (para.index, i) in resolver.cast.at and not _possessor(doc[i]):
        return doc[i]
    named = _name_before_apposition(i, para, resolver) or _name_before_relative(cue, i, para, resolver) \
        or _chain_before(i, para, resolver)
    if named is not None:
        return named
    if cue.tag_ == "VBG" and i > 0 and doc[i].text == ";" and i not in para.quoted:
        return _subject_before_semicolon(doc[i], para)
    if cue.tag_ != "VBG" or i < 0 or doc[i + 1].text != ",":
        return None
    root = cue.sent.root
    if root.i >= cue.i or root.i in para.quoted:
        return None
    return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in para.quoted), None)


def _subject_before_semicolon(semicolon: Token, para: Paragraph) -> Token | None:
    """ "Jane Doe spoke of the failed ban; stressing such bans only help smugglers": a participle right after a
    semicolon (which the parser may make the subject of the clause it reports) goes on the clause before the
    semicolon; its speaker is the subject of the nearest verb above the word before the semicolon."""
    token = semicolon.doc[semicolon.i - 1]
    while token.pos_ not in ("VERB", "AUX") and token.head != token and token.head.i < semicolon.i:
        token = token.head
    if token.pos_ not in ("VERB", "AUX") or token.i in para.quoted:
        return None
    subject = subject_of(token, para.quoted)
    return subject if subject is not None and subject.i < semicolon.i else None


def _name_before_apposition(i: int, para: Paragraph, resolver: Resolver) -> Token | None:
    """ "On Twitter, Adrian Wojnarowski, US sport columnist from ESPN, said ...": a name, then a description set
    off by commas, right before the verb (at `i`, the description's last word): the name is the speaker though
    the parser linked neither to the verb."""
    doc = para.doc
    if i < 0 or doc[i + 1].text != ",":
        return None
    j = i
    while j >= 0 and i - j < 8 and j not in para.quoted and (
            doc[j].pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM") or doc[j].lower_ in ("of", "from", "for", "at")):
        j -= 1
    if j < 1 or j == i or doc[j].text != "," or not any(t.pos_ == "NOUN" and person_noun(t) for t in doc[j + 1:i + 1]):
        return None
    name = doc[j - 1]
    if (para.index, name.i) not in resolver.cast.at or _possessor(name) or name.i in para.quoted:
        return None
    return name


def _chain_before(i: int, para: Paragraph, resolver: Resolver) -> Token | None:
    """ "Tom Reddick, QC, said ...": the last word of an appositive chain (a title, a body) set off by a comma
    right before the verb, whose head the parser linked elsewhere: the chain's head, a listed person, speaks."""
    if i < 0 or para.doc[i + 1].text != "," or i in para.quoted:
        return None
    return resolver.apposed_to(para.index, para.doc[i])


def _name_before_relative(cue: Token, i: int, para: Paragraph, resolver: Resolver) -> Token | None:
    """ "Giffords, who was was shot in 2011, said ...": a name opening the sentence, then a relative clause set
    off by commas right before the verb; the parser, thrown by the clause, may link neither to the verb."""
    doc, start = para.doc, cue.sent.start
    if i < 0 or doc[i + 1].text != ",":
        return None
    comma = next((t.i for t in doc[start:i] if t.text == "," and doc[t.i + 1].lower_ in ("who", "whose")), None)
    if comma is None or comma == start or any(t.i in para.quoted for t in doc[start:cue.i]):
        return None
    name = doc[comma - 1]
    return name if (para.index, name.i) in resolver.cast.at and not _possessor(name) \
        and all((para.index, t.i) in resolver.cast.at for t in doc[start:comma]) else None


def _subject_in_opening(cue: Token, para: Paragraph, resolver: Resolver) -> Token | None:
    """ 'Calling it "...", Jane Doe of the charity told Reuters "..."': after a participle clause that opens
    the sentence the parser may take the main verb's subject for an apposition inside that clause, leaving the
    verb without one; the person named first after the clause's comma is the subject of both verbs."""
    main = cue.head if _opening_participle(cue) else cue
    first = cue if _opening_participle(cue) else next((c for c in main.children if _opening_participle(c)), None)
    if first is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in main.children):
        return None
    doc = para.doc
    return next((t for t in first.subtree if t.dep_ == "appos" and t.i < main.i and t.i not in para.quoted
                 and doc[t.left_edge.i - 1].text == "," and (para.index, t.i) in resolver.cast.at), None)


def _opening_participle(verb: Token) -> bool:
    """ "Calling it a hoax, ...": a participle clause that opens its sentence."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.left_edge.i == verb.sent.start and verb.head.i > verb.i


def _name_before(cue: Token, subject: Token, para: Paragraph, resolver: Resolver) -> Token | None:
    """ "Longtime Imus in the Morning writer and performer Rob Bartlett tweeted": the parser may take a
    name early in a long subject for its head; the person named last, just before the verb, inside a
    prepositional phrase of that subject, is the one the phrase is about."""
    last = cue.doc[cue.i - 1]
    mine = resolver.cast.at.get((para.index, last.i))
    if mine is None or last.i <= subject.i or mine == resolver.cast.at.get((para.index, subject.i)) \
            or resolver.cast.at.get((para.index, subject.i)) is None or last not in subject.subtree:
        return None
    path = [a for a in last.ancestors if a.i > subject.i and subject in a.ancestors]
    if not any(a.dep_ == "prep" for a in path) or any(t.text == "," for t in cue.doc[subject.i:last.i]):
        return None
    return last


def _possessor(token: Token) -> bool:
    """A name in the possessive ("Huber's"), or a word of one."""
    while token.dep_ in ("compound", "flat") and token.head.i > token.i:
        token = token.head
    return token.dep_ == "poss" or token.i + 1 < len(token.doc) and token.doc[token.i + 1].tag_ == "POS"


def speaker_of(verb: Token, para: Paragraph) -> Token | None:
    """Who speaks through a reporting verb: the agent of a passive ("he was told by Emergencies Minister
    Yevgeny Zinichev", and of a participle with no subject: "her memoir, described by the Post as "...""), the
    document that reads, else the subject, unless that is the subject of a passive verb of saying with an agent
    the verb goes on from ("the results were described by Lee as "...", saying ...": Lee says; not "Doe was held
    by police after saying ...": Doe)."""
    agent = passive_agent(verb)
    if agent is not None and (any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
                              or not any(c.dep_ in ("nsubj", "csubj") for c in verb.children)):
        return agent
    if _calls_something(verb):
        return verb.head  # 'Trump called the sentence "unjust"', misread as a participle after its speaker
    subject = _document_of(verb) or subject_of(verb, para.quoted)
    if subject is not None and subject.dep_ == "nsubjpass" and subject.head != verb and is_speech_verb(subject.head):
        return passive_agent(subject.head) or subject
    return subject


def _speaker_after(cue: Token, para: Paragraph, resolver: Resolver) -> Token | None:
    """ '"...," said a protester using the pseudonym Katya', '"..." tweeted Mayor of London Sadiq Khan':
    a cue right after a quote has its speaker after it; the person named in that phrase ("of" only
    before a place: not "the son of President Trump"), else its first noun before "of". The phrase goes on
    over joined titles ("said study co-author and research fellow Jane Doe")."""
    doc = para.doc
    before = cue.i - 1
    while before >= 0 and doc[before].is_punct and before not in para.quoted:
        before -= 1
    if before < 0 or before not in para.quoted:
        return None
    words = []
    for token in doc[cue.i + 1:]:
        if token.i in para.quoted or not (token.pos_ in ("DET", "ADJ", "PROPN", "NOUN", "NUM")
                                          or token.tag_ == "POS" or token.lower_ in ("of", "and", "-") and words):
            break
        words.append(token)
    cut = next((n for n, t in enumerate(words) if t.lower_ == "of"), len(words))
    named = next((t for t in words if t.pos_ == "PROPN" and (para.index, t.i) in resolver.cast.at
                  and not _possessor(t)), None)  # "writes Huber's tag team partner Erick Rowan"
    while named is not None and named.dep_ in ("compound", "flat") and named.head in words:
        named = named.head
    if named is not None:
        place = [t for t in words[cut + 1:words.index(named)] if (para.index, t.i) not in resolver.cast.at]
        if words.index(named) < cut or place and all(t.pos_ == "PROPN" and t.lower_ not in OFFICE_WORDS | ROLE_NOUNS
                                                     for t in place):
            return named
    nouns = [t for t in words[:cut] if t.pos_ in ("NOUN", "PROPN") and not _possessor(t)]
    return nouns[-1] if nouns else None


def _opening_speaker(cue: Token, para: Paragraph, resolver: Resolver) -> Token | None:
    """ 'Remarked Center for Biological Diversity scientist Tierra Curry, "..."': a verb of saying that opens
    its sentence has its speaker after it: the person named last, right before the comma that opens the
    quote ("Said the mayor of Springfield, Tom Berg, "...""; the parser may read the verb as part of a name)."""
    doc = para.doc
    if cue.i != cue.sent.start or cue.tag_ not in ("VBD", "VBN"):
        return None
    named = None
    for token in doc[cue.i + 1:cue.sent.end]:
        if token.i in para.quoted:
            break
        if (para.index, token.i) in resolver.cast.at and not _possessor(token):
            named = token
    if named is None or named.i + 1 >= len(doc) or doc[named.i + 1].text != "," or named.i + 2 not in para.quoted:
        return None
    return named


def _according_source(token: Token) -> Token | None:
    if token.lower_ == "by":
        return token.doc[token.i + 1]  # "By reports"
    for to in token.children:
        if to.lower_ == "to":
            objects = [obj for obj in to.children if obj.dep_ == "pobj"]
            if objects:
                return objects[-1]  # "according to curator Jane Doe": a phrase the parser splits ends in its head
    nxt = token.doc[token.i + 1]
    return next((c for c in nxt.children if c.dep_ == "pobj"), None)


def indirect_statements(para: Paragraph, resolver: Resolver, direct_cues: dict[int, Token]) -> list[Statement]:
    """Reported speech: a speech verb's that-clause, and "according to X, ..." (none is kept from an interview's
    transcript: see transcript.py)."""
    out = []
    doc = para.doc
    para = _with_terms_as_words(para)
    for verb in tokens_of(doc):
        if verb.i in para.quoted or verb.pos_ != "VERB" or _hypothetical(verb) or not reports_clause(verb) \
                or _charged(verb) or _negated(verb) or _modifier(verb) or _said_thing_as_subject(verb) \
                or _unrealised(verb):
            continue
        repaired = _object_clause(verb)
        if repaired is not None:
            out += _repaired_statement(verb, repaired, para, resolver, direct_cues)
        for clause, own in _clause_parts(verb, para.quoted):
            if repaired is not None and clause == repaired[2]:
                continue
            set_off = _quote_set_off(clause, para)  # 'X said A; "Q", he said': A is X's, the verb after Q gives Q
            own -= set_off
            if _already_quoted(own - _asides(clause), verb, direct_cues) or _runs_into_quote(own, verb, para, direct_cues) \
                    or clause.i in para.quoted and (not set_off or own & para.quoted) or clause.i in foreign(doc) \
                    or set_off and min(set_off) < verb.i \
                    or not _states_finding(verb, clause) or _semicolon_between(clause, verb) and not set_off \
                    or _left_open(verb, clause) or _after_quoted_sentence(verb, clause) \
                    or clause.i < verb.i and _quotes_after(verb, clause, direct_cues) \
                    or clause.i > verb.i and _inverted_cue(verb, para, direct_cues):
                continue
            if clause.i > verb.i:  # "which his wife said was due to ...": the relative before the verb is not
                own = {i for i in own if i > verb.i}  # reported; the clause is what follows the verb
            own |= _subject_in_setting(verb, clause) | _subject_start(verb, clause)
            text = _clause_text(clause, own)
            if len(text.split()) < 3:
                continue
            subject = _cited_as(verb) or speaker_of(verb, para) or _unlinked_subject(verb, para, resolver)
            if _first_or_second(subject) or _evidence(subject) or subject is not None and _impersonal(subject) \
                    or _clausal_subject(verb):
                continue  # "I said", "you know": words inside someone's speech, not a report
            if clause.lemma_.lower() in INDIRECT_VERBS and (_bare_report(clause) or clause.i < verb.i
                                                            and _bare_report(verb, clause)):
                continue  # "S, CNN Philippines reported the governor said.": a source, not a clause reported
            cue = verb.text + (" out" if _point_out(verb) else " clear" if _made_clear(verb) is not None else "")
            source = _source_after(verb, clause)
            if source is not None:  # "..., CNN Philippines reported the governor said.": the governor's words
                subject, cue = speaker_of(source, para), source.text
            out += _reported_by(subject, cue, text, verb, para, resolver)
    out += _requests(para, resolver) + _mandates(para, resolver) + _calls_for(para, resolver) \
        + _noun_reports(para, resolver) \
        + _judgements(para, resolver) \
        + _inverted(para, resolver) + _trailing(para, resolver) + _in_view(para, resolver) \
        + _parenthetical(para, resolver) + _remark_as_root(para, resolver) + _inserted(para, resolver, direct_cues) \
        + _pleas(para, resolver) \
        + _document_clauses(para, resolver) + _claims_to(para, resolver) + _gerund_reports(para, resolver, direct_cues) \
        + _expressed_views(para, resolver) \
        + _with_reporting(para, resolver)
    # a verb another rule has read already ("asked for X to ..." is a request) gives no second statement
    out += [s for s in _cast_as(para, resolver) + _spoken_of(para, resolver) + _said_of_subject(para, resolver)
            + _report_before_clause(para, resolver) + _said_of_relative(para, resolver)
            if not any(o.where == s.where and o.cue.split()[:1] == s.cue.split()[:1] for o in out)]
    for token in according_to(doc, para.quoted):
        out += _according(token, para, resolver, direct_cues)
    return out


def _inverted_cue(verb: Token, para: Paragraph, direct_cues: dict[int, Token]) -> bool:
    """ '"...," said Jane Doe, commenting on the vote.': the cue of a quote, standing right after its closing
    mark with no subject before it, puts its subject after it (quotative inversion): the words after it name
    who speaks, however the parser hangs them (here as the subject of a clause the verb reports), never what
    is said."""
    doc = para.doc
    i = verb.i - 1
    while i >= 0 and _skippable(doc[i], para):
        i -= 1
    return i >= 0 and i in para.quoted and any(cue == verb for cue in direct_cues.values()) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children)


def _with_terms_as_words(para: Paragraph) -> Paragraph:
    """The paragraph as reported speech reads it: a name or term in quotation marks (`mentioned`) is one of the
    words of the clause it stands in, so it neither blocks nor splits the report around it."""
    kept = tuple(q for q in para.quotes if not mentioned(q, para))
    if len(kept) == len(para.quotes):
        return para
    return Paragraph(para.index, para.doc, kept, frozenset(inside(list(kept))), para.parser)


def _clausal_subject(verb: Token) -> bool:
    """ "Countering claims that ...": a verb whose subject is a clause (here the parser's reading of a noun
    after a participle) has nobody who speaks."""
    return any(c.dep_ == "csubj" for c in verb.children) and not any(c.dep_ == "nsubj" for c in verb.children)


def _quotes_after(verb: Token, clause: Token, direct_cues: dict[int, Token]) -> bool:
    """ 'Countering claims that ..., he replied, "We are ..."', 'Smith, who was injured in 2011, said "..."': a verb
    whose quote follows it reports that quote; what comes before it (an opening phrase, the subject's own
    relative clause, which the parser may hang on the verb as a clause) is not reported too; but an opening
    participle of saying reports its own clause ("Confirming life can thrive there, Seager said "..."")."""
    opening = clause.left_edge
    if opening.tag_ == "VBG" and opening.lemma_.lower() in INDIRECT_VERBS \
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return False  # not "Countering claims that ...": no clause after the participle, "claims" is its object
    return any(cue == verb and start > verb.i for start, cue in direct_cues.items())


def _with_reporting(para: Paragraph, resolver: Resolver) -> list[Statement]:
    """ "..., with local media reporting no-one was in the houses": a reporting verb with its subject after "with"
    reports the clause after it, though the parser hangs the "with" phrase on that clause's verb."""
    out, doc = [], para.doc
    for verb in tokens_of(doc):
        if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "with" or verb.i in para.quoted \
                or verb.lemma_.lower() not in INDIRECT_VERBS \
                or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        clause = verb.head.head
        start = verb.right_edge.i + 1
        if subject is None or _first_or_second(subject) or _evidence(subject) or clause.i <= verb.i \
                or clause.pos_ not in ("VERB", "AUX") or verb.head.i > clause.i \
                or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i >= start for c in clause.children):
            continue
        end = clause.right_edge.i + 1
        end = next((t.i for t in doc[start:end] if t.text in ";:"), end)
        while end > start and doc[end - 1].is_punct:
            end -= 1
        if end - start < 3 or any(i in para.quoted for i in range(start, end)):
            continue
        out += _reported_by(subject, verb.text, doc[start:end].text, verb, para, resolver)
    return out


def _after_quoted_sentence(verb: Token, clause: Token) -> bool:
    """ 'said "... self-cleaning[.]" Wong is a professor ...': a clause after a quote that closes a sentence
    (a full stop, then the closing mark) starts the next sentence, though the parser may hang it on the verb."""
    doc = clause.doc
    i = clause.left_edge.i
    while i < clause.i and doc[i].is_quote:  # the parser may hang the closing mark on the clause
        i += 1
    i -= 1
    if i <= verb.i or not doc[i].is_quote:
        return False
    while i > verb.i and (doc[i].is_quote or doc[i].text in ")]"):
        i -= 1
    return doc[i].text in (".", "!", "?", "…")


def _subject_in_setting(verb: Token, clause: Token) -> set[int]:
    """ "announced on Twitter the aviation board and the police were to investigate": a reported clause with no
    subject, right after a phrase of the verb, had its subject taken into that phrase. A determiner after a
    noun starts a new noun phrase: the clause's subject runs from there."""
    doc = clause.doc
    start = clause.left_edge.i
    if clause.i < verb.i or start == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
                                                for c in clause.children):
        return set()
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.right_edge.i == start - 1), None)
    if prep is None:
        return set()
    det = next((t for t in doc[prep.i + 2:start] if t.dep_ == "det" and t.lower_ in ("the", "a", "an")
                and doc[t.i - 1].pos_ in ("NOUN", "PROPN")), None)
    return set() if det is None else set(range(det.i, start))


def _subject_start(verb: Token, clause: Token) -> set[int]:
    """ "said hundreds of ISIS (Islamic State) fighters escaped": a reporting verb takes no noun object beside a
    clause without "that"; a noun phrase the parser hangs on the verb as its object, right before the clause,
    is the start of the clause's subject (not for a verb addressing someone: "told reporters the ...")."""
    doc = clause.doc
    start = clause.left_edge.i
    if clause.i < verb.i or verb.lemma_.lower() in _ADDRESSING | _TELL or doc[start].dep_ == "mark":
        return set()
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1 and c.tag_ != "PRP"
                and c.right_edge.i < start and all(t.is_punct for t in doc[c.right_edge.i + 1:start])
                and c.left_edge.text not in "\"“'‘" and (c.right_edge.i > c.left_edge.i or c.pos_ == "PROPN")),
               None)  # not a word said: 'say "friend" and the door opens', 'say piracy what they mean is ...'
    return set() if obj is None else set(range(obj.left_edge.i, start))


def _cited_as(verb: Token) -> Token | None:
    """ "The BBC cited Budi Gunawan as saying ...", "Reuters quoted an officer as saying ...": the one cited
    speaks, not the outlet citing them."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_.lower() not in ("cite", "quote"):
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)


def _bare_report(verb: Token, inner: Token | None = None) -> bool:
    """ "the governor said": a reporting verb with a subject and nothing reported of its own (but `inner`, the
    report the parser may hang on it)."""
    return any(c.dep_ == "nsubj" for c in verb.children) \
        and all(c.dep_ in ("nsubj", "aux", "advmod", "punct", "neg") or c == inner for c in verb.children)


def _source_after(verb: Token, clause: Token) -> Token | None:
    """ "Madrid District Hospital ... treated 25 wounded people, CNN Philippines reported the governor said.": the
    words before a report of a bare report are the inner speaker's (the parser hangs the bare report on the
    first, or the first on it)."""
    if clause.i > verb.i:
        return None
    head = verb.head
    if verb.dep_ == "ccomp" and head.i > verb.i and head.pos_ == "VERB" and head.lemma_.lower() in INDIRECT_VERBS \
            and _bare_report(head, verb):
        return head
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and c.pos_ == "VERB"
                 and c.lemma_.lower() in INDIRECT_VERBS and _bare_report(c)), None)


def _object_clause(verb: Token) -> tuple[int, int, Token] | None:
    """ "claimed Iran, especially, ... is unduly influencing ...", "determined Zhukovskyy's driving history
    rendered him a danger", "a statement saying an attack ... produced no casualties": a reported clause
    without "that" whose subject the parser took for the verb's object, leaving the clause's verb without a
    subject of its own. Returns the clause's first token, its end and the head of its verb phrase."""
    if verb.lemma_.lower() in ("tell", "inform", "assure"):
        return None  # their object is who is told
    doc = verb.doc
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                and c.left_edge.i == verb.i + 1), None)
    if obj is None or any(c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
                          for c in verb.children):
        return None
    mark = obj.left_edge
    if mark.lower_ == "that" and mark.dep_ == "mark" and mark.head == obj \
            and any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in obj.subtree):
        return mark.i + 1, obj.right_edge.i + 1, obj  # "observed that the date of the program, which ..., coincided
        # with ...": a "that" the parser hangs on the subject, whose verb it took for a modifier: all is the clause
    j = obj.right_edge.i + 1
    finite = next((c for c in obj.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBZ", "VBP") and c.i == obj.i + 1),
                  None)  # "report spiky skulls evolved at least 25 times": the clause's verb taken for a modifier
    if finite is None and verb.lemma_.lower() == "say":  # "said several acres of land burned before ...": "say"
        finite = next((c for c in obj.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")  # reports no noun
                       and c.left_edge.i == c.i > obj.i and doc[c.i - 1].pos_ in ("NOUN", "PROPN")  # phrase: a
                       and not any(g.dep_ == "agent" for g in c.children)), None)  # participle after it is the verb
    if finite is not None:
        j = finite.i
    while j < len(doc) and (doc[j].text == "," or doc[j].pos_ == "ADV"
                            or doc[j].dep_ == "prep" and doc[j].head == verb):
        j = doc[j].right_edge.i + 1 if doc[j].dep_ == "prep" else j + 1
    if j >= len(doc) or doc[j].sent != verb.sent:
        return None
    first = doc[j]
    if not (first.tag_ in ("VBD", "VBZ", "VBP", "MD") or first == finite or first.dep_ == "ccomp" and first.head == verb):
        return None
    if doc[j - 1].text == "," and first.pos_ == "VERB" or any(t.text == ";" for t in doc[verb.i:j]):
        return None  # "denied the allegations, labeled them as ...": a second act, not a clause
    head = first.head if first.dep_ in ("aux", "auxpass") else first
    if head.i < obj.i or head.lemma_.lower() in SPEECH_VERBS or head.dep_ in ("relcl", "acl") and head.head != obj \
            or _inside_its_subject(verb, head) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > verb.i for c in head.children):
        return None
    # "... was stolen from Trump gathered on Saturday", "..., adding ...": a verb joined with no word to
    # join it goes on with the sentence ("because ...", "and ..." stay in the clause)
    stops = [c.left_edge.i for c in head.children if c.dep_ in ("advcl", "conj") and c.pos_ == "VERB" and c.i > j
             and c.left_edge.dep_ not in ("mark", "cc") and doc[c.left_edge.i - 1].dep_ != "cc"]
    end = obj.i
    for token in doc[j:head.right_edge.i + 1]:
        if token.text in ";:" or token.i in stops:
            break
        end = token.i
    start = obj.left_edge.i + (1 if obj.left_edge.lower_ == "that" else 0)
    return start, end + 1, head


def _inside_its_subject(verb: Token, head: Token) -> bool:
    """ "the number of people claiming weekly benefits rose", "One firm that posted a gain in sales was Acme": a
    verb of saying inside the subject of a sentence does not report that sentence; it is a modifier of a noun in the
    subject (with its own subject, a relative clause). Not the parser's reading of a report whose own subject it
    hung on the clause's verb ("groups claiming the election was stolen", "research showing sponges can
    survive"): there the subject is the noun the participle modifies."""
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject == verb or subject.is_ancestor(verb)) \
        and (subject != verb.head or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))


def _repaired_statement(verb: Token, repaired: tuple[int, int, Token], para: Paragraph, resolver: Resolver,
                        direct_cues: dict[int, Token]) -> list[Statement]:
    start, end, _ = repaired
    if _already_quoted(set(range(start, end)), verb, direct_cues) or start in foreign(para.doc):
        return []
    text = _clause_text_of(para.doc[start:end])
    subject = verb.head if verb.dep_ == "acl" else speaker_of(verb, para) \
        or _unlinked_subject(verb, para, resolver)  # "a survey finding ...", "groups claiming ..."
    if len(text.split()) < 3 or _first_or_second(subject) or _evidence(subject):
        return []
    return _reported_by(subject, verb.text, text, verb, para, resolver)


def _clause_text_of(span) -> str:
    tokens = list(span)
    while tokens and _loose_end(tokens):
        tokens = tokens[:-1]
    return span.doc[tokens[0].i:whole_word_end(span.doc, tokens[-1].i + 1)].text if tokens else ""


def _loose_end(tokens: list[Token]) -> bool:
    """A last token the reported text drops: a dangling "and" or a punctuation mark, but not a closing quotation
    mark, nor a ")" that closes a "(" in the text ("winds of 30 miles per hour (45 kilometers per hour)")."""
    last = tokens[-1]
    if last.dep_ == "cc":
        return True
    if not last.is_punct or last.text in "\"”":
        return False
    return last.text != ")" or sum(t.text == "(" for t in tokens) < sum(t.text == ")" for t in tokens)


def _states_finding(verb: Token, clause: Token) -> bool:
    """ "found that the virus can live ...", "found the prorogation to be unlawful", "found the flies had a
    harder time ...": a finding is a clause with a subject and a "that", an auxiliary, a verb "be" or a verb
    in the present or the past with words after it; not "found it easy" or "found the strike justified" (a
    judgement), not "find what animals eat" (a question), not "found a bag"."""
    if verb.lemma_.lower() not in _FINDINGS | _CONCLUDING:
        return True
    question = clause.left_edge.tag_ in ("WP", "WDT", "WRB") and clause.left_edge.head == clause
    if any(c.dep_ == "dobj" for c in verb.children) or question:
        return False  # not "found when fish were plentiful, they would eat ...": the "when" opens a sub-clause
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return False
    finite = clause.tag_ in ("VBZ", "VBP") or clause.tag_ == "VBD" and any(
        c.i > clause.i and c.dep_ not in ("punct", "cc", "conj") for c in clause.children)
    return clause.pos_ == "AUX" or clause.lemma_ == "be" or finite \
        or any(c.dep_ in ("aux", "auxpass") or c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _trailing(para: Paragraph, resolver: Resolver) -> list[Statement]:
    """ "The now-extinct species used to carefully select bones ..., the research showed.": a reporting verb and
    its subject after a comma end the sentence and report all before the comma, though the parser, lost in a
    long clause, took its subject for a second subject of the verb and left the verb no clause."""
    out, doc = [], para.doc
    for verb in tokens_of(doc):
        if verb.i in para.quoted or verb.pos_ != "VERB" or verb.dep_ != "ROOT" or _hypothetical(verb) \
                or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children) \
                or not all(t.is_punct for t in doc[verb.i + 1:verb.sent.end]):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) < 2:
            continue
        subject, comma = subjects[-1], subjects[-1].left_edge.i - 1
        if doc[comma].text != "," or subject.right_edge.i + 1 != verb.i or _first_or_second(subject) \
                or _evidence(subject) or not _concludes(verb, subject):
            continue
        start = verb.sent.start
        if comma - start < 4 or any(i in para.quoted for i in range(start, comma)):
            continue
        out += _reported_by(subject, verb.text, doc[start:comma].text, verb, para, resolver)
    return out


def _concludes(verb: Token, subject: Token) -> bool:
    """A verb of saying, or of showing or suggesting with someone or a study as `subject`."""
    lemma = verb.lemma_.lower()
    return lemma in INDIRECT_VERBS or lemma in _CONCLUDING | {"suggest"} and (
        _someone(subject) or _a_study(subject) or _people_of_a_kind(subject))


def _in_view(para: Paragraph, resolver: Resolver) -> list[Statement]:
    """ "In his view, there are strong opportunities ...", "In Smith's opinion, the plan ...": a view or an
    opinion given as someone's, opening the sentence, attributes the rest of it as "according to" does."""
    out, doc = [], para.doc
    for sent in doc.sents:
        words = doc[sent.start:min(sent.start + 6, sent.end)]
        if len(words) < 4 or words[0].lower_ not in ("in", "from") or words[0].i in para.quoted:
            continue
        view = next((t for t in words[1:] if t.lower_ in _VIEWS), None)
        owner = next((c for c in view.children if c.dep_ == "poss"), None) if view is not None else None
        if owner is None or view.i + 1 >= sent.end or doc[view.i + 1].text != "," or _first_or_second(owner) \
                or owner.lower_ in ("my", "our", "your"):
            continue
        end = next((t.i for t in doc[view.i + 2:sent.end] if t.text == ";"), sent.end)
        while end > view.i + 2 and doc[end - 1].is_punct:
            end -= 1
        if end - view.i < 6 or any(i in para.quoted for i in range(view.i + 2, end)):
            continue
        out += _reported_by(owner, doc[sent.start:view.i + 1].text, doc[view.i + 2:end].text, doc[sent.start], para,
                            resolver)
    return out


def _inverted(para: Paragraph, resolver: Resolver) -> list[Statement]:
    """ "It is not for the Court to opine, argued the government's lawyer, Richard Keen.": a reporting
    verb after a comma, with its speaker after it, ends the sentence; the parser hangs it on the clause
    it reports (as a conjunct) and takes the speaker for an object."""
    out = []
    for verb in tokens_of(para.doc):
        if verb.i in para.quoted or verb.pos_ != "VERB" or verb.dep_ not in ("conj", "parataxis") \
                or verb.lemma_.lower() not in INDIRECT_VERBS or para.doc[verb.i - 1].text != ",":
            continue
        sent = verb.sent
        speaker = next((c for c in verb.children if c.dep_ in ("dobj", "nsubj", "attr") and c.i > verb.i), None)
        if speaker is None or any(c.dep_ == "ccomp" or c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i
                                  for c in verb.children):
            continue
        rest = [t for t in para.doc[speaker.right_edge.i + 1:sent.end] if not t.is_punct]
        content = para.doc[sent.start:verb.i - 1]
        if rest or any(t.i in para.quoted for t in content) or len(content) < 4:
            continue
        out += _reported_by(speaker, verb.text, content.text, verb, para, resolver)
    return out


def _parenthetical(para: Paragraph, resolver: Resolver) -> list[Statement]:
    """ "his death, they reported, was officially described as ...", "The council, as news sources noted,
    is ...": a reporting verb with its subject between commas inside the clause it reports; the
    statement is that clause with the remark cut out."""
    out, doc = [], para.doc
    for verb in tokens_of(doc):
        if verb.i in para.quoted or verb.pos_ != "VERB" or verb.dep_ not in ("parataxis", "advcl") \
                or verb.lemma_.lower() not in INDIRECT_VERBS or _hypothetical(verb):
            continue
        first, last = _remark_span(verb)
        near = [c for c in verb.children if first <= c.i <= last]
        subject = next((c for c in near if c.dep_ == "nsubj" and c.i < verb.i), None)  # "says the study": _inserted
        if subject is None or _first_or_second(subject) or _has_topic(verb, near) \
                or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in near) \
                or first == 0 or last + 1 >= len(doc) or doc[first - 1].text != "," or doc[last + 1].text != ",":
            continue
        clause = [t for t in verb.head.subtree if (t.i < first - 1 or t.i > last + 1)
                  and not _semicolon_between(t, verb)]  # "...; they had, his father says, paid ..."
        while clause and clause[0].is_punct:
            clause = clause[1:]
        while clause and clause[-1].is_punct:
            clause = clause[:-1]
        if len(clause) < 4 or clause[0].i > first or any(t.i in para.quoted for t in clause) \
                or clause[0].tag_ in ("WDT", "WP"):
            continue  # not "(a level) that is, as sources noted, democratic": the relative is part of a clause
        text = doc[clause[0].i:first - 1].text + " " + doc[last + 2:clause[-1].i + 1].text
        out += _reported_by(subject, verb.text, text, verb, para, resolver)
    return out


def _remark_span(verb: Token) -> tuple[int, int]:
    """Where a remark set off by commas begins and ends ("..., scientists say, ...", "..., as news sources
    noted, ..."): its own words are the verb and the children near it (the subject, "as", a particle, an
    adverb); a part of the clause around it that the parser hangs on it across a comma or a ";" (a condition
    before: "If these findings are accurate, scientists say, ..."; the rest after: "..., the patrol described,
    in the northbound lanes ...") is not."""
    doc = verb.doc
    first = last = verb.i
    for child in sorted(verb.children, key=lambda c: abs(c.i - verb.i)):
        between = range(child.right_edge.i + 1, verb.i) if child.i < verb.i else range(verb.i + 1, child.left_edge.i)
        if child.is_punct or _semicolon_between(child, verb) or any(doc[i].text in ",;" for i in between):
            continue
        first, last = min(first, child.left_edge.i), max(last, child.right_edge.i)
    while first < verb.i and doc[first].is_punct:
        first += 1
    while last > verb.i and doc[last].is_punct:
        last -= 1
    return first, last

def _remark_as_root(para: Paragraph, resolver: Resolver) -> list[Statement]:
    """ "Many of the cultures in Montana, the complaint pointed out, have a concept of ...": a remark set off by
    commas that the parser made the sentence's root, with the reported clause's subject before it and its
    verb, without a subject of its own, after it; the statement is the sentence with the remark cut out."""
    out, doc = [], para.doc
    for verb in tokens_of(doc):
        if verb.dep_ != "ROOT" or verb.i in para.quoted or verb.pos_ != "VERB" \
                or verb.lemma_.lower() not in INDIRECT_VERBS and not _point_out(verb) or _hypothetical(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None or subject.left_edge.i < 2 or doc[subject.left_edge.i - 1].text != "," \
                or _first_or_second(subject):
            continue
        last = max([verb.i] + [c.i for c in verb.children if c.dep_ in ("prt", "advmod") and c.i > verb.i])
        rest = next((c for c in verb.children if c.left_edge.i == last + 2 and c.pos_ in ("VERB", "AUX")
                     and c.dep_ in ("dep", "ccomp", "conj", "parataxis")), None)
        if last + 1 >= len(doc) or doc[last + 1].text != "," or rest is None \
                or any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in rest.children):
            continue
        sent = verb.sent
        before = doc[sent.start:subject.left_edge.i - 1]
        if len(before) < 2 or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in before) \
                or any(t.i in para.quoted for t in [*before, *rest.subtree]):
            continue  # the words before are the clause's subject, with no verb of their own
        end = rest.right_edge.i + 1
        while end > rest.i + 1 and doc[end - 1].is_punct:
            end -= 1
        cue = verb.text + (" out" if _point_out(verb) else "")
        text = before.text + " " + doc[rest.left_edge.i:end].text
        out += _reported_by(subject, cue, text, verb, para, resolver)
    return out


def _report_before_clause(para: Paragraph, resolver: Resolver) -> list[Statement]:
    """ "Al Jazeera reported on Thursday, coverage had risen ...", "As the ministry reported, the dam had failed
    ...", "As reported in the local press, the bridge ...": a reporting verb with its subject and only settings
    after it (when, where, to whom), then a comma, opens the sentence it reports; the parser makes the clause
    after the comma the head and hangs the verb on it. The statement is that clause."""
    out, doc = [], para.doc
    for verb in tokens_of(doc):
        clause = _clause_after_report(verb)
        if clause is None or verb.i in para.quoted or not reports_clause(verb) or _hypothetical(verb) \
                or _negated(verb) or not _opens_report(verb):
            continue
        start = max(t.i for t in verb.subtree if not t.is_punct) + 1
        start += start < len(doc) and doc[start].text == ","
        report = {t.i for t in verb.subtree}  # (inside the subject's words, where the parser hangs it there)
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and min(t.i for t in c.subtree if t.i not in report) == start
                   for c in clause.children):
            continue  # the clause's own subject starts right after the report
        subject = verb.head if verb.dep_ == "acl" else _reporter_of(verb)
        end = clause.right_edge.i + 1
        while end > start and doc[end - 1].is_punct:
            end -= 1
        words = doc[start:end]
        if subject is None or _first_or_second(subject) or _evidence(subject) or len(words) < 3 \
                or any(t.i in para.quoted for t in words) or any(t.text in ";:" for t in words):
            continue
        out += _reported_by(subject, verb.text, words.text, verb, para, resolver)
    return out


def _clause_after_report(verb: Token) -> Token | None:
    """The clause a reporting verb before it reports, where the parser made that clause the verb's head
    ("X reported on Monday, coverage had risen": the verb a complement, a parenthesis or an "as" clause of
    "risen"), or took the verb for a participle of its own subject ("The city estimated by noon, there would
    be ...": "city" then stands as a second subject of the clause, beside "there")."""
    if verb.pos_ != "VERB":
        return None
    if verb.dep_ in ("ccomp", "parataxis", "advcl"):
        clause = verb.head
    elif verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.head.dep_ == "nsubj":
        clause = verb.head.head
    elif verb.dep_ == "amod" and verb.tag_ == "VBD" and verb.head.dep_ in ("nsubj", "nsubjpass") \
            and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        clause = verb.head.head  # "Eurocontrol noted airspace was closed": the verb, with its own subject, taken
        # for an adjective on the clause's subject ("noted airspace")
    else:
        return None
    return clause if clause.i > verb.i and clause.pos_ in ("VERB", "AUX") else None


def _opens_report(verb: Token) -> bool:
    """The reporting verb says only who reported and when, where or to whom: no clause or object of its own
    (but whom a verb of telling addresses: "As Mr Brandt told the Daily Courier, ..."), no topic ("As Ann
    remarked on the vote, ...": a remark about a thing, the clause after it is narration), and as a
    subordinate only with "as" ("When police announced the closure, residents ...": a time)."""
    marks = [c for c in verb.children if c.dep_ == "mark"]
    if verb.dep_ == "advcl" and [m.lower_ for m in marks] != ["as"] or verb.dep_ != "advcl" and marks:
        return False
    for child in verb.children:
        if child.i < verb.i or child.dep_ in ("punct", "advmod", "npadvmod", "agent", "aux", "auxpass"):
            continue
        if child.dep_ == "prep" and (_setting(child) or child.lower_ == "in" and verb.tag_ == "VBN") \
                or child.dep_ == "dobj" and verb.lemma_.lower() in _ADDRESSING and child.pos_ in ("PROPN", "NOUN"):
            continue
        return False
    return True


def _reporter_of(verb: Token) -> Token | None:
    """Who reports: the verb's subject, or in the passive the one it was reported by or in ("As reported by the
    BBC", "as reported in the local press")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is not None or verb.tag_ != "VBN":
        return subject
    return next((o for c in verb.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "in"
                 for o in c.children if o.dep_ == "pobj"), None)


def _inserted(para: Paragraph, resolver: Resolver, direct_cues: dict[int, Token]) -> list[Statement]:
    """ "Because warmer water is more buoyant, says the study, it rises ...", "..., reads the motion, the
    declaration ... violates ...": a reporting verb and its subject after it, set off by commas inside
    the sentence it reports; the statement is that sentence with the remark cut out (a quote inside it
    attributed elsewhere stays: 'what the scientists describe as an "upside-down river"')."""
    out, doc = [], para.doc
    for verb in tokens_of(doc):
        if verb.i in para.quoted or verb.pos_ != "VERB" or verb.i == 0 or doc[verb.i - 1].text != "," \
                or not reports_clause(verb) or _hypothetical(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
        if subject is None or subject.right_edge.i + 1 >= len(doc) or doc[subject.right_edge.i + 1].text != "," \
                or any(c.i > verb.i and c != subject and not c.is_punct for c in verb.children):
            continue
        sent = verb.sent
        before = [t for t in doc[sent.start:verb.i - 1]]
        after = [t for t in doc[subject.right_edge.i + 2:sent.end]]
        while after and after[-1].is_punct:
            after = after[:-1]
        words = [t for t in before + after if not t.is_punct]
        if len([t for t in before if not t.is_punct]) < 2 or len([t for t in after if not t.is_punct]) < 3 \
                or _already_quoted({t.i for t in words}, verb, direct_cues):
            continue
        joint = ", " if any(c.i < verb.i and not c.is_punct for c in verb.children) else " "  # "Because ..., it"
        text = doc[before[0].i:before[-1].i + 1].text + joint + doc[after[0].i:after[-1].i + 1].text
        out += _reported_by(subject, verb.text, text, verb, para, resolver)
    return out


def _left_open(verb: Token, clause: Token) -> bool:
    """ "The company had not confirmed what work the crew was doing", "did not say whether ...", "refused to
    answer whether ...": a negated cue, or one in the infinitive, with a question for content states nothing."""
    first = clause.left_edge
    unmade = verb.tag_ == "VB" and not any(c.dep_ == "aux" and c.lemma_ == "do" for c in verb.children)
    return (unmade or any(c.dep_ == "neg" for c in verb.children)) \
        and (first.tag_ in ("WDT", "WP", "WP$", "WRB") or first.lower_ in ("whether", "if"))


def _unrealised(verb: Token) -> bool:
    """ "Toyota is expected to report that ...", "plans to announce that ...", "was criticized for failing to
    mention that ...", "though it is interesting to note that ...": an infinitive of saying reports nothing when
    the predicate it hangs on does not say the act was done (an act expected, intended, wished, tried or possible
    is still to come; one failed, refused or declined did not happen), nor under an impersonal "it is ADJ to"
    (the narrator's aside). Those that say it was done stay: "went on to say", "was quick to add"."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if head.lemma_.lower() in _UNREALISED or any(c.dep_ == "acomp" and c.lemma_.lower() in _UNREALISED
                                                 for c in head.children):
        return True
    return head.lemma_ == "be" and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children) \
        and any(c.dep_ in ("acomp", "attr") for c in head.children)


def _said_thing_as_subject(verb: Token) -> bool:
    """ "After the news was announced the index dipped": a passive verb of saying whose subject is the thing said
    (the object of the active: "announced the news") has its content already; a clause the parser hangs on it is
    the sentence going on. Not an empty "it" ("It was announced that ..."), nor the one told or asked ("was told
    the plant would close", "was warned that ..."): there the subject is the addressee."""
    return verb.lemma_.lower() not in _ADDRESSING | _TELL \
        and any(c.dep_ == "nsubjpass" and c.lower_ != "it" for c in verb.children)


def _negated(verb: Token) -> bool:
    """ "the memo does not indicate that ...", "she never said she would resign", "Police have not confirmed that
    ...": a report the narration says was not made."""
    return any(c.dep_ == "neg" for c in verb.children)


def _impersonal(subject: Token) -> bool:
    """ "It was reported he was in a coma": a passive with an empty "it" names no speaker at all."""
    return subject.lower_ == "it" and subject.dep_ == "nsubjpass"


def _has_topic(verb: Token, near: list[Token] | None = None) -> bool:
    """ "as Biden remarked on the investigation": a remark about a topic, not the clause around it (among
    `near`, the remark's own words, when the parser hangs more of the clause on the verb)."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "about", "of") for c in (verb.children if near is None else near))


def _hypothetical(verb: Token) -> bool:
    """ "one could argue that ...", "they might say ...", "you can't tell where it came from", "if he said
    ...": speech that was not made; so is an imperative ("Tell us what ...", "Say you add a tree ...": a bare verb heading its
    sentence with no subject)."""
    children = list(verb.children)  # spaCy makes a new Token for each child on every pass
    if verb.tag_ == "VB" and verb.dep_ == "ROOT" and not any(c.dep_ in ("nsubj", "aux", "auxpass") for c in children):
        return True
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in children):
        return True  # "allowed only if a doctor determined the mother was in danger": a condition
    if any(c.dep_ == "advmod" and c.lower_ in _AFTERWARDS for c in children):
        return False  # "She would later say ...": what was said afterwards, told from before it
    return any(c.tag_ == "MD" and c.lower_ in _MAYBE for c in children)


def _point_out(verb: Token) -> bool:
    return verb.lemma_.lower() == "point" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _clause_parts(verb: Token, quoted: frozenset[int] | set[int]) -> list[tuple[Token, set[int]]]:
    """Each reported clause of a verb with the tokens that are its own. Conjoined clauses are one report
    ("said fentanyl had become popular, and colors were used as a signature"), unless a conjunct holds a
    quote: "underlined they keep channels open and that he would be "..."" reports the unquoted clause
    and, as a direct statement, the quote."""
    parts = []
    clauses = _after_the_verb(verb, _reported_clauses(verb), quoted)
    tails = {clause: _tail(clause, clauses) or _quoted_predicate(clause, clauses, quoted) for clause in clauses}
    for clause in clauses:
        if any(tail == clause for tail in tails.values()):
            continue
        heads = [clause] + [c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                            and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) and _joined(c)]
        if not any(t.i in quoted for t in clause.subtree):
            heads = [clause]
        for head in heads:
            if head != clause and _narration_after_quote(head, heads, quoted):
                continue
            others = {t.i for h in heads if h != head and h != clause for t in h.subtree}
            own = {t.i for t in head.subtree} - others
            if head == clause:
                own -= {t.i for h in heads[1:] for t in h.subtree}
                own |= {t.i for t in tails[clause].subtree} if tails[clause] is not None else set()
                later = _said_later(verb, clause, quoted)
                own |= {t.i for t in later.subtree} if later is not None else set()
            parts.append((head, own))
    return parts


_BACKSHIFTED = frozenset(["would", "could", "should", "might"])


def _said_later(verb: Token, clause: Token, quoted: frozenset[int] | set[int]) -> Token | None:
    """ "stated she was not interested in the post, but would take it if needed", "warned water was leaking and the
    damage could exceed last year's": a verb joined to a past reporting verb after its clause, with a past modal
    ("would", "could", "should", "might") the reporting verb does not have, is the reported words' own
    future or possibility (shifted back after "said"), so it goes on with the report, however the parser
    hangs it; not a plain past ("and left the room": the speaker's next act), nor "will" (the narrator's),
    nor a clause naming another source (", according to X there may be ...")."""
    if clause.i < verb.i or verb.tag_ not in ("VBD", "VBN") or any(c.tag_ == "MD" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "conj" and c.i > clause.right_edge.i
                 and c.pos_ in ("VERB", "AUX")
                 and any(a.dep_ == "aux" and a.lower_ in _BACKSHIFTED for a in c.children)
                 and not any(t.i in quoted or t.lower_ == "according" for t in c.subtree)), None)


def _after_the_verb(verb: Token, clauses: list[Token], quoted: frozenset[int] | set[int]) -> list[Token]:
    """The clauses a verb reports when the parser gives it one on each side: the one after the verb ("In a release
    put out Friday, the group said that ...", "Regarding which part was hardest, she said it was ...", "The
    team lost: the coach said it ..."); the one before is an opening phrase or the narration the report
    follows. A clause before the verb alone is reported ("Prices will rise, the bank said."), and so is one before a
    bare report ("Prices will rise, CNN reported the governor said.": the governor's words, see `_source_after`)."""
    after = [c for c in clauses if c.i > verb.i and c.i not in quoted and not _bare_report(c)]
    return [c for c in clauses if c.i > verb.i or c.i in quoted] if after else clauses


def _joined(conj: Token) -> bool:
    """A conjunct the sentence joins with "and", "or" or a comma; not one the parser joins straight after a
    quoted fragment ('remained "cautiously optimistic" a deal would be reached': the fragment's complement,
    one partly quoted report)."""
    doc = conj.doc
    i = conj.left_edge.i - 1
    while i > 0 and doc[i].is_quote:
        i -= 1
    return i >= 0 and (doc[i].dep_ == "cc" or doc[i].text in ",;:")


def _quoted_predicate(clause: Token, clauses: list[Token], quoted: frozenset[int] | set[int]) -> Token | None:
    """A second clause of the verb right after the first, with no comma or conjunction between, that makes
    one partly quoted report with it: its predicate is quoted and it has no subject ('saying the justification
    presented for the question was "contrived."': the parser took a modifier of the subject for the verb), or
    the first ends in a quoted fragment the second completes ('said she remained "hopeful" a deal would be
    reached')."""
    doc = clause.doc
    after = clause.right_edge.i + 1
    for c in clauses:
        first = c.left_edge.i
        while first < c.i and doc[first].is_quote:
            first += 1
        if c.head != clause.head or c.i <= clause.i or not all(doc[i].is_quote for i in range(after, first)) \
                or any(g.dep_ in ("csubj", "mark") for g in c.children):
            continue
        mark = first - 1  # a closing mark just before: the first clause ends in a quoted fragment
        ends_quoted = doc[mark].is_quote and mark in quoted and mark - 1 in quoted and not doc[mark - 1].is_quote
        subject = any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        if ends_quoted and subject or not subject and any(t.i in quoted for t in c.subtree) \
                and any(g.dep_ in ("aux", "auxpass", "cop") and g.i < c.i for g in c.children):
            return c
    return None


def _narration_after_quote(conj: Token, heads: list[Token], quoted: frozenset[int] | set[int]) -> bool:
    """ 'said "We could not win," and the city flag is at half-mast': after a report that is all quote, a
    conjoined clause with no "that" of its own is the article's narration, not more of the report."""
    first = {t.i for t in heads[0].subtree} - {t.i for h in heads[1:] for t in h.subtree}
    return all(i in quoted or conj.doc[i].is_punct or conj.doc[i].dep_ == "cc" for i in first) \
        and not any(c.dep_ == "mark" and c.lower_ == "that" for c in conj.children)


def _tail(clause: Token, clauses: list[Token]) -> Token | None:
    """ "said the storm had winds of 30 mph, just nine shy of becoming a tropical storm": a second clause of
    the verb with no subject of its own, right after the first and a comma, goes on with the first; it is
    not a report of its own. So does a verb the parser split off the first clause ("said new housing, to be
    built after the vote, is to be ...", "said they hope to confirm the twists are real": its subject is in
    the first)."""
    doc = clause.doc
    after = clause.right_edge.i + 1
    return next((c for c in clauses if c.head == clause.head and c.head.i < clause.i
                 and (c.left_edge.i in (after, after + 1) and after < len(doc) and doc[after].text == ","
                      and c.pos_ in ("ADJ", "NOUN", "ADV", "ADP", "VERB", "AUX")
                      or c.left_edge.i == after and c.pos_ in ("VERB", "AUX"))
                 and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in clause.children)
                 and not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for g in c.children)), None)


def _reported_clauses(verb: Token) -> list[Token]:
    """The verb's that-clauses; for "made (it) clear", the clause after "clear", not "clear" itself. A clause
    the parser conjoins to the verb with no "and" or comma before it is its object: "indicated on Twitter the
    girl was ill" (a conjunct needs a conjunction). Not a clause before the verb's relative object ("The spray is
    made of silicone, that Wang described as ..."): the parser's reading of the antecedent, not a report."""
    clear = _made_clear(verb)
    if clear is None:
        relative = _relative_pronoun_object(verb)  # not the clause before "that Doe described as ...": its antecedent's
        return [c for c in verb.children if (c.dep_ == "ccomp" and not _adjunct(c) or _unjoined(c, verb))
                and not (relative is not None and c.i < relative.i)] + _clause_in_setting(verb)
    return [c for c in [*verb.children, *clear.children] if c.dep_ in ("ccomp", "advcl") and c.i > clear.i
            and c.pos_ in ("VERB", "AUX") and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)]


def _clause_in_setting(verb: Token) -> list[Token]:
    """ "said in a statement that the dam had failed", "clarified in the hearing that her ruling was not ...": a
    that-clause right after the phrase that says where the words were given, which the parser hangs on that
    phrase's noun as a modifier ("a statement that ..."); with a subject of its own it is the verb's report."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return []
    out = []
    for prep in verb.children:
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if prep.dep_ != "prep" or prep.i < verb.i or obj is None or prep.lower_ not in _WHERE_SAID \
                or obj.lemma_.lower() not in DOCUMENT_NOUNS | _SETTINGS:
            continue  # not "following complaints that ...", "to the point that ...": a noun's own clause
        out += [c for c in obj.children if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX")
                and c.left_edge.lower_ == "that" and c.left_edge.i == obj.right_edge.i - len(list(c.subtree)) + 1
                and any(g.dep_ in ("nsubj", "nsubjpass", "expl") and g.lower_ != "that" for g in c.children)]
    return out

def _unjoined(clause: Token, verb: Token) -> bool:
    """A clause conjoined to the verb right after a phrase of the verb, with no conjunction and at most a comma
    after the phrase ("estimated by 2050, increasing population would raise ...")."""
    doc = clause.doc
    start = clause.left_edge.i
    comma = doc[start - 1].text == ","
    return clause.dep_ == "conj" and clause.pos_ in ("VERB", "AUX") and clause.i > verb.i \
        and any(g.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for g in clause.children) \
        and any(c.dep_ in ("prep", "npadvmod", "advmod") and c.right_edge.i == start - 1 - comma
                for c in verb.children) \
        and not any(doc[i].is_punct for i in range(verb.i + 1, start - comma)) \
        and not any(c.dep_ in ("cc", "ccomp", "dobj") for c in verb.children)


def _adjunct(clause: Token) -> bool:
    """A clause the parser hangs on the verb as reported that is none: one opened by a subordinator other
    than "that", "whether" or "if" ("declared an emergency so he could fund a wall": a purpose), or a relative
    clause after a comma ('alleged the government is "hiding the figures", whose vehicle was used ...'; not
    one the verb is inside: "the mission, which NASA said might start in May")."""
    doc = clause.doc
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.i < clause.i), None)
    if mark is not None and mark.lower_ not in ("that", "whether", "if"):
        return True
    first = next(t for t in clause.subtree if not t.is_punct or t == clause)
    return first.i > clause.head.i and first.lower_ in ("which", "who", "whom", "whose") \
        and doc[first.i - 1].text == ","


def _made_clear(verb: Token) -> Token | None:
    """ "The Kremlin made clear no timeline had been set", "She made it clear that ...": the "clear"."""
    if verb.lemma_.lower() != "make":
        return None
    return next((c for c in verb.children if c.lower_ == "clear" and c.dep_ in ("ccomp", "acomp", "oprd")), None)


def _already_quoted(own: set[int], verb: Token, direct_cues: dict[int, Token]) -> bool:
    """True when a quote inside the clause is attributed to this verb or one above it (one entry per span)."""
    above = {verb.i} | {a.i for a in verb.ancestors}
    return any(start in own and cue.i in above for start, cue in direct_cues.items())


def _runs_into_quote(own: set[int], verb: Token, para: Paragraph, direct_cues: dict[int, Token]) -> bool:
    """ "She said she did this to show victims "there is nothing to be ashamed of"": a clause that runs
    straight into a quote of the same report, with no comma or colon between, leads into the quoted fragment
    (partly quoted speech: the quote is the statement), whatever the parser made of the quote."""
    last = max(own, default=-1)
    start = last + 2
    cue = direct_cues.get(start)
    return last >= 0 and not para.doc[last].is_punct and para.doc[last].dep_ != "cc" and last + 1 in para.quoted \
        and para.doc[last + 1].is_punct and cue is not None and (cue == verb or cue.i in own)


_SET_OFF = {":", ";", ",", "\u2014", "\u2013"}  # colon, semicolon, comma, em and en dash


def _quote_set_off(clause: Token, para: Paragraph) -> set[int]:
    """ "told the magazine the pattern suggested ...: "Somehow, these frogs ..."", 'said the roles were not yet
    set, "They won't fight."', 'said there was no panic; "I think ..."': a quote set off from the end of a
    reported clause by a colon, or by a comma, semicolon or dash when it opens a sentence of its own, is a
    statement of its own; the clause stops at the mark, whatever the parser hangs on which."""
    mark = next((t.i for t in clause.subtree if _sets_off_quote(t, para)
                 and (t.text == ":" or _clause_before(t, clause))), None)
    return set() if mark is None else {t.i for t in clause.subtree if t.i >= mark}


def _clause_before(mark: Token, clause: Token) -> bool:
    """The reported clause has a subject and its verb before the mark (not 'told the court that, over the last
    months, "Her illness ..."', where the comma closes an opening phrase and the quote is the clause), and the
    mark does not follow a verb whose words the quote gives ('all they saw was a sign saying, "Closed"')."""
    before = mark.doc[mark.i - 1]
    if before.pos_ == "VERB" and before.lemma_.lower() in INDIRECT_VERBS | SPEECH_VERBS:
        return False
    return any(t.i < mark.i and t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.i < mark.i
               for t in clause.subtree)


def _sets_off_quote(mark: Token, para: Paragraph) -> bool:
    """A colon before a quote; a comma, semicolon or dash before a quote that starts with a capital (a sentence
    of its own, not a quoted word that goes on the clause: 'said it was, "in a word", over')."""
    if mark.i in para.quoted or mark.i + 1 not in para.quoted or mark.text not in _SET_OFF:
        return False
    quote = next((q for q in para.quotes if mark.i < q.span.start <= mark.i + 2), None)
    return mark.text == ":" or quote is not None and len(quote.span) > 0 and quote.span[0].text[:1].isupper()


def _clause_text(clause: Token, own: set[int] | None = None) -> str:
    """The reported clause, without "that", a comment on it (", which he denied") or a conjoined report."""
    cut = {t.i for c in clause.subtree if c != clause and _aside(c) and not _describing(c) for t in c.subtree}
    chosen = {t.i for t in clause.subtree} if own is None else own  # own may run on past the clause (`_tail`)
    tokens = [clause.doc[i] for i in sorted(chosen) if i not in cut]  # in reading order, not the tree's
    while tokens and (tokens[0].dep_ == "mark" and tokens[0].lower_ in ("that", "whether", "if")
                      or tokens[0].is_punct):
        tokens = tokens[1:]
    if tokens:
        end = _before_given_in(clause.doc, tokens[0].i, tokens[-1].i + 1)
        tokens = [t for t in tokens if t.i < end]
    while tokens and _loose_end(tokens):
        tokens = tokens[:-1]
    if not tokens:
        return ""
    return clause.doc[tokens[0].i:whole_word_end(clause.doc, tokens[-1].i + 1)].text


def _outer_speaker(verb: Token, para: Paragraph, resolver: Resolver) -> str | None:
    """The speaker of the report whose clause holds `verb` ("X said that he did indicate ..."); none for a
    verb that goes on the outer report (", adding ...": a second statement of the same speaker)."""
    if outer_report(verb, set(para.quoted)) is not verb:
        return None
    token = verb
    while token.head != token:
        if token.dep_ in ("conj", "relcl", "acl") or _aside(token):
            return None  # a conjoined report, one in a relative clause or a ", saying ..." stands on its own
        if token.head.i in para.quoted:
            return None  # 'He said X; "I think ...", he said': narration is not inside the quoted words
        if token.dep_ == "ccomp" and token.head.lemma_.lower() in INDIRECT_VERBS:
            subject = subject_of(token.head, para.quoted)
            return resolver.who(para.index, subject).person if subject is not None else None
        token = token.head
    return None


def _describing(relative: Token) -> bool:
    """ "said the bridge would reopen in May, which is two months late", "... the port, where boats were moored":
    a relative clause after a comma that goes on describing what the clause reports is part of the report; one
    whose relative word is its object ("..., which the opposition disputes") or that speaks of saying ("which he
    said") is the article's comment on the report."""
    return relative.dep_ == "relcl" \
        and not any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in relative.children) \
        and not any(t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB" for t in relative.subtree)


def _asides(clause: Token) -> set[int]:
    """The tokens of the asides inside a reported clause (left out of its text)."""
    return {t.i for c in clause.subtree if c != clause and _aside(c) for t in c.subtree}


def _aside(child: Token) -> bool:
    """A non-restrictive relative clause (", which ..."), a conjoined reporting verb ("and pointed out ..."), a
    reporting participle after a comma ("told reporters she considered it acceptable, saying ...": a second
    report), a report set after the first by "while" or "though" (`_contrasting_report`), or a phrase after a
    comma that names another source ("said he lost control, with local press claiming ...", "confirmed the plane
    was shot down, according to satellite data": the narrator's, not the speaker's)."""
    after_comma = child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text == ","
    if after_comma and (child.dep_ == "relcl" or child.dep_ == "advcl" and child.tag_ == "VBG"
                        and child.left_edge == child and child.lemma_.lower() in SPEECH_VERBS - _INFERRING):
        return True
    if after_comma and child.dep_ == "prep" and child.left_edge == child \
            and (child.lower_ == "according" or _reports_too(child)):
        return True
    if _contrasting_report(child):
        return True
    return _conjoined_report(child)


def _conjoined_report(conj: Token) -> bool:
    """ "said the plan was sound and added that ...", "and pointed out ...": a verb of saying the parser joins to
    the reported clause's verb is the speaker's next report; not one with a modal of its own or in the bare
    form under the clause's modal ("would attack the posts and would respond within hours", "would not release
    the body or disclose the results", "has no role in it and the matter should be answered by ...": the
    reported words' own future or duty, as for `_said_later`)."""
    if conj.dep_ != "conj" or not (conj.lemma_.lower() in SPEECH_VERBS or _point_out(conj)):
        return False
    return not any(c.tag_ == "MD" for c in conj.children) \
        and not (conj.tag_ == "VB" and any(c.tag_ == "MD" for c in conj.head.children))


_CONTRASTING = frozenset(["while", "whereas", "though", "although"])


def _contrasting_report(clause: Token) -> bool:
    """ "said the bridge would reopen in May, while the council maintains it will take longer", "said the
    vetting had improved, though he did not say how", "claimed the talks went well while admitting delays": a
    clause opened by "while", "whereas" or "(al)though" after the reported one, whose verb reports speech, is a
    second report set beside the first (another source's, or the speaker's own next one), not part of what the
    first reports; a contrast that reports nothing ("while two others were hurt") is part of it, and so is one
    that opens the reported clause ("said that, although the plan does not say so, ...")."""
    return clause.dep_ == "advcl" and clause.pos_ == "VERB" and clause.lemma_.lower() in INDIRECT_VERBS \
        and clause.i > clause.head.i and any(c.dep_ == "mark" and c.lower_ in _CONTRASTING for c in clause.children)


_NOT_BARE = frozenset(["VBD", "VBZ", "VBG"])


def _unshared(conj: Token, verb: Token) -> bool:
    """ "urged the council to reconsider and spoke with the governor", "expresses a wish to run and aligns
    herself with ...", "demanding the minister resign and complaining of prices": a verb joined with no subject
    of its own to the bare verb of a request or an infinitive shares its "to" or subjunctive only when it is
    bare too; one in the reporting verb's own past, present or -ing form is the speaker's next act, joined to
    the reporting verb however the parser hangs it (not "asked them to stay and keep calm")."""
    return conj.dep_ == "conj" and conj.head.tag_ == "VB" and conj.tag_ in _NOT_BARE and conj.tag_ == verb.tag_ \
        and conj.i > conj.head.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in conj.children)


def _before_unshared(verb: Token, start: int, end: int) -> int:
    """Where a reported request or thing ends: before the "and" of a verb that cannot share its bare verb
    (`_unshared`)."""
    doc = verb.doc
    conj = next((t for t in doc[start:end] if _unshared(t, verb) and t.head.i >= start), None)
    if conj is None:
        return end
    cc = [c.i for c in conj.head.children if c.dep_ == "cc" and c.head.i < c.i < conj.i]
    return min(cc + [conj.left_edge.i])


_ITEM_LINKS = frozenset(["and", "or", "as", "well"])


def _next_item(comma: Token, item: Token) -> Token | None:
    """ "to halve the fee, cut its pay and sell the depot", "an end to the freeze, and the return of the
    bonuses", "plans to build a bridge, as well as plans to widen the road": the phrase after a comma (and an
    "and", "or" or "as well as") that the parser joins to the reported thing or to a word above it is one more
    of the things reported when it has the thing's form (`_same_form`); not the speaker's next act ("to halve
    the fee, and spoke with the governor") or a clause of its own."""
    doc = comma.doc
    i = comma.i + 1
    while i < len(doc) and doc[i].lower_ in _ITEM_LINKS:
        i += 1
    if i >= len(doc) or i == comma.i + 1 and doc[i].pos_ not in ("NOUN", "PROPN", "VERB", "DET", "ADJ", "ADV"):
        return None
    top = doc[i]
    while top.head != top and top.head.i >= i:
        top = top.head
    if top.dep_ != "conj" or not (top.head == item or top.head in item.ancestors):
        return None
    return top if _same_form(top, item) else None


def _same_form(other: Token, item: Token) -> bool:
    """`other` can be one more of the reported `item`: a noun for a noun; for a bare verb, a verb with no
    subject or helper of its own that is bare too, though the tagger may read it as a past ("cut") or an
    adjective ("lower")."""
    if item.pos_ in ("NOUN", "PROPN"):
        return other.pos_ in ("NOUN", "PROPN")
    bare = other.tag_ not in _NOT_BARE | {"VBN", "VBP", "MD"} or other.lower_ == other.lemma_.lower()
    own = any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in other.children)
    return item.tag_ == "VB" and bare and not own


def _past_items(item: Token, end: int) -> int:
    """Where a list of reported things ends when the first one ends at `end`: past each comma that opens one
    more of them (`_next_item`), and past the last one joined to that by "and". A phrase left out of the first
    as a setting goes with it when another follows ("predicted his death in 2019, as well as a return in 2023",
    "reported 40 cases on Monday, and two deaths on Tuesday": each item's own date)."""
    doc = item.doc
    while end < len(doc):
        comma = end
        if doc[end].dep_ == "prep" and doc[end].left_edge.i == end and doc[end].head.i < end:
            comma = doc[end].right_edge.i + 1
        following = _next_item(doc[comma], item) if comma < len(doc) and doc[comma].text == "," else None
        if following is None:
            break
        end = following.right_edge.i + 1
        last = next((c for c in following.head.children if c.dep_ == "conj" and c.i > following.i), None)
        if last is not None and _same_form(last, item):
            end = max(end, last.right_edge.i + 1)
    return end


def _requests(para: Paragraph, resolver: Resolver) -> list[Statement]:
    """Reported requests: "asks Zelensky to investigate ...", "called on Italy and Egypt to join"."""
    out = []
    for verb in tokens_of(para.doc):
        if verb.i in para.quoted or verb.pos_ != "VERB" or verb.lemma_.lower() not in REQUEST_VERBS | _ASKED_THROUGH.keys():
            continue
        if _hypothetical(verb) or _charged(verb):
            continue
        start = _request_start(verb)
        reach = verb.children if verb.lemma_.lower() in _TELL else verb.subtree
        goal = next((c for c in reach if c.i > verb.i and any(a.lower_ == "to" for a in c.children)
                     and (c.dep_ == "xcomp" or c.dep_ == "advcl" and c.head == verb
                          and (_for_clause(c, verb) or _told_to(c, verb)))), None)
        if start is None or goal is None or goal.right_edge.i < start:
            continue
        end = next((t.i for t in para.doc[goal.i:goal.right_edge.i + 1] if t.text in ",;:"), goal.right_edge.i + 1)
        end = _past_items(goal, end)
        end = _before_given_in(para.doc, start, _before_unshared(verb, start, end))
        while end > start and para.doc[end - 1].is_punct:
            end -= 1
        end = whole_word_end(para.doc, end)
        text = para.doc[start:end].text
        subject = subject_of(verb, para.quoted)
        if _first_or_second(subject) or _evidence(subject):
            continue  # "I ask them to sit apart": words of an interviewee, not a report
        if _partly_quoted(para, start, end):
            continue  # 'urged people to "comply with the rules"': the quote is the statement
        cue = verb.text + "".join(" " + c.text for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1)
        out += _reported_by(subject, cue, text, verb, para, resolver)
    return out


def _partly_quoted(para: Paragraph, start: int, end: int) -> bool:
    """Words from `start` to `end` run into a quotation (partly quoted speech, whose quote is the statement); a
    term in quotation marks ('the slogan "..."') is not one."""
    if not any(i in para.quoted for i in range(start, end)):
        return False
    terms = {i for q in para.quotes if is_term(q) for i in range(q.span.start - 1, q.span.end + 1)}
    return any(i in para.quoted and i not in terms for i in range(start, end))


def _mandates(para: Paragraph, resolver: Resolver) -> list[Statement]:
    """ "requested that absentee ballots be accepted", "asked U.S. citizens not approach the Embassy": a request
    whose content is a clause in the subjunctive (a bare verb with a subject of its own) reports what was asked,
    as an infinitive does ("asked them to leave"); a request verb conjoined to it without a subject goes on
    with it (", and ... to use the consulate")."""
    out, doc = [], para.doc
    for verb in tokens_of(doc):
        if verb.i in para.quoted or verb.pos_ != "VERB" or verb.lemma_.lower() not in _MANDATING or _hypothetical(verb) \
                or _charged(verb):
            continue
        if any(a.dep_ == "ccomp" and a.head.lemma_.lower() in INDIRECT_VERBS for a in [verb, *verb.ancestors]):
            continue  # "He said he has ... and has requested Trump declare ...": part of a report already made
        clause = next((c for c in verb.children if c.i > verb.i and _subjunctive_start(c) is not None), None)
        subject = verb.head if verb.dep_ == "acl" else subject_of(verb, para.quoted)  # "a judge, requested that ..."
        if clause is None or subject is None or _first_or_second(subject) or _evidence(subject):
            continue
        start = _subjunctive_start(clause)
        last = max([clause] + [c for c in verb.children if c.dep_ == "conj" and c.i > clause.i and c.tag_ == "VB"
                               and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)],
                   key=lambda t: t.i)
        end = _before_unshared(verb, start, _before_comment(doc, start, last.right_edge.i + 1))
        while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
            end -= 1
        end = whole_word_end(doc, end)
        while doc[start].dep_ == "mark" and doc[start].lower_ == "that":
            start += 1
        if any(i in para.quoted for i in range(start, end)) or end - start < 3:
            continue
        out += _reported_by(subject, verb.text, doc[start:end].text, verb, para, resolver)
    return out


def _calls_for(para: Paragraph, resolver: Resolver) -> list[Statement]:
    """ "Amnesty International has called for an investigation into the shooting": a person or a body calling for
    a thing asks for it; the content is the thing asked for (with an infinitive, "called for the bill to be
    dropped", the request rules above take it). Not a rule or a text ("Mandatory sentencing called for 20 years")."""
    out, doc = [], para.doc
    for verb in tokens_of(doc):
        if verb.i in para.quoted or verb.pos_ != "VERB" or verb.lemma_.lower() != "call" or _unsaid(verb) \
                or _hypothetical(verb):
            continue
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i == verb.i + 1), None)
        thing = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None) \
            if prep is not None else None
        subject = subject_of(verb, para.quoted)
        named = subject is not None and subject.pos_ == "PROPN" and resolver.who(para.index, subject).person
        if thing is None or not (_caller(subject) or named) or _first_or_second(subject) \
                or any(c.dep_ == "xcomp" for c in verb.children) \
                or any(t.tag_ == "TO" and (t.head.dep_ in ("xcomp", "advcl") or t.head.head == thing)
                       for t in thing.subtree):
            continue  # "called for the government of Ukraine to reduce corruption": a request to someone
        last = thing.right_edge.i
        purpose = next((c for c in verb.children if c.dep_ == "advcl" and c.left_edge.i == last + 1
                        and c.left_edge.tag_ == "TO"), None)  # "called for G7 action to correct ...": the action's
        last = purpose.right_edge.i if purpose is not None else last  # purpose, which the parser hangs on the verb
        if purpose is not None and _someone(thing):
            continue  # "called for the government of Ukraine to reduce corruption": a request to someone
        end = _past_items(thing, next((t.i for t in doc[thing.left_edge.i:last + 1] if t.text in ",;:"), last + 1))
        while end > thing.i + 1 and doc[end - 1].is_punct:
            end -= 1
        end = whole_word_end(doc, end)
        if any(i in para.quoted for i in range(thing.left_edge.i, end + 1)):
            continue  # 'called for "younger leadership"', 'for a transition "in the best interests ..."': partly
            # quoted, the quote is the statement
        out += _reported_by(subject, doc[verb.i:prep.i + 1].text, doc[thing.left_edge.i:end].text, verb, para, resolver)
    return out


def _caller(subject: Token | None) -> bool:
    """Who calls for a thing in words: a person or a body ("Amnesty", "the minister"), people by what they do
    ("Protesters called for ..."), some of them ("Some called for younger leadership") or a text ("The warnings
    called for gale force winds"); not a plan or a rule ("The budget calls for cuts")."""
    if subject is None:
        return False
    if _someone(subject) or subject.lower_ in _SOME_PEOPLE:
        return True
    return subject.pos_ == "NOUN" and (person_noun(subject) or subject.lemma_.lower() in DOCUMENT_NOUNS)


def _before_comment(doc: Doc, start: int, end: int) -> int:
    """Where what was asked ends: before a comma that opens a clause the narration adds about it, a relative
    ("that the two shake hands, which they did") or a reason or time ("that the council review it, as only the
    council may decide")."""
    return next((t.i for t in doc[start:end] if t.text == "," and t.i + 1 < end
                 and any(c.dep_ in ("relcl", "advcl") and c.left_edge.i == t.i + 1 for c in doc[t.i + 1].ancestors)),
                end)


def _subjunctive_start(clause: Token) -> int | None:
    """Where a clause in the subjunctive begins: "(that) absentee ballots be accepted", "the troops withdraw"
    (a bare verb, or "be", with a subject and no "to"), or "citizens not approach" (the parser takes the
    subject for the request's object and the bare verb for its complement). The mandate may also be put with
    "should" or "must" ("demanded offenders should be jailed"), and a present-tense verb after "that" is one
    too (the tagger reads "that the council begin" as a plain present, and some writers put "that the council
    begins"); not another modal ("asked that he would ..."), nor a past tense."""
    helpers = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    modal = next((c for c in helpers if c.tag_ == "MD"), None)
    if any(c.lower_ == "to" for c in helpers) or clause.pos_ != "VERB" \
            or modal is not None and modal.lower_ not in _MANDATE_MODALS:
        return None
    first = min([clause, *helpers], key=lambda t: t.i)
    that = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    if any(c.dep_ == "mark" and c.lower_ != "that" for c in clause.children):
        return None  # "was asked if Americans should prepare ...": a question, not a mandate
    if not (first.tag_ == "VB" or first == modal or that and first.tag_ in ("VBP", "VBZ")):
        return None
    if clause.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return clause.left_edge.i
    request = clause.head
    obj = next((c for c in request.children if c.dep_ == "dobj" and c.right_edge.i + 1 == clause.left_edge.i), None)
    return obj.left_edge.i if clause.dep_ == "xcomp" and obj is not None else None


def _noun_reports(para: Paragraph, resolver: Resolver) -> list[Statement]:
    """Reports whose content is a noun phrase: "denied any sexual activity", "voiced support for ...", and a
    stance stated or expressed ("expressed opposition to the plan", "stated her intention to run"), not a
    feeling ("expressed sadness")."""
    out = []
    for verb in tokens_of(para.doc):
        if verb.i in para.quoted or verb.pos_ != "VERB" or verb.lemma_.lower() not in NOUN_REPORT_VERBS \
                and not (verb.lemma_.lower() in _STANCE_VERBS and any(_stance(c) for c in verb.children)) \
                and not (verb.lemma_.lower() in _CONTESTING and any(_claim_that(c) for c in verb.children)
                         and not _opening_participle(verb)):  # not "Rejecting claims that ..., he answered,
            continue  # "..."": the quote after it is what he said (as for a that-clause, _quotes_after)
        if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) or _object_clause(verb) is not None:
            continue  # reported as a clause, or a request: handled above
        subject = subject_of(verb, para.quoted)
        if _unsaid(verb) or _charged(verb) or _given(verb) or _evidence(subject) \
                or verb.lemma_.lower() in _BY_SOMEONE and not _someone_or_text(subject) \
                and not (subject is not None and subject.pos_ == "PROPN"
                         and resolver.who(para.index, subject).person):  # "Hawkins endorsed ...": a person the
            continue  # parser gave no entity type, whom the article names
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if obj is None or _view_clause(verb, obj) is not None or _an_account(obj) \
                or verb.lemma_.lower() == "claim" and (obj.lemma_.lower() in _TOLLS or _a_place(obj)) \
                or verb.lemma_.lower() == "cite" and _a_source(obj) or _refusal(verb, obj) \
                or verb.lemma_.lower() == "acknowledge" and _a_person(obj) \
                or verb.lemma_.lower() == "propose" and obj.lemma_.lower() in _ENACTED \
                or verb.lemma_.lower() in _ASKING_FOR and (obj.pos_ != "NOUN" or _a_person(obj) or _within_report(verb)
                                                           or _asking_as_a_step(verb)):
            continue  # "acknowledged Qaboos's cousin, Haitham, as the new Sultan": recognising someone
        end = _noun_content_end(verb, obj)
        if end <= obj.right_edge.i + 1 and _anaphoric(obj) or end in para.quoted and not para.doc[end - 1].is_punct:
            continue  # 'announced the death "with great sorrow ..."': partly quoted, the quote is the statement
        if _partly_quoted(para, obj.left_edge.i, end):
            continue
        text = para.doc[obj.left_edge.i:end].text
        if subject is None or _first_or_second(subject) \
                or len(text.split()) < 2 and not _in_a_word(verb, obj):
            continue
        out += _reported_by(subject, verb.text, text, verb, para, resolver)
    return out


def _in_a_word(verb: Token, obj: Token) -> bool:
    """ "The Taliban claimed responsibility", "The pair denied wrongdoing", "She admitted guilt": a report in one
    word, a claim of responsibility or credit, or a deed denied or owned up to (a bare singular noun, with no
    article or possessive: not "denied this", "admitted his error" is more than a word anyway). Not a deed owned
    inside someone else's reported words ("said that while Doe had stood trial and admitted guilt, Roe fled"):
    that is part of what they said."""
    return obj.lemma_.lower() in _ACCOUNTABLE or verb.lemma_.lower() in _OWNING and obj.tag_ == "NN" \
        and not any(c.dep_ in ("det", "poss") for c in obj.children) \
        and not any(a.dep_ == "ccomp" and (a.head.lemma_.lower() in SPEECH_VERBS or _point_out(a.head))
                    for a in verb.ancestors)


def _an_account(obj: Token) -> bool:
    """ "Other firms reported February sales", "having reported record profits of $269m", "reported the ship
    numbers": an account noun with no article or number of its own names the measure that was published (a
    result filed), not a claim, even with its figure; a change is said, by an event with an article or a number
    ("a 49% decline", "a loss of $254 million", "no overall results") or by a comparative ("higher sales"), and
    so is a partitive "of" naming who or what is counted ("high numbers of women taking part")."""
    return obj.lemma_.lower() in _ACCOUNTS and not any(
        c.dep_ in ("nummod", "quantmod") or c.tag_ in ("JJR", "RBR") or c.dep_ == "det" and c.lower_ not in _DEFINITE
        or c.dep_ == "prep" and c.lower_ == "of" and not any(_a_value(g) for g in c.children if g.dep_ == "pobj")
        for c in obj.children)


def _a_value(token: Token) -> bool:
    """ "$269m", "12 percent", "4,000": an amount, the figure of an account."""
    return token.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY") or token.like_num \
        or any(c.dep_ == "nummod" for c in token.children)


def _claim_that(obj: Token) -> bool:
    """ "the idea that the rescue operation was staged", "claims that soldiers had fired": a claim whose content
    is the that-clause right after it (not a relative clause, "the claim that was made")."""
    return obj.dep_ == "dobj" and obj.lemma_.lower() in _CLAIMS \
        and any(c.dep_ in ("acl", "ccomp") and c.left_edge.i == obj.i + 1 and c.left_edge.lower_ == "that"
                and any(g.dep_ in ("nsubj", "nsubjpass", "expl") and g.lower_ != "that" for g in c.children)
                for c in obj.children)


def _stance(obj: Token) -> bool:
    """ "opposition to the plan", "her intention to run", "interest in term limits": a stance with what it is
    about; "expressed its support via the signing of a bill" names no content (an act showing support)."""
    return obj.dep_ == "dobj" and obj.lemma_.lower() in _STANCES \
        and any(c.dep_ in ("prep", "acl") and c.left_edge.i == obj.i + 1 for c in obj.children)


def _noun_content_end(verb: Token, obj: Token) -> int:
    """Where a noun-phrase report ends: the object and what the parser hangs on the verb after it that still
    describes the thing reported ("announced other efforts in response to COVID-19, including waiving ...",
    "reported no overall results yet for the remaining races", "noted dangerous surf conditions, with waves
    ..."); not where or when it was said ("in a letter", "on Monday", "to reporters"), and not a second
    remark after a comma (", warning of ...", ", which ..."). A comma inside goes on only before a word that
    lists or details the thing ("including", "with", "such as")."""
    doc = verb.doc
    end = _before_unshared(verb, obj.i, obj.right_edge.i + 1)
    end = _before_given_in(doc, obj.left_edge.i, end)
    for child in sorted((c for c in verb.children if c.i > obj.i), key=lambda c: c.i):
        if child.dep_ == "prep" and not _setting(child) and not _reports_too(child) \
                or child.dep_ == "advmod" and child.i == end \
                or child.dep_ in ("npadvmod", "oprd", "acomp") and child.ent_type_ not in ("DATE", "TIME") \
                or _another_item(child, obj):
            end = child.right_edge.i + 1
        elif not (child.is_punct and child.text == "," and child.i == end or child.dep_ == "cc" and child.i >= end - 1):
            break
    end = _past_items(obj, end)
    for token in doc[obj.i:end]:
        if token.text in ";:" or token.text == "," and (token.i + 1 >= end
                                                        or doc[token.i + 1].lower_ not in _DETAILING) \
                and not _in_a_list(token, obj) and not _describes_object(token, obj) \
                and _next_item(token, obj) is None:
            end = token.i
            break
    while end > obj.i + 1 and (doc[end - 1].text in ",;:-" or doc[end - 1].dep_ in ("advmod", "cc")):
        end -= 1
    return whole_word_end(doc, end)


def _describes_object(comma: Token, obj: Token) -> bool:
    """ "announced a new cabinet, which leaves out two ministers": a relative clause on the object after the comma
    goes on describing the thing reported (not a comment on the report: ", which he denied")."""
    return any(c.dep_ == "relcl" and c.left_edge.i == comma.i + 1 and _describing(c) for c in obj.children)


def _in_a_list(comma: Token, obj: Token) -> bool:
    """ "a coating that could reduce bacterial growth, water waste, and odor", "complained of drought, debt, and
    neglect", "predicted his victory, as well as a second term": a comma between the items of a list inside the
    reported thing, or between the things reported, goes on with it (not before a clause: "warned of floods,
    and the governor said ...")."""
    head = comma.head
    if head == obj or head == obj.head and obj.dep_ == "dobj":
        return any(_another_item(c, obj) for c in head.children if c.i > comma.i)
    return obj.left_edge.i <= head.i < comma.i and head.pos_ in ("NOUN", "PROPN", "ADJ") \
        and any(c.dep_ == "conj" and c.i > comma.i for c in head.children)


def _another_item(token: Token, obj: Token) -> bool:
    """A noun joined to the reported thing as one more of it: its conjunct ("drought, debt, and neglect"), or a
    second object the parser hangs on the verb after "and" or "as well as"."""
    return token.pos_ in ("NOUN", "PROPN") and token.i > obj.i \
        and (token.dep_ == "conj" and token.head == obj
             or token.dep_ in ("conj", "dobj") and token.head == obj.head and obj.dep_ == "dobj"
             and any(c.dep_ == "cc" and obj.i < c.i < token.i for c in token.head.children))


def _reports_too(phrase: Token) -> bool:
    """ ", with officials reporting at the time 150 ... killed": a phrase with a report of its own is a second
    statement, not more of the first."""
    return phrase.doc[phrase.i - 1].text == "," \
        and any(t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS for t in phrase.subtree)


def _setting(prep: Token) -> bool:
    """A phrase that says when, where, how or to whom something was said, not what: "in a letter", "on
    Monday", "at a news conference", "on Twitter", "to reporters", "during the debate"."""
    if prep.lower_ in _SETTING_PREPS:
        return True
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children):
        return False  # "disclosed new steps toward using natural adhesives ...": what the thing is for or about
    if obj is None:
        return prep.lower_ not in ("including", "with", "for", "of", "as")
    return obj.ent_type_ in ("DATE", "TIME", "PERSON") or obj.lemma_.lower() in DOCUMENT_NOUNS | _SETTINGS


def _given_in(prep: Token) -> bool:
    """ "in an interview with The Times", "on Twitter", "in its report", "on his blog": a phrase naming where the
    words were given (a medium of words, or a written work of the speaker's own: "to leave at once in its
    travel alert"); not the setting of an act to come ("would speak at a press conference"), which is what is
    said."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.dep_ != "prep" or prep.lower_ not in _WHERE_SAID or obj is None:
        return False
    if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in obj.children):
        return obj.lemma_.lower() in _OWN_WORKS | _GIVEN_IN
    to_come = prep.head.pos_ in ("VERB", "AUX") and any(c.tag_ in ("MD", "TO") for c in prep.head.children)
    return not to_come and obj.lemma_.lower() in _GIVEN_IN \
        and (obj.pos_ == "PROPN" or any(c.dep_ in ("det", "poss") for c in obj.children))


def _before_given_in(doc: Doc, start: int, end: int) -> int:
    """Where reported content ends when its last phrase names where the words were given ("denied it was
    scripted on his blog", "warned the country of the consequences in an interview with a paper", "praised the
    endorsement on Twitter"): before that phrase, wherever the parser hangs it (on the content's verb or noun);
    so when a dash, colon or semicolon after the phrase runs on to more ("noted X in its report — the act has
    ..."); not a phrase a comma follows, inside the clause ("the hashtag on Twitter, #Tag, had become ...")."""
    for prep in doc[start + 2:end]:
        last = prep.right_edge.i
        if last < end and (last + 1 == end or doc[last + 1].text in _SET_OFF - {","}) and _given_in(prep):
            return prep.i
    return end


def _judgements(para: Paragraph, resolver: Resolver) -> list[Statement]:
    """ "called the plan dangerous", "called it unlikely that the bank would ...": calling a thing
    something (an adjective after its object) is saying it is so; the content runs from the object to
    the end of the verb's phrase. A noun after the object names it ("called their son John"), and a
    quoted label is a direct quote. Declaring a thing something ("declared COVID-19 a pandemic", a noun
    too) is a verdict said; declaring a thing alone ("declared a national emergency") is an act."""
    out, doc = [], para.doc
    for verb in tokens_of(doc):
        if verb.i in para.quoted or verb.pos_ != "VERB" or verb.lemma_.lower() not in ("call", "declare") \
                or _unsaid(verb):
            continue
        verdicts = ("ADJ",) if verb.lemma_.lower() == "call" else ("ADJ", "NOUN")  # "declared the virus a pandemic"
        judged = next((c for c in verb.children if c.dep_ == "oprd" and c.pos_ in verdicts), None)
        obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i), judged)
        if judged is None and obj is not None:  # "called its actions defensive": the parser hangs the adjective
            judged = next((c for c in obj.children if c.dep_ in ("amod", "acl") and c.pos_ == "ADJ"  # on the noun
                           and c.i == obj.i + 1), None)
        subject = subject_of(verb, para.quoted)
        if judged is None or obj == judged and judged.left_edge.i == judged.i or judged.i < obj.i \
                or subject is None or _first_or_second(subject) or _evidence(subject):
            continue  # "called this dubious": the parser may hang the object on the adjective
        start = obj.left_edge.i
        end = max(c.right_edge.i for c in verb.children if c.i >= obj.i and c.dep_ not in ("conj", "cc", "punct")) + 1
        end = next((t.left_edge.i if t.dep_ == "advcl" else t.i for t in doc[start:end]  # not ", while noting ...":
                    if t.text in ";:" or t.dep_ == "advcl" and t.tag_ == "VBG"), end)  # a second remark
        while end > judged.i + 1 and doc[end - 1].is_punct:
            end -= 1
        if start <= verb.i or any(i in para.quoted for i in range(start, end)):
            continue
        out += _reported_by(subject, verb.text, doc[start:end].text, verb, para, resolver)
    return out


def _pleas(para: Paragraph, resolver: Resolver) -> list[Statement]:
    """ "Avenatti pled not guilty to the charges": a plea is said in court; its content is the plea and
    what it answers, up to the end of the clause."""
    out, doc = [], para.doc
    for verb in tokens_of(doc):
        if verb.i in para.quoted or verb.pos_ != "VERB" or verb.lemma_.lower() not in ("plead", "pled") \
                or verb.dep_ == "pcomp" or verb.tag_ == "VB":
            continue  # not "by pleading guilty" (a reason), "agreed to plead guilty" (not yet made)
        guilty = next((c for c in verb.children if c.lower_ == "guilty" and c.i > verb.i), None)
        subject = subject_of(verb, para.quoted)
        if guilty is None or subject is None or _first_or_second(subject):
            continue
        end = next((t.i for t in doc[guilty.i:verb.right_edge.i + 1] if t.text in ",;:" or t.i in para.quoted),
                   verb.right_edge.i + 1)
        while end > guilty.i + 1 and doc[end - 1].is_punct:
            end -= 1
        end = whole_word_end(doc, end)
        out += _reported_by(subject, verb.text, doc[verb.i + 1:end].text, verb, para, resolver)
    return out


# Verbs that say what a thing or a person is, is owed or is like, with a phrase after the object: "described the
# story as a hoax", "dismissed the claim as groundless", "attributed the bombing to rebels", "credited Leonov with
# the walk", "commended Biden for his empathy". The phrase is part of what was said.
_CASTING = {
    "as": frozenset(["describe", "characterise", "characterize", "label", "brand", "dismiss", "criticize", "criticise",
                     "condemn", "denounce", "portray", "depict", "tout", "praise", "reject", "name", "identify",
                     "list", "introduce", "float"]),
    "to": frozenset(["attribute", "ascribe", "liken"]),  # not "compare" (what a trial or a study does)
    "with": frozenset(["credit"]),
    "for": frozenset(["credit", "praise", "commend"]),
    "on": frozenset(["blame"]),  # "blamed the fire on faulty wiring" ("blamed X for Y": a noun report, above)
    # a warning given to someone: "warned Turkey against an incursion", "warned them of the consequences"
    "against": frozenset(["warn", "caution"]),
    "of": frozenset(["warn"]),
    "about": frozenset(["warn", "caution"]),
}  # not criticising someone for a thing (the dispute, not words reported)
_CAST_VERBS = frozenset().union(*_CASTING.values())
# Verbs of indicating a thing ("pointed to the attack as an example of ...", "drew attention to the levy as a burden"):
# saying the thing pointed to is what the "as" phrase says, or the fact pointed to ("pointed to the fact that ...").
# A thing pointed to alone ("pointed to the refreshment table", "pointing to different causes") says nothing.
_INDICATING = frozenset(["point", "draw", "call", "direct"])
# Stances a speaker takes in words when stating or expressing them ("expressed opposition to ...", "stated her
# intention to endorse ..."); feelings expressed ("sadness", "disappointment") are not reported speech.
_STANCE_VERBS = frozenset(["express", "state", "declare"])
_STANCES = frozenset(["opposition", "support", "interest", "preference", "willingness", "readiness", "unwillingness",
                      "reluctance", "intent", "intention", "desire", "wish", "commitment", "objection", "reservation",
                      "doubt", "openness", "determination", "skepticism", "scepticism", "approval", "disapproval",
                      "concern"])  # "expressed concern about ...": a worry about a thing, stated
# Views a speaker expresses with their content as a clause: "expressed confidence the ruling would be overturned",
# "expressing their concern that ...": what is said is the clause, the cue the verb with its noun.
_VIEW_NOUNS = frozenset(["confidence", "concern", "hope", "fear", "belief", "doubt", "optimism", "worry", "conviction",
                         "view", "opinion", "expectation", "certainty", "suspicion"])
# Speech verbs whose content can be the object of a preposition: "warned of potential flash floods", "spoke of
# Turkey assuming the duty ...", "cautioned against an excess of optimism", "asked for patience".
_SPOKEN_OF = {
    "of": frozenset(["warn", "speak", "talk", "tell", "complain", "boast"]),
    "about": frozenset(["warn", "complain", "boast", "caution", "grumble", "brag"]),
    "against": frozenset(["warn", "caution", "argue", "speak", "testify"]),
    "for": frozenset(["plead", "argue", "appeal", "ask"]),
}  # "asked for donations", as "requested donations" (not "asked for the manager": a person asked for)
_SPOKEN_OF_VERBS = frozenset().union(*_SPOKEN_OF.values())


def _cast_as(para: Paragraph, resolver: Resolver) -> list[Statement]:
    """ "The State Department described him as an emerging figure", "attributed the bombing to Houthi rebels":
    a verb of judging with an object and the phrase that judges it says the object is so; the content runs
    from the object to the end of that phrase. Not passive ("was named as the new coach": said of someone,
    by nobody named), and not a verb that reports a noun phrase on its own (taken above)."""
    out, doc = [], para.doc
    for verb in tokens_of(doc):
        lemma = verb.lemma_.lower()
        if lemma not in _CAST_VERBS | _INDICATING or verb.i in para.quoted or verb.pos_ != "VERB" or _unsaid(verb) \
                or _hypothetical(verb) or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        pointed = _pointed_to(verb)
        obj = pointed or next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i
                               and lemma in _CAST_VERBS), None)
        gapped = obj is None and lemma in _CAST_VERBS and _judged_before(verb)
        if obj is None and not gapped or _within_report(verb) or _asked(verb):
            continue
        if pointed is not None:  # "pointed to the fact that ...": the fact stated is what is said
            phrase = _presented_as(verb, pointed) or _content_clause(pointed)
        else:  # not 'warned the death of bin Laden "does not ..."': an "of" on the object is the noun's own
            phrase = next((c for c in [*verb.children, *(obj.children if obj is not None else ())]
                           if c.dep_ == "prep" and c.i > (obj or verb).i
                           and lemma in _CASTING.get(c.lower_, ()) and (c.head == verb or c.lower_ != "of")), None)
        subject = verb.head if verb.dep_ == "acl" else subject_of(verb, para.quoted)
        if phrase is None or subject is None or _first_or_second(subject) or _evidence(subject) \
                or phrase.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp", "acomp", "amod") for c in phrase.children) \
                or gapped and (phrase.lower_ != "as" or lemma not in _JUDGED_AS) \
                or pointed is not None and not (_someone_or_text(subject) or subject.pos_ == "PROPN"):
            continue  # "these figures point to X as ...": what data point to is an inference
        start = phrase.i + 1 if gapped else obj.left_edge.i  # the thing judged is named before the verb
        end = max(phrase.right_edge.i, obj.right_edge.i if obj is not None else 0) + 1
        if gapped:  # "a task Doe described as slow because the river kept flooding": the judgement's reason (not
            end = max([end, *(c.right_edge.i + 1 for c in verb.children  # "when it opened": when it was said)
                              if c.dep_ == "advcl" and c.left_edge.i == end and c.left_edge.lower_ == "because")])
        end = _before_given_in(doc, start, next((t.i for t in doc[start:end] if t.text in ";:"), end))
        while end > phrase.i + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
            end -= 1
        if end <= phrase.i + 1 or _partly_quoted(para, start, end):
            continue  # 'called it "an aggression on Iraq"': partly quoted, the quote is the statement
        cue = verb.text if pointed is None else doc[verb.i:pointed.head.i + 1].text  # "points to", "drew attention to"
        out += _reported_by(subject, cue, doc[start:end].text, verb, para, resolver)
    return out


def _pointed_to(verb: Token) -> Token | None:
    """ "points to rising prices as the cause of the cuts", "drew attention to the new levy as a burden": the thing a
    verb of indicating presents, the object of its "to" (after "attention" for drawing or calling attention to it;
    not "pointed out", read as a verb of saying)."""
    lemma = verb.lemma_.lower()
    if lemma == "point" and not any(c.dep_ == "prt" or c.dep_ == "dobj" and c.i < _to_after(verb) for c in verb.children):
        holders = [verb]  # not "pointed the gun to the sky" (an object before "to"); a noun after it is the
        # parser's split of the thing pointed to ("points to prices ..., the F-series truck as being the cause")
    elif lemma in _INDICATING:
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "attention")]
        if len(holders) == 1:
            return None
    else:
        return None
    to = next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > verb.i), None)
    return None if to is None else next((c for c in to.children if c.dep_ == "pobj"), None)


def _to_after(verb: Token) -> int:
    return next((c.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > verb.i), len(verb.doc))


def _presented_as(verb: Token, thing: Token) -> Token | None:
    """The "as" phrase that says what a thing pointed to is ("points to rising prices as the cause", "pointed to
    the attack as an example of ..."), hung on the verb or on a noun of its phrase after the thing; not "such as",
    "as well as" (more of the thing)."""
    doc = verb.doc
    return next((t for t in doc[thing.i + 1:verb.right_edge.i + 1] if t.dep_ == "prep" and t.lower_ == "as"
                 and doc[t.i - 1].lower_ not in ("such", "well")
                 and (t.head == verb or t.head.pos_ in ("NOUN", "PROPN") and verb in t.head.ancestors)), None)


def _judged_before(verb: Token) -> bool:
    """ "the bridge, which critics described as a waste of money", "a task Doe described as being difficult": the
    thing judged is the relative pronoun before the verb or the noun its relative clause hangs on, so what is said
    of it is only the judging phrase ("a waste of money"). The verb has its own subject: not "the report, which
    described ..." (the relative is the one who judges, and the thing judged comes after). Not a free relative
    ("to access what she described as transition resources"): the phrase names a thing the sentence goes on
    about, in the speaker's words, and says nothing of it."""
    gap = verb.dep_ == "relcl" and not any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children)
    return (_relative_pronoun_object(verb) is not None or gap) \
        and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") and c.i < verb.i for c in verb.children)


def _relative_pronoun_object(verb: Token) -> Token | None:
    """ "which the police described", "that Doe described": the relative pronoun the parser gives the verb as its
    object, before it."""
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i
                 and c.lower_ in ("which", "that", "whom", "who")), None)


# Verbs whose "as" phrase says what the speaker judged a thing named before the verb to be ("which critics described
# as ..."); not naming or listing ("a man police identified as Doe", "a firm he named as sponsor"): acts, not words.
_JUDGED_AS = _CASTING["as"] - {"name", "identify", "list", "introduce", "float"}

# What a passive verb of saying, with the one who said it as its agent, says of its subject, by the form of the
# phrase that gives it: "as" after a verb of describing or reporting ("reported by local press as belonging to the
# air force", "described by the minister as a display of grief"), "of" after accusing ("was accused by the paper of
# taking bribes"), and a "to" infinitive after a verb of reporting ("were reported by local media to have visited
# ..."). Not "found by hikers to be ...": finding is mostly coming upon a thing; not "was named by the club as its
# coach", "was identified by police as ...": giving a post or a name is an act, not words said of someone.
_PREDICATED_BY = {"as": INDIRECT_VERBS | _CASTING["as"] - {"name", "identify", "list", "introduce", "float"},
                  "of": frozenset(["accuse"]), "to": INDIRECT_VERBS - {"find"}}
# Collective nouns for the news media, which report as a body ("reported by local press", "by state media").
_NEWS_MEDIA = MEDIA_NOUNS | {"press", "media"}


def _said_of_relative(para: Paragraph, resolver: Resolver) -> list[Statement]:
    """ "the mission, which NASA said might start in May", "an interview that Doe claimed was unfair", "the
    plan, which critics have said amounted to a land grab": a relative word that is the subject of the clause a
    reporting verb reports (the verb's own subject between them, the clause's verb right after the verb, with no
    subject of its own) says that the clause holds of the relative's antecedent; the statement is the clause from its
    verb to the end of the relative clause, however the parser hangs that verb (as the reporting verb's object, its
    complement, or the sentence's own verb)."""
    out, doc = [], para.doc
    for verb in tokens_of(doc):
        if verb.i in para.quoted or not (verb.pos_ == "VERB" and reports_clause(verb) or _said_as_auxiliary(verb)) \
                or _hypothetical(verb) or _negated(verb) or _charged(verb):
            continue
        subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubj" and not _relative_word(c)), None)
        gap = _gapped_verb(verb)
        if subject is None or gap is None or _first_or_second(subject) or _evidence(subject) \
                or not _relative_word(subject.left_edge) and (subject.left_edge.i < 1
                                                              or not _relative_word(doc[subject.left_edge.i - 1])) \
                or any(t.pos_ not in ("AUX", "ADV", "PART") for t in doc[subject.right_edge.i + 1:verb.i]):
            continue  # the relative word before the subject, or taken for its determiner ("which critics ... said")
        end = _predicate_end(gap, verb)
        if end is None:
            continue
        end = next((t.i for t in doc[gap.i:end] if t.text in ",;:\u2014" or t.i in para.quoted), end)
        while end > gap.i + 1 and doc[end - 1].is_punct:
            end -= 1
        if end - gap.i < 2:
            continue
        out += _reported_by(subject, verb.text, doc[gap.i:end].text, verb, para, resolver)
    return out


def _relative_word(token: Token) -> bool:
    """ "which", "that" or "who" opening a relative clause; not one after a preposition ("the case on which the court
    ruled was ..."): that relative is no subject of anything the verb reports."""
    return token.tag_ in ("WDT", "WP") and token.lower_ in ("which", "that", "who") and token.dep_ not in ("mark", "pobj") \
        and not (token.i > 0 and token.doc[token.i - 1].pos_ == "ADP")


def _said_as_auxiliary(verb: Token) -> bool:
    """ "which critics have said amounted to ...": "said" that the parser takes for an auxiliary of the verb after
    it (and leaves unlemmatised)."""
    return verb.dep_ == "aux" and verb.lower_ in ("said", "says") and verb.head.i > verb.i


def _gapped_verb(verb: Token) -> Token | None:
    """The finite verb right after a reporting verb (past an adverb) whose subject is missing from between them:
    "said [was] unfair", "have said [amounted] to": the reported clause's subject is elsewhere, a relative word."""
    doc = verb.doc
    i = verb.i + 1
    while i < verb.sent.end and doc[i].pos_ in ("ADV", "PART") and doc[i].tag_ != "TO":
        i += 1
    if i >= verb.sent.end or doc[i].tag_ not in ("VBD", "VBZ", "VBP", "MD", "VBN"):
        return None
    gap = doc[i]
    if gap.tag_ == "VBN" and (gap.lower_ == "been" or any(c.dep_ in ("aux", "auxpass") and c != verb
                                                          and c.i > verb.i for c in gap.children)):
        return None  # "have said amounted to": the tagger's participle for a past tense (the parser may even make
        # the reporting verb its auxiliary), not a passive
    return None if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and verb.i < c.i < gap.i for c in gap.children) else gap


def _predicate_end(gap: Token, verb: Token) -> int | None:
    """Where the gapped clause ends: its verb's phrase when the parser hangs it on the reporting verb; when it makes
    the verb the sentence's own (or a conjunct of it), the verb and what completes it (objects, complements,
    phrases), not the clauses joined to it; none when the gapped word is an auxiliary of another verb ("that Doe
    claimed was unfair aired on Monday": which verb the clause ends at is not clear)."""
    if gap in verb.subtree:
        return gap.right_edge.i + 1
    if gap.dep_ in ("aux", "auxpass"):
        return None
    rights = [c for c in gap.rights if c.dep_ not in ("conj", "cc", "punct", "advcl", "parataxis", "ccomp", "relcl")]
    return max([gap.i] + [c.right_edge.i for c in rights]) + 1


def _said_of_subject(para: Paragraph, resolver: Resolver) -> list[Statement]:
    """ "A plane, reported by local press as belonging to the air force, crashed", "Doe was accused by the paper of
    taking bribes", "Ministers were reported by local media to have visited the site": a passive verb of saying
    whose agent names who said it reports what the phrase after it says of the subject (the content is that phrase,
    without its "as" or "of"; an infinitive keeps its "to"). Not an agent that is no speaker ("characterised by
    severe damage"), and not a passive with no agent ("was reported to be in a coma": nobody named)."""
    out, doc = [], para.doc
    for verb in tokens_of(doc):
        agent = passive_agent(verb)
        if agent is None or verb.i in para.quoted or _negated(verb) or _hypothetical(verb) \
                or not _speaking_agent(agent, para, resolver):
            continue
        span = _predicated(verb, agent)
        if span is None:
            continue
        start, end = span
        end = next((t.i for t in doc[start:end] if t.text in ";:" or t.lower_ == "by" and t.dep_ == "conj"), end)
        while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
            end -= 1  # "as convicted of assaults and by AP of robberies": a second source ends the first's words
        if end - start < 2 or _partly_quoted(para, start, end):
            continue  # 'described by the Post as "a love story"': partly quoted, the quote is the statement
        out += _reported_by(agent, f"{verb.text} by", doc[start:end].text, verb, para, resolver)
    return out


def _speaking_agent(agent: Token, para: Paragraph, resolver: Resolver) -> bool:
    """ "by the minister", "by Reuters", "by local media", "by Doe": a person, a body, a text or the news media,
    or a name the article gives a person (the parser gave it no entity type); not "by severe damage"."""
    return _someone_or_text(agent) or agent.lower_ in _NEWS_MEDIA or agent.lemma_.lower() in _NEWS_MEDIA \
        or agent.pos_ == "PROPN" and resolver.who(para.index, agent).person is not None


def _predicated(verb: Token, agent: Token) -> tuple[int, int] | None:
    """Where the phrase a passive verb of saying predicates of its subject lies: the object of its "as" (a phrase,
    or a participle clause the parser marks with "as"), the object of "of" (which the parser may hang on the
    agent), or its "to" infinitive; None when the verb has none of these for its kind."""
    lemma = verb.lemma_.lower()
    for child in [*verb.children, *agent.children]:
        thing = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
        if child.dep_ == "prep" and child.lower_ in ("as", "of") and lemma in _PREDICATED_BY[child.lower_] \
                and thing is not None and (child.head == verb or child.i == agent.i + 1 and thing.tag_ == "VBG"):
            return thing.left_edge.i, child.right_edge.i + 1  # "by the paper of taking bribes": a gerund, not a
            # name's own "of" ("by the Ministry of Defence")
        if child.head == verb and child.dep_ == "advcl" and lemma in _PREDICATED_BY["as"]:
            mark = next((c for c in child.children if c.dep_ == "mark" and c.lower_ == "as" and c.i == child.left_edge.i),
                        None)
            if mark is not None:
                return mark.i + 1, child.right_edge.i + 1
        if child.head == verb and child.dep_ == "xcomp" and lemma in _PREDICATED_BY["to"] \
                and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == child.left_edge.i for c in child.children):
            return child.left_edge.i, child.right_edge.i + 1
    return None


def _within_report(verb: Token) -> bool:
    """ "Znak.com claims FSB sources have ascribed the explosion to terrorism": a verb inside a clause already
    reported is part of that report, not a second one."""
    return any(a.dep_ == "ccomp" and a.head.lemma_.lower() in INDIRECT_VERBS for a in [verb, *verb.ancestors])


def _asked(verb: Token) -> bool:
    """ "How do your teammates describe you?": a question asks what was said; it reports nothing."""
    return verb.doc[verb.sent.end - 1].text == "?"


def _spoken_of(para: Paragraph, resolver: Resolver) -> list[Statement]:
    """ "The NHC warned of potential flash floods", "Scientists cautioned against an excess of optimism", "The
    hospital asked for patience": a speech verb whose content is the object of its preposition; the content is
    that noun phrase, up to a comma or the end of the phrase. Not a request with an infinitive ("asked for the
    price to be kept secret", taken above), nor a person asked for ("asked for the manager")."""
    out, doc = [], para.doc
    for verb in tokens_of(doc):
        lemma = verb.lemma_.lower()
        if lemma not in _SPOKEN_OF_VERBS or verb.i in para.quoted or verb.pos_ != "VERB" or _unsaid(verb) \
                or _hypothetical(verb) or any(c.dep_ in ("dobj", "ccomp", "xcomp", "auxpass") for c in verb.children) \
                or _within_report(verb) or _asked(verb):
            continue
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1
                     and lemma in _SPOKEN_OF.get(c.lower_, ())), None)
        thing = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        subject = verb.head if verb.dep_ == "acl" else subject_of(verb, para.quoted)
        if thing is None or subject is None or _first_or_second(subject) or _evidence(subject) \
                or prep.lower_ == "for" and (_a_person(thing) or _someone(thing) or thing.pos_ == "PRON"
                                             or _asking_as_a_step(verb)):
            continue
        doing = next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                      and c.left_edge.i == thing.right_edge.i + 1), None)  # "spoke of Turkey assuming the duty
        start = thing.left_edge.i  # ...": the parser hangs the gerund that goes with the object on the verb
        end = doing.right_edge.i + 1 if doing is not None else _noun_content_end(verb, thing)
        if end - start < 1 or _partly_quoted(para, start, end):
            continue  # 'talked of Munk's "countless discoveries"': partly quoted, the quote is the statement
        out += _reported_by(subject, f"{verb.text} {prep.text}", doc[start:end].text, verb, para, resolver)
    return out


def _asking_as_a_step(verb: Token) -> bool:
    """ "After asking for his release, Huber signed with ...", "suspected of asking for a delay": a request named
    as a step in what someone did (a gerund after a preposition, or joined to one) is narrated, not reported; so
    is the purpose of an act that is not speaking ("brought the case to the court, asking for clarifications",
    "sent a letter requesting new rules"), but not of one that is ("posted on Twitter asking for ...")."""
    if verb.dep_ == "conj" and verb.head.tag_ == "VBG":
        verb = verb.head
    if verb.tag_ != "VBG" or any(c.dep_ == "aux" for c in verb.children):
        return False
    return verb.dep_ == "pcomp" or verb.dep_ in ("advcl", "acl") and not is_speech_verb(verb.head)


def _evidence(subject: Token | None) -> bool:
    """Data, tests or findings as the subject: what they show is an inference, not anyone's words."""
    return subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in _EVIDENCE


def _someone_or_text(subject: Token | None) -> bool:
    return subject is not None and (_someone(subject) or subject.lemma_.lower() in DOCUMENT_NOUNS)


def _charged(verb: Token) -> bool:
    """ "blame him for encouraging farmers to set fires", "accused him of asking for ...": an act after "for" or
    "of" is what someone is blamed, accused or thanked for, named by others, not a report its subject makes."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in ("for", "of")


def _refusal(verb: Token, obj: Token) -> bool:
    """ "Congress denied funding for the wall", "denied him bail": to deny a thing that is granted, or to deny
    someone a thing, is to refuse it."""
    return verb.lemma_.lower() == "deny" and (obj.lemma_.lower() in _GRANTED
                                              or any(c.dep_ == "dative" for c in verb.children))


def _given(verb: Token) -> bool:
    """ "she was denied treatment", "was denied the opening goal by the keeper", "had been promised a seat": a
    passive verb that keeps an object gives or refuses that thing to its subject; nobody reports anything."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _unsaid(verb: Token) -> bool:
    """ "refused to admit defeat", "did not confirm the report", "No group claimed responsibility": a report
    that was not made (a bare verb after "to" or a modal, a negation, a subject that is nobody)."""
    if verb.tag_ == "VB" and not any(c.dep_ == "aux" and c.lemma_ == "do" for c in verb.children):
        return True
    if _negated(verb) or _modifier(verb):
        return True
    return any(c.dep_ == "nsubj" and any(d.lower_ == "no" for d in c.children) or c.lower_ in ("nobody", "none")
               for c in verb.children)


def _modifier(verb: Token) -> bool:
    """ "Four declared contenders addressed ...", "A reported 50,000 campaigners marched": a participle between an
    article or a number standing alone and the noun or number after it modifies that noun (the parser may take
    the article or number for the verb's subject); no one declared or reported anything."""
    doc = verb.doc
    if verb.tag_ not in ("VBN", "VBD") or verb.i == 0 or verb.i + 1 >= len(doc):
        return False
    before, after = doc[verb.i - 1], doc[verb.i + 1]
    return (before.lower_ in ("a", "an", "the") or before.tag_ == "CD") and not list(before.children) \
        and (before.i == before.sent.start or doc[before.i - 1].is_punct) and after.pos_ in ("NOUN", "NUM", "PROPN")


def _document_clauses(para: Paragraph, resolver: Resolver) -> list[Statement]:
    """ "The Department issued a statement that an inmate had been stabbed", "made a surprise announcement on Twitter
    that she was running", "the ministry's initial assertion that the mayor was dismissed": the content clause of a
    text that is put out, or of an act of saying that someone makes or owns (its possessor), gives what it says (up
    to a colon that opens a quote); whoever puts it out or owns it says it. Not a claim a contesting verb takes
    ("denied Roe's claim that ..."): the contest rule reads it (_claim_that)."""
    out, doc = [], para.doc
    for noun in tokens_of(doc):
        if noun.i in para.quoted or noun.pos_ != "NOUN":
            continue
        lemma, verb = noun.lemma_.lower(), noun.head
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in _ISSUE and verb.i not in para.quoted \
                and lemma in DOCUMENT_NOUNS | _SAYING_NOUNS:
            subject, at, cue = subject_of(verb, para.quoted), verb, doc[verb.i:noun.i + 1].text
        elif owner is not None and lemma in _SAYING_NOUNS and not _claim_that(noun):
            subject, at, cue = owner, noun, noun.text
        else:
            continue
        clause = _content_clause(noun)
        if clause is None or subject is None or _first_or_second(subject) or subject.lower_ in ("my", "our", "your"):
            continue
        own = {t.i for t in clause.subtree} - _quote_set_off(clause, para)
        if any(i in para.quoted for i in own):
            continue
        text = _clause_text(clause, own)
        if len(text.split()) < 3:
            continue
        out += _reported_by(subject, cue, text, at, para, resolver)
    return out


def _content_clause(noun: Token) -> Token | None:
    """The clause that says what a text or an act of saying says: one opened by "that", right after the noun or
    after words on when or where ("an announcement on Twitter that she was running", "the ultimatum, after the
    vote, that the board must resign"), or after "to the effect" ("a statement to the effect the king considered
    it inappropriate"); with a subject of its own, so not a relative clause ("the statement that was issued",
    "statements that members objected to")."""
    doc = noun.doc
    for clause in noun.children:
        first = clause.left_edge
        if clause.dep_ not in ("acl", "ccomp", "relcl") or clause.i < noun.i or clause.pos_ not in ("VERB", "AUX") \
                or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.tag_ not in ("WDT", "WP") and c.lower_ != "that"
                           for c in clause.children):
            continue
        if first.lower_ == "that" and first.dep_ == "mark" or first.i >= 3 and [t.lower_ for t in doc[first.i - 3:first.i]] \
                == ["to", "the", "effect"]:
            return clause
    return None


def _claims_to(para: Paragraph, resolver: Resolver) -> list[Statement]:
    """ "Sirhan claimed to have no memory of the night": claiming to be or have something reports the
    speaker's own words ("I have no memory ..."), an infinitive in place of a that-clause; so does promising
    ("promised to hold new elections": "I will hold ..."), unless the infinitive runs into a quote (partly
    quoted speech: the quote is the statement), whatever the parser hangs the quote on."""
    out, doc = [], para.doc
    for verb in tokens_of(doc):
        if verb.i in para.quoted or verb.pos_ != "VERB" or verb.lemma_.lower() not in _CLAIM_TO or _unsaid(verb) \
                or verb.tag_ == "VBG" and verb.dep_ != "acl":
            continue  # not "met Giuliani, claiming to ...": whose claim the parse does not tell
        to = _past_adverbials(verb)  # "promised on Monday to hold ...", "threatened on several occasions to file ..."
        goal = next((c for c in verb.children if c.dep_ == "xcomp" and to < len(doc) and doc[to].lower_ == "to"
                     and doc[to].head == c and c.i - to <= 3), None)  # "to hold", "to have obtained"
        subject = verb.head if verb.dep_ == "acl" else subject_of(verb, para.quoted)  # "Giuliani, claiming to ..."
        if goal is None or subject is None or _first_or_second(subject) or _denied(verb) \
                or verb.lemma_.lower() in _THREATENING and not (_someone(subject) or _people_of_a_kind(subject)):
            continue
        end = next((t.i for t in doc[goal.i:goal.right_edge.i + 1] if t.text in ",;:" or t.i in para.quoted),
                   goal.right_edge.i + 1)
        if any(t.i in para.quoted for t in goal.subtree) or end in para.quoted:
            continue  # 'claimed to have seen a "low flying jet"': partly quoted, the quote is the statement
        while end > goal.i + 1 and doc[end - 1].is_punct:
            end -= 1
        if end - to <= 2:
            continue  # not "as they claim to hope": no content
        out += _reported_by(subject, verb.text, doc[to:end].text, verb, para, resolver)
    return out


def _denied(verb: Token) -> bool:
    """ "Lee denied that the council threatened to cut ...": a verb inside the clause a denial contests is what the
    denial says did not happen, not a second report (one inside a report that says it is so, "told the press the
    officers claimed to be ...", is one)."""
    return any(a.dep_ == "ccomp" and a.head.lemma_.lower() in _CONTESTING for a in [verb, *verb.ancestors])


def _past_adverbials(verb: Token) -> int:
    """Where the words after `verb` go on past the adverbials it governs that follow it right away: a phrase of
    time, place or manner ("on Monday", "on several occasions", "Friday", "again", "in a statement")."""
    i = verb.i + 1
    for c in verb.children:
        if c.i == i and c.dep_ in ("prep", "npadvmod", "advmod"):
            i = c.right_edge.i + 1
    return i


def _expressed_views(para: Paragraph, resolver: Resolver) -> list[Statement]:
    """ "Olsen expressed confidence the budget would pass", "a letter expressing their concern that ...": a view
    expressed with its content as a clause reports that clause; the cue is the verb with the view's noun."""
    out, doc = [], para.doc
    for verb in tokens_of(doc):
        if verb.i in para.quoted or verb.pos_ != "VERB" or verb.lemma_.lower() != "express" or _unsaid(verb) \
                or _given(verb):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        clause = _view_clause(verb, obj) if obj is not None else None
        subject = verb.head if verb.dep_ == "acl" else subject_of(verb, para.quoted)  # "a letter expressing ..."
        if clause is None or subject is None or _first_or_second(subject) or _evidence(subject):
            continue
        own = {t.i for t in clause.subtree}
        if any(i in para.quoted for i in own):
            continue  # partly quoted: the quote is the statement
        text = _clause_text(clause, own)
        if len(text.split()) < 3:
            continue
        out += _reported_by(subject, doc[verb.i:obj.i + 1].text, text, verb, para, resolver)
    return out


def _view_clause(verb: Token, obj: Token) -> Token | None:
    """The clause that gives an expressed view's content: "confidence (that) the ruling would be overturned", with a
    subject of its own right after the noun; not a relative clause ("the concern that was raised")."""
    if verb.lemma_.lower() != "express" or obj.lemma_.lower() not in _VIEW_NOUNS:
        return None
    return next((c for c in obj.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")
                 and c.left_edge.i == obj.i + 1
                 and any(g.dep_ in ("nsubj", "nsubjpass", "expl") and g.tag_ not in ("WDT", "WP")
                         and g.lower_ != "that" for g in c.children)), None)


def _gerund_reports(para: Paragraph, resolver: Resolver, direct_cues: dict[int, Token]) -> list[Statement]:
    """ "The researchers reported inventing a coating ...", "Hotak described witnessing 35 bodies ...", "She recalled
    receiving a toy ...": a verb of saying whose complement is a gerund reports the speaker's own doing ("we
    invented ...") in place of a that-clause; the content is the gerund's phrase. Not when the verb's content
    is a quote: '"...," she said referring to the flood', 'tweeted using her account: "..."' tell how or of
    what the quote was said (the narrator's words). An adverb may stand before the gerund ("denied ever
    meeting him"); a verb of proposing reports its gerund too ("recommended building a dam": the proposal); a deed
    owned up to comes after "to" ("confessed to taking the money", _owned_up_to)."""
    out, doc = [], para.doc
    quoting = set(direct_cues.values())
    for verb in tokens_of(doc):
        if verb.i in para.quoted or verb.pos_ != "VERB" \
                or verb.lemma_.lower() not in (SPEECH_VERBS - WEAK_SPEECH_VERBS) | _PROPOSING \
                or _unsaid(verb) or _hypothetical(verb) or _charged(verb) or verb in quoting:
            continue
        if any(c.dep_ == "auxpass" for c in verb.children):
            continue  # "He was reported missing": said of him, not by him
        goal = next((c for c in verb.children if c.dep_ == "xcomp" and c.left_edge.i == verb.i + 1
                     and (c.left_edge.tag_ == "VBG" or c.tag_ == "VBG"
                          and all(t.pos_ in ("ADV", "PART") for t in doc[verb.i + 1:c.i]))), None) \
            or _owned_up_to(verb)
        subject = subject_of(verb, para.quoted)
        if goal is None or subject is None or _first_or_second(subject) or _evidence(subject) \
                or verb.lemma_.lower() in _PROPOSING and not _someone_or_text(subject):
            continue  # not "a region that is close and recommended ...": a proposal needs someone to make it
        end = next((t.i for t in doc[goal.i:goal.right_edge.i + 1] if t.text in ";:" or t.i in para.quoted),
                   goal.right_edge.i + 1)
        if end in para.quoted and not doc[end - 1].is_punct:
            continue  # 'said naming the virus after the city would place "tremendous stigmatization ..."': partly
            # quoted, the quote is the statement
        while end > goal.i + 1 and doc[end - 1].is_punct:
            end -= 1
        if end - goal.left_edge.i < 3:
            continue
        out += _reported_by(subject, verb.text, doc[goal.left_edge.i:end].text, verb, para, resolver)
    return out


def _owned_up_to(verb: Token) -> Token | None:
    """ "Doe confessed to taking the money", "admitted to being part of the plan": owning up "to" a deed named by a
    gerund is the report "admitted taking the money"; the content is the phrase with its "to". Not "admitted to
    hospital", "confessed to the theft" (no gerund: taken in, or a noun owned up to)."""
    if verb.lemma_.lower() not in _OWNING | {"confess"}:
        return None
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i == verb.i + 1
                 and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)), None)


def _reported_by(subject: Token | None, cue: str, text: str, at: Token, para: Paragraph, resolver: Resolver
                 ) -> list[Statement]:
    """The reported statement `text`, given with `cue` in the sentence of `at`, as the words of whom `subject`
    names: one statement for each person a joint subject names ("Biden and Sanders announced ..."); nobody named
    when there is no subject. None when `at` is inside the reported clause of the same person's report: whatever
    finder read it, that report already holds it (_outer_speaker)."""
    who = resolver.who(para.index, subject) if subject is not None else Who(None, "")
    if who.person and who.person == _outer_speaker(at, para, resolver):
        return []  # "Trump said that he did indicate ...", "she says she will urge ...": one report, not two
    where = Where(para.index, sentence_index(para.doc, at.i))
    speakers = _each(who, subject, para, resolver)
    return [Statement(w.person, w.text, "indirect", cue, text, where, w.confidence) for w in speakers]


def _each(who: Who, subject: Token | None, para: Paragraph, resolver: Resolver) -> list[Who]:
    """ "Biden and Sanders announced they would ...": a report made by named people together is each one's
    statement, with the words that name each (_members); a named person with a group ("Trump and his supporters
    claimed") is the person's."""
    if subject is None:
        return [who]
    members = _members(subject, para, resolver, who.confidence)
    if len(members) < 2 or who.person is not None and all(who.person != m.person for m in members):
        return [who]
    return members


def _members(subject: Token, para: Paragraph, resolver: Resolver, confidence: str) -> list[Who]:
    """The named people a subject lists, each with the words that name them: "Jane Doe, John Roe, and Ann Lee have
    all denied ...", "Senators Jane Doe of Ohio, John Roe of Utah and Ann Lee of Iowa each asked ...", "Mayor Jane
    Doe and her deputy John Roe said ...". The list is the subject's phrase (not its relative clauses, brackets or
    the examples it gives of a group) cut at commas and "and", whatever the parser hung on what; an item names a
    member when it ends in a name, or a name and its place ("of Ohio", "from Ohio"), that is not the object of a
    preposition ("a spokesman for Jane Doe"). None unless an "and", or a phrase that adds as "and" does ("Jane Doe,
    along with John Roe, called for ...": _comitative), joins two or more."""
    doc = para.doc
    top = subject
    while top.dep_ in ("appos", "conj") and top.head.i < top.i:
        top = top.head  # "according to the minister Jane Doe and ...": the phrase that holds the name
    # the parser may split a list into two subjects of the verb ("Jane Doe of Ohio, ... and Ann Lee of Iowa each")
    heads = [c for c in top.head.children if c.i < top.head.i and (c.dep_ == top.dep_ or _joins_subject(c, top))] \
        if top.dep_ in ("nsubj", "nsubjpass") else [top]
    phrase_tokens = [t for head in heads for t in head.subtree]
    clauses = {t.i for c in phrase_tokens if c.dep_ in ("relcl", "acl") and c.head.i < c.i and not _comitative(c)
               for t in c.subtree}  # "Jane Doe, joined by John Roe, said": the parser's clause adds a member
    items, item, joined = [], [], False
    for token in phrase_tokens:
        if _exemplar(token):
            break  # "Fifty officials, including Jane Doe and John Roe, signed ...": the group's words, not each one's
        if token.i in clauses or _bracketed(token):
            continue
        if token.text in (",", ";") or token.lower_ in ("and", "&") or _comitative(token):
            joined = joined or token.lower_ in ("and", "&") or _comitative(token)
            items.append(item)
            item = []
        else:
            item.append(token)
    items.append(item)
    out: list[Who] = []
    for item in items:
        member = _member(item, top, para, resolver)
        if member is not None and all(member[0] != w.person for w in out):
            out.append(Who(member[0], doc[member[1]:member[2]].text, confidence))
    return out if joined else []


def _member(item: list[Token], top: Token, para: Paragraph, resolver: Resolver) -> tuple[str, int, int] | None:
    """(person, start, end) of the name an item of a listed subject ends in, with the words before it that
    describe the person ("Mayor Jane Doe"); None when the item does not end in a name of one who speaks."""
    while item and item[-1].lower_ in _EVERY:
        item = item[:-1]  # "Ann Lee of Iowa each asked ..."
    named = [n for n, t in enumerate(item) if (para.index, t.i) in resolver.cast.at]
    if not named:
        return _pronoun_member(item, para, resolver)
    last = named[-1]
    listed = item[last]
    while listed.dep_ == "conj":
        listed = listed.head
    if listed != top and listed.dep_ == "pobj" and not _comitative(listed.head):
        return None  # "a spokeswoman for Jane Doe and John Roe": the people spoken for (not "along with John Roe")
    person = resolver.cast.at[(para.index, item[last].i)]
    first = last
    while first > 0 and resolver.cast.at.get((para.index, item[first - 1].i)) == person:
        first -= 1
    after = item[last + 1:]
    if after and not (after[0].lower_ in ("of", "from") and all(t.pos_ == "PROPN" for t in after[1:])
                      and len(after) > 1):
        return None  # "the Bill and Melinda Gates Foundation": a name inside a longer one
    if first > 0 and item[first - 1].pos_ == "ADP":
        return None  # "a spokesman for Jane Doe": not the one who speaks
    start = 0
    while start < first and item[start].lower_ in _EVERY:
        start += 1  # "Both Jane Doe and ...": the words that name her
    begin = item[start].i
    while begin > 0 and not item[start].doc[begin - 1].whitespace_ and item[start].doc[begin - 1].is_alpha:
        begin -= 1  # "vice-premier Jane Doe": the parser may hang "vice" elsewhere
    return person, begin, item[last].i + 1


def _pronoun_member(item: list[Token], para: Paragraph, resolver: Resolver) -> tuple[str, int, int] | None:
    """ "Both he and Mayor Jane Doe urged ...", "Jane Doe and she said ...": an item of a listed subject that is a
    personal pronoun alone (after "both") names the person it refers to, as it would as the only subject."""
    words = [t for t in item if t.lower_ not in _EVERY]
    if len(words) != 1 or words[0].pos_ != "PRON" or not pronoun_gender(words[0]):
        return None
    who = resolver.who(para.index, words[0])
    return (who.person, words[0].i, words[0].i + 1) if who.person is not None else None


def _joins_subject(phrase: Token, subject: Token) -> bool:
    """ "Jane Doe, along with John Roe, said", "Jane Doe as well as John Roe said": a phrase the parser hangs on
    the verb that is the subject's when it holds a word that adds one more (_comitative) and touches the
    subject's words, before or after them, or but for a comma."""
    if phrase == subject or not any(_comitative(t) for t in phrase.subtree):
        return False
    first, second = sorted((phrase, subject), key=lambda t: t.i)
    return all(t.is_punct for t in phrase.doc[first.right_edge.i + 1:second.left_edge.i])


def _comitative(token: Token) -> bool:
    """A word of a phrase that adds one more to a subject as "and" does: "Jane Doe, along with John Roe, said ...",
    "together with", "as well as", "joined by". What the two do or say together is each one's, as with "and". Only
    inside the subject's phrase: "met with John Roe" after the verb names no one who speaks."""
    doc, word = token.doc, token.lower_
    for phrase in _COMITATIVE:
        for k in (k for k, w in enumerate(phrase) if w == word):
            start = token.i - k
            if start >= 0 and start + len(phrase) <= len(doc) \
                    and tuple(t.lower_ for t in doc[start:start + len(phrase)]) == phrase:
                return True
    return False


def _exemplar(token: Token) -> bool:
    """ "including" or "such as", which name some of a group as examples: the golds give such a group's words to
    the group ("Fifty officials, including ..., signed a letter saying ...": speaker null) as often as to each
    example, and the group is what the sentence says spoke."""
    return token.lower_ == "including" or token.lower_ == "as" and token.i > 0 and token.doc[token.i - 1].lower_ == "such"


def _bracketed(token: Token) -> bool:
    """A token inside round brackets in its sentence, or a bracket itself: "Jane Doe (Springfield) and ..."."""
    before = token.doc[token.sent.start:token.i + 1]
    return next((t.text for t in reversed(before) if t.text in "()"), ")") == "(" or token.text == ")"


def _a_person(obj: Token) -> bool:
    """A person as an object: a name, or a description with a name in apposition."""
    return obj.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in obj.children)


def _a_place(obj: Token) -> bool:
    """ "Both states claim the city", "claims the islands as its territory": a place claimed is a claim to own it,
    not words reported (as a disaster claims lives)."""
    return obj.ent_type_ in ("GPE", "LOC", "FAC")


def _a_source(obj: Token) -> bool:
    """ "citing sources within the department", "citing Johns Hopkins University data", "cited Article 5 of the
    treaty": a source cited attributes what goes with it; a reason cited ("citing the health crisis", "cited
    security concerns") is said."""
    return obj.pos_ == "PROPN" or obj.ent_type_ != "" or obj.lemma_.lower() in _SOURCES | DOCUMENT_NOUNS | _STUDIES \
        or obj.lemma_.lower() in _SPEAKING_NOUNS or any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"
                                                        for c in obj.children)


def _anaphoric(obj: Token) -> bool:
    """ "announced the measure", "denied this": a bare definite noun points back to content given elsewhere;
    so does a bare noun for a conclusion, plan or decision with a possessive ("confirmed their conclusion",
    "revealed its findings", "announced the company's move"), unlike an event ("announced his death")."""
    if obj.pos_ != "NOUN" or any(c.dep_ in ("amod", "compound", "acl", "relcl", "nummod")
                                 or c.dep_ == "poss" and obj.lemma_.lower() not in _POINTS_BACK
                                 or c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE or c.dep_ == "poss" for c in obj.children)


def _told_to(clause: Token, verb: Token) -> bool:
    """ "advised residents of her city to make plans", "yelled at the players to run": the parser may take the
    infinitive for a purpose clause; right after the one addressed (the object of a telling verb, or of the
    preposition a verb of asking addresses with) it is what the listener is told to do."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb.lemma_.lower() in _TELL \
        else _addressed_through(verb)
    return obj is not None and clause.left_edge.i == obj.right_edge.i + 1


def _addressed_through(verb: Token) -> Token | None:
    """ "appealed to the leaders", "pleaded with him", "yelled at the team", "called on Italy": the one a verb of
    asking addresses through the preposition it takes, right after the verb."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1
                 and c.lower_ in _ASKED_THROUGH.get(verb.lemma_.lower(), ())), None)
    return None if prep is None else next((c for c in prep.children if c.dep_ == "pobj"), None)


def _for_clause(clause: Token, verb: Token) -> bool:
    """ "called for the bill to be dropped": the parser makes the request a clause marked by "for"."""
    return any(c.dep_ == "mark" and c.lower_ == "for" and c.i == verb.i + 1 for c in clause.children)


def _request_start(verb: Token) -> int | None:
    addressee = _addressed_through(verb)
    if verb.lemma_.lower() not in REQUEST_VERBS:  # "yelled slogans to rally the crowd" asks nothing: a verb that
        return addressee.left_edge.i if addressee is not None else verb.i + 2 if any(  # asks only through its
            c.dep_ == "advcl" and _for_clause(c, verb) for c in verb.children) else None  # preposition
    for child in verb.children:
        if child.dep_ == "advcl" and _for_clause(child, verb):
            return verb.i + 2
        if child.dep_ == "dobj" and child.i > verb.i:
            return child.left_edge.i
        if child.dep_ == "prep" and child.lower_ in ("on", "for") and child.i == verb.i + 1:
            return child.i + 1
    return None


def _according_span(token: Token, para: Paragraph) -> tuple[int, int] | None:
    """The tokens an "according to X" reports: its clause without the attribution; after a conjunction or a
    colon ("largely Kurdish and, according to Turkey, supportive of the PKK") only what follows it."""
    source = _according_source(token)
    head = token.head
    if source is None or source.tag_ in ("WP", "WDT") or head == token and token.i != token.sent.start:
        return None  # "according to which ...", "according to the WHO" (not "who")
    doc = para.doc
    before = token.i - 1
    while before >= token.sent.start and (doc[before].text == "," or doc[before].pos_ == "ADV"):
        before -= 1
    after = next((t.i for t in doc[source.i:token.sent.end] if t.text == ","), token.sent.end)
    if head == token:  # the parser made the "According" opening the sentence its root: the rest is the report
        tokens = list(doc[after + 1 if after < token.sent.end else source.i + 1:_semicolon_or_end(token)])
    elif before >= token.sent.start and (doc[before].dep_ == "cc" or doc[before].text == ":") \
            and after < token.sent.end - 3:
        end = next((t.i for t in doc[after:token.sent.end] if t.text == ";"), token.sent.end)
        tokens = list(doc[after + 1:end])
    else:
        head = _whole_report(token, head)
        skip = {t.i for t in token.subtree} - _subject_not_apposition(source) | _named_apposition(source)
        if _set_off_inside(token):  # "was, according to the fire service, among the dead": the parser may hang
            skip = {i for i in skip if i <= _attribution_end(token)}  # the rest of the clause on the attribution
        if _relative_of_source(head, token):
            skip |= {t.i for t in head.subtree}
            head = head.head
        skip |= {t.i for c in head.children if _relative_of_source(c, token) for t in c.subtree}
        tokens = [t for t in head.subtree if t.i not in skip]
        if head.i < token.i and not any(c.i > token.i and c.dep_ in _CORE_DEPS for c in head.children) \
                and not _set_off_inside(token):
            tokens = [t for t in tokens if t.i < token.i]  # "killing at least 20 according to officials on
            # Thursday, and leaving ...": an attribution after its clause's arguments ends the report
        semicolons = [t.i for t in token.sent if t.text == ";"]  # "The government suggested ...; according to
        low = max((i for i in semicolons if i < token.i), default=-1)  # prosecutors, he owed ...": a semicolon
        high = min((i for i in semicolons if i > token.i), default=len(doc))  # ends the clause attributed
        tokens = [t for t in tokens if low < t.i < high]
    colon = next((n for n, t in enumerate(tokens) if t.text == ":" and t.i + 1 in para.quoted), None)
    tokens = tokens[:colon]  # '...'s case: "The key factor ..."': the quote after the colon stands alone
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    kept = ("\"", "”", "%", ")") if any(t.text == "(" for t in tokens) else ("\"", "”", "%")
    while tokens and tokens[-1].is_punct and tokens[-1].text not in kept:
        tokens = tokens[:-1]
    return (tokens[0].i, tokens[-1].i + 1) if len(tokens) >= 3 else None


def _set_off_inside(token: Token) -> bool:
    """ "One child was, according to the fire service, among the dead": an "according to X" between commas with
    more of its clause after it (not a new clause: ", and leaving ...", ", killing ...") is inside the report."""
    doc = token.doc
    close = _attribution_end(token)
    if doc[token.i - 1].text != "," or close + 1 >= token.sent.end or doc[close].text != ",":
        return False
    nxt = doc[close + 1]  # not ", some of whom were ...": a relative clause about the source
    return nxt.dep_ not in ("cc", "mark") and nxt.pos_ not in ("VERB", "AUX", "PUNCT") \
        and nxt.lower_ not in ("while", "whereas") \
        and not any(t.tag_ in ("WDT", "WP", "WP$") for t in doc[close + 1:min(close + 5, token.sent.end)])


def _attribution_end(token: Token) -> int:
    """Where "according to X" ends: after X's phrase (the parser may hang more of the clause on "according")."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    return (to if to is not None else token).right_edge.i + 1


# a verb's arguments: an "according to X" before one of them ("led, according to Time, the largest ...") is
# inside its clause, not after it
_CORE_DEPS = ("dobj", "attr", "acomp", "oprd", "dative", "ccomp", "xcomp", "nsubj", "nsubjpass", "agent")


def _semicolon_or_end(token: Token) -> int:
    return next((t.i for t in token.doc[token.i:token.sent.end] if t.text == ";"), token.sent.end)


def _whole_report(token: Token, head: Token) -> Token:
    """ "According to police, the road was closed, so when the bus ..., it fell ...": an "according to"
    that opens a sentence reports all of it, though the parser may hang its clause on a later verb;
    "... have been at least 25%, and averaged around 50% according to WHO": one that ends a sentence of
    joined clauses reports all of them, not only the last; "224 people were hurt in blasts which occurred in quick
    succession according to officials": one that ends its sentence reports the whole clause it ends, however deep
    in it the parser hangs the attribution (a relative clause, a phrase's noun, a participle), but not more than
    the clause of a verb of saying it is in, nor out of a relative clause after a comma."""
    sent = token.sent
    if token.i == sent.start:
        while head.dep_ == "ccomp" and head.head.i > head.i and head.head.lemma_.lower() not in SPEECH_VERBS \
                and not _semicolon_between(head, head.head):  # "...; Chinese authorities said": a new sentence
            head = head.head
    elif head.i < token.i and _ends_sentence(token):
        while head.dep_ in _WITHIN_CLAUSE and not _said_there(head) and not _semicolon_between(head, head.head) \
                and not (head.dep_ == "relcl" and head.doc[head.left_edge.i - 1].text == ","):
            head = head.head  # not out of ", which the mayor accepted according to X": a clause of its own
    elif head.dep_ == "conj" and head.i < token.i and token.right_edge.i + 1 < len(token.doc) \
            and (token.doc[token.right_edge.i + 1].i == sent.end - 1 and token.doc[sent.end - 1].is_punct
                 or token.doc[token.right_edge.i + 1].text == ","):
        while head.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
            head = head.head
    return head


# where the parser may hang a last "according to X" inside the clause it ends: a relative clause, a phrase's
# noun, a participle or a clause the verb takes, a joined verb
_WITHIN_CLAUSE = ("relcl", "acl", "prep", "pobj", "pcomp", "advcl", "ccomp", "xcomp", "conj", "dobj", "attr", "appos",
                  "npadvmod")


def _ends_sentence(token: Token) -> bool:
    """Nothing but punctuation after the "according to X" in its sentence."""
    return all(t.is_punct for t in token.doc[_attribution_end(token):token.sent.end])


def _said_there(clause: Token) -> bool:
    """A clause under a verb of saying ("the minister said X, according to state media"): that verb's own report."""
    return clause.head.pos_ == "VERB" and clause.head.lemma_.lower() in SPEECH_VERBS | INDIRECT_VERBS


def _subject_not_apposition(source: Token) -> set[int]:
    """ "According to Attorney Bash, the manifesto if written by ... could": the parser may take the clause's
    subject for an apposition of the source; an apposition ends at a comma or the end of the sentence."""
    doc = source.doc
    taken = set()
    for appos in (c for c in source.children if c.dep_ == "appos" and c.i > source.i):
        nxt = appos.right_edge.i + 1
        if nxt < len(doc) and doc[nxt].text not in ",;:.!?)" and not doc[nxt].is_space:
            taken |= {t.i for t in appos.subtree}
    return taken


def _named_apposition(source: Token) -> set[int]:
    """ "According to the city's mayor, Jane Doe, police were ...": a name set off by commas after a
    description ("the ... mayor") is the description's apposition, whatever the parser made of it."""
    doc = source.doc
    start = source.right_edge.i + 1
    if source.pos_ != "NOUN" or source.tag_ != "NN" or not any(c.dep_ in ("det", "poss") for c in source.children) \
            or start + 2 >= len(doc) or doc[start].text != ",":
        return set()
    end = start + 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    if end == start + 1 or end >= len(doc) or doc[end].text != ",":
        return set()
    return set(range(start + 1, end))


def _relative_of_source(head: Token, according: Token) -> bool:
    """ "began at 10:39, according to police, who said officers arrived ...": the parser may hang the "according
    to" on the relative clause about its source; the report is the clause before it. Not a relative whose pronoun
    comes before the attribution ("a rise to 444,000, which, according to the paper, is a five-year high"): the
    attribution is inside that clause, which is what it reports."""
    return head.i > according.i and head.head != head and any(c.dep_ == "nsubj" and c.lower_ in ("who", "which")
                                                              and according.i < c.i < head.i for c in head.children)


def according_speaker(token: Token) -> Token | None:
    """Who an "according to X" names: X, or the name in apposition to a description ("the mayor, Jane Doe"),
    or the name after a place that opens its title ("According to Ohio Senator Jane Doe": the parser may take
    the place for the source)."""
    source = _according_source(token)
    named = _named_apposition(source) if source is not None else set()
    return source.doc[max(named)] if named else _name_after_place(source) or source


def _name_after_place(source: Token | None) -> Token | None:
    if source is None or source.ent_type_ not in ("GPE", "NORP", "LOC") or source.pos_ != "PROPN":
        return None
    doc, last = source.doc, None
    for t in doc[source.i + 1:source.sent.end]:
        if t.pos_ != "PROPN" or t.ent_type_ in ("GPE", "ORG"):
            break
        last = t if t.ent_type_ == "PERSON" else last
    return last


def _according(token: Token, para: Paragraph, resolver: Resolver, direct_cues: dict[int, Token]) -> list[Statement]:
    span = _according_span(token, para)
    if span is None or any(span[0] <= start < span[1] and cue == token for start, cue in direct_cues.items()):
        return []  # partly quoted: the quote is the statement
    cue = para.doc[token.i:token.i + 2].text
    return _reported_by(according_speaker(token), cue, _without_attribution(token, span), token, para, resolver)


def _without_attribution(token: Token, span: tuple[int, int]) -> str:
    """The text an "according to X" reports, the attribution cut out when it lies inside: set off by commas ("The
    fire, according to police, began ...") or right after the word that opens its clause ("which according to the
    survey had ...", "that, according to a post, the site ..."); else the span as it is."""
    doc, (start, stop) = token.doc, span
    end = _attribution_end(token)
    before = token.i - 1 if doc[token.i - 1].text == "," else token.i
    after = end + 1 if end < stop and doc[end].text == "," else end
    opener = before > start and (doc[before - 1].tag_ in ("WDT", "WP") or doc[before - 1].dep_ == "mark")
    if start < token.i and after < stop and (opener or before < token.i and after > end):
        return doc[start:before].text + " " + doc[after:stop].text
    return doc[start:stop].text
