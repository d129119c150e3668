"""schedule.json and schedule.xml: the programme in the schedule format of frab and pretalx, as the c3voc
describes it (https://c3voc.de/wiki/schedule), for the tools conferences already use (apps, room displays,
recording). Made from the edition's views, like data.json, so the persons carry only what the edition shows:
their names and biographies, never a participant's contact.

GUIDs are uuid5 of the event and the item (or person), so they stay the same from build to build and across
editions and languages; the integer ids the format also wants are taken from them."""

from __future__ import annotations

import datetime as dt
import json
import uuid
import zoneinfo
from xml.etree import ElementTree as ET

from pipeline import __version__
from pipeline.views.dossier import DossierView
from pipeline.views.programme import ItemView

GENERATOR = "conference-dossier"


def _guid(slug: str, kind: str, key: str) -> uuid.UUID:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"urn:{GENERATOR}:{slug}:{kind}:{key}")


def _id(guid: uuid.UUID) -> int:
    """A positive 31-bit integer from a GUID: stable, and as unique as the format's readers need."""
    return (guid.int >> 97) + 1


def acronym(slug: str) -> str:
    """The format's acronym: lower-case letters, digits and underscores ("making_prevention_work_2012")."""
    return slug.replace("-", "_")


def _hours(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def schedule(view: DossierView, slug: str, created: dt.datetime, url: str = "") -> dict:
    """The schedule as the c3voc JSON schema has it. url: the event's web address, if it has one."""
    m = view.masthead
    programme, bios = view.part("programme"), view.part("bios")
    zone = zoneinfo.ZoneInfo(m.timezone) if m.timezone else dt.timezone.utc  # the format's times need an offset
    biography = {e.bio.anchor: "\n\n".join(b.text for b in e.text.blocks) for e in bios.entries if e.text}

    def person(ref, role: str) -> dict:
        found = {"name": ref.name, "guid": str(_guid(slug, "person", ref.anchor)), "role": role}
        return found | ({"biography": biography[ref.anchor]} if biography.get(ref.anchor) else {})

    def event(item: ItemView) -> dict:
        guid = _guid(slug, "item", item.uid)
        start = item.starts_at.replace(tzinfo=zone)
        return {
            "id": _id(guid), "guid": str(guid), "date": start.isoformat(), "start": f"{item.start:%H:%M}",
            "duration": _hours(item.minutes), "room": item.room, "slug": f"{acronym(slug)}-{item.uid}",
            "url": url or f"urn:uuid:{guid}", "title": item.title, "subtitle": "", "track": item.theme or None,
            "type": item.type, "language": m.lang.code, "abstract": item.notes,
            "description": m.lang._("Chair: ") + "; ".join(p.name for p in item.chairs) if item.chairs else None,
            "persons": [*(person(p, "chair") for p in item.chairs), *(person(p, "speaker") for p in item.speakers)],
            "links": [],
        }

    days = []
    for index, day in enumerate(programme.days, 1):
        rooms: dict[str, list] = {}
        for item in day.items:
            rooms.setdefault(item.room, []).append(event(item))
        first, last = day.items[0], max(day.items, key=lambda i: i.ends_at)
        days.append({"index": index, "date": first.date.isoformat(),
                     "day_start": first.starts_at.replace(tzinfo=zone).isoformat(),
                     "day_end": last.ends_at.replace(tzinfo=zone).isoformat(), "rooms": rooms})
    items = [item for day in programme.days for item in day.items]
    conference = {
        "acronym": acronym(slug), "title": m.title, "start": min(i.date for i in items).isoformat(),
        "end": max(i.date for i in items).isoformat(), "daysCount": len(days), "timeslot_duration": "00:05",
        **({"time_zone_name": m.timezone} if m.timezone else {}),
        **({"url": url} if url else {}),
        "rooms": [{"name": name, "guid": str(_guid(slug, "room", name))}
                  for name in dict.fromkeys(i.room for i in items)],
        "tracks": [{"name": name} for name in dict.fromkeys(i.theme for i in items if i.theme)],
        "days": days,
    }
    return {"$schema": "https://c3voc.de/schedule/schema.json",
            "generator": {"name": GENERATOR, "version": __version__},
            "schedule": {"version": f"{created:%Y-%m-%d %H:%M}", "conference": conference}}


def schedule_json(data: dict) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode()


def schedule_xml(data: dict) -> bytes:
    """The same schedule in the format's XML (schedule.xml.xsd): the persons are the speakers; the chairs are
    named in the description, since the XML has no place for a person's role."""
    conference = data["schedule"]["conference"]
    root = ET.Element("schedule")
    ET.SubElement(root, "version").text = data["schedule"]["version"]
    head = ET.SubElement(root, "conference")
    for name, key in (("title", "title"), ("acronym", "acronym"), ("start", "start"), ("end", "end"),
                      ("days", "daysCount"), ("timeslot_duration", "timeslot_duration")):
        ET.SubElement(head, name).text = str(conference[key])
    for day in conference["days"]:
        day_element = ET.SubElement(root, "day", index=str(day["index"]), date=day["date"],
                                    start=day["day_start"], end=day["day_end"])
        for room, events in day["rooms"].items():
            room_element = ET.SubElement(day_element, "room", name=room)
            for event in events:
                element = ET.SubElement(room_element, "event", id=str(event["id"]), guid=event["guid"])
                for name in ("date", "start", "duration", "room", "slug", "title", "subtitle", "track", "type",
                             "language", "abstract", "description"):
                    ET.SubElement(element, name).text = event[name] or ""
                persons = ET.SubElement(element, "persons")
                for person in (p for p in event["persons"] if p["role"] == "speaker"):
                    ET.SubElement(persons, "person").text = person["name"]
                links = ET.SubElement(element, "links")
                if not event["url"].startswith("urn:"):
                    ET.SubElement(links, "link", href=event["url"]).text = conference["title"]
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
