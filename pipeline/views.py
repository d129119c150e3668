"""Views: what each document shows, computed once from the model and read by every renderer.

HTML templates and the DOCX writer both read these objects, so the formats
cannot drift apart: the people, items, order and wording are decided here.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache
from itertools import groupby

from babel.dates import format_date
from pyuca import Collator

from pipeline.editions import INTERNAL_MARK, Edition
from pipeline.model import Bio, Dossier, Participant, ProgrammeItem
from pipeline.richtext import RichText

ORGANISATIONS_GROUP = "International organisations"


@cache
def _collator() -> Collator:
    return Collator()


def collation_key(text: str) -> tuple:
    """Directory order: Č sorts with C and Ö with O (Unicode Collation Algorithm)."""
    return _collator().sort_key(text)


def _locale(language: str) -> str:
    return {"en": "en_GB"}.get(language, language.replace("-", "_"))


def long_date(day: dt.date, language: str) -> str:
    return format_date(day, "EEEE d MMMM y", locale=_locale(language))


def date_range(start: dt.date, end: dt.date, language: str) -> str:
    locale = _locale(language)
    if start == end:
        return format_date(start, "d MMMM y", locale=locale)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_date(end, 'd MMMM y', locale=locale)}"
    if start.year == end.year:
        return f"{format_date(start, 'd MMMM', locale=locale)} – {format_date(end, 'd MMMM y', locale=locale)}"
    return f"{format_date(start, 'd MMMM y', locale=locale)} – {format_date(end, 'd MMMM y', locale=locale)}"


# --- what every document shows at its top ---------------------------------------------------------

@dataclass(frozen=True)
class Masthead:
    title: str
    subtitle: str
    dates: str
    place: str          # "Sofia, Bulgaria"
    venue: str
    organisers: tuple[str, ...]
    language: str
    timezone: str       # IANA name, or "" (then times are floating)


@dataclass(frozen=True)
class Meta:
    """What a file says of itself (PDF and DOCX properties, the HTML page's title and description)."""
    title: str
    author: str
    subject: str
    description: str
    keywords: str
    category: str


def document_meta(title: str, m: Masthead, edition: Edition) -> Meta:
    mark = f"{INTERNAL_MARK}: " if edition.internal else ""
    return Meta(title=f"{mark}{title} – {m.title}", author="; ".join(m.organisers), subject=m.title,
                description=f"{title}: {m.title}, {m.place}, {m.dates}. {edition.label}.",
                keywords=edition.label + (f"; {INTERNAL_MARK}" if edition.internal else ""), category=edition.label)


def event_slug(dossier: Dossier) -> str:
    """A short name for files and calendar ids: the title's first three words and the year."""
    words = re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKD", dossier.conference.title).lower())
    return "-".join(words[:3] + [str(dossier.conference.start.year)])


def masthead(dossier: Dossier) -> Masthead:
    c = dossier.conference
    return Masthead(c.title, c.subtitle, date_range(c.start, c.end, c.language), f"{c.city}, {c.country}",
                    c.venue, c.organisers, c.language, c.timezone)


# --- programme ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class PersonRef:
    name: str
    affiliation: str    # position, organisation
    anchor: str         # the bio's id, for links


@dataclass(frozen=True)
class ItemView:
    anchor: str
    uid: str            # stable across versions (model.ProgrammeItem.uid)
    date: dt.date
    start: dt.time
    end: dt.time
    time: str           # "09:30–10:15"
    kind: str           # "Panel"
    theme: str
    title: str
    is_pause: bool
    chairs: tuple[PersonRef, ...]
    speakers: tuple[PersonRef, ...]
    room: str
    notes: str


@dataclass(frozen=True)
class DayView:
    anchor: str
    label: str          # "Tuesday 4 December 2012"
    items: tuple[ItemView, ...]
    continued: bool = False  # a PDF piece holding the rest of a day begun in the piece before (render/units.py)


@dataclass(frozen=True)
class Change:
    kind: str           # "Added", "Cancelled", "Moved", "Speakers changed", "Retitled"
    title: str
    detail: str


@dataclass(frozen=True)
class ChangesView:
    since: int          # the archived version compared with
    changes: tuple[Change, ...]

    @property
    def heading(self) -> str:
        return f"Changes since version {self.since}"


# A share of a long document's units for one PDF piece (render/units.py): (group, first unit, end) per group.
Share = list[tuple[object, int, int]]


class DocumentView:
    """What the renderers ask of every document's view, beside its own fields: how it is cut into PDF pieces
    (render/units.py: unit_groups, section, sliced), the photos its pages embed, and the sections the full
    dossier's contents list under it."""

    def unit_groups(self) -> list[tuple[object, tuple]]:
        raise NotImplementedError

    @staticmethod
    def section(group) -> str:
        """The running head a group's heading sets, for a piece that begins inside the group."""
        return ""

    def sliced(self, share: Share):
        raise NotImplementedError

    def photos(self) -> tuple:
        return ()

    def sections(self) -> list[tuple[str, str]]:
        """(title, anchor) of what the full dossier's contents list under the document."""
        return []


@dataclass(frozen=True)
class ProgrammeView(DocumentView):
    masthead: Masthead
    days: tuple[DayView, ...]
    changes: ChangesView | None = None   # set when the programme differs from the last archived version

    # Cut between items, a day at a time.
    def unit_groups(self) -> list[tuple[DayView, tuple[ItemView, ...]]]:
        return [(day, day.items) for day in self.days]

    @staticmethod
    def section(day: DayView) -> str:
        return day.label

    def sliced(self, share: Share) -> ProgrammeView:
        return replace(self, days=tuple(replace(day, items=day.items[a:b], continued=a > 0) for day, a, b in share))

    def sections(self) -> list[tuple[str, str]]:
        return ([(self.changes.heading, "changes")] if self.changes else []) + \
            [(day.label, day.anchor) for day in self.days]


def _ref(bio: Bio) -> PersonRef:
    return PersonRef(bio.display_name, bio.affiliation, bio.anchor)


def _time(item: ProgrammeItem) -> str:
    return f"{item.start:%H:%M}–{item.end:%H:%M}"


def programme_view(dossier: Dossier, edition: Edition) -> ProgrammeView:
    language = dossier.conference.language
    days = []
    for day, items in groupby(dossier.programme, key=lambda i: i.date):
        days.append(DayView(
            anchor=f"day-{day:%Y-%m-%d}",
            label=long_date(day, language),
            items=tuple(ItemView(i.anchor, i.uid, i.date, i.start, i.end, _time(i), i.kind_label, i.theme, i.title,
                                 i.is_pause,
                                 tuple(map(_ref, i.chairs)), tuple(map(_ref, i.speakers)), i.room, i.notes)
                        for i in items),
        ))
    return ProgrammeView(masthead(dossier), tuple(days))


def programme_changes(view: ProgrammeView, previous: list[dict], since: int) -> ChangesView | None:
    """What changed in the programme since an archived version (its data.json items), item by item (by uid):
    added, cancelled, moved in time or room, speakers or chairs changed, retitled. None when nothing did."""
    language = view.masthead.language
    day = lambda iso: long_date(dt.date.fromisoformat(iso), language)  # noqa: E731
    before = {item["id"]: item for item in previous}
    now = {i.uid: i for d in view.days for i in d.items}
    changes = []
    for uid, item in now.items():
        old = before.get(uid)
        when = f"{long_date(item.date, language)}, {item.time}" + (f", {item.room}" if item.room else "")
        if old is None:
            changes.append(Change("Added", item.title, when))
            continue
        moved = []
        if old["date"] != item.date.isoformat():
            moved.append(f"from {day(old['date'])} to {long_date(item.date, language)}")
        if (old["start"], old["end"]) != (f"{item.start:%H:%M}", f"{item.end:%H:%M}"):
            moved.append(f"from {old['start']}–{old['end']} to {item.time}")
        if old["room"] != item.room:
            moved.append(f"from {old['room'] or 'no room'} to {item.room or 'no room'}")
        if moved:
            changes.append(Change("Moved", item.title, "; ".join(moved)))
        for label, was, names in (("Chair", old["chairs"], [p.name for p in item.chairs]),
                                  ("Speakers", old["speakers"], [p.name for p in item.speakers])):
            added = [n for n in names if n not in was]
            gone = [n for n in was if n not in names]
            if added or gone:
                detail = "; ".join(x for x in (("now also " + ", ".join(added)) if added else "",
                                               ("no longer " + ", ".join(gone)) if gone else "") if x)
                changes.append(Change(f"{label} changed", item.title, detail))
        if old["title"] != item.title:
            changes.append(Change("Retitled", item.title, f"was “{old['title']}”"))
    for uid, old in before.items():
        if uid not in now:
            changes.append(Change("Cancelled", old["title"], f"was {day(old['date'])}, {old['start']}–{old['end']}"))
    return ChangesView(since, tuple(changes)) if changes else None


# --- participants ------------------------------------------------------------------------------

@dataclass(frozen=True)
class ParticipantRow:
    honorific: str
    first_name: str
    last_name: str
    position: str
    organisation: str
    extra: tuple[str, ...] = ()   # the edition's extra columns (ParticipantsView.extra_columns), in order

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.honorific, self.first_name, self.last_name) if p)


@dataclass(frozen=True)
class ParticipantGroup:
    anchor: str
    name: str
    rows: tuple[ParticipantRow, ...]
    size: int                # everyone in the group, also when a PDF piece holds only some of the rows
    continued: bool = False  # a PDF piece holding the rest of a group begun in the piece before (render/units.py)

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
        if not self.unlisted:
            return ""
        if self.lists_everyone:
            return (f"{self.unlisted} of them asked not to be listed: they appear here, marked \"not listed\", "
                    "and in no other edition.")
        return f"{self.unlisted} further participant{'s' * (self.unlisted != 1)} asked not to be listed."

    @property
    def summary(self) -> str:
        text = f"{self.total} participant{'s' * (self.total != 1)} from {self.countries} " \
               f"countr{'ies' if self.countries != 1 else 'y'}"
        if self.organisations:
            text += f" and {self.organisations} international organisation{'s' * (self.organisations != 1)}"
        return text


def _extra_columns(edition: Edition) -> tuple[str, ...]:
    if edition.internal:
        return ("Contact", "Category and consent")
    return ("Contact",) if edition.contacts != "none" else ()


def _row(p: Participant, edition: Edition) -> ParticipantRow:
    contact = " · ".join(x for x in (p.email, p.phone) if x) if edition.shows_contact(p.share_contact) else ""
    extra: tuple[str, ...] = ()
    if edition.internal:
        consent = ("listed" if p.listed else "not listed") + ", " + \
                  ("shares contact" if p.share_contact else "contact not shared")
        extra = (contact, "; ".join(x for x in (p.category, consent) if x))
    elif edition.contacts != "none":
        extra = (contact,)
    return ParticipantRow(p.honorific, p.first_name, p.last_name, p.position, p.organisation, extra)


def participants_view(dossier: Dossier, edition: Edition) -> ParticipantsView:
    listed = [p for p in dossier.participants if p.listed or edition.everyone]
    person_key = lambda p: (collation_key(p.last_name), collation_key(p.first_name))  # noqa: E731
    names = dossier.conference.country_names
    countries: dict[str, list[Participant]] = {}
    organisations: list[Participant] = []
    for p in listed:
        if p.place.is_organisation:
            organisations.append(p)
        else:
            countries.setdefault(names.get(p.place.code, p.place.name), []).append(p)
    def group(anchor: str, name: str, people: list[Participant]) -> ParticipantGroup:
        return ParticipantGroup(anchor, name, tuple(_row(p, edition) for p in people), len(people))

    groups = [group(f"country-{people[0].place.code.lower()}", name, sorted(people, key=person_key))
              for name, people in sorted(countries.items(), key=lambda kv: collation_key(kv[0]))]
    if organisations:
        groups.append(group("organisations", ORGANISATIONS_GROUP,
                            sorted(organisations, key=lambda p: (collation_key(p.place.name), *person_key(p)))))
    return ParticipantsView(
        masthead=masthead(dossier),
        groups=tuple(groups),
        total=len(listed),
        countries=len(countries),
        organisations=len({p.place.name for p in organisations}),
        unlisted=sum(not p.listed for p in dossier.participants),
        extra_columns=_extra_columns(edition),
        lists_everyone=edition.everyone,
        notes=tuple(note for code, note in sorted(dossier.conference.country_notes.items())
                    if any(p.place.code == code for p in listed)),
    )


# --- bios --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Appearance:
    role: str           # "Speaker" or "Chair"
    day: str
    time: str
    title: str
    anchor: str         # the programme item's id


@dataclass(frozen=True)
class BioEntry:
    bio: Bio
    appearances: tuple[Appearance, ...]


@dataclass(frozen=True)
class BiosView(DocumentView):
    masthead: Masthead
    entries: tuple[BioEntry, ...]

    def unit_groups(self) -> list[tuple[None, tuple[BioEntry, ...]]]:
        return [(None, self.entries)]

    def sliced(self, share: Share) -> BiosView:
        (_, a, b), = share
        return replace(self, entries=self.entries[a:b])

    def photos(self) -> tuple:
        return tuple(e.bio.photo for e in self.entries if e.bio.photo)


def bios_view(dossier: Dossier, edition: Edition) -> BiosView:
    """Speakers and chairs in order of first appearance; bios of people not in the programme come last."""
    language = dossier.conference.language
    appearances: dict[str, list[Appearance]] = {}
    for item in dossier.programme:
        for role, people in (("Chair", item.chairs), ("Speaker", item.speakers)):
            for bio in people:
                appearances.setdefault(bio.key, []).append(
                    Appearance(role, long_date(item.date, language), _time(item), item.title, item.anchor))
    order = {key: i for i, key in enumerate(appearances)}
    bios = sorted(dossier.bios, key=lambda b: (order.get(b.key, len(order)), collation_key(b.name)))
    return BiosView(masthead(dossier), tuple(BioEntry(b, tuple(appearances.get(b.key, ()))) for b in bios))


# --- the full dossier ---------------------------------------------------------------------------

@dataclass(frozen=True)
class ContentsEntry:
    title: str
    anchor: str
    children: tuple[ContentsEntry, ...] = ()   # a part's own sections (the programme's changes and days)


@dataclass(frozen=True)
class DossierView:
    masthead: Masthead
    announcement: RichText
    parts: tuple[tuple[str, object], ...]    # (document id, its view), in the dossier's order
    contents: tuple[ContentsEntry, ...]

    def part(self, doc_id: str):
        return next(view for id_, view in self.parts if id_ == doc_id)

    def frame(self) -> DossierView:
        """Without its parts: what the dossier itself shows around them (cover, contents, announcement)."""
        return replace(self, parts=())

    def photos(self) -> tuple:
        return tuple(photo for _, view in self.parts for photo in view.photos())


ANNOUNCEMENT = "Announcement"


def dossier_view(dossier: Dossier, parts: tuple[tuple[str, str, object], ...]) -> DossierView:
    """The full dossier, from the separate documents' views (computed once). parts: (id, title, view) in order."""
    contents = [ContentsEntry(ANNOUNCEMENT, "announcement")]
    contents += [ContentsEntry(title, doc_id, tuple(ContentsEntry(*s) for s in view.sections()))
                 for doc_id, title, view in parts]
    return DossierView(masthead(dossier), dossier.conference.announcement,
                       tuple((doc_id, view) for doc_id, _, view in parts), tuple(contents))
