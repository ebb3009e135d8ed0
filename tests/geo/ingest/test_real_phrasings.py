"""Ingest on phrasings met in real reporting in round twenty (each case paraphrases a class of error
found in a development article or a development label's quoted evidence): origins told with their
country, weapons struck before launch, and places reporters name in Arabic or by a district."""

from __future__ import annotations

from datetime import date

import pytest

from geo.ingest import screen

from .one_article import events as _events


def _brief(c: dict) -> tuple:
    return c["place_id"], c["sub_event_type"], c["actor1"]


def test_an_origin_town_told_with_its_country_leaves_the_target_as_the_place():
    text = "Several rockets were fired from the town of Zummar in Iraq toward a US base in northeastern Syria on Sunday."
    [c] = _events(text, date(2024, 4, 22))
    assert c["place_id"] == "syria" and c["actor2"] == "United States"
    # the country is still the place when nothing is said to have been fired at
    [c] = _events("Rockets fired from the town of Zummar in Iraq fell near the border on Sunday.", date(2024, 4, 22))
    assert c["place_id"] != "syria"


@pytest.mark.parametrize("text", [
    "U.S. forces destroyed a Houthi missile that was being prepared for launch into the Gulf of Aden on Saturday.",
    "CENTCOM destroyed two Houthi anti-ship missiles that were ready to launch toward the Red Sea on Saturday.",
])
def test_a_missile_destroyed_before_launch_is_a_us_strike_in_yemen(text):
    assert [_brief(c) for c in _events(text, date(2024, 1, 21))] == [("yemen", "Air/drone strike", "United States")]


def test_a_missile_destroyed_in_flight_is_still_a_disrupted_weapon():
    text = "The USS Carney destroyed two Houthi missiles over the Red Sea on Saturday."
    assert [c["sub_event_type"] for c in _events(text, date(2024, 1, 21))] == ["Disrupted weapons use"]


@pytest.mark.parametrize("text, published, want", [
    ("The bombing of the al-Burj 22 base in northeastern Jordan on Sunday killed three American soldiers.", date(2024, 1, 29),
     ("tower-22", "United States")),
    ("A US drone strike on Wednesday killed a Kataib Hezbollah commander in the Mashtal area of the capital.", date(2024, 2, 8),
     ("baghdad", "Kata'ib Hezbollah")),
])
def test_places_named_in_arabic_transliteration_or_by_a_district(text, published, want):
    [c] = _events(text, published)
    assert (c["place_id"], c["actor2"]) == want


def test_a_far_city_given_by_its_distance_is_a_landmark_not_the_place():
    text = "On Thursday evening, drones targeted a US base north of Erbil, some 400 kilometers from Baghdad."
    assert [c["place_id"] for c in _events(text, date(2023, 11, 3))] == ["erbil"]
    text = "On Thursday, rockets landed a few kilometers from Ain al-Asad air base."
    assert [c["place_id"] for c in _events(text, date(2023, 11, 3))] == ["ain-al-asad"]


def test_units_linked_to_a_group_that_attacked_are_the_attackers():
    text = "Shiite units linked to the Islamic Resistance in Iraq fired rockets at a US base in Shaddadi on Thursday."
    [c] = _events(text, date(2023, 11, 3))
    assert (c["actor1"], c["actor2"]) == ("Islamic Resistance in Iraq", "United States")


def test_a_heart_attack_at_a_base_is_no_attack():
    text = "A US contractor died of a heart attack during a false alarm at al-Asad Air Base on Monday."
    assert _events(text, date(2023, 10, 31)) == []


def test_a_gunship_that_struck_when_fighters_fired_tells_the_strike_and_the_attack():
    text = ("An AC-130 gunship carried out a retaliatory strike when the Iranian-backed fighters fired two ballistic missiles at "
            "Al-Asad Air Base in Iraq late Monday.")
    got = sorted((c["sub_event_type"], c["actor1"] == "United States", c["place_id"]) for c in _events(text, date(2023, 11, 22)))
    assert got == [("Air/drone strike", True, "iraq"), ("Shelling/artillery/missile attack", False, "ain-al-asad")]


def test_two_bases_and_two_days_in_one_sentence_are_one_report_a_base():
    text = "Troops were hurt in separate drone attacks on al-Tanf garrison in Syria and al-Asad air base in Iraq on Oct. 17 and 18."
    assert sorted(c["place_id"] for c in _events(text, date(2023, 10, 26))) == ["ain-al-asad", "al-tanf"]
    text = "On November 9 and 11, drones also attacked the al-Shaddadi base."
    assert [c["event_date"] for c in _events(text, date(2023, 11, 12))] == ["2023-11-09", "2023-11-11"]


@pytest.mark.parametrize("text", [
    "US forces took 24 casualties in drone and rocket attacks from October 17-24, most of them at al-Tanf and the rest at al-Asad.",
    "Between Oct. 17 and 24, rocket and drone attacks wounded 24 troops at al-Tanf and al-Asad.",
])
def test_casualties_counted_over_a_span_of_days_are_a_tally(text):
    assert _events(text, date(2023, 10, 25)) == []


def test_the_southern_region_of_a_city_is_a_bearing_from_it_and_joins_the_named_area():
    text = ("A defensive airstrike was carried out by the US military in the southern region of Baghdad on Tuesday. "
            "Officials said US forces struck in the Musayib area of Babil Province, targeting people preparing to launch drones.")
    assert [c["place_id"] for c in _events(text, date(2024, 7, 31))] == ["musayyib"]


def test_a_funeral_story_recalls_the_attack_that_killed_the_soldiers_as_history():
    text = ("Family and friends gathered in Georgia on Tuesday as funerals began for three soldiers killed on Jan. 28 in a drone "
            "attack on a U.S. base in Jordan.")
    assert [c["background"] for c in _events(text, date(2024, 2, 13))] == [True]
    text = "A drone attack on a U.S. base in Jordan killed three soldiers on Jan. 28."
    assert [c["background"] for c in _events(text, date(2024, 2, 13))] == [False]


def test_a_capital_named_with_washington_as_partners_is_a_government_not_a_place():
    text = ("A rocket attack hit Ain al-Asad air base on Monday. The official said relations between Washington and Baghdad "
            "were good and the attack had not changed that.")
    assert "baghdad" not in {c["place_id"] for c in _events(text, date(2024, 8, 8))}


def test_hours_between_two_numbers_are_not_a_span_of_days():
    text = "Rockets hit al-Asad air base between 9 and 11 p.m. on Monday, wounding two US troops."
    assert [c["place_id"] for c in _events(text, date(2024, 8, 6))] == ["ain-al-asad"]


@pytest.mark.parametrize("text", [
    "On Sunday, drones were shot down near Tall Baydar, Syria; al-Tanf Garrison, Syria; and twice near Ain al-Asad, Iraq.",
    "On Sunday, drones were shot down near Tall Baydar, Syria, and twice near Ain al-Asad, Iraq.",
])
def test_interceptions_listed_by_place_are_one_report_a_place(text):
    places = sorted(c["place_id"] for c in _events(text, date(2023, 11, 7)))
    assert "tal-baydar" in places and "ain-al-asad" in places and len(places) == (3 if ";" in text else 2)
    assert {c["sub_event_type"] for c in _events(text, date(2023, 11, 7))} == {"Disrupted weapons use"}


def test_a_semicolon_before_a_new_report_still_parts_the_sentence():
    text = "On Sunday a drone hit al-Tanf; on Monday rockets struck Ain al-Asad."
    assert sorted((c["place_id"], c["event_date"]) for c in _events(text, date(2023, 11, 7))) == [
        ("ain-al-asad", "2023-11-06"), ("al-tanf", "2023-11-05")]


def test_attacks_counted_over_time_at_no_named_place_are_still_a_summary():
    assert _events("US forces were attacked three times on Sunday.", date(2023, 11, 7)) == []


def test_the_next_morning_counts_from_the_report_before_and_a_drone_downed_near_a_base_town_is_at_the_base():
    text = ("On the afternoon of November 3, a one-way attack drone was shot down near Shaddadi, Syria, a US official said. "
            "The next morning, another one-way attack drone was shot down near Shaddadi.")
    got = sorted((c["event_date"], c["place_id"], c["sub_event_type"]) for c in _events(text, date(2023, 11, 7)))
    assert got == [("2023-11-03", "al-shaddadi-base", "Disrupted weapons use"), ("2023-11-04", "al-shaddadi-base", "Disrupted weapons use")]


@pytest.mark.parametrize("text", [
    "Two drones targeted the Ain al-Asad airbase in western Iraq and one drone targeted a base in northern Iraq, an official said.",
    "On Wednesday two drones hit the Asad airbase in Anbar province, while another drone targeted a base in northern Iraq.",
])
def test_another_base_not_named_beside_a_named_one_is_its_own_country_level_attack(text):
    assert sorted(c["place_id"] for c in _events(text, date(2023, 10, 18))) == ["ain-al-asad", "iraq"]


def test_a_lede_at_country_level_still_joins_the_named_attack():
    text = "A drone attack targeted a base in Iraq on Wednesday. Two drones hit the Ain al-Asad airbase on Wednesday, an official said."
    assert [c["place_id"] for c in _events(text, date(2023, 10, 18))] == ["ain-al-asad"]


def test_a_base_attack_first_dated_by_a_statement_still_joins_the_lede_that_gives_its_day():
    text = ("At least four service members were injured in an attack Saturday on an air base in central Iraq, the spokesman said Tuesday.\n\n"
            "The new figure doubles the number of injuries that defense officials disclosed Monday, following the rocket and ballistic "
            "missile attack on al-Asad air base by Iran-backed militants. The spokesman said the troops hurt in the Saturday attack had "
            "returned to duty.\n\nAt least one Iraqi soldier was also hurt in the attack, officials said. Several rockets and missiles were "
            "fired at the base, which is about 100 miles west of Baghdad. Most of them were intercepted.")
    assert [(c["event_date"], c["place_id"]) for c in _events(text, date(2024, 1, 23))] == [("2024-01-20", "ain-al-asad")]


def test_what_an_aircraft_has_done_told_aside_does_not_make_its_strike_a_summary():
    text = ("On Nov. 29, A-10 attack aircraft, which have been repeatedly deployed to the region since spring 2023, struck militants "
            "getting ready to launch rockets in eastern Syria, the spokesman said.")
    assert [(c["event_date"], c["sub_event_type"]) for c in _events(text, date(2024, 12, 4))] == [("2024-11-29", "Air/drone strike")]
    assert _events("Militias have repeatedly attacked US forces in eastern Syria, the spokesman said on Friday.", date(2024, 12, 4)) == []


def test_the_attack_said_to_answer_another_front_tells_no_new_event():
    text = ("On January 20, Iran-backed militias fired ballistic missiles at the Ain al-Asad airbase. The attack appeared to be a response "
            "to Israel's strikes, earlier that day, in Syria that killed five Revolutionary Guard officers.")
    got = [(c["place_id"], c["actor1"]) for c in _events(text, date(2024, 1, 25)) if c["sub_event_type"] != "Air/drone strike"]
    assert got == [("ain-al-asad", "Iran-backed militias (unidentified)")]


def test_jurf_al_sakhar_spelled_as_sakr_is_found():
    assert [c["place_id"] for c in _events("US jets bombed Jurf As-Sakr on Tuesday.", date(2024, 1, 24))] == ["jurf-al-sakhar"]


def test_attacks_a_strike_answered_over_the_last_24_hours_are_one_country_level_attack_that_day():
    text = ("U.S. forces on Monday conducted nine strikes on Iranian proxy targets in Syria, in response to several attacks on U.S. "
            "personnel in Syria over the last 24 hours, Central Command said.")
    got = sorted((c["event_date"], c["place_id"], c["actor1"]) for c in _events(text, date(2024, 11, 19)))
    assert got == [("2024-11-18", "syria", "Unidentified armed group"), ("2024-11-18", "syria", "United States")]
    # a day's tally in hours, answered by nothing, is still a count
    text = "US bases in Iraq have been attacked four times in the past 24 hours, two of which targeted Al-Asad airport, on Friday."
    assert _events(text, date(2023, 10, 20)) == []


def test_a_dateline_after_a_page_date_stamp_is_still_no_place_of_the_event():
    text = (" date 2024-04-20 BAGHDAD (AP) — Iraqi officials say they are investigating an explosion that struck a base of the "
            "Popular Mobilization Forces overnight, killing one person.")
    assert [c["place_id"] for c in _events(screen("a.txt", text), date(2024, 4, 20))] == ["iraq"]


def test_a_year_inside_a_dashed_aside_does_not_date_the_report():
    text = ("An explosion struck a base of the Popular Mobilization Forces overnight, killing one person. Militia officials described "
            "the explosion at the Kalsu military base – a former US base that was handed over to the Iraqi army in 2011 – as an airstrike.")
    got = [(c["event_date"], c["place_id"], c["background"]) for c in _events(text, date(2024, 4, 20))]
    assert got == [("2024-04-20", "kalsu-base", False)]


def test_what_a_raid_comes_just_under_a_week_after_is_no_news_of_its_day():
    text = ("A joint operation by American and Iraqi forces killed 15 members of the Islamic State group in western Iraq, US Central "
            "Command said Friday. Thursday's raid also comes just under a week after U.S. forces killed a senior leader of an "
            "al-Qaida-affiliated militant group in Syria.")
    assert [c["place_id"] for c in _events(text, date(2024, 8, 30)) if not c["background"]] == ["iraq"]


@pytest.mark.parametrize("text, kind", [
    ("Another strike in the southern province of Wasit on Monday wounded four people.", "Air/drone strike"),
    ("The second strike hit Wasit province on Monday.", "Air/drone strike"),
    ("Another strike hit the US base at Ain al-Asad on Monday.", "Shelling/artillery/missile attack"),
])
def test_another_strike_of_a_round_is_a_strike_unless_it_hit_us_forces(text, kind):
    assert [c["sub_event_type"] for c in _events(text, date(2023, 12, 26))] == [kind]


def test_a_strike_whose_sentence_goes_on_to_the_attack_it_came_after_is_in_that_attacks_country():
    text = ("A U.S. AC-130J Ghostrider attacked an Iran-backed militant group after the group used a ballistic missile to attack "
            "U.S. and coalition forces on Al-Asad Airbase, Iraq, on Monday, the deputy Pentagon press secretary said.")
    got = sorted((c["place_id"], c["sub_event_type"]) for c in _events(text, date(2023, 11, 22)))
    assert got == [("ain-al-asad", "Shelling/artillery/missile attack"), ("iraq", "Air/drone strike")]


def test_what_struck_sites_were_used_for_does_not_make_the_strike_a_summary():
    text = ("A defense official said on Wednesday that the facilities targeted by the U.S. military, near Al Anbar and Jurf al Saqr, "
            "were used by Kataib Hezbollah to support recent attacks on U.S. and coalition bases in Iraq and Syria.")
    assert sorted(c["place_id"] for c in _events(text, date(2023, 11, 22))) == ["anbar", "jurf-al-sakhar"]


def test_a_us_or_israeli_strike_that_names_no_gun_is_from_the_air():
    text = ("Iran said on Saturday that five of its Revolutionary Guards were killed in a missile strike on a house in Damascus for "
            "which it blamed Israel.")
    assert [(c["actor1"], c["sub_event_type"]) for c in _events(text, date(2024, 1, 20))] == [("Israel", "Air/drone strike")]


@pytest.mark.parametrize("text", [
    "On Monday, U.S. forces retaliated by firing artillery shells at the launch site near Deir ez-Zor.",
    "On Monday US forces fired rockets at the launch site near Deir ez-Zor.",
])
def test_us_forces_that_fire_guns_are_the_attacker_of_a_shelling(text):
    assert [(c["actor1"], c["sub_event_type"]) for c in _events(text, date(2024, 1, 20))] == [
        ("United States", "Shelling/artillery/missile attack")]
    assert [c["actor1"] for c in _events("On Monday militants fired rockets at US forces near Deir ez-Zor.", date(2024, 1, 20))] == [
        "Unidentified armed group"]


def test_strikes_a_president_ordered_carried_out_after_an_attack_are_reported_in_its_country():
    text = ("Joe Biden ordered the US military to carry out retaliatory airstrikes against Iranian-backed militia groups after three "
            "US service members were injured in a drone attack in northern Iraq on Monday.")
    got = sorted((c["actor1"] == "United States", c["place_id"]) for c in _events(text, date(2023, 12, 26)))
    assert got == [(False, "iraq"), (True, "iraq")]


def test_the_attack_named_again_days_later_without_a_day_is_the_attack_told_before():
    text = ("On Thursday, a Pentagon spokeswoman said an Iranian-backed militia was behind Monday's attack on Ain al-Asad air base, "
            "which wounded several Americans.\n\nShe said relations with Baghdad were good, and the attack on the airbase had not "
            "changed that.")
    assert [(c["event_date"], c["place_id"]) for c in _events(text, date(2024, 8, 8))] == [("2024-08-05", "ain-al-asad")]


def test_an_attack_on_a_town_base_said_a_day_later_joins_the_one_told_on_its_day():
    text = ("On Monday, the Iraqi military said that a military base hosting coalition forces near the airport of Erbil had been "
            "attacked by a drone. The United States carried out strikes against three targets of Kataib Hezbollah in Iraq in "
            "response to a drone attack on Erbil Air Base, the Department of Defense said on Tuesday.")
    got = sorted((c["place_id"], c["event_date"]) for c in _events(text, date(2023, 12, 26)) if c["actor2"] == "United States")
    assert got == [("erbil-air-base", "2023-12-25")]


def test_a_town_that_owns_the_district_struck_and_a_capital_named_for_its_government_are_not_places():
    text = ("Late on December 30, a headquarters of the Peshmerga forces, located at Erbil's Pirmam district, faced an assault by "
            "two explosive drones.")
    assert [c["location"] for c in _events(text, date(2023, 12, 31))] == ["Pirmam"]
    text = ("Two drone strikes targeted a Peshmerga base in Erbil province on Sunday. Kurdish authorities accused the central "
            "government in Baghdad of financing the perpetrators of the assault.")
    assert [c["place_id"] for c in _events(text, date(2023, 12, 31))] == ["erbil-governorate"]


def test_a_governments_condemnation_deep_in_a_strike_story_is_no_event_but_one_in_its_lede_is():
    strike = "A US drone strike on a car in Baghdad on Thursday killed a commander of the Nujaba movement and his aide, officials said."
    body = " ".join(f"Witnesses described the scene in detail, part {i}." for i in range(6))
    late = f"{strike} {body} The Iraqi government condemned the strike on Thursday as an attack on Iraqi sovereignty."
    early = f"{strike} The Iraqi government condemned the strike on Thursday as an attack on Iraqi sovereignty. {body}"
    assert [c["sub_event_type"] for c in _events(late, date(2024, 1, 5))] == ["Air/drone strike"]
    assert sorted(c["sub_event_type"] for c in _events(early, date(2024, 1, 5))) == ["Air/drone strike", "Other"]


def test_a_group_of_another_front_does_not_sign_an_attack_on_a_base_in_syria():
    text = ("On Friday, the American base of Al-Shaddadi in Hasakah province was subjected to rocket fire. A group calling itself "
            "the Iraqi branch of Hamas said it was responsible.")
    got = [c["actor1"] for c in _events(text, date(2023, 10, 27)) if c["place_id"] == "al-shaddadi-base"]
    assert got == ["Unidentified armed group"]


def test_a_us_base_in_a_town_is_never_the_syrian_armys_airport_there():
    # the town holds no US base: its province does
    text = "On Thursday, Iranian militias used suicide drones to attack a U.S. base in Deir ez-Zor."
    assert [c["place_id"] for c in _events(text, date(2024, 8, 30))] == ["deir-ez-zor-governorate"]
    assert [c["place_id"] for c in _events("Drones attacked a US base in Hasakah on Thursday.", date(2024, 8, 30))] == ["hasakah-governorate"]
    assert [c["place_id"] for c in _events("On Thursday, drones targeted a US base in al-Shaddadi.", date(2024, 8, 30))] == [
        "al-shaddadi-base"]


def test_a_drone_only_seen_is_no_attack_unless_it_did_harm():
    assert _events("Media reports on Sunday said a drone was detected flying over Lake Tiberias.", date(2024, 9, 23)) == []
    text = "On Sunday a drone was spotted over the Ain al-Asad base before it exploded, wounding two soldiers."
    assert [c["place_id"] for c in _events(text, date(2024, 9, 23))] == ["ain-al-asad"]


def test_a_claim_to_have_fired_at_a_named_base_for_the_third_time_is_that_attack():
    text = "The group also claimed to have fired missiles at the Koniko base housing US forces in Syria, for the third time."
    assert [c["place_id"] for c in _events(text, date(2024, 1, 24))] == ["conoco-gas-field"]
    assert _events("Houthi rebels have fired missiles at ships many times.", date(2024, 1, 24)) == []


def test_a_title_case_dateline_with_a_colon_is_no_place_of_the_event():
    text = "Tel Aviv: Israeli forces conducted another ground raid in Gaza on Friday, the army said."
    assert all(c["place_id"] != "geonames:293397" for c in _events(text, date(2023, 10, 27)))


def test_the_iraqi_groups_attack_in_the_jordan_valley_is_news_not_another_fronts_setting():
    text = ("The Islamic Resistance in Iraq announced on Monday that it carried out a drone strike on a target in the Jordan Valley. "
            "Israeli strikes on Beirut killed three people on Sunday.")
    got = {c["place_id"]: c["background"] for c in _events(text, date(2024, 9, 17))}
    assert got.get("jordan-valley") is False


def test_a_base_in_a_province_told_by_its_town_in_the_next_sentence_is_placed_there():
    text = ("On Tuesday, a missile attack targeted a US military base located in the Al-Hasakah governorate in northeastern Syria.\n\n"
            "The base, situated in the town of Al-Shaddadi, reportedly did not result in any casualties.")
    assert [c["place_id"] for c in _events(text, date(2023, 12, 27))] == ["al-shaddadi-base"]


def test_the_us_aggression_that_killed_a_fighter_is_a_us_strike_and_israels_on_gaza_is_none():
    text = "On Wednesday, the US aggression led to the martyrdom of a member of the PMF in al-Qaim."
    assert [(c["place_id"], c["actor1"]) for c in _events(text, date(2024, 1, 25))] == [("al-qaim", "United States")]
    assert _events("Israel's aggression on Gaza continued on Wednesday.", date(2024, 1, 25)) == []


def test_a_site_in_the_north_of_israel_is_in_israel():
    text = "On Thursday, the Islamic Resistance in Iraq said it had launched a drone attack on a vital site in the north of Israel."
    assert [c["place_id"] for c in _events(text, date(2024, 10, 10))] == ["israel"]


def test_an_attack_told_as_a_participle_after_a_comma_is_the_report():
    text = "On October 19, the group took the fight to U.S. troops in Syria, attacking a base in the Conoco gas field."
    assert [(c["place_id"], c["actor2"], c["event_date"]) for c in _events(text, date(2023, 10, 20))] == [
        ("conoco-gas-field", "United States", "2023-10-19")]
    # a group described as attacking US forces is not told to have attacked anything that day
    assert _events("Iraqi militias attacking US forces have been blamed by Washington.", date(2023, 10, 20)) == []



def test_a_us_base_that_was_struck_is_an_attack_on_us_forces_not_a_us_strike():
    text = "The American military base in al-Shaddadi town, south of Hasakah, was struck on Monday."
    assert [(c["place_id"], c["actor2"]) for c in _events(text, date(2024, 1, 1))] == [("al-shaddadi-base", "United States")]
    # positions near the base are not the base: struck by the United States, as before
    text = "Kataib Hezbollah positions near the US base were struck on Monday."
    assert [(c["actor1"], c["actor2"]) for c in _events(text, date(2024, 1, 1))] == [("United States", "Kata'ib Hezbollah")]


def test_the_group_us_troops_train_forces_against_is_not_the_attacked():
    text = ("The al-Tanf garrison in southeastern Syria, where U.S. troops have maintained a presence to train forces against "
            "the Islamic State group, was attacked on Thursday.")
    assert [(c["place_id"], c["actor2"]) for c in _events(text, date(2023, 10, 20))] == [("al-tanf", "United States")]


def test_weapons_the_military_struck_are_what_was_struck_not_an_attack():
    from geo.ingest.recognise import triggers
    s = "Ryder told reporters that the military struck three truck-mounted rocket launchers, a T-64 tank and mortars near the base."
    assert [(t.kind, t.text) for t in triggers(s)] == [("strike", "struck")]
    # a weapon fired, after the list of what was struck, is still an attack
    s = "US forces struck the militia that had fired rockets at the base."
    assert [t.kind for t in triggers(s)] == ["strike", "attack"]


def test_a_strike_that_occurred_after_an_attack_tells_both():
    from geo.ingest.recognise import triggers
    s = "The self-defense strike occurred after rocket launchers fired rockets near the base and mortars were fired toward U.S. forces."
    assert [t.kind for t in triggers(s)] == ["strike", "attack"]


def test_a_dateline_whose_agency_was_cut_is_still_a_dateline():
    from geo.ingest.context import datelines
    t = "Baghdad, May 4 A Shia militia in Iraq has claimed responsibility for an attack on a vital site in Israel."
    assert [t[a:b] for a, b in datelines(t)] == ["Baghdad"]


def test_what_an_anniversary_marks_is_history_not_a_report():
    text = ("He spoke at a ceremony in Baghdad to mark the fourth anniversary of the U.S. killing of Qassem Soleimani "
            "in a drone strike near Baghdad airport.")
    assert _events(text, date(2024, 1, 5)) == []


def test_jordans_news_agency_petra_is_no_place():
    text = ("Jordanian teams found drone parts in an uninhabited area in Irbid on Monday. An investigation is under way to "
            "determine the origin of the drone, according to the Jordan News Agency, Petra.")
    assert "geonames:246008" not in {c["place_id"] for c in _events(text, date(2024, 3, 12))}


@pytest.mark.parametrize("s", [
    "President Joe Biden was briefed immediately following the Christmas Day drone attack and directed the retaliatory strikes.",
    "Biden directed the retaliatory strikes following the Christmas Day drone attack.",
])
def test_a_strike_and_the_attack_it_followed_are_both_reports(s):
    from geo.ingest.recognise import triggers
    assert sorted(t.kind for t in triggers(s)) == ["attack", "strike"]


def test_israels_strike_on_the_group_responsible_for_an_attack_is_its_own_report_at_its_own_place():
    text = ("The Israel Defense Forces struck assets in Syria overnight on Thursday that belong to the group responsible for "
            "launching a drone at a school in Eilat the previous day.")
    got = sorted((c["actor1"], c["place_id"]) for c in _events(text, date(2023, 11, 10)))
    assert got == [("Israel", "syria"), ("Unidentified armed group", "eilat")]


def test_an_operation_launched_against_a_us_base_is_an_attack_on_it():
    text = "On Sunday evening, Iraqi resistance fighters launched an operation against a US military base near Erbil International Airport."
    assert [(c["place_id"], c["actor2"], c["event_date"]) for c in _events(text, date(2024, 1, 1))] == [
        ("erbil-air-base", "United States", "2023-12-31")]


@pytest.mark.parametrize("s, want", [
    ("“We consider that this is a dangerous escalation and an attack against Iraq,” said the note.", []),
    ("The government described the raid as a flagrant assault on Iraqi sovereignty.", []),
    ("US personnel suffered minor injuries in an attack on Iraq's Ain al-Asad air base.", ["attack"]),
])
def test_an_attack_on_a_state_is_what_a_strike_was_called_not_a_report(s, want):
    from geo.ingest.recognise import triggers
    assert [t.kind for t in triggers(s)] == want


def test_the_incident_occurring_on_a_day_dates_the_report_before_and_history_stays_apart():
    text = ("Iraq's military condemned attacks on its bases. This declaration came in the wake of an attack on Ain al-Asad "
            "air base, used by U.S. forces since 2003.\n\nThe incident, occurring on August 5, reportedly injured five U.S. personnel.\n\n"
            "The attack on Ain al-Asad is not unprecedented. In January 2020, Iran launched missiles at the base.")
    got = {(c["event_date"], bool(c["background"])) for c in _events(text, date(2024, 8, 6)) if c["place_id"] == "ain-al-asad"}
    assert ("2024-08-05", False) in got and not any(d.startswith("2020") and not bg for d, bg in got)


def test_attacks_counted_place_by_place_leave_no_country_level_remainder():
    text = ("The militia said that on Thursday noon its fighters launched three attacks with cruise missiles on two vital sites "
            "in Tel Aviv and one in Be'er Sheva in southern Israel.")
    assert "israel" not in {c["place_id"] for c in _events(text, date(2024, 5, 3))}


def test_a_region_named_after_its_town_is_the_province_that_says_where_a_site_is():
    text = "A drone attacked the Ain Sifni oilfield in the Dohuk region on Tuesday."
    assert len(_events(text, date(2025, 7, 17))) == 1
    text = "The United States carried out airstrikes targeting Iranian forces in the Deir Ezzor region of eastern Syria."
    assert [c["place_id"] for c in _events(text, date(2023, 11, 16))] == ["deir-ez-zor-governorate"]


def test_a_capital_that_reserves_the_right_to_respond_is_a_government_not_a_place():
    text = ("On Sunday two drones targeted a Peshmerga base in Pirmam. Erbil reserves the right to respond to these attacks "
            "at the appropriate time, the statement said.")
    assert "erbil" not in {c["place_id"] for c in _events(text, date(2023, 12, 31))}


def test_earlier_today_inside_a_quotation_split_into_clauses_is_the_speakers_day():
    text = ("Three U.S. service members were injured on Christmas Day when Kataib Hezbollah attacked Erbil Air Base.\n\n"
            "“These precision strikes are a response to a series of attacks against U.S. personnel, including an attack by "
            "Kataib Hezbollah on Erbil Air Base earlier today,” Austin said in a press release.")
    got = [c for c in _events(text, date(2023, 12, 26)) if c["place_id"] == "erbil-air-base"]
    assert [c["event_date"] for c in got] == ["2023-12-25"]


def test_the_group_that_attacked_in_a_when_clause_is_the_attacker_not_the_attacked():
    text = "Three U.S. service members were injured on Christmas Day when Kataib Hezbollah attacked Erbil Air Base."
    assert [(c["actor1"], c["actor2"]) for c in _events(text, date(2023, 12, 26))] == [("Kata'ib Hezbollah", "United States")]


def test_the_year_a_coalition_was_formed_does_not_date_the_report():
    text = ("Responsibility for the strike near Albu Kamal on Friday was not claimed, but a spokesperson for the US-led coalition "
            "formed in 2014 to fight the Islamic State told AFP that neither the coalition nor US forces carried out the strike.")
    assert {c["event_date"] for c in _events(text, date(2024, 6, 22))} == {"2024-06-21"}


def test_the_strike_named_again_after_an_attack_is_that_attack_not_a_us_strike():
    text = ("A drone hit the Khurmala oil field near Irbil airport, which hosts US troops, on Monday. The ministry said the Sarsang "
            "oil field in Duhok province was hit on Tuesday, calling the strike an act of terrorism against the region's economy.")
    assert {c["actor1"] for c in _events(text, date(2025, 7, 15))} == {"Unidentified armed group"}


def test_an_article_with_no_publication_date_still_merges_its_undated_lede():
    from geo.ingest.merge import same_event
    lede = {"event_type": "Explosions/Remote violence", "place_id": "ain-al-asad", "event_date": None, "country": "IQ", "_kind": "attack",
            "geo_precision": 1, "background": False, "sources": [{"file": "a.txt"}]}
    old = lede | {"event_date": "2020-01-08", "background": True}
    assert same_event(lede, old, within_article=True)  # nothing says how old the report is
    dated = [s | {"published": "2024-08-06"} for s in lede["sources"]]
    assert not same_event(lede | {"sources": dated}, old | {"sources": dated}, within_article=True)


def test_a_country_that_says_where_a_militia_is_is_not_where_it_attacked():
    text = "A Shia militia in Iraq has claimed responsibility for an attack on a vital site in Israel on Friday."
    assert [c["place_id"] for c in _events(text, date(2024, 5, 4))] == ["israel"]


def test_a_state_that_struck_on_a_named_day_is_the_striker():
    text = "Israel on Friday launched unprecedented strikes on Iran, hitting military and nuclear sites."
    assert [c["actor1"] for c in _events(text, date(2025, 6, 15))] == ["Israel"]


def test_a_group_that_brought_down_a_reaper_over_a_province_is_the_interception_there():
    text = ('The Islamic Resistance in Iraq said it had brought down the "MQ-9 Reaper" drone over the Diyala Province on Friday, '
            "saying the aircraft had entered the country's airspace after taking off from neighboring Kuwait's Ali Al Salem Airbase.")
    got = [(c["sub_event_type"], c["place_id"], c["actor1"], c["actor2"]) for c in _events(text, date(2024, 1, 20))]
    assert got == [("Disrupted weapons use", "diyala", "Islamic Resistance in Iraq", "United States")]
    # what the weapon is, told as a description, is no attack
    assert _events("The US military describes the MQ-9 as the first hunter-killer UAV designed for long-endurance surveillance.",
                   date(2024, 1, 20)) == []


def test_a_company_that_halted_operations_is_no_change_of_an_armed_groups_course():
    text = ("The British Embassy in Baghdad on Friday condemned a recent wave of drone attacks in the Kurdistan Region, including "
            "strikes on energy infrastructure. Gulf Keystone Petroleum, which operates the Shekhan field in southern Duhok, also "
            "halted operations as a precautionary measure.")
    assert "Change to group/activity" not in {c["sub_event_type"] for c in _events(text, date(2025, 7, 18))}


def test_a_strike_in_a_countrys_own_quarter_is_in_that_country():
    text = "Five Iran-backed fighters were killed on Sunday in a drone strike in Syria's east, near the Iraqi border."
    assert [c["place_id"] for c in _events(text, date(2024, 8, 11))] == ["syria"]
    # a country that owns a named place still gives way to it
    assert [c["place_id"] for c in _events("Drones struck Syria's Deir ez-Zor on Sunday.", date(2024, 8, 11))] == ["deir-ez-zor"]


def test_two_towns_airports_named_together_are_each_towns_airport():
    text = "The security services said Thursday they shot down two hostile drones that attempted to strike Irbil and Kirkuk airports."
    assert sorted(c["place_id"] for c in _events(text, date(2025, 7, 3))) == ["erbil-air-base", "kirkuk-airport"]


def test_the_other_that_struck_is_the_projectile_told_before_not_a_strike():
    from geo.ingest.recognise import triggers
    assert [t.kind for t in triggers("The other struck a home in the Al-Orouba neighborhood in Kirkuk province, the source added.")] == [
        "attack"]
    assert [t.kind for t in triggers("US jets struck the depot.")] == ["strike"]
