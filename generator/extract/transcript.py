"""Interview transcripts: the paragraphs of an article that are an interview's questions and answers.

An interview is printed after a narrated introduction as turns, each opened by a speaker label ("((WN))  What
...", "((Jane Roe))  I ...", "JR: We ...", "**Q:** ...") or, where the labels are lost, as a question put to
"you" followed by an answer in the first person; an answer may run on over unlabelled paragraphs. The turns
are the speakers' own words, verbatim, not speech the article reports: no statement or dispute is read from
them, only a quotation a turn carries with a speaker and cue of its own ("Some people say "...").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..factsheet import Statement
from .names import text_of

# "((WN))  What ...", not a language mark "((es))Spanish".
_DOUBLE = re.compile(r"\s*\(\([^()]+\)\)\s")
# "NG: We ...", "Jane Roe: I ...", "**Q:** ...", "**Wikinews** What ...": a short capitalised label.
_LABEL = re.compile(r"\s*(?:\*\*)?([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})(?::(?:\*\*)?|\*\*:?)\s+\S")
# Labels that open captions, credits and notes, not turns.
_NOT_SPEAKERS = frozenset(["image", "images", "photo", "picture", "file", "source", "sources", "video", "audio",
                           "note", "update", "correction", "credit", "caption", "related news", "see also"])
_FIRST_SECOND = frozenset(["i", "me", "we", "us", "you"])
_QUOTE_MARKS = frozenset(['"', "“", "”", "«", "»"])


def transcript_paragraphs(paragraphs: list[Doc]) -> frozenset[int]:
    """Indices of the paragraphs that are transcript: the turns, and after each turn the unlabelled
    paragraphs up to the next turn when one of them speaks in the first or second person outside quotation
    marks (an answer running on; the narration between two interviews, "On May 5, the party nominated ...",
    does not). Empty when the article has no interview."""
    texts = [text_of(doc) for doc in paragraphs]
    turns = _labelled_turns(texts) or _question_turns(paragraphs, texts)
    out = set(turns)
    run: list[int] = []
    for i in range(min(turns, default=len(paragraphs)), len(paragraphs) + 1):
        if i == len(paragraphs) or i in turns:
            if any(speaks(paragraphs[j]) for j in run):
                out.update(run)
            run = []
        else:
            run.append(i)
    return frozenset(out)


def keeps(statement: Statement, doc: Doc) -> bool:
    """Whether a statement read from a transcript paragraph stands: a quotation with a cue of its own,
    shorter than the turn (a turn that is all one quotation is the turn itself)."""
    return statement.kind == "direct" and bool(statement.cue) and len(statement.text) < 0.8 * len(text_of(doc))


def _labelled_turns(texts: list[str]) -> set[int]:
    """Paragraphs opened by a speaker label: "((Name))" anywhere; "Name:" and bold labels only where they open
    three or more paragraphs, with two labels at least and one of them coming back (a dialogue, not a caption
    or a list)."""
    turns = {i for i, text in enumerate(texts) if _DOUBLE.match(text)}
    labels = {i: m.group(1) for i, text in enumerate(texts)
              if (m := _LABEL.match(text)) and m.group(1).lower() not in _NOT_SPEAKERS and i not in turns}
    names = list(labels.values())
    if len(names) >= 3 and len(set(names)) >= 2 and len(set(names)) < len(names):
        turns |= set(labels)
    return turns


def _question_turns(paragraphs: list[Doc], texts: list[str]) -> set[int]:
    """Unlabelled questions: a paragraph that ends in a question mark and puts it to "you", answered by the
    next paragraph in the first person; three such pairs at least make a transcript."""
    questions = {i for i, doc in enumerate(paragraphs[:-1])
                 if texts[i].rstrip(' "”').endswith("?") and len(list(doc.sents)) <= 3
                 and any(t.lower_ in ("you", "your") for t in doc) and speaks(paragraphs[i + 1], ("i", "we"))}
    return questions if len(questions) >= 3 else set()


def speaks(doc: Doc, persons=_FIRST_SECOND) -> bool:
    """A personal pronoun of the first or second person outside quotation marks ("we did not", not a quoted
    "we" in narration), or anywhere in a paragraph that is all one quotation (a turn printed in quotes)."""
    whole = len(doc) > 2 and doc[0].text in _QUOTE_MARKS and doc[-1].text in _QUOTE_MARKS
    quoted = False
    for token in doc:
        if token.text in _QUOTE_MARKS and not whole:
            quoted = not quoted if token.text == '"' else token.text in ("“", "«")
        elif not quoted and token.lower_ in persons and token.tag_ == "PRP":
            return True
    return False
