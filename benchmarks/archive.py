"""A deterministic synthetic archive: the seeds' paragraphs recombined with other names, dates and titles.

Article `i` depends only on `i` and the seeds, so an archive of 1,000 holds the first 100 of the
archive of 5,000 unchanged, and every run of the benchmark reads the same bytes.
"""
from __future__ import annotations

import datetime
import random
import re
from pathlib import Path

from generator.articles import Article, read_articles

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# The people the seed articles name (as the extractor finds them): each synthetic article gives
# every one of them another name, so person pages spread over many people, as in a real archive.
SEED_NAMES = (
    "Adam Schiff", "Agnès Callamard", "Alberto Fernández", "Alex Lagakos", "Alexander Chupriyan",
    "Anders Åslund", "Andrew Leung", "Andriy Yermak", "Antoine Quirin", "Avinoam Idan", "Barack Obama",
    "Benjamin Netanyahu", "Boris Dubrovsky", "Carrie Lam", "Chris Christie", "Chuck Schumer",
    "Dick Durbin", "Dmitry Peskov", "Donald Trump", "Elie Honig", "Elijah Cummings", "Eliot Engel",
    "Emily Spanton", "Emily W. Murphy", "Emmanuel Macron", "Friedrich Merz", "George Katrougalos",
    "Georgios Lakkotrypis", "Giorgia Meloni", "Grant Shapps", "Hami Aksoy", "Hatice Cengiz",
    "Howard Rubel", "Hunter Biden", "Jamal Khashoggi", "Joe Biden", "Jorge Eduardo Scheinig",
    "Joshua Wong", "Karoline Leavitt", "Ken Gude", "Konstantinos Hatzidakis", "Kurt Volker",
    "Kyriakos Mitsotakis", "Mariela Belski", "Mark Amodei", "Martin Smith", "Mick Cash", "Mick Whelan",
    "Mike Pence", "Mike Pompeo", "Mohammad bin Salman", "Nancy Pelosi", "Nicola Sturgeon",
    "Nicolas Redouane", "Nicos Anastasiades", "Oleg Klimov", "Recep Tayyip Erdoğan", "Regina Ip",
    "Rudy Giuliani", "Sophie Obadia", "Stefano Patuanelli", "Stephen Schwarzman", "Tanya Chan",
    "Ursula von der Leyen", "Veronika Skvortsova", "Vladimir Putin", "Volodymyr Zelensky",
    "Yevgeny Zinichev", "Yuval Steinitz",
)
FIRST = (
    "Amara", "Bruno", "Carmen", "Dario", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Keiko",
    "Lars", "Maya", "Nikolai", "Olga", "Pablo", "Quentin", "Rosa", "Samir", "Tomas", "Ulla", "Viktor",
    "Wanda", "Xavier", "Yara", "Zoltan", "Aisha", "Boris", "Clara", "Dmitri", "Esther", "Felix",
    "Gabriel", "Hanna", "Igor", "Julia", "Kofi", "Leila", "Marco", "Nadia",
)
LAST = (
    "Abara", "Bergstrom", "Castellanos", "Dimitrov", "Eriksen", "Fontaine", "Gallagher", "Haddad",
    "Ivanova", "Jovanovic", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrenko",
    "Quiroga", "Rahman", "Sorensen", "Tanaka", "Urquhart", "Varga", "Whitfield", "Xenakis", "Yilmaz",
    "Zielinski", "Achterberg", "Brennan", "Carvalho", "Delacroix", "Esposito", "Fischer", "Grunewald",
    "Halloran", "Iglesias", "Jensen", "Kuznetsov", "Larsen", "Marchetti", "Novak",
)
CITIES = ("Lisbon", "Nairobi", "Oslo", "Lima", "Hanoi", "Tbilisi", "Accra", "Montreal", "Perth", "Riga")
OUTLETS = ("Wikinews (recombined)", "Synthetic Wire", "Archive Daily")


def _surname(name: str) -> str:
    return name.split()[-1]


# Full names first, then surnames alone ("Trump" said ...), longest first so no name is cut.
_FORMS = sorted({*SEED_NAMES, *(_surname(n) for n in SEED_NAMES)}, key=len, reverse=True)
_NAME = re.compile(r"\b(" + "|".join(re.escape(f) for f in _FORMS) + r")\b")


def seed_articles(seeds: Path = SEEDS) -> list[Article]:
    articles, errors = read_articles([seeds])
    if errors:
        raise SystemExit("\n".join(errors))
    return articles


def synthetic_article(i: int, bases: list[Article]) -> str:
    """Article `i` as a Markdown file with front matter: a base article, a few paragraphs from others."""
    rng = random.Random(i)
    base = bases[rng.randrange(len(bases))]
    paragraphs = list(base.paragraphs)
    for _ in range(rng.randrange(4)):  # splice in paragraphs from other articles
        other = bases[rng.randrange(len(bases))]
        paragraphs.insert(rng.randrange(len(paragraphs) + 1), rng.choice(other.paragraphs))
    cast = {name: f"{rng.choice(FIRST)} {rng.choice(LAST)}" for name in SEED_NAMES}
    surnames = {_surname(old): _surname(new) for old, new in cast.items()}

    def rename(text: str) -> str:
        return _NAME.sub(lambda m: cast.get(m.group(1)) or surnames[m.group(1)], text)

    date = datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randrange(3650))
    title = f"{rename(base.title)} ({rng.choice(CITIES)} report {i + 1})"
    front = (f'---\ntitle: "{_quoted(title)}"\ndate: {date.isoformat()}\n'
             f"outlet: {rng.choice(OUTLETS)}\nlicense: CC BY 2.5\n---\n\n")
    return front + "\n\n".join(rename(p) for p in paragraphs) + "\n"


def _quoted(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def make_archive(n: int, folder: Path, seeds: Path = SEEDS) -> list[Path]:
    """Write articles 0..n-1 into `folder` (created); returns their paths in order."""
    bases = seed_articles(seeds)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"article-{i:06d}.md"
        path.write_text(synthetic_article(i, bases), encoding="utf-8")
        paths.append(path)
    return paths
