"""Validate: every problem in the inputs, collected in one pass and located; never stops at the first.

Cells are checked against the contract by a pandera schema (`cells`), then read through the same parsers
that `assemble` uses, and the rows checked across each other and across inputs (`programme`, `participants`,
`documents`). Anything validation accepts can be built.
"""

from __future__ import annotations

from pipeline.findings import Finding, has_errors
from pipeline.ingest import RawInputs
from pipeline.normalise.tables import parse_cells
from pipeline.validate.cells import check_cells
from pipeline.validate.documents import (bio_index, check_announcement, check_bios, event_dates,
                                         unused_bios)
from pipeline.validate.examples import check_examples
from pipeline.validate.letters import check_filled, check_letters
from pipeline.validate.participants import (check_attendance, check_counts, check_languages, check_participants,
                                           participant_keys)
from pipeline.validate.programme import check_programme, programme_people
from pipeline.validate.translations import check_translations


def validate(raw: RawInputs) -> list[Finding]:
    findings: list[Finding] = []
    bios = bio_index(raw.bios)
    if raw.announcement:
        findings += check_announcement(raw.root, raw.announcement)
    findings += check_bios(raw.root, raw.bios, bios)
    participants = parse_cells(raw.participants) if raw.participants is not None else None
    programme = parse_cells(raw.programme) if raw.programme is not None else None
    if raw.programme is not None:
        findings += check_cells(raw.programme)
        findings += check_programme(raw.programme, programme, bios, event_dates(raw.announcement),
                                    participant_keys(participants))
        findings += unused_bios(bios, programme_people(programme))
    if raw.participants is not None:
        findings += check_cells(raw.participants)
        findings += check_participants(raw.participants, participants)
        findings += check_languages(raw.participants, participants, raw.announcement)
        findings += check_attendance(raw.participants, participants, event_dates(raw.announcement))
        if raw.announcement:
            findings += check_counts(raw.participants, participants, raw.announcement)
    findings += check_translations(raw)
    findings += check_examples(raw.programme, programme, raw.participants, participants, raw.bios)
    findings += check_letters(raw)
    whole = None not in (raw.announcement, raw.programme, raw.participants)
    if raw.letters and whole and not has_errors(findings):  # what validation accepts can be assembled
        from pipeline.assemble import assemble

        findings += check_filled(raw, assemble(raw))
    return findings
