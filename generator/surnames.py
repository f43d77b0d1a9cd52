"""Where a person files in the people index: under their surname, by one stated rule.

Names are shown as written, the surname in bold; the rule follows the Chicago Manual of Style's on
particles ("Gaulle, Charles de"; Arabic "al-" is ignored in alphabetising):
- a suffix is not a surname: "Martin Luther King Jr." files under King;
- a lowercase particle that begins the surname is set aside ("al-", "el-", "d'", "de", "van der", "von",
  "bin", ...): "Charles de Gaulle" files under Gaulle, "Abdel Fattah al-Sisi" under Sisi; "Al-" files the
  same way; a capitalised particle is part of the surname as its bearer writes it: "Marine Le Pen" under Le Pen;
- an elided "d'" or a Dutch or German particle ("van der", "von") inside the name, after a capitalised
  word that is not the first name, joins that word to what follows into one compound surname, filed
  under its first part: "Valéry Giscard d'Estaing" under Giscard, "Ludwig Mies van der Rohe" under Mies;
- Spanish, Portuguese and Italian particles ("de", "de la", "del", "da", "dos", "di") never start a
  compound, because two given names before them are common ("Juan Carlos de la Fuente" under Fuente);
  Portuguese names file under their last part as Chicago files them ("Luiz Inácio Lula da Silva" under
  Silva). Nor do Arabic "al-", "bin", "ibn", as two-word given names ("Abdel Fattah") are common before them;
- a one-word name files under itself;
- a name that puts the family name first ("Xi Jinping") cannot be told apart reliably: the articles'
  own short forms are no help (they shorten "Melania Trump" to "Melania" as they shorten "Li Wenliang"
  to "Li"), so it files under its last word like any other, shown as written; search finds it by any word.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# Set aside before the surname when written in lowercase; part of the surname when capitalised.
PARTICLES = frozenset({"bin", "bint", "ibn", "da", "das", "de", "del", "della", "der", "den", "di", "do",
                       "dos", "du", "la", "le", "ter", "ten", "van", "von", "zu"})
# Letters Unicode does not decompose into a base letter and an accent: "Głódź" files beside "Glod".
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                               "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i"})
_ARTICLE = re.compile(r"(?i)(al|el)-(?=\S)")  # "al-Sisi", "el-Sisi", "Al-Sisi": set aside in any case
_ELIDED = re.compile(r"d['’](?=\S)")  # "d'Ormesson": set aside; "D'Angelo" is the surname's own
# Particles that, inside a name, join a compound surname ("Mies van der Rohe"), as the elided "d'" does
# ("Giscard d'Estaing"); not Romance or Arabic ones, which follow two given names as often as a surname.
_JOINING = frozenset({"der", "den", "ter", "ten", "van", "von", "zu"})


@dataclass(frozen=True, slots=True)
class Filed:
    """A name as the people index files it: as written, split around the surname it files under."""

    before: str  # "Abdel Fattah al-"
    surname: str  # "Sisi"
    after: str  # "", or " Jr."
    key: tuple[str, str]  # (surname, the rest), accents and case folded

    @property
    def letter(self) -> str:
        """The index letter: the surname's first letter (quotes and the like skipped), or "Other"."""
        return letter(self.key[0])


def letter(key: str) -> str:
    """The index letter of a folded sort key: its first letter, A to Z, or "Other"."""
    first = key[:1].upper()
    return first if "A" <= first <= "Z" else "Other"


def filed(name: str) -> Filed:
    """Where `name` files, and how it splits around its surname."""
    name = " ".join(name.split())
    words = list(re.finditer(r"\S+", name))
    if not words:
        return Filed("", "", "", ("", ""))
    last = len(words) - 1
    while last > 0 and words[last].group().casefold().rstrip(",") in SUFFIXES:
        last -= 1
    texts = [w.group().rstrip(",") if i == last else w.group() for i, w in enumerate(words[:last + 1])]
    first = _compound_start(texts[:last + 1])
    if first is None:
        first = last
        while first > 1 and texts[first - 1].casefold() in PARTICLES and not texts[first - 1].islower():
            first -= 1  # "Le Pen", "Van Buren": a capitalised particle belongs to the surname
    begin, end = words[first].start(), words[last].start() + len(texts[last])
    article = (_ARTICLE.match(name, begin) or _ELIDED.match(name, begin)) if first == last else None
    if article and article.end() < end:
        begin = article.end()
    given = [t for i, t in enumerate(texts) if i < first and not (t in PARTICLES and i > 0)]
    rest = given + [w.group() for w in words[last + 1:]]  # the suffixes
    return Filed(name[:begin], name[begin:end], name[end:], (fold(name[begin:end]), fold(" ".join(rest))))


def _compound_start(texts: list[str]) -> int | None:
    """Where a compound surname begins: the capitalised word, not the first, before the name's first
    lowercase particle when that particle joins ("Giscard" in "Valéry Giscard d'Estaing"); else None."""
    for i in range(1, len(texts)):
        word, before = texts[i], texts[i - 1]
        if word in _JOINING or _ELIDED.match(word):  # the first particle decides; right after the first name
            return i - 1 if i > 1 and before[:1].isupper() and before.casefold() not in PARTICLES else None
        if word in PARTICLES:  # "de la", "da", "bin": the surname follows, given names may come before
            return None
    return None


def fold(text: str) -> str:
    """Accents and case folded, leading marks dropped, for sorting: "Érdoğan" sorts as "erdogan"."""
    decomposed = unicodedata.normalize("NFKD", text).translate(_UNDECOMPOSED)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return folded.lstrip(_LEADING)


_LEADING = "\"'“‘«*_([¿¡ "  # marks before a name's first letter: '"Pat"' files under P
