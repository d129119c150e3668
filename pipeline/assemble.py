"""Normalise → model: build the typed Dossier from inputs that passed validation. DataFrames end here."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from pipeline.ingest import RawInputs
from pipeline.ingest.frontmatter import MarkdownDoc
from pipeline.ingest.tables import Table
from pipeline.model import Bio, Conference, Dossier, Participant, ProgrammeItem
from pipeline.normalise.names import honorific, name_key, split_honorific, tidy
from pipeline.normalise.places import country_settings
from pipeline.normalise.tables import parse_cells, records
from pipeline.normalise.values import parse_count, parse_languages
from pipeline.normalise.when import parse_date
from pipeline.richtext import render_markdown


def assemble(raw: RawInputs) -> Dossier:
    bios = tuple(_bio(raw.root, doc) for doc in raw.bios)
    by_key = {bio.key: bio for bio in bios}
    return Dossier(
        conference=_conference(raw.announcement),
        programme=_programme(raw.programme, by_key),
        participants=_participants(raw.participants),
        bios=bios,
    )


def _text(value: object) -> str:
    return tidy(value) if value is not None else ""


def _conference(doc: MarkdownDoc) -> Conference:
    meta = doc.meta
    organisers = meta.get("organisers") or []
    if isinstance(organisers, str):
        organisers = [organisers]
    return Conference(
        title=_text(meta["title"]),
        subtitle=_text(meta.get("subtitle")),
        organisers=tuple(_text(o) for o in organisers),
        start=parse_date(meta["start_date"]),
        end=parse_date(meta["end_date"]),
        city=_text(meta["city"]),
        country=_text(meta["country"]),
        venue=_text(meta.get("venue")),
        timezone=_text(meta.get("timezone")),
        languages=parse_languages(meta.get("languages")),
        expected_participants=parse_count(meta.get("expected_participants")),
        expected_countries=parse_count(meta.get("expected_countries")),
        country_names=country_settings(meta.get("country_names")),
        country_notes=country_settings(meta.get("country_notes")),
        announcement=render_markdown(doc.body),
    )


def _numbered(key: str, used: dict[str, int]) -> str:
    """key, then key-2, key-3 … for its later occurrences."""
    used[key] = used.get(key, 0) + 1
    return key if used[key] == 1 else f"{key}-{used[key]}"


def slug(text: str) -> str:
    """A file name as an id that HTML, PDF and Word bookmarks all accept: ASCII letters, digits and hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def _bio(root: Path, doc: MarkdownDoc) -> Bio:
    meta = doc.meta
    hon, name = split_honorific(_text(meta["name"]))
    photo = meta.get("photo")
    return Bio(
        key=name_key(name),
        anchor="bio-" + slug(doc.path.stem),
        honorific=honorific(meta["honorific"]) if meta.get("honorific") else hon,
        name=name,
        position=_text(meta.get("position")),
        organisation=_text(meta.get("organisation")),
        country=_text(meta.get("country")),
        photo=(root / str(photo)) if photo else None,
        text=render_markdown(doc.body),
    )


def _programme(table: Table, bios: dict[str, Bio]) -> tuple[ProgrammeItem, ...]:
    items = [dict(
        date=cells["Date"],
        start=cells["Start"],
        end=cells["End"],
        kind=cells["Type"],
        theme=cells.get("Theme") or "",
        title=cells["Title"],
        chairs=tuple(bios[name_key(p)] for p in cells.get("Chair") or ()),
        speakers=tuple(bios[name_key(p)] for p in cells.get("Speakers") or ()),
        room=cells.get("Room") or "",
        notes=cells.get("Notes") or "",
        uid=cells.get("ID") or "",
    ) for _row, cells in records(parse_cells(table))]
    items.sort(key=lambda i: (i["date"], i["start"], i["end"]))
    anchors: dict[str, int] = {}
    uids: dict[str, int] = {}
    for item in items:  # parallel items start at the same time: number the second and later ones
        item["anchor"] = _numbered(f"item-{item['date']:%Y%m%d}-{item['start']:%H%M}", anchors)
        # Without an ID, an item is known by its title: a moved or re-timed item keeps its identity.
        item["uid"] = _numbered(slug(item["uid"] or item["title"]), uids)
    return tuple(ProgrammeItem(**item) for item in items)


def _participants(table: Table) -> tuple[Participant, ...]:
    people = []
    for _row, cells in records(parse_cells(table)):
        hon, first = split_honorific(cells["First name"])
        people.append(Participant(
            honorific=cells.get("Title") or hon,
            first_name=first,
            last_name=cells["Last name"],
            organisation=cells.get("Organisation") or "",
            position=cells.get("Position") or "",
            place=cells["Country"],
            category=cells.get("Category") or "",
            email=cells.get("Email") or "",
            phone=cells.get("Phone") or "",
            listed=bool(cells.get("Listed")),
            share_contact=bool(cells.get("Share contact")),
        ))
    return tuple(people)
