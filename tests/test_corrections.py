"""Editors' corrections: each kind applied, each error named with file and line, the build stopped."""
from __future__ import annotations

import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from generator import corrections, factsheet, pipeline
from generator.articles import read_article
from generator.cli import main
from generator.extract import EXTRACTOR_VERSION
from generator.registry import possible_duplicates, surname_joins

SHEETS = Path(__file__).resolve().parent / "sheets"
KREMLIN = "kremlin-reacts-to-report-trump-told-allies-putin-is-winning"
EMERGENCY = "president-trump-says-he-can-and-may-put-us-into-state-of-emergency"


@pytest.fixture
def sheets() -> list[factsheet.FactSheet]:
    return [factsheet.load(SHEETS / name) for name in ("kremlin.yml", "emergency.yml")]


def corrected(tmp_path: Path, sheets, yaml_text: str):
    path = tmp_path / "corrections.yml"
    path.write_text(textwrap.dedent(yaml_text), encoding="utf-8")
    return corrections.apply(sheets, corrections.load(path))


def sheet(result, article_id: str) -> factsheet.FactSheet:
    return next(s for s in result if s.id == article_id)


def test_no_file_changes_nothing(tmp_path, sheets):
    assert corrections.apply(sheets, corrections.load(tmp_path / "absent.yml")) == (sheets, [], [])


def test_merge_keeps_the_first_id_and_makes_the_others_aliases(tmp_path, sheets):
    result, changes, errors = corrected(tmp_path, sheets, """
        people:
          - merge: [donald-trump, trump]
        """)
    assert errors == []
    emergency = sheet(result, EMERGENCY)
    assert [p.id for p in emergency.people].count("donald-trump") == 1
    assert "trump" not in {p.id for p in emergency.people}
    trump = next(p for p in emergency.people if p.id == "donald-trump")
    assert "Trump" in trump.aliases and trump.corrected
    assert all(s.speaker != "trump" for s in emergency.statements)
    assert changes[0].action == "merge"


def test_edit_fixes_a_name_and_replaces_roles_in_every_article(tmp_path, sheets):
    result, _, errors = corrected(tmp_path, sheets, """
        people:
          - id: dmitry-peskov
            name: Dmitri Peskov
            roles: [{title: press secretary, organization: Kremlin}]
        """)
    assert errors == []
    peskov = next(p for p in sheet(result, KREMLIN).people if p.id == "dmitry-peskov")
    assert peskov.name == "Dmitri Peskov"
    assert peskov.roles == (factsheet.Role("press secretary", "Kremlin"),)
    assert peskov.corrected


def test_drop_removes_a_person_and_leaves_their_statements_unattributed(tmp_path, sheets):
    result, _, errors = corrected(tmp_path, sheets, """
        people:
          - id: karoline-leavitt
            drop: true
        """)
    assert errors == []
    kremlin = sheet(result, KREMLIN)
    assert "karoline-leavitt" not in {p.id for p in kremlin.people}
    said = next(s for s in kremlin.statements if s.text.startswith("Putin wants peace"))
    assert said.speaker is None and said.speaker_text == "She" and said.corrected


def test_statement_reattributed_dropped_and_added(tmp_path, sheets):
    result, changes, errors = corrected(tmp_path, sheets, f"""
        statements:
          - article: {KREMLIN}
            match: "Trump opened the call"
            speaker: dmitry-peskov
          - article: {KREMLIN}
            match: "i think vladimir"
            drop: true
          - article: {KREMLIN}
            add: {{speaker: karoline-leavitt, kind: direct, cue: said, text: "He wants the war over."}}
        """)
    assert errors == []
    kremlin = sheet(result, KREMLIN)
    opened = next(s for s in kremlin.statements if s.text.startswith("Trump opened the call"))
    assert opened.speaker == "dmitry-peskov" and opened.corrected
    assert not any("I think Vladimir" in s.text for s in kremlin.statements)
    added = kremlin.statements[-1]
    assert (added.speaker, added.speaker_text, added.text, added.corrected) == (
        "karoline-leavitt", "Karoline Leavitt", "He wants the war over.", True)
    assert [c.action for c in changes] == ["reattribute", "drop", "add"]


def test_dispute_reattributed_and_added_with_a_person_from_another_article(tmp_path, sheets):
    result, _, errors = corrected(tmp_path, sheets, f"""
        disputes:
          - article: {KREMLIN}
            match: "dismissed the reports"
            target: donald-trump
          - article: {KREMLIN}
            add: {{by: nancy-pelosi, target: donald-trump, cue: criticized, text: "Pelosi criticized Trump."}}
        """)
    assert errors == []
    kremlin = sheet(result, KREMLIN)
    assert kremlin.disputes[0].target == "donald-trump" and kremlin.disputes[0].corrected
    assert kremlin.disputes[-1].by == "nancy-pelosi"
    assert "nancy-pelosi" in {p.id for p in kremlin.people}  # copied in so the id resolves here


@pytest.mark.parametrize("body, line, reason", [
    ("people:\n  - merge: [donald-trump, nobody-known]\n", 2, "unknown person id 'nobody-known'"),
    ("people:\n  - id: ghost\n    drop: true\n", 2, "unknown person id 'ghost'"),
    ("people:\n  - id: dmitry-peskov\n    nickname: D\n", 2, "unknown field 'nickname' for a person"),
    ("people:\n  - merge: donald-trump\n", 2, "merge takes a list of two or more person ids"),
    (f"statements:\n  - article: {KREMLIN}\n    match: never said this\n    drop: true\n", 2,
     "matches no statement"),
    (f"statements:\n  - article: {KREMLIN}\n    match: Putin\n    drop: true\n", 2, "matches 3 statements"),
    ("statements:\n  - article: no-such-article\n    match: x\n    drop: true\n", 2,
     "unknown article id 'no-such-article'"),
    (f"statements:\n  - article: {KREMLIN}\n    match: Trump opened\n    speaker: ghost\n", 2,
     "unknown person id 'ghost'"),
    (f"statements:\n  - article: {KREMLIN}\n    add: {{kind: shouted, cue: x, text: y}}\n", 2,
     "kind must be one of direct, indirect"),
    (f"disputes:\n  - article: {KREMLIN}\n    match: dismissed\n", 2, "nothing to change"),
])
def test_each_error_names_the_file_the_line_and_the_reason(tmp_path, sheets, body, line, reason):
    _, _, errors = corrected(tmp_path, sheets, body)
    assert len(errors) == 1
    assert errors[0].startswith(f"{tmp_path / 'corrections.yml'}: line {line}: ")
    assert reason in errors[0]


@pytest.mark.parametrize("body, reason", [
    ("people: [\n", "line 2: not valid YAML"),
    ("- a\n- b\n", "line 1: must be a mapping"),
    ("persons: []\n", "line 1: unknown section 'persons'"),
    ("people: {a: 1}\n", "line 1: people must be a list"),
])
def test_a_malformed_file_is_one_clear_error(tmp_path, body, reason):
    path = tmp_path / "corrections.yml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(corrections.CorrectionError, match=f"^{path}: {reason}"):
        corrections.load(path)


def test_registry_joins_unambiguous_short_ids_and_lists_ambiguous_ones(sheets):
    bushes = [factsheet.FactSheet(id=f"a{i}", title="t", source="s", people=(
        factsheet.Person(id=pid, name=pid.replace("-", " ").title()),)) for i, pid in
        enumerate(["george-bush", "jeb-bush", "bush", "nancy-pelosi", "nancy"])]
    assert surname_joins(bushes) == {"nancy": "nancy-pelosi"}
    assert possible_duplicates(bushes) == {"bush": ["george-bush", "jeb-bush"]}
    assert surname_joins(sheets)["trump"] == "donald-trump"


@pytest.fixture
def project(tmp_path) -> Path:
    """A project whose extraction is cached: builds need no spaCy."""
    root = tmp_path / "p"
    (root / "seeds").mkdir(parents=True)
    (root / "content").mkdir()
    return root


def cache_sheets(root: Path) -> None:
    """Write the hand-made fact sheets as the extraction cache, with seeds they are valid for."""
    for name in ("kremlin.yml", "emergency.yml"):
        made = factsheet.load(SHEETS / name)
        seed = root / "seeds" / f"{made.id}.txt"
        seed.write_text(f"{made.title}\n\n{made.id} text.\n", encoding="utf-8")
        article = read_article(seed, source=f"seeds/{seed.name}")
        cached = replace(made, id=article.id, source=article.source, source_sha256=article.sha256, extractor=EXTRACTOR_VERSION)
        path = root / pipeline.CACHE_DIR / f"{article.id}.yml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(factsheet.dumps(cached), encoding="utf-8")


def no_nlp():
    raise AssertionError("spaCy loaded although every article is cached")


def test_a_failed_correction_stops_the_build_before_any_page(project):
    cache_sheets(project)
    (project / "content" / "corrections.yml").write_text(
        "people:\n  - id: ghost\n    drop: true\n", encoding="utf-8")
    report = pipeline.generate(project / "seeds", project / "content", load_nlp=no_nlp)
    assert report.stopped
    assert report.errors == [f"{project / 'content' / 'corrections.yml'}: line 2: unknown person id 'ghost'"]
    assert not (project / "content" / "articles").exists()


def test_corrections_survive_re_extraction_and_reach_the_published_sheet(project):
    cache_sheets(project)
    (project / "content" / "corrections.yml").write_text(textwrap.dedent(f"""\
        statements:
          - article: {KREMLIN}
            match: Trump opened the call
            speaker: dmitry-peskov
        """), encoding="utf-8")
    for _ in range(2):  # the second run starts from the cached extraction again, not from its own output
        report = pipeline.generate(project / "seeds", project / "content", load_nlp=no_nlp)
        assert report.ok, report.errors
    published = factsheet.load(project / "content" / pipeline.DATA_DIR / f"{KREMLIN}.yml")
    opened = next(s for s in published.statements if s.text.startswith("Trump opened the call"))
    assert opened.speaker == "dmitry-peskov" and opened.corrected
    raw = factsheet.load(project / pipeline.CACHE_DIR / f"{KREMLIN}.yml")
    assert next(s for s in raw.statements if s.text.startswith("Trump opened")).speaker is None


def test_check_and_people_commands(project, capsys):
    cache_sheets(project)
    assert main(["check", "--root", str(project)]) == 0
    assert "2 fact sheets checked, 0 problems" in capsys.readouterr().out
    (project / "content" / "corrections.yml").write_text("people:\n  - merge: [a, b]\n", encoding="utf-8")
    assert main(["check", "--root", str(project)]) == 1
    assert "line 2: unknown person id 'a'" in capsys.readouterr().err

    (project / "content" / "corrections.yml").unlink()
    pipeline.generate(project / "seeds", project / "content", load_nlp=no_nlp)
    assert main(["people", "--root", str(project)]) == 0
    out = capsys.readouterr().out
    assert "donald-trump" in out and "Donald Trump" in out


def test_a_site_built_with_corrections_shows_the_corrected_facts(tmp_path):
    from test_site import project as site_project

    from generator.site import build

    root = site_project(tmp_path)
    (root / "seeds").mkdir()
    cache_sheets(root)
    (root / "content" / "corrections.yml").write_text(textwrap.dedent(f"""\
        people:
          - id: dmitry-peskov
            roles: [{{title: press secretary, organization: Kremlin}}]
        statements:
          - article: {KREMLIN}
            match: Trump opened the call
            speaker: dmitry-peskov
        """), encoding="utf-8")
    report = build(root, load_nlp=no_nlp)
    assert report.ok, report.errors
    page = (root / "site" / "articles" / KREMLIN / "index.html").read_text(encoding="utf-8")
    statements = page[page.index('id="statements"'):]
    opened = statements[:statements.index("Trump opened the call")]
    opened = opened[opened.rindex("<strong>"):]  # the line above the quote: speaker, kind, marks
    assert "people/dmitry-peskov/" in opened and "corrected by the editors" in opened
    assert "press secretary, Kremlin" in page
    listing = (root / "site" / "corrections" / "index.html").read_text(encoding="utf-8")
    assert "Trump opened the call" in listing and "speaker → dmitry-peskov" in listing
    assert f"articles/{KREMLIN}/" in listing
