"""Shared fixtures: the spaCy pipeline is loaded once per test session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ARTICLE = SEEDS / "000_d707e29337a8d48a.txt"
# Where the browser tests save a screenshot of each page type.
SCREENSHOTS = Path(os.environ.get("FACTSHEETS_SCREENSHOTS", ROOT / "build" / "screenshots"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/ from the current output (review the diff)")
    parser.addoption("--update-screenshots", action="store_true",
                     help="rewrite .github/screenshots/ from the site `make site` built (look at them)")


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    """Say where the browser tests left their screenshots, so a reader can look at them."""
    ran = any("test_browser.py" in getattr(report, "nodeid", "")
              for reports in terminalreporter.stats.values() for report in reports)
    if ran and SCREENSHOTS.is_dir():
        terminalreporter.write_line(f"browser screenshots: {SCREENSHOTS}")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture(scope="session")
def nlp():
    from generator.nlp import load

    return load()


@pytest.fixture(scope="session")
def to_html():
    """Markdown to HTML with the extensions mkdocs.yml enables, as the site renders it."""
    import markdown
    import yaml

    class Loader(yaml.SafeLoader):
        """mkdocs.yml as MkDocs reads it, as far as the Markdown extensions go: `!ENV` tags are
        MkDocs' own (site_url: !ENV [SITE_URL, ""]), read here as their default."""

    Loader.add_constructor("!ENV", lambda loader, node: (loader.construct_sequence(node) or [None])[-1]
                           if isinstance(node, yaml.SequenceNode) else None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    names, options = [], {}
    for item in config["markdown_extensions"]:
        name, opts = next(iter(item.items())) if isinstance(item, dict) else (item, {})
        names.append(name)
        options[name] = opts or {}
    converter = markdown.Markdown(extensions=names, extension_configs=options)

    def convert(text: str) -> str:
        converter.reset()
        return converter.convert(text)
    return convert
