"""The organisers' participant list as CSV, for badges and mail merges. Only the organisers' edition has it.

A cell that a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a carriage return)
is written with a leading apostrophe, so that opening the file never runs what a registrant typed."""

from __future__ import annotations

import csv
import io

from pipeline.model import Dossier

COLUMNS = ("Title", "First name", "Last name", "Organisation", "Position", "Country", "Category", "Email", "Phone",
           "Listed", "Share contact")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value: str) -> str:
    return f"'{value}" if value.startswith(_FORMULA_START) else value


def participants_csv(dossier: Dossier) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for p in dossier.participants:
        writer.writerow([neutralised(v) for v in (p.honorific, p.first_name, p.last_name, p.organisation, p.position,
                                                  p.place.name, p.category, p.email, p.phone,
                                                  "yes" if p.listed else "no", "yes" if p.share_contact else "no")])
    return out.getvalue().encode("utf-8-sig")  # with a BOM: Excel then reads the names' accents right
