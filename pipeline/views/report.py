"""After the event (`held: yes`), the dossier opens with the report instead of the announcement: what took place,
in the past tense, written from the inputs (the dates and place, how many came and from how many countries, the
international organisations by their usual short names, the themes), then the secretariat's own words
(report.md, report.<language>.md), then links to the final programme, list of participants and biographies. Its
sentences are in the catalogues, so that each language reads as written in it."""

from __future__ import annotations

from pipeline.language import N_, Language
from pipeline.model import Dossier
from pipeline.richtext import RichText, escape_markdown, render_markdown
from pipeline.views.document import masthead
from pipeline.views.text import local

REPORT = N_("Report")
TOOK_PLACE = N_("The conference took place on %(dates)s in %(place)s and brought together %(people)s participants "
                "from %(countries)s countries.")
ORGANISATIONS = N_("There were also representatives of international organisations (%(names)s).")
THEMES = N_("Its themes were %(themes)s.")
LINKS = N_("The final [programme](#programme), the [list of participants](#participants) and the [speakers' "
           "biographies](#bios) follow.")


def report_text(dossier: Dossier, lang: Language) -> RichText:
    """The report in the language; the secretariat's words, when report.md has no text in it, in the inputs'
    language, marked so (lang) on the page."""
    _, m, text = lang._, masthead(dossier, lang), local(dossier, lang)
    known = any(p.attended is not None for p in dossier.participants)
    came = [p for p in dossier.participants if p.attended] if known else list(dossier.participants)
    countries = {p.place.code for p in came if not p.place.is_organisation}
    organisations = sorted({lang.organisation(p.place.name) for p in came if p.place.is_organisation},
                           key=lang.collation_key)
    themes = list(dict.fromkeys(str(text(item.theme, item.translations, "theme")) for item in dossier.programme
                                if item.theme))
    e = escape_markdown
    said = [_(TOOK_PLACE, dates=e(m.dates), place=e(m.place), people=lang.number(len(came)),
              countries=lang.number(len(countries)))]
    if organisations:
        said.append(_(ORGANISATIONS, names=e(lang.join(organisations))))
    if themes:
        said.append(_(THEMES, themes=e(lang.join([f"“{t}”" if lang.code != "fr" else f"« {t} »" for t in themes]))))
    own, own_lang = text.rich(dossier.conference.report, dossier.conference.translations, "report") \
        if dossier.conference.report else (None, "")
    facts, links = render_markdown(" ".join(said)), render_markdown(_(LINKS))
    if own is None:
        return RichText(facts.html + "\n" + links.html, facts.blocks + links.blocks)
    # The secretariat's words between the facts and the links, each part parsed as its own Markdown.
    words = f'<div lang="{own_lang}">{own.html}</div>' if own_lang else own.html
    return RichText(facts.html + "\n" + words + "\n" + links.html, facts.blocks + own.blocks + links.blocks)
