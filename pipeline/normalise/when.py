"""Dates and times as spreadsheets hold them and as people type them."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import NamedTuple

from pipeline.normalise import Unparsable

EXCEL_EPOCH = dt.date(1899, 12, 30)
DATE_HINT = "expected a date such as 2012-12-04, 4.12.2012 or 4 December 2012"
TIME_HINT = "expected HH:MM, for example 09:30"
END_HINT = TIME_HINT + "; an end after midnight is written 00:30 (+1)"


@cache
def month_numbers() -> dict[str, int]:
    """Month names and their abbreviations in every language the dossier is made in, from CLDR (Babel):
    "december", "dec", "décembre", "déc" → 12."""
    from babel.dates import get_month_names

    from pipeline.language import LOCALES

    months = {}
    for locale in LOCALES.values():
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=locale).items():
                months.setdefault(name.casefold().rstrip("."), number)
                months.setdefault(name.casefold()[:3], number)
    return months


def parse_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 1 <= value < 2958466:
        return EXCEL_EPOCH + dt.timedelta(days=int(value))
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]) if re.fullmatch(r"\d{4}-\d\d-\d\d([ T].*)?", text) else _dmy(text)
    except (ValueError, KeyError):
        raise Unparsable(f'"{text}" is not a date', DATE_HINT) from None


def _dmy(text: str) -> dt.date:
    """Day first, as Europe writes it: 4.12.2012, 04/12/2012, 4 December 2012, Tuesday 4 Dec 2012,
    mardi 4 décembre 2012, 1er déc. 2012."""
    m = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", text)
    if m:
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    m = re.fullmatch(r"(?:[^\W\d_]+,?\s+)?(\d{1,2})(?:er)?\.?\s+([^\W\d_]+)\.?,?\s+(\d{4})", text)
    if m:
        return dt.date(int(m[3]), month_numbers()[m[2].casefold()], int(m[1]))
    raise ValueError(text)


_TWELVE = re.compile(r"(\d{1,2})(?:\s*[:.]\s*(\d{2}))?\s*([ap])\.?\s*m\.?", re.IGNORECASE)


def parse_time(value: object) -> dt.time:
    if isinstance(value, dt.datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, dt.timedelta):
        value = value.total_seconds() / 86400
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value < 1:
        minutes = round(value * 24 * 60)
        return dt.time(minutes // 60 % 24, minutes % 60)
    text = str(value).strip()
    twelve = _TWELVE.fullmatch(text)  # "2:30 PM", "2.30pm", "11 a.m.": as English programmes often write them
    if twelve:
        hour, minute = int(twelve[1]), int(twelve[2] or 0)
        if 1 <= hour <= 12 and minute < 60:
            return dt.time(hour % 12 + (12 if twelve[3].lower() == "p" else 0), minute)
    # seconds, as a CSV saved from a time-formatted column writes them, are dropped like an Excel time's
    # "9 h 30" and "14h" as French writes them
    m = re.fullmatch(r"(\d{1,2})\s*[:.hH]\s*(\d{2})(?::\d{2})?|(\d{2})(\d{2})|(\d{1,2})\s*[hH]", text)
    if m:
        hour, minute = (int(m[1]), int(m[2])) if m[1] else (int(m[3]), int(m[4])) if m[3] else (int(m[5]), 0)
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise Unparsable(f'"{text}" is not a time', TIME_HINT)


class EndTime(NamedTuple):
    """An item's end: a time of its own day, or of the next one (a reception, a night session: "00:30 (+1)")."""
    time: dt.time
    next_day: bool = False

    def __str__(self) -> str:
        return f"{self.time:%H:%M}" + (" (+1)" if self.next_day else "")


# "00:30 (+1)", "00:30 +1", "00:30 next day", "00:30 (le lendemain)", "00:30 J+1" after the time.
_NEXT_DAY = re.compile(r"(.*?)\s*(?:\(\s*\+\s*1\s*(?:d|day|j|jour)?\s*\)|\+\s*1\s*(?:d|day|j|jour)?|"
                       r"\(?\s*[dj]\s*\+\s*1\s*\)?|"  # "D+1", "J+1" (jour suivant)
                       r"\(?\s*(?:the\s+)?next\s+day\s*\)?|\(?\s*(?:le\s+)?lendemain\s*\)?)", re.IGNORECASE)
# "24:00" and "24:30", as programmes write midnight and just after (a later hour, "25:00", is more likely a typo)
_PAST_MIDNIGHT = re.compile(r"(24)\s*[:.hH]\s*(\d{2})")


def parse_end(value: object) -> EndTime:
    """An End cell: a time, or a time after midnight marked as the next day's ("00:30 (+1)", "24:30", or an
    Excel duration of a day and more)."""
    if isinstance(value, dt.timedelta):
        value = value.total_seconds() / 86400
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 1 <= value < 2:
        return EndTime(parse_time(value - 1), True)
    text = value.strip() if isinstance(value, str) else value
    if isinstance(text, str):
        if m := _PAST_MIDNIGHT.fullmatch(text):
            if int(m[2]) < 60:
                return EndTime(dt.time(int(m[1]) - 24, int(m[2])), True)
        elif m := _NEXT_DAY.fullmatch(text):
            try:
                return EndTime(parse_time(m[1]), True)
            except Unparsable:
                raise Unparsable(f'"{text}" is not a time', END_HINT) from None
    try:
        return EndTime(parse_time(value))
    except Unparsable as exc:
        raise Unparsable(exc.message, END_HINT) from None


_TIME = r"\d{1,2}\s*(?:[:.hH]?\s*\d{2}|[hH])(?:\s*[aApP]\.?\s*[mM]\.?)?|\d{1,2}\s*[aApP]\.?\s*[mM]\.?"
_RANGE = re.compile(rf"\s*({_TIME})\s*[-–—]\s*({_TIME})\s*")


def split_range(start: object, end: object) -> tuple[object, object]:
    """A range typed in the Start cell ('09:00-10:30', '9h00 – 10h30') with End left empty."""
    if end == "" and isinstance(start, str):
        m = _RANGE.fullmatch(start)
        if m:
            return m[1], m[2]
    return start, end
