"""End to end: the seeds through extraction, pages and a strict MkDocs build, in a throwaway copy."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import ROOT

from generator import pipeline
from generator.cli import main

SEED_ID = "kremlin-reacts-to-report-trump-told-allies-putin-is-winning"
WIKINEWS_ID = "u-s-house-issues-subpoena-to-secretary-of-state-as-special-envoy-to-ukraine"


def copy_project(target: Path) -> Path:
    """The tracked project files a build reads: config, templates, seeds and hand-written pages."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", target)
    for folder in ("templates", "seeds", "generator"):
        shutil.copytree(ROOT / folder, target / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "content", target / "content", ignore=_generated_files)
    return target


def _generated_files(folder: str, names: list[str]) -> list[str]:
    """What a build in this checkout generated (its manifest says so): a fresh clone has none of it."""
    content = ROOT / "content"
    manifest = content / pipeline.MANIFEST
    made = set(manifest.read_text(encoding="utf-8").splitlines()) if manifest.is_file() else set()
    here = Path(folder).relative_to(content)
    return [n for n in names if (here / n).as_posix() in made or n == pipeline.MANIFEST]


@pytest.fixture(scope="module")
def project(tmp_path_factory, nlp) -> Path:
    root = copy_project(tmp_path_factory.mktemp("project"))
    (root / "content" / "notes.md").write_text("# Editors' notes\n\nWritten by hand.\n", encoding="utf-8")
    assert main(["build", "--root", str(root)]) == 0
    return root


def html(root: Path, page: str) -> str:
    return (root / "site" / page).read_text(encoding="utf-8")


def test_the_pages_a_reader_opens_exist(project):
    for page in ("index.html", "people/index.html", "articles/index.html",
                 "people/dmitry-peskov/index.html", f"articles/{SEED_ID}/index.html"):
        assert (project / "site" / page).is_file(), page


def test_fact_sheet_page_shows_the_seed_facts(project):
    page = html(project, f"articles/{SEED_ID}/index.html")
    assert "Dmitry Peskov" in page
    assert "We know what Trump said to President Putin" in page
    assert 'href="../../people/dmitry-peskov/' in page


def test_wikinews_pages_credit_the_original(project):
    page = html(project, f"articles/{WIKINEWS_ID}/index.html")
    assert "Wikinews" in page
    assert "CC BY 2.5" in page
    assert ('href="https://en.wikinews.org/wiki/U.S._House_issues_subpoena_to_secretary_of_state_as_'
            'special_envoy_to_Ukraine_resigns"') in page


def test_a_person_page_gathers_every_article(project):
    page = html(project, "people/donald-trump/index.html")
    linked = set(re.findall(r'href="\.\./\.\./articles/([a-z0-9-]+)/', page))
    assert SEED_ID in linked
    assert len(linked) >= 3


def test_fact_sheets_are_published_beside_the_pages(project):
    assert (project / "site" / "data" / "articles" / f"{SEED_ID}.yml").is_file()


def test_hand_written_pages_survive_and_are_built(project):
    assert (project / "content" / "notes.md").read_text(encoding="utf-8").startswith("# Editors' notes")
    assert (project / "site" / "notes" / "index.html").is_file()


def test_rebuild_without_changes_runs_no_nlp_and_rewrites_nothing(project):
    report = pipeline.generate(project / "seeds", project / "content",
                               load_nlp=lambda: pytest.fail("spaCy loaded for unchanged articles"))
    assert report.ok, report.errors
    assert report.extracted == [] and report.written == [] and report.removed == []
    assert len(report.reused) == len(list((project / "seeds").iterdir()))


def test_editing_one_seed_re_extracts_that_article_only(project, nlp):
    seed = project / "seeds" / "000_d707e29337a8d48a.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("Swedish economist", "Swedish economist"
                                                            " and author"), encoding="utf-8")
    report = pipeline.generate(project / "seeds", project / "content")
    assert report.extracted == [SEED_ID]
    assert f"data/articles/{SEED_ID}.yml" in report.written
    assert f"articles/{WIKINEWS_ID}.md" not in report.written


def test_removed_seed_removes_only_its_generated_pages(project, nlp):
    (project / "seeds" / "2019-01-04-magnitogorsk-apartment-building-collapses-after-explosion-do.md").unlink()
    report = pipeline.generate(project / "seeds", project / "content")
    gone = "magnitogorsk-apartment-building-collapses-after-explosion-dozens-dead"
    assert f"articles/{gone}.md" in report.removed
    assert not (project / "content" / "articles" / f"{gone}.md").exists()
    assert (project / "content" / "notes.md").exists()


def test_a_hand_written_file_where_a_page_would_go_is_not_overwritten(tmp_path, nlp):
    root = copy_project(tmp_path / "p")
    for seed in (root / "seeds").iterdir():
        if seed.name != "000_d707e29337a8d48a.txt":
            seed.unlink()
    mine = root / "content" / "people" / "dmitry-peskov.md"
    mine.parent.mkdir(parents=True, exist_ok=True)
    mine.write_text("# My own page about Peskov\n", encoding="utf-8")
    report = pipeline.generate(root / "seeds", root / "content")
    assert mine.read_text(encoding="utf-8") == "# My own page about Peskov\n"
    assert any("dmitry-peskov.md: not written" in line for line in report.errors)


def test_an_article_titled_test_page_is_published_like_any_other(tmp_path, nlp):
    # Wikinews' "TEST PAGE:Self-publish today" is real input: no people, no statements, a colon in
    # its title and its address. It is no marker for the site to drop or trip on.
    root = copy_project(tmp_path / "p")
    for seed in (root / "seeds").iterdir():
        if seed.name != "000_d707e29337a8d48a.txt":
            seed.unlink()
    shutil.copy(ROOT / "tests/heldout/articles/2021-03-05-test-page-self-publish-today.md", root / "seeds")
    assert main(["build", "--root", str(root)]) == 0
    page = html(root, "articles/test-page-self-publish-today/index.html")
    assert "<title>TEST PAGE:Self-publish today - Fact Sheets</title>" in page
    assert re.search(r"<h1[^>]*>TEST PAGE:Self-publish today", page)
    assert 'href="https://en.wikinews.org/wiki/TEST_PAGE:Self-publish_today"' in page
    assert "This is a test page! It should not be reviewed" in page
    assert 'href="test-page-self-publish-today/"' in html(root, "articles/index.html")
