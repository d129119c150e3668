"""The Category column's usual values, known in every language the dossier is made in: a category a secretariat
writes as "government", "Gouvernement" or "governmental" is one category, with a name for the statistics' charts
("Government" / "Pouvoirs publics") and the people it stands for in the report's sentence ("government officials" /
"des représentants des pouvoirs publics"). A value not known here is shown as typed."""

from __future__ import annotations

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
             ("government", "governmental", "ministry", "gouvernement", "gouvernemental", "administration",
              "pouvoirs publics")),
    Category(N_("Parliament"), N_("parliamentarians"),
             ("parliament", "parliamentary", "parliamentarian", "parlement", "parlementaire")),
    Category(N_("Diplomatic corps"), N_("diplomats"),
             ("diplomatic", "diplomat", "diplomats", "diplomatic corps", "diplomatie", "diplomate",
              "corps diplomatique")),
    Category(N_("Law enforcement"), N_("law enforcement officials"),
             ("law enforcement", "police", "forces de l'ordre", "services repressifs")),
    Category(N_("Judiciary"), N_("judges and prosecutors"),
             ("judiciary", "justice", "judicial", "judges", "prosecutors", "magistrature", "magistrats")),
    Category(N_("Social services"), N_("social workers"),
             ("social services", "social work", "social workers", "services sociaux", "travail social")),
    Category(N_("Business"), N_("business people"),
             ("business", "private sector", "industry", "entreprises", "secteur prive", "milieux d'affaires")),
    Category(N_("Civil society"), N_("civil society representatives"),
             ("civil society", "ngo", "ngos", "non-governmental organisation", "societe civile", "ong")),
    Category(N_("Academia"), N_("academics"),
             ("academia", "academic", "academics", "research", "university", "universite", "universitaire",
              "recherche", "milieu universitaire")),
    Category(N_("Media"), N_("journalists"),
             ("media", "press", "journalist", "journalists", "medias", "presse", "journaliste")),
    Category(N_("International organisations"), None,
             ("international organisation", "international organization", "international organisations",
              "organisation internationale", "organisations internationales")),
    Category(N_("Secretariat"), None, ("secretariat", "staff", "secretariat du conseil de l'europe")),
)


@cache
def _known() -> dict[str, Category]:
    return {plain(word): category for category in CATEGORIES for word in category.words}


def known_category(value: str) -> Category | None:
    """The usual category the Category column's value stands for, or None."""
    return _known().get(plain(" ".join(value.replace("’", "'").split())))
