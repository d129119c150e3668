"""Whole tables: the shapes people give them brought to the contract's, and every cell read through its parser."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pandas as pd

from pipeline.ingest.tables import Table
from pipeline.normalise import Unparsable
from pipeline.normalise.names import split_full_name
from pipeline.normalise.when import split_range


def conform(table: Table | None) -> Table | None:
    """Derive the contract's columns from the forms people use instead:
    a time range in the Start cell ('09:00-10:30') fills End; one Name column fills First name and Last name."""
    if table is None:
        return None
    frame, headers = table.frame.copy(), dict(table.headers)
    if "Start" in frame.columns and table.spec.kind == "programme":
        if "End" not in frame.columns:
            frame["End"] = ""
            headers["End"] = headers["Start"]
        pairs = [split_range(s, e) for s, e in zip(frame["Start"], frame["End"])]
        frame["Start"] = [s for s, _ in pairs]
        frame["End"] = [e for _, e in pairs]
    if "Name" in frame.columns and not {"First name", "Last name"} & set(frame.columns):
        parts = [split_full_name(v) for v in frame["Name"]]
        if "Title" not in frame.columns:
            frame["Title"], headers["Title"] = "", headers["Name"]
        frame["Title"] = [t if t != "" else h for t, (h, _, _) in zip(frame["Title"], parts)]
        frame["First name"] = [f for _, f, _ in parts]
        frame["Last name"] = [last for _, _, last in parts]
        headers["First name"] = headers["Last name"] = headers["Name"]
    return replace(table, frame=frame, headers=headers)


def parse_cells(table: Table) -> pd.DataFrame:
    """Every cell of the contract's columns read through its parser: None where the cell is empty or unreadable
    (validation reports those); a column that `continues` carries the value above into its empty cells."""
    values = {}
    for column in table.spec.columns:
        if column.name not in table.frame.columns:
            continue
        values[column.name] = [_parse(column.parse, v) for v in table.frame[column.name]]
        if column.continues:
            values[column.name] = _continue(values[column.name], list(table.frame[column.name]))
    return pd.DataFrame(values, index=table.frame.index, dtype=object)


def records(cells: pd.DataFrame) -> Iterator[tuple[int, dict]]:
    """Each row of parse_cells' frame as (spreadsheet row, {column: value}), values exactly as parsed.
    Not DataFrame.iterrows: pandas 3 gives a row whose values are all text or None a string dtype, turning
    None into NaN (which is truthy, and not a date); found by the cell fuzz test."""
    return iter(cells.to_dict("index").items())


def _continue(parsed: list, cells: list) -> list:
    """Empty cells take the value above; an unreadable cell stays None and does not spread."""
    out, above = [], None
    for value, cell in zip(parsed, cells):
        if cell == "":
            value = above
        out.append(value)
        above = value
    return out


def _parse(parse, value: object) -> object:
    if value == "":
        return None
    try:
        return parse(value)
    except Unparsable:
        return None
