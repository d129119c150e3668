"""The programme out and in, in the tools conferences use: every edition's schedule.json and schedule.xml pass the
c3voc format's rules, with GUIDs stable from build to build and persons carrying only what the edition shows;
`dossier import schedule` reads a real pretalx export (and our own, giving back the same programme) and refuses
hostile XML; `dossier import indico` maps a registrants export and never assumes consent."""

from __future__ import annotations

import copy
import json
import shutil
import uuid
from pathlib import Path

import jsonschema
import openpyxl
import pytest
from lxml import etree

from c3voc_rules import JSON_SCHEMA, XSD
from conftest import SAMPLE, build, pdf_text, sheet_rows
from pipeline.assemble import assemble
from pipeline.cli import main
from pipeline.ingest import read_inputs
from pipeline.normalise.names import split_honorific

FIXTURES = Path(__file__).parent / "fixtures"
PRETALX = FIXTURES / "pretalx" / "democon-schedule.json"
EDITIONS = [(e, lang) for e in ("public", "delegates", "organisers") for lang in ("en", "fr")]
VALIDATOR = jsonschema.Draft6Validator(JSON_SCHEMA, format_checker=jsonschema.Draft6Validator.FORMAT_CHECKER)


def _exports(folder: Path) -> tuple[Path, Path]:
    suffix = "-internal" if folder.parent.name == "organisers" else ""
    return folder / f"schedule{suffix}.json", folder / f"schedule{suffix}.xml"


def _events(data: dict) -> list[dict]:
    return [e for day in data["schedule"]["conference"]["days"] for events in day["rooms"].values() for e in events]


@pytest.mark.parametrize("edition,lang", EDITIONS)
def test_every_edition_exports_a_schedule_that_passes_the_c3voc_rules(sample_editions, edition, lang):
    as_json, as_xml = _exports(sample_editions / edition / lang)
    data = json.loads(as_json.read_bytes())
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in VALIDATOR.iter_errors(data)]
    assert not errors, errors[:5]
    etree.XMLSchema(etree.fromstring(XSD.encode())).assertValid(etree.parse(str(as_xml)))

    items = sheet_rows(SAMPLE / "programme.xlsx")
    events = _events(data)
    assert len(events) == len(items) == len(etree.parse(str(as_xml)).findall("day/room/event"))
    assert {e["language"] for e in events} == {lang}


def test_the_rules_catch_a_broken_export(sample_dossier):
    """Guards the test above: the same checks fail on an export missing what the format requires."""
    data = json.loads(_exports(sample_dossier)[0].read_bytes())
    broken = copy.deepcopy(data)
    del _events(broken)[0]["guid"]
    _events(broken)[1]["duration"] = "90 minutes"
    assert len(list(VALIDATOR.iter_errors(broken))) == 2
    xml = etree.parse(str(_exports(sample_dossier)[1]))
    xml.find("day/room/event").attrib.pop("id")
    assert not etree.XMLSchema(etree.fromstring(XSD.encode())).validate(xml)


def test_guids_are_the_same_in_every_edition_and_language_and_survive_a_change_of_room(sample_editions, tmp_path):
    guids = {(edition, lang): [e["guid"] for e in _events(json.loads(_exports(sample_editions / edition / lang)[0]
                                                                     .read_bytes()))]
             for edition, lang in EDITIONS}
    assert len(set(map(frozenset, guids.values()))) == 1
    first = guids["public", "en"]
    assert len(set(first)) == len(first) and all(uuid.UUID(g).version == 5 for g in first)

    inputs = Path(shutil.copytree(FIXTURES / "clean", tmp_path / "inputs"))
    assert build(inputs, tmp_path / "one", "public") == 0
    wb = openpyxl.load_workbook(inputs / "programme.xlsx")
    wb.active["H3"] = "Hall B"  # the opening moves to another room
    wb.save(inputs / "programme.xlsx")
    assert build(inputs, tmp_path / "two", "public") == 0
    one, two = (json.loads((tmp_path / out / "public" / "en" / "schedule.json").read_bytes()) for out in ("one", "two"))
    assert {e["guid"] for e in _events(one)} == {e["guid"] for e in _events(two)}
    assert [e["room"] for e in _events(two) if e["title"] == "Opening"] == ["Hall B"]


def test_persons_carry_only_what_every_edition_shows(sample_editions):
    contacts = [v for row in sheet_rows(SAMPLE / "participants.xlsx") for k, v in row.items()
                if k in ("Email", "Phone") and v]
    for edition, lang in EDITIONS:
        for path in _exports(sample_editions / edition / lang):
            text = path.read_text(encoding="utf-8")
            assert not [c for c in contacts if str(c) in text], path
        persons = [p for e in _events(json.loads(_exports(sample_editions / edition / lang)[0].read_bytes()))
                   for p in e["persons"]]
        assert persons and all(set(p) <= {"name", "guid", "role", "biography"} for p in persons)


def _programme(inputs: Path) -> list[tuple]:
    dossier = assemble(read_inputs(inputs)[0])
    return [(i.date, i.start, i.end, i.kind, i.theme, i.title, [b.name for b in i.chairs],
             [b.name for b in i.speakers], i.room, i.notes) for i in dossier.programme]


@pytest.mark.parametrize("kind", ["json", "xml"])
def test_importing_our_own_export_gives_back_the_same_programme(sample_dossier, tmp_path, kind, capsys):
    folder = tmp_path / "again"
    export = _exports(sample_dossier)[kind == "xml"]
    assert main(["import", "schedule", str(export), "--into", str(folder), "--city", "Sofia",
                 "--country", "Bulgaria"]) == 0
    assert main(["validate", "--inputs", str(folder)]) == 0
    assert _programme(folder) == _programme(SAMPLE)


def test_a_real_pretalx_export_builds_with_every_talk_and_every_speaker(tmp_path, capsys):
    data = json.loads(PRETALX.read_bytes())
    talks = {e["title"] for e in _events(data)}
    speakers = {p["name"] for e in _events(data) for p in e["persons"]}
    folder = tmp_path / "democon"
    assert main(["import", "schedule", str(PRETALX), "--into", str(folder)]) == 0
    assert f"read {len(_events(data))} items and {len(speakers)} bios" in capsys.readouterr().err
    assert build(folder, tmp_path / "out", "public") == 0
    out = tmp_path / "out" / "public" / "en"
    programme, bios = pdf_text(out / "programme.pdf"), pdf_text(out / "bios.pdf")
    squash = lambda text: " ".join(text.split())  # noqa: E731 - titles wrap across lines
    assert [t for t in talks if squash(t) not in squash(programme)] == []
    assert [s for s in speakers if split_honorific(s)[1] not in squash(bios)] == []  # "Dr. X" is printed "Dr X"
    # The XML export of the same schedule gives the same rows.
    assert main(["import", "schedule", str(PRETALX.with_suffix(".xml")), "--into", str(tmp_path / "x")]) == 0
    from_xml = [(r["Date"], r["Start"], r["Title"], r["Speakers"], r["Room"])
                for r in sheet_rows(tmp_path / "x" / "programme.xlsx")]
    from_json = [(r["Date"], r["Start"], r["Title"], r["Speakers"], r["Room"])
                 for r in sheet_rows(folder / "programme.xlsx")]
    assert from_xml == from_json


HOSTILE = {
    "external-entity": '<?xml version="1.0"?>\n<!DOCTYPE schedule [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
                       "<schedule><conference><title>&secret;</title></conference></schedule>\n",
    "billion-laughs": '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
                      + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1 or "") + ";") * 10}">' for i in range(1, 10))
                      + "]>\n<schedule><conference><title>&lol9;</title></conference></schedule>\n",
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_schedule_xml_is_refused_and_nothing_is_written(tmp_path, case, capsys):
    path = tmp_path / "schedule.xml"
    path.write_text(HOSTILE[case], encoding="utf-8")
    assert main(["import", "schedule", str(path), "--into", str(tmp_path / "new")]) == 1
    err = capsys.readouterr().err
    assert "refused: the XML declares entities" in err and "Traceback" not in err
    assert not (tmp_path / "new").exists()


INDICO = ["ID", "Title", "First Name", "Last Name", "Email Address", "Affiliation", "Position", "Country",
          "Phone Number", "Registration date", "Registration state", "Checked in"]


def test_an_indico_export_maps_its_columns_and_never_assumes_consent(tmp_path, capsys):
    wb = openpyxl.Workbook()
    wb.active.title = "Registrants"
    wb.active.append(INDICO)
    wb.active.append([1, "Ms", "Ana", "Rusu", "rusu@example.org", "La Strada", "Social worker", "Moldova",
                      "+373 22 555 010", "2012-11-02", "complete", "Yes"])
    wb.active.append([2, "Mr", "Pieter", "van den Berg", "vandenberg@example.org", "Public Prosecution Service",
                      "Prosecutor", "Netherlands", "", "2012-11-03", "complete", "No"])
    wb.save(tmp_path / "registrants.xlsx")
    folder = tmp_path / "event"
    assert main(["import", "indico", str(tmp_path / "registrants.xlsx"), "--into", str(folder)]) == 0
    err = capsys.readouterr().err
    assert 'has no consent column for "Listed": written "no" for all 2 people' in err
    assert 'has no consent column for "Share contact"' in err
    rows = sheet_rows(folder / "participants.xlsx")
    assert [(r["First name"], r["Last name"], r["Organisation"], r["Country"], r["Email"], r["Listed"],
             r["Share contact"], r["Attended"]) for r in rows] == [
        ("Ana", "Rusu", "La Strada", "Moldova", "rusu@example.org", "no", "no", "Yes"),
        ("Pieter", "van den Berg", "Public Prosecution Service", "Netherlands", "vandenberg@example.org", "no",
         "no", "No")]
    assert main(["validate", "--inputs", str(folder)]) == 0

    # As CSV, with the consent question the event added: read, not assumed.
    csv = tmp_path / "registrants.csv"
    csv.write_text("First Name,Last Name,Email Address,Affiliation,Position,Country,"
                   "Publish my name in the list of participants\nAna,Rusu,rusu@example.org,La Strada,Social worker,"
                   "Moldova,yes\n", encoding="utf-8")
    assert main(["import", "indico", str(csv), "--into", str(tmp_path / "other")]) == 0
    assert 'column for "Listed"' not in capsys.readouterr().err
    assert [r["Listed"] for r in sheet_rows(tmp_path / "other" / "participants.xlsx")] == ["yes"]
    # Into a folder that has a participants list already: nothing is overwritten.
    assert main(["import", "indico", str(csv), "--into", str(folder)]) == 1
    assert "already exist; nothing was written" in capsys.readouterr().err
