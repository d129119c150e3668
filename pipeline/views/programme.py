"""The programme: its days and items, as every edition shows them, and what changed since an archived version."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from itertools import groupby

from pipeline.editions import Edition
from pipeline.language import Language
from pipeline.model import Bio, Dossier, ProgrammeItem, Timed
from pipeline.views.document import DocumentView, Masthead, Share, masthead
from pipeline.views.text import Local, Shown, local

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
    continued: bool = False  # a PDF piece holding the rest of a day begun in the piece before (render/compose/units.py)


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
