"""Characters that come in with text pasted from Word or a PDF: invisible ones are cleaned, and those that
change the direction of the text around them are refused, since they can make a published name read
differently from what was typed ("Trojan Source")."""

from __future__ import annotations

import re
import unicodedata

# Invisible marks with no place in a name or a sentence: soft hyphen, zero-width space, word joiner, byte-order
# mark, Mongolian vowel separator. (Not the zero-width joiner and non-joiner: some scripts' spelling needs them.)
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff\u180e]")
# No-break and fixed-width spaces, which a single-line value (a cell, a front-matter field) reads as spaces; the
# French typography of the documents puts its own no-break spaces back (language.py).
_SPACES = re.compile("[\u00a0\u2007\u202f\u2000-\u200a]")
# Embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
_DIRECTION = re.compile("[\u202a-\u202e\u2066-\u2069]")


def clean_value(text: str) -> str:
    """A single-line value: invisible marks removed, no-break spaces made spaces."""
    if text.isascii():  # most cells: nothing to look for (13,000 participants are 200,000 cells)
        return text
    return _SPACES.sub(" ", _INVISIBLE.sub("", text))


def clean_text(text: str) -> str:
    """Running text (a bio, the announcement): invisible marks removed; no-break spaces are typography, kept."""
    return text if text.isascii() else _INVISIBLE.sub("", text)


def direction_controls(text: str) -> str:
    """The direction controls a text holds, named for a message ('U+202E RIGHT-TO-LEFT OVERRIDE'); '' if none."""
    found = dict.fromkeys(_DIRECTION.findall(text)) if not text.isascii() else {}
    return ", ".join(f"U+{ord(ch):04X} {unicodedata.name(ch)}" for ch in found)


def without_direction_controls(text: str) -> str:
    return _DIRECTION.sub("", text)


DIRECTION_HINT = "retype it without them: they can make the text read differently from what was typed"
