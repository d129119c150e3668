"""Editions protect personal data: every byte of the public and delegates' editions is searched for what they
must not hold; the organisers' edition holds everyone and says everywhere that it is internal."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest
from docx import Document
from pypdf import PdfReader

from conftest import READERS, ROOT, SAMPLE, sheet_rows
from pipeline.render import TEMPLATES
from leakscan import _solid as solid
from leakscan import PACK_WORDS, scan

MARK = "Internal — not for distribution"
MARKS = {"en": MARK, "fr": "Interne — ne pas diffuser"}  # as a Council of Europe translator writes it


def _people() -> list[dict]:
    return sheet_rows(SAMPLE / "participants.xlsx")


def _yes(value) -> bool:
    return str(value).strip().lower() == "yes"


def _contacts(row: dict) -> set[str]:
    phone = str(row.get("Phone") or "")
    return {v for v in (row.get("Email"), phone, re.sub(r"\D", "", phone)) if v}


def _name(row: dict) -> str:
    return f"{row['First name']} {row['Last name']}"


def test_the_sample_has_people_of_every_kind():
    people = _people()
    assert any(not _yes(p["Listed"]) for p in people)
    assert any(_yes(p["Listed"]) and _yes(p["Share contact"]) for p in people)
    assert any(_yes(p["Listed"]) and not _yes(p["Share contact"]) and p["Email"] for p in people)
    assert any(p.get("Phone") for p in people)


@pytest.mark.parametrize("layout", ["whole", "pieces"])
def test_public_edition_holds_no_contact_detail_and_no_one_who_did_not_consent(sample_editions, pieced_dossier,
                                                                               layout):
    """Also the public edition with its long PDFs laid out in pieces and joined (render/compose/join.py)."""
    forbidden = set().union(*(_contacts(p) for p in _people()))
    forbidden |= {_name(p) for p in _people() if not _yes(p["Listed"])} | PACK_WORDS
    assert scan(sample_editions / "public" / "en" if layout == "whole" else pieced_dossier, forbidden) == []


def test_delegates_edition_holds_contacts_only_of_those_who_agreed(sample_editions):
    people = _people()
    shared = [p for p in people if _yes(p["Listed"]) and _yes(p["Share contact"]) and p["Email"]]
    forbidden = set().union(*(_contacts(p) for p in people if p not in shared))
    forbidden |= {_name(p) for p in people if not _yes(p["Listed"])} | PACK_WORDS  # nothing of the working pack
    assert scan(sample_editions / "delegates", forbidden) == []
    for fmt in READERS:
        text = solid(READERS[fmt](sample_editions / "delegates" / "en" / f"participants.{fmt}"))
        for person in shared:
            assert person["Email"] in text, f"{person['Email']} missing from delegates' participants.{fmt}"


def test_organisers_edition_holds_everyone_and_every_field(sample_editions):
    folder = sample_editions / "organisers" / "en"
    for fmt in READERS:
        text = READERS[fmt](folder / f"participants-internal.{fmt}")
        for person in _people():
            if fmt != "pdf":  # a PDF table cell may wrap a double surname at its hyphen, out of reading order
                assert _name(person) in text
            assert all(solid(c) in solid(text) for c in _contacts(person))
        assert "not listed" in text and "contact not shared" in text


HANDED_OUT = ("badges", "name-cards", "certificates")


@pytest.mark.parametrize("lang", sorted(MARKS))
def test_organisers_edition_is_marked_internal_everywhere(sample_editions, lang):
    folder, MARK = sample_editions / "organisers" / lang, MARKS[lang]  # noqa: N806
    files = sorted(p for p in folder.iterdir() if p.is_file())
    assert files and all(p.stem.endswith("-internal") for p in files), [p.name for p in files]
    for pdf in folder.glob("*.pdf"):
        reader = PdfReader(pdf)
        assert MARK in reader.metadata.title
        # What is cut out, folded or handed out (the working pack's badges, name cards and certificates) is
        # internal in its name and properties, never on its face.
        handed_out = pdf.stem.removesuffix("-internal") in HANDED_OUT
        pages = list(enumerate(reader.pages, start=1))
        for number, page in (pages[:1] + pages[-1:]) if handed_out else pages:  # a card's page is like the next
            assert (MARK in page.extract_text()) != handed_out, f"{pdf.name} page {number}: mark wrongly placed"
    for docx in folder.glob("*.docx"):
        doc = Document(docx)
        assert MARK in doc.core_properties.title and MARK in doc.core_properties.keywords
        section = doc.sections[0]
        assert MARK in section.header.paragraphs[0].text
        if section.different_first_page_header_footer:
            assert MARK in section.first_page_header.paragraphs[0].text
    for page in [*folder.glob("*.html"), folder.parent / "index-internal.html"]:
        html = page.read_text(encoding="utf-8")
        assert 'class="internal-mark"' in html and MARKS[html.split('lang="')[1][:2]] in html, page
        if page.parent == folder:
            assert f"<title>{MARK}" in html


def test_no_other_edition_is_marked_or_suffixed(sample_editions):
    for edition in ("public", "delegates"):
        for path in (p for p in (sample_editions / edition).rglob("*") if p.is_file()):
            assert "internal" not in path.name
            if path.suffix == ".html":
                assert not any(mark in path.read_text(encoding="utf-8") for mark in MARKS.values())


def test_the_leak_scan_catches_an_email_put_into_the_public_template(tmp_path):
    """The scan above is only worth something if it can fail: a template that prints one address by mistake. On
    the small clean event: the scan is the same whatever the size."""
    inputs = ROOT / "tests" / "fixtures" / "clean"
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    victim = next(p for p in sheet_rows(inputs / "participants.xlsx")
                  if _yes(p["Listed"]) and not _yes(p["Share contact"]) and p["Email"])
    part = templates / "parts" / "participants.html.j2"
    part.write_text(part.read_text(encoding="utf-8").replace(
        "{{ view.summary }}.", "{{ view.summary }}. Questions: " + victim["Email"]), encoding="utf-8")
    out = tmp_path / "dossier"
    result = subprocess.run([sys.executable, "-m", "pipeline", "build", "--inputs", str(inputs), "--out", str(out),
                             "--edition", "public"], cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "DOSSIER_TEMPLATES": str(templates)})
    assert result.returncode == 0, result.stderr
    found = scan(out / "public" / "en", {victim["Email"]})
    assert any(f.startswith("participants.pdf") for f in found), found
    assert any(f.startswith("participants.html") for f in found), found
    assert any(f.startswith("dossier.html") for f in found), found


@pytest.mark.parametrize("edition", ["public", "delegates", "organisers"])
def test_each_edition_is_a_complete_dossier(sample_editions, edition):
    suffix = "-internal" if edition == "organisers" else ""
    assert f"index{suffix}.html" in {p.name for p in (sample_editions / edition).iterdir()}
    for lang in ("en", "fr"):
        names = {p.name for p in (sample_editions / edition / lang).iterdir()}
        for doc in ("programme", "participants", "bios", "dossier"):
            assert {f"{doc}{suffix}.{ext}" for ext in ("html", "pdf", "docx")} <= names
        assert f"index{suffix}.html" in names
