"""The cache: what a rebuild reuses (unchanged article, same extractor) and what it redoes."""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import chdir
from pathlib import Path

import pytest

from generator import extract, pipeline

ARTICLES = {
    "mayor.txt": "Mayor Resigns in Lisbon\n\nMayor Ana Silva resigned on Friday. \"It was time,\" "
                 "Silva said.\n",
    "strike.txt": "Rail Strike Called Off\n\nUnion leader Mick Whelan said the strike was over. "
                  "Transport minister Grant Shapps denied that the government had made concessions.\n",
    "court.txt": "Court Rejects Appeal\n\nJudge Maria Lopez rejected the appeal on Tuesday. "
                 "\"The law is clear,\" Lopez said.\n",
}
MAYOR, STRIKE, COURT = "mayor-resigns-in-lisbon", "rail-strike-called-off", "court-rejects-appeal"


def no_nlp():
    pytest.fail("spaCy loaded although every article was unchanged")


@pytest.fixture(scope="module")
def built(tmp_path_factory, nlp) -> Path:
    """seeds/ and content/ after a first full generate."""
    root = tmp_path_factory.mktemp("built")
    (root / "seeds").mkdir()
    for name, text in ARTICLES.items():
        (root / "seeds" / name).write_text(text, encoding="utf-8")
    with chdir(root):  # relative paths, as `factsheets build` uses: a copy of the tree is still cached
        first = pipeline.generate(Path("seeds"), Path("content"))
    assert first.ok, first.errors
    assert sorted(first.extracted) == sorted([MAYOR, STRIKE, COURT])
    return root


@pytest.fixture
def project(built, tmp_path) -> Iterator[Path]:
    """A copy of the built project for one test to change, as the working folder."""
    root = Path(shutil.copytree(built, tmp_path / "project"))
    with chdir(root):
        yield root


def rebuild(load_nlp=None) -> pipeline.Report:
    report = pipeline.generate(Path("seeds"), Path("content"), load_nlp)
    assert report.ok, report.errors
    return report


def test_a_rebuild_of_unchanged_articles_reuses_everything_and_writes_nothing(project):
    report = rebuild(load_nlp=no_nlp)
    assert report.extracted == [] and report.written == [] and report.removed == []
    assert sorted(report.reused) == sorted([MAYOR, STRIKE, COURT])


def test_touching_a_file_without_changing_it_is_no_change(project):
    seed = project / "seeds" / "mayor.txt"
    stat = seed.stat()
    os.utime(seed, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    report = rebuild(load_nlp=no_nlp)
    assert report.extracted == [] and report.written == []


def test_editing_one_article_redoes_that_article_and_only_the_pages_that_changed(project):
    seed = project / "seeds" / "court.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("on Tuesday", "on Wednesday"), encoding="utf-8")
    report = rebuild()
    assert report.extracted == [COURT]
    assert sorted(report.reused) == sorted([MAYOR, STRIKE])
    assert f"{pipeline.DATA_DIR}/{COURT}.yml" in report.written
    assert f"articles/{COURT}.md" in report.written
    untouched = [f"{pipeline.DATA_DIR}/{MAYOR}.yml", f"articles/{MAYOR}.md", f"articles/{STRIKE}.md",
                 "people/ana-silva.md", "people/mick-whelan.md"]
    assert not set(untouched) & set(report.written)


def test_an_edit_of_the_same_size_within_the_same_second_is_still_seen(project):
    seed = project / "seeds" / "mayor.txt"
    before = seed.stat()
    seed.write_text(seed.read_text(encoding="utf-8").replace("Friday", "Monday"), encoding="utf-8")
    os.utime(seed, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert seed.stat().st_size == before.st_size
    report = rebuild()
    assert report.extracted == [MAYOR]


def test_a_new_extractor_version_redoes_every_article(project, monkeypatch):
    monkeypatch.setattr(extract, "EXTRACTOR_VERSION", extract.EXTRACTOR_VERSION + "-next")
    report = rebuild()
    assert sorted(report.extracted) == sorted([MAYOR, STRIKE, COURT])
    assert report.reused == []


def test_a_renamed_source_file_is_redone_so_the_sheet_names_it(project):
    seeds = project / "seeds"
    shutil.move(seeds / "strike.txt", seeds / "rail.txt")
    report = rebuild()
    assert report.extracted == [STRIKE]
    sheet = (project / "content" / pipeline.DATA_DIR / f"{STRIKE}.yml").read_text(encoding="utf-8")
    assert "rail.txt" in sheet


def test_a_damaged_cached_fact_sheet_is_redone(project):
    (project / pipeline.CACHE_DIR / f"{MAYOR}.yml").write_text("schema: [", encoding="utf-8")
    report = rebuild()
    assert report.extracted == [MAYOR]


def test_a_deleted_cached_fact_sheet_is_redone(project):
    (project / pipeline.CACHE_DIR / f"{COURT}.yml").unlink()
    report = rebuild()
    assert report.extracted == [COURT]


def test_a_damaged_published_fact_sheet_is_written_again_without_extraction(project):
    (project / "content" / pipeline.DATA_DIR / f"{MAYOR}.yml").write_text("schema: [", encoding="utf-8")
    report = rebuild(load_nlp=no_nlp)
    assert report.written == [f"{pipeline.DATA_DIR}/{MAYOR}.yml"]


def test_a_deleted_page_is_written_again_without_extraction(project):
    (project / "content" / "articles" / f"{STRIKE}.md").unlink()
    report = rebuild(load_nlp=no_nlp)
    assert report.written == [f"articles/{STRIKE}.md"]


def test_a_removed_article_removes_its_files_and_redoes_nothing(project):
    (project / "seeds" / "mayor.txt").unlink()
    report = rebuild(load_nlp=no_nlp)
    assert f"{pipeline.DATA_DIR}/{MAYOR}.yml" in report.removed
    assert f"articles/{MAYOR}.md" in report.removed


def test_a_rebuild_of_unchanged_inputs_and_outputs_parses_and_renders_nothing(project, monkeypatch):
    from generator import factsheet, render

    monkeypatch.setattr(factsheet, "load", lambda *a, **k: pytest.fail("a fact sheet was parsed"))
    monkeypatch.setattr(render, "render_pages", lambda *a, **k: pytest.fail("pages were rendered"))
    report = rebuild(load_nlp=no_nlp)
    assert sorted(report.reused) == sorted([MAYOR, STRIKE, COURT]) and report.written == []


def test_a_page_changed_by_hand_is_written_again(project):
    page = project / "content" / "articles" / f"{MAYOR}.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nedited by hand\n", encoding="utf-8")
    report = rebuild(load_nlp=no_nlp)
    assert report.written == [f"articles/{MAYOR}.md"]


def test_a_missing_seeds_folder_is_an_error_not_a_crash(project):
    shutil.rmtree(project / "seeds")
    report = pipeline.generate(Path("seeds"), Path("content"), load_nlp=no_nlp)
    assert any("seeds: no such file" in line for line in report.errors)
