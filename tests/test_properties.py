"""Property tests: any text through the readers, the slugger, the YAML writer and reader, and the
Markdown escaping filter: no crash, valid output, everything escaped."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_render import visible

from generator.articles import MAX_PARAGRAPH, Article, ReadError, read_article, slugify
from generator.extract import extract
from generator.factsheet import Dispute, FactSheet, Person, Role, Statement, Where, dumps, loads
from generator.render import md
from generator.surnames import filed

SLUG = re.compile(r"^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Text that leans on what breaks things: markup, quote marks, YAML and Markdown specials, odd spaces.
tricky = st.lists(st.one_of(
    st.text(st.characters(codec="utf-8"), max_size=4),
    st.sampled_from(list("<>&\"'`*_[]{}()#!|\\-+.:~=\n\r\t \u00a0\u2028\u2029\x85\ufeff\u201c\u201d\u00ab\u00bb")),
    st.sampled_from(["<script>", "javascript:", "{{", "{%", "---", ": ", "no", "~", "null", "&amp;", "]("]),
), max_size=12).map("".join)
optional = st.none() | tricky
where = st.none() | st.builds(Where, st.integers(0, 10**6), st.integers(0, 10**6))
people = st.lists(st.builds(Person, id=tricky, name=tricky, aliases=st.lists(tricky, max_size=3).map(tuple),
                            roles=st.lists(st.builds(Role, tricky, optional), max_size=2).map(tuple),
                            where=where), max_size=3)
statements = st.lists(st.builds(Statement, speaker=optional, speaker_text=tricky,
                                kind=st.sampled_from(["direct", "indirect"]), cue=tricky, text=tricky,
                                where=where, confidence=st.sampled_from(["high", "low"])), max_size=3)
disputes = st.lists(st.builds(Dispute, by=optional, by_text=tricky, target=optional, target_text=tricky,
                              cue=tricky, text=tricky, where=where,
                              confidence=st.sampled_from(["high", "low"])), max_size=2)
sheets = st.builds(FactSheet, id=tricky, title=tricky, source=tricky, date=optional, url=optional,
                   outlet=optional, license=optional, author=optional, source_sha256=tricky,
                   extractor=tricky, people=people.map(tuple), statements=statements.map(tuple),
                   disputes=disputes.map(tuple), topics=st.lists(tricky, max_size=3).map(tuple),
                   paragraphs=st.lists(tricky, max_size=3).map(tuple))

# Derandomized: the same examples every run, so CI does not fail by chance on an old bug.
FAST = settings(max_examples=150, deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FAST
@given(text=tricky)
@example("?!…")
@example("Кремль ответил")
@example("../../etc/passwd")
def test_slugify_gives_a_url_safe_id_and_is_idempotent(text):
    slug = slugify(text)
    assert SLUG.match(slug)
    assert len(slug) <= 80
    assert slugify(slug) == slug


def check_article(path: Path) -> None:
    try:
        article = read_article(path)
    except ReadError as error:
        message = str(error)
        assert message.startswith(f"{path}: ") and "\n" not in message
        return
    assert article.title and article.paragraphs
    assert article.id and SLUG.match(article.id)
    for text in (article.title, *article.paragraphs):
        assert "\n" not in text and "\r" not in text and not CONTROL.search(text)
        assert unicodedata.is_normalized("NFC", text)
    assert all(p and len(p) <= MAX_PARAGRAPH for p in article.paragraphs)


@FAST
@given(text=tricky, suffix=st.sampled_from([".txt", ".md", ".html"]))
@example(text="---\ntitle: &a [*a]\n---\n\nx", suffix=".md")
@example(text="---\n- a\n---\nx", suffix=".md")
@example(text="<html><title>x</title><body><p>" + "y " * 4000 + "</p>", suffix=".html")
def test_readers_take_any_text_or_say_why_not(tmp_path_factory, text, suffix):
    path = tmp_path_factory.mktemp("read") / f"a{suffix}"
    path.write_text(text, encoding="utf-8")
    check_article(path)


@FAST
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".txt", ".md", ".html"]))
@example(data=b"\xff\xfe\x00\xd8", suffix=".txt")
@example(data=b"\xfe\xff\x00T\x00i\x00t\x00l\x00e\x00\n\x00\n\x00x", suffix=".txt")
def test_readers_take_any_bytes_or_say_why_not(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("read") / f"a{suffix}"
    path.write_bytes(data)
    check_article(path)


@FAST
@given(sheet=sheets)
def test_yaml_round_trip_is_exact_and_strings_stay_strings(sheet):
    text = dumps(sheet)
    assert loads(text) == sheet
    data = yaml.safe_load(text)
    assert isinstance(data["id"], str) and isinstance(data["title"], str)
    assert data["date"] is None or isinstance(data["date"], str)
    text.encode("utf-8")  # what write_if_changed stores




@FAST
@given(text=tricky, context=st.sampled_from(["{}", "> {}", "- {}"]))
@example(text="1. one", context="{}")
@example(text="{: onclick=alert(1) }", context="{}")
@example(text="\x02wzxhzdk:0\x03", context="{}")
def test_md_shows_any_text_as_itself_never_as_markup(to_html, text, context):
    out = to_html(context.format(md(text)))
    tags = set(re.findall(r"<\s*([a-zA-Z][\w-]*)", out))
    assert tags <= {"p", "blockquote", "ul", "li"}, out
    assert "=" not in "".join(re.findall(r"<[^>]*>", out))
    # Python-Markdown drops STX and ETX (its own placeholders); readers never pass control characters on.
    expected = " ".join(text.replace("\x02", "").replace("\x03", "").split())
    if expected:
        assert visible(out).strip() == expected


@FAST
@given(text=tricky.filter(lambda t: "]:" not in t))
def test_md_in_link_text_is_the_link_text(to_html, text):
    out = to_html(f"[{md(text)}](x.md)")
    assert set(re.findall(r"<\s*([a-zA-Z][\w-]*)", out)) <= {"p", "a"}, out
    expected = " ".join(text.replace("\x02", "").replace("\x03", "").split())
    assert visible(out).strip() == expected


def test_md_link_text_with_bracket_colon(to_html):  # found by the property above; render.md now escapes the colon
    assert visible(to_html(f"[{md('Breaking]: news')}](x.md)")).strip() == "Breaking]: news"


@given(st.text(max_size=60))
def test_any_name_files_under_a_part_of_itself_and_keeps_every_character(name):
    name_filed = filed(name)
    assert name_filed.before + name_filed.surname + name_filed.after == " ".join(name.split())
    assert name_filed.letter == "Other" or name_filed.letter.isalpha()


# News sentences put together from parts that stress the speech rules: openers, subjects of every
# kind, asides between commas, speech and contest verbs, clauses, quotes, trailing participles.
OPENERS = ["", "On Monday, ", "According to Dorr, ", "In a statement, ", "When asked about the vote, ",
           "Speaking to reporters, ", '"The plan is dead," ', "Later, "]
SUBJECTS = ["Minister Lena Dorr", "The minister", "She", "He", "Officials", "Dorr", "A spokesman for the council",
            "The Northfield Times", "Dorr and Tom Berg", "Her lawyer, Sam Odell,", "They", "Police chief Ann Vey",
            "Berg's aide", "Dorr's spokesman, Tom Berg,", "Both Dorr and Berg", "US President Joe Vance", "It"]
ASIDES = ["answering questions at the airport", "who leads the council", "the mayor of Northfield",
          "claiming that the deal was fair", "according to the council", "speaking on Monday", "in a statement",
          "a former judge"]
VERBS = ["said", "told reporters", "denied", "rejected", "accused Berg of lying", "insisted", "added",
         "left for Rome", "criticised the plan", "was quoted as saying", "warned", "was named chairman",
         "disputed", "called it", "did not say", "responded", "argued", "condemned Berg", "sued the council",
         "was criticised by Berg", "praised Vance", "described", "blamed"]
ENDINGS = ["", " that the deal was fair", ' "We will not give up."', " the claim", " the report was false",
           ", saying the plan would fail", ', "It is a mistake," she said', " on Tuesday",
           " Berg's claim that the vote was rigged", " a lie", ', "and it ends now"', ' that "nothing changed"',
           ': "We are ready."', " to reporters that the talks failed", ' the decision as "unfair"', " for the delay",
           ' "a disgrace']  # a quote left open
TAILS = ["", ", calling it a lie", ", according to Reuters", ", adding that more talks would follow",
         " in a statement", ", she said"]


@st.composite
def news_sentence(draw) -> str:
    asides = "".join(f", {aside}," for aside in draw(st.lists(st.sampled_from(ASIDES), max_size=2)))
    parts = [draw(st.sampled_from(OPENERS)), draw(st.sampled_from(SUBJECTS)), asides.replace(",,", ","), " ",
             draw(st.sampled_from(VERBS)), draw(st.sampled_from(ENDINGS)), draw(st.sampled_from(TAILS)), "."]
    return "".join(parts)


news_paragraph = st.lists(news_sentence(), min_size=1, max_size=3).map(" ".join) | st.just('"We will win."')


@settings(FAST, max_examples=200)
@given(paragraphs=st.lists(news_paragraph, min_size=1, max_size=4))
def test_the_extractor_finishes_any_article_of_news_sentences(nlp, paragraphs):
    # An article the rules trip on costs its fact sheet: every shape of reporting must get through.
    article = Article(id="prop", title="Council Vote Disputed", source="prop.txt", paragraphs=tuple(paragraphs),
                      sha256="x")
    sheet = extract(article, nlp)
    assert loads(dumps(sheet)) == sheet
    for fact in (*sheet.statements, *sheet.disputes):
        assert fact.where is None or fact.where.paragraph < len(paragraphs)
