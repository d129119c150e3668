"""Property-based tests (Hypothesis): whatever bytes, cells or front matter the inputs hold, reading and
validating them ends in findings, never in an uncaught exception; whatever Markdown a bio holds, its HTML has
no script. 600 examples in all, each small, so the suite stays quick.

In the suite the examples are derandomised: the same examples every run, so a test run (and CI) passes or fails
for the code, not for the draw. `make fuzz` draws new random examples, many more of them, to find new bugs; each
one it finds becomes a plain regression test."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import shutil
from html.parser import HTMLParser
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.findings import Finding
from pipeline.ingest import read_inputs
from pipeline.richtext import render_markdown
from pipeline.validate import validate

CLEAN = Path(__file__).parent / "fixtures" / "clean"
EXPLORE = int(os.environ.get("FUZZ_EXAMPLES", "0"))  # set by `make fuzz`
SETTINGS = settings(max_examples=EXPLORE or 150, derandomize=not EXPLORE, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def _check(inputs: Path) -> list[Finding]:
    raw, findings = read_inputs(inputs)
    findings += validate(raw)
    assert all(isinstance(f, Finding) for f in findings)
    return findings


def _fresh(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    if target.exists():
        shutil.rmtree(target)
    return Path(shutil.copytree(CLEAN, target))


@SETTINGS
@given(data=st.binary(max_size=4096), ext=st.sampled_from([".xlsx", ".ods", ".csv"]),
       kind=st.sampled_from(["programme", "participants"]))
def test_any_bytes_as_a_table_give_findings(tmp_path, data, ext, kind):
    inputs = _fresh(tmp_path, "bytes")
    (inputs / f"{kind}.xlsx").unlink()
    (inputs / f"{kind}{ext}").write_bytes(data)
    _check(inputs)


CELLS = st.one_of(st.text(max_size=40), st.integers(-10**6, 10**12).map(str), st.floats(allow_nan=True).map(str),
                  st.sampled_from(["", "9h30", "25:61", "09:00-08:00", "31.02.2012", "yes", "x", "UK", "FYROM",
                                   "Kosovo", "Atlantis", "=1+1", "@SUM(A1)", "Ms", "a@b", ";;", "\u202e\u0000"]),
                  st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)).map(str))


@SETTINGS
@given(rows=st.lists(st.lists(CELLS, min_size=0, max_size=12), min_size=0, max_size=8),
       kind=st.sampled_from(["programme", "participants"]))
def test_any_cells_give_findings(tmp_path, rows, kind):
    inputs = _fresh(tmp_path, "cells")
    header = {"programme": ["Date", "Start", "End", "Type", "Title", "Chair", "Speakers", "Room", "ID", "Notes"],
              "participants": ["Title", "First name", "Last name", "Organisation", "Position", "Country", "Email",
                               "Listed", "Share contact", "Phone", "Name"]}[kind]
    out = io.StringIO()
    csv.writer(out).writerows([header, *rows])
    (inputs / f"{kind}.xlsx").unlink()
    (inputs / f"{kind}.csv").write_text(out.getvalue().replace("\0", ""), encoding="utf-8")
    _check(inputs)


YAML_VALUES = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20),
                                     st.dates().map(str)),
                           lambda children: st.one_of(st.lists(children, max_size=3),
                                                      st.dictionaries(st.text(max_size=10), children, max_size=3)),
                           max_leaves=8)
FIELDS = st.sampled_from(["title", "start_date", "end_date", "city", "country", "timezone", "organisers",
                          "expected_participants", "expected_countries", "country_names", "country_notes",
                          "languages", "name", "photo", "honorific"])


@SETTINGS
@given(meta=st.dictionaries(FIELDS, YAML_VALUES, max_size=8), raw=st.text(max_size=80),
       target=st.sampled_from(["announcement.md", "bios/clarke.md"]), as_yaml=st.booleans())
def test_any_front_matter_gives_findings(tmp_path, meta, raw, target, as_yaml):
    inputs = _fresh(tmp_path, "meta")
    front = yaml.safe_dump(meta, allow_unicode=True) if as_yaml else raw
    (inputs / target).write_text(f"---\n{front}\n---\n\nSome text.\n", encoding="utf-8")
    _check(inputs)


@SETTINGS
@given(body=st.lists(st.sampled_from(list("<>/=\"'()[]!:;&# \nabcjsvrtipx") +
                                     ["script", "javascript", "onerror", "data", "http", "img", "iframe"]),
                     max_size=80).map("".join))
def test_any_markdown_gives_safe_html(body):
    tags = _Tags()
    tags.feed(render_markdown(body).html)
    assert tags.names <= {"p", "em", "strong", "a", "ul", "ol", "li", "h3", "h4", "blockquote", "br", "code"}
    for name, value in tags.attributes:
        assert name in ("href", "rel") and not name.startswith("on")
        if name == "href":
            assert value.split(":")[0].lower() in ("http", "https", "mailto") or ":" not in value.split("/")[0]


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.names, self.attributes = set(), []

    def handle_starttag(self, tag, attrs):
        self.names.add(tag)
        self.attributes += attrs


# --- the imports: whatever a schedule or a registrants export holds, an import ends in exit 0 or 1, never in a
# traceback; what it writes is a folder the validation reads.

JSON_VALUES = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20)),
                           lambda children: st.one_of(st.lists(children, max_size=3),
                                                      st.dictionaries(st.text(max_size=8), children, max_size=3)),
                           max_leaves=8)
ODD_VALUES = st.one_of(JSON_VALUES, st.sampled_from([
    "", "2012-02-30T09:00:00", "9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+14:00", "2012-12-04",
    "25:00", "-01:00", "99:99", "00:00", "48:00", "x" * 40_000, "=1+1", "@SUM(A1)", "\u202eevil", "a\x00b",
    "Europe/Nowhere", "../../etc/passwd", "Ms Zoë Ω-Ünïcödé", "Ω" * 300]))
DELETE = object()
# Each example of an import writes a workbook and reads it back: fewer of them in the suite, as many in make fuzz.
IMPORTS = settings(SETTINGS, max_examples=EXPLORE or 50)
# Where a value sits in a pretalx schedule: the conference, its day, the day's room, its talk, the talk's person.
PLACES = st.sampled_from([("schedule",), ("schedule", "conference"), ("schedule", "conference", "days"),
                          ("schedule", "conference", "time_zone_name"), ("schedule", "conference", "title"),
                          *(("day", key) for key in ("date", "rooms")),
                          *(("talk", key) for key in ("date", "start", "duration", "title", "room", "type", "track",
                                                      "language", "abstract", "guid", "persons")),
                          ("room",), *(("person", key) for key in ("public_name", "name", "biography", "role"))])


def _pretalx() -> dict:
    talk = {"guid": "a2746987-3f00-5258-84f4-ef9126fe0e14", "date": "2012-12-04T09:00:00+02:00", "start": "09:00",
            "duration": "00:30", "room": "Plenary", "title": "Opening", "track": "One", "type": "Talk",
            "language": "en", "abstract": "A talk.", "persons": [{"public_name": "Ana Rusu", "biography": "Bio."}]}
    return {"schedule": {"conference": {"title": "Fuzz", "time_zone_name": "Europe/Sofia", "days": [
        {"date": "2012-12-04", "rooms": {"Plenary": [talk, dict(talk, title="Closing", start="10:00",
                                                                 date="2012-12-04T10:00:00+02:00")]}}]}}}


def _place(data: dict, where: tuple) -> tuple[object, object]:
    """The container and key of a place in the schedule, as far as the schedule still has it."""
    try:
        day = data["schedule"]["conference"]["days"][0]
        talk = day["rooms"]["Plenary"][0]
        container = {"schedule": None, "day": day, "talk": talk, "room": day["rooms"],
                     "person": talk["persons"][0]}[where[0]]
    except (KeyError, IndexError, TypeError):
        return None, None
    if where[0] == "schedule":
        container = data
        for key in where[:-1]:
            container = container.get(key) if isinstance(container, dict) else None
    return (container, "Plenary" if where[0] == "room" else where[-1]) if isinstance(container, dict) else (None, None)


def _imported(tmp_path: Path, source: str, path: Path) -> None:
    from pipeline.cli import main

    folder = tmp_path / "into"
    shutil.rmtree(folder, ignore_errors=True)
    status = main(["import", source, str(path), "--into", str(folder)])
    assert status in (0, 1)
    if status == 0:
        _check(folder)  # what an import wrote is read as inputs: findings, never an exception
    else:
        assert not folder.exists()


@IMPORTS
@given(edits=st.lists(st.tuples(PLACES, st.one_of(st.just(DELETE), ODD_VALUES)), max_size=4))
def test_any_schedule_json_gives_an_import_or_findings(tmp_path, edits):
    data = _pretalx()
    for where, value in edits:
        container, key = _place(data, where)
        if container is not None:
            if value is DELETE:
                container.pop(key, None)
            else:
                container[key] = value
    path = tmp_path / "schedule.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8", errors="surrogatepass")
    _imported(tmp_path, "schedule", path)


XML_TEXTS = st.one_of(st.text(max_size=30).map(lambda t: "".join(c for c in t if c.isprintable())), ODD_VALUES.filter(
    lambda v: isinstance(v, str)).map(lambda t: t.replace("\x00", "")))


@IMPORTS
@given(edits=st.lists(st.tuples(st.sampled_from(["title", "date", "start", "duration", "room", "type", "person",
                                                   "time_zone_name", "day"]), st.one_of(st.none(), XML_TEXTS)),
                      max_size=4))
def test_any_schedule_xml_gives_an_import_or_findings(tmp_path, edits):
    from xml.sax.saxutils import escape

    fields = {"title": "Opening", "date": "2012-12-04T09:00:00+02:00", "start": "09:00", "duration": "00:30",
              "room": "Plenary", "type": "Talk", "person": "Ana Rusu", "time_zone_name": "Europe/Sofia",
              "day": "2012-12-04"}
    for name, value in edits:
        fields[name] = value
    tag = lambda name: "" if fields[name] is None else f"<{name}>{escape(fields[name])}</{name}>"  # noqa: E731
    person = "" if fields["person"] is None else f'<persons><person id="1">{escape(fields["person"])}</person></persons>'
    day = "" if fields["day"] is None else escape(fields["day"], {'"': "&quot;"})
    path = tmp_path / "schedule.xml"
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<schedule><conference>{tag("title")}'
                    f'{tag("time_zone_name")}</conference><day index="1" date="{day}"><room name="Plenary">'
                    f'<event guid="a2746987-3f00-5258-84f4-ef9126fe0e14">{tag("date")}{tag("start")}'
                    f'{tag("duration")}{tag("room")}{tag("title")}{tag("type")}{person}</event></room></day>'
                    "</schedule>\n", encoding="utf-8")
    _imported(tmp_path, "schedule", path)


@IMPORTS
@given(rows=st.lists(st.lists(CELLS, min_size=0, max_size=8), min_size=0, max_size=6))
def test_any_registrants_export_gives_an_import_or_findings(tmp_path, rows):
    out = io.StringIO()
    csv.writer(out).writerows([["First Name", "Last Name", "Email Address", "Affiliation", "Position", "Country",
                                "Checked in", "Consent to be listed"], *rows])
    path = tmp_path / "registrants.csv"
    path.write_text(out.getvalue().replace("\0", ""), encoding="utf-8")
    _imported(tmp_path, "indico", path)
