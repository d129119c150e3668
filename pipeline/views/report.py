"""After the event (`held: yes`), the dossier opens with the report instead of the announcement: what took place,
in the past tense, written from the inputs (the dates and place, how many came and from how many countries, the
international organisations by their usual short names, the themes), then the secretariat's own words
(report.md, report.<language>.md), then links to the final programme, list of participants and biographies. Its
sentences are in the catalogues, so that each language reads as written in it."""

from __future__ import annotations

import re
from collections import Counter

from pipeline.language import N_, Language
from pipeline.model import Dossier, Participant, who_came
from pipeline.normalise.categories import known_category
from pipeline.richtext import RichText, escape_markdown, render_markdown
from pipeline.views.document import masthead
from pipeline.views.text import local

REPORT = N_("Report")
TOOK_PLACE = N_("The conference took place on %(dates)s in %(place)s and brought together %(people)s participants "
                "from %(countries)s countries.")
ORGANISATIONS = N_("There were also representatives of international organisations (%(names)s).")
CATEGORIES = N_("Participants included %(people)s.")
OTHER_CATEGORY = N_("people in the “%(category)s” category")
THEMES = N_("Its themes were %(themes)s.")
LINKS = N_("See the final [programme](%(programme)s), the [list of participants](%(participants)s) and the "
           "[speakers' biographies](%(bios)s).")
PART_ANCHORS = {doc_id: f"#{doc_id}" for doc_id in ("programme", "participants", "bios")}  # the full dossier's parts


# "Theme 1: ", "Thème 2 : ", "Session 3 – ": the programme's numbering, which a sentence does without.
_NUMBERED = re.compile(r"^\s*(?:[^\W\d_]+\s+)?[0-9IVX]+\s*[:.–—-]\s*")


def _categories(people: list[Participant], lang: Language) -> list[str]:
    """The people the categories stand for, the most numerous first (a category's spellings counted together);
    the organisations and the secretariat are not among them (the report names the organisations)."""
    counts: Counter = Counter()
    for p in people:
        if p.category:
            known = known_category(p.category)
            counts[lang._(known.people) if known and known.people else None if known else
                   lang._(OTHER_CATEGORY, category=p.category)] += 1
    return [said for said, _n in sorted(counts.items(), key=lambda kv: (-kv[1], lang.collation_key(kv[0] or "")))
            if said]


def report_text(dossier: Dossier, lang: Language, links: dict[str, str] = PART_ANCHORS) -> RichText:
    """The report in the language; the secretariat's words, when report.md has no text in it, in the inputs'
    language, marked so (lang) on the page. links: where the programme, participants and bios are (the full
    dossier's anchors, or the edition's pages). Everyone who came is counted, in every edition: the numbers say
    no more of anyone than the announcement's "some 130 participants" did."""
    _, m, text = lang._, masthead(dossier, lang), local(dossier, lang)
    people = who_came(dossier.participants)
    countries = {p.place.code for p in people if not p.place.is_organisation}
    organisations = sorted({lang.organisation(p.place.name) for p in people if p.place.is_organisation},
                           key=lang.collation_key)
    categories = _categories(people, lang)
    themes = list(dict.fromkeys(_NUMBERED.sub("", str(text(item.theme, item.translations, "theme")))
                                for item in dossier.programme if item.theme))
    e = escape_markdown
    said = [_(TOOK_PLACE, dates=e(m.dates), place=e(m.place), people=lang.number(len(people)),
              countries=lang.number(len(countries)))]
    if categories:
        said.append(_(CATEGORIES, people=e(lang.join(categories))))
    if organisations:
        said.append(_(ORGANISATIONS, names=e(lang.join(organisations))))
    if themes:
        said.append(_(THEMES, themes=e(lang.join([f"“{t}”" if lang.code != "fr" else f"« {t} »" for t in themes]))))
    own, own_lang = text.rich(dossier.conference.report, dossier.conference.translations, "report") \
        if dossier.conference.report else (None, "")
    facts, links = render_markdown(" ".join(said)), render_markdown(_(LINKS, **links))
    if own is None:
        return RichText(facts.html + "\n" + links.html, facts.blocks + links.blocks)
    # The secretariat's words between the facts and the links, each part parsed as its own Markdown.
    words = f'<div lang="{own_lang}">{own.html}</div>' if own_lang else own.html
    return RichText(facts.html + "\n" + words + "\n" + links.html, facts.blocks + own.blocks + links.blocks)
