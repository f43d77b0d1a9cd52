"""Hostile and broken input: the corpus in tests/hostile/ (plus big files made here) through readers,
extraction, a real `factsheets build` and a headless browser.

Each unreadable file gives one line naming it and the reason; the rest is built; nothing from an
article runs or changes a page's structure in the browser.
"""
from __future__ import annotations

import shutil
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from browser import chromium, served, watched
from test_build import copy_project

from generator import factsheet
from generator.articles import MAX_PARAGRAPH, ReadError, read_article, read_articles, slugify
from generator.cli import main
from generator.extract import extract_all

HOSTILE = Path(__file__).resolve().parent / "hostile"

# Every file in tests/hostile/: the reason it cannot be read, as the user sees it after "<path>: ".
UNREADABLE = {
    "empty.txt": "no text",
    "whitespace-only.txt": "no text",
    "invalid-utf8.txt": "not UTF-8 (byte 0xff at offset 55)",
    "utf16-broken.txt": "not UTF-16 (illegal UTF-16 surrogate at offset 16)",
    "broken-front-matter.md": "front matter is not valid YAML at line 3",
    "front-matter-not-mapping.md": "front matter must be a mapping of fields, not a list",
    "front-matter-alias-bomb.md": "front matter field title must be text, not a list",
}
# ... and the id each readable one gets (read from tests/, so sources are "hostile/<name>").
READABLE = {
    "utf16-bom.txt": "council-approves-budget",
    "windows-line-endings.txt": "harbour-reopens-after-storm",
    "no-headline.txt": "port-director-anna-berg-said-on-monday-that-the-harbour-had-reopened-fdefa1",
    "no-headline.md": "port-director-anna-berg-said-on-monday-that-the-harbour-had-reopened-cec842",
    "title-path-traversal.md": "etc-passwd",
    "title-slashes.md": "ac-dc-vs-pro-con-a-50-50-split-in-brussels-strasbourg",
    "title-punctuation.md": "title-punctuation",
    "title-cyrillic.md": "kreml-otvetil-na-doklad",
    "same-title-a.txt": "storm-hits-coast-6d68f9",
    "same-title-b.txt": "storm-hits-coast-c78c98",
    "quotes-unbalanced-nested.txt": "senator-disputes-report",
    "quotes-styles.txt": "ministers-trade-words",
    "names-apostrophe-hyphen.txt": "obrien-and-ocasio-cortez-clash",
    "yaml-specials.txt": "no",
    "markup-in-quotes.md": "script-alert-title-script-7-7-x-javascript-alert-1",
    "markup-in-quotes.html": "script-alert-h1-script-officials-react",
}
LONG_LINE = ("Minister Ana Silva said the plan would work, and Bob Jones denied it on Friday. " * 1300)[:100_000]


def make_big_inputs(folder: Path) -> dict[str, str]:
    """The inputs too big or too binary to commit; returns name -> reason for the unreadable ones."""
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with (folder / "five-megabytes.txt").open("w", encoding="utf-8") as big:
        big.write("Five Megabyte Story\n\n")
        paragraph = "The council met again on Tuesday and talked for a long time about the budget. " * 10
        while big.tell() < 5_000_000:
            big.write(paragraph + "\n\n")
    (folder / "long-line.txt").write_text(f"One Very Long Line\n\n{LONG_LINE}\n", encoding="utf-8")
    return {"binary.txt": "binary file, not text",
            "five-megabytes.txt": "too large (5.0 MB; articles over 1 MB are skipped)"}


def test_every_corpus_file_has_an_expectation():
    assert sorted(p.name for p in HOSTILE.iterdir() if not p.name.startswith(".")) == sorted(
        {**UNREADABLE, **READABLE})


@pytest.mark.parametrize("name, reason", sorted(UNREADABLE.items()))
def test_unreadable_file_gives_one_line_naming_file_and_reason(name, reason):
    with pytest.raises(ReadError) as error:
        read_article(HOSTILE / name)
    assert str(error.value) == f"{HOSTILE / name}: {reason}"


def test_readable_odd_files_get_distinct_stable_url_safe_ids():
    articles, errors = read_articles([HOSTILE], relative_to=HOSTILE.parent)
    assert sorted(errors) == sorted(f"{HOSTILE / n}: {r}" for n, r in UNREADABLE.items())
    assert {a.source.removeprefix("hostile/"): a.id for a in articles} == READABLE
    assert all(slugify(a.id) == a.id for a in articles)  # page names are made with slugify too
    # The same files listed the other way round, one by one: the same ids.
    listed = sorted((p for p in HOSTILE.iterdir() if not p.name.startswith(".")), reverse=True)
    again, _ = read_articles(listed, relative_to=HOSTILE.parent)
    assert [a.id for a in again] == [a.id for a in articles]


def test_odd_encodings_and_line_endings_read_as_plain_text():
    utf16 = read_article(HOSTILE / "utf16-bom.txt")
    assert utf16.paragraphs == ("Councillor Maria Lopez said the budget was “fair to everyone”.",)
    crlf = read_article(HOSTILE / "windows-line-endings.txt")
    assert not any("\r" in p for p in crlf.paragraphs)
    assert crlf.paragraphs[0].endswith("open again. Ships began arriving in the afternoon.")


def test_text_without_a_headline_keeps_its_first_paragraph():
    for name in ("no-headline.txt", "no-headline.md"):
        article = read_article(HOSTILE / name)
        assert article.title == ("Port director Anna Berg said on Monday that the harbour had reopened "
                                 "after the storm, and that ships had begun arriving…")
        assert article.paragraphs[0].startswith("Port director Anna Berg said on Monday")
        assert len(article.paragraphs) == 2


def test_big_and_binary_files_are_refused_fast_with_a_clear_line(tmp_path):
    for name, reason in make_big_inputs(tmp_path).items():
        started = time.perf_counter()
        with pytest.raises(ReadError) as error:
            read_article(tmp_path / name)
        assert str(error.value) == f"{tmp_path / name}: {reason}"
        assert time.perf_counter() - started < 1


def test_a_100000_character_line_is_cut_at_sentence_ends_losing_nothing(tmp_path):
    make_big_inputs(tmp_path)
    article = read_article(tmp_path / "long-line.txt")
    assert article.title == "One Very Long Line"
    assert all(len(p) <= MAX_PARAGRAPH for p in article.paragraphs)
    assert all(p.endswith("Friday.") for p in article.paragraphs[:-1])
    assert " ".join(article.paragraphs) == LONG_LINE.strip()
    # Only a long line and no headline: the title is its first sentence.
    (tmp_path / "only.txt").write_text(LONG_LINE, encoding="utf-8")
    only = read_article(tmp_path / "only.txt")
    assert only.title == "Minister Ana Silva said the plan would work, and Bob Jones denied it on Friday."
    assert " ".join(only.paragraphs) == LONG_LINE.strip()


def test_a_line_with_no_spaces_is_cut_too(tmp_path):
    (tmp_path / "x.txt").write_text("Title\n\n" + "x" * 12_000, encoding="utf-8")
    assert [len(p) for p in read_article(tmp_path / "x.txt").paragraphs] == [5_000, 5_000, 2_000]


def test_control_characters_become_spaces(tmp_path):
    (tmp_path / "c.txt").write_text("Title\x1b[31m\n\nBell\x07 and\x7f delete\x85.\n", encoding="utf-8")
    article = read_article(tmp_path / "c.txt")
    assert (article.title, article.paragraphs) == ("Title [31m", ("Bell and delete .",))


@pytest.fixture(scope="module")
def sheets(nlp):
    articles, _ = read_articles([HOSTILE], relative_to=HOSTILE.parent)
    return {sheet.id: sheet for sheet in extract_all(articles, nlp)}


def test_names_with_apostrophes_and_hyphens_keep_them(sheets):
    people = {p.id: p.name for p in sheets["obrien-and-ocasio-cortez-clash"].people}
    assert people["conan-obrien"] == "Conan O'Brien"
    assert people["alexandria-ocasio-cortez"] == "Alexandria Ocasio-Cortez"
    assert people["jean-luc-picard-smith"] == "Jean-Luc Picard-Smith"


def test_straight_curly_and_guillemet_quotes_are_statements(sheets):
    said = {s.text.rstrip(","): s.speaker for s in sheets["ministers-trade-words"].statements}
    assert said["Straight quotes work"] == "ana-silva"
    assert said["Curly quotes work too"] == "luc-martin"
    assert "Les guillemets aussi" in said


def test_nested_and_unbalanced_quotes_stay_whole(sheets):
    texts = [s.text for s in sheets["senator-disputes-report"].statements]
    assert "The report is wrong, and when my aide told me 'it is fine' I believed him." in texts
    assert all(len(t) < 200 for t in texts)  # an unclosed quote ends with its paragraph


def test_every_fact_sheet_round_trips_through_yaml(sheets):
    for sheet in sheets.values():
        assert factsheet.loads(factsheet.dumps(sheet)) == sheet
    specials = [s.text for s in sheets["no"].statements]
    assert {"no", "~", "null: true"} <= set(specials)


# The whole archive: a real build of the hostile corpus and the big inputs.

@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory, nlp):
    root = copy_project(tmp_path_factory.mktemp("hostile") / "project")
    seeds = root / "seeds"
    shutil.rmtree(seeds)
    shutil.copytree(HOSTILE, seeds)
    unreadable = {**UNREADABLE, **make_big_inputs(seeds)}
    (root / "content" / "notes.md").write_text("# Editors' notes\n\nWritten by hand.\n", encoding="utf-8")
    return root, unreadable


def test_build_names_each_bad_file_once_and_builds_the_rest(hostile_build, capsys):
    root, unreadable = hostile_build
    code = main(["build", "--root", str(root)])
    out, err = capsys.readouterr()
    assert code == 1
    seeds = root / "seeds"
    ours = [line for line in err.splitlines() if line.startswith(str(seeds))]
    assert sorted(ours) == sorted(f"{seeds / name}: {reason}" for name, reason in unreadable.items())
    assert "Traceback" not in err
    readable = len(READABLE) + 1  # and the long line
    assert f"{readable} extracted, 0 reused, {len(unreadable)} failed" in out
    data = root / "content" / "data" / "articles"
    for yml in data.glob("*.yml"):
        sheet = factsheet.load(yml)
        assert (root / "site" / "articles" / sheet.id / "index.html").is_file()
    assert len(list(data.glob("*.yml"))) == readable
    assert (root / "content" / "notes.md").read_text(encoding="utf-8").startswith("# Editors' notes")
    assert (root / "site" / "notes" / "index.html").is_file()


def test_a_path_in_a_title_writes_nothing_outside_the_project(hostile_build):
    root, _ = hostile_build
    built = root / "site" / "articles" / "etc-passwd" / "index.html"
    assert "../../etc/passwd" in built.read_text(encoding="utf-8")
    outside = [p for p in root.parent.iterdir() if p != root]
    assert outside == []


class _ActiveMarkup(HTMLParser):
    """Tags and attributes in a page that could run or fetch something an article put there."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._script: str | None = None  # the type of the <script> being read

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._script = (dict(attrs).get("type") or "text/javascript") if tag == "script" else None
        for name, value in attrs:
            value = (value or "").strip().lower()
            if name.startswith("on") or value.startswith(("javascript:", "data:text/html")) or (
                    tag == "img" and name == "src" and value == "x"):
                self.found.append(f"<{tag} {name}={value}>")
        if tag in ("iframe", "object", "embed"):
            self.found.append(f"<{tag}>")

    def handle_data(self, data: str) -> None:
        # Data (JSON-LD) must not hold a raw "<": it could close the element early.
        if self._script and ("alert(" in data if "javascript" in self._script else "<" in data):
            self.found.append(f"<script>{data[:40]}")

    def handle_endtag(self, tag: str) -> None:
        self._script = None


def active_markup(html: str) -> list[str]:
    parser = _ActiveMarkup()
    parser.feed(html)
    parser.close()
    return parser.found


def test_no_markup_from_an_article_reaches_the_html(hostile_build):
    root, _ = hostile_build
    for page in sorted((root / "site").rglob("*.html")):
        assert active_markup(page.read_text(encoding="utf-8")) == [], page
    name = "script-alert-title-script-7-7-x-javascript-alert-1"
    text = (root / "site" / "articles" / name / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(" in text
    assert "{{ 7*7 }}" in text and "{{ config }}" in text  # shown as written, not run as Jinja


def test_the_markup_detector_finds_what_it_looks_for():
    assert active_markup('<p><img src=x onerror="alert(1)"><a href=" JavaScript:x">a</a></p>'
                         "<script>alert(2)</script><iframe></iframe>"
                         '<script type="application/ld+json">{"a": "<b>"}</script>') == [
        "<img src=x>", "<img onerror=alert(1)>", "<a href=javascript:x>", "<script>alert(2)", "<iframe>",
        '<script>{"a": "<b>"}']
    assert active_markup("<p>&lt;img src=x onerror=alert(1)&gt; [x](javascript:alert(1))</p>"
                         '<script type="application/ld+json">{"a": "\\u003cb\\u003e alert(1)"}</script>') == []


def test_in_the_browser_no_article_script_runs_and_nothing_leaves_the_server(hostile_build):
    root, _ = hostile_build
    pages = sorted(p.relative_to(root / "site").parent.as_posix() + "/"
                   for p in (root / "site").rglob("index.html"))
    pages = ["" if p == "./" else p for p in pages]
    with served(root / "site") as base, chromium() as browser:
        context = browser.new_context()
        watch = watched(context, base)
        page = context.new_page()
        markers = []
        for path in pages:
            # Inline scripts run before DOMContentLoaded; handlers like onerror are caught in the DOM below.
            response = page.goto(base + path, wait_until="domcontentloaded")
            assert response is not None and response.ok, path
            markers.append(page.evaluate("""() => {
                const c = document.querySelector('.md-content');
                return [!!c, c ? c.querySelectorAll('script, iframe, style, object, embed, [onerror], '
                        + '[onclick], [onload], a[href^="javascript:" i], img[src="x"]').length : -1];
            }"""))
        article = base + "articles/script-alert-title-script-7-7-x-javascript-alert-1/"
        page.goto(article, wait_until="load")
        shown = page.inner_text(".md-content")
        context.close()
    assert watch.dialogs == []
    assert watch.errors == []
    assert watch.foreign == []
    assert all(has_content and active == 0 for has_content, active in markers), list(zip(pages, markers))
    assert "<script>alert('quote')</script>" in shown
    assert "[click me](javascript:alert('link'))" in shown
    assert len(pages) > len(READABLE)

