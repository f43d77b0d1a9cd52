"""Readers: .txt, .md with front matter and .html into Article records, and clear errors."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from conftest import SEED_ARTICLE, SEEDS

from generator.articles import ReadError, read_article, read_articles, slugify


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_seed_txt_headline_repeat_and_residue():
    article = read_article(SEED_ARTICLE)
    assert article.title == "Kremlin Reacts to Report Trump Told Allies Putin Is 'Winning'"
    assert article.id == "kremlin-reacts-to-report-trump-told-allies-putin-is-winning"
    # The sub-headline is story text; the trailing "Comments" link is page residue.
    assert article.paragraphs[0].startswith("Kremlin Responds to Report That Trump Told Europe")
    assert article.paragraphs[-1].startswith("Despite the concerns, Trump claimed")
    assert "Comments" not in article.paragraphs
    assert article.date is None


def test_txt_drops_a_repeated_headline(tmp_path):
    path = write(tmp_path, "a.txt", "Mayor Resigns\n\nMayor Resigns\n\nThe mayor resigned on Friday.\n\nComments\n")
    article = read_article(path)
    assert article.title == "Mayor Resigns"
    assert article.paragraphs == ("The mayor resigned on Friday.",)


def test_txt_paragraph_lines_are_joined_and_text_is_nfc(tmp_path):
    decomposed = "A\u030angstr\u00f6m said it.\r\nTwice.\r\n"
    path = write(tmp_path, "a.txt", "Title\r\n\r\n" + decomposed)
    article = read_article(path)
    assert article.paragraphs == (unicodedata.normalize("NFC", "A\u030angstr\u00f6m said it. Twice."),)
    assert article.paragraphs[0].startswith("\u00c5")


def test_markdown_front_matter_and_dateline():
    article = read_article(SEEDS / "2019-09-30-u-s-house-issues-subpoena-to-secretary-of-state-as-special-e.md")
    assert article.title.startswith("U.S. House issues subpoena")
    assert article.date == "2019-09-30"
    assert article.outlet == "Wikinews"
    assert article.license == "CC BY 2.5"
    assert article.url.startswith("https://en.wikinews.org/wiki/")
    # "Monday, September 30, 2019" is a dateline, not story text.
    assert article.paragraphs[0].startswith("Friday, the United States House")


def test_markdown_without_front_matter_takes_the_heading(tmp_path):
    path = write(tmp_path, "a.md", "# Storm hits coast\n\nWinds reached 150 km/h.\n")
    article = read_article(path)
    assert (article.title, article.paragraphs) == ("Storm hits coast", ("Winds reached 150 km/h.",))


def test_html_main_text_without_menus(tmp_path):
    page = """<html><head><title>Site | Storm</title>
    <meta property="og:title" content="Storm hits &amp; floods coast">
    <meta property="article:published_time" content="2024-05-01T10:00:00Z">
    <link rel="canonical" href="https://example.org/storm"></head>
    <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <header><p>Subscribe now</p></header>
    <article><h1>Storm hits &amp; floods coast</h1>
    <p>Winds reached <b>150 km/h</b> on Tuesday.</p><p>"We were lucky," said Ana Silva.</p></article>
    <footer><p>Copyright</p></footer></body></html>"""
    article = read_article(write(tmp_path, "storm.html", page))
    assert article.title == "Storm hits & floods coast"
    assert article.date == "2024-05-01"
    assert article.url == "https://example.org/storm"
    assert article.paragraphs == ("Winds reached 150 km/h on Tuesday.", '"We were lucky," said Ana Silva.')


def test_invalid_utf8_names_the_byte_and_offset(tmp_path):
    path = write(tmp_path, "x.txt", b"Headline\n\nabcd\xff more")
    with pytest.raises(ReadError) as error:
        read_article(path)
    assert str(error.value) == f"{path}: not UTF-8 (byte 0xff at offset 14)"


@pytest.mark.parametrize("content, reason", [
    (b"", "no text"),
    (b"   \n\n  \t\n", "no text"),
    (b"\x00\x01\x02binary", "binary file, not text"),
    (b"Only a headline\n", "no article text after the headline"),
])
def test_unreadable_files_give_one_clear_line(tmp_path, content, reason):
    path = write(tmp_path, "x.txt", content)
    with pytest.raises(ReadError, match=f"^{path}: {reason}$"):
        read_article(path)


def test_broken_front_matter(tmp_path):
    bad = write(tmp_path, "bad.md", "---\ntitle: [unclosed\n---\n\nText.\n")
    listy = write(tmp_path, "list.md", "---\n- a\n- b\n---\n\nText.\n")
    with pytest.raises(ReadError, match=r"bad\.md: front matter is not valid YAML"):
        read_article(bad)
    with pytest.raises(ReadError, match=r"list\.md: front matter must be a mapping"):
        read_article(listy)


def test_utf16_with_bom_is_read(tmp_path):
    path = write(tmp_path, "u.txt", "Title\n\nText here.\n".encode("utf-16"))
    assert read_article(path).paragraphs == ("Text here.",)


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    write(tmp_path, "good.txt", "Good news\n\nAll is well.\n")
    write(tmp_path, "bad.txt", b"Bad\n\n\xff")
    articles, errors = read_articles([tmp_path])
    assert [a.id for a in articles] == ["good-news"]
    assert errors == [f"{tmp_path / 'bad.txt'}: not UTF-8 (byte 0xff at offset 5)"]


def test_equal_titles_get_distinct_stable_ids(tmp_path):
    write(tmp_path, "a.txt", "Same Title\n\nFirst story.\n")
    write(tmp_path, "b.txt", "Same Title\n\nSecond story.\n")
    first, _ = read_articles([tmp_path])
    second, _ = read_articles([tmp_path / "b.txt", tmp_path / "a.txt"])
    assert len({a.id for a in first}) == 2
    assert [a.id for a in first] == [a.id for a in second]
    assert all(a.id.startswith("same-title-") for a in first)


def test_slugify():
    assert slugify("Anders Åslund") == "anders-aslund"
    assert slugify("Łukasz Kamiński") == "lukasz-kaminski"
    assert slugify("Søren Kierkegaard") == "soren-kierkegaard"
    assert slugify("Novak Đoković") == "novak-dokovic"
    assert slugify("Turkey's President Erdoğan") == "turkeys-president-erdogan"
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("?!…") == ""
    assert len(slugify("word " * 40)) <= 80
