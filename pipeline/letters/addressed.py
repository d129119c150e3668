"""A letter addressed: filled for one recipient in their language (or the event's first, when the letter has no
text in theirs), with what its PDF and its message are made from. The build lays out each one's PDF
(views/letters.py); `dossier mail` writes each one's message (mail/)."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.language import Language, language
from pipeline.letters.placeholders import event_values, person_values
from pipeline.letters.recipients import recipients
from pipeline.letters.template import changes_markdown, fill
from pipeline.model import Dossier, Letter, Participant
from pipeline.normalise.names import slug
from pipeline.richtext import RichText, render_markdown
from pipeline.views.badges import programme_roles


@dataclass(frozen=True)
class Addressed:
    letter: Letter
    number: int            # among the letter's recipients, in the participants' order: its reference
    person: Participant
    lang: Language         # the language it is written in
    name: str              # its files' name: "horvath-zsofia"
    subject: str           # filled, one line of text
    body: RichText         # filled, read as Markdown
    person_values: dict    # what person.… stood for in it (placeholders.PERSON): the address block reads it

    @property
    def pdf(self) -> str:
        """Its PDF in the organisers' edition (relative to the edition's folder)."""
        return f"letters/{self.letter.id}/{self.name}.pdf"


def certificate_path(name: str) -> str:
    """A person's own certificate of attendance in the organisers' edition: what a letter attaches."""
    return f"certificates/{name}.pdf"


def file_names(dossier: Dossier) -> dict[int, str]:
    """Each participant's file name (by their index in the participants), unique: "horvath-zsofia", "-2" …"""
    used: dict[str, int] = {}
    names = {}
    for i, p in enumerate(dossier.participants):
        base = slug(f"{p.last_name} {p.first_name}")[:60]
        used[base] = used.get(base, 0) + 1
        names[i] = base if used[base] == 1 else f"{base}-{used[base]}"
    return names


class Values:
    """What the placeholders stand for in a letter to each person: the event's, once per language."""

    def __init__(self, dossier: Dossier, changes: dict | None = None):
        self.dossier, self.changes = dossier, changes or {}
        self.roles = programme_roles(dossier)
        self.events: dict[str, dict] = {}

    def __call__(self, p: Participant, lang: Language) -> dict[str, object]:
        if lang.code not in self.events:
            self.events[lang.code] = {"event": event_values(self.dossier, lang),
                                      "changes": changes_markdown(self.changes.get(lang.code))}
        return {"person": person_values(p, self.dossier, lang, self.roles), **self.events[lang.code]}


def addressed(dossier: Dossier, letter: Letter, changes: dict | None = None
              ) -> tuple[tuple[Addressed, ...], tuple[tuple[Participant, str], ...]]:
    """The letter for each of its recipients, and everyone left out with the reason. changes: by language, the
    programme's changes since the last archived version (views/programme.ChangesView), for {{ changes }}."""
    people, left = recipients(dossier, letter.to, letter.attach)
    names = file_names(dossier)
    index = {id(p): i for i, p in enumerate(dossier.participants)}
    values_for, source = Values(dossier, changes), dossier.conference.languages[0]
    made = []
    for number, p in enumerate(people, 1):
        code = p.language if p.language in letter.texts else source
        lang, text = language(code), letter.texts[code]
        values = values_for(p, lang)
        subject = " ".join(fill(text.subject, values, markdown=False).split())
        made.append(Addressed(letter, number, p, lang, names[index[id(p)]], subject,
                              render_markdown(fill(text.body, values)), values["person"]))
    return tuple(made), left
