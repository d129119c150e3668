"""The participation statistics: how many came, from where, in which capacity, how many women and men, and who
spoke and chaired. What each edition may show is decided here, before any renderer: outside the organisers'
edition only those who agreed to be listed are counted, a count of a gender below 3 reads "fewer than 3", and
nothing shows a person's gender, nor a session's (one speaker's would be told); the organisers' edition counts
everyone registered and flags each session whose speakers and chairs are all of one gender."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from pipeline.editions import Edition
from pipeline.language import N_, Language
from pipeline.model import Dossier, Participant, who_came
from pipeline.normalise.categories import known_category
from pipeline.normalise.groups import DEFAULT as DEFAULT_GROUPS
from pipeline.normalise.groups import OTHERS, GroupRule, group_of
from pipeline.normalise.names import name_key
from pipeline.views.document import DocumentView, Masthead, masthead
from pipeline.views.participants import group_name, place_name
from pipeline.views.text import local

SMALL = 3          # outside the organisers' edition, a gender counted fewer times than this is not told
LARGEST = 10       # the largest countries (categories) shown, the rest together
GENDER_LABELS = {"woman": N_("Women"), "man": N_("Men"), "other": N_("Another answer"), "": N_("Not given")}
FEWER = N_("fewer than %(n)s")


@dataclass(frozen=True)
class Bar:
    label: str
    count: int         # what the chart draws: 0 for a count that is not told
    shown: str         # what the table says: "12", or "fewer than 3"


@dataclass(frozen=True)
class Breakdown:
    anchor: str
    title: str
    caption: str       # under the chart: what is counted
    bars: tuple[Bar, ...]

    @property
    def summary(self) -> str:
        """The chart in words (its text alternative)."""
        return f"{self.caption}: " + "; ".join(f"{bar.label}: {bar.shown}" for bar in self.bars)


@dataclass(frozen=True)
class Session:
    """A session's speakers and chairs by gender (organisers' edition only)."""
    when: str
    title: str
    women: int
    men: int
    others: int        # another answer, or not given
    one_gender: bool   # two people or more, all women or all men


@dataclass(frozen=True)
class StatisticsView(DocumentView):
    masthead: Masthead
    counted: str                       # who is counted, in a sentence
    totals: tuple[tuple[str, str], ...]
    breakdowns: tuple[Breakdown, ...]
    sessions: tuple[Session, ...] = ()  # the organisers' edition only
    flagged: int = 0

    def unit_groups(self) -> list[tuple[None, tuple]]:
        return [(None, self.breakdowns)]  # short: never cut

    def sliced(self, share) -> StatisticsView:
        return self

    def sections(self) -> list[tuple[str, str]]:
        return [(b.title, b.anchor) for b in self.breakdowns]


def _bars(counts: Counter, lang: Language, order: list[str] | None = None, small: int = 0) -> tuple[Bar, ...]:
    """small: counts below it are not told."""
    keys = order if order is not None else [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1],
                                                                                              lang.collation_key(kv[0])))]
    return tuple(Bar(key, 0, lang._(FEWER, n=small)) if 0 < counts[key] < small else
                 Bar(key, counts[key], lang.number(counts[key])) for key in keys if counts[key] or small)


def statistics_view(dossier: Dossier, edition: Edition, lang: Language) -> StatisticsView:
    _ = lang._
    people = [p for p in dossier.participants if p.listed or edition.everyone]
    attended = [p for p in people if p.attended]
    came = who_came(people)
    small = 0 if edition.everyone else SMALL
    text = local(dossier, lang)
    rules = dossier.conference.participant_groups or DEFAULT_GROUPS

    def group(p: Participant) -> str:
        index = group_of(rules, p.place, p.category)
        rule = rules[index] if index is not None else GroupRule(label=OTHERS)
        return str(group_name(rule, lang, text)) if rule.names or rule.label else _("Countries")

    countries = _largest(Counter(place_name(p, dossier, lang) for p in came if not p.place.is_organisation), lang,
                         _("Other countries (%(n)s)"))
    categories = _largest(Counter(category_label(p.category, lang) for p in came), lang,
                          _("Other categories (%(n)s)"))
    genders = Counter(p.gender for p in came)
    gender_order = [_(GENDER_LABELS[g]) for g in GENDER_LABELS]
    gender_counts = Counter({_(GENDER_LABELS[g]): n for g, n in genders.items()})
    gender_of = _genders(dossier)
    speaking = _speakers_by_gender(dossier, gender_of)
    speaker_counts = Counter({_(GENDER_LABELS[g]): n for g, n in speaking.items()})
    what = _("%(n)s participants who attended", n=lang.number(len(came))) if attended else \
        _("%(n)s participants", n=lang.number(len(came)))
    breakdowns = (
        Breakdown("by-group", _("By group"), what, _bars(Counter(group(p) for p in came), lang)),
        Breakdown("by-country", _("By country"), _("%(what)s from countries, the largest first", what=what),
                  _bars(countries, lang, list(countries))),
        Breakdown("by-category", _("By category"), what, _bars(categories, lang, list(categories))),
        Breakdown("by-gender", _("Women and men"), what, _bars(gender_counts, lang, gender_order, small)),
        Breakdown("speakers-by-gender", _("Speakers and chairs"), _("%(n)s speakers and chairs",
                                                                    n=lang.number(sum(speaking.values()))),
                  _bars(speaker_counts, lang, gender_order, small)),
    )
    if any(p.attended_days is not None for p in people):  # the Attended column names days
        days = dossier.conference.days
        breakdowns += (Breakdown("by-day", _("Day by day"), _("Attended each day, of %(n)s registered",
                                                                 n=lang.number(len(people))),
                                 _bars(Counter(lang.date(day, year=False) for p in attended
                                               for day in (p.attended_days or days)), lang,
                                       [lang.date(day, year=False) for day in days])),)
    registered = len(people)
    totals = [(_("Registered"), lang.number(registered))]
    if any(p.attended is not None for p in people):
        totals.append((_("Attended"), lang.number(len(attended))))
    totals += [(_("Countries"), lang.number(len({p.place.code for p in came if not p.place.is_organisation}))),
               (_("International organisations"), lang.number(len({p.place.name for p in came
                                                                  if p.place.is_organisation})))]
    sessions = _sessions(dossier, lang, gender_of) if edition.everyone else ()
    counted = _("Everyone registered is counted.") if edition.everyone else \
        _("Only those who agreed to be listed are counted; a number below %(n)s is not given.", n=SMALL)
    return StatisticsView(masthead(dossier, lang), counted, tuple(totals), breakdowns, sessions,
                          sum(s.one_gender for s in sessions))


def _largest(counts: Counter, lang: Language, others: str) -> Counter:
    """The LARGEST largest counts, the largest first, then the rest together under others ("Other countries
    (%(n)s)", n: how many); in that order (a Counter keeps its insertion order)."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], lang.collation_key(kv[0])))
    kept = Counter(dict(ranked[:LARGEST]))
    if ranked[LARGEST:]:
        kept[others % {"n": lang.number(len(ranked) - LARGEST)}] = sum(n for _k, n in ranked[LARGEST:])
    return kept


def category_label(value: str, lang: Language) -> str:
    """A Category value as the statistics name it: a usual category in the language, another as typed."""
    known = known_category(value) if value else None
    return lang._(known.label) if known else value or lang._("No category")


def _genders(dossier: Dossier) -> dict[str, str]:
    """Name key → gender, from the participants (a speaker's bio says nothing of it)."""
    return {name_key(f"{p.first_name} {p.last_name}"): p.gender for p in dossier.participants}


def _speakers_by_gender(dossier: Dossier, genders: dict[str, str]) -> Counter:
    people = {bio.key for item in dossier.programme for bio in (*item.speakers, *item.chairs)}
    return Counter(genders.get(key, "") for key in people)


def _sessions(dossier: Dossier, lang: Language, genders: dict[str, str]) -> tuple[Session, ...]:
    found = []
    for item in dossier.programme:
        people = {bio.key for bio in (*item.speakers, *item.chairs)}
        if not people:
            continue
        counts = Counter(genders.get(key, "") for key in people)
        women, men = counts["woman"], counts["man"]
        found.append(Session(f"{lang.date(item.date, year=False)}, {item.start:%H:%M}",
                             str(local(dossier, lang)(item.title, item.translations, "title")), women, men,
                             len(people) - women - men, len(people) >= 2 and (women == len(people) or
                                                                               men == len(people))))
    return tuple(found)
