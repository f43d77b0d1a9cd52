"""The flow from seed files to Markdown pages in `content/`, reusing what has not changed.

`generate` reads the seeds, extracts a fact sheet for each new or changed article (spaCy is
loaded only then), writes the fact sheets and the rendered pages, and removes only files it
made itself before (listed in `content/.generated`). A file is rewritten only when its bytes
change, so `mkdocs serve` settles instead of rebuilding forever.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import factsheet, runstamp
from .articles import Article, find_article_files, read_articles
from .factsheet import FactSheet, FactSheetError

DATA_DIR = "data/articles"
MANIFEST = ".generated"
CACHE_DIR = ".cache/factsheets"  # beside content/: extraction output, reused while the article is unchanged


@dataclass
class Report:
    """What one run did: for the command line's exit code and for tests of the cache."""

    errors: list[str] = field(default_factory=list)
    extracted: list[str] = field(default_factory=list)  # article ids run through spaCy
    reused: list[str] = field(default_factory=list)  # article ids whose fact sheet was kept
    written: list[str] = field(default_factory=list)  # files (relative to the output) rewritten
    removed: list[str] = field(default_factory=list)
    newest_date: str | None = None  # the latest article date, for a build date that the input decides
    changes: list = field(default_factory=list)  # the editors' corrections as applied
    stopped: bool = False  # a correction failed: nothing was published

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class Workers:
    """Where extraction runs: this process (1), `count` local processes, or a Dask `scheduler`."""

    count: int = 1
    scheduler: str | None = None


SERIAL = Workers()

def extract_sheets(articles: list[Article], out_dir: Path, report: Report,
                   load_nlp: Callable | None = None, workers: Workers = SERIAL) -> list[FactSheet]:
    """Fact sheets for the articles, reusing `out_dir/<id>.yml` when article and extractor are unchanged.
    An article the extractor fails on is named in `report.errors` and left out; the others go on."""
    from .extract import EXTRACTOR_VERSION, Unfinished  # no spaCy import: the package loads it lazily

    sheets: dict[str, FactSheet] = {}
    todo = []
    for article in articles:
        cached = _cached(out_dir / f"{article.id}.yml", article, EXTRACTOR_VERSION)
        if cached is None:
            todo.append(article)
        else:
            sheets[article.id] = cached
            report.reused.append(article.id)
    if todo:
        from .nlp import load
        from .parallel import extract_many
        from .progress import progress

        found = extract_many(todo, load_nlp or load, workers.count, workers.scheduler)
        for sheet in progress(found, len(todo), "extract"):
            if isinstance(sheet, Unfinished):
                report.errors.append(str(sheet))
                continue
            sheets[sheet.id] = sheet
            report.extracted.append(sheet.id)
    return [sheets[a.id] for a in articles if a.id in sheets]


def _cached(path: Path, article: Article, version: str) -> FactSheet | None:
    if not path.is_file():
        return None
    try:
        sheet = factsheet.load(path)
    except FactSheetError:
        return None
    if sheet.source_sha256 != article.sha256 or sheet.extractor != version or sheet.source != article.source:
        return None
    return sheet


def extract_to(paths: Iterable[Path], out_dir: Path, load_nlp: Callable | None = None,
               workers: Workers = SERIAL) -> Report:
    """`factsheets extract`: one YAML fact sheet per readable article in `out_dir`."""
    report = Report()
    articles, report.errors = read_articles(paths)
    out_dir.mkdir(parents=True, exist_ok=True)
    for sheet in extract_sheets(articles, out_dir, report, load_nlp, workers):
        if write_if_changed(out_dir / f"{sheet.id}.yml", factsheet.dumps(sheet)):
            report.written.append(f"{sheet.id}.yml")
    return report


def generate(seeds: Path, content: Path, load_nlp: Callable | None = None,
             workers: Workers = SERIAL, cache: Path | None = None) -> Report:
    """Seeds to Markdown: fact sheets in `content/data/articles/`, pages beside them.

    Extraction output is cached in `cache` (default `.cache/factsheets/` beside `content/`); the
    editors' corrections (`content/corrections.yml`) are applied to it afresh on every run, so
    re-extraction never undoes them. A correction that fails stops the run before any page is
    written: `report.stopped` is then true.
    """
    from . import corrections
    from .extract import EXTRACTOR_VERSION
    from .render import TEMPLATES, render_pages

    key = runstamp.inputs_key(find_article_files([seeds]), TEMPLATES, EXTRACTOR_VERSION,
                              [content / corrections.FILE_NAME], project=seeds.parent)
    last = runstamp.unchanged(content, key)
    if last is not None:  # inputs and outputs as the last clean run left them: nothing to do
        return Report(reused=last["articles"], newest_date=last["newest_date"])
    report = Report()
    articles, report.errors = read_articles([seeds], relative_to=seeds.parent)
    cache = cache or content.parent / CACHE_DIR
    extracted = extract_sheets(articles, cache, report, load_nlp, workers)
    _write_cache(cache, extracted)
    try:
        wanted = corrections.load(content / corrections.FILE_NAME)
    except corrections.CorrectionError as exc:
        report.errors.append(str(exc))
        report.stopped = True
        return report
    sheets, report.changes, failed = corrections.apply(extracted, wanted)
    if failed:
        report.errors.extend(failed)
        report.stopped = True
        return report
    report.newest_date = max((s.date for s in sheets if s.date), default=None)
    files = {f"{DATA_DIR}/{sheet.id}.yml": factsheet.dumps(sheet) for sheet in sheets}
    files.update(render_pages(sheets, changes=report.changes))
    _write_tree(content, files, report)
    if report.ok:
        written = {**files, MANIFEST: (content / MANIFEST).read_text(encoding="utf-8")}
        summary = {"articles": [s.id for s in sheets], "newest_date": report.newest_date}
        kept = [cache / f"{sheet.id}.yml" for sheet in extracted]
        write_if_changed(content / runstamp.STAMP, runstamp.stamp(key, content, written, kept, summary))
    return report


def _write_cache(cache: Path, sheets: list[FactSheet]) -> None:
    """Keep the extraction output for the next run; the folder is the generator's own."""
    for sheet in sheets:
        write_if_changed(cache / f"{sheet.id}.yml", factsheet.dumps(sheet))
    keep = {f"{sheet.id}.yml" for sheet in sheets}
    for path in sorted(cache.glob("*.yml")):
        if path.name not in keep:
            path.unlink()


def _write_tree(root: Path, files: dict[str, str], report: Report) -> None:
    """Write the generated files; delete the ones a previous run made that are no longer produced."""
    previous = _read_manifest(root)
    foreign = set()
    for rel in sorted(files):
        target = root / rel
        if rel not in previous and target.exists():
            foreign.add(rel)
            report.errors.append(f"{target}: not written, a file the generator did not create is there")
            continue
        if write_if_changed(target, files[rel]):
            report.written.append(rel)
    for rel in sorted(previous - set(files)):
        target = root / rel
        if target.is_file():
            target.unlink()
            report.removed.append(rel)
            _remove_empty_parents(target.parent, root)
    made = sorted(set(files) - foreign)
    write_if_changed(root / MANIFEST, "".join(f"{rel}\n" for rel in made))


def _read_manifest(root: Path) -> set[str]:
    path = root / MANIFEST
    if not path.is_file():
        return set()
    return {line for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("/") and ".." not in Path(line).parts}


def _remove_empty_parents(folder: Path, root: Path) -> None:
    while folder != root and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def write_if_changed(path: Path, text: str) -> bool:
    """Write atomically (temp file, then rename) and only when the bytes differ; True if written."""
    data = text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True

