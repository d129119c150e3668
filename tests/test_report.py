"""After the event (`held: yes`), the dossier opens with the report, in each language: its numbers checked against
counts made here from the spreadsheet, the secretariat's words from report.md, links to the final documents."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import openpyxl
import pytest

from conftest import SAMPLE, build, column_of, edit_sheet, html_text, pdf_text, squash
from pipeline.normalise.places import resolve_place


# After the event, the secretariat types who came from the day's sign-in sheets: here a few who came on one day
# only have that day instead of yes (every 9th person who came: 4 December; every 9th from the 5th: 5 December).
ONE_DAY = {0: "4 December", 4: "5 Dec."}


@pytest.fixture(scope="module")
def held(tmp_path_factory) -> Path:
    inputs = Path(shutil.copytree(SAMPLE, tmp_path_factory.mktemp("held") / "inputs"))
    announcement = inputs / "announcement.md"
    announcement.write_text(announcement.read_text(encoding="utf-8").replace("\n---\n", "\nheld: yes\n---\n", 1),
                            encoding="utf-8")

    def signed_in(ws):
        column = column_of(ws, "Attended")
        came = [row for row in range(2, ws.max_row + 1) if ws.cell(row, column).value == "yes"]
        for n, row in enumerate(came):
            if n % 9 in ONE_DAY:
                ws.cell(row, column, ONE_DAY[n % 9])
    edit_sheet(inputs / "participants.xlsx", signed_in)
    out = inputs.parent / "dossier"
    assert build(inputs, out, "public") == 0
    return out / "public"


def _rows(held: Path) -> list[dict]:
    ws = openpyxl.load_workbook(held.parent.parent / "inputs" / "participants.xlsx").worksheets[0]
    head = [c.value for c in ws[1]]
    return [dict(zip(head, row)) for row in ws.iter_rows(min_row=2, values_only=True)]


def _came(held: Path) -> tuple[int, int]:
    came = [r for r in _rows(held) if r["Attended"] not in ("no", None, "")]  # yes, or the days they came
    countries = {resolve_place(r["Country"]).code for r in came if not resolve_place(r["Country"]).is_organisation}
    return len(came), len(countries)


def test_the_sample_before_the_event_opens_with_its_announcement(sample_editions):
    text = html_text(sample_editions / "public" / "en" / "dossier.html")
    assert "Announcement" in text and "The conference took place" not in text


def test_held_the_dossier_opens_with_the_report_in_each_language(held):
    people, countries = _came(held)
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


# The people the sample's categories stand for, as the report names them (not the organisations nor the secretariat).
PEOPLE = {"en": ("government officials", "diplomats", "academics", "civil society representatives", "business people",
                 "law enforcement officials", "social workers", "journalists"),
          "fr": ("des représentants des pouvoirs publics", "des diplomates", "des universitaires",
                 "des représentants de la société civile", "des représentants des entreprises",
                 "des agents des services répressifs", "des travailleurs sociaux", "des journalistes")}


@pytest.mark.parametrize("lang, opening", [("en", "Participants included "),
                                           ("fr", "Parmi les participants figuraient ")])
def test_held_the_public_page_is_the_report_linking_the_editions_pages(held, lang, opening):
    page = (held / lang / "index.html").read_text(encoding="utf-8")
    text = squash(html_text(held / lang / "index.html"))
    people, countries = _came(held)
    assert f"{people} participants" in text and f"{countries} " in text
    said = text.split(opening, 1)[1].split(".", 1)[0]
    assert all(phrase in said for phrase in PEOPLE[lang]), said
    assert "secretariat" not in said.lower() and "organisation" not in said.lower()
    assert all(f'href="{name}.html"' in page for name in ("programme", "participants", "bios")), \
        "the report links the edition's own pages"
    assert "<blockquote>" in page
    files = text.split("Report" if lang == "en" else "Compte rendu", 1)[1]
    assert "Ruotanen" in files and ("Programme" in files), "the report, then the edition's files"


def test_before_the_event_the_public_page_has_no_report(sample_editions):
    text = html_text(sample_editions / "public" / "en" / "index.html")
    assert "The conference took place" not in text and "Report" not in text


def test_categories_are_told_as_typed_never_as_markup_and_each_once_whatever_its_spelling(tmp_path):
    """Hostile or unusual Category values: the report prints them as the characters typed (no tag, no link), and
    a usual category's English and French spellings are one category."""
    from conftest import ROOT, edit_sheet

    inputs = Path(shutil.copytree(ROOT / "tests" / "fixtures" / "clean", tmp_path / "inputs"))
    announcement = inputs / "announcement.md"
    announcement.write_text(announcement.read_text(encoding="utf-8").replace("\n---\n", "\nheld: yes\n---\n", 1),
                            encoding="utf-8")
    hostile = ["<img src=x onerror=alert(1)>", "[click](javascript:alert(1))", "Gouvernement", "government",
               "Ministry", "**police**"]

    def categories(ws):
        ws.cell(1, ws.max_column + 1, "Category")
        for row, value in enumerate(hostile, 2):
            ws.cell(row, ws.max_column, value)
    edit_sheet(inputs / "participants.xlsx", categories)
    assert build(inputs, tmp_path / "out", "public") == 0
    page = (tmp_path / "out" / "public" / "en" / "index.html").read_text(encoding="utf-8")
    said = squash(html_text(tmp_path / "out" / "public" / "en" / "index.html")).split("Participants included ")[1]
    said = said.split(". There were")[0]
    assert said.startswith("government officials, "), "three spellings of one category, the most numerous"
    assert said.count("government officials") == 1
    assert 'people in the “<img src=x onerror=alert(1)>” category' in said
    assert 'people in the “[click](javascript:alert(1))” category' in said and "**police**" in said
    assert "<img" not in page and 'href="javascript' not in page and "<strong>police" not in page
    rows = openpyxl.load_workbook(inputs / "participants.xlsx").worksheets[0].iter_rows(min_row=2, values_only=True)
    places = [resolve_place(row[5]) for row in rows]
    countries = len({p.code for p in places if not p.is_organisation})
    assert f"brought together {len(places)} participants from {countries} countries" in squash(html_text(
        tmp_path / "out" / "public" / "en" / "index.html")), "no Attended column: everyone registered is counted"


@pytest.mark.parametrize("lang, days", [("en", ("4 December", "5 December")), ("fr", ("4 décembre", "5 décembre"))])
def test_the_statistics_count_who_came_each_day_as_the_sign_in_sheets_say(held, lang, days):
    listed = [r for r in _rows(held) if r["Listed"] == "yes"]
    both = ("4 December", "5 December")
    on = {"yes": both, "4 December": both[:1], "5 Dec.": both[1:]}
    per_day = Counter(day for r in listed if r["Attended"] in on for day in on[r["Attended"]])
    assert per_day["4 December"] != per_day["5 December"], "some came on one day only"
    statistics = json.loads((held / lang / "data.json").read_text(encoding="utf-8"))["statistics"]
    by_day = next(b for b in statistics["breakdowns"] if b["id"] == "by-day")
    assert {c["label"]: c["shown"] for c in by_day["counts"]} == {shown: str(per_day[day])
                                                                  for shown, day in zip(days, both)}
    assert str(len(listed)) in by_day["caption"], "of how many registered (and listed: the public edition)"


@pytest.mark.parametrize("written, label", [
    ("government", "Government"), ("Government officials", "Government"), ("Gouvernement", "Government"),
    ("NGOs", "Civil society"), ("Civil society / NGOs", "Civil society"), ("ONG", "Civil society"),
    ("Journalists", "Media"), ("Médias", "Media"), ("Academia & research", "Academia"),
    ("IO", "International organisations"),
    ("Organisations internationales", "International organisations"), ("Law enforcement officials", "Law enforcement"),
    ("corps diplomatique", "Diplomatic corps"), ("Travailleurs sociaux", "Social services"), ("Students", None),
])
def test_the_usual_categories_are_known_however_they_are_written(written, label):
    from pipeline.normalise.categories import known_category

    known = known_category(written)
    assert (known.label if known else None) == label
