"""The list of participants: grouped and sorted as a directory is, with the columns each edition may show."""

from __future__ import annotations

from dataclasses import dataclass, replace

from pipeline.editions import Edition
from pipeline.language import N_, Language
from pipeline.model import Dossier, Participant
from pipeline.normalise.groups import ALL, OTHERS, GroupRule, group_of
from pipeline.normalise.groups import DEFAULT as DEFAULT_GROUPS
from pipeline.normalise.names import slug
from pipeline.views.document import DocumentView, Masthead, Share, masthead
from pipeline.views.text import Local, Shown, local

# --- participants ------------------------------------------------------------------------------

@dataclass(frozen=True)
class ParticipantRow:
    honorific: str
    first_name: str
    last_name: str
    position: str
    organisation: str
    extra: tuple[str, ...] = ()   # the edition's extra columns (ParticipantsView.extra_columns), in order
    untranslated: str = ""        # "(en anglais)" when the position is printed in the inputs' language

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.honorific, self.first_name, self.last_name) if p)


@dataclass(frozen=True)
class ParticipantGroup:
    anchor: str
    name: str
    rows: tuple[ParticipantRow, ...]
    size: int                # everyone in the group, also when a PDF piece holds only some of the rows
    continued: bool = False  # a PDF piece holding the rest of a group begun in the piece before (render/compose/units.py)
    section: str = ""        # the heading of the configured group it opens ("Member States"), printed before it
    nested: bool = False     # a country inside a configured group: its heading one level below the group's

    @property
    def heading(self) -> str:
        return f"{self.name} ({self.size})"


@dataclass(frozen=True)
class ParticipantsView(DocumentView):
    masthead: Masthead
    groups: tuple[ParticipantGroup, ...]
    total: int
    countries: int
    organisations: int
    unlisted: int       # how many chose not to be listed (a count only, except in the organisers' edition)
    notes: tuple[str, ...] = ()  # footnotes the event prints with some countries' names (country_notes)
    extra_columns: tuple[str, ...] = ()  # columns beyond name, position, organisation that this edition shows
    lists_everyone: bool = False         # the organisers' edition lists those who asked not to be listed

    def unit_groups(self) -> list[tuple[ParticipantGroup, tuple[ParticipantRow, ...]]]:
        return [(group, group.rows) for group in self.groups]

    @staticmethod
    def section(group: ParticipantGroup) -> str:
        return group.heading

    def sliced(self, share: Share) -> ParticipantsView:
        return replace(self, groups=tuple(replace(g, rows=g.rows[a:b], continued=a > 0) for g, a, b in share))

    @property
    def unlisted_note(self) -> str:
        lang = self.masthead.lang
        if not self.unlisted:
            return ""
        if self.lists_everyone:
            return lang.ngettext("%(n)d of them asked not to be listed: they appear here, marked “not listed”, "
                                 "and in no other edition.",
                                 "%(n)d of them asked not to be listed: they appear here, marked “not listed”, "
                                 "and in no other edition.", self.unlisted)
        return lang.ngettext("%(n)d further participant asked not to be listed.",
                             "%(n)d further participants asked not to be listed.", self.unlisted)

    @property
    def summary(self) -> str:
        """"124 participants from 37 countries and 5 international organisations"."""
        lang = self.masthead.lang
        countries = lang.ngettext("%(n)d country", "%(n)d countries", self.countries)
        text = lang.ngettext("%(n)d participant from %(countries)s", "%(n)d participants from %(countries)s",
                             self.total, countries=countries)
        if self.organisations:
            text = lang._("%(first)s and %(second)s", first=text, second=lang.ngettext(
                "%(n)d international organisation", "%(n)d international organisations", self.organisations))
        return text


PARTICIPANT_COLUMNS = (N_("Name"), N_("Position"), N_("Organisation"))  # then the edition's extra columns
CONTACT, CATEGORY = N_("Contact"), N_("Category and consent")


def _extra_columns(edition: Edition, lang: Language) -> tuple[str, ...]:
    if edition.internal:
        return (lang._(CONTACT), lang._(CATEGORY))
    return (lang._(CONTACT),) if edition.contacts != "none" else ()


def printed_surname(p: Participant, dossier: Dossier) -> str:
    """In capitals when the event asks for it (surname_style: caps), else as typed."""
    return p.last_name.upper() if dossier.conference.surname_style == "caps" else p.last_name


def place_name(p: Participant, dossier: Dossier, lang: Language) -> str:
    """The participant's country in the event's own form of its name (country_names) in the language, or the
    international organisation's."""
    if p.place.is_organisation:
        return lang.organisation(p.place.name)
    return dossier.conference.country_names.get(p.place.code) or lang.country(p.place.code, p.place.name)


def _row(p: Participant, edition: Edition, lang: Language, text: Local, dossier: Dossier) -> ParticipantRow:
    _ = lang._
    position = text(p.position, p.translations, "position")
    contact = " · ".join(x for x in (p.email, p.phone) if x) if edition.shows_contact(p.share_contact) else ""
    extra: tuple[str, ...] = ()
    if edition.internal:
        consent = (_("listed") if p.listed else _("not listed")) + ", " + \
                  (_("shares contact") if p.share_contact else _("contact not shared"))
        extra = (contact, "; ".join(x for x in (p.category, consent) if x))
    elif edition.contacts != "none":
        extra = (contact,)
    return ParticipantRow(lang.honorific(p.honorific), p.first_name, printed_surname(p, dossier),
                          position, p.organisation, extra, text.note(position.lang))


def group_name(rule: GroupRule, lang: Language, text: Local) -> str:
    """A configured group's heading in the render's language, else as given (marked); a default group's from
    the catalogue."""
    if rule.label:
        return lang._(rule.label)
    names = dict(rule.names)
    if lang.code in names:
        return Shown(lang.typography(names[lang.code]))
    given = names.get(text.source) or names.get("") or next(iter(names.values()))
    return Shown(given, "" if lang.code == text.source else text.source)


def participants_view(dossier: Dossier, edition: Edition, lang: Language) -> ParticipantsView:
    """Participants grouped as announcement.md says (participant_groups), by default one group per country and
    one of international organisations; a group of countries holds a sub-group per country."""
    listed = [p for p in dossier.participants if p.listed or edition.everyone]
    key = lang.collation_key
    person_key = lambda p: (key(p.last_name), key(p.first_name))  # noqa: E731
    text = local(dossier, lang)
    rules = dossier.conference.participant_groups or DEFAULT_GROUPS
    taken: dict[int | None, list[Participant]] = {}
    for p in listed:
        taken.setdefault(group_of(rules, p.place, p.category), []).append(p)

    def group(anchor: str, name: str, people: list[Participant], **where) -> ParticipantGroup:
        return ParticipantGroup(anchor, name, tuple(_row(p, edition, lang, text, dossier) for p in people),
                                len(people), **where)

    groups = []
    for index, rule in [*enumerate(rules), (None, GroupRule(label=OTHERS))]:
        people = taken.get(index)
        if not people:
            continue
        name = group_name(rule, lang, text) if rule.names or rule.label else ""
        if rule.by_country:
            countries: dict[str, list[Participant]] = {}
            for p in people:
                countries.setdefault(place_name(p, dossier, lang), []).append(p)
            for n, (country, them) in enumerate(sorted(countries.items(), key=lambda kv: key(kv[0]))):
                groups.append(group(f"country-{them[0].place.code.lower()}", country, sorted(them, key=person_key),
                                    section=name if n == 0 else "", nested=bool(name)))
        elif rule.organisations is not None:
            anchor = "organisations" if rule.organisations == ALL else f"group-{slug(rule.names[0][1])}"
            groups.append(group(anchor, name, sorted(people, key=lambda p: (key(lang.organisation(p.place.name)),
                                                                            *person_key(p)))))
        else:
            anchor = f"group-{slug(rule.names[0][1] if rule.names else 'others')}"
            groups.append(group(anchor, name, sorted(people, key=person_key)))
    organisations = [p for p in listed if p.place.is_organisation]
    return ParticipantsView(
        masthead=masthead(dossier, lang),
        groups=tuple(groups),
        total=len(listed),
        countries=len({p.place.code for p in listed if not p.place.is_organisation}),
        organisations=len({p.place.name for p in organisations}),
        unlisted=sum(not p.listed for p in dossier.participants),
        extra_columns=_extra_columns(edition, lang),
        lists_everyone=edition.everyone,
        notes=tuple(note for code, note in sorted(dossier.conference.country_notes.items())
                    if any(p.place.code == code for p in listed)),
    )
