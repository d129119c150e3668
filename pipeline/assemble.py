"""Normalise → model: build the typed Dossier from inputs that passed validation. DataFrames end here."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from pipeline.ingest import TRANSLATED_FIELDS, RawInputs
from pipeline.inputfile import InputFile
from pipeline.ingest.frontmatter import MarkdownDoc
from pipeline.ingest.tables import Table
from pipeline.model import Bio, Conference, Dossier, Letter, Participant, ProgrammeItem, Translations
from pipeline.normalise.groups import parse_groups
from pipeline.normalise.names import honorific, name_key, slug, split_honorific, tidy
from pipeline.normalise.pack import pack_settings
from pipeline.normalise.places import country_settings, resolve_place
from pipeline.normalise.tables import parse_cells, records
from pipeline.normalise.values import parse_count, parse_languages, parse_surname_style, parse_yes_no
from pipeline.normalise.attendance import attended_days
from pipeline.normalise.when import parse_date
from pipeline.richtext import render_markdown
from pipeline.letters import read_letter


def assemble(raw: RawInputs) -> Dossier:
    bios = tuple(_bio(raw.root, doc, raw.translations_of(doc)) for doc in raw.bios)
    by_key = {bio.key: bio for bio in bios}
    conference = _conference(raw.root, raw.announcement, raw.translations.get("announcement", {}))
    if raw.reports.get(""):
        conference = replace(conference, report=render_markdown(raw.reports[""]), translations=(
            *conference.translations, *(("report", code, render_markdown(text)) for code, text in raw.reports.items()
                                        if code and text.strip())))
    return Dossier(
        conference=conference,
        programme=_programme(raw.programme, by_key),
        participants=_participants(raw.participants, conference.languages, conference.days),
        letters=tuple(_letter(doc, raw, conference.languages[0]) for doc in raw.letters),
        bios=bios,
    )


def _letter(doc, raw: RawInputs, source: str) -> Letter:
    letter = read_letter(doc, raw.translations_of(doc))
    texts = dict(letter.texts)
    return replace(letter, texts={source: texts.pop(""), **texts})


def _text(value: object) -> str:
    return tidy(value) if value is not None else ""


def _country_code(value: object) -> str:
    place = resolve_place(_text(value))
    return place.code if place and not place.is_organisation else ""


def _organisers(meta: dict) -> tuple[str, ...]:
    organisers = meta.get("organisers") or []
    return tuple(_text(o) for o in ([organisers] if isinstance(organisers, str) else organisers))


def _conference(root: Path, doc: MarkdownDoc, translations: dict[str, MarkdownDoc]) -> Conference:
    """translations: announcement.<language>.md, whose front matter may give the title, subtitle, organisers
    and venue in that language, and whose text is the announcement's."""
    meta = doc.meta
    translated = []
    for code, other in sorted(translations.items()):
        fields = {name: _organisers(other.meta) if name == "organisers" else _text(other.meta.get(name))
                  for name in TRANSLATED_FIELDS["announcement"]}
        fields["announcement"] = render_markdown(other.body) if other.body.strip() else None
        translated += [(name, code, value) for name, value in fields.items() if value]
    return Conference(
        title=_text(meta["title"]),
        subtitle=_text(meta.get("subtitle")),
        organisers=_organisers(meta),
        start=parse_date(meta["start_date"]),
        end=parse_date(meta["end_date"]),
        city=_text(meta["city"]),
        country=_text(meta["country"]),
        country_code=_country_code(meta["country"]),
        venue=_text(meta.get("venue")),
        timezone=_text(meta.get("timezone")),
        languages=parse_languages(meta.get("languages")),
        expected_participants=parse_count(meta.get("expected_participants")),
        expected_countries=parse_count(meta.get("expected_countries")),
        country_names=country_settings(meta.get("country_names")),
        country_notes=country_settings(meta.get("country_notes")),
        surname_style=parse_surname_style(meta.get("surname_style")),
        participant_groups=parse_groups(meta.get("participant_groups")),
        announcement=render_markdown(doc.body),
        translations=tuple(translated),
        pack=pack_settings(meta, root),
        mail_from=_text(meta.get("mail_from")),
        held=parse_yes_no(meta["held"]) if meta.get("held") not in (None, "") else False,
    )


def _numbered(key: str, used: dict[str, int]) -> str:
    """key, then key-2, key-3 … for its later occurrences."""
    used[key] = used.get(key, 0) + 1
    return key if used[key] == 1 else f"{key}-{used[key]}"


def _cells_translated(cells: dict, spec_columns) -> Translations:
    """The translations a row gives: ("title", "fr", text) from its column "Title (fr)"."""
    return tuple((column.translates.casefold(), column.language, cells[column.name]) for column in spec_columns
                 if column.translates and cells.get(column.name))


def _bio(root: Path, doc: MarkdownDoc, translations: dict[str, MarkdownDoc]) -> Bio:
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
        photo=InputFile(root, str(photo)) if photo else None,
        text=render_markdown(doc.body),
        translations=tuple(
            (name, code, value) for code, other in sorted(translations.items())
            for name, value in (*((name, _text(other.meta.get(name))) for name in TRANSLATED_FIELDS["bios"]),
                                ("text", render_markdown(other.body) if other.body.strip() else None)) if value),
    )


def _programme(table: Table, bios: dict[str, Bio]) -> tuple[ProgrammeItem, ...]:
    items = [dict(
        date=cells["Date"],
        start=cells["Start"],
        end=cells["End"].time,
        ends_next_day=cells["End"].next_day,
        kind=cells["Type"],
        theme=cells.get("Theme") or "",
        title=cells["Title"],
        chairs=tuple(bios[name_key(p)] for p in cells.get("Chair") or ()),
        speakers=tuple(bios[name_key(p)] for p in cells.get("Speakers") or ()),
        room=cells.get("Room") or "",
        notes=cells.get("Notes") or "",
        uid=cells.get("ID") or "",
        translations=_cells_translated(cells, table.spec.columns),
    ) for _row, cells in records(parse_cells(table))]
    items.sort(key=lambda i: (i["date"], i["start"], i["ends_next_day"], i["end"]))
    anchors: dict[str, int] = {}
    uids: dict[str, int] = {}
    for item in items:  # parallel items start at the same time: number the second and later ones
        item["anchor"] = _numbered(f"item-{item['date']:%Y%m%d}-{item['start']:%H%M}", anchors)
        # Without an ID, an item is known by its title: a moved or re-timed item keeps its identity.
        item["uid"] = _numbered(slug(item["uid"] or item["title"]), uids)
    return tuple(ProgrammeItem(**item) for item in items)


def _participants(table: Table, languages: tuple[str, ...], days: list[dt.date]) -> tuple[Participant, ...]:
    """languages: the event's; a person's language is the first of them unless the Language column says. days:
    the event's, which the Attended column may name."""
    people = []
    attendance = "Attended" in table.parsed.columns
    for _row, cells in records(parse_cells(table)):
        hon, first = split_honorific(cells["First name"])
        came = cells.get("Attended")  # an Attendance, or None for an empty cell
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
            translations=_cells_translated(cells, table.spec.columns),
            attended=(bool(came) and came.came) if attendance else None,
            attended_days=attended_days(came, days) if came else None,
            language=cells.get("Language") or languages[0],
            visa=bool(cells.get("Visa")),
            gender=cells.get("Gender") or "",
        ))
    return tuple(people)
