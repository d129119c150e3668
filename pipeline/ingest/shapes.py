"""Tables in the shapes people give them, brought to the contract's: a time range in the Start cell fills End;
one Name column ("HORVÁTH Zsófia") fills First name and Last name."""

from __future__ import annotations

from dataclasses import replace

from pipeline.ingest.tables import Table
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
