"""Cells as people type them, read into values: every form the README promises to accept, and refusals with hints."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.normalise import Unparsable
from pipeline.normalise.names import honorific, name_key, split_full_name, split_honorific, surname_display
from pipeline.normalise.places import country_settings, parse_place
from pipeline.normalise.when import parse_date, parse_time, split_range

T0930 = dt.time(9, 30)


@pytest.mark.parametrize("cell", [T0930, dt.datetime(2012, 12, 4, 9, 30), 0.3958333333, "9:30", "09:30", "09.30",
                                  "9h30", "9H30", "0930", " 09:30 ", "09:30:00", "9 h 30"])
def test_times(cell):
    assert parse_time(cell) == T0930


@pytest.mark.parametrize("cell, expected", [("2:30 PM", (14, 30)), ("2.30pm", (14, 30)), ("2:30 p.m.", (14, 30)),
                                            ("11 am", (11, 0)), ("11 a.m.", (11, 0)), ("12:15 AM", (0, 15)),
                                            ("12 PM", (12, 0)), ("9:30am", (9, 30))])
def test_twelve_hour_times(cell, expected):
    assert parse_time(cell) == dt.time(*expected)


@pytest.mark.parametrize("cell", ["9h3O", "25:00", "09:75", "half past nine", "930", 1.5, "13:30 PM", "0 am"])
def test_not_times(cell):
    with pytest.raises(Unparsable) as exc:
        parse_time(cell)
    assert exc.value.hint == "expected HH:MM, for example 09:30"


@pytest.mark.parametrize("cell", ["09:00-10:30", "09:00–10:30", "9h00 – 10h30", "0900-1030", "09.00 - 10.30",
                                  "9 h – 10 h 30", "9 am – 10:30 am", "9:00AM-10.30AM"])
def test_a_range_in_the_start_cell(cell):
    start, end = split_range(cell, "")
    assert (parse_time(start), parse_time(end)) == (dt.time(9, 0), dt.time(10, 30))


@pytest.mark.parametrize("cell", [dt.date(2012, 12, 4), dt.datetime(2012, 12, 4), 41247, "2012-12-04",
                                  "4 December 2012", "Tuesday, 4 December 2012", "4 Dec 2012", "4.12.2012",
                                  "04/12/2012", "04-12-2012", "mardi 4 décembre 2012", "4 déc. 2012",
                                  "4 décembre 2012", "Mardi, 4 déc 2012"])
def test_dates_day_first(cell):
    assert parse_date(cell) == dt.date(2012, 12, 4)


@pytest.mark.parametrize("cell", ["31.02.2012", "December", "12/2012"])
def test_not_dates(cell):
    with pytest.raises(Unparsable, match="is not a date"):
        parse_date(cell)


@pytest.mark.parametrize("cell, expected", [
    ("Ms HORVÁTH Zsófia", ("Ms", "Zsófia", "Horváth")),
    ("Zsófia HORVÁTH", ("", "Zsófia", "Horváth")),
    ("Horváth, Zsófia", ("", "Zsófia", "Horváth")),
    ("Dr Zsófia Horváth", ("Dr", "Zsófia", "Horváth")),
    ("Mr VAN DEN BERG Pieter", ("Mr", "Pieter", "van den Berg")),
    ("Ms ПЕТКОВА Десислава", ("Ms", "Десислава", "Петкова")),
    ("Ms Anna-Maria NOWAK-KOWALSKA", ("Ms", "Anna-Maria", "Nowak-Kowalska")),
    ("H.E. Amb. Jean  DUPONT", ("H.E. Amb.", "Jean", "Dupont")),
])
def test_whole_names_in_one_cell(cell, expected):
    assert split_full_name(cell) == expected


def test_surnames_in_mixed_case_are_kept_as_typed():
    assert surname_display("McDonald") == "McDonald"
    assert surname_display("de Souza") == "de Souza"
    assert surname_display("O'BRIEN") == "O'Brien"


def test_one_person_typed_many_ways_has_one_key():
    forms = ["Ms Zsófia HORVÁTH", "Horvath, Zsofia", "zsófia  horváth", "HORVÁTH Zsófia", "Zso\u0301fia Horva\u0301th"]
    assert len({name_key(f) for f in forms}) == 1
    assert split_honorific("Prof. Ingrid Solheim") == ("Prof", "Ingrid Solheim")


@pytest.mark.parametrize("cell, code, name", [
    ("UK", "GB", "United Kingdom"), ("Great Britain", "GB", "United Kingdom"), ("Russia", "RU", "Russian Federation"),
    ("Moldova", "MD", "Republic of Moldova"), ("FYROM", "MK", "North Macedonia"),
    ("The former Yugoslav Republic of Macedonia", "MK", "North Macedonia"), ("north macedonia", "MK", "North Macedonia"),
    ("Kosovo", "XK", "Kosovo"), ("Holy See", "VA", "Holy See"), ("Türkiye", "TR", "Türkiye"), ("DE", "DE", "Germany"),
])
def test_countries_and_their_aliases(cell, code, name):
    place = parse_place(cell)
    assert (place.code, place.name, place.is_organisation) == (code, name, False)


@pytest.mark.parametrize("cell, name", [("UNODC", "UNODC"), ("IOM", "IOM"), ("OSCE/ODIHR", "OSCE/ODIHR"),
                                        ("EU", "European Union"), ("ICMPD", "ICMPD"),
                                        ("Council of Europe", "Council of Europe")])
def test_international_organisations_are_not_countries(cell, name):
    place = parse_place(cell)
    assert place.is_organisation and place.name == name


def test_unknown_places_are_refused_with_a_hint():
    with pytest.raises(Unparsable) as exc:
        parse_place("Atlantis")
    assert "such as Bulgaria" in exc.value.hint


def test_country_display_settings_accept_codes_and_names():
    assert country_settings({"MK": "North Macedonia", "Kosovo": "Kosovo*"}) == {"MK": "North Macedonia",
                                                                                "XK": "Kosovo*"}
    with pytest.raises(Unparsable):
        country_settings({"Atlantis": "A"})
    with pytest.raises(Unparsable):
        country_settings("Kosovo*")


def test_french_inputs_the_hour_alone_and_the_first_of_the_month():
    assert parse_time("14h") == parse_time("14 h") == dt.time(14, 0)
    assert parse_date("1er décembre 2012") == dt.date(2012, 12, 1)


@pytest.mark.parametrize("cell, code", [("Allemagne", "DE"), ("Deutschland", "DE"), ("България", "BG"),
                                        ("Royaume-Uni", "GB"), ("Fédération de Russie", "RU"), ("Russie", "RU"),
                                        ("République de Moldova", "MD"), ("Saint-Siège", "VA"), ("Suisse", "CH")])
def test_countries_in_any_language_pycountry_knows(cell, code):
    assert parse_place(cell).code == code


@pytest.mark.parametrize("cell, expected", [("M.", "Mr"), ("Mme", "Ms"), ("Mme.", "Ms"), ("Mlle", "Miss"),
                                            ("Pr", "Prof")])
def test_french_honorifics(cell, expected):
    assert honorific(cell) == expected
