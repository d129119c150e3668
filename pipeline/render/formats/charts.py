"""The statistics' charts (views/statistics.py), drawn at build time by matplotlib, with no browser: horizontal
bars in the project's colours, their words in its own font drawn as outlines (so WeasyPrint, a browser and Word
show the same shapes with no font to find). SVG for the web page and the PDF (vectors), PNG for the DOCX (which
Word and LibreOffice both show). The same breakdown gives the same bytes every time: no date, no random id (the
ids are the chart's own, so that several charts share a page)."""

from __future__ import annotations

import io
import re
from functools import cache, lru_cache

from pipeline.render import TEMPLATES

INK, ACCENT, MUTED, RULE = "#1a1a1a", "#0b3d77", "#555555", "#c8d2e0"  # print.css's colours
WIDTH = 6.4        # inches: the text width of an A4 page
BAR = 0.32         # inches a bar takes


@cache
def _font() -> str:
    from matplotlib import font_manager

    path = TEMPLATES / "fonts" / "NotoSans-Regular.ttf"
    font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()


def _style() -> dict:
    return {"svg.fonttype": "path", "svg.hashsalt": "dossier", "font.family": _font(), "font.size": 9,
            "text.color": INK, "axes.edgecolor": RULE, "xtick.color": MUTED, "ytick.color": INK}


def _figure(breakdown):
    from matplotlib.figure import Figure

    bars = breakdown.bars
    figure = Figure(figsize=(WIDTH, 0.45 + BAR * len(bars)))
    axes = figure.add_subplot()
    rows = range(len(bars))
    drawn = axes.barh(rows, [bar.count for bar in bars], height=0.62, color=ACCENT)
    axes.bar_label(drawn, labels=[bar.shown for bar in bars], padding=3, color=INK, fontsize=8.5)
    axes.set_yticks(list(rows), [bar.label for bar in bars])
    axes.invert_yaxis()
    axes.set_xlim(0, max([bar.count for bar in bars] + [1]) * 1.18)
    axes.xaxis.set_visible(False)
    for side in ("top", "right", "bottom"):
        axes.spines[side].set_visible(False)
    axes.tick_params(axis="y", length=0, pad=4)
    figure.tight_layout(pad=0.3)
    return figure


@lru_cache(maxsize=256)
def chart_svg(breakdown, prefix: str) -> str:
    """The chart as an <svg> element for a page: an image named by its summary (role="img", aria-label,
    <title>), its ids prefixed with `prefix`, so that a page holds several. Kept: the public and the delegates'
    editions show the same charts (0.1 s each to draw)."""
    import matplotlib

    with matplotlib.rc_context(_style()):
        out = io.StringIO()
        _figure(breakdown).savefig(out, format="svg", metadata={"Date": None, "Creator": None})
    svg = out.getvalue()
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, flags=re.S)  # RDF, which HTML does not take
    for name in sorted(set(re.findall(r'id="([^"]+)"', svg)), key=len, reverse=True):
        svg = svg.replace(f'id="{name}"', f'id="{prefix}-{name}"').replace(f'#{name}"', f'#{prefix}-{name}"') \
            .replace(f"#{name})", f"#{prefix}-{name})")
    summary = breakdown.summary.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    svg = svg.replace("<svg ", f'<svg role="img" aria-label="{summary}" ', 1)
    return re.sub(r"(<svg[^>]*>)", lambda m: f"{m.group(1)}<title>{summary}</title>", svg, count=1)


def chart_png(breakdown) -> bytes:
    """The chart as a PNG for the DOCX, at 200 dots an inch."""
    import matplotlib

    with matplotlib.rc_context(_style()):
        out = io.BytesIO()
        _figure(breakdown).savefig(out, format="png", dpi=200, metadata={"Software": None})
    return out.getvalue()
