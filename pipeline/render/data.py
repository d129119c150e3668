"""The edition's data as JSON: what a machine should read instead of scraping the PDF. Built from the views,
never from the model, so it holds exactly what the edition's documents show and nothing more."""

from __future__ import annotations

import json

from pipeline.views import DossierView


def edition_data(view: DossierView) -> dict:
    m = view.masthead
    return {
        "edition": m.edition.name,
        "conference": {"title": m.title, "subtitle": m.subtitle, "dates": m.dates, "place": m.place,
                       "venue": m.venue, "organisers": list(m.organisers), "language": m.language,
                       "timezone": m.timezone},
        "programme": [
            {"id": i.uid, "date": i.date.isoformat(), "start": f"{i.start:%H:%M}", "end": f"{i.end:%H:%M}",
             "type": i.kind, "theme": i.theme, "title": i.title, "chairs": [p.name for p in i.chairs],
             "speakers": [p.name for p in i.speakers], "room": i.room, "notes": i.notes}
            for day in view.programme.days for i in day.items],
        "participants": {
            "summary": view.participants.summary,
            "columns": ["Name", "Position", "Organisation", *view.participants.extra_columns],
            "groups": [{"name": g.name, "rows": [[r.name, r.position, r.organisation, *r.extra] for r in g.rows]}
                       for g in view.participants.groups],
        },
        "speakers": [{"name": e.bio.display_name, "affiliation": e.bio.affiliation, "bio": e.bio.text.text,
                      "appearances": [{"role": a.role, "item": a.title, "day": a.day, "time": a.time}
                                      for a in e.appearances]}
                     for e in view.bios.entries],
    }


# Each PDF carries the part of the data it shows; the full dossier carries all of it (data.json).
PARTS = {"programme": "programme", "participants": "participants", "bios": "speakers"}


def part_name(doc_id: str) -> str:
    """The attachment's file stem: data for the full dossier, else the document's own part."""
    return PARTS.get(doc_id, "data")


def document_data(doc_id: str, data: dict) -> dict:
    if doc_id not in PARTS:
        return data
    return {key: data[key] for key in ("edition", "conference", PARTS[doc_id])}


def as_json(data: dict) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode()
