"""Ingest on reports met in real reporting in round twenty-seven (each case paraphrases a class of
error found in a development article)."""

from __future__ import annotations

from datetime import date

from geo.ingest import Article, ingest_articles

from .one_article import events as _events


def test_a_country_level_attack_days_before_the_days_news_is_recalled():
    # published on a Friday: the day's drone attack is the news, last Sunday's attacks "in Iraq" the record it follows
    text = ("A drone attacked US forces at al-Tanf garrison in Syria on Friday, causing no injuries, a US official said. "
            "Militants had fired rockets at US forces in Iraq on October 19, the official added.")
    got = {c["place_id"]: c["background"] for c in _events(text, date(2023, 10, 27))}
    assert got == {"al-tanf": False, "iraq": True}
    # a US strike round placed at a country, told five days on, stays news: coders code the round each time it is told
    text = ("A US drone strike killed a Kataib Hezbollah commander in Baghdad on Wednesday. The US had struck 85 targets in Iraq "
            "and Syria on February 2.")
    got = {c["place_id"]: c["background"] for c in _events(text, date(2024, 2, 7))}
    assert got["iraq"] is False and got["syria"] is False


def test_a_day_told_in_figures_as_the_groups_statements_give_it():
    # day first, month first, and both readable: the reading nearest the publication and not after it
    cases = [("The fighters of the Islamic Resistance in Iraq targeted this morning, Wednesday 27/3/2024, a military site in our "
              "occupied lands with drones.", "2024-03-27"),
             ("The Mujahideen of the Islamic Resistance in Iraq targeted on 03/26/2024 the Ovda air base with drones.", "2024-03-26"),
             ("The Islamic Resistance in Iraq said it targeted the Ovda air base with drones on 3/4/2024.", "2024-03-04")]
    for text, day in cases:
        assert [c["event_date"] for c in _events(text, date(2024, 3, 27))] == [day]


def test_a_statement_published_on_a_channel_on_a_day_dates_the_claim_not_the_attack():
    # the channel's day is when it was said: the attack the quote dates the day before is the same one
    text = ("The group said in a statement published on its Telegram channel on Wednesday that its first operation targeted the "
            "Ovda air base with drones. \"The Islamic Resistance fighters in Iraq targeted on 03/26/2024 the Ovda air base with "
            "drones,\" the statement said.")
    [c] = _events(text, date(2024, 3, 27))
    assert (c["event_date"], c["place_id"], c["actor1"]) == ("2024-03-26", "ovda-airbase", "Islamic Resistance in Iraq")


def test_a_drone_shot_down_with_no_casualties_or_property_damage_is_disrupted():
    text = ("A drone attacked Erbil International Airport early Monday. The drone was intercepted and brought down near the "
            "airport; no casualties or property damage resulted.")
    [c] = _events(text, date(2025, 7, 14))
    assert c["sub_event_type"] == "Disrupted weapons use"


def test_yet_another_drone_attack_that_did_damage_is_not_the_drone_shot_down_before():
    text = ("An explosive-laden drone was intercepted and brought down early Monday near Erbil International Airport, local "
            "officials said. In the night hours of Monday, there are reports of yet another drone attack in the region, and "
            "videos suggest that damage has been done.")
    got = [c for c in _events(text, date(2025, 7, 14)) if c["place_id"] == "erbil-air-base"]
    assert [c["sub_event_type"] for c in got] == ["Disrupted weapons use"]
    # told at "the airport" of the drone shot down before, it is a second event there
    text = ("A drone was shot down near Erbil airport early Monday. Hours later, yet another drone attack targeted the airport, "
            "damaging a hangar.")
    got = sorted((c["place_id"], c["sub_event_type"]) for c in _events(text, date(2025, 7, 14)))
    assert got == [("erbil-air-base", "Air/drone strike"), ("erbil-air-base", "Disrupted weapons use")]


def test_sites_counted_at_the_one_town_named_after_them_leave_none_unnamed():
    # a DoD background briefing's opening: the evening's strikes on two facilities, both near Abu Kamal
    text = ("I'll be facilitating tonight's background briefing on U.S. military self-defense airstrikes in Syria. At President "
            "Biden's direction, U.S. military forces conducted discrete precision strikes against two facilities near Abu Kamal, "
            "Syria, this evening.")
    assert [c["place_id"] for c in _events(text, date(2023, 10, 26))] == ["albu-kamal"]


def test_a_drone_on_the_golan_heights_and_at_a_town_in_them_is_one_attack():
    text = ("A drone launched from the east hit the southern Golan Heights on Wednesday night, the military said. The Islamic "
            "Resistance in Iraq said it had launched the drone toward a site near the town of Eliad in the Golan Heights.")
    assert [c["place_id"] for c in _events(text, date(2023, 12, 28))] == ["eliad"]
    # an island in the Euphrates shelled beside the gas field on its bank stays its own place
    text = "Rockets hit the Conoco gas field base on Tuesday. Separately, a drone attack targeted Huwaijat Saker on Tuesday."
    assert {c["place_id"] for c in _events(text, date(2024, 10, 22))} == {"huwaijat-saker", "conoco-gas-field"}


def test_us_forces_that_shelled_a_place_fired_on_it():
    text = "On Tuesday, US forces shelled militia positions near al-Mayadin, the group said."
    [c] = _events(text, date(2024, 10, 22))
    assert (c["actor1"], c["sub_event_type"]) == ("United States", "Shelling/artillery/missile attack")
    text = "US forces were shelled at the Conoco gas field base on Tuesday."
    assert [c["actor2"] for c in _events(text, date(2024, 10, 22))] == ["United States"]


def test_neither_the_coalition_nor_us_forces_carried_out_the_strike():
    # the denial is no strike of its own, and the strike it denies is no one's owned-up one
    text = "Neither the coalition nor US forces carried out overnight strikes in Deir Ezzor, a coalition spokesperson said."
    assert _events(text, date(2024, 6, 22)) == []
    text = ("A strike on Friday hit a vehicle near Albu Kamal, killing three fighters of an Iran-backed group. A coalition "
            "spokesperson said that neither the coalition nor US forces carried out strikes in the area.")
    assert [c["actor1"] for c in _events(text, date(2024, 6, 22))] == ["Unidentified military forces"]


def test_forces_that_killed_islamic_state_operatives_fought_them():
    text = "In the early hours of Thursday, Aug. 29, U.S. and Iraqi forces killed 15 ISIS operatives in western Iraq."
    [c] = _events(text, date(2024, 8, 31))
    assert (c["event_date"], c["sub_event_type"], c["actor1"], c["actor2"], c["fatalities"]) == (
        "2024-08-29", "Armed clash", "United States", "Islamic State", 15)
    # fighters of the group that killed others are not the ones killed
    assert _events("ISIS forces killed 15 civilians in a village on Thursday.", date(2024, 8, 31)) == []
    # Iraq's own forces that killed them fought them
    text = "Iraqi security forces killed three Daesh terrorists in Kirkuk on Thursday."
    assert [(c["actor1"], c["actor2"]) for c in _events(text, date(2024, 8, 31))] == [("Iraq", "Islamic State")]


def test_north_eastern_syria_is_not_eastern_syria():
    text = "Rockets targeted a US base in north-eastern Syria on Saturday, a monitor said."
    assert [c["place_id"] for c in _events(text, date(2023, 11, 5))] == ["syria"]
    text = "Rockets targeted a US base in eastern Syria on Saturday, a monitor said."
    assert [c["place_id"] for c in _events(text, date(2023, 11, 5))] == ["deir-ez-zor-governorate"]


def test_the_region_whose_service_spoke_is_not_where_the_drone_fell():
    text = ("A drone was shot down near a Peshmerga base in Kirkuk province on Friday. The drone was shot down before it reached "
            "its target, Iraqi Kurdistan's counter-terrorism service said.")
    assert {c["place_id"] for c in _events(text, date(2025, 7, 11))} == {"kirkuk-governorate"}


def test_the_country_of_a_launch_site_told_by_its_quarter_is_the_origin():
    text = "The rockets were launched from the town of Zummar in northwestern Iraq toward a US base in Syria on Sunday."
    assert [c["place_id"] for c in _events(text, date(2024, 4, 22))] == ["syria"]


def test_a_spelling_of_baghdad_beside_the_us_is_iraqs_capital():
    text = "The U.S. bombed a small drone factory near Bagdad on Wednesday, killing three Iraqi fighters."
    assert [c["place_id"] for c in _events(text, date(2024, 8, 1))] == ["baghdad"]


def test_the_first_weapon_named_types_an_attack_by_drones_and_missiles():
    # as the coders code it: drones named first make a drone strike, missiles named first a missile attack
    text = "Drone and missile attacks targeting sites in Erbil late Saturday killed two people, officials said."
    assert [c["sub_event_type"] for c in _events(text, date(2026, 3, 8))] == ["Air/drone strike"]
    text = "Missiles and drones struck sites in Erbil late Saturday, killing two people, officials said."
    assert [c["sub_event_type"] for c in _events(text, date(2026, 3, 8))] == ["Shelling/artillery/missile attack"]


def test_strikes_the_attacks_followed_told_with_no_day_are_the_backdrop():
    text = ("Militants attacked US forces at the al-Omar oil field on Monday with rockets, a US official said. The attacks follow "
            "the U.S. strikes on two facilities in eastern Syria used by Iran's Revolutionary Guard.")
    got = {c["actor1"]: c["background"] for c in _events(text, date(2023, 11, 9))}
    assert got["United States"] is True and not got["Unidentified armed group"]


def test_drone_threats_are_a_danger_not_an_attack():
    text = "Prior to the US election, the Iranian-backed militias in Iraq were increasing their drone threats to Israel."
    assert _events(text, date(2024, 11, 6)) == []


def test_a_report_dated_only_by_a_statement_of_last_week_beside_the_days_news_is_history():
    # published on a Monday: the day's drones are the news; the attack a statement of last week spoke of is history
    text = ("Two bomb-laden drones targeted the Khurmala oil field in Erbil province on Monday evening, officials said. In a "
            "statement last week, the interior ministry said an attack had targeted a base near Erbil airport.")
    got = {c["place_id"]: c["background"] for c in _events(text, date(2025, 7, 14))}
    assert got["khurmala-oil-field"] is False and got["erbil-air-base"] is True


def test_a_drone_shot_down_at_a_site_and_the_attack_on_it_told_elsewhere_are_one_event():
    a = Article("a.txt", "A drone was shot down near Erbil International Airport on Monday, officials said.", date(2025, 7, 14))
    b = Article("b.txt", "An explosive-laden drone attack targeted Erbil International Airport on Monday.", date(2025, 7, 14))
    got = [c for c in ingest_articles([a, b]) if c["kind"] == "event"]
    assert len(got) == 1 and {s["file"] for s in got[0]["sources"]} == {"a.txt", "b.txt"}
    assert got[0]["sub_event_type"] == "Disrupted weapons use"


def test_a_us_strike_round_on_one_group_told_a_day_apart_in_two_articles_is_one_round():
    a = Article("a.txt", "The United States said on Monday it had carried out strikes on Kataib Hezbollah in Iraq.", date(2023, 12, 25))
    b = Article("b.txt", "US forces struck Kataib Hezbollah in Iraq, killing one fighter, the group said.", date(2023, 12, 26))
    got = [c for c in ingest_articles([a, b]) if c["kind"] == "event"]
    assert len(got) == 1 and {s["file"] for s in got[0]["sources"]} == {"a.txt", "b.txt"}
    # two attacks "in Syria" a day apart by unnamed groups stay two
    a = Article("a.txt", "Militants attacked US forces in Syria on Thursday.", date(2023, 11, 17))
    b = Article("b.txt", "Militants attacked US forces in Syria on Friday.", date(2023, 11, 17))
    assert len([c for c in ingest_articles([a, b]) if c["kind"] == "event"]) == 2


def test_the_rounds_rules_leave_alone_what_they_were_not_for():
    """The review's probes: sentences like the ones each rule reads, which it must not misread."""
    # a US speaker before militants who shelled is not the one who fired
    for text in ("A US official said gunmen shelled the Conoco gas field base on Tuesday.",
                 "US forces said militants shelled the Conoco gas field base on Tuesday."):
        assert [c["actor2"] for c in _events(text, date(2024, 1, 31))] == ["United States"]
    # an American hometown or hospital is not a theatre town of one of its old names
    for text in ("The U.S. soldier wounded in Friday's drone attack was flown to a hospital in Philadelphia.",
                 "The soldier, who grew up in Salem, Oregon, was wounded in the drone attack on Tower 22 on Sunday."):
        assert not {"geonames:250441", "geonames:281184"} & {c["place_id"] for c in _events(text, date(2024, 2, 3))}
    # the speaker's city, the only place a report names, is where it is placed
    text = "An explosive-laden drone fell near the airport on Friday, Erbil's security directorate said."
    assert [c["place_id"] for c in _events(text, date(2024, 2, 3))] == ["erbil"]
    # a claim denied by "neither ... nor" keeps its weapon
    for text in ("Neither Kataib Hezbollah nor Nujaba claimed the drone attack on Tower 22 on Sunday.",
                 "US forces were neither hurt nor damaged by the drone attack on al-Asad on Friday."):
        assert [c["sub_event_type"] for c in _events(text, date(2024, 2, 3))] == ["Air/drone strike"]
    # another drone near a town in the Golan is another event
    text = "A drone hit the Golan Heights on Tuesday, the army said. Another drone struck near Eliad on Tuesday."
    assert len(_events(text, date(2024, 1, 31))) == 2
    # a round's own count, larger than the one at a town, keeps its country-level remainder
    text = "US forces struck five sites in Syria on Friday. Syrian state media said the strikes hit two sites near al-Mayadin."
    assert sorted(c["place_id"] for c in _events(text, date(2024, 2, 3))) == ["al-mayadin", "syria"]
    # "north eastern Syria", written with a space, is Syria too
    assert [c["place_id"] for c in _events("Rockets targeted a US base in north eastern Syria on Saturday.", date(2024, 2, 3))] == ["syria"]
    # a list of weapons opened by drones, with a comma
    text = "Drones, rockets and mortars targeted the Victory base on Saturday."
    assert [c["sub_event_type"] for c in _events(text, date(2024, 2, 3))] == ["Air/drone strike"]
    # the weekday told with figures picks the reading
    text = "The Islamic Resistance in Iraq targeted the Ovda air base with drones on Monday 3/4/2024."
    assert [c["event_date"] for c in _events(text, date(2024, 4, 5))] == ["2024-03-04"]
    # "said on Telegram on Wednesday" dates the claim, as "published on its Telegram channel" does
    text = ("The group said on Telegram on Wednesday that its first operation targeted the Ovda air base with drones. \"The "
            "Islamic Resistance in Iraq targeted on 03/26/2024 the Ovda air base with drones,\" the statement said.")
    assert [c["event_date"] for c in _events(text, date(2024, 3, 27))] == ["2024-03-26"]
    # an undated lede is no news of the day that makes an attack four days old history
    text = ("A drone targeted US forces at al-Asad airbase, a US official said. Rockets were fired at US forces in Syria on "
            "October 29, the official said.")
    assert not any(c["background"] for c in _events(text, date(2023, 11, 3)))


def test_no_loss_of_life_or_property_damage_denies_harm_and_a_campaigns_targets_are_its_record():
    text = ("An explosive-laden drone attacked Erbil International Airport late Thursday. The drone was intercepted and brought "
            "down; there was no loss of life or property damage. Key targets of these attacks in Iraq have included Asad Air "
            "Base, Erbil International Airport, and Harir Air Base.")
    got = [c for c in _events(text, date(2024, 1, 19)) if not c["background"]]
    assert [(c["place_id"], c["sub_event_type"]) for c in got] == [("erbil-air-base", "Disrupted weapons use")]


def test_a_governorate_listed_with_the_capital_is_struck_too():
    # Houthi media's list: the capital, then a governorate with its article; Amran is Yemen's, not Jordan's Amman
    text = "The US and Britain launched raids on the Yemeni capital Sanaa, the Amran governorate and other areas on Sunday."
    got = {c["place_id"] for c in _events(text, date(2024, 11, 11))}
    assert "amran-governorate" in got and "amman-governorate" not in got
    text = "US strikes hit the capital Sanaa and the Dhamar province on Friday."
    assert "dhamar-governorate" in {c["place_id"] for c in _events(text, date(2024, 10, 5))}


def test_drones_destroyed_on_the_ground_before_their_launch_were_struck():
    # a DoD briefing's account of the night Iran's drones flew at Israel: the Houthis' were struck where they stood
    text = ("US forces engaged more than 80 drones on Saturday. This included a ballistic missile on its launcher vehicle and "
            "seven UAVs destroyed on the ground in Iranian-backed Houthi controlled areas of Yemen prior to their launch.")
    got = [c for c in _events(text, date(2024, 4, 15)) if c["place_id"] == "yemen"]
    assert [(c["sub_event_type"], c["actor2"]) for c in got] == [("Air/drone strike", "Houthis")]
