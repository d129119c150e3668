"""The edition's data as JSON: what a machine should read instead of scraping the PDF. Built from the views,
never from the model, so it holds exactly what the edition's documents show and nothing more."""

from __future__ import annotations

import json

from pipeline.documents import DOCUMENTS
from pipeline.editions import Edition
from pipeline.views.dossier import DossierView
from pipeline.views.participants import PARTICIPANT_COLUMNS


def edition_data(view: DossierView, edition: Edition, statistics=None) -> dict:
    """statistics: the edition's statistics view (views/statistics.py), whose figures it carries too."""
    m = view.masthead
    programme, participants, bios = view.part("programme"), view.part("participants"), view.part("bios")
    return {
        "edition": edition.name,
        "conference": {"title": m.title, "subtitle": m.subtitle, "dates": m.dates, "place": m.place,
                       "venue": m.venue, "organisers": list(m.organisers), "language": m.lang.code,
                       "timezone": m.timezone},
        "programme": [
            {"id": i.uid, "date": i.date.isoformat(), "start": f"{i.start:%H:%M}", "end": f"{i.end:%H:%M}",
             "end_date": i.ends_at.date().isoformat(),
             "type": i.kind, "theme": i.theme, "title": i.title, "chairs": [p.name for p in i.chairs],
             "speakers": [p.name for p in i.speakers], "room": i.room, "notes": i.notes}
            for day in programme.days for i in day.items],
        "participants": {
            "summary": participants.summary,
            "columns": [*map(m.lang._, PARTICIPANT_COLUMNS), *participants.extra_columns],
            "groups": [{"name": g.name, **({"section": g.section} if g.section else {}), "rows": [[r.name, r.position, r.organisation, *r.extra] for r in g.rows]}
                       for g in participants.groups],
        },
        "speakers": [{"name": e.name, "affiliation": e.bio.affiliation, "bio": e.bio.text.text,
                      "appearances": [{"role": a.role, "item": a.title, "day": a.day, "time": a.time}
                                      for a in e.appearances]}
                     for e in bios.entries],
        **({"statistics": statistics_data(statistics)} if statistics is not None else {}),
    }


def statistics_data(view) -> dict:
    """The statistics' figures, as the edition may show them (a count not told is null, with its words)."""
    return {"counted": view.counted, "totals": dict(view.totals),
            "breakdowns": [{"id": b.anchor, "title": b.title, "caption": b.caption,
                            "counts": [{"label": bar.label, "count": bar.count if bar.count or bar.shown == "0"
                                        else None, "shown": bar.shown} for bar in b.bars]} for b in view.breakdowns],
            **({"sessions": [{"when": s.when, "title": s.title, "women": s.women, "men": s.men, "others": s.others,
                              "one_gender": s.one_gender} for s in view.sessions]} if view.sessions else {})}


def part_name(doc_id: str) -> str:
    """The attachment's file stem: the document's own part of the data (documents.py), or all of it; "" for
    none (the working pack's documents carry no data)."""
    data = DOCUMENTS[doc_id].data
    return "data" if data is None else data


def document_data(doc_id: str, data: dict) -> dict:
    """What a document's PDF carries: its own part of the data, or all of it (the full dossier)."""
    part = DOCUMENTS[doc_id].data
    return data if part is None else {key: data[key] for key in ("edition", "conference", part)}


def as_json(data: dict) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode()
