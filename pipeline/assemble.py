"""Normalise → model: build the typed Dossier from inputs that passed validation. DataFrames end here."""

from __future__ import annotations

from pathlib import Path

from pipeline.ingest import RawInputs
from pipeline.ingest.frontmatter import MarkdownDoc
from pipeline.ingest.tables import Table
from pipeline.model import Bio, Conference, Dossier, Participant, ProgrammeItem
from pipeline.normalise.names import honorific, name_key, split_honorific, split_people, tidy
from pipeline.normalise.places import resolve_place
from pipeline.normalise.values import check_email, parse_count, parse_yes_no
from pipeline.normalise.when import parse_date, parse_time, split_range
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
    languages = meta.get("languages") or ["en"]
    if isinstance(languages, str):
        languages = [languages]
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
        language=_text(languages[0]),
        expected_participants=parse_count(meta.get("expected_participants")),
        expected_countries=parse_count(meta.get("expected_countries")),
        announcement=render_markdown(doc.body),
    )


def _bio(root: Path, doc: MarkdownDoc) -> Bio:
    meta = doc.meta
    hon, name = split_honorific(_text(meta["name"]))
    photo = meta.get("photo")
    return Bio(
        key=name_key(name),
        anchor="bio-" + doc.path.stem,
        honorific=honorific(meta["honorific"]) if meta.get("honorific") else hon,
        name=name,
        position=_text(meta.get("position")),
        organisation=_text(meta.get("organisation")),
        country=_text(meta.get("country")),
        photo=(root / str(photo)) if photo else None,
        text=render_markdown(doc.body),
    )


def _programme(table: Table, bios: dict[str, Bio]) -> tuple[ProgrammeItem, ...]:
    items = []
    date = None
    frame = table.frame
    for row, cells in frame.iterrows():
        cell = lambda column: cells.get(column, "")  # noqa: E731 - optional columns may be absent
        if cell("Date") != "":
            date = parse_date(cell("Date"))
        start, end = split_range(cell("Start"), cell("End"))
        items.append(ProgrammeItem(
            date=date,
            start=parse_time(start),
            end=parse_time(end),
            kind=_text(cell("Type")).casefold(),
            theme=_text(cell("Theme")),
            title=_text(cell("Title")),
            chairs=tuple(bios[name_key(p)] for p in split_people(cell("Chair"))),
            speakers=tuple(bios[name_key(p)] for p in split_people(cell("Speakers"))),
            room=_text(cell("Room")),
            notes=_text(cell("Notes")),
        ))
    return tuple(sorted(items, key=lambda i: (i.date, i.start, i.end)))


def _participants(table: Table) -> tuple[Participant, ...]:
    people = []
    for _row, cells in table.frame.iterrows():
        hon, first = split_honorific(_text(cells.get("First name", "")))
        title = _text(cells.get("Title", ""))
        people.append(Participant(
            honorific=honorific(title) if title else hon,
            first_name=first,
            last_name=_text(cells["Last name"]),
            organisation=_text(cells.get("Organisation", "")),
            position=_text(cells.get("Position", "")),
            place=resolve_place(_text(cells["Country"])),
            category=_text(cells.get("Category", "")),
            email=check_email(cells.get("Email", "")),
            listed=parse_yes_no(cells.get("Listed", "")),
            share_contact=parse_yes_no(cells.get("Share contact", "")),
        ))
    return tuple(people)
