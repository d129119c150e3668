"""The Markdown inputs: the announcement's front matter and the bios (names, photos, duplicates, unused)."""

from __future__ import annotations

import zoneinfo
from collections import defaultdict
from pathlib import Path

from PIL import Image

from pipeline.findings import Finding, error, warning
from pipeline.ingest.frontmatter import MarkdownDoc
from pipeline.normalise import Unparsable
from pipeline.normalise.names import name_key, tidy
from pipeline.normalise.places import country_settings
from pipeline.normalise.values import parse_count
from pipeline.normalise.when import parse_date

ANNOUNCEMENT_REQUIRED = ("title", "start_date", "end_date", "city", "country")


def event_dates(doc: MarkdownDoc | None) -> tuple | None:
    try:
        return parse_date(doc.meta["start_date"]), parse_date(doc.meta["end_date"])
    except (AttributeError, KeyError, Unparsable):
        return None


def check_announcement(doc: MarkdownDoc) -> list[Finding]:
    found = []
    meta = doc.meta
    for field in ANNOUNCEMENT_REQUIRED:
        if not tidy(meta.get(field) or ""):
            found.append(error(doc.where(field), f'front matter has no "{field}"', f"add a line '{field}: …'"))
    dates = {}
    for field in ("start_date", "end_date"):
        if meta.get(field):
            try:
                dates[field] = parse_date(meta[field])
            except Unparsable as exc:
                found.append(error(doc.where(field), exc.message, exc.hint))
    if len(dates) == 2 and dates["end_date"] < dates["start_date"]:
        found.append(error(doc.where("end_date"), "the event ends before it starts", "check start_date and end_date"))
    if meta.get("timezone"):
        try:
            zoneinfo.ZoneInfo(str(meta["timezone"]))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            found.append(error(doc.where("timezone"), f'"{meta["timezone"]}" is not a time zone',
                               "use an IANA name such as Europe/Sofia"))
    for field in ("expected_participants", "expected_countries"):
        try:
            parse_count(meta.get(field))
        except Unparsable as exc:
            found.append(error(doc.where(field), exc.message, exc.hint))
    for field in ("country_names", "country_notes"):
        try:
            country_settings(meta.get(field))
        except Unparsable as exc:
            found.append(error(doc.where(field), exc.message, exc.hint))
    return found


def bio_index(bios: tuple[MarkdownDoc, ...]) -> dict[str, list[MarkdownDoc]]:
    """Bios by the name key of their front-matter name (a list: two bios may claim one name)."""
    index: dict[str, list[MarkdownDoc]] = defaultdict(list)
    for bio in bios:
        if tidy(bio.meta.get("name") or ""):
            index[name_key(str(bio.meta["name"]))].append(bio)
    return index


def check_bios(root: Path, bios: tuple[MarkdownDoc, ...], index: dict[str, list[MarkdownDoc]]) -> list[Finding]:
    found = []
    for doc in bios:
        if not tidy(doc.meta.get("name") or ""):
            found.append(error(doc.where("name"), 'front matter has no "name"', "add a line 'name: First Last'"))
        if not doc.body.strip():
            found.append(warning(doc.where(), "the bio text is empty", "write the bio below the front matter"))
        if doc.meta.get("photo"):
            found += _check_photo(root, doc)
    for docs in index.values():
        if len(docs) > 1:
            files = ", ".join(Path(d.file).name for d in docs)
            for doc in docs:
                found.append(error(doc.where("name"), f'two bios have the name "{tidy(doc.meta["name"])}": {files}',
                                   "keep one bio per person"))
    return found


def _check_photo(root: Path, doc: MarkdownDoc) -> list[Finding]:
    photo = doc.meta["photo"]
    path = root / str(photo)
    if not path.is_file():
        return [error(doc.where("photo"), f'photo "{photo}" does not exist',
                      "give a path relative to the inputs folder, such as photos/name.jpg")]
    try:
        with Image.open(path) as img:
            img.verify()
    except Exception:
        return [error(doc.where("photo"), f'photo "{photo}" is not a readable image', "use a JPEG, PNG or WebP file")]
    return []


def unused_bios(index: dict[str, list[MarkdownDoc]], named: set[str]) -> list[Finding]:
    """named: the name keys of everyone who chairs or speaks."""
    return [warning(doc.where(), f'"{tidy(doc.meta["name"])}" is not in the programme; the bio is printed last',
                    "remove the bio, or add the person to the programme")
            for key, docs in index.items() if key not in named for doc in docs]
