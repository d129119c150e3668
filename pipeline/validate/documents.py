"""The Markdown inputs: the announcement's front matter and the bios (names, photos, duplicates, unused)."""

from __future__ import annotations

import difflib
import re
import zoneinfo
from collections import defaultdict
from pathlib import Path

from PIL import Image

from pipeline.findings import Finding, error, warning
from pipeline.ingest.frontmatter import MarkdownDoc
from pipeline.ingest.settings import ANNOUNCEMENT, BIO
from pipeline.normalise import Unparsable
from pipeline.normalise.groups import parse_groups
from pipeline.normalise.names import name_key, tidy
from pipeline.normalise.pack import FIELDS as PACK_FIELDS
from pipeline.normalise.places import country_settings
from pipeline.normalise.values import parse_count, parse_languages, parse_surname_style, parse_yes_no
from pipeline.normalise.when import parse_date
from pipeline.richtext import unsafe_parts

ANNOUNCEMENT_REQUIRED = tuple(s.name for s in ANNOUNCEMENT if s.required)
PHOTO_FORMATS = {"JPEG", "PNG", "WEBP"}
MAX_PHOTO_BYTES = 20 * 2**20
MAX_PHOTO_PIXELS = 40_000_000   # a decompression bomb is refused before it is decoded


def event_dates(doc: MarkdownDoc | None) -> tuple | None:
    try:
        return parse_date(doc.meta["start_date"]), parse_date(doc.meta["end_date"])
    except (AttributeError, KeyError, Unparsable):
        return None


def _held(value: object) -> bool:
    return parse_yes_no(value) if value not in (None, "") else False


def check_announcement(root: Path, doc: MarkdownDoc) -> list[Finding]:
    found = check_markdown(doc) + ignored_fields(doc, tuple(s.name for s in ANNOUNCEMENT),
                                                  "the fields of announcement.md are listed in the manual's reference")
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
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name too long for a file
            found.append(error(doc.where("timezone"), f'"{meta["timezone"]}" is not a time zone',
                               "use an IANA name such as Europe/Sofia"))
    for field in ("expected_participants", "expected_countries"):
        try:
            parse_count(meta.get(field))
        except Unparsable as exc:
            found.append(error(doc.where(field), exc.message, exc.hint))
    for field, parse in (("country_names", country_settings), ("country_notes", country_settings),
                         ("languages", parse_languages), ("surname_style", parse_surname_style),
                         ("participant_groups", parse_groups), ("held", _held), *PACK_FIELDS.items()):
        try:
            parse(meta.get(field))
        except Unparsable as exc:
            found.append(error(doc.where(field), exc.message, exc.hint))
    if meta.get("signature"):
        found += check_image(root, doc, "signature", "signature.png")
        if not tidy(meta.get("signatory") or ""):
            found.append(warning(doc.where("signatory"), "the signature has no signatory's name",
                                 "add a line 'signatory: First Last' (and signatory_function)"))
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
    taken = tuple(s.name for s in BIO)
    for doc in bios:
        found += check_markdown(doc) + ignored_fields(doc, taken, "a bio's front matter gives " + ", ".join(taken))
        if not tidy(doc.meta.get("name") or ""):
            found.append(error(doc.where("name"), 'front matter has no "name"', "add a line 'name: First Last'"))
        if not doc.body.strip():
            found.append(warning(doc.where(), "the bio text is empty", "write the bio below the front matter"))
        if doc.meta.get("photo"):
            found += check_image(root, doc, "photo", "photos/name.jpg")
    for docs in index.values():
        if len(docs) > 1:
            files = ", ".join(Path(d.file).name for d in docs)
            for doc in docs:
                found.append(error(doc.where("name"), f'two bios have the name "{tidy(doc.meta["name"])}": {files}',
                                   "keep one bio per person"))
    return found


def inside(root: Path, value: str) -> tuple[Path | None, str]:
    """The file a front-matter path names, if it is one inside the inputs folder; else why not."""
    if re.match(r"^[a-z][a-z0-9+.-]*:", value, re.I) and not re.match(r"^[a-z]:[\\/]", value, re.I):
        return None, "is a web address or URI; images must be files in the inputs folder"
    if Path(value).is_absolute():
        return None, "is an absolute path; give one relative to the inputs folder"
    try:
        path = (root / value).resolve()  # symbolic links followed: one that leads out is refused too
        path.exists()  # raises, where later checks would, on a name the file system cannot hold
    except (OSError, ValueError):  # a name too long for the file system, a NUL character
        return None, "is not a usable file name"
    if not path.is_relative_to(root.resolve()):
        return None, "leads outside the inputs folder"
    return path, ""


def check_image(root: Path, doc: MarkdownDoc, field: str, example: str) -> list[Finding]:
    """An image a front-matter field names (a bio's photo, the announcement's signature): a JPEG, PNG or WebP
    file inside the inputs folder, not too large, readable to the end."""
    photo = str(doc.meta[field])
    where, hint = doc.where(field), f"give a path inside the inputs folder, such as {example}"
    if not isinstance(doc.meta[field], str):
        return [error(where, f'{field} "{photo[:80]}" is not a file name', hint)]
    path, problem = inside(root, photo)
    if problem:
        return [error(where, f'{field} "{photo}" {problem}', hint)]
    if not path.is_file():
        return [error(where, f'{field} "{photo}" does not exist', hint)]
    size = path.stat().st_size
    if size > MAX_PHOTO_BYTES:
        return [error(where, f'{field} "{photo}" is {size / 2**20:.0f} MB; the limit is {MAX_PHOTO_BYTES // 2**20} MB',
                      "save a smaller copy: 1,000 pixels across is plenty for print")]
    try:
        kind, (width, height) = _header(path)
        if kind not in PHOTO_FORMATS:
            return [error(where, f'{field} "{photo}" is a {kind} image', "use a JPEG, PNG or WebP file")]
        if width * height > MAX_PHOTO_PIXELS:
            return [error(where, f'{field} "{photo}" is {width:,} × {height:,} pixels; the limit is '
                          f"{MAX_PHOTO_PIXELS // 10**6} megapixels", "save a smaller copy")]
        with Image.open(path) as img:
            img.verify()
        with Image.open(path) as img:
            img.load()  # decoded in full once, so that a truncated file is found here and not while rendering
    except Exception:
        return [error(where, f'{field} "{photo}" is not a readable image', "use a JPEG, PNG or WebP file")]
    return []


def _header(path: Path) -> tuple[str, tuple[int, int]]:
    """Format and size from the file's header, read without decoding (Pillow's own bomb guard is lifted for
    this read only, so that the size can be named in the message)."""
    limit, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, None
    try:
        with Image.open(path) as img:
            return img.format, img.size
    finally:
        Image.MAX_IMAGE_PIXELS = limit


def check_markdown(doc: MarkdownDoc) -> list[Finding]:
    """HTML and images in a bio or the announcement are not printed: say so."""
    return [warning(doc.where(), f"contains {part}, which is not printed",
                    "raw HTML is removed and images are not shown; a speaker's portrait goes in the photo field")
            for part in unsafe_parts(doc.body)]


def ignored_fields(doc: MarkdownDoc, taken: tuple[str, ...], what: str) -> list[Finding]:
    """A front-matter field the file does not take (a misspelt "timezon", a photo in a translation) would be
    ignored without a word: a warning names it, its line, and the field it may have meant. what: what the file
    takes, for the hint."""
    found = []
    for key in doc.meta:
        if key not in taken:
            close = difflib.get_close_matches(str(key), taken, n=1, cutoff=0.65)
            found.append(warning(doc.line_of(str(key)), f'"{key}" is ignored: {doc.path.name} does not take it',
                                 (f'did you mean "{close[0]}"? ' if close else "") + what))
    return found


def unused_bios(index: dict[str, list[MarkdownDoc]], named: set[str]) -> list[Finding]:
    """named: the name keys of everyone who chairs or speaks."""
    return [warning(doc.where(), f'"{tidy(doc.meta["name"])}" is not in the programme; the bio is printed last',
                    "remove the bio, or add the person to the programme")
            for key, docs in index.items() if key not in named for doc in docs]
