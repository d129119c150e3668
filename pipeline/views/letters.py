"""A person's own documents in the organisers' edition: each letter addressed to them (letters/addressed.py) and
their certificate of attendance, laid out one by one (a page or two each) and kept in the cache."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.editions import EDITIONS
from pipeline.language import language
from pipeline.letters.addressed import Addressed, addressed, certificate_path, file_names
from pipeline.model import Dossier
from pipeline.richtext import RichText
from pipeline.views.document import Masthead, event_slug, masthead
from pipeline.views.sheets import certificates_view
from pipeline.views.text import local


@dataclass(frozen=True)
class LetterView:
    masthead: Masthead           # the event, for the letterhead: its organisers
    reference: str               # "sofia-2012/invitation/017"
    dated: str                   # "Sofia, 12 November 2012"
    recipient: tuple[str, ...]   # name, position, organisation, country: the address block
    subject: str
    body: RichText
    signature: Path | None
    signatory: str
    signatory_function: str

    def photos(self) -> tuple:
        return (self.signature,) if self.signature else ()


@dataclass(frozen=True)
class Personal:
    """One person's document: where it goes in the edition, the template that lays it out, what it shows, and
    its date (a letter's: when its text last changed; a certificate's: the event's last day)."""
    path: str
    doc_id: str          # "letter" or "certificates"
    view: object
    date: dt.datetime


def letter_view(dossier: Dossier, one: Addressed, date: dt.datetime) -> LetterView:
    c, lang, p = dossier.conference, one.lang, one.person
    pack = c.pack
    text = local(dossier, lang)
    function = str(text(pack.signatory_function, c.translations, "signatory_function")) if pack and \
        pack.signatory_function else ""
    person = one.person_values
    address = tuple(x for x in (person["name"], person["position"], p.organisation, person["country"]) if x)
    return LetterView(masthead(dossier, lang), f"{event_slug(dossier)}/{one.letter.id}/{one.number:03d}",
                      f"{c.city}, {lang.date(date.date())}", address, one.subject, one.body,
                      pack.signature if pack else None, pack.signatory if pack else "", function)


def personal_documents(dossier: Dossier, dates: dict[str, dt.datetime], certificate_date: dt.datetime,
                       changes: dict | None = None) -> tuple[Personal, ...]:
    """Every letter for each of its recipients, and each attendee's own certificate when a letter attaches
    it. dates: each letter's date, by id."""
    made: list[Personal] = []
    for letter in dossier.letters:
        for one in addressed(dossier, letter, changes)[0]:
            made.append(Personal(one.pdf, "letter", letter_view(dossier, one, dates[letter.id]), dates[letter.id]))
    if any("certificate" in letter.attach for letter in dossier.letters):
        names = file_names(dossier)
        for i, p in enumerate(dossier.participants):
            if p.attended:
                lang = language(p.language if p.language in dossier.conference.languages
                                else dossier.conference.languages[0])
                whole = certificates_view(replace(dossier, participants=(p,)), EDITIONS["organisers"], lang)
                made.append(Personal(certificate_path(names[i]), "certificates", whole, certificate_date))
    return tuple(made)
