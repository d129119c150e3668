"""Markdown files that open with YAML front matter: the announcement and the bios."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from pipeline.findings import Finding, Location, error
from pipeline.ingest.characters import (DIRECTION_HINT, clean_text, clean_value, direction_controls,
                                        without_direction_controls)

# The safe loader, through libyaml when PyYAML has it: several times faster on 2,500 bios, the same values.
SAFE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FIELD = re.compile(r"([^\s#:'\"-][^:]*?)\s*:(?:\s|$)")  # "position: …" at the start of a line
_FENCE = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*\r?\n?", re.S | re.M)


@dataclass(frozen=True)
class MarkdownDoc:
    path: Path
    file: str           # path as shown to the user
    meta: dict
    body: str
    body_line: int      # line number of the body's first line, for messages
    field_lines: dict[str, int] = field(default_factory=dict)  # a top-level front-matter field → its line

    def where(self, field: str | None = None) -> Location:
        return Location(self.file, field=field)

    def line_of(self, field: str) -> Location:
        """The field, with the line it is written on."""
        return Location(self.file, field=field, line=self.field_lines.get(field))


MAX_BYTES = 1 * 2**20  # a bio is a few hundred words; the announcement a page or two


def read_markdown(path: Path, shown: str) -> tuple[MarkdownDoc | None, list[Finding]]:
    if path.stat().st_size > MAX_BYTES:
        return None, [error(Location(shown), f"is {path.stat().st_size / 2**20:.1f} MB; the limit is 1 MB",
                            "a bio of a few hundred words is a few kilobytes")]
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        return None, [error(Location(shown), "is not UTF-8 text", "save it as UTF-8")]
    findings = [error(Location(shown, line=n), f"holds invisible characters that change the direction of the text: "
                      f"{controls}", DIRECTION_HINT)
                for n, line in enumerate(text.splitlines() if not text.isascii() else (), 1)
                if (controls := direction_controls(line))]
    text = clean_text(without_direction_controls(text))
    match = _FENCE.match(text)
    if not match:
        return None, findings + [error(Location(shown), "has no front matter",
                                       "start the file with a block between two lines of three dashes (---)")]
    try:
        meta = yaml.load(clean_value(match.group(1)), Loader=SAFE) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"line {mark.line + 2}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        return None, findings + [error(Location(shown), f"front matter is not valid YAML ({line}{problem})",
                                       'put values with a colon in quotes, for example position: "Head: Unit A"')]
    if not isinstance(meta, dict):
        return None, findings + [error(Location(shown), "front matter must be a list of 'key: value' lines")]
    body_line = text[: match.end()].count("\n") + 1
    lines = {m[1]: number for number, line in enumerate(match.group(1).splitlines(), 2)  # line 1 is the fence
             if (m := _FIELD.match(line))}
    return MarkdownDoc(path, shown, meta, text[match.end():], body_line, lines), findings
