"""Letters the secretariat writes (inputs/letters/<id>.md, and <id>.<language>.md for the event's other
languages), each made for every person it goes to, in their language: the placeholders a letter may use
(placeholders.py), its template checked and filled in a sandbox (template.py), and who receives it (recipients.py).
"""

from __future__ import annotations

from pipeline.letters.recipients import words
from pipeline.model import Letter, LetterText


def read_letter(doc, translations: dict) -> Letter:
    """A letter of the inputs (ingest's MarkdownDoc) and its translations ({language: MarkdownDoc}); its
    language is the event's first, keyed "" until the caller knows it (assemble.py)."""
    def text(d) -> LetterText:
        return LetterText(str(d.meta.get("subject") or ""), d.body, d.file, d.field_lines.get("subject"), d.body_line)

    return Letter(doc.path.stem, words(doc.meta.get("to")), words(doc.meta.get("attach")),
                  {"": text(doc), **{code: text(t) for code, t in translations.items()}})
