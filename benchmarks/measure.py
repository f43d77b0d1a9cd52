"""One measurement of the benchmark, run in its own process so its peak memory is its own.

`python -m benchmarks.measure throughput DIR [--sample K]` and `... steps DIR` print one JSON
object on stdout; `benchmarks.run` starts them and writes the report.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent
ROUND = 20  # articles per round of the throughput comparison
REPEATS = 3  # no-op rebuilds and plain MkDocs builds, alternated


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def throughput(seeds: Path, sample: int | None) -> dict:
    """Words per second of `extract_all` against bare `nlp.pipe` over the same texts, in alternating
    rounds of ROUND articles so that load from other processes falls on both alike. CPU time of
    this process is the measure (wall time is shown too): on a shared machine it is far steadier."""
    from generator.articles import read_articles
    from generator.extract import extract_all
    from generator.nlp import load

    nlp = load()
    articles, _ = read_articles([seeds])
    articles = articles[:sample] if sample else articles
    _drain(extract_all(articles[:2], nlp))  # warm up (first allocations) outside the measurement
    totals = {"bare_cpu": 0.0, "ours_cpu": 0.0, "bare_wall": 0.0, "ours_wall": 0.0}
    words = 0
    for n, start in enumerate(range(0, len(articles), ROUND)):
        batch = articles[start:start + ROUND]
        texts = [text for a in batch for text in (a.title, *a.paragraphs)]
        words += sum(len(text.split()) for text in texts)
        runs = [("bare", nlp.pipe, texts), ("ours", lambda b: extract_all(b, nlp), batch)]
        for name, run, items in runs if n % 2 == 0 else runs[::-1]:
            cpu, wall = time.process_time(), time.perf_counter()
            _drain(run(items))
            totals[f"{name}_cpu"] += time.process_time() - cpu
            totals[f"{name}_wall"] += time.perf_counter() - wall
    return {"articles": len(articles), "words": words, **totals, "peak_rss_mb": peak_rss_mb()}


def _drain(items) -> None:
    for _ in items:
        pass


def steps(root: Path, workers: int) -> dict:
    """Full build, no-op rebuilds against plain MkDocs builds, a rebuild after editing one article,
    and render time: each command in its own process, with its peak memory."""
    out = {"pages": 0}
    out["full"] = _command([BIN / "factsheets", "build", "--root", root, "--workers", str(workers)])
    out["pages"] = sum(1 for _ in (root / "content").rglob("*.md"))
    out["noop"], out["mkdocs"] = [], []
    for _ in range(REPEATS):
        out["noop"].append(_command([BIN / "factsheets", "build", "--root", root]))
        out["mkdocs"].append(_command([BIN / "mkdocs", "build", "--strict", "-q", "-f", root / "mkdocs.yml"],
                                      env={"FACTSHEETS_GENERATED": "1"}))
    before = _mtimes(root / "content")
    _edit_one(root / "seeds")
    out["edit"] = _command([BIN / "factsheets", "build", "--root", root])
    after = _mtimes(root / "content")
    out["edit"]["rewritten"] = sorted(rel for rel in after if before.get(rel) != after[rel])
    out["render"] = _command([sys.executable, "-m", "benchmarks.measure", "render", root])
    return out


def _command(argv: list, env: dict | None = None) -> dict:
    """Run a command; its wall time, peak memory (its own and its children's) and last output line."""
    start = time.perf_counter()
    child = subprocess.Popen([str(a) for a in argv], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}, text=True)
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if status:
        raise SystemExit(f"{' '.join(map(str, argv))} failed ({status}): {output[-2000:]}")
    lines = output.strip().splitlines()
    return {"seconds": seconds, "peak_rss_mb": usage.ru_maxrss / 1024, "said": lines[-1] if lines else ""}


def _mtimes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def _edit_one(seeds: Path) -> None:
    """A correction in the middle article: one more sentence at the end of its last paragraph."""
    files = sorted(seeds.iterdir())
    path = files[len(files) // 2]
    text = path.read_text(encoding="utf-8").rstrip("\n")
    path.write_text(text + " The figures were later corrected.\n", encoding="utf-8")


def render(root: Path) -> dict:
    """Seconds to render every page from the fact sheets on disk (no writing), per page."""
    from generator import factsheet
    from generator.pipeline import DATA_DIR
    from generator.render import render_pages

    sheets = [factsheet.load(p) for p in sorted((root / "content" / DATA_DIR).glob("*.yml"))]
    start = time.perf_counter()
    pages = render_pages(sheets)
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "pages": len(pages), "peak_rss_mb": peak_rss_mb()}))
    return {}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.measure")
    parser.add_argument("what", choices=["throughput", "steps", "render"])
    parser.add_argument("root", type=Path, help="the benchmark project (seeds/ inside)")
    parser.add_argument("--sample", type=int, help="throughput: the first K articles only")
    parser.add_argument("--workers", type=int, default=1, help="steps: workers for the full build")
    args = parser.parse_args()
    if args.what == "throughput":
        print(json.dumps(throughput(args.root / "seeds", args.sample)))
    elif args.what == "steps":
        print(json.dumps(steps(args.root, args.workers)))
    else:
        render(args.root)


if __name__ == "__main__":
    main()
