"""Ingest on reports met in real reporting in round thirty-three (each case paraphrases a class of error
found in a development article)."""

from __future__ import annotations

from datetime import date

from .one_article import events as _events


def test_the_attack_a_dated_strike_came_after_is_news_not_one_of_the_places_past_attacks():
    # National Herald, 26 Dec 2023: the strikes of Monday 25 December came after militants wounded three US personnel at a base in
    # Erbil; the base, the article adds, had been attacked many times before, among them by a drone on October 26
    text = ("US forces struck Iran-aligned militia sites in Iraq on Monday, 25 December, according to officials. The strikes came "
            "after an attack in which militants wounded three American troops at a base in Erbil. Kataib Hezbollah claimed the attack. "
            "The US base in Erbil has been hit many times previously, including with a drone attack on October 26.")
    got = {(c["place_id"], c["event_date"], bool(c.get("background"))) for c in _events(text, date(2023, 12, 26))}
    assert got == {("iraq", "2023-12-25", False), ("erbil-air-base", "2023-12-25", False), ("erbil-air-base", "2023-10-26", True)}
    # the attack a strike came after takes the strike's day, flagged as borrowed
    [news] = [c for c in _events(text, date(2023, 12, 26)) if c["place_id"] == "erbil-air-base" and not c.get("background")]
    assert news["time_precision"] == 2 and any("answered" in f for f in news["flags"])
    # an attack told without a day beside a strike that answered nothing is still history
    text = ("US forces struck Iran-aligned militias in Iraq on Monday, 25 December, officials said. Militias have also attacked "
            "the base in Erbil with drones.")
    assert all(c.get("background") for c in _events(text, date(2023, 12, 26)) if c["place_id"] == "erbil-air-base")
    # the news told as a recent strike and its day told as last month are one event, history
    text = ("Following the recent strike that targeted the Khor Mor gas field, security was tightened. The Khor Mor gas field came "
            "under a drone attack last month.")
    assert len([c for c in _events(text, date(2025, 12, 26)) if c["place_id"] == "khor-mor-gas-field"]) == 1


def test_attacks_in_countries_that_a_dated_strike_came_after_take_its_day_and_each_its_own_weapon():
    # The National, 3 Dec 2023: the Kirkuk strike of Sunday came after the Islamic Resistance in Iraq claimed a drone attack on US
    # troops in northern Iraq and a rocket attack in Syria: two attacks, each in its country, each with its weapon
    text = ("A US air strike hit militiamen on Sunday in Kirkuk province, Central Command said. The air strike came after the "
            "Islamic Resistance in Iraq said it had carried out a drone attack on American troops in northern Iraq and a rocket "
            "attack in Syria.")
    got = {(c["place_id"], c["event_date"], c["sub_event_type"]) for c in _events(text, date(2023, 12, 3)) if c["actor2"] == "United States"}
    assert got == {("iraq", "2023-12-03", "Air/drone strike"), ("syria", "2023-12-03", "Shelling/artillery/missile attack")}
    # one weapon for the whole list: the sentence's weapon for every place
    text = "On Sunday militants launched drone attacks on US troops at Ain al-Asad and at the Conoco base."
    assert {c["sub_event_type"] for c in _events(text, date(2023, 12, 3))} == {"Air/drone strike"}


def test_who_confirmed_an_attack_is_not_who_made_it():
    # Antiwar.com, 23 Dec 2023: the latest attack the US military had confirmed took place on Wednesday: a rocket at Ain al-Asad
    text = ("The latest attack that has been confirmed by the US military took place on Wednesday. Central Command said a 122mm "
            "rocket was fired at the Ain al-Asad airbase, causing no casualties.")
    [c] = _events(text, date(2023, 12, 23))
    assert (c["place_id"], c["event_date"], c["actor2"]) == ("ain-al-asad", "2023-12-20", "United States")
    # an attack by US forces is still their strike
    [c] = _events("The attack by the US military on Wednesday hit a Kataib Hezbollah depot in Jurf al-Sakhar.", date(2023, 12, 23))
    assert c["actor1"] == "United States"


def test_a_week_told_before_a_count_of_attacks_dates_the_attacks_told_after_it():
    # CUAS Hub, 23 Oct 2023 (Monday): late last week US forces defended against drone attacks in Iraq and Syria; then each one
    text = ("Late last week, U.S. military personnel defended against multiple drone attacks in Iraq and Syria. At the Ain al-Asad "
            "air base, U.S. forces confronted two drones, destroying one.")
    [c] = _events(text, date(2023, 10, 23))
    assert (c["place_id"], c["event_date"], c["time_precision"]) == ("ain-al-asad", "2023-10-19", 2)
    # with no time told before the count, the report is dated by the publication, as before
    text = ("U.S. military personnel have defended against multiple drone attacks in Iraq and Syria. At the Ain al-Asad air base, "
            "U.S. forces confronted two drones, destroying one.")
    [c] = _events(text, date(2023, 10, 23))
    assert c["event_date"] == "2023-10-23"


def test_a_group_that_struck_an_israeli_military_target_attacked_israel():
    # Anadolu, Oct 2024, and others: the Islamic Resistance in Iraq "struck an Israeli military target" in the Golan Heights
    got = _events("On Monday the group announced it had struck an Israeli military target in the Golan Heights.", date(2024, 10, 8))
    assert [(c["actor1"], c["actor2"]) for c in got] == [("Unidentified armed group", "Israel")]
    got = _events("The Islamic Resistance in Iraq claimed attacks this week. On Monday the group announced it had struck an Israeli "
                  "military target in the Golan Heights.", date(2024, 10, 8))
    assert [(c["actor1"], c["actor2"]) for c in got] == [("Islamic Resistance in Iraq", "Israel")]
    # the Israeli military that struck is still the striker
    got = _events("The Israeli military struck Hezbollah positions in southern Lebanon on Monday.", date(2024, 10, 8))
    assert [c["actor1"] for c in got] == ["Israel"]


def test_groups_named_by_their_allegiance_are_the_iran_backed_militias():
    # WION, 29 Dec 2023 ("pro-Iranian terror outfits"); Shafaq News ("armed factions loyal to Iran")
    for text in ("On Monday the pro-Iranian terror outfits struck the US military base of Kharab al-Jir.",
                 "On Monday armed factions loyal to Iran fired rockets at the Ain al-Asad air base."):
        [c] = _events(text, date(2024, 1, 10))
        assert c["actor1"] == "Iran-backed militias (unidentified)"


def test_what_was_done_about_an_attack_told_before_is_no_other_attack():
    # Rudaw, 8 Aug 2024: rockets hit Ain al-Asad on Monday; Hashd members were detained in Anbar for involvement in "the attack"
    text = ("Rockets struck the Ain al-Asad air base on Monday, wounding US personnel. A Hashd commander and three other members were "
            "detained by Iraqi intelligence in Anbar on Tuesday for their alleged involvement in the attack.")
    assert [c["place_id"] for c in _events(text, date(2024, 8, 8))] == ["ain-al-asad"]
    # Reuters, 11 Sep 2024: the group called on Iraqi forces to investigate the attack
    text = ("Two rockets fell near the Baghdad Diplomatic Support Center on Tuesday. The embassy called on Iraqi security forces in "
            "Baghdad to investigate the attack.")
    assert [c["place_id"] for c in _events(text, date(2024, 9, 11))] == ["baghdad-dsc"]
    # an attack told first in such words is still an attack
    text = "Iraqi forces arrested five men on Tuesday for their involvement in a rocket attack on the Ain al-Asad air base on Monday."
    assert [c["place_id"] for c in _events(text, date(2024, 8, 8)) if c["event_type"] != "Strategic developments"] == ["ain-al-asad"]


def test_a_strike_the_us_is_only_guessed_or_blamed_for_is_unidentified_military_forces():
    # Overt Defense, 31 Oct 2023 (an official denied the US was responsible for an airstrike in Al-Bukamal); Al-Ahed, 22 Apr 2024
    # ("possibly by US forces"); the PMF attributing the Kalsu blast to the United States, 20 Apr 2024
    for text in ("On Monday the official denied that the U.S. had been responsible for an airstrike on Iranian proxies in Al-Bukamal.",
                 "On Monday a vehicle was hit in an airstrike, possibly by US forces, near Al-Qaim.",
                 "According to the PMF, the strike on Kalsu base on Monday was attributed to the United States."):
        [c] = _events(text, date(2024, 1, 10))
        assert c["actor1"] == "Unidentified military forces", text
    # a strike the US owns is the US's, suspected or not in other words
    [c] = _events("On Monday US forces struck a Kataib Hezbollah depot in Jurf al-Sakhar, CENTCOM said.", date(2024, 1, 10))
    assert c["actor1"] == "United States"


def test_an_attacker_the_report_calls_unidentified_is_not_the_articles_claimant():
    # Reuters via TimesLive, 24 Jun 2025: "an unidentified drone" hit a radar at Taji; the article names the Islamic Resistance elsewhere
    text = ("The Islamic Resistance in Iraq claimed attacks on Israel this week. On Monday an unidentified drone targeted an army "
            "radar at Iraq's Taji military base.")
    [c] = _events(text, date(2025, 6, 24))
    assert c["actor1"] == "Unidentified armed group"
    # an anonymous source is who told of it, not the attacker
    text = ("The Islamic Resistance in Iraq said on Saturday it had struck an important Israeli target. According to an anonymous "
            "source within the group, the target was the Karish gas field platform.")
    assert {c["actor1"] for c in _events(text, date(2023, 12, 23))} == {"Islamic Resistance in Iraq"}


def test_a_drone_downed_in_the_passive_as_iraqi_authorities_tell_it_is_iraqs_downing():
    # Gulf News, 4 Mar 2026: a drone was shot down near Baghdad International Airport, Iraqi authorities said
    text = ("US forces were attacked in Iraq this week. A drone was shot down on Tuesday near Baghdad International airport, Iraqi "
            "authorities said.")
    [c] = [c for c in _events(text, date(2026, 3, 4)) if c["place_id"] == "baghdad-airport"]
    assert c["actor1"] == "Iraq"
    # shot down by US forces, whoever told of it: the US's
    text = ("US forces were attacked in Iraq this week. A drone was shot down by US forces on Tuesday near Baghdad International "
            "airport, Iraqi officials said.")
    [c] = [c for c in _events(text, date(2026, 3, 4)) if c["place_id"] == "baghdad-airport"]
    assert c["actor1"] == "United States"


def test_the_reviews_guards_for_this_rounds_rules():
    # a group that claims the unidentified drone's attack right after it is its attacker
    text = ("An unidentified drone struck the Harir base on Monday, security sources said. Hours later, the Islamic Resistance in "
            "Iraq claimed it in a statement.")
    assert [c["actor1"] for c in _events(text, date(2024, 1, 10))] == ["Islamic Resistance in Iraq"]
    # a place named before its weapon does not take the weapon of the clause before it
    text = "Ain al-Asad air base came under a drone attack on Monday and Erbil air base under a rocket attack."
    got = {c["place_id"]: c["sub_event_type"] for c in _events(text, date(2024, 1, 10))}
    assert got["erbil-air-base"] == "Shelling/artillery/missile attack"
    # "the attack on" another place after words about it is that other attack
    text = ("Rockets struck the Ain al-Asad air base on Monday. On Tuesday the Kurdistan Region's government condemned the attack on "
            "the Khor Mor gas field.")
    assert "khor-mor-gas-field" in {c["place_id"] for c in _events(text, date(2024, 1, 10))}
    # a strike the US owns in the sentence that also tells who blamed it stays the US's
    text = ("A US drone strike killed a senior Harakat al-Nujaba commander in Baghdad on Thursday, an attack Iraq's military blamed "
            "on the US-led coalition.")
    assert [c["actor1"] for c in _events(text, date(2024, 2, 8))] == ["United States"]
    # an attack told as what a strike answered is not dated by a strike days after it
    text = ("US forces struck a Kataib Hezbollah commander in Baghdad on Wednesday, in retaliation for a drone attack that killed "
            "three US soldiers at Tower 22.")
    assert all(c["event_date"] != "2024-02-07" for c in _events(text, date(2024, 2, 8)) if c["place_id"] == "tower-22")
