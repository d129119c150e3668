"""After the event (`held: yes`), the dossier opens with the report, in each language: its numbers checked against
counts made here from the spreadsheet, the secretariat's words from report.md, links to the final documents."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from conftest import SAMPLE, build, html_text, pdf_text, squash
from pipeline.normalise.places import resolve_place


@pytest.fixture(scope="module")
def held(tmp_path_factory) -> Path:
    inputs = Path(shutil.copytree(SAMPLE, tmp_path_factory.mktemp("held") / "inputs"))
    announcement = inputs / "announcement.md"
    announcement.write_text(announcement.read_text(encoding="utf-8").replace("\n---\n", "\nheld: yes\n---\n", 1),
                            encoding="utf-8")
    out = inputs.parent / "dossier"
    assert build(inputs, out, "public") == 0
    return out / "public"


def _came() -> tuple[int, int]:
    ws = openpyxl.load_workbook(SAMPLE / "participants.xlsx").worksheets[0]
    head = [c.value for c in ws[1]]
    rows = [dict(zip(head, row)) for row in ws.iter_rows(min_row=2, values_only=True)]
    came = [r for r in rows if r["Attended"] == "yes"]
    countries = {resolve_place(r["Country"]).code for r in came if not resolve_place(r["Country"]).is_organisation}
    return len(came), len(countries)


def test_the_sample_before_the_event_opens_with_its_announcement(sample_editions):
    text = html_text(sample_editions / "public" / "en" / "dossier.html")
    assert "Announcement" in text and "The conference took place" not in text


def test_held_the_dossier_opens_with_the_report_in_each_language(held):
    people, countries = _came()
    english = squash(html_text(held / "en" / "dossier.html"))
    assert f"The conference took place on 4–5 December 2012 in Sofia, Bulgaria and brought together {people} " \
           f"participants from {countries} countries." in english
    assert "representatives of international organisations (Council of Europe, European Union, ICMPD, IOM, " \
           "OSCE/ODIHR and UNODC)" in english
    assert "Ms Marja Ruotanen, Director of Justice and Human Dignity" in english, "report.md's own words"
    french = squash(html_text(held / "fr" / "dossier.html"))
    assert "Compte rendu" in french and f"a réuni {people} participants venus de {countries} pays" in french
    assert "(Conseil de l'Europe, ICMPD, OIM, ONUDC, OSCE/BIDDH et Union européenne)" in french
    assert "Mme Marja Ruotanen, directrice de la Justice" in french
    page = (held / "fr" / "dossier.html").read_text(encoding="utf-8")
    assert all(f'href="#{anchor}"' in page for anchor in ("programme", "participants", "bios"))
    assert "<blockquote>" in page, "the opening statement is quoted"
    assert "Compte rendu" in squash(pdf_text(held / "fr" / "dossier.pdf"))
