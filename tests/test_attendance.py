"""The Attended column as secretariats fill it from the day's sign-in sheets: yes or no, or the days a person came,
written as people write days in English or French. A day that is not the event's is a located error, every one in
one run; the days give the statistics' day-by-day counts (checked against the sample's sheet in test_statistics)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, edit_sheet, squash
from pipeline.cli import main
from pipeline.normalise import Unparsable
from pipeline.normalise.attendance import attended_days, event_days, parse_attendance

CLEAN = ROOT / "tests" / "fixtures" / "clean"  # 4–5 December 2012
TUESDAY, WEDNESDAY = dt.date(2012, 12, 4), dt.date(2012, 12, 5)
DAYS = event_days(TUESDAY, WEDNESDAY)


@pytest.mark.parametrize("written, came, days", [
    ("yes", True, None), ("Oui", True, None), ("x", True, None), ("no", False, None), ("", False, None),
    ("4 December", True, (TUESDAY,)), ("5 Dec.", True, (WEDNESDAY,)), ("5 déc", True, (WEDNESDAY,)),
    ("4 decembre", True, (TUESDAY,)), ("4, 5 December", True, (TUESDAY, WEDNESDAY)),
    ("4 and 5 Dec", True, (TUESDAY, WEDNESDAY)), ("mardi 4 et mercredi 5 décembre", True, (TUESDAY, WEDNESDAY)),
    ("day 2", True, (WEDNESDAY,)), ("Day 1; Day 2", True, (TUESDAY, WEDNESDAY)), ("J2", True, (WEDNESDAY,)),
    ("Tuesday", True, (TUESDAY,)), ("mercredi", True, (WEDNESDAY,)), ("Tuesday 4th December", True, (TUESDAY,)),
    ("04/12/2012", True, (TUESDAY,)), ("5.12.", True, (WEDNESDAY,)), ("2012-12-05", True, (WEDNESDAY,)),
    (dt.datetime(2012, 12, 4), True, (TUESDAY,)), (5, True, (WEDNESDAY,)), (41248, True, (WEDNESDAY,)),
    ("4-5 December", True, (TUESDAY, WEDNESDAY)), ("4–5 déc.", True, (TUESDAY, WEDNESDAY)),
    ("day 1-2", True, (TUESDAY, WEDNESDAY)), ("04-12-2012", True, (TUESDAY,)), ("both days", True, None),
    ("les deux jours", True, None), ("5 December (morning)", True, (WEDNESDAY,)),
])
def test_the_attended_column_takes_yes_no_or_the_days(written, came, days):
    attendance = parse_attendance(written)
    assert attendance.came is came
    assert attended_days(attendance, DAYS) == days


@pytest.mark.parametrize("written", ["6 December", "Friday", "day 3", "4 November", "2012-12-06"])
def test_a_day_that_is_not_the_events_is_refused_with_its_days(written):
    with pytest.raises(Unparsable) as refused:
        attended_days(parse_attendance(written), DAYS)
    assert "4 December 2012, 5 December 2012" in refused.value.message and "day 1" in refused.value.hint


def test_a_weekday_the_event_has_twice_is_refused_as_unclear():
    fortnight = event_days(dt.date(2012, 12, 3), dt.date(2012, 12, 14))
    with pytest.raises(Unparsable, match='"Tuesday" could be any of 4 December, 11 December'):
        attended_days(parse_attendance("Tuesday"), fortnight)
    with pytest.raises(Unparsable, match=r"\(3 December 2012 to 14 December 2012\)"):
        attended_days(parse_attendance("15 December"), fortnight)
    assert attended_days(parse_attendance("Tuesday 11 December"), fortnight) == (dt.date(2012, 12, 11),)


def test_validation_names_each_wrong_day_by_row_and_column_in_one_run(tmp_path, capsys):
    inputs = Path(shutil.copytree(CLEAN, tmp_path / "inputs"))

    def answers(ws):
        column = ws.max_column + 1
        ws.cell(1, column, "Attendance")  # another header people write
        for row, value in zip(range(2, ws.max_row + 1), ["4 Dec", "6 December", "yes", "perhaps", "day 2",
                                                          "Friday", "no"]):
            ws.cell(row, column, value)
    edit_sheet(inputs / "participants.xlsx", answers)
    assert main(["validate", "--inputs", str(inputs)]) == 1
    said = squash("".join(capsys.readouterr()))
    assert 'row 3, column "Attendance": "6 December" is not one of the event\'s days' in said
    assert 'row 5, column "Attendance": "perhaps" is not yes, no or a day' in said
    assert 'row 7, column "Attendance": "Friday" is not one of the event\'s days' in said
    assert "Traceback" not in said and said.count("is not") == 3, "each wrong cell once, the others accepted"



def test_a_certificate_names_the_days_of_someone_who_came_on_some_days_only(tmp_path):
    import pdfplumber

    from conftest import build, with_pack

    inputs = with_pack(Path(shutil.copytree(CLEAN, tmp_path / "inputs")))
    answers = {"Clarke": "5 Dec.", "Smirnova": "4-5 December", "Rusu": "no"}

    def signed_in(ws):
        column = ws.max_column + 1
        ws.cell(1, column, "Attended")
        for row in range(2, ws.max_row + 1):
            ws.cell(row, column, answers.get(ws.cell(row, 3).value, "yes"))
    edit_sheet(inputs / "participants.xlsx", signed_in)
    assert build(inputs, tmp_path / "out", "organisers") == 0
    with pdfplumber.open(tmp_path / "out" / "organisers" / "en" / "certificates-internal.pdf") as pdf:
        pages = [squash(page.extract_text()) for page in pdf.pages]
    assert len(pages) == 9, "everyone but Ms Rusu came"
    assert [("Clarke" in page) for page in pages if "Day attended: 5 December 2012" in page] == [True], \
        "only hers names a day"
    assert not any("Day attended" in page for page in pages if "Smirnova" in page), "both days: the dates say it"
