"""`dossier init`: a new event's inputs that validate with warnings only (for their example rows) and build, with
workbooks a secretariat can fill in: an Instructions sheet, drop-down lists of the values validation accepts, a
frozen header row."""

from __future__ import annotations

import openpyxl
import pytest

from conftest import build, pdf_text
from pipeline.cli import main
from pipeline.ingest.contract import PARTICIPANTS, PROGRAMME
from pipeline.model import ITEM_TYPES
from pipeline.normalise.places import resolve_place

EVENT = ["--title", "Roma Inclusion: Local Action", "--dates", "2027-03-04..2027-03-05", "--city", "Strasbourg"]


@pytest.fixture(scope="module")
def bilingual(tmp_path_factory):
    folder = tmp_path_factory.mktemp("init") / "new-event"
    assert main(["init", str(folder), *EVENT, "--languages", "en,fr", "--timezone", "Europe/Paris"]) == 0
    return folder


def test_the_new_folder_validates_with_a_warning_for_each_example_only(bilingual, capsys):
    assert sorted(p.relative_to(bilingual).as_posix() for p in bilingual.rglob("*") if p.is_file()) == [
        "announcement.fr.md", "announcement.md", "bios/example.fr.md", "bios/example.md", "participants.xlsx",
        "programme.xlsx"]
    assert main(["validate", "--inputs", str(bilingual)]) == 0
    err = capsys.readouterr().err
    assert "0 errors, 3 warnings" in err
    for where in ('programme.xlsx [Programme] row 2, column "Title"', 'participants.xlsx [Participants] row 2, '
                  'column "Last name"', 'bios/example.md, field "name"'):
        assert f"{where}: is the example" in err
    announcement = (bilingual / "announcement.md").read_text(encoding="utf-8")
    for field in ("title", "start_date", "end_date", "city", "country", "timezone", "languages", "organisers",
                  "expected_participants", "participant_groups", "working_pack", "badge_preset", "signature"):
        assert f"\n{field}:" in announcement or f"\n# {field}:" in announcement, field
    assert 'title: "Roma Inclusion: Local Action"' in announcement and "start_date: 2027-03-04" in announcement


@pytest.mark.parametrize("spec", [PROGRAMME, PARTICIPANTS], ids=lambda s: s.kind)
def test_each_workbook_explains_its_columns_and_offers_the_accepted_values(bilingual, spec):
    wb = openpyxl.load_workbook(bilingual / f"{spec.kind}.xlsx")
    assert wb.sheetnames == [spec.sheet, "Instructions", "Lists"] and wb["Lists"].sheet_state == "hidden"
    sheet = wb[spec.sheet]
    headers = [c.value for c in sheet[1]]
    assert sheet.freeze_panes == "A2" and all(c.font.bold for c in sheet[1])
    assert [c.name for c in spec.columns if c.name in headers] == headers  # the contract's, in its order
    assert any(h.endswith("(fr)") for h in headers), "the event is also in French"
    assert all(sheet.column_dimensions[c.column_letter].width >= 11 for c in sheet[1])
    explained = {row[0].value: row[2].value for row in wb["Instructions"].iter_rows(min_row=5)}
    assert set(headers) <= set(explained) and all(explained[h] for h in headers)

    lists = wb["Lists"]
    offered = {}
    for check in sheet.data_validations.dataValidation:
        column = headers[openpyxl.utils.column_index_from_string(str(check.sqref).split(":")[0].rstrip("0123456789"))
                         - 1]
        formula = check.formula1
        if formula.startswith('"'):
            offered[column] = formula.strip('"').split(",")
        else:
            letter = formula.split("$")[1]
            offered[column] = [c.value for c in lists[letter][1:] if c.value]
        assert check.errorStyle == "warning"  # another spelling is still read: it warns, never refuses
    if spec is PROGRAMME:
        assert set(offered) == {"Type"} and set(offered["Type"]) <= set(ITEM_TYPES) and "panel" in offered["Type"]
    else:
        assert set(offered) == {"Country", "Listed", "Share contact", "Attended", "Visa"}
        assert offered["Listed"] == ["yes", "no"]
        assert {"Bulgaria", "Kosovo", "Council of Europe", "Holy See"} <= set(offered["Country"])
        assert all(resolve_place(name) for name in offered["Country"]), "the list holds only what validation accepts"


def test_a_new_event_builds(tmp_path):
    folder = tmp_path / "event"
    assert main(["init", str(folder), *EVENT]) == 0
    assert build(folder, tmp_path / "out", "public") == 0
    programme = pdf_text(tmp_path / "out" / "public" / "en" / "programme.pdf")
    assert "Roma Inclusion: Local Action" in programme and "Opening of the conference" in programme
    assert "Ms Jane Example" in programme


def test_init_writes_only_into_a_new_or_empty_folder(tmp_path, capsys):
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "notes.txt").write_text("mine")
    assert main(["init", str(tmp_path / "taken")]) == 1
    assert "is not an empty folder; nothing was written" in capsys.readouterr().err
    assert [p.name for p in (tmp_path / "taken").iterdir()] == ["notes.txt"]
    assert main(["init", str(tmp_path / "new"), "--dates", "4 March"]) == 2
    assert main(["init", str(tmp_path / "new"), "--country", "Atlantis"]) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"], "nothing left behind"
