"""People's names: honorifics, display forms and the key that matches names typed in different ways."""

from __future__ import annotations

import re
import unicodedata

# Honorifics as written in international lists, each with its printed form.
HONORIFICS = {
    "ms": "Ms", "mrs": "Mrs", "miss": "Miss", "mr": "Mr", "dr": "Dr", "prof": "Prof", "professor": "Prof",
    "he": "H.E.", "amb": "Amb.", "ambassador": "Amb.", "judge": "Judge", "sir": "Sir", "dame": "Dame",
    # as French lists write them: M., Mme, Mlle, Pr, S.E.; printed in each language by the views
    "m": "Mr", "mme": "Ms", "mlle": "Miss", "pr": "Prof", "se": "H.E.",
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


def slug(text: str) -> str:
    """A name as an id that HTML, PDF and Word bookmarks all accept: ASCII letters, digits and hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def name_key(text: str) -> str:
    """The matching key of a name: no honorific, case, accents, punctuation or word order.

    'Ms Zsófia HORVÁTH', 'Horvath, Zsofia' and 'zsofia  horváth' share one key.
    """
    _, name = split_honorific(text.replace(",", " "))
    return " ".join(sorted(t for t in (_fold(w) for w in name.split(" ")) if t))


def split_people(cell: object) -> list[str]:
    """A cell naming several people: separated by semicolons or line breaks."""
    return [tidy(part) for part in re.split(r"[;\n]", str(cell or "")) if tidy(part)]


# Name particles printed in lower case when a surname typed in capitals is shown ("VAN DER BERG" → "van der Berg").
_PARTICLES = {"van", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "von", "zu", "ten", "ter"}


def _is_capitals(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def surname_display(text: object) -> str:
    """A surname typed in capitals, as international lists do ('HORVÁTH'), in its printed form ('Horváth').

    Surnames in mixed case are kept exactly as typed (McDonald, de Souza)."""
    text = tidy(text)
    if not _is_capitals(text):
        return text
    words = text.lower().split(" ")
    shown = [w if i < len(words) - 1 and w in _PARTICLES else
             re.sub(r"(^|[-'’])(\w)", lambda m: m[1] + m[2].upper(), w) for i, w in enumerate(words)]
    return " ".join(shown)


def split_full_name(text: object) -> tuple[str, str, str]:
    """One cell holding a whole name → (honorific, first names, surname).

    'Ms HORVÁTH Zsófia' and 'Zsófia HORVÁTH' (the SURNAME convention: the words in capitals are the surname),
    'Horváth, Zsófia' (surname first, then a comma), else 'Zsófia Horváth' (the last word is the surname).
    """
    hon, name = split_honorific(tidy(text))
    if "," in name:
        last, _, first = name.partition(",")
        return hon, tidy(first), surname_display(last)
    words = name.split(" ")
    capitals = [w for w in words if _is_capitals(w)]
    if capitals and len(capitals) < len(words):
        return hon, " ".join(w for w in words if not _is_capitals(w)), surname_display(" ".join(capitals))
    return hon, " ".join(words[:-1]), surname_display(words[-1])
