"""Countries (ISO 3166 through pycountry, plus what participant lists really contain) and international organisations."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import pycountry

# Forms found in real lists that pycountry does not resolve, or resolves to a form we do not print.
COUNTRY_ALIASES = {
    "uk": "GB", "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "russia": "RU", "turkey": "TR", "moldova": "MD", "republic of moldova": "MD",
    "the former yugoslav republic of macedonia": "MK", "fyrom": "MK", "macedonia": "MK",
    "czech republic": "CZ", "slovak republic": "SK", "holy see": "VA", "vatican": "VA",
}
# Printed names where pycountry's is a formal or inverted one.
DISPLAY_NAMES = {"MD": "Republic of Moldova", "VA": "Holy See", "GB": "United Kingdom", "RU": "Russian Federation"}

# International organisations are grouped on their own, never as countries.
ORGANISATIONS = {
    "council of europe": "Council of Europe", "coe": "Council of Europe",
    "unodc": "UNODC", "iom": "IOM", "osce": "OSCE", "osce/odihr": "OSCE/ODIHR", "odihr": "OSCE/ODIHR",
    "eu": "European Union", "european union": "European Union", "european commission": "European Union",
    "icmpd": "ICMPD", "unhcr": "UNHCR", "unicef": "UNICEF", "ilo": "ILO", "interpol": "INTERPOL",
    "europol": "Europol", "un": "United Nations", "united nations": "United Nations",
}


@dataclass(frozen=True, order=True)
class Place:
    """Where a participant comes from: a country, or an international organisation."""

    name: str
    code: str               # ISO 3166 alpha-2, or the organisation's short name
    is_organisation: bool = False


def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def resolve_place(text: str) -> Place | None:
    key = _key(text)
    if key in ORGANISATIONS:
        name = ORGANISATIONS[key]
        return Place(name, name, True)
    code = COUNTRY_ALIASES.get(key)
    try:
        country = pycountry.countries.get(alpha_2=code) if code else pycountry.countries.lookup(key)
    except LookupError:
        return None
    if country is None:
        return None
    name = DISPLAY_NAMES.get(country.alpha_2) or getattr(country, "common_name", None) or country.name
    return Place(name, country.alpha_2)


def known_place_names() -> list[str]:
    return [getattr(c, "common_name", None) or c.name for c in pycountry.countries] + sorted(set(ORGANISATIONS.values()))
