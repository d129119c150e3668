"""A pretalx or frab schedule (the c3voc schedule format, schedule.json or schedule.xml) read into programme rows
and bios. The file comes through imports/reading.py (size, UTF-8, depth, defusedxml); its shape is then read
through `Node`, which says in words which part of the schedule is missing or of the wrong kind."""

from __future__ import annotations

import datetime as dt
import json
import re
import zoneinfo
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element

from pipeline.findings import Location, error, warning
from pipeline.imports.reading import Imported, Refused, parse_json, parse_xml, read_text
from pipeline.ingest.contract import PROGRAMME
from pipeline.language import SUPPORTED, language
from pipeline.normalise.names import split_honorific, split_people, tidy
from pipeline.starter import NewEvent

WHAT = "a pretalx or frab schedule (schedule.json or schedule.xml)"
# Submission types of pretalx and frab, as the programme's types (another type is kept as written).
TYPES = {"talk": "presentation", "lecture": "presentation", "lightning talk": "presentation",
         "meeting": "session", "discussion": "round table", "podium": "panel", "keynote": "keynote"}
NOTE_CHARS = 280  # an abstract this short becomes the item's note; a longer one is left out, and said so
NAME_CHARS = 60   # a bio's file name is cut there: a name of a thousand letters must not fail the writing
# How our own schedule.xml names the chairs (render/formats/c3voc.py), in each language: read back into Chair.
CHAIR_LABELS = tuple(language(code)._("Chair: ") for code in SUPPORTED)


class Node:
    """A part of the parsed schedule with its path ("days[0] → rooms → Hall A[2]"), read as what it should be."""

    def __init__(self, value, path: str):
        self.value, self.path = value, path

    def _wrong(self, expected: str) -> Refused:
        got = {dict: "an object", list: "a list", str: "a text", type(None): "empty", bool: "true or false"}.get(
            type(self.value), "a number")
        return Refused(f"is not {WHAT}: {self.path} is {got}, where {expected} was expected",
                       "export the schedule again from pretalx or frab")

    def __getitem__(self, key: str) -> Node:
        if not isinstance(self.value, dict):
            raise self._wrong("an object")
        if key not in self.value:
            raise Refused(f"is not {WHAT}: {self.path} has no \"{key}\"", "export the schedule again")
        return Node(self.value[key], f"{self.path} → {key}")

    def get(self, key: str) -> Node:
        return Node(self.value.get(key) if isinstance(self.value, dict) else None, f"{self.path} → {key}")

    def items(self) -> list[tuple[str, Node]]:
        if not isinstance(self.value, dict):
            raise self._wrong("an object")
        return [(str(k), Node(v, f"{self.path} → {k}")) for k, v in self.value.items()]

    def list(self) -> list[Node]:
        if not isinstance(self.value, list):
            raise self._wrong("a list")
        return [Node(v, f"{self.path}[{i}]") for i, v in enumerate(self.value)]

    def text(self, required: bool = False) -> str:
        """A single-line text: trimmed, inner white space collapsed."""
        return tidy(self.running_text(required))

    def running_text(self, required: bool = False) -> str:
        """A text as written (a biography's paragraphs), trimmed."""
        if self.value is None and not required:
            return ""
        if isinstance(self.value, bool) or not isinstance(self.value, (str, int, float)):
            raise self._wrong("a text")
        return str(self.value).strip()


@dataclass
class Talk:
    start: dt.datetime
    end: dt.datetime
    node: Node            # the talk as the file has it
    room: str
    persons: list[dict]   # {"name", "role", "biography"}


def read_schedule(path: Path, defaults: NewEvent) -> Imported:
    """Every part of the file is read inside one `Refused` catch: whatever is missing or of the wrong kind, wherever
    it is, is one located error."""
    imported = Imported(PROGRAMME)
    where = Location(str(path))
    try:
        text = read_text(path, WHAT)
        if path.suffix.lower() == ".xml":
            conference, talks = _from_xml(parse_xml(text, WHAT))
        else:
            conference, talks = _from_json(Node(parse_json(text, WHAT), "the file"))
        _read(imported, conference, talks, where, defaults)
    except Refused as refused:
        imported.rows, imported.bios = [], {}
        imported.findings.append(error(where, refused.message, refused.hint))
    return imported


def _read(imported: Imported, conference: Node, talks: list[Talk], where: Location, defaults: NewEvent) -> None:
    kept = []
    for talk in talks:
        minutes = (talk.end - talk.start).total_seconds() / 60
        if not 0 < minutes <= 24 * 60:
            title = talk.node.get("title").text()[:80]
            imported.findings.append(warning(where, f'left out: "{title}" at {talk.start:%Y-%m-%d %H:%M} lasts '
                                             f"{int(minutes)} minutes",
                                             "an item of the programme lasts more than no time and at most a day"))
        else:
            kept.append(talk)
    if not kept:
        imported.findings.append(error(where, "holds no talk", "export the schedule once it is released"))
        return
    _rows(imported, kept, where)
    codes = [t.node.get("language").value for t in kept if t.node.get("language").value in SUPPORTED]
    first = codes and max(set(codes), key=codes.count)
    start = min(t.start.date() for t in kept)
    imported.event = NewEvent(
        title=conference.get("title").text() or defaults.title, start=start,
        end=max(start, max(t.start.date() for t in kept)), city=defaults.city, country=defaults.country,
        languages=(first, *(c for c in defaults.languages if c != first)) if first else defaults.languages,
        timezone=_zone_name(conference) or defaults.timezone)


def _rows(imported: Imported, talks: list[Talk], where: Location) -> None:
    long_abstracts, people = 0, {}
    for talk in sorted(talks, key=lambda t: (t.start, t.room)):
        item = talk.node
        abstract, kind = item.get("abstract").text(), item.get("type").text()
        long_abstracts += len(abstract) > NOTE_CHARS
        next_day = (talk.end.date() - talk.start.date()).days
        imported.rows.append({
            "Date": talk.start.date(), "Start": talk.start.time(),
            "End": f"{talk.end:%H:%M} (+1)" if next_day else talk.end.time(),  # as the contract reads it
            "Type": TYPES.get(kind.casefold(), kind) or "session", "Theme": item.get("track").text(),
            "Title": item["title"].text(required=True),
            "Chair": "; ".join(p["name"] for p in talk.persons if p["role"] == "chair"),
            "Speakers": "; ".join(p["name"] for p in talk.persons if p["role"] != "chair"),
            "Room": talk.room, "Notes": abstract if len(abstract) <= NOTE_CHARS else "",
            "ID": item.get("guid").text(),
        })
        for person in talk.persons:
            people[person["name"]] = people.get(person["name"]) or person["biography"]
    names: dict[str, int] = {}
    for name, text in people.items():
        imported.bios[_numbered(file_name(name), names) + ".md"] = _bio(name, text)
    if long_abstracts:
        imported.findings.append(warning(where, f"{long_abstracts} abstracts longer than {NOTE_CHARS} characters "
                                         "were not copied into Notes", "the Notes column holds a line"))
    empty = sum(not text for text in people.values())
    if empty:
        imported.findings.append(warning(where, f"{empty} people have no biography in the schedule: their bios "
                                         "are empty", "write them in bios/"))


def file_name(name: str) -> str:
    """A bio's file name from a person's name, in their own alphabet: "Ms Десислава Петкова" → "десислава-петкова"."""
    return re.sub(r"[^\w]+", "-", split_honorific(name)[1].casefold())[:NAME_CHARS].strip("-_") or "person"


def _numbered(stem: str, used: dict[str, int]) -> str:
    """Two names that make the same file name ("Anna-Maria Rossi", "Anna Maria Rossi") get -2, -3 …"""
    used[stem] = used.get(stem, 0) + 1
    return stem if used[stem] == 1 else f"{stem}-{used[stem]}"


def _bio(name: str, text: str) -> str:
    return f"---\nname: {json.dumps(name, ensure_ascii=False)}\n---\n\n{text}\n"


def _zone_name(conference: Node) -> str:
    name = conference.get("time_zone_name").text()
    try:
        return name if name and zoneinfo.ZoneInfo(name) else ""
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return ""


def _when(item: Node, day: str, zone: str) -> tuple[dt.datetime, dt.datetime]:
    """Start and end in the event's local time: the talk's date-time in the conference's time zone (pretalx's XML
    writes it in UTC), else as its own offset has it; an older frab export gives only the day and the start."""
    date, start, duration = item.get("date"), item.get("start"), item["duration"]
    try:
        if date.value:
            when = dt.datetime.fromisoformat(date.text())
        else:
            when = dt.datetime.combine(dt.date.fromisoformat(day[:10]), dt.time.fromisoformat(start.text(True)))
        if zone and when.tzinfo:
            when = when.astimezone(zoneinfo.ZoneInfo(zone))
    except (ValueError, OverflowError):
        raise Refused(f"is not {WHAT}: {(date if date.value else start).path} is "
                      f'"{(date if date.value else start).text()[:40]}", not a date and time',
                      "expected an ISO date-time such as 2012-12-04T09:30:00+02:00") from None
    hours_minutes = re.fullmatch(r"(\d{1,3}):(\d\d)(?::\d\d)?", duration.text(True))
    if not hours_minutes:
        raise Refused(f'is not {WHAT}: {duration.path} is "{duration.text()[:40]}", not a duration',
                      "expected hours and minutes, such as 01:30")
    when = when.replace(tzinfo=None)
    return when, when + dt.timedelta(hours=int(hours_minutes[1]), minutes=int(hours_minutes[2]))


def _person(raw: Node) -> dict:
    name = tidy(raw.get("name").text() or raw.get("public_name").text())
    return {"name": name, "role": raw.get("role").text() or "speaker", "biography": raw.get("biography").running_text()}


def _from_json(data: Node) -> tuple[Node, list[Talk]]:
    conference = data["schedule"]["conference"]
    zone = _zone_name(conference)
    days = conference["days"].list()
    if not days:
        raise Refused(f"is not {WHAT}: {conference['days'].path} is an empty list: the schedule has no day",
                      "export the schedule once its days are planned")
    talks = []
    for day in days:
        for room, items in day["rooms"].items():
            for item in items.list():
                start, end = _when(item, day.get("date").text(), zone)
                persons = [_person(p) for p in item.get("persons").list()] if item.get("persons").value else []
                talks.append(Talk(start, end, item, item.get("room").text() or tidy(room),
                                  [p for p in persons if p["name"]]))
    return conference, talks


def _from_xml(root: Element) -> tuple[Node, list[Talk]]:
    """The XML as the JSON's nodes: an element's children by tag, their text as values."""
    found = root.find("conference")
    if root.tag != "schedule" or found is None:
        raise Refused(f"is not {WHAT}: it has no <schedule> with a <conference>", "export the schedule again")
    conference = Node({child.tag: (child.text or "").strip() for child in found}, "<conference>")
    zone = _zone_name(conference)
    days = root.findall("day")
    if not days:
        raise Refused(f"is not {WHAT}: <schedule> has no <day>: the schedule has no day",
                      "export the schedule once its days are planned")
    talks = []
    for d, day in enumerate(days):
        for e, element in enumerate(day.iter("event")):
            item = Node({child.tag: (child.text or "").strip() for child in element} | {"guid": element.get("guid", "")},
                        f"<day> {d + 1}, <event> {e + 1}")
            persons = [{"name": tidy(p.text or ""), "role": "speaker", "biography": ""}
                       for p in element.iterfind("persons/person") if tidy(p.text or "")]
            description = item.get("description").running_text()
            for label in CHAIR_LABELS:  # our own export names the chairs in the description
                if description.startswith(label):
                    persons = [{"name": name, "role": "chair", "biography": ""}
                               for name in split_people(description[len(label):])] + persons
            start, end = _when(item, day.get("date", ""), zone)
            room = item.get("room").text() or tidy(next((r.get("name", "") for r in day.findall("room")
                                                         if element in list(r)), ""))
            talks.append(Talk(start, end, item, room, persons))
    return conference, talks
