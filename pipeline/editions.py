"""Editions: who may see what. Each edition is built into its own folder from the same model.

- public: only participants who consented to be listed; no e-mail, no phone, nothing from organisers' fields;
- delegates (what is distributed): as public, plus e-mail and phone of those who consented to share them;
- organisers: everyone and every field, marked "Internal — not for distribution" on every page,
  in file names and in document metadata.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.marks import N_

INTERNAL_MARK = N_("Internal — not for distribution")


@dataclass(frozen=True)
class Edition:
    name: str
    label: str               # in English, marked for translation (N_)
    everyone: bool           # list participants who did not consent to be listed too
    contacts: str            # "none", "consented" (only those who agreed to share) or "all"
    internal: bool           # organisers' fields shown; marked internal everywhere

    @property
    def suffix(self) -> str:
        """Appended to every file name: an internal file says so wherever it is copied."""
        return "-internal" if self.internal else ""

    def file(self, stem: str, ext: str) -> str:
        return f"{stem}{self.suffix}.{ext}"

    def shows_contact(self, share_contact: bool) -> bool:
        return self.contacts == "all" or (self.contacts == "consented" and share_contact)


EDITIONS = {
    "public": Edition("public", N_("Public edition"), everyone=False, contacts="none", internal=False),
    "delegates": Edition("delegates", N_("Delegates' edition"), everyone=False, contacts="consented", internal=False),
    "organisers": Edition("organisers", N_("Organisers' edition"), everyone=True, contacts="all", internal=True),
}
