"""Each page laid out once: the units of a document (render/compose/units.py) are shared by the editions and by the full
dossier, a date is stamped rather than laid out, and an edit lays out only the units that show it. Read from
the build's own report, and from the pages of the files. Correctness only; speed is measured by `make bench`."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
from collections import Counter
from pathlib import Path

import pikepdf
from pypdf import PdfReader
import pytest

from conftest import column_of, edit_sheet, with_pack
from pipeline.cli import main

CLEAN = Path(__file__).parent / "fixtures" / "clean"
EVERYONE = "public, delegates, organisers"
PACK = ("badges", "name-cards", "sign-in", "briefings")  # the working pack (no Attended column: no certificates)


class Built:
    """What one build reported: the units it laid out (PDF) and wrote (DOCX text), the files it made."""

    def __init__(self, err: str):
        self.err = err
        self.laid = Counter(re.findall(r"^    lay out (.+?)\s+\d+\.\d\d s", err, re.M))
        self.written = Counter(re.findall(r"^    write (\S+) text \((.+?)\)", err, re.M))
        self.files = set(re.findall(r"^    ((?:public|delegates|organisers)/\S+)", err, re.M))
        figures = re.search(r"(\d+) pages laid out for (\d+) published", err)
        self.pages_laid, self.pages_published = int(figures[1]), int(figures[2])
        self.kept = int(re.search(r"(\d+) units in the cache", err)[1])
        self.fronts = len(re.findall(r"^    \w+/dossier\S*\.pdf\s+\d+\.\d\d s\s+\d+ pages? laid out", err, re.M))


@pytest.fixture
def event(tmp_path, empty_cache) -> Path:
    """The clean fixture, with the working pack: its documents are units like the dossier's; a cache of its own,
    empty, so that the first build lays out everything."""
    return with_pack(Path(shutil.copytree(CLEAN, tmp_path / "inputs")))


def _build(inputs: Path, out: Path, capsys) -> Built:
    assert main(["build", "--inputs", str(inputs), "--out", str(out), "--archive", str(out.parent / "none")]) == 0
    return Built(capsys.readouterr().err)


def _later(path: Path) -> None:
    stamp = path.stat().st_mtime + 5
    os.utime(path, (stamp, stamp))


@pytest.fixture(scope="module")
def clean_build(tmp_path_factory) -> tuple[Path, Built]:
    """The clean fixture built once in its three editions, as a first build (nothing in the cache)."""
    out = tmp_path_factory.mktemp("once") / "dossier"
    inputs = with_pack(Path(shutil.copytree(CLEAN, out.parent / "inputs")))
    err = io.StringIO()
    with contextlib.redirect_stderr(err), pytest.MonkeyPatch.context() as patch:
        patch.setenv("DOSSIER_CACHE", str(out.parent / "cache"))
        assert main(["build", "--inputs", str(inputs), "--out", str(out), "--archive", str(out.parent / "none")]) == 0
    return out, Built(err.getvalue())


def test_what_editions_share_is_laid_out_once(clean_build):
    out, built = clean_build
    assert built.laid == Counter({f"programme ({EVERYONE})": 1, f"bios ({EVERYONE})": 1,
                                  f"announcement ({EVERYONE})": 1, "participants (public)": 1,
                                  "participants (delegates)": 1, "participants (organisers)": 1,
                                  "the stamps' glyphs": 1, **{f"{doc} (organisers)": 1 for doc in PACK},
                                  # the statistics count the listed outside the organisers' edition: one view
                                  "statistics (public, delegates)": 1, "statistics (organisers)": 1})
    # The DOCX text is shared too (the organisers' mark is stamped in its page headers).
    assert built.written[("programme.docx", EVERYONE)] == 1 and built.written[("bios.docx", EVERYONE)] == 1
    # the participants' and dossier's, one per edition; the pack's; the statistics' (two views)
    assert sum(built.written.values()) == 8 + 2 + 2
    assert len(built.files) == 30 + 6
    # The full dossier re-lays out nothing (the pack's pages, in one file each, are laid out once for it).
    pack = sum(len(PdfReader(out / "organisers" / "en" / f"{doc}-internal.pdf").pages) for doc in PACK)
    # The statistics too: one view for the public and the delegates, another for the organisers.
    statistics = {edition: len(PdfReader(out / edition / "en" / f"statistics{suffix}.pdf").pages)
                  for edition, suffix in (("public", ""), ("delegates", ""), ("organisers", "-internal"))}
    laid = built.pages_laid - pack - statistics["public"] - statistics["organisers"]
    assert laid <= (built.pages_published - pack - sum(statistics.values())) / 2


def test_the_dossier_holds_the_very_pages_of_its_documents(clean_build):
    """The page streams of the separate programme are those of the full dossier's programme part: laid out
    once, each file adding only its stamps (page numbers)."""
    out, _ = clean_build
    with pikepdf.open(out / "public" / "en" / "programme.pdf") as alone, pikepdf.open(out / "public" / "en" / "dossier.pdf") as whole:
        start = next(n for n, page in enumerate(whole.pages) if _laid(page) == _laid(alone.pages[0]))
        assert start > 1  # after the cover, the contents and the announcement
        for n, page in enumerate(alone.pages):
            assert _laid(whole.pages[start + n]) == _laid(page)
        assert _stamp(alone.pages[0]) != _stamp(whole.pages[start])  # "Page 1 of 2" against "Page 4 of …"


def _laid(page: pikepdf.Page) -> bytes:
    """The page's own content: its streams but the stamps the join wraps around them."""
    return b"".join(stream.read_bytes() for stream in list(page.obj.Contents)[1:-1])


def _stamp(page: pikepdf.Page) -> bytes:
    return list(page.obj.Contents)[-1].read_bytes()


def test_editing_one_bio_lays_out_only_the_bios(event, tmp_path, capsys):
    out = tmp_path / "dossier"
    first = _build(event, out, capsys)
    bio = event / "bios" / "clarke.md"
    bio.write_text(bio.read_text(encoding="utf-8").replace("works as", "has worked for twenty years as"),
                   encoding="utf-8")
    _later(bio)
    again = _build(event, out, capsys)
    # The chairs' briefings print the first paragraph of each speaker's bio.
    assert again.laid == Counter({f"bios ({EVERYONE})": 1, "briefings (organisers)": 1})
    assert {doc for doc, _ in again.written} == {"bios.docx", "dossier.docx", "briefings.docx"}
    # The programme shows the bios' names: its date moved, so its files are stamped again, not laid out.
    assert "public/en/programme.pdf" in again.files and "public/en/participants.pdf" not in again.files
    made = sum(again.laid.values()) + sum(again.written.values())
    assert again.kept == first.kept + made, "the units made are added; the earlier ones stay until evicted"


def test_editing_a_participant_lays_out_no_programme_and_no_bios(event, tmp_path, capsys):
    out = tmp_path / "dossier"
    _build(event, out, capsys)
    edit_sheet(event / "participants.xlsx", lambda ws: ws.cell(2, column_of(ws, "Position"), "Senior Adviser"))
    _later(event / "participants.xlsx")
    again = _build(event, out, capsys)
    assert set(again.laid) == {"participants (public)", "participants (delegates)", "participants (organisers)"}
    assert {doc for doc, _ in again.written} == {"participants.docx", "dossier.docx"}
    assert not {f for f in again.files if "programme" in f or "bios" in f}


def test_a_date_that_moves_is_stamped_not_laid_out(event, tmp_path, capsys):
    out = tmp_path / "dossier"
    _build(event, out, capsys)
    _later(event / "announcement.md")  # every document shows the announcement's facts: all are dated anew
    again = _build(event, out, capsys)
    assert not again.laid and not again.written and not again.fronts
    assert len(again.files) == 30 + 6
    with pikepdf.open(out / "organisers" / "en" / "dossier-internal.pdf") as pdf:
        stamp = dt_of(event / "announcement.md")
        assert str(pdf.docinfo.CreationDate) == stamp
        with pdf.open_metadata() as xmp:
            assert xmp["xmp:CreateDate"].startswith(stamp[2:6])


def dt_of(path: Path) -> str:
    import datetime as dt
    return dt.datetime.fromtimestamp(int(path.stat().st_mtime), dt.timezone.utc).strftime("D:%Y%m%d%H%M%SZ")


def test_a_damaged_cache_costs_time_not_the_build(event, tmp_path, capsys):
    out = tmp_path / "dossier"
    first = _build(event, out, capsys)
    (Path(os.environ["DOSSIER_CACHE"]) / "units.sqlite").write_bytes(b"not a database, as a full disk or a crash "
                                                                       b"may leave it")
    _later(event / "programme.xlsx")
    again = _build(event, out, capsys)
    # Every unit of the files the programme's new date changes, laid out again; the name cards do not show the
    # programme: their file is the last build's.
    assert again.laid == first.laid - Counter({"name-cards (organisers)": 1}), "every unit laid out again"
