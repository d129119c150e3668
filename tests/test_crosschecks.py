"""Cross-checks between the inputs, machine-readable findings and --strict."""

from __future__ import annotations

import json
import shutil

import openpyxl

from conftest import column_of, edit_sheet

from pipeline.cli import main




def _validate(inputs, capsys, *extra) -> tuple[int, str]:
    status = main(["validate", "--inputs", str(inputs), *extra])
    captured = capsys.readouterr()
    return status, captured.err + captured.out


def test_two_items_in_one_room_at_overlapping_times(inputs_copy, capsys):
    # Row 5 (keynote 10:10–10:40, Plenary Hall) made to start during row 4 (09:50–10:10).
    edit_sheet(inputs_copy / "programme.xlsx", lambda ws: ws.cell(5, column_of(ws, "Start"), "10:00"))
    status, out = _validate(inputs_copy, capsys)
    assert status == 1
    assert 'row 5, column "Start": 10:00–10:40 overlaps row 4 (09:50–10:10) in the same room, Plenary Hall' in out


def test_an_item_outside_the_event_dates(inputs_copy, capsys):
    edit_sheet(inputs_copy / "programme.xlsx", lambda ws: ws.cell(2, column_of(ws, "Date"), "6.12.2012"))
    status, out = _validate(inputs_copy, capsys)
    assert status == 1
    assert 'row 2, column "Date": 06.12.2012 is outside the event (04.12.2012–05.12.2012)' in out


def test_a_range_in_the_start_cell_is_read_as_start_and_end(inputs_copy, tmp_path, capsys):
    def as_range(ws):
        ws.cell(2, column_of(ws, "Start"), "08:30–09:30")
        ws.cell(2, column_of(ws, "End")).value = None

    edit_sheet(inputs_copy / "programme.xlsx", as_range)
    status, out = _validate(inputs_copy, capsys)
    assert status == 0, out


def test_warnings_for_an_unused_bio_a_speaker_not_registered_and_the_counts(inputs_copy, capsys):
    shutil.copy(inputs_copy / "bios" / "rusu-elena.md", inputs_copy / "bios" / "zz-extra.md")
    text = (inputs_copy / "bios" / "zz-extra.md").read_text(encoding="utf-8")
    (inputs_copy / "bios" / "zz-extra.md").write_text(text.replace("Elena Rusu", "Vera Extra"), encoding="utf-8")

    def drop_people(ws):
        for row in range(ws.max_row, 1, -1):
            if ws.cell(row, column_of(ws, "Last name")).value in ("Hoxha",) or row > 110:
                ws.delete_rows(row)

    edit_sheet(inputs_copy / "participants.xlsx", drop_people)
    status, out = _validate(inputs_copy, capsys)
    assert status == 0, out  # warnings only
    assert 'zz-extra.md: "Vera Extra" is not in the programme' in out
    assert '"Mr Arben Hoxha" is not in the participant list' in out
    assert "the announcement says some 130 from 37" in out
    assert main(["validate", "--inputs", str(inputs_copy), "--strict"]) == 1


def test_json_findings_for_tools(inputs_copy, capsys):
    edit_sheet(inputs_copy / "programme.xlsx", lambda ws: ws.cell(5, column_of(ws, "Start"), "9h3O"))
    status = main(["validate", "--inputs", str(inputs_copy), "--format", "json"])
    findings = json.loads(capsys.readouterr().out)
    assert status == 1
    assert {"severity": "error", "file": f"{inputs_copy}/programme.xlsx", "sheet": "Programme", "row": 5,
            "column": "Start", "field": None, "line": None, "message": '"9h3O" is not a time', "hint": "expected HH:MM, for example 09:30"} in findings


def test_a_windows_1251_csv_with_cyrillic_names_is_read_and_says_so(inputs_copy, tmp_path, capsys):
    from conftest import build, html_text

    wb = openpyxl.load_workbook(inputs_copy / "participants.xlsx")
    rows = [[("" if v is None else str(v)) for v in row] for row in wb.worksheets[0].iter_rows(values_only=True)]
    rows.append(["Г-жа", "Мария", "Петрова", "Министерство на вътрешните работи", "Експерт", "Bulgaria",
                 "government", "", "yes", "no"])
    (inputs_copy / "participants.xlsx").unlink()
    lines = [";".join(cell.replace(";", ",") for cell in row) for row in rows]
    encodable = [line for line in lines if line.encode("cp1251", errors="replace").decode("cp1251") == line]
    (inputs_copy / "participants.csv").write_bytes("\r\n".join(encodable).encode("cp1251"))
    out = tmp_path / "out"
    assert build(inputs_copy, out, "public") == 0
    assert "participants.csv: is not UTF-8; read as Windows-1251" in capsys.readouterr().err
    assert "Мария Петрова" in html_text(out / "public" / "en" / "participants.html")
