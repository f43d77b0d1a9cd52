"""Nothing lost, same input same output: a killed or failed build leaves the previous site and fact
sheets whole, and two builds of the same seeds are byte-identical whatever order they are listed in."""
from __future__ import annotations

import gzip
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import ROOT
from test_build import copy_project

from generator import factsheet, pipeline
from generator.cli import main

SEEDS = ("000_d707e29337a8d48a.txt",
         "2019-01-07-president-trump-says-he-can-and-may-put-us-into-state-of-eme.md",
         "2019-09-06-hong-kong-leader-announces-withdrawal-of-extradition-bill.md")
NOTES = "# Editors' notes\n\nWritten by hand.\n"


def small_project(root: Path, seeds: tuple[str, ...] = SEEDS) -> Path:
    copy_project(root)
    for seed in (root / "seeds").iterdir():
        if seed.name not in seeds:
            seed.unlink()
    (root / "content" / "notes.md").write_text(NOTES, encoding="utf-8")
    return root


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(root: Path) -> list[str]:
    """Temporary folders and files a build makes and should not leave behind."""
    found = [p.name for p in root.iterdir() if p.name.startswith(".site.")]
    return found + [p.name for p in (root / "content").rglob("*.tmp")]


def kill_when_mkdocs_is_writing(root: Path) -> None:
    """Run `factsheets build` and SIGKILL it once MkDocs has written part of the new site."""
    script = Path(sys.executable).parent / "factsheets"
    build = subprocess.Popen([script, "build", "--root", str(root)], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    deadline = time.monotonic() + 180
    try:
        while time.monotonic() < deadline and build.poll() is None:
            if any(any(d.iterdir()) for d in root.glob(".site.building-*")):
                build.send_signal(signal.SIGKILL)
                break
            time.sleep(0.005)
        assert build.wait(timeout=30) == -signal.SIGKILL, "the build ended before it could be killed"
    finally:
        if build.poll() is None:
            build.kill()


def test_a_build_killed_midway_leaves_the_previous_site_and_fact_sheets(tmp_path, nlp):
    root = small_project(tmp_path / "p", SEEDS[:2])
    assert main(["build", "--root", str(root)]) == 0
    site, data = tree(root / "site"), tree(root / "content" / pipeline.DATA_DIR)
    before = {name: factsheet.loads(text.decode()).source_sha256 for name, text in data.items()}
    for seed in (root / "seeds").iterdir():  # every article changes: new fact sheets, new pages
        seed.write_text(seed.read_text(encoding="utf-8") + "\n\nThe mayor said nothing more.\n",
                        encoding="utf-8")

    kill_when_mkdocs_is_writing(root)

    assert tree(root / "site") == site
    for name, text in tree(root / "content" / pipeline.DATA_DIR).items():
        sheet = factsheet.loads(text.decode(), name)  # whole, old or new, never cut short
        assert sheet.source_sha256 != before[name]  # written before MkDocs started
    assert (root / "content" / "notes.md").read_text(encoding="utf-8") == NOTES

    # The next build finishes the job and clears what the killed one left.
    assert main(["build", "--root", str(root)]) == 0
    assert leftovers(root) == []
    assert tree(root / "site") != site
    assert (root / "site" / "notes" / "index.html").is_file()
    assert (root / "content" / "notes.md").read_text(encoding="utf-8") == NOTES


def test_a_failed_build_leaves_the_previous_site(tmp_path, nlp):
    root = small_project(tmp_path / "p", SEEDS[:1])
    assert main(["build", "--root", str(root)]) == 0
    site = tree(root / "site")
    (root / "content" / "broken.md").write_text("# Broken\n\n[gone](nowhere.md)\n", encoding="utf-8")
    assert main(["build", "--root", str(root)]) == 1  # strict: a broken link fails the build
    assert tree(root / "site") == site
    assert leftovers(root) == []


def test_two_builds_of_the_same_seeds_are_byte_identical_whatever_the_listing_order(tmp_path, nlp):
    first, second = tmp_path / "one", tmp_path / "elsewhere" / "two"
    for root, order in ((first, SEEDS), (second, SEEDS[::-1])):
        small_project(root, ())
        for name in order:  # created in opposite orders, so folders list them differently
            shutil.copy(ROOT / "seeds" / name, root / "seeds")
        assert main(["build", "--root", str(root)]) == 0
    assert tree(first / "site") == tree(second / "site")
    assert tree(first / "content") == tree(second / "content")
    # The build is dated by its newest article, not by the clock: MkDocs stamps the sitemap's gzip
    # header with the build date, so a build tomorrow would differ without it.
    with gzip.open(first / "site" / "sitemap.xml.gz") as packed:
        assert packed.read() == (first / "site" / "sitemap.xml").read_bytes()
    newest = 1567728000  # 2019-09-06, the date of the newest of SEEDS
    assert (first / "site" / "sitemap.xml.gz").read_bytes()[4:8] == newest.to_bytes(4, "little")
