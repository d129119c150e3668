"""The programme across rows and against the other inputs: days, times, rooms, and people who need a bio."""

from __future__ import annotations

import datetime as dt
import difflib
from collections import defaultdict

import pandas as pd

from pipeline.findings import Finding, error, warning
from pipeline.ingest.frontmatter import MarkdownDoc
from pipeline.ingest.tables import Table
from pipeline.model import ITEM_TYPES
from pipeline.normalise.names import name_key, tidy
from pipeline.normalise.tables import records


def check_programme(table: Table, cells: pd.DataFrame, bios: dict[str, list[MarkdownDoc]],
                    event: tuple[dt.date, dt.date] | None, people: set[str]) -> list[Finding]:
    """cells: the table read through its parsers; event: the announcement's first and last day, when valid;
    people: the participants' name keys (empty when there is no readable list)."""
    found = []
    dated = False  # a date has been written above this row
    slots = []     # (date, start, end, room, row) of rows whose date and times could be read
    for row, item in records(cells):
        raw_date = table.frame.at[row, "Date"] if "Date" in table.frame.columns else ""
        date = item.get("Date")
        if raw_date != "":
            dated = True
            if date is not None and event and not event[0] <= date <= event[1]:
                found.append(error(table.where(row, "Date"), f"{date:%d.%m.%Y} is outside the event "
                                   f"({event[0]:%d.%m.%Y}–{event[1]:%d.%m.%Y})",
                                   "check the date, or start_date and end_date in announcement.md"))
        elif "Date" in cells.columns and not dated:
            found.append(error(table.where(row, "Date"), "is empty and there is no date above it to continue",
                               "write the day on the first row of each day"))
        start, end = item.get("Start"), item.get("End")
        if start is not None and end is not None:
            if not end.next_day and end.time <= start:
                overnight = start.hour >= 18 and end.time.hour < 12  # an evening that ends in the small hours
                found.append(error(table.where(row, "End"), f"ends at {end}, not after its start at {start:%H:%M}",
                                   "check the start and end times" + (
                                       f"; an end after midnight is written {end} (+1)" if overnight else "")))
            elif end.next_day and end.time > start:
                found.append(error(table.where(row, "End"), f"ends at {end}, more than a day after its start at "
                                   f"{start:%H:%M}", "an item ends at most one day after it starts"))
            elif date is not None:
                slots.append((dt.datetime.combine(date, start),
                              dt.datetime.combine(date + dt.timedelta(days=end.next_day), end.time),
                              tidy(item.get("Room") or ""), row))
        kind = item.get("Type")
        if kind and kind not in ITEM_TYPES:
            found.append(warning(table.where(row, "Type"), f'"{table.frame.at[row, "Type"]}" is not a known type; '
                                 "printed as written",
                                 "known types: " + ", ".join(sorted(set(ITEM_TYPES) - {"other"}))))
        for column in ("Chair", "Speakers"):
            for person in item.get(column) or ():
                key = name_key(person)
                if not bios.get(key):
                    hint = _suggest(key, bios)
                    if "," in person:  # several people, separated as they are in a sentence
                        hint = f'if these are several people, separate their names with ";"; else {hint}'
                    found.append(error(table.where(row, column), f'"{person}" has no bio', hint))
                elif people and key not in people:
                    found.append(warning(table.where(row, column), f'"{person}" is not in the participant list',
                                         "add a row for them to the participants"))
    return found + _overlaps(table, slots) + _duplicate_ids(table, cells)


def _duplicate_ids(table: Table, cells: pd.DataFrame) -> list[Finding]:
    found, seen = [], {}
    for row, uid in (cells["ID"].items() if "ID" in cells.columns else ()):
        if uid and uid.casefold() in seen:
            found.append(error(table.where(row, "ID"), f'"{uid}" is also the ID of row {seen[uid.casefold()]}',
                               "give every item its own ID, or leave the column empty"))
        elif uid:
            seen[uid.casefold()] = row
    return found


def _suggest(key: str, bios: dict[str, list[MarkdownDoc]]) -> str:
    close = difflib.get_close_matches(key, list(bios), n=1, cutoff=0.6)
    if close:
        return f'did you mean "{tidy(bios[close[0]][0].meta["name"])}"?'
    return "add a bio in bios/ whose front matter has this name"


def _overlaps(table: Table, slots: list[tuple]) -> list[Finding]:
    """Two items in the same room at overlapping times (items without a room are not compared)."""
    found = []
    by_room: dict[str, list[tuple]] = defaultdict(list)
    for start, end, room, row in slots:  # date-times: an item past midnight meets the next day's first
        if room:
            by_room[room.casefold()].append((start, end, row, room))
    for items in by_room.values():
        items.sort()
        for (s1, e1, r1, room), (s2, e2, r2, _) in zip(items, items[1:]):
            if s2 < e1:
                found.append(error(table.where(r2, "Start"), f"{s2:%H:%M}–{e2:%H:%M} overlaps row {r1} "
                                   f"({s1:%H:%M}–{e1:%H:%M}) in the same room, {room}",
                                   "change a time or a room"))
    return found


def programme_people(cells: pd.DataFrame) -> set[str]:
    """Name keys of everyone who chairs or speaks."""
    return {name_key(p) for column in ("Chair", "Speakers") if column in cells.columns
            for names in cells[column] if names for p in names}
