"""Property-based tests (Hypothesis): whatever bytes, cells or front matter the inputs hold, reading and
validating them ends in findings, never in an uncaught exception; whatever Markdown a bio holds, its HTML has
no script. 600 examples in all, each small, so the suite stays quick.

In the suite the examples are derandomised: the same examples every run, so a test run (and CI) passes or fails
for the code, not for the draw. `make fuzz` draws new random examples, many more of them, to find new bugs; each
one it finds becomes a plain regression test."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil
from html.parser import HTMLParser
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.findings import Finding
from pipeline.ingest import read_inputs
from pipeline.richtext import render_markdown
from pipeline.validate import validate

CLEAN = Path(__file__).parent / "fixtures" / "clean"
EXPLORE = int(os.environ.get("FUZZ_EXAMPLES", "0"))  # set by `make fuzz`
SETTINGS = settings(max_examples=EXPLORE or 150, derandomize=not EXPLORE, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def _check(inputs: Path) -> list[Finding]:
    raw, findings = read_inputs(inputs)
    findings += validate(raw)
    assert all(isinstance(f, Finding) for f in findings)
    return findings


def _fresh(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    if target.exists():
        shutil.rmtree(target)
    return Path(shutil.copytree(CLEAN, target))


@SETTINGS
@given(data=st.binary(max_size=4096), ext=st.sampled_from([".xlsx", ".ods", ".csv"]),
       kind=st.sampled_from(["programme", "participants"]))
def test_any_bytes_as_a_table_give_findings(tmp_path, data, ext, kind):
    inputs = _fresh(tmp_path, "bytes")
    (inputs / f"{kind}.xlsx").unlink()
    (inputs / f"{kind}{ext}").write_bytes(data)
    _check(inputs)


CELLS = st.one_of(st.text(max_size=40), st.integers(-10**6, 10**12).map(str), st.floats(allow_nan=True).map(str),
                  st.sampled_from(["", "9h30", "25:61", "09:00-08:00", "31.02.2012", "yes", "x", "UK", "FYROM",
                                   "Kosovo", "Atlantis", "=1+1", "@SUM(A1)", "Ms", "a@b", ";;", "\u202e\u0000"]),
                  st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)).map(str))


@SETTINGS
@given(rows=st.lists(st.lists(CELLS, min_size=0, max_size=12), min_size=0, max_size=8),
       kind=st.sampled_from(["programme", "participants"]))
def test_any_cells_give_findings(tmp_path, rows, kind):
    inputs = _fresh(tmp_path, "cells")
    header = {"programme": ["Date", "Start", "End", "Type", "Title", "Chair", "Speakers", "Room", "ID", "Notes"],
              "participants": ["Title", "First name", "Last name", "Organisation", "Position", "Country", "Email",
                               "Listed", "Share contact", "Phone", "Name"]}[kind]
    out = io.StringIO()
    csv.writer(out).writerows([header, *rows])
    (inputs / f"{kind}.xlsx").unlink()
    (inputs / f"{kind}.csv").write_text(out.getvalue().replace("\0", ""), encoding="utf-8")
    _check(inputs)


YAML_VALUES = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20),
                                     st.dates().map(str)),
                           lambda children: st.one_of(st.lists(children, max_size=3),
                                                      st.dictionaries(st.text(max_size=10), children, max_size=3)),
                           max_leaves=8)
FIELDS = st.sampled_from(["title", "start_date", "end_date", "city", "country", "timezone", "organisers",
                          "expected_participants", "expected_countries", "country_names", "country_notes",
                          "languages", "name", "photo", "honorific"])


@SETTINGS
@given(meta=st.dictionaries(FIELDS, YAML_VALUES, max_size=8), raw=st.text(max_size=80),
       target=st.sampled_from(["announcement.md", "bios/clarke.md"]), as_yaml=st.booleans())
def test_any_front_matter_gives_findings(tmp_path, meta, raw, target, as_yaml):
    inputs = _fresh(tmp_path, "meta")
    front = yaml.safe_dump(meta, allow_unicode=True) if as_yaml else raw
    (inputs / target).write_text(f"---\n{front}\n---\n\nSome text.\n", encoding="utf-8")
    _check(inputs)


@SETTINGS
@given(body=st.lists(st.sampled_from(list("<>/=\"'()[]!:;&# \nabcjsvrtipx") +
                                     ["script", "javascript", "onerror", "data", "http", "img", "iframe"]),
                     max_size=80).map("".join))
def test_any_markdown_gives_safe_html(body):
    tags = _Tags()
    tags.feed(render_markdown(body).html)
    assert tags.names <= {"p", "em", "strong", "a", "ul", "ol", "li", "h3", "h4", "blockquote", "br", "code"}
    for name, value in tags.attributes:
        assert name in ("href", "rel") and not name.startswith("on")
        if name == "href":
            assert value.split(":")[0].lower() in ("http", "https", "mailto") or ":" not in value.split("/")[0]


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.names, self.attributes = set(), []

    def handle_starttag(self, tag, attrs):
        self.names.add(tag)
        self.attributes += attrs
