"""People across all fact sheets: one entry per person id, with names, roles, statements and disputes."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .articles import slugify
from .factsheet import Dispute, FactSheet, Statement

# Page names that a person or article id must not take: they would overwrite an index page.
_RESERVED = {"index"}


def page_id(raw: str | None) -> str | None:
    """A safe page id for a person or article id from the data (ids are untrusted too), or None."""
    slug = slugify(raw or "")
    if not slug:
        return None
    return f"{slug}-page" if slug in _RESERVED else slug


@dataclass(frozen=True, slots=True)
class ArticleRef:
    id: str
    title: str
    date: str | None


@dataclass(frozen=True, slots=True)
class RoleHeld:
    title: str
    organization: str | None
    articles: tuple[ArticleRef, ...]  # where the role was reported, newest first


@dataclass(frozen=True, slots=True)
class Said:
    article: ArticleRef
    statement: Statement
    order: int  # position in the article's statements, for a stable order within one article


@dataclass(frozen=True, slots=True)
class Contested:
    article: ArticleRef
    dispute: Dispute
    order: int


@dataclass(frozen=True, slots=True)
class Entry:
    """Everything the archive says about one person."""

    id: str
    name: str
    other_names: tuple[str, ...]
    roles: tuple[RoleHeld, ...]
    statements: tuple[Said, ...]  # newest first
    disputes_by: tuple[Contested, ...]  # newest first
    disputes_against: tuple[Contested, ...]  # newest first
    articles: tuple[ArticleRef, ...]  # newest first


@dataclass(frozen=True, slots=True)
class Registry:
    people: tuple[Entry, ...]  # sorted by name
    joined: dict[str, str]  # surname-only id -> the full-name id it was merged into
    by_id: dict[str, Entry] = field(compare=False, repr=False)

    def canonical(self, person_id: str | None) -> str | None:
        """The registry id for an id used in a fact sheet, or None when nobody has it."""
        safe = page_id(person_id)
        safe = self.joined.get(safe, safe)
        return safe if safe in self.by_id else None

    def get(self, person_id: str | None) -> Entry | None:
        return self.by_id.get(self.canonical(person_id) or "")


def newest_first(date: str | None, *tiebreak: object) -> tuple:
    """Sort key: dated items newest first, undated last, then the tiebreak ascending."""
    return (date is None, _negated(date or ""), *tiebreak)


def _negated(text: str) -> tuple[int, ...]:
    # Dates descending while the tiebreak stays ascending, in one sort; the trailing 0 ranks a
    # longer date ("2019-01-07") before its prefix ("2019").
    return tuple(-ord(c) for c in text) + (0,)


def article_ref(sheet: FactSheet) -> ArticleRef:
    return ArticleRef(id=page_id(sheet.id) or "article", title=sheet.title, date=sheet.date)


def surname_joins(sheets: list[FactSheet]) -> dict[str, str]:
    """One-word ids joined into the one full-name id that ends (or begins) with that word.

    Conservative: a one-word id joins only when exactly one multi-word id in the whole archive
    ends with it (a surname) or, failing that, begins with it (a first name), so two Bushes keep
    `bush` apart from both; those are listed by `possible_duplicates`.
    """
    joins = {}
    for short, matches in _one_word_matches(sheets).items():
        if len(matches) == 1:
            joins[short] = matches[0]
    return joins


def possible_duplicates(sheets: list[FactSheet]) -> dict[str, list[str]]:
    """One-word ids that could be any of several people: editors decide with a `merge` correction."""
    return {short: matches for short, matches in _one_word_matches(sheets).items() if len(matches) > 1}


def _one_word_matches(sheets: list[FactSheet]) -> dict[str, list[str]]:
    ids = {page_id(p.id) for s in sheets for p in s.people} - {None}
    full = sorted(i for i in ids if "-" in i)
    found = {}
    for short in sorted(i for i in ids if "-" not in i):
        matches = [i for i in full if i.endswith("-" + short)] or [i for i in full if i.startswith(short + "-")]
        if matches:
            found[short] = matches
    return found


def build_registry(sheets: list[FactSheet]) -> Registry:
    """The people registry: people grouped by id, surname-only ids joined, everything sorted."""
    joins = surname_joins(sheets)

    def canonical(raw: str | None) -> str | None:
        safe = page_id(raw)
        return joins.get(safe, safe)

    names: dict[str, Counter] = {}
    others: dict[str, set[str]] = {}
    roles: dict[str, dict[tuple[str, str | None], list[ArticleRef]]] = {}
    mentions: dict[str, list[ArticleRef]] = {}
    for sheet in sheets:
        ref = article_ref(sheet)
        for person in sheet.people:
            pid = canonical(person.id)
            if pid is None:
                continue
            if pid == page_id(person.id):  # a joined surname-only entry has no say in the full name
                names.setdefault(pid, Counter())[person.name] += 1
            others.setdefault(pid, set()).update((person.name, *person.aliases))
            for role in person.roles:
                roles.setdefault(pid, {}).setdefault((role.title, role.organization), []).append(ref)
            mentions.setdefault(pid, []).append(ref)

    said = _gather(sheets, canonical, lambda s: s.statements, lambda st: st.speaker, Said)
    by = _gather(sheets, canonical, lambda s: s.disputes, lambda d: d.by, Contested)
    against = _gather(sheets, canonical, lambda s: s.disputes, lambda d: d.target, Contested)
    entries = []
    for pid in sorted(names):
        name = _canonical_name(names[pid])
        entries.append(Entry(
            id=pid, name=name,
            other_names=tuple(sorted(others[pid] - {name}, key=str.casefold)),
            roles=_roles(roles.get(pid, {})),
            statements=_newest(said.get(pid, [])),
            disputes_by=_newest(by.get(pid, [])),
            disputes_against=_newest(against.get(pid, [])),
            articles=tuple(sorted(set(mentions[pid]), key=lambda a: newest_first(a.date, a.id))),
        ))
    entries.sort(key=lambda e: (e.name.casefold(), e.id))
    return Registry(people=tuple(entries), joined=dict(sorted(joins.items())),
                    by_id={e.id: e for e in entries})


def _gather(sheets, canonical, facts, person_of, record) -> dict[str, list]:
    """Facts per canonical person id, each wrapped with its article and position."""
    out: dict[str, list] = {}
    for sheet in sheets:
        ref = article_ref(sheet)
        for order, fact in enumerate(facts(sheet)):
            pid = canonical(person_of(fact))
            if pid is not None:
                out.setdefault(pid, []).append(record(ref, fact, order))
    return out


def _newest(items: list) -> tuple:
    return tuple(sorted(items, key=lambda x: newest_first(x.article.date, x.article.id, x.order)))


def _canonical_name(votes: Counter) -> str:
    """The name most articles use under the person's own id; then the longest; then A-Z."""
    return min(votes, key=lambda n: (-votes[n], -len(n), n))


def _roles(found: dict[tuple[str, str | None], list[ArticleRef]]) -> tuple[RoleHeld, ...]:
    held = [RoleHeld(title=title, organization=org,
                     articles=tuple(sorted(set(refs), key=lambda a: newest_first(a.date, a.id))))
            for (title, org), refs in found.items()]
    # The most recently reported role first: it is the one a reader most likely looks for.
    return tuple(sorted(held, key=lambda r: newest_first(r.articles[0].date, r.title.casefold(),
                                                          r.organization or "")))
