"""Tables in the shapes people give them, brought to the contract's: a time range in the Start cell fills End;
one Name column ("HORVÁTH Zsófia") fills First name and Last name."""

from __future__ import annotations

from dataclasses import replace

from pipeline.findings import Finding, warning
from pipeline.ingest.tables import Table
from pipeline.normalise.names import name_key, split_full_name, tidy
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


def split_commas(table: Table | None, bio_names: set[str]) -> tuple[Table | None, list[Finding]]:
    """Chairs and speakers separated by commas ("Ms Emma Clarke, Dr Thomas Berger") are split when every part is
    the name of a bio, with a warning; a comma in one person's name ("CLARKE, Emma") is left alone. bio_names: the
    bios' name_keys."""
    if table is None or table.parsed is None:
        return table, []
    parsed, findings = table.parsed.copy(), []
    for column in ("Chair", "Speakers"):
        if column not in parsed.columns:
            continue
        cells = list(parsed[column])
        for i, (row, people) in enumerate(zip(parsed.index, cells)):
            if not isinstance(people, list):
                continue
            split = [[part for part in map(tidy, person.split(",")) if part] for person in people]
            split = [parts if len(parts) > 1 and name_key(person) not in bio_names
                     and all(name_key(part) in bio_names for part in parts) else [person]
                     for person, parts in zip(people, split)]
            if any(len(parts) > 1 for parts in split):
                cells[i] = [part for parts in split for part in parts]
                findings.append(warning(table.where(row, column), f"names separated by commas, read as {len(cells[i])} "
                                        "people: " + "; ".join(cells[i]), 'separate names with ";" to silence this'))
        parsed[column] = cells
    return replace(table, parsed=parsed), findings
