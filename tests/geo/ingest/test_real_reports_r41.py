"""Ingest on reports met in real reporting in round forty-one (each case paraphrases a class of error found in
the quoted evidence of the development sets, or in their public texts)."""

from __future__ import annotations

from datetime import date

from .one_article import events as _events


def _placed(text: str, published: date) -> list[dict]:
    return [c for c in _events(text, published) if c["kind"] == "event"]


def test_a_place_that_came_under_fire_was_attacked():
    # Rybar weekly (Aug 2024, Sep 2024): "the city of Deir ez-Zor came under fire", launchers near a village "came under fire"
    # were no report: "fire" was no weapon word
    [c] = _placed("The city of Deir ez-Zor came under fire on Monday.", date(2024, 8, 2))
    assert (c["place_id"], c["event_type"]) == ("deir-ez-zor", "Explosions/Remote violence")
    # the subject is the target
    [c] = _placed("A US convoy came under fire from militants near Deir ez-Zor on Tuesday.", date(2024, 1, 10))
    assert (c["actor2"], c["place_id"]) == ("United States", "deir-ez-zor")
    [c] = _placed("The US base at al-Tanf came under heavy fire on Tuesday.", date(2024, 1, 10))
    assert (c["actor2"], c["place_id"]) == ("United States", "al-tanf")


def test_a_man_or_office_under_fire_for_words_is_no_attack():
    for text in ("The minister came under fire from lawmakers in Baghdad on Monday.",
                 "The Pentagon came under fire for its budget plans in Washington on Monday.",
                 "Sudani has come under fire over the decision in Baghdad on Monday."):
        assert not _placed(text, date(2024, 1, 10)), text


def test_aircraft_that_responded_or_retaliated_struck():
    # Reuters photo news (22 Apr 2024): coalition aircraft "retaliated against the launcher"; DoD statements (21-22 Nov 2023): an
    # AC-130 "responded ... resulting in the deaths of" militants: neither was a strike
    [c] = _placed("Afterwards, US-led coalition aircraft retaliated against the launcher in Zummar.", date(2024, 4, 22))
    assert (c["sub_event_type"], c["actor1"], c["place_id"]) == ("Air/drone strike", "United States", "zummar")
    [c] = _placed("A U.S. military AC-130 aircraft responded in self-defense near Abu Ghraib, resulting in the deaths of several "
                  "Iranian-backed militants.", date(2023, 11, 22))
    assert (c["sub_event_type"], c["actor1"]) == ("Air/drone strike", "United States")
    # an answer that is no strike is not one
    assert not [c for c in _placed("Rescue aircraft responded to a distress call near Erbil on Monday.", date(2024, 1, 10))
                if c["sub_event_type"] == "Air/drone strike"]


def test_a_few_strikes_on_one_target_are_that_nights_news():
    # Shafaq News (2 Mar 2026): "three strikes targeted a site belonging to Kataib Hezbollah in Babil province" was read as a
    # count of the campaign
    [c] = _placed("Three strikes targeted a site belonging to Kataib Hezbollah in Babil province.", date(2026, 3, 2))
    assert (c["place_id"], c["sub_event_type"], c["actor2"]) == ("babil", "Air/drone strike", "Kata'ib Hezbollah")
    # several targets in two countries stay a count
    assert not _placed("Three strikes targeted U.S. bases in Iraq and Syria.", date(2026, 3, 2))


def test_a_claim_of_a_few_attacks_with_its_hour_is_that_claims_news():
    # Xinhua (2 Oct 2024): the Islamic Resistance in Iraq claimed "three drone attacks at dawn on three sites in northern Israel":
    # the hour between the count and its targets made it a campaign's count
    [c] = _placed("The Islamic Resistance in Iraq said it carried out three drone attacks at dawn on three sites in northern Israel.",
                  date(2024, 10, 2))
    assert (c["actor1"], c["actor2"], c["place_id"], c["sub_event_type"]) == (
        "Islamic Resistance in Iraq", "Israel", "israel", "Air/drone strike")
    # a record stays one
    assert not _placed("The Islamic Resistance in Iraq has carried out three drone attacks at dawn on sites in northern Israel since "
                       "October.", date(2024, 10, 2))


def test_a_blast_that_rocked_a_military_base_is_an_attack_there():
    # ANSA (20 Apr 2024): a blast that "rocked a military base housing army troops and former pro-Iranian paramilitaries" at
    # Kalsu (French "Calso"), and another wire's "rocked a military base in Babil province", were dropped as blasts heard
    [c] = _placed("A strong explosion last night rocked a military base housing army troops and Hashd al-Shaabi fighters in Calso.",
                  date(2024, 4, 20))
    assert (c["place_id"], c["event_date"]) == ("kalsu-base", "2024-04-19")
    # who the base houses is its target, not the attacker
    assert c["actor1"] != "Popular Mobilization Forces" and c["actor2"] == "Popular Mobilization Forces"
    [c] = _placed("An explosion rocked a military base in Babil province, south of Baghdad, early on Saturday.", date(2024, 4, 20))
    assert c["place_id"] == "babil"
    # blasts heard near a base stay no attack
    assert not _placed("Explosions were heard near a military base in Babil on Saturday.", date(2024, 4, 20))


def test_who_a_struck_base_houses_is_the_target():
    [c] = _placed("Rockets struck a base housing US troops in Erbil on Monday.", date(2024, 1, 10))
    assert (c["actor2"], c["actor1"]) == ("United States", "Unidentified armed group")


def test_a_weapon_from_abroad_told_by_israel_is_placed_in_israel():
    # FDD (25 Sep 2024), Arab News/AFP (14 Oct 2024): "the IDF reported that it identified a UAV launched from Iraq and fired ...
    # interceptors at the target"; a drone "that Israel said was launched from Iraq" killed two soldiers: Iraq, where it came from,
    # is no place of the event, and none was left
    [c] = _placed("On Sunday, the IDF reported that it identified a UAV launched from Iraq and fired several missile defense "
                  "interceptors at the target.", date(2024, 9, 23))
    assert (c["place_id"], c["sub_event_type"], c["actor1"]) == ("israel", "Disrupted weapons use", "Israel")
    [c] = _placed("On Friday, a drone that Israel said was launched from Iraq killed two Israeli soldiers.", date(2024, 10, 5))
    assert (c["place_id"], c["actor2"], c["fatalities"]) == ("israel", "Israel", 2)
    # another state's interception stays unplaced there
    assert not [c for c in _placed("Jordan said on Sunday it shot down a drone launched from Iraq.", date(2024, 9, 23))
                if c["place_id"] == "israel"]


def test_one_attack_told_beside_the_campaign_is_read_alone():
    # State Department (12 Dec 2023): the Secretary condemned the attack on the embassy in Baghdad "as well as the series of
    # attacks" on US personnel in recent weeks: the campaign beside it made the whole sentence a summary
    [c] = _placed("Secretary Blinken spoke today with Prime Minister al-Sudani. The Secretary condemned the attack on the U.S. Embassy "
                  "in Baghdad as well as the series of attacks on U.S. personnel in Iraq and Syria in recent weeks.", date(2023, 12, 12))
    assert (c["place_id"], c["actor2"]) == ("us-embassy-baghdad", "United States")
    # the campaign alone stays a summary
    assert not _placed("The Secretary condemned the series of attacks on U.S. personnel in Iraq and Syria in recent weeks.",
                       date(2023, 12, 12))


def test_us_armed_forces_that_conducted_missile_strikes_struck():
    # White House war-powers letter (14 Oct 2016): "U.S. Armed Forces conducted missile strikes on radar facilities in ... Yemen"
    # was read as a missile attack on the United States by no one
    [c] = _placed("On October 12, at my direction, U.S. Armed Forces conducted missile strikes on radar facilities in Houthi-controlled "
                  "territory in Yemen.", date(2016, 10, 14))
    assert (c["actor1"], c["actor2"], c["place_id"]) == ("United States", "Houthis", "yemen")
    # the other side's missile strikes stay its own
    [c] = _placed("Houthi forces conducted missile strikes on US warships in the Red Sea on Monday.", date(2016, 10, 14))
    assert (c["actor1"], c["actor2"]) == ("Houthis", "United States")


def test_a_sentence_broken_by_a_blank_line_after_in_goes_on():
    # the same letter as copied from its XML: "radar facilities in" and "Houthi-controlled territory in Yemen." on lines of their own,
    # a blank line between, were two sentences and the strike lost its place
    text = ("<para>\n    On October 12, U.S. Armed Forces conducted missile strikes on radar facilities in \n\n"
            "        Houthi-controlled territory in Yemen. Initial assessments show that the radar facilities were destroyed.\n</para>")
    [c] = _placed(text, date(2016, 10, 14))
    assert (c["actor1"], c["place_id"]) == ("United States", "yemen")


def test_the_group_named_in_apposition_made_the_attack():
    # CENTCOM briefing (13 Mar 2020): "a rocket attack by an Iranian-backed militia, Katib Hizbollah, on Camp Taji" was coded to the
    # generic militias (and the spelling "Katib Hizbollah" was no one)
    [c] = _placed("Two US soldiers were wounded in a rocket attack by an Iran-backed militia, Katib Hizbollah, on Camp Taji on Wednesday.",
                  date(2020, 3, 13))
    assert (c["actor1"], c["actor2"], c["place_id"]) == ("Kata'ib Hezbollah", "United States", "camp-taji")
    [c] = _placed("Rockets were fired by Iran-backed militants (Kataib Hezbollah) at Erbil on Monday.", date(2024, 1, 10))
    assert c["actor1"] == "Kata'ib Hezbollah"
    # a speaker after a comma is no apposition
    [c] = _placed("Rockets were fired by Iran-backed militants, the Islamic Resistance in Iraq said, at Erbil on Monday.", date(2024, 1, 10))
    assert c["actor1"] == "Iran-backed militias (unidentified)"


def test_the_first_of_a_list_of_the_killed_is_the_target():
    # the same briefing: "a U.S. Army soldier and a U.S. Air Force airmen, and a medic from the United Kingdom were killed": the
    # United Kingdom, the last named, was the target
    [c] = _placed("On Wednesday a U.S. Army soldier and a U.S. Air Force airman, and a medic from the United Kingdom were killed during a "
                  "rocket attack on Camp Taji.", date(2020, 3, 13))
    assert c["actor2"] == "United States"


def test_troops_killed_during_a_mission_against_isis_fought_it():
    # the same briefing: "Two Marines were killed in mountainous territory in Northern Iraq ... during a mission against the remnants
    # of ISIS": no report, and ISIS was read as the mission's foe, not a party
    [c] = _placed("Two Marines were killed in mountainous territory in Northern Iraq in an advise and accompany mission with our Iraqi "
                  "partners during a mission against the remnants of ISIS.", date(2020, 3, 13))
    assert (c["event_type"], c["sub_event_type"], c["actor2"], c["place_id"], c["fatalities"]) == (
        "Battles", "Armed clash", "Islamic State", "iraq", 2)
    # the mission told as why troops are there stays no event
    assert not _placed("US troops are in Iraq on a mission against the remnants of ISIS.", date(2020, 3, 13))


def test_a_demand_to_cease_attacks_is_no_attack():
    # House Document 118-99 (12 Jan 2024): the Security Council "adopted a resolution demanding the Houthis immediately cease all
    # attacks" was an attack by the Houthis
    assert not [c for c in _events("On January 10, 2024, the United Nations Security Council adopted a resolution demanding the Houthis "
                                   "immediately cease all attacks.", date(2024, 1, 12)) if c["kind"] in ("event", "unplaced")]
    assert not _placed("He urged the militias to halt their attacks on US forces in Iraq on Monday.", date(2024, 1, 10))


def test_forces_that_struck_and_destroyed_missiles_struck_and_the_day_answered_is_not_theirs():
    # CENTCOM (16 Jan 2024): "following the Jan. 15 attack on the M/V Gibraltar Eagle, ... on Jan. 16 ..., U.S. Forces struck and
    # destroyed four Houthi anti-ship ballistic missiles" was a downing of missiles, dated the 15th
    [c] = [c for c in _placed("Following the Jan. 15 attack on the M/V Gibraltar Eagle, on Jan. 16 U.S. Forces struck and destroyed four "
                              "Houthi anti-ship ballistic missiles in Yemen.", date(2024, 1, 16)) if c["actor1"] == "United States"]
    assert (c["sub_event_type"], c["event_date"], c["place_id"]) == ("Air/drone strike", "2024-01-16", "yemen")
    [c] = _placed("On Jan. 16, following the Jan. 15 attack on the ship, U.S. Forces struck four Houthi radar sites in Yemen.",
                  date(2024, 1, 16))
    assert c["event_date"] == "2024-01-16"


def test_a_ship_that_was_struck_was_attacked():
    # the same release: "M/V Zografia, a Maltese flagged bulk carrier, reported they were struck" was a US air strike
    [c] = _placed("On Jan. 16 the Houthis fired a missile into the Southern Red Sea. M/V Zografia, a bulk carrier, reported they were "
                  "struck, but seaworthy.", date(2024, 1, 16))
    assert (c["actor1"], c["sub_event_type"]) == ("Houthis", "Shelling/artillery/missile attack")


def test_review_guards_criticism_accidents_and_tallies_are_no_new_events():
    # a reviewing helper's cases (round forty-one): criticism "from militia leaders", an official criticised, a water-bombing
    # aircraft, a week's tally of claims, an accidental blast at a base, an accident during a mission, a speaker after a comma
    for text in ("The Iraqi government came under fire from militia leaders in Baghdad on Sunday after it condemned the attacks.",
                 "The US strategy came under fire from Hezbollah leader Hassan Nasrallah in a televised speech in Beirut on Friday.",
                 "Erbil's governor came under fire from Popular Mobilization Forces commanders on Monday.",
                 "Civil defence aircraft responded against the wildfire near Duhok on Monday, dropping water on the hills.",
                 "Militias carried out five drone attacks at dawn on sites in Iraq and Syria over the past week.",
                 "An accidental explosion rocked a military base in Babil province on Tuesday, the army said.",
                 "Two US service members were killed in a helicopter crash in northern Iraq during a mission against Islamic State remnants.",
                 "Two Marines were killed in a vehicle rollover during an operation against ISIS in Anbar on Monday."):
        assert not _placed(text, date(2024, 1, 10)), text
    # real fire on a base is still an attack, and so is fire from a neighbouring land
    [c] = _placed("The Harir base came under fire in the early hours of Monday, a security source said.", date(2024, 1, 10))
    assert c["place_id"] == "harir-air-base"
    [c] = _placed("A rocket attack on Ain al-Asad on Monday was carried out by Iran-backed militias, the Pentagon, citing initial "
                  "assessments, said on Tuesday.", date(2024, 1, 10))
    assert (c["actor1"], c["actor2"]) == ("Iran-backed militias (unidentified)", "United States")


def test_more_spellings_of_the_militias_iran_backs():
    # a helper's sort of the evidence errors (round forty-one): "Iran-linked targets", "Iranian militias", "Iranian proxy forces"
    # were no one
    [c] = _placed("U.S. jets struck Iran-linked targets near Mayadin on Monday.", date(2024, 1, 10))
    assert c["actor2"] == "Iran-backed militias (unidentified)"
    [c] = _placed("Iranian militias fired rockets at Erbil Air Base on Monday.", date(2024, 1, 10))
    assert c["actor1"] == "Iran-backed militias (unidentified)"
    # Iran's own opposition groups are not its proxies
    [c] = _placed("Iranian groups opposed to the government were targeted by drones in Koya on Monday.", date(2024, 1, 10))
    assert "Iran-backed militias (unidentified)" not in (c["actor1"], c["actor2"])


def test_a_town_named_for_its_us_held_base():
    # "Drones hit the coalition base at al-Malikiyah": the town's base is held by US forces, who were the target
    [c] = _placed("Drones hit the coalition base at al-Malikiyah on Friday.", date(2024, 1, 10))
    assert c["actor2"] == "United States"
    # another state's strike in the town is not on US forces
    [c] = _placed("A Turkish drone struck a car in al-Malikiyah on Monday, killing two SDF fighters.", date(2024, 1, 10))
    assert (c["actor1"], c["actor2"]) == ("Turkey", "Syrian Democratic Forces")


def test_syrian_sides_and_the_two_sides_of_a_battle_between_them():
    [c] = _placed("Clashes broke out on Monday between Deir Ezzor Military Council militants and the Syrian Army in Deir ez-Zor.",
                  date(2024, 1, 10))
    assert (c["actor1"], c["actor2"], c["event_type"]) == ("Syrian Democratic Forces", "Syrian government forces", "Battles")
    # those who fought an attack off were its target; lawmakers and protesters fight no battle
    [c] = _placed("Iraqi tribal forces repelled an ISIS attack near Haditha on Monday.", date(2024, 1, 10))
    assert c["actor1"] == "Islamic State" and c["actor2"] != "Islamic State"  # (Syria's tribal forces are no actor in Iraq)
    assert not _placed("The vote led to clashes between lawmakers in parliament in Baghdad on Monday.", date(2024, 1, 10))


def test_ground_taken_is_a_battle():
    # Al Mayadeen (8 Aug 2024): "Tribal forces were able to penetrate through the towns of ..." was no report
    found = _placed("Tribal forces were able to penetrate through the towns of Diban and Al-Sabha on Wednesday.", date(2024, 1, 10))
    assert {(c["place_id"], c["event_type"], c["actor1"]) for c in found} == {
        ("diban", "Battles", "Arab tribal forces"), ("al-sabha", "Battles", "Arab tribal forces")}


def test_an_unowned_drone_on_a_pmf_site_is_unidentified_military_forces():
    [c] = _placed("A suicide drone struck a PMF site in Diyala province on Monday.", date(2024, 1, 10))
    assert (c["actor1"], c["actor2"]) == ("Unidentified military forces", "Popular Mobilization Forces")


def test_strikes_on_a_province_told_once_are_one_round():
    [c] = _placed("The CTD reported drone strikes on two oil fields in northern Duhok province.", date(2024, 1, 10))
    assert c["place_id"] == "duhok-governorate"
    assert not _placed("Drone attacks targeted oil fields in Duhok province throughout July.", date(2024, 8, 10))


def test_a_state_that_launched_an_attack_with_its_weapons_made_it():
    [c] = _placed("Iran launched an attack late on Saturday on Israeli territory with drones and missiles.", date(2024, 4, 14))
    assert (c["actor1"], c["actor2"], c["place_id"]) == ("Iran", "Israel", "israel")


def test_houthi_controlled_areas_are_where_a_us_strike_fell():
    # CENTCOM: "destroyed four unmanned aerial vehicles in Houthi-controlled areas of Yemen": the Houthis struck, not striking
    [c] = _placed("U.S. forces destroyed four unmanned aerial vehicles in Houthi-controlled areas of Yemen on Monday.", date(2024, 1, 10))
    assert (c["actor1"], c["actor2"]) == ("United States", "Houthis")
    # CENTCOM's formula with no striker named (dev11: "its forces also destroyed ... in Houthi-controlled areas of Yemen"): the US
    [c] = _placed("Its forces also destroyed one command and control node in a Houthi-controlled area of Yemen on Monday.", date(2024, 1, 10))
    assert (c["actor1"], c["actor2"]) == ("United States", "Houthis")
    [c] = _placed("CJTF-OIR forces struck an ISIS hideout near Kirkuk on Monday.", date(2024, 1, 10))
    assert (c["actor1"], c["actor2"]) == ("United States", "Islamic State")


def test_an_iranian_drone_is_irans():
    # GOV.UK (2 Mar 2026): "at RAF Akrotiri in Cyprus, an Iranian drone struck within 800 yards of British personnel" was an
    # unidentified group's
    [c] = _placed("Last night, at RAF Akrotiri in Cyprus, an Iranian drone struck within 800 yards of British personnel.", date(2026, 3, 2))
    assert (c["actor1"], c["actor2"]) == ("Iran", "United Kingdom")
    # a drone Iran made is not Iran's attack
    [c] = _placed("An Iranian-made drone struck Tower 22 on Sunday.", date(2024, 1, 29))
    assert c["actor1"] != "Iran"


def test_review_guards_of_the_helper_rules():
    # a second reviewing helper's worse cases (round forty-one)
    # a US strike near a base town is the US's, not an attack on it
    for text in ("A US airstrike hit a militia vehicle near Baghdad International Airport on Thursday, killing a Kataib Hezbollah commander.",
                 "A US drone strike hit a car near al-Malikiyah on Thursday, killing an ISIS leader."):
        [c] = _placed(text, date(2024, 1, 10))
        assert c["actor1"] == "United States", text
    # Syria's tribal forces do not fight in Basra; those who repelled an attack did not make it; Gaza's battles are another war's
    [c] = _placed("Tribal fighters clashed with each other over a land dispute in Basra province, killing three, police said.",
                  date(2024, 1, 10))
    assert c["actor1"] != "Arab tribal forces"
    [c] = _placed("Sunni tribal fighters of the Tribal Mobilization repelled an ISIS attack near Haditha in Anbar province on Monday.",
                  date(2024, 1, 10))
    assert c["actor1"] == "Islamic State"
    for text in ("Battles in Gaza intensified on Tuesday as Israeli forces pushed into Rafah.",
                 "ISIS attacks targeted shepherds and truffle hunters in Deir ez-Zor province every spring, killing hundreds over the years.",
                 "Scuffles and clashes between lawmakers broke out in the Iraqi parliament in Baghdad on Monday."):
        assert not _placed(text, date(2024, 1, 10)), text
    # another state's barrage in Houthi-held areas is no US strike
    found = _placed("Houthi-controlled media said a Saudi artillery barrage destroyed homes in Houthi-held areas of Saada province.",
                    date(2024, 1, 10))
    assert all(c["actor1"] != "United States" for c in found)


def test_a_weapon_downed_at_a_us_held_base_no_one_named_was_downed_by_us_forces():
    # a third helper's sort of the evidence errors (round forty-one): "A drone was shot down near Ain al-Asad air base" had no actor
    [c] = _placed("A drone was shot down near Ain al-Asad air base on Monday.", date(2024, 1, 10))
    assert (c["sub_event_type"], c["actor1"]) == ("Disrupted weapons use", "United States")
    # near a Peshmerga base, the Kurdistan Region's forces (Iraq); at Erbil's airport, where both down drones, no one is guessed
    [c] = _placed("A drone was shot down near a Peshmerga base in Erbil province on Monday.", date(2024, 1, 10))
    assert c["actor1"] == "Iraq"
    [c] = _placed("A drone was shot down over Erbil airport on Monday.", date(2024, 1, 10))
    assert c["actor1"] == ""
    # the US forces a downed drone was aimed at are not its side
    [c] = _placed("US forces shot down a drone targeting U.S. forces at al-Tanf on Monday.", date(2024, 1, 10))
    assert (c["actor1"], c["actor2"]) != ("United States", "United States") and c["actor2"] != "United States"


def test_a_strike_whose_target_no_one_names_is_on_an_unidentified_armed_group():
    [c] = _placed("US forces conducted a strike near Albu Kamal on Monday.", date(2024, 1, 10))
    assert (c["actor1"], c["actor2"]) == ("United States", "Unidentified armed group")


def test_a_states_adjective_owns_its_strike_and_the_20th_is_a_day():
    [c] = _placed("A Turkish drone strike killed three PKK fighters in Sinjar on Monday.", date(2024, 1, 10))
    assert c["actor1"] == "Turkey"
    [c] = _placed("A suspected Turkish drone strike hit a car near Sulaimani on Monday.", date(2024, 1, 10))
    assert c["actor1"] != "Turkey"
    [c] = _placed("Also on the 20th Iran-backed groups launched rockets at Al-Asad airbase.", date(2023, 12, 21))
    assert (c["actor1"], c["actor2"]) == ("Iran-backed militias (unidentified)", "United States")


def test_review_guards_of_the_third_batch():
    # a third reviewing helper's worse cases (round forty-one): a strike on people or things is no strike on an armed group;
    # an unconfirmed Turkish strike is no one's; the Iraqi service that said "its forces" downed a drone downed it
    for text in ("An Israeli strike killed a family of five in southern Lebanon on Tuesday, the Lebanese health ministry said.",
                 "A U.S. strike on a house in al-Qaim killed a woman and her two children, Iraqi officials said on Tuesday."):
        assert all(c["actor2"] != "Unidentified armed group" for c in _placed(text, date(2024, 1, 10))), text
    [c] = _placed("An unconfirmed Turkish drone strike hit a vehicle in Qamishli on Wednesday, Kurdish media reported.", date(2024, 1, 10))
    assert c["actor1"] != "Turkey"
    [c] = _placed("Iraq's Counter-Terrorism Service said its forces downed a drone near Ain al-Asad base on Friday.", date(2024, 1, 10))
    assert c["actor1"] == "Iraq"


def test_a_road_named_by_the_towns_it_joins_is_one_place():
    # Rudaw (Jan 2026): missiles "struck near Erbil-Pirmam road"; a drone strike "on the Damascus-Beirut highway": an event in each
    # town the road's name joins
    [c] = _placed("A drone struck a vehicle on the Erbil-Pirmam road on Monday.", date(2024, 1, 10))
    assert c["place_id"] == "erbil"
    [c] = _placed("An Israeli drone strike hit a car on the Damascus-Beirut highway on Sunday, killing two people.", date(2024, 1, 10))
    assert c["location"] == "Damascus" and not c["background"]
    # two towns struck stay two events
    assert len(_placed("Rockets hit Erbil and Pirmam on Monday.", date(2024, 1, 10))) == 2


def test_an_attack_told_as_the_means_of_an_escalation_is_one():
    # White House statement (4 Apr 2018): the Houthis' "latest attempt to escalate the war in Yemen, this time by attacking a
    # commercial vessel while it transited ... the Bab al-Mandab" was no report
    [c] = _placed("The Houthis tried to escalate the war in Yemen, this time by attacking a commercial vessel while it transited the "
                  "Bab al-Mandab on Monday.", date(2018, 4, 4))
    assert (c["actor1"], c["place_id"]) == ("Houthis", "bab-el-mandeb")
    assert not _placed("Officials accused Iran of trying to destabilise the region by attacking shipping lanes.", date(2018, 4, 4))
