"""Markdown → safe HTML for the web and PDF, and → simple blocks for the DOCX writer, from one parse.

Raw HTML in the Markdown is not interpreted (markdown-it's `html` option is
off) and the HTML produced is cleaned again with nh3, so nothing a bio's
author types can become a script, an event handler or a remote resource.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import nh3
from markdown_it import MarkdownIt

_MD = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).disable("image")
_ALLOWED_TAGS = {"p", "em", "strong", "a", "ul", "ol", "li", "h2", "h3", "h4", "blockquote", "br", "code"}


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None


@dataclass(frozen=True)
class Block:
    kind: str               # "p", "h", "li" or "quote"
    runs: tuple[Run, ...]
    level: int = 0          # heading level, or list depth
    ordered: bool = False   # list items: numbered or bulleted

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class RichText:
    html: str
    blocks: tuple[Block, ...]

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)


_MARKDOWN_SIGNS = re.compile(r"([\\`*_{}\[\]()#+\-.!|~])")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def escape_markdown(text: str) -> str:
    """A text to put into Markdown as it is: "*" stays a star, "[x](y)" no link, "<b>" the four characters (as
    entities, which the sanitiser that runs before the Markdown parse leaves alone: it would take "\\<b>" for a
    tag and drop it)."""
    text = re.sub(r"[&<>]", lambda m: _ENTITIES[m[0]], text)
    return _MARKDOWN_SIGNS.sub(r"\\\1", text)


def _runs(inline) -> tuple[Run, ...]:
    runs, bold, italic, href = [], 0, 0, None
    for tok in inline.children or []:
        if tok.type == "strong_open":
            bold += 1
        elif tok.type == "strong_close":
            bold -= 1
        elif tok.type == "em_open":
            italic += 1
        elif tok.type == "em_close":
            italic -= 1
        elif tok.type == "link_open":
            href = tok.attrs.get("href")
        elif tok.type == "link_close":
            href = None
        elif tok.type in ("text", "code_inline"):
            runs.append(Run(tok.content, bold > 0, italic > 0, href))
        elif tok.type in ("softbreak", "hardbreak"):
            runs.append(Run(" " if tok.type == "softbreak" else "\n", bold > 0, italic > 0, href))
    return tuple(runs)


def _blocks(tokens) -> tuple[Block, ...]:
    blocks, lists, quote, heading = [], [], 0, 0
    for tok in tokens:
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            lists.append(tok.type == "ordered_list_open")
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif tok.type == "blockquote_open":
            quote += 1
        elif tok.type == "blockquote_close":
            quote -= 1
        elif tok.type == "heading_open":
            heading = int(tok.tag[1])
        elif tok.type == "heading_close":
            heading = 0
        elif tok.type in ("fence", "code_block"):
            blocks.append(Block("p", (Run(tok.content.rstrip("\n")),)))
        elif tok.type == "inline":
            if heading:
                blocks.append(Block("h", _runs(tok), level=heading))
            elif lists:
                blocks.append(Block("li", _runs(tok), level=len(lists), ordered=lists[-1]))
            else:
                blocks.append(Block("quote" if quote else "p", _runs(tok)))
    return tuple(blocks)


_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_SCRIPT_LINK = re.compile(r"\[([^\]]*)\]\(\s*<?\s*(?:javascript|vbscript|data|file)\s*:[^)]*\)", re.I)


def unsafe_parts(text: str) -> list[str]:
    """What a Markdown text holds that will not be printed as written: raw HTML, images (remote resources)."""
    found = []
    if nh3.clean(text, tags=set()) != nh3.clean(text, tags=set(), clean_content_tags=set()) or \
            re.search(r"<\s*/?\s*[a-zA-Z][^>]*>", text):
        found.append("HTML")
    if _IMAGE.search(text):
        found.append("an image")
    if _SCRIPT_LINK.search(text):
        found.append("a script, data or file link")
    return found


_QUOTED = re.compile(r"(?m)^( {0,3})((?:> ?)+)")  # a line's blockquote marks, which nh3 would escape as &gt;
_KEPT = "\ue000"  # stands for such a ">" while nh3 cleans the text


def _defused(text: str) -> str:
    """Raw HTML removed (a <script> with its content), an image or a javascript:/data:/file: link reduced to
    its words: the text left is then parsed as Markdown, whose own raw-HTML support is off besides, and the HTML
    it gives is cleaned by nh3 again. A quotation's ">" at the start of a line is Markdown's, kept."""
    text = _QUOTED.sub(lambda m: m.group(1) + m.group(2).replace(">", _KEPT), text.replace(_KEPT, ""))
    return _SCRIPT_LINK.sub(r"\1", _IMAGE.sub(r"\1", nh3.clean(text, tags=set()))).replace(_KEPT, ">")


def render_markdown(text: str) -> RichText:
    """Markdown headings become h3 ('#', '##') or h4 (deeper): below the page's h1 and the h2 of the document
    or person they sit in, so the page's heading outline stays in order wherever the text is placed."""
    tokens = _MD.parse(_defused(text))
    for tok in tokens:
        if tok.type in ("heading_open", "heading_close"):
            tok.tag = f"h{min(max(int(tok.tag[1]) + 1, 3), 4)}"
    html = _MD.renderer.render(tokens, _MD.options, {})
    clean = nh3.clean(html, tags=_ALLOWED_TAGS, attributes={"a": {"href"}},
                      url_schemes={"http", "https", "mailto"}, link_rel="noopener noreferrer")
    return RichText(clean.strip(), _blocks(tokens))
