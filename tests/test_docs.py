"""The README and `factsheets --help` agree: every command is documented in both."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest
import yaml
from conftest import ROOT

from generator.cli import _parser


def commands() -> set[str]:
    sub = next(a for a in _parser()._actions if a.dest == "command")
    return set(sub.choices)


def test_every_command_is_in_the_readme_table():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `factsheets (\w+)", readme, re.MULTILINE))
    assert documented == commands()


def test_the_readme_names_the_two_commands_of_a_fresh_machine():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make site" in readme and "make test" in readme
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def test_the_pages_workflow_builds_what_the_readme_says_and_uploads_the_built_site():
    """The workflow the README points to: `make site` with the Pages address as SITE_URL, the folder
    mkdocs.yml builds into as the upload, and a pip cache keyed on a file the repository has (setup-python
    stops the job when no key file matches; its default is requirements.txt, which we do not have)."""
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["build"]["steps"]
    build = next(s for s in steps if s.get("run") == "make site")
    assert build["env"]["SITE_URL"] == "${{ steps.pages.outputs.base_url }}"
    assert any(s.get("id") == "pages" and s["uses"].startswith("actions/configure-pages@") for s in steps)
    python = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python@"))
    for key_file in python["with"].get("cache-dependency-path", "requirements.txt").split():
        assert (ROOT / key_file).is_file(), key_file
    site_dir = re.search(r"^site_dir: (\S+)$", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.MULTILINE)
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == site_dir.group(1)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert ".github/workflows/pages.yml" in readme and "`make site`" in readme
    # The branch the README says a push to publishes from, and the button it mentions.
    trigger = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    (branch,) = trigger["push"]["branches"]
    assert f"runs on every push to the `{branch}` branch" in " ".join(readme.split())
    assert "workflow_dispatch" in trigger and "Actions tab also runs it by hand" in " ".join(readme.split())


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_heldout_without_the_scorer_says_what_it_needs_before_doing_anything(tmp_path):
    """The README's `make heldout` needs the shared evaluation folder beside the checkout; without it the
    target extracted 240 articles (and on a fresh machine installed everything) before failing."""
    done = subprocess.run(["make", "-C", str(ROOT), "heldout", f"EVAL={tmp_path / 'none'}"],
                          check=False, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert f"needs the shared evaluation folder (score.py and dev/) at {tmp_path / 'none'}" in done.stderr
    assert "extract" not in done.stdout + done.stderr and "pip" not in done.stdout + done.stderr
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "`../shared/eval`" in readme.split("`make heldout`", 1)[1][:200]
