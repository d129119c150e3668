"""The participant list across rows and against the announcement: people listed twice, and the head count."""

from __future__ import annotations

import pandas as pd

from pipeline.findings import Finding, error, warning
from pipeline.ingest.frontmatter import MarkdownDoc
from pipeline.ingest.tables import Table
from pipeline.normalise import Unparsable
from pipeline.normalise.attendance import attended_days, event_days
from pipeline.normalise.names import name_key
from pipeline.normalise.values import parse_count, parse_languages

COUNT_SLACK = 0.05  # a head count within 5 % of the announcement's "some 130" agrees with it


def participant_keys(cells: pd.DataFrame | None) -> set[str]:
    if cells is None or not {"First name", "Last name"} <= set(cells.columns):
        return set()
    return {name_key(f"{first or ''} {last or ''}") for first, last in zip(cells["First name"], cells["Last name"])}


def check_participants(table: Table, cells: pd.DataFrame) -> list[Finding]:
    """Both rows named when a person is listed twice (names compared ignoring case, accents and order)."""
    found = []
    if not {"First name", "Last name"} <= set(cells.columns):
        return found
    seen: dict[str, int] = {}
    for row, first, last in zip(cells.index, cells["First name"], cells["Last name"]):
        key = name_key(f"{first or ''} {last or ''}")
        if key and key in seen:
            found.append(error(table.where(row, "Last name"),
                               f'"{first} {last}" is listed twice, in rows {seen[key]} and {row}',
                               "delete one of the two rows"))
        seen.setdefault(key, row)
    return found


def check_counts(table: Table, cells: pd.DataFrame, doc: MarkdownDoc) -> list[Finding]:
    """The participant and country counts against the announcement's figures."""
    try:
        expected_people = parse_count(doc.meta.get("expected_participants"))
        expected_countries = parse_count(doc.meta.get("expected_countries"))
    except Unparsable:
        return []  # reported with the announcement
    if "Country" not in cells.columns or (expected_people is None and expected_countries is None):
        return []
    people = len(cells)
    countries = len({p.code for p in cells["Country"] if p is not None and not p.is_organisation})
    off_people = expected_people is not None and abs(people - expected_people) > COUNT_SLACK * expected_people
    off_countries = expected_countries is not None and countries != expected_countries
    if not (off_people or off_countries):
        return []
    return [warning(table.where(), f"{people} participants from {countries} countries; "
                    f"the announcement says some {expected_people} from {expected_countries}",
                    "update expected_participants / expected_countries in announcement.md if the figures changed")]


def check_languages(table: Table, cells: pd.DataFrame, doc: MarkdownDoc | None) -> list[Finding]:
    """Each person's language is one the event is made in (announcement.md's languages)."""
    if "Language" not in cells.columns:
        return []
    try:
        languages = parse_languages(doc.meta.get("languages") if doc else None)
    except Unparsable:
        return []  # reported with the announcement
    return [error(table.where(row, "Language"), f'"{code}" is not one of the event\'s languages '
                  f"({', '.join(languages)})", "write one of them, or add it to languages in announcement.md")
            for row, code in zip(cells.index, cells["Language"]) if code and code not in languages]


def check_attendance(table: Table, cells: pd.DataFrame, dates: tuple | None) -> list[Finding]:
    """The days the Attended column names are the event's (announcement.md's start_date to end_date)."""
    if "Attended" not in cells.columns or dates is None:
        return []
    found, days = [], event_days(*dates)
    for row, attendance in zip(cells.index, cells["Attended"]):
        try:
            attended_days(attendance, days) if attendance is not None else None
        except Unparsable as exc:
            found.append(error(table.where(row, "Attended"), exc.message, exc.hint))
    return found
