"""A letter's text is a Jinja2 template written by the secretariat, so it is an input like any other: filled in
Jinja2's SandboxedEnvironment (no reach for Python's internals) with StrictUndefined (an unknown placeholder is an
error, never an empty gap). Checked before anything is sent: every placeholder against the documented list, with
its line, without running it (so that a branch no recipient takes is checked too), then filled for every
recipient by `dossier validate` (validate/letters.py). The values put in are Markdown-escaped: a name cannot
become a link or emphasis; the letter's own Markdown is read after it is filled (richtext.py)."""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from functools import cache, lru_cache

import jinja2
from jinja2 import nodes
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from pipeline.letters.placeholders import EVENT, OTHERS, PERSON
from pipeline.richtext import escape_markdown

NAMESPACES = {"person": PERSON, "event": EVENT}


def _escaped(value: object) -> object:
    """A value put into the letter's Markdown, read as text (richtext.escape_markdown)."""
    if isinstance(value, Markup) or not isinstance(value, str):
        return value
    return escape_markdown(value)


@cache
def _env(markdown: bool = True) -> SandboxedEnvironment:
    """markdown: the values put in are escaped for Markdown (a letter's text); not for a subject, plain text."""
    return SandboxedEnvironment(undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=True,
                                **({"finalize": _escaped} if markdown else {}))


@dataclass(frozen=True)
class Problem:
    line: int | None      # in the template (1 = its first line)
    message: str
    hint: str = ""


def problems(source: str) -> list[Problem]:
    """What is wrong with a template, without filling it: its syntax, each placeholder the list does not have,
    each reach for what starts with an underscore (__class__, _secret)."""
    try:
        tree = _env().parse(source)
    except jinja2.TemplateSyntaxError as exc:
        return [Problem(exc.lineno, f"the placeholders are not well formed: {exc.message}",
                        "write {{ person.first_name }}, {% if person.visa %} … {% endif %}")]
    found: list[Problem] = []
    stored = {n.name for n in tree.find_all(nodes.Name) if n.ctx in ("store", "param")}
    known = {*NAMESPACES, *OTHERS, "loop"} | stored
    for node in tree.find_all((nodes.Name, nodes.Getattr, nodes.Getitem)):
        if isinstance(node, nodes.Name) and node.ctx == "load" and node.name not in known:
            found.append(Problem(node.lineno, f'"{node.name}" is not a placeholder',
                                 "write person.…, event.… or changes (the manual lists them)"))
        elif isinstance(node, (nodes.Getattr, nodes.Getitem)):
            attr = node.attr if isinstance(node, nodes.Getattr) else getattr(node.arg, "value", None)
            if isinstance(attr, str) and attr.startswith("_"):
                found.append(Problem(node.lineno, f'"{attr}" is not allowed in a letter',
                                     "a letter uses only the listed placeholders"))
            elif isinstance(node.node, nodes.Name) and node.node.name in NAMESPACES and \
                    attr not in NAMESPACES[node.node.name]:
                names = NAMESPACES[node.node.name]
                found.append(Problem(node.lineno, f'"{node.node.name}.{attr}" is not a placeholder',
                                     f"{node.node.name}. takes {', '.join(names)}"))
    return sorted(found, key=lambda p: p.line or 0)


def fill(source: str, values: dict[str, object], markdown: bool = True) -> str:
    """The template filled; raises Unfillable (with its line) rather than any of Jinja2's errors."""
    try:
        return _template(source, markdown).render(values)
    except jinja2.TemplateSyntaxError as exc:
        raise Unfillable(exc.lineno, exc.message or str(exc)) from None
    except (jinja2.UndefinedError, jinja2.exceptions.SecurityError, TypeError, ValueError, ArithmeticError,
            LookupError) as exc:
        raise Unfillable(_line(exc), str(exc)) from None


@lru_cache(maxsize=256)
def _template(source: str, markdown: bool) -> jinja2.Template:
    """A letter's text compiled once, then filled for each of its recipients."""
    return _env(markdown).from_string(source)


class Unfillable(Exception):
    def __init__(self, line: int | None, message: str):
        super().__init__(message)
        self.line, self.message = line, message


def _line(exc: BaseException) -> int | None:
    """The template's line where filling it failed: Jinja2 puts the template's lines in the traceback."""
    lines = [frame.lineno for frame in traceback.extract_tb(exc.__traceback__) if frame.filename == "<template>"]
    return lines[-1] if lines else None


def changes_markdown(changes) -> Markup:
    """The programme's changes (views/programme.ChangesView) as a Markdown list, its words escaped."""
    if not changes:
        return Markup("")
    return Markup("\n".join(f"- **{_escaped(c.kind)}:** {_escaped(c.title)}" + (f" ({_escaped(c.detail)})"
                            if c.detail else "") for c in changes.changes) + "\n")
