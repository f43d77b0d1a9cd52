"""Read seed articles (.txt, .md with YAML front matter, .html) into `Article` records.

Every reader returns NFC-normalised paragraphs; a file that cannot be read raises `ReadError`
with one line naming the file and the reason, so a caller can report it and go on.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path

import yaml

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")

# Lines that web pages leave after the story: a comment link, share buttons.
_RESIDUE = {"comments", "comment", "share", "share this", "advertisement", "related", "read more"}
# A Wikinews-style dateline paragraph ("Monday, September 30, 2019"): not part of the story.
_DATELINE = re.compile(
    r"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+"
    r"(january|february|march|april|may|june|july|august|september|october|november|december)"
    r"\s+\d{1,2},?\s+\d{4}$", re.IGNORECASE)
_FRONT_MATTER_FIELDS = ("title", "date", "url", "outlet", "license", "author")

# Limits that keep one odd file from stalling or sinking a build (real news sits far below them:
# the longest of 296 Wikinews articles is 103 kB, its longest paragraph 3,653 characters).
MAX_ARTICLE_BYTES = 1_000_000  # larger files are refused with a clear line, never read whole
MAX_PARAGRAPH = 5_000  # longer "paragraphs" (a file on one line) are cut at sentence ends
MAX_HEADLINE = 200  # a first line longer than this is story text, not a headline
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’»)\]]*\s+")
# Control characters other than tab and newline: noise from binary or damaged files.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Cyrillic letters in Latin (a simple scheme in the spirit of ISO 9 / BGN), so Russian and
# Ukrainian titles and names get readable ids instead of none.
_CYRILLIC = str.maketrans(dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўђјљњћџѓќѕ", (
    "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
    "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye", "g", "u",
    "dj", "j", "lj", "nj", "c", "dz", "gj", "kj", "dz"), strict=True)))
# Latin letters that Unicode decomposition leaves whole, so "Łukasz" is not cut to "ukasz".
_LATIN = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe", "þ": "th",
                        "ı": "i", "ħ": "h", "ŀ": "l", "ŧ": "t"})


class ReadError(Exception):
    """An article file that cannot be read; str() is the one line to show the user."""


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    title: str
    source: str  # the path as given, for the fact sheet's `source`
    paragraphs: tuple[str, ...]
    sha256: str
    date: str | None = None
    url: str | None = None
    outlet: str | None = None
    license: str | None = None
    author: str | None = None


_MAX_ID = 80


def slugify(text: str, max_length: int = _MAX_ID) -> str:
    """A url-safe id: ASCII letters and digits joined by single hyphens ('' when none)."""
    text = text.casefold().translate(_CYRILLIC).translate(_LATIN)
    folded = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    ascii_text = ascii_text.replace("'", "").replace("\u2019", "")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.encode("ascii", "ignore").decode()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug


def find_article_files(paths: Iterable[Path]) -> list[Path]:
    """Article files under the given files and folders, sorted so runs are repeatable."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                         and not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            found.add(path)
    return sorted(found, key=lambda p: p.as_posix())


def read_articles(paths: Iterable[Path], relative_to: Path | None = None) -> tuple[list[Article], list[str]]:
    """Read every article file; returns the articles (with unique ids) and one error line per failure.

    With `relative_to`, each article's `source` is its path from there, so the fact sheets do not
    depend on where the project folder sits.
    """
    articles, errors = [], []
    for path in find_article_files(paths):
        try:
            articles.append(read_article(path, _source(path, relative_to)))
        except ReadError as exc:
            errors.append(str(exc))
    return unique_ids(articles), errors


def _source(path: Path, relative_to: Path | None) -> str:
    if relative_to is not None and path.is_relative_to(relative_to):
        return path.relative_to(relative_to).as_posix()
    return path.as_posix()


def unique_ids(articles: list[Article]) -> list[Article]:
    """Give articles that share an id a suffix from their source name, so ids are stable and distinct."""
    counts: dict[str, int] = {}
    for article in articles:
        counts[article.id] = counts.get(article.id, 0) + 1
    out = []
    for article in articles:
        if counts[article.id] > 1:
            suffix = hashlib.sha1(article.source.encode()).hexdigest()[:6]
            # Within slugify's length, or the page would be named by a cut id that is no longer unique.
            article = replace(article, id=f"{slugify(article.id, _MAX_ID - 7)}-{suffix}")
        out.append(article)
    return out


def read_article(path: Path, source: str | None = None) -> Article:
    raw = _read_bytes(path)
    text = _decode(raw, path)
    suffix = path.suffix.lower()
    if suffix in (".md", ".markdown"):
        meta, paragraphs = _parse_markdown(text, path)
    elif suffix in (".html", ".htm"):
        meta, paragraphs = _parse_html(text)
    else:
        meta, paragraphs = _parse_text(text)
    title = meta.get("title") or (headline_of(paragraphs[0]) if paragraphs else "")
    if not paragraphs and not title:
        raise ReadError(f"{path}: no text")
    if not paragraphs:
        raise ReadError(f"{path}: no article text after the headline")
    source = source or path.as_posix()
    return Article(
        id=slugify(title) or _fallback_id(source), title=title, source=source,
        paragraphs=tuple(p for long in paragraphs for p in bounded(long)),
        sha256=hashlib.sha256(raw).hexdigest(),
        **{key: meta.get(key) for key in ("date", "url", "outlet", "license", "author")})


def _fallback_id(source: str) -> str:
    """An id for a title with no letters or digits: from the file name, which stays put when the text is edited."""
    name = source.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return slugify(name) or "article-" + hashlib.sha1(source.encode()).hexdigest()[:10]


def headline_of(paragraph: str) -> str:
    """A headline for an article that has none: its first sentence, cut to a readable length."""
    first = _SENTENCE_END.split(paragraph, 1)[0]
    if len(first) <= 120:
        return first
    cut = first[:120].rsplit(" ", 1)[0] if " " in first[:120] else first[:120]
    return cut.rstrip(" ,;:-") + "…"


def bounded(paragraph: str, limit: int = MAX_PARAGRAPH) -> list[str]:
    """A paragraph as pieces of at most `limit` characters, cut after sentences where possible.

    The parser's cost and memory grow with the length of each text it is given; a file with no
    line breaks would otherwise be one huge "paragraph" (and past 1,000,000 characters spaCy refuses it).
    """
    if len(paragraph) <= limit:
        return [paragraph]
    pieces, current = [], ""
    for sentence in _SENTENCE_END.split(paragraph):
        while len(sentence) > limit:  # no sentence end in sight: cut at a space, or anywhere
            cut = sentence.rfind(" ", 0, limit + 1)
            cut = cut if cut > 0 else limit
            head, sentence = sentence[:cut].rstrip(), sentence[cut:].lstrip()
            if current:
                pieces.append(current)
            current = head
        if current and len(current) + 1 + len(sentence) > limit:
            pieces.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}" if current else sentence
    if current:
        pieces.append(current)
    return pieces


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES and path.is_file():
            raise ReadError(f"{path}: too large ({size / 1e6:.1f} MB; "
                            f"articles over {MAX_ARTICLE_BYTES / 1e6:g} MB are skipped)")
        return path.read_bytes()
    except FileNotFoundError:
        raise ReadError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ReadError(f"{path}: is a folder") from None
    except OSError as exc:
        raise ReadError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _decode(raw: bytes, path: Path) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReadError(f"{path}: not UTF-16 ({exc.reason} at offset {exc.start})") from None
    else:
        if b"\x00" in raw:
            raise ReadError(f"{path}: binary file, not text")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ReadError(f"{path}: not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", _CONTROL.sub(" ", text))


def _clean(line: str) -> str:
    return " ".join(line.split())


def _blocks(text: str) -> list[str]:
    """Paragraphs: runs of non-blank lines, whitespace collapsed."""
    return [p for p in (_clean(block) for block in re.split(r"\n\s*\n", text)) if p]


def _drop_residue(paragraphs: list[str], title: str) -> list[str]:
    body = [p for p in paragraphs if p.casefold() != title.casefold()]
    while body and body[-1].casefold().strip(" :") in _RESIDUE:
        body.pop()
    if body and _DATELINE.match(body[0]):
        body.pop(0)
    return body


def _parse_text(text: str) -> tuple[dict, list[str]]:
    title = next((_clean(line) for line in text.split("\n") if line.strip()), "")
    paragraphs = _blocks(text)
    if len(title) > MAX_HEADLINE:  # no headline: the story starts on the first line
        return {}, _drop_residue(paragraphs, "")
    if paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    elif paragraphs and paragraphs[0].startswith(title):
        # The headline had no blank line after it: it is still only the first line.
        paragraphs[0] = paragraphs[0][len(title):].strip()
    return {"title": title}, _drop_residue(paragraphs, title)


def _parse_markdown(text: str, path: Path) -> tuple[dict, list[str]]:
    meta: dict = {}
    body = text
    match = re.match(r"^---[ \t]*\n(.*?)\n---[ \t]*(?:\n|$)", text, re.DOTALL)
    if match:
        try:
            data = yaml.safe_load(match.group(1))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 2}" if mark else ""
            raise ReadError(f"{path}: front matter is not valid YAML{where}") from None
        if data is not None and not isinstance(data, dict):
            raise ReadError(f"{path}: front matter must be a mapping of fields, not a {type(data).__name__}")
        for key in _FRONT_MATTER_FIELDS:
            value = (data or {}).get(key)
            if isinstance(value, (list, dict, set, bytes)):  # str() of nested aliases can explode
                raise ReadError(f"{path}: front matter field {key} must be text, not a {type(value).__name__}")
            if value is not None:
                meta[key] = unicodedata.normalize("NFC", _clean(str(value)))
        body = text[match.end():]
    paragraphs = [_strip_markdown_heading(p) for p in _blocks(body)]
    paragraphs = [p for p in paragraphs if p]
    if "title" not in meta and paragraphs and len(paragraphs[0]) <= MAX_HEADLINE:
        meta["title"] = paragraphs.pop(0)
    return meta, _drop_residue(paragraphs, meta.get("title", ""))


def _strip_markdown_heading(paragraph: str) -> str:
    return re.sub(r"^#{1,6}\s+", "", paragraph)


class _MainText(HTMLParser):
    """Collects the paragraphs of an HTML page's story, skipping menus, headers and footers."""

    _SKIP = frozenset({"nav", "header", "footer", "aside", "script", "style", "form", "noscript",
                       "template", "svg", "button", "figure"})
    _BLOCK = frozenset({"p", "h1", "h2", "h3", "h4", "li", "blockquote", "div", "section", "article",
                        "main", "br"})
    _VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base",
                       "col", "embed"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.skip_depth = 0
        self.main_depth = 0
        self.main_seen = False
        self.current: list[str] = []
        self.body: list[tuple[bool, str]] = []  # (inside <article>/<main>, paragraph)
        self.title = ""
        self.h1 = ""
        self.meta: dict[str, str] = {}
        self._in_title = False
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = a.get("property") or a.get("name") or ""
            self.meta.setdefault(key.lower(), a.get("content", ""))
        if tag == "link" and a.get("rel", "").lower() == "canonical":
            self.meta.setdefault("canonical", a.get("href", ""))
        if tag in self._VOID:
            if tag == "br":
                self._flush()
            return
        self.stack.append(tag)
        if tag in self._SKIP:
            self.skip_depth += 1
        if tag in ("article", "main"):
            self.main_depth += 1
            self.main_seen = True
        if tag in self._BLOCK:
            self._flush()
        self._in_title = tag == "title"
        self._in_h1 = tag == "h1" and not self.h1

    def handle_endtag(self, tag: str) -> None:
        if tag in self._VOID or tag not in self.stack:
            return
        while self.stack:
            open_tag = self.stack.pop()
            if open_tag in self._BLOCK:
                self._flush()
            if open_tag in self._SKIP:
                self.skip_depth -= 1
            if open_tag in ("article", "main"):
                self.main_depth -= 1
            if open_tag == tag:
                break
        self._in_title = self._in_h1 = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
            return
        if self._in_h1:
            self.h1 += data
        if self.skip_depth == 0 and "body" in self.stack or (self.skip_depth == 0 and self.main_depth):
            self.current.append(data)

    def _flush(self) -> None:
        text = _clean("".join(self.current))
        self.current = []
        if text:
            self.body.append((self.main_depth > 0, text))

    def paragraphs(self) -> list[str]:
        self._flush()
        if self.main_seen:
            return [text for inside, text in self.body if inside]
        return [text for _, text in self.body]


def _parse_html(text: str) -> tuple[dict, list[str]]:
    parser = _MainText()
    parser.feed(text)
    parser.close()
    m = parser.meta
    title = _clean(m.get("og:title") or parser.h1 or parser.title)
    meta = {
        "title": title,
        "date": (m.get("article:published_time") or m.get("date") or "")[:10] or None,
        "url": m.get("og:url") or m.get("canonical") or None,
        "outlet": m.get("og:site_name") or None,
        "author": m.get("author") or m.get("article:author") or None,
        "license": m.get("license") or None,
    }
    meta = {k: unicodedata.normalize("NFC", _clean(v)) for k, v in meta.items() if v}
    return meta, _drop_residue(parser.paragraphs(), title)
