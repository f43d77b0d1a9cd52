"""The command line as the contract states it: commands, --help, exit codes, reuse of fact sheets."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED_ARTICLE

from generator import factsheet
from generator.cli import main

GOOD = "Mayor Resigns\n\nMayor Ana Silva resigned on Friday. \"It was time,\" Silva said.\n"


@pytest.mark.parametrize("command", [[], ["extract"], ["build"], ["serve"]])
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as done:
        main([*command, "--help"])
    assert done.value.code == 0
    assert "usage: factsheets" in capsys.readouterr().out


def test_console_script_is_installed():
    script = Path(sys.executable).parent / "factsheets"
    result = subprocess.run([script, "--help"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert "extract" in result.stdout and "build" in result.stdout and "serve" in result.stdout


@pytest.mark.parametrize("argv", [["bogus"], ["extract"], ["extract", "--out"], ["build", "--nope"]])
def test_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_extract_writes_good_articles_and_names_the_bad_one(tmp_path, nlp, capsys):
    seeds = tmp_path / "in"
    seeds.mkdir()
    (seeds / "good.txt").write_text(GOOD, encoding="utf-8")
    (seeds / "bad.txt").write_bytes(b"Bad\n\n\xff\xfe oops")
    out = tmp_path / "out"
    assert main(["extract", str(seeds), "--out", str(out)]) == 1
    assert f"{seeds / 'bad.txt'}: not UTF-8 (byte 0xff at offset 5)" in capsys.readouterr().err
    sheet = factsheet.load(out / "mayor-resigns.yml")
    assert sheet.source == (seeds / "good.txt").as_posix()
    assert [p.name for p in sheet.people] == ["Ana Silva"]
    assert sorted(p.name for p in out.iterdir()) == ["mayor-resigns.yml"]


def test_extract_exit_0_and_reuses_unchanged_fact_sheets(tmp_path, nlp, capsys):
    seeds = tmp_path / "in"
    seeds.mkdir()
    shutil.copy(SEED_ARTICLE, seeds)
    (seeds / "good.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(seeds), "--out", str(out)]) == 0
    assert "2 extracted, 0 reused, 0 failed" in capsys.readouterr().out
    first = {p.name: p.read_bytes() for p in out.iterdir()}

    (seeds / "good.txt").write_text(GOOD.replace("Friday", "Monday"), encoding="utf-8")
    assert main(["extract", str(seeds), "--out", str(out)]) == 0
    assert "1 extracted, 1 reused, 0 failed" in capsys.readouterr().out
    second = {p.name: p.read_bytes() for p in out.iterdir()}
    assert second.keys() == first.keys()
    assert second["mayor-resigns.yml"] != first["mayor-resigns.yml"]
    seed_yml = "kremlin-reacts-to-report-trump-told-allies-putin-is-winning.yml"
    assert second[seed_yml] == first[seed_yml]


def test_extract_missing_path_exits_1(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nowhere.txt"), "--out", str(tmp_path / "out")]) == 1
    assert f"{tmp_path / 'nowhere.txt'}: no such file" in capsys.readouterr().err
