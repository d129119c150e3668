"""An Indico registrants export (Registrations → Export, as .xlsx or .csv) read into participant rows. The table
is read by the same reader as our own (header row found by its content, invisible characters cleaned,
direction controls refused), through the mapping below: Indico's own column names → ours.

Consent is never assumed: an export without a consent column gives "no", and the import says so."""

from __future__ import annotations

from pathlib import Path

from pipeline.findings import Location, error, warning
from pipeline.imports.reading import Imported, Refused, check_size
from pipeline.ingest.contract import PARTICIPANTS, Column, TableSpec
from pipeline.ingest.shapes import conform
from pipeline.ingest.tables import read_table

# Our column ← the headers Indico writes for it (its standard personal-data fields, and the consent questions
# events usually add as custom fields). Headers compare ignoring case, spaces and punctuation.
MAPPING = {
    "Title": ("Title",),
    "First name": ("First Name",),
    "Last name": ("Last Name",),
    "Name": ("Name", "Full Name"),
    "Email": ("Email Address", "Email"),
    "Organisation": ("Affiliation", "Institution"),
    "Position": ("Position", "Job title"),
    "Country": ("Country", "Country of residence"),
    "Phone": ("Phone Number", "Phone"),
    "Category": ("Category",),
    "Listed": ("Consent to be listed", "Publish my name in the list of participants", "Show in participant list",
               "Participant list consent"),
    "Share contact": ("Consent to share contact", "Share my contact details with participants",
                      "Share contact details"),
    "Attended": ("Checked in",),
}
CONSENT = ("Listed", "Share contact")

REGISTRANTS = TableSpec(kind="participants", sheet="Registrants", columns=tuple(
    Column(name, aliases, required=False) for name, aliases in MAPPING.items()))


def read_registrants(path: Path) -> Imported:
    imported = Imported(PARTICIPANTS)
    try:
        check_size(path, "an Indico registrants export (.xlsx or .csv)")
    except Refused as refused:
        imported.findings.append(error(Location(str(path)), refused.message, refused.hint))
        return imported
    table, findings = read_table(path, REGISTRANTS, str(path))
    imported.findings += [f for f in findings if f.message != "unknown column, ignored"]  # Indico has many
    if table is None:
        return imported
    table = conform(table)
    missing = [n for n in ("First name", "Last name", "Country") if n not in table.frame.columns]
    if missing:
        imported.findings.append(error(table.where(table.header_row), "has no column " + ", ".join(missing),
                                       "export the registrants with their personal data: " + ", ".join(
                                           MAPPING[n][0] for n in missing)))
        return imported
    columns = [c.name for c in PARTICIPANTS.columns if c.name in table.frame.columns and c.name != "Name"]
    imported.rows = [{name: cells[name] for name in columns} for cells in table.frame.to_dict("index").values()]
    for name in CONSENT:
        if name not in table.frame.columns:
            for row in imported.rows:
                row[name] = "no"
            imported.findings.append(warning(
                Location(str(path)), f'has no consent column for "{name}": written "no" for all '
                f"{len(imported.rows)} people", f"ask them, and write yes where they agree (Indico headers read as "
                f"this consent: {', '.join(MAPPING[name])})"))
    return imported
