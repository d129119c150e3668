"""`make check` fails when a real reader finds a problem: shown by breaking a built dossier on purpose.

These need the readers that checks/install.sh installs (CI installs them before `make test`); without them the
tests are skipped, and say so.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "checks"))
import check_dossier  # noqa: E402

needs = {
    "soffice": shutil.which("soffice"), "qpdf": shutil.which("qpdf"), "pdffonts": shutil.which("pdffonts"),
    "java": shutil.which("java"), "node": shutil.which("node"), "chromium": shutil.which("chromium"),
    "checks/node_modules": (ROOT / "checks" / "node_modules" / "vnu-jar").is_dir() or None,
}
pytestmark = pytest.mark.skipif(not all(needs.values()),
                                reason="make check's readers are not installed: "
                                       + ", ".join(k for k, v in needs.items() if not v))


def _copy(sample: Path, target: Path, *names: str) -> Path:
    target.mkdir()
    for name in names:
        shutil.copy(sample / name, target / name)
    return target


def test_an_unlabelled_image_fails_the_accessibility_check(sample_dossier, tmp_path):
    folder = _copy(sample_dossier, tmp_path / "d", "bios.html")
    html = folder / "bios.html"
    text = html.read_text(encoding="utf-8")
    start = text.index('<img class="photo"')
    alt = text.index(' alt="', start)
    html.write_text(text[:alt] + text[text.index('"', alt + 6) + 1:], encoding="utf-8")  # drop one alt
    problems = check_dossier.html_accessibility(folder)
    assert any("bios.html" in p and "image-alt" in p for p in problems), problems
    assert check_dossier.main([str(folder)]) == 1


def test_a_truncated_docx_fails_the_libreoffice_check(sample_dossier, tmp_path):
    folder = _copy(sample_dossier, tmp_path / "d", "programme.docx", "programme.html")
    docx = folder / "programme.docx"
    docx.write_bytes(docx.read_bytes()[: docx.stat().st_size // 2])
    problems = check_dossier.docx_in_libreoffice(folder)
    assert problems == [p for p in problems if p.startswith("programme.docx: LibreOffice could not open it")]
    assert problems


def test_a_docx_missing_a_heading_fails_the_libreoffice_check(sample_dossier, tmp_path):
    folder = _copy(sample_dossier, tmp_path / "d", "programme.docx", "programme.html")
    html = folder / "programme.html"
    html.write_text(html.read_text(encoding="utf-8").replace("</main>", "<h2>Excursion to Rila</h2></main>"),
                    encoding="utf-8")
    assert check_dossier.docx_in_libreoffice(folder) == ["programme.docx: LibreOffice shows no 'Excursion to Rila'"]


def test_a_truncated_pdf_fails_qpdf(sample_dossier, tmp_path):
    folder = _copy(sample_dossier, tmp_path / "d", "programme.pdf")
    pdf = folder / "programme.pdf"
    pdf.write_bytes(pdf.read_bytes()[:-2000])
    assert any(p.startswith("programme.pdf: qpdf --check") for p in check_dossier.pdf_structure(folder))


def test_invalid_html_fails_the_nu_checker(sample_dossier, tmp_path):
    folder = _copy(sample_dossier, tmp_path / "d", "index.html")
    page = folder / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("<main", '<p id="main"></p><main'), encoding="utf-8")
    problems = check_dossier.html_validity(folder)
    assert any("index.html" in p and "Duplicate ID" in p for p in problems), problems


def test_pdffonts_output_is_read_by_its_columns():
    output = ("name                                 type              encoding         emb sub uni object ID\n"
              "------------------------------------ ----------------- ---------------- --- --- --- ---------\n"
              "AAAAAA+NotoSans                      CID TrueType      Identity-H       yes yes yes      8  0\n"
              "Helvetica                            Type 1            WinAnsi          no  no  no       9  0\n")
    rows = check_dossier._pdffonts_rows(output)
    assert [(r["name"], r["emb"]) for r in rows] == [("AAAAAA+NotoSans", "yes"), ("Helvetica", "no")]


def test_a_pack_docx_that_lacks_its_pdfs_words_fails_the_libreoffice_check(sample_editions, tmp_path):
    """The working pack's DOCX files have no web page: LibreOffice's text is checked against their PDF twin."""
    organisers = sample_editions / "organisers" / "en"  # make check passes them as they are (CI runs it)
    folder = _copy(organisers, tmp_path / "d", "sign-in-internal.docx")
    shutil.copy(organisers / "briefings-internal.pdf", folder / "sign-in-internal.pdf")  # another document's words
    problems = check_dossier.docx_in_libreoffice(folder)
    assert any(p.startswith("sign-in-internal.docx: LibreOffice shows no") for p in problems)
    assert all(p.startswith("sign-in-internal.docx: ") for p in problems)
