"""Ingest on reports met in real reporting in round twenty-three (each case paraphrases a class of
error found in a development article of dev71-75): spans of two days, recalled strikes, weapons
found before launch, and the 2025-26 attacks on Kurdistan's oil and gas fields."""

from __future__ import annotations

from datetime import date

from .one_article import events as _events


def test_attacks_between_two_days_running_are_reported_not_a_tally():
    text = ("The Pentagon said on Wednesday that between October 17 and 18, 21 US personnel suffered minor injuries in the drone "
            "attacks on Al Asad Airbase in Iraq and Al-Tanf Garrison in Syria.")
    assert sorted(c["place_id"] for c in _events(text, date(2023, 10, 25))) == ["ain-al-asad", "al-tanf"]
    # a span of weeks is still the campaign's tally
    text = "Between October 17 and November 30, militias attacked Al Asad Airbase in Iraq 30 times."
    assert _events(text, date(2023, 12, 5)) == []


def test_thanksgiving_is_the_fourth_thursday_of_november():
    from geo.ingest.dates import find_dates
    assert [str(m.date) for m in find_dates("On Thanksgiving Day, drones were launched.", published=date(2023, 11, 24))] == ["2023-11-23"]
    assert [str(m.date) for m in find_dates("Rockets hit the base on Thanksgiving, officials said.", published=date(2024, 12, 2))] == [
        "2024-11-28"]
    assert find_dates("troops ate Thanksgiving dinner at the base", published=date(2023, 11, 24)) == []


def test_strikes_on_a_count_of_occasions_since_are_a_tally():
    text = ("A US gunship destroyed a militia vehicle in Iraq on Tuesday. US warplanes have bombed Syria on three occasions since, "
            "but Tuesday's attack was the first of its kind in Iraq.")
    assert [c["place_id"] for c in _events(text, date(2023, 11, 22))] == ["iraq"]


def test_strike_rounds_counted_so_far_without_a_day_are_a_tally():
    assert _events("The US has carried out three retaliatory strikes against pro-Iran militia targets in Syria.", date(2023, 11, 17)) == []
    # the same count told with its day is that day's round
    assert [c["place_id"] for c in _events("The US carried out three strikes against militia targets in Syria on Sunday.",
                                           date(2023, 11, 14))] == ["syria"]


def test_an_attack_a_strike_answered_at_once_is_news_dated_by_the_strike():
    text = ("US Central Command said Tuesday that an AC-130 gunship struck a vehicle in Abu Ghraib. The Pentagon said eight US troops "
            "were wounded when Ain al-Asad airbase was targeted with a ballistic missile and that the AC-130 responded immediately.")
    got = {c["place_id"]: c for c in _events(text, date(2023, 11, 22))}
    assert not got["ain-al-asad"]["background"] and got["ain-al-asad"]["event_date"] == "2023-11-21"


def test_the_strikes_told_hitting_bases_in_named_provinces_are_that_round_there():
    text = ("An Iraqi official said that the US airstrikes hit bases of the paramilitary Hashd Shaabi forces in the provinces of Babil "
            "and Wasit in central Iraq. A security member was killed and 18 people were wounded on Tuesday in US airstrikes on Iraqi "
            "security sites south of Baghdad, the Iraqi government said in a statement.")
    assert sorted(c["place_id"] for c in _events(text, date(2023, 12, 27))) == ["babil", "wasit"]
    # strikes told in general, with no day, are still no report
    assert _events("US airstrikes have hit militia bases in Anbar province again and again.", date(2023, 12, 27)) == []


def test_the_targeting_of_sites_by_the_us_side_is_a_us_strike():
    text = "The Iraqi government condemns the targeting of Iraqi security sites in Babil by the US side at Tuesday dawn."
    assert [(c["place_id"], c["actor1"]) for c in _events(text, date(2023, 12, 27))] == [("babil", "United States")]
    # a base used by American troops is still the militias' target
    text = "Biden ordered his aides to prepare options after the attack on an air base used by American troops in Erbil on Monday."
    assert [(c["place_id"], c["actor2"]) for c in _events(text, date(2023, 12, 26))] == [("erbil-air-base", "United States")]


def test_the_headline_under_previous_story_is_another_pages():
    text = ("A security member was killed on Tuesday in US airstrikes on Iraqi security sites in Babil, the government said.\n\n"
            "Previous Story\n\nUS shoots down 12 drones, 5 missiles in Red Sea\n\nNext Story\n\nPakistan prepares for polls\n")
    assert [c["place_id"] for c in _events(text, date(2023, 12, 27))] == ["babil"]


def test_a_drone_attack_on_a_groups_own_headquarters_is_a_strike_on_it():
    text = "A drone attack on an Iran-backed paramilitary group's headquarters in Baghdad on Thursday killed two."
    [c] = _events(text, date(2024, 1, 4))
    assert c["place_id"] == "baghdad" and c["actor2"] != "United States" and c["actor1"] != "Unidentified armed group"


def test_a_caption_credited_in_square_brackets_is_a_caption_and_its_photographer_no_place():
    text = ("Iraqi security forces on patrol after a drone attack on an Iran-backed paramilitary group's headquarters in Baghdad, "
            "January 4, 2024 [Ahmed Saad/Reuters]\n\nThe US military said it had carried out a drone strike on Thursday targeting "
            "an Iran-aligned paramilitary group in the capital, Baghdad.")
    assert [c["place_id"] for c in _events(text, date(2024, 1, 4))] == ["baghdad"]
    from geo.ingest.document import not_reporting
    assert not_reporting(text.split("\n")[0]) == "caption"
    # a photographer's name is no place, caption or not
    assert [c["place_id"] for c in _events(text.split("\n")[0].replace("January 4, 2024 ", "on Thursday "), date(2024, 1, 4))] in (
        [], ["baghdad"])


def test_an_agency_pair_dateline_and_the_interception_of_a_drone():
    text = ("Tel Aviv, May 24 (IANS/DPA): Falling debris from the interception of a combat drone started a small fire near the "
            "northern Israeli city of Safed, the Israel Defense Forces (IDF) said on Friday.")
    [c] = _events(text, date(2024, 5, 24))
    assert (c["location"], c["sub_event_type"]) == ("Safed", "Disrupted weapons use")


def test_the_interception_told_with_its_own_week_is_that_weeks():
    text = ("IDF Spokesperson Daniel Hagari said at a press briefing on Friday evening, \"Today we also publicized the successful "
            "interception of a UAV last week, which was en route to Israeli territory.\"")
    [c] = _events(text, date(2023, 12, 22))
    assert c["event_date"] < "2023-12-20" and c["sub_event_type"] == "Disrupted weapons use"


def test_early_or_late_in_a_year_is_that_year_and_its_deeds_history():
    from geo.ingest.dates import find_dates
    assert [str(m.date) for m in find_dates("The tensions escalated in early 2020 with the assassination", published=date(2024, 7, 17))] == [
        "2020-02-01"]
    text = ("Drones attacked Ain al-Asad on Tuesday. The tensions escalated in early 2020 with the assassination of Qassem Soleimani "
            "and Abu Mahdi al-Muhandis in a drone strike near Baghdad's airport.")
    got = {c["place_id"]: c for c in _events(text, date(2024, 7, 17))}
    assert not got["ain-al-asad"]["background"] and got["baghdad-airport"]["background"]


def test_attacks_told_since_a_wars_outbreak_are_a_tally():
    text = ("Iraqi security forces intercepted and shot down a drone near Kirkuk on Thursday night. Since the outbreak of the war "
            "between the United States and Israel and Iran, outlawed armed groups in Iraq have attempted to target US and allied "
            "military bases in the Kurdistan Region using suicide drones.")
    assert "kurdistan-region" not in {c["place_id"] for c in _events(text, date(2026, 3, 6))}


def test_iraqi_forces_that_intercept_a_drone_are_iraqs_and_harm_prevented_is_none():
    text = ("Iraqi security forces intercepted and shot down a drone that attempted to target a public facility near Kirkuk on "
            "Thursday, preventing any damage or casualties.")
    [c] = _events(text, date(2026, 3, 6))
    assert c["sub_event_type"] == "Disrupted weapons use" and "Iraq" in (c["actor1"], c["actor2"])
    from geo.ingest.recognise import harm_done
    assert not harm_done("Iraqi security forces intercepted a drone, preventing casualties.")


def test_the_strike_told_again_as_the_first_since_a_month_is_no_other_strike():
    text = ("A US drone strike hit Musayib on July 30. The July 30 airstrike is the first known U.S. strike in Iraq since February, "
            "when U.S. forces targeted over 85 sites in Iraq and Syria.")
    assert [c["place_id"] for c in _events(text, date(2024, 7, 31))] == ["musayyib"]
    # a report that calls itself the first since a day is still reported
    text = "Rockets were fired from Zummar toward a US base in Syria on Sunday, marking the first such attack since early February."
    assert [c["place_id"] for c in _events(text, date(2024, 4, 22))] == ["syria"]


def test_a_strike_named_again_without_its_day_keeps_the_history_of_the_day_told():
    text = ("Peshmerga forces on Friday spotted an unknown drone over Tuz Khurmatu and opened fire on it. Following the recent strike "
            "that targeted the Khor Mor gas field, a joint security mechanism was set up. The Khor Mor gas field came under a drone "
            "attack last month, triggering a fire.")
    got = {c["place_id"]: c for c in _events(text, date(2025, 12, 26))}
    assert got["khor-mor-gas-field"]["background"]


def test_a_funeral_for_the_dead_of_a_strike_is_neither_its_place_nor_its_striker():
    text = ("Dozens of fighters from Iraq's Popular Mobilization Forces (PMF) held a funeral procession in central Baghdad on Tuesday "
            "for comrades killed in an airstrike that targeted their headquarters in the Al-Dibis district, northwest of Kirkuk.")
    [c] = _events(text, date(2026, 3, 10))
    assert (c["place_id"], c["actor1"], c["actor2"]) == ("dibis", "Unidentified military forces", "Popular Mobilization Forces")


def test_strikes_on_a_militia_stronghold_told_by_its_source_are_strikes_on_it():
    text = ("\"Three strikes hit Jurf al-Nasr,\" a Kataeb Hezbollah source told AFP, referring to a military base of the powerful "
            "armed group that has been repeatedly targeted since the start of the war.")
    [c] = _events(text, date(2026, 3, 2))
    assert (c["place_id"], c["sub_event_type"], c["actor2"]) == ("jurf-al-sakhar", "Air/drone strike", "Kata'ib Hezbollah")
    assert c["actor1"] != "Kata'ib Hezbollah"


def test_a_drone_only_identified_or_monitored_on_its_way_is_no_attack():
    text = ("The IDF said the sirens were triggered by a UAV that had been identified in the area of Rosh HaNikra. The UAV flew "
            "toward the area of Yokne'am and was monitored by the IAF.")
    assert _events(text, date(2024, 10, 23)) == []


def test_a_uav_intercepted_in_a_countrys_airspace_is_there_and_the_iaf_is_israels():
    text = "The IAF early Wednesday morning intercepted a UAV that was launched from the east in Syrian airspace."
    [c] = _events(text, date(2024, 10, 23))
    assert c["place_id"] == "syria" and "Israel" in (c["actor1"], c["actor2"])


def test_a_state_that_tells_of_a_drone_on_it_did_not_launch_it():
    text = ("For its part, the Israeli army said that it had detected the launch of a drone that entered Israeli airspace from the "
            "east and fell in the Wadi Araba area in southern Israel.")
    [c] = _events(text, date(2024, 9, 25))
    assert c["actor1"] != "Israel"


def test_the_iraqi_groups_occupied_lands_are_israel():
    text = "The Islamic Resistance in Iraq said it attacked a vital target in the occupied territories with drones on Wednesday."
    assert [c["place_id"] for c in _events(text, date(2024, 3, 27))] == ["israel"]


def test_a_drone_intercepted_east_of_a_sea_is_placed_by_the_sea_not_a_river_bank():
    text = "Israeli air defence intercepted a drone east of the Sea of Galilee, military reports said on Monday."
    assert [c["place_id"] for c in _events(text, date(2024, 8, 26))] == ["sea-of-galilee"]


def test_a_local_time_after_midnight_with_the_gmt_day_before_is_the_next_day():
    text = "The drone targeting Erbil airport was shot down at 2:20 a.m. local time (2320 GMT on Sunday), officials said."
    [c] = _events(text, date(2025, 7, 15))
    assert c["event_date"] == "2025-07-14"


def test_gulf_states_are_no_sea():
    text = ("The United States and Israel launched strikes against Iran on Saturday, with the Islamic republic retaliating with "
            "barrages of missiles targeting Gulf states and Israel.")
    assert "persian-gulf" not in {c["place_id"] for c in _events(text, date(2026, 2, 28))}


def test_irans_guards_and_iran_told_as_the_attackers_are_coded_so():
    for text, who in (("Iran's Revolutionary Guards said they attacked the espionage headquarters of Israel in Erbil on Monday.",
                       "Islamic Revolutionary Guard Corps"),
                      ("Iran fired ballistic missiles at Erbil on Monday.", "Iran")):
        [c] = _events(text, date(2024, 1, 16))
        assert (c["place_id"], c["actor1"]) == ("erbil", who)


def test_iraqi_places_of_the_2026_reporting_resolve_where_they_are():
    from gazetteer import Gazetteer
    gz = Gazetteer.default()
    got = {name: gz.get(name).place.id for name in ("Al-Dora", "Rumaila", "Majnoon", "Basra airport")}
    assert got == {"Al-Dora": "dora-baghdad", "Rumaila": "rumaila-oil-field", "Majnoon": "majnoon-oil-field",
                   "Basra airport": "basra-airport"}  # not Red Springs in North Carolina, nor the Rumalyn landing zone in Syria


def test_attacks_told_as_having_declined_after_strikes_are_a_trend():
    text = ("Strikes against U.S. troops in Iraq and Syria have declined after last Friday's U.S. airstrikes and the drone killing "
            "of a militia commander.")
    assert _events(text, date(2024, 2, 10)) == []


def test_weapons_found_unfired_are_disrupted_and_no_part_of_the_attack_they_were_for():
    text = "Iraqi police in Babylon discovered a land attack cruise missile of Iranian design that failed to launch, CENTCOM said on Friday."
    [c] = _events(text, date(2024, 1, 6))
    assert (c["place_id"], c["sub_event_type"]) == ("babil", "Disrupted weapons use")  # not Babylon, New York
    text = ("Katyusha rockets struck near Baghdad airport on Tuesday. Security forces later seized a launcher and six unfired "
            "rockets in the al-Amiriya district.")
    kinds = sorted(c["sub_event_type"] for c in _events(text, date(2024, 10, 1)))
    assert kinds == ["Disrupted weapons use", "Shelling/artillery/missile attack"]


def test_two_drones_downed_and_a_third_through_is_the_attack_and_koya_is_in_iraq():
    text = ("A security official in Basra said late Friday that two drones were shot down over the Burjesia oil complex, but a "
            "third got through and hit the site.")
    [c] = _events(text, date(2026, 3, 7))
    assert (c["place_id"], c["sub_event_type"]) == ("burjesia", "Air/drone strike")
    text = "Three Iranian drones targeted the Azadi camp of Iranian Kurdish opposition parties in Koya on Tuesday."
    assert [c["country"] for c in _events(text, date(2026, 3, 4))] == ["IQ"]  # not Azadi in Iran
    assert _events("Several drones have been intercepted near Baghdad airport since the hostilities began.", date(2026, 3, 15)) == []


def test_a_country_blamed_for_strikes_is_no_place_of_them():
    text = "Drone strikes blamed on Iran hit a camp hosting Iranian Kurdish fighters in northern Iraq on Tuesday."
    assert [(c["place_id"], c["actor1"]) for c in _events(text, date(2026, 3, 3))] == [("iraq", "Iran")]


def test_many_drones_intercepted_so_far_across_provinces_are_a_tally():
    text = ("The Surdas camp in Dukan district came under a rocket attack on Wednesday. Iraqi air defenses have intercepted "
            "multiple drones near key military installations in Baghdad, Nineveh, Dhi Qar, and the Kurdistan Region.")
    assert "baghdad" not in {c["place_id"] for c in _events(text, date(2026, 3, 4))}


def test_a_quarter_named_like_a_town_abroad_is_the_place_it_is_part_of():
    text = ("The strike targeted a headquarters used by Kataib Hezbollah in the al-Mayadeen area of Jurf al-Nasr district, "
            "the source explained on Thursday.")
    assert [c["place_id"] for c in _events(text, date(2026, 3, 12))] == ["jurf-al-sakhar"]  # not al-Mayadin in Syria


def test_the_previous_night_told_by_a_statement_and_a_facility_between_two_provinces():
    text = ("Early on Friday, Iraq's Security Media Cell revealed details of the incident in a statement, noting that late the "
            "previous night at 10:00 p.m., security forces detected a drone that was attempting to bomb one of the public "
            "institutions located between Kirkuk province and Sulaimani province.")
    got = [(c["place_id"], c["event_date"]) for c in _events(text, date(2026, 3, 6))]
    assert got == [("kirkuk-governorate", "2026-03-05")]


def test_a_drone_brought_down_is_a_disrupted_weapon():
    from geo.ingest.recognise import triggers
    assert [t.sub_event_type for t in triggers("Security units successfully brought the drone down, without casualties.")] == [
        "Disrupted weapons use"]


def test_a_syndicators_credit_cut_before_its_dateline_still_marks_it():
    text = ("MENAFN - Jordan Times) BAGHDAD - Drones struck airports and oil facilities in Iraq on Friday, and the US-led troops "
            "shot down several over the Kurdish city of Erbil.")
    assert "baghdad" not in {c["place_id"] for c in _events(text, date(2026, 3, 7))}


def test_another_nations_base_in_a_town_is_not_the_us_base_there():
    text = ("The Italian military base in Erbil, Iraqi Kurdistan, was hit by an airstrike, but there were no casualties, the "
            "ministry said on Thursday.")
    assert [c["place_id"] for c in _events(text, date(2026, 3, 12))] == ["erbil"]


def test_a_headline_glued_to_next_article_is_chrome():
    from geo.ingest.document import not_reporting
    assert not_reporting("Next articleHezbollah Drone Intercepted Over Haifa Area") == "chrome"
    assert not_reporting("Next to the base, two rockets fell on Monday.") is None


def test_a_groups_base_that_was_hit_is_a_strike_on_the_group():
    text = "Kataib Hezbollah's base in Babil's Jurf al-Sakhr was hit twice on Saturday, leaving two dead."
    [c] = _events(text, date(2026, 3, 1))
    assert (c["sub_event_type"], c["actor2"]) == ("Air/drone strike", "Kata'ib Hezbollah") and c["actor1"] != "Kata'ib Hezbollah"
    text = "Kataib Hezbollah's headquarters in al-Qaim was struck on Saturday."
    [c] = _events(text, date(2026, 3, 1))
    assert c["actor2"] == "Kata'ib Hezbollah" and c["actor1"] != "Kata'ib Hezbollah"


def test_the_day_a_spokesman_addressed_the_press_is_when_he_spoke():
    text = ("A drone struck the Khor Mor gas field late on Wednesday, halting production. Addressing the press on Thursday, "
            "Hawramani gave a grim assessment of the toll the strike had taken on the facility.")
    assert [(c["place_id"], c["event_date"]) for c in _events(text, date(2025, 11, 28))] == [("khor-mor-gas-field", "2025-11-26")]
