"""Countries (ISO 3166 through pycountry, plus what participant lists really contain) and international organisations.

The names resolved here are the defaults; an event can print a country under another name, with a footnote,
through `country_names` / `country_notes` in announcement.md (applied by the views)."""

from __future__ import annotations

import gettext
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pycountry

from pipeline.language import N_
from pipeline.normalise import Unparsable

# Forms found in real lists that pycountry does not resolve, or resolves to a form we do not print.
COUNTRY_ALIASES = {
    "uk": "GB", "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "russia": "RU", "russie": "RU", "turkey": "TR", "moldova": "MD", "republic of moldova": "MD",
    "the former yugoslav republic of macedonia": "MK", "fyrom": "MK", "macedonia": "MK",
    "czech republic": "CZ", "slovak republic": "SK", "holy see": "VA", "vatican": "VA",
    "kosovo": "XK", "kosova": "XK", "kosovo*": "XK", "kosovo (unscr 1244)": "XK", "palestine": "PS",
    "usa": "US", "united states of america": "US", "the netherlands": "NL", "holland": "NL",
}
# Not in ISO 3166 but printed in institutions' lists, under the user-assigned code the EU and the Council of Europe use.
EXTRA_COUNTRIES = {"XK": "Kosovo"}
# Printed names where pycountry's is a formal or inverted one.
DISPLAY_NAMES = {"MD": "Republic of Moldova", "VA": "Holy See", "GB": "United Kingdom", "RU": "Russian Federation"}

# International organisations are grouped on their own, never as countries; their names are translated where shown.
ORGANISATIONS = {
    "council of europe": N_("Council of Europe"), "coe": N_("Council of Europe"),
    "unodc": N_("UNODC"), "iom": N_("IOM"), "osce": N_("OSCE"), "osce/odihr": N_("OSCE/ODIHR"), "odihr": N_("OSCE/ODIHR"),
    "eu": N_("European Union"), "european union": N_("European Union"), "european commission": N_("European Union"),
    "icmpd": N_("ICMPD"), "unhcr": N_("UNHCR"), "unicef": N_("UNICEF"), "ilo": N_("ILO"), "interpol": N_("INTERPOL"),
    "europol": N_("Europol"), "un": N_("United Nations"), "united nations": N_("United Nations"),
    # as French lists write them
    "conseil de l'europe": N_("Council of Europe"), "onudc": N_("UNODC"), "oim": N_("IOM"),
    "osce/biddh": N_("OSCE/ODIHR"), "biddh": N_("OSCE/ODIHR"), "ue": N_("European Union"),
    "union européenne": N_("European Union"), "commission européenne": N_("European Union"),
    "hcr": N_("UNHCR"), "oit": N_("ILO"), "onu": N_("United Nations"), "nations unies": N_("United Nations"),
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
    if code in EXTRA_COUNTRIES:
        return Place(EXTRA_COUNTRIES[code], code)
    try:
        country = pycountry.countries.get(alpha_2=code) if code else pycountry.countries.lookup(key)
    except LookupError:
        code = _translated_names().get(key)
        country = pycountry.countries.get(alpha_2=code) if code else None
    if country is None:
        return None
    name = DISPLAY_NAMES.get(country.alpha_2) or getattr(country, "common_name", None) or country.name
    return Place(name, country.alpha_2)


@cache
def _translated_names() -> dict[str, str]:
    """Country names in every language pycountry's ISO 3166 translations know ("Allemagne", "Deutschland",
    "България"), in their inverted and usual forms, and the Council of Europe's French names → ISO code. Read
    only when a name is not English."""
    from pipeline.language import COE_FRENCH, usual_form

    names = {_key(name): code for code, name in COE_FRENCH.items()}
    english = {name: country.alpha_2 for country in pycountry.countries
               for name in {country.name, getattr(country, "common_name", country.name),
                            getattr(country, "official_name", country.name)}}
    for folder in sorted(Path(pycountry.LOCALES_DIR).iterdir()):
        if not (folder / "LC_MESSAGES" / "iso3166-1.mo").is_file():
            continue
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[folder.name])
        for source, translated in catalogue._catalog.items():  # gettext keeps its messages there
            if isinstance(source, str) and source in english and translated:
                for form in (translated, usual_form(translated)):
                    names.setdefault(_key(form), english[source])
    return names


def place_choices() -> list[str]:
    """Every country by the name the documents print, then every international organisation: the drop-down list
    of a new participants workbook (each one resolves)."""
    from pipeline.language import Language

    countries = {resolve_place(c.name) for c in pycountry.countries} | {Place(n, c) for c, n in EXTRA_COUNTRIES.items()}
    return (sorted((p.name for p in countries if p), key=Language.collation_key)
            + sorted(set(ORGANISATIONS.values()), key=Language.collation_key))


def parse_place(value: object) -> Place:
    place = resolve_place(str(value))
    if place is None:
        raise Unparsable(f'"{value}" is not a country or a known international organisation',
                         "use the country's name, such as Bulgaria, United Kingdom or Royaume-Uni")
    return place



def country_settings(value: object) -> dict[str, str]:
    """`country_names` / `country_notes` from announcement.md: {country as a name or code: text} → {code: text}.

    For example {"MK": "North Macedonia"} or {"Kosovo": "Kosovo*"} with the note the institution prints."""
    if value in (None, ""):
        return {}
    if not isinstance(value, dict):
        raise Unparsable("is not a list of 'country: text' lines", "write for example  Kosovo: Kosovo*")
    settings = {}
    for key, text in value.items():
        place = by_code(str(key)) or resolve_place(str(key))
        if place is None:
            raise Unparsable(f'"{key}" is not a country', "use a country name or its ISO code, such as MK")
        settings[place.code] = " ".join(str(text).split())
    return settings


def by_code(code: str) -> Place | None:
    """A country by its ISO code ("MK", or "XK" for Kosovo); None for anything else."""
    code = code.strip().upper()
    if code in EXTRA_COUNTRIES:
        return Place(EXTRA_COUNTRIES[code], code)
    country = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
    return resolve_place(country.name) if country else None
