"""Ingest on reports met in real reporting in round thirty-seven (each case paraphrases a class of error
found in a public-domain development text)."""

from __future__ import annotations

from datetime import date

from .one_article import events as _events


def test_a_us_warship_that_fired_missiles_is_the_striker_not_the_target():
    # CENTCOM (13 Jan 2024): a destroyer's Tomahawks on a Houthi radar site; a US ship as the subject of "fired" was read as the
    # target of an unidentified group's missiles
    for ship in ("The USS Carney", "The destroyer USS Carney (DDG 64)", "A U.S. warship", "The US Navy"):
        text = f"{ship} fired missiles at a Houthi radar site in Yemen on Saturday."
        [c] = [c for c in _events(text, date(2024, 1, 13)) if c["kind"] == "event"]
        assert (c["actor1"], c["actor2"], c["place_id"], c["event_date"]) == ("United States", "Houthis", "yemen", "2024-01-13"), ship
    # the ship as the target is still the target
    [c] = [c for c in _events("The Houthis fired missiles at the USS Carney in the Red Sea on Saturday.", date(2024, 1, 13))
           if c["kind"] == "event"]
    assert (c["actor1"], c["actor2"]) == ("Houthis", "United States")


def test_two_told_dead_as_both_are_two():
    # DoD News (4 Jan 2024): the Nujaba leader "along with another member ... were both killed": one read as one, or as none
    for text in ("Abu Taqwa, along with another member of Harakat al-Nujaba, were both killed in a US strike in Baghdad on Thursday.",
                 "A commander and his driver were both killed in a US strike in Baghdad on Thursday.",
                 "Both men were killed in a US strike in Baghdad on Thursday."):
        [c] = _events(text, date(2024, 1, 5))
        assert c["fatalities"] == 2, text
    # "both" of something else is no count of the dead
    [c] = _events("Both sides said a US strike in Baghdad on Thursday killed a commander.", date(2024, 1, 5))
    assert c["fatalities"] == 1


def test_the_us_militarys_words_for_a_drone_are_a_drone():
    # Air National Guard (Mar 2024): "a one-way uncrewed aerial system descended on Tower 22" was no attack at all, and the
    # article's attack took the month of its lede ("attacked in January") instead of its day
    [c] = _events("In the early hours of Jan. 28, a one-way uncrewed aerial system descended on Tower 22.", date(2024, 1, 29))
    assert (c["sub_event_type"], c["place_id"], c["event_date"], c["actor2"]) == ("Air/drone strike", "tower-22", "2024-01-28", "United States")
    # "UAS", plural as written: drones, not rockets
    [c] = _events("On Jan. 28, three one-way attack UAS targeted U.S. forces at al-Tanf.", date(2024, 1, 29))
    assert (c["sub_event_type"], c["place_id"]) == ("Air/drone strike", "al-tanf")


def test_a_report_placed_only_by_the_next_sentence_takes_that_country():
    # a briefing's way (DoD, Oct 2023): an attack told with its day and no place, then where it was; the country was dropped
    # as a restatement and the attack listed as placed nowhere
    [c] = _events("Militants fired rockets at US forces on Saturday. The attack took place in Syria.", date(2023, 10, 30))
    assert (c["kind"], c["place_id"], c["event_date"], c["actor2"]) == ("event", "syria", "2023-10-28", "United States")
    assert any("later sentence" in f for f in c["flags"])
    # a report placed in its own sentence is left as it is, and another day's report is its own
    found = _events("Militants fired rockets at US forces near Mayadin on Saturday. The attack took place in Syria. "
                    "Another rocket attack hit a base in Iraq on Sunday.", date(2023, 10, 30))
    assert sorted((c["place_id"], c["event_date"]) for c in found if c["kind"] == "event") == [
        ("al-mayadin", "2023-10-28"), ("iraq", "2023-10-29")]


def test_a_dated_attack_included_in_a_campaign_count_keeps_the_count_s_place_and_attacker():
    # CENTCOM's posture hearing (Mar 2024): "more than 50 drone and missile attacks ... in the Red Sea, including a strike yesterday
    # on" a merchant ship: the included attack was cut from the count's clause and lost its place and its attacker
    text = ("The Houthis have launched more than 50 attacks on ships in the Red Sea, including a missile attack on Wednesday that killed "
            "three sailors.")
    [c] = [c for c in _events(text, date(2024, 3, 7)) if c["kind"] == "event"]
    assert (c["actor1"], c["place_id"], c["event_date"], c["fatalities"]) == ("Houthis", "red-sea", "2024-03-06", 3)


def test_the_group_a_us_designation_names_is_its_object():
    # State Department (17 Nov 2023; 17 Sep 2025): "is today designating Kata'ib Sayyid al-Shuhada (KSS) ... as Specially
    # Designated Global Terrorists" named no one it was done to, so it was placed nowhere and its group read as the one acting
    for text in ("The Department of State is today designating Kata'ib Sayyid al-Shuhada (KSS) and its Secretary General as "
                 "Specially Designated Global Terrorists.",
                 "The State Department on Friday designated Kataib Sayyid al-Shuhada as a terrorist group.",
                 "The Treasury on Friday sanctioned Kataib Sayyid al-Shuhada."):
        [c] = _events(text, date(2023, 11, 17))
        assert (c["sub_event_type"], c["actor1"], c["actor2"], c["place_id"]) == (
            "Other", "United States", "Kata'ib Sayyid al-Shuhada", "iraq"), text


def test_the_base_told_again_in_its_town_is_the_base_named_before():
    # VOA (27 Oct 2023): a drone landed on "al-Harir Air Base Irbil", and hours later another exploded "outside the base in Irbil":
    # the gazetteer's base of that town (Erbil Air Base) was a second attack on another base
    text = ("Officials said a drone landed on al-Harir Air Base Irbil on Thursday but did not explode. Hours later, another drone "
            "exploded outside the base in Irbil, causing no injuries.")
    found = [c for c in _events(text, date(2023, 10, 27)) if c["kind"] == "event"]
    assert [(c["place_id"], c["event_date"]) for c in found] == [("harir-air-base", "2023-10-26")]
    # a base in the town with no base named there before is still the town's base
    [c] = _events("A drone hit a US base in Erbil on Thursday.", date(2023, 10, 27))
    assert c["place_id"] == "erbil-air-base"


def test_a_us_strike_told_in_washington_this_evening_is_the_next_day_where_it_happened():
    # DoD background briefing (26 Oct 2023): strikes near Abu Kamal "this evening" in Washington hit early on 27 Oct in Syria
    for text in ("At the President's direction, U.S. military forces conducted discrete precision strikes against two facilities near "
                 "Abu Kamal, Syria, this evening.",
                 "U.S. military forces conducted strikes against two facilities near Abu Kamal, Syria, tonight, a senior defense official said."):
        [c] = _events(text, date(2023, 10, 26))
        assert (c["place_id"], c["event_date"]) == ("albu-kamal", "2023-10-27"), text
    # the group struck says "this evening" by its own clock
    [c] = _events("Kataib Hezbollah said U.S. forces struck its headquarters in Jurf al-Sakhar this evening.", date(2023, 10, 26))
    assert c["event_date"] == "2023-10-26"


def test_drones_the_us_side_defeated_are_brought_down_not_an_attack_on_it():
    # DoD News (Nov 2023): "The USS Carney defeats a combination of Houthi missiles and unmanned aerial vehicles in the Red Sea";
    # CENTCOM's "engaged and defeated two one-way attack UAS": read as attacks on the US side
    for text in ("U.S. forces engaged and defeated two one-way attack drones near al-Tanf on Tuesday.",
                 "The USS Carney defeated a combination of Houthi missiles and unmanned aerial vehicles in the Red Sea on Tuesday."):
        [c] = _events(text, date(2024, 1, 10))
        assert (c["sub_event_type"], c["actor1"], c["event_date"]) == ("Disrupted weapons use", "United States", "2024-01-09"), text
    # defeating a group is no interception
    assert _events("US forces will defeat ISIS in Syria.", date(2024, 1, 10)) == []


def test_the_reviews_breaks_stay_mended():
    # round thirty-seven's review of the rules above, each a break it found on its own paraphrases
    # a warship's missiles fired to bring drones down are no strike of its own
    found = _events("The US Navy fired missiles to bring down 18 drones launched by the Houthis over the Red Sea on Tuesday.",
                    date(2024, 1, 10))
    assert not any(c["actor1"] == "United States" and c["event_type"] == "Explosions/Remote violence" for c in found)
    # another attack's country is not lent to the report before it
    for text in ("Rockets were fired at US forces on Tuesday, the Pentagon said. A separate drone attack took place in Syria.",
                 "The Houthis fired a missile at a merchant vessel on Monday. A drone attack took place in Iraq."):
        assert not any(c["kind"] == "event" and c["place_id"] in ("syria", "iraq") and c["sub_event_type"].startswith("Shelling")
                       for c in _events(text, date(2024, 1, 31))), text
    # an included attack with its own place is its own report: not three copies of it in the count's countries
    text = ("Militias have attacked US forces more than 150 times in Iraq and Syria, including a drone attack on Sunday in Jordan "
            "that killed three soldiers.")
    found = [c for c in _events(text, date(2024, 1, 29)) if c["kind"] == "event"]
    assert [(c["place_id"], c["event_date"], c["fatalities"]) for c in found] == [("jordan", "2024-01-28", 3)]
    # "UAS" as another body's initials in brackets is no drone
    assert _events("The United States Army Space (UAS) command held a briefing on Monday about threats in Iraq.", date(2024, 1, 16)) == []


def test_a_group_named_with_its_country_shot_the_drone_down():
    # TRT and others (Nov 2023): "an American MQ-9 drone was shot down by Yemen's Houthis": the country's possessive hid the group,
    # and the interception had no one who shot it down
    [c] = _events("A US MQ-9 drone was shot down by Yemen's Houthis on Wednesday.", date(2023, 11, 8))
    assert (c["sub_event_type"], c["actor1"], c["actor2"], c["place_id"]) == ("Disrupted weapons use", "Houthis", "United States", "yemen")
    # a country's own forces are still the country's
    [c] = _events("A drone was shot down by Iraq's counter-terrorism forces near Erbil on Wednesday.", date(2023, 11, 8))
    assert c["actor1"] == "Iraq"


def test_two_us_measures_against_two_groups_are_two_events():
    # State Department (17 Nov 2023): the State Department's designation of KSS and the Treasury's of six men of Kata'ib Hizballah,
    # the same day, were merged into one measure against one group
    text = ("The Department of State is today designating Kata'ib Sayyid al-Shuhada (KSS) as Specially Designated Global Terrorists. "
            "The Department of the Treasury is today designating six individuals affiliated with Kata'ib Hizballah (KH).")
    found = _events(text, date(2023, 11, 17))
    assert sorted(c["actor2"] for c in found) == ["Kata'ib Hezbollah", "Kata'ib Sayyid al-Shuhada"]


def test_the_second_reviews_breaks_stay_mended():
    # round thirty-seven's second review, on its own paraphrases of the four later rules
    # a group the sanctioned firm is said to have helped is not what the measure was against
    [c] = _events("The Treasury on Monday sanctioned Fly Baghdad, an Iraqi airline it said had helped Kataib Hezbollah.", date(2024, 1, 23))
    assert c["actor2"] != "Kata'ib Hezbollah"
    # another nation's base in the town is not the base named before
    text = ("A drone landed on al-Harir Air Base Irbil on Tuesday. On Wednesday, a drone struck the Italian base in Erbil.")
    assert "harir-air-base" in [c["place_id"] for c in _events(text, date(2023, 10, 26))]
    assert len([c for c in _events(text, date(2023, 10, 26)) if c["kind"] == "event"]) == 2
    # "this evening" told by an Iraqi official, or from a Baghdad dateline, is Iraq's own evening
    for text in ("U.S. forces struck a militia headquarters in Jurf al-Sakhar this evening, an Iraqi security official said.",
                 "BAGHDAD (Reuters) - U.S. forces struck a militia headquarters in Jurf al-Sakhar this evening, officials said."):
        [c] = _events(text, date(2024, 1, 24))
        assert c["event_date"] == "2024-01-24", text
    # a strike's aim "to defeat" a threat is no interception
    [c] = _events("U.S. forces struck Houthi sites in Yemen on Tuesday to defeat the Houthi missile threat.", date(2024, 1, 24))
    assert (c["sub_event_type"], c["actor1"]) == ("Air/drone strike", "United States")
