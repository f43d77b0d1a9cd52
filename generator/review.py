"""What editors use between builds: the people list that guides merges, and a check of the YAML."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import corrections, factsheet
from .factsheet import FactSheet, FactSheetError
from .pipeline import CACHE_DIR, DATA_DIR
from .registry import build_registry, possible_duplicates


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: str
    name: str
    articles: int
    other_names: tuple[str, ...]


def load_sheets(folder: Path) -> tuple[list[FactSheet], list[str]]:
    """Every fact sheet in `folder`, sorted by file name, and one error line per broken file."""
    sheets, errors = [], []
    for path in sorted(folder.glob("*.yml")):
        try:
            sheets.append(factsheet.load(path))
        except FactSheetError as exc:
            errors.append(str(exc))
    return sheets, errors


def people(root: Path) -> tuple[list[PersonRow], dict[str, list[str]], list[str]]:
    """The people of the published fact sheets, likely duplicates (one-word id -> candidates), errors."""
    sheets, errors = load_sheets(root / "content" / DATA_DIR)
    if not sheets and not errors:
        errors.append(f"{root / 'content' / DATA_DIR}: no fact sheets yet; run `factsheets build` first")
    registry = build_registry(sheets)
    rows = [PersonRow(e.id, e.name, len(e.articles), e.other_names) for e in registry.people]
    return rows, possible_duplicates(sheets), errors


def check(root: Path) -> tuple[int, list[str]]:
    """Validate the extracted fact sheets and apply the corrections to them, building nothing.

    Returns the number of fact sheets checked and one error line per problem.
    """
    cache = root / CACHE_DIR
    sheets, errors = load_sheets(cache)
    published, published_errors = load_sheets(root / "content" / DATA_DIR)
    errors += published_errors
    if not sheets and not errors:
        return len(published), errors + [f"{cache}: no extracted fact sheets yet; run `factsheets build` first"]
    try:
        wanted = corrections.load(root / "content" / corrections.FILE_NAME)
    except corrections.CorrectionError as exc:
        return len(sheets), errors + [str(exc)]
    _, _, failed = corrections.apply(sheets, wanted)
    return len(sheets), errors + failed
