"""Skip a whole run when nothing changed: content hashes of every input and output of the last clean run.

Hashing every seed, template, source file and generated page is cheap (tens of milliseconds per
thousand files); parsing fact sheets and rendering pages is not. So `generate` hashes first, and
only when an input or an output differs from the last clean run (`content/.cache/last-run.json`)
does it go the whole way, which still reuses every unchanged fact sheet and rewrites only the
pages whose bytes change. Content hashes decide, never file times.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path

STAMP = ".cache/last-run.json"
CODE = Path(__file__).resolve().parent


def inputs_key(seed_files: Iterable[Path], templates: Path, extractor: str, others: Iterable[Path] = (),
               project: Path | None = None) -> str:
    """One hash of what a run reads: each seed (path from `project`, bytes), the generator's code
    and templates, other input files (missing ones count too), and the extractor version.

    Paths are named from the project folder, so the same project in another folder has the same key
    and its builds stay byte-identical."""
    digest = hashlib.sha256(f"extractor {extractor}\n".encode())
    for path in others:
        digest.update(f"other {_name(path, project)} {_file_hash(path)}\n".encode())
    for label, root, files in (("seed", project, seed_files),
                               ("code", CODE, sorted(CODE.rglob("*.py"))),
                               ("template", templates, sorted(p for p in templates.rglob("*") if p.is_file()))):
        for path in files:
            name = _name(path, root)
            digest.update(f"{label} {name} {_file_hash(path)}\n".encode())
    return digest.hexdigest()


def _name(path: Path, root: Path | None) -> str:
    return path.relative_to(root).as_posix() if root and path.is_relative_to(root) else path.as_posix()


def unchanged(content: Path, key: str) -> dict | None:
    """The summary of the last clean run if its inputs hash to `key` and every file it wrote is
    still there with the same bytes; otherwise None."""
    try:
        last = json.loads((content / STAMP).read_text(encoding="utf-8"))
        if last["key"] != key:
            return None
        for rel, digest in last["outputs"].items():
            if _hash((content / rel).read_bytes()) != digest:
                return None
        return last["summary"]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def stamp(key: str, content: Path, written: dict[str, str], kept: Iterable[Path], summary: dict) -> str:
    """The record of a clean run: its inputs' key; the hash of each file it wrote (`written`, text
    by path relative to `content`) and of other files it keeps (read back from disk); and what a
    skipped run reports in its stead (`summary`, plain JSON data)."""
    outputs = {rel: _hash(text.encode("utf-8")) for rel, text in written.items()}
    outputs.update({os.path.relpath(path, content): _hash(path.read_bytes()) for path in kept})
    record = {"key": key, "summary": summary, "outputs": dict(sorted(outputs.items()))}
    return json.dumps(record, indent=0, sort_keys=True) + "\n"


def _hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_hash(path: Path) -> str:
    """The hash of a file's bytes, or '-' for one that cannot be read (the run itself reports it)."""
    try:
        return _hash(path.read_bytes())
    except OSError:
        return "-"
