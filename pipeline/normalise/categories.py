"""The Category column's usual values, known in every language the dossier is made in: a category a secretariat
writes as "government", "Gouvernement" or "governmental" is one category, with a name for the statistics' charts
("Government" / "Pouvoirs publics") and the people it stands for in the report's sentence ("government officials" /
"des représentants des pouvoirs publics"). A value not known here is shown as typed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.language import N_
from pipeline.normalise.values import plain


@dataclass(frozen=True)
class Category:
    label: str          # msgid: the category's name, as a chart's bar is labelled
    people: str | None  # msgid: the people it stands for in the report ("diplomats"); None: not named there
    words: tuple[str, ...]  # how the Category column writes it, in English and French (compared without accents)


# The report names the organisations themselves, and not the secretariat: those two have no people.
CATEGORIES = (
    Category(N_("Government"), N_("government officials"),
             ("government", "governmental", "government official", "public official", "public authority",
              "public authorities", "civil servant", "ministry", "gouvernement", "gouvernemental", "administration",
              "pouvoirs publics", "autorites publiques", "fonctionnaire")),
    Category(N_("Parliament"), N_("parliamentarians"),
             ("parliament", "parliamentary", "parliamentarian", "parlement", "parlementaire")),
    Category(N_("Diplomatic corps"), N_("diplomats"),
             ("diplomatic", "diplomat", "diplomatic corps", "embassy", "diplomatie", "diplomate",
              "corps diplomatique", "ambassade")),
    Category(N_("Law enforcement"), N_("law enforcement officials"),
             ("law enforcement", "law enforcement official", "law enforcement officer", "police", "police officer",
              "border police", "forces de l'ordre", "services repressifs")),
    Category(N_("Judiciary"), N_("judges and prosecutors"),
             ("judiciary", "justice", "judicial", "judge", "prosecutor", "magistrature", "magistrat", "juge",
              "procureur")),
    Category(N_("Social services"), N_("social workers"),
             ("social services", "social service", "social work", "social worker", "services sociaux",
              "travail social", "travailleur social", "travailleurs sociaux")),
    Category(N_("Business"), N_("business people"),
             ("business", "private sector", "industry", "company", "companies", "entreprise", "secteur prive",
              "milieux d'affaires")),
    Category(N_("Civil society"), N_("civil society representatives"),
             ("civil society", "ngo", "ngo representative", "non-governmental organisation",
              "non-governmental organization", "societe civile", "ong")),
    Category(N_("Academia"), N_("academics"),
             ("academia", "academic", "research", "researcher", "university", "universite", "universitaire",
              "recherche", "chercheur", "milieu universitaire", "milieux universitaires")),
    Category(N_("Media"), N_("journalists"),
             ("media", "press", "journalist", "medias", "presse", "journaliste")),
    Category(N_("International organisations"), None,
             ("international organisation", "international organization", "intergovernmental organisation",
              "intergovernmental organization", "io", "organisation internationale",
              "organisation intergouvernementale", "organisations internationales")),
    Category(N_("Secretariat"), None, ("secretariat", "staff", "secretariat du conseil de l'europe")),
)


@cache
def _known() -> dict[str, Category]:
    return {plain(word): category for category in CATEGORIES for word in category.words}


def known_category(value: str) -> Category | None:
    """The usual category the Category column's value stands for, or None: as written, in the singular
    ("journalists"), or the first part of a double one that is known ("Civil society / NGOs")."""
    text = plain(" ".join(value.replace("’", "'").split()))
    for candidate in (text, *_PARTS.split(text)):
        for form in (candidate, _SINGULAR.sub("", candidate)):
            if form in _known():
                return _known()[form]
    return None


_PARTS = re.compile(r"\s*(?:/|&|,|;|\band\b|\bet\b)\s*")
_SINGULAR = re.compile(r"(?<=[a-z])s\b")  # "ngos", "law enforcement officials": each word's plural s
