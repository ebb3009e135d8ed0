"""Ingest on reports met in real reporting in round twenty-four (each case paraphrases a class of
error found in a development article or a development set's quoted evidence): one place struck
many times in a night, strikes nobody owns up to, the embassy and the Green Zone, and towns
the gazetteer lacked."""

from __future__ import annotations

from datetime import date

from geo.ingest import Article, ingest_articles

from .one_article import events as _events


def test_one_place_struck_by_several_strikes_is_that_places_event():
    text = "The Jurf al-Nasr area was targeted by several air strikes overnight, resulting in the martyrdom of two people."
    [c] = _events(text, date(2026, 2, 28))
    assert (c["place_id"], c["sub_event_type"], c["fatalities"]) == ("jurf-al-sakhar", "Air/drone strike", 2)
    text = "Late Friday, Baghdad International Airport came under a series of attacks with drones and missiles."
    assert [c["place_id"] for c in _events(text, date(2026, 3, 7))] == ["baghdad-airport"]
    # told in the perfect, with a "since", it is still the base's record
    assert _events("Ain al-Asad has been targeted by several attacks since October.", date(2023, 12, 1)) == []


def test_an_air_strike_nobody_owns_up_to_is_unknown_aircrafts():
    [c] = _events("Air strikes hit Jurf al-Nasr on Saturday, killing two people.", date(2026, 3, 1))
    assert c["actor1"] == "Unidentified military forces"
    # a drone attack on a US base stays an attack by an unidentified group
    [c] = _events("A drone attacked Ain al-Asad air base on Saturday.", date(2026, 3, 1))
    assert (c["actor1"], c["actor2"]) == ("Unidentified armed group", "United States")


def test_a_base_close_to_a_place_is_there_but_sources_close_to_a_capital_are_not():
    text = "Rockets targeted a military base close to Baghdad's international airport on Thursday."
    assert [c["place_id"] for c in _events(text, date(2023, 11, 17))] == ["baghdad-airport"]
    text = "Sources close to Baghdad said on Thursday that rockets hit Ain al-Asad."
    assert [c["place_id"] for c in _events(text, date(2023, 11, 17))] == ["ain-al-asad"]


def test_the_united_states_embassy_is_a_place_and_the_green_zone_is_in_baghdad():
    text = "A strike on the United States Embassy in Baghdad on Saturday caused a fire and damage inside the compound."
    [c] = _events(text, date(2026, 3, 15))
    assert (c["place_id"], c["actor2"]) == ("us-embassy-baghdad", "United States") and c["actor1"] != "United States"
    text = "On Monday, a drone struck the Al-Rasheed hotel in the Green Zone."
    assert [c["place_id"] for c in _events(text, date(2026, 3, 17))] == ["al-rasheed-hotel"]  # a curated site since round 43
    text = "Baghdad's heavily fortified Green Zone housing the U.S. Embassy was targeted with several rockets on Friday."
    assert [c["place_id"] for c in _events(text, date(2023, 12, 9))] == ["us-embassy-baghdad"]


def test_degala_in_every_spelling_is_the_town_near_koya():
    for name in ("the town of Dekala", "the Digla subdistrict"):
        text = f"Drones struck the headquarters of an Iranian Kurdish opposition group in {name} on Wednesday."
        assert [c["place_id"] for c in _events(text, date(2026, 3, 5))] == ["degala"]


def test_strikes_are_the_uss_only_when_the_article_owns_one_up_to_it():
    text = ("Air strikes hit a Popular Mobilization Forces base at Jurf al-Sakhar on Saturday, killing two fighters. The strikes came "
            "hours after drones targeted the US embassy in Baghdad.")
    strike = next(c for c in _events(text, date(2026, 3, 1)) if c["place_id"] == "jurf-al-sakhar")
    assert (strike["actor1"], strike["actor2"]) == ("Unidentified military forces", "Popular Mobilization Forces")
    text = ("U.S. forces conducted strikes in western Iraq on Saturday, CENTCOM said. The strikes hit Kataib Hezbollah facilities at "
            "al-Qaim.")
    assert {c["actor1"] for c in _events(text, date(2024, 2, 3))} == {"United States"}


def test_a_states_missile_strike_is_its_air_strike():
    text = ("An Israeli missile strike hit the headquarters of the Popular Mobilization Forces in Jurf Al-Sakhar on Saturday, "
            "killing two members.")
    [c] = _events(text, date(2026, 2, 28))
    assert (c["actor1"], c["sub_event_type"], c["fatalities"]) == ("Israel", "Air/drone strike", 2)
    # the militias' missile strikes are their attack
    [c] = _events("Kataib Hezbollah launched missile strikes on Ain al-Asad on Saturday.", date(2024, 1, 21))
    assert (c["actor1"], c["sub_event_type"]) == ("Kata'ib Hezbollah", "Shelling/artillery/missile attack")


def test_a_governors_title_does_not_place_the_report():
    text = "Erbil Governor Omed Khoshnaw said the drone attack on Thursday took place in the Makhmour area."
    assert [c["place_id"] for c in _events(text, date(2026, 3, 13))] == ["makhmour"]


def test_turkeys_strikes_on_the_pkk_are_turkeys():
    text = "Türkiye carried out airstrikes targeting alleged PKK members in the Hakurk area of Erbil province on 12 May."
    [c] = _events(text, date(2024, 6, 1))
    assert (c["actor1"], c["place_id"]) == ("Turkey", "erbil-governorate")


def test_a_months_two_dozen_claims_are_a_count_not_an_event_per_city():
    text = ("The Islamic Resistance in Iraq claimed over two dozen drone and missile attacks on Israel, including the cities of "
            "Tel Aviv, Haifa and Eilat.")
    assert _events(text, date(2024, 6, 1)) == []


def test_what_an_attack_targeted_is_its_target_not_its_attacker():
    [c] = _events("Late Wednesday, an attack targeted a PMF headquarters in Kirkuk, killing one person.", date(2026, 3, 12))
    assert c["actor2"] == "Popular Mobilization Forces" and c["actor1"] != "Popular Mobilization Forces"


def test_a_dateline_of_two_cities_and_a_states_elite_force_as_subject():
    text = ("Dubai/Baghdad: Iran's elite Revolutionary Guards force has attacked what it said was Israel's spy headquarters near "
            "the US consulate in Erbil, northern Iraq.")
    [c] = _events(text, date(2024, 1, 16))
    assert (c["place_id"], c["actor1"]) == ("erbil", "Islamic Revolutionary Guard Corps")


def test_a_groups_record_and_what_came_before_are_not_reports():
    text = ("The State Department announced on Monday that HAAA, which has close ties to Iran, is responsible for multiple attacks "
            "on U.S. and coalition forces.")
    assert [c for c in _events(text, date(2024, 6, 18)) if c["event_type"] != "Strategic developments"] == []
    text = ("Previously, one-way attack drones were utilized against U.S. forces at bases near al-Shaddadi in northeastern Syria "
            "and al-Asad Air Base in Iraq.")
    assert _events(text, date(2023, 11, 9)) == []


def test_the_country_an_ambassador_is_sent_to_is_not_where_it_happened():
    text = ('The Foreign Ministry on Tuesday recalled the Iraqi ambassador to Iran for consultation against the backdrop of '
            '"Iranian bombardment" that targeted northern city of Irbil.')
    assert "iran" not in {c["place_id"] for c in _events(text, date(2024, 1, 16))}


def test_a_capital_called_on_to_act_is_not_where_it_happened():
    text = "Masrour Barzani condemned the drone attack on Thursday and called on Baghdad to hold the perpetrators accountable."
    assert _events(text, date(2025, 11, 28)) == []
    assert [c["kind"] for c in ingest_articles([Article("a.txt", text, date(2025, 11, 28))])] == ["unplaced"]


def test_an_embassy_that_condemns_is_not_where_the_attack_was():
    text = ("The United States Embassy in Baghdad on Thursday strongly condemned the terrorist attack on the Khor Mor gas field "
            "in Sulaimani.")
    assert [c["place_id"] for c in _events(text, date(2025, 11, 27))] == ["khor-mor-gas-field"]


def test_a_report_in_the_kurdistan_region_and_its_town_are_one():
    text = ("A drone strike in Iraq's Kurdistan region killed a member of an Iranian Kurdish group on Wednesday. A party official "
            "said the two-wave attack hit the Zrgwezala region near the city of Sulaimaniyah.")
    assert len(_events(text, date(2026, 3, 12))) == 1


def test_places_and_names_met_in_the_2025_reporting():
    text = "According to Kurdish counterterrorism forces, two drones hit the Peshkabir field on Wednesday."
    assert [c["place_id"] for c in _events(text, date(2025, 7, 16))] == ["peshkabir-oil-field"]
    text = "Another drone fell in the Radwaniya district, ten kilometres west of Baghdad International Airport, on Tuesday."
    assert [c["place_id"] for c in _events(text, date(2025, 6, 25))] == ["radwaniya"]
    [c] = _events("Iran launched missiles at a US military facility in Qatar on Monday.", date(2025, 6, 24))
    assert (c["place_id"], c["actor1"], c["actor2"]) == ("al-udeid-air-base", "Iran", "United States")
    text = "Following the drone attack, the Iranian-backed fighters launched missiles on the Kharab al-Jir base on Sunday."
    assert [c["actor1"] for c in _events(text, date(2024, 4, 22))] == ["Iran-backed militias (unidentified)"]


def test_the_toll_of_the_strikes_told_makes_them_news_and_an_answer_that_started():
    text = "Four people were killed and six wounded in the strikes on Iraqi Kurdistan, the region's security council said."
    assert [(c["place_id"], c["fatalities"]) for c in _events(text, date(2024, 1, 16))] == [("kurdistan-region", 4)]
    text = "Strikes were also carried out against the Islamic State terror group in Syria, the force said in a statement."
    assert [(c["place_id"], c["actor2"]) for c in _events(text, date(2024, 1, 16))] == [("syria", "Islamic State")]
    assert _events("Dozens of people were killed in strikes on Iraq and Syria since October.", date(2024, 1, 16)) == []
    text = "On February 2, the U.S. started striking back in Iraq and Syria."
    assert sorted((c["place_id"], c["actor1"]) for c in _events(text, date(2024, 2, 5))) == [
        ("iraq", "United States"), ("syria", "United States")]
    assert _events("The US could start striking back in Iraq.", date(2024, 2, 5)) == []


def test_an_attack_on_a_base_the_us_left_is_on_the_iraqi_forces_there():
    text = "A drone struck the radar at Camp Taji on Tuesday, US officials said."
    assert [c["actor2"] for c in _events(text, date(2025, 6, 24))] == ["Iraq"]
    text = "A drone targeted the communications centre of Imam Ali Air Base on Tuesday."
    assert [c["actor2"] for c in _events(text, date(2025, 6, 24))] == ["Iraq"]
    # US troops named there: the attack was on them
    text = "Rockets hit Camp Taji, where US troops are based, on Tuesday."
    assert [c["actor2"] for c in _events(text, date(2025, 6, 24))] == ["United States"]


def test_no_casualties_or_material_damage_is_no_harm():
    from geo.ingest.recognise import harm_done
    assert not harm_done('"A small drone was downed near the airport, with no casualties or material damage reported," the cell said.')
    assert harm_done("No casualties, but material damage was reported.")
    text = ("A drone was shot down on Tuesday near Baghdad International airport, Iraqi authorities said. \"A small drone was downed "
            "on the outskirts of Baghdad International Airport, with no casualties or material damage reported,\" the cell said.")
    assert [c["sub_event_type"] for c in _events(text, date(2026, 3, 4))] == ["Disrupted weapons use"]


def test_a_states_air_defence_that_engaged_a_drone_shot_it_down():
    text = "Early on Tuesday, Iraq's anti-aircraft defense engaged at least one drone near the key refinery of Baiji."
    assert [(c["sub_event_type"], c["actor1"]) for c in _events(text, date(2025, 7, 3))] == [("Disrupted weapons use", "Iraq")]
    # a country named as where it was downed is no shooter
    assert [c["actor1"] for c in _events("A drone was shot down in western Iraq on Tuesday.", date(2025, 7, 3))] == [""]


def test_earlier_in_the_day_counts_from_the_day_the_statement_told():
    text = ("At 8:45 p.m. (EST) on Dec. 25, U.S. forces conducted strikes on three facilities used by Kataib Hezbollah in Iraq. "
            "Earlier in the day, Kataib Hezbollah attacked coalition forces at Erbil Air Base, wounding three US service members.")
    got = {c["actor1"]: c["event_date"] for c in _events(text, date(2023, 12, 26))}
    assert got == {"United States": "2023-12-26", "Kata'ib Hezbollah": "2023-12-25"}


def test_gaza_is_the_wars_setting_not_a_place_of_the_campaigns_events():
    text = ("Since the Hamas attack on Israel and the ensuing military campaign in Gaza, Israel has found itself the target of "
            "missiles and drones fired by Iran-backed militias.")
    assert _events(text, date(2023, 12, 2)) == []


def test_the_same_words_read_twice_at_one_place_are_one_report():
    text = ("Rocket and drone attacks targeted the U.S. Embassy and a diplomatic facility in Baghdad, Iraq, on Tuesday. Rockets and "
            "an explosive drone were aimed at the U.S. Embassy compound in Baghdad, triggering sirens.")
    assert [(c["place_id"], c["event_date"]) for c in _events(text, date(2026, 3, 17))] == [("us-embassy-baghdad", "2026-03-17")]


def test_a_us_sanction_with_no_place_is_coded_at_the_named_groups_country():
    [c] = _events("The US Treasury on Friday imposed sanctions on six members of Kataib Hezbollah.", date(2023, 11, 24))
    assert (c["place_id"], c["actor1"], c["actor2"], c["geo_precision"]) == ("iraq", "United States", "Kata'ib Hezbollah", 3)


def test_a_dozen_people_killed_and_a_place_shelled_by_a_named_force_keep_their_readings():
    # "a dozen" counting people is no count of attacks
    [c] = _events("A dozen fighters died in US strikes on Friday near al-Qaim.", date(2024, 1, 20))
    assert (c["place_id"], c["actor1"]) == ("al-qaim", "United States")
    # who shelled, named after "shelled by", acted
    from geo.ingest.recognise import role_spans
    s = "The village was shelled by Turkish forces on Friday."
    assert role_spans(s, s.index("Turkish"), s.index(" on Friday")) == "by"
