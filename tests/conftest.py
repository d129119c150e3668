"""Shared fixtures: the sample inputs, a build of them, and readers of what the outputs really contain.

Expected values are read straight from the input files with openpyxl and
PyYAML, never through the pipeline, so the tests cannot agree with a bug.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest
import yaml
from docx import Document
from pypdf import PdfReader

from pipeline.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "inputs"
_OWN_CACHE: list[str] = []


def pytest_configure(config):
    """Every build of the session shares one layout cache, as every build on a machine does (never the user's own):
    a fixture built again by another test, in another folder, lays out nothing again. Tests that count what a
    first build lays out take an empty cache of their own (`empty_cache`).

    With workers (pytest-xdist: make test), the sample that most tests read is built once, here, before they
    start, rather than by each worker at the same time: the workers then read that one build."""
    if hasattr(config, "workerinput"):
        return  # a worker: the controller has set everything up
    if "DOSSIER_CACHE" not in os.environ:
        os.environ["DOSSIER_CACHE"] = tempfile.mkdtemp(prefix="dossier-test-cache-")
        _OWN_CACHE.append(os.environ["DOSSIER_CACHE"])
    if getattr(config.option, "numprocesses", None) and "DOSSIER_TEST_SAMPLE" not in os.environ:
        out = Path(tempfile.mkdtemp(prefix="dossier-test-sample-")) / "dossier"
        _OWN_CACHE.append(str(out.parent))
        made = subprocess.run([sys.executable, "-m", "pipeline", "build", "--inputs", str(SAMPLE), "--out", str(out),
                               "--archive", str(out.parent / "archive")], cwd=ROOT, capture_output=True, text=True)
        if made.returncode == 0:
            os.environ["DOSSIER_TEST_SAMPLE"] = str(out)


def pytest_unconfigure(config):
    for folder in _OWN_CACHE:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def empty_cache(tmp_path, monkeypatch) -> Path:
    """A layout cache of this test's own, empty at its start."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("DOSSIER_CACHE", str(folder))
    return folder


def squash(text: str) -> str:
    """Collapse white space (line breaks in PDFs) so phrases can be searched; zero-width spaces (where a DOCX lets
    an address break) are not text a reader sees."""
    return re.sub(r"\s+", " ", text.replace("\u200b", "")).strip()


def pdf_text(path: Path) -> str:
    raw = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    raw = re.sub(r"\u2010\s+", "", raw)  # a word hyphenated at a line end (WeasyPrint writes U+2010 there)
    return re.sub(r"(?<=\w)- (?=\w)", "-", squash(raw))  # "non-\ngovernmental" broken at its own hyphen


def docx_text(path: Path) -> str:
    doc = Document(path)
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return squash(" ".join(parts))


class _TextOf(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("style", "script")

    def handle_endtag(self, tag):
        self._skip -= tag in ("style", "script")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_text(path: Path) -> str:
    parser = _TextOf()
    parser.feed(path.read_text(encoding="utf-8"))
    return squash(" ".join(parser.parts))


READERS = {"pdf": pdf_text, "docx": docx_text, "html": html_text}


def sheet_rows(path: Path) -> list[dict]:
    ws = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    header = [str(h) for h in rows[0]]
    return [dict(zip(header, row)) for row in rows[1:] if any(v not in (None, "") for v in row)]


def bio_files(inputs: Path) -> list[tuple[dict, str]]:
    """The bios in the inputs' language (not their translations, bios/<name>.fr.md): (front matter, text)."""
    out = []
    for path in sorted((inputs / "bios").glob("*.md")):
        if len(path.suffixes) > 1:
            continue
        _, front, body = path.read_text(encoding="utf-8").split("---", 2)
        out.append((yaml.safe_load(front), body.strip()))
    return out


def edit_sheet(path: Path, edit) -> None:
    """Change the first sheet of a workbook in place: edit(worksheet)."""
    wb = openpyxl.load_workbook(path)
    edit(wb.worksheets[0])
    wb.save(path)


def column_of(ws, header: str) -> int:
    return next(c.column for c in ws[1] if c.value == header)


def english_only(inputs: Path) -> Path:
    """Make a copy of inputs English only (`languages: [en]`) and without the organisers' working pack
    (`working_pack: none`), for tests where a second language and the pack prove nothing more; returns inputs."""
    announcement = inputs / "announcement.md"
    text = announcement.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^languages:.*$", "languages: [en]", text)
    announcement.write_text(text.replace("\n---\n", "\nworking_pack: none\n---\n", 1), encoding="utf-8")
    book = inputs / "participants.xlsx"
    if book.is_file():  # everyone reads English: a person's language must be the event's
        edit_sheet(book, lambda ws: [cell.__setattr__("value", None) for cell in next(
            (col for col in ws.iter_cols(min_row=1) if col[0].value == "Language"), ())[1:]])
    return inputs


def with_pack(inputs: Path) -> Path:
    """Make a copy of the clean fixture (whose announcement says `working_pack: none`, so that the many builds
    of it that test other things do not lay out badges and name cards) make the working pack; returns inputs."""
    announcement = inputs / "announcement.md"
    text, stat = announcement.read_text(encoding="utf-8"), announcement.stat()
    assert "working_pack: none\n" in text
    announcement.write_text(text.replace("working_pack: none\n", ""), encoding="utf-8")
    os.utime(announcement, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # the documents' dates are the fixture's
    return inputs


def build(inputs: Path, out: Path, *editions: str) -> int:
    """Build the given editions (all three when none is named) into out/<edition>/<language>/."""
    return main(["build", "--inputs", str(inputs), "--out", str(out), *(f"--edition={e}" for e in editions)])


@pytest.fixture(scope="session")
def sample_en(tmp_path_factory) -> Path:
    """The sample inputs in English only: what most builds of the sample need."""
    return english_only(Path(shutil.copytree(SAMPLE, tmp_path_factory.mktemp("sample-en") / "inputs")))


@pytest.fixture(scope="session")
def sample_editions(tmp_path_factory) -> Path:
    """The sample built once in all three editions and both its languages: out/public/en, out/public/fr,
    out/delegates/…, out/organisers/…"""
    if os.environ.get("DOSSIER_TEST_SAMPLE"):  # built once for every worker (pytest_configure)
        return Path(os.environ["DOSSIER_TEST_SAMPLE"])
    out = tmp_path_factory.mktemp("sample") / "dossier"
    assert build(SAMPLE, out) == 0
    return out


@pytest.fixture(scope="session")
def sample_dossier(sample_editions) -> Path:
    """The public edition of the sample in English: what anyone may see."""
    return sample_editions / "public" / "en"


@pytest.fixture(scope="session")
def pieced_dossier(tmp_path_factory, sample_en) -> Path:
    """The sample's public edition (in English) with every long PDF laid out in pieces of about 4 pages and
    joined, as a conference a hundred times larger is (render/compose/units.py)."""
    out = tmp_path_factory.mktemp("pieced") / "dossier"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DOSSIER_PIECE_PAGES", "4")
        assert build(sample_en, out, "public") == 0
    return out / "public" / "en"


@pytest.fixture
def inputs_copy(tmp_path) -> Path:
    """A private copy of the sample inputs that a test may break, in English only."""
    target = tmp_path / "inputs"
    shutil.copytree(SAMPLE, target)
    return english_only(target)
