"""The participation statistics: their numbers against counts made here from the spreadsheet itself, what each
edition may show (only the listed outside the organisers', no gender count below 3, no one's gender), the charts
(vectors in HTML and PDF, a picture in DOCX, named for a screen reader, the same bytes every build), data.json."""

from __future__ import annotations

import json
import re
import zipfile
from collections import Counter

import openpyxl
import pytest

from conftest import SAMPLE, docx_text, pdf_text, squash
from pipeline.normalise import Unparsable
from pipeline.normalise.values import parse_gender

GENDER = {"woman": "woman", "man": "man", "another answer": "other", "not given": ""}


# The sample's categories, as the statistics name them in English.
CATEGORIES = {"government": "Government", "diplomatic": "Diplomatic corps", "academia": "Academia",
              "civil society": "Civil society", "business": "Business", "law enforcement": "Law enforcement",
              "international organisation": "International organisations", "social services": "Social services",
              "media": "Media", "secretariat": "Secretariat"}


def _came(row: dict) -> bool:
    return row["Attended"] not in ("no", None, "")


def _sheet() -> list[dict]:
    ws = openpyxl.load_workbook(SAMPLE / "participants.xlsx").worksheets[0]
    head = [c.value for c in ws[1]]
    return [dict(zip(head, row)) for row in ws.iter_rows(min_row=2, values_only=True)]


def _figures(edition_folder, lang="en") -> dict:
    data = json.loads((edition_folder / lang / next(p.name for p in (edition_folder / lang).glob("data*.json")))
                      .read_text(encoding="utf-8"))
    return data["statistics"]


def _counts(statistics: dict, breakdown: str) -> dict[str, str]:
    found = next(b for b in statistics["breakdowns"] if b["id"] == breakdown)
    return {c["label"]: c["shown"] for c in found["counts"]}


@pytest.mark.parametrize("written, gender", [("Woman", "woman"), ("F", "woman"), ("femme", "woman"),
                                             ("Homme", "man"), ("male", "man"), ("autre réponse", "other"),
                                             ("another answer", "other"), ("", ""), ("non précisé", ""),
                                             ("X", "other"), ("—", ""), ("Prefer not to answer", "")])
def test_the_gender_column_takes_english_and_french(written, gender):
    assert parse_gender(written) == gender


def test_a_gender_answer_not_in_the_list_is_refused_with_a_hint():
    with pytest.raises(Unparsable) as refused:
        parse_gender("yes")
    assert "woman, man, another answer or not given" in refused.value.hint


def test_the_organisers_figures_are_the_spreadsheets(sample_editions):
    rows = _sheet()
    came = [r for r in rows if _came(r)]
    statistics = _figures(sample_editions / "organisers")
    assert statistics["totals"]["Registered"] == str(len(rows))
    assert statistics["totals"]["Attended"] == str(len(came))
    genders = Counter(GENDER[r["Gender"]] for r in came)
    assert _counts(statistics, "by-gender") == {"Women": str(genders["woman"]), "Men": str(genders["man"]),
                                                "Another answer": str(genders["other"]),
                                                "Not given": str(genders[""])}
    categories = Counter(CATEGORIES[r["Category"]] for r in came)
    assert _counts(statistics, "by-category") == {k: str(v) for k, v in categories.items()}
    assert statistics["sessions"], "the organisers see each session's speakers and chairs by gender"


def test_the_public_counts_only_the_listed_and_never_a_small_gender_count(sample_editions):
    rows = [r for r in _sheet() if r["Listed"] == "yes"]
    came = [r for r in rows if _came(r)]
    for lang, fewer in (("en", "fewer than 3"), ("fr", "moins de 3")):
        statistics = _figures(sample_editions / "public", lang)
        assert "sessions" not in statistics
        shown = _counts(statistics, "by-gender")
        genders = Counter(GENDER[r["Gender"]] for r in came)
        assert genders["other"] < 3 and fewer in shown.values(), "one person's answer is not told"
        assert all(v == fewer or int(v) >= 3 for v in shown.values())
    statistics = _figures(sample_editions / "public")
    assert statistics["totals"]["Registered"] == str(len(rows))
    page = (sample_editions / "public" / "en" / "statistics.html").read_text(encoding="utf-8")
    unlisted = [r for r in _sheet() if r["Listed"] != "yes"]
    assert not any(f"{r['First name']} {r['Last name']}" in page for r in unlisted)
    assert "one gender only" not in page


def test_each_chart_is_a_named_vector_with_its_table_and_the_same_bytes_every_build(sample_editions, tmp_path):
    from conftest import build

    page = (sample_editions / "public" / "fr" / "statistics.html").read_text(encoding="utf-8")
    charts = re.findall(r'<svg role="img" aria-label="([^"]+)"', page)
    assert len(charts) == 5 and all(re.search(r"\d", label.split(":", 1)[1]) for label in charts), \
        "each chart named by what it counts, then its figures"
    assert "Femmes" in page and "<table class=\"counts\">" in page
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) == len(set(ids)), "no id twice on the page"
    pdf = squash(pdf_text(sample_editions / "public" / "fr" / "statistics.pdf"))
    assert "Statistiques de participation" in pdf and "Femmes et hommes" in pdf
    docx = sample_editions / "organisers" / "en" / "statistics-internal.docx"
    with zipfile.ZipFile(docx) as z:
        assert sum(n.startswith("word/media/") and n.endswith(".png") for n in z.namelist()) == 5
        assert 'descr="' in z.read("word/document.xml").decode()
    assert "Speakers and chairs by session" in docx_text(docx)
    out = tmp_path / "again"
    assert build(SAMPLE, out, "public") == 0
    assert (out / "public" / "fr" / "statistics.html").read_bytes() == \
        (sample_editions / "public" / "fr" / "statistics.html").read_bytes()



def test_without_days_in_the_attended_column_there_is_no_day_by_day(sample_editions):
    """The sample's Attended column says yes or no: no day-by-day counts are made up from it."""
    assert {r["Attended"] for r in _sheet()} == {"yes", "no"}
    statistics = _figures(sample_editions / "organisers")
    assert "by-day" not in {b["id"] for b in statistics["breakdowns"]}
