"""The first door of every import: a file from another tool is read as bytes within a size limit, as UTF-8 text,
and parsed (JSON, or XML through defusedxml) within a depth limit. Whatever fails is `Refused`, in words that name
what was expected: never a traceback, never Python's own exception text."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

from dataclasses import dataclass, field

import defusedxml
import defusedxml.ElementTree as SafeET
from xml.etree.ElementTree import Element, ParseError

from pipeline.findings import Finding
from pipeline.ingest.contract import TableSpec
from pipeline.starter import NewEvent

MAX_BYTES = 50 * 2**20  # as for the tables: far above any real export
# pretalx's schedule.json nests 7 levels (schedule → conference → days → rooms → talks → persons → answers), frab's
# XML 6: 64 is far above what an export needs and far below what would exhaust the parser.
MAX_DEPTH = 64


@dataclass
class Imported:
    """What an import read: the table's rows ({column: value}), the bios ({file name: text}), the event's facts
    when the source has them, and findings (errors stop the import; warnings are reported)."""
    spec: TableSpec
    rows: list[dict] = field(default_factory=list)
    bios: dict[str, str] = field(default_factory=dict)
    event: NewEvent | None = None
    findings: list[Finding] = field(default_factory=list)


class Refused(Exception):
    """A file an import cannot read: message (what is wrong, after the file's name) and hint (what to do)."""

    def __init__(self, message: str, hint: str):
        super().__init__(message)
        self.message, self.hint = message, hint


def check_size(path: Path, what: str) -> None:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise Refused(f"is {size / 2**20:.0f} MB; the limit is {MAX_BYTES // 2**20} MB", f"expected {what}")


def read_text(path: Path, what: str) -> str:
    """The file's text; what: what the file should be, for the hint ("a pretalx or frab schedule")."""
    check_size(path, what)
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Refused(f"is not UTF-8 text (byte {exc.start + 1} is not)",
                      f"expected {what}, which is UTF-8: export it again from the tool") from None


def parse_json(text: str, what: str):
    try:
        data = json.loads(text)
    except RecursionError:
        raise _too_deep(what) from None
    except ValueError as exc:  # JSONDecodeError, and numbers too long to read
        where = f"line {exc.lineno}, column {exc.colno}: {exc.msg}" if isinstance(exc, json.JSONDecodeError) \
            else "a number too long to read"
        raise Refused(f"is not JSON ({where})", f"expected {what}") from None
    stack = [(data, 1)]  # the depth, without recursion: a parse that succeeded can still be 900 levels deep
    while stack:
        value, depth = stack.pop()
        if isinstance(value, (dict, list)):
            if depth > MAX_DEPTH:
                raise _too_deep(what)
            stack.extend((child, depth + 1) for child in (value.values() if isinstance(value, dict) else value))
    return data


def parse_xml(text: str, what: str) -> Element:
    """The XML's root element. A document that declares entities (an external entity that would read a file from
    this machine, the "billion laughs" that would exhaust its memory) is refused before anything is expanded."""
    # The text was read as UTF-8 (read_text): so it is parsed, whatever encoding its declaration names.
    text = _DECLARED_ENCODING.sub(r'\1"utf-8"', text, count=1)
    depth, root = 0, None
    try:
        for event, element in SafeET.iterparse(io.BytesIO(text.encode("utf-8")), events=("start", "end")):
            if event == "start":
                root = element if root is None else root
                depth += 1
                if depth > MAX_DEPTH:
                    raise _too_deep(what)
            else:
                depth -= 1
    except defusedxml.DefusedXmlException as exc:
        raise Refused(f"refused: the XML declares entities ({type(exc).__name__}), which can read files from this "
                      "machine or exhaust its memory", f"expected {what}: export it again from the tool") from None
    except ParseError as exc:
        raise Refused(f"is not well-formed XML ({exc})", f"expected {what}") from None
    if root is None:
        raise Refused("is empty", f"expected {what}")
    return root


_DECLARED_ENCODING = re.compile(r"""\A(\s*<\?xml[^>]*?encoding\s*=\s*)["'][^"']*["']""")


def _too_deep(what: str) -> Refused:
    return Refused(f"nests deeper than {MAX_DEPTH} levels, which no export does", f"expected {what}")
