"""People's names: honorifics, display forms and the key that matches names typed in different ways."""

from __future__ import annotations

import re
import unicodedata

# Honorifics as written in international lists, each with its printed form.
HONORIFICS = {
    "ms": "Ms", "mrs": "Mrs", "miss": "Miss", "mr": "Mr", "dr": "Dr", "prof": "Prof", "professor": "Prof",
    "he": "H.E.", "amb": "Amb.", "ambassador": "Amb.", "judge": "Judge", "sir": "Sir", "dame": "Dame",
}


def tidy(text: object) -> str:
    """NFC, trimmed, inner runs of white space collapsed to one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", str(text))).strip()


def _fold(token: str) -> str:
    decomposed = unicodedata.normalize("NFKD", token.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


def honorific(text: object) -> str:
    """'prof.' → 'Prof'; unknown forms are kept as typed."""
    text = tidy(text)
    return HONORIFICS.get(_fold(text), text)


def split_honorific(text: str) -> tuple[str, str]:
    """'Dr Ana Popescu' → ('Dr', 'Ana Popescu'); several honorifics ('H.E. Amb. X') are all taken."""
    words = tidy(text).split(" ")
    taken = []
    while len(words) > 1 and _fold(words[0]) in HONORIFICS:
        taken.append(HONORIFICS[_fold(words.pop(0))])
    return " ".join(taken), " ".join(words)


def name_key(text: str) -> str:
    """The matching key of a name: no honorific, case, accents, punctuation or word order.

    'Ms Zsófia HORVÁTH', 'Horvath, Zsofia' and 'zsofia  horváth' share one key.
    """
    _, name = split_honorific(text.replace(",", " "))
    return " ".join(sorted(t for t in (_fold(w) for w in name.split(" ")) if t))


def split_people(cell: object) -> list[str]:
    """A cell naming several people: separated by semicolons or line breaks."""
    return [tidy(part) for part in re.split(r"[;\n]", str(cell or "")) if tidy(part)]
