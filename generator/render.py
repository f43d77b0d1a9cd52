"""Fact sheet records to Markdown pages through the Jinja2 templates in `templates/`.

Every string from an article is untrusted: templates pass it through the `md` filter, which makes
it plain text for Markdown and HTML, and data is only ever a template's input, never a template.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from urllib.parse import quote, urlsplit

import jinja2

from .articles import slugify
from .factsheet import FactSheet, Role, Where
from .pipeline import DATA_DIR
from .registry import ArticleRef, Registry, Said, article_ref, build_registry, newest_first

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
HOME_LIMIT = 10  # rows per list on the home page

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
    return "".join(_HTML.get(c, c) for c in text)


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


def paragraph_anchor(where: Where | None, paragraphs: int) -> str | None:
    """The anchor of the paragraph a fact came from (`p1` is the first), when the article has it."""
    if where is None or not 0 <= where.paragraph < paragraphs:
        return None
    return f"p{where.paragraph + 1}"


def _pilcrow(anchor: str | None, page: str) -> str:
    return f"[¶ {anchor[1:]}]({page}#{anchor})" if anchor else ""


class Links:
    """Markdown links between pages, relative to the page being rendered; every method escapes."""

    def __init__(self, root: str, registry: Registry, paragraphs: dict[str, int]):
        self.root, self.registry, self.paragraphs = root, registry, paragraphs

    def person(self, person_id: str | None, text: str) -> str:
        """The person's name linking to their page, or the text as written when nobody has the id."""
        entry = self.registry.get(person_id)
        if entry is None:
            return md(text) if text.strip() else "Unnamed source"
        return f"[{md(entry.name)}]({self.root}people/{entry.id}.md)"

    def speaker(self, person_id: str | None, text: str) -> str:
        """Like `person`, adding how the article named them when that is no name ("She")."""
        entry = self.registry.get(person_id)
        named = entry is None or not text.strip() or any(n in text for n in (entry.name, *entry.other_names))
        return self.person(person_id, text) + ("" if named else f" (as “{md(text)}”)")

    def article(self, ref: ArticleRef) -> str:
        return f"[{md(ref.title)}]({self.root}articles/{ref.id}.md)"

    def source(self, ref: ArticleRef, where: Where | None) -> str:
        """`¶ 3` linking to the paragraph a fact came from, or '' when it is not known."""
        anchor = paragraph_anchor(where, self.paragraphs.get(ref.id, 0))
        return _pilcrow(anchor, f"{self.root}articles/{ref.id}.md")

    def here(self, where: Where | None, paragraphs: int) -> str:
        """`¶ 3` linking to a paragraph of the page itself."""
        return _pilcrow(paragraph_anchor(where, paragraphs), "")

    def url(self, url: str | None, text: str | None = None) -> str:
        target = safe_url(url)
        if target is None:
            return md(url or "")
        return f"[{md(text or url)}]({target})"


def environment(templates: Path = TEMPLATES) -> jinja2.Environment:
    """Markdown templates: no autoescape (it would be HTML escaping); `md` on every untrusted field."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)), autoescape=False,
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True)
    env.filters.update(md=md, role_text=role_text, licence_url=licence_url, host=host)
    return env


def _tidy(text: str) -> str:
    """No trailing spaces (they would be line breaks), at most one blank line, one final newline."""
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


def render_pages(sheets: list[FactSheet], templates: Path = TEMPLATES) -> dict[str, str]:
    """Every generated page, keyed by its path relative to `content/`."""
    env = environment(templates)
    registry = build_registry(sheets)
    refs = {article_ref(s).id: (article_ref(s), s) for s in sheets}
    paragraphs = {ref_id: len(sheet.paragraphs) for ref_id, (_, sheet) in refs.items()}
    ordered = sorted(refs.values(), key=lambda rs: newest_first(rs[0].date, rs[0].title.casefold(), rs[0].id))

    def page(template: str, root: str, **context) -> str:
        links = Links(root, registry, paragraphs)
        return _tidy(env.get_template(template).render(link=links, registry=registry, **context))

    pages = {f"articles/{ref.id}.md": page("article.md.j2", "../", ref=ref, sheet=sheet,
                                           people=_article_people(sheet, registry),
                                           data_file=_data_file(sheet, ref))
             for ref, sheet in ordered}
    pages.update({f"people/{entry.id}.md": page("person.md.j2", "../", person=entry,
                                                statement_groups=_by_article(entry.statements))
                  for entry in registry.people})
    pages["articles/index.md"] = page("articles_index.md.j2", "../", articles=ordered)
    pages["people/index.md"] = page("people_index.md.j2", "../", groups=_by_letter(registry))
    pages["index.md"] = page("home.md.j2", "", articles=ordered[:HOME_LIMIT],
                             article_count=len(ordered), quoted=_most_quoted(registry),
                             disputes=_recent_disputes(sheets))
    return pages


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One person as an article names them; people the registry joined share a row."""

    id: str | None
    name: str
    roles: tuple[Role, ...]
    aliases: tuple[str, ...]


def _article_people(sheet: FactSheet, registry: Registry) -> list[PersonRow]:
    rows: dict[str, PersonRow] = {}
    for n, person in enumerate(sheet.people):
        key = registry.canonical(person.id) or f" {n}"  # unknown ids never merge
        row = rows.get(key)
        if row is None:
            rows[key] = PersonRow(registry.canonical(person.id), person.name, person.roles, person.aliases)
            continue
        aliases = (*row.aliases, person.name, *person.aliases)
        rows[key] = PersonRow(row.id, row.name, _unique((*row.roles, *person.roles)),
                              tuple(a for a in _unique(aliases) if a != row.name))
    return list(rows.values())


def _unique(items: tuple) -> tuple:
    return tuple(dict.fromkeys(items))


def _data_file(sheet: FactSheet, ref: ArticleRef) -> str | None:
    """The fact sheet's YAML, which the pipeline publishes beside the pages, when its name is safe."""
    return f"{DATA_DIR}/{sheet.id}.yml" if sheet.id == ref.id else None


def _by_article(statements: tuple[Said, ...]) -> list[tuple[ArticleRef, list[Said]]]:
    """Statements under their article, keeping the newest-first order."""
    return [(ref, list(group)) for ref, group in groupby(statements, key=lambda s: s.article)]


def _by_letter(registry: Registry) -> list[tuple[str, list]]:
    """People grouped under the first letter of their name (accents folded), A to Z, then others."""
    groups: dict[str, list] = {}
    for entry in registry.people:
        first = (slugify(entry.name)[:1] or "#").upper()
        groups.setdefault(first if first.isalpha() else "Other", []).append(entry)
    return sorted(groups.items(), key=lambda kv: (kv[0] == "Other", kv[0]))


def _most_quoted(registry: Registry) -> list:
    quoted = [e for e in registry.people if e.statements]
    return sorted(quoted, key=lambda e: (-len(e.statements), e.name.casefold(), e.id))[:HOME_LIMIT]


def _recent_disputes(sheets: list[FactSheet]) -> list:
    found = [(article_ref(s), order, d) for s in sheets for order, d in enumerate(s.disputes)]
    found.sort(key=lambda x: newest_first(x[0].date, x[0].id, x[1]))
    return [(ref, d) for ref, _, d in found[:HOME_LIMIT]]
