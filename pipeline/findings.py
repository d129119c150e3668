"""Findings: what validation says about the inputs, each located in a file, sheet, row and column."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Location:
    """Where a value came from, as the user sees it (row numbers count the header row)."""

    file: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    field: str | None = None    # a front-matter field of a Markdown file
    line: int | None = None     # a line of a Markdown file

    def __str__(self) -> str:
        text = self.file
        if self.sheet:
            text += f" [{self.sheet}]"
        if self.field:
            text += f', field "{self.field}"'
        parts = [f"line {self.line}"] if self.line is not None else []
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f'column "{self.column}"')
        if parts:
            text += " " + ", ".join(parts)
        return text


@dataclass(frozen=True)
class Finding:
    severity: Severity
    where: Location
    message: str
    hint: str = ""

    def to_dict(self) -> dict:
        return {"severity": self.severity.value, "file": self.where.file, "sheet": self.where.sheet,
                "row": self.where.row, "column": self.where.column, "field": self.where.field, "line": self.where.line,
                "message": self.message, "hint": self.hint}

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


def error(where: Location, message: str, hint: str = "") -> Finding:
    return Finding(Severity.ERROR, where, message, hint)


def warning(where: Location, message: str, hint: str = "") -> Finding:
    return Finding(Severity.WARNING, where, message, hint)


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity is Severity.ERROR for f in findings)


def strict(findings: list[Finding]) -> list[Finding]:
    """--strict: every warning counts as an error."""
    return [Finding(Severity.ERROR, f.where, f.message, f.hint) for f in findings]
