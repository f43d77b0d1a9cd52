"""Fact sheet records to Markdown pages through the Jinja2 templates in `templates/`.

Every string from an article is untrusted: templates pass it through the `md` filter, which makes
it plain text for Markdown and HTML, and data is only ever a template's input, never a template.
"""
from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from urllib.parse import quote, urlsplit

import jinja2
import yaml

from . import structured
from .corrections import Change
from .factsheet import Dispute, FactSheet, Role, Statement
from .graph import Graph, dispute_graph, narrow_svg, svg
from .pipeline import DATA_DIR
from .registry import (
    ArticleRef,
    Contested,
    Entry,
    Registry,
    RoleHeld,
    Said,
    article_ref,
    build_registry,
    newest_first,
    page_id,
)
from .sentences import Provenance, provenance, split_sentences
from .surnames import Filed, filed, fold, letter

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
HOME_LIMIT = 10  # rows per list on the home page
ROW_PEOPLE = 3  # people named beside a fact sheet in a topic's listing
ROLE_ARTICLES = 3  # articles linked beside a role on a person's page; the rest are counted
RELATED_LIMIT = 5  # related fact sheets under an article
NEAR_LIMIT = 10  # people listed as appearing with, or disputing with, a person
LEAD_CHARS = 300  # a fact sheet's lead: its article's opening sentences up to this length, at least one
PILCROW = "¶\u00a0"  # before a paragraph's number, which a line never separates from it
TOPIC_LIMIT = 20  # a person's topics linked, most shared first; the rest are counted
DISPUTES_PAGE = "disputes.md"  # a topic's every dispute: topics/<id>/disputes/, beside topics/<id>/
TOPIC_DISPUTES = 10  # disputes on a topic page, newest first; past that, all on the topic's disputes page
ARTICLES_PAGE = "articles.md"  # a topic's every fact sheet: topics/<id>/articles/, beside topics/<id>/
TOPIC_ARTICLES = 10  # fact sheets on a topic page, newest first; past that, all on the topic's articles page
# Pages that only list what other pages hold (the home page, the indexes, a topic's pages of all its fact
# sheets and disputes) rank below those pages in search: for "China" the topics index and the United
# States' lists of disputes came before Carrie Lam, whose page quotes her on China.
LISTING = {"search": {"boost": 0.5}}
MOST_USED = 10  # topics named above the topics index's A-Z, most used first (those of one fact sheet never)

# Characters Markdown reads anywhere in a line (emphasis, code, links; `|` for tables, `{}` for
# attr_list); Python-Markdown un-escapes each of them after a backslash.
_INLINE = re.compile(r"([\\`*_{}\[\]|])")
# Block syntax that only counts at the start of a line: headings, lists, admonitions, `1.` lists.
_LINE_START = re.compile(r"^(?:[#+\-!]|\d+(?=\.))")
# Kept as is in link destinations; everything else (quotes, brackets, spaces, `<>`) is %-encoded.
_URL_SAFE = "!#$%&+,-./:;=?@_~"
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}
_LICENCES = {
    "CC BY 2.5": "https://creativecommons.org/licenses/by/2.5/",
    "CC BY 3.0": "https://creativecommons.org/licenses/by/3.0/",
    "CC BY 4.0": "https://creativecommons.org/licenses/by/4.0/",
    "CC BY-SA 3.0": "https://creativecommons.org/licenses/by-sa/3.0/",
    "CC BY-SA 4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
}


def md(value: object) -> str:
    """Untrusted text as one line of Markdown that renders as exactly that text, never as markup."""
    text = " ".join(str(value).split())  # one line: no block syntax can start inside the value
    text = _INLINE.sub(r"\\\1", text)
    match = _LINE_START.match(text)
    if match:  # escape the marker itself: `\#`, `\-`, or the dot of `1.`
        cut = match.end() if match.group().isdigit() else 0
        text = text[:cut] + "\\" + text[cut:]
    text = "".join(_HTML.get(c, c) for c in text)
    # "]:" would make a line that starts with "[" a reference definition, whatever the backslash.
    return text.replace("\\]:", "\\]&#58;")


def safe_url(url: str | None) -> str | None:
    """An http(s) URL fit for a Markdown link destination, or None for anything else."""
    if not url:
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    # Percent-encode what would end the destination or break out of the attribute.
    return quote(url, safe=_URL_SAFE)


def host(url: str) -> str:
    """The site a link points to, as a short link text ("en.wikinews.org")."""
    return urlsplit(url.strip()).netloc or url


def licence_url(licence: str | None) -> str | None:
    return _LICENCES.get(" ".join((licence or "").upper().replace("CC-", "CC ").split()))


def role_text(role: Role) -> str:
    return f"{role.title}, {role.organization}" if role.organization else role.title


def _pilcrow(anchor: str | None, page: str) -> str:
    """`¶ 3` linking to the sentence (or paragraph) `anchor` names: `p3-s2` or `p3`. A no-break space
    keeps the number with its ¶: a phone's line broke between them, leaving a stray "7" below."""
    if not anchor:
        return ""
    return f"[{PILCROW}{anchor[1:].split('-')[0]}]({page}#{anchor})"


class Links:
    """Markdown links between pages, relative to the page being rendered; every method escapes."""

    def __init__(self, root: str, registry: Registry, sources: dict[str, Provenance]):
        self.root, self.registry, self.sources = root, registry, sources

    def person(self, person_id: str | None, text: str) -> str:
        """The person's name linking to their page, or the text as written when nobody has the id."""
        entry = self.registry.get(person_id)
        if entry is None:
            return md(text) if text.strip() else "Unnamed source"
        return f"[{md(entry.name)}]({self.root}people/{entry.id}.md)"

    def filed(self, entry: Entry, name: Filed) -> str:
        """The person's name as written linking to their page, the surname it files under in bold."""
        before, after = md(name.before), md(name.after)
        before += " " if name.before.endswith(" ") and before else ""
        after = (" " if name.after.startswith(" ") and after else "") + after
        return f"[{before}**{md(name.surname)}**{after}]({self.root}people/{entry.id}.md)"

    def speaker(self, person_id: str | None, text: str) -> str:
        """Like `person`, adding how the article named them when that is no name ("She")."""
        entry = self.registry.get(person_id)
        named = entry is None or not text.strip() or any(n in text for n in (entry.name, *entry.other_names))
        return self.person(person_id, text) + ("" if named else f" (as “{md(text)}”)")

    def dispute(self, dispute: Dispute, of: str | None = None) -> str:
        """`who · *cue* · what is contested`. On the page of person `of` they are not named again:
        under "By" or "Against" them the heading already says who they are."""
        by = self.registry.get(dispute.by)
        who = "" if of is not None and by is not None and by.id == of else self.speaker(dispute.by, dispute.by_text)
        return (who + self.contested(dispute, of)).removeprefix(" · ")

    def contested(self, dispute: Dispute, of: str | None = None) -> str:
        """` · *cue* · what is contested`, each said once. A quote that disputes in its own words
        has one of them as its cue: shown quoted, not again as the target (“null and void”). A
        disputed person's words in the article are added only when they are no name of theirs;
        on their own page (`of`), only those words."""
        cue, what = " ".join(dispute.cue.split()), " ".join(dispute.target_text.split())
        target = self.registry.get(dispute.target)
        if target is None and cue and cue.casefold() in what.casefold():
            return f" · *“{md(cue)}”*"
        out = f" · *{md(cue)}*" if cue else ""
        if target is not None:
            names = {n.casefold() for n in (target.name, *target.other_names)}
            words = f"“{md(what)}”" if what and what.casefold() not in names else ""
            if target.id == of:
                out += f" · {words}" if words else ""
            else:
                out += f" · {self.person(target.id, target.name)}" + (f" ({words})" if words else "")
        elif what:
            out += f" · {md(what)}"
        return out

    def article(self, ref: ArticleRef) -> str:
        return f"[{md(ref.title)}]({self.root}articles/{ref.id}.md)"

    def topic(self, topic: Topic) -> str:
        return f"[{md(topic.name)}]({self.root}topics/{topic.id}.md)"

    def source(self, ref: ArticleRef, fact: Statement | Dispute) -> str:
        """`¶ 3` linking to the sentence a fact came from, or '' when it is not known."""
        found = self.sources.get(ref.id)
        return _pilcrow(found.anchor(fact) if found else None, f"{self.root}articles/{ref.id}.md")

    def here(self, ref: ArticleRef, fact: Statement | Dispute) -> str:
        """`¶ 3` linking to the sentence a fact came from, on the article's own page."""
        found = self.sources.get(ref.id)
        return _pilcrow(found.anchor(fact) if found else None, "")

    def url(self, url: str | None, text: str | None = None) -> str:
        target = safe_url(url)
        if target is None:
            return md(url or "")
        return f"[{md(text or url)}]({target})"


def html_attribute(text: str) -> str:
    """Text for Material's <meta name="description">, which writes the page's `description` into the
    attribute as it is (its templates do not escape): escaped here, so a link shared from the site
    previews the story, not the site's one description for every page."""
    return "".join(_HTML.get(c, c) for c in " ".join(text.split()))


def lead(sheet: FactSheet, limit: int = LEAD_CHARS) -> str:
    """The article's opening: whole sentences of its first paragraph, as many as fit in `limit` characters
    (the first always, however long). Never cut inside a sentence: a clipped sentence misquotes."""
    sentences = split_sentences(sheet.paragraphs[0]) if sheet.paragraphs else []
    kept = sentences[:1]
    for sentence in sentences[1:]:
        if len(" ".join((*kept, sentence))) > limit:
            break
        kept.append(sentence)
    return " ".join(kept)


# An interview transcript's turn: "((Zara Kay)) I grew up ...", as Wikinews writes them.
_TURN = re.compile(r"\(\(([^()\n]{1,80})\)\)\s*")
TRANSCRIPT_TURNS = 3  # marked paragraphs that make an article an interview


@dataclass(frozen=True, slots=True)
class Turns:
    """One voice of an interview transcript: who, how many paragraphs, the first of them (from 1)."""

    speaker: str
    count: int
    first: int
    person_id: str | None  # whose page, when the speaker is a person of the article


def transcript(sheet: FactSheet, people: Sequence[PersonRow]) -> list[Turns]:
    """The voices of the article's interview transcript in order of appearance, or [] when it has none."""
    found: dict[str, list[int]] = {}
    for n, paragraph in enumerate(sheet.paragraphs, 1):
        turn = _TURN.match(paragraph)
        if turn and turn.group(1).strip():
            found.setdefault(" ".join(turn.group(1).split()), []).append(n)
    if sum(len(at) for at in found.values()) < TRANSCRIPT_TURNS:
        return []
    ids = {name.casefold(): row.id for row in people for name in (row.name, *row.aliases) if row.id}
    return [Turns(name, len(at), at[0], ids.get(name.casefold())) for name, at in found.items()]


def _sentence_md(sentence: str, opens: bool) -> str:
    """A sentence as Markdown; an interview turn's "((Name))" that opens a paragraph shows as "**Name:**"."""
    turn = _TURN.match(sentence) if opens else None
    if turn is None or not turn.group(1).strip():
        return md(sentence)
    return f"**{md(' '.join(turn.group(1).split()))}:** {md(sentence[turn.end():])}"


def article_text(found: Provenance) -> list[str]:
    """The article's paragraphs as Markdown, each fact's sentences in a span its links point to."""
    out = []
    for n, sentences in enumerate(found.sentences):
        spans = {span.first: span for span in found.spans[n]}
        pieces, at = [], 0
        while at < len(sentences):
            span = spans.get(at)
            if span is None:
                pieces.append(_sentence_md(sentences[at], at == 0))
                at += 1
                continue
            text = " ".join(_sentence_md(s, i == 0) for i, s in enumerate(sentences[span.first:span.last + 1],
                                                                          span.first))
            pieces.append(f'<span class="fs-source" id="{span.anchor}">{text}</span>')
            at = span.last + 1
        out.append(f"[{PILCROW}{n + 1}](#p{n + 1}) " + " ".join(pieces))
    return out


_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml when there: pages of big archives


def front_matter(data: dict) -> str:
    """YAML front matter for MkDocs: article strings are data here, quoted by the YAML dumper."""
    if not data:
        return ""
    text = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=10**9)
    return "---\n" + text + "---\n\n"


def environment(templates: Path = TEMPLATES) -> jinja2.Environment:
    """Markdown templates: no autoescape (it would be HTML escaping); `md` on every untrusted field."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)), autoescape=False,
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True)
    env.filters.update(md=md, role_text=role_text, licence_url=licence_url, host=host, date_cell=date_cell)
    return env


def date_cell(date: str | None) -> str:
    """A date for a table cell, kept on one line: a phone's narrow column split "2020-" from "12-28"."""
    return f'<span class="fs-date">{md(date)}</span>' if date else "undated"


def _tidy(text: str) -> str:
    """No trailing spaces (they would be line breaks), at most one blank line, one final newline."""
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


@dataclass(frozen=True, slots=True, eq=False)  # one object per topic: compared and hashed by identity
class Topic:
    """A topic page: every spelling of one topic (same slug) and the articles tagged with it."""

    id: str
    name: str
    names: tuple[str, ...]
    articles: tuple[tuple[ArticleRef, FactSheet], ...]  # newest first


def render_pages(sheets: list[FactSheet], templates: Path = TEMPLATES,
                 changes: Sequence[Change] = ()) -> dict[str, str]:
    """Every generated page, keyed by its path relative to `content/`; `changes` are the editors'."""
    env = environment(templates)
    registry = build_registry(sheets)
    refs = {article_ref(s).id: (article_ref(s), s) for s in sheets}
    sources = {ref_id: provenance(sheet) for ref_id, (_, sheet) in refs.items()}
    ordered = sorted(refs.values(), key=lambda rs: newest_first(rs[0].date, rs[0].title.casefold(), rs[0].id))
    topics = _topics(ordered)
    topic_of = {name: t for t in topics for name in t.names}
    graph = dispute_graph([s for _, s in ordered], registry)
    shared = _shared(ordered, registry, topic_of)

    def page(template: str, root: str, meta: dict | None = None, **context) -> str:
        links = Links(root, registry, sources)
        body = env.get_template(template).render(link=links, registry=registry, **context)
        return front_matter(meta or {}) + _tidy(body)

    pages = {}
    for ref, sheet in ordered:
        tagged = _unique(tuple(topic_of[n] for n in _names(sheet.topics) if n in topic_of))
        opening = lead(sheet)
        pages[f"articles/{ref.id}.md"] = page(
            "article.md.j2", "../", meta={
                "tags": search_tags(t.name for t in tagged),  # Material's search indexes tags
                "topics": [{"name": t.name, "page": t.id} for t in tagged],  # the chips, by overrides/partials/tags.html
                "jsonld": structured.news_article(sheet, registry, safe_url(sheet.url), licence_url(sheet.license),
                                                  [t.name for t in tagged]),
                **({"description": html_attribute(opening)} if opening else {})},
            ref=ref, sheet=sheet, lead=opening, people=(rows := _article_people(sheet, registry)),
            turns=transcript(sheet, rows), data_file=_data_file(sheet, ref),
            text=article_text(sources[ref.id]), topics=list(tagged),
            related=_related(ref, refs, shared, registry))
    roles_of = {entry.id: merged_roles(entry.roles) for entry in registry.people}
    # The role a person's page leads with, beside their name on the home page and the people index.
    latest = {pid: role_text(roles[0]) for pid, roles in roles_of.items() if roles}
    for entry in registry.people:
        near = graph.around(entry.id)
        roles = roles_of[entry.id]
        pages[f"people/{entry.id}.md"] = page(
            "person.md.j2", "../", meta={**_person_search(entry, _offices(roles, topic_of)), "jsonld": structured.person(entry, roles)},
            person=entry, roles=roles, role_articles=ROLE_ARTICLES,
            roles_in=_roles_by_article(spelled_alike(entry.roles)),  # as each article gives it
            topic_limit=TOPIC_LIMIT, statement_groups=_by_article(entry.statements),
            disputes_by=_by_article(entry.disputes_by), disputes_against=_by_article(entry.disputes_against),
            seen=_seen(entry), together=_appears_with(entry, refs, registry),
            opponents=_disputes_most(entry, near), person_topics=_person_topics(entry, refs, topic_of),
            picture=picture(near, lambda pid: f"../{pid}/", f"Who {entry.name} disputes and is disputed by",
                            focus=entry.id))
    for topic in topics:
        disputes = _disputes_in(topic)
        count = sum(len(group) for _, group in disputes)
        every = f"{topic.id}/{DISPUTES_PAGE}" if count > TOPIC_DISPUTES else None  # relative to topics/
        rows = [(ref, *_people_in(sheet, registry)) for ref, sheet in topic.articles]
        listed = f"{topic.id}/{ARTICLES_PAGE}" if len(rows) > TOPIC_ARTICLES else None  # relative to topics/
        pages[f"topics/{topic.id}.md"] = page(
            "topic.md.j2", "../", meta=_topic_search(topic), topic=topic, long_list=HOME_LIMIT,
            rows=rows[:TOPIC_ARTICLES], all_articles=listed,
            quoted=_most_quoted_in(topic, registry), disputes=_first(disputes, TOPIC_DISPUTES),
            dispute_count=count, shown=min(count, TOPIC_DISPUTES), all_disputes=every)
        if every:
            pages[f"topics/{every}"] = page(
                "topic_disputes.md.j2", "../../", LISTING, topic=topic, disputes=disputes, dispute_count=count)
        if listed:
            pages[f"topics/{listed}"] = page("topic_articles.md.j2", "../../", LISTING, topic=topic, rows=rows)
    pages["topics/index.md"] = page("topics_index.md.j2", "../", LISTING, count=len(topics), groups=_topics_by_letter(topics),
                                    most_used=_most_used(topics), most_used_limit=MOST_USED)
    months = _by_month(ordered)
    pages["articles/index.md"] = page("articles_index.md.j2", "../", LISTING, count=len(ordered), months=months,
                                      jump=_jump_years(months),
                                      outlets=len({s.outlet for _, s in ordered if s.outlet}) > 1)
    pages["people/index.md"] = page("people_index.md.j2", "../", LISTING, groups=_by_letter(registry), latest=latest)
    pages["index.md"] = page("home.md.j2", "", LISTING, articles=ordered[:HOME_LIMIT],
                             article_count=len(ordered), quoted=_most_quoted(registry), latest=latest,
                             disputes=_recent_disputes(ordered), topic_count=len(topics),
                             picture=picture(graph, lambda pid: f"people/{pid}/", "Who disputes whom"))
    pages["corrections.md"] = page("corrections.md.j2", "", changes=changes,
                                   articles={ref.id: ref for ref, _ in ordered})
    return pages


def _most_used(topics: Sequence[Topic]) -> list[Topic]:
    """Up to MOST_USED topics of more than one fact sheet, most used first (A-Z within a count), a tie
    never cut: when the last place is shared past the limit, that whole count is left out. Cut in the
    middle, ten topics of 3 fact sheets showed as "Australia (3)" alone, as if it led Germany (3)."""
    by_use = sorted((t for t in topics if len(t.articles) > 1), key=lambda t: (-len(t.articles), _topic_key(t), t.id))
    last = by_use[MOST_USED - 1:MOST_USED + 1]
    if len(last) == 2 and len(last[0].articles) == len(last[1].articles):
        return [t for t in by_use[:MOST_USED] if len(t.articles) > len(last[0].articles)]
    return by_use[:MOST_USED]


def _topic_search(topic: Topic) -> dict:
    """What lifts a topic's page in search above the fact sheets tagged with it: its names as tags
    (weighed as the fact sheets' tags are) and a boost as a person's, so "Iran" (5 fact sheets) finds
    its page first, before "Iranian Chess Federation" (1), which the typed prefix matches too. Another
    spelling is a tag only when it adds a word: "House of the United States" beside "United States House
    of Representatives" counted "united" and "states" twice, and put the House above the United States
    (34 fact sheets) for "United States"."""
    return {"tags": search_tags([topic.name, *_adding_words(topic.name, topic.names)]),
            "search": {"boost": _boost(len(topic.articles))}}


def _person_search(entry: Entry, offices: Sequence[Topic] = ()) -> dict:
    """What puts a person's page first in search for their name: their names as tags, which Material
    weighs far above titles and text, as a topic's page has its names. Without them a topic whose name
    shares a word ("Philippines" for "Philipp Hagemeister") came first on its tag alone. Another name
    is a tag only when it adds a word ("Peskov" does not): a repeated word would outweigh a topic named
    by it ("Washington" is George Washington's word once, as it is Washington D.C.'s).

    The topics their roles are held in (`offices`: "President, Iran") are tags too, so "Iran" finds
    Hassan Rouhani beside the topic's page, above the fact sheets merely tagged with it and the pages
    that mention Iran in passing; the topic's own page, whose tags are its names alone, stays above him."""
    names = [entry.name, *_adding_words(entry.name, entry.other_names)]
    return {"tags": search_tags([*names, *(t.name for t in offices)]), "search": {"boost": search_boost(entry)}}


# How Material's search reads a name (mkdocs.yml's search plugin: words split at spaces and hyphens,
# lunr's English stop words dropped); of those stop words, the ones that occur in names.
_SEARCH_SEPARATOR = re.compile(r"[\s\-]+")
_STOP_WORDS = frozenset(["a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to"])


def _search_words(name: str) -> set[str]:
    return {w for w in _SEARCH_SEPARATOR.split(name.casefold()) if w and w not in _STOP_WORDS}


def _adding_words(name: str, others: Iterable[str]) -> list[str]:
    """The other names that add a word search reads to `name`, A-Z."""
    words = _search_words(name)
    return sorted({o for o in others if not _search_words(o) <= words}, key=str.casefold)


def _offices(roles: Sequence[RoleHeld], topic_of: dict[str, Topic]) -> list[Topic]:
    """The topics a person's roles are held in, in the order of the roles, each once."""
    return list(_unique(tuple(topic_of[r.organization] for r in roles if r.organization in topic_of)))


def search_tags(names: Iterable[str]) -> list[str]:
    """Names as front matter `tags`, which only Material's search reads: it shows a result's tags as
    HTML (to highlight the words searched), so they are escaped here, or a name holding
    `<img src=x onerror=...>` would run in the search box."""
    return [html_attribute(name) for name in names]


def search_boost(entry: Entry) -> int:
    """How far search lifts a person's page: above fact sheets naming them, and the more articles
    name them, the higher, so "Biden" finds Joe Biden (6 articles) before Hunter Biden (1)."""
    return _boost(len(entry.articles))


def _boost(articles: int) -> int:
    """A person's or topic's search boost: 2 (fact sheets have 1), 3 from 3 articles, 4 from 10."""
    return 2 + sum(articles >= n for n in (3, 10))


def picture(graph: Graph, href: Callable[[str], str], title: str, focus: str | None = None) -> str:
    """The dispute graph twice, wide and as a column for phones; the page's style shows one of them."""
    wide = svg(graph, href, title, focus)
    return wide and wide + "\n" + narrow_svg(graph, href, title, focus)


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One person as an article names them; people the registry joined share a row."""

    id: str | None
    name: str
    roles: tuple[Role, ...]
    aliases: tuple[str, ...]
    corrected: bool = False


def _article_people(sheet: FactSheet, registry: Registry) -> list[PersonRow]:
    rows: dict[str, PersonRow] = {}
    for n, person in enumerate(sheet.people):
        key = registry.canonical(person.id) or f" {n}"  # unknown ids never merge
        row = rows.get(key)
        if row is None:
            rows[key] = PersonRow(registry.canonical(person.id), person.name, person.roles, person.aliases,
                                  person.corrected)
            continue
        aliases = (*row.aliases, person.name, *person.aliases)
        rows[key] = PersonRow(row.id, row.name, _unique((*row.roles, *person.roles)),
                              tuple(a for a in _unique(aliases) if a != row.name),
                              row.corrected or person.corrected)
    return list(rows.values())


def _unique(items: tuple) -> tuple:
    return tuple(dict.fromkeys(items))


def _data_file(sheet: FactSheet, ref: ArticleRef) -> str | None:
    """The fact sheet's YAML, which the pipeline publishes beside the pages, when its name is safe."""
    return f"{DATA_DIR}/{sheet.id}.yml" if sheet.id == ref.id else None


def merged_roles(roles: tuple[RoleHeld, ...]) -> tuple[RoleHeld, ...]:
    """A person's roles table: roles spelled alike as one (`spelled_alike`), and a bare title folded
    into its one qualified variant ("President" into "President, United States": one article gave the
    organisation, another did not), reported in the articles of both; newest first. A title with no
    or several qualified variants ("President" beside "President, France" and "President, Mali")
    stays a row of its own."""
    spelled = spelled_alike(roles)
    keys = {_role_key(r): r for r in spelled}
    qualified: dict[str, list[tuple[str, str]]] = {}
    for title, org in keys:
        if org:
            qualified.setdefault(title, []).append((title, org))
    into = {(title, ""): found[0] for title, found in qualified.items() if len(found) == 1 and (title, "") in keys}
    articles: dict[tuple[str, str], set[ArticleRef]] = {}
    for key, role in keys.items():
        articles.setdefault(into.get(key, key), set()).update(role.articles)
    return _newest_roles([RoleHeld(keys[key].title, keys[key].organization, _newest_refs(refs))
                          for key, refs in articles.items()])


def spelled_alike(roles: tuple[RoleHeld, ...]) -> tuple[RoleHeld, ...]:
    """Roles that differ only in capitals or hyphens ('former Vice-President', 'former vice president')
    as one, spelled as most articles spell it, reported in all their articles; newest first."""
    groups: dict[tuple[str, str], list[RoleHeld]] = {}
    for role in roles:
        groups.setdefault(_role_key(role), []).append(role)
    merged = []
    for group in groups.values():
        spelled = min(group, key=lambda r: -len(r.articles))  # ties: the most recently reported spelling
        merged.append(RoleHeld(spelled.title, spelled.organization,
                               _newest_refs({a for r in group for a in r.articles})))
    return _newest_roles(merged)


def _role_key(role: RoleHeld) -> tuple[str, str]:
    return tuple(" ".join(t.replace("-", " ").casefold().split()) for t in (role.title, role.organization or ""))


def _newest_refs(refs: set[ArticleRef]) -> tuple[ArticleRef, ...]:
    return tuple(sorted(refs, key=lambda a: newest_first(a.date, a.id)))


def _newest_roles(roles: list[RoleHeld]) -> tuple[RoleHeld, ...]:
    return tuple(sorted(roles, key=lambda r: newest_first(r.articles[0].date, r.title.casefold(),
                                                           r.organization or "")))


def _roles_by_article(roles: tuple[RoleHeld, ...]) -> dict[str, list[RoleHeld]]:
    """The roles each article gives a person, by article id, in the order of the roles table."""
    given: dict[str, list[RoleHeld]] = {}
    for role in roles:
        for ref in role.articles:
            given.setdefault(ref.id, []).append(role)
    return given


def _by_article(facts: Sequence[Said | Contested]) -> list[tuple[ArticleRef, list]]:
    """Statements or disputes under their article, keeping the newest-first order."""
    return [(ref, list(group)) for ref, group in groupby(facts, key=lambda s: s.article)]


def _by_letter(registry: Registry) -> list[tuple[str, list[tuple[Entry, Filed]]]]:
    """People under the first letter of their surname (accents folded), A to Z, then others;
    by surname within a letter, as `surnames.filed` states the rule."""
    groups: dict[str, list[tuple[Entry, Filed]]] = {}
    for entry in registry.people:
        name = filed(entry.name)
        groups.setdefault(name.letter, []).append((entry, name))
    for people in groups.values():
        people.sort(key=lambda pair: (pair[1].key, pair[0].id))
    return sorted(groups.items(), key=lambda kv: (kv[0] == "Other", kv[0]))


def _topic_key(topic: Topic) -> str:
    """A topic's place in the A-Z: accents and case folded, a leading "The" set aside ("The Economist" by E)."""
    key = fold(topic.name)
    return key[4:].lstrip() if key.startswith("the ") and key[4:].strip() else key


def _topics_by_letter(topics: list[Topic]) -> list[tuple[str, list[Topic]]]:
    """Topics under their first letter, A to Z, then others, as the people index groups people."""
    groups: dict[str, list[Topic]] = {}
    for topic in sorted(topics, key=lambda t: (_topic_key(t), t.id)):
        groups.setdefault(letter(_topic_key(topic)), []).append(topic)
    return sorted(groups.items(), key=lambda kv: (kv[0] == "Other", kv[0]))


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_DATED = re.compile(r"(\d{4})(?:-(\d{2}))?")


@dataclass(frozen=True, slots=True)
class Month:
    """The articles of one month (or year, or none) as the articles index shows them."""

    heading: str  # "December 2020", "2020" when only the year is known, "Undated", "Other dates"
    year: str | None
    short: str  # link text in the jump bar: "Dec"
    articles: list[tuple[ArticleRef, FactSheet]]

    @property
    def anchor(self) -> str:  # the id Markdown's toc gives the heading; headings are ours, never article text
        return self.heading.lower().replace(" ", "-")


def _by_month(ordered: list[tuple[ArticleRef, FactSheet]]) -> list[Month]:
    """Articles under their month, in the order given (newest first); undated and unreadable dates last."""
    groups: dict[str, Month] = {}
    for ref, sheet in ordered:
        found = _DATED.fullmatch((ref.date or "")[:7]) or _DATED.fullmatch(ref.date or "")
        month = int(found.group(2)) if found and found.group(2) else 0
        if found and 1 <= month <= 12:
            name = _MONTHS[month - 1]
            key, heading, year, short = found.group(0), f"{name} {found.group(1)}", found.group(1), name[:3]
        elif found and not found.group(2):
            key = heading = year = short = found.group(1)
        else:
            key = heading = short = "Undated" if ref.date is None else "Other dates"
            year = None
        groups.setdefault(key, Month(heading, year, short, [])).articles.append((ref, sheet))
    return sorted(groups.values(), key=lambda m: m.year is None)  # stable: dated months keep their order


def _jump_years(months: list[Month]) -> list[tuple[str | None, list[Month]]]:
    """The months under their year, for a jump bar: one line a year."""
    return [(year, list(group)) for year, group in groupby(months, key=lambda m: m.year)]


def _most_quoted(registry: Registry) -> list:
    quoted = [e for e in registry.people if e.statements]
    return sorted(quoted, key=lambda e: (-len(e.statements), e.name.casefold(), e.id))[:HOME_LIMIT]


def _recent_disputes(ordered: list[tuple[ArticleRef, FactSheet]]) -> list[tuple[ArticleRef, list[Dispute]]]:
    return _first([(ref, list(sheet.disputes)) for ref, sheet in ordered if sheet.disputes], HOME_LIMIT)


# Countries are written several ways in the news: each short form shares the page of the country's
# full name, and the page bears that name, whatever spellings the archive holds. General vocabulary,
# not learnt from the archive (an acronym of any other name joins its name only on the archive's
# evidence: `_expansions`). "Britain" and "Great Britain" mean the United Kingdom in the news;
# England and Scotland are countries of their own and keep their pages.
COUNTRY_NAMES = {
    **dict.fromkeys(("US", "U.S.", "USA", "U.S.A.", "America", "United States of America"), "United States"),
    **dict.fromkeys(("UK", "U.K.", "Britain", "Great Britain"), "United Kingdom"),
    **dict.fromkeys(("UAE", "U.A.E."), "United Arab Emirates"),
    **dict.fromkeys(("DRC", "DR Congo", "Congo-Kinshasa"), "Democratic Republic of the Congo"),
    **dict.fromkeys(("USSR", "U.S.S.R."), "Soviet Union"),
    "Holland": "Netherlands", "Czechia": "Czech Republic", "Burma": "Myanmar",
    "Russian Federation": "Russia", "People's Republic of China": "China", "PRC": "China",
    "Republic of Korea": "South Korea", "ROK": "South Korea", "DPRK": "North Korea",
    # Not countries, but the same case: a clipped name no article writes ("United States House" is the
    # extractor's) shares the page of the name the news writes out.
    **dict.fromkeys(("United States House", "U.S. House", "US House", "House of the United States"),
                    "United States House of Representatives"),
}


def _topics(ordered: list[tuple[ArticleRef, FactSheet]]) -> list[Topic]:
    """Topics grouped by page id, so "House" and "house" share a page, a country's short forms with its
    full name, and an acronym with the name it stands for; a country named in full, any other topic
    as most articles name it, a name written out before its acronym."""
    spellings: dict[str, Counter] = {}
    tagged: dict[str, list[tuple[ArticleRef, FactSheet]]] = {}
    expansions = _expansions(ordered)
    of_form: dict[str, str] = {}  # pages that join a name and its of-form: named by the of-form
    same = _of_forms({_full_name(n, expansions) for _, sheet in ordered for n in _names(sheet.topics)})
    for ref, sheet in ordered:
        for name in dict.fromkeys(_names(sheet.topics)):
            full = _full_name(name, expansions)
            topic_id = page_id(same.get(full, full))
            if full in same:
                of_form[topic_id] = same[full]
            if topic_id is None:
                continue
            spellings.setdefault(topic_id, Counter())[name] += 1
            articles = tagged.setdefault(topic_id, [])
            if not articles or articles[-1][0].id != ref.id:  # two spellings in one article
                articles.append((ref, sheet))
    return [Topic(id=tid, name=of_form.get(tid) or _topic_name(names, expansions), names=tuple(sorted(names)),
                  articles=tuple(tagged[tid]))
            for tid, names in sorted(spellings.items())]


def _of_forms(names: set[str]) -> dict[str, str]:
    """Topics that are another topic's name turned round, and that name: fact sheets extracted before
    the extractor named institutions "Senate of the United States" say "United States Senate"; both are
    one institution, so one page, under the of-form (the extractor's convention)."""
    turned = {}
    for name in sorted(names):
        words = name.split(" ")
        for at in (i for i, word in enumerate(words) if word == "of" and 0 < i < len(words) - 1):
            whose = words[at + 2:] if words[at + 1] == "the" else words[at + 1:]
            turned[" ".join(whose + words[:at])] = name  # "House of Representatives of the United States"
    return {name: of_form for name, of_form in turned.items() if name in names}


def _full_name(name: str, expansions: dict[str, str]) -> str:
    return COUNTRY_NAMES.get(name) or expansions.get(name, name)


def _topic_name(spellings: Counter, expansions: dict[str, str]) -> str:
    countries = {COUNTRY_NAMES[n] for n in spellings if n in COUNTRY_NAMES}
    if countries:
        return min(countries)  # one country: the page id is its full name's
    if all(n in expansions for n in spellings):  # only ever an acronym: the name an article spells out
        return expansions[min(spellings, key=lambda n: (-spellings[n], n))]
    return min(spellings, key=lambda n: (n in expansions, -spellings[n], n))


def _expansions(ordered: list[tuple[ArticleRef, FactSheet]]) -> dict[str, str]:
    """Acronym topics and the topic each stands for: "EU" and "European Union" were two topics of four
    fact sheets each. An acronym joins a name when its letters are the initials of the name's
    capitalised words ("ECJ", European Court of Justice), that name is the only one of the archive's
    topics that fits, and an article of the archive writes both, so the archive itself says they are
    one. An acronym no article spells out stays a topic of its own."""
    names = sorted({n for _, sheet in ordered for n in _names(sheet.topics)} - COUNTRY_NAMES.keys())
    by_initials: dict[str, list[str]] = {}
    for name in names:
        words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
        if len(words) >= 2:
            by_initials.setdefault("".join(w[0] for w in words), []).append(name)
    out, texts = {}, _texts(ordered)
    for acronym in names:
        if not re.fullmatch(r"(?:[A-Z]\.?){2,6}", acronym):
            continue
        fits = by_initials.get(acronym.replace(".", ""), [])
        written = re.compile(rf"(?<![\w.]){re.escape(acronym)}(?![\w])")
        if len(fits) == 1 and any(fits[0] in text and written.search(text) for text in texts):
            out[acronym] = fits[0]
        elif spelled := _spelled_out(acronym, texts):
            out[acronym] = spelled
    return out


_SMALL_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "de", "du", "la", "&"})


def _spelled_out(acronym: str, texts: list[str]) -> str | None:
    """The name an article spells an acronym out as, beside it in parentheses ("National Transportation
    Safety Board (NTSB)", "AEW (All Elite Wrestling)"): its capitalised words' initials are the acronym's
    letters. A topic page is named by what the articles write, so an acronym no article spells out stays."""
    letters = acronym.replace(".", "")
    before = re.compile(rf"((?:[\w'&.-]+ +){{1,12}})\({re.escape(acronym)}\)")
    after = re.compile(rf"(?<![\w.]){re.escape(acronym)} +\(([^()]{{3,120}})\)")
    for text in texts:
        if acronym not in text:
            continue  # most texts never write it: spare them the slower regular expressions
        for found in before.finditer(text):
            words = found.group(1).split()
            for start in range(len(words) - 1, -1, -1):
                if words[start] not in _SMALL_WORDS and not words[start][:1].isupper():
                    break
                if words[start][:1].isupper() and _initials(words[start:]) == letters:
                    return " ".join(words[start:])
        for found in after.finditer(text):
            words = found.group(1).split()
            if words[0][:1].isupper() and _initials(words) == letters:
                return " ".join(words)
    return None


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in _SMALL_WORDS and w[:1].isupper())


def _texts(ordered: list[tuple[ArticleRef, FactSheet]]) -> list[str]:
    return [" ".join((sheet.title, *sheet.paragraphs)) for _, sheet in ordered]


def _names(topics: tuple[str, ...]) -> list[str]:
    return [" ".join(t.split()) for t in topics]


def _people_in(sheet: FactSheet, registry: Registry) -> tuple[list[Entry], int]:
    """The article's people with a page, most statements first, then as the article names them;
    the first few, and how many more."""
    spoke = Counter(registry.canonical(s.speaker) for s in sheet.statements)
    found = _unique(tuple(pid for p in sheet.people if (pid := registry.canonical(p.id))))
    ranked = sorted(found, key=lambda pid: -spoke[pid])  # stable: ties keep the article's order
    return [registry.by_id[pid] for pid in ranked[:ROW_PEOPLE]], max(len(ranked) - ROW_PEOPLE, 0)


@dataclass(frozen=True, slots=True)
class Shared:
    """Which articles name each person and carry each topic, to find related fact sheets fast."""

    people: dict[str, set[str]]  # article id -> canonical person ids
    topics: dict[str, set[str]]  # article id -> topic ids
    by_person: dict[str, list[str]]  # person id -> article ids
    by_topic: dict[str, list[str]]  # topic id -> article ids
    rank: dict[str, int]  # article id -> position, newest first
    topic_names: dict[str, str]  # topic id -> the name its page bears


def _shared(ordered: list[tuple[ArticleRef, FactSheet]], registry: Registry,
            topic_of: dict[str, Topic]) -> Shared:
    """Topics by their pages, so "UK" in one fact sheet and "United Kingdom" in another are shared."""
    shared = Shared({}, {}, {}, {}, {}, {})
    for n, (ref, sheet) in enumerate(ordered):
        shared.rank[ref.id] = n
        shared.people[ref.id] = {registry.canonical(p.id) for p in sheet.people} - {None}
        tagged = [topic_of[t] for t in _names(sheet.topics) if t in topic_of]
        shared.topics[ref.id] = {t.id for t in tagged}
        shared.topic_names.update({t.id: t.name for t in tagged})
        for pid in shared.people[ref.id]:
            shared.by_person.setdefault(pid, []).append(ref.id)
        for tid in shared.topics[ref.id]:
            shared.by_topic.setdefault(tid, []).append(ref.id)
    return shared


def _related(ref: ArticleRef, refs: dict, shared: Shared,
             registry: Registry) -> list[tuple[ArticleRef, list[str], list[str]]]:
    """Other fact sheets sharing people or topics: (article, people's names, topics), most shared first."""
    score: Counter[str] = Counter()
    for pid in shared.people[ref.id]:
        score.update(dict.fromkeys(shared.by_person[pid], 2))
    for tid in shared.topics[ref.id]:
        score.update(dict.fromkeys(shared.by_topic[tid], 1))
    del score[ref.id]
    best = heapq.nsmallest(RELATED_LIMIT, score, key=lambda a: (-score[a], shared.rank[a]))
    found = []
    for other_id in best:
        other_ref = refs[other_id][0]
        people = shared.people[ref.id] & shared.people[other_id]
        topics = shared.topics[ref.id] & shared.topics[other_id]
        names = sorted((registry.by_id[p].name for p in people), key=str.casefold)
        shown = sorted((shared.topic_names[t] for t in topics), key=lambda n: (n.casefold(), n))
        found.append((other_ref, names, shown))
    return found


def _seen(entry: Entry) -> tuple[str | None, str | None]:
    """The dates of the person's earliest and latest dated articles."""
    dates = sorted(a.date for a in entry.articles if a.date)
    return (dates[0], dates[-1]) if dates else (None, None)


def _appears_with(entry: Entry, refs: dict, registry: Registry) -> list[tuple[Entry, int]]:
    """People named in the same articles, with how many articles they share, most first."""
    shared: Counter[str] = Counter()
    for article in entry.articles:
        sheet = refs[article.id][1]
        others = {registry.canonical(p.id) for p in sheet.people} - {None, entry.id}
        shared.update(others)
    ranked = sorted(shared.items(), key=lambda kv: (-kv[1], registry.by_id[kv[0]].name.casefold(), kv[0]))
    return [(registry.by_id[pid], n) for pid, n in ranked[:NEAR_LIMIT]]


def _disputes_most(entry: Entry, near: Graph) -> list[tuple[str | None, str, int, int]]:
    """Counterparts in disputes: (person id or None, name, disputes by them, disputes by this person)."""
    labels = {n.key: (n.person, n.label) for n in near.nodes}
    counts: dict[str, list[int]] = {}
    for edge in near.edges:
        if edge.target == entry.id:
            counts.setdefault(edge.source, [0, 0])[0] += edge.count
        if edge.source == entry.id:
            counts.setdefault(edge.target, [0, 0])[1] += edge.count
    ranked = sorted(counts.items(), key=lambda kv: (-sum(kv[1]), labels[kv[0]][1].casefold(), kv[0]))
    return [(*labels[key], against, by) for key, (against, by) in ranked[:NEAR_LIMIT]]


def _person_topics(entry: Entry, refs: dict, topic_of: dict[str, Topic]) -> list[tuple[Topic, int]]:
    found: Counter = Counter()
    for article in entry.articles:
        found.update({topic_of[t] for t in _names(refs[article.id][1].topics) if t in topic_of})
    return sorted(found.items(), key=lambda kv: (-kv[1], kv[0].name.casefold(), kv[0].id))


def _most_quoted_in(topic: Topic, registry: Registry) -> list[tuple[Entry, int]]:
    quoted: Counter[str] = Counter()
    for _, sheet in topic.articles:
        quoted.update(pid for pid in (registry.canonical(s.speaker) for s in sheet.statements) if pid)
    ranked = sorted(quoted.items(), key=lambda kv: (-kv[1], registry.by_id[kv[0]].name.casefold(), kv[0]))
    return [(registry.by_id[pid], n) for pid, n in ranked[:HOME_LIMIT]]


def _disputes_in(topic: Topic) -> list[tuple[ArticleRef, list[Dispute]]]:
    """The disputes in the topic's fact sheets under their article: newest article first, each
    article's disputes in the order it reports them."""
    return [(ref, list(sheet.disputes)) for ref, sheet in topic.articles if sheet.disputes]


def _first(groups: list[tuple[ArticleRef, list[Dispute]]], limit: int) -> list[tuple[ArticleRef, list[Dispute]]]:
    """The first `limit` disputes, still under their article."""
    out = []
    for ref, disputes in groups:
        if limit <= 0:
            break
        out.append((ref, disputes[:limit]))
        limit -= len(disputes)
    return out
