"""MkDocs glue: build and serve the site from `root`; the only module that imports mkdocs."""
from __future__ import annotations

import calendar
import logging
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
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
    if report.stopped:  # a correction failed: publish nothing rather than wrong pages
        return report
    overrides = {"site_dir": str(site_dir)} if site_dir is not None else {}
    try:
        with _generated(), _build_date(report.newest_date):
            config = load_config(config_file=str(root / "mkdocs.yml"), strict=strict, **overrides)
            with swapped_in(Path(config.site_dir)) as building:
                config.site_dir = str(building)
                mkdocs_build(config)
    except MkDocsException as exc:
        report.errors.append(f"mkdocs: {exc}")
    return report


@contextmanager
def _build_date(newest: str | None) -> Iterator[None]:
    """Date the build by its newest article (MkDocs puts the build date in sitemap.xml and its .gz).

    MkDocs reads SOURCE_DATE_EPOCH for that date; without it, a build today and one tomorrow of
    the same seeds would differ. A value the user set wins; with no dated article, MkDocs' default stays.
    """
    epoch = None
    try:
        day = date.fromisoformat((newest or "")[:10])
        epoch = str(calendar.timegm(day.timetuple()))
    except ValueError:
        pass
    if epoch is None or "SOURCE_DATE_EPOCH" in os.environ:
        yield
        return
    os.environ["SOURCE_DATE_EPOCH"] = epoch
    try:
        yield
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)


@contextmanager
def swapped_in(site_dir: Path) -> Iterator[Path]:
    """A new folder beside `site_dir` to build into, which replaces `site_dir` only once the build is done.

    MkDocs empties its site folder before it writes; building elsewhere and renaming means a build
    that fails or is killed leaves the previous site whole. Leftovers of killed builds are removed.
    """
    site_dir = site_dir.absolute()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    _clear_leftovers(site_dir)
    building = Path(tempfile.mkdtemp(dir=site_dir.parent, prefix=f".{site_dir.name}.building-{os.getpid()}-"))
    try:
        umask = os.umask(0)
        os.umask(umask)
        building.chmod(0o777 & ~umask)  # mkdtemp's 0700 would hide the site from a web server
        yield building
        old = building.with_name(building.name.replace(".building-", ".old-", 1))
        if site_dir.exists():
            os.rename(site_dir, old)
        os.rename(building, site_dir)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(building, ignore_errors=True)


def _clear_leftovers(site_dir: Path) -> None:
    """Remove the temporary folders of builds that were killed; bring back a site killed mid-swap."""
    pattern = re.compile(rf"\.{re.escape(site_dir.name)}\.(building|old)-(\d+)-")
    for folder in sorted(site_dir.parent.iterdir()):
        match = pattern.match(folder.name)
        if not match or not folder.is_dir() or _running(int(match.group(2))):
            continue
        if match.group(1) == "old" and not site_dir.exists():
            os.rename(folder, site_dir)
        else:
            shutil.rmtree(folder, ignore_errors=True)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def serve(root: Path, dev_addr: str | None = None) -> None:
    """The live site; the hook regenerates pages before each rebuild and watches seeds/ and templates/.

    MkDocs' log is shown as `mkdocs serve` shows it: without it `make serve` printed nothing, neither
    the address to open nor a broken link or a failed generation.
    """
    _quiet_material()
    _show_mkdocs_log()
    from mkdocs.commands.serve import serve as mkdocs_serve

    options = {"dev_addr": dev_addr} if dev_addr else {}
    mkdocs_serve(config_file=str(root / "mkdocs.yml"), **options)
