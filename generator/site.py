"""MkDocs glue: build and serve the site from `root`; the only module that imports mkdocs."""
from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from . import pipeline
from .pipeline import Report

# Set while `build` runs MkDocs after generating, so the hook does not generate a second time.
GENERATED = "FACTSHEETS_GENERATED"


def _quiet_material() -> None:
    # Material prints an end-of-life banner on import unless this is set.
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def _show_mkdocs_log() -> None:
    """Print MkDocs' messages as its own command does, so a --strict failure says which link broke."""
    logger = logging.getLogger("mkdocs")
    if not any(getattr(h, "factsheets", False) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        handler.factsheets = True
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)


@contextmanager
def _generated() -> Iterator[None]:
    previous = os.environ.get(GENERATED)
    os.environ[GENERATED] = "1"
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(GENERATED, None)
        else:
            os.environ[GENERATED] = previous


def build(root: Path, site_dir: Path | None = None, strict: bool = True,
          load_nlp: Callable | None = None, workers: pipeline.Workers = pipeline.SERIAL) -> Report:
    """Seeds to `site/`: generate `content/`, then build with MkDocs; MkDocs failures become errors."""
    _quiet_material()
    _show_mkdocs_log()
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    report = pipeline.generate(root / "seeds", root / "content", load_nlp, workers)
    overrides = {"site_dir": str(site_dir)} if site_dir is not None else {}
    try:
        with _generated():
            config = load_config(config_file=str(root / "mkdocs.yml"), strict=strict, **overrides)
            mkdocs_build(config)
    except MkDocsException as exc:
        report.errors.append(f"mkdocs: {exc}")
    return report


def serve(root: Path, dev_addr: str | None = None) -> None:
    """The live site; the hook regenerates pages before each rebuild and watches seeds/ and templates/."""
    _quiet_material()
    from mkdocs.commands.serve import serve as mkdocs_serve

    options = {"dev_addr": dev_addr} if dev_addr else {}
    mkdocs_serve(config_file=str(root / "mkdocs.yml"), **options)
