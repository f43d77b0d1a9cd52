"""Disputes: a contesting verb or noun in the narration, with who contests what."""
from __future__ import annotations

import itertools
import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..factsheet import Dispute, Statement, Where
from .lexicon import (
    AGENT_ENDINGS,
    CENSURE_WORDS,
    DISPUTE_NOUNS,
    DISPUTE_VERBS,
    DOCUMENT_NOUNS,
    FALSITY_WORDS,
    NAMING_VERBS,
    ORG_NOUNS,
    QUOTE_DISPUTE_WORDS,
    ROLE_NOUNS,
    SPEECH_VERBS,
)
from .names import index_verbs, token_texts, tokens_of
from .people import HEADLINE, pronoun_gender
from .resolve import Resolver, Who, phrase, subject_of
from .statements import Paragraph, sentence_index

# Objects of "deny" that make it a refusal, not a dispute ("denied bail").
_REFUSALS = frozenset([
    "access", "entry", "bail", "permission", "request", "visa", "application", "asylum", "service",
    "coverage", "care", "treatment", "benefits", "funding", "parole", "license", "citizenship", "right",
])
# Verbs of requesting, which make an appeal a plea ("an appeal asking that the hostages be freed").
_REQUESTING = frozenset(["ask", "urge", "request", "call", "beg", "plead", "implore", "demand"])
# Verbs of handing something to someone for approval ("sent the police a plan", "submitted it to the board").
_HANDING = frozenset(["send", "submit", "hand", "deliver", "forward", "mail", "present"])
# Verbs that start a court case named by their object ("filed a lawsuit").
_FILE = frozenset(["file", "bring", "launch", "lodge", "initiate"])
# Nouns of court cases and formal complaints: disputes only where their filing is reported ("filed a
# lawsuit against", "lodged a complaint against"); a "case" only when it is against someone.
_LAWSUITS = frozenset(["lawsuit", "suit", "complaint", "case"])
# Prepositions that make the subject of the clause the target of a criticism ("X went ahead despite criticism").
_DESPITE = frozenset(["despite", "amid", "amidst"])
# Auxiliaries of what may or would happen ("they would appeal" under a reporting verb is still reported).
_MODALS = frozenset(["will", "would", "can", "could", "may", "might", "should", "'ll", "'d", "must"])
# Verbs whose infinitive is an act held out as a threat, neither done nor announced: "threatened to sue".
_THREATEN = frozenset(["threaten"])

# Modals of possibility and advice: what "could", "may" or "should" be done is not reported done ("will" and
# "would" announce an intention, which the golds count: "said it would file an appeal").
_MAY_OR_SHOULD = frozenset(["can", "could", "may", "might", "should", "must"])

# Adjectives of exposure: "open to accusations", "vulnerable to criticism" name what may come, not what came.
_EXPOSED = frozenset(["open", "vulnerable", "subject", "exposed", "liable", "susceptible", "prone", "immune"])
# Words that open a clause the sentence does not assert: a condition ("if", "unless") or an open question ("whether").
_CONDITIONS = frozenset(["if", "unless", "whether"])
# Auxiliaries that open a condition by inversion: "Had Smith sued ...", "Should Jones appeal ...", "Were she to sue ...".
_INVERTED = frozenset(["had", "should", "were"])
# Nouns of what may happen: "a possibility of X challenging", "the prospect of a lawsuit".
_POSSIBILITY = frozenset(["possibility", "prospect", "chance", "likelihood", "probability"])
# Nouns of claims and official acts, which only words can attack.
_CLAIMS_AND_ACTS = frozenset([
    "claim", "statement", "remark", "comment", "report", "account", "decision", "ruling", "proclamation",
    "declaration", "policy", "plan", "proposal", "bill", "law", "deal", "agreement", "inquiry", "investigation",
    "move", "order", "verdict", "announcement", "speech", "record", "handling", "response", "media", "press",
])
# Nouns of what is done to a person, so "Smith's arrest" is not Smith's act.
_DONE_TO = frozenset(["sentence", "conviction", "arrest", "detention", "imprisonment", "execution", "dismissal",
                      "firing", "expulsion", "deportation", "extradition", "prosecution", "indictment", "impeachment"])
# Words that call an act or decision wrong, as "illegal" does: "called the sentence unjust".
_UNJUST = frozenset(["unjust", "unfair"])
# Quote words that call a thing false only when said of it ("it's fake"), not before a noun ("fake legs").
_PREDICATIVE = frozenset(["fake", "unwarranted", "hoax"])
# Verbs of attacking, in words when their object is a claim or act, or someone attacked for or as something.
_ATTACK_VERBS = frozenset(["attack", "assail", "hammer", "savage", "skewer", "bash", "rip", "pummel", "batter"])
# Verbs that pass a verdict on a thing: "ruled the prorogation was unlawful", "called the report false".
_VERDICT_VERBS = frozenset(["rule", "find", "conclude", "declare", "hold", "deem", "judge", "call", "label",
                            "brand", "describe", "characterize", "characterise", "determine", "consider", "regard",
                            "view"])
# Nouns that call a person a teller of lies ("called Smith a liar").
_LIARS = frozenset(["liar", "liars"])
# The words above joined once here, not per token: adjectives that call a thing false or wrong, nouns that
# call it false or its teller a liar, and any word a short quote may be a verdict with.
_WRONG_ADJS = QUOTE_DISPUTE_WORDS | _UNJUST
_FALSE_NOUNS = FALSITY_WORDS | _LIARS
_VERDICT_WORDS = QUOTE_DISPUTE_WORDS | _UNJUST | _LIARS | CENSURE_WORDS
# Prepositions of whom and what one lies to and about ("lied to the FBI about the payments", "under oath").
_LIED_TO = frozenset(["to", "about", "under"])
# Verbs of deceiving in what one says, besides lying: to say someone did so calls their words false ("claimed
# Berg had exaggerated", "said the paper misreported him", "Berg has been bluffing us").
_DECEIVING = frozenset(["mislead", "deceive", "exaggerate", "overstate", "misrepresent", "misreport", "misstate",
                        "misquote", "distort", "falsify", "fabricate", "bluff", "fib"])
# Verbs whose subject, a person or a text, puts a clause forward as so ("the files imply that Berg misled them").
_SHOWING = frozenset(["imply", "show", "reveal", "indicate", "prove", "demonstrate"])
# Verbs whose object is an error one makes ("made a mistake", "committed a blunder").
_COMMIT = frozenset(["make", "commit"])
# Words of censure that, said of a person, call what they hold wrong ("Smith is wrong about the economy"); other
# words of censure said of a person judge the person ("Smith is foolish"), no claim or act.
_IN_ERROR = frozenset(["wrong", "mistaken", "misguided"])
# Words of censure that can only be said of an act or a claim, never of an event or a thing ("called it a
# mistake", not "called it a terrible storm"): the verdict may point at what it judges with "it" or "this".
_FAULTS = frozenset(["wrong", "mistake", "error", "blunder", "misstep", "misjudgment", "misjudgement",
                     "miscalculation", "inappropriate", "unacceptable", "irresponsible", "reckless", "deplorable",
                     "disgraceful", "shameful", "reprehensible", "unjustified", "unjustifiable", "inexcusable",
                     "indefensible", "unconscionable", "unforgivable", "wrongheaded", "misguided", "grotesque"])
# Numbers someone gives, a claim as much as a statement is ("the minister's figures are wrong").
_FIGURES = frozenset(["figure", "number", "data", "statistic", "math", "arithmetic"])
# Verbs of saying, which pass a verdict only with words of falsity: "said the claims were false" (calling
# something illegal in reported speech is an opinion or a fact: "the motion claims it is unconstitutional").
_SAYING = frozenset(["say", "tell", "insist", "maintain", "argue", "state", "add", "claim", "write", "tweet"])
# Nouns of accusations, whose clause names the accused: "an allegation he assaulted his ex-wife".
_ACCUSATIONS = frozenset(["allegation", "accusation"])
# Contesting verbs a speaker can use of a claim or act in their own words ("I reject ...", "we deny ...").
_FIRST_PERSON_VERBS = frozenset(["deny", "reject", "dispute", "refute", "rebut", "condemn", "denounce",
                                 "criticize", "criticise", "contest"])
# Challenges in court: saying one will take them is reported as taking them ("intends to appeal").
_COURT_ACTIONS = frozenset(["appeal", "sue", "challenge", "petition", "contest"])
# Words that put a challenge in court ("a legal challenge", "a court challenge").
_IN_COURT = frozenset(["legal", "court", "constitutional", "judicial"])
# Who hears a petition that is a challenge in court.
_COURTS = frozenset(["court", "tribunal", "judge", "judiciary"])
# Verbs that make a claim, whose subject is its author ("Bolton claims ..., which Trump denied").
_CLAIM_VERBS = frozenset(["say", "claim", "allege", "assert", "write", "report", "argue", "suggest", "state",
                          "tell", "tweet", "insist", "contend", "maintain"])
# Things a person holds or says, so "the X of Y" is Y's: "the citizenship of Obama" (not "the arrest of Y").
_HELD = frozenset(["citizenship", "eligibility", "status", "authority", "legitimacy", "credibility",
                   "competence", "qualification", "claim", "statement", "remark", "comment", "account", "view",
                   "position", "stance", "conduct", "behavior", "behaviour", "decision", "policy", "proposal",
                   "suggestion", "testimony", "assertion", "argument"])
# Verbs that contest what they meet only when it is a claim, and the claims they can meet.
_CLAIM_ANSWERS = frozenset(["counter", "oppose", "disagree", "rebuff", "discount", "disbelieve"])
# Verbs that with "off", "aside" or "away" set a claim aside ("brushed off the criticism", "waved away the claims").
_SETTING_ASIDE = frozenset(["brush", "shrug", "laugh", "wave", "swat", "push", "sweep"])
_CLAIMS = frozenset(["claim", "statement", "remark", "comment", "report", "account", "finding", "argument",
                     "assertion", "suggestion", "allegation", "accusation", "charge", "assessment", "conclusion",
                     "correlation", "theory", "notion", "premise", "characterization", "characterisation",
                     "interpretation", "estimate", "prediction", "narrative", "version", "idea"])
# Claims and the like that a quote's word of censure or falsity calls wrong: "the absurd pretext that ...".
_CLAIMED = _ACCUSATIONS | frozenset(["claim", "assertion", "notion", "idea", "theory", "narrative", "argument",
                                     "suggestion", "characterization", "characterisation", "charge", "pretext",
                                     "excuse", "rumour", "rumor", "propaganda", "lie"])
# Prepositions of what a claim is about or against: "claims about his acuity" are not his claims.
_TOPIC = frozenset(["about", "against", "on", "over", "regarding", "concerning"])
# Works besides documents that can be critical of someone, and the verbs of making them public.
_WORKS = frozenset(["book", "memoir", "article", "essay", "film", "documentary", "song", "speech", "video", "piece"])
_AUTHORING = frozenset(["release", "write", "publish", "pen", "issue", "post", "author", "produce", "deliver", "give"])
# Verbs whose subject makes the criticism or accusation named by their object ("leveled criticism at", "filed
# an appeal").
_VOICE = frozenset(["level", "voice", "express", "make", "issue", "launch", "direct", "aim", "raise", "lodge", "hurl",
                    "file", "submit"])
# Nouns of displeasure voiced at someone or their act ("expressed dissatisfaction with Bolton").
_DISAPPROVAL = frozenset(["dissatisfaction", "displeasure", "disapproval", "disgust", "outrage", "indignation"])

# Disapproval as a judgement (not anger, "expressed their outrage on social media"): voiced as one's own ("expressed
# his disapproval") it contests the matter at hand even when nothing follows it.
_JUDGED_BAD = frozenset(["dissatisfaction", "displeasure", "disapproval", "disgust"])
# The other nouns `_voiced` reads, and the verbs questions are voiced with besides those above.
_COMPLAINTS_AND_DOUBTS = frozenset(["complaint", "question", "doubt"])
_VOICE_OR_POSE = _VOICE | {"pose"}
# Bodies that can contest: "the government", "the committee", "the opposition".
_BODIES = ORG_NOUNS | frozenset([
    "government", "state", "company", "group", "party", "opposition", "administration", "board", "organization",
    "organisation", "campaign", "team", "club", "church", "union", "body", "panel", "court", "senate", "house"])
# Verbs whose subject may be a thing that prompts doubts rather than someone voicing them.
_RAISE = frozenset(["raise", "pose"])
# Verbs of doubts that go on being held ("questions about his health continued").
_LASTING = frozenset(["continue", "grow", "mount", "persist", "linger", "remain", "swirl", "surface", "resurface"])
# Prepositions of what a voiced doubt or a protest is about ("questions about", "in protest at").
_ABOUT = frozenset(["about", "over", "with", "to", "regarding", "concerning", "against", "at"])
# What one takes at someone when attacking them in words: "took a veiled shot at", "took aim at".
_JABS = frozenset(["shot", "swipe", "aim", "jab", "dig", "potshot"])
# Nouns of accusations and criticism, whose answerer is their target.
_ANSWERED = _ACCUSATIONS | frozenset(["criticism", "condemnation", "rebuke", "denunciation", "objection"])
# Verbs whose subject answers an accusation, and so is the accused ("addressed the allegations from X").
_ANSWER = frozenset(["address", "answer", "deny", "dismiss", "reject", "rebut", "refute", "contest", "face", "defend",
                     "respond"])
# Verbs that deny an accusation: "denied any allegation of fraud" reports the denial, not a second dispute.
_DENIALS = frozenset(["deny", "dismiss", "reject", "rebut", "refute"])
# Verbs of running against a person in an election: "challenged Obama for the nomination".
_RIVALRY_VERBS = frozenset(["challenge", "contest"])
# Nouns of links that "alleged" describes ("has alleged ties to"), not an accusation made.
_LINKS = frozenset(["tie", "link", "connection"])
# Nouns of people that are not titles: the object of "questioned the man" is questioned, not contested.
_PEOPLE = frozenset(["man", "woman", "men", "women", "people", "person", "driver", "passenger", "resident",
                     "child", "boy", "girl", "crew", "worker", "employee", "staff", "member", "official", "officer"])
# A subject pronoun and a possessive that are one person ("she ... her abilities").
_SAME_PERSON = frozenset([("i", "my"), ("we", "our"), ("you", "your"), ("he", "his"), ("she", "her"), ("they", "their")])
# Who lays criminal charges: "Police charged him with murder" is a prosecution, not a dispute (house rule).
_PROSECUTION = frozenset(["police", "prosecutor", "prosecution", "attorney", "authority", "state", "government",
                          "department", "office", "jury", "court", "judge", "magistrate", "agency", "officer",
                          "investigator", "detective", "regulator", "commission", "ministry"])
# Words too common to tie a claim to the statement that made it.
_FUNCTION_WORDS = frozenset(["that", "this", "these", "those", "with", "from", "have", "been", "were", "their", "there",
                             "which", "would", "about", "between", "they", "them", "will", "said", "more", "than"])
# Verbs whose subject makes its object act: "Criticism forced the minister to resign" criticised the minister.
_COMPEL = frozenset(["lead", "force", "prompt", "push", "drive", "compel", "pressure"])
# What a criticism "from" comes out of, not who makes it: "backlash from the statement".
_CAUSES = frozenset(["statement", "remark", "comment", "decision", "move", "announcement", "speech", "tweet",
                     "post", "proposal", "plan", "policy", "ruling", "interview", "claim", "report", "video"])
# Nouns of laws and texts of law: contesting one contests no person's act (GUIDELINES, Disputes: target null).
_LAWS = frozenset(["bill", "law", "act", "legislation", "measure", "amendment", "ordinance", "statute", "constitution"])
# Nouns that, bare ("the move"), name the act the sentence before reports.
_ACTS_BEFORE = frozenset(["move", "step", "action", "decision"])
# The words alone before a noun that point back to a thing just reported ("the move", "this decision", "that step").
_POINTING = (["the"], ["this"], ["that"])
# Endings of nouns made from verbs of acts: "commutation", "appointment", "withdrawal".
_ACT_SUFFIXES = ("tion", "sion", "ment", "al", "ure")
# Nouns that name again an act reported with any verb of its kind: a choice of someone ("Biden named Harris ...
# the selection"), a publication ("Bolton released a book ... sued to stop publication").
_ACT_FAMILIES = (
    (frozenset(["selection", "choice", "pick", "nomination", "appointment"]),
     frozenset(["name", "pick", "choose", "select", "appoint", "nominate", "tap"])),
    (frozenset(["publication", "release"]), frozenset(["publish", "release", "print"])),
)
# Verbs of stopping what a suit or appeal is brought against ("sued to stop publication").
_STOPPING = frozenset(["stop", "block", "prevent", "halt", "overturn", "reverse", "bar"])
# Verbs whose subject receives the criticism named by their object ("drew criticism").
_RECEIVE = frozenset(["draw", "receive", "face", "attract", "earn", "meet", "spark", "prompt", "provoke"])
# Nouns of public anger at someone's words or act, stirred or drawn by them ("caused an uproar"): disputes only
# when what stirred them is someone's claim or act (outrage at a bombing reports no one contested).
_OUTCRY = frozenset(["uproar", "outrage", "furore", "furor", "fury", "indignation"])
# Verbs of stirring up a controversy ("created controversy").
_STIR = frozenset(["create", "cause", "stir", "generate", "ignite", "court", "trigger"])
# Verbs of answering a position, which with no object contest the one the sentence before reports ("Smith
# argued for X. Jones disagreed.", "Jones countered that ...", "Jones denied.").
_REPLIES = frozenset(["counter", "rebut", "disagree", "deny", "object", "dissent", "retort"])
# Of those, the ones a that-clause does not turn into a claim of their own to contest ("denied that ..." names
# what it denies).
_REPLIES_WITH_CLAUSE = frozenset(["counter", "rebut", "disagree", "retort"])
# What a "counter-" noun answers in kind: a claim ("counter-argument", "counterclaim").
_COUNTERED = frozenset(["argument", "claim", "accusation", "allegation", "charge"])
# Those verbs as written, the cue of a reply whose answered party `refer_back` finds.
_REPLY_CUES = frozenset(["counter", "countered", "counters", "rebut", "rebutted", "rebuts", "disagree", "disagreed",
                         "disagrees", "retort", "retorted", "retorts"])
# Verbs that with "back" answer someone as "countered" does, when words follow ("shot back that ...", "fired back,
# saying ..."; "fired back" alone may be shots).
_BACK_REPLIES = frozenset(["shoot", "fire", "hit", "push", "snap", "strike"])
# Verbs of a position taken, whose subject the next sentence's reply answers ("Pierce argued ...", "La Riva
# regarded X as problematic").
_POSITIONS = SPEECH_VERBS | frozenset(["regard", "consider", "view", "see", "believe", "think", "feel", "favor",
                                       "favour", "support", "endorse", "back", "advocate", "want", "oppose",
                                       "praise", "blame", "describe"])
# Verbs of disagreeing with each other: "A and B disagreed about X" is a dispute of each with the other.
_RECIPROCAL = frozenset(["disagree", "clash", "spar", "quarrel", "bicker", "feud"])
# Nouns of where one is or is going ("attacked him on his way home", "on his doorstep"): no matter of words.
_WHERE_ONE_IS = frozenset(["way", "journey", "trip", "doorstep", "property", "premises", "land", "farm", "estate",
                           "watch", "behalf", "return", "arrival", "birthday", "street", "road", "lawn", "porch",
                           "driveway", "home", "ship", "boat", "train", "bus", "plane"])
# Verbs of undoing a decision, a contest when what they undo is one ("overturned the convictions", "quashed
# the order"), not a thing ("protesters overturned cars").
_ANNULLING = frozenset(["overturn", "overrule", "quash", "invalidate", "annul", "nullify"])
_ANNULLED = _CLAIMS_AND_ACTS | _DONE_TO | _LAWS | frozenset(["result", "election", "vote", "ban", "rule", "regulation",
                                                              "mandate", "injunction", "finding", "judgment",
                                                              "judgement", "sentencing", "acquittal", "appointment",
                                                              "decree", "directive", "edict"])
# Nouns of when, where and how, which a bare relative clause does not take as its object ("the day he appealed").
_CIRCUMSTANCES = frozenset(["day", "week", "month", "year", "time", "moment", "hour", "night", "morning", "evening",
                            "way", "manner", "place", "reason"])
# Verbs whose infinitive reports the act itself: "continued to attack Trump", "began to criticise the plan".
_ASPECTUAL = frozenset(["continue", "begin", "start", "keep", "resume", "proceed"])
# Nouns of remarks, which "critical" makes criticism: "made critical remarks about Fauci".
_REMARKS = frozenset(["remark", "comment", "statement", "word", "note", "tweet", "post"])
# Texts and works that contest in their own words ("a report rejecting the claim", "an article disputing it"),
# and the verbs whose subject puts one out, and so contests through it ("posted a message blaming Iran", "ran
# ads accusing Bush", "filed lawsuits challenging the law").
_TEXTS = DOCUMENT_NOUNS | _WORKS | frozenset(["story", "ad", "advert", "advertisement", "commercial", "broadcast",
                                             "audit", "review", "analysis", "survey", "assessment"])
_PUT_OUT = _AUTHORING | _FILE | frozenset(["run", "air", "send", "make", "put", "initiate", "sign"])


def disputes(para: Paragraph, resolver: Resolver) -> list[Dispute]:
    """The disputes the narration of `para` reports, one per person and sentence (a reply or a disagreement
    with each other once per person it answers)."""
    out, replies, repeated = [], [], []
    for token in tokens_of(para.doc):
        if token.i in para.quoted and not _verdict_quoted(token, para):
            continue
        found = None
        lemma, pos = token.lemma_.lower(), token.pos_
        if lemma == "appeal" and _asks_for(token):
            continue  # "appealed for calm", "amid appeals for fans to stay away": a request, nothing contested
        if _in_hyphenated_word(token) and _hyphenated(token) not in _WRONG_ADJS and not (
                _counter(token) and token.lower_ == "counter"):
            continue  # "denial-of-service attack", "self-criticism": part of another word
        if pos == "VERB" and _claim_after_participle(token) is not None:
            found = _participle_dispute(token, para, resolver)  # "Countering claims that ..., he replied"
        elif pos == "VERB" and (lemma in DISPUTE_VERBS or _push_back(token) or _rule_against(token)
                              or lemma in _ANNULLING and _undoes_a_decision(token) or _strikes_down(token)
                              or _verbal_attack(token) or _answers_claim(token) or _objects_to(token)
                              or _disagrees_with(token)
                              or _speaks_against(token)):
            found = _verb_dispute(token, para, resolver)
            if found is not None and _strikes_down(token):
                found = replace(found, cue=token.text + " down")
        elif pos == "VERB" and _at(token) is not None and _words_at(token, para, resolver):
            found = _attack_at(token, para, resolver)
        elif pos == "VERB" and _doubted(token) is not None:
            found = _cast_doubt(token, para, resolver)
        elif pos == "VERB" and lemma == "charge":
            found = _charge(token, para, resolver)
        elif pos == "VERB" and _says_lying(token):
            found = _liar(token, para, resolver)
        elif pos == "VERB" and _pleads_not_guilty(token):
            found = _plea(token, para, resolver)
        elif token.lower_ == "contrary" and _claim_contrary(token) is not None:
            found = _contrary(token, para, resolver)  # "Contrary to Vale's assurances, ..."
        elif pos == "NOUN" and _unsupported(token) is not None:
            found = _no_evidence(token, para, resolver)
        elif _not_true(token):
            found = _verdict(token, para, resolver)  # "told reporters this was not true"
            found = replace(found, cue=_cue_words(token)) if found is not None else None
        elif pos == "ADJ" and _hyphenated(token) in _WRONG_ADJS or pos == "NOUN" and (
                token.dep_ in ("attr", "oprd", "appos") or _as_what(token)) and token.lower_ in _FALSE_NOUNS:
            found = _verdict(token, para, resolver)  # "called the report false", "called Smith a liar"
        elif pos in ("ADJ", "NOUN") and token.lower_ in CENSURE_WORDS:
            found = _censure(token, para, resolver)  # "called the deal lousy", "said his decision was a mistake"
        elif pos == "ADJ" and lemma == "critical" and token.dep_ == "acomp":
            found = _critical(token, para, resolver)
        elif pos == "ADJ" and lemma == "critical" and token.dep_ == "amod":
            found = _critical_work(token, para, resolver)
        elif pos == "NOUN" and lemma in _LAWSUITS and not _voiced(token):
            found = _lawsuit(token, para, resolver)
        elif pos == "NOUN" and (lemma in DISPUTE_NOUNS or _counter(token) or _under_fire(token) or _backlash(token)
                                or _court_challenge(token) or _voiced(token) or _in_protest(token)):
            found = _noun_dispute(token, para, resolver)
        if found is not None and _counter(token):
            found = replace(found, cue=token.doc[token.i:token.i + 3].text if token.lower_ == "counter" else token.text)
        if found is None and pos != "VERB":
            continue  # neither a dispute nor a verb that may reply: whether the sentence asks does not matter
        question = _question(token, para) or _unasserted(token)  # a question asks, it reports none; nor does a
        # condition or a possibility ("if Smith sues", "whether Jones will appeal", "a possibility of Smith challenging")
        if found is None and not question:
            mutual = _each_other(token, para, resolver) if lemma in _RECIPROCAL else []  # "A and B disagreed"
            replies += mutual or (_reply(token, para, resolver) if _replies(token) else [])  # "A argued X. B disagreed."
        if found is not None and not question:
            out += _each_disputant(found, token, para, resolver)
            repeated += _repeated(found, token, para, resolver)
    return [e for d in _one_per_person(out) for e in (d, *_each_target(d, para, resolver))] + repeated + replies


def _repeated(found: Dispute, cue: Token, para: Paragraph, resolver: Resolver) -> list[Dispute]:
    """ "Such accusations were leveled against Smith, and have since been directed at the board", "challenged
    Smith's claim and now do likewise with Jones": a verb coordinated with the cue's, sharing its subject, that
    makes the same contest against another party (a verb of voicing the cue noun, or "do likewise/the same");
    the dispute once more against that party."""
    verb = cue if cue.pos_ == "VERB" else cue.head if cue.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None or verb.pos_ != "VERB":
        return []
    out = []
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        if any(c.dep_ in ("nsubj", "nsubjpass", "neg") for c in conj.children):
            continue  # "... and Smith denied it": another clause, with its own subject
        voiced = cue.pos_ == "NOUN" and verb.lemma_.lower() in _VOICE and conj.lemma_.lower() in _VOICE
        obj = (_against(conj) or _at(conj)) if voiced else next(
            (g for c in conj.children if c.dep_ == "prep" and c.lower_ in ("with", "to") for g in c.children
             if g.dep_ == "pobj"), None) if _likewise(conj) else None
        if obj is None:
            continue
        target = _target(obj, para, resolver, cue.lemma_.lower())
        out.append(replace(found, target=target.person if target.person != found.by else None,
                           target_text=tidy_target(_subtree_text(obj))))
    return out


def _likewise(verb: Token) -> bool:
    """ "do likewise", "did the same", "do so": a verb that stands for the one before it."""
    return verb.lemma_.lower() == "do" and any(c.lower_ in ("likewise", "so", "same") and c.dep_ in ("advmod", "dobj")
                                               for c in verb.children)


def _each_target(found: Dispute, para: Paragraph, resolver: Resolver) -> list[Dispute]:
    """ "accused Smith and Jones of lying", "rejected the claims of Smith and Jones": the dispute once more for
    each other person coordinated with its target (GUIDELINES: one entry per named target)."""
    if not found.target:
        return []
    sent = next(s for n, s in enumerate(para.doc.sents) if n == found.where.sentence)
    at = resolver.cast.at
    first = next((t for t in sent if at.get((para.index, t.i)) == found.target and t.dep_ != "conj"
                  and (t.head == t or at.get((para.index, t.head.i)) != found.target)), None)  # the name's head
    out: list[Dispute] = []
    held = next((p for t in sent if found.target in (p := _names_then_verb(t, para, resolver))), [])
    for pid in held:  # "the views A, B and C espouse", however the parser hangs the names
        if pid not in (found.target, found.by) and all(d.target != pid for d in out):
            out.append(replace(found, target=pid))
    for conj in first.conjuncts if first is not None else ():
        pid = at.get((para.index, conj.i))
        if pid and pid not in (found.target, found.by) and all(d.target != pid for d in out):
            out.append(replace(found, target=pid))
    return out


def _each_other(verb: Token, para: Paragraph, resolver: Resolver) -> list[Dispute]:
    """ "Carroll and La Riva disagreed about whether ...", "A and B clashed over taxes": people who disagree
    with each other, each contesting the other (a clash only over something: "clashed in the final" is a
    match)."""
    if _negated(verb) or verb.i in para.quoted or any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return []
    topic = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("about", "over", "on")), None)
    if topic is None and verb.lemma_.lower() != "disagree":
        return []
    subject = subject_of(verb)
    if subject is None or not subject.conjuncts:
        return []
    people = list(dict.fromkeys(p for t in (subject, *subject.conjuncts) if (p := _named(t, para, resolver).person)))
    texts = {_named(t, para, resolver).person: phrase(t) for t in (subject, *subject.conjuncts)}
    what = _subtree_text(topic, skip_head=True) if topic is not None else ""
    return [_dispute(Who(a, texts[a]), Who(b, texts[b]), what or texts[b], verb, para)
            for a in people for b in people if a != b]


def _replies(verb: Token) -> bool:
    """ "La Riva disagreed, stating ...", "Biden countered that ...", "Biden denied.": a verb of answering with
    nothing it answers named in its clause (no object, no "with"/"to" phrase; a that-clause only after
    "countered", "rebutted" ...: "denied that X" names what it denies)."""
    back = _answers_back(verb)
    if verb.lemma_.lower() not in _REPLIES and not back or _negated(verb) or verb.dep_ not in ("ROOT", "conj", "ccomp"):
        return False
    if any(c.dep_ in ("dobj", "dative", "nsubjpass", "auxpass", "agent", "xcomp") or c.dep_ == "prep"
           and c.lower_ in ("with", "to", "against", "at") for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if back:  # words must follow: a that-clause, a quote, or "saying ..."
        return bool(clauses) or any(c.dep_ == "advcl" and c.lemma_.lower() in SPEECH_VERBS for c in verb.children)
    return not clauses or verb.lemma_.lower() in _REPLIES_WITH_CLAUSE


def _answers_back(verb: Token) -> bool:
    """ "shot back", "fired back", "pushed back": a verb of striking or pushing with "back"."""
    return verb.lemma_.lower() in _BACK_REPLIES and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back"
                                                        for c in verb.children)


def _reply(verb: Token, para: Paragraph, resolver: Resolver) -> list[Dispute]:
    """By the subject, against each person the sentence before reports taking a position ("Pierce and Hawkins
    both argued for X. La Riva disagreed": La Riva contests Pierce and Hawkins); nothing when that sentence
    reports no one's position (or only the replier's own)."""
    subject = subject_of(verb)
    if subject is None or verb.i in para.quoted or subject.lower_ in (
            "i", "you", "we", "it", "this", "that", "which", "who", "they"):
        return []
    by = _named(subject, para, resolver)
    back = _answers_back(verb)
    if back and not by.person:
        return []  # "Police fired back, saying ...": a person's words, not a force's shots
    index, before = _sentence_before(verb, para.index, resolver)
    if before is None:
        return []
    there = para if index == para.index else Paragraph(index, resolver.docs[index], (), frozenset())
    for position in (before.root, *before.root.conjuncts):
        holder = subject_of(position) if position.pos_ == "VERB" and position.lemma_.lower() in _POSITIONS \
            and not _negated(position) else None
        if holder is None:
            continue
        people: dict[str, Token] = {}
        for token in (holder, *holder.conjuncts):
            pid = _named(token, there, resolver).person
            if pid and pid != by.person:
                people.setdefault(pid, token)
        if people:
            content = next((c for c in position.children if c.dep_ in ("ccomp", "xcomp")), None)
            what = _subtree_text(content) if content is not None else before.text.strip()
            found = [_dispute(by, Who(pid, phrase(token)), what, verb, para) for pid, token in people.items()]
            return [replace(d, cue=verb.text + " back") for d in found] if back else found
    if by.person and (verb.lemma_.lower() in _REPLIES_WITH_CLAUSE or back) and any(c.dep_ == "ccomp"
                                                                                   for c in verb.children):
        found = _dispute(by, Who(None, ""), "", verb, para)  # "Smith countered that ...": whom, see `refer_back`
        return [replace(found, cue=verb.text + " back") if back else found]
    return []


def _critical(word: Token, para: Paragraph, resolver: Resolver) -> Dispute | None:
    """ "X has been critical of Y", "members of the community have been critical": to be critical is to
    criticise; the subject criticises, the object of "of" (if any) is criticised."""
    verb = word.head
    subject = subject_of(verb) if verb.lemma_ in ("be", "remain") else None
    if subject is None or _negated(word) or verb.i in para.quoted or subject.lower_ in (
            "it", "this", "that", "i", "you", "we", "they", "which"):
        return None
    obj = next((g for c in word.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"), None)
    by = _named(subject, para, resolver)
    target = _target(obj, para, resolver, "critical") if obj is not None else Who(None, "")
    if target.person and target.person == by.person:
        target = Who(None, target.text)
    return _dispute(by, target, _subtree_text(obj) if obj is not None else "", word, para)


def _critical_work(word: Token, para: Paragraph, resolver: Resolver) -> Dispute | None:
    """ "Bolton released a book, The Room Where It Happened, critical of Trump": a work critical of
    someone is its author's criticism of them."""
    obj = next((g for c in word.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"), None)
    work = word.head
    while work.dep_ == "appos":
        work = work.head
    if obj is None and work.lemma_.lower() in _REMARKS and word.i < work.i:  # "made critical remarks about X"
        obj = next((g for t in (work, work.head) for c in t.children if c.dep_ == "prep"
                    and c.lower_ in ("about", "of", "on", "toward", "towards") for g in c.children if g.dep_ == "pobj"), None)
    if obj is None or work.lemma_.lower() not in DOCUMENT_NOUNS | _WORKS | _REMARKS or work.dep_ != "dobj" \
            or work.head.lemma_.lower() not in _AUTHORING | {"make"}:
        return None
    subject = subject_of(work.head)
    if subject is None:
        return None
    by = _named(subject, para, resolver)
    target = _target(obj, para, resolver, "critical")
    named = {p for t in obj.subtree if (p := resolver.cast.at.get((para.index, t.i)))}
    if not target.person and work.lemma_.lower() in _REMARKS and len(named) == 1:
        target = Who(named.pop(), target.text)  # "remarks about the Institute's director Dr. Anthony Fauci"
    if target.person and target.person == by.person:
        target = Who(None, target.text)
    return _dispute(by, target, _subtree_text(obj), word, para)


def _one_per_person(found: list[Dispute]) -> list[Dispute]:
    """A person contests once per sentence: "despite criticism by X, who questioned his authority" is
    one dispute by X, the one that names whose claim or action is contested."""
    best: dict[tuple, Dispute] = {}
    for d in found:
        key = (d.by, d.where) if d.by else id(d)
        if key not in best or (d.target and not best[key].target):
            best[key] = d
    return [d for d in found if best[(d.by, d.where) if d.by else id(d)] is d]


def _agent(verb: Token) -> Token | None:
    """ "was denied by Irma Tchkadua": the passive verb's agent, who contests."""
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


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
    if _says_lying(cue):
        return [found]  # the subject of "lying" is the one accused
    if _claim_contrary(cue) is not None:
        return [found]  # the "by" of "statements to the contrary by X" names whose claims, not who contests
    named_after = _with_each(found, cue, para, resolver)
    if named_after:
        return [found, *named_after]
    subject = (_agent(cue) or subject_of(cue) if cue.pos_ == "VERB" else _source(cue) or _by_of(cue))
    if subject is not None and subject.lower_ == "they":
        subject = _plural_antecedent(subject)
    if subject is not None and not found.by and _pair(subject):
        two = _last_two(subject, para, resolver)
        return [replace(found, by=pid, by_text=phrase(subject)) for pid in two] or [found]
    if subject is not None and not found.by and subject.tag_ in ("NNS", "NNPS"):
        group = resolver.holders(para.index, subject)
        return [replace(found, by=pid, by_text=phrase(subject)) for pid in group] or [found]
    if subject is None or not found.by:
        return [found]
    out = [found]
    named = [a for a in subject.children  # "Three American Samoans, A, B and C, sued"
             if a.dep_ == "appos" and (para.index, a.i) in resolver.cast.at] or [subject]
    for conj in (c for head in named for c in (head, *head.conjuncts)):
        pid = _named(conj, para, resolver).person or next(
            (p for t in _without_patron(conj) if (p := resolver.cast.at.get((para.index, t.i)))), None)
        if pid and pid != found.by and all(d.by != pid for d in out):
            out.append(replace(found, by=pid, by_text=phrase(conj)))
        elif not pid and conj.dep_ == "conj" and (conj.tag_ == "NN" or conj.ent_type_ in ("ORG", "NORP", "GPE")) \
                and all(d.by for d in out):  # "X, Y and a spokesperson for Z", "criticism by X and UNESCO"
            out.append(replace(found, by=None, by_text=phrase(conj) + _whose_group(conj)))
    return out


def _pair(noun: Token) -> bool:
    """ "The pair", "the couple", "the duo", "the two": a definite noun for two people."""
    return noun.lower_ in ("pair", "couple", "duo", "two") and [c.lower_ for c in noun.children] == ["the"]


def _last_two(noun: Token, para: Paragraph, resolver: Resolver) -> list[str]:
    """ "Marsh drove the car away ... The pair denied wrongdoing": the two people last mentioned before it, as
    "they" would be (nobody when the article has named fewer than two)."""
    people: list[str] = []
    for mention, pid in reversed(resolver.cast.mentions):
        if mention.para != HEADLINE and (mention.para, mention.start) < (para.index, noun.i) and pid not in people:
            people.append(pid)
        if len(people) == 2:
            return people
    return []


def _with_each(found: Dispute, cue: Token, para: Paragraph, resolver: Resolver) -> list[Dispute]:
    """ "Republicans attacked the inquiry, with A calling it X and B calling it Y": by A and by B too."""
    out = []
    for verb in (g for c in cue.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                 if g.dep_ == "pcomp" and g.tag_ == "VBG"):
        for clause in (verb, *(c for c in verb.children if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG")):
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            pid = _named(subject, para, resolver).person if subject is not None else None
            if pid and pid != found.by:
                obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
                out.append(replace(found, by=pid, by_text=phrase(subject),
                                   target_text=_subtree_text(obj) if obj is not None else found.target_text))
    return out


def _without_patron(head: Token) -> list[Token]:
    """The words of a phrase but those of whom it serves: not "Duterte" in "a spokesperson for Duterte"."""
    skip = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "to") for t in c.subtree}
    return [t for t in head.subtree if t.i not in skip]


def quoted_disputes(para: Paragraph, statements: list[Statement], resolver: Resolver) -> list[Dispute]:
    """A quote whose own words call something false, a lie, illegal ... (GUIDELINES, Disputes): by the
    quote's speaker, with the contesting words as cue and the thing they are said of as target."""
    out = []
    for statement in statements:
        if statement.kind != "direct" or statement.where is None or statement.where.paragraph != para.index:
            continue
        quote = next((q for q in para.quotes if q.text == statement.text), None)
        if quote is None:
            continue
        cue = next((t for t in quote.span if _not_true(t) and not _hypothetical(t) or (
                    _false_word(t) or _breaks_the_law(t) or _violation(t) or _first_person_contest(t) and statement.speaker
                    or _deceiver(t) is not None)
                    and not _negated(t) and not _hypothetical(t)
                    and not (_attributive(t) and (t.lower_ in _PREDICATIVE or _classifies(_first_conjunct(t))))),
                   None)
        for word in (t for t in quote.span if t.lower_ in CENSURE_WORDS and t != cue and not _negated(t)
                     and not _hypothetical(t) and not (t.dep_ == "conj" and t.head.lower_ in CENSURE_WORDS)):
            party = _party_to(word) or _claim_called(word)  # "gross negligence on the part of the officers": the
            # sentence the quote opens in
            said_of = _censured_in_quote(word) if party is None else None
            if said_of is not None and _quoted_person(said_of, para, resolver, statement.speaker):
                party = said_of  # "What Smith did was wrong", "the minister made a mistake": only of a person
            if party is not None:
                where = Where(para.index, sentence_index(para.doc, quote.span.start))
                out.append(Dispute(statement.speaker, statement.speaker_text,
                                   _quoted_person(party, para, resolver, statement.speaker),
                                   tidy_target(_subtree_text(party)), _cue_words(word),
                                   sentence_text(quote.span[0], para), where, statement.confidence))
        if cue is None or _contested_in_narration(cue, quote.span):
            continue
        thing = next((c for c in cue.children if c.dep_ == "dobj"), None) if _first_person_contest(cue) \
            else _deceiver(cue) or _subject_before(quote.span) or _said_of(cue, para)
        target = Who(None, statement.text)
        if thing is not None:
            text = _subtree_text(thing)
            if thing.i < cue.i <= thing.right_edge.i:  # "his remarks "untrue"": the thing without the verdict
                text = thing.doc[thing.left_edge.i:min(quote.span.start, cue.left_edge.i)].text.strip(' ,"\u201c')
            target = Who(_quoted_person(thing, para, resolver, statement.speaker), text)
        where = Where(para.index, sentence_index(para.doc, cue.i))
        out.append(Dispute(statement.speaker, statement.speaker_text, target.person, tidy_target(target.text),
                           _cue_words(cue), cue.sent.text.strip(), where, statement.confidence))
    return out


def _party_to(word: Token) -> Token | None:
    """ "gross negligence on the part of the officers", "a disappointing move by the RIAA": the party a word of
    censure puts the act down to, in the quote's own words."""
    noun = word.head if word.dep_ in ("amod", "conj") and word.head.pos_ == "NOUN" else word
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if noun is not word and owner is not None and owner.lower_ not in ("my", "our", "its") \
            and noun.lemma_.lower() in _CLAIMS_AND_ACTS:
        return owner  # "the Administration's misguided decision": the owner's act, censured
    for prep in (c for c in noun.children if c.dep_ in ("prep", "agent")):
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is not None and prep.lower_ == "by":
            return obj
        if obj is not None and prep.lower_ == "on" and obj.lower_ == "part":
            return next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"), None)
    return None


def _censured_in_quote(word: Token) -> Token | None:
    """What a quote's word of censure is said of, whatever the syntax: the subject of "X was a mistake" (a
    person's claim or act, "the minister's figures are wrong"; a person only with words of being in error,
    "Smith is wrong"), the doer inside "What Smith did was wrong" and in "it is outrageous that Smith cut ...",
    the subject of "Smith made a mistake" (not "I" or "we": an admission)."""
    noun = word.head if word.dep_ == "amod" and word.head.pos_ == "NOUN" and word.head.i > word.i else word
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _COMMIT:
        doer = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        return doer if doer is not None and doer.lower_ not in ("i", "we", "you") else None
    if noun.dep_ not in ("acomp", "attr") or noun.head.lemma_ != "be" or _negated(noun.head):
        return None
    subject = next((c for c in noun.head.children if c.dep_ in ("nsubj", "csubj")), None)
    if subject is None:
        return None
    if subject.dep_ == "csubj" or subject.lower_ == "it":  # "What Smith did", "it is wrong that Smith ..."
        clause = subject if subject.dep_ == "csubj" else next(
            (c for c in noun.head.children if c.dep_ == "ccomp" and any(m.dep_ == "mark" for m in c.children)), None)
        doer = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
        return doer if doer is not None and doer.lower_ not in ("i", "we", "you", "it", "what") else None
    if subject.pos_ == "PROPN" or subject.lower_ in ("he", "she", "they"):
        return subject if word.lower_ in _IN_ERROR else None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ not in ("my", "our", "its", "your") \
            and subject.lemma_.lower() in _CLAIMS_AND_ACTS | _CLAIMS | _CAUSES | _FIGURES:
        return subject
    return None


def _claim_called(word: Token) -> Token | None:
    """ "under the absurd pretext that ...", "these ridiculous allegations": a claim the quote's word of censure
    calls wrong."""
    noun = word.head
    if word.dep_ != "amod" or noun.lemma_.lower() not in _CLAIMED or noun.dep_ in ("attr", "oprd", "appos", "ROOT"):
        return None  # "called it "a truly silly argument"": a verdict the narration reports (`_censure`)
    return noun


def _subject_before(span) -> Token | None:
    """ "The court found Johnson's advice to the Queen "was motivated by ... and is unlawful"": a quote that
    goes on a clause the narration began is said of that clause's subject, just before the quote."""
    before = next((t for t in reversed(span.doc[max(span.start - 3, 0):span.start]) if not t.is_quote), None)
    if before is None or before.is_punct:
        return None  # "The summary read: "..."": the quote stands alone
    return next((c for t in span for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < span.start
                 and c.pos_ in ("NOUN", "PROPN")), None)


def _not_true(word: Token) -> bool:
    """ "No, it is not true", "that isn't accurate": a claim said to be untrue."""
    return word.lower_ in ("true", "correct", "accurate") and word.dep_ in ("acomp", "attr") and word.head.lemma_ == "be" \
        and _negated(word)


def refer_back(found: list[Dispute], statements: list[Statement]) -> list[Dispute]:
    """Disputes of an accusation reported earlier in the article: "Biden addressed the allegations from Reade
    ... When confronted with the accusation he ..., Biden said "it is not true"": "the accusation" is Reade's
    again, so its denial contests Reade, and it is not a new accusation by no one. A claim contested as "the
    correlation between the overdoses and the payments" is that of the last one who said so (see
    `_claimed_before`)."""
    out: list[Dispute] = []
    for d in _one_verdict(found):
        if not d.target and d.by_text is not None:
            d = replace(d, target=_claimed_before(d, statements) or _said_just_before(d, statements))
        if not d.target and d.by_text and re.fullmatch(r"counter-?(?:argument|claim|accusation|allegation|charge)s?",
                                                      d.cue.lower()):
            # "Reed argued that ... The government's counter-argument was ...": the claim it answers is the last
            # one someone else was reported making
            answered = _answered(d, statements)
            d = replace(d, target=answered.speaker) if answered is not None else d
        if not d.target_text and (d.cue.lower() in _REPLY_CUES or d.cue.lower().endswith(" back")):
            # a reply with a clause (`_reply`): to the last one who spoke before
            answered = _answered(d, statements)
            if answered is None:
                continue
            d = replace(d, target=answered.speaker, target_text=answered.text)
        if not d.target and out and out[-1].target and re.match(r"(the|this|that) ", d.target_text.lower()) \
                and re.search(r"\balso " + re.escape(d.cue) + r"\b", d.text):
            d = replace(d, target=out[-1].target)  # "USCIRF also criticized the move": the move just contested
        earlier = [e for e in out if e.cue.lower().rstrip("s") in _ACCUSATIONS and e.target and e.by
                   and e.where.paragraph <= d.where.paragraph]
        if d.cue.lower().rstrip("s") in _ACCUSATIONS and not d.by and not d.by_text and d.target \
                and any(e.target == d.target for e in earlier) and d.text.lower().find("the " + d.cue.lower()) >= 0:
            continue
        accuser = next((e.by for e in reversed(earlier) if e.target == d.by), None)
        if accuser and not d.target and d.by and re.match(r"(the|these|those|this|that) (accusation|allegation)",
                                                          d.target_text.lower()):
            d = replace(d, target=accuser)
        out.append(d)
    return out


def _one_verdict(found: list[Dispute]) -> list[Dispute]:
    """ "called Reed's claim "a lie"": a short quoted verdict is found both as the narration's verdict and as the
    quote's words (same disputer, sentence and verdict word): one dispute, the quote's unless only the
    narration's names the person whose claim it is."""
    seen: dict[tuple, list[Dispute]] = {}
    for d in found:
        word = next((w for w in d.cue.lower().split() if w in _VERDICT_WORDS), None)
        if word:  # "absolutely false" and "false"
            seen.setdefault((d.by, d.by_text, d.where, word), []).append(d)
    drop = {id(d) for group in seen.values() if len({d.target for d in group if d.target}) <= 1
            for d in group if d is not max(group, key=lambda d: (bool(d.target), len(d.cue), group.index(d)))}
    return [d for d in found if id(d) not in drop]


def _claimed_before(d: Dispute, statements: list[Statement]) -> str | None:
    """ "Hughes said overdoses rose after the CERB payments began. ... Jyrkkanen disagreed with the correlation
    between the overdoses and the CERB payments": a claim named with "the" and no owner is the one reported
    before it in the same words; its speaker is the target (two content words shared, not the disputer's own)."""
    match = re.match(r"(?:the|this|that|these|those) (\w+)", d.target_text.lower())
    if match is None or match.group(1).rstrip("s") not in _CLAIMS \
            or d.cue.lower() in ("denied", "deny", "denies", "clarified"):
        return None
    words = _content_words(d.target_text) - {match.group(1).rstrip("s")}
    earlier = [s for s in statements if s.speaker and s.speaker != d.by and s.where is not None
               and (s.where.paragraph, s.where.sentence) < (d.where.paragraph, d.where.sentence)]
    return next((s.speaker for s in reversed(earlier) if len(words & _content_words(s.text)) >= 2), None)


def _said_just_before(d: Dispute, statements: list[Statement]) -> str | None:
    """ "Pompeo said the crash was Iran's doing. Iran denied the accusation.": an accusation (or claim,
    allegation, charge) named as one already made, with no owner of its own ("the accusation", "these claims",
    "any allegations that we cut corners", "the claims made"), is what the sentence just before reports someone
    saying, or the nearest one before it in the paragraph that reports someone else saying anything ("Roe
    claimed X. The issue came up at the debate. Doe denied the allegations."): no one denies their own
    allegations; its speaker is the target. One named by what it says or as made ("any allegations that we
    overload planes") is that claim wherever it was last reported: in a paragraph's first sentence, the last
    one of the paragraph before that reports someone saying; a bare "the claims" there points back at the
    whole matter before, not at one speaker ("Roe and Doe argued ... // Others dismissed the claims")."""
    match = re.fullmatch(r"(?:the|this|that|these|those|any|such) (?:accusation|allegation|claim|charge)s?"
                         r"( made| that .+)?", d.target_text.lower())
    if match is None:
        return None
    others = [s for s in statements if s.speaker and s.speaker != d.by and s.where is not None]
    if d.where.sentence == 0 and match.group(1):
        before = [s for s in others if s.where.paragraph == d.where.paragraph - 1]
        return max(before, key=lambda s: s.where.sentence).speaker if before else None
    for back in range(1, 4):  # the nearest sentence before, in the paragraph, that reports another saying
        before = [s for s in others if (s.where.paragraph, s.where.sentence) == (d.where.paragraph, d.where.sentence - back)]
        if before:
            return before[-1].speaker
    return None


def _answered(d: Dispute, statements: list[Statement]) -> Statement | None:
    """ "Bollinger asked ... (paragraph). Ahmadinejad countered that ...": a reply answers the last thing
    someone else is reported saying before it, in its paragraph or the one before."""
    earlier = [s for s in statements if s.speaker and s.speaker != d.by and s.where is not None
               and d.where.paragraph - 1 <= s.where.paragraph
               and (s.where.paragraph, s.where.sentence) < (d.where.paragraph, d.where.sentence)]
    return max(earlier, key=lambda s: (s.where.paragraph, s.where.sentence), default=None)


def _content_words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z][a-z-]{3,}", text.lower()) if w not in _FUNCTION_WORDS}


def _attributive(word: Token) -> bool:
    """ "illegal immigrants", "the legal and illegal transmission": a modifier before its noun; one after it
    or after "as" is said of the thing ("called his remarks "untrue"", "described them as "false"")."""
    word = _first_conjunct(word)
    return word.dep_ in ("amod", "compound") and word.head.i > word.i and word.head.lower_ != "as"


def _contested_in_narration(cue: Token, quote) -> bool:
    """ "dismissed the claims as "baseless"": the narration's own contesting verb reports this dispute."""
    return any(a.i not in range(quote.start, quote.end) and a.pos_ == "VERB" and a.lemma_.lower() in DISPUTE_VERBS
               and not _negated(a) for a in cue.ancestors)


def _first_conjunct(word: Token) -> Token:
    """ "the legal and illegal transmission": "illegal" stands where "legal" does, before the noun."""
    while word.dep_ == "conj" and word.head != word:
        word = word.head
    return word


def _classifies(word: Token) -> bool:
    """ "illegal immigrants", "the legal and illegal transmission": an adjective that sorts things, not a
    verdict on someone's act, unless graded ("a grossly unlawful way"), said of someone's act ("their
    illegal occupation") or said of a thing ("it was an illegal war")."""
    noun = word.head
    if noun.lemma_.lower() in _CLAIMED:
        return False  # "baseless allegations": a verdict on the claims
    return not any(c.dep_ == "advmod" for c in word.children) and not any(
        c.dep_ == "poss" for c in noun.children) and noun.dep_ not in ("attr", "oprd")


def _first_person_contest(word: Token) -> bool:
    """ "I strongly reject new measures", "we condemn this decision": the speaker contests in the first
    person, with a contesting verb that has an object."""
    return word.pos_ == "VERB" and word.lemma_.lower() in _FIRST_PERSON_VERBS and any(
        c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in word.children) and any(
        c.dep_ == "dobj" for c in word.children) and not any(c.dep_ == "aux" and c.lower_ in _MODALS
                                                            for c in word.children)


def _breaks_the_law(word: Token) -> bool:
    """ "the government are breaking the law": calls an action illegal."""
    return word.lemma_.lower() in ("break", "violate", "breach") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("law", "constitution") for c in word.children)


def _violation(word: Token) -> bool:
    """ "characterized the attack as "a serious violation of Iraqi sovereignty"": said of an act, a violation
    of a law or a right calls it wrongful."""
    return word.lemma_.lower() in ("violation", "breach") and any(c.dep_ == "prep" and c.lower_ == "of"
                                                                   for c in word.children) \
        and (word.dep_ in ("attr", "oprd") or _as_what(word))


def _hypothetical(word: Token) -> bool:
    """ "speech that might be illegal": a possibility, not a verdict."""
    return any(c.dep_ == "aux" and c.lower_ in ("might", "could", "may", "would")
               for c in (word, word.head) for c in c.children)


def _cue_words(word: Token) -> str:
    """The contesting words as written: "unlawful", "grossly unlawful", "null and void", "not true"."""
    start = word.i - 1 if word.i > 0 and word.doc[word.i - 1].dep_ in ("advmod", "neg") \
        and word.doc[word.i - 1].head in (word, word.head) else word.i
    if _not_true(word):  # "is not true", the "not" hung on "is"
        start = min(c.i for t in (word, word.head) for c in t.children if c.dep_ == "neg")
    if "-" in _hyphenated(word):  # "far-fetched"
        start = word.i - 2
    end = word.i + 1
    if _breaks_the_law(word):  # "breaking the law"
        end = next(c for c in word.children if c.dep_ == "dobj").i + 1
    while end + 1 < len(word.doc) and word.doc[end].dep_ == "cc" and word.doc[end + 1] in word.conjuncts:
        end += 2
    return word.doc[start:end].text


def _said_of(word: Token, para: Paragraph) -> Token | None:
    """What the contesting word is said of: the subject of "X is false", the object of "calling X
    false"; "it" there points back to the last thing the narration named before the quote."""
    if word.dep_ in ("amod", "pobj") and word.head.lower_ == "as":  # "described his comments as "false""
        verb = word.head.head
        return verb if verb.pos_ in ("NOUN", "PROPN") else next((c for c in verb.children if c.dep_ == "dobj"), None)
    if word.dep_ in ("amod", "appos") and word.head.i < word.i:  # "called his remarks "untrue"", "called it "a lie""
        return word.head
    head = word.head if word.dep_ in ("acomp", "attr") else word
    thing = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
    if thing is None and word.dep_ in ("oprd", "xcomp", "ccomp"):
        thing = next((c for c in word.head.children if c.dep_ == "dobj"), None)
    if thing is not None and thing.lower_ in ("it", "this", "that") and (thing.i not in para.quoted or _not_true(word)):
        before = [t for t in word.sent if t.i < thing.i and t.dep_ in ("dobj", "pobj") and t.pos_ == "NOUN"
                  and t.i not in para.quoted and not (t.dep_ == "dobj" and t.head.lemma_.lower() in _SAYING)]
        claims = [t for t in before if t.lemma_.lower() in _CLAIMS]  # "the accusation he took the money": the claim
        return (claims or before)[-1] if before else thing
    return thing


def _quoted_person(thing: Token, para: Paragraph, resolver: Resolver, speaker: str | None) -> str | None:
    """The person whose claim or action the quote calls false: the thing itself or its owner. A "he" or
    "his" in a quote is not the speaker: the last other person of that gender named before it."""
    for token in (thing, *(t for t in thing.subtree if t.dep_ == "poss")):
        gender = pronoun_gender(token)
        if gender is None:
            pid = resolver.cast.at.get((para.index, token.i)) or (
                _owner(thing, para, resolver) if token is thing else None) or (
                _named(token, para, resolver).person if token.lemma_.lower() in ROLE_NOUNS else None)  # "the governor"
        else:
            earlier = [p for m, p in resolver.cast.mentions if m.para != HEADLINE and p != speaker
                       and (m.para, m.start) < (para.index, token.i) and resolver.cast.gender.get(p, gender) == gender]
            pid = earlier[-1] if earlier else None
        if pid and pid != speaker:
            return pid
    return None


def _refused(verb: Token) -> bool:
    """ "denied bail", "denied him entry", "denying American Samoans citizenship", "a denial of service": a
    thing withheld among the words right after the verb or its noun, before any clause starts."""
    for token in verb.doc[verb.i + 1:verb.i + 6]:
        if token.pos_ in ("VERB", "AUX", "SCONJ", "PUNCT"):
            return False
        if token.lemma_.lower() in _REFUSALS:
            return True
    return False


def _question(token: Token, para: Paragraph) -> bool:
    """The sentence of `token` asks rather than reports: it ends in "?", unless the "?" closes a quote the
    narration reports ("were critical of it, with one poster writing "How can ...?"")."""
    mark = _question_marks(token.doc)[token.i]
    return mark is not None and (mark in para.quoted) == (token.i in para.quoted)


def _question_marks(doc: Doc) -> tuple[int | None, ...]:
    """For each token, the last word of its sentence (quotes and spaces aside) when that ends in "?", else
    None: found once per Doc, as `disputes` asks it of every token."""
    if "question_marks" not in doc.user_data:
        tokens, marks = tokens_of(doc), []
        for sent in doc.sents:
            mark = next((t for t in reversed(tokens[sent.start:sent.end]) if not (t.is_quote or t.is_space)), None)
            marks += [mark.i if mark is not None and mark.text.endswith("?") else None] * len(sent)
        doc.user_data["question_marks"] = tuple(marks)
    return doc.user_data["question_marks"]


def _in_hyphenated_word(token: Token) -> bool:
    """ "denial-of-service", "self-criticism": a word joined by hyphens to the words around it is part of
    a longer word that names something else."""
    words, i = token_texts(token.doc), token.i
    return not token.whitespace_ and i + 1 < len(words) and words[i + 1] == "-" \
        or i > 0 and words[i - 1] == "-" and not tokens_of(token.doc)[i - 1].whitespace_


def _counter(token: Token) -> bool:
    """ "counter-argument", "counterclaim": a claim made in answer to another contests it (written with a hyphen,
    the parser hangs the phrase on "counter")."""
    doc = token.doc
    if token.lower_ == "counter" and token.i + 2 < len(doc) and doc[token.i + 1].text == "-":
        return not token.whitespace_ and doc[token.i + 2].lower_.rstrip("s") in _COUNTERED
    return token.lower_.startswith("counter") and token.lower_.removeprefix("counter").rstrip("s") in _COUNTERED


def _hyphenated(token: Token) -> str:
    """The word as written, with a word joined before it by a hyphen: "far-fetched" for "fetched"."""
    doc = token.doc
    if token.i > 1 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_ \
            and not doc[token.i - 2].whitespace_:
        return doc[token.i - 2].lower_ + "-" + token.lower_
    return token.lower_


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in (token, token.head) for c in c.children)


def _attributive_participle(verb: Token) -> bool:
    """ "over disputed eastern Ukraine", "a contested election": a past participle right after an article or a
    preposition stands before its noun and describes it (the parser may still make the noun its object). A
    preposition used as an adverb of the verb itself ("has twice before sued", "had since denied") is no
    preposition of a noun: the participle there is the verb of its clause."""
    if verb.tag_ not in ("VBN", "VBD") or verb.i == 0:
        return False
    before = verb.doc[verb.i - 1]
    if before.dep_ == "advmod" and verb.is_ancestor(before):
        return False
    return before.lower_ in ("a", "an", "the") or before.pos_ == "ADP"  # "over" a preposition or a particle


def _asks_for(token: Token) -> bool:
    """ "appealed for residents to stay indoors", "an appeal for calm", "appeals for donors": "appeal" right
    before "for", verb or noun, however the parser hangs what follows, asks for something; so does "an appeal
    asking that ..." (a clause of requesting on the noun)."""
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "for" or any(
        c.dep_ == "acl" and c.lemma_.lower() in _REQUESTING for c in token.children)


def _push_back(token: Token) -> bool:
    return token.lemma_.lower() == "push" and any(c.lower_ == "back" for c in token.children) \
        and not any(c.dep_ == "dobj" for c in token.children)  # "pushed back the vote": put off


def _verbal_attack(token: Token) -> bool:
    """ "attacked the proclamation", "hammered Biden for his response", "assailed the event as gloomy", "attacked
    what he considered to be errors" (what someone holds or says, a free relative): words
    against a claim or action, or against someone for a reason or as something, not violence ("attacked a
    group of tourists", "assailed by gunmen")."""
    if token.lemma_.lower() not in _ATTACK_VERBS:
        return False
    obj = next((c for c in token.children if c.dep_ == "dobj"
                or c.dep_ == "nsubjpass" and any(a.dep_ == "agent" for a in token.children)), None)  # "was
    # attacked by Smith as unfair": the passive's subject, when someone attacks
    if obj is not None and _text_speaks(token):
        return True  # "an editorial attacked the mayor", "the articles which attacked Zuma": a text attacks in words
    if obj is None or obj.lower_ == "what":  # "attacked what he considered errors", however "what" is hung
        return any(c.dep_ == "ccomp" and c.lemma_.lower() in _POSITIONS | NAMING_VERBS and "what" in (
            c.left_edge.lower_, obj.lower_ if obj is not None else "") for c in token.children)
    preps = [c for c in token.children if c.dep_ == "prep"]
    named = (subject := subject_of(token)) is not None and subject.pos_ == "PROPN"
    return obj.lemma_.lower() in _CLAIMS_AND_ACTS or any(c.lower_ == "for" for c in preps) \
        or any(c.lower_ == "as" for c in preps) and (_definite(obj) or named) \
        or (obj.pos_ == "PROPN" or obj.ent_type_ == "PERSON") and named \
        and any(c.lower_ in ("on", "over") and _topic(c) or c.lower_ == "over" and _matter(c) for c in preps) \
        or named and any(t.is_quote for t in obj.subtree if t.i < obj.i)


def _text_speaks(verb: Token) -> bool:
    """The subject of `verb` is a text (an article, an editorial, an ad), itself or through the relative word of
    a clause on it ("the articles which attacked Zuma")."""
    subject = subject_of(verb)
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        subject = verb.head
    return subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in _TEXTS


def _topic(prep: Token) -> bool:
    """ "attacked Trump on his taxes", "on paying fewer taxes": a matter someone's words are about (a
    gerund or someone's thing), not a time or a place ("on Tuesday", "on the street")."""
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    return obj is not None and not obj.ent_type_ and (obj.dep_ == "pcomp" and obj.tag_ == "VBG" or any(
        c.dep_ == "poss" for c in obj.children) and obj.lemma_.lower() not in _WHERE_ONE_IS)


def _matter(prep: Token) -> bool:
    """ "attacked Smith over the budget cuts": what "over" brings after attacking a named person is the matter of
    the words (a place one is attacked over is rare: not a place name, nor where one is)."""
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    return obj is not None and obj.pos_ in ("NOUN", "VERB") and obj.ent_type_ not in ("GPE", "LOC", "FAC", "DATE") \
        and obj.lemma_.lower() not in _WHERE_ONE_IS


def _definite(noun: Token) -> bool:
    """ "the event", "his speech", "Smith": a particular thing or someone, not a thing in general ("war")."""
    return noun.pos_ == "PROPN" or any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                       for c in noun.children)


def _speaks_against(token: Token) -> bool:
    """ "railed against the rioters", "spoke out against the attack", "protested against the mine": speaking
    against someone or their act (speaking against a bill in a debate is a position; speaking out against
    it is a protest)."""
    lemma = token.lemma_.lower()
    if lemma not in ("rail", "inveigh", "speak", "protest") or _against(token) is None:
        return False
    if lemma == "protest" and token.dep_ == "relcl" and any(c.lower_ in ("who", "that") for c in token.children):
        return False  # "a crowd of people who were protesting against X": who they were, not a reported act
    return lemma != "speak" or any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)


def _words_at(verb: Token, para: Paragraph, resolver: Resolver) -> bool:
    """ "lashed out at", "hit back at", "fired back at", "took a veiled shot at", "took aim at": phrases of
    attacking in words."""
    lemma = verb.lemma_.lower()
    if lemma in ("lash", "hit"):
        return any(c.dep_ in ("prt", "advmod") and c.lower_ in ("out", "back") for c in verb.children)
    at = _at(verb)
    words = _named(at, para, resolver).person or at.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
        or at.lemma_.lower() in _CLAIMS_AND_ACTS
    if lemma == "fire":  # "fired back at his critics" in words; "fired back at police" with guns
        return words and at.ent_type_ != "ORG" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back"
                                                       for c in verb.children)
    if lemma != "take":
        return False
    return any(  # a shot taken at someone is a real one unless "veiled", "parting"
        c.dep_ == "dobj" and c.lemma_.lower() in _JABS and (words or c.lemma_.lower() == "swipe")
        and (c.lemma_.lower() != "shot" or any(a.dep_ == "amod" for a in c.children)) for c in verb.children)


def _attack_at(verb: Token, para: Paragraph, resolver: Resolver) -> Dispute | None:
    """By the subject, against the object of "at" (and what "for" gives as the reason)."""
    subject = subject_of(verb)
    if subject is None or _negated(verb) or verb.i in para.quoted:
        return None
    at = _at(verb)
    by = _named(subject, para, resolver)
    target = _target(at, para, resolver, "attack")
    if target.person and target.person == by.person:
        return None
    found = _dispute(by, target, phrase(at), verb, para)
    return replace(found, cue=verb.doc[verb.i:at.head.i + 1].text)


def _answers_claim(token: Token) -> bool:
    """ "countered claims about his acuity", "opposed Macron's statement", "disagreed with these findings",
    "discounted those claims", "brushed off the criticism": verbs that are a dispute only when what they meet is
    a claim or a criticism (opposing a bill is a position, brushing off dust a chore)."""
    lemma = token.lemma_.lower()
    if lemma not in _CLAIM_ANSWERS and not _waves_off(token):
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"] + [
        g for c in token.children if c.dep_ == "prep" and c.lower_ == "with" or c.dep_ == "prt"
        for g in c.children if g.dep_ == "pobj"]  # "brushed off the criticism": the parser may hang it on "off"
    if lemma == "oppose" and any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children) and (
            objects or token.dep_ == "relcl"):
        return True  # "opposed the ban as xenophobic", "..., which Biden opposed as xenophobic": a verdict on it
    if lemma == "oppose" and _agent(token) is not None:
        return True  # "the project was opposed by the government": someone's act met by an act of opposing (the
        # active "the party opposes abortion" states a position)
    return any(o.lemma_.lower() in _CLAIMS | _ANSWERED for o in objects)


def _claim_after_participle(verb: Token) -> Token | None:
    """ "Countering claims that ...", "..., dismissing reports that ...": the -ing form of a verb of contesting
    right before a bare claim noun, which the parser may take for a modifier of the noun ("dismissing" as in
    "dismissing claims" read like "rising claims") or for the subject of "claims" read as a verb; the noun is
    its object. The noun, or None."""
    if verb.tag_ != "VBG" or verb.i + 1 >= len(verb.doc) or verb.dep_ not in ("amod", "csubj"):
        return None
    lemma, noun = verb.lemma_.lower(), verb.doc[verb.i + 1]
    if lemma not in DISPUTE_VERBS | _CLAIM_ANSWERS or verb.head != noun or noun.lemma_.lower() not in _CLAIMED | _CLAIMS:
        return None
    return noun if not any(c.dep_ in ("det", "poss") for c in noun.children) else None


def _participle_dispute(verb: Token, para: Paragraph, resolver: Resolver) -> Dispute | None:
    """By the subject of the clause the participle hangs on ("Countering claims ..., he replied": he), against
    the claim's author when it names one."""
    noun = _claim_after_participle(verb)
    clause = noun.head if noun.head != noun else None
    subject = subject_of(clause) if clause is not None and clause.pos_ in ("VERB", "AUX") else None
    if subject is None or verb.i in para.quoted or subject.lower_ in ("i", "you", "we"):
        return None
    by, target = _named(subject, para, resolver), _target(noun, para, resolver, verb.lemma_.lower())
    if target.person == by.person:
        target = Who(None, target.text)  # "claims that his city hides crime": his city is what is claimed about
    what = [t for t in noun.subtree if t.i > verb.i]
    return _dispute(by, target, _whole_words(verb.doc, what[0].i, what[-1].i + 1), verb, para)


def _claim_contrary(word: Token) -> Token | None:
    """The claim that what a sentence reports runs against: "Contrary to Vale's assurances, ..." (the object of
    "to"), "despite statements to the contrary by Vale" (the noun "to the contrary" hangs on). Only a claim:
    "contrary to law", "information to the contrary", "quite the contrary" contest no one's words."""
    if word.pos_ == "ADJ":
        claim = next((g for c in word.children if c.dep_ == "prep" and c.lower_ == "to"
                      for g in c.children if g.dep_ == "pobj"), None)
    else:
        claim = word.head.head if word.head.lower_ == "to" and word.head.dep_ == "prep" else None
    return claim if claim is not None and claim.lemma_.lower() in _CLAIMS | {"assurance"} else None


def _contrary(word: Token, para: Paragraph, resolver: Resolver) -> Dispute | None:
    """Against the claim's holder; by who reports the sentence's words ("Trump told Holt that, despite
    statements to the contrary by Pence, ...": Trump), or no one when the narration says it."""
    if word.i in para.quoted:
        return None
    claim = _claim_contrary(word)
    report = next((a for a in word.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in SPEECH_VERBS), None)
    subject = subject_of(report) if report is not None else None
    by = _named(subject, para, resolver) if subject is not None else Who(None, "")
    target = _target(claim, para, resolver, "contrary")
    if not target.person or target.person == by.person:
        return None
    return _dispute(by, target, _subtree_text(claim), word, para)


def _waves_off(token: Token) -> bool:
    """ "brushed off", "shrugged off", "laughed off", "waved aside": verbs of setting aside with a particle."""
    return token.lemma_.lower() in _SETTING_ASIDE and any(c.dep_ == "prt" and c.lower_ in ("off", "aside", "away")
                                                           for c in token.children)


def _disagrees_with(token: Token) -> bool:
    """ "disagreed with Trump", "clashed with Smith over the budget": at odds with a named party (the tagger
    may take a lone surname for an organisation); a clash only over something ("clashed with police" is a
    fight)."""
    lemma = token.lemma_.lower()
    if lemma not in _RECIPROCAL or lemma != "disagree" and not any(
            c.dep_ == "prep" and c.lower_ in ("about", "over", "on") for c in token.children):
        return False
    return any(g.pos_ == "PROPN" or g.lower_ in ("him", "her")
               for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj")


def _pleads_not_guilty(token: Token) -> bool:
    """ "pleaded not guilty to seven counts": a plea that formally denies the charges."""
    return token.lemma_.lower() == "plead" and any(
        c.lower_ == "guilty" and c.doc[c.i - 1].lower_ == "not" for c in token.children) and not _negated(token)


def _plea(verb: Token, para: Paragraph, resolver: Resolver) -> Dispute | None:
    """The defendant denies the charges (target: the prosecution, never named as a person)."""
    subject = subject_of(verb)
    if subject is None:
        return None
    guilty = next(c for c in verb.children if c.lower_ == "guilty")
    charges = next((g for t in (verb, guilty) for c in t.children if c.dep_ == "prep" and c.lower_ == "to"
                    for g in c.children if g.dep_ == "pobj"), None)
    found = _dispute(_named(subject, para, resolver), Who(None, ""),
                     _subtree_text(charges) if charges is not None else "", verb, para)
    return replace(found, cue=verb.doc[verb.i:guilty.i + 1].text)


def _doubted(verb: Token) -> Token | None:
    """What is contested by "cast doubt on X", "threw doubt upon X", "called into question X", "took X to
    court": phrases of questioning a claim or challenging in court."""
    lemma = verb.lemma_.lower()
    preps = [c for c in verb.children if c.dep_ == "prep"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    pobj = {p.lower_: g for p in preps for g in p.children if g.dep_ == "pobj"}
    if lemma in ("cast", "throw", "pour") and any(o.lemma_.lower() == "doubt" for o in objects):
        return pobj.get("on") or pobj.get("upon")
    if lemma == "call" and "into" in pobj and pobj["into"].lower_ == "question":
        return objects[0] if objects else None
    if lemma == "take" and "to" in pobj and pobj["to"].lemma_.lower() == "court":  # not "took the bus to court"
        return next((o for o in objects if o.pos_ == "PROPN" or o.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                     or o.lemma_.lower() in ROLE_NOUNS | _PEOPLE | {"government", "state", "company"}
                     or o.lower_ in ("him", "her", "them")), None)
    return None


def _cast_doubt(verb: Token, para: Paragraph, resolver: Resolver) -> Dispute | None:
    """By the subject, against what is questioned or taken to court (or its owner)."""
    subject = subject_of(verb)
    if subject is None or _negated(verb) or verb.i in para.quoted or subject.lower_ in ("i", "you", "we"):
        return None
    thing = _doubted(verb)
    by, target = _named(subject, para, resolver), _target(thing, para, resolver, "question")
    if target.person and target.person == by.person:
        return None
    end = max([c.i for c in verb.subtree if c.lower_ in ("doubt", "doubts", "question", "court")
               and c.head.dep_ in ("prep", "ROOT") or c.lower_ in ("doubt", "doubts") and c.dep_ == "dobj"]
              or [verb.i])
    return replace(_dispute(by, target, _subtree_text(thing), verb, para), cue=verb.doc[verb.i:end + 1].text)


def _charge(verb: Token, para: Paragraph, resolver: Resolver) -> Dispute | None:
    """ "The first article charged Trump with abuse of power", "Democrats charged the mayor with abusing his
    office": to charge someone with a wrong is to accuse them of it, unless a prosecution lays the charge
    ("Police charged him with murder", "he was charged with fraud": criminal charges, not disputes). The
    parser may take "charged" for a modifier of the name after it ("The first charged Trump with ...")."""
    if _negated(verb) or verb.i in para.quoted or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    if verb.dep_ == "amod" and verb.head.i > verb.i:
        before = verb.doc[verb.sent.start:verb.i]
        name = list(itertools.takewhile(lambda t: t.pos_ in ("PROPN", "NOUN", "DET"), verb.doc[verb.i + 1:verb.sent.end]))
        if not before or before[0].pos_ != "DET" or not name or any(
                t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM") for t in before):
            return None  # "the charged atmosphere": a modifier indeed
        accused, subject = name[-1], before[-1]
        with_ = verb.doc[name[-1].i + 1] if name[-1].i + 1 < verb.sent.end else None
        wrong = next((c for c in with_.children if c.dep_ in ("pobj", "pcomp")), None) \
            if with_ is not None and with_.lower_ == "with" else None
    else:
        accused = next((c for c in verb.children if c.dep_ == "dobj"), None)
        subject = subject_of(verb)
        wrong = next((g for t in (verb, accused) if t is not None for c in t.children if c.dep_ == "prep"
                      and c.lower_ == "with" for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
    if accused is None or wrong is None or subject is None or not _someone(accused, para, resolver) \
            or subject.lemma_.lower() in _PROSECUTION or subject.ent_type_ in ("ORG", "GPE") \
            or subject.lower_ in ("i", "you", "we", "they", "who", "that", "which"):
        return None
    by = _named(subject, para, resolver)
    if verb.dep_ == "amod":
        by = Who(by.person, verb.doc[verb.sent.start:verb.i].text)
    target = _named(accused, para, resolver)
    if target.person and target.person == by.person:
        return None
    return _dispute(by, target, _subtree_text(wrong), verb, para)


def _undoes_a_decision(verb: Token) -> bool:
    """ "the Supreme Court overturned the criminal convictions", "quashed Smith's order": what is undone is
    a decision, a law or someone's act (by possession), not a thing turned over."""
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in _ANNULLED or any(
        g.dep_ == "poss" for g in c.children)) for c in verb.children)


def _someone_in_particular(verb: Token) -> bool:
    """ "Smith will appeal", "she will sue", "the company will appeal": a particular party's announced case, not
    what anyone would do ("nobody will sue over a ticket", "people will appeal")."""
    subject = subject_of(verb)
    return subject is not None and (subject.lower_ in ("he", "she", "they") or _definite(subject))


def _strikes_down(verb: Token) -> bool:
    """ "the judge struck down the order": annulling as "overturned" does, only of a decision or a law ("struck
    down his rival" is a blow)."""
    return verb.lemma_.lower() == "strike" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down"
                                                   for c in verb.children) \
        and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _ANNULLED for c in verb.children)


def _rule_against(token: Token) -> bool:
    return token.lemma_.lower() == "rule" and any(c.lower_ == "against" for c in token.children)


def _verdict(word: Token, para: Paragraph, resolver: Resolver, censure: bool = False) -> Dispute | None:
    """ "The court ruled the prorogation was unlawful", "found it to be unlawful", "declared the law
    unconstitutional", "called the report false", "called Berg's claim a lie": a verdict that a thing is false
    or illegal (or not true: "said this was not true"); with `censure`, that a claim or act is wrong (see
    `_censure`)."""
    if _negated(word) and not _not_true(word):
        return None
    clause = word.head if word.head.lemma_ == "be" and word.dep_ in ("acomp", "attr") else word
    thing = verb = None
    if clause.dep_ in ("ccomp", "xcomp"):
        thing, verb = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None), clause.head
    elif clause.dep_ == "acl" and clause.head.dep_ == "dobj":  # "found the closure to be unlawful"
        thing, verb = clause.head, clause.head.head
    elif word.dep_ == "oprd" and word.head.dep_ == "acl" and word.head.head.dep_ == "dobj" \
            and word.head.head.head.lemma_.lower() in _VERDICT_VERBS:
        thing, verb = word.head.head, word.head.head.head  # "called his decision to close it "an error"": the
        # parser hangs the verdict on the verb inside the object
    elif word.dep_ == "oprd":
        thing, verb = next((c for c in word.head.children if c.dep_ == "dobj"), None), word.head
    elif word.dep_ in ("appos", "amod") and word.head.dep_ == "dobj" and word.head.i < word.i:
        thing, verb = word.head, word.head.head  # "called Berg's claim a lie", "called his decision "disappointing""
    elif word.dep_ == "acomp" and word.head.lemma_ != "be":  # "found unconstitutional a 2005 law"
        thing, verb = _noun_after(word), word.head
    elif word.dep_ in ("amod", "pobj") and _as_what(word):
        verb = word.head.head  # "described the report as inaccurate", "described the story as a hoax"
        if verb.dep_ == "dobj" and verb.pos_ in ("NOUN", "PROPN"):  # "consider [the claim as false]"
            thing, verb = verb, verb.head
        else:
            thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None and clause is word and word.dep_ == "ccomp":  # the same, parsed as a clause
        thing = _noun_after(word)
    if thing is None or verb.i in para.quoted or verb.lemma_.lower() not in _VERDICT_VERBS and not (
            verb.lemma_.lower() in _SAYING and (word.lower_ in FALSITY_WORDS or censure or _not_true(word))):
        return None
    subject = subject_of(verb)
    if subject is None or subject.lower_ in ("i", "you", "we"):
        return None
    by = _named(subject, para, resolver)
    target = _target(thing, para, resolver, "verdict")
    if censure and not (target.person and _named(thing, para, resolver).person != target.person
                        or thing.lemma_.lower() in _CLAIMS_AND_ACTS | _CLAIMS | _CAUSES
                        or word.lemma_.lower() in _CLAIMS_AND_ACTS | _CLAIMS or _fault_pointed_at(thing, word)):
        return None  # "called Smith foolish", "said the weather was terrible": no one's claim or act
    if target.person and target.person == by.person:
        if censure:
            return None  # "said his own decision was a mistake": an admission, not a dispute
        target = Who(None, target.text)
    end = clause.left_edge.i if clause.head == thing else word.head.i if word.head.head == thing \
        else min(thing.right_edge.i + 1, word.left_edge.i if thing.i < word.i else len(thing.doc))  # "the claim
    # as false", "the decision to close it "an error"": the thing without the verdict
    text = thing.doc[thing.left_edge.i:end]
    return _dispute(by, target, text.text.strip(' ,"\u201c'), word, para)


def _fault_pointed_at(thing: Token, word: Token) -> bool:
    """ "called it a "regrettable mistake"", "told reporters this was an error", "described it as inappropriate":
    a word that faults only an act or a claim, said of "it" or "this" that points back at one; not "it was a
    mistake to resign" (what "it" stands for follows: the speaker's own choice) nor "a failure of the pump"."""
    if thing.lower_ not in ("it", "this", "that") or word.lower_ not in _FAULTS:
        return False
    extraposed = any(c.dep_ in ("xcomp", "ccomp", "advcl") and c.i > word.i for c in (*word.children, *word.head.children))
    # "it is wrong to leave", "considered it inappropriate for royals to run": "it" stands for the clause after
    own = any(c.dep_ == "prep" and c.lower_ == "on" and g.lower_ == "part" and any(
        p.dep_ == "poss" and p.lower_ in ("my", "our") for p in g.children)
        for c in word.children for g in c.children)  # "a mistake on our part": an admission
    return not extraposed and not own and not any(
        c.dep_ in ("relcl", "acl") or c.dep_ == "prep" and c.lower_ == "of" for c in word.children)


def _censure(word: Token, para: Paragraph, resolver: Resolver) -> Dispute | None:
    """ "called the deal lousy", "said Brown's decision was a mistake", "called it "a truly silly argument"": a
    word of censure passes a verdict as "false" does, but only on someone's claim or act (a thing owned by a
    person, or a claim or act noun); the verdict word may be the adjective of the predicate noun."""
    if word.dep_ == "amod" and word.head.i > word.i and word.head.dep_ in ("attr", "oprd", "appos"):
        word = word.head  # "a truly silly argument": the predicate is the noun
    word = _first_conjunct(word)  # "called her remarks "offensive and reprehensible"": where the first one stands
    if word.dep_ not in ("acomp", "attr", "oprd", "appos", "amod", "ccomp", "xcomp", "pobj"):
        return None
    return _verdict(word, para, resolver, censure=True)


def _verdict_quoted(token: Token, para: Paragraph) -> bool:
    """ "called Stone's sentence "unjust"", "called the claim "a lie"": a quote of a few words that is only the
    verdict is the narration's own verdict on the thing it names (the verdict's verb outside the quote)."""
    if token.lower_ not in _VERDICT_WORDS:
        return False
    quote = next((q for q in para.quotes if q.span.start <= token.i < q.span.end), None)
    return quote is not None and len(quote.span) <= 6


def _as_what(word: Token) -> bool:
    """ "described the story as a hoax", "consider the claim as incorrect": what a thing is taken for."""
    return word.dep_ in ("amod", "pobj") and word.head.lower_ == "as" and word.head.dep_ == "prep"


def _unsupported(noun: Token) -> Token | None:
    """ "there is no evidence to support the President's claims", "found no evidence for Berg's claim": the
    claim that "no evidence" is said to back (no evidence of an event contests no one's claim)."""
    if noun.lemma_.lower() != "evidence" or not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None
    return next((g for c in noun.children
                 if c.dep_ == "prep" and c.lower_ in ("for", "behind")
                 or c.dep_ == "acl" and c.lemma_.lower() in ("support", "back", "substantiate", "corroborate")
                 for g in c.children if g.dep_ in ("pobj", "dobj") and g.lemma_.lower() in _CLAIMS), None)


def _no_evidence(noun: Token, para: Paragraph, resolver: Resolver) -> Dispute | None:
    """By who says or finds there is no evidence for a claim, against the claim's owner."""
    verb = noun.head
    while verb.dep_ in ("ccomp", "conj") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "stated there is no evidence": past "there is" to who states it
    subject = subject_of(verb)
    if subject is None or _negated(noun.head) or verb.i in para.quoted or subject.lower_ in ("i", "you", "we"):
        return None
    claim = _unsupported(noun)
    by = _named(subject, para, resolver)
    target = _target(claim, para, resolver, "evidence")
    if target.person and target.person == by.person:
        return None
    found = _dispute(by, target, _subtree_text(claim), noun, para)
    return replace(found, cue=noun.doc[noun.i - 1:noun.i + 1].text)


def _says_lying(word: Token) -> bool:
    """ "Reed said Berg was lying", "the judge determined Berg had lied to investigators", "Reed claimed Berg had
    exaggerated", "the files imply that Berg misled the committee", "Reed said Berg broke the law": a speaker, a
    text or a court calls someone a deceiver or a lawbreaker."""
    if word.pos_ != "VERB" or word.dep_ != "ccomp" or word.head.lemma_.lower() not in (
            _SAYING | _CLAIM_VERBS | _VERDICT_VERBS | _SHOWING):
        return False
    if _breaks_the_law(word):  # said of a person ("said Bolton broke the law"), not a court's verdict on an act
        return word.head.lemma_.lower() in _SAYING and any(
            c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lower_ in ("he", "she")) for c in word.children)
    return _deceives(word)


def _deceives(word: Token) -> bool:
    """ "Berg lied to investigators", "Berg misled the committee", "Berg had exaggerated his role", "[Berg] has been
    bluffing us": a verb of deceiving, active, with a subject (not "lying on the ground": "lay" has the lemma
    "lie", so its forms are those of telling lies, with no object; "was misled by Berg" names the deceived)."""
    if word.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in word.children):
        return False
    if word.lemma_.lower() in _DECEIVING or re.sub(r"(?:ed|ing|s)$", "", word.lower_) in _DECEIVING:
        return True  # the tagger may miss the lemma of a rare verb ("misreported": "misreporte")
    return word.lower_ in ("lying", "lied", "lies", "lie") and not any(
        c.dep_ in ("dobj", "advmod") or c.dep_ == "prep" and c.lower_ not in _LIED_TO for c in word.children)


def _false_word(word: Token) -> bool:
    """ "false", "a lie", "they are lying", "illegal": a word that calls something false or unlawful; "lies" as a
    verb only of telling lies ("the problem lies in the budget" says where it is)."""
    return _hyphenated(word) in QUOTE_DISPUTE_WORDS | _UNJUST and not (
        word.pos_ == "VERB" and word.lower_ in ("lie", "lies", "lying", "lied") and not _deceives(word))


def _deceiver(word: Token) -> Token | None:
    """Who a quote says lied or misled ("Berg proceeded to lie to them", "[Berg] has been bluffing us"): the
    subject of the verb of deceiving, not the speaker's own "I" or "we" (an admission)."""
    if not _deceives(word):
        return None
    subject = next((c for c in word.children if c.dep_ == "nsubj" and not c.is_punct), None) or subject_of(word)
    # "[Berg] has been bluffing": the parser may take the bracket for a second subject
    return subject if subject is not None and subject.lower_ not in ("i", "we", "you", "it", "that", "this") else None


def _liar(word: Token, para: Paragraph, resolver: Resolver) -> Dispute | None:
    liar = next((c for c in word.children if c.dep_ == "nsubj"), None)
    subject = subject_of(word.head)
    if liar is None or subject is None or _negated(word) or word.head.i in para.quoted \
            or subject.lower_ in ("i", "you", "we"):
        return None
    by, target = _named(subject, para, resolver), _named(liar, para, resolver)
    if target.person and target.person == by.person:
        return None
    return _dispute(by, target, target.text, word, para)


def _noun_after(word: Token) -> Token | None:
    """The noun a noun phrase right after `word` ends in: "a 2005 law" after "unconstitutional"."""
    for token in word.doc[word.i + 1:word.sent.end]:
        if token.pos_ in ("NOUN", "PROPN") and not (token.dep_ == "compound" and token.head.i > token.i):
            return token
        if token.pos_ not in ("DET", "NUM", "ADJ", "NOUN", "PROPN"):
            return None
    return None


def _verb_dispute(verb: Token, para: Paragraph, resolver: Resolver) -> Dispute | None:
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "dative")]
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "cannot be appealed", "did not deny": nothing contested
    if _attributive_participle(verb):
        return None  # "over disputed eastern Ukraine": a participle before its noun describes it
    if verb.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ in _MODALS and not (
            c.lower_ in ("will", "'ll") and lemma in _COURT_ACTIONS and _someone_in_particular(verb))
            for c in verb.children):
        return None  # "people will criticise Christianity": a habit or a possibility, not a reported act ("Smith
        # will appeal the ruling" is a case announced, as "intends to appeal" is)
    if lemma not in _COURT_ACTIONS and verb.dep_ in ("xcomp", "advcl", "acl", "relcl", "conj") and any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) and not (
            verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _ASPECTUAL):
        return None  # "the right to criticise", "decided to question them": an intent or a licence, not an act
    if any(c.dep_ == "aux" and c.tag_ == "TO" and c.i > 0 and c.doc[c.i - 1].lemma_.lower() in _CIRCUMSTANCES
           for c in verb.children):
        return None  # "received 80 days to appeal the sentence", "has a week to appeal": the time allowed (the
        # parser may hang the infinitive on the verb), not a case brought
    if _unreal(verb):
        return None  # "is eligible to appeal", "threatened to sue", "no one will sue": an act that may happen
    if lemma == "deny" and (any(c.dep_ == "dative" for c in objects) or _refused(verb)
                            or any(c.lemma_.lower() in _REFUSALS for c in objects)):
        return None
    if lemma == "deny" and any(c.dep_ == "auxpass" for c in verb.children) and any(c.dep_ == "dobj" for c in objects):
        return None  # "was denied a penalty", "she was denied treatment": a thing withheld from the subject
    if lemma == "deny" and any(c.dep_ == "auxpass" for c in verb.children) and _denied_one(verb, para, resolver):
        return None  # "Rode was denied by the keeper", "Rovers were denied by the post": a save or a refusal
    if lemma == "reject" and _passed_over(verb):
        return None  # "rejected Smith as a candidate": a choice between candidates, no claim or act contested
    if lemma == "reject" and _handed_over(verb):
        return None  # "sent the police a plan, which they rejected": a request turned down, not a dispute
    if lemma == "appeal" and any(c.dep_ == "prep" and c.lower_ in ("for", "to") for c in verb.children):
        return None  # "appealed for calm" asks, it does not contest
    if lemma == "question" and (not any(c.dep_ == "dobj" for c in objects) and _asked(verb) is None
                                or any(_someone(c, para, resolver) or _own(c, verb) for c in objects)):
        return None  # questioning a person is an interview, one's own abilities a doubt; with neither object nor
        # indirect question ("questioned whether the count was fair") nothing is doubted
    if lemma in _RIVALRY_VERBS and (any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
                                    or any(_someone(c, para, resolver) for c in objects if c.dep_ == "dobj")):
        return None  # "challenged Obama for the nomination", "contest for the seat": running against, not contesting
    if lemma == "dismiss" and any(c.dep_ == "dobj" and _someone(c, para, resolver) for c in objects) and not any(
            c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return None  # "the president dismissed the minister" fires her; "dismissed him as a liar" contests
    if lemma in ("blast", "slam") and not any(c.dep_ == "dobj" and _spoken_of(c, para, resolver) for c in objects):
        return None  # "blasted sacred sites", "slammed into the coast": force, not words
    if lemma == "allege" and any(c.dep_ == "dobj" and c.lemma_.lower() in _LINKS for c in objects):
        return None  # "has alleged ties to X": "alleged" describes the ties, no one accuses anyone
    if any(c.lower_.endswith("self") or c.lower_.endswith("selves") for c in objects):
        return None
    if lemma == "petition" and not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _COURTS
                                       for c in verb.children):
        return None  # petitioning a court challenges in court; petitioning a council asks for something
    if lemma == "blame" and not any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children) \
            and _blamed(verb, para, resolver) is None:
        return None  # "blamed human error": a cause named, no one accused of anything
    if lemma == "allege" and any(c.dep_ in ("nsubjpass", "auxpass") for o in objects[:1] for c in o.children):
        return None  # "alleged Navalny was poisoned": an event alleged, no one accused of it
    if lemma in ("dismiss", "challenge") and any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children) \
            and not any(c.dep_ == "dobj" and c.lemma_.lower() in _CLAIMS | DISPUTE_NOUNS for c in objects):
        return None  # "dismissed from the cabinet" is a firing, not a dispute
    if verb.dep_ == "amod" or verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(
            c.dep_ == "agent" for c in verb.children):
        return None  # "accused criminals", "anyone accused of a crime": a description, no act reported
    passives = [c for c in verb.children if c.dep_ == "nsubjpass"]  # "A resident of X, Rittenhouse is accused"
    passive = next((c for c in passives if _named(c, para, resolver).person), passives[0] if passives else None)
    if passive is None and verb.tag_ == "VBN" and verb.dep_ in ("advcl", "xcomp", "acomp", "oprd") \
            and verb.head.lemma_.lower() in ("stand", "remain"):
        passive = subject_of(verb.head)  # "Smith stands accused of fraud": Smith is accused
    if passive is None and (any(c.dep_ == "auxpass" for c in verb.children) or _passive_without_subject(verb)):
        passive = subject_of(verb)
    if passive is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and _agent(verb) is not None:
        passive = verb.head  # "the bill rejected by the House": a passive clause on the thing contested
    if passive is not None and passive.lower_ == "it" and lemma == "allege":
        passive = _accused_in_clause(verb) or passive  # "It was alleged that he had lied": "it" stands for the
        # clause after, whose subject is the one accused
    if passive is not None:
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is None and passive.lower_ in ("who", "that", "which") and not _named(passive, para, resolver).person:
            return None  # "people who had been accused of crimes": a description, no act reported
        by = _named(agent, para, resolver) if agent is not None else Who(None, "")
        target = _target(passive, para, resolver, lemma)  # "Berg's claims were rejected by Reed": Berg's
        if target.person and target.person == by.person:
            target = Who(None, target.text)
        target_text = _what(verb) or target.text
    else:
        text = _text_contesting(verb)
        subject = subject_of(verb) if text is None else text
        if subject is not None and subject.lower_ in ("i", "you", "we", "me", "us", "them", "him", "her"):
            return None  # inside someone's speech or an interview, not a reported dispute
        if subject is not None and subject.lower_ == "they":
            subject = _plural_antecedent(subject) or subject
        if subject is not None and subject.ent_type_ == "GPE":
            subject = _before_the_place(verb, subject)
        by = _named(subject, para, resolver) if subject is not None else Who(None, "")
        obj = (_blamed(verb, para, resolver) if lemma == "blame" else None) or _with(verb) \
            or next((c for c in objects if c.dep_ == "dobj"), None) or _against(verb) \
            or _relative_object(verb) or _object_after(verb) \
            or (_accused_in_clause(verb) if lemma == "allege" else None) \
            or _after_particle(verb) \
            or (_stopped(verb) if lemma in _COURT_ACTIONS else None)
        target = _target(obj, para, resolver, lemma) if obj is not None else Who(None, "")
        if obj is not None and not target.person and obj.lower_ in ("which", "that") and verb.dep_ == "relcl":
            target = Who(_claimant(verb.head, para, resolver), target.text)  # "X claims ..., which Y denied"
        if lemma == "allege" and target.person and subject is not None and any(
                resolver.cast.at.get((para.index, t.i)) == target.person
                or t.pos_ == "PROPN" and t.dep_ == "pobj" and _named(t, para, resolver).person == target.person
                for t in subject.subtree if not (text is not None and verb.left_edge.i <= t.i <= verb.right_edge.i)):
            return None  # "Associates of Navalny alleged he drank poisoned tea": their own man is no accused (the
            # allegation itself is not the subject when a text alleges it: "a story alleging Cole hid donations")
        if obj is not None and not target.person and lemma not in ("clarify", "deny"):
            target = Who(_author_later(verb, obj, para, resolver), target.text)
        if target.person and target.person == by.person:
            target = Who(None, target.text)
        target_text = _subtree_text(obj) if _with(verb) is not None else \
            _what(verb) or (_subtree_text(obj) if obj is not None else "")
        if obj is not None and (obj.tag_ == "WDT" or obj == verb.head) and verb.dep_ == "relcl":
            target_text = _antecedent(verb) or target_text  # "..., which Trump denied": what "which" stands for
    if not target_text and lemma not in ("sue", "appeal"):
        return None
    found = _dispute(by, target, target_text, verb, para)
    if lemma == "take":  # "took issue with"
        found = replace(found, cue=verb.doc[verb.i:next(c for c in verb.children if c.lower_ == "with").i + 1].text)
    elif _speaks_against(verb):  # "spoke out against"
        found = replace(found, cue=verb.doc[verb.i:_against(verb).head.i + 1].text)
    elif _waves_off(verb):  # "brushed off"
        found = replace(found, cue=verb.text + " " + next(c for c in verb.children if c.dep_ == "prt").text)
    return found


def _asked(verb: Token) -> Token | None:
    """ "questioned whether the boards were fairly run", "questioned what could be achieved", "questioned
    whether the council acted lawfully": the indirect question a verb of doubting takes for object (a clause
    opened by "whether", "if" or a wh-word) when it asks about an act done: its verb a passive, or its subject a
    body (not "whether the virus was the cause": an event's cause, no one's act). Whether a person did or meant
    something the golds split on (an interviewer's question is none, a senator's doubt one): left out."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        first = clause.doc[clause.left_edge.i]
        if not (first.lower_ in ("whether", "if") or first.tag_ in ("WP", "WDT", "WRB", "WP$")):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if any(c.dep_ == "auxpass" for c in clause.children) or subject is not None and (
                subject.lemma_.lower() in _BODIES or subject.ent_type_ in ("ORG", "NORP", "GPE")):
            return clause
    return None


def _unreal(verb: Token) -> bool:
    """An act no one is reported doing: one someone is eligible, able or free to do (an infinitive hung on an
    adjective: "is eligible to appeal"), one threatened ("has threatened to file a lawsuit"), or one done by no
    one ("no one will file a suit"). An intention stated is reported ("intends to appeal", "plans to sue")."""
    subject = subject_of(verb)
    if subject is not None and (subject.lower_ in ("nobody", "none") or any(
            c.dep_ == "det" and c.lower_ == "no" for c in subject.children)):
        return True
    infinitive = verb.dep_ in ("xcomp", "acl", "advcl") and any(c.dep_ == "aux" and c.tag_ == "TO"
                                                                 for c in verb.children)
    return infinitive and (verb.head.pos_ == "ADJ" or verb.head.lemma_.lower() in _THREATEN)


def _unasserted(cue: Token) -> bool:
    """A cue in a clause the sentence does not assert: a condition ("If Smith sues the council, ..."), an open
    question ("it is unclear whether Smith will appeal", "asked if Jones had lied"), or what a noun of possibility
    holds ("a possibility of Smith challenging the decision", "the prospect of a lawsuit against Jones"). A clause
    of time or cause ("when Smith sued", "because Jones lied") reports the act. A condition may also open with its
    auxiliary before the subject ("Had Smith sued the council, ..."; a main clause so built is a question)."""
    for token in (cue, *cue.ancestors):
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in token.children):
            return True
        if token.dep_ != "ROOT" and _inverted(token):
            return True
        if token is not cue and token.pos_ == "NOUN" and token.lemma_.lower() in _POSSIBILITY:
            return True
    return False


def _inverted(clause: Token) -> bool:
    """ "Had Smith sued", "Should Jones appeal": an auxiliary of condition before the clause's subject."""
    subject = subject_of(clause)
    return subject is not None and any(c.dep_ == "aux" and c.lower_ in _INVERTED and c.i < subject.i
                                       for c in clause.children)


def _may_come(noun: Token) -> bool:
    """A criticism or accusation that may come, not one reported, as `_unreal` is for the verb: the noun after an
    adjective of exposure ("open to accusations", "vulnerable to criticism"), or what a verb under a modal of
    possibility or advice takes ("could face criticism", "should take its objections to the courts"; not its
    subject: in "his criticism might affect the vote" the criticism was made)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_.lower() in _EXPOSED:
        return True
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() not in _VOICE_OR_POSE:
        return False
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in _MAY_OR_SHOULD for c in verb.children)


def _passive_without_subject(verb: Token) -> bool:
    """ "were perceived as skintight and criticized for ...", "When challenged by Smith over the budget, Jones
    said": a past participle with no subject, auxiliary or object of its own, joined to a passive verb or heading
    a clause before the main verb, is passive too; who is contested is the subject of the verb it hangs on (not a
    participle before its noun, "accused criminals", nor one after it, "anyone accused of a crime")."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    if verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD"):  # the tagger may take the participle for a past
        return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.head.children) and not any(
            c.dep_ in ("dobj", "ccomp", "dative") for c in verb.children)  # "was arrested and denied the charge": active
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX") and verb.i < verb.head.i


def _text_contesting(verb: Token) -> Token | None:
    """ "the publication of a report rejecting the claim", "slammed Trump for a story alleging he paid", "an
    article disputing the landings": a participle on a text contests in the text's words, so the text (or its
    owner, "Smith's report") contests, not the subject of the sentence; but who puts the text out ("posted a
    message blaming Iran", "ran ads accusing Bush") contests through it, and is the subject as before."""
    text = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or text.pos_ != "NOUN" or text.lemma_.lower() not in _TEXTS:
        return None
    if text.dep_ == "dobj" and text.head.lemma_.lower() in _PUT_OUT:
        return None
    return next((c for c in text.children if c.dep_ == "poss"), text)


def _blamed(verb: Token, para: Paragraph, resolver: Resolver) -> Token | None:
    """ "blamed Iran", "blamed the attack on Iran", "blamed Doe for the delays": the party blamed, a person or
    a named body or country (not a cause: "blamed human error", "blamed the crash on bad weather")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    on = next((g for c in (*verb.children, *(obj.children if obj is not None else ()))  # the parser may hang
               if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"), None)  # it on the object
    party = on if on is not None else obj
    if party is None or not (_someone(party, para, resolver) or party.ent_type_ in ("ORG", "GPE", "NORP")
                             or party.lemma_.lower() in ROLE_NOUNS):
        return None
    return party


def _stopped(verb: Token) -> Token | None:
    """ "sued to stop publication", "appealed to block the order": what the challenge in court is brought to
    stop, the object of its purpose clause."""
    return next((o for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _STOPPING
                 for o in c.children if o.dep_ == "dobj"), None)


def _passed_over(word: Token) -> bool:
    """ "rejected Smith as a candidate", "the rejection of Houston as a location": turned down as one of a
    kind (a candidate, a site), a choice; "rejected the claim as a lie" is a verdict on it."""
    return any(g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lower_ not in _VERDICT_WORDS
               and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in g.children)
               for c in word.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children)


def _handed_over(verb: Token) -> bool:
    """ "had sent the police a plan for the march, which they rejected": what a relative clause rejects is
    a thing handed to someone for approval (sent, submitted to them), so a request refused; a proposal
    made to them and rejected is still contested."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in verb.children):
        return False
    noun = verb.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _HANDING and any(
        c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" for c in noun.head.children)


def _before_the_place(verb: Token, place: Token) -> Token:
    """ "X of the University of California, Los Angeles disagreed": the parser takes the city closing the
    affiliation for a subject (beside X, or with the verb split off X); the subject is X."""
    earlier = [c for c in verb.children if c.dep_ == "nsubj" and c.i < place.i]
    if earlier:
        return earlier[0]
    return verb.head if verb.dep_ == "parataxis" and verb.head.pos_ == "PROPN" else place


def _with(verb: Token) -> Token | None:
    """ "disagreed with these findings", "objected to the plan", "took issue with his remarks": what is
    contested, the object of the verb's preposition."""
    lemma = verb.lemma_.lower()
    if lemma in _RECIPROCAL or lemma == "take" and _objects_to(verb):
        word = "with"
    elif lemma == "object":
        word = "to"
    else:
        return None
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == word
                 for g in c.children if g.dep_ == "pobj"), None)


def _objects_to(verb: Token) -> bool:
    """ "objected to the plan", "took issue with his remarks": phrases of contesting something."""
    lemma = verb.lemma_.lower()
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    return lemma == "object" and "to" in preps or lemma == "take" and "with" in preps and any(
        c.dep_ == "dobj" and c.lower_ == "issue" for c in verb.children)


def _claimant(thing: Token, para: Paragraph, resolver: Resolver) -> str | None:
    """Who made the claim `thing` is part of: "Bolton claims Trump asked Xi for help" -> Bolton."""
    for token in (thing, *thing.ancestors):
        if token.pos_ == "VERB" and token.lemma_.lower() in _CLAIM_VERBS:
            subject = subject_of(token)
            return _named(subject, para, resolver).person if subject is not None else None
    return None


def _party(head: Token) -> bool:
    """Someone who can contest: a person, a body, a named one or a pronoun, a document that speaks for one
    ("the report"), not a thing or an event ("the lapses", "the case")."""
    lemma = head.lemma_.lower()
    return head.pos_ != "NOUN" or bool(head.ent_type_) or lemma in ROLE_NOUNS | _PEOPLE | _BODIES | DOCUMENT_NOUNS \
        or lemma.endswith((*AGENT_ENDINGS, "ic"))


def _someone(head: Token, para: Paragraph, resolver: Resolver) -> bool:
    """A person, named or not: "Obama", "the car's owner", "him", "them"; never a text, whose author the
    resolver gives ("dismissed Smith's lawsuit" contests the suit, it does not fire Smith)."""
    if head.pos_ == "NOUN" and head.lemma_.lower() in DOCUMENT_NOUNS:
        return False
    return bool(_named(head, para, resolver).person) or head.ent_type_ == "PERSON" or head.lower_ in (
        "him", "her", "them", "me", "us", "you") or head.lemma_.lower() in ROLE_NOUNS | _PEOPLE


def _denied_one(verb: Token, para: Paragraph, resolver: Resolver) -> bool:
    """ "Rode was denied by the keeper", "the Hawks were denied by the post", "she was denied by Lund": a
    passive "deny" whose subject is a person, a team or a body is a save or a refusal; one denies a claim or an
    act ("the accusation was denied by X"), never a person ("who" is one; "they" may stand for claims: left open)."""
    subject = subject_of(verb)
    return subject is not None and subject.lower_ != "they" and subject.lemma_.lower() not in _CLAIMED | _CLAIMS and (
        subject.lower_ in ("he", "she", "i", "we", "who") or subject.pos_ == "PROPN"
        or subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or _someone(subject, para, resolver))


def _spoken_of(thing: Token, para: Paragraph, resolver: Resolver) -> bool:
    """What words can attack: a person, a body, or a claim or act ("blasted Biden", "slammed the decision")."""
    return _someone(thing, para, resolver) or thing.ent_type_ in ("ORG", "NORP", "GPE") or \
        thing.lemma_.lower() in _CLAIMS_AND_ACTS or any(c.dep_ == "poss" for c in thing.children)


def _own(thing: Token, verb: Token) -> bool:
    """ "she questioned her abilities": the thing belongs to the subject, a pronoun of the same person."""
    subject = subject_of(verb)
    owner = next((c for c in thing.children if c.dep_ == "poss"), None)
    return subject is not None and owner is not None and (subject.lower_, owner.lower_) in _SAME_PERSON


def _accused_in_clause(verb: Token) -> Token | None:
    """ "Police alleged the accused performed two attacks", "It was alleged that he lied": the subject of the
    alleged deed."""
    return next((c for o in verb.children if o.dep_ == "ccomp" for c in o.children if c.dep_ == "nsubj"), None)


def _named(head: Token, para: Paragraph, resolver: Resolver) -> Who:
    """Who `head` names; a lone name the tagger took for a thing ("Pelosi's suggestion" tagged an event)
    is the one person of the article with that surname or alias."""
    who = resolver.who(para.index, head)
    if who.person and head.pos_ == "NOUN" and _only_in_inner_apposition(head, who.person, para, resolver):
        return Who(None, who.text)
    if not who.person and head.lower_ == "who" and head.head.dep_ == "relcl":
        return _who_person(head, para, resolver, who)
    if not who.person and head.lemma_.lower() in ROLE_NOUNS:
        holder = _title_holder(head, para, resolver)
        if holder is not None:
            return Who(resolver.cast.at[(para.index, holder.i)], head.doc[head.left_edge.i:holder.i + 1].text)
    if not who.person and head.pos_ == "NOUN" and who.text.endswith(head.text):
        return Who(None, who.text + _whose_group(head), who.confidence)
    if who.person or head.pos_ != "PROPN" or any(c.dep_ == "compound" for c in head.children):
        return who
    found = {pid for pid, name in resolver.cast.names.items()
             if head.text == name.split()[-1] or head.text in resolver.cast.aliases.get(pid, ())}
    if not found and len(head.text) >= 6:  # "filed the lawsuit against Pierliusi": the article's typo of Pierluisi
        found = {pid for pid, name in resolver.cast.names.items()
                 if any(_misspelt(head.text, word) for alias in (name, *resolver.cast.aliases.get(pid, ()))
                        for word in alias.split())}
    if len(found) > 1:
        found = _called_by(head.text, found, resolver)
    return Who(found.pop(), who.text, "low") if len(found) == 1 else who


def _whose_group(head: Token) -> str:
    """ "a spokesperson for President Rodrigo Duterte", "attorneys general from sixteen states", "Some members of
    the local LGBT community": the words after an unnamed disputer that say whose it is or where it is from
    (no clause: a relative or a participle phrase says what it did, not who it is)."""
    if head.dep_ not in ("nsubj", "nsubjpass", "pobj", "conj"):
        return ""
    end = head.i
    for child in head.rights:
        if child.i != end + 1:
            break
        if child.dep_ == "prep" and child.lower_ in ("of", "for", "from") or child.lower_ == "general":
            if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in child.subtree):
                break
            end = child.right_edge.i
        else:
            break
    return " " + head.doc[head.i + 1:end + 1].text if end > head.i else ""


def _misspelt(word: str, name: str) -> bool:
    """ "Pierliusi" for "Pierluisi": the same surname with two neighbouring letters swapped, or one letter
    changed in a long one, first letter kept."""
    if word == name or word[0] != name[0] or len(word) != len(name):
        return False
    diff = [i for i, (a, b) in enumerate(zip(word, name)) if a != b]
    if len(diff) == 2 and diff[1] == diff[0] + 1:
        return word[diff[0]] == name[diff[1]] and word[diff[1]] == name[diff[0]]
    return len(diff) == 1 and len(word) >= 8


def _title_holder(title: Token, para: Paragraph, resolver: Resolver) -> Token | None:
    """ "US Ambassador to Germany Richard Grenell alleged": the parser takes the name for part of the place the
    title goes to ("to [Germany Richard Grenell]"); the name closing the title's "to"/"of" phrase, right after a
    place, is who holds the title."""
    for prep in (c for c in title.children if c.dep_ == "prep" and c.lower_ in ("to", "of")):
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is None or (para.index, obj.i) not in resolver.cast.at or obj.i != title.right_edge.i:
            continue
        place = [t for t in obj.lefts if t.dep_ == "compound" and t.ent_type_ in ("GPE", "ORG", "NORP")]
        if place and all(t.i < obj.i and resolver.cast.at.get((para.index, t.i)) is None for t in place):
            return obj
    return None


def _called_by(surname: str, found: set[str], resolver: Resolver) -> set[str]:
    """ "Critics accused Trump" where Donald and Mary Trump are both named: a surname several people share
    names the one the article calls by it alone (the other keeps a first name); nobody if none or a tie."""
    alone = {pid: sum(m.end - m.start == 1 and m.name == surname and p == pid for m, p in resolver.cast.mentions)
             for pid in found}
    most = max(alone.values())
    return {pid for pid, n in alone.items() if n == most} if most else set()


def _only_in_inner_apposition(head: Token, pid: str, para: Paragraph, resolver: Resolver) -> bool:
    """ "a woman, a niece of Biden's opponent Christine O'Donnell": the person is named only in an apposition
    inside another one, so describes someone the phrase relates to, not the one it names."""
    mentions = [t for t in head.subtree if t != head and resolver.cast.at.get((para.index, t.i)) == pid]
    return bool(mentions) and all(
        sum(a.dep_ == "appos" for a in (t, *t.ancestors) if a != head and head in a.ancestors) > 1 for t in mentions)


def _who_person(who_word: Token, para: Paragraph, resolver: Resolver, who: Who) -> Who:
    """ "Stallman, the founder of the Free Software Foundation, who has been critical": "who" is a person,
    so past the organisation the parser hangs it on, the person the phrase describes."""
    for token in who_word.head.head.ancestors:
        pid = resolver.cast.at.get((para.index, token.i))
        if pid:
            return Who(pid, who.text)
        if token.pos_ in ("VERB", "AUX"):
            break
    return who


def _target(obj: Token, para: Paragraph, resolver: Resolver, lemma: str) -> Who:
    """The person whose claim or action is contested: the object itself, or its possessor."""
    who = _named(obj, para, resolver)
    if who.person and not (who.confidence == "low" and obj.pos_ == "NOUN"):
        return who  # not a guess from a title word ("the state" for a Secretary of State named later)
    if lemma in ("clarify", "deny"):  # clarifying or denying "his remarks" does not contest their owner
        return Who(None, who.text)
    return Who(_owner(obj, para, resolver) or _act_before(obj, para, resolver), who.text)


def _act_before(thing: Token, para: Paragraph, resolver: Resolver) -> str | None:
    """ "Trump sent officers to Portland. Biden criticized the move.": a bare "the move" (or "the step")
    is the act the sentence before reports, so its doer, when a person named as its subject. At a
    paragraph's start the sentence before ends the paragraph before; one that itself begins with a bare "the
    move" ("The move came after ...") reports no act of its own, so the act is the one before it; nor does one
    that contests an act (see `refer_back` for "also criticized the move")."""
    words = _pointing_words(thing)
    if words not in _POINTING and (words or thing.lemma_.lower() in _ACTS_BEFORE):
        return None  # "the commutation", or a bare "publication" ("sued to stop publication"); not "his move"
    if thing.lemma_.lower() in _ACTS_BEFORE:
        for _ in range(3):
            index, before = _sentence_before(thing, para.index, resolver)
            if before is None:
                return None
            subject = subject_of(before.root) if before.root.pos_ == "VERB" else None
            if subject is None or subject.lemma_.lower() not in _ACTS_BEFORE or _pointing_words(subject) not in _POINTING:
                break
            thing, para = subject, Paragraph(index, resolver.docs[index], (), frozenset())
        if subject is None or before.root.lemma_.lower() in _SAYING | DISPUTE_VERBS:
            return None  # a sentence that contests ("Berg criticized the plan") reports no act of its own
        return _named(subject, Paragraph(index, resolver.docs[index], (), frozenset()), resolver).person
    # "Trump commuted Stone's sentence. ... Biden criticized the commutation": the act named again, by a noun
    # made from its verb or, for choices, from any verb of choosing ("Biden named Harris ... the selection")
    # A thing named again with its own noun ("Brown signed a trade deal. ... Doe called the deal lousy") is the act
    # of who did it, in this paragraph or one of the two before.
    same = thing.lemma_.lower() not in DOCUMENT_NOUNS | _LAWS  # a law is no one's act (GUIDELINES: target null)
    earlier = [k for k in resolver.docs if max(0, para.index - 2) <= k < para.index and len(resolver.docs[k])]
    for index, words in [(para.index, thing.doc[:thing.sent.start])] + [(k, resolver.docs[k][:]) for k in reversed(earlier)]:
        for verb in (t for t in reversed(words) if t.pos_ == "VERB" and (_names_act(thing, t) or same and any(
                c.dep_ == "dobj" and c.lemma_ == thing.lemma_ and c.pos_ == "NOUN" for c in t.children))):
            subject = subject_of(verb) if verb.lemma_.lower() not in _SAYING | DISPUTE_VERBS else None
            pid = _named(subject, Paragraph(index, resolver.docs[index], (), frozenset()) if index != para.index
                         else para, resolver).person if subject is not None else None
            if pid:
                return pid
    return None


def _pointing_words(thing: Token) -> list[str]:
    """The words hung on a noun that may point back to an act, less a verdict the parser hangs on the noun
    ("condemned the move as reckless": "as" belongs to the verb)."""
    return [c.lower_ for c in thing.children if not (c.dep_ == "prep" and c.lower_ == "as")]


def _sentence_before(thing: Token, index: int, resolver: Resolver):
    """The sentence before the one of `thing` (paragraph `index`), and its paragraph: at a paragraph's
    start, the last sentence of the paragraph before; (index, None) at the article's start."""
    if thing.sent.start > 0:
        return index, thing.doc[thing.sent.start - 1].sent
    earlier = [k for k in resolver.docs if 0 <= k < index and len(resolver.docs[k])]
    if not earlier:
        return index, None
    doc = resolver.docs[max(earlier)]
    return max(earlier), doc[len(doc) - 1].sent


def _names_act(noun: Token, verb: Token) -> bool:
    """ "the commutation" of "commuted", "the appointment" of "appointed": a noun made from the verb (its
    stem begins the noun, and the noun is longer: a suffix of acts, not the verb's own form); a noun of
    choosing names any verb of choosing ("named Harris ... the selection"), see `_ACT_FAMILIES`."""
    stem, word = verb.lemma_.lower().removesuffix("e"), noun.lemma_.lower()
    for nouns, verbs in _ACT_FAMILIES:
        if word in nouns:
            return verb.lemma_.lower() in verbs and any(c.dep_ == "dobj" for c in verb.children)
    return len(stem) >= 4 and word.startswith(stem) and word.endswith(_ACT_SUFFIXES)


def _owner(thing: Token, para: Paragraph, resolver: Resolver) -> str | None:
    """The person whose claim or action `thing` is: "Trump's decision", "a Trump lawsuit", "the
    proclamation by Trump", "the emergency Trump declared" (the parser may hang that clause on the verb)."""
    doc = thing.doc
    if thing.lemma_.lower() in _DONE_TO:
        return None  # "Stone's sentence", "Smith's arrest": done to them by others, not their act
    topic = {t.i for c in thing.children if c.dep_ == "prep" and c.lower_ in _TOPIC for t in c.subtree}
    for token in (t for t in thing.subtree if t.i not in topic):
        if token.dep_ == "poss" or token.dep_ == "compound" and token.head == thing:
            heads = [token]
        elif token.lower_ == "by" and token.dep_ in ("prep", "agent") or _of_holder(token, thing):
            heads = [g for g in token.children if g.dep_ == "pobj"]
        elif token.dep_ == "relcl" and token.head == thing and not _relative_word(token) \
                and not _has_object(token):
            heads = [c for c in token.children if c.dep_ == "nsubj"]
        else:
            continue
        pid = next((p for h in heads if (p := _named(h, para, resolver).person)), None)
        if pid:
            return pid
    holders = _names_then_verb(thing, para, resolver)
    if holders:
        return holders[0]
    name = []
    for token in doc[thing.right_edge.i + 1:thing.right_edge.i + 7]:
        if token.pos_ != "PROPN":
            break
        name.append(token)
    subject = next((t for t in name if t.dep_ == "nsubj" and (para.index, t.i) in resolver.cast.at), None)
    if subject is not None and subject.head.pos_ == "VERB" and not _has_object(subject.head):
        return resolver.cast.at[(para.index, subject.i)]
    return None


def _names_then_verb(thing: Token, para: Paragraph, resolver: Resolver) -> list[str]:
    """ "reject the views Seidenberg, Martin and Eastman espouse": a claim or stance followed by a list of
    names and a verb that closes the clause is a bare relative clause whose subjects hold it (the parser
    may take the verb for a noun and hang the names on it); the people named, in order."""
    if thing.lemma_.lower() not in _HELD | _CLAIMS:
        return []
    doc, end = thing.doc, thing.sent.end
    i = thing.i + 1
    while i < end and (doc[i].pos_ == "PROPN" or doc[i].lower_ in (",", "and") and i > thing.i + 1):
        i += 1
    if i == thing.i + 1 or i >= end or doc[i - 1].pos_ != "PROPN" or not (i + 1 == end or doc[i + 1].is_punct):
        return []
    verb = doc[i]
    if verb.pos_ != "VERB" and not (verb.pos_ == "NOUN" and verb.lower_ in index_verbs(doc.vocab)):
        return []
    people = [resolver.cast.at.get((para.index, t.i)) for t in doc[thing.i + 1:i]]
    return list(dict.fromkeys(p for p in people if p))




def _of_holder(token: Token, thing: Token) -> bool:
    """The "of" of "the citizenship of Obama", "the eligibility of Harris": what follows holds the thing."""
    return token.lower_ == "of" and token.dep_ == "prep" and token.head.lemma_.lower() in _HELD \
        and token.head in (thing, *thing.conjuncts)


def _has_object(verb: Token) -> bool:
    return any(c.dep_ == "dobj" for c in verb.children)


def _relative_word(clause: Token) -> bool:
    """ "which Ross has referred to": a clause with a relative word says something about the thing;
    only a bare one ("the emergency Trump declared") names who did it."""
    return any(t.tag_ in ("WDT", "WP", "WP$") or t.lower_ == "that" for t in clause.subtree if t.i < clause.i)


def _relative_object(verb: Token) -> Token | None:
    """ "in a report the airline dismissed as inaccurate", "the claims Smith denied": a relative clause with no
    relative word and no object of its own contests the noun it hangs on (not a noun of when, where or how: "the
    day Smith appealed", "the way he criticised it")."""
    head = verb.head
    if verb.dep_ != "relcl" or _relative_word(verb) or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return None
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in ("DATE", "TIME") or head.lemma_.lower() in _CIRCUMSTANCES:
        return None
    return head


def _author_later(verb: Token, obj: Token, para: Paragraph, resolver: Resolver) -> str | None:
    """ "attacked the proclamation of the Golan Heights as Israeli territory by Donald Trump": a "by"
    phrase naming a person further on in the verb's clause (the parser may hang it on a later noun)."""
    for token in verb.subtree:
        if token.i > obj.i and token.lower_ == "by" and token.dep_ == "prep":
            pid = next((p for g in token.children if g.dep_ == "pobj" and (p := _named(g, para, resolver).person)),
                       None)
            if pid:
                return pid
    return None


def _object_after(verb: Token) -> Token | None:
    """ "which rejected, the day before the rally, a lawsuit": an object the parser cut off by an
    aside is the first noun after the verb, past dates and their phrases, before any other verb."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("ccomp", "xcomp", "prep") and c.i > verb.i
                                                     for c in verb.children):
        return None
    for token in verb.doc[verb.i + 1:verb.sent.end]:
        if token.pos_ in ("VERB", "AUX") or token.lower_ in ("that", "and", "but"):
            return None
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("appos", "dobj", "conj", "npadvmod") \
                and not token.ent_type_ and not any(t.ent_type_ in ("DATE", "TIME") for t in token.ancestors):
            return token
    return None


def _after_particle(verb: Token) -> Token | None:
    """ "brushed off the criticism": the object the parser hangs on the particle."""
    return next((g for c in verb.children if c.dep_ == "prt" for g in c.children if g.dep_ == "pobj"), None)


def _at(verb: Token) -> Token | None:
    """ "took a shot at Trump", "lashed out at the mayor": the object of "at"."""
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"
                 for g in c.children if g.dep_ == "pobj"), None)


def _about(verb: Token) -> Token | None:
    """ "expressed outrage over the killing": the object of "over", "about", "with"."""
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("over", "about", "with")
                 for g in c.children if g.dep_ == "pobj"), None)


def _against(verb: Token) -> Token | None:
    """ "ruled against its initial attempt": the object of "against"."""
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"
                 for g in c.children if g.dep_ == "pobj"), None)


def _what(verb: Token) -> str:
    """What is contested, in the article's words: the object, the that-clause, or a for/of phrase."""
    for child in verb.children:
        if child.dep_ in ("dobj", "ccomp"):
            return _subtree_text(child)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "over", "against"):
            return _subtree_text(child, skip_head=True)
    for child in verb.children:  # "denied using live ammunition", "has denied ever meeting them": a gerund
        if child.dep_ == "xcomp" and child.tag_ == "VBG" and not any(c.dep_ in ("aux", "nsubj") for c in child.children):
            return _subtree_text(child)
    for child in verb.children:  # "sued to be allowed to vote": what the suit is for (not "to stop X": X)
        if child.dep_ == "xcomp" and verb.lemma_.lower() in _COURT_ACTIONS and _stopped(verb) is None and any(
                c.dep_ == "aux" and c.tag_ == "TO" for c in child.children):
            return _subtree_text(child)
    return ""


def _antecedent(clause: Token) -> str:
    """What the "which" of a relative clause stands for: "Bolton claims Trump asked Xi for help, which Trump
    denied" denies the claimed clause; "the decision, which they denied" the noun the clause hangs on."""
    head = clause.head
    said = next((a for a in (head, *head.ancestors) if a.dep_ == "ccomp" and a.head.lemma_.lower() in _SAYING),
                None)
    start = (said or head).left_edge.i
    return head.doc[start:clause.left_edge.i].text.rstrip(" ,;") if start < clause.left_edge.i else ""


def _subtree_text(token: Token, skip_head: bool = False) -> str:
    tokens = [t for t in token.subtree if not (skip_head and t == token)]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens:
        return ""
    return _whole_words(token.doc, tokens[0].i, tokens[-1].i + 1)


def _whole_words(doc: Doc, start: int, end: int) -> str:
    """The text of doc[start:end], not cut inside a hyphenated word the tokenizer split ("anti-semitism")."""
    while end < len(doc) and not doc[end - 1].whitespace_ and "-" in (doc[end - 1].text, doc[end].text):
        end += 1
    while start > 0 and not doc[start - 1].whitespace_ and "-" in (doc[start - 1].text, doc[start].text):
        start -= 1
    return doc[start:end].text


def _lawsuit(noun: Token, para: Paragraph, resolver: Resolver) -> Dispute | None:
    """ "X filed a lawsuit against Y's decision", "a lawsuit filed by X": a challenge in court. A lawsuit
    only mentioned ("dismissed a Trump lawsuit", "the first lawsuit") reports no one filing it."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _FILE and noun.head.dep_ != "acl":
        verb = noun.head
        if _unreal(verb):
            return None  # "threatened to file a lawsuit", "no one will file a suit"
        subject = subject_of(verb)
        by = _named(subject, para, resolver) if subject is not None else Who(None, "")
    elif noun.dep_ == "dobj" and noun.head.lemma_.lower() in _RECEIVE and noun.lemma_.lower() != "complaint" \
            and (_by_of(noun) or _by_of(noun.head)) is not None and subject_of(noun.head) is not None:
        subject = subject_of(noun.head)  # "Smith faces a lawsuit from Berg": Berg sues Smith
        by, target = _named(_by_of(noun) or _by_of(noun.head), para, resolver), _target(subject, para, resolver, "")
        if target.person and target.person == by.person:
            target = Who(None, target.text)
        return _dispute(by, target, target.text, noun, para)
    elif noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in _FILE:
        verb = noun.head  # "a case was filed against him by a former aide": the agent sues whom it is against
        agent = _agent(verb)
        if agent is None and _against(verb) is None:
            return None  # "The suit was filed in Yellowstone County": no one named on either side
        by = _named(agent, para, resolver) if agent is not None else Who(None, "")
    else:
        verb = next((c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in _FILE), None)
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                     None) if verb is not None else None
        if agent is None:  # "a lawsuit by the group X": the lawsuit is X's, as "filed by X"
            agent = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                          for g in c.children if g.dep_ == "pobj"), None)
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if agent is None and (owner is None or not _against(noun)):
            return None  # "her lawsuit against Trump" reports her suing; "the lawsuit" alone reports no one
        by = _named(agent if agent is not None else owner, para, resolver)
    against = next((g for t in (noun, verb) if t is not None for c in t.children
                    if c.dep_ == "prep" and c.lower_ == "against" for g in c.children if g.dep_ == "pobj"), None)
    if against is None and noun.lemma_.lower() == "case":
        return None  # "brought the case before the court": a case is a challenge only when against someone
    if against is None:
        return _dispute(by, Who(None, ""), _subtree_text(noun), noun, para)
    target = _target(against, para, resolver, "lawsuit")
    return _dispute(by, target, _subtree_text(against), noun, para)


def _noun_dispute(noun: Token, para: Paragraph, resolver: Resolver) -> Dispute | None:
    """ "drew criticism from X for Y", "X's criticism of Y", "the accusation against Y"."""
    if noun.lemma_.lower() == "denial" and _refused(noun):
        return None  # "a denial of service attack", "the denial of bail": a thing withheld, as for the verb
    if _may_come(noun):
        return None  # "leaves the contracts open to accusations", "should take its objections to court"
    by, target, target_text = Who(None, ""), Who(None, ""), ""
    of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    for child in (*noun.children, *(c for o in of for c in o.children if c.lower_ in ("from", "by"))):
        objs = [g for g in child.children if g.dep_ == "pobj" or g.dep_ == "pcomp" and child.lower_ == "of"]
        # "allegations of assault from X": X's; "allegations of helping the group": of an act, a gerund
        if child.dep_ == "poss":
            by = _named(child, para, resolver)
        elif child.dep_ == "prep" and objs and child.lower_ == "from" and objs[0].lemma_.lower() in _CAUSES:
            target = _target(objs[0], para, resolver, noun.lemma_.lower())  # "backlash from the statement"
            target_text = phrase(objs[0])
        elif child.dep_ == "prep" and objs and child.lower_ in ("from", "by"):
            by = _first_person(_named(objs[0], para, resolver), objs[0], para, resolver)
        elif child.dep_ == "prep" and objs and (child.lower_ in ("against", "of", "at") or child.lower_ in _ABOUT
                                                 and (_voiced(noun) or _in_protest(noun))):
            target = _target(objs[0], para, resolver, noun.lemma_.lower())  # "rejection of Berg's proposal"
            target_text = phrase(objs[0]) if objs[0].dep_ == "pobj" else _subtree_text(objs[0])
    source = _source(noun)
    if source is not None and not by.text:  # "Statements of condemnation have come from X"
        by = _first_person(_named(source, para, resolver), source, para, resolver)
    head = noun.head
    met = noun.dep_ == "pobj" and (head.lower_ == "with" and head.head.lemma_.lower() == "meet"
                                   or head.lower_ == "to" and head.head.lemma_.lower() == "lead")
    stirred = noun.lemma_.lower() in _OUTCRY | {"controversy"} and head.lemma_.lower() in _STIR
    if noun.dep_ == "dobj" and (head.lemma_.lower() in _RECEIVE or stirred) or met:
        receiver = head.head if met else head  # "Berg's decision was met with criticism", "led to criticism"
        subject = subject_of(receiver)
        if subject is not None:  # "Berg's proposal drew criticism": Berg's
            target = _target(subject, para, resolver, "criticism")
            target_text = target_text or target.text
        clause = receiver.head.head if receiver.head.dep_ == "dobj" else receiver.head
        if subject is not None and subject.lower_ == "which" and receiver.dep_ == "relcl" \
                and noun.doc[subject.i - 1].lower_ == "," and clause.pos_ in ("VERB", "AUX") and not target.person:
            # "Smith cancelled the parade, which led to criticism": the act the clause reports, the parser
            # hanging "which" on its object
            target_text = noun.doc[clause.left_edge.i:subject.i].text.rstrip(" ,")
            target = Who(_named(subject_of(clause), para, resolver).person if subject_of(clause) is not None
                         else None, target_text)
        for child in receiver.children:
            objs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if child.dep_ == "prep" and objs and child.lower_ == "from":
                by = _named(objs[0], para, resolver)
            elif child.dep_ == "prep" and objs and child.lower_ in ("for", "over"):
                target_text = _subtree_text(child, skip_head=True)
    elif noun.dep_ == "dobj" and head.lemma_.lower() in _VOICE:
        subject = subject_of(head)  # "He leveled criticism at Biden", "She voiced criticism of the plan"
        if subject is not None and head.lemma_.lower() in _RAISE and not by.text and not _party(subject):
            return None  # "the lapses raise questions about X": a thing that prompts doubts, no one voices them
        if subject is not None and not by.text:
            by = _named(subject, para, resolver)
        at = _at(head) or _against(head) or (_about(head) if _voiced(noun) else None)
        if at is not None and not target.person:
            target, target_text = _named(at, para, resolver), phrase(at)
    elif noun.dep_ == "nsubjpass" and head.lemma_.lower() in _VOICE_OR_POSE:
        agent = next((g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is not None and not by.text:  # "Questions were raised about X by Y"
            by = _named(agent, para, resolver)
        about = _about(head) or next((g for c in head.children if c.dep_ == "prep" and c.lower_ in _TOPIC
                                      for g in c.children if g.dep_ == "pobj"), None)
        if about is not None and not target.person:
            target, target_text = _target(about, para, resolver, noun.lemma_.lower()), phrase(about)
        if agent is None and not target.person and _voiced(noun):
            return None  # "questions were raised about the safety of the bridge": no one voices them of anyone
            # ("criticism was levelled against the council" reports criticism, whoever made it)
    elif noun.dep_ == "pobj" and head.lower_ == "under" and head.head.pos_ in ("VERB", "AUX"):
        subject = subject_of(head.head)  # "Berg came under fire from Reed for the delay": Reed criticises Berg
        if subject is not None and not target.person:
            target = _target(subject, para, resolver, "criticism")
            target_text = target_text or target.text
        for child in (c for c in head.head.children if c.dep_ == "prep"):
            objs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objs and child.lower_ == "from" and not by.text:
                by = _named(objs[0], para, resolver)
            elif objs and child.lower_ in ("for", "over"):
                target_text = _subtree_text(child, skip_head=True)
        if _under_fire(noun) and not target.person and target_text == target.text:
            return None
    elif _in_protest(noun):
        subject = subject_of(head.head)  # "He resigned in protest at the deal": he contests the deal
        if subject is not None and not by.text:
            by = _named(subject, para, resolver)
        at = None if target_text else _at(head.head) or _against(head.head) or _about(head.head)
        if at is not None:  # "resigned in protest at the deal": the parser may hang "at" on the verb
            target, target_text = _target(at, para, resolver, "protest"), phrase(at)
        if not target_text or by.person and by.person == target.person:
            return None  # "marched in protest": nothing contested named; one's own act is no one's protest
    elif noun.dep_ == "pobj" and head.lower_ in _DESPITE and not target.person:
        subject = subject_of(head.head)  # "He announced the change despite criticism by X"
        if subject is not None:
            target = _named(subject, para, resolver)
            target_text = target_text or target.text
    elif noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_ == "be":
        clause = next((c for c in head.children if c.dep_ in ("ccomp", "attr")), None)
        if clause is not None:
            target_text = target_text or _subtree_text(clause)
    made = next((c for c in head.children if c.dep_ == "dobj"), None) if noun.dep_ == "nsubj" \
        and head.lemma_.lower() in _COMPEL else None
    if made is not None and not target.person and _someone(made, para, resolver):
        target = _named(made, para, resolver)  # "Criticism forced the minister to resign": the minister's
        target_text = target_text or target.text
    if not target.person and noun.lemma_.lower() in _ACCUSATIONS:
        clause = next((c for c in noun.children if c.dep_ in ("relcl", "acl", "ccomp") and not any(
            t.tag_ in ("WDT", "WP", "WP$") or t.lower_ == "that" and t.dep_ != "mark" for t in c.lefts)), None)
        accused = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
            if clause is not None else None
        owner = next((c for c in accused.children if c.dep_ == "poss"), None) if accused is not None \
            and accused.pos_ == "NOUN" else None
        if owner is not None or accused is not None and accused.dep_ == "nsubjpass":
            accused = owner  # "allegations his candidacy is meant to help Trump": the candidacy's owner is
            # accused; an event alleged ("allegations the vote was rigged") accuses no one
        if clause is None:
            accused = _subject_after(noun)
            clause = accused.head if accused is not None else None
        if accused is not None and accused.i == noun.i + 1:  # a clause the parser did not hang on the noun
            target = _named(accused, para, resolver)
            target_text = noun.doc[noun.i + 1:clause.right_edge.i + 1].text.rstrip(" .,")
        elif accused is not None:  # "an allegation he assaulted his ex-wife"
            target, target_text = _named(accused, para, resolver), _subtree_text(clause)
    if not target.person and noun.lemma_.lower() in _ACCUSATIONS and source is not None:
        accused = next((c for t in source.subtree if t.dep_ == "relcl" and t.lemma_.lower() in _CLAIM_VERBS
                        for o in t.children if o.dep_ == "ccomp" for c in o.children if c.dep_ == "nsubj"), None)
        if accused is not None:  # "an allegation surfaced from a woman who claimed Biden commented on ..."
            target, target_text = _named(accused, para, resolver), _subtree_text(accused.head)
    answer = head if noun.dep_ == "dobj" else head.head if noun.dep_ == "pobj" and head.dep_ == "prep" else None
    if noun.lemma_.lower() in _ANSWERED and not by.text and answer is not None \
            and answer.lemma_.lower() in _DENIALS and not _negated(answer):
        return None  # "Smith denied allegations of corruption": the denial is the dispute; the allegation has no author
    reason = next((c for c in answer.children if c.dep_ == "prep" and c.lower_ in ("for", "over")), None) \
        if answer is not None and answer.lemma_.lower() in _ANSWER else None
    if noun.lemma_.lower() in _ANSWERED and reason is not None and not target_text:
        target_text = _subtree_text(reason, skip_head=True)  # "responded to criticism for not sending anyone": the
        # parser hangs the act criticised on the verb that answers
    if noun.lemma_.lower() in _ANSWERED and not target.person and answer is not None \
            and answer.lemma_.lower() in _ANSWER and (by.text or noun.lemma_.lower() in _ACCUSATIONS and target_text):
        subject = subject_of(answer)  # "Biden addressed the allegations from Tara Reade": made against Biden
        if subject is not None:  # "Smith responded to criticism from Berg", "Smith denied allegations of fraud"
            target = Who(_named(subject, para, resolver).person, target_text or phrase(subject))
    if noun.lemma_.lower() in _COURT_ACTIONS and not by.text:
        done = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("against", "of")
                     for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _DONE_TO), None)
        owner = next((c for c in done.children if c.dep_ == "poss"), None) if done is not None else None
        if owner is not None:  # "an appeal against his conviction": he appeals what was done to him
            by = _named(owner, para, resolver)
    if noun.lemma_.lower() == "rejection" and _passed_over(noun):
        return None  # "the rejection of the city as a location": a candidate not chosen
    if noun.lemma_.lower() == "appeal" and not (by.text or target_text):
        return None  # "an appeal for calm", "the appeal of the idea": no one contests anything
    if noun.lemma_.lower() == "dissent" and not by.text:
        return None  # "his dissent in the decision" is a judge's; "a crackdown on dissent" is no one's act
    if not target_text and not target.person and not by.text:
        return None
    return _dispute(by, target, target_text or target.text, noun, para)


def _subject_after(noun: Token) -> Token | None:
    """ "stemmed from allegations Smith tried to ...": the parser may hang the clause that follows the
    noun elsewhere (the noun a compound of its subject, the clause on the main verb); its subject starts
    right after the noun, and its verb is not the one the noun belongs to."""
    if noun.dep_ == "compound" and noun.head.dep_ == "nsubj" and noun.head.head.pos_ == "VERB":
        return noun.head
    after = next((t for t in noun.doc[noun.i + 1:noun.sent.end] if t.dep_ == "nsubj" and t.left_edge.i == noun.i + 1
                  and t.head.pos_ == "VERB" and t.head.i > t.i and t.head not in noun.ancestors), None)
    return after


def _voiced(noun: Token) -> bool:
    """ "raised questions about Harris' eligibility", "expressed dissatisfaction with Bolton", "complaints
    about the churches": doubts, displeasure or complaints voiced about someone or their claim or act
    (questions asked of a minister are no dispute)."""
    lemma = noun.lemma_.lower()
    if lemma not in _COMPLAINTS_AND_DOUBTS and lemma not in _DISAPPROVAL:
        return False
    about = any(c.dep_ == "prep" and c.lower_ in ("about", "over", "regarding", "concerning") for c in noun.children)
    if lemma == "complaint" and about and not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in _FILE):
        return any(_conduct(g) for c in noun.children if c.dep_ == "prep" and c.lower_ in ("about", "over")
                   for g in c.children if g.dep_ == "pobj")  # a complaint filed is a case (`_lawsuit`)
    if lemma in ("question", "doubt") and about and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _LASTING:
        return True  # "opposition questions about Biden's decline continued": doubts that someone holds
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.lemma_.lower() not in _VOICE_OR_POSE or _negated(noun.head):
        return False
    if lemma in ("question", "doubt"):  # "raised questions about X", "questions have been raised about X"
        return about or noun.dep_ == "nsubjpass" and _about(noun.head) is not None
    if lemma in _JUDGED_BAD and noun.dep_ == "dobj" and any(c.dep_ == "poss" for c in noun.children):
        return True  # "Roger expressed his disapproval.", "It expressed its disgust."
    return lemma in _DISAPPROVAL and any(c.dep_ == "prep" and c.lower_ in _ABOUT - {"to"}
                                         for t in (noun, noun.head) for c in t.children)


def _conduct(thing: Token) -> bool:
    """ "the churches not handling the cases", "the mayor's decision", "Smith": what someone did, or someone
    (not "the noise", a nuisance no one is said to cause)."""
    return thing.pos_ == "PROPN" or thing.lemma_.lower() in _CLAIMS_AND_ACTS or any(
        c.dep_ == "poss" or c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in thing.children)


def _in_protest(noun: Token) -> bool:
    """ "resigned in protest at the deal": an act done to contest another's (a march "in protest" alone names
    nothing contested; that is checked by the caller)."""
    return noun.lemma_.lower() == "protest" and noun.dep_ == "pobj" and noun.head.lower_ == "in" \
        and noun.head.head.pos_ == "VERB" and not any(c.dep_ == "det" for c in noun.children)


def _court_challenge(noun: Token) -> bool:
    """ "made various legal challenges", "filed a challenge": a challenge in court (a challenge alone may be a
    hard task or a rival's bid)."""
    return noun.lemma_.lower() == "challenge" and (
        any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _IN_COURT for c in noun.children)
        or noun.dep_ == "dobj" and noun.head.lemma_.lower() in _FILE)


def _under_fire(noun: Token) -> bool:
    """ "came under fire from X for the delay": criticism received (a convoy under fire is shot at: the
    rule for disputes wants a person under fire or a reason)."""
    if noun.lemma_.lower() == "fire" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("draw", "attract"):
        subject = subject_of(noun.head)  # "Smith's decision drew fire from X": words (troops draw shots)
        return subject is not None and subject.lemma_.lower() in _CLAIMS_AND_ACTS | _CLAIMS | _CAUSES
    return noun.lemma_.lower() == "fire" and noun.dep_ == "pobj" and noun.head.lower_ == "under"


def _backlash(noun: Token) -> bool:
    """ "faced a backlash from teachers": criticism received; "Backlash from the statement led Berg to
    apologise": criticism that made someone act, of them (the statement is its cause, not who criticises).
    Controversy stirred up or met is criticism of whoever stirred or met it."""
    if noun.lemma_.lower() == "controversy":  # "the bill sparked controversy", "Trump created controversy"
        return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _RECEIVE | _STIR and not _negated(noun.head)
    if noun.lemma_.lower() in _OUTCRY:  # "his remarks caused an uproar", "Smith's decision provoked outrage"
        subject = subject_of(noun.head) if noun.dep_ == "dobj" else None
        return noun.head.lemma_.lower() in _RECEIVE | _STIR and not _negated(noun.head) and subject is not None \
            and (subject.ent_type_ == "PERSON" or any(c.dep_ == "poss" for c in subject.children)
                 and subject.lemma_.lower() in _CLAIMS_AND_ACTS | _CLAIMS | _CAUSES)
    return noun.lemma_.lower() in ("backlash", "outcry") and (
        noun.dep_ == "dobj" and noun.head.lemma_.lower() in _RECEIVE
        or noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _COMPEL
        and any(c.dep_ == "dobj" for c in noun.head.children))


def _by_of(noun: Token) -> Token | None:
    """ "criticism by the Greek foreign minister and UNESCO": who the noun's by/from phrase names."""
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                 for g in c.children if g.dep_ == "pobj"), None)


def _source(noun: Token) -> Token | None:
    """Who a criticism "came from": "Condemnation came from X", "Statements of condemnation have come from X",
    "a new allegation surfaced from X"."""
    anchor = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" \
        else noun
    if anchor.dep_ != "nsubj" or anchor.head.lemma_.lower() not in ("come", "surface", "emerge"):
        return None
    return next((g for c in anchor.head.children if c.dep_ == "prep" and c.lower_ == "from"
                 for g in c.children if g.dep_ == "pobj"), None)


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
    return Dispute(by.person, by.text, target.person, tidy_target(target_text), cue.text, sentence_text(cue, para),
                   where, confidence)


def tidy_target(text: str) -> str:
    """What is contested as a journalist would quote it: "the House's decision, which Ross called a stunt" and
    "Macron's statement: "..."" stop before the relative clause and the quotation; a bracket the phrase
    opens and does not close ("the Act (BIPA") is left out."""
    cut = _TARGET_ENDS.search(text)
    if cut and cut.start() > 0:
        text = text[:cut.start()]
    if text.count("(") > text.count(")"):
        text = text[:text.rindex("(")].rstrip(" ,")
    return text


_TARGET_ENDS = re.compile(r",\s+(?:which|who|whom|whose)\b|\s+which\b|\s*:\s*[\"\u201c]")


def sentence_text(token: Token, para: Paragraph) -> str:
    """The sentence of `token`, run on to the end of a quote the parser cut in the middle."""
    sent = token.sent
    end = sent.end
    for quote in para.quotes:
        if sent.start <= quote.span.start < end < quote.span.end:
            end = min(quote.span.end + 1, len(para.doc))
    return para.doc[sent.start:end].text.strip()
