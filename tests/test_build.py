"""A build of the Sofia sample: every document, in every format, carries what the inputs say."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from docx import Document
from pypdf import PdfReader

from conftest import READERS, ROOT, SAMPLE, bio_files, sheet_rows

DOCUMENTS = ("programme", "participants", "bios")
EVERY = DOCUMENTS + ("dossier", "statistics")  # the separate documents, the full dossier, the statistics
FORMATS = ("html", "pdf", "docx")


def _participants():
    return sheet_rows(SAMPLE / "participants.xlsx")


def _listed(row) -> bool:
    return str(row["Listed"]).strip().lower() == "yes"


def _full_name(row) -> str:
    return f"{row['First name']} {row['Last name']}"


def _without_honorific(name: str) -> str:
    return re.sub(r"^(Ms|Mr|Dr|Prof)\s+", "", name)


def test_build_writes_the_twenty_files_in_each_language_and_the_edition_s_own_two(sample_editions):
    expected = {f"{d}.{f}" for d in EVERY for f in FORMATS} | {"index.html", "data.json", "programme.ics",
                                                                "schedule.json", "schedule.xml"}
    edition = sample_editions / "public"
    assert {p.name for p in edition.iterdir()} == {"en", "fr", "index.html", "build-info.json"}
    for lang in ("en", "fr"):
        written = {p.name for p in (edition / lang).iterdir() if not p.name.startswith(".")}
        assert written == expected
        assert all((edition / lang / name).stat().st_size > 1000 for name in expected)


def test_index_links_every_file(sample_dossier):
    html = (sample_dossier / "index.html").read_text(encoding="utf-8")
    links = set(re.findall(r'href="([^"#]+)"', html))
    assert {f"{d}.{f}" for d in EVERY for f in FORMATS} | {"programme.ics", "data.json", "schedule.json",
                                                             "schedule.xml"} <= links


@pytest.mark.parametrize("fmt", FORMATS)
def test_participant_list_has_every_consenting_person_and_no_other(sample_dossier, fmt):
    text = READERS[fmt](sample_dossier / f"participants.{fmt}")
    people = _participants()
    assert len([p for p in people if not _listed(p)]) >= 1, "the sample must hold someone who did not consent"
    for person in people:
        if _listed(person):
            assert person["Last name"] in text, f"{_full_name(person)} missing from participants.{fmt}"
            assert re.search(rf"\b{re.escape(person['First name'])}\b", text)
        else:
            assert _full_name(person) not in text, f"{_full_name(person)} did not consent but is in participants.{fmt}"
            assert person["Email"] not in text
    listed = [p for p in people if _listed(p)]
    countries = {p["Country"] for p in listed} - {"Council of Europe", "UNODC", "IOM", "OSCE/ODIHR", "EU", "ICMPD"}
    assert f"{len(listed)} participants from {len(countries)} countries" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_personal_contact_details_anywhere(sample_dossier, fmt):
    for doc in EVERY:
        text = READERS[fmt](sample_dossier / f"{doc}.{fmt}")
        assert "@example.org" not in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_programme_has_every_item_title_and_speaker(sample_dossier, fmt):
    text = READERS[fmt](sample_dossier / f"programme.{fmt}")
    for item in sheet_rows(SAMPLE / "programme.xlsx"):
        assert item["Title"] in text, f"{item['Title']!r} missing from programme.{fmt}"
        for cell in (item["Speakers"], item["Chair"]):
            for name in filter(None, (cell or "").split(";")):
                assert name.strip() in text, f"{name.strip()} missing from programme.{fmt}"
    assert "Tuesday 4 December 2012" in text and "Wednesday 5 December 2012" in text
    assert "09:30–09:50" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_bios_have_every_speaker_and_the_first_sentence_of_each_bio(sample_dossier, fmt):
    text = READERS[fmt](sample_dossier / f"bios.{fmt}")
    for meta, body in bio_files(SAMPLE):
        assert meta["name"] in text
        first_sentence = re.split(r"(?<=\.)\s", body.replace("*", ""), maxsplit=1)[0]
        assert re.sub(r"\s+", " ", first_sentence) in text, f"bio of {meta['name']} not in bios.{fmt}"
        assert meta["position"] in text


def test_the_three_formats_list_participants_in_the_same_order(sample_dossier):
    surnames = sorted({p["Last name"] for p in _participants() if _listed(p)}, key=len, reverse=True)

    def order(fmt):
        text = READERS[fmt](sample_dossier / f"participants.{fmt}")
        return [s for s in sorted(surnames, key=lambda s: text.index(s))]

    assert order("html") == order("pdf") == order("docx")


def test_bios_follow_the_order_of_appearance_in_the_programme(sample_dossier):
    text = READERS["pdf"](sample_dossier / "bios.pdf")
    # Chair of the opening, then the opening statement, then the host's welcome.
    assert text.index("Lukas Brenner") < text.index("Marja Ruotanen") < text.index("Desislava Petkova")


def test_pdfs_embed_every_font_and_number_every_page_but_the_cover(sample_dossier):
    for doc in EVERY:
        reader = PdfReader(sample_dossier / f"{doc}.pdf")
        assert reader.pages[0].mediabox.width == pytest.approx(595.3, abs=1)  # A4
        for page in reader.pages:
            fonts = page["/Resources"]["/Font"]
            for ref in fonts.values():
                descendant = ref.get_object()["/DescendantFonts"][0].get_object()
                assert "/FontFile2" in descendant["/FontDescriptor"], f"font not embedded in {doc}.pdf"
        for number, page in enumerate(reader.pages, start=1):
            page_text = page.extract_text()
            if doc == "dossier" and number == 1:
                assert "Page" not in page_text, "the cover carries no page number"
            else:
                assert f"Page {number} of {len(reader.pages)}" in page_text


def test_pdf_renders_cyrillic_and_latin_extended(sample_dossier):
    text = READERS["pdf"](sample_dossier / "bios.pdf")
    assert "Национална комисия за борба с трафика на хора" in text
    assert "Siobhán O'Brien" in text and "Ilze Bērziņa" in text and "Ayşe Demir" in text


def test_docx_uses_named_styles_and_page_number_fields(sample_dossier):
    for doc_id in DOCUMENTS:
        doc = Document(sample_dossier / f"{doc_id}.docx")
        cells = [p for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs]
        used = {p.style.name for p in [*doc.paragraphs, *cells]}
        assert {"Title", "Heading 1"} <= used
        footer = doc.sections[0].footer._element.xml
        assert 'w:instr=" PAGE "' in footer and 'w:instr=" NUMPAGES "' in footer
        assert doc.core_properties.title.startswith(("Programme", "List of participants", "Speakers"))
    programme = Document(sample_dossier / "programme.docx")
    assert "Heading 2" in {p.style.name for p in programme.paragraphs}
    participants = Document(sample_dossier / "participants.docx")
    assert {t.style.name for t in participants.tables} == {"Participant Table"}
    # Rows whole (never half a name on each page); no repeated header row, which LibreOffice cannot combine with
    # whole rows (it drops rows): each country's table opens with its own.
    rows = [row._tr.xml for table in participants.tables for row in table.rows[1:]]
    assert all("<w:cantSplit/>" in row for row in rows) and not any("w:tblHeader" in table.rows[0]._tr.xml
                                                                    for table in participants.tables)


def test_html_is_self_contained_with_language_and_viewport(sample_dossier):
    for name in [f"{d}.html" for d in EVERY] + ["index.html"]:
        html = (sample_dossier / name).read_text(encoding="utf-8")
        assert '<html lang="en">' in html
        assert 'name="viewport"' in html
        resources = re.findall(r'<(?:img|script|link|iframe)[^>]*(?:src|href)="([^"]+)"', html)
        assert all(r.startswith("data:") for r in resources), resources
        assert "url(http" not in html


def test_python_m_pipeline_reports_usage_errors_with_status_2():
    result = subprocess.run([sys.executable, "-m", "pipeline", "frobnicate"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert "usage: dossier" in result.stderr


def test_validate_command_accepts_the_sample(capsys):
    from pipeline.cli import main

    assert main(["validate", "--inputs", str(SAMPLE)]) == 0
    assert "no errors" in capsys.readouterr().err


def test_directory_sorts_accented_names_with_their_base_letter(inputs_copy, tmp_path):
    import openpyxl

    from conftest import build, html_text

    wb = openpyxl.load_workbook(inputs_copy / "participants.xlsx")
    ws = wb.worksheets[0]
    for last in ("Zeman", "Čapek", "Cibulka", "Cech"):
        ws.append(["Mr", "Karel", last, "Ministry of Interior", "Adviser", "Czechia", "government",
                   f"karel.{len(last)}@example.org", "yes", "no"])
    wb.save(inputs_copy / "participants.xlsx")
    out = tmp_path / "out"
    assert build(inputs_copy, out, "public") == 0
    text = html_text(out / "public" / "en" / "participants.html")
    czechia = text[text.index("Czechia ("):text.index("Denmark (")]
    positions = [czechia.index(f"Karel {last}") for last in ("Čapek", "Cech", "Cibulka", "Zeman")]
    assert positions == sorted(positions)
