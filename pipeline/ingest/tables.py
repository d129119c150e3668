"""Reads a programme or participant table (.xlsx, .ods, .csv) into a DataFrame that remembers where each cell came from.

The frame's index is the row number as the user sees it in the spreadsheet
(the header row counted), its columns are the contract's canonical names, and
its values are the cells as read: str, int/float, date, time or datetime.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from python_calamine import CalamineWorkbook

from pipeline.findings import Finding, Location, error, warning
from pipeline.ingest.contract import TableSpec

EXTENSIONS = (".xlsx", ".ods", ".csv")
# Limits far above any real conference (13,000 participants is 2 MB), so that a hostile file is refused
# before it exhausts the machine.
MAX_FILE_BYTES = 50 * 2**20
MAX_UNZIPPED_BYTES = 500 * 2**20   # an .xlsx or .ods is a zip: its parts, uncompressed
MAX_ROWS = 100_000
MAX_CELL_CHARS = 10_000
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
        return value.strip()
    if value is None:
        return ""
    return value


def _read_workbook(path: Path, spec: TableSpec, shown: str, findings: list[Finding]) -> tuple[str | None, list[list]]:
    wb = CalamineWorkbook.from_path(str(path))
    names = wb.sheet_names
    wanted = next((n for n in names if header_key(n) == header_key(spec.sheet)), None)
    if wanted is None:
        wanted = names[0]
        findings.append(warning(Location(shown), f'no sheet named "{spec.sheet}"; reading the first sheet, "{wanted}"',
                                f'rename the sheet to "{spec.sheet}" to silence this'))
    return wanted, wb.get_sheet_by_name(wanted).to_python(skip_empty_area=False)


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
    # A row shorter than the longest one is padded by pandas with NaN, not with empty cells.
    return frame.fillna("").values.tolist()


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
    header_index = next((i for i, row in enumerate(rows) if any(v != "" for v in row)), None)
    if header_index is None:
        findings.append(error(Location(shown, sheet), "the sheet is empty", "the first row must hold the column headers"))
        return None, findings

    by_key = {}
    for column in spec.columns:
        for alias in (column.name, *column.aliases):
            by_key.setdefault(header_key(alias), column.name)  # the contract's first column keeps its headers
    header = rows[header_index]
    positions: dict[str, int] = {}
    headers: dict[str, str] = {}
    for pos, text in enumerate(header):
        if text == "":
            continue
        name = by_key.get(header_key(text))
        if name is None:
            findings.append(warning(Location(shown, sheet, header_index + 1, str(text)),
                                    "unknown column, ignored",
                                    "expected one of: " + ", ".join(c.name for c in spec.columns)))
        elif name not in positions:
            positions[name] = pos
            headers[name] = str(text)

    data = {}
    index = []
    for i in range(header_index + 1, len(rows)):
        row = rows[i]
        if all(v == "" for v in row):
            continue
        index.append(i + 1)
        for name, pos in positions.items():
            data.setdefault(name, []).append(row[pos] if pos < len(row) else "")
    if not index:
        findings.append(error(Location(shown, sheet, header_index + 1), "has column headers but no rows below them",
                              "add one row per " + ("item" if spec.kind == "programme" else "person")))
        return None, findings
    for name, values in data.items():
        for i, (row, value) in enumerate(zip(index, values)):
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                findings.append(error(Location(shown, sheet, row, headers[name]),
                                      f"holds {len(value):,} characters; the limit is {MAX_CELL_CHARS:,}",
                                      "a cell holds a name, a title or a short note"))
                values[i] = value[:MAX_CELL_CHARS]
    frame = pd.DataFrame({name: data.get(name, []) for name in positions}, index=pd.Index(index, name="row"),
                         dtype=object)
    return Table(spec, shown, sheet, frame, headers, header_index + 1), findings
