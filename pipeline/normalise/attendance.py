"""The Attended column: yes or no, or the days a person came, as a secretariat types them from the day's sign-in
sheets: "4 December, 5 December", "4, 5 Dec", "day 1; day 2", "mardi", "04/12/2012". A cell is read alone (what
it names); the days are found among the event's when the whole table is read (`attended_days`)."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import NamedTuple

from pipeline.normalise import Unparsable
from pipeline.normalise.values import parse_yes_no, plain
from pipeline.normalise.when import month_numbers, parse_date

HINT = 'write yes, no, or the days they came: "4 December, 5 December" or "day 1, day 2"'


class Day(NamedTuple):
    """A day as a cell names it; what is not said is 0."""
    date: int = 0       # a whole date, as its ordinal
    day: int = 0        # a day of the month ("4", "4 December": month 12)
    month: int = 0
    number: int = 0     # the event's first, second … day ("day 2", "jour 2")
    weekday: int = -1   # Monday 0 … Sunday 6 ("Tuesday", "mardi")
    text: str = ""      # as typed, for messages


class Attendance(NamedTuple):
    came: bool
    days: tuple[Day, ...] = ()  # () : a plain yes or no (every day, or none)


# Every day, in words: a yes.
_EVERY_DAY = {"both", "both days", "all", "all days", "every day", "each day", "whole event", "les deux jours",
              "deux jours", "tous les jours", "chaque jour", "toute la conference"}
# "4-5 December", "day 1–2": a range of days, read as each of them ("4, 5 December", "day 1, day 2"); not a date's
# numbers ("04-12-2012", "2012-12-05").
_RANGE = re.compile(r"(?<![-./\d])\b(?:(day|jour|d|j)\s*)?(\d{1,2})\s*[-–—]\s*(\d{1,2})\b(?!\s*[-./]\s*\d)",
                    re.IGNORECASE)
_ASIDE = re.compile(r"\s*\([^)]*\)")  # "5 December (morning)": a remark on the day
_PARTS = re.compile(r"\s*(?:[;,+&\n]|\s(?:and|et)\s)\s*", re.IGNORECASE)
_NUMBERED = re.compile(r"(?:day|jour|d|j)\s*(\d{1,2})", re.IGNORECASE)
_DAY_MONTH = re.compile(r"(?:[^\W\d_]+\.?\s+)?(\d{1,2})(?:er|st|nd|rd|th)?\.?(?:\s*(?:([./])\s*(\d{1,2})|"
                        r"\s+([^\W\d_]+))\.?)?")


@cache
def _weekdays() -> dict[str, int]:
    """Weekday names and abbreviations in every language the dossier is made in (CLDR): "tuesday", "tue",
    "mardi", "mar" → 1."""
    from babel.dates import get_day_names

    from pipeline.language import LOCALES

    return {plain(name).rstrip("."): number for locale in LOCALES.values() for width in ("wide", "abbreviated")
            for number, name in get_day_names(width, locale=locale).items()}


@cache
def _months_plain() -> dict[str, int]:
    """Month names compared without accents, as typed on a keyboard without them: "decembre", "fevr"."""
    return {plain(name): number for name, number in month_numbers().items()}


def parse_attendance(value: object) -> Attendance:
    try:
        return Attendance(parse_yes_no(value))
    except Unparsable:
        pass
    if isinstance(value, (dt.date, dt.datetime)):
        return Attendance(True, (Day(date=parse_date(value).toordinal(), text=str(parse_date(value))),))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = f"{value:g}" if value < 32 else parse_date(value).isoformat()  # 4: the 4th; 41247: a date
    text = _RANGE.sub(_each_day, _ASIDE.sub("", str(value)).strip())
    if plain(text).rstrip(".") in _EVERY_DAY:
        return Attendance(True)
    parts = [part for part in _PARTS.split(text) if part]
    return Attendance(True, tuple(_day(part) for part in parts))


def _each_day(m: re.Match) -> str:
    first, last = int(m[2]), int(m[3])
    if not first < last <= first + 31:
        return m[0]
    return ", ".join(f"{m[1] or ''} {n}".strip() for n in range(first, last + 1))


def _day(text: str) -> Day:
    if m := _NUMBERED.fullmatch(text):
        return Day(number=int(m[1]), text=text)
    if (weekday := _weekdays().get(plain(text).rstrip("."))) is not None:
        return Day(weekday=weekday, text=text)
    try:
        return Day(date=parse_date(text).toordinal(), text=text)
    except Unparsable:
        pass
    if m := _DAY_MONTH.fullmatch(text):
        month = int(m[3]) if m[3] else _months_plain().get(plain(m[4]).rstrip(".")) if m[4] else 0
        if month is not None and 1 <= int(m[1]) <= 31 and month <= 12:
            return Day(day=int(m[1]), month=month, text=text)
    raise Unparsable(f'"{text}" is not yes, no or a day', HINT)


def attended_days(attendance: Attendance, days: list[dt.date]) -> tuple[dt.date, ...] | None:
    """The event's days the cell names, in order; None for a plain yes or no. Raises Unparsable for a day that is
    not one of the event's, or that could be more than one of them."""
    if not attendance.days:
        return None
    found = set()
    for day in attendance.days:
        matches = [d for d in days if _names(day, d, days)]
        if not matches:
            said = ", ".join(f"{d:%-d %B %Y}" for d in days) if len(days) <= 3 else \
                f"{days[0]:%-d %B %Y} to {days[-1]:%-d %B %Y}"
            raise Unparsable(f'"{day.text}" is not one of the event\'s days ({said})', HINT)
        if len(matches) > 1:
            raise Unparsable(f'"{day.text}" could be any of ' + ", ".join(f"{d:%-d %B}" for d in matches),
                             "write the date, such as " + f"{matches[0]:%-d %B}")
        found.add(matches[0])
    return tuple(sorted(found))


def _names(day: Day, date: dt.date, days: list[dt.date]) -> bool:
    if day.date:
        return date.toordinal() == day.date
    if day.number:
        return 0 < day.number <= len(days) and days[day.number - 1] == date
    if day.weekday >= 0:
        return date.weekday() == day.weekday
    return date.day == day.day and day.month in (0, date.month)


def event_days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]
