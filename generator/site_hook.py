"""MkDocs hook (see `hooks:` in mkdocs.yml): plain `mkdocs build` and `mkdocs serve` generate pages too."""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

try:
    from generator import pipeline, structured
    from generator.site import GENERATED
except ImportError:  # a fresh clone without `pip install -e .`: the package sits beside this file
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from generator import pipeline, structured
    from generator.site import GENERATED

# Under the `mkdocs` logger, so MkDocs prints these and `--strict` counts them as failures.
log = logging.getLogger("mkdocs.hooks.factsheets")


def _root(config) -> Path:
    return Path(config.config_file_path).resolve().parent


def on_pre_build(config) -> None:
    if os.environ.get(GENERATED):  # `factsheets build` generated just before calling MkDocs
        return
    root = _root(config)
    if not (root / "seeds").is_dir():
        log.info("factsheets: no seeds/ folder, pages in %s left as they are", config.docs_dir)
        return
    try:
        report = pipeline.generate(root / "seeds", Path(config.docs_dir))
    except Exception as exc:  # noqa: BLE001 - the site still builds from the pages already there
        log.warning("factsheets: generating pages failed: %s: %s", type(exc).__name__, exc)
        return
    for line in report.errors:
        log.warning("factsheets: %s", line)
    if report.stopped:
        from mkdocs.exceptions import PluginError

        raise PluginError("factsheets: the corrections could not be applied; nothing was built")


def on_page_context(context, page, config, nav):
    """With `site_url` set (see the README on GitHub Pages), structured data links absolutely."""
    data = page.meta.get("jsonld")
    if data and config.site_url and page.canonical_url:
        page.meta["jsonld"] = structured.absolute(data, page.canonical_url)
    return context


def on_serve(server, config, builder) -> None:
    root = _root(config)
    for folder in ("seeds", "templates"):
        if (root / folder).is_dir():
            server.watch(str(root / folder))
