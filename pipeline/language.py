"""The language of a render: one object, passed through the views to every renderer, never a global.

Fixed words come from gettext catalogues (`pipeline/locale/<code>/LC_MESSAGES/messages.po`, compiled in memory
when first used, so that no stale .mo file can be shipped); dates from Babel (CLDR); country names from
pycountry's ISO 3166 translations with the Council of Europe's own names where they differ; collation from the
Unicode Collation Algorithm. English is the source language: its catalogue is the messages themselves.

A Language holds only its code, so that it pickles to the workers and takes part in the units' cache keys as
`Language(code='fr')`; what it reads (catalogue, collator) is loaded once per process.
"""

from __future__ import annotations

import datetime as dt
import gettext
import io
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel import Locale
from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from pipeline.marks import N_, NP_  # noqa: F401 - re-exported: where the words are marked, they import them from here

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
SOURCE = "en"  # the language the messages are written in
SUPPORTED = ("en", "fr")  # the languages with a complete catalogue (tests/test_language.py checks it)
LOCALES = {"en": "en_GB", "fr": "fr_FR"}  # the variety written: British English, the French of France

NNBSP = "\u202f"  # narrow no-break space: French puts it before ; : ! ? and inside « »
NBSP = "\u00a0"


def language_name(code: str) -> str:
    """"fr" → "French", in English: for messages and instructions, which are in English."""
    return Locale.parse(code).get_language_name("en")


@cache
def catalogue(code: str) -> gettext.NullTranslations:
    """The language's messages, compiled from its .po file (fuzzy entries left out, as gettext does)."""
    po = LOCALE_DIR / code / "LC_MESSAGES" / "messages.po"
    if code == SOURCE or not po.is_file():
        return gettext.NullTranslations()
    with po.open("rb") as f:
        messages = read_po(f, locale=code)
    compiled = io.BytesIO()
    write_mo(compiled, messages, use_fuzzy=False)
    compiled.seek(0)
    return Translations(compiled)


@cache
def _collator():
    from pyuca import (
        Collator,  # about 0.3 s to load its table: only when something is sorted
    )

    return Collator()


# The Council of Europe's French names, where ISO 3166's French is another form ("Russie, Fédération de").
COE_FRENCH = {
    "RU": "Fédération de Russie", "MD": "République de Moldova", "GB": "Royaume-Uni", "VA": "Saint-Siège",
    "CZ": "République tchèque", "XK": "Kosovo", "PS": "Palestine", "MK": "Macédoine du Nord",
    "US": "États-Unis d'Amérique", "KR": "République de Corée", "IR": "République islamique d'Iran",
}

# Honorifics in French, as the Council of Europe prints them: abbreviations of a word's first and last letters
# take no full stop (Mme, Dr, Pr), those cut short do (M.).
HONORIFICS_FR = {"Mr": "M.", "Ms": "Mme", "Mrs": "Mme", "Miss": "Mlle", "Dr": "Dr", "Prof": "Pr", "H.E.": "S.E.",
                 "Amb.": "Amb.", "Judge": "Juge", "Sir": "Sir", "Dame": "Dame"}

_BEFORE_MARK = re.compile(r"(?<=[\w»)\]’”%…])[ \u00a0]?([;:!?])(?=\s|$|[)»”’])")


@dataclass(frozen=True)
class Language:
    code: str

    @property
    def locale(self) -> str:
        return LOCALES.get(self.code, self.code.replace("-", "_"))

    @property
    def name(self) -> str:
        """The language's name in itself: "English", "Français"."""
        name = Locale.parse(self.locale).get_language_name(self.code) or self.code
        return name[:1].upper() + name[1:]

    @property
    def tag(self) -> str:
        """BCP 47, with the region written (DOCX w:lang, PDF /Lang): "en-GB", "fr-FR"."""
        return self.locale.replace("_", "-")

    # --- fixed words ----------------------------------------------------------------------------

    def _(self, message: str, **values) -> str:
        text = catalogue(self.code).gettext(message)
        return self.typography(text % values if values else text)

    def ngettext(self, singular: str, plural: str, n: int, **values) -> str:
        """The form for n ("%(n)d participant" / "%(n)d participants"), with n and values put in."""
        return self.typography(catalogue(self.code).ngettext(singular, plural, n) % {"n": n, **values})

    def pgettext(self, context: str, message: str) -> str:
        """A message marked with NP_(context, message): its translation in that context."""
        return self.typography(catalogue(self.code).pgettext(context, message))

    def template_callables(self) -> dict:
        """gettext and ngettext for Jinja2's i18n extension (newstyle: it puts the values in itself)."""
        messages = catalogue(self.code)
        return {"gettext": lambda message: self.typography(messages.gettext(message)),
                "ngettext": lambda singular, plural, n: self.typography(messages.ngettext(singular, plural, n))}

    def in_language(self, code: str) -> str:
        """"(in English)", "(en anglais)": said once of an item printed in another language than the page's."""
        return self._("(in %(language)s)", language=Locale.parse(LOCALES.get(code, code)).get_language_name(self.locale))

    # --- locale data ------------------------------------------------------------------------------

    def _day(self, day: dt.date) -> str:
        return "1er" if self.code == "fr" and day.day == 1 else str(day.day)

    def long_date(self, day: dt.date) -> str:
        """"Tuesday 4 December 2012", "mardi 4 décembre 2012", "samedi 1er décembre 2012"."""
        return f"{format_date(day, 'EEEE', locale=self.locale)} {self._day(day)} " \
               f"{format_date(day, 'MMMM y', locale=self.locale)}"

    def number(self, n: int) -> str:
        """"1,300", "1 300" (CLDR's grouping)."""
        from babel.numbers import format_decimal

        return format_decimal(n, locale=self.locale)

    def date(self, day: dt.date, year: bool = True) -> str:
        """"4 December 2012", "4 décembre 2012" (CLDR's French has no long interval: the month is written)."""
        return f"{self._day(day)} {format_date(day, 'MMMM y' if year else 'MMMM', locale=self.locale)}"

    def date_range(self, start: dt.date, end: dt.date) -> str:
        """"4–5 December 2012", "30 novembre – 1er décembre 2012"."""
        if start == end:
            return self.date(start)
        if (start.year, start.month) == (end.year, end.month):
            return f"{self._day(start)}–{self.date(end)}"
        if start.year == end.year:
            return f"{self.date(start, year=False)} – {self.date(end)}"
        return f"{self.date(start)} – {self.date(end)}"

    def time(self, moment: dt.time) -> str:
        """"09:30"; in French "9 h 30" (the Council of Europe's practice: hours unpadded, "h" between no-break
        spaces, "14 h" on the hour)."""
        if self.code != "fr":
            return f"{moment:%H:%M}"
        return f"{moment.hour}{NBSP}h" + (f"{NBSP}{moment.minute:02d}" if moment.minute else "")

    def time_range(self, start: dt.time, end: dt.time) -> str:
        """"09:30–10:15"; in French "9 h 30 – 10 h 15" (spaced: each side has spaces of its own)."""
        between = " – " if self.code == "fr" else "–"
        return f"{self.time(start)}{between}{self.time(end)}"

    def country(self, code: str, english: str) -> str:
        """A country's name in this language; english: the name printed in English (normalise/places.py)."""
        if self.code == SOURCE:
            return english
        if self.code == "fr" and code in COE_FRENCH:
            return COE_FRENCH[code]
        return _country_name(self.code, code) or english

    def organisation(self, name: str) -> str:
        """An international organisation's name or acronym (normalise/places.py) in this language."""
        return self._(name)

    def honorific(self, honorific: str) -> str:
        """"Ms" → "Mme"; unknown forms are printed as typed."""
        if self.code != "fr" or not honorific:
            return honorific
        return " ".join(HONORIFICS_FR.get(word, word) for word in honorific.split(" "))

    def join(self, items) -> str:
        """"A and B", "A, B and C"; "A et B" (CLDR's list patterns)."""
        from babel.lists import format_list

        return format_list(list(items), locale=self.locale)

    def typography(self, text: str) -> str:
        """French spacing: a narrow no-break space before ; : ! ? and inside « »; other languages as given."""
        if self.code != "fr" or not text:
            return text
        text = _BEFORE_MARK.sub(lambda m: NNBSP + m[1], text)
        return re.sub(r"«[ \u00a0\u202f]*", "«" + NNBSP, re.sub(r"[ \u00a0\u202f]*»", NNBSP + "»", text))

    @staticmethod
    def collation_key(text: str) -> tuple:
        """Directory order: Č sorts with C and Ö with O. The Unicode Collation Algorithm's root order is both
        English's and French's (CLDR: only Canadian French sorts accents backwards)."""
        return _collator().sort_key(text)


@cache
def _country_name(code: str, alpha_2: str) -> str | None:
    """pycountry's translation of a country's short name, its usual form rather than an inverted one:
    "Corée, République de" → "République de Corée", "Åland, Îles" → "Îles Åland"."""
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha_2)
    if country is None:
        return None
    names = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code], fallback=True)
    english = getattr(country, "common_name", None) or country.name
    return usual_form(names.gettext(english))


def usual_form(name: str) -> str:
    """An ISO 3166 name in its usual word order: "Corée, République de" → "République de Corée", "Åland, Îles" →
    "Îles Åland", "Iran, République islamique d'" → "République islamique d'Iran"; a list such as "Bonaire,
    Saint-Eustache et Saba" is left as it is."""
    head, comma, tail = name.partition(", ")
    if not comma or not re.search(r"(\b(de|du|des|la|of|the)|d['’])$|^(Îles?|République|État|Republic|Islands?)\b",
                                  tail, re.IGNORECASE):
        return name
    joined = f"{tail}{head}" if tail.endswith(("'", "’")) else f"{tail} {head}"
    return joined[:1].upper() + joined[1:]


@cache
def language(code: str) -> Language:
    return Language(code)
