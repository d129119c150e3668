"""The one way this project writes a spreadsheet cell, in a workbook (openpyxl) or a CSV file.

Text from outside (a pretalx title, a registrant's affiliation) must reach the secretariat's spreadsheet as text,
never as a formula that runs when the file is opened. openpyxl stores any string that starts with "=" as a
formula: `put` stores every string as a string (and marks the formula-like ones with Excel's quote prefix, so that
editing the cell keeps it text). CSV has no cell types: a cell that a spreadsheet would take for a formula gets a
leading apostrophe, as spreadsheets write one themselves."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable

# What a spreadsheet program may read as the start of a formula (OWASP's list for CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Excel refuses a file with a longer cell ("We found a problem with some content").
MAX_CELL_CHARS = 32_767
# Control characters that XML 1.0, and so xlsx, cannot hold (tab, line feed and carriage return it can).
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def formula_like(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_START)


def put(sheet, row: int, column: int, value: object):
    """Write value into the cell (1-based row and column) and return the cell: strings as strings, whatever they
    start with; dates, times and numbers as themselves; None as an empty cell."""
    cell = sheet.cell(row, column)
    if isinstance(value, str):
        cell.value = _UNWRITABLE.sub("", value)
        cell.data_type = "s"  # after the value: openpyxl has just typed "=…" as a formula ("f")
        if formula_like(value):
            cell.quotePrefix = True
    else:
        cell.value = value
    return cell


def put_row(sheet, values: Iterable[object]) -> int:
    """Append a row below the sheet's last one, each cell through put. Returns the row's number."""
    row = sheet.max_row + 1 if sheet.max_row > 1 or sheet.cell(1, 1).value is not None else 1
    for column, value in enumerate(values, 1):
        put(sheet, row, column, value)
    return row


def neutralised(value: object) -> object:
    """A CSV cell that a spreadsheet would take for a formula, with a leading apostrophe."""
    return f"'{value}" if formula_like(value) else value


def unescaped(value: str) -> str:
    """A CSV cell as it was before neutralised: the reader's half of the round trip."""
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_START) else value


def csv_bytes(rows: Iterable[Iterable[object]], *, bom: bool = True) -> bytes:
    """Rows as CSV (CRLF, as RFC 4180 and Excel have it), every cell through neutralised. With a BOM, Excel reads
    the accents of the names right."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow([neutralised(v) for v in row])
    return out.getvalue().encode("utf-8-sig" if bom else "utf-8")


def too_long(value: object) -> bool:
    return isinstance(value, str) and len(value) > MAX_CELL_CHARS
