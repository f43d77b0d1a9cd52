"""Editors' corrections (`content/corrections.yml`), applied after extraction and before rendering.

Re-extraction never undoes them: they are applied afresh to the extracted fact sheets on every
build. A correction that is malformed, names an unknown id or matches nothing is an error naming
the file, the line and the reason, and the build stops before publishing.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from .factsheet import KINDS, Dispute, FactSheet, Person, Role, Statement

FILE_NAME = "corrections.yml"


class CorrectionError(ValueError):
    """A corrections file that cannot be applied; str() names the file, the line and the reason."""


@dataclass(frozen=True, slots=True)
class Change:
    """One correction as applied, for the corrections page."""

    kind: str  # person | statement | dispute
    action: str  # merge | edit | drop | reattribute | add
    article: str | None  # article id, or None for archive-wide person corrections
    subject: str  # who or what was changed, in words
    detail: str  # what was done


@dataclass(frozen=True, slots=True)
class _Item:
    data: dict
    line: int


# --- reading -------------------------------------------------------------------------------------

class _LineLoader(yaml.SafeLoader):
    """Safe YAML that remembers the line of every mapping, so errors can point at it."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict:
    data = loader.construct_mapping(node, deep=True)
    data["__line__"] = node.start_mark.line + 1
    return data


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


@dataclass(frozen=True, slots=True)
class Corrections:
    path: str
    people: tuple[_Item, ...] = ()
    statements: tuple[_Item, ...] = ()
    disputes: tuple[_Item, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.people or self.statements or self.disputes)


def load(path: Path) -> Corrections:
    """The corrections in `path` (none when the file is absent); CorrectionError when malformed."""
    if not path.is_file():
        return Corrections(path=str(path))
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)  # a SafeLoader subclass
    except UnicodeDecodeError:
        raise CorrectionError(f"{path}: not UTF-8") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"line {mark.line + 1}: " if mark else ""
        raise CorrectionError(f"{path}: {line}not valid YAML ({getattr(exc, 'problem', exc)})") from None
    if data is None:
        return Corrections(path=str(path))
    if not isinstance(data, dict):
        raise CorrectionError(f"{path}: line 1: must be a mapping with people, statements and disputes")
    unknown = sorted(set(data) - {"people", "statements", "disputes", "__line__"})
    if unknown:
        raise CorrectionError(f"{path}: line {data['__line__']}: unknown section {unknown[0]!r} "
                              "(use people, statements, disputes)")
    return Corrections(path=str(path), **{key: _items(path, data, key)
                                          for key in ("people", "statements", "disputes")})


def _items(path: Path, data: dict, key: str) -> tuple[_Item, ...]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise CorrectionError(f"{path}: line {data['__line__']}: {key} must be a list")
    items = []
    for entry in value:
        if not isinstance(entry, dict):
            raise CorrectionError(f"{path}: {key}: each correction must be a mapping, not {entry!r}")
        line = entry.pop("__line__")
        items.append(_Item(_strip_lines(entry), line))
    return tuple(items)


def _strip_lines(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != "__line__"}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value


# --- applying ------------------------------------------------------------------------------------

class _Archive:
    """The fact sheets being corrected, by article id, with errors gathered as they are found."""

    def __init__(self, sheets: list[FactSheet], corrections: Corrections):
        self.order = [s.id for s in sheets]
        self.sheets = {s.id: s for s in sheets}
        self.path = corrections.path
        self.errors: list[str] = []
        self.changes: list[Change] = []

    def fail(self, item: _Item, reason: str) -> None:
        self.errors.append(f"{self.path}: line {item.line}: {reason}")

    def person_ids(self) -> set[str]:
        return {p.id for s in self.sheets.values() for p in s.people}

    def person(self, person_id: str) -> Person | None:
        for sheet_id in self.order:
            for person in self.sheets[sheet_id].people:
                if person.id == person_id:
                    return person
        return None

    def result(self) -> list[FactSheet]:
        return [self.sheets[i] for i in self.order]


def apply(sheets: list[FactSheet], corrections: Corrections) -> tuple[list[FactSheet], list[Change], list[str]]:
    """The corrected fact sheets, what was changed, and one error line per correction that failed."""
    archive = _Archive(sheets, corrections)
    for item in corrections.people:
        _person_correction(archive, item)
    for item in corrections.statements:
        _fact_correction(archive, item, _STATEMENTS)
    for item in corrections.disputes:
        _fact_correction(archive, item, _DISPUTES)
    return archive.result(), archive.changes, archive.errors


def _person_correction(archive: _Archive, item: _Item) -> None:
    data = item.data
    if "merge" in data:
        _merge(archive, item)
    elif "id" in data and data.get("drop") is True:
        _drop_person(archive, item)
    elif "id" in data:
        _edit_person(archive, item)
    else:
        archive.fail(item, "a people correction needs `merge: [id, ...]` or `id:` (with `drop: true` "
                           "or fields to change)")


def _known_ids(archive: _Archive, item: _Item, ids: list[Any]) -> bool:
    known = archive.person_ids()
    for person_id in ids:
        if not isinstance(person_id, str):
            archive.fail(item, f"person id must be a string, not {person_id!r}")
            return False
        if person_id not in known:
            archive.fail(item, f"unknown person id {person_id!r}")
            return False
    return True


def _merge(archive: _Archive, item: _Item) -> None:
    ids = item.data["merge"]
    extra = set(item.data) - {"merge"}
    if not isinstance(ids, list) or len(ids) < 2 or extra:
        archive.fail(item, "merge takes a list of two or more person ids and nothing else")
        return
    if not _known_ids(archive, item, ids):
        return
    keep, others = ids[0], set(ids[1:])
    kept = archive.person(keep)
    for sheet_id, sheet in archive.sheets.items():
        archive.sheets[sheet_id] = _merge_in_sheet(sheet, keep, kept, others)
    archive.changes.append(Change("person", "merge", None, kept.name,
                                  f"merged {', '.join(sorted(others))} into {keep}"))


def _merge_in_sheet(sheet: FactSheet, keep: str, kept: Person, others: set[str]) -> FactSheet:
    merging = [p for p in sheet.people if p.id in others]
    if not merging:
        return sheet
    base = next((p for p in sheet.people if p.id == keep), None)
    names = [p.name for p in merging] + [a for p in merging for a in p.aliases]
    roles = [r for p in merging for r in p.roles]
    if base is None:
        base = Person(id=keep, name=kept.name, where=merging[0].where)
    merged = replace(base, aliases=_unique(base.aliases, names, exclude=base.name),
                     roles=_unique(base.roles, roles), corrected=True)
    people, placed = [], False
    for person in sheet.people:
        if person.id == keep or person.id in others:
            if not placed:
                people.append(merged)
                placed = True
        else:
            people.append(person)
    rename = {other: keep for other in others}
    return _renamed(replace(sheet, people=tuple(people)), rename)


def _unique(first: tuple, more: list, exclude: object = None) -> tuple:
    out = []
    for value in (*first, *more):
        if value != exclude and value not in out:
            out.append(value)
    return tuple(out)


def _renamed(sheet: FactSheet, rename: dict[str, str | None]) -> FactSheet:
    """The sheet with statement speakers and dispute parties renamed (to None for a dropped person)."""
    statements = tuple(replace(s, speaker=rename[s.speaker], corrected=True) if s.speaker in rename else s
                       for s in sheet.statements)
    disputes = []
    for d in sheet.disputes:
        if d.by in rename or d.target in rename:
            d = replace(d, by=rename.get(d.by, d.by), target=rename.get(d.target, d.target), corrected=True)
        disputes.append(d)
    return replace(sheet, statements=statements, disputes=tuple(disputes))


def _drop_person(archive: _Archive, item: _Item) -> None:
    person_id = item.data["id"]
    if set(item.data) - {"id", "drop"}:
        archive.fail(item, "a person with `drop: true` takes no other fields")
        return
    if not _known_ids(archive, item, [person_id]):
        return
    name = archive.person(person_id).name
    for sheet_id, sheet in archive.sheets.items():
        if any(p.id == person_id for p in sheet.people):
            sheet = replace(sheet, people=tuple(p for p in sheet.people if p.id != person_id))
            archive.sheets[sheet_id] = _renamed(sheet, {person_id: None})
    archive.changes.append(Change("person", "drop", None, name, "not a person: removed"))


def _edit_person(archive: _Archive, item: _Item) -> None:
    data = item.data
    person_id = data["id"]
    unknown = sorted(set(data) - {"id", "name", "aliases", "roles"})
    if unknown:
        archive.fail(item, f"unknown field {unknown[0]!r} for a person (use name, aliases, roles, or drop)")
        return
    if not _known_ids(archive, item, [person_id]):
        return
    fields: dict[str, Any] = {}
    try:
        if "name" in data:
            fields["name"] = _string(data["name"], "name")
        if "aliases" in data:
            fields["aliases"] = tuple(_string(a, "alias") for a in _list(data["aliases"], "aliases"))
        if "roles" in data:
            fields["roles"] = tuple(_role(r) for r in _list(data["roles"], "roles"))
    except ValueError as exc:
        archive.fail(item, str(exc))
        return
    if not fields:
        archive.fail(item, f"nothing to change for {person_id!r} (give name, aliases or roles)")
        return
    for sheet_id, sheet in archive.sheets.items():
        people = tuple(replace(p, **fields, corrected=True) if p.id == person_id else p for p in sheet.people)
        archive.sheets[sheet_id] = replace(sheet, people=people)
    subject = fields.get("name") or archive.person(person_id).name
    archive.changes.append(Change("person", "edit", None, subject,
                                  "changed " + ", ".join(sorted(fields))))


def _string(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{what} must be a non-empty string, not {value!r}")
    return value.strip()


def _optional_string(value: Any, what: str) -> str | None:
    return None if value is None else _string(value, what)


def _list(value: Any, what: str) -> list:
    if not isinstance(value, list):
        raise ValueError(f"{what} must be a list")  # noqa: TRY004 - reported as a correction error
    return value


def _role(value: Any) -> Role:
    if not isinstance(value, dict) or set(value) - {"title", "organization"} or "title" not in value:
        raise ValueError(f"a role is a mapping with title and organization, not {value!r}")
    return Role(title=_string(value["title"], "role title"),
                organization=_optional_string(value.get("organization"), "organization"))


# --- statements and disputes ---------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Facts:
    """How one kind of fact is found, re-attributed and added."""

    kind: str  # statement | dispute
    field: str  # the FactSheet field
    people_fields: tuple[str, ...]  # fields that hold person ids
    text_fields: tuple[str, ...]  # required string fields of an added fact


_STATEMENTS = _Facts("statement", "statements", ("speaker",), ("kind", "cue", "text"))
_DISPUTES = _Facts("dispute", "disputes", ("by", "target"), ("cue", "text"))


def _fact_correction(archive: _Archive, item: _Item, facts: _Facts) -> None:
    data = item.data
    article = data.get("article")
    if not isinstance(article, str) or article not in archive.sheets:
        archive.fail(item, f"unknown article id {article!r}" if article is not None
                     else f"a {facts.kind} correction needs `article: <article id>`")
        return
    if "add" in data:
        _add_fact(archive, item, facts)
    elif "match" in data:
        _fix_fact(archive, item, facts)
    else:
        archive.fail(item, f"a {facts.kind} correction needs `match:` or `add:`")


def _fix_fact(archive: _Archive, item: _Item, facts: _Facts) -> None:
    data = item.data
    allowed = {"article", "match", "drop", *facts.people_fields}
    unknown = sorted(set(data) - allowed)
    if unknown:
        archive.fail(item, f"unknown field {unknown[0]!r} for a {facts.kind} correction "
                           f"(use {', '.join(sorted(allowed))})")
        return
    match = data["match"]
    if not isinstance(match, str) or not match.strip():
        archive.fail(item, "match must be a non-empty string")
        return
    sheet = archive.sheets[data["article"]]
    found = [i for i, fact in enumerate(getattr(sheet, facts.field))
             if _folded(match) in _folded(fact.text)]
    if len(found) != 1:
        archive.fail(item, f"match {match!r} matches no {facts.kind} in {sheet.id}" if not found else
                     f"match {match!r} matches {len(found)} {facts.kind}s in {sheet.id}: quote more words")
        return
    changes = {key: data[key] for key in facts.people_fields if key in data}
    if data.get("drop") is True:
        if changes:
            archive.fail(item, "`drop: true` takes no other changes")
            return
        _replace_facts(archive, sheet, facts, found[0], None)
        archive.changes.append(Change(facts.kind, "drop", sheet.id, match, "removed"))
        return
    if not changes:
        archive.fail(item, f"nothing to change: give {' or '.join(facts.people_fields)}, or `drop: true`")
        return
    if not _people_ok(archive, item, changes.values()):
        return
    sheet = _with_people(archive, sheet, changes.values())
    fact = getattr(sheet, facts.field)[found[0]]
    _replace_facts(archive, sheet, facts, found[0], replace(fact, **changes, corrected=True))
    detail = ", ".join(f"{key} → {value or 'nobody named'}" for key, value in sorted(changes.items()))
    archive.changes.append(Change(facts.kind, "reattribute", sheet.id, match, detail))


def _folded(text: str) -> str:
    return " ".join(text.casefold().replace("\u2019", "'").split())


def _people_ok(archive: _Archive, item: _Item, ids) -> bool:
    return _known_ids(archive, item, [i for i in ids if i is not None])


def _with_people(archive: _Archive, sheet: FactSheet, ids) -> FactSheet:
    """The sheet with every named person in its people list (copied from another article if needed)."""
    present = {p.id for p in sheet.people}
    extra = []
    for person_id in ids:
        if person_id is not None and person_id not in present:
            other = archive.person(person_id)
            extra.append(Person(id=other.id, name=other.name, aliases=other.aliases, corrected=True))
            present.add(person_id)
    return replace(sheet, people=sheet.people + tuple(extra)) if extra else sheet


def _replace_facts(archive: _Archive, sheet: FactSheet, facts: _Facts, index: int, new) -> None:
    items = list(getattr(sheet, facts.field))
    if new is None:
        del items[index]
    else:
        items[index] = new
    archive.sheets[sheet.id] = replace(sheet, **{facts.field: tuple(items)})


def _add_fact(archive: _Archive, item: _Item, facts: _Facts) -> None:
    data = item.data
    if set(data) - {"article", "add"} or not isinstance(data["add"], dict):
        archive.fail(item, "add takes a mapping of the new fact's fields, beside `article:` only")
        return
    try:
        fact = _new_fact(data["add"], facts)
    except ValueError as exc:
        archive.fail(item, str(exc))
        return
    ids = [getattr(fact, key) for key in facts.people_fields]
    if not _people_ok(archive, item, ids):
        return
    sheet = _with_people(archive, archive.sheets[data["article"]], ids)
    fact = _named(archive, fact, facts)
    archive.sheets[sheet.id] = replace(sheet, **{facts.field: getattr(sheet, facts.field) + (fact,)})
    archive.changes.append(Change(facts.kind, "add", sheet.id, fact.text, "added by the editors"))


def _new_fact(fields: dict, facts: _Facts):
    allowed = {*facts.people_fields, *facts.text_fields,
               *(f"{key}_text" for key in facts.people_fields), "target_text"}
    unknown = sorted(set(fields) - allowed)
    if unknown:
        raise ValueError(f"unknown field {unknown[0]!r} in add (use {', '.join(sorted(allowed))})")
    values = {key: _string(fields.get(key), key) for key in facts.text_fields}
    for key in facts.people_fields:
        values[key] = _optional_string(fields.get(key), key)
        values[f"{key}_text"] = _optional_string(fields.get(f"{key}_text"), f"{key}_text") or ""
    if facts is _STATEMENTS:
        if values["kind"] not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {values['kind']!r}")
        return Statement(**values, corrected=True)
    return Dispute(**values, corrected=True)


def _named(archive: _Archive, fact, facts: _Facts):
    """Fill an added fact's empty `*_text` fields with the person's name."""
    names = {}
    for key in facts.people_fields:
        person_id = getattr(fact, key)
        if person_id is not None and not getattr(fact, f"{key}_text"):
            names[f"{key}_text"] = archive.person(person_id).name
    return replace(fact, **names) if names else fact
