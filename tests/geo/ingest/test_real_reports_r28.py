"""Ingest on reports met in real reporting in round twenty-eight (each case paraphrases a class of
error found in a development article)."""

from __future__ import annotations

from datetime import date

from geo.ingest import Article, ingest_articles

from .one_article import events as _events


def test_weapons_captured_or_seized_unfired_are_disrupted_weapons_use():
    # "captured", "seizes" and "the capture of" a launcher are finds, like "seized nine rockets"
    for text in ("Iraqi forces captured a pickup truck fitted with a rocket launcher near Haditha on Monday.",
                 "Iraq's army condemned the attack and reported the capture of a vehicle carrying a rocket launcher near Haditha "
                 "on August 6."):
        got = [(c["sub_event_type"], c["place_id"]) for c in _events(text, date(2024, 8, 7))]
        assert ("Disrupted weapons use", "haditha") in got or ("Disrupted weapons use", "geonames:96309") in got, (text, got)


def test_a_find_is_dated_by_the_day_written_before_it_not_by_the_day_it_was_praised():
    text = ("On Friday the U.S. military thanked Iraqi police for their Jan. 3 discovery of an Iranian-designed cruise missile "
            "meant for American troops in Iraq.")
    [c] = _events(text, date(2024, 1, 5))
    assert (c["sub_event_type"], c["event_date"]) == ("Disrupted weapons use", "2024-01-03")
    # the day the praise was given still dates a praise with no day of the find
    text = "On Friday the U.S. military thanked Iraqi police for the discovery of a cruise missile meant for American troops in Iraq."
    assert [c["event_date"] for c in _events(text, date(2024, 1, 5))] == ["2024-01-05"]


def test_rockets_seized_near_an_airport_are_not_the_drone_shot_down_there():
    text = ("A drone was shot down on the evening of March 3 near Baghdad International Airport, the Iraqi government's security media cell said. "
            "Hours earlier, security forces said they had seized nine rockets and a launch pad set up to target the airport.")
    got = [c for c in _events(text, date(2026, 3, 4)) if c["place_id"] == "baghdad-airport"]
    assert [c["sub_event_type"] for c in got] == ["Disrupted weapons use", "Disrupted weapons use"]
    assert sorted(any(w in c["notes"] for w in ("seized",)) for c in got) == [False, True]


def test_a_claim_of_attacks_on_unnamed_sites_in_one_part_of_a_country_is_one_event():
    text = ("The Islamic Resistance in Iraq on Sunday claimed two drone attacks on sites in southern Israel. Its fighters "
            "launched separate drone attacks, one on a \"vital site\" and the other on a \"military site\" in southern Israel.")
    got = _events(text, date(2024, 11, 25))
    assert [(c["place_id"], c["event_date"]) for c in got] == [("israel", "2024-11-24")]
    # two parts of the country, told as two lots of the claim, stay two events
    text = ("The Islamic Resistance in Iraq on Monday claimed six drone attacks on Israeli targets. Its fighters launched four "
            "drone attacks on sites in northern Israel, and two more on other locations in southern Israel.")
    got = _events(text, date(2024, 11, 11))
    assert len([c for c in got if c["place_id"] == "israel"]) >= 2


def test_a_round_that_counts_more_sites_than_the_article_names_records_the_rest_at_the_country():
    text = ("American warplanes struck the headquarters of the Popular Mobilization Forces in Hilla on Tuesday, security sources "
            "said. The White House said the president had \"directed strikes against three locations utilized by Kataib "
            "Hezbollah and affiliated groups.\"")
    got = sorted(c["place_id"] for c in _events(text, date(2023, 12, 26)))
    assert got[-1] == "iraq" and len(got) == 2, got
    # as many sites named as counted: nothing is left to record at the country
    text = ("American warplanes struck sites in Hilla and in Jurf al-Sakhar on Tuesday, security sources said. The White House "
            "said the president had \"directed strikes against two locations utilized by Kataib Hezbollah.\"")
    assert "iraq" not in [c["place_id"] for c in _events(text, date(2023, 12, 26))]


def test_a_region_of_one_country_is_not_a_province_of_another_spelled_like_it():
    # "the Arava region" of Israel read as "Arava province" reached Syria's Daraa by a loose spelling
    [c] = _events("The Israeli Air Force intercepted a drone as it entered Israeli airspace over the Arava region from the east.",
                  date(2024, 11, 5))
    assert (c["place_id"], c["country"]) == ("arava", "IL")
    # a province written loosely is still the province
    [c] = _events("Rockets hit a base in the Deir Ezzor region on Monday.", date(2024, 11, 5))
    assert c["place_id"] == "deir-ez-zor-governorate"


def test_a_person_who_shares_a_villages_name_is_not_a_place():
    # "Rami Abdel Rahman" (a village in Iran), "Sharafat added" (one in Iran), "Omar (a pseudonym)" (Omer in Israel)
    text = ("Five pro-Iran fighters were killed in US strikes in Syria on Friday, said Rami Abdel Rahman, head of the "
            "Observatory. Omar (a pseudonym) lost five relatives on Friday when a shell struck their home in al-Dahla.")
    got = {c["country"] for c in _events(text, date(2024, 2, 5))}
    assert got == {"SY"}, got
    # and the name a title gave a person stays the person's when the article writes it again
    text = ("Foreign Minister Gideon Sa'ar wrote to the Security Council on Tuesday. Sa'ar's letter said Kataib Hezbollah "
            "drones had killed two soldiers in the Golan Heights on October 3.")
    assert "geonames:293669" not in {c["place_id"] for c in _events(text, date(2024, 11, 19))}


def test_a_village_said_to_be_in_a_province_of_another_country_is_not_the_namesake():
    # "al-Sabha village in eastern Deir Ez-Zour governorate": not Sabha in Jordan (the governorate, in SNHR's spelling, until the
    # village was added)
    text = ("On August 9, 2024, an SDF artillery detachment stationed in al-Sabha village in eastern Deir Ez-Zour governorate "
            "fired shells at the town of Boulayl, killing a woman.")
    [c] = _events(text, date(2024, 8, 10))
    assert (c["place_id"], c["country"]) == ("al-sabha", "SY")  # the village itself, in the gazetteer since round forty


def test_a_dateline_with_the_day_first_and_the_year_is_no_place():
    text = ("Jerusalem, 2 April, 2024 (TPS) -- Israeli authorities confirmed that a drone launched by the Islamic Resistance in "
            "Iraq landed near Eilat on Tuesday.")
    assert "geonames:281184" not in {c["place_id"] for c in _events(text, date(2024, 4, 2))}
    # any outlet's credit after the town that opens the line, then a dash
    text = "Baghdad (IraqiNews.com) – Rockets struck a military base hosting paramilitaries in Babil on Saturday, killing one soldier."
    assert [c["place_id"] for c in _events(text, date(2024, 4, 23))] == ["babil"]


def test_an_agency_dateline_without_a_year_takes_the_year_the_page_prints_beside_it():
    # no --published: the dateline "Washington, Dec 3 (AFP)" next to "Dec 03, 2024" is 3 December 2024, not 2025
    text = ("US strike hits weapons in eastern Syria: Pentagon\nWashington, Dec 3 (AFP) Dec 03, 2024\nUS forces destroyed "
            "truck-mounted rocket launchers and a tank in eastern Syria on Tuesday, the Pentagon said.")
    [c] = ingest_articles([Article("a.txt", text, None)])
    assert c["event_date"] == "2024-12-03"


def test_a_page_date_stamp_dates_the_story_when_no_publication_date_is_given():
    # the forms outlets print their story's date in at the top of the page
    cases = [("Drone strikes hit Majnoon oil field in Basra 2026-03-16T17:20:51+00:00\n\nA drone hit the Majnoon oil field in "
              "Basra on Monday, a security source said.", "2026-03-16"),
             ("Iraqi militia claims attack on US forces in Syria\n\n05-11-2023\nRudaw\n\nERBIL, Kurdistan Region - The Islamic "
              "Resistance in Iraq claimed a drone attack on the Kharab al-Jir base on Sunday.", "2023-11-05"),
             ("By REUTERS\nUpdated: AUGUST 10, 2024 04:29\n\nA drone attacked US troops at the Rumalyn base in northeast Syria "
              "on Friday, a US official said.", "2024-08-09")]
    for text, day in cases:
        got = [c["event_date"] for c in ingest_articles([Article("a.txt", text, None)]) if c["kind"] == "event"]
        assert got == [day], (text[:40], got)


def test_the_reviews_misfires_of_the_find_rules():
    # "captured" in a recording's sense, or with a person as its object, is no find
    for text in ("Video captured the moment rockets struck the Victory base near Baghdad airport on Sunday.",
                 "Iraqi security forces said Tuesday they had captured three suspects who fired rockets at the US embassy in Baghdad."):
        assert "Disrupted weapons use" not in [c["sub_event_type"] for c in _events(text, date(2024, 2, 5))], text
    # a foiled attack and the launcher seized in foiling it are one event
    text = ("Iraqi security forces foiled a rocket attack on Ain al-Asad air base on Monday. They seized a launcher loaded with "
            "nine rockets aimed at the base.")
    assert len(_events(text, date(2024, 2, 5))) == 1
    # drones seized unfired are a find too; drone parts found after a crash are not
    [c] = _events("Iraqi counter-terrorism forces seized three explosive-laden drones prepared to attack Ain al-Asad on Monday.",
                  date(2024, 2, 5))
    assert c["sub_event_type"] == "Disrupted weapons use"


def test_the_reviews_misfires_of_the_round_remainder():
    # another side's round, or a round told separately, is not the remainder of the named strikes
    for text in ("US jets struck a Kataib Hezbollah site in al-Qaim on Friday. Israeli warplanes struck three Hezbollah sites on "
                 "Friday, the Israeli army said.",
                 "US forces struck a Kataib Hezbollah depot near Jurf al-Sakhar on Thursday. On Thursday, US and British jets also "
                 "struck 13 Houthi locations, the Pentagon said."):
        assert "iraq" not in [c["place_id"] for c in _events(text, date(2024, 2, 5))], text


def test_a_find_with_no_place_in_an_article_all_in_one_country_is_placed_there():
    text = ("A drone attacked the Harir air base in Erbil on Friday. The U.S. military on Friday also thanked Iraq's police for "
            "their Jan. 3 discovery of a land-based cruise missile aimed at American troops.")
    got = {(c["sub_event_type"], c["place_id"], c["event_date"]) for c in _events(text, date(2024, 1, 5))}
    assert ("Disrupted weapons use", "iraq", "2024-01-03") in got, got


def test_a_place_said_to_hold_something_is_still_where_the_strike_was():
    [c] = _events("US jets struck a warehouse in Mayadin said to be used by the IRGC on Friday.", date(2024, 2, 5))
    assert c["place_id"] == "al-mayadin"


def test_a_provincial_capital_named_beside_a_site_of_its_province_the_same_day_is_that_sites_attack():
    text = ("Two drones attacked the Harir air base on Sunday, the Kurdistan Region's counter-terrorism service said. A source "
            "said one drone fell in the vicinity of Erbil, with no reports of casualties.")
    assert [c["place_id"] for c in _events(text, date(2026, 3, 1))] == ["harir-air-base"]
    # strikes on the city itself and on a town of its province are two places struck
    text = "US warplanes struck positions in Deir ez-Zor city and near al-Mayadin on Wednesday, killing nine, the Observatory said."
    assert sorted(c["place_id"] for c in _events(text, date(2026, 3, 1))) == ["al-mayadin", "deir-ez-zor"]


def test_the_second_reviews_misfires():
    # two attacks in one province the same day, told as more or with their own harm, stay two
    for text in ("A drone hit the Harir air base on Sunday. Another drone hit a house in Erbil city on Sunday, wounding two civilians.",
                 "Gunmen attacked a police patrol in Kirkuk on Tuesday, killing one officer. Gunmen attacked an army post in Hawija "
                 "on Tuesday, killing two soldiers.",
                 "Drones attacked the Harir air base on Sunday night. Earlier on Sunday, a drone targeted the US consulate in Erbil."):
        assert len(_events(text, date(2026, 3, 3))) == 2, text
    # "seized on", "captured ... on their phones", "captured the team responsible for the drone attacks": no find
    for text in ("Kurdish opposition parties seized on the drone attack on the Khor Mor gas field on Friday to criticise the government.",
                 "Residents captured the drone attack on the Harir base on their phones on Friday.",
                 "Iraqi forces captured the team responsible for the drone attacks on Erbil airport on Monday."):
        assert "Disrupted weapons use" not in [c["sub_event_type"] for c in _events(text, date(2026, 3, 3))], text
    # seized drones destroyed by experts afterwards are one find
    assert len(_events("Security forces seized two drones in Makhmour on Monday. The drones were destroyed by explosives experts.",
                       date(2026, 3, 3))) == 1
    # a foreign shoot-down with no place is not placed in the article's country: it keeps its flag
    text = "Rockets hit the Ain al-Asad base on Friday. On Tuesday, a US warship shot down a drone fired by the Houthis."
    got = {c["place_id"]: c["flags"] for c in _events(text, date(2026, 3, 3))}
    assert "iraq" not in got and "no place in the report" in got.get(None, ["no place in the report"])
    # a town "said to belong to" someone is where the strike was
    [c] = _events("An Israeli strike hit a house in Nabatieh said to belong to a Hezbollah commander on Tuesday, killing two.",
                  date(2026, 3, 3))
    assert c["place_id"] is not None
