"""The `factsheets` command: argument parsing over the library, no logic of its own.

Exit codes: 0 when every input succeeded, 1 when some failed (the others are still written and
each failure is named on stderr), 2 for a usage error (argparse's own code).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factsheets",
        description="Turn a folder of news articles into a static website of fact sheets: "
                    "who appears, the roles they hold, what they said, and who disputes whom.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    extract = commands.add_parser(
        "extract", help="write one fact sheet (YAML) per article",
        description="Read article files (.txt, .md with front matter, .html) and write DIR/<id>.yml "
                    "for each. Fact sheets already in DIR for unchanged articles are reused.")
    extract.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                         help="article files or folders (default: seeds/)")
    extract.add_argument("--out", required=True, type=Path, metavar="DIR",
                         help="folder for the fact sheets")
    _add_worker_options(extract)

    build = commands.add_parser(
        "build", help="the whole flow: seeds/ to fact sheets, pages and the site in site/",
        description="Extract fact sheets from seeds/, render the pages into content/ and build the "
                    "site into site/ with MkDocs (strict: a broken link fails the build).")
    build.add_argument("--root", type=Path, default=Path("."), metavar="DIR",
                       help="the project folder holding mkdocs.yml and seeds/ (default: .)")
    build.add_argument("--site-dir", type=Path, metavar="DIR", help="build the site here instead of site/")
    _add_worker_options(build)

    serve = commands.add_parser(
        "serve", help="the live site, regenerated when a seed or template changes",
        description="Serve the site with MkDocs' development server; editing a seed re-extracts "
                    "that article only and reloads the page.")
    serve.add_argument("--root", type=Path, default=Path("."), metavar="DIR",
                       help="the project folder holding mkdocs.yml and seeds/ (default: .)")
    serve.add_argument("--dev-addr", metavar="IP:PORT", help="address to serve on (default: 127.0.0.1:8000)")

    people = commands.add_parser(
        "people", help="list people with ids, names, article counts and likely duplicates",
        description="List the people of the published fact sheets, to guide `merge` corrections in "
                    "content/corrections.yml: one-word ids that could be several people are listed "
                    "as likely duplicates.")
    people.add_argument("--root", type=Path, default=Path("."), metavar="DIR",
                        help="the project folder (default: .)")

    check = commands.add_parser(
        "check", help="validate the fact sheets and content/corrections.yml without building",
        description="Read every extracted fact sheet and apply the editors' corrections to them, "
                    "reporting each problem with its file and line; builds nothing.")
    check.add_argument("--root", type=Path, default=Path("."), metavar="DIR",
                       help="the project folder (default: .)")
    return parser


def _add_worker_options(command: argparse.ArgumentParser) -> None:
    where = command.add_mutually_exclusive_group()
    where.add_argument("--workers", type=_positive, default=1, metavar="N",
                       help="extract on N local processes (default: 1, this process)")
    where.add_argument("--scheduler", metavar="ADDRESS",
                       help="extract on the Dask cluster whose scheduler is at ADDRESS, e.g. "
                            "tcp://10.0.0.5:8786 (needs factsheets[dask] here and on the workers)")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return value


def _workers(args: argparse.Namespace):
    from .pipeline import Workers

    return Workers(args.workers, args.scheduler)


def main(argv: list[str] | None = None) -> int:
    from .nlp import ModelMissing
    from .parallel import SchedulerError

    args = _parser().parse_args(argv)
    command = {"extract": _extract, "build": _build, "serve": _serve, "people": _people,
               "check": _check}[args.command]
    try:
        return command(args)
    except (ModelMissing, SchedulerError) as exc:
        print(f"factsheets: {exc}", file=sys.stderr)
        return EXIT_SOME_FAILED
    except KeyboardInterrupt:
        return 130


def _extract(args: argparse.Namespace) -> int:
    from .pipeline import extract_to

    paths = args.paths or [Path("seeds")]
    report = extract_to(paths, args.out, workers=_workers(args))
    return _finish(report, f"fact sheets in {args.out}")


def _build(args: argparse.Namespace) -> int:
    from .site import build

    report = build(args.root, site_dir=args.site_dir, workers=_workers(args))
    return _finish(report, f"site in {args.site_dir or args.root / 'site'}")


def _finish(report, where: str) -> int:
    """Name each failure on stderr, sum up on stdout, and give the contract's exit code."""
    for line in report.errors:
        print(line, file=sys.stderr)
    print(f"{len(report.extracted)} extracted, {len(report.reused)} reused, "
          f"{len(report.errors)} failed; {where}")
    return EXIT_OK if report.ok else EXIT_SOME_FAILED


def _serve(args: argparse.Namespace) -> int:
    from .site import serve

    serve(args.root, dev_addr=args.dev_addr)
    return EXIT_OK


def _people(args: argparse.Namespace) -> int:
    from .review import people

    rows, duplicates, errors = people(args.root)
    for line in errors:
        print(line, file=sys.stderr)
    width = max((len(r.id) for r in rows), default=2)
    for row in rows:
        others = f"  (also {'; '.join(row.other_names)})" if row.other_names else ""
        print(f"{row.id:<{width}}  {row.articles:>3}  {row.name}{others}")
    if duplicates:
        print("\nLikely duplicates (add a `merge` to content/corrections.yml if they are one person):")
        for short, candidates in duplicates.items():
            print(f"  {short}: {', '.join(candidates)}")
    return EXIT_OK if not errors else EXIT_SOME_FAILED


def _check(args: argparse.Namespace) -> int:
    from .review import check

    count, errors = check(args.root)
    for line in errors:
        print(line, file=sys.stderr)
    print(f"{count} fact sheets checked, {len(errors)} problems")
    return EXIT_OK if not errors else EXIT_SOME_FAILED


if __name__ == "__main__":
    sys.exit(main())
