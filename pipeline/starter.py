"""`dossier init FOLDER`: a new event's inputs, ready to fill in. The workbooks are made from the input contract
(ingest/contract.py): its columns, their help for the Instructions sheet, their examples for the one example row,
and drop-down lists of the values validation accepts. The folder validates with warnings only (for its example
rows) and builds."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from pipeline.ingest.contract import (
    EXAMPLE_SPEAKER,
    PARTICIPANTS,
    PROGRAMME,
    Column,
    TableSpec,
)
from pipeline.model import ITEM_TYPES
from pipeline.normalise.places import place_choices
from pipeline.spreadsheet import put, put_row

ROWS = 1000  # the rows a drop-down list covers: far more than an event has items; participants get more
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")


@dataclass(frozen=True)
class NewEvent:
    title: str
    start: dt.date
    end: dt.date
    city: str
    country: str
    languages: tuple[str, ...]
    timezone: str = ""


class FolderNotEmpty(Exception):
    pass


def start_event(folder: Path, event: NewEvent) -> list[Path]:
    """Write the inputs into folder (new, or empty), all at once: they are made beside it and moved in place, so
    an interrupted init leaves nothing half written. Returns the files written."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise FolderNotEmpty(f"{folder} already exists and is not an empty folder")
    staging = folder.parent / f".{folder.name}.init"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        (staging / "bios").mkdir(parents=True)
        (staging / "announcement.md").write_text(announcement(event), encoding="utf-8")
        for code in event.languages[1:]:
            (staging / f"announcement.{code}.md").write_text(TRANSLATED_ANNOUNCEMENT[code], encoding="utf-8")
        (staging / "bios" / "example.md").write_text(EXAMPLE_BIO, encoding="utf-8")
        for code in event.languages[1:]:
            if code in TRANSLATED_BIO:
                (staging / "bios" / f"example.{code}.md").write_text(TRANSLATED_BIO[code], encoding="utf-8")
        for spec in (PROGRAMME, PARTICIPANTS):
            workbook(spec, event.languages, [_examples(spec, event)]).save(staging / f"{spec.kind}.xlsx")
        if folder.exists():
            folder.rmdir()
        staging.rename(folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return sorted(p for p in folder.rglob("*") if p.is_file())


# --- announcement.md -----------------------------------------------------------------------------------------

def announcement(event: NewEvent) -> str:
    timezone = f"timezone: {event.timezone}" if event.timezone else "# timezone: Europe/Paris"
    return f"""---
# The event's facts. Lines starting with # are comments: remove the # to use a field.
# Required: title, start_date, end_date, city, country. Everything else is optional.
title: {json.dumps(event.title, ensure_ascii=False)}
# subtitle: International expert conference
organisers:
  - Name of the organising body
start_date: {event.start:%Y-%m-%d}
end_date: {event.end:%Y-%m-%d}
city: {json.dumps(event.city, ensure_ascii=False)}
country: {json.dumps(event.country, ensure_ascii=False)}
# venue: Name of the conference centre
{timezone:<40}# IANA name: the calendar (programme.ics) gives times in it
languages: [{", ".join(event.languages)}]{" " * max(1, 25 - len(", ".join(event.languages)))}# the first is the language these files are written in

# Figures the announcement gives ("some 130 participants from 37 countries"): the list is checked against them.
# expected_participants: 130
# expected_countries: 37

# The list of participants.
# surname_style: caps                  # surnames in capitals: Ms Zsófia HORVÁTH
# country_names:                       # a country printed under another name, by ISO code
#   MK: North Macedonia
# country_notes:                       # a footnote under a country
#   XK: "* All reference to Kosovo …"
# participant_groups:                  # groups in this order; without them, one group per country
#   - name: {{en: Member States, fr: États membres}}
#     countries: [AL, AM, AT]
#   - name: {{en: Civil society, fr: Société civile}}
#     categories: [civil society]
#   - name: {{en: International organisations, fr: Organisations internationales}}
#     organisations: all

# The secretariat's working pack (organisers' edition): badges, name cards, sign-in sheets, briefings, certificates.
# working_pack: all                    # or none, or a list such as [badges, sign-in]
# url: https://www.example.org/event   # printed on badges as a QR code for those who share no contact
# badge_preset: holder-90x54           # or labels-80x50 (Avery L4785, Herma 4412)
# badge_offset: 0, 0                   # millimetres right, down: printer calibration
# badge_qr: yes
# sign_in: per_day                     # or per_session
# discussion_minutes: 10               # the chairs' briefings: time left for questions
# signature: signature.png             # the certificates' signature, an image in this folder
# signatory: Name of the signatory
# signatory_function: Head of Division
---

A paragraph or two about the event, in Markdown: printed at the front of the dossier.
"""


# A translation of the announcement gives the texts in that language; its other fields are announcement.md's.
TRANSLATED_ANNOUNCEMENT = {
    "fr": """---
# Les textes de l'annonce en français ; les autres champs sont ceux d'announcement.md.
# title: "Titre de la conférence"
# subtitle: Conférence internationale d'experts
# organisers:
#   - Nom de l'organisme organisateur
# venue: Nom du centre de conférences
# signatory_function: Chef de division
---

Un ou deux paragraphes de présentation de la manifestation, en Markdown : ils figurent en tête du dossier.
""",
    "en": """---
# The announcement's texts in English; its other fields are announcement.md's.
# title: "Title of the conference"
---

A paragraph or two about the event, in Markdown: printed at the front of the dossier.
""",
}

EXAMPLE_BIO = f"""---
# One file per chair and speaker, named as in the programme (the file's own name does not matter).
name: {EXAMPLE_SPEAKER}
position: Head of Unit
organisation: Ministry of the Interior
# photo: photos/example.jpg            # a JPEG, PNG or WebP portrait in this folder
---

Jane Example is the example speaker of a new event. Replace this file with the biographies of your chairs and
speakers, in Markdown.
"""


TRANSLATED_BIO = {"fr": """---
# La biographie en français ; le nom et l'organisation sont ceux d'example.md.
position: Cheffe d'unité
---

Jane Example est l'intervenante fictive d'une nouvelle manifestation. Remplacez ce fichier par les biographies de
vos présidents de séance et intervenants, en Markdown.
"""}


# --- the workbooks -------------------------------------------------------------------------------------------

def columns(spec: TableSpec, languages: tuple[str, ...]) -> list[Column]:
    """The columns a new workbook has: the contract's, with their translations into the event's other languages;
    not Name, which replaces First name and Last name for lists that have the whole name in one cell."""
    return [c for c in spec.columns if c.name != "Name" and (not c.language or c.language in languages[1:])]


# The example row's texts in the event's other languages.
TRANSLATED_EXAMPLES = {"fr": {"Title": "Ouverture de la conférence", "Room": "Salle plénière",
                              "Position": "Cheffe d'unité"}}


def _examples(spec: TableSpec, event: NewEvent) -> dict[str, object]:
    """The example row: the contract's examples, and the event's first day and country."""
    given = {c.name: c.example for c in spec.columns if c.example}
    given |= {f"{name} ({code})": text for code in event.languages[1:]
              for name, text in TRANSLATED_EXAMPLES.get(code, {}).items()}
    if spec is PARTICIPANTS:
        return given | {"Country": event.country}
    return given | {"Date": event.start, "Start": dt.time(9, 30), "End": dt.time(10, 0), "Type": "opening",
                    "Speakers": EXAMPLE_SPEAKER, "Room": "Plenary room"}


def workbook(spec: TableSpec, languages: tuple[str, ...], rows: list[dict[str, object]]) -> Workbook:
    """A workbook to fill in: the contract's columns, these rows ({column: value}), an Instructions sheet and
    drop-down lists. `dossier init` gives it one example row; `dossier import` the rows it read."""
    wb = Workbook()
    sheet = wb.active
    sheet.title = spec.sheet
    chosen = columns(spec, languages)
    put_row(sheet, [c.name for c in chosen])
    for row in rows:
        put_row(sheet, [row.get(c.name, "") for c in chosen])
    for cell in sheet[1]:
        cell.font, cell.fill = Font(bold=True), HEADER_FILL
    sheet.freeze_panes = "A2"
    for pos, column in enumerate(chosen, 1):
        letter = sheet.cell(1, pos).column_letter
        longest = max((len(str(row.get(column.name, ""))) for row in rows), default=0)
        sheet.column_dimensions[letter].width = min(45, max(11, len(column.name) + 4, longest + 2))
        for (cell,) in sheet.iter_rows(min_row=2, min_col=pos, max_col=pos):
            if isinstance(cell.value, dt.date):
                cell.number_format = "DD.MM.YYYY"
            elif isinstance(cell.value, dt.time):
                cell.number_format = "HH:MM"
    _printed_across(sheet)
    lists = wb.create_sheet("Lists")
    _drop_downs(sheet, lists, chosen, spec)
    _instructions(wb.create_sheet("Instructions", 1), spec, chosen, rows[0] if rows else {})
    lists.sheet_state = "hidden"
    return wb


def _drop_downs(sheet, lists, chosen: list[Column], spec: TableSpec) -> None:
    """Drop-down lists where validation accepts a known set of values: Type, yes/no, Country. They warn, not
    refuse: another type, "oui", or a country's other name are read too."""
    values = {"Type": sorted({k for k in ITEM_TYPES if k not in ("other", "roundtable", "coffee break")}),
              "Country": place_choices()}
    rows = ROWS * (10 if spec is PARTICIPANTS else 1)
    listed = 0  # columns of the Lists sheet used
    for pos, column in enumerate(chosen, 1):
        if column.name in values:
            listed += 1
            put(lists, 1, listed, column.name)
            for i, value in enumerate(values[column.name], 2):
                put(lists, i, listed, value)
            letter = lists.cell(1, listed).column_letter
            formula = f"Lists!${letter}$2:${letter}${len(values[column.name]) + 1}"
        elif column.yes_no:
            formula = '"yes,no"'
        else:
            continue
        check = DataValidation(type="list", formula1=formula, allow_blank=True, errorStyle="warning",
                               showErrorMessage=True, errorTitle=column.name,
                               error=f"Not in the list of the {column.name} column. Keep it anyway?")
        letter = sheet.cell(1, pos).column_letter
        check.add(f"{letter}2:{letter}{rows}")
        sheet.add_data_validation(check)


def _instructions(sheet, spec: TableSpec, chosen: list[Column], examples: dict[str, object]) -> None:
    put_row(sheet, [f"How to fill in {spec.kind}.xlsx"])
    sheet["A1"].font = Font(bold=True, size=14)
    put_row(sheet, [f'One row per {"item of the programme" if spec is PROGRAMME else "person"} on the '
                  f'"{spec.sheet}" sheet, below the headers. Columns may be in any order, '
                  "and their headers may also be written as in the fourth column below."])
    put_row(sheet, [None])
    put_row(sheet, ["Column", "Required", "What to write", "Also accepted as header", "Example"])
    for cell in sheet[4]:
        cell.font, cell.fill = Font(bold=True), HEADER_FILL
    for column in [*chosen, *(c for c in spec.columns if c.name == "Name")]:
        required = ("no" if not column.required else "on each day's first row" if column.continues
                    else "yes" if column.filled else "yes; cells may be empty")
        example = examples.get(column.name, "")
        if isinstance(example, dt.date):
            example = f"{example:%d.%m.%Y}"
        elif isinstance(example, dt.time):
            example = f"{example:%H:%M}"
        put_row(sheet, [column.name, required, column.help, ", ".join(column.aliases), example])
    widths = (20, 22, 70, 40, 28)
    for letter, width in zip("ABCDE", widths):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=5):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        # Spreadsheets do not grow a row to its wrapped text when they open a file: give each its height.
        lines = max(-(-len(str(cell.value or "")) // (width - 2)) for cell, width in zip(row, widths))
        sheet.row_dimensions[row[0].row].height = 15 * max(1, lines)
    sheet.merge_cells("A2:E2")
    sheet["A2"].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.row_dimensions[2].height = 30
    sheet.freeze_panes = "A5"
    _printed_across(sheet)


def _printed_across(sheet) -> None:
    """Printed landscape, as wide as the page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
