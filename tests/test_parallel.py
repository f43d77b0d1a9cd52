"""Serial, local-process and Dask extraction write the same bytes, in article order; progress output."""
from __future__ import annotations

import io
import itertools
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from generator import parallel
from generator.cli import main
from generator.progress import Progress

# Short articles written for the test: people, roles, quotes, reported speech and a dispute each.
ARTICLES = {
    "a-mayor.txt": "Mayor Resigns in Lisbon\n\nMayor Ana Silva resigned on Friday. \"It was time,\" "
                   "Silva said.\n\nCouncillor Rui Costa said the city would hold an election in May.\n",
    "b-strike.txt": "Rail Strike Called Off\n\nUnion leader Mick Whelan said the strike was over. "
                    "Transport minister Grant Shapps denied that the government had made concessions.\n",
    "c-court.txt": "Court Rejects Appeal\n\nJudge Maria Lopez rejected the appeal on Tuesday. "
                   "\"The law is clear,\" Lopez said.\n\nLawyer Tom Reyes disputed the ruling.\n",
    "d-port.txt": "Port Reopens After Storm\n\nHarbour master Lena Berg said ships could dock again. "
                  "\"We worked through the night,\" she said.\n",
}


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("seeds")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def serial(seeds, tmp_path_factory, nlp) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("serial")
    assert main(["extract", str(seeds), "--out", str(out)]) == 0
    return _tree(out)


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_serial_run_writes_one_sheet_per_article(serial):
    assert len(serial) == len(ARTICLES)


def test_local_processes_write_the_same_bytes(seeds, serial, tmp_path, capsys):
    assert main(["extract", str(seeds), "--out", str(tmp_path), "--workers", "2"]) == 0, capsys.readouterr().err
    assert _tree(tmp_path) == serial


def test_a_dask_cluster_writes_the_same_bytes(seeds, serial, tmp_path, capsys):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        argv = ["extract", str(seeds), "--out", str(tmp_path), "--scheduler", cluster.scheduler_address]
        assert main(argv) == 0, capsys.readouterr().err
    assert _tree(tmp_path) == serial


def test_an_article_the_extractor_fails_on_is_named_and_the_others_are_written(seeds, serial, tmp_path, capsys,
                                                                               monkeypatch):
    from generator import extract

    real = extract.sheet_for

    def failing_on_the_court(article, *args, **kwargs):
        if article.source.endswith("c-court.txt"):
            raise TypeError("a fault planted by the test")
        return real(article, *args, **kwargs)

    monkeypatch.setattr(extract, "sheet_for", failing_on_the_court)
    assert main(["extract", str(seeds), "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "c-court.txt: not extracted, the extractor failed on it (TypeError: a fault planted by the test at " in err
    assert _tree(tmp_path) == {name: data for name, data in serial.items() if name != "court-rejects-appeal.yml"}


def test_results_come_in_article_order_whatever_finishes_first():
    chunks = [[0, 1], [2, 3], [4, 5], [6]]

    def work(chunk):  # the first chunk finishes last
        time.sleep(0.05 * (len(chunks) - chunk[0] // 2))
        return [n * 10 for n in chunk]

    with ThreadPoolExecutor(4) as pool:
        results = parallel._in_order(lambda c: pool.submit(work, c), iter(chunks), window=4)
        assert list(results) == [0, 10, 20, 30, 40, 50, 60]


def test_chunks_cover_every_article_once_in_order():
    articles = list(range(103))
    for workers in (1, 2, 7):
        chunks = list(parallel._chunks(articles, workers))
        assert list(itertools.chain.from_iterable(chunks)) == articles
        assert max(len(c) for c in chunks) <= parallel.MAX_CHUNK
        assert len(chunks) >= min(len(articles), workers * parallel.IN_FLIGHT)


def test_workers_must_be_a_positive_number(capsys):
    with pytest.raises(SystemExit) as done:
        main(["extract", "--out", "x", "--workers", "0"])
    assert done.value.code == 2
    assert "at least 1" in capsys.readouterr().err


def test_workers_and_scheduler_exclude_each_other(capsys):
    with pytest.raises(SystemExit) as done:
        main(["build", "--workers", "2", "--scheduler", "tcp://127.0.0.1:8786"])
    assert done.value.code == 2


def test_an_unreachable_scheduler_is_named(seeds, tmp_path, monkeypatch, capsys):
    pytest.importorskip("distributed")
    monkeypatch.setattr(parallel, "CONNECT_TIMEOUT", "1s")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLES["a-mayor.txt"], encoding="utf-8")
    argv = ["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:9"]
    assert main(argv) == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in capsys.readouterr().err


class _Stream(io.StringIO):
    def __init__(self, terminal: bool) -> None:
        super().__init__()
        self.terminal = terminal

    def isatty(self) -> bool:
        return self.terminal


def _run(terminal: bool, total: int = 50, step: float = 0.5) -> str:
    ticks = itertools.count(0, step)
    stream = _Stream(terminal)
    bar = Progress(total, "extract", stream=stream, clock=lambda: next(ticks))
    for _ in range(total):
        bar.advance()
    bar.close()
    return stream.getvalue()


def test_without_a_terminal_progress_is_plain_lines_every_tenth():
    lines = _run(terminal=False).splitlines()
    assert len(lines) == 10
    assert lines[0].startswith("extract 5/50 articles (10%), 2.0 articles/s, 0:23 left")
    assert lines[-1].startswith("extract 50/50 articles (100%)")
    assert not any("\r" in line or "\x1b" in line for line in lines)


def test_on_a_terminal_progress_is_one_bar_redrawn_in_place():
    out = _run(terminal=True)
    assert out.count("\n") == 1 and out.endswith("\n")
    draws = out.split("\r")[1:]
    assert all(draw.startswith("[") for draw in draws)
    assert "articles/s" in draws[1] and "left" in draws[1]
    assert "extract 50/50 articles (100%)" in draws[-1]
