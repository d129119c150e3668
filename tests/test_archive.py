"""Reproducible builds, archival PDFs with their data, the calendar, versioned BagIt archives that prove their
content, and the "Changes since version N" page. On the small clean fixture, to stay quick."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from pathlib import Path

import icalendar
import openpyxl
import pytest
from pypdf import PdfReader

from conftest import READERS, build, with_pack
from pipeline.cli import main

CLEAN = Path(__file__).parent / "fixtures" / "clean"


def _sums(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.startswith(".")}  # not the lock


@pytest.fixture
def event(tmp_path) -> Path:
    """A private copy of the clean fixture (file times kept, as a checkout keeps them)."""
    return Path(shutil.copytree(CLEAN, tmp_path / "inputs"))


def _archive(out: Path, archive: Path, capsys) -> str:
    assert main(["archive", "--out", str(out), "--archive", str(archive)]) == 0
    return capsys.readouterr().err


def _move_first_panel_to_hall_b(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / "programme.xlsx")
    ws = wb.worksheets[0]
    room = next(c.column for c in ws[1] if c.value == "Room")
    ws.cell(4, room, "Hall B")  # "Prevention at the source"
    wb.save(inputs / "programme.xlsx")


def test_two_builds_are_byte_identical(event, tmp_path):
    with_pack(event)
    assert build(event, tmp_path / "one") == 0
    assert build(event, tmp_path / "two") == 0
    one, two = _sums(tmp_path / "one"), _sums(tmp_path / "two")
    # Per edition: 20 files in its language folder, its build-info and its index; the organisers' CSV and
    # working pack (badges, name cards, sign-in sheets and briefings in PDF and DOCX; no Attended column, so no
    # certificates).
    assert len(one) == 3 * 22 + 1 + 6 and one == two


def test_pdfs_are_pdf_a_3a_with_the_editions_data_attached(event, tmp_path):
    assert build(event, tmp_path / "out", "delegates") == 0
    folder = tmp_path / "out" / "delegates" / "en"
    side = json.loads((folder / "data.json").read_text(encoding="utf-8"))
    assert side["edition"] == "delegates" and side["programme"][0]["title"] == "Registration"
    for pdf in folder.glob("*.pdf"):
        reader = PdfReader(pdf)
        xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
        assert 'pdfaid:part="3"' in xmp and 'pdfaid:conformance="A"' in xmp, pdf.name
        assert "/StructTreeRoot" in reader.trailer["/Root"]  # tagged
        # Each PDF carries the part of the data it shows; the full dossier all of it.
        part = {"dossier": "data", "programme": "programme", "participants": "participants", "bios": "speakers",
                "statistics": "statistics"}
        attached = json.loads(reader.attachments[f"{part[pdf.stem]}.json"][0])
        if pdf.stem == "dossier":
            assert attached == side
        else:
            assert attached == {k: side[k] for k in ("edition", "conference", part[pdf.stem])}


def test_calendar_has_every_item_in_the_events_time_zone_with_stable_uids(event, tmp_path):
    assert build(event, tmp_path / "a", "public") == 0
    _move_first_panel_to_hall_b(event)
    assert build(event, tmp_path / "b", "public") == 0
    cals = [icalendar.Calendar.from_ical((tmp_path / x / "public" / "en" / "programme.ics").read_bytes()) for x in "ab"]
    events = [list(c.walk("VEVENT")) for c in cals]
    assert len(events[0]) == 7
    first = events[0][0]
    assert str(first["summary"]) == "Registration"
    assert first["dtstart"].dt.isoformat() == "2012-12-04T09:00:00+02:00"
    assert first["dtstart"].params["TZID"] == "Europe/Sofia" and cals[0].walk("VTIMEZONE")
    assert [str(e["uid"]) for e in events[0]] == [str(e["uid"]) for e in events[1]]
    moved = next(e for e in events[1] if str(e["summary"]) == "Prevention at the source")
    assert str(moved["location"]).startswith("Hall B")


def test_archive_makes_a_bag_per_edition_and_no_new_version_when_unchanged(event, tmp_path, capsys):
    out, archive = tmp_path / "dossier", tmp_path / "archive"
    assert build(event, out) == 0
    err = _archive(out, archive, capsys)
    names = sorted(p.name for p in archive.iterdir())
    assert names == [f"prevention-in-practice-2012-{e}-v1.zip" for e in ("delegates", "organisers", "public")]
    assert "wrote" in err
    assert build(event, out) == 0  # same inputs again
    assert "unchanged since" in _archive(out, archive, capsys)
    assert sorted(p.name for p in archive.iterdir()) == names
    with zipfile.ZipFile(archive / names[2]) as bag:
        listed = bag.namelist()
        root = "prevention-in-practice-2012-public-v1/"
        assert {root + f for f in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt",
                                   "dossier-manifest.json", "data/en/dossier.pdf", "data/en/programme.ics")} <= set(listed)
        manifest = json.loads(bag.read(root + "dossier-manifest.json"))
        assert manifest["edition"] == "public" and manifest["version"] == 1
        assert manifest["files"]["en/participants.pdf"]["size"] > 0 and len(manifest["files"]) == 22
        assert {"weasyprint", "python-docx", "pandas"} <= set(manifest["libraries"])
        assert "participants.xlsx" in manifest["inputs"]
    assert main(["verify", *map(str, sorted(archive.iterdir()))]) == 0


def _rewrite(archive: Path, member: str, change) -> None:
    """A copy of the zip with one member's bytes changed."""
    with zipfile.ZipFile(archive) as source:
        entries = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in entries:
            target.writestr(info, change(data) if info.filename.endswith(member) else data)


def test_verify_names_the_file_whose_bytes_changed(event, tmp_path, capsys):
    out, archive = tmp_path / "dossier", tmp_path / "archive"
    assert build(event, out, "public") == 0
    _archive(out, archive, capsys)
    bag = next(archive.iterdir())
    _rewrite(bag, "data/en/participants.html", lambda b: b.replace(b"Clarke", b"Clarks", 1))
    assert main(["verify", str(bag)]) == 1
    err = capsys.readouterr().err
    assert "data/en/participants.html: SHA-256 differs from the manifest" in err and "FAILED" in err


def test_verify_names_a_file_damaged_inside_the_zip(event, tmp_path, capsys):
    out, archive = tmp_path / "dossier", tmp_path / "archive"
    assert build(event, out, "public") == 0
    _archive(out, archive, capsys)
    bag = next(archive.iterdir())
    with zipfile.ZipFile(bag) as z:
        info = z.getinfo("prevention-in-practice-2012-public-v1/data/en/programme.pdf")
    raw = bytearray(bag.read_bytes())
    raw[info.header_offset + 30 + len(info.filename) + 100] ^= 0xFF  # one byte of its compressed data
    bag.write_bytes(bytes(raw))
    assert main(["verify", str(bag)]) == 1
    assert "data/en/programme.pdf: damaged inside the zip" in capsys.readouterr().err


@pytest.mark.parametrize("pieces", [None, "1"], ids=["whole", "in-pieces"])
def test_a_changed_programme_carries_the_changes_since_the_last_version(event, tmp_path, capsys, monkeypatch,
                                                                        pieces):
    """Also with the PDFs laid out in pieces of about a page (render/compose/units.py): the changes open the dossier's
    second piece, and its contents must still number them."""
    if pieces:
        monkeypatch.setenv("DOSSIER_PIECE_PAGES", pieces)
    out, archive = tmp_path / "dossier", tmp_path / "archive"
    assert build(event, out, "public") == 0
    _archive(out, archive, capsys)
    _move_first_panel_to_hall_b(event)
    assert main(["build", "--inputs", str(event), "--out", str(out), "--edition", "public",
                 "--archive", str(archive)]) == 0
    for doc in ("programme", "dossier"):
        for fmt, read in READERS.items():
            text = read(out / "public" / "en" / f"{doc}.{fmt}")
            assert "Changes since version 1" in text, f"{doc}.{fmt}"
            assert "Prevention at the source" in text and "from Hall A to Hall B" in text, f"{doc}.{fmt}"
    assert "wrote" in _archive(out, archive, capsys)  # version 2
    assert main(["build", "--inputs", str(event), "--out", str(out), "--edition", "public",
                 "--archive", str(archive)]) == 0
    # Rebuilt after archiving: still the changes since version 1, which is what delegates may hold.
    assert "Changes since version 1" in READERS["html"](out / "public" / "en" / "programme.html")


def test_an_unchanged_programme_has_no_changes_page(event, tmp_path, capsys):
    out, archive = tmp_path / "dossier", tmp_path / "archive"
    assert build(event, out, "public") == 0
    _archive(out, archive, capsys)
    assert main(["build", "--inputs", str(event), "--out", str(out), "--edition", "public",
                 "--archive", str(archive)]) == 0
    assert "Changes since" not in READERS["html"](out / "public" / "en" / "dossier.html")
