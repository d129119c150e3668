"""`dossier import`: inputs written from the tools conferences already use, once, after which the secretariat
goes on in its own files. `schedule` reads a pretalx or frab schedule (schedule.json or .xml); `indico` an Indico
registrants export. Into a new folder, they write a whole new event (as `dossier init` does) with the imported
table and bios in place of the examples; into an existing one, only the files it does not have yet."""

from __future__ import annotations

from pathlib import Path

from pipeline.findings import Location, error
from pipeline.imports.indico import read_registrants
from pipeline.imports.reading import Imported
from pipeline.imports.schedule import read_schedule
from pipeline.spreadsheet import MAX_CELL_CHARS, too_long
from pipeline.starter import NewEvent, start_event, workbook


def read(source: str, path: Path, defaults: NewEvent) -> Imported:
    """What an import of this source ("schedule" or "indico") reads from the file, checked as the workbook it
    becomes: a text longer than a spreadsheet cell holds is an error, not a file Excel refuses to open."""
    imported = read_schedule(path, defaults) if source == "schedule" else read_registrants(path)
    for number, row in enumerate(imported.rows, 1):
        for column, value in row.items():
            if too_long(value):
                imported.findings.append(error(
                    Location(str(path)), f'item {number}, "{column}": a text of {len(value):,} characters; a '
                    f"spreadsheet cell holds {MAX_CELL_CHARS:,}", "shorten it in the tool it comes from"))
    return imported


def write_into(folder: Path, imported: Imported, event: NewEvent) -> list[Path]:
    """Write the imported table and bios into folder: a new event when the folder is new or empty, else beside
    the inputs there. Nothing is overwritten: a file that exists already is an error, and nothing is written."""
    table = folder / f"{imported.spec.kind}.xlsx"
    if folder.exists() and not folder.is_dir():
        raise FileExistsError(str(folder))
    new = not folder.exists() or not any(folder.iterdir())
    if not new:
        taken = [p for p in (*(folder / f"{imported.spec.kind}{ext}" for ext in (".xlsx", ".ods", ".csv")),
                             *(folder / "bios" / name for name in imported.bios)) if p.exists()]
        if taken:
            raise FileExistsError(", ".join(str(p) for p in taken))
    written = []
    if new:
        start_event(folder, event)
        if imported.bios:
            for example in (folder / "bios").glob("example*.md"):
                example.unlink()
        written += [p for p in folder.rglob("*") if p.is_file()]
    staged = table.with_name(f".{table.name}.import")
    workbook(imported.spec, event.languages, imported.rows).save(staged)
    staged.replace(table)
    (folder / "bios").mkdir(exist_ok=True)
    for name, text in imported.bios.items():
        (folder / "bios" / name).write_text(text, encoding="utf-8")
    written += [table, *(folder / "bios" / name for name in imported.bios)]
    return sorted(set(p for p in written if p.exists()))
