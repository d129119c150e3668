"""programme.ics (RFC 5545) through icalendar: one event per programme item, in the event's time zone.

UIDs come from the items' stable ids, so that importing a new version updates the events already in a
calendar rather than adding them twice; DTSTAMP is the build time, so rebuilds are identical."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import icalendar

from pipeline import __version__
from pipeline.views.programme import ProgrammeView


def programme_ics(view: ProgrammeView, created: dt.datetime, domain: str) -> bytes:
    """domain: makes UIDs unique to this event (its slug), as RFC 5545 asks."""
    m = view.masthead
    tz = zoneinfo.ZoneInfo(m.timezone) if m.timezone else None
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//conference-dossier {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", m.title)
    if m.timezone:
        cal.add("x-wr-timezone", m.timezone)
    for day in view.days:
        for item in day.items:
            event = icalendar.Event()
            event.add("uid", f"{item.uid}@{domain}")
            event.add("dtstamp", created.astimezone(dt.timezone.utc))
            event.add("dtstart", item.starts_at.replace(tzinfo=tz))
            event.add("dtend", item.ends_at.replace(tzinfo=tz))
            event.add("summary", item.title)
            if item.room:
                event.add("location", f"{item.room}, {m.venue}" if m.venue else item.room)
            lines = [" · ".join(x for x in (item.kind, item.theme) if x)]
            lines += [m.lang._("Chair: ") + "; ".join(p.name for p in item.chairs)] if item.chairs else []
            lines += [p.name for p in item.speakers] + ([item.notes] if item.notes else [])
            event.add("description", "\n".join(x for x in lines if x))
            event.add("categories", [item.kind or m.lang._("Item")])
            cal.add_component(event)
    if tz:
        cal.add_missing_timezones()
    return cal.to_ical()
