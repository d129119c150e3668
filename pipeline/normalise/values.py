"""Small values: yes/no answers, e-mail addresses, whole numbers."""

from __future__ import annotations

import re

from pipeline.normalise import Unparsable

_YES = {"yes", "y", "true", "1", "x", "oui", "ja", "da", "si", "sí", "✓"}
_NO = {"no", "n", "false", "0", "non", "nein", "ne", ""}
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")


def parse_yes_no(value: object) -> bool:
    text = str(value).strip().casefold() if not isinstance(value, bool) else ("yes" if value else "no")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        text = str(int(value)) if value in (0, 1) else str(value)
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise Unparsable(f'"{value}" is not yes or no', "write yes or no")


def check_email(value: object) -> str:
    text = str(value).strip()
    if text and not _EMAIL.fullmatch(text):
        raise Unparsable(f'"{text}" is not an e-mail address', "expected name@example.org")
    return text


def parse_count(value: object) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    raise Unparsable(f'"{value}" is not a whole number', "write a number such as 130")


SURNAME_STYLES = ("as typed", "caps")


def parse_surname_style(value: object) -> str:
    """`surname_style` of announcement.md: "caps" prints surnames in capitals in the list of participants
    ("Ms Zsófia HORVÁTH"), as the Council of Europe's lists do; by default they are printed as typed."""
    text = str(value or "as typed").strip().casefold()
    if text not in SURNAME_STYLES:
        raise Unparsable(f'"{value}" is not a surname style', "write surname_style: caps, or leave it out")
    return text


def parse_languages(value: object) -> tuple[str, ...]:
    """`languages` of announcement.md: [en, fr] or "en" → ("en", "fr"); English when not given. Each must have a
    catalogue (pipeline/language.py), the first is the language the inputs are written in."""
    from pipeline.language import SUPPORTED

    given = value if isinstance(value, (list, tuple)) else ([value] if value not in (None, "") else ["en"])
    codes = tuple(dict.fromkeys(str(code).strip().lower().replace("_", "-").split("-")[0] for code in given))
    unknown = [code for code in codes if code not in SUPPORTED]
    if unknown or not codes:
        raise Unparsable(f'"{", ".join(unknown) or value}" is not a language the dossier is made in',
                         f"write languages: [{', '.join(SUPPORTED)}] or one of them")
    return codes


def parse_language(value: object) -> str:
    """A person's language (the Language column): a code ("fr", "FR", "fr-FR") or the language's name in any
    language the dossier is made in ("French", "français", "Französisch" is not): → "fr"; "" when empty. Whether
    the event is made in it is checked with the announcement (validate/participants.py)."""
    from babel import Locale

    from pipeline.language import SUPPORTED

    text = str(value or "").strip()
    if not text:
        return ""
    wanted = plain(text)
    for code in SUPPORTED:
        names = {code, *(Locale.parse(code).get_language_name(within) for within in SUPPORTED)}
        if wanted in {plain(name) for name in names} or wanted.replace("_", "-").split("-")[0] == code:
            return code
    raise Unparsable(f'"{text}" is not a language the dossier can be made in',
                     "write " + " or ".join(f"{code} ({Locale.parse(code).get_language_name('en')})"
                                            for code in SUPPORTED))


def plain(text: str) -> str:
    """Compared without case or accents: "Français" and "francais" are the same word."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


# The Gender column's answers, as people write them in English or French: → "woman", "man", "other" (another
# answer), "" (not given). Statistics count them; nothing prints a person's own.
GENDERS = {"woman": ("woman", "women", "female", "f", "w", "femme", "feminin", "féminin", "féminine"),
           "man": ("man", "men", "male", "m", "h", "homme", "masculin"),
           "other": ("another answer", "other", "another", "non-binary", "nonbinary", "non binary", "x", "diverse",
                     "autre", "autre reponse", "autre réponse", "non binaire", "non-binaire"),
           "": ("", "-", "–", "—", "?", "not given", "not known", "unknown", "prefer not to say",
                "prefer not to answer", "not stated", "not specified", "n/a", "na", "non precise", "non précisé",
                "non communique", "non communiqué", "inconnu", "ne souhaite pas repondre", "ne souhaite pas répondre")}
_GENDER_OF = {plain(word): gender for gender, words in GENDERS.items() for word in words}


def parse_gender(value: object) -> str:
    text = plain(str(value or "").strip())
    if text in _GENDER_OF:
        return _GENDER_OF[text]
    raise Unparsable(f'"{value}" is not an answer of the Gender column',
                     "write woman, man, another answer or not given (or femme, homme, autre, non précisé)")
