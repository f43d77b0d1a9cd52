"""The fact sheet records and their YAML form: the contract other tools read (see DESIGN.md).

Records are frozen dataclasses; `dump` and `load` are the only places that turn them into YAML
and back, and a malformed file raises `FactSheetError` naming the file and the field.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import yaml

SCHEMA = 1


class FactSheetError(ValueError):
    """A fact sheet file that does not follow the schema."""


@dataclass(frozen=True, slots=True)
class Where:
    """Where a fact came from: paragraph and sentence numbers, both counted from 0."""

    paragraph: int
    sentence: int


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    organization: str | None = None


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    where: Where | None = None  # first mention
    corrected: bool = False  # changed by the editors' corrections (written only when true)


@dataclass(frozen=True, slots=True)
class Statement:
    speaker: str | None
    speaker_text: str
    kind: str  # direct | indirect
    cue: str
    text: str
    where: Where | None = None
    confidence: str = "high"  # high | low: low marks facts an editor should review
    corrected: bool = False


@dataclass(frozen=True, slots=True)
class Dispute:
    by: str | None
    by_text: str
    target: str | None
    target_text: str
    cue: str
    text: str
    where: Where | None = None
    confidence: str = "high"
    corrected: bool = False


@dataclass(frozen=True, slots=True)
class FactSheet:
    id: str
    title: str
    source: str
    date: str | None = None
    url: str | None = None
    outlet: str | None = None
    license: str | None = None
    author: str | None = None
    source_sha256: str = ""
    extractor: str = ""
    people: tuple[Person, ...] = ()
    statements: tuple[Statement, ...] = ()
    disputes: tuple[Dispute, ...] = ()
    topics: tuple[str, ...] = ()
    paragraphs: tuple[str, ...] = field(default=())


KINDS = ("direct", "indirect")
CONFIDENCE = ("high", "low")

# Field order in the YAML file: the contract's fields first, as DESIGN.md shows them.
_SHEET_ORDER = ("schema", "id", "title", "source", "date", "url", "outlet", "license", "author",
                "source_sha256", "extractor", "people", "statements", "disputes", "topics",
                "paragraphs")


def _plain(value: Any) -> Any:
    """A record as plain YAML-ready data, in field order, dropping nothing."""
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)
                if not (f.name == "corrected" and getattr(value, f.name) is False)}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def to_data(sheet: FactSheet) -> dict[str, Any]:
    data = {"schema": SCHEMA, **_plain(sheet)}
    return {key: data[key] for key in _SHEET_ORDER}


# LibYAML's C parser when PyYAML has it: the same data several times faster, which matters when a
# rebuild reads every fact sheet of a large archive. Writing stays with PyYAML's own emitter: the
# C emitter folds lines differently, and the bytes must not depend on how PyYAML was built.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Dumper(yaml.SafeDumper):
    """Block style, every string quoted when YAML would read it as something else."""


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"' if _needs_quotes(value) else None)


def _needs_quotes(value: str) -> bool:
    # Quote anything but plain words so "no", "~", ": " and friends stay strings for any reader.
    return not value.replace(" ", "").replace("-", "").replace(".", "").isalnum() or value.lower() in (
        "yes", "no", "on", "off", "true", "false", "null", "y", "n")


_Dumper.add_representer(str, _str_representer)


def dumps(sheet: FactSheet) -> str:
    return yaml.dump(to_data(sheet), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def loads(text: str, origin: str = "<string>") -> FactSheet:
    try:
        data = yaml.load(text, Loader=_SafeLoader)  # a safe loader, C or Python
    except yaml.YAMLError as exc:
        raise FactSheetError(f"{origin}: not valid YAML ({_yaml_problem(exc)})") from None
    return from_data(data, origin)


def load(path: Path) -> FactSheet:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FactSheetError(f"{path}: cannot read ({exc})") from None
    return loads(text, str(path))


def _yaml_problem(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    return f"line {mark.line + 1}: {problem}" if mark else problem


class _Reader:
    """Reads one mapping, naming the file and the field path in every error."""

    def __init__(self, data: Any, origin: str, path: str = ""):
        if not isinstance(data, dict):
            raise FactSheetError(f"{origin}: {path or 'the file'} must be a mapping")
        self.data, self.origin, self.path = data, origin, path

    def _where(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def _fail(self, key: str, reason: str) -> FactSheetError:
        return FactSheetError(f"{self.origin}: field {self._where(key)} {reason}")

    def str(self, key: str, optional: bool = False) -> str | None:
        value = self.data.get(key)
        if value is None and optional:
            return None
        if isinstance(value, (int, float)) and not isinstance(value, bool) and optional:
            return str(value)
        if not isinstance(value, str):
            raise self._fail(key, "must be a string" if key in self.data else "is missing")
        return value

    def date(self, key: str) -> str | None:
        value = self.data.get(key)
        return None if value is None else str(value)

    def choice(self, key: str, allowed: tuple[str, ...], default: str | None = None) -> str:
        value = self.data.get(key, default)
        if value not in allowed:
            raise self._fail(key, f"must be one of {', '.join(allowed)} (got {value!r})")
        return value

    def items(self, key: str) -> list[tuple[Any, str]]:
        value = self.data.get(key) or []
        if not isinstance(value, list):
            raise self._fail(key, "must be a list")
        return [(item, f"{self._where(key)}[{i}]") for i, item in enumerate(value)]

    def strings(self, key: str) -> tuple[str, ...]:
        out = []
        for item, path in self.items(key):
            if not isinstance(item, str):
                raise FactSheetError(f"{self.origin}: field {path} must be a string")
            out.append(item)
        return tuple(out)

    def where(self) -> Where | None:
        value = self.data.get("where")
        if value is None:
            return None
        sub = _Reader(value, self.origin, self._where("where"))
        return Where(paragraph=sub.int("paragraph"), sentence=sub.int("sentence"))

    def flag(self, key: str) -> bool:
        value = self.data.get(key, False)
        if not isinstance(value, bool):
            raise self._fail(key, "must be true or false")
        return value

    def int(self, key: str) -> int:
        value = self.data.get(key)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self._fail(key, "must be a whole number")
        return value


def from_data(data: Any, origin: str = "<data>") -> FactSheet:
    top = _Reader(data, origin)
    if data.get("schema") != SCHEMA:
        raise FactSheetError(f"{origin}: field schema must be {SCHEMA} (got {data.get('schema')!r})")
    return FactSheet(
        id=top.str("id"),
        title=top.str("title"),
        source=top.str("source"),
        date=top.date("date"),
        url=top.str("url", optional=True),
        outlet=top.str("outlet", optional=True),
        license=top.str("license", optional=True),
        author=top.str("author", optional=True),
        source_sha256=top.str("source_sha256", optional=True) or "",
        extractor=top.str("extractor", optional=True) or "",
        people=tuple(_person(item, origin, path) for item, path in top.items("people")),
        statements=tuple(_statement(item, origin, path) for item, path in top.items("statements")),
        disputes=tuple(_dispute(item, origin, path) for item, path in top.items("disputes")),
        topics=top.strings("topics"),
        paragraphs=top.strings("paragraphs"),
    )


def _person(data: Any, origin: str, path: str) -> Person:
    r = _Reader(data, origin, path)
    roles = []
    for item, role_path in r.items("roles"):
        rr = _Reader(item, origin, role_path)
        roles.append(Role(title=rr.str("title"), organization=rr.str("organization", optional=True)))
    return Person(id=r.str("id"), name=r.str("name"), aliases=r.strings("aliases"),
                  roles=tuple(roles), where=r.where(), corrected=r.flag("corrected"))


def _statement(data: Any, origin: str, path: str) -> Statement:
    r = _Reader(data, origin, path)
    return Statement(speaker=r.str("speaker", optional=True), speaker_text=r.str("speaker_text"),
                     kind=r.choice("kind", KINDS), cue=r.str("cue"), text=r.str("text"),
                     where=r.where(), confidence=r.choice("confidence", CONFIDENCE, "high"),
                     corrected=r.flag("corrected"))


def _dispute(data: Any, origin: str, path: str) -> Dispute:
    r = _Reader(data, origin, path)
    return Dispute(by=r.str("by", optional=True), by_text=r.str("by_text"),
                   target=r.str("target", optional=True), target_text=r.str("target_text"),
                   cue=r.str("cue"), text=r.str("text"), where=r.where(),
                   confidence=r.choice("confidence", CONFIDENCE, "high"), corrected=r.flag("corrected"))
