"""Validate: every problem in the inputs, collected in one pass and located; never stops at the first.

Cell values are checked with the same parsers that `assemble` later uses to
build the model, so anything validation accepts can be built.
"""

from __future__ import annotations

import difflib
import zoneinfo
from collections import defaultdict
from collections.abc import Callable

from PIL import Image

from pipeline.findings import Finding, error, warning
from pipeline.ingest import RawInputs
from pipeline.ingest.frontmatter import MarkdownDoc
from pipeline.ingest.tables import Table
from pipeline.model import ITEM_TYPES
from pipeline.normalise import Unparsable
from pipeline.normalise.names import name_key, split_people, tidy
from pipeline.normalise.places import resolve_place
from pipeline.normalise.values import check_email, parse_count, parse_yes_no
from pipeline.normalise.when import parse_date, parse_time

ANNOUNCEMENT_REQUIRED = ("title", "start_date", "end_date", "city", "country")


def validate(raw: RawInputs) -> list[Finding]:
    findings: list[Finding] = []
    bios = bio_index(raw.bios)
    if raw.announcement:
        findings += _check_announcement(raw.announcement)
    findings += _check_bios(raw, bios)
    if raw.programme is not None:
        findings += _check_programme(raw.programme, bios, raw)
    if raw.participants is not None:
        findings += _check_participants(raw.participants)
    return findings


def bio_index(bios: tuple[MarkdownDoc, ...]) -> dict[str, list[MarkdownDoc]]:
    index: dict[str, list[MarkdownDoc]] = defaultdict(list)
    for bio in bios:
        if tidy(bio.meta.get("name") or ""):
            index[name_key(str(bio.meta["name"]))].append(bio)
    return index


# --- shared helpers ---------------------------------------------------------------------------

def _missing_columns(table: Table) -> list[Finding]:
    found = []
    for column in table.spec.columns:
        if column.required and column.name not in table.frame.columns:
            also = f"; also accepted: {', '.join(column.aliases)}" if column.aliases else ""
            found.append(error(table.where(table.header_row), f'column "{column.name}" is missing',
                               f'add a column headed "{column.name}"{also}'))
    return found


def _check_cells(table: Table, column: str, parse: Callable[[object], object], required: bool) -> list[Finding]:
    """Run one parser over a column; empty cells are an error only when the column is required."""
    found = []
    if column not in table.frame.columns:
        return found
    for row, value in table.frame[column].items():
        if value == "":
            if required:
                found.append(error(table.where(row, column), "is empty", f'fill in the {column.lower()}'))
            continue
        try:
            parse(value)
        except Unparsable as exc:
            found.append(error(table.where(row, column), exc.message, exc.hint))
    return found


def _suggest(key: str, bios: dict[str, list[MarkdownDoc]]) -> str:
    close = difflib.get_close_matches(key, list(bios), n=1, cutoff=0.6)
    if close:
        return f'did you mean "{tidy(bios[close[0]][0].meta["name"])}"?'
    return "add a bio in bios/ whose front matter has this name"


# --- announcement -----------------------------------------------------------------------------

def _check_announcement(doc: MarkdownDoc) -> list[Finding]:
    found = []
    meta = doc.meta
    for field in ANNOUNCEMENT_REQUIRED:
        if not tidy(meta.get(field) or ""):
            found.append(error(doc.where(field), f'front matter has no "{field}"', f"add a line '{field}: …'"))
    dates = {}
    for field in ("start_date", "end_date"):
        if meta.get(field):
            try:
                dates[field] = parse_date(meta[field])
            except Unparsable as exc:
                found.append(error(doc.where(field), exc.message, exc.hint))
    if len(dates) == 2 and dates["end_date"] < dates["start_date"]:
        found.append(error(doc.where("end_date"), "the event ends before it starts", "check start_date and end_date"))
    if meta.get("timezone"):
        try:
            zoneinfo.ZoneInfo(str(meta["timezone"]))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            found.append(error(doc.where("timezone"), f'"{meta["timezone"]}" is not a time zone',
                               "use an IANA name such as Europe/Sofia"))
    for field in ("expected_participants", "expected_countries"):
        try:
            parse_count(meta.get(field))
        except Unparsable as exc:
            found.append(error(doc.where(field), exc.message, exc.hint))
    return found


# --- bios -------------------------------------------------------------------------------------

def _check_bios(raw: RawInputs, bios: dict[str, list[MarkdownDoc]]) -> list[Finding]:
    found = []
    for doc in raw.bios:
        if not tidy(doc.meta.get("name") or ""):
            found.append(error(doc.where("name"), 'front matter has no "name"', "add a line 'name: First Last'"))
        if not doc.body.strip():
            found.append(warning(doc.where(), "the bio text is empty", "write the bio below the front matter"))
        photo = doc.meta.get("photo")
        if photo:
            path = raw.root / str(photo)
            if not path.is_file():
                found.append(error(doc.where("photo"), f'photo "{photo}" does not exist',
                                   "give a path relative to the inputs folder, such as photos/name.jpg"))
            else:
                try:
                    with Image.open(path) as img:
                        img.verify()
                except Exception:
                    found.append(error(doc.where("photo"), f'photo "{photo}" is not a readable image',
                                       "use a JPEG, PNG or WebP file"))
    for docs in bios.values():
        if len(docs) > 1:
            files = ", ".join(d.file for d in docs)
            for doc in docs:
                found.append(error(doc.where("name"), f'two bios have the name "{tidy(doc.meta["name"])}": {files}',
                                   "keep one bio per person"))
    return found


# --- programme --------------------------------------------------------------------------------

def _check_programme(table: Table, bios: dict[str, list[MarkdownDoc]], raw: RawInputs) -> list[Finding]:
    found = _missing_columns(table)
    frame = table.frame
    found += _check_cells(table, "Start", parse_time, required=True)
    found += _check_cells(table, "End", parse_time, required=True)
    found += _check_cells(table, "Title", str, required=True)
    found += _check_cells(table, "Type", str, required=True)
    # An empty date continues the one above (the day written once per block, or merged cells).
    if "Date" in frame.columns:
        previous = None
        for row, value in frame["Date"].items():
            if value == "":
                if previous is None:
                    found.append(error(table.where(row, "Date"), "is empty and no date above it to continue",
                                       "write the day on the first row of each day"))
                continue
            try:
                previous = parse_date(value)
            except Unparsable as exc:
                found.append(error(table.where(row, "Date"), exc.message, exc.hint))
    if {"Start", "End"} <= set(frame.columns):
        for row, (start, end) in frame[["Start", "End"]].iterrows():
            try:
                if parse_time(end) <= parse_time(start):
                    found.append(error(table.where(row, "End"), f"ends at {parse_time(end):%H:%M}, "
                                       f"not after its start at {parse_time(start):%H:%M}",
                                       "check the start and end times"))
            except Unparsable:
                pass  # already reported
    if "Type" in frame.columns:
        for row, value in frame["Type"].items():
            if value and str(value).strip().casefold() not in ITEM_TYPES:
                found.append(warning(table.where(row, "Type"), f'"{value}" is not a known type; printed as written',
                                     "known types: " + ", ".join(sorted(set(ITEM_TYPES) - {"other"}))))
    for column in ("Chair", "Speakers"):
        if column not in frame.columns:
            continue
        for row, cell in frame[column].items():
            for person in split_people(cell):
                matches = bios.get(name_key(person), [])
                if not matches:
                    found.append(error(table.where(row, column), f'"{person}" has no bio', _suggest(name_key(person), bios)))
    return found


# --- participants -----------------------------------------------------------------------------

def _check_place(value: object) -> None:
    if resolve_place(str(value)) is None:
        raise Unparsable(f'"{value}" is not a country or a known international organisation',
                         "use the English short name, such as Bulgaria or United Kingdom")


def _check_participants(table: Table) -> list[Finding]:
    found = _missing_columns(table)
    found += _check_cells(table, "First name", str, required=True)
    found += _check_cells(table, "Last name", str, required=True)
    found += _check_cells(table, "Country", _check_place, required=True)
    found += _check_cells(table, "Email", check_email, required=False)
    found += _check_cells(table, "Listed", parse_yes_no, required=False)
    found += _check_cells(table, "Share contact", parse_yes_no, required=False)
    frame = table.frame
    if {"First name", "Last name"} <= set(frame.columns):
        seen: dict[str, int] = {}
        for row, (first, last) in frame[["First name", "Last name"]].iterrows():
            key = name_key(f"{first} {last}")
            if key.strip() and key in seen:
                found.append(error(table.where(row, "Last name"),
                                   f'"{tidy(first)} {tidy(last)}" is listed twice, in rows {seen[key]} and {row}',
                                   "delete one of the two rows"))
            seen.setdefault(key, row)
    return found
