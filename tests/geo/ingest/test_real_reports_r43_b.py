"""Ingest on reports met in real reporting in round forty-three: the day a sentence tells (each case paraphrases a class of date
error sorted from the quoted evidence of the development sets: a part of the day or a night told without its day, read as the
publication's day)."""

from __future__ import annotations

from datetime import date

from .one_article import events as _events


def _days(text: str, published: date) -> list[str]:
    return [c["event_date"] for c in _events(text, published) if c["kind"] == "event"]


def test_a_part_of_the_day_told_without_its_day_is_the_day_before_the_publication():
    # Xinhua via Asian Lite and People's Daily (Jan 2024), IANS (Oct 2024), DC Weekly (Nov 2023), JNS (Sep 2024), a blog on Iraq
    # (Mar 2026): "shot down in the morning", "two drone attacks in the evening", "explosions were heard during the night", "In the
    # predawn hours", "At night planes struck": told in a report filed the next day, dated by the publication
    for text in ("An explosive drone was shot down in the morning as it tried to reach a base near Erbil airport.",
                 "The group said it carried out two drone attacks in the evening on targets in Eilat.",
                 "Loud blasts were heard during the night at the US base near the Conoco gas field.",
                 "In the predawn hours, two cruise missiles launched from Iraq were fired at the Golan Heights.",
                 "At night warplanes struck a PMF brigade headquarters in Salahaddin."):
        assert _days(text, date(2024, 1, 3)) == ["2024-01-02"], text
    # an evening's hour told by the theatre's clock or with no zone (Xinhua, Nov 2023; IANS, Feb 2024; AFP, Nov 2025)
    for text in ("An explosive drone hit the Harir air base near Erbil at 7:15 p.m. local time.",
                 "At 11:30 pm (2030 GMT), a drone struck the Khor Mor gas field."):
        assert _days(text, date(2024, 1, 3)) == ["2024-01-02"], text
    # the day's own words and a day's hour keep the publication's day (Kurdistan24, Shafaq, 2023-26)
    for text in ("A drone was shot down near Erbil airport this morning.",
                 "Drones struck a base near Erbil airport overnight.",
                 "The strike took place at 2:20 p.m. local time and hit a PMF headquarters in Jurf al-Sakhar."):
        assert _days(text, date(2024, 1, 3)) == ["2024-01-03"], text


def test_the_night_before_counts_back_a_day():
    # Rudaw (Dec 2023): "two explosive-laden drones targeted a Peshmerga base in Pirmam the night before" was the publication's day;
    # AFP via The New Arab (Sep 2024): "a blast at Baghdad airport late the previous night" was no report at all
    assert _days("Two bomb-laden drones struck a Peshmerga base in Pirmam the night before.", date(2023, 12, 31)) == ["2023-12-30"]
    assert _days("A blast at Baghdad airport late the previous night was a rocket attack on a US diplomatic compound.",
                 date(2024, 9, 11)) == ["2024-09-10"]


def test_the_night_before_told_with_the_words_after_it():
    # Middle East Eye (Feb 2024): "who was killed the night before in a drone strike in Baghdad": any word after "the day before"
    # was read as a name ("the day before Christmas"), so the count was never made
    assert _days("A commander was killed the night before in a drone strike on a street in Baghdad.", date(2024, 2, 8)) == ["2024-02-07"]
    assert _days("Rockets struck the Conoco base the day before in an attack claimed by the group.", date(2024, 2, 8)) == ["2024-02-07"]


def test_a_chronologys_days_listed_with_a_comma():
    # Crisis Group's CrisisWatch (Sep 2024): "Islamic Resistance in Iraq 18, 20 Aug claimed ... attacks on Israel" was one report
    # of the 20th; as with "18 and 20 Aug", one report a day
    assert sorted(_days("Islamic Resistance in Iraq 18, 20 Aug claimed drone attacks on Eilat.", date(2024, 9, 1))) == [
        "2024-08-18", "2024-08-20"]
    # a number before the day is no day of the list
    assert _days("Rockets wounded 25, 20 Aug at Ain al-Asad base.", date(2024, 9, 1)) == ["2024-08-20"]


def test_a_weekend_attack_is_the_weekend_before_the_publication():
    # The Washington Times (Jan 2024): "responsible for a weekend attack on Ain al-Asad air base" was the publication's day (a Tuesday)
    assert _days("The militia is thought to be behind a weekend attack on Ain al-Asad air base in Iraq.", date(2024, 1, 23)) == [
        "2024-01-20"]


def test_a_week_of_a_month_is_its_middle_day():
    # Al Jazeera (Aug 2024): "the attack that injured soldiers at the Ain al-Asad base during the first week of August" was the
    # publication's day, ten days later
    [c] = [c for c in _events("The worst was the attack that wounded seven soldiers at Ain al-Asad base during the first week of August.",
                              date(2024, 8, 14)) if c["kind"] == "event"]
    assert (c["event_date"], c["time_precision"]) == ("2024-08-04", 2)
    assert _days("Rockets hit Ain al-Asad base in the last week of July.", date(2024, 8, 14)) == ["2024-07-28"]


def test_two_days_then_two_places_are_told_in_turn():
    # The Long War Journal (Jul 2025): "the July 14 and July 15 drone attacks on ... the Khormala and Sarsang oil fields" dated both
    # attacks the 15th, the day nearer both places
    assert sorted(_days("The US condemned the July 14 and July 15 drone attacks on oil infrastructure at the Khurmala and Sarsang oil "
                        "fields.", date(2025, 7, 18))) == ["2025-07-14", "2025-07-15"]


def test_the_day_before_told_of_another_in_a_relative_clause():
    # FDD's Long War Journal (Nov 2023): "Israel said on November 10 that it conducted a strike in Syria targeting a group that
    # launched a drone attack on a school in Eilat the day before" dated the strike the 9th, the drone attack's day
    assert _days("Israel said on November 10 that it carried out a strike in Syria on a group that launched a drone at a school in "
                 "Eilat the day before.", date(2023, 11, 10)) == ["2023-11-10"]
    # the day before told of the report itself still counts from the day it was said
    assert _days("On Monday, CENTCOM said its forces had struck a rocket launcher near al-Qaim the previous day.",
                 date(2023, 11, 10)) == ["2023-11-05"]


def test_a_holiday_spent_when_the_attack_came():
    # WKBN via iHeart (Dec 2023): "Biden was spending Christmas at Camp David when the drone struck the Erbil air base" was the
    # publication's day, the 26th
    assert _days("The president was spending Christmas at Camp David when the drone hit the Erbil air base in Iraq.",
                 date(2023, 12, 26)) == ["2023-12-25"]


def test_what_the_news_came_a_day_after_is_the_day_before():
    # Press TV (May 2024), UPI (Jan 2024): "a day after the Iraqi resistance said it had launched a missile strike against Haifa",
    # "Less than a day after the United States launched its ninth attack against the Houthis, the militants attacked another ship":
    # the struck Haifa and the ninth attack were the publication's day
    assert _days("A day after the Iraqi resistance said it had fired a missile at a target in the port of Haifa.", date(2024, 5, 6)) == [
        "2024-05-05"]
    assert sorted(_days("Less than a day after the United States launched its ninth strike on the Houthis in Yemen, the militants "
                        "attacked another US-owned ship in the Gulf of Aden.", date(2024, 1, 25))) == ["2024-01-24", "2024-01-25"]
