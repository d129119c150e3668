"""`participant_groups` of announcement.md: how the list of participants is grouped, in the Council of Europe's
manner (member states, observer states, international organisations, civil society, the Secretariat). Each
group takes the participants of some countries (each country then a sub-group), of some international
organisations, or of some categories (the Category column); the views print them in the order given.

    participant_groups:
      - name: {en: Member States, fr: États membres}
        countries: [AL, Armenia, AT]          # names or ISO codes; or "all": every country not taken before
      - name: {en: Civil society, fr: Société civile}
        categories: [civil society, academia]
      - name: {en: Council of Europe Secretariat, fr: Secrétariat du Conseil de l'Europe}
        organisations: [Council of Europe]    # or "all"
      - name: {en: International organisations, fr: Organisations internationales}
        organisations: all

A participant goes to the most specific group that takes them: by category first, then by a country or
organisation named in a list, then by "all". Without `participant_groups` the list has one group per country
and one of international organisations."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.language import N_, SUPPORTED
from pipeline.normalise import Unparsable
from pipeline.normalise.places import Place, by_code, resolve_place

ALL = ("*",)
OTHERS = N_("Other participants")  # those no configured group takes


@dataclass(frozen=True)
class GroupRule:
    names: tuple[tuple[str, str], ...] = ()   # (language, heading), as announcement.md gives them
    label: str = ""                            # a catalogue message instead (the default groups)
    countries: tuple[str, ...] | None = None   # ISO codes, or ALL: each country a sub-group
    organisations: tuple[str, ...] | None = None  # organisations' names (normalise/places.py), or ALL
    categories: tuple[str, ...] = ()           # Category values, casefolded

    @property
    def by_country(self) -> bool:
        return self.countries is not None

    def rank(self) -> int:
        """How specific the group is: a participant goes to the most specific group that takes them."""
        if self.categories:
            return 0
        return 2 if ALL in (self.countries, self.organisations) else 1

    def takes(self, place: Place, category: str) -> bool:
        if self.categories:
            return category.casefold() in self.categories
        if self.organisations is not None:
            return place.is_organisation and (self.organisations == ALL or place.name in self.organisations)
        return not place.is_organisation and (self.countries == ALL or place.code in self.countries)


DEFAULT = (GroupRule(countries=ALL), GroupRule(label=N_("International organisations"), organisations=ALL))


def group_of(rules: tuple[GroupRule, ...], place: Place, category: str) -> int | None:
    """The index of the group that takes a participant, or None."""
    for rank in (0, 1, 2):
        for index, rule in enumerate(rules):
            if rule.rank() == rank and rule.takes(place, category):
                return index
    return None


def parse_groups(value: object) -> tuple[GroupRule, ...]:
    if value in (None, "", []):
        return ()
    if not isinstance(value, list):
        raise Unparsable("is not a list of groups", "write one '- name: …' line per group, then what it takes")
    return tuple(_rule(entry, n) for n, entry in enumerate(value, start=1))


def _rule(entry: object, n: int) -> GroupRule:
    where = f"group {n}"
    if not isinstance(entry, dict) or not entry.get("name"):
        raise Unparsable(f"{where} has no name", "write  - name: {en: Member States, fr: États membres}")
    name = entry["name"]
    names = tuple((code, " ".join(str(text).split())) for code, text in name.items()) if isinstance(name, dict) \
        else (("", " ".join(str(name).split())),)
    unknown = [code for code, _ in names if code and code not in SUPPORTED]
    if unknown:
        raise Unparsable(f'{where}: "{unknown[0]}" is not a language of the dossier', f"use {', '.join(SUPPORTED)}")
    given = [key for key in ("countries", "organisations", "categories") if entry.get(key) not in (None, "", [])]
    if len(given) != 1:
        raise Unparsable(f"{where} ({names[0][1]}) must take countries, organisations or categories, one of them",
                         "add for example  countries: all")
    kind, items = given[0], entry[given[0]]
    if kind == "categories":
        return GroupRule(names, categories=tuple(str(c).strip().casefold() for c in _listed(items, where)))
    if str(items).strip().casefold() == "all":
        return GroupRule(names, **{kind: ALL})
    places = []
    for item in _listed(items, where):
        place = by_code(str(item)) or resolve_place(str(item))
        if place is None or place.is_organisation != (kind == "organisations"):
            raise Unparsable(f'{where}: "{item}" is not {"an international organisation" if kind == "organisations" else "a country"}',
                             "use a name or code such as Bulgaria, MK, Council of Europe or UNODC")
        places.append(place.name if kind == "organisations" else place.code)
    return GroupRule(names, **{kind: tuple(places)})


def _listed(items: object, where: str) -> list:
    if not isinstance(items, list):
        raise Unparsable(f"{where}: expected a list, or all", "write for example  countries: [AL, AT, BG]")
    return items
