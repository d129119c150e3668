"""Whole tables: every cell read through its column's parser, once."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pandas as pd

from pipeline.normalise import Unparsable

if TYPE_CHECKING:  # ingest reads the tables and has them parsed here: normalise does not import ingest
    from pipeline.ingest.tables import Table


def parse_table(table: Table) -> pd.DataFrame:
    """Every cell of the contract's columns read through its parser, once (ingest keeps the result on the table):
    the value; None where the cell is empty; the Unparsable where it cannot be read (validation reports it). A
    column that `continues` carries the value above into its empty cells."""
    values = {}
    for column in table.spec.columns:
        if column.name not in table.frame.columns:
            continue
        values[column.name] = [_parse(column.parse, v) for v in table.frame[column.name]]
        if column.continues:
            values[column.name] = _continue(values[column.name], list(table.frame[column.name]))
    return pd.DataFrame(values, index=table.frame.index, dtype=object)


def parse_cells(table: Table) -> pd.DataFrame:
    """The table's cells as read (parse_table), None where a cell is empty or unreadable."""
    parsed = table.parsed
    return pd.DataFrame({name: [None if isinstance(v, Unparsable) else v for v in parsed[name]]
                         for name in parsed.columns}, index=parsed.index, dtype=object)


def records(cells: pd.DataFrame) -> Iterator[tuple[int, dict]]:
    """Each row of parse_cells' frame as (spreadsheet row, {column: value}), values exactly as parsed.
    Not DataFrame.iterrows: pandas 3 gives a row whose values are all text or None a string dtype, turning
    None into NaN (which is truthy, and not a date); found by the cell fuzz test."""
    return iter(cells.to_dict("index").items())


def _continue(parsed: list, cells: list) -> list:
    """Empty cells take the value above; an unreadable cell stays unreadable and does not spread."""
    out, above = [], None
    for value, cell in zip(parsed, cells):
        if cell == "":
            value = above
        out.append(value)
        above = None if isinstance(value, Unparsable) else value
    return out


def _parse(parse, value: object) -> object:
    if value == "":
        return None
    try:
        return parse(value)
    except Unparsable as unreadable:
        return unreadable
