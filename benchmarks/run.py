"""`make bench`: build synthetic archives of N articles, measure each, write benchmarks/RESULTS.md.

    python -m benchmarks.run --sizes 100 1000 5000 [--workers 2] [--sample 1000] [--work DIR]

Each measurement runs in its own process (see `benchmarks.measure`); ratios compare runs made
one right after the other, so load from other processes falls on both sides alike.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

from .measure import REPEATS, ROUND
from .project import make_project

HERE = Path(__file__).resolve().parent
TARGET_RATIO = 0.85
TARGET_NOOP = 1.5


def measure(what: str, root: Path, *options: str) -> dict:
    """Run one measurement on the project's own copy of the code (others may be changing this
    checkout meanwhile): `generator` is imported from `root`, `benchmarks` from here."""
    path = os.pathsep.join([str(root), str(HERE.parent)])
    result = subprocess.run([sys.executable, "-m", "benchmarks.measure", what, str(root), *options],
                            capture_output=True, text=True, check=False, cwd=root,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": path})
    if result.returncode:
        raise SystemExit(f"benchmarks.measure {what} {root} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def run(sizes: list[int], work: Path, workers: int, sample: int) -> dict:
    results = {"machine": machine(), "load_before": os.getloadavg(), "sizes": {}, "workers": workers,
               "sample": sample}
    started = time.perf_counter()
    for n in sizes:
        root = work / f"archive-{n}"
        shutil.rmtree(root, ignore_errors=True)
        make_project(root, n)
        print(f"bench: N={n}: extraction throughput", file=sys.stderr, flush=True)
        size = {"throughput": measure("throughput", root, "--sample", str(sample))}
        print(f"bench: N={n}: full build, no-op rebuilds, one edit, render", file=sys.stderr, flush=True)
        size["steps"] = measure("steps", root, "--workers", str(workers))
        size["steps"]["render"] = json.loads(size["steps"]["render"]["said"])
        results["sizes"][n] = size
    results["load_after"] = os.getloadavg()
    results["minutes"] = (time.perf_counter() - started) / 60
    return results


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = next((int(line.split()[1]) // 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), 0)
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_mb": memory, "python": platform.python_version(),
            "os": platform.platform(), **{p: version(p) for p in ("spacy", "mkdocs", "mkdocs-material")}}


def report(results: dict, argv: list[str]) -> str:
    m = results["machine"]
    lines = [
        "# Benchmark results",
        "",
        (f"Written by `python -m benchmarks.run {' '.join(argv)}` (`make bench`) in "
        f"{results['minutes']:.0f} minutes."),
        "",
        "## Machine",
        "",
        f"- {m['cpu']}, {m['cores']} cores, {m['memory_mb']:,} MB; {m['os']}",
        (f"- Python {m['python']}, spaCy {m['spacy']} (en_core_web_sm 3.8.0), MkDocs {m['mkdocs']}, "
        f"Material {m['mkdocs-material']}"),
        (f"- Load average (1, 5, 15 min) before: {_load(results['load_before'])}; after: "
        f"{_load(results['load_after'])}. The machine is shared with other engineers' builds and "
        "tests, so absolute times vary; the ratios compare runs made one right after the other."),
        "",
        *_extraction(results),
        *_site(results),
        *_memory(results),
        *_method(results),
    ]
    return "\n".join(lines) + "\n"


def _load(load: list[float]) -> str:
    return ", ".join(f"{x:.1f}" for x in load)


def _extraction(results: dict) -> list[str]:
    rows = ["## Extraction throughput against bare `nlp.pipe`", "",
            ("The same texts (each article's headline and paragraphs), the same pipeline, the same process, "
            f"in alternating rounds of {ROUND} articles. CPU seconds of the process decide (wall seconds shown "
            f"too). Target: ratio ≥ {TARGET_RATIO}."), "",
            ("| N | articles measured | words | bare nlp.pipe words/s | extract_all words/s | ratio (CPU) "
            "| ratio (wall) |"), "|---:|---:|---:|---:|---:|---:|---:|"]
    for n, size in results["sizes"].items():
        t = size["throughput"]
        ratio_cpu = t["bare_cpu"] / t["ours_cpu"]
        ratio_wall = t["bare_wall"] / t["ours_wall"]
        rows.append(f"| {int(n):,} | {t['articles']:,} | {t['words']:,} | {t['words'] / t['bare_cpu']:,.0f} "
                    f"| {t['words'] / t['ours_cpu']:,.0f} | **{ratio_cpu:.3f}** {_ok(ratio_cpu >= TARGET_RATIO)} "
                    f"| {ratio_wall:.3f} |")
    return [*rows, ""]


def _site(results: dict) -> list[str]:
    rows = ["## Site: full build, no-op rebuild, one edit", "",
            (f"`factsheets build` (full build with `--workers`), then {REPEATS} no-op rebuilds alternated with "
            f"{REPEATS} plain `mkdocs build --strict` of the same pages (the hook skipped); medians. Target: "
            f"no-op ≤ {TARGET_NOOP} × plain MkDocs, and no NLP."), "",
            ("| N | pages | full build s | render ms/page | MkDocs ms/page | no-op s | plain MkDocs s "
            "| no-op ÷ MkDocs | no-op said | edit one: s | edit one said | files rewritten |"),
            "|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---|---:|"]
    for n, size in results["sizes"].items():
        s = size["steps"]
        noop = statistics.median(r["seconds"] for r in s["noop"])
        plain = statistics.median(r["seconds"] for r in s["mkdocs"])
        render = s["render"]
        rows.append(
            f"| {int(n):,} | {s['pages']:,} | {s['full']['seconds']:.1f} "
            f"| {1000 * render['seconds'] / render['pages']:.2f} | {1000 * plain / s['pages']:.2f} "
            f"| {noop:.1f} | {plain:.1f} | **{noop / plain:.2f}** {_ok(noop / plain <= TARGET_NOOP)} "
            f"| {s['noop'][0]['said'].split(';')[0]} | {s['edit']['seconds']:.1f} "
            f"| {s['edit']['said'].split(';')[0]} | {len(s['edit']['rewritten'])} |")
    rows += ["", "Files rewritten after the edit (content/, relative):", ""]
    for n, size in results["sizes"].items():
        rows.append(f"- N={int(n):,}: " + ", ".join(f"`{f}`" for f in size["steps"]["edit"]["rewritten"]))
    return [*rows, ""]


def _memory(results: dict) -> list[str]:
    rows = ["## Peak memory", "",
            "Peak resident set (ru_maxrss) of each command's largest process, in MB.", "",
            "| N | extraction (throughput run) | full build | no-op rebuild | plain MkDocs | render |",
            "|---:|---:|---:|---:|---:|---:|"]
    for n, size in results["sizes"].items():
        s = size["steps"]
        rows.append(f"| {int(n):,} | {size['throughput']['peak_rss_mb']:.0f} | {s['full']['peak_rss_mb']:.0f} "
                    f"| {max(r['peak_rss_mb'] for r in s['noop']):.0f} "
                    f"| {max(r['peak_rss_mb'] for r in s['mkdocs']):.0f} | {s['render']['peak_rss_mb']:.0f} |")
    return [*rows, ""]


def _method(results: dict) -> list[str]:
    return [
        "## How each figure is taken", "",
        ("- Archives: `benchmarks/archive.py` recombines the seeds' paragraphs (a base article plus up to "
        "three paragraphs from others) and gives every person in them another name, a date and a "
        "title; article i depends only on i, so each archive is the start of the next."),
        (f"- Extraction: at most {results['sample']:,} articles of each archive, one process, "
        "`extract_all` against `nlp.pipe` over the same headline and paragraph texts, rounds alternated."),
        (f"- Full build: `factsheets build --workers {results['workers']}` on a fresh project "
        "(`benchmarks/project.py`: this checkout's code, templates and hand-written pages)."),
        ("- No-op rebuild: `factsheets build` again. It hashes every seed, source file and template and "
        "every file the last clean run wrote (`content/.cache/last-run.json`); all equal, it skips "
        "parsing, extraction and rendering, and MkDocs builds the site."),
        "- Plain MkDocs: `mkdocs build --strict` with the hook told to skip generation.",
        ("- Edit one: one sentence appended to the middle article; files rewritten are those whose "
        "modification time changed in content/."),
        "- Render: `render_pages` over every fact sheet in one process, no writing.",
        ("- Memory: ru_maxrss from wait4 of each command: the largest single process (with --workers, "
        "the parent and each worker are separate processes of about that size)."), ""]


def _ok(met: bool) -> str:
    return "(met)" if met else "(**not met**)"


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000], metavar="N")
    parser.add_argument("--workers", type=int, default=2, help="processes for the full builds (default 2)")
    parser.add_argument("--sample", type=int, default=1000,
                        help="throughput: compare on at most this many articles of each archive")
    parser.add_argument("--work", type=Path, default=HERE.parent / "build" / "bench", metavar="DIR")
    parser.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument("--json", type=Path, help="also write the raw numbers here")
    parser.add_argument("--from-json", type=Path, metavar="FILE",
                        help="measure nothing: write the report from the numbers a run saved with --json")
    args = parser.parse_args()
    if args.from_json:
        results = json.loads(args.from_json.read_text(encoding="utf-8"))
    else:
        results = run(args.sizes, args.work, args.workers, args.sample)
        results["argv"] = sys.argv[1:]
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    args.out.write_text(report(results, results.get("argv", sys.argv[1:])), encoding="utf-8")
    print(f"bench: {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
