"""A pretalx or frab schedule (the c3voc schedule format, schedule.json or schedule.xml) read into programme rows
and bios. XML is parsed with defusedxml: a file that declares entities (an external entity that would read a
file, or the "billion laughs" that would exhaust memory) is refused before anything is expanded."""

from __future__ import annotations

import datetime as dt
import json
import re
import zoneinfo
from pathlib import Path

import defusedxml
import defusedxml.ElementTree as SafeET
from xml.etree.ElementTree import ParseError

from pipeline.findings import Location, error, warning
from pipeline.imports import Imported, too_big
from pipeline.ingest.contract import PROGRAMME
from pipeline.language import SUPPORTED, language
from pipeline.normalise.names import split_honorific, split_people, tidy
from pipeline.starter import NewEvent

# Submission types of pretalx and frab, as the programme's types (another type is kept as written).
TYPES = {"talk": "presentation", "lecture": "presentation", "lightning talk": "presentation",
         "meeting": "session", "discussion": "round table", "podium": "panel", "keynote": "keynote"}
NOTE_CHARS = 280  # an abstract this short becomes the item's note; a longer one is left out, and said so
# How our own schedule.xml names the chairs (render/c3voc.py), in each language: read back into Chair.
CHAIR_LABELS = tuple(language(code)._("Chair: ") for code in SUPPORTED)


def read_schedule(path: Path, defaults: NewEvent) -> Imported:
    imported = Imported(PROGRAMME)
    imported.findings += too_big(path)
    if imported.findings:
        return imported
    where = Location(str(path))
    try:
        if path.suffix.lower() == ".xml":
            conference, events = _from_xml(path)
        else:
            conference, events = _from_json(json.loads(path.read_bytes()))
    except defusedxml.DefusedXmlException as exc:
        imported.findings.append(error(where, f"refused: the XML declares entities ({type(exc).__name__}), which "
                                       "can read files from this machine or exhaust its memory",
                                       "export the schedule again from pretalx or frab"))
        return imported
    except (ParseError, ValueError, KeyError, TypeError, AttributeError) as exc:
        imported.findings.append(error(where, f"is not a pretalx or frab schedule ({type(exc).__name__}: {exc})",
                                       "export it as schedule.json or schedule.xml"))
        return imported
    if not events:
        imported.findings.append(error(where, "holds no talk", "export the schedule once it is released"))
        return imported
    long_abstracts, people = 0, {}
    for event in sorted(events, key=lambda e: (e["start"], e["room"])):
        abstract = tidy(event.get("abstract") or "")
        long_abstracts += len(abstract) > NOTE_CHARS
        imported.rows.append({
            "Date": event["start"].date(), "Start": event["start"].time(), "End": event["end"].time(),
            "Type": TYPES.get(tidy(event.get("type") or "").casefold(), tidy(event.get("type") or "")) or "session",
            "Theme": tidy(event.get("track") or ""), "Title": tidy(event["title"]),
            "Chair": "; ".join(p["name"] for p in event["persons"] if p["role"] == "chair"),
            "Speakers": "; ".join(p["name"] for p in event["persons"] if p["role"] != "chair"),
            "Room": tidy(event.get("room") or ""), "Notes": abstract if len(abstract) <= NOTE_CHARS else "",
            "ID": event.get("guid") or "",
        })
        for person in event["persons"]:
            people[person["name"]] = people.get(person["name"]) or person["biography"].strip()
    imported.bios = {f"{file_name(name)}.md": _bio(name, text) for name, text in people.items()}
    if long_abstracts:
        imported.findings.append(warning(where, f"{long_abstracts} abstracts longer than {NOTE_CHARS} characters "
                                         "were not copied into Notes", "the Notes column holds a line"))
    empty = sum(not text for text in people.values())
    if empty:
        imported.findings.append(warning(where, f"{empty} people have no biography in the schedule: their bios "
                                         "are empty", "write them in bios/"))
    codes = [e.get("language") for e in events if e.get("language") in SUPPORTED]
    first = codes and max(set(codes), key=codes.count)
    start = min(e["start"].date() for e in events)
    imported.event = NewEvent(
        title=conference.get("title") or defaults.title, start=start,
        end=max(start, max(e["start"].date() for e in events)), city=defaults.city, country=defaults.country,
        languages=(first, *(c for c in defaults.languages if c != first)) if first else defaults.languages,
        timezone=conference.get("time_zone_name") or defaults.timezone)
    return imported


def file_name(name: str) -> str:
    """A bio's file name from a person's name, in their own alphabet: "Ms Десислава Петкова" → "десислава-петкова"."""
    return re.sub(r"[^\w]+", "-", split_honorific(name)[1].casefold()).strip("-_") or "person"


def _bio(name: str, text: str) -> str:
    return f"---\nname: {json.dumps(name, ensure_ascii=False)}\n---\n\n{text}\n"


def _when(event: dict, zone: str) -> tuple[dt.datetime, dt.datetime]:
    """Start and end in the event's local time: the date-time in the conference's time zone (pretalx's XML
    writes it in UTC), else as its own offset has it."""
    date = dt.datetime.fromisoformat(str(event["date"]))
    if zone and date.tzinfo:
        date = date.astimezone(zoneinfo.ZoneInfo(zone))
    hours, minutes = (int(x) for x in str(event["duration"]).split(":")[:2])
    start = date.replace(tzinfo=None)
    return start, start + dt.timedelta(hours=hours, minutes=minutes)


def _person(raw: dict) -> dict:
    return {"name": tidy(raw.get("name") or raw.get("public_name") or ""), "role": raw.get("role") or "speaker",
            "biography": raw.get("biography") or ""}


def _from_json(data: dict) -> tuple[dict, list[dict]]:
    conference = data["schedule"]["conference"]
    events = []
    for day in conference["days"]:
        for room, items in day["rooms"].items():
            for item in items:
                start, end = _when(item, conference.get("time_zone_name") or "")
                events.append({**item, "room": item.get("room") or room, "start": start, "end": end,
                               "persons": [p for p in map(_person, item.get("persons") or []) if p["name"]]})
    return conference, events


def _from_xml(path: Path) -> tuple[dict, list[dict]]:
    root = SafeET.parse(str(path)).getroot()
    conference = {child.tag: (child.text or "").strip() for child in root.find("conference")}
    events = []
    for element in root.iter("event"):
        item = {child.tag: (child.text or "").strip() for child in element}
        item["guid"] = element.get("guid", "")
        persons = [{"name": tidy(p.text or ""), "role": "speaker", "biography": ""}
                   for p in element.iterfind("persons/person") if tidy(p.text or "")]
        for label in CHAIR_LABELS:  # our own export names the chairs in the description
            if item.get("description", "").startswith(label):
                persons = [{"name": name, "role": "chair", "biography": ""}
                           for name in split_people(item["description"][len(label):])] + persons
        start, end = _when(item, conference.get("time_zone_name") or "")
        events.append({**item, "start": start, "end": end, "persons": persons})
    return conference, events
