"""Hostile and broken inputs: each refused or neutralised with its exact message, and the last good dossier
left byte for byte as it was. The cases are made here, on a copy of the clean fixture."""

from __future__ import annotations

import csv
import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from conftest import READERS, ROOT
from pipeline.cli import main

CLEAN = Path(__file__).parent / "fixtures" / "clean"


def _sums(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def good_dossier(tmp_path_factory) -> Path:
    """The last good dossier that every hostile build must leave untouched."""
    out = tmp_path_factory.mktemp("good") / "dossier"
    assert main(["build", "--inputs", str(CLEAN), "--out", str(out), "--edition", "public"]) == 0
    return out


@pytest.fixture
def case(tmp_path, good_dossier):
    inputs = Path(shutil.copytree(CLEAN, tmp_path / "inputs"))
    out = tmp_path / "dossier"
    shutil.copytree(good_dossier, out)
    return inputs, out


def _set_photo(inputs: Path, value: str, bio: str = "berger") -> None:
    path = inputs / "bios" / f"{bio}.md"
    path.write_text(path.read_text(encoding="utf-8").replace("---\n\n", f'photo: "{value}"\n---\n\n', 1),
                    encoding="utf-8")


def _photo_file(inputs: Path, name: str, make) -> None:
    (inputs / "photos").mkdir(exist_ok=True)
    make(inputs / "photos" / name)
    _set_photo(inputs, f"photos/{name}")


def _bomb_zip(path: Path) -> None:
    """A workbook-looking zip whose one part unpacks to 600 MB of zeros (a few hundred KB on disk)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z, z.open("xl/worksheets/sheet1.xml", "w",
                                                                          force_zip64=True) as part:
        block = b"\0" * 2**20
        for _ in range(600):
            part.write(block)


def _xlsx(path: Path, rows: list[list]) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)


def _replace_table(inputs: Path, kind: str, write) -> None:
    (inputs / f"{kind}.xlsx").unlink()
    write(inputs)


CASES = {
    "photo-url": (lambda i: _set_photo(i, "http://evil.example/x.png"),
                  'bios/berger.md, field "photo": photo "http://evil.example/x.png" is a web address or URI'),
    "photo-absolute": (lambda i: _set_photo(i, "/etc/passwd"),
                       'bios/berger.md, field "photo": photo "/etc/passwd" is an absolute path'),
    "photo-dotdot": (lambda i: _set_photo(i, "../../../../etc/passwd"),
                     'photo "../../../../etc/passwd" leads outside the inputs folder'),
    "photo-symlink-out": (lambda i: _photo_file(i, "link.png", lambda p: p.symlink_to("/etc/hostname")),
                          'photo "photos/link.png" leads outside the inputs folder'),
    "photo-bomb": (lambda i: _photo_file(i, "bomb.png", lambda p: Image.new("1", (20000, 20000)).save(p)),
                   'photo "photos/bomb.png" is 20,000 × 20,000 pixels; the limit is 40 megapixels'),
    "photo-corrupt": (lambda i: _photo_file(i, "cut.jpg", lambda p: p.write_bytes(
        _jpeg_bytes()[:600])), 'photo "photos/cut.jpg" is not a readable image'),
    "photo-gif": (lambda i: _photo_file(i, "a.gif", lambda p: Image.new("RGB", (10, 10)).save(p, "GIF")),
                  'photo "photos/a.gif" is a GIF image'),
    "photo-long-name": (lambda i: _set_photo(i, "x" * 5000),  # found by make fuzz: an OSError escaped
                        'photo "' + "x" * 5000 + '" is not a usable file name'),
    "photo-list": (lambda i: _set_photo(i, '[1, 2]"\nphoto: [1, 2]\nx: "'),
                   'bios/berger.md, field "photo": photo "[1, 2]" is not a file name'),
    "photo-huge-file": (lambda i: _photo_file(i, "big.png", lambda p: _sparse(p, 21 * 2**20)),
                        'photo "photos/big.png" is 21 MB; the limit is 20 MB'),
    "bio-symlink-out": (lambda i: (i / "bios" / "leak.md").symlink_to("/etc/passwd"),
                        "bios/leak.md: is a link to a file outside the inputs folder"),
    "table-symlink-out": (lambda i: _replace_table(i, "participants", lambda j: (j / "participants.csv").symlink_to(
        "/etc/passwd")), "participants.csv: is a link to a file outside the inputs folder"),
    "zip-bomb": (lambda i: _bomb_zip(i / "participants.xlsx"),
                 "participants.xlsx: unpacks to 600 MB; the limit is 500 MB"),
    "encrypted": (lambda i: (i / "participants.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600),
                  "participants.xlsx: is password-protected"),
    "not-a-workbook": (lambda i: (i / "programme.xlsx").write_bytes(os.urandom(3000)),
                       "programme.xlsx: cannot be read as a .xlsx spreadsheet"),
    "empty-sheet": (lambda i: _xlsx(i / "programme.xlsx", []), "programme.xlsx [Sheet]: the sheet is empty"),
    "headers-only": (lambda i: _xlsx(i / "programme.xlsx", [["Date", "Start", "End", "Type", "Title", "Speakers"]]),
                     "programme.xlsx [Sheet] row 1: has column headers but no rows below them"),
    "too-many-rows": (lambda i: _replace_table(i, "participants", lambda j: (j / "participants.csv").write_text(
        "First name,Last name\n" + "a,b\n" * 100_001, encoding="utf-8")),
        "participants.csv: has 100,002 rows; the limit is 100,000"),
    "huge-cell": (lambda i: _replace_table(i, "participants", lambda j: (j / "participants.csv").write_text(
        "Title,First name,Last name,Organisation,Position,Country,Email,Listed,Share contact\n"
        f"Ms,Ana,Rusu,{'x' * 10_001},Adviser,Moldova,,yes,no\n", encoding="utf-8")),
        'participants.csv row 2, column "Organisation": holds 10,001 characters; the limit is 10,000'),
    "huge-table-file": (lambda i: _replace_table(i, "participants", lambda j: _sparse(j / "participants.csv",
                                                                                      51 * 2**20)),
                        "participants.csv: is 51 MB; the limit is 50 MB"),
    "huge-bio": (lambda i: (i / "bios" / "clarke.md").write_text("---\nname: Ms Emma Clarke\n---\n" + "x" * 2**20,
                                                                 encoding="utf-8"),
                 "bios/clarke.md: is 1.0 MB; the limit is 1 MB"),
}


def _sparse(path: Path, size: int) -> None:
    with path.open("wb") as f:
        f.truncate(size)


def _jpeg_bytes() -> bytes:
    import io

    out = io.BytesIO()
    Image.new("RGB", (200, 200), "teal").save(out, "JPEG")
    return out.getvalue()


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_input_is_refused_and_the_dossier_untouched(name, case, capsys):
    inputs, out = case
    before = _sums(out)
    make, expected = CASES[name]
    make(inputs)
    assert main(["build", "--inputs", str(inputs), "--out", str(out), "--edition", "public"]) == 1
    err = capsys.readouterr().err
    assert expected in err, err
    assert "Traceback" not in err
    assert _sums(out) == before


@pytest.fixture
def hostile_bio(case):
    inputs, out = case
    bio = inputs / "bios" / "clarke.md"
    bio.write_text(bio.read_text(encoding="utf-8") + (
        "\n<script>alert('x')</script> <img src=x onerror=alert(1)> <iframe src=\"http://evil.example/\"></iframe>\n"
        "[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) "
        "![tracker](http://evil.example/pixel.png) [report](https://example.org/report)\n"), encoding="utf-8")
    return inputs, out


def test_markdown_is_made_safe_in_every_format(hostile_bio, capsys):
    inputs, out = hostile_bio
    assert main(["build", "--inputs", str(inputs), "--out", str(out), "--edition", "public"]) == 0
    err = capsys.readouterr().err
    assert 'bios/clarke.md: contains HTML, which is not printed' in err
    assert 'bios/clarke.md: contains an image, which is not printed' in err
    for doc in ("bios", "dossier"):
        html = (out / "public" / "en" / f"{doc}.html").read_text(encoding="utf-8")
        for bad in ("<script", "onerror", "<iframe", 'href="javascript:', 'href="data:', "evil.example"):
            assert bad not in html, (doc, bad)
        assert 'href="https://example.org/report"' in html
        for fmt in ("pdf", "docx"):
            text = READERS[fmt](out / "public" / "en" / f"{doc}.{fmt}")
            assert "alert" not in text.replace("javascript:alert(1)", "") and "evil.example" not in text
            assert "report (https://example.org/report)" in text, f"{doc}.{fmt}: a link shows its address in print"


def test_a_build_opens_no_socket(hostile_bio, monkeypatch, capsys):
    inputs, out = hostile_bio
    opened = []

    def refuse(*args, **kwargs):
        opened.append(args)
        raise OSError("network refused by the test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert main(["build", "--inputs", str(inputs), "--out", str(out), "--edition", "public", "--jobs", "1"]) == 0
    assert opened == []


def test_a_second_build_at_the_same_time_is_told_and_changes_nothing(case, capsys):
    import fcntl

    inputs, out = case
    before = _sums(out)
    with open(out / ".lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        assert main(["build", "--inputs", str(inputs), "--out", str(out), "--edition", "public"]) == 1
    assert "another build is writing" in capsys.readouterr().err
    assert _sums(out) == before


def test_a_build_killed_while_rendering_leaves_the_last_dossier_whole(case):
    inputs, out = case
    before = _sums(out)
    (inputs / "announcement.md").touch()  # something to render
    build = subprocess.Popen([sys.executable, "-m", "pipeline", "build", "--inputs", str(inputs), "--out", str(out),
                              "--edition", "public", "--jobs", "1"], cwd=ROOT, stderr=subprocess.PIPE, text=True,
                             start_new_session=True)
    for line in build.stderr:  # kill it in the middle of rendering its PDF and DOCX files
        if line.startswith("    public/"):
            os.killpg(build.pid, signal.SIGKILL)
            break
    build.wait()
    assert build.returncode == -signal.SIGKILL
    assert _sums(out) == before
    assert list(out.parent.glob(".dossier.new-*")), "the killed build's staging folder is what it left"
    assert main(["build", "--inputs", str(inputs), "--out", str(out), "--edition", "public"]) == 0
    assert not list(out.parent.glob(".dossier.new-*")), "the next build cleared it"


def test_the_organisers_csv_export_neutralises_formulas(case, capsys):
    inputs, out = case
    (inputs / "participants.xlsx").unlink()
    rows = [["Title", "First name", "Last name", "Organisation", "Position", "Country", "Email", "Listed",
             "Share contact"],
            ["Ms", "Ana", "Rusu", '=HYPERLINK("http://evil.example","Click")', "Adviser", "Moldova", "", "yes", "no"],
            ["Mr", "Ion", "Popa", "+1 cmd|' /C calc'!A0", "Adviser", "Moldova", "", "yes", "no"],
            ["Ms", "Eva", "Lupu", "@SUM(1+1)", "-2+3", "Moldova", "", "yes", "no"]]
    with (inputs / "participants.csv").open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    assert main(["build", "--inputs", str(inputs), "--out", str(out), "--edition", "organisers"]) == 0
    text = (out / "organisers" / "en" / "participants-internal.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK(" in text and "'+1 cmd" in text and "'@SUM(1+1)" in text and "'-2+3" in text
    assert ',=HYPERLINK' not in text and ',"=HYPERLINK' not in text
    assert not list((out / "public" / "en").glob("*.csv")), "no other edition has the export"
