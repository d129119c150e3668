"""The input contract for the two tables: expected sheet, columns, the header spellings accepted for each,
and how each column's cells are read. Validation and assembly both read cells through these parsers,
so whatever validation accepts can be built."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pipeline.language import SUPPORTED
from pipeline.normalise.names import honorific, split_people, surname_display, tidy
from pipeline.normalise.places import parse_place
from pipeline.normalise.values import check_email, parse_yes_no
from pipeline.normalise.when import parse_date, parse_time


@dataclass(frozen=True)
class Column:
    name: str                      # the canonical header, as documented in README.md
    aliases: tuple[str, ...] = ()  # other headers people write for the same thing
    required: bool = True          # the column must be present
    filled: bool = False           # every cell of the column must be filled
    parse: Callable[[object], object] = tidy  # cell → value; raises Unparsable with a hint
    continues: bool = False        # an empty cell continues the value above (a day written once per block)
    translated: bool = False       # text the documents show in each language: "Title (fr)" holds its French
    translates: str = ""           # on such a translation's column: the column it translates ("Title")
    language: str = ""             # … and the language it is in ("fr")


@dataclass(frozen=True)
class TableSpec:
    kind: str        # "programme" or "participants": also the file's stem in inputs/
    sheet: str       # the sheet read from a workbook
    columns: tuple[Column, ...]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


# Headers a secretariat writes for a column's text in another language, beside "Title (fr)", "Room (fr)". Not
# "Thème": headers compare without accents (ingest/tables.py), and it would be "Theme".
LOCAL_HEADERS = {
    "fr": {"Title": ("Titre", "Intitulé"), "Room": ("Salle",), "Notes": ("Remarques",), "Position": ("Fonction",)},
}


def with_translations(columns: tuple[Column, ...]) -> tuple[Column, ...]:
    """The columns, then a column for each translated column's text in each language: "Title (fr)", also
    written "Titre (fr)" or "Titre"; optional, read as the column they translate."""
    added = []
    for column in (c for c in columns if c.translated):
        for code in SUPPORTED:
            names = [f"{name} ({code})" for name in (column.name, *column.aliases,
                                                     *LOCAL_HEADERS.get(code, {}).get(column.name, ()))]
            added.append(Column(names[0], (*names[1:], *LOCAL_HEADERS.get(code, {}).get(column.name, ())),
                                required=False, parse=column.parse, translates=column.name, language=code))
    return (*columns, *added)


PROGRAMME = TableSpec(
    kind="programme",
    sheet="Programme",
    columns=with_translations((
        Column("Date", ("Day",), parse=parse_date, continues=True),
        Column("Start", ("From", "Start time", "Begins", "Time"), filled=True, parse=parse_time),
        Column("End", ("To", "End time", "Ends", "Until"), filled=True, parse=parse_time),
        Column("Type", ("Kind", "Item type", "Format"), filled=True, parse=lambda v: tidy(v).casefold()),
        Column("Theme", ("Session theme", "Track"), required=False, translated=True),
        Column("Title", ("Item", "Session", "Topic"), filled=True, translated=True),
        Column("Chair", ("Chairs", "Chairperson", "Moderator", "Chaired by"), required=False, parse=split_people),
        Column("Speakers", ("Speaker", "Panellists", "Presenters"), parse=split_people),
        Column("Room", ("Venue", "Location", "Hall"), required=False, translated=True),
        Column("Notes", ("Note", "Remarks", "Comments"), required=False, translated=True),
        # A stable identifier that survives changes of time, room and title (calendars, "what changed").
        Column("ID", ("Item ID", "Ref", "Reference", "Code"), required=False),
    )),
)

PARTICIPANTS = TableSpec(
    kind="participants",
    sheet="Participants",
    columns=with_translations((
        Column("Title", ("Honorific", "Salutation", "Prefix"), required=False, parse=honorific),
        # Either First name and Last name, or one Name column ("HORVÁTH Zsófia"), split on reading.
        Column("Name", ("Full name", "Participant", "Participant name", "Delegate"), required=False),
        Column("First name", ("Given name", "Forename", "First names", "Firstname"), filled=True),
        Column("Last name", ("Surname", "Family name", "Lastname"), filled=True, parse=surname_display),
        Column("Organisation", ("Organization", "Affiliation", "Institution", "Employer")),
        Column("Position", ("Function", "Job title", "Role"), translated=True),
        Column("Country", ("Nationality", "State", "Delegation"), filled=True, parse=parse_place),
        Column("Category", ("Group", "Participant category", "Sector"), required=False),
        Column("Email", ("E-mail", "Mail", "Email address", "E-mail address"), parse=check_email),
        Column("Phone", ("Telephone", "Tel", "Mobile", "Phone number"), required=False),  # kept as given
        Column("Listed", ("Consent to be listed", "Consent listed", "List", "Publish"), parse=parse_yes_no),
        Column("Share contact", ("Consent to share contact", "Consent to share contact details",
                                 "Share contact details", "Share email"), parse=parse_yes_no),
        # Filled in after the event: who came, for the certificates of attendance. Empty counts as no.
        Column("Attended", ("Present", "Attendance", "Came", "Certificate"), required=False, parse=parse_yes_no),
    )),
)
