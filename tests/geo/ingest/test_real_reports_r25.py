"""Ingest on reports met in real reporting in round twenty-five (each case paraphrases a class of
error found in a development article): drones Iraq's own forces shot down, what the news came
after, a later and separate attack, an embassy that speaks, and a base name two countries share."""

from __future__ import annotations

from datetime import date

from .one_article import events as _events


def test_iraqs_own_forces_that_shot_a_drone_down_are_its_interceptor():
    text = "In Basra, security forces shot down two drones near an oil facility on Friday afternoon."
    [c] = _events(text, date(2026, 3, 7))
    assert (c["sub_event_type"], c["actor1"]) == ("Disrupted weapons use", "Iraq")
    # a Kurdish counter-terrorism unit speaks of its own shooting, beside the US troops based there: not the US's interception
    text = ("Kurdish counter-terrorism forces said they had shot down three armed drones over Erbil's airport on Tuesday, "
            "where US and coalition troops are stationed.")
    [c] = _events(text, date(2024, 1, 16))
    assert "Iraq" in (c["actor1"], c["actor2"]) and "United States" not in (c["actor1"], c["actor2"])
    # the US side named as the shooter keeps it
    [c] = _events("US forces shot down a drone near Erbil airport on Tuesday.", date(2024, 1, 16))
    assert "United States" in (c["actor1"], c["actor2"])


def test_a_base_the_coalition_left_is_iraqs_though_the_text_recalls_its_troops():
    text = ("An unidentified drone hit a radar at the Taji base north of Baghdad on Tuesday. In 2020 the coalition troops withdrew "
            "from the base and handed it over to Iraqi forces. The base, 20km north of Baghdad, had been the site of frequent rocket "
            "attacks by Iran-backed militias targeting US-led troops.")
    [c] = _events(text, date(2025, 6, 24))
    assert (c["place_id"], c["actor2"]) == ("camp-taji", "Iraq")


def test_a_report_told_as_what_the_news_followed_is_the_backdrop():
    text = ("Rockets hit the Shaddadi base in Syria on Saturday. This incident follows a previous assault on a US base near the "
            "al-Omar oil field, where drones were used.")
    news = {c["place_id"]: c["background"] for c in _events(text, date(2023, 12, 2))}
    assert news == {"al-shaddadi-base": False, "al-omar-oilfield": True}
    text = ("A drone hit the Tawke oilfield on Thursday morning. The Tawke oilfield was previously targeted by a drone strike on "
            "Wednesday morning.")
    got = sorted((c["event_date"], c["background"]) for c in _events(text, date(2025, 7, 17)))
    assert got == [("2025-07-16", True), ("2025-07-17", False)]


def test_a_weapon_that_only_sought_its_target_is_a_failed_attack():
    [c] = _events("On Monday an explosive-laden drone sought to target an oil facility in northern Iraq.", date(2025, 7, 15))
    assert c["sub_event_type"] == "Disrupted weapons use"


def test_a_later_separate_attack_is_not_the_one_before():
    text = ("A drone was shot down near Erbil International Airport early on Monday. A later, separate attack on Monday night "
            "targeted the Khurmala oil field.")
    got = {c["place_id"]: c["sub_event_type"] for c in _events(text, date(2025, 7, 15))}
    assert set(got) == {"erbil-air-base", "khurmala-oil-field"} and got["erbil-air-base"] == "Disrupted weapons use"


def test_an_embassy_that_speaks_is_not_where_the_attack_was():
    for text in ("Drones hit the Sarsang oil field on Tuesday. The US Embassy in Iraq also denounced the attack.",
                 "Drones hit the Sarsang oil field on Tuesday. The U.S. Embassy in Baghdad issued a strong statement condemning "
                 "the attacks."):
        assert "us-embassy-baghdad" not in {c["place_id"] for c in _events(text, date(2025, 7, 15))}
    # an embassy attacked is still the place
    assert [c["place_id"] for c in _events("Rockets hit the US Embassy in Baghdad on Friday.", date(2023, 12, 9))] == [
        "us-embassy-baghdad"]


def test_an_iranian_attack_hits_us_forces_only_where_the_report_says_so():
    text = ("Iran's Revolutionary Guards said they had attacked what they called a spy headquarters in Iraq's Kurdistan region, "
            "state media reported on Monday. The US embassy condemned the attack.")
    [c] = _events(text, date(2024, 1, 16))
    assert (c["actor1"], c["actor2"]) == ("Islamic Revolutionary Guard Corps", "")


def test_a_base_name_two_countries_share_is_read_in_the_articles_country():
    text = "Drones attacked the radar systems at Imam Ali base in Iraq on Tuesday."
    assert [c["place_id"] for c in _events(text, date(2025, 6, 24))] == ["imam-ali-air-base"]
    text = "US aircraft struck the Imam Ali base near Albu Kamal in eastern Syria on Friday."
    assert [c["place_id"] for c in _events(text, date(2024, 2, 3))] == ["imam-ali-base"]


def test_strikes_told_in_answer_to_history_are_history():
    text = ("A drone hit the Sarsang oil field on Tuesday. Those attacks culminated in the January 2024 attack on Tower 22 in Jordan, "
            "which killed three US soldiers. The US launched major airstrikes against the PMF in response, killing 40 people.")
    got = {c["place_id"]: c["background"] for c in _events(text, date(2025, 7, 15))}
    assert got["sarsing"] is False and got["tower-22"] is True
    assert all(bg for place, bg in got.items() if place not in ("sarsing",))


def test_a_sentence_that_opens_on_previously_is_the_record_however_dated():
    text = ("Previously, a drone attack disrupted oil production at the Sarsang oilfield, prompting a suspension of operations, "
            "the ministry confirmed on July 15.")
    assert _events(text, date(2025, 7, 16)) == []


def test_a_round_told_in_washingtons_day_and_in_local_time_is_one_event_on_the_local_day():
    text = ("WASHINGTON, Jan. 23 -- U.S. forces conducted unilateral strikes on Tuesday against facilities used by an Iranian-backed "
            "militia group in Iraq, the U.S. Central Command said. CENTCOM said the strikes were carried out at 12:15 a.m. Wednesday "
            "Iraq time, targeting three facilities used by Kataib Hezbollah.")
    assert [c["event_date"] for c in _events(text, date(2024, 1, 24))] == ["2024-01-24"]


def test_a_commander_named_dead_is_at_least_one_dead():
    text = "A US drone strike in Baghdad on Wednesday killed Abu Baqir al-Saadi, one of the commanders of Kataib Hezbollah."
    assert [c["fatalities"] for c in _events(text, date(2024, 2, 8))] == [1]
    text = "Mushtaq Talib al-Saidi died in a drone strike in Baghdad on Thursday, the group said."
    assert [c["fatalities"] for c in _events(text, date(2024, 1, 5))] == [1]
    # a named man and others: the figure the text gives, not one
    text = "A US drone strike in Baghdad on Thursday killed Abu Taqwa and two of his guards."
    assert [c["fatalities"] for c in _events(text, date(2024, 1, 5))] != [1]


def test_what_the_latest_attacks_followed_is_the_backdrop_but_that_days_attack_is_news():
    text = ("Drones hit two oil fields in Duhok province on Wednesday. The latest attacks followed a drone strike on Tuesday on the "
            "Sarsang field, forcing a halt in production.")
    got = {c["place_id"]: c["background"] for c in _events(text, date(2025, 7, 16))}
    assert got.get("sarsing") is True
    text = ("U.S. forces on Monday carried out strikes against Kataib Hezbollah in Iraq. The strikes followed a drone attack by the "
            "groups on Erbil air base earlier in the day that injured three service members.")
    got = {c["place_id"]: c["background"] for c in _events(text, date(2023, 12, 26))}
    assert got.get("erbil-air-base") is False


def test_a_peshmerga_base_in_erbil_is_not_the_us_air_base():
    text = "Last night, at least two explosive drones struck a Peshmerga base in Erbil, the Kurdistan region's capital city."
    assert [c["place_id"] for c in _events(text, date(2023, 12, 31))] == ["erbil"]
    assert [c["place_id"] for c in _events("A drone hit a US base in Erbil on Sunday.", date(2023, 12, 31))] == ["erbil-air-base"]


def test_an_airport_near_a_town_is_that_towns_airport():
    text = "On Tuesday, two katyusha rockets were launched at an airport near Kirkuk."
    assert [c["place_id"] for c in _events(text, date(2025, 7, 1))] == ["kirkuk-airport"]


def test_sulaymaniyah_in_the_kurdish_spellings_is_the_city():
    for name in ("Sulaimani", "Sulaimaniyah", "Slemani"):
        text = f"A drone was shot down in a village northwest of {name} on Tuesday."
        assert [c["place_id"] for c in _events(text, date(2025, 7, 1))] == ["sulaymaniyah"], name


def test_strikes_in_iran_told_beside_news_in_iraq_are_the_setting():
    text = ("Two drones launched towards Israel were shot down over Iraq on Sunday by the US-led coalition, two Iraqi officials said. "
            "Israel on Friday launched unprecedented strikes on Iran, hitting military and nuclear sites.")
    got = {c["country"]: c["background"] for c in _events(text, date(2025, 6, 15))}
    assert got.get("IR") is True and got.get("IQ") is False


def test_an_attack_a_week_before_told_as_what_the_strikes_answered_is_history():
    text = ("US forces struck militia targets in western Iraq on Monday, in response to the drone attack on Tower 22 in Jordan on "
            "Jan. 28 that killed three US soldiers.")
    got = {c["place_id"]: c["background"] for c in _events(text, date(2024, 2, 5))}
    assert got.get("tower-22") is True and got.get("anbar", got.get("iraq")) is False


def test_pressure_not_to_attack_is_no_attack_and_a_drone_attempting_a_strike_failed():
    text = "The US told the Iraqi government it had pressed Israel not to attack Iraqi territory, Ma'an news agency reported."
    assert _events(text, date(2024, 11, 21)) == []
    text = "A drone attempting to strike a Popular Mobilization Forces facility crashed in a rural area south of Mosul on Wednesday."
    assert [c["sub_event_type"] for c in _events(text, date(2026, 3, 4))] == ["Disrupted weapons use"]


def test_a_series_of_statements_is_how_claims_came_not_a_campaign():
    text = "Hezbollah, in a series of statements, said it struck a naval base northwest of Haifa on Saturday."
    assert len(_events(text, date(2024, 11, 16))) == 1


def test_review_cases_keep_their_news():
    # the news after an "aftermath" phrase stays news; a reassurance "not to panic" is no cancelled attack
    text = "In the aftermath of the US strike in Baghdad, three rockets hit Ain al-Asad air base on Tuesday."
    assert {c["place_id"]: c["background"] for c in _events(text, date(2024, 1, 18))}.get("ain-al-asad") is False
    assert len(_events("Residents were urged not to panic after rockets hit Baghdad airport on Tuesday.", date(2024, 1, 24))) == 1
    # a US interceptor named stays the interceptor; a building near the airport is in the town; an Iraqi air base in Balad is the base
    [c] = _events("U.S. security forces shot down two drones near Erbil airport on Tuesday.", date(2024, 1, 24))
    assert "United States" in (c["actor1"], c["actor2"])
    text = "Two drones struck a residential building near the airport in Erbil on Tuesday."
    assert [c["place_id"] for c in _events(text, date(2024, 1, 24))] == ["erbil"]
    text = "Three rockets hit an Iraqi air base in Balad on Tuesday."
    assert [c["place_id"] for c in _events(text, date(2024, 1, 24))] == ["balad-air-base"]
    # a day told in local evening hours is its own day, not Washington's evening before
    text = "A drone attacked Ain al-Asad air base on Monday. On Tuesday at 9 p.m. local time, rockets hit Ain al-Asad air base again."
    assert sorted(c["event_date"] for c in _events(text, date(2024, 1, 24))) == ["2024-01-22", "2024-01-23"]
    # a strike answering an attack two weeks before keeps its own day
    text = ("Militants attacked Ain al-Asad with rockets on January 20. The US carried out airstrikes on Kataib Hezbollah sites in "
            "Jurf al-Sakhar in response, officials said.")
    got = {c["place_id"]: (c["event_date"], c["background"]) for c in _events(text, date(2024, 2, 3))}
    assert got["jurf-al-sakhar"] == ("2024-02-03", False)


def test_the_wider_wars_toll_in_the_next_sentence_is_not_the_reports():
    text = ("Hezbollah said it struck a naval base northwest of Haifa on Saturday.\n\nTensions have increased as a result of Israel's "
            "offensive in the Gaza Strip, which has killed nearly 43,800 people since last year.")
    assert [c["fatalities"] for c in _events(text, date(2024, 11, 16))] == [None]
    text = "A drone attack hit a US base in Jordan on Sunday. Three US service members were killed."
    assert [c["fatalities"] for c in _events(text, date(2024, 1, 29))] == [3]


def test_the_attack_a_funeral_story_mourns_is_history_though_undated():
    text = ("WAYCROSS, Ga. - The remains of Sgt. Kennedy Sanders are returning to Waycross on Wednesday in a procession to the "
            "funeral home. Sgt. Sanders was one of the 3 United States soldiers killed in a drone attack while serving in Jordan.")
    assert [c["background"] for c in _events(text, date(2024, 2, 14))] == [True]
