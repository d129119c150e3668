"""The dossier's typed, immutable model. Renderers see these attributes, never DataFrame columns."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from pipeline.language import N_
from pipeline.normalise.attendance import event_days
from pipeline.normalise.pack import PackSettings
from pipeline.normalise.places import Place
from pipeline.richtext import RichText

# Programme item types: how each is labelled (in English: translated by the views), and which are pauses
# rather than sessions.
ITEM_TYPES = {
    "registration": N_("Registration"), "opening": N_("Opening"), "welcome": N_("Welcome"), "keynote": N_("Keynote"),
    "panel": N_("Panel"), "session": N_("Session"), "plenary": N_("Plenary"), "workshop": N_("Workshop"),
    "round table": N_("Round table"), "roundtable": N_("Round table"), "presentation": N_("Presentation"),
    "break": N_("Break"), "coffee break": N_("Break"), "lunch": N_("Lunch"), "dinner": N_("Dinner"), "reception": N_("Reception"),
    "conclusions": N_("Conclusions"), "closing": N_("Closing"), "visit": N_("Visit"), "other": "",
}
PAUSES = {"registration", "break", "coffee break", "lunch", "dinner", "reception"}

# A text of the inputs in the other languages of the event: (field, language, value), for example
# ("title", "fr", "Déclaration d'ouverture"). The field itself holds the text in the inputs' language.
Translations = tuple[tuple[str, str, object], ...]


def translation(translations: Translations, name: str, language: str):
    """The field's value in the language, or None when the inputs give none."""
    return next((value for field_, code, value in translations if field_ == name and code == language), None)


@dataclass(frozen=True)
class Conference:
    title: str
    subtitle: str
    organisers: tuple[str, ...]
    start: dt.date
    end: dt.date
    city: str
    country: str
    country_code: str                  # its ISO code, when the country is one pycountry knows; else ""
    venue: str
    timezone: str
    languages: tuple[str, ...]         # the languages the dossier is made in ("en", "fr"); the inputs are in the first
    expected_participants: int | None
    expected_countries: int | None
    country_names: dict[str, str]      # ISO code → the name this event prints, where it differs from the default
    country_notes: dict[str, str]      # ISO code → a footnote printed with that country
    surname_style: str                 # "caps": surnames in capitals in the list of participants; "as typed"
    announcement: RichText
    translations: Translations = ()    # title, subtitle, organisers, venue, announcement (announcement.fr.md)
    participant_groups: tuple = ()     # normalise/groups.GroupRule, in print order; () for the default groups
    pack: PackSettings | None = None   # the working pack's settings (badges, sign-in sheets, certificates)
    mail_from: str = ""                # the sender of the letters' e-mails ("Name <address>"), or ""
    held: bool = False                 # the event has taken place: the dossier opens with the report
    report: RichText | None = None     # report.md: the secretariat's own words for the report (translations:
                                       # ("report", language, RichText) from report.<language>.md)

    @property
    def days(self) -> list[dt.date]:
        """Every day of the event, the first to the last."""
        return event_days(self.start, self.end)


@dataclass(frozen=True)
class Bio:
    key: str                 # name_key(): how programme names find this bio
    anchor: str              # stable id for links, from the file name
    honorific: str
    name: str
    position: str
    organisation: str
    country: str
    photo: Path | None
    text: RichText
    translations: Translations = ()    # position, text (bios/<name>.fr.md)

    @property
    def display_name(self) -> str:
        return f"{self.honorific} {self.name}".strip()

    @property
    def affiliation(self) -> str:
        return ", ".join(p for p in (self.position, self.organisation) if p)


class Timed:
    """When an item is, for what counts minutes or writes a calendar: date, start and end, which may be on the
    next day (ends_next_day: a reception from 23:00 to 00:30)."""
    date: dt.date
    start: dt.time
    end: dt.time
    ends_next_day: bool

    @property
    def starts_at(self) -> dt.datetime:
        return dt.datetime.combine(self.date, self.start)

    @property
    def ends_at(self) -> dt.datetime:
        return dt.datetime.combine(self.date + dt.timedelta(days=self.ends_next_day), self.end)

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds()) // 60


@dataclass(frozen=True)
class ProgrammeItem(Timed):
    date: dt.date
    start: dt.time
    end: dt.time
    kind: str                          # lower-case type as in ITEM_TYPES, or as typed when unknown
    theme: str
    title: str
    chairs: tuple[Bio, ...]
    speakers: tuple[Bio, ...]
    room: str
    notes: str
    anchor: str                        # unique id for links: item-20121204-0930, -2 for a parallel item
    uid: str                           # stable across versions: the ID column, else the title (+ -2, -3 …)
    translations: Translations = ()    # theme, title, room, notes ("Title (fr)" …)
    ends_next_day: bool = False        # the End cell said "(+1)"

    @property
    def is_pause(self) -> bool:
        return self.kind in PAUSES

    @property
    def kind_label(self) -> str:
        return ITEM_TYPES.get(self.kind, self.kind.capitalize())


@dataclass(frozen=True)
class Participant:
    honorific: str
    first_name: str
    last_name: str
    organisation: str
    position: str
    place: Place
    category: str
    email: str
    phone: str                         # kept as given
    listed: bool
    share_contact: bool
    translations: Translations = ()    # position ("Position (fr)")
    attended: bool | None = None       # the Attended column: None when the table has none (no certificates)
    attended_days: tuple[dt.date, ...] | None = None  # the days it names; None for a plain yes (or no)
    language: str = "en"               # the language their letters and certificate are in (Language column)
    visa: bool = False                 # the Visa column: their invitation carries the visa paragraph
    gender: str = ""                   # the Gender column: "woman", "man", "other" or "" (not given)


def who_came(people) -> list[Participant]:
    """Those the Attended column says came; everyone given when it says of no one (no column, or not filled in
    yet): the report's and the statistics' count."""
    return [p for p in people if p.attended] or list(people)


@dataclass(frozen=True)
class LetterText:
    subject: str             # templates (letters/template.py), in one language
    body: str
    file: str                # where it was written, for messages
    subject_line: int | None
    body_line: int


@dataclass(frozen=True)
class Letter:
    id: str                                  # its file's stem: letters/invitation.md → "invitation"
    to: tuple[str, ...]                      # letters/recipients.py
    attach: tuple[str, ...]
    texts: dict[str, LetterText]             # by language: the original's first, then its translations


@dataclass(frozen=True)
class Dossier:
    conference: Conference
    programme: tuple[ProgrammeItem, ...]   # in time order
    participants: tuple[Participant, ...]  # everyone, in input order; views decide who is shown
    bios: tuple[Bio, ...]
    letters: tuple[Letter, ...] = ()
