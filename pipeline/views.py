"""Views: what each document shows, computed once from the model and read by every renderer.

HTML templates and the DOCX writer both read these objects, so the formats
cannot drift apart: the people, items, order and wording are decided here.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace
from itertools import groupby

from pipeline.editions import INTERNAL_MARK, Edition
from pipeline.language import N_, Language
from pipeline.model import Bio, Dossier, Participant, ProgrammeItem, Timed, Translations, translation
from pipeline.normalise.groups import ALL, DEFAULT as DEFAULT_GROUPS, OTHERS, GroupRule, group_of
from pipeline.normalise.names import slug
from pipeline.richtext import RichText



# --- text of the inputs, in the render's language ---------------------------------------------------

class Shown(str):
    """A text of the inputs as a document shows it. `lang` is the language it is written in when that is not the
    page's (its translation is missing, and the inputs' own text is printed): the templates and the DOCX writer
    mark it (lang="en", w:lang), so that hyphenation and screen readers follow it."""

    lang: str

    def __new__(cls, text: str, lang: str = "") -> Shown:
        shown = super().__new__(cls, text)
        shown.lang = lang
        return shown

    def __reduce__(self):
        return Shown, (str(self), self.lang)

    def __repr__(self) -> str:  # part of the units' cache keys: a marked text differs from the same text unmarked
        return f"Shown({str(self)!r}, {self.lang!r})" if self.lang else str.__repr__(self)


@dataclass(frozen=True)
class Local:
    """The render's language and the inputs': a text of the inputs in the render's language is its translation
    (announcement.fr.md, bios/<name>.fr.md, the "Title (fr)" columns), else the inputs' own text, marked."""
    lang: Language
    source: str          # the language the inputs are written in: the event's first

    def rich(self, value, translations: Translations, name: str) -> tuple[object, str]:
        """A value in the render's language, and the language it is shown in when that is not the page's
        (else "")."""
        if not value or self.lang.code == self.source:
            return value, ""
        other = translation(translations, name, self.lang.code)
        return (value, self.source) if other is None else (other, "")

    def __call__(self, text: str, translations: Translations, name: str) -> Shown:
        shown, lang = self.rich(text, translations, name)
        return Shown(shown, lang) if lang else Shown(self.lang.typography(shown))

    def note(self, *langs: str) -> str:
        """"(en anglais)", once for an item some of whose texts (their Shown.lang) are printed untranslated."""
        return self.lang.in_language(self.source) if any(langs) else ""


def local(dossier: Dossier, lang: Language) -> Local:
    return Local(lang, dossier.conference.languages[0])


# --- what every document shows at its top ---------------------------------------------------------

@dataclass(frozen=True)
class Masthead:
    title: str          # these four: text of the inputs (Shown), in the render's language where translated
    subtitle: str
    dates: str
    place: str          # "Sofia, Bulgaria"
    venue: str
    organisers: tuple[str, ...]
    lang: Language      # the language of the render: every view holds it here
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
    """title: the document's title in the masthead's language."""
    _ = m.lang._
    label, mark = _(edition.label), _(INTERNAL_MARK)
    return Meta(title=(f"{mark}: " if edition.internal else "") + f"{title} – {m.title}",
                author="; ".join(m.organisers), subject=m.title,
                description=f"{title}: {m.title}, {m.place}, {m.dates}. {label}.",
                keywords=label + (f"; {mark}" if edition.internal else ""), category=label)


def event_slug(dossier: Dossier) -> str:
    """A short name for files and calendar ids: the title's first three words and the year."""
    words = re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKD", dossier.conference.title).lower())
    return "-".join(words[:3] + [str(dossier.conference.start.year)])


def masthead(dossier: Dossier, lang: Language) -> Masthead:
    c, text = dossier.conference, local(dossier, lang)
    country = lang.country(c.country_code, c.country) if c.country_code else c.country
    organisers, marked = text.rich(c.organisers, c.translations, "organisers")
    return Masthead(text(c.title, c.translations, "title"), text(c.subtitle, c.translations, "subtitle"),
                    lang.date_range(c.start, c.end), f"{c.city}, {country}", text(c.venue, c.translations, "venue"),
                    tuple(Shown(o, marked) for o in organisers), lang, c.timezone)


# --- programme ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class PersonRef:
    name: str
    affiliation: str    # position, organisation
    anchor: str         # the bio's id, for links


@dataclass(frozen=True)
class ItemView(Timed):
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
    untranslated: str = ""   # "(en anglais)" when some of its texts are printed in the inputs' language
    type: str = ""           # the Type as typed, in lower case ("panel"): for machines (schedule.json)
    ends_next_day: bool = False


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
    heading: str        # "Changes since version 3"


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


class ListView(DocumentView):
    """A document cut between the items of one list (bios, badge sheets, name cards, briefings, certificates):
    UNITS names the field that holds them."""
    UNITS = ""

    def unit_groups(self) -> list[tuple[None, tuple]]:
        return [(None, getattr(self, self.UNITS))]

    def sliced(self, share: Share):
        (_, a, b), = share
        return replace(self, **{self.UNITS: getattr(self, self.UNITS)[a:b]})


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


def display_name(bio: Bio, lang: Language) -> str:
    """"Ms Zsófia Horváth", "Mme Zsófia Horváth"."""
    return " ".join(x for x in (lang.honorific(bio.honorific), bio.name) if x)


def affiliation(bio: Bio, text: Local) -> str:
    """"Position, Organisation", the position in the render's language where translated."""
    position = text(bio.position, bio.translations, "position")
    shown = ", ".join(p for p in (position, bio.organisation) if p)
    return Shown(shown, position.lang) if getattr(position, "lang", "") else Shown(shown)


def _ref(bio: Bio, lang: Language, text: Local) -> PersonRef:
    return PersonRef(display_name(bio, lang), affiliation(bio, text), bio.anchor)


def _item(i: ProgrammeItem, lang: Language, text: Local) -> ItemView:
    theme, title = text(i.theme, i.translations, "theme"), text(i.title, i.translations, "title")
    room, notes = text(i.room, i.translations, "room"), text(i.notes, i.translations, "notes")
    return ItemView(i.anchor, i.uid, i.date, i.start, i.end, _time(i, lang),
                    lang._(i.kind_label) if i.kind_label else "", theme, title, i.is_pause,
                    tuple(_ref(b, lang, text) for b in i.chairs), tuple(_ref(b, lang, text) for b in i.speakers),
                    room, notes, text.note(theme.lang, title.lang, room.lang, notes.lang), i.kind, i.ends_next_day)


def _time(item: ProgrammeItem, lang: Language) -> str:
    return lang.time_range(item.start, item.end)


def programme_view(dossier: Dossier, edition: Edition, lang: Language) -> ProgrammeView:
    text = local(dossier, lang)
    days = []
    for day, items in groupby(dossier.programme, key=lambda i: i.date):
        days.append(DayView(anchor=f"day-{day:%Y-%m-%d}", label=lang.long_date(day),
                            items=tuple(_item(i, lang, text) for i in items)))
    return ProgrammeView(masthead(dossier, lang), tuple(days))


def programme_changes(view: ProgrammeView, previous: list[dict], since: int) -> ChangesView | None:
    """What changed in the programme since an archived version (its data.json items in the same language),
    item by item (by uid): added, cancelled, moved in time or room, speakers or chairs changed, retitled. None
    when nothing did."""
    lang = view.masthead.lang
    _ = lang._
    day = lambda iso: lang.long_date(dt.date.fromisoformat(iso))  # noqa: E731
    times = lambda a, b: lang.time_range(dt.time.fromisoformat(a), dt.time.fromisoformat(b))  # noqa: E731
    before = {item["id"]: item for item in previous}
    now = {i.uid: i for d in view.days for i in d.items}
    changes = []
    for uid, item in now.items():
        old = before.get(uid)
        when = f"{lang.long_date(item.date)}, {item.time}" + (f", {item.room}" if item.room else "")
        if old is None:
            changes.append(Change(_("Added"), item.title, when))
            continue
        moved = []
        if old["date"] != item.date.isoformat():
            moved.append(_("from %(before)s to %(now)s", before=day(old["date"]), now=lang.long_date(item.date)))
        if (old["start"], old["end"], old.get("end_date", old["date"])) != (
                f"{item.start:%H:%M}", f"{item.end:%H:%M}", item.ends_at.date().isoformat()):
            moved.append(_("from %(before)s to %(now)s", before=times(old["start"], old["end"]), now=item.time))
        if old["room"] != item.room:
            moved.append(_("from %(before)s to %(now)s", before=old["room"] or _("no room"),
                           now=item.room or _("no room")))
        if moved:
            changes.append(Change(_("Moved"), item.title, "; ".join(moved)))
        for label, was, names in ((_("Chair changed"), old["chairs"], [p.name for p in item.chairs]),
                                  (_("Speakers changed"), old["speakers"], [p.name for p in item.speakers])):
            added = [n for n in names if n not in was]
            gone = [n for n in was if n not in names]
            if added or gone:
                detail = "; ".join(x for x in (_("now also %(names)s", names=", ".join(added)) if added else "",
                                               _("no longer %(names)s", names=", ".join(gone)) if gone else "")
                                   if x)
                changes.append(Change(label, item.title, detail))
        if old["title"] != item.title:
            changes.append(Change(_("Retitled"), item.title, _("was “%(title)s”", title=old["title"])))
    for uid, old in before.items():
        if uid not in now:
            changes.append(Change(_("Cancelled"), old["title"],
                                  _("was %(when)s", when=f"{day(old['date'])}, {times(old['start'], old['end'])}")))
    return ChangesView(since, tuple(changes), _("Changes since version %(version)d", version=since)) \
        if changes else None


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
    continued: bool = False  # a PDF piece holding the rest of a group begun in the piece before (render/units.py)
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


def _group_name(rule: GroupRule, lang: Language, text: Local) -> str:
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
        name = _group_name(rule, lang, text) if rule.names or rule.label else ""
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
    name: str           # with the honorific in the render's language: "Mme Zsófia Horváth"
    appearances: tuple[Appearance, ...]
    affiliation: str = ""     # "Position, Organisation" (Shown), the position translated where it is
    text: RichText | None = None   # the bio in the render's language where translated, else the inputs'
    text_lang: str = ""       # the language of the text when it is not the page's
    untranslated: str = ""    # "(en anglais)" when the position or the text are printed untranslated


@dataclass(frozen=True)
class BiosView(ListView):
    masthead: Masthead
    entries: tuple[BioEntry, ...]
    UNITS = "entries"

    def photos(self) -> tuple:
        return tuple(e.bio.photo for e in self.entries if e.bio.photo)


def bios_view(dossier: Dossier, edition: Edition, lang: Language) -> BiosView:
    """Speakers and chairs in order of first appearance; bios of people not in the programme come last."""
    appearances: dict[str, list[Appearance]] = {}
    text = local(dossier, lang)
    for item in dossier.programme:
        for role, people in ((lang._("Chair"), item.chairs), (lang._("Speaker"), item.speakers)):
            for bio in people:
                appearances.setdefault(bio.key, []).append(
                    Appearance(role, lang.long_date(item.date), _time(item, lang),
                               text(item.title, item.translations, "title"), item.anchor))
    order = {key: i for i, key in enumerate(appearances)}
    bios = sorted(dossier.bios, key=lambda b: (order.get(b.key, len(order)), lang.collation_key(b.name)))

    def entry(b: Bio) -> BioEntry:
        shown = affiliation(b, text)
        shown_text, text_lang = text.rich(b.text, b.translations, "text")
        return BioEntry(b, display_name(b, lang), tuple(appearances.get(b.key, ())), shown,
                        shown_text, text_lang, text.note(shown.lang, text_lang))

    return BiosView(masthead(dossier, lang), tuple(entry(b) for b in bios))


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
    announcement_lang: str = ""              # the announcement's language when it is not the page's

    def part(self, doc_id: str):
        return next(view for id_, view in self.parts if id_ == doc_id)

    def frame(self) -> DossierView:
        """Without its parts: what the dossier itself shows around them (cover, contents, announcement)."""
        return replace(self, parts=())

    def photos(self) -> tuple:
        return tuple(photo for _, view in self.parts for photo in view.photos())


ANNOUNCEMENT = N_("Announcement")


def dossier_view(dossier: Dossier, parts: tuple[tuple[str, str, object], ...], lang: Language) -> DossierView:
    """The full dossier, from the separate documents' views (computed once). parts: (id, title in the render's
    language, view) in order."""
    contents = [ContentsEntry(lang._(ANNOUNCEMENT), "announcement")]
    contents += [ContentsEntry(title, doc_id, tuple(ContentsEntry(*s) for s in view.sections()))
                 for doc_id, title, view in parts]
    c, text = dossier.conference, local(dossier, lang)
    announcement, announcement_lang = text.rich(c.announcement, c.translations, "announcement")
    return DossierView(masthead(dossier, lang), announcement, tuple((doc_id, view) for doc_id, _, view in parts),
                       tuple(contents), announcement_lang)
