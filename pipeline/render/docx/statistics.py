"""The statistics' DOCX (views/statistics.py): for each breakdown a heading, its chart as a picture (PNG, which Word
and LibreOffice both show; its alt text the chart in words), its caption, and its figures as a table. Registered
in render/docx/writer.py's WRITERS."""

from __future__ import annotations

import io

from docx.shared import Emu, Mm

from pipeline.render.docx import ooxml
from pipeline.render.formats.charts import chart_png
from pipeline.views.statistics import StatisticsView

CHART_WIDTH = Mm(160)


def _table(doc, header: tuple[str, ...], rows: list[tuple[str, ...]], shares: tuple[int, ...] = ()) -> None:
    """shares: the columns' widths, in parts of the text's width (the sessions' title wide, its counts narrow)."""
    table = doc.add_table(rows=1, cols=len(header), style="Participant Table")
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    if shares:
        ooxml.fixed_widths(table, [Emu(ooxml.TEXT_WIDTH * share // sum(shares)) for share in shares])
    ooxml.para(doc)  # tables that touch are read as one


def statistics(doc, view: StatisticsView, place) -> None:
    _ = view.masthead.lang._
    ooxml.para(doc, view.counted)
    _table(doc, (_("In figures"), ""), list(view.totals))
    for b in view.breakdowns:
        ooxml.heading(doc, b.title, 1 + place.depth, b.anchor)
        picture = ooxml.para(doc).add_run().add_picture(io.BytesIO(chart_png(b)), width=CHART_WIDTH)
        picture._inline.docPr.set("descr", b.summary)  # the alt text: python-docx leaves it empty
        ooxml.para(doc, b.caption, "Item Detail")
        _table(doc, (b.title, _("Number")), [(bar.label, bar.shown) for bar in b.bars])
    if view.sessions:
        ooxml.heading(doc, _("Speakers and chairs by session"), 1 + place.depth, "sessions")
        _table(doc, (_("When"), _("Session"), _("Women"), _("Men"), _("Other or not given")),
               [(s.when, s.title + (f" ({_('one gender only')})" if s.one_gender else ""), str(s.women),
                 str(s.men), str(s.others)) for s in view.sessions], (19, 45, 12, 12, 12))


WRITERS = {"statistics": statistics}
