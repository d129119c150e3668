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

from pipeline.findings import Finding, Location, error, warning
from pipeline.ingest import RawInputs
from pipeline.ingest.frontmatter import MarkdownDoc
from pipeline.ingest.tables import Table
from pipeline.model import ITEM_TYPES
from pipeline.normalise import Unparsable
from pipeline.normalise.names import name_key, split_people, tidy
from pipeline.normalise.places import resolve_place
from pipeline.normalise.values import check_email, parse_count, parse_yes_no
from pipeline.normalise.when import parse_date, parse_time, split_range

ANNOUNCEMENT_REQUIRED = ("title", "start_date", "end_date", "city", "country")


def validate(raw: RawInputs) -> list[Finding]:
    findings: list[Finding] = []
    bios = bio_index(raw.bios)
    if raw.announcement:
        findings += _check_announcement(raw.announcement)
    findings += _check_bios(raw, bios)
    people = participant_keys(raw.participants)
    if raw.programme is not None:
        findings += _check_programme(raw.programme, bios, _event_dates(raw.announcement), people)
        findings += _unused_bios(raw.programme, bios)
    if raw.participants is not None:
        findings += _check_participants(raw.participants)
        if raw.announcement:
            findings += _check_counts(raw.participants, raw.announcement)
    return findings


def _event_dates(doc: MarkdownDoc | None) -> tuple | None:
    try:
        return parse_date(doc.meta["start_date"]), parse_date(doc.meta["end_date"])
    except (AttributeError, KeyError, Unparsable):
        return None


def participant_keys(table: Table | None) -> set[str]:
    if table is None or not {"First name", "Last name"} <= set(table.frame.columns):
        return set()
    return {name_key(f"{first} {last}") for first, last in table.frame[["First name", "Last name"]].itertuples(index=False)}


def _unused_bios(table: Table, bios: dict[str, list[MarkdownDoc]]) -> list[Finding]:
    named = {name_key(p) for column in ("Chair", "Speakers") if column in table.frame.columns
             for cell in table.frame[column] for p in split_people(cell)}
    return [warning(doc.where(), f'"{tidy(doc.meta["name"])}" is not in the programme; the bio is printed last',
                    "remove the bio, or add the person to the programme")
            for key, docs in bios.items() if key not in named for doc in docs]


def _check_counts(table: Table, doc: MarkdownDoc) -> list[Finding]:
    """The participant and country counts against the announcement's figures (5 % slack on people)."""
    try:
        expected_people = parse_count(doc.meta.get("expected_participants"))
        expected_countries = parse_count(doc.meta.get("expected_countries"))
    except Unparsable:
        return []
    if "Country" not in table.frame.columns or (expected_people is None and expected_countries is None):
        return []
    places = [resolve_place(str(v)) for v in table.frame["Country"] if v != ""]
    people = len(table.frame)
    countries = len({p.code for p in places if p and not p.is_organisation})
    off_people = expected_people is not None and abs(people - expected_people) > 0.05 * expected_people
    off_countries = expected_countries is not None and countries != expected_countries
    if not (off_people or off_countries):
        return []
    return [warning(Location(table.file, table.sheet), f"{people} participants from {countries} countries; "
                    f"the announcement says some {expected_people} from {expected_countries}",
                    "update expected_participants / expected_countries in announcement.md if the figures changed")]


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

def _check_programme(table: Table, bios: dict[str, list[MarkdownDoc]], event: tuple | None,
                     people: set[str]) -> list[Finding]:
    """event: (start date, end date) from the announcement, when it has valid ones; people: participants' name keys."""
    found = _missing_columns(table)
    frame = table.frame
    found += _check_cells(table, "Title", str, required=True)
    found += _check_cells(table, "Type", str, required=True)
    cell = lambda cells, column: cells.get(column, "")  # noqa: E731 - optional columns may be absent
    slots = []  # (date, start, end, room, row) of rows whose times could be read
    date = None
    for row, cells in frame.iterrows():
        if "Date" in frame.columns:
            if cell(cells, "Date") == "":
                if date is None:
                    found.append(error(table.where(row, "Date"), "is empty and there is no date above it to continue",
                                       "write the day on the first row of each day"))
            else:
                try:
                    date = parse_date(cell(cells, "Date"))
                    if event and not event[0] <= date <= event[1]:
                        found.append(error(table.where(row, "Date"), f"{date:%d.%m.%Y} is outside the event "
                                           f"({event[0]:%d.%m.%Y}–{event[1]:%d.%m.%Y})",
                                           "check the date, or start_date and end_date in announcement.md"))
                except Unparsable as exc:
                    found.append(error(table.where(row, "Date"), exc.message, exc.hint))
                    date = None
        times = {}
        for column, value in zip(("Start", "End"), split_range(cell(cells, "Start"), cell(cells, "End"))):
            if column not in frame.columns:
                continue
            if value == "":
                found.append(error(table.where(row, column), "is empty", "expected HH:MM, for example 09:30"))
                continue
            try:
                times[column] = parse_time(value)
            except Unparsable as exc:
                found.append(error(table.where(row, column), exc.message, exc.hint))
        if len(times) == 2:
            if times["End"] <= times["Start"]:
                found.append(error(table.where(row, "End"), f"ends at {times['End']:%H:%M}, not after its start "
                                   f"at {times['Start']:%H:%M}", "check the start and end times"))
            elif date is not None:
                slots.append((date, times["Start"], times["End"], tidy(cell(cells, "Room")), row))
        kind = cell(cells, "Type")
        if kind and str(kind).strip().casefold() not in ITEM_TYPES:
            found.append(warning(table.where(row, "Type"), f'"{kind}" is not a known type; printed as written',
                                 "known types: " + ", ".join(sorted(set(ITEM_TYPES) - {"other"}))))
        for column in ("Chair", "Speakers"):
            for person in split_people(cell(cells, column)):
                key = name_key(person)
                if not bios.get(key):
                    found.append(error(table.where(row, column), f'"{person}" has no bio', _suggest(key, bios)))
                elif people and key not in people:
                    found.append(warning(table.where(row, column), f'"{person}" is not in the participant list',
                                         "add a row for them to the participants"))
    found += _overlaps(table, slots)
    return found


def _overlaps(table: Table, slots: list[tuple]) -> list[Finding]:
    """Two items in the same room at overlapping times (items without a room are not compared)."""
    found = []
    by_room: dict[tuple, list[tuple]] = defaultdict(list)
    for date, start, end, room, row in slots:
        if room:
            by_room[(date, room.casefold())].append((start, end, row, room))
    for items in by_room.values():
        items.sort()
        for (s1, e1, r1, room), (s2, e2, r2, _) in zip(items, items[1:]):
            if s2 < e1:
                found.append(error(table.where(r2, "Start"), f"{s2:%H:%M}–{e2:%H:%M} overlaps row {r1} "
                                   f"({s1:%H:%M}–{e1:%H:%M}) in the same room, {room}",
                                   "change a time or a room"))
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
