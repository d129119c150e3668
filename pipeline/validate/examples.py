"""The example row and bio that `dossier init` writes: a warning while they are still in the inputs, so that a
new event's folder validates (and builds) but says what is left to replace."""

from __future__ import annotations

import pandas as pd

from pipeline.findings import Finding, warning
from pipeline.ingest.contract import EXAMPLE_SPEAKER, EXAMPLE_TITLE
from pipeline.ingest.frontmatter import MarkdownDoc
from pipeline.ingest.tables import Table
from pipeline.normalise.names import name_key

_EXAMPLE = name_key(EXAMPLE_SPEAKER)
_SURNAME = EXAMPLE_SPEAKER.split()[-1].casefold()  # compared first: name_key for 13,000 rows costs a second
_HINT = "replace it with your own, or delete it"


def check_examples(programme: Table | None, programme_cells: pd.DataFrame | None, participants: Table | None,
                   participant_cells: pd.DataFrame | None, bios: tuple[MarkdownDoc, ...]) -> list[Finding]:
    found = []
    if programme_cells is not None and "Title" in programme_cells.columns:
        found += [warning(programme.where(row, "Title"), "is the example row that dossier init wrote", _HINT)
                  for row, title in programme_cells["Title"].items() if title == EXAMPLE_TITLE]
    if participant_cells is not None and {"First name", "Last name"} <= set(participant_cells.columns):
        found += [warning(participants.where(row, "Last name"), "is the example row that dossier init wrote", _HINT)
                  for row, first, last in zip(participant_cells.index, participant_cells["First name"],
                                              participant_cells["Last name"])
                  if str(last).casefold() == _SURNAME and name_key(f"{first or ''} {last or ''}") == _EXAMPLE]
    found += [warning(doc.where("name"), "is the example bio that dossier init wrote", _HINT)
              for doc in bios if name_key(str(doc.meta.get("name") or "")) == _EXAMPLE]
    return found
