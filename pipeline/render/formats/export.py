"""The organisers' participant list as CSV, for badges and mail merges. Only the organisers' edition has it.

Written through spreadsheet.csv_bytes: a cell that a spreadsheet would take for a formula (starting with =, +, -,
@, a tab or a carriage return) gets a leading apostrophe, so that opening the file never runs what a registrant
typed."""

from __future__ import annotations

from pipeline.model import Dossier
from pipeline.spreadsheet import csv_bytes

COLUMNS = ("Title", "First name", "Last name", "Organisation", "Position", "Country", "Category", "Email", "Phone",
           "Listed", "Share contact")


def participants_csv(dossier: Dossier) -> bytes:
    return csv_bytes([COLUMNS, *((p.honorific, p.first_name, p.last_name, p.organisation, p.position, p.place.name,
                                  p.category, p.email, p.phone, "yes" if p.listed else "no",
                                  "yes" if p.share_contact else "no") for p in dossier.participants)])
