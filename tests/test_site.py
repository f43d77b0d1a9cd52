"""Real `mkdocs build --strict` runs on throwaway projects made from hand-written fact sheets."""
from __future__ import annotations

import html
import importlib.util
import json
import os
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from generator import factsheet, site
from generator.articles import read_article
from generator.extract import EXTRACTOR_VERSION
from generator.pipeline import CACHE_DIR, DATA_DIR, Report, _write_tree
from generator.render import render_pages

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

ROOT = Path(__file__).resolve().parent.parent
SHEETS = Path(__file__).resolve().parent / "sheets"
# The payloads of tests/sheets/hostile.yml as live markup; the theme's own scripts do not match.
LIVE_PAYLOAD = re.compile(r"<script>alert|<img src=x|<svg onload|<b>Outlet|<i>said|<u>topic|</title><script",
                          re.IGNORECASE)


def project(tmp_path: Path) -> Path:
    """A site project like the repository's: config, templates, hook and the hand-written pages."""
    root = tmp_path / "project"
    (root / "generator").mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", root)
    shutil.copytree(ROOT / "templates", root / "templates")
    shutil.copy(ROOT / "generator" / "site_hook.py", root / "generator")
    (root / "content").mkdir()
    shutil.copy(ROOT / "content" / "about.md", root / "content")
    return root


def mkdocs(root: Path, site_dir: Path, strict: bool = True) -> None:
    mkdocs_build(load_config(config_file=str(root / "mkdocs.yml"), strict=strict, site_dir=str(site_dir)))


def never_load_nlp():
    raise AssertionError("spaCy must not be needed: every fact sheet is cached")


def site_from_sheets(root: Path, sheets: list | None = None) -> Path:
    """Pages from fact sheets (by default the hand-made ones in tests/sheets), built strictly into `root/site`."""
    if sheets is None:
        sheets = [factsheet.load(p) for p in sorted(SHEETS.glob("*.yml"))]
    report = Report()
    files = {f"{DATA_DIR}/{s.id}.yml": factsheet.dumps(s) for s in sheets}
    _write_tree(root / "content", {**files, **render_pages(sheets)}, report)
    assert report.ok, report.errors
    mkdocs(root, root / "site")  # no seeds/: the hook leaves the pages as they are
    return root / "site"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return site_from_sheets(project(tmp_path_factory.mktemp("site")))


def test_every_page_type_is_built(built):
    for page in ("index.html", "about/index.html", "articles/index.html", "people/index.html",
                 "people/donald-trump/index.html", "people/dmitry-peskov/index.html",
                 "articles/kremlin-reacts-to-report-trump-told-allies-putin-is-winning/index.html",
                 "articles/hostile-input/index.html"):
        assert (built / page).is_file(), page


def test_person_and_article_pages_stay_out_of_the_nav(built):
    home = (built / "index.html").read_text(encoding="utf-8")
    nav = set(re.findall(r'href="([^"]*)"\s+class="md-nav__link', home))
    assert {h for h in nav if not h.startswith("#")} == {".", "articles/", "people/", "topics/", "corrections/", "about/"}
    assert 'href="people/donald-trump/"' in home  # reached from the home page instead


def test_hostile_text_is_escaped_everywhere(built):
    for page in built.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not LIVE_PAYLOAD.search(text), page
        assert not any(h.startswith("javascript:") for h in re.findall(r'href="([^"]*)"', text)), page
    article = (built / "articles/hostile-input/index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article
    assert "&lt;img src=x onerror=alert(1)&gt;" in article
    assert "{{ 7*7 }}" in article and ">49<" not in article
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;" in article
    assert 'id="evil"' not in article and "onclick" not in re.sub(r">[^<]*<", "><", article)


def jsonld(page: Path) -> dict:
    (data,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page.read_text(encoding="utf-8"))
    return json.loads(data)


def test_structured_data_links_absolutely_once_the_site_has_an_address(built, tmp_path):
    person = "people/dmitry-peskov/index.html"
    relative = {q["isPartOf"]["url"] for q in jsonld(built / person)["subjectOf"]}
    assert relative == {"../../articles/kremlin-reacts-to-report-trump-told-allies-putin-is-winning/"}
    root = built.parent
    mkdocs_build(load_config(config_file=str(root / "mkdocs.yml"), site_dir=str(tmp_path / "out"),
                             site_url="https://news.example.org/sheets/"))
    absolute = {q["isPartOf"]["url"] for q in jsonld(tmp_path / "out" / person)["subjectOf"]}
    assert absolute == {"https://news.example.org/sheets/articles/kremlin-reacts-to-report-trump-told-allies-putin-is-winning/"}
    article = jsonld(tmp_path / "out/articles/kremlin-reacts-to-report-trump-told-allies-putin-is-winning/index.html")
    assert "https://news.example.org/sheets/people/dmitry-peskov/" in {m.get("url") for m in article["mentions"]}


def test_statements_link_to_their_sentence(built):
    person = (built / "people/dmitry-peskov/index.html").read_text(encoding="utf-8")
    assert 'href="../../articles/kremlin-reacts-to-report-trump-told-allies-putin-is-winning/#p4-s1"' in person
    article = (built / "articles/kremlin-reacts-to-report-trump-told-allies-putin-is-winning/index.html")
    text = article.read_text(encoding="utf-8")
    assert '<p id="p4">' in text
    assert '<span class="fs-source" id="p4-s1">Kremlin spokesman Dmitry Peskov dismissed' in text


def test_topic_chips_link_to_topic_pages_that_list_fact_sheets_with_dates(built):
    article = (built / "articles/kremlin-reacts-to-report-trump-told-allies-putin-is-winning/index.html")
    html = article.read_text(encoding="utf-8")
    chips = re.search(r'<nav class="md-tags"[^>]*>(.*?)</nav>', html, re.DOTALL).group(1)
    assert re.findall(r'href="([^"]*)"', chips) == ["../../topics/russia/", "../../topics/ukraine/",
                                                    "../../topics/peace-talks/"]
    topic = (built / "topics/russia/index.html").read_text(encoding="utf-8")
    assert '<td><span class="fs-date">2025-05-22</span></td>' in topic
    assert 'href="../../articles/kremlin-reacts-to-report-trump-told-allies-putin-is-winning/"' in topic
    hostile = (built / "articles/hostile-input/index.html").read_text(encoding="utf-8")
    assert 'class="md-tag">&lt;u&gt;topic&lt;/u&gt;</a>' in hostile


def test_a_countrys_short_forms_are_one_topic_page_in_the_built_site(tmp_path):
    base = factsheet.load(SHEETS / "kremlin.yml")
    sheets = [replace(base, id=f"story-{n}", title=f"Story {n}", topics=(name, "Peace talks"))
              for n, name in enumerate(("Britain", "UK", "United Kingdom"))]
    built = site_from_sheets(project(tmp_path), sheets)
    assert not (built / "topics/britain").exists() and not (built / "topics/uk").exists()
    kingdom = (built / "topics/united-kingdom/index.html").read_text(encoding="utf-8")
    assert all(f'href="../../articles/story-{n}/"' in kingdom for n in range(3))
    html = (built / "articles/story-0/index.html").read_text(encoding="utf-8")
    chips = re.search(r'<nav class="md-tags"[^>]*>(.*?)</nav>', html, re.DOTALL).group(1)
    assert 'href="../../topics/united-kingdom/" class="md-tag">United Kingdom</a>' in chips


def test_the_topics_index_states_its_most_used_rule_and_leaves_a_tie_at_the_cut_out_in_the_built_site(tmp_path):
    base = factsheet.load(SHEETS / "kremlin.yml")
    uses = {**{f"Lead {c}": 3 for c in "ABCDEFGHI"}, "Germany": 2, "Australia": 2}
    sheets = [replace(base, id=f"story-{n}", title=f"Story {n}", topics=tuple(t for t, k in uses.items() if k > n))
              for n in range(3)]
    page = (site_from_sheets(project(tmp_path), sheets) / "topics/index.html").read_text(encoding="utf-8")
    most = re.search(r"<strong>Most used</strong> \(up to 10; topics tied at the last place are shown all or none\): "
                     r"(.*?)</p>", page, re.DOTALL).group(1)
    assert re.findall(r'">([^<]+)</a>', most) == [f"Lead {c}" for c in "ABCDEFGHI"]  # not Australia (2) alone


def test_a_statement_whose_verb_is_its_kind_does_not_say_it_twice_in_the_built_site(tmp_path):
    """Reported speech with the cue "reported" read "reported · reported" on the fact sheet and
    "Reported · reported" on the speaker's page; a different verb is still shown."""
    base = factsheet.load(SHEETS / "kremlin.yml")
    first, second, *rest = base.statements
    sheets = [replace(base, statements=(replace(first, kind="indirect", cue="Reported"),
                                        replace(second, kind="direct", cue="quoted"), *rest))]
    built = site_from_sheets(project(tmp_path), sheets)
    article = (built / f"articles/{base.id}/index.html").read_text(encoding="utf-8")
    person = (built / f"people/{first.speaker}/index.html").read_text(encoding="utf-8")
    for page in (article, person):
        text = " ".join(re.sub(r"<[^>]+>", "", page).split())
        assert not re.search(r"(?i)\breported · reported\b|\bquoted · quoted\b", text)
    assert re.search(r"\b(?:quoted|reported) · <em>stating</em>", article)  # other verbs stay


def test_an_articles_json_ld_names_no_nameless_person_and_its_topics_as_the_chips_do(tmp_path):
    """An article without an author had "author": {"@type": "Person"}; a statement by "they" was a
    Quotation whose creator was a Person named "they"; "about" said "UK" where the chip says "United Kingdom"."""
    base = factsheet.load(SHEETS / "kremlin.yml")
    first, *rest = base.statements
    sheets = [replace(base, author=None, topics=("UK",),
                      statements=(replace(first, speaker=None, speaker_text="they"), *rest))]
    built = site_from_sheets(project(tmp_path), sheets)
    data = jsonld(built / f"articles/{base.id}/index.html")
    assert "author" not in data
    assert data["about"] == [{"@type": "Thing", "name": "United Kingdom"}]
    quotes = data["hasPart"]
    assert "creator" not in quotes[0] and quotes[0]["text"] == " ".join(first.text.split())
    named = {q["creator"]["name"]: q["creator"]["url"] for q in quotes if "creator" in q}
    assert named["Dmitry Peskov"] == "../../people/dmitry-peskov/"
    assert all(c["@type"] == "Person" and c["name"] != "they" for c in (q.get("creator", {}) for q in quotes) if c)


def test_an_interview_transcript_shows_its_speakers_and_the_fact_sheet_says_it_is_one(tmp_path):
    """Transcripts gave few statements, and the article text read "((Lena Voss)) I grew up ...": the turns
    now open with the speaker in bold, and the statements section says where the answers are. Invented text."""
    from generator.factsheet import Person
    base = factsheet.load(SHEETS / "kremlin.yml")
    lena = Person("lena-voss", "Lena Voss", ("Voss",), ())
    paragraphs = ("Lena Voss spoke to the Courier about her bakery.", "((WN)) How did you start?",
                  "((Lena Voss)) I grew up <b>baking</b> with my aunt.", "((WN)) And now?",
                  "((Lena Voss)) Now I bake for the *whole* street.", "((<i>x</i>)) An aside.")
    sheets = [replace(base, id="interview", people=(lena,), statements=(), disputes=(), paragraphs=paragraphs)]
    page = (site_from_sheets(project(tmp_path), sheets) / "articles/interview/index.html").read_text(encoding="utf-8")
    body = page.split('<article class="md-content__inner md-typeset">')[1]
    assert "<strong>Lena Voss:</strong> I grew up &lt;b&gt;baking&lt;/b&gt; with my aunt." in body
    assert "<strong>WN:</strong> How did you start?" in body and "((" not in body
    assert "<strong>&lt;i&gt;x&lt;/i&gt;:</strong> An aside." in body and "<i>x" not in body
    note = re.search(r"<strong>An interview\.</strong>(.*?)</p>", body, re.DOTALL).group(1)
    text = html.unescape(" ".join(re.sub(r"<[^>]+>", "", note).split()))
    assert "<i>" not in note and text.startswith("Most of the article is its transcript, in the article text below, turn by turn: "
                           "WN 2 turns from ¶ 2; Lena Voss 2 turns from ¶ 3; <i>x</i> 1 turn from ¶ 6.")
    assert 'href="../../people/lena-voss/">Lena Voss</a> 2 turns from <a href="#p3">¶ 3</a>' in note
    plain = (site_from_sheets(project(tmp_path / "plain"), [base]) / f"articles/{base.id}/index.html")
    assert "An interview." not in plain.read_text(encoding="utf-8")  # an article with no transcript


def test_index_jump_bars_lead_to_their_headings(built):
    people = (built / "people/index.html").read_text(encoding="utf-8")
    assert '<a href="#p">P</a>' in people and '<h2 id="p">' in people
    articles = (built / "articles/index.html").read_text(encoding="utf-8")
    assert '<a href="#may-2025">May</a>' in articles and '<h2 id="may-2025">' in articles


def test_search_indexes_each_fact_sheets_topics(built):
    index = json.loads((built / "search/search_index.json").read_text(encoding="utf-8"))
    tagged = {d["location"]: d.get("tags") for d in index["docs"] if "#" not in d["location"]}
    assert tagged["articles/kremlin-reacts-to-report-trump-told-allies-putin-is-winning/"] == [
        "Russia", "Ukraine", "peace talks"]


def test_search_reads_each_name_of_the_dispute_picture_once(built):
    """A page draws the picture twice (wide, and a column for phones); search reads the HTML, not
    what the style shows, so it must index one drawing, each name once and no "×2" counts."""
    index = json.loads((built / "search/search_index.json").read_text(encoding="utf-8"))
    sections = {d["location"]: d["text"] for d in index["docs"]}
    picture = sections["#who-disputes-whom"]
    assert picture.count("Nancy Pelosi") == 1 and picture.count("Donald Trump") == 1, picture
    assert "disputes" not in picture.removeprefix("Who disputes whom") and "×" not in picture, picture
    person = sections["people/donald-trump/#disputes"]
    assert person.count("Nancy Pelosi") == 1, person
    html = (built / "index.html").read_text(encoding="utf-8")
    assert html.count("Nancy Pelosi</text>") == 2  # both drawings are still on the page


def test_wikinews_text_is_credited_with_a_link_to_the_original(built):
    page = built / "articles/president-trump-says-he-can-and-may-put-us-into-state-of-emergency/index.html"
    text = page.read_text(encoding="utf-8")
    assert "Text from Wikinews, " in text
    assert 'href="https://creativecommons.org/licenses/by/2.5/">CC BY 2.5</a>' in text
    assert 'href="https://en.wikinews.org/wiki/President_Trump_says_he_%27can%27' in text


def test_the_source_box_shows_the_originals_address_once(built):
    page = built / "articles/president-trump-says-he-can-and-may-put-us-into-state-of-emergency/index.html"
    box = re.search(r'<div class="admonition abstract">.*?</div>', page.read_text(encoding="utf-8"), re.DOTALL)[0]
    # Once as a link named by its host; the licence line credits the outlet without repeating it.
    assert box.count("en.wikinews.org/wiki/President_Trump") == 1, box
    assert '>en.wikinews.org</a>' in box


def test_a_person_page_shows_a_bare_title_and_its_one_qualified_variant_as_one_role(tmp_path):
    from test_render import presidents

    site_dir = site_from_sheets(project(tmp_path), presidents())
    page = (site_dir / "people/donald-trump/index.html").read_text(encoding="utf-8")
    table = page.split('id="roles"')[1].split("</table>")[0]
    rows = re.findall(r"<tr>\s*<td>(.*?)</td>\s*<td>(.*?)</td>", table, re.DOTALL)
    assert rows == [("President", "United States"), ("former president", "—")]
    assert jsonld(site_dir / "people/donald-trump/index.html")["jobTitle"] == [
        "President, United States", "former president"]


def seeded_project(tmp_path: Path) -> tuple[Path, str]:
    """A project with one seed whose fact sheet is already cached, so no extraction runs."""
    root = project(tmp_path)
    seed = root / "seeds" / "peskov.md"
    seed.parent.mkdir()
    seed.write_text("---\ntitle: Kremlin dismisses report\ndate: 2025-05-22\n---\n\n"
                    "Dmitry Peskov dismissed the reports.\n", encoding="utf-8")
    article = read_article(seed, source="seeds/peskov.md")  # as `generate` names it: from the project
    sheet = factsheet.load(SHEETS / "kremlin.yml")
    cached = replace(sheet, id=article.id, title=article.title, source=article.source,
                     source_sha256=article.sha256, extractor=EXTRACTOR_VERSION)
    out = root / CACHE_DIR / f"{article.id}.yml"
    out.parent.mkdir(parents=True)
    out.write_text(factsheet.dumps(cached), encoding="utf-8")
    return root, article.id


def test_site_build_generates_then_builds_strict(tmp_path):
    root, article_id = seeded_project(tmp_path)
    report = site.build(root, site_dir=tmp_path / "out", load_nlp=never_load_nlp)
    assert report.ok, report.errors
    assert report.reused == [article_id] and not report.extracted
    assert (tmp_path / "out" / "articles" / article_id / "index.html").is_file()
    assert (tmp_path / "out" / "people" / "dmitry-peskov" / "index.html").is_file()
    assert site.GENERATED not in os.environ


def test_plain_mkdocs_build_generates_through_the_hook(tmp_path):
    root, article_id = seeded_project(tmp_path)
    mkdocs(root, tmp_path / "out")
    assert (root / "content" / "articles" / f"{article_id}.md").is_file()
    assert (tmp_path / "out" / "people" / "karoline-leavitt" / "index.html").is_file()


def test_hook_errors_are_warnings_that_only_strict_makes_fatal(tmp_path):
    root, _ = seeded_project(tmp_path)
    (root / "seeds" / "bad.txt").write_bytes(b"caf\xe9\n")
    mkdocs(root, tmp_path / "lenient", strict=False)
    assert (tmp_path / "lenient" / "index.html").is_file()
    with pytest.raises(Abort):
        mkdocs(root, tmp_path / "strict")
    report = site.build(root, site_dir=tmp_path / "out", load_nlp=never_load_nlp)
    assert any("bad.txt" in line for line in report.errors)


def load_hook(root: Path):
    spec = importlib.util.spec_from_file_location("site_hook_under_test", root / "generator" / "site_hook.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_hook_watches_seeds_and_templates_when_serving(tmp_path):
    root, _ = seeded_project(tmp_path)
    watched = []
    server = type("Server", (), {"watch": lambda self, path: watched.append(path)})()
    load_hook(root).on_serve(server, load_config(config_file=str(root / "mkdocs.yml")), builder=None)
    assert watched == [str(root.resolve() / "seeds"), str(root.resolve() / "templates")]


def test_hook_does_not_generate_again_after_site_build(tmp_path, monkeypatch):
    root, article_id = seeded_project(tmp_path)
    monkeypatch.setenv(site.GENERATED, "1")
    load_hook(root).on_pre_build(load_config(config_file=str(root / "mkdocs.yml")))
    assert not (root / "content" / "articles" / f"{article_id}.md").exists()
    monkeypatch.delenv(site.GENERATED)
    load_hook(root).on_pre_build(load_config(config_file=str(root / "mkdocs.yml")))
    assert (root / "content" / "articles" / f"{article_id}.md").is_file()


def test_a_fact_sheets_description_is_its_lead_escaped(built):
    """A link to a fact sheet previews the story (its lead in <meta name="description">), not the site's
    one description; the lead is article text, so a quote or a tag in it stays text in the attribute."""
    kremlin = (built / "articles/kremlin-reacts-to-report-trump-told-allies-putin-is-winning/index.html")
    (described,) = re.findall(r'<meta name="description" content="([^"]*)">', kremlin.read_text(encoding="utf-8"))
    assert described.startswith("The Kremlin responded Thursday to a report suggesting that former President")
    hostile = (built / "articles/hostile-input/index.html").read_text(encoding="utf-8")
    head = hostile.split("</head>")[0]
    (described,) = re.findall(r'<meta name="description" content="([^"]*)">', head)
    assert html.unescape(described).startswith("<script>alert(1)</script> first paragraph")
    assert "<" not in described and "<script>alert" not in head
    home = (built / "index.html").read_text(encoding="utf-8")
    assert '<meta name="description" content="Who is in the news' in home


def test_the_people_index_files_people_by_surname_under_its_letter(tmp_path):
    from test_render import sheet

    from generator.factsheet import Person
    names = [("xi-jinping", "Xi Jinping", ("Xi",)), ("abdel-fattah-al-sisi", "Abdel Fattah al-Sisi", ("Sisi",)),
             ("martin-luther-king-jr", "Martin Luther King Jr.", ()), ("madonna", "Madonna", ()),
             ("zoe-adams", "Zoe Adams", ("Adams",)), ("ludwig-van-beethoven", "Ludwig van Beethoven", ()),
             ("marine-le-pen", "Marine Le Pen", ()), ("aaron-kingsley", "Aaron Kingsley", ()),
             ("eve-star", "Eve <b>bold</b> al-*Star*", ()),
             # A particle inside the name makes a compound surname; one right after the first name does not.
             ("amelie-roussel-davaray", "Amélie Roussel d'Avaray", ()), ("odile-de-montcalm", "Odile de Montcalm", ()),
             # A Spanish particle after two given names: the surname follows it, no compound.
             ("juan-carlos-de-la-fuente", "Juan Carlos de la Fuente", ("Fuente",))]
    people = [Person(pid, name, aliases, ()) for pid, name, aliases in names]
    site_dir = site_from_sheets(project(tmp_path), [sheet("a", "2020-01-01", people)])
    page = (site_dir / "people/index.html").read_text(encoding="utf-8")
    body = page.split('<article class="md-content__inner md-typeset">')[1]
    filed = [(letter, re.findall(r'<td><a href="([^/"]+)/"', section))
             for letter, section in re.findall(r'<h2 id="([a-z]+)">.*?</h2>(.*?)(?=<h2|$)', body, re.DOTALL)]
    assert filed == [("a", ["zoe-adams"]), ("b", ["ludwig-van-beethoven"]), ("f", ["juan-carlos-de-la-fuente"]),
                     ("j", ["xi-jinping"]), ("k", ["martin-luther-king-jr", "aaron-kingsley"]),
                     ("l", ["marine-le-pen"]), ("m", ["madonna", "odile-de-montcalm"]),
                     ("r", ["amelie-roussel-davaray"]), ("s", ["abdel-fattah-al-sisi", "eve-star"])]
    assert "Amélie <strong>Roussel d'Avaray</strong></a>" in body
    assert "Odile de <strong>Montcalm</strong></a>" in body
    assert "Juan Carlos de la <strong>Fuente</strong></a>" in body
    assert "Juan Carlos de la <strong>Fuente</strong> under F." in body  # the rule, stated on the page
    assert "Valéry <strong>Giscard d'Estaing</strong> under G." in body  # the rule, stated on the page
    assert "Abdel Fattah al-<strong>Sisi</strong></a>" in body
    assert "Martin Luther <strong>King</strong> Jr.</a>" in body
    assert "Xi <strong>Jinping</strong></a>" in body
    assert "Eve &lt;b&gt;bold&lt;/b&gt; al-<strong>*Star*</strong></a>" in body
    assert not LIVE_PAYLOAD.search(body) and "<b>al" not in body


def test_an_acronym_topic_is_named_as_its_article_spells_it_out_in_the_built_site(tmp_path):
    base = factsheet.load(SHEETS / "kremlin.yml")
    sheets = [replace(base, id="story-a", title="Story A", topics=("NTSB",),
                      paragraphs=("The National Transportation Safety Board (NTSB) said <b>so</b>.",)),
              replace(base, id="story-b", title="Story B", topics=("NTSB", "United States House"))]
    built = site_from_sheets(project(tmp_path), sheets)
    board = (built / "topics/national-transportation-safety-board/index.html").read_text(encoding="utf-8")
    assert ">National Transportation Safety Board<a class=\"headerlink\"" in board
    assert not (built / "topics/ntsb").exists() and not (built / "topics/united-states-house").exists()
    html = (built / "articles/story-b/index.html").read_text(encoding="utf-8")
    chips = re.search(r'<nav class="md-tags"[^>]*>(.*?)</nav>', html, re.DOTALL).group(1)
    assert ">National Transportation Safety Board</a>" in chips and ">United States House of Representatives</a>" in chips


def test_a_persons_glance_box_reads_as_words_with_no_zero_counts_in_the_built_site(tmp_path):
    """People who said nothing read "Statements: 0 (0 quoted, 0 reported) · Disputes: 0 by X, 0 against", and
    the line above repeated the zeros: each count now says only what there is, for every mix of kinds."""
    from test_render import sheet

    from generator.factsheet import Dispute, Person, Statement

    people = {name: Person(name.lower(), name) for name in ("Both", "Quoter", "Reporter", "Silent", "Hub")}

    def said(who: str, kind: str) -> Statement:
        return Statement(who.lower(), who, kind, "said", f"{who} {kind}.")

    def disputes(by: str, target: str) -> Dispute:
        return Dispute(by.lower(), by, target.lower(), target, "denied", f"{by} denied what {target} said.")

    sheets = [sheet("a", "2020-01-01", [p for name, p in people.items() if name != "Silent"],
                    statements=[said("Both", "direct"), said("Both", "indirect"), said("Both", "indirect"),
                                said("Quoter", "direct"), said("Quoter", "direct"), said("Reporter", "indirect")],
                    disputes=[disputes("Hub", "Both"), disputes("Both", "Hub"), disputes("Hub", "Quoter"),
                              disputes("Reporter", "Hub")]),
              sheet("b", "2020-03-01", [people["Both"]]), sheet("c", None, [people["Silent"]])]
    built = site_from_sheets(project(tmp_path), sheets)

    def glance(pid: str) -> tuple[str, list[str]]:
        page = (built / f"people/{pid}/index.html").read_text(encoding="utf-8")
        line = re.search(r"</h1>\s*<p>(.*?)</p>", page, re.DOTALL).group(1)
        box = page.split('class="admonition info"')[1].split("</div>")[0]
        return html.unescape(line), [" ".join(html.unescape(re.sub(r"<[^>]+>", "", li)).split())
                                     for li in re.findall(r"<li>(.*?)</li>", box, re.DOTALL)]

    assert glance("both") == ("In 2 articles · 3 statements · 2 disputes", [
        "Statements: 1 quoted and 2 reported", "Disputes: 1 by Both and 1 against",
        "Seen: from 2020-01-01 to 2020-03-01"])
    assert glance("quoter")[1][:2] == ["Statements: 2 quoted", "Disputes: 1 against Quoter"]
    assert glance("reporter")[1][:2] == ["Statements: 1 reported", "Disputes: 1 by Reporter"]
    assert glance("hub") == ("In 1 article · 4 disputes", [
        "Statements: none reported", "Disputes: 2 by Hub and 2 against", "Seen: on 2020-01-01"])
    assert glance("silent") == ("In 1 article", ["Statements and disputes: none reported",
                                                 "Seen: in an undated article"])


def test_a_persons_disputes_stand_under_the_article_that_reports_them_as_statements_do_in_the_built_site(tmp_path):
    """Each dispute on a person's page repeated its article's date and title in a line of six dot-separated
    parts (Donald Trump's page named "Sixteen states sue ..." twice in a row); the article now heads them."""
    from test_render import sheet

    from generator.factsheet import Dispute, Person

    trump, critics = Person("donald-trump", "Donald Trump", ("Trump",)), [Person(f"critic-{c}", f"Critic {c}") for c in "ABC"]
    disputes = [Dispute(f"critic-{c}", f"Critic {c}", "donald-trump", "the plan", "rejected", f"Critic {c} rejected it.")
                for c in "AB"]
    sheets = [sheet("sixteen-states-sue", "2019-02-21", [trump, *critics[:2]], disputes=disputes),
              sheet("later", "2019-03-01", [trump, critics[2]], disputes=[
                  Dispute("critic-C", "Critic C", "donald-trump", "Trump", "denied", "Critic C denied it.")])]
    page = (site_from_sheets(project(tmp_path), sheets) / "people/donald-trump/index.html").read_text(encoding="utf-8")
    against = page.split('id="against-donald-trump"')[1].split('id="people"')[0]
    text = [" ".join(html.unescape(re.sub(r"<[^>]+>", "", p)).split())
            for p in re.findall(r"<(?:p|blockquote)>(.*?)</(?:p|blockquote)>", against, re.DOTALL)]
    assert text == ["2019-03-01 · Later", "Critic C · denied", "Critic C denied it.",
                    "2019-02-21 · Sixteen-States-Sue", "Critic A · rejected · “the plan”", "Critic A rejected it.",
                    "Critic B · rejected · “the plan”", "Critic B rejected it."], text
    assert against.count('href="../../articles/sixteen-states-sue/"') == 1
