"""Rendering: the escaping filter, the people registry, and every page type against golden files."""
from __future__ import annotations

import html
import math
import random
import re
import subprocess
import sys
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import pytest
import yaml

from generator import factsheet
from generator.factsheet import Dispute, FactSheet, Person, Role, Statement, Where
from generator.registry import build_registry, surname_joins
from generator.render import lead, md, render_pages, safe_url
from generator.surnames import filed

ROOT = Path(__file__).resolve().parent.parent
SHEETS = Path(__file__).resolve().parent / "sheets"
GOLDEN = Path(__file__).resolve().parent / "golden"

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "{{ 7*7 }} {% if x %}y{% endif %} {# c #}",
    "[x](javascript:alert(1)) ![i](x.png) <http://evil.example> [ref]: http://x",
    "*a* **b** _c_ __d__ `code` ``e`` | f | \\ back\\slash",
    "# heading", "## h2", "- item", "+ item", "* item", "1. one", "2019. A year", "> quote",
    "!!! note", "    indented code", "---", "***", "===", "```py", "~~~",
    "{: #id .cls onclick=alert(1) }", "*[HTML]: Hyper Text", "[^1]: note", "--8<-- /etc/passwd",
    "&amp; &lt;b&gt; &#60;script&#62; AT&T", 'say "hi" & \'bye\'', "line one\nline two\n\n- list",
    "a  \nhard break", "trailing backslash \\", "</title><script>x</script>", "<!-- comment -->",
]




def visible(fragment: str) -> str:
    """The text a browser shows for HTML made only of the wrapper tags our templates add."""
    return html.unescape(re.sub(r"</?(p|blockquote|td|th|tr|table|thead|tbody|li|ul|em|a[^>]*)>", "", fragment))


CONTEXTS = {
    "paragraph": "{}",
    "blockquote": "> {}",
    "list item": "- {}",
    "emphasis": "*{}*",
    "link text": "[{}](x.md)",
    "table cell": "| A | B |\n| --- | --- |\n| {} | b |",
}


@pytest.mark.parametrize("context", CONTEXTS)
@pytest.mark.parametrize("text", HOSTILE)
def test_md_renders_untrusted_text_as_plain_text(to_html, context, text):
    out = to_html(CONTEXTS[context].format(md(text)))
    assert "<script" not in out and "<img" not in out and "<h" not in out and "<code" not in out
    assert "onclick" not in re.sub(r">[^<]*<", "><", out)  # never inside a tag
    expected = " ".join(text.split())
    if context == "table cell":
        assert html.unescape(re.search(r"<td>(.*?)</td>", out).group(1)) == expected
    else:
        assert visible(out).strip() == expected



def after_front_matter(page: str) -> str:
    """A generated page without its front matter (topic pages carry their search tags in it)."""
    return page.split("---\n\n", 1)[1] if page.startswith("---\n") else page

def test_md_survives_random_punctuation(to_html):
    rng = random.Random(7)
    alphabet = "abc 12.#*_-+!|[](){}<>&\"'`\\~=:^$%@/\n"
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24)))
        expected = " ".join(text.split())
        if not expected:
            continue
        assert visible(to_html("> " + md(text))).strip() == expected, repr(text)


def test_safe_url_keeps_web_links_and_refuses_scripts():
    assert safe_url("https://en.wikinews.org/wiki/A_%27b%27") == "https://en.wikinews.org/wiki/A_%27b%27"
    assert safe_url("https://x.example/a b(c)<d>\"e\"") == "https://x.example/a%20b%28c%29%3Cd%3E%22e%22"
    for bad in ("javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "//x.example", "", None):
        assert safe_url(bad) is None


def test_data_is_never_a_template():
    sheet = FactSheet(id="a", title="{{ 7*7 }}", source="s", paragraphs=("{% include 'x' %} {{ 7*7 }}",),
                      statements=(Statement(None, "{{ x }}", "direct", "said", "{{ 7*7 }}"),))
    page = render_pages([sheet])["articles/a.md"]
    assert "49" not in page
    assert page.count(r"\{\{ 7\*7 \}\}") == 4  # the title, the lead, the statement, the paragraph


def sheet(article_id: str, date: str | None, people: list[Person], statements=(), disputes=()) -> FactSheet:
    return FactSheet(id=article_id, title=article_id.title(), source=f"seeds/{article_id}.txt", date=date,
                     people=tuple(people), statements=tuple(statements), disputes=tuple(disputes),
                     paragraphs=("One.", "Two."))


def test_registry_groups_one_person_across_articles():
    trump_a = Person("donald-trump", "Donald Trump", ("Trump",), (Role("President", "United States"),))
    trump_b = Person("donald-trump", "Donald Trump", (), (Role("former President", "United States"),))
    sheets = [
        sheet("old", "2019-01-07", [trump_a], [Statement("donald-trump", "Trump", "direct", "said", "Old.")]),
        sheet("new", "2025-05-22", [trump_b], [Statement("donald-trump", "he", "indirect", "said", "new")]),
        sheet("undated", None, [trump_b], [Statement("donald-trump", "Trump", "direct", "said", "Undated.")]),
    ]
    (entry,) = build_registry(sheets).people
    assert entry.id == "donald-trump" and entry.other_names == ("Trump",)
    assert [s.statement.text for s in entry.statements] == ["new", "Old.", "Undated."]
    assert [(r.title, [a.id for a in r.articles]) for r in entry.roles] == [
        ("former President", ["new", "undated"]), ("President", ["old"])]
    assert [a.date for a in entry.articles] == ["2025-05-22", "2019-01-07", None]


def test_registry_joins_a_surname_into_the_one_full_name_that_ends_with_it():
    sheets = [
        sheet("a", "2020-01-01", [Person("donald-trump", "Donald Trump")]),
        sheet("b", "2020-01-02", [Person("trump", "Trump"), Person("nancy-pelosi", "Nancy Pelosi")],
              disputes=[Dispute("nancy-pelosi", "Pelosi", "trump", "Trump", "rejected", "Pelosi rejected it.")]),
    ]
    registry = build_registry(sheets)
    assert registry.joined == {"trump": "donald-trump"}
    trump = registry.get("trump")
    assert trump.id == "donald-trump" and trump.name == "Donald Trump"
    assert [a.id for a in trump.articles] == ["b", "a"]
    assert [c.dispute.by for c in trump.disputes_against] == ["nancy-pelosi"]
    assert [c.dispute.target for c in registry.get("nancy-pelosi").disputes_by] == ["trump"]


def test_registry_keeps_an_ambiguous_surname_apart():
    sheets = [sheet("a", None, [Person("george-w-bush", "George W. Bush"), Person("bush", "Bush"),
                                Person("george-h-w-bush", "George H. W. Bush")])]
    assert surname_joins(sheets) == {}
    assert sorted(e.id for e in build_registry(sheets).people) == ["bush", "george-h-w-bush", "george-w-bush"]


def test_page_paths_are_safe_whatever_the_ids():
    people = [Person("../../etc/passwd", "Evil"), Person("index", "Index"), Person("", "Nobody")]
    bad = replace(sheet("../index", None, people), topics=("../../index", "Index", "", "  "))
    pages = render_pages([bad])
    for path in pages:
        assert re.fullmatch(r"(index|corrections|(articles|people|topics)/[a-z0-9-]+)\.md", path), path
    assert {"people/etc-passwd.md", "people/index-page.md", "people/index.md"} <= set(pages)
    assert "articles/index-page.md" in pages
    assert {"topics/index.md", "topics/index-page.md"} <= set(pages)


def test_where_outside_the_article_gets_no_link():
    st = Statement(None, "X", "direct", "said", "Hi.", where=Where(paragraph=9, sentence=0))
    page = render_pages([sheet("a", None, [], [st])])["articles/a.md"]
    assert "#p10" not in page and "(#p" in page  # only the article text's own anchors


def test_render_is_deterministic_and_order_independent():
    sheets = load_sheets()
    assert render_pages(sheets) == render_pages(list(reversed(sheets)))


def test_rendering_never_loads_spacy():
    code = ("import sys; from pathlib import Path; from generator import factsheet, render, site, registry; "
            f"render.render_pages([factsheet.load(p) for p in sorted(Path({str(SHEETS)!r}).glob('*.yml'))]); "
            "assert 'spacy' not in sys.modules, 'spacy imported'")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def load_sheets() -> list[FactSheet]:
    return [factsheet.load(p) for p in sorted(SHEETS.glob("*.yml"))]


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return render_pages(load_sheets())


def test_every_page_has_a_golden_file(pages, update_golden):
    golden = {p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*.md")}
    if update_golden:
        for stale in golden - set(pages):
            (GOLDEN / stale).unlink()
        return
    assert golden == set(pages)


@pytest.mark.parametrize("path", sorted(render_pages(load_sheets())))
def test_page_matches_golden(pages, path, update_golden):
    golden = GOLDEN / path
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(pages[path], encoding="utf-8")
        return
    assert golden.is_file(), f"no golden file; run pytest --update-golden and review {golden}"
    assert pages[path] == golden.read_text(encoding="utf-8")


def test_empty_archive_has_every_index_page():
    pages = render_pages([])
    assert set(pages) == {"index.md", "articles/index.md", "people/index.md", "topics/index.md",
                          "corrections.md"}
    assert "No articles yet" in pages["articles/index.md"] and "No people yet" in pages["people/index.md"]


def test_sentences_split_at_ends_but_not_after_initials_and_titles():
    from generator.sentences import split_sentences

    assert split_sentences('The U.S. House voted. Mr. Smith said "No." Then  3 left!') == [
        "The U.S. House voted.", 'Mr. Smith said "No."', "Then 3 left!"]


def test_each_fact_links_to_the_sentences_it_came_from():
    from generator.sentences import provenance

    para = "Peskov spoke first. He said: “We know. We cannot confirm.” Leavitt disagreed."
    quote = Statement("p", "He", "direct", "said", "We know. We cannot confirm.", Where(0, 1))
    guessed = Statement("p", "He", "direct", "said", "not in the text", Where(0, 2))
    dispute = Dispute("l", "Leavitt", None, "it", "disagreed", "Leavitt disagreed.", Where(0, 3))
    lost = Statement("p", "He", "direct", "said", "x", Where(5, 0))
    found = provenance(replace(sheet("a", None, []), paragraphs=(para,), statements=(quote, guessed, lost),
                               disputes=(dispute,)))
    # The quote spans sentences 2-3 and the fallback's sentence 3 overlaps it: one span for both.
    assert found.anchor(quote) == found.anchor(guessed) == "p1-s2"
    assert found.anchor(dispute) == "p1-s4" and found.anchor(lost) is None
    page = render_pages([replace(sheet("a", None, []), paragraphs=(para,), statements=(quote,))])["articles/a.md"]
    assert '[¶\u00a01](#p1-s2)' in page  # the number never on a line of its own
    assert ('<span class="fs-source" id="p1-s2">He said: “We know. We cannot confirm.”</span> '
            "Leavitt disagreed.") in page


def test_an_acronym_an_article_spells_out_shares_the_topic_of_its_name():
    def tagged(article_id, topics, text):
        return replace(sheet(article_id, "2020-01-01", []), topics=topics, paragraphs=(text,))

    sheets = [tagged("a", ("EU",), "The EU met."), tagged("b", ("European Union",), "The European Union met."),
              tagged("c", ("EU", "European Union"), "The European Union (EU) met."),
              tagged("d", ("AP", "Andhra Pradesh"), "Rain fell in Andhra Pradesh, the AP reported."),
              tagged("e", ("AP", "Arctic Patrol"), "The Arctic Patrol left."), tagged("f", ("UN",), "The UN met."),
              tagged("g", ("United Nations",), "The United Nations met.")]
    pages = render_pages(sheets)
    union = pages["topics/european-union.md"]
    assert after_front_matter(union).startswith("# European Union") and all(f"(../articles/{a}.md)" in union for a in "abc")
    assert "topics/eu.md" not in pages and "[European Union](" in pages["articles/a.md"]
    assert "topics/ap.md" in pages  # two names fit "AP": which one is not for the page to guess
    assert "topics/un.md" in pages  # no article writes both "UN" and "United Nations"


def test_an_acronym_topic_takes_the_name_its_article_spells_out_and_a_bare_one_stays():
    def tagged(article_id, topics, text):
        return replace(sheet(article_id, "2020-01-01", []), topics=topics, paragraphs=(text,))

    # As the archive writes them: the name before the acronym, or after it; "PKK"'s name has other
    # initials, and "NATO" is never spelled out: both stay as written.
    sheets = [tagged("a", ("NTSB",), "The National Transportation Safety Board (NTSB) said so."),
              tagged("b", ("NTSB",), "The NTSB met."),
              tagged("c", ("AEW",), "He joined AEW (All Elite Wrestling) in 2019."),
              tagged("d", ("SDF",), "The Kurdish-led Syrian Democratic Forces (SDF) withdrew."),
              tagged("e", ("PKK", "NATO"), "The Kurdistan Workers' Party (PKK) and NATO."),
              tagged("f", ("EVL",), "The Evil <script>Vile League (EVL) met.")]
    pages = render_pages(sheets)
    board = pages["topics/national-transportation-safety-board.md"]
    assert after_front_matter(board).startswith("# National Transportation Safety Board\n") and "(../articles/b.md)" in board
    assert "[National Transportation Safety Board](../topics/national-transportation-safety-board.md)" in (
        pages["articles/b.md"])
    assert after_front_matter(pages["topics/all-elite-wrestling.md"]).startswith("# All Elite Wrestling\n")
    assert after_front_matter(pages["topics/syrian-democratic-forces.md"]).startswith("# Syrian Democratic Forces\n")
    assert "topics/pkk.md" in pages and "topics/nato.md" in pages and "topics/ntsb.md" not in pages
    assert "topics/evl.md" in pages  # "<script>Vile" is no capitalised word: nothing spells "EVL" out


def test_a_clipped_house_name_shares_the_page_of_the_name_the_news_writes():
    sheets = [replace(sheet("a", "2020-01-01", []), topics=("United States House",)),
              replace(sheet("b", "2020-01-02", []), topics=("United States House of Representatives",)),
              replace(sheet("c", "2020-01-03", []), topics=("House of the United States",))]
    pages = render_pages(sheets)
    house = pages["topics/united-states-house-of-representatives.md"]
    assert after_front_matter(house).startswith("# United States House of Representatives\n")
    assert all(f"(../articles/{a}.md)" in house for a in "abc") and "topics/united-states-house.md" not in pages
    assert "topics/house-of-the-united-states.md" not in pages  # the extractor's "House" of the one country


def test_an_institution_named_both_ways_round_has_one_page_under_the_of_form():
    # Fact sheets extracted before the extractor named institutions "<institution> of <place>".
    sheets = [replace(sheet("a", "2020-01-01", []), topics=("United States Senate",)),
              replace(sheet("b", "2020-01-02", []), topics=("United States Senate",)),
              replace(sheet("c", "2020-01-03", []), topics=("Senate of the United States",)),
              replace(sheet("d", "2020-01-04", []), topics=("University of Iowa", "Iowa State"))]
    pages = render_pages(sheets)
    senate = pages["topics/senate-of-the-united-states.md"]
    assert after_front_matter(senate).startswith("# Senate of the United States\n")
    assert all(f"(../articles/{a}.md)" in senate for a in "abc") and "topics/united-states-senate.md" not in pages
    assert "[Senate of the United States](../topics/senate-of-the-united-states.md)" in pages["articles/a.md"]
    # Only a name turned round joins: "Iowa State" is not "University of Iowa".
    assert "topics/university-of-iowa.md" in pages and "topics/iowa-state.md" in pages


def test_a_countrys_short_forms_share_the_page_of_its_full_name():
    def tagged(article_id, *topics):
        return replace(sheet(article_id, f"2020-01-0{article_id}", []), topics=topics)

    # No article writes two of the names: the country table joins them, not the archive's evidence.
    sheets = [tagged("1", "Britain"), tagged("2", "UK"), tagged("3", "U.K."), tagged("4", "England"),
              tagged("5", "US"), tagged("6", "America"), tagged("7", "Great Britain", "United Kingdom")]
    pages = render_pages(sheets)
    kingdom = pages["topics/united-kingdom.md"]
    assert after_front_matter(kingdom).startswith("# United Kingdom") and all(f"(../articles/{a}.md)" in kingdom for a in "1237")
    assert not {"topics/britain.md", "topics/uk.md", "topics/u-k.md", "topics/great-britain.md"} & pages.keys()
    assert "(../articles/4.md)" not in kingdom and "topics/england.md" in pages  # a country of its own
    assert "# United States" in pages["topics/united-states.md"] and "topics/us.md" not in pages
    # The chip on a fact sheet that says "Britain" names the page; a listing counts the page once.
    assert "[United Kingdom](../topics/united-kingdom.md)" in pages["articles/1.md"]
    assert "[United Kingdom](../topics/united-kingdom.md) | 4 |" in pages["topics/index.md"]
    # Fact sheets tagged with two spellings are related through the one page they share.
    assert "[3](../articles/3.md) · topics: United Kingdom\n" in pages["articles/1.md"]


def test_a_topic_lists_its_fact_sheets_newest_first_with_date_and_people():
    pelosi, trump = Person("nancy-pelosi", "Nancy Pelosi"), Person("donald-trump", "Donald Trump")
    extras = [Person(f"p{n}-x", f"P{n} X") for n in range(3)]
    sheets = [replace(sheet("older", "2019-01-07", [pelosi]), topics=("Congress",)),
              replace(sheet("undated", None, [pelosi]), topics=("congress",)),
              replace(sheet("newer", "2020-03-01", [*extras, trump],
                            [Statement("donald-trump", "Trump", "direct", "said", "Hi.")]), topics=("Congress",))]
    page = render_pages(sheets)["topics/congress.md"]
    rows = [line for line in page.splitlines() if line.startswith("| ") and "](../articles/" in line]
    assert [r.split(" | ")[0] for r in rows] == [
        '| <span class="fs-date">2020-03-01</span>', '| <span class="fs-date">2019-01-07</span>', "| undated"]
    # The one quoted comes first, then as the article names them, three at most.
    assert "[Donald Trump](../people/donald-trump.md), [P0 X](../people/p0-x.md), [P1 X](../people/p1-x.md)" \
        " and 1 more |" in rows[0]
    assert "material/tags" not in page and "newest first" in page


def test_each_dispute_says_its_cue_and_target_once():
    mitsotakis, trump = Person("kyriakos-mitsotakis", "Kyriakos Mitsotakis"), Person("donald-trump", "Donald Trump",
                                                                                     ("Trump",))
    disputes = [
        # A quote that disputes in its own words: the cue is one of them, the target is the quote.
        Dispute("kyriakos-mitsotakis", "He", None, "null and void", "null and void", "He called it \"null and void\"."),
        Dispute("kyriakos-mitsotakis", "He", None, "It is false and wrong.", "false", "He said \"It is false and wrong.\""),
        Dispute("kyriakos-mitsotakis", "Mitsotakis", "donald-trump", "Trump", "slammed", "Mitsotakis slammed Trump."),
        Dispute("kyriakos-mitsotakis", "Mitsotakis", "donald-trump", "him", "accused", "Mitsotakis accused him."),
    ]
    home = render_pages([sheet("a", "2020-01-10", [mitsotakis, trump], disputes=disputes)])["index.md"]
    assert "**2020-01-10 · [A](articles/a.md)**\n\n- " in home  # the article once, its disputes under it
    lines = [line + " ·" for line in home.splitlines() if line.startswith("- [Kyriakos Mitsotakis]")]
    assert lines[0].endswith("· *“null and void”* ·") and lines[0].count("null and void") == 1
    assert lines[1].endswith("· *“false”* ·") and "It is false" not in lines[1]
    assert lines[2].endswith("· *slammed* · [Donald Trump](people/donald-trump.md) ·")
    assert lines[3].endswith("· *accused* · [Donald Trump](people/donald-trump.md) (“him”) ·")


def test_articles_index_groups_by_month_newest_first_with_a_jump_bar():
    sheets = [replace(sheet(name, date, []), outlet="Wikinews")
              for name, date in (("a", "2020-12-28"), ("b", "2019-01-07"), ("c", "2020-12-01"),
                                 ("d", "2020-02-29"), ("e", None), ("f", "2018"), ("g", "soon"))]
    page = render_pages(sheets)["articles/index.md"]
    assert re.findall(r"^## (.*)$", page, re.MULTILINE) == [
        "December 2020", "February 2020", "January 2019", "2018", "Other dates", "Undated"]
    assert "- **2020:** [Dec](#december-2020) · [Feb](#february-2020)\n- **2019:** [Jan](#january-2019)\n" in page
    assert page.index("[A](") < page.index("[C](")  # newest first within the month
    assert "Outlet" not in page  # the same outlet on every row says nothing


def test_a_person_page_merges_roles_spelled_alike_and_links_a_few_articles_a_role():
    def trump(role: Role) -> Person:
        return Person("donald-trump", "Donald Trump", (), (role,))
    sheets = [sheet(f"a{n}", f"2020-0{n}-01", [trump(Role("President", "United States"))]) for n in range(1, 6)]
    sheets += [sheet("b", "2020-06-01", [trump(Role("president", "united states"))]),
               sheet("c", "2019-01-01", [trump(Role("Vice-President", None))]),
               sheet("d", "2018-01-01", [trump(Role("vice president", None))])]
    page = render_pages(sheets)["people/donald-trump.md"]
    assert '(<span class="fs-date">2020-06-01</span>)' in page  # kept on one line
    rows = [re.sub(r"</?span[^>]*>", "", line) for line in page.splitlines()
            if line.startswith("| ") and "](../articles/" in line]
    assert len(rows) == 2 and page.count("(and 1 other role)") == 1
    assert rows[0].startswith("| President | United States | [B](../articles/b.md) (2020-06-01); [A5]")
    # The articles it only counts are a link away: the page's list, each article with the role it gives.
    assert rows[0].endswith("[A4](../articles/a4.md) (2020-04-01) and [3 earlier articles](#articles), "
                            "the first on [2020-01-01](../articles/a1.md) |")
    listed = page.split("\n## Articles\n")[1]
    assert "- 2020-03-01 · [A3](../articles/a3.md) · as President, United States\n" in listed
    assert "- 2018-01-01 · [D](../articles/d.md) · as Vice-President\n" in listed
    assert rows[1].startswith("| Vice-President | — | [C](../articles/c.md) (2019-01-01); [D]")
    assert "jobTitle:\n  - President, United States\n  - Vice-President\n" in page


def presidents() -> list[FactSheet]:
    """Articles that give Trump "President" with and without the country, and two presidents of one
    title in two countries beside a third article giving that title alone."""
    def one(pid: str, name: str, *roles: Role) -> Person:
        return Person(pid, name, (), roles)
    return [sheet("a", "2020-03-01", [one("donald-trump", "Donald Trump", Role("President", None)),
                                       one("ana-silva", "Ana Silva", Role("President", None))]),
            sheet("b", "2020-02-01", [one("donald-trump", "Donald Trump", Role("President", "United States")),
                                       one("ana-silva", "Ana Silva", Role("President", "France"))]),
            sheet("c", "2020-01-01", [one("donald-trump", "Donald Trump", Role("former president", None),
                                          Role("president", None)),
                                       one("ana-silva", "Ana Silva", Role("President", "Mali"))])]


def _role_rows(page: str) -> list[str]:
    table = page.split("\n## Roles\n")[1].split("\n## ")[0]
    return [re.sub(r" \(<span[^)]*\)", "", line) for line in table.splitlines() if "](../articles/" in line]


def test_a_bare_title_joins_its_one_qualified_variant_and_keeps_what_each_article_said():
    pages = render_pages(presidents())
    trump = pages["people/donald-trump.md"]
    assert _role_rows(trump) == [
        "| President | United States | [A](../articles/a.md); [B](../articles/b.md); [C](../articles/c.md) |",
        "| former president | — | [C](../articles/c.md) |"]
    assert trump.startswith("---") and "\nPresident, United States (and 1 other role) · " in trump
    assert "jobTitle:\n  - President, United States\n  - former president\n" in trump
    listed = trump.split("\n## Articles\n")[1]  # each article still says the role it gave
    assert "[A](../articles/a.md) · as President\n" in listed
    assert "[C](../articles/c.md) · as President; former president\n" in listed  # spelled as A spells it
    assert "[Donald **Trump**](../people/donald-trump.md) | President, United States |" in pages["people/index.md"]
    # Two qualified variants: which one a bare "President" means is not for the page to guess.
    assert [row.split(" | [")[0] for row in _role_rows(pages["people/ana-silva.md"])] == [
        "| President | —", "| President | France", "| President | Mali"]
    assert "| President | — |" in pages["articles/a.md"]  # the fact sheet shows the article's own words


def test_a_dispute_star_with_many_spokes_keeps_its_labels_apart():
    from generator.graph import FONT, Edge, Graph, Node, svg

    hub = Node("hub", "Donald Trump", "hub")
    spokes = [Node(f"p{n}", f"Person Number {n:02}", f"p{n}") for n in range(14)]
    drawn = svg(Graph((hub, *spokes), tuple(Edge(s.key, "hub", 1) for s in spokes)), lambda pid: pid, "t")
    boxes = []
    for x, y, anchor, text in re.findall(r'<text x="([\d.-]+)" y="([\d.-]+)" text-anchor="(\w+)"[^>]*>([^<]*)</text>',
                                         drawn):
        width = 0.6 * FONT * len(text)  # a generous average glyph width
        left = float(x) - {"start": 0, "middle": width / 2, "end": width}[anchor]
        boxes.append((left, float(y) - FONT, left + width, float(y)))
    assert len(boxes) == 15
    for n, a in enumerate(boxes):
        for b in boxes[n + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)
    view = re.search(r'viewBox="0 0 (\d+) (\d+)"', drawn)
    assert all(0 <= box[0] and box[2] <= int(view.group(1)) for box in boxes)


@pytest.mark.parametrize("spokes", [3, 9])
def test_no_arrow_strikes_through_the_name_of_the_person_it_points_at(spokes):
    from generator.graph import Edge, Graph, Node, svg

    hub = Node("hub", "Donald Trump", "hub")
    others = [Node(f"p{n}", f"Person {n}", f"p{n}") for n in range(spokes)]
    edges = [Edge(o.key, "hub", 1) for o in others] + [Edge("hub", "p0", 2)]
    drawn = svg(Graph((hub, *others), tuple(edges)), lambda pid: pid, "t")
    (name,) = [b for b, text in zip(_label_boxes(drawn), re.findall(r'text-anchor="\w+"[^>]*>([^<]*)</text>', drawn))
               if text == "Donald Trump"]
    lines = [[float(v) for v in line] for line in re.findall(
        r'<line x1="([\d.-]+)" y1="([\d.-]+)" x2="([\d.-]+)" y2="([\d.-]+)"', drawn)]
    assert len(lines) == spokes + 1
    for x1, y1, x2, y2 in lines:  # sampled along the line: no point inside the name's box
        points = [(x1 + (x2 - x1) * t / 50, y1 + (y2 - y1) * t / 50) for t in range(51)]
        assert not any(name[0] < x < name[2] and name[1] < y < name[3] for x, y in points), (x1, y1, x2, y2)


def _crossings(drawn: str) -> int:
    """How many pairs of arrows in a wide picture cross each other (ends that meet do not count)."""
    lines = [[float(v) for v in line] for line in re.findall(
        r'<line x1="([\d.-]+)" y1="([\d.-]+)" x2="([\d.-]+)" y2="([\d.-]+)"', drawn)]
    count = 0
    for n, (x1, y1, x2, y2) in enumerate(lines):
        for x3, y3, x4, y4 in lines[n + 1:]:
            d = (x2 - x1) * (y4 - y3) - (y2 - y1) * (x4 - x3)
            if abs(d) > 1e-9:
                t = ((x3 - x1) * (y4 - y3) - (y3 - y1) * (x4 - x3)) / d
                u = ((x3 - x1) * (y2 - y1) - (y3 - y1) * (x2 - x1)) / d
                count += 0.02 < t < 0.98 and 0.02 < u < 0.98
    return count


def test_two_around_a_hub_who_dispute_each_other_sit_side_by_side_and_no_arrows_cross():
    """The archive's biggest group: many dispute the hub, and some of them one another, or someone the
    hub has no dispute with. In the spokes' order (most linked first, then A-Z) those arrows crossed the
    whole star (4 crossings on corpus-open's home page); spokes linked to each other now go round the hub
    side by side, so each such arrow is a short chord at the rim."""
    from generator.graph import Edge, Graph, Node, svg

    names = ["Donald Trump", "John Bolton", "Joe Biden", "Democrats", "Stormy Daniels", "The administration",
             "Unnamed source", "Xavier Becerra", "attorneys"]
    nodes = tuple(Node(name.casefold().replace(" ", "-"), name, None) for name in names)
    key = {n.label: n.key for n in nodes}
    edges = [("John Bolton", "Donald Trump"), ("Donald Trump", "John Bolton"), ("Xavier Becerra", "Donald Trump"),
             ("Stormy Daniels", "Donald Trump"), ("attorneys", "Donald Trump"), ("Unnamed source", "Donald Trump"),
             ("The administration", "John Bolton"), ("Democrats", "John Bolton"), ("Unnamed source", "Joe Biden")]
    drawn = svg(Graph(nodes, tuple(Edge(key[a], key[b], 1) for a, b in edges)), lambda pid: pid, "t")
    assert _crossings(drawn) == 0
    hub = re.search(r'<circle cx="([\d.-]+)" cy="([\d.-]+)"[^>]*/><text[^>]*>Donald Trump</text>', drawn)
    for x1, y1, x2, y2 in ([float(v) for v in line] for line in re.findall(
            r'<title>(?!Donald Trump|[^<]* disputes Donald Trump)[^<]*</title><line x1="([\d.-]+)" y1="([\d.-]+)" '
            r'x2="([\d.-]+)" y2="([\d.-]+)"', drawn)):
        middle = ((x1 + x2) / 2, (y1 + y2) / 2)  # an arrow between spokes keeps out at the rim
        assert math.dist(middle, (float(hub.group(1)), float(hub.group(2)))) > 60, (x1, y1, x2, y2)


def _label_boxes(drawn: str) -> list[tuple[float, float, float, float]]:
    from generator.graph import FONT

    boxes = []
    for x, y, anchor, text in re.findall(r'<text x="([\d.-]+)" y="([\d.-]+)" text-anchor="(\w+)"[^>]*>([^<]*)</text>',
                                         drawn):
        width = 0.6 * FONT * len(html.unescape(text))  # a generous average glyph width
        left = float(x) - {"start": 0, "middle": width / 2, "end": width}[anchor]
        boxes.append((left, float(y) - FONT, left + width, float(y)))
    return boxes


def test_many_small_disputes_make_a_compact_picture_of_one_line_each():
    from generator.graph import Edge, Graph, Node, svg

    trump = Node("trump", "Donald Trump", "trump")
    star = [Node(f"s{n}", f"Spoke Person {n}", f"s{n}") for n in range(7)]
    pairs = [(Node(f"~a{n}/unnamed source", "Unnamed source", None), Node(f"t{n}", f"Target Number {n:02}", f"t{n}"))
             for n in range(12)]
    chain = [Node("critics", "his critics", None), Node("jb", "Jair Bolsonaro", "jb"), Node("em", "Emmanuel Macron", "em")]
    edges = ([Edge(s.key, "trump", 1) for s in star] + [Edge(a.key, b.key, 1) for a, b in pairs]
             + [Edge("critics", "jb", 1), Edge("jb", "em", 1)])
    nodes = (trump, *star, *[n for pair in pairs for n in pair], *chain)
    drawn = svg(Graph(nodes, tuple(edges)), lambda pid: pid, "t")
    width, height = (int(v) for v in re.search(r'viewBox="0 0 (\d+) (\d+)"', drawn).groups())
    # The old layout gave the chain a 310px cell and each pair 100px: 1,410px in all; then each pair
    # a 36px row.
    assert width <= 700 and height <= 300 + 60 + 12 * 26, height
    circles = [(float(x), float(y)) for x, y in re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)"', drawn)]
    linked = {key: (float(x), float(y)) for key, x, y in re.findall(
        r'href="(\w+)">(?:<title>[^<]*</title>)?<circle cx="([\d.]+)" cy="([\d.]+)"', drawn)}
    assert len(set(circles)) == len(nodes)
    for _, target in pairs:  # each pair reads as a line of text: who disputes, an arrow, whom
        x, y = linked[target.key]
        assert sorted(c for c in circles if c[1] == y) == [(pytest.approx(x - 100), y), (x, y)]
    assert len({linked[target.key][0] for _, target in pairs}) == 1  # one under the other, arrows aligned
    lines = sorted(linked[target.key][1] for _, target in pairs)
    assert {b - a for a, b in pairwise(lines)} == {26}  # as close as lines of a table, not a row each
    boxes = _label_boxes(drawn)
    assert len(boxes) == len(nodes)
    for n, a in enumerate(boxes):
        assert 0 <= a[0] and a[2] <= width and 0 <= a[1] and a[3] <= height, a
        for b in boxes[n + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)


def test_on_a_phone_the_picture_is_a_column_of_names_that_fits_the_screen():
    from generator.graph import NODE_R, ROW, SLOT, Edge, Graph, Node, narrow_svg

    trump = Node("trump", "Donald Trump", "trump")
    star = [Node(f"s{n}", f"Spoke Person With A Long Name {n}", f"s{n}") for n in range(9)]
    pairs = [(Node(f"~a{n}/unnamed source", "Unnamed source", None), Node(f"t{n}", f"Target {n}", f"t{n}"))
             for n in range(3)]
    edges = ([Edge(s.key, "trump", 1) for s in star[1:]] + [Edge("trump", "s0", 4), Edge("s0", "trump", 2)]
             + [Edge(a.key, b.key, 1) for a, b in pairs])
    nodes = (trump, *star, *[n for pair in pairs for n in pair])
    drawn = narrow_svg(Graph(nodes, tuple(edges)), lambda pid: f"../{pid}/", "t", focus="trump")
    width, height = (int(v) for v in re.search(r'viewBox="0 0 (\d+) (\d+)"', drawn).groups())
    assert width <= 358  # a 390px phone's column, at the drawing's own size: 14px names
    circles = _marks(drawn)
    assert len(circles) == len(nodes) and len({x for x, _ in circles}) == 1  # one column
    rows = sorted(y for _, y in circles)
    assert min(b - a for a, b in pairwise(rows)) >= 20  # a name a row, never two on one
    assert rows.index(circles[0][1]) == 4  # the hub, drawn first, amid its nine spokes
    boxes = _label_boxes(drawn)
    for n, a in enumerate(boxes):
        assert 0 <= a[0] and a[2] <= width and 0 <= a[1] and a[3] <= height, a
        for b in boxes[n + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)
    assert drawn.count('marker-end="url(#fs-arrow-narrow)"') == len(edges)  # an arrow a dispute
    assert {t for t in re.findall(r">×(\d)<", drawn)} == {"4", "2"}
    arcs = [[float(v) for v in arc] for arc in re.findall(r'd="M ([\d.]+) ([\d.]+) C ([\d.]+) [\d.]+ [\d.]+ ([\d.]+)', drawn)]
    for x, y in re.findall(r'<text x="([\d.]+)" y="([\d.]+)" text-anchor="end"[^>]*>×', drawn):
        middle = float(y) - 5
        crossing = [0.25 * side + 0.75 * bend for side, start, bend, end in arcs if min(start, end) <= middle <= max(start, end)]
        assert float(x) <= min(crossing), (x, y)  # a count is written outside the arrows, not over them
    target = float(re.search(r'href="../t0/">(?:<title>[^<]*</title>)?<circle cx="[\d.]+" cy="([\d.]+)"', drawn).group(1))
    assert target - ROW in rows and target + ROW not in rows  # a pair reads down: who disputes, then whom
    # The hub's ten arrow ends (eight spokes, and the two ways between it and s0) do not meet in one
    # knot: each lands at a point of its own, a slot apart, along the edge of the hub's capsule.
    top, height = (float(v) for v in re.search(r'<rect x="[\d.]+" y="([\d.]+)" width="18" height="([\d.]+)"', drawn).groups())
    hub_x = circles[0][0]
    ends = sorted(y for x, y in _arc_ends(drawn) if abs(x - (hub_x - NODE_R - 3)) < 0.1 and top <= y <= top + height)
    assert len(ends) == 10 and min(b - a for a, b in pairwise(ends)) >= SLOT, ends


def _marks(drawn: str) -> list[tuple[float, float]]:
    """The centre of each name's mark in a drawing, in order: a circle, or a capsule (a rect)."""
    found = re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)"|<rect x="([\d.]+)" y="([\d.]+)" width="(\d+)" '
                       r'height="([\d.]+)"', drawn)
    return [(float(cx), float(cy)) if cx else (float(x) + float(w) / 2, float(y) + float(h) / 2)
            for cx, cy, x, y, w, h in found]


def _arc_ends(drawn: str) -> list[tuple[float, float]]:
    """Both ends of every arrow of the column for phones."""
    ends = []
    for x0, y0, x1, y1 in re.findall(r'd="M ([\d.]+) ([\d.]+) C [\d.]+ [\d.]+ [\d.]+ [\d.]+ ([\d.]+) ([\d.]+)"', drawn):
        ends += [(float(x0), float(y0)), (float(x1), float(y1))]
    return ends


def test_a_party_that_is_no_person_belongs_to_its_own_article():
    from generator.graph import dispute_graph

    people = [Person("ana", "Ana Silva"), Person("ben", "Ben Costa")]
    sheets = [sheet(name, "2020-01-01", people, disputes=[
                  Dispute(None, "", target, "x", "denied", "It was denied."),
                  Dispute(None, "attorneys", target, "x", "rejected", "Attorneys rejected it.")])
              for name, target in (("a", "ana"), ("b", "ben"))]
    graph = dispute_graph(sheets, build_registry(sheets))
    parties = [n for n in graph.nodes if n.person is None]
    assert sorted(n.label for n in parties) == ["Unnamed source", "Unnamed source", "attorneys", "attorneys"]
    assert {n.key for n in graph.around("ana").nodes} == {"ana", "~a/unnamed source", "~a/attorneys"}


def test_a_person_in_many_topics_links_the_most_shared_and_counts_the_rest():
    pelosi = Person("nancy-pelosi", "Nancy Pelosi", ("Pelosi",))
    sheets = [replace(sheet(f"a{n}", "2020-01-01", [pelosi]), topics=(f"Topic {n:02}", "Congress"))
              for n in range(25)]
    topics = render_pages(sheets)["people/nancy-pelosi.md"].split("## Topics")[1].split("## Articles")[0]
    assert topics.strip().startswith("[Congress](../topics/congress.md) (25) · [Topic 00]")
    assert topics.count("](../topics/") == 20 and topics.strip().endswith("(1) · and 6 other topics")


def test_two_people_disputing_each_other_get_two_arrows_and_two_counts_apart():
    from generator.graph import Edge, Graph, Node, svg

    nodes = (Node("a", "A", "a"), Node("b", "B", "b"), Node("c", "C", "c"))
    drawn = svg(Graph(nodes, (Edge("a", "b", 2), Edge("b", "a", 3), Edge("a", "c", 1))), lambda pid: pid, "t")
    lines = re.findall(r'<line x1="([\d.-]+)" y1="([\d.-]+)" x2="([\d.-]+)" y2="([\d.-]+)"', drawn)
    there, back = ([float(v) for v in line] for line in lines[:2])
    assert there != back[2:] + back[:2]  # not one line drawn twice
    counts = {t: (float(x), float(y)) for x, y, t in re.findall(r'<text x="([\d.-]+)" y="([\d.-]+)"[^>]*>×(\d)<', drawn)}
    assert set(counts) == {"2", "3"} and math.dist(counts["2"], counts["3"]) > 20


def test_a_persons_own_page_does_not_name_them_on_each_of_their_disputes():
    trump, pelosi = Person("donald-trump", "Donald Trump", ("Trump",)), Person("nancy-pelosi", "Nancy Pelosi", ("Pelosi",))
    disputes = [Dispute("donald-trump", "The president", "nancy-pelosi", "Pelosi", "attacked", "He attacked Pelosi."),
                Dispute("nancy-pelosi", "Pelosi", "donald-trump", "the President's plan", "rejected", "She rejected it."),
                Dispute("nancy-pelosi", "Pelosi", "donald-trump", "Trump", "slammed", "Pelosi slammed Trump.")]
    pages = render_pages([replace(sheet("a", "2020-01-10", [trump, pelosi], disputes=disputes), topics=("Congress",))])
    mine = pages["people/donald-trump.md"]
    by, against = mine.split("### By Donald Trump")[1].split("### Against Donald Trump")
    against = against.split("## People")[0]
    assert "\n*attacked* · [Nancy Pelosi](../people/nancy-pelosi.md)\n" in by
    assert "\n[Nancy Pelosi](../people/nancy-pelosi.md) · *rejected* · “the President's plan”\n" in against
    assert "\n[Nancy Pelosi](../people/nancy-pelosi.md) · *slammed*\n" in against
    # As his statements are: under the article that reports them, which is named once, not on each.
    assert against.count("**2020-01-10 · [A](../articles/a.md)**") == 1 and against.count("[A]") == 1
    assert against.index("[A]") < against.index("*rejected*") < against.index("*slammed*")
    assert "people/donald-trump.md" not in by + against and "The president" not in by
    # Pages that are not his still say who disputes whom.
    theirs = pages["people/nancy-pelosi.md"].split("### Against Nancy Pelosi")[1]
    assert "\n[Donald Trump](../people/donald-trump.md) (as “The president”) · *attacked*\n" in theirs
    for page in (pages["topics/congress.md"], pages["articles/a.md"]):
        assert "[Donald Trump](../people/donald-trump.md) (as “The president”) · *attacked* · " \
               "[Nancy Pelosi](../people/nancy-pelosi.md)" in page
        assert "[Nancy Pelosi](../people/nancy-pelosi.md) · *rejected* · [Donald Trump](../people/donald-trump.md)" \
               " (“the President's plan”)" in page


def topic_with_disputes(counts: dict[str, int]) -> list[FactSheet]:
    """Fact sheets tagged "Congress", article `name` dated 2020-01-<day> holding `n` disputes."""
    pelosi = Person("nancy-pelosi", "Nancy Pelosi", ("Pelosi",))
    return [replace(sheet(name, f"2020-01-{day:02}", [pelosi], disputes=[
                Dispute("nancy-pelosi", "Pelosi", None, f"{name} claim {k}", "rejected", f"Pelosi rejected it ({k}).")
                for k in range(n)]), topics=("Congress",))
            for day, (name, n) in enumerate(counts.items(), start=1)]


def test_a_topic_page_shows_its_newest_disputes_and_leads_to_a_page_of_all():
    pages = render_pages(topic_with_disputes({"old": 3, "mid": 5, "new": 4}))
    section = pages["topics/congress.md"].split("## Disputes")[1]
    claims = re.findall(r"^- .*· (\w+ claim \d)$", section, re.MULTILINE)
    assert claims == [f"new claim {k}" for k in range(4)] + [f"mid claim {k}" for k in range(5)] + ["old claim 0"]
    assert section.index("**2020-01-03 · [New](../articles/new.md)**") < section.index("**2020-01-02 · [Mid]")
    assert section.count("[Mid](../articles/mid.md)") == 1  # the article once, above its disputes
    assert "The 10 newest of 12" in section
    assert "**[2 more disputes →](congress/disputes.md)** All 12, newest first" in section
    every = pages["topics/congress/disputes.md"]
    assert every.startswith("---\nsearch:\n  boost: 0.5\n---\n\n# Disputes: Congress\n\n12 disputes in the fact sheets tagged [Congress](../../topics/congress.md)")
    assert re.findall(r"^- .*· (\w+ claim \d)$", every, re.MULTILINE) == claims + ["old claim 1", "old claim 2"]
    assert "](../../articles/old.md)" in every and "](../../people/nancy-pelosi.md)" in every


def test_a_topic_page_lists_its_newest_fact_sheets_and_leads_to_a_page_of_all():
    pages = render_pages(topic_with_disputes({f"a{n:02}": 0 for n in range(25)}))
    listing = pages["topics/congress.md"].split("## Fact sheets")[1].split("## Most quoted people")[0]
    rows = re.findall(r'^\| <span class="fs-date">(2020-01-\d\d)</span> \| \[(A\d\d)\]', listing, re.MULTILINE)
    assert rows == [(f"2020-01-{d:02}", f"A{d - 1:02}") for d in range(25, 15, -1)]  # the 10 newest
    assert "The 10 newest of 25." in listing
    assert "**[15 more fact sheets →](congress/articles.md)** All 25, newest first" in listing
    every = pages["topics/congress/articles.md"]
    assert every.startswith("---\nsearch:\n  boost: 0.5\n---\n\n# Fact sheets: Congress\n\n25 fact sheets tagged [Congress](../../topics/congress.md)")
    assert re.findall(r"^\| <span class=\"fs-date\">2020-01-\d\d</span> \| \[(A\d\d)\]\(\.\./\.\./articles/a\d\d\.md\)",
                      every, re.MULTILINE) == [f"A{n:02}" for n in range(24, -1, -1)]
    assert "](../../people/nancy-pelosi.md)" in every
    one_more = render_pages(topic_with_disputes({f"a{n:02}": 0 for n in range(11)}))["topics/congress.md"]
    assert "**[1 more fact sheet →](congress/articles.md)**" in one_more
    ten = render_pages(topic_with_disputes({f"a{n:02}": 0 for n in range(10)}))
    assert "more fact sheet" not in ten["topics/congress.md"] and "topics/congress/articles.md" not in ten


def test_a_topic_with_few_disputes_lists_them_all_with_no_page_of_its_own():
    pages = render_pages(topic_with_disputes({"old": 4, "new": 6}))
    section = pages["topics/congress.md"].split("## Disputes")[1]
    assert len(re.findall(r"^- ", section, re.MULTILINE)) == 10
    assert "more disputes" not in section and "newest of" not in section
    assert not any(path.startswith("topics/congress/") for path in pages)


def test_a_person_with_no_dispute_gets_one_line_not_three_empty_headings():
    pages = render_pages(topic_with_disputes({"a": 1}) + [sheet("b", "2020-02-01", [Person("zoe", "Zoe")])])
    zoe = pages["people/zoe.md"]
    assert "## Disputes\n\nNo disputes by or against Zoe reported.\n\n## People\n\n### Appears with" in zoe
    assert "### By Zoe" not in zoe and "Disputes most with" not in zoe
    pelosi = pages["people/nancy-pelosi.md"]  # one dispute, with nobody named: both sides, and why no table
    assert "### By Nancy Pelosi" in pelosi and "### Against Nancy Pelosi\n\nNone reported." in pelosi
    assert "### Disputes most with\n\nNo disputes with a named counterpart reported." in pelosi


def test_a_topic_with_a_long_list_of_fact_sheets_says_what_is_below_it():
    short = render_pages(topic_with_disputes({f"a{n}": 1 for n in range(10)}))["topics/congress.md"]
    long = render_pages(topic_with_disputes({f"a{n}": 1 for n in range(11)}))["topics/congress.md"]
    assert "Below the fact sheets" not in short
    jump = "Below the fact sheets: [most quoted people](#most-quoted-people) · [disputes](#disputes)\n"
    assert long.index(jump) < long.index("## Fact sheets")
    assert "\n## Most quoted people\n" in long and "\n## Disputes\n" in long  # the ids the links name


def test_related_fact_sheets_sharing_topics_are_one_list_item_each():
    pelosi = Person("nancy-pelosi", "Nancy Pelosi")
    sheets = [replace(sheet(name, f"2020-01-0{n}", [pelosi] if n < 3 else []), topics=("Congress", "House"))
              for n, name in enumerate(("a", "b", "c", "d"), start=1)]
    related = render_pages(sheets)["articles/a.md"].split("## Related fact sheets")[1].split("## Article text")[0]
    assert related.strip().splitlines() == [
        "- 2020-01-02 · [B](../articles/b.md) · people: Nancy Pelosi · topics: Congress, House",
        "- 2020-01-04 · [D](../articles/d.md) · topics: Congress, House",
        "- 2020-01-03 · [C](../articles/c.md) · topics: Congress, House"]


def test_a_topics_disputes_page_path_is_safe_whatever_the_topic():
    sheets = [replace(s, topics=("../../Index",)) for s in topic_with_disputes({"a": 11})]
    pages = render_pages(sheets)
    assert "topics/index-page/disputes.md" in pages
    assert "](index-page/disputes.md)" in pages["topics/index-page.md"]
    assert all(re.fullmatch(r"(index|corrections|(articles|people|topics)/[a-z0-9-]+(/disputes)?)\.md", p)
               for p in pages)


def test_a_fact_sheet_leads_with_its_articles_opening_sentences_whole(to_html):
    """The lead is what search shows for a fact sheet: whole sentences of the first paragraph up to 300
    characters, the first however long (a sentence cut short would misquote), escaped like all article text."""
    long_first = "A " + "very " * 80 + "long first sentence."
    opening = ("The Kremlin responded Thursday to a report. Trump told European leaders that Putin is winning. "
               + "A third sentence follows here. " * 10).strip()
    assert lead(replace(sheet("a", None, []), paragraphs=(opening, "Next."))) == (
        "The Kremlin responded Thursday to a report. Trump told European leaders that Putin is winning."
        + " A third sentence follows here." * 6)  # 281 characters; a seventh would make 312
    assert lead(replace(sheet("a", None, []), paragraphs=(long_first + " Second.",))) == long_first
    assert lead(replace(sheet("a", None, []), paragraphs=())) == ""
    hostile = replace(sheet("hostile-lead", "2020-01-01", []),
                      paragraphs=("# Not a heading <script>alert(1)</script> {: .evil } [x](javascript:alert(1))",))
    page = to_html(render_pages([hostile])["articles/hostile-lead.md"].split("---\n", 2)[2])
    (lead_html,) = re.findall(r'<p class="fs-lead">(.*?)</p>', page)
    assert "<script" not in lead_html and "href" not in lead_html and "evil" not in page.replace("{: .evil }", "")
    assert html.unescape(re.sub(r"<[^>]+>", "", lead_html)).startswith("# Not a heading <script>")


@pytest.mark.parametrize(("name", "parts", "letter"), [
    ("Xi Jinping", ("Xi ", "Jinping", ""), "J"),  # family name first cannot be told: the last word
    ("Donald Trump", ("Donald ", "Trump", ""), "T"),
    ("Sławoj Leszek Głódź", ("Sławoj Leszek ", "Głódź", ""), "G"),
    ("Łukasz", ("", "Łukasz", ""), "L"),
    ("Abdel Fattah al-Sisi", ("Abdel Fattah al-", "Sisi", ""), "S"),
    ("Bashar Al-Assad", ("Bashar Al-", "Assad", ""), "A"),
    ("Martin Luther King Jr.", ("Martin Luther ", "King", " Jr."), "K"),
    ("Martin Luther King, Jr.", ("Martin Luther ", "King", ", Jr."), "K"),
    ("Ludwig van Beethoven", ("Ludwig van ", "Beethoven", ""), "B"),
    ("Osama bin Laden", ("Osama bin ", "Laden", ""), "L"),
    # Names written for the test. A lowercase particle right after the first name begins the surname
    # and is set aside; an elided "d'" or a Dutch or German one further in joins the capitalised word
    # before it into a compound surname; a Spanish or Portuguese one never does (two given names).
    ("Odile de Montcalm", ("Odile de ", "Montcalm", ""), "M"),
    ("Jeanne d'Orval", ("Jeanne d'", "Orval", ""), "O"),
    ("Greta von der Aue", ("Greta von der ", "Aue", ""), "A"),
    ("Amélie Roussel d'Avaray", ("Amélie ", "Roussel d'Avaray", ""), "R"),
    ("Joris Mertens van der Laan", ("Joris ", "Mertens van der Laan", ""), "M"),
    ("Ana Paula Moreira da Costa", ("Ana Paula Moreira da ", "Costa", ""), "C"),
    ("Marcel Fabre de la Tour Jr.", ("Marcel Fabre de la ", "Tour", " Jr."), "T"),
    ("Juan Carlos de la Fuente", ("Juan Carlos de la ", "Fuente", ""), "F"),
    ("Rosa María del Valle", ("Rosa María del ", "Valle", ""), "V"),
    ("João Pedro dos Santos", ("João Pedro dos ", "Santos", ""), "S"),
    ("Luiz Inácio Lula da Silva", ("Luiz Inácio Lula da ", "Silva", ""), "S"),
    ("Maria Teresa di Lauro", ("Maria Teresa di ", "Lauro", ""), "L"),
    ("Nadia D'Alessi", ("Nadia ", "D'Alessi", ""), "D"),  # a capitalised particle is the surname's
    ("Samir Khalil bin Nasser", ("Samir Khalil bin ", "Nasser", ""), "N"),  # Arabic particles never join
    ("Hassan Omar al-Rashid", ("Hassan Omar al-", "Rashid", ""), "R"),
    ("Marine Le Pen", ("Marine ", "Le Pen", ""), "L"),  # a capitalised particle is the surname's
    ("Martin Van Buren", ("Martin ", "Van Buren", ""), "V"),
    ("Al Gore", ("Al ", "Gore", ""), "G"),
    ("Madonna", ("", "Madonna", ""), "M"),
    ("Érdoğan", ("", "Érdoğan", ""), "E"),
    ("1 Direction", ("1 ", "Direction", ""), "D"),
    ("42", ("", "42", ""), "Other"),
])
def test_a_name_files_under_its_surname_by_the_stated_rule(name, parts, letter):
    name_filed = filed(name)
    assert (name_filed.before, name_filed.surname, name_filed.after) == parts
    assert name_filed.letter == letter


def test_people_in_a_letter_sort_by_surname_then_the_rest_of_the_name():
    names = ["Zoe King", "Martin Luther King Jr.", "Aaron Kingsley", "Anna King", "Ana Kíng", "Al Glod"]
    ordered = sorted(names, key=lambda n: filed(n).key)
    assert ordered == ["Al Glod", "Ana Kíng", "Anna King", "Martin Luther King Jr.", "Zoe King", "Aaron Kingsley"]


def test_a_compound_surname_sorts_by_its_first_part_among_plain_ones():
    names = ["Paul Rousseau", "Amélie Roussel d'Avaray", "Luc Roussel", "Odile de Roussy"]
    ordered = sorted(names, key=lambda n: filed(n).key)
    assert ordered == ["Paul Rousseau", "Luc Roussel", "Amélie Roussel d'Avaray", "Odile de Roussy"]


def test_the_topics_index_groups_topics_a_to_z_with_jump_links_and_names_the_most_used_first():
    uses = {"Zambia": 3, "The Economist": 2, "Élysée Palace": 1, "Ankara": 1, "eBay": 1, "1MDB": 1, "<b>x</b>": 1}
    sheets = [replace(sheet(f"s{n}", f"2020-01-0{n + 1}", []), topics=tuple(t for t, k in uses.items() if k > n))
              for n in range(3)]
    index = render_pages(sheets)["topics/index.md"]
    headings = re.findall(r"^## (.+)$", index, re.MULTILINE)
    assert headings == ["A", "E", "Z", "Other"]
    assert "[A](#a) · [E](#e) · [Z](#z) · [Other](#other)\n" in index
    section = dict(zip(headings, re.split(r"^## .+$", index, flags=re.MULTILINE)[1:]))
    # Accents and case folded; a leading "The" set aside: The Economist files under E, after eBay.
    assert re.findall(r"^\| \[([^]]+)\]", section["E"], re.MULTILINE) == ["eBay", "The Economist", "Élysée Palace"]
    assert "| [Zambia](../topics/zambia.md) | 3 | <span class=\"fs-date\">2020-01-03</span> |" in section["Z"]
    assert "&lt;b&gt;x&lt;/b&gt;" in section["Other"] and "<b>" not in index
    # Only topics of more than one fact sheet are "most used", most used first.
    (most,) = re.findall(r"^\*\*Most used\*\* \(up to 10; topics tied at the last place are shown all or none\): (.+)$",
                         index, re.MULTILINE)
    assert re.findall(r"\[([^]]+)\]", most) == ["Zambia", "The Economist"] and "&nbsp;(3)" in most
    assert "7 topics." in index


def test_the_most_used_topics_never_cut_a_tie_at_the_tenth_place():
    """Ten topics of 3 fact sheets after nine of 4 showed as "Australia (3)" alone, as if it were used more
    than Germany (3): a tie at the last place is shown whole or not at all."""
    def most_used(uses: dict[str, int]) -> list[str]:
        sheets = [replace(sheet(f"s{n}", "2020-01-01", []), topics=tuple(t for t, k in uses.items() if k > n))
                  for n in range(max(uses.values()))]
        index = render_pages(sheets)["topics/index.md"]
        (most,) = re.findall(r"^\*\*Most used\*\* .*?: (.+)$", index, re.MULTILINE)
        return re.findall(r"\[([^]]+)\]", most)

    leaders = {f"Lead {c}": 4 for c in "ABCDEFGHI"}
    assert most_used({**leaders, "Germany": 3, "Australia": 3, "Omsk": 2}) == sorted(leaders)
    # A tie that fits, or none at the cut, is shown as it is.
    assert most_used({**leaders, "Germany": 3, "Omsk": 2}) == [*sorted(leaders), "Germany"]
    assert most_used({"Germany": 3, "Australia": 3, "Omsk": 2, "Tonga": 1}) == ["Australia", "Germany", "Omsk"]


def test_a_topic_page_is_tagged_with_its_every_spelling_and_lifted_in_search_as_a_person_is():
    sheets = [replace(sheet(f"s{n}", "2020-01-01", []), topics=(name,))
              for n, name in enumerate(["Britain", "UK", "United Kingdom", "Omsk"])]
    pages = render_pages(sheets)
    meta = yaml.safe_load(pages["topics/united-kingdom.md"].split("---\n")[1])
    assert meta == {"tags": ["United Kingdom", "Britain", "UK"], "search": {"boost": 3}}  # 3 fact sheets
    assert yaml.safe_load(pages["topics/omsk.md"].split("---\n")[1])["search"] == {"boost": 2}


def test_search_tags_a_topic_by_the_spellings_that_add_a_word_and_a_person_by_the_topics_of_their_roles():
    """A spelling whose words the name already has ("United States House" beside "United States House of
    Representatives") counted them twice in search, lifting the House above the United States."""
    farahani = Person("omid-farahani", "Omid Farahani", ("Farahani", "O. Farahani"),
                      (Role("President", "Iran"), Role("professor", "Nowhere University"), Role("envoy", "Iran")))
    sheets = [replace(sheet("a", "2020-01-01", [farahani]), topics=("United States House", "Iran")),
              replace(sheet("b", "2020-01-02", []), topics=("House of the United States",))]
    pages = render_pages(sheets)

    def meta(page: str) -> dict:
        return yaml.safe_load(pages[page].split("---\n")[1])

    assert meta("topics/united-states-house-of-representatives.md")["tags"] == ["United States House of Representatives"]
    assert meta("people/omid-farahani.md")["tags"] == ["Omid Farahani", "O. Farahani", "Iran"]  # no university page
    for listing in ("index.md", "articles/index.md", "people/index.md", "topics/index.md"):
        assert meta(listing) == {"search": {"boost": 0.5}}, listing


def test_a_topic_of_one_fact_sheet_with_nothing_quoted_says_this_article_not_these():
    one = [replace(sheet("a", "2020-01-01", []), topics=("Omsk",))]
    two = one + [replace(sheet("b", "2020-01-02", []), topics=("Omsk",))]
    single = render_pages(one)["topics/omsk.md"]
    assert "No disputes reported in this article.\n" in single
    assert "No statements attributed to a named person in this article.\n" in single
    assert "No disputes reported in these articles.\n" in render_pages(two)["topics/omsk.md"]
