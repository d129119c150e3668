"""Cell by cell: each table checked against its contract with a pandera schema, failures turned into findings.

The schema is built from the contract (`ingest/contract.py`): a column that must be present, cells that must be
filled, cells that must parse. It checks the cells as ingest read them, once, through each column's parser
(`Table.parsed`): an unreadable cell holds the parser's Unparsable, whose message and hint become the finding.
pandera collects every failure in one pass (lazy validation).
"""

from __future__ import annotations

import pandera.pandas as pa

from pipeline.findings import Finding, error
from pipeline.ingest.contract import Column, TableSpec
from pipeline.ingest.tables import Table
from pipeline.normalise import Unparsable

# What to write instead, when a required column is missing.
_ALTERNATIVES = {"First name": "a Name column (SURNAME Firstname)", "Last name": "a Name column (SURNAME Firstname)"}


def schema(spec: TableSpec) -> pa.DataFrameSchema:
    """The contract's checks on a table's parsed cells (Table.parsed)."""
    columns = {}
    for column in spec.columns:
        checks = [pa.Check(lambda v: not isinstance(v, Unparsable), element_wise=True, name="parses")]
        if column.filled:
            checks.append(pa.Check(lambda v: v is not None, element_wise=True, name="filled", ignore_na=False))
        columns[column.name] = pa.Column(None, checks=checks, required=column.required, nullable=True)
    return pa.DataFrameSchema(columns, strict=False)


def check_cells(table: Table) -> list[Finding]:
    """Every missing column, empty required cell and unreadable value of one table, in row order."""
    try:
        schema(table.spec).validate(table.parsed, lazy=True)
        return []
    except pa.errors.SchemaErrors as exc:
        failures = exc.failure_cases
    missing, cells = [], []
    for case in failures.itertuples(index=False):
        if case.check == "column_in_dataframe":
            missing.append(_missing(table, table.spec.column(case.failure_case)))
        elif case.check in ("filled", "parses"):
            column = table.spec.column(case.column)
            cells.append((int(case.index), table.spec.columns.index(column), _cell(table, column, int(case.index))))
    return missing + [finding for *_, finding in sorted(cells, key=lambda c: c[:2])]


def _missing(table: Table, column: Column) -> Finding:
    also = [f"also accepted: {', '.join(column.aliases)}"] if column.aliases else []
    if column.name in _ALTERNATIVES:
        also.append(f"or {_ALTERNATIVES[column.name]}")
    return error(table.where(table.header_row), f'column "{column.name}" is missing',
                 f'add a column headed "{column.name}"' + "".join(f"; {a}" for a in also))


def _cell(table: Table, column: Column, row: int) -> Finding:
    value = table.parsed.at[row, column.name]
    if isinstance(value, Unparsable):
        return error(table.where(row, column.name), value.message, value.hint)
    try:
        column.parse("")
    except Unparsable as exc:  # the parser's hint says what belongs in an empty cell
        return error(table.where(row, column.name), "is empty", exc.hint)
    return error(table.where(row, column.name), "is empty", f"fill in the {column.name.lower()}")
