"""Headless Chromium for tests: Debian's /usr/bin/chromium driven by Playwright, a built site served locally.

Nothing is downloaded (never `playwright install`). Without Playwright or Chromium the tests that use
this skip with the reason, except in CI (CI=true), where .ci/run installs Chromium and they must run.
"""
from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path(os.environ.get("FACTSHEETS_CHROMIUM", "/usr/bin/chromium"))
# Flags for a root user in a container, and no calls home to Google's services.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def sync_playwright_or_skip():
    """Playwright's `sync_playwright`, or a skip naming what is missing (a failure in CI)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    missing = "the playwright package" if sync_playwright is None else (
        None if CHROMIUM.is_file() else f"Chromium at {CHROMIUM}")
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"{missing} is missing: .ci/run installs it")
        pytest.skip(f"{missing} is not installed")
    return sync_playwright


@contextmanager
def chromium() -> Iterator:
    """A headless Chromium browser for the block."""
    sync_playwright = sync_playwright_or_skip()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        pass  # a browser that leaves a page mid-download breaks the pipe: not a failure of the site


@contextmanager
def served(folder: Path) -> Iterator[str]:
    """Serve `folder` on 127.0.0.1 at a free port for the block; yields the base URL."""
    handler = functools.partial(_Quiet, directory=str(folder))
    server = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class Watch:
    """What a page did that a reader did not ask for: dialogs, script errors, requests to other hosts."""

    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)


def watched(context, base: str) -> Watch:
    """Record dialogs, console errors, page errors and off-site requests of every page in `context`."""
    watch = Watch()
    local = urlsplit(base).netloc

    def on_page(page) -> None:
        def dialog(d) -> None:
            watch.dialogs.append(f"{page.url}: {d.type} {d.message!r}")
            d.dismiss()

        page.on("dialog", dialog)
        page.on("console", lambda m: m.type == "error" and watch.errors.append(f"{page.url}: {m.text}"))
        page.on("pageerror", lambda e: watch.errors.append(f"{page.url}: {e}"))

    def is_local(url: str) -> bool:
        parts = urlsplit(url)
        return parts.scheme in ("data", "blob", "about") or parts.netloc == local

    def request(r) -> None:
        if not is_local(r.url):
            watch.foreign.append(r.url)

    context.on("page", on_page)
    context.on("request", request)
    return watch
