"""The site as readers use it, in headless Chromium: follow links, search, check each fact's sentence.

The site is built from the hand-made fact sheets in tests/sheets/ (hostile.yml included) and served
from 127.0.0.1; a request to any other host fails the test. Screenshots of every page type go to
build/screenshots/ (or $FACTSHEETS_SCREENSHOTS) for a person to look at. Chromium and Playwright
come through tests/browser.py: Debian's browser, nothing downloaded.
"""
from __future__ import annotations

import json
import re
import time
import urllib.parse
import urllib.request
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import pytest
from browser import chromium, served, watched
from conftest import SCREENSHOTS as SHOTS
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from test_render import sheet, topic_with_disputes
from test_site import project, site_from_sheets

from generator.factsheet import Dispute, Person, Role, Statement

ROOT = Path(__file__).resolve().parent.parent
README_SHOTS = ROOT / ".github" / "screenshots"

KREMLIN = "articles/kremlin-reacts-to-report-trump-told-allies-putin-is-winning/"
PAGE_TYPES = {
    "home": "",
    "articles-index": "articles/",
    "fact-sheet": KREMLIN,
    "people-index": "people/",
    "person": "people/donald-trump/",
    "topics-index": "topics/",
    "topic": "topics/russia/",
    "about": "about/",
    "hostile-fact-sheet": "articles/hostile-input/",
    "hostile-person": "people/mallory-hacker/",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return site_from_sheets(project(tmp_path_factory.mktemp("browser")))


@pytest.fixture(scope="module")
def browser():
    with chromium() as opened:
        yield opened


@pytest.fixture(scope="module")
def base(site) -> str:
    with served(site) as url:
        yield url


class Visit:
    """A browser tab on the served site that notes dialogs, script errors and requests to other hosts."""

    def __init__(self, browser, base: str):
        self.base = base
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.watch = watched(self.context, base)
        self.page = self.context.new_page()

    def open(self, path: str):
        self.page.goto(self.base + path)
        self.page.wait_for_load_state("networkidle")
        return self.page

    def clean(self) -> None:
        """Nothing went wrong in this tab: no script error, no dialog, no request to another host."""
        assert self.watch.errors == [], self.watch.errors
        assert self.watch.dialogs == [], f"a dialog opened: {self.watch.dialogs}"
        assert self.watch.foreign == [], f"requests left the local server: {self.watch.foreign}"


@pytest.fixture
def visit(browser, base):
    tab = Visit(browser, base)
    yield tab
    tab.context.close()


def screenshot(page, name: str, folder: Path = SHOTS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def test_a_reader_goes_from_the_home_page_to_the_sentence_behind_a_statement(visit):
    page = visit.open("")
    page.get_by_role("link", name="Kremlin Reacts to Report Trump Told Allies Putin Is 'Winning'").first.click()
    page.wait_for_url("**/" + KREMLIN)
    assert heading(page).startswith("Kremlin Reacts")

    page.locator("article a", has_text="Dmitry Peskov").first.click()
    page.wait_for_url("**/people/dmitry-peskov/")
    assert heading(page) == "Dmitry Peskov"

    page.locator("a", has_text="¶ 4").first.click()
    page.wait_for_url("**/" + KREMLIN + "#p4-s1")
    target = page.locator(":target")
    assert target.get_attribute("id") == "p4-s1"
    assert target.inner_text().startswith("Kremlin spokesman Dmitry Peskov dismissed the reports")
    assert "We know what Trump said to President Putin." in target.inner_text()
    background = target.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent"), "the sentence is not highlighted"
    assert target.is_visible() and _in_viewport(target)
    screenshot(page, "sentence-highlighted")
    visit.clean()


def heading(page) -> str:
    """The page's title as shown, without the ¶ of its permalink."""
    return page.locator("h1").first.inner_text().rstrip("¶").strip()


def _in_viewport(locator) -> bool:
    return locator.evaluate("e => { const r = e.getBoundingClientRect();"
                            " return r.bottom > 0 && r.top < window.innerHeight; }")


def _search(page, words: str) -> list[str]:
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially(words)
    results = page.locator(".md-search-result__item > a.md-search-result__link")
    results.first.wait_for(timeout=15000)
    # Search runs again at each keystroke and redraws the list: read it whole, in one go, until it has held
    # still for half a second (reading link by link raced a redraw). Links carry the search words (?h=...)
    # for Material's highlighting.
    read = "links => links.map(a => a.getAttribute('href').split('?')[0])"
    shown, still_since, deadline = None, time.monotonic(), time.monotonic() + 15
    while True:
        links = results.evaluate_all(read)
        if links != shown:
            shown, still_since = links, time.monotonic()
        elif time.monotonic() - still_since >= 0.5 or time.monotonic() > deadline:
            return links
        page.wait_for_timeout(100)


def test_search_finds_a_person_by_any_name_and_ranks_their_page_first(visit):
    page = visit.open("")
    assert _search(page, "Peskov")[0].endswith("people/dmitry-peskov/")
    screenshot(page, "search-peskov")
    # The person's names are search tags only to rank the page: no chips repeating the result's title.
    person = page.locator(".md-search-result__item > a.md-search-result__link").first
    assert person.locator(".md-tag").count() > 0 and person.locator(".md-tags").is_hidden()
    page = visit.open("")
    assert _search(page, "Leavitt")[0].endswith("people/karoline-leavitt/")
    page.locator(".md-search-result__item > a.md-search-result__link").first.click()
    page.wait_for_url(lambda url: "/people/karoline-leavitt/" in url)
    visit.clean()


def test_search_ranks_the_person_more_articles_name_first_among_namesakes(browser, tmp_path):
    joe, hunter = Person("joe-biden", "Joe Biden", ("Biden",)), Person("hunter-biden", "Hunter Biden", ("Hunter",),
                                                                      (Role("son", "Joe Biden"),))
    sheets = [sheet(f"a{n}", f"2020-0{n}-01", [joe]) for n in range(1, 4)] + [sheet("b", "2020-05-01", [hunter, joe])]
    with served(site_from_sheets(project(tmp_path), sheets)) as url:
        tab = Visit(browser, url)
        page = tab.open("")
        found = _search(page, "Biden")
        assert [h.split("/")[-2] for h in found[:2]] == ["joe-biden", "hunter-biden"], found
        tab.clean()
        tab.context.close()


def test_search_for_a_full_name_puts_the_person_first_before_a_busy_topic_sharing_a_word(browser, tmp_path):
    """Topic pages carry their names as tags, which Material weighs far above titles: a topic of twelve fact
    sheets, "Philippines", came before "Philipp Hagemeister" on the prefix "philipp" alone, and "Al Noor
    Mosque" and "Abu Sayyaf Group" before "Abu Mahdi al-Muhandis". Names written for the test."""
    philipp = Person("philipp-hagemeister", "Philipp Hagemeister", ("Hagemeister",))
    abu = Person("abu-mahdi-al-muhandis", "Abu Mahdi al-Muhandis", ("al-Muhandis",))
    busy = ("Philippines", "Al Noor Mosque", "Abu Sayyaf Group")
    sheets = [replace(sheet(f"a{n:02}", f"2020-01-{n:02}", []), topics=busy) for n in range(1, 13)]
    sheets.append(replace(sheet("b", "2020-02-01", [philipp, abu]), topics=busy))
    with served(site_from_sheets(project(tmp_path), sheets)) as url:
        tab = Visit(browser, url)
        for name, pid in (("Philipp Hagemeister", "philipp-hagemeister"), ("Abu Mahdi al-Muhandis", abu.id)):
            page = tab.open("")
            found = _search(page, name)
            assert found[0].endswith(f"people/{pid}/"), found
        page = tab.open("")
        assert _search(page, "Philippines")[0].endswith("topics/philippines/")  # the topic, by its own name
        tab.clean()
        tab.context.close()


def test_search_for_a_country_puts_its_topic_then_its_office_holders_before_passing_mentions(browser, tmp_path):
    """As the 93-article archive had it: "United States" (34 fact sheets) came after "United States House of
    Representatives" (4), whose page also carried the short spelling "United States House" and so counted
    both words twice; "Iran" listed Hassan Rouhani, President of Iran, below the fact sheets and below
    the United States' list of disputes, which mentions Iran in passing. Names written for the test."""
    president = Person("omid-farahani", "Omid Farahani", ("Farahani",), (Role("President", "Iran"),))
    envoy = Person("jane-doyle", "Jane Doyle", (), (Role("envoy", "United States"),))
    said = Statement("jane-doyle", "Doyle", "indirect", "said", "talks with Iran would resume")
    pushed = Dispute("jane-doyle", "Doyle", None, "the Iran plan", "rejected", "Doyle rejected the Iran plan.")
    sheets = [replace(sheet(f"us{n:02}", f"2020-01-{n:02}", [envoy], [said], [pushed]), topics=("United States",))
              for n in range(1, 13)]
    sheets += [replace(sheet(f"house{n}", f"2020-02-0{n}", []), topics=("United States House",)) for n in (1, 2, 3)]
    sheets += [replace(sheet(f"iran{n}", f"2020-03-0{n}", [president] if n == 1 else []), topics=("Iran",))
               for n in (1, 2, 3)]
    with served(site_from_sheets(project(tmp_path), sheets)) as url:
        tab = Visit(browser, url)
        page = tab.open("")
        found = [h.removeprefix(url) for h in _search(page, "United States")]
        assert found[:2] == ["topics/united-states/", "people/jane-doyle/"], found
        page = tab.open("")
        found = list(dict.fromkeys(h.removeprefix(url) for h in _search(page, "Iran")))
        assert found[:2] == ["topics/iran/", "people/omid-farahani/"], found
        listings = [n for n, h in enumerate(found) if h in ("", "topics/", "articles/", "people/")
                    or h.startswith("topics/united-states/") and h != "topics/united-states/"]
        assert listings and min(listings) > found.index("people/jane-doyle/"), found  # she says "Iran" herself
        tab.clean()
        tab.context.close()


def _links_under(base: str, start: str) -> tuple[set[str], list[str]]:
    """Every page reachable from `start` by the links and sources in its HTML, and each link that does not
    load (or leaves `start`'s folder) as 'page: link'."""
    pages, todo, broken, loaded = set(), [start], [], set()
    while todo:
        url = todo.pop()
        if url in pages:
            continue
        pages.add(url)
        with urllib.request.urlopen(url) as response:
            html = response.read().decode("utf-8")
        for ref in re.findall(r'(?:href|src)="([^"#]+)', html):
            target = urllib.parse.urljoin(url, ref)
            if urllib.parse.urlsplit(target).netloc != urllib.parse.urlsplit(base).netloc:
                continue  # the original article's address, the licence: not this site
            if not target.startswith(start):
                broken.append(f"{url}: {ref} (outside {start})")
            elif target.endswith("/") and target not in pages:
                todo.append(target)
            elif target not in loaded:
                try:
                    urllib.request.urlopen(target).close()
                    loaded.add(target)
                except OSError as exc:
                    broken.append(f"{url}: {ref} ({exc})")
    return pages, broken


def test_the_site_works_in_a_sub_folder_as_github_pages_serves_it(browser, site, tmp_path):
    """GitHub Pages serves a project's site at https://you.github.io/REPO/ and the workflow sets SITE_URL
    to that address: every link, picture, script and the search index must load from under /REPO/, and a
    search result must open its page there."""
    root = site.parent
    mkdocs_build(load_config(config_file=str(root / "mkdocs.yml"), site_dir=str(tmp_path / "pages" / "repo"),
                             site_url="https://you.github.io/repo/"))
    with served(tmp_path / "pages") as url:
        pages, broken = _links_under(url, url + "repo/")
        assert broken == []
        assert url + "repo/people/dmitry-peskov/" in pages and len(pages) > 20
        tab = Visit(browser, url + "repo/")
        page = tab.open("")
        found = _search(page, "Peskov")
        assert found[0] == url + "repo/people/dmitry-peskov/", found
        page.locator(".md-search-result__item > a.md-search-result__link").first.click()
        page.wait_for_url(lambda address: address.startswith(url + "repo/people/dmitry-peskov/"))
        assert page.locator("link[rel=canonical]").get_attribute("href") == "https://you.github.io/repo/people/dmitry-peskov/"
        tab.clean()
        tab.context.close()


def test_search_shows_a_fact_sheet_by_its_lead_and_still_finds_its_outlet_and_author(visit):
    """A fact sheet's search entry read 'Source · Outlet: ... · Published: ...', which says nothing of the
    story; it shows the article's opening now, and the source box, a section of its own, is still searched."""
    page = visit.open("")
    _search(page, "Kremlin responded")
    first = page.locator(".md-search-result__item").first.locator(".md-search-result__link").first
    assert first.get_attribute("href").split("?")[0].endswith(KREMLIN)
    teaser = first.locator("article > p").first.inner_text()
    assert teaser.startswith("The Kremlin responded Thursday to a report"), teaser
    assert "Outlet" not in teaser and "Published" not in teaser
    for words in ("Jane Reporter", "Example News"):
        page = visit.open("")
        _search(page, words)
        links = page.locator(".md-search-result__item a.md-search-result__link")
        hrefs = {urllib.parse.urlsplit(links.nth(i).get_attribute("href"))._replace(query="").geturl()
                 for i in range(links.count())}  # a page's sections too, folded under "N more on this page"
        assert visit.base + KREMLIN + "#source" in hrefs, (words, hrefs)
    visit.clean()


def test_search_finds_statements_by_their_words(visit):
    page = visit.open("")
    hrefs = _search(page, "cannot confirm what he told the Europeans")
    assert any(KREMLIN in h or "people/dmitry-peskov/" in h for h in hrefs), hrefs
    visit.clean()


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_every_page_type_loads_cleanly_and_stays_on_this_server(visit, name):
    page = visit.open(PAGE_TYPES[name])
    assert page.locator("h1").count() >= 1
    print(f"screenshot: {screenshot(page, name)}")
    visit.clean()


def test_hostile_article_text_shows_as_plain_text_and_runs_nothing(visit):
    page = visit.open("articles/hostile-input/")
    text = page.locator("article").inner_text()
    for payload in ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{{ 7*7 }}",
                    "[x](javascript:alert(1))"):
        assert payload in text, payload
    assert page.title().startswith("<script>alert(1)</script>")
    assert page.locator("article img, article script, article [onerror], article [onclick]").count() == 0
    assert page.locator("a[href^='javascript:' i]").count() == 0
    assert page.locator("#evil").count() == 0
    page.locator("a", has_text="¶ 1").first.click()  # the payload paragraph, highlighted
    assert page.locator(":target").inner_text().startswith("<script>alert(1)</script>")
    visit.clean()


def test_search_shows_a_hostile_name_as_text_in_its_tags_and_runs_nothing(visit):
    """Material's search shows a result's tags as HTML: a person's or topic's name written there raw loaded
    Mallory's <img src=x onerror=...> (a request for /x) as soon as "Mallory" was typed."""
    page = visit.open("")
    found = _search(page, "Mallory")
    assert found[0].endswith("people/mallory-hacker/"), found
    tags = page.locator(".md-search-result .md-tag")
    assert "Mallory <img src=x onerror=alert(1)> Hacker" in [" ".join(t.split()) for t in tags.all_inner_texts()]
    assert page.locator(".md-search-result img, .md-search-result [onerror]").count() == 0
    page.locator("input.md-search__input").fill("topic")
    page.wait_for_timeout(1000)
    assert "<u>topic</u>" in [" ".join(t.split()) for t in tags.all_inner_texts()]  # a topic's name too
    assert page.locator(".md-search-result u").count() == 0
    visit.clean()


def test_dispute_graph_is_static_svg_linking_to_person_pages(visit):
    page = visit.open("")
    assert page.locator("figure.fs-graph svg").count() == 2  # wide, and the column for phones
    assert page.locator("figure.fs-graph svg.fs-narrow").is_hidden()
    graph = page.locator("figure.fs-graph svg.fs-wide")
    assert graph.is_visible() and graph.locator("text", has_text="Nancy Pelosi").count() == 1
    graph.locator("a[href='people/donald-trump/'] circle").click()
    page.wait_for_url("**/people/donald-trump/")
    neighbourhood = page.locator("figure.fs-graph svg.fs-wide")
    assert neighbourhood.locator(".fs-focus text").text_content() == "Donald Trump"
    assert neighbourhood.locator("a[href='../nancy-pelosi/']").count() == 1
    visit.clean()


@pytest.mark.parametrize("path", ["", "people/donald-trump/"])
def test_on_a_phone_the_dispute_picture_fits_the_screen_with_readable_names(browser, base, path):
    tab = Visit(browser, base)
    tab.context.pages[0].set_viewport_size({"width": 390, "height": 844})
    page = tab.open(path)
    figure = page.locator("figure.fs-graph")
    assert figure.locator("svg.fs-wide").is_hidden()
    graph = figure.locator("svg.fs-narrow")
    label = graph.locator("text", has_text="Nancy Pelosi")
    assert label.evaluate("e => e.getBoundingClientRect().height") >= 13  # as drawn: 14px names
    # No panning inside the frame, and none of the page either.
    assert figure.evaluate("f => f.scrollWidth <= f.clientWidth && f.scrollHeight <= f.clientHeight")
    assert graph.evaluate("s => s.getBoundingClientRect().right") <= 390 - 16
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(page, "home-phone" if path == "" else "person-phone")
    graph.locator("a", has=page.locator("text", has_text="Nancy Pelosi")).click()
    page.wait_for_url("**/people/nancy-pelosi/")
    tab.clean()
    tab.context.close()


def test_on_a_phone_each_arrow_at_a_much_disputed_name_lands_apart_and_clear_of_the_name(browser, tmp_path):
    trump = Person("donald-trump", "Donald Trump", ("Trump",))
    critics = [Person(f"critic-{n}", f"Critic Number {n}") for n in range(7)]
    disputes = [Dispute(c.id, c.name, "donald-trump", "Trump", "rejected", f"{c.name} rejected it.") for c in critics]
    disputes.append(Dispute("donald-trump", "Trump", "critic-0", "Critic", "denied", "Trump denied it."))
    site = site_from_sheets(project(tmp_path), [sheet("hub", "2020-01-01", [trump, *critics], disputes=disputes)])
    with served(site) as url:
        tab = Visit(browser, url)
        tab.context.pages[0].set_viewport_size({"width": 390, "height": 844})
        page = tab.open("people/donald-trump/")
        graph = page.locator("figure.fs-graph svg.fs-narrow")
        # Where each arrow ends, on screen, and the box of the much-disputed name's mark and label.
        ends = graph.evaluate("""s => [...s.querySelectorAll('.fs-edge path')].map(p => {
            const m = p.getScreenCTM(), a = p.getPointAtLength(0), b = p.getPointAtLength(p.getTotalLength());
            return [a, b].map(q => new DOMPoint(q.x, q.y).matrixTransform(m)).map(q => [q.x, q.y]); })""")
        mark = graph.locator(".fs-focus rect").bounding_box()
        name = graph.locator(".fs-focus text").bounding_box()
        at_hub = sorted(y for arrow in ends for x, y in arrow if mark["y"] <= y <= mark["y"] + mark["height"])
        assert len(at_hub) == 8, ends  # seven critics' arrows, and his own at the one he disputes back
        assert min(b - a for a, b in pairwise(at_hub)) >= 8  # no knot of arrowheads
        for arrow in ends:  # arrows stay left of the names: none crosses the hub's name
            assert all(x < name["x"] and x < mark["x"] for x, _ in arrow)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        screenshot(page, "hub-phone")
        tab.clean()
        tab.context.close()


def test_topic_tags_lead_to_topic_pages(visit):
    page = visit.open(KREMLIN)
    page.locator("nav.md-tags a", has_text="Russia").click()
    page.wait_for_url("**/topics/russia/**")
    assert heading(page) == "Russia"
    row = page.locator("article tr", has=page.locator("a", has_text="Kremlin Reacts"))
    assert row.locator("td").first.inner_text() == "2025-05-22"  # the listing shows when, and who
    assert row.locator("a", has_text="Dmitry Peskov").count() == 1
    row.locator("a", has_text="Kremlin Reacts").click()
    page.wait_for_url("**/" + KREMLIN)
    visit.clean()


def test_the_topics_index_jumps_to_a_letter_and_search_still_finds_topics(browser, tmp_path):
    places = tuple(f"{letter}{'ville' * 3} {n}" for letter in "ABCDEFGH" for n in range(6))
    site = site_from_sheets(project(tmp_path), [replace(sheet("a", "2020-01-01", []), topics=places)])
    with served(site) as url:
        tab = Visit(browser, url)
        for width in (1280, 390):
            tab.context.pages[0].set_viewport_size({"width": width, "height": 844})
            page = tab.open("topics/")
            page.locator("article p a[href='#f']").click()
            page.wait_for_url("**/topics/#f")
            top = page.locator("h2#f").evaluate("h => h.getBoundingClientRect().top")
            assert 0 <= top < 200, f"at {width}px the F heading is {top}px from the top after its jump link"
            assert page.locator("h2#f + .fs-topics a", has_text="Fvillevilleville 0").is_visible()
            assert page.evaluate("document.documentElement.scrollWidth") <= width
        tab.context.pages[0].set_viewport_size({"width": 1280, "height": 844})
        page = tab.open("")
        found = [href.removeprefix(url) for href in _search(page, "Cvillevilleville")]
        # The topic pages come first, above the fact sheet tagged with them all.
        assert "topics/cvillevilleville-3/" in found and found[0].startswith("topics/cvillevilleville-"), found
        tab.clean()
        tab.context.close()


def test_a_topics_dispute_list_is_capped_and_its_more_link_leads_to_all_of_them(browser, tmp_path):
    quiet = {f"quiet{n}": 0 for n in range(8)}  # eleven fact sheets: the page says what is below them
    site = site_from_sheets(project(tmp_path), topic_with_disputes({**quiet, "old": 3, "mid": 5, "new": 4}))
    with served(site) as url:
        tab = Visit(browser, url)
        tab.context.pages[0].set_viewport_size({"width": 390, "height": 844})  # a phone
        page = tab.open("topics/congress/")
        page.locator("article a", has_text="disputes").first.click()
        page.wait_for_url("**/topics/congress/#disputes")
        assert _in_viewport(page.locator("h2#disputes"))
        disputes = page.locator("article ul li", has_text="claim")
        assert disputes.count() == 10 and disputes.first.inner_text().endswith("new claim 0")
        page.get_by_role("link", name="2 more disputes →").click()
        page.wait_for_url("**/topics/congress/disputes/")
        assert heading(page) == "Disputes: Congress"
        assert page.locator("article ul li", has_text="claim").count() == 12
        assert page.evaluate("document.documentElement.scrollWidth") <= 390  # nothing overflows the phone
        screenshot(page, "topic-disputes-phone")
        page.locator("article a", has_text="Congress").first.click()
        page.wait_for_url("**/topics/congress/")
        tab.clean()
        tab.context.close()


def test_a_topics_fact_sheet_list_is_capped_and_its_more_link_leads_to_all_of_them(browser, tmp_path):
    site = site_from_sheets(project(tmp_path), topic_with_disputes({f"a{n:02}": 0 for n in range(25)}))
    with served(site) as url:
        tab = Visit(browser, url)
        tab.context.pages[0].set_viewport_size({"width": 390, "height": 844})  # a phone
        page = tab.open("topics/congress/")
        assert page.locator("article table tbody tr").count() == 10
        page.get_by_role("link", name="15 more fact sheets →").click()
        page.wait_for_url("**/topics/congress/articles/")
        assert heading(page) == "Fact sheets: Congress"
        rows = page.locator("article table tbody tr")
        assert rows.count() == 25 and rows.first.locator("td").first.inner_text() == "2020-01-25"
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        screenshot(page, "topic-articles-phone")
        rows.last.locator("a", has_text="A00").click()
        page.wait_for_url("**/articles/a00/")
        tab.clean()
        tab.context.close()


def test_a_roles_earlier_articles_lead_to_the_list_of_them_and_to_the_first(browser, tmp_path):
    mayor = Person("ana-silva", "Ana Silva", (), (Role("mayor", "Lisbon"),))
    site = site_from_sheets(project(tmp_path), [sheet(f"a{n}", f"2020-0{n}-01", [mayor]) for n in range(1, 7)])
    with served(site) as url:
        tab = Visit(browser, url)
        page = tab.open("people/ana-silva/")
        page.get_by_role("link", name="3 earlier articles").click()
        page.wait_for_url("**/people/ana-silva/#articles")
        listed = page.locator("h2#articles + ul li")
        assert _in_viewport(page.locator("h2#articles")) and listed.count() == 6
        assert listed.last.inner_text() == "2020-01-01 · A1 · as mayor, Lisbon"
        page.go_back()
        page.locator("article td a", has_text="2020-01-01").click()
        page.wait_for_url("**/articles/a1/")
        tab.clean()
        tab.context.close()


def test_the_people_index_keeps_long_single_words_on_a_phone_screen(browser, tmp_path):
    # As the 144-article archive names them: a slash-joined name and one-word roles 15 letters long.
    people = [Person("la-fuente-richardson", "La Fuente/Richardson"),
              Person("li-wenliang", "Li Wenliang", (), (Role("ophthalmologist", None),)),
              Person("george-stephanopoulos", "George Stephanopoulos", (), (Role("Superintendent", "Metropolitan"),)),
              Person("leon-van-biljon", "Leon van Biljon", (), (Role("owner", "Mahala View Lion Lodge"),))]
    site = site_from_sheets(project(tmp_path), [sheet("a", "2020-01-01", people)])
    with served(site) as url:
        tab = Visit(browser, url)
        tab.context.pages[0].set_viewport_size({"width": 390, "height": 844})
        page = tab.open("people/")
        wide = page.evaluate("[...document.querySelectorAll('.md-typeset__scrollwrap')]"
                             ".filter(w => w.scrollWidth > w.clientWidth).map(w => w.innerText.slice(0, 60))")
        assert wide == [] and page.evaluate("document.documentElement.scrollWidth") <= 390
        # Room is made by hyphenating the count headers ("State-ments"), not by breaking names.
        for cell, word in (("td", "ophthalmologist"), ("td a", "Fuente/Richardson")):
            lines = page.locator(cell, has_text=word).evaluate(
                "(e, w) => { const t = document.createTreeWalker(e, NodeFilter.SHOW_TEXT); let n = t.nextNode();"
                " while (!n.textContent.includes(w)) n = t.nextNode();"  # the surname is in its own <strong>
                " const r = document.createRange(), i = n.textContent.indexOf(w);"
                " r.setStart(n, i); r.setEnd(n, i + w.length); return r.getClientRects().length; }", word)
            assert lines == 1, f"{word} is broken over {lines} lines"
        screenshot(page, "people-index-phone")
        tab.clean()
        tab.context.close()


@pytest.mark.parametrize("path", ["articles/", "people/", "", "topics/russia/", KREMLIN])
def test_tables_fit_a_phone_screen(browser, base, path):
    tab = Visit(browser, base)
    tab.context.pages[0].set_viewport_size({"width": 390, "height": 844})
    page = tab.open(path)
    assert page.locator(".md-typeset__scrollwrap").count() > 0
    # Tables of ordinary words fit; hostile.yml's 25-character tokens (<script>...) may scroll sideways.
    cut = page.evaluate("[...document.querySelectorAll('.md-typeset__scrollwrap')]"
                        ".filter(w => !w.innerText.includes('<') && w.scrollWidth > w.clientWidth + 1)"
                        ".map(w => w.innerText.slice(0, 60))")
    assert cut == [], f"tables wider than the phone: {cut}"
    split = page.evaluate("[...document.querySelectorAll('td .fs-date')].filter(d => d.getClientRects().length > 1)"
                          ".map(d => d.innerText)")
    assert split == [], f"dates broken over two lines: {split}"
    if path == "articles/":
        screenshot(page, "articles-index-phone")
    tab.clean()
    tab.context.close()


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize(("path", "tables", "columns"), [("articles/", 3, 6), ("people/", 4, 5), ("topics/", 6, 3)])
def test_an_index_lines_up_its_tables_column_by_column(browser, base, width, path, tables, columns):
    """A table a month (articles) or a letter (people): the same column starts at the same place in each."""
    tab = Visit(browser, base)
    tab.context.pages[0].set_viewport_size({"width": width, "height": 844})
    page = tab.open(path)
    found = page.evaluate("[...document.querySelectorAll('article table')].map(t => [...t.rows[0].cells]"
                          ".map(c => { const r = c.getBoundingClientRect(); return [Math.round(r.left), Math.round(r.width)]; }))")
    assert len(found) == tables and len(found[0]) == columns
    assert all(c == found[0] for c in found), found  # the hostile rows' long words included
    tab.clean()
    tab.context.close()


def test_each_page_carries_its_structured_data(visit):
    page = visit.open(KREMLIN)
    (article,) = [json.loads(s) for s in page.locator("script[type='application/ld+json']").all_inner_texts()]
    assert article["@type"] == "NewsArticle"
    assert {"Dmitry Peskov", "Donald Trump"} <= {m["name"] for m in article["mentions"]}
    assert {q["@type"] for q in article["hasPart"]} == {"Quotation"}
    page = visit.open("people/dmitry-peskov/")
    (person,) = [json.loads(s) for s in page.locator("script[type='application/ld+json']").all_inner_texts()]
    assert person["@type"] == "Person" and person["jobTitle"] == ["spokesman, Kremlin"]
    assert "ClaimReview" not in page.content()
    visit.clean()


def test_readme_screenshots(request, browser):
    """`pytest tests/test_browser.py --update-screenshots` after `make site`: the README's pictures."""
    if not request.config.getoption("--update-screenshots"):
        pytest.skip("run with --update-screenshots after `make site` to rewrite .github/screenshots/")
    built = ROOT / "site"
    assert (built / "index.html").is_file(), "run `make site` first"
    with served(built) as url:
        tab = Visit(browser, url)
        tab.context.pages[0].set_viewport_size({"width": 1280, "height": 1100})
        README_SHOTS.mkdir(parents=True, exist_ok=True)
        for name, path in (("home", ""), ("fact-sheet", KREMLIN), ("person", "people/donald-trump/")):
            tab.open(path).screenshot(path=str(README_SHOTS / f"{name}.png"), full_page=name == "home")
        tab.clean()
        tab.context.close()
