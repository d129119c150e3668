"""The inputs' texts in the language of a render: the text itself, or its translation, or the inputs' own text
marked with its language (Shown carries the language it is in)."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.language import Language
from pipeline.model import Dossier, Translations, translation

# --- text of the inputs, in the render's language ---------------------------------------------------

class Shown(str):
    """A text of the inputs as a document shows it. `lang` is the language it is written in when that is not the
    page's (its translation is missing, and the inputs' own text is printed): the templates and the DOCX writer
    mark it (lang="en", w:lang), so that hyphenation and screen readers follow it."""

    lang: str

    def __new__(cls, text: str, lang: str = "") -> Shown:
        shown = super().__new__(cls, text)
        shown.lang = lang
        return shown

    def __reduce__(self):
        return Shown, (str(self), self.lang)

    def __repr__(self) -> str:  # part of the units' cache keys: a marked text differs from the same text unmarked
        return f"Shown({str(self)!r}, {self.lang!r})" if self.lang else str.__repr__(self)


@dataclass(frozen=True)
class Local:
    """The render's language and the inputs': a text of the inputs in the render's language is its translation
    (announcement.fr.md, bios/<name>.fr.md, the "Title (fr)" columns), else the inputs' own text, marked."""
    lang: Language
    source: str          # the language the inputs are written in: the event's first

    def rich(self, value, translations: Translations, name: str) -> tuple[object, str]:
        """A value in the render's language, and the language it is shown in when that is not the page's
        (else "")."""
        if not value or self.lang.code == self.source:
            return value, ""
        other = translation(translations, name, self.lang.code)
        return (value, self.source) if other is None else (other, "")

    def __call__(self, text: str, translations: Translations, name: str) -> Shown:
        shown, lang = self.rich(text, translations, name)
        return Shown(shown, lang) if lang else Shown(self.lang.typography(shown))

    def note(self, *langs: str) -> str:
        """"(en anglais)", once for an item some of whose texts (their Shown.lang) are printed untranslated."""
        return self.lang.in_language(self.source) if any(langs) else ""


def local(dossier: Dossier, lang: Language) -> Local:
    return Local(lang, dossier.conference.languages[0])
