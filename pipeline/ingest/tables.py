"""Reads a programme or participant table (.xlsx, .ods, .csv) into a DataFrame that remembers where each cell came from.

The frame's index is the row number as the user sees it in the spreadsheet
(the header row counted), its columns are the contract's canonical names, and
its values are the cells as read: str, int/float, date, time or datetime.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd
from python_calamine import CalamineWorkbook

from pipeline.findings import Finding, Location, error, warning
from pipeline.ingest.characters import (DIRECTION_HINT, clean_value, direction_controls,
                                        without_direction_controls)
from pipeline.ingest.contract import TableSpec
from pipeline.spreadsheet import unescaped

EXTENSIONS = (".xlsx", ".ods", ".csv")
# Limits far above any real conference (13,000 participants is 2 MB), so that a hostile file is refused
# before it exhausts the machine.
MAX_FILE_BYTES = 50 * 2**20
MAX_UNZIPPED_BYTES = 500 * 2**20   # an .xlsx or .ods is a zip: its parts, uncompressed
MAX_ROWS = 100_000
MAX_CELL_CHARS = 10_000
HEADER_SEARCH_ROWS = 30  # title rows, banners and notes above the headers are looked past, this far down
_OLE = b"\xd0\xcf\x11\xe0"  # a password-protected Office file is an OLE container, not a zip


def _refused(path: Path) -> str | None:
    """Why a table file is not even opened, if it is not."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        return f"is {size / 2**20:.0f} MB; the limit is {MAX_FILE_BYTES // 2**20} MB"
    if path.suffix.lower() == ".csv":
        return None
    with path.open("rb") as f:
        head = f.read(4)
    if head == _OLE:
        return "is password-protected (or an old .xls saved under another name)"
    if not zipfile.is_zipfile(path):
        return None  # the reader says what it is not
    with zipfile.ZipFile(path) as zipped:
        unzipped = sum(info.file_size for info in zipped.infolist())
    if unzipped > MAX_UNZIPPED_BYTES:
        return f"unpacks to {unzipped / 2**20:,.0f} MB; the limit is {MAX_UNZIPPED_BYTES // 2**20} MB"
    return None


@dataclass(frozen=True)
class Table:
    spec: TableSpec
    file: str                      # path as shown to the user
    sheet: str | None              # None for CSV
    frame: pd.DataFrame            # index: spreadsheet row numbers; columns: canonical names found
    headers: dict[str, str] = field(default_factory=dict)  # canonical name → header as written
    header_row: int = 1
    # Every cell read once through its column's parser (normalise/tables.py: parse_table): the value, None for
    # an empty cell, the Unparsable for a cell that cannot be read; validation and assembly both read these.
    parsed: pd.DataFrame | None = None

    def where(self, row: int | None = None, column: str | None = None) -> Location:
        shown = self.headers.get(column, column) if column else None
        return Location(self.file, self.sheet, row, shown)


def header_key(text: object) -> str:
    """'E-mail Address ' → 'emailaddress': headers compare ignoring case, spaces, punctuation and accents."""
    decomposed = unicodedata.normalize("NFKD", str(text)).casefold()
    return "".join(ch for ch in decomposed if ch.isalnum())


def _cell(value: object) -> object:
    if isinstance(value, str):
        return clean_value(value).strip()
    if value is None:
        return ""
    return value


def _header_keys(spec: TableSpec) -> dict[str, str]:
    """header_key of every accepted header → the contract's column name."""
    by_key: dict[str, str] = {}
    for column in spec.columns:
        for alias in (column.name, *column.aliases):
            by_key.setdefault(header_key(alias), column.name)  # the contract's first column keeps its headers
    return by_key


def _find_header(rows: list[list], by_key: dict[str, str]) -> tuple[int | None, int]:
    """The header row, found by its content among the first rows: the one naming most of the contract's columns
    (at least two), below any title rows and merged banners; else the first row with anything in it. Returns its
    index and how many columns it names."""
    first = next((i for i, row in enumerate(rows) if any(v != "" for v in row)), None)
    best, score = first, 0
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        named = len({by_key[k] for k in (header_key(v) for v in row if isinstance(v, str) and v) if k in by_key})
        if named > score:
            best, score = i, named
    return (best, score) if score >= 2 else (first, score)


def _read_workbook(path: Path, spec: TableSpec, shown: str, findings: list[Finding]) -> tuple[str | None, list[list]]:
    wb = CalamineWorkbook.from_path(str(path))
    names = wb.sheet_names
    wanted = next((n for n in names if header_key(n) == header_key(spec.sheet)), None)
    if wanted is not None:
        return wanted, wb.get_sheet_by_name(wanted).to_python(skip_empty_area=False)
    # No sheet has the expected name: the one whose headers name most columns (an "Instructions" sheet first).
    by_key = _header_keys(spec)  # header_key reads a raw cell as well as a cleaned one: read_table cleans them once
    sheets = {name: wb.get_sheet_by_name(name).to_python(skip_empty_area=False) for name in names}
    scores = {name: _find_header(rows, by_key)[1] for name, rows in sheets.items()}
    wanted = max(names, key=lambda name: scores[name])  # the first of equals
    how = "the sheet whose headers match" if scores[wanted] >= 2 and len(names) > 1 else "the first sheet"
    findings.append(warning(Location(shown), f'no sheet named "{spec.sheet}"; reading {how}, "{wanted}"',
                            f'rename the sheet to "{spec.sheet}" to silence this'))
    return wanted, sheets[wanted]


def _decode(raw: bytes) -> tuple[str, str | None]:
    """UTF-8 (with or without BOM) first; otherwise Windows-1251 when that gives mostly Cyrillic letters,
    else Windows-1252. Returns the text and the legacy encoding used, if any."""
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    cyrillic = raw.decode("cp1251", errors="replace")
    non_ascii = [ch for ch in cyrillic if ord(ch) > 127 and ch.isalpha()]
    if non_ascii and sum("\u0400" <= ch <= "\u04ff" for ch in non_ascii) / len(non_ascii) > 0.5:
        return cyrillic, "Windows-1251"
    return raw.decode("cp1252", errors="replace"), "Windows-1252"


def _read_csv(path: Path, shown: str, findings: list[Finding]) -> list[list]:
    text, legacy = _decode(path.read_bytes())
    if legacy:
        findings.append(warning(Location(shown), f"is not UTF-8; read as {legacy}",
                                "check the names below, and save the file as CSV UTF-8 to silence this"))
    frame = pd.read_csv(io.StringIO(text), sep=None, engine="python", header=None, dtype=str,
                        keep_default_na=False, skip_blank_lines=False)
    # A row shorter than the longest one is padded by pandas with NaN, not with empty cells. A formula-like cell
    # that a CSV writer escaped with an apostrophe (spreadsheet.neutralised) reads as it was typed.
    return [[unescaped(v) for v in row] for row in frame.fillna("").values.tolist()]


def read_table(path: Path, spec: TableSpec, shown: str) -> tuple[Table | None, list[Finding]]:
    """Read one table; problems that stop the reading are returned as findings, never raised."""
    findings: list[Finding] = []
    refused = _refused(path)
    if refused:
        return None, [error(Location(shown), refused, "save the sheet again from Excel or LibreOffice, without a "
                                                      "password")]
    try:
        if path.suffix.lower() == ".csv":
            sheet, rows = None, _read_csv(path, shown, findings)
        else:
            sheet, rows = _read_workbook(path, spec, shown, findings)
    except Exception as exc:  # a corrupt or foreign file: the reader's own words, located
        findings.append(error(Location(shown), f"cannot be read as a {path.suffix} spreadsheet: {exc}",
                              "save it again from Excel or LibreOffice"))
        return None, findings

    if len(rows) > MAX_ROWS:
        findings.append(error(Location(shown, sheet), f"has {len(rows):,} rows; the limit is {MAX_ROWS:,}",
                              "split the list, or check that the sheet holds what you think"))
        return None, findings
    rows = [[_cell(v) for v in row] for row in rows]
    by_key = _header_keys(spec)
    header_index, _ = _find_header(rows, by_key)
    if header_index is None:
        findings.append(error(Location(shown, sheet), "the sheet is empty", "the first row must hold the column headers"))
        return None, findings
    above = [str(v) for row in rows[:header_index] for v in row if v != ""]
    if above:
        findings.append(warning(Location(shown, sheet, header_index + 1),
                                f'the column headers are on this row; {_quoted(above)} above them is read as a '
                                "title and left out", "nothing to do if that is a title"))

    positions, headers = _columns(rows[header_index], by_key, spec, Location(shown, sheet, header_index + 1),
                                  findings)
    index = [i + 1 for i in range(header_index + 1, len(rows)) if any(v != "" for v in rows[i])]
    for row in _under_the_table(rows, index, positions, spec):
        findings.append(warning(Location(shown, sheet, row), f"left out: {_quoted(rows[row - 1])} reads as a total "
                                "or a note under the table",
                                "delete the row, or fill it in if it is one more " + _unit(spec)))
        index.remove(row)
    data = {name: [rows[i - 1][pos] if pos < len(rows[i - 1]) else "" for i in index]
            for name, pos in positions.items()}
    if not index:
        findings.append(error(Location(shown, sheet, header_index + 1), "has column headers but no rows below them",
                              "add one row per " + _unit(spec)))
        return None, findings
    for name, values in data.items():
        for i, (row, value) in enumerate(zip(index, values)):
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                findings.append(error(Location(shown, sheet, row, headers[name]),
                                      f"holds {len(value):,} characters; the limit is {MAX_CELL_CHARS:,}",
                                      "a cell holds a name, a title or a short note"))
                values[i] = value = value[:MAX_CELL_CHARS]
            if isinstance(value, str) and (controls := direction_controls(value)):
                findings.append(error(Location(shown, sheet, row, headers[name]),
                                      f"holds invisible characters that change the direction of the text: {controls}",
                                      DIRECTION_HINT))
                values[i] = without_direction_controls(value)
    frame = pd.DataFrame({name: data.get(name, []) for name in positions}, index=pd.Index(index, name="row"),
                         dtype=object)
    return Table(spec, shown, sheet, frame, headers, header_index + 1), findings


def _unit(spec: TableSpec) -> str:
    return "item" if spec.kind == "programme" else "person"


def _quoted(cells: list) -> str:
    """A row's cells for a message: '"Total: 10" "participants"', shortened."""
    text = " ".join(f'"{v}"' for v in cells if v != "")
    return text if len(text) <= 80 else text[:77] + "…"


def _columns(header: list, by_key: dict[str, str], spec: TableSpec, where: Location,
             findings: list[Finding]) -> tuple[dict[str, int], dict[str, str]]:
    """The header row read: {column name: position} and {column name: header as written}. Unknown headers are
    warned about; two headers for one column are an error naming both."""
    positions: dict[str, int] = {}
    headers: dict[str, str] = {}
    for pos, text in enumerate(header):
        if text == "":
            continue
        name = by_key.get(header_key(text))
        if name is None:
            findings.append(warning(replace(where, column=str(text)), "unknown column, ignored",
                                    "expected one of: " + ", ".join(c.name for c in spec.columns)))
        elif name in positions:
            from openpyxl.utils import get_column_letter as letter  # 0-based here: A is 1 there

            findings.append(error(replace(where, column=str(text)),
                                  f'columns {letter(positions[name] + 1)} ("{headers[name]}") and {letter(pos + 1)} '
                                  f'("{text}") are both the "{name}" column', "keep one of the two, or rename one"))
        else:
            positions[name] = pos
            headers[name] = str(text)
    # A sheet headed in French: "Titre", "Salle", "Fonction" alone, with no "Title", "Room" or "Position" beside
    # them, are those columns themselves, not their French translations (which "Titre (fr)" always is).
    for name in list(positions):
        translates = spec.column(name).translates
        if translates and translates not in positions and "(" not in headers[name]:
            positions[translates], headers[translates] = positions.pop(name), headers.pop(name)
    return positions, headers


_NOTE_WORDS = re.compile(r"\W*(sub-?)?totals?\b|\W*(notes?|n\.?\s?b\.?|remarks?|source|nombre|count)\b|\W*\*",
                         re.IGNORECASE)


def _under_the_table(rows: list[list], index: list[int], positions: dict[str, int], spec: TableSpec) -> list[int]:
    """Rows at the foot of the table that are a total or a note, not an item or a person: at most two cells filled
    among the table's columns, the row incomplete, and either starting with a word such as "Total" or "Note",
    or below an empty row that ends the table."""
    filled = [positions[c.name] for c in spec.columns if c.filled and c.name in positions]

    def cells(i: int) -> list:
        return [rows[i - 1][pos] if pos < len(rows[i - 1]) else "" for pos in positions.values()]

    def sparse(i: int) -> bool:
        row = rows[i - 1]
        complete = filled and all(pos < len(row) and row[pos] != "" for pos in filled)
        return not complete and sum(v != "" for v in cells(i)) <= 2

    foot = []
    for i in reversed(index):
        if not sparse(i):
            break
        foot.insert(0, i)
    if len(foot) == len(index):
        return []  # nothing but sparse rows: a table half filled in, reported cell by cell
    last_full = index[len(index) - len(foot) - 1]
    gap = bool(foot) and foot[0] > last_full + 1
    def starts_as_note(i: int) -> bool:
        return bool(_NOTE_WORDS.match(next((str(v) for v in rows[i - 1] if v != ""), "")))

    return [i for i in foot if gap or starts_as_note(i)]
