"""Ingest: read every input file as it is, remembering where each value came from. No judgement here,
except bringing the tables' shapes to the contract's (a time range in one cell, a whole name in one column)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.findings import Finding, Location, error
from pipeline.ingest.contract import PARTICIPANTS, PROGRAMME, TableSpec
from pipeline.ingest.frontmatter import MarkdownDoc, read_markdown
from pipeline.ingest.tables import EXTENSIONS, Table, read_table
from pipeline.normalise.tables import conform


@dataclass(frozen=True)
class RawInputs:
    root: Path
    announcement: MarkdownDoc | None
    programme: Table | None
    participants: Table | None
    bios: tuple[MarkdownDoc, ...]

    def shown(self, path: Path) -> str:
        return _shown(self.root, path)


def _shown(root: Path, path: Path) -> str:
    """Paths in messages read as the user typed them (inputs/programme.xlsx), relative to here when possible."""
    if not path.is_absolute():
        return str(path)
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _find_table(root: Path, spec: TableSpec, findings: list[Finding]) -> Table | None:
    found = [root / f"{spec.kind}{ext}" for ext in EXTENSIONS if (root / f"{spec.kind}{ext}").is_file()]
    if not found:
        findings.append(error(Location(_shown(root, root / spec.kind)), "is missing",
                              f"add {spec.kind}.xlsx, {spec.kind}.ods or {spec.kind}.csv to {root}"))
        return None
    if len(found) > 1:
        findings.append(error(Location(_shown(root, found[0])),
                              "more than one " + spec.kind + " file: " + ", ".join(p.name for p in found),
                              "keep only one"))
        return None
    if _leaves(root, found[0], findings):
        return None
    table, table_findings = read_table(found[0], spec, _shown(root, found[0]))
    findings.extend(table_findings)
    return conform(table)


def _leaves(root: Path, path: Path, findings: list[Finding]) -> bool:
    """A symbolic link that leads out of the inputs folder is not followed."""
    if path.resolve().is_relative_to(root.resolve()):
        return False
    findings.append(error(Location(_shown(root, path)), "is a link to a file outside the inputs folder",
                          "copy the file into the inputs folder"))
    return True


def read_inputs(root: Path) -> tuple[RawInputs, list[Finding]]:
    root = Path(root)
    findings: list[Finding] = []
    announcement = None
    path = root / "announcement.md"
    if path.is_file():
        if not _leaves(root, path, findings):
            announcement, more = read_markdown(path, _shown(root, path))
            findings.extend(more)
    else:
        findings.append(error(Location(_shown(root, path)), "is missing",
                              "the announcement holds the event's facts in its front matter"))
    programme = _find_table(root, PROGRAMME, findings)
    participants = _find_table(root, PARTICIPANTS, findings)
    bios = []
    for path in sorted((root / "bios").glob("*.md")):
        if _leaves(root, path, findings):
            continue
        bio, more = read_markdown(path, _shown(root, path))
        findings.extend(more)
        if bio:
            bios.append(bio)
    return RawInputs(root, announcement, programme, participants, tuple(bios)), findings
