"""Schema.org JSON-LD for each page's head: `NewsArticle` with `mentions`, `Person` with roles,
`Quotation` for statements. Never `ClaimReview`: the site reports who said what and rates nothing.

The data goes into page front matter; the theme override writes it with Jinja's `tojson`, which
escapes `<`, `>` and `&`, so article text cannot close the script element.
"""
from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urljoin

from .factsheet import FactSheet, Role, Statement
from .registry import Entry, Registry, RoleHeld

CONTEXT = "https://schema.org"
QUOTES_PER_PERSON = 50  # the newest; the person page itself lists them all


def _text(value: str) -> str:
    return " ".join(value.split())


def _role(role: Role | RoleHeld) -> str:
    return _text(f"{role.title}, {role.organization}" if role.organization else role.title)


def _drop_empty(data: dict) -> dict:
    return {k: v for k, v in data.items() if v not in (None, "", [], {})}


def absolute(data: object, page_url: str) -> object:
    """`data` with every `url` made absolute against the page's own address.

    Pages carry links relative to themselves, so the site works wherever it is served; the site hook
    calls this when `site_url` is set, because search engines read JSON-LD links as absolute.
    """
    if isinstance(data, list):
        return [absolute(item, page_url) for item in data]
    if isinstance(data, dict):
        return {key: urljoin(page_url, value) if key == "url" and isinstance(value, str) else absolute(value, page_url)
                for key, value in data.items()}
    return data


def news_article(sheet: FactSheet, registry: Registry, url: str | None, licence: str | None,
                 topics: Sequence[str]) -> dict:
    """The article as a `NewsArticle`, naming the people it mentions and quoting their statements.

    `url` and `licence` are links the caller has checked (http and https only); `topics` are the names
    its topic chips show ("United Kingdom" where the article wrote "UK").
    """
    mentions = []
    for person in sheet.people:
        entry = registry.get(person.id)
        mentions.append(_drop_empty({
            "@type": "Person", "name": _text(entry.name if entry else person.name),
            "url": f"../../people/{entry.id}/" if entry else None,
            "jobTitle": [_role(r) for r in person.roles]}))
    return _drop_empty({
        "@context": CONTEXT, "@type": "NewsArticle", "headline": _text(sheet.title),
        "datePublished": sheet.date, "url": url,
        "author": _named("Person", sheet.author),
        "publisher": _named("Organization", sheet.outlet),
        "license": licence or (_text(sheet.license) if sheet.license else None),
        "about": [{"@type": "Thing", "name": _text(t)} for t in topics],
        "mentions": mentions,
        "hasPart": [_quotation(s, registry) for s in sheet.statements],
    })


def _named(kind: str, name: str | None) -> dict | None:
    """A `Person` or `Organization` by name, or nothing: a bare {"@type": "Person"} names no one."""
    return {"@type": kind, "name": _text(name)} if name and name.strip() else None


def _quotation(statement: Statement, registry: Registry) -> dict:
    """A statement as a `Quotation`, its creator the person whose page has it; an unnamed speaker ("they",
    "one participant", an organisation) is no `Person` and is left out rather than given as one."""
    entry = registry.get(statement.speaker)
    return _drop_empty({
        "@type": "Quotation", "text": _text(statement.text),
        "creator": {**_named("Person", entry.name), "url": f"../../people/{entry.id}/"} if entry else None,
    })


def person(entry: Entry, roles: Sequence[Role | RoleHeld]) -> dict:
    """The person as a `Person` with `roles`, those articles gave them as the page shows them, and
    their statements as `Quotation`s."""
    quotes = [_drop_empty({
        "@type": "Quotation", "text": _text(said.statement.text),
        "isPartOf": _drop_empty({"@type": "NewsArticle", "headline": _text(said.article.title),
                                 "datePublished": said.article.date,
                                 "url": f"../../articles/{said.article.id}/"}),
    }) for said in entry.statements[:QUOTES_PER_PERSON]]
    return _drop_empty({
        "@context": CONTEXT, "@type": "Person", "name": _text(entry.name),
        "alternateName": [_text(n) for n in entry.other_names],
        "jobTitle": [_role(r) for r in roles],
        "affiliation": [{"@type": "Organization", "name": _text(o)}
                        for o in dict.fromkeys(r.organization for r in roles if r.organization)],
        "subjectOf": quotes,
    })
