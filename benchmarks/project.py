"""A throwaway project for the benchmark: this checkout's config, templates, code and hand-written
pages, with a synthetic archive as its seeds."""
from __future__ import annotations

import shutil
from pathlib import Path

from generator import pipeline

from .archive import make_archive

ROOT = Path(__file__).resolve().parent.parent


def make_project(target: Path, n: int) -> Path:
    """`target` laid out as a fresh clone would have it, with `n` synthetic articles in seeds/."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", target)
    for folder in ("templates", "generator"):
        shutil.copytree(ROOT / folder, target / folder, ignore=shutil.ignore_patterns("__pycache__"))
    _copy_hand_written(ROOT / "content", target / "content")
    make_archive(n, target / "seeds")
    return target


def _copy_hand_written(content: Path, target: Path) -> None:
    """Only the pages people wrote: this checkout's own builds list what they generated in a manifest."""
    manifest = content / pipeline.MANIFEST
    generated = set(manifest.read_text(encoding="utf-8").split()) if manifest.is_file() else set()
    for path in sorted(content.rglob("*")):
        rel = path.relative_to(content).as_posix()
        if path.is_file() and rel not in generated and rel != pipeline.MANIFEST:
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target / rel)
