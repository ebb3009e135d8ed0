"""Ingest on reports met in real reporting in round twenty-nine (each case paraphrases a class of
error found in a development article)."""

from __future__ import annotations

from datetime import date

from .one_article import events as _events


def test_a_while_clause_is_its_own_report_on_its_sentences_day():
    text = ("Airstrikes hit a Popular Mobilization Forces site in Jurf al-Sakhar on Tuesday, while a drone crashed in a rural "
            "area of Dibis district, security sources said.")
    got = sorted((c["place_id"], c["event_date"]) for c in _events(text, date(2026, 3, 4)))
    assert got == [("dibis", "2026-03-03"), ("jurf-al-sakhar", "2026-03-03")], got
    # "one drone was shot down": the clause is the interception, the strikes before it are their own report
    text = "Similar strikes hit the Khurmala field on Monday, while one drone was shot down near Erbil airport."
    got = sorted((c["place_id"], c["sub_event_type"], c["event_date"]) for c in _events(text, date(2025, 7, 16)))
    assert got == [("erbil-air-base", "Disrupted weapons use", "2025-07-14"),
                   ("khurmala-oil-field", "Air/drone strike", "2025-07-14")], got


def test_a_subdistrict_of_a_district_is_where_it_happened():
    text = "A drone fell on the outskirts of a village in the Sarkaran subdistrict of Dibis district on Tuesday."
    assert [c["place_id"] for c in _events(text, date(2026, 3, 4))] == ["dibis"]


def test_the_area_of_a_district_is_one_place_the_area():
    text = "An airstrike on Thursday hit a headquarters of the PMF's 19th Brigade in the Akashat area of al-Qaim district."
    assert [c["place_id"] for c in _events(text, date(2026, 3, 12))] == ["akashat"]


def test_another_attack_in_a_province_is_not_merged_into_the_fields_named_there():
    text = ("Two explosive-laden drones attacked the Peshkabir oil field at 6:00, and at 7:00 a drone struck the Tawke field in "
            "Zakho district, the counterterrorism service said on Wednesday. Another attack at 7:14 am targeted a US-run oil "
            "field in Dohuk province.")
    got = sorted(c["place_id"] for c in _events(text, date(2025, 7, 16)))
    assert got == ["duhok-governorate", "peshkabir-oil-field", "tawke-oil-field"], got


def test_a_village_name_at_the_end_of_a_longer_name_is_not_the_village():
    # "Qara" alone is a village in Syria; "Mala Qara" is a place near Makhmour the gazetteer does not hold
    text = "Two drones were involved in the attack on a base in Mala Qara, Makhmour, on Thursday."
    assert [c["place_id"] for c in _events(text, date(2026, 3, 13))] == ["makhmour"]
    # a longer name the gazetteer knows is read whole, not as the village its last words spell
    for text in ("US jets struck a weapons depot in Deir Az Zor on Monday.", "Deir Az Zor, Syria - US jets struck a weapons depot on Monday."):
        assert [c["place_id"] for c in _events(text, date(2024, 11, 13))] == ["deir-ez-zor"], text


def test_a_capitals_attack_is_the_attack_on_the_site_an_officials_statement_names():
    text = ("A Peshmerga military site in Erbil came under a drone attack on Sunday, the Ministry of Peshmerga Affairs said.\n\n"
            "In a statement, the ministry said a booby-trapped drone targeted the headquarters of the 11th Division in Degala.")
    got = [c["place_id"] for c in _events(text, date(2026, 3, 1))]
    assert got == ["degala"], got


def test_a_missile_ship_is_a_warship_not_a_missile_attack():
    text = ("\"A missile ship of the navy intercepted one UAV, and the fall of another UAV was identified in the Eilat area\", the "
            "army said on Wednesday, while first responders reported two minor injuries from the attack.")
    got = [c["sub_event_type"] for c in _events(text, date(2024, 9, 25))]
    assert "Shelling/artillery/missile attack" not in got and got, got


def test_bombings_in_a_province_are_strikes_there():
    text = ("The United States bombed a facility in Syria on Wednesday night. The Syrian Observatory for Human Rights reported that "
            "the bombings in the province of Deir Ezzor killed nine people.")
    got = [(c["place_id"], c["fatalities"]) for c in _events(text, date(2023, 11, 9))]
    assert got == [("deir-ez-zor-governorate", 9)], got


def test_the_earlier_attack_a_relative_clause_tells_is_at_the_place_it_follows():
    text = ("Earlier on Thursday, an explosive-packed drone fell near Kirkuk airport, which was struck on Monday by two rockets, "
            "a senior security official said.")
    got = sorted((c["event_date"], c["place_id"], c["sub_event_type"]) for c in _events(text, date(2025, 7, 3)))
    assert got == [("2025-06-30", "kirkuk-airport", "Shelling/artillery/missile attack"),
                   ("2025-07-03", "kirkuk-airport", "Air/drone strike")], got


def test_strikes_that_fell_on_a_province_are_that_rounds_strikes_there():
    text = "According to the TV channel, the American airstrikes fell on the districts of the province of Deir ez-Zor."
    assert [c["place_id"] for c in _events(text, date(2023, 10, 27))] == ["deir-ez-zor-governorate"]


def test_a_foreign_embassys_condemnation_is_not_the_host_governments():
    for text in ("ERBIL - The British Embassy in Baghdad on Friday condemned a recent wave of drone attacks in the Kurdistan Region.",
                 "The US Embassy in Iraq also denounced the attack."):
        assert [c["actor1"] for c in _events(text, date(2025, 7, 18)) if c["sub_event_type"] == "Other"] == [], text
    # the host government's own word is still its development
    got = [(c["sub_event_type"], c["actor1"]) for c in _events("Baghdad on Friday condemned the drone attacks.", date(2025, 7, 18))]
    assert ("Other", "Iraq") in got


def test_a_recent_raid_the_body_dates_is_that_raid_not_the_day_it_was_announced():
    text = ("ERBIL - The US army announced on Saturday that four suspected Islamic State leaders were killed in a recent joint raid "
            "with Iraqi security forces in western Iraq.\nThe joint raid took place in Anbar province on August 29.")
    got = [(c["event_date"], c["place_id"], c["background"]) for c in _events(text, date(2024, 9, 14))]
    assert got == [("2024-08-29", "anbar", False)], got


def test_the_attack_a_round_came_when_is_its_own_report():
    text = ("The latest of those strikes, which the Pentagon called the largest since the conflict began, came when rockets and "
            "missiles were fired at a U.S. air base in western Iraq on Saturday, injuring several American troops.")
    got = [(c["event_date"], c["place_id"]) for c in _events(text, date(2024, 1, 24))]
    assert ("2024-01-20", "ain-al-asad") in got, got


def test_review_the_rest_of_a_salvo_is_not_a_clause_of_its_own():
    # "destroyed two of the missiles, while one missile landed near the base": one attack, its type what got through
    text = "Air defences at Ain al-Asad shot down two drones on Tuesday, while a third crashed near the base."
    got = [(c["place_id"], c["sub_event_type"], c["actor2"]) for c in _events(text, date(2024, 1, 7))]
    assert got == [("ain-al-asad", "Air/drone strike", "United States")], got


def test_review_a_while_clause_takes_no_day_when_its_sentence_tells_two():
    text = "Rockets hit Ain al-Asad on Wednesday, the Pentagon said on Friday, while one rocket landed outside the base."
    assert [c["event_date"] for c in _events(text, date(2024, 1, 7))] == ["2024-01-03"]


def test_review_places_after_a_settlement_word_or_a_written_apart_article_are_kept():
    for text, place in (("Hezbollah fired anti-tank missiles at Kibbutz Yiftah on Friday, the IDF said.", "geonames:293186"),
                        ("Gunmen attacked a PMF post east of Al Daquq on Friday.", "geonames:90220")):
        assert [c["place_id"] for c in _events(text, date(2024, 1, 7))] == [place], text


def test_review_a_named_subdistrict_after_a_site_only_says_where_the_site_is():
    text = "A drone struck the Sarsang oil field on Friday in the Chamanke (Jamanki) subdistrict of Amedi district."
    assert [c["place_id"] for c in _events(text, date(2025, 7, 15))] == ["sarsing"]


def test_review_a_recap_of_the_second_attack_in_a_province_is_not_another_event():
    for text in ("Two drones hit the Khurmala oil field on Friday. It was the second attack on oil facilities in Erbil province in "
                 "two days.",
                 "A drone hit the Khurmala oil field on Friday. Another drone attack also targeted the field in Erbil province on Friday."):
        assert [c["place_id"] for c in _events(text, date(2024, 1, 7))] == ["khurmala-oil-field"], text


def test_review_bombings_announced_or_remembered_are_no_strike():
    for text in ("It also recently announced bombings of a target in Eilat on the Red Sea.",
                 "Residents of Mosul still remember the coalition bombings that destroyed the Old City."):
        assert _events(text, date(2024, 1, 7)) == [], text


def test_review_a_guided_missile_warship_that_fires_is_still_an_attack():
    text = "A guided-missile destroyer fired at a Houthi launch site near Hodeidah on Friday."
    assert [c["sub_event_type"] for c in _events(text, date(2024, 1, 7))] == ["Shelling/artillery/missile attack"]


def test_review_an_earlier_attack_told_in_the_capitals_sentence_stays_apart():
    text = ("Two drones struck Mount Korek in Erbil on Tuesday, a security source said.\n\nEarlier today, three explosions also hit "
            "Erbil following renewed attacks on the headquarters of the Kurdistan Democratic Party of Iran in Koya district.")
    got = sorted(c["place_id"] for c in _events(text, date(2026, 3, 3)))
    assert got == ["koya", "mount-korek"], got  # Mount Korek is a curated place since round 43


def test_the_logistics_center_at_baghdad_airport_is_the_diplomatic_support_center():
    text = "There were at least two waves of drones sent against the logistics center at the Baghdad airport on Friday."
    assert [c["place_id"] for c in _events(text, date(2026, 3, 21))] == ["baghdad-dsc"]


def test_the_day_a_commander_told_an_agency_is_the_day_he_spoke():
    text = ("Iran's Revolutionary Guards fired missiles at Erbil late on Monday, killing four civilians. IRGC air force commander "
            "Amir Ali Hajizadeh told Iran's semi-official Tasnim news agency on Tuesday that the missiles hit a spy base in Erbil.")
    assert [c["event_date"] for c in _events(text, date(2024, 1, 17))] == ["2024-01-15"]
