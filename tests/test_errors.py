"""Broken inputs: exit status 1, one located message per problem, no traceback, nothing written."""

from __future__ import annotations

import hashlib

import pytest

from conftest import build, column_of, edit_sheet
from pipeline.cli import main




def _snapshot(folder):
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _fails(inputs, out, capsys) -> str:
    status = build(inputs, out)
    err = capsys.readouterr().err
    assert status == 1, err
    assert "Traceback" not in err
    assert not out.exists(), "a failed build must write nothing"
    return err


def test_missing_column_is_named_with_file_sheet_and_header_row(inputs_copy, tmp_path, capsys):
    edit_sheet(inputs_copy / "programme.xlsx", lambda ws: ws.delete_cols(column_of(ws, "Start")))
    err = _fails(inputs_copy, tmp_path / "out", capsys)
    assert 'programme.xlsx [Programme] row 1: column "Start" is missing' in err


def test_a_time_that_is_not_a_time_names_row_and_column(inputs_copy, tmp_path, capsys):
    edit_sheet(inputs_copy / "programme.xlsx", lambda ws: ws.cell(5, column_of(ws, "Start"), "9h3O"))
    err = _fails(inputs_copy, tmp_path / "out", capsys)
    assert 'programme.xlsx [Programme] row 5, column "Start": "9h3O" is not a time (expected HH:MM, for example 09:30)' in err


def test_a_speaker_with_no_bio_names_the_cell_and_suggests_the_closest_bio(inputs_copy, tmp_path, capsys):
    (inputs_copy / "bios" / "dumitrescu-ioana.md").unlink()

    def misspell(ws):
        ws.cell(7, column_of(ws, "Chair"), "Ms Elena Russu")  # a typo for Rusu

    edit_sheet(inputs_copy / "programme.xlsx", misspell)
    err = _fails(inputs_copy, tmp_path / "out", capsys)
    assert 'row 7, column "Speakers": "Ms Ioana Dumitrescu" has no bio' in err
    assert 'row 7, column "Chair": "Ms Elena Russu" has no bio (did you mean "Elena Rusu"?)' in err


def test_every_problem_is_reported_in_one_run(inputs_copy, tmp_path, capsys):
    edit_sheet(inputs_copy / "programme.xlsx", lambda ws: (ws.cell(3, column_of(ws, "End"), "25:00"),
                                                      ws.cell(4, column_of(ws, "Date"), "31.02.2012")))

    def participants(ws):
        ws.cell(2, column_of(ws, "Country"), "Atlantis")
        ws.cell(3, column_of(ws, "Email"), "not-an-address")
        ws.cell(4, column_of(ws, "Listed"), "perhaps")

    edit_sheet(inputs_copy / "participants.xlsx", participants)
    err = _fails(inputs_copy, tmp_path / "out", capsys)
    assert 'row 3, column "End": "25:00" is not a time' in err
    assert 'row 4, column "Date": "31.02.2012" is not a date' in err
    assert 'participants.xlsx [Participants] row 2, column "Country": "Atlantis" is not a country' in err
    assert 'row 3, column "Email": "not-an-address" is not an e-mail address' in err
    assert 'row 4, column "Listed": "perhaps" is not yes or no' in err
    assert "5 errors in the inputs; nothing was written." in err


def test_an_end_before_its_start_is_an_error(inputs_copy, tmp_path, capsys):
    edit_sheet(inputs_copy / "programme.xlsx", lambda ws: ws.cell(3, column_of(ws, "End"), "09:00"))
    err = _fails(inputs_copy, tmp_path / "out", capsys)
    assert 'row 3, column "End": ends at 09:00, not after its start at 09:30' in err


def test_a_failed_build_leaves_the_previous_dossier_byte_for_byte(inputs_copy, sample_dossier, tmp_path, capsys):
    out = tmp_path / "dossier"
    assert build(inputs_copy, out, "public") == 0
    before = _snapshot(out)
    edit_sheet(inputs_copy / "programme.xlsx", lambda ws: ws.cell(5, column_of(ws, "Start"), "later"))
    assert build(inputs_copy, out) == 1
    assert "Traceback" not in capsys.readouterr().err
    assert _snapshot(out) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == [], "staging folders left behind"


def test_validate_reports_without_writing(inputs_copy, capsys):
    (inputs_copy / "announcement.md").write_text("no front matter here\n", encoding="utf-8")
    assert main(["validate", "--inputs", str(inputs_copy)]) == 1
    err = capsys.readouterr().err
    assert "announcement.md: has no front matter" in err


def test_a_file_that_is_not_a_spreadsheet_is_a_located_error(inputs_copy, tmp_path, capsys):
    (inputs_copy / "participants.xlsx").write_bytes(b"this is not a workbook")
    err = _fails(inputs_copy, tmp_path / "out", capsys)
    assert "participants.xlsx: cannot be read as a .xlsx spreadsheet" in err


def test_a_missing_inputs_folder_is_a_usage_error(tmp_path, capsys):
    assert main(["build", "--inputs", str(tmp_path / "nowhere")]) == 2
    assert "no such folder" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["build", "--no-such-flag"], []])
def test_wrong_usage_exits_2(argv):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2


def _programme_as_csv(inputs, cut) -> None:
    """The sample programme saved as CSV, each row below the header passed through cut(row number, row).
    Short rows were found by the cell fuzz test: pandas padded them with NaN, which crashed validation."""
    import csv
    import openpyxl
    ws = openpyxl.load_workbook(inputs / "programme.xlsx").worksheets[0]
    rows = [["" if v is None else v for v in row] for row in ws.iter_rows(values_only=True)]
    (inputs / "programme.xlsx").unlink()
    with (inputs / "programme.csv").open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([rows[0], *(cut(n, row) for n, row in enumerate(rows[1:], start=2))])


def test_csv_rows_shorter_than_the_header_read_as_empty_cells(inputs_copy, capsys):
    def trailing_empties_dropped(_, row):
        while row and row[-1] == "":
            row = row[:-1]
        return row
    _programme_as_csv(inputs_copy, trailing_empties_dropped)
    assert main(["validate", "--inputs", str(inputs_copy)]) == 0, capsys.readouterr().err


def test_a_csv_row_cut_short_names_each_missing_cell(inputs_copy, tmp_path, capsys):
    _programme_as_csv(inputs_copy, lambda n, row: row[:1] if n == 3 else row)
    err = _fails(inputs_copy, tmp_path / "out", capsys)
    assert 'programme.csv row 3, column "Start": is empty' in err
    assert 'programme.csv row 3, column "Title": is empty' in err


def test_a_row_of_only_text_cells_is_checked_not_crashed(inputs_copy, tmp_path, capsys):
    """pandas 3 gives such a row a string dtype, turning its empty cells into NaN (found by the fuzz test)."""
    _programme_as_csv(inputs_copy, lambda n, row: ["0", "", "", "Panel"] if n == 3 else row)
    err = _fails(inputs_copy, tmp_path / "out", capsys)
    assert 'programme.csv row 3, column "Date": "0" is not a date' in err
    assert 'programme.csv row 3, column "Title": is empty' in err
