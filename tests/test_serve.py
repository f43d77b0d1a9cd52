"""Plain `mkdocs serve` on a fresh project: shows the site, picks up an edited seed, then settles."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from test_build import SEED_ID, copy_project

BUILT = "Documentation built in"
STARTED = "Building documentation..."
QUIET = 8


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def wait_for(condition, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.5)
    raise AssertionError(f"timed out after {seconds} s waiting for {what}")


def test_mkdocs_serve_regenerates_an_edited_seed_and_settles(tmp_path):
    root = copy_project(tmp_path / "p")
    for seed in (root / "seeds").iterdir():
        if seed.name != "000_d707e29337a8d48a.txt":
            seed.unlink()
    port = free_port()
    log = (tmp_path / "serve.log").open("w+", encoding="utf-8")
    mkdocs = Path(sys.executable).parent / "mkdocs"
    server = subprocess.Popen([mkdocs, "serve", "--dev-addr", f"127.0.0.1:{port}"], cwd=root,
                              stdout=log, stderr=subprocess.STDOUT,
                              env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    page = f"http://127.0.0.1:{port}/articles/{SEED_ID}/"
    try:
        first = wait_for(lambda: fetch(page), 120, "the fact sheet page")
        assert "Dmitry Peskov" in first
        assert "Bjorn Lindqvist" not in first

        seed = root / "seeds" / "000_d707e29337a8d48a.txt"
        seed.write_text(seed.read_text(encoding="utf-8").replace(
            "Swedish economist Anders Åslund", "Swedish economist Bjorn Lindqvist"), encoding="utf-8")
        wait_for(lambda: "Bjorn Lindqvist" in (fetch(page) or ""), 120, "the edited seed on the page")

        def activity() -> tuple[int, int, int]:
            log.flush()
            text = (tmp_path / "serve.log").read_text(encoding="utf-8")
            return text.count("Detected file changes"), text.count(STARTED), text.count(BUILT)

        # Settled: no build running and none started for QUIET seconds. A hook that rewrites a watched
        # file on every build never gets there; a slow machine only takes longer to.
        quiet_since, last = time.monotonic(), activity()

        def settled() -> bool:
            nonlocal quiet_since, last
            now = activity()
            if now != last or now[1] != now[2]:
                quiet_since, last = time.monotonic(), now
            return time.monotonic() - quiet_since >= QUIET

        wait_for(settled, 120, "mkdocs serve to stop rebuilding (a generated file rewritten each build?)")
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()


def test_factsheets_serve_says_where_the_site_is(tmp_path):
    """`make serve` runs `factsheets serve`: its first words must be the address to open, as MkDocs'
    own command prints it (it printed nothing at all, so a reader could not tell it had started)."""
    root = copy_project(tmp_path / "p")
    for seed in (root / "seeds").iterdir():
        if seed.name != "000_d707e29337a8d48a.txt":
            seed.unlink()
    port = free_port()
    log_path = tmp_path / "serve.log"
    factsheets = Path(sys.executable).parent / "factsheets"
    with log_path.open("w", encoding="utf-8") as log:
        server = subprocess.Popen([factsheets, "serve", "--dev-addr", f"127.0.0.1:{port}"], cwd=root,
                                  stdout=log, stderr=subprocess.STDOUT,
                                  env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
        try:
            wait_for(lambda: fetch(f"http://127.0.0.1:{port}/"), 120, "the home page")
            text = wait_for(lambda: BUILT in log_path.read_text(encoding="utf-8")
                            and log_path.read_text(encoding="utf-8"), 30, "the build in the log")
            assert f"Serving on http://127.0.0.1:{port}/" in text
        finally:
            server.terminate()
            server.wait(timeout=20)
