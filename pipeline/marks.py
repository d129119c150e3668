"""Words marked for translation where they are defined, translated where they are shown (Babel extracts them:
make messages). Apart from language.py so that what only names its words (the editions) loads no locale data."""

from __future__ import annotations


def N_(message: str) -> str:  # noqa: N802 - gettext's name for "translated later" (extracted by Babel)
    return message


def NP_(context: str, message: str) -> tuple[str, str]:  # noqa: N802 - N_ with a context (pgettext)
    """A message whose translation depends on where it is used: ("badge, woman", "Speaker") is "Intervenante"."""
    return context, message
