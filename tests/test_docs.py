"""The README and `factsheets --help` agree: every command is documented in both."""
from __future__ import annotations

import re

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
