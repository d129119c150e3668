"""The input contract for the two tables: expected sheet, columns and the header spellings accepted for each."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str                      # the canonical header, as documented in README.md
    aliases: tuple[str, ...] = ()  # other headers people write for the same thing
    required: bool = True          # the column must be present (cells may still be empty)


@dataclass(frozen=True)
class TableSpec:
    kind: str        # "programme" or "participants": also the file's stem in inputs/
    sheet: str       # the sheet read from a workbook
    columns: tuple[Column, ...]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


PROGRAMME = TableSpec(
    kind="programme",
    sheet="Programme",
    columns=(
        Column("Date", ("Day",)),
        Column("Start", ("From", "Start time", "Begins")),
        Column("End", ("To", "End time", "Ends", "Until")),
        Column("Type", ("Kind", "Item type", "Format")),
        Column("Theme", ("Session theme", "Track"), required=False),
        Column("Title", ("Item", "Session", "Topic")),
        Column("Chair", ("Chairs", "Chairperson", "Moderator", "Chaired by"), required=False),
        Column("Speakers", ("Speaker", "Panellists", "Presenters")),
        Column("Room", ("Venue", "Location", "Hall"), required=False),
        Column("Notes", ("Note", "Remarks", "Comments"), required=False),
    ),
)

PARTICIPANTS = TableSpec(
    kind="participants",
    sheet="Participants",
    columns=(
        Column("Title", ("Honorific", "Salutation", "Prefix")),
        Column("First name", ("Given name", "Forename", "First names", "Firstname")),
        Column("Last name", ("Surname", "Family name", "Lastname", "Name")),
        Column("Organisation", ("Organization", "Affiliation", "Institution", "Employer")),
        Column("Position", ("Function", "Job title", "Role")),
        Column("Country", ("Nationality", "State", "Delegation")),
        Column("Category", ("Group", "Participant category", "Sector"), required=False),
        Column("Email", ("E-mail", "Mail", "Email address", "E-mail address")),
        Column("Listed", ("Consent to be listed", "Consent listed", "List", "Publish")),
        Column("Share contact", ("Consent to share contact", "Consent to share contact details",
                                 "Share contact details", "Share email")),
    ),
)
