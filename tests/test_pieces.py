"""Long PDFs laid out in pieces and joined (render/compose/units.py, render/compose/join.py) read as if laid out whole: the
same words, every page numbered "Page X of Y", one tagged structure, the data attached, the same bytes twice.
The sample is cut into pieces of about 4 pages (DOSSIER_PIECE_PAGES), as a conference 100 times larger is
cut into pieces of 60; test_full_dossier runs its PDF tests on this dossier too (contents, bookmarks, links)."""

from __future__ import annotations

import re

import pikepdf
import pytest
from pypdf import PdfReader

from conftest import build, column_of, edit_sheet
from pipeline.editions import INTERNAL_MARK

JOINED = ("dossier.pdf", "bios.pdf")  # the sample's documents long enough to be cut at 4 pages a piece
FOOTER = re.compile(r"Page (\d+) of (\d+)")


def _pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_the_sample_is_cut_where_the_test_expects(pieced_dossier):
    """Guard: the documents below are really joined (they have pages in excess of a whole layout's)."""
    for name in JOINED:
        with pikepdf.open(pieced_dossier / name) as pdf:
            assert len(pdf.Root.StructTreeRoot.K[0].K) > 1
    assert not list(pieced_dossier.glob(".*pieces")), "the pieces are removed once joined"


@pytest.mark.parametrize("name", JOINED)
def test_every_page_is_numbered_page_x_of_y(pieced_dossier, name):
    pages = _pages(pieced_dossier / name)
    numbered = pages[1:] if name == "dossier.pdf" else pages  # the dossier's cover has no number
    if name == "dossier.pdf":
        assert not FOOTER.search(pages[0])
    first = len(pages) - len(numbered) + 1
    for number, text in enumerate(numbered, start=first):
        assert FOOTER.findall(text) == [(str(number), str(len(pages)))], f"page {number}"


def _lines(path) -> set[str]:
    """Every line of text, without page numbers and the contents' page numbers (pieces add page breaks)."""
    lines = set()
    for text in _pages(path):
        for line in text.splitlines():
            line = re.sub(r"\.{3,}\s*\d+$", "", FOOTER.sub("", line)).strip()
            if line:
                lines.add(line)
    return lines


@pytest.mark.parametrize("name", JOINED)
def test_pieces_hold_the_same_text_as_the_whole(pieced_dossier, sample_dossier, name):
    assert _lines(pieced_dossier / name) == _lines(sample_dossier / name)


@pytest.mark.parametrize("name", JOINED)
def test_the_joined_pdf_is_one_tagged_archival_document(pieced_dossier, sample_dossier, name):
    with pikepdf.open(sample_dossier / name) as whole:
        attached = [str(n) for n in list(whole.Root.Names.EmbeddedFiles.Names)[::2]]
    with pikepdf.open(pieced_dossier / name) as pdf:
        assert pdf.check_pdf_syntax() == []  # qpdf's own reading of every object and stream
        assert pdf.Root.MarkInfo.Marked
        with pdf.open_metadata() as xmp:
            assert (xmp["pdfaid:part"], xmp["pdfaid:conformance"]) == ("3", "A")
        assert [str(n) for n in list(pdf.Root.Names.EmbeddedFiles.Names)[::2]] == attached
        structure = pdf.Root.StructTreeRoot
        nums = list(structure.ParentTree.Nums)
        keys = [int(k) for k in nums[::2]]
        assert len(keys) == len(set(keys)) and int(structure.ParentTreeNextKey) == max(keys) + 1
        parents = {int(page.obj.StructParents) for page in pdf.pages}
        parents |= {int(a.StructParent) for page in pdf.pages for a in page.obj.get("/Annots", ())}
        assert parents <= set(keys), "every page and link finds its structure elements"
        pages = {page.objgen for page in pdf.pages}
        elements = [e for value in nums[1::2] for e in (value if isinstance(value, pikepdf.Array) else [value])]
        assert elements and all(e.Pg.objgen in pages for e in elements if "/Pg" in e)
        document = structure.K[0]
        assert all(top.P.objgen == document.objgen for top in document.K)
        fonts = _fonts(pdf)
        assert fonts and all(fonts.values()), fonts


def _fonts(pdf: pikepdf.Pdf) -> dict[str, bool]:
    """Font → whether it is embedded, for the fonts of the pages and of the forms drawn on them (the stamped
    page numbers among them)."""
    embedded, seen = {}, set()

    def visit(resources) -> None:
        if resources is None or resources.objgen in seen and resources.objgen != (0, 0):
            return
        seen.add(resources.objgen)
        for _, font in resources.get("/Font", {}).items():
            for face in font.get("/DescendantFonts", [font]):
                descriptor = face.get("/FontDescriptor", {})
                embedded[str(face.get("/BaseFont"))] = any(key in descriptor
                                                           for key in ("/FontFile", "/FontFile2", "/FontFile3"))
        for _, xobject in resources.get("/XObject", {}).items():
            if xobject.get("/Subtype") == "/Form":
                visit(xobject.get("/Resources"))

    for page in pdf.pages:
        visit(page.obj.get("/Resources"))
    return embedded


def test_links_across_pieces_become_links_inside_the_document(pieced_dossier):
    with pikepdf.open(pieced_dossier / "dossier.pdf") as pdf:
        names = pdf.Root.Names.Dests.Names
        dests = {str(n) for n in list(names)[::2]}
        links = [a for page in pdf.pages for a in page.obj.get("/Annots", ()) if a.Subtype == "/Link"]
        internal = [str(a.Dest) for a in links if "/Dest" in a]
        assert internal and set(internal) <= dests
        assert not [a for a in links if "/A" in a and str(a.A.get("/URI", "")).startswith("#")]


def test_a_pieced_build_gives_the_same_bytes_again(pieced_dossier, sample_en, tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_PIECE_PAGES", "4")
    assert build(sample_en, tmp_path / "again", "public") == 0
    for name in JOINED:
        assert (tmp_path / "again" / "public" / "en" / name).read_bytes() == (pieced_dossier / name).read_bytes(), name


def test_organisers_pieces_carry_the_internal_mark_on_every_page(sample_en, tmp_path, monkeypatch):
    """A piece that starts inside a part takes the running heads in force there, the mark among them."""
    monkeypatch.setenv("DOSSIER_PIECE_PAGES", "4")
    assert build(sample_en, tmp_path / "out", "organisers") == 0
    for name in ("dossier-internal.pdf", "bios-internal.pdf", "participants-internal.pdf"):
        for number, text in enumerate(_pages(tmp_path / "out" / "organisers" / "en" / name), start=1):
            assert INTERNAL_MARK in text, f"{name} page {number}"


def test_a_dossier_in_pieces_with_no_one_listed(inputs_copy, tmp_path, monkeypatch):
    """A part with nothing to cut (nobody agreed to be listed) is one piece of its own."""
    def nobody(ws):
        for row in range(2, ws.max_row + 1):
            ws.cell(row, column_of(ws, "Listed"), "no")
    edit_sheet(inputs_copy / "participants.xlsx", nobody)
    monkeypatch.setenv("DOSSIER_PIECE_PAGES", "4")
    assert build(inputs_copy, tmp_path / "out", "public") == 0
    text = " ".join(_pages(tmp_path / "out" / "public" / "en" / "dossier.pdf"))
    assert "List of participants" in text and "Speakers' biographies" in text
