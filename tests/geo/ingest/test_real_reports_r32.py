"""Ingest on reports met in real reporting in round thirty-two (each case paraphrases a class of error
found in a development article)."""

from __future__ import annotations

from datetime import date

from .one_article import events as _events


def test_a_district_told_with_its_province_after_a_comma_is_one_place():
    # Shafaq News, 4 Mar 2026: a camp "in Dukan district, Al-Sulaymaniyah" is in Dukan, not also in the city of Sulaymaniyah
    got = _events("The Surdas camp in Dukan district, Al-Sulaymaniyah, came under a rocket attack on Wednesday.", date(2026, 3, 4))
    assert [c["location"] for c in got] == ["Surdash"]  # curated since round 43, at Dukan's point
    # a list that names a district among other towns is still a list
    got = _events("Rockets hit Dukan district, Erbil and Kirkuk on Wednesday.", date(2026, 3, 4))
    assert len(got) == 3
    got = _events("Drones struck Zakho district, Duhok and Erbil on Wednesday.", date(2026, 3, 4))  # Zakho lies in Duhok province
    assert len(got) == 3


def test_the_united_states_named_as_a_party_to_the_wider_war_is_no_target():
    text = ("The Surdas camp in Dukan district came under a rocket attack on Wednesday. The attack comes amid a sharp rise in drone "
            "activity across Iraq, following direct hostilities involving the United States, Israel, and Iran.")
    [c] = _events(text, date(2026, 3, 4))
    assert c["actor2"] != "United States"
    # a side named beside a war's name is still a side ("since the war in Gaza began, militias have attacked US forces")
    [c] = _events("On Saturday, two drones were shot down near a base in Erbil. Since the war in Gaza began, militias have attacked "
                  "US forces more than 150 times.", date(2024, 1, 20))
    assert c["actor1"] == "United States"
    # an article that names US forces as the target still codes them so
    [c] = _events("A rocket attack targeted the Ain al-Asad air base hosting US forces on Wednesday, amid the war in Gaza.",
                  date(2024, 1, 17))
    assert c["actor2"] == "United States"


def test_a_site_told_by_a_subdistrict_of_a_town_after_many_words_is_one_place():
    # Shafaq News, 15 Jul 2025: the Sarsang oil field "in the Chamanke (Jamanki) subdistrict of Amedi district"
    text = ("A drone attack struck the Sarsang oil field early Tuesday morning in the Chamanke (Jamanki) subdistrict of Amedi "
            "district, Duhok province, causing a fire.")
    assert [c["place_id"] for c in _events(text, date(2025, 7, 15))] == ["sarsing"]


def test_hours_counted_back_from_a_day_named_for_another_strike_date_the_strike_told_after_them():
    text = ("A drone attack struck the Sarsang oil field early Tuesday morning. Tuesday's strike follows a similar incident less "
            "than 24 hours earlier, when two explosive-laden drones targeted the Khurmala oil field in Erbil province.")
    got = {c["place_id"]: c["event_date"] for c in _events(text, date(2025, 7, 15))}
    assert got == {"sarsing": "2025-07-15", "khurmala-oil-field": "2025-07-14"}
    # a day named after the count is still the day of what is told with it
    [c] = _events("Two days earlier militias had threatened US forces, and on Tuesday they fired rockets at the Ain al-Asad base.",
                  date(2024, 1, 17))
    assert c["event_date"] == "2024-01-16"
    # a count that only restates the day named is that day
    text = "Drones hit Erbil airport on Sunday. On Tuesday, two days later, rockets struck Ain al-Asad air base."
    assert [c["event_date"] for c in _events(text, date(2024, 1, 24))] == ["2024-01-21", "2024-01-23"]


def test_a_broadcaster_named_like_a_town_is_no_place_in_any_spelling():
    # Socialbites, 3 Nov 2023 ("[citation: Al Mayadeen]"); Essanews, 6 Aug 2024 ("the Lebanese TV station Al-Majadin")
    text = ("The extent of damage was not disclosed. [citation: Al Mayadeen] On the evening of November 2, drones targeted an "
            "American base north of Erbil.")
    assert [c["place_id"] for c in _events(text, date(2023, 11, 3))] == ["erbil"]
    assert _events("The Lebanese TV station Al-Majadin, linked to Tehran, reported that there were three explosions at the base, "
                   "probably caused by missile and drone bombardment.", date(2024, 8, 6)) == []
    # the town is still the town, and a station by it is no broadcaster
    assert [c["place_id"] for c in _events("Drones struck a radar station near Al Mayadeen on Sunday.", date(2024, 1, 22))] == [
        "al-mayadin"]
    assert [c["place_id"] for c in _events("A US strike hit a farm in Al Mayadeen on Monday.", date(2023, 10, 31))] == ["al-mayadin"]


def test_a_base_placed_by_its_bearing_from_a_town_told_with_its_region_is_near_the_town():
    # Socialbites, 3 Nov 2023: "an American base north of Erbil, the capital of the Kurdistan Region"
    for text in ("On November 2, drones targeted an American base north of Erbil, the capital of the Kurdistan Region.",
                 "On November 2, drones targeted a base north of Erbil, in the Kurdistan Region."):
        [c] = _events(text, date(2023, 11, 3))
        assert (c["place_id"], c["geo_precision"]) == ("erbil", 2), text
    # a province after the bearing that the town does not lie in says where the base is
    [c] = _events("Rockets targeted a base hosting US troops west of Baghdad, in Anbar province, on Saturday.", date(2024, 1, 21))
    assert c["place_id"] == "anbar"
    # a province named as where, with a town only as a bearing after it, stays the province
    [c] = _events("Drones struck US forces in Anbar province, west of Baghdad, on Monday.", date(2023, 10, 31))
    assert c["place_id"] == "anbar"


def test_a_previous_incident_told_beside_the_news_is_its_backdrop():
    # Xinhua, 11 Jul 2025: "... with a previous incident involving a booby-trapped drone being shot down near Erbil ... on July 3"
    text = ("Two drones struck Kirkuk and Sulaymaniyah on Thursday. Iraq has seen a rise in drone attacks, with a previous incident "
            "involving a booby-trapped drone being shot down near Erbil International Airport on July 3.")
    got = {c["event_date"]: c["background"] for c in _events(text, date(2025, 7, 11))}
    assert got == {"2025-07-10": False, "2025-07-03": True}
    # the phrase ends at its comma: what is told after it is news
    text = "Drones struck Erbil airport on Saturday. Unlike the previous attack, rockets also hit the Harir base, officials said."
    assert [c["background"] for c in _events(text, date(2024, 1, 21))] == [False, False]


def test_the_vehicle_the_rockets_were_launched_from_found_in_a_province_is_no_place_of_the_attack():
    # Waradana, 22 Apr 2024: the truck "from which the rockets were launched was located and burned in Nineveh"
    text = ("The Iraqi Security Media Cell reported that the vehicle from which the rockets were launched was located and burned in "
            "Nineveh, and they continue to search for those responsible.")
    assert _events(text, date(2024, 4, 22)) == []
    # a place the rockets hit is still where
    [c] = _events("Rockets launched from a truck hit the US base at the Al-Omar oil field on Monday.", date(2024, 4, 22))
    assert c["place_id"] == "al-omar-oilfield"
    # a launch vehicle struck is where the strike was
    [c] = _events("A US drone strike on Saturday destroyed a vehicle used to launch rockets that was parked in Al-Qaim.", date(2024, 1, 21))
    assert c["place_id"] == "al-qaim"
