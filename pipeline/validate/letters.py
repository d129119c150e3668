"""The letters (inputs/letters/): their front matter, who they go to and what they attach, every placeholder of
every language checked without filling it (letters/template.py), then filled for every recipient, so that
nothing is found wrong at send time. Each problem located: the file and its line."""

from __future__ import annotations

import re

from pipeline.findings import Finding, Location, error, warning
from pipeline.ingest import RawInputs
from pipeline.ingest.settings import LETTERS
from pipeline.language import language, language_name
from pipeline.letters.addressed import Values
from pipeline.letters.recipients import ATTACHABLE, GROUPS, YES_NO, recipients, unknown_to, words
from pipeline.letters.template import Unfillable, fill, problems
from pipeline.model import Dossier
from pipeline.validate.documents import ignored_fields

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
HEADER_COLUMNS = ("Title", "First name", "Last name", "Organisation", "Email")  # what a message's headers carry


def check_letters(raw: RawInputs) -> list[Finding]:
    """What can be said of the letters from the inputs alone."""
    found: list[Finding] = []
    categories = _categories(raw)
    for doc in raw.letters:
        found += ignored_fields(doc, tuple(s.name for s in LETTERS), "a letter takes " +
                                ", ".join(s.name for s in LETTERS))
        for setting in (s for s in LETTERS if s.required and not doc.meta.get(s.name)):
            found.append(error(doc.where(setting.name), f"has no {setting.name}", f"add {setting.name}: "
                               f"{setting.example} to its front matter"))
        for word in unknown_to(words(doc.meta.get("to")), categories):
            found.append(error(doc.line_of("to"), f'"{word}" is nobody: not a group, a yes/no column or a Category',
                               f"write {', '.join(GROUPS)}, a column ({', '.join(YES_NO.values())}) or one of the "
                               f"categories ({', '.join(sorted(categories)) or 'none in the participants'})"))
        for word in words(doc.meta.get("attach")):
            if word not in ATTACHABLE:
                found.append(error(doc.line_of("attach"), f'"{word}" cannot be attached',
                                   f"attach {', '.join(ATTACHABLE)}"))
        for text in (doc, *raw.translations_of(doc).values()):
            found += _template(text)
    found += _header_cells(raw)
    return found


def _categories(raw: RawInputs) -> set[str]:
    table = raw.participants
    if table is None or "Category" not in table.frame.columns:
        return set()
    return {str(v).strip() for v in table.frame["Category"] if str(v).strip()}


def _template(doc) -> list[Finding]:
    found = []
    subject = str(doc.meta.get("subject") or "")
    if _CONTROL.search(subject):
        found.append(error(doc.line_of("subject"), "holds a line break or a control character",
                           "a subject is one line of text"))
    for problem in problems(subject):
        found.append(error(doc.line_of("subject"), problem.message, problem.hint))
    for problem in problems(doc.body):
        line = doc.body_line + problem.line - 1 if problem.line else None
        found.append(error(Location(doc.file, line=line), problem.message, problem.hint))
    return found


def _header_cells(raw: RawInputs) -> list[Finding]:
    """A name, organisation or address that holds a line break or a control character could try to add a
    header to a message: refused, located, before any message is written (the message builder refuses too)."""
    table = raw.participants
    if table is None or not raw.letters:
        return []
    return [error(table.where(row, column), "holds a line break or a control character",
                  "a name, organisation or address is one line of text")
            for column in HEADER_COLUMNS if column in table.frame.columns
            for row, value in table.frame[column].items() if _CONTROL.search(str(value))]


def check_filled(raw: RawInputs, dossier: Dossier, changes: dict | None = None) -> list[Finding]:
    """Each letter filled for each of its recipients in their language: the first failure of each line said
    once; a language a recipient reads that the letter is not written in, a warning (they get the event's
    first language). changes: by language, the programme's changes since the last archived version."""
    found: list[Finding] = []
    values_for = Values(dossier, changes)
    source = dossier.conference.languages[0]
    for letter in dossier.letters:
        people, _ = recipients(dossier, letter.to, letter.attach)
        said: set[tuple[str, int | None]] = set()
        wanting: dict[str, int] = {}
        for p in people:
            code = p.language if p.language in letter.texts else source
            if code != p.language:
                wanting[p.language] = wanting.get(p.language, 0) + 1
            text, lang = letter.texts[code], language(code)
            values = values_for(p, lang)
            for part, first in ((text.subject, text.subject_line), (text.body, text.body_line)):
                try:
                    fill(part, values, markdown=part is text.body)
                except Unfillable as exc:
                    line = (first + (exc.line or 1) - 1) if first and part is text.body else first
                    if (text.file, line) not in said:
                        said.add((text.file, line))
                        found.append(error(Location(text.file, line=line),
                                           f"cannot be filled for {p.first_name} {p.last_name}: {exc.message}",
                                           "use only the listed placeholders"))
        for code, count in wanting.items():
            original = letter.texts[source].file
            found.append(warning(Location(original), f"has no {language_name(code)} translation: {count} "
                                 f"recipient{'s' * (count != 1)} in {language_name(code)} get it in "
                                 f"{language_name(source)}",
                                 f"add {letter.id}.{code}.md beside it"))
    return found
