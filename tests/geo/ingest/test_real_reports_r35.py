"""Ingest on reports met in real reporting in round thirty-five (each case paraphrases a class of error
found in a development article or in the review of round thirty-four)."""

from __future__ import annotations

from datetime import date

from .one_article import events as _events


def test_a_week_count_of_attacks_told_by_a_speaker_on_a_day_stays_a_week_count():
    # the Pentagon's phrasing (Oct 2023), with who said it and when after the count: the week still dates the attacks after it
    base = " At the Ain al-Asad air base, U.S. forces confronted two drones, destroying one."
    for tag in ("the Pentagon said", "the Pentagon said on Monday", "a defence official said late Monday"):
        text = f"Last week, U.S. forces came under 13 drone and rocket attacks in Iraq and Syria, {tag}.{base}"
        [c] = [c for c in _events(text, date(2023, 10, 25)) if c["kind"] == "event"]
        assert (c["event_date"], c["time_precision"]) == ("2023-10-19", 2), tag
    # the week the count was said is still not the attacks' week
    text = "Last week, a US official said troops had faced 13 attacks in Iraq and Syria." + base
    [c] = [c for c in _events(text, date(2023, 10, 25)) if c["kind"] == "event"]
    assert c["event_date"] == "2023-10-25"


def test_us_jets_named_by_model_at_a_line_start_are_the_strikers_not_a_dateline():
    # a line opening with US jets named by their model: the dash of "F-15E" read as a dateline's hid the US from the sentence
    for text in ("U.S. F-15E jets struck two sites in eastern Syria on Tuesday.",
                 "Officials spoke on Wednesday.\nU.S. F-16 fighter jets struck a weapons depot in eastern Syria on Tuesday."):
        [c] = _events(text, date(2024, 1, 5))
        assert (c["actor1"], c["sub_event_type"], c["event_date"]) == ("United States", "Air/drone strike", "2024-01-02"), text
    # a dateline in capitals before a dash is still one
    [c] = _events("BAGHDAD - A drone hit a US base in Erbil on Tuesday.", date(2024, 1, 5))
    assert c["place_id"] != "baghdad"


def test_a_us_denial_in_the_next_sentence_leaves_an_unowned_strike_unowned():
    # a strike nobody names, then the US command's denial: the Pentagon named only as denying does not make the strike American
    for denial in ("The Pentagon said US forces were not involved.", "CENTCOM said it had no involvement in the strike."):
        text = f"A drone strike hit a car carrying Kataib Hezbollah members in Baghdad on Thursday. {denial}"
        [c] = _events(text, date(2024, 1, 6))
        assert (c["actor1"], c["sub_event_type"], c["place_id"]) == ("Unidentified military forces", "Air/drone strike", "baghdad"), denial
    # without the denial, the Pentagon's word about the strike still makes it theirs, as before
    text = "A drone strike hit a car carrying Kataib Hezbollah members in Baghdad on Thursday. The Pentagon said the strike killed two."
    [c] = _events(text, date(2024, 1, 6))
    assert c["actor1"] == "United States"


def test_us_aircraft_hit_by_shrapnel_were_the_target_not_the_strikers():
    # rockets on a base where US aircraft "were hit by shrapnel": the aircraft were what was hit, in the passive
    [c] = _events("Rockets hit the Ain al-Asad base on Thursday and several US aircraft were hit by shrapnel.", date(2024, 1, 6))
    assert (c["actor1"], c["actor2"], c["sub_event_type"]) == ("Unidentified armed group", "United States",
                                                              "Shelling/artillery/missile attack")
    # aircraft that struck, with a word between, still did
    [c] = _events("US aircraft later hit militia sites near al-Qaim on Thursday.", date(2024, 1, 6))
    assert (c["actor1"], c["sub_event_type"]) == ("United States", "Air/drone strike")


def test_a_drone_no_one_claimed_that_iraqs_forces_shot_down_is_an_unidentified_groups():
    # Anadolu (anews), 6 Mar 2026: Iraq's security forces downed two drones by a vital facility in Basra; no one named the launcher
    [c] = _events("Iraqi security forces shot down two drones near an oil facility in Basra on Friday evening, the Security Media "
                  "Cell said.", date(2026, 3, 7))
    assert (c["sub_event_type"], c["actor1"], c["actor2"]) == ("Disrupted weapons use", "Iraq", "Unidentified armed group")
    # a launcher the report names stays the weapon's owner
    [c] = _events("Iraqi security forces shot down two drones launched by Kataib Hezbollah near Basra on Friday evening.", date(2026, 3, 7))
    assert c["actor2"] == "Kata'ib Hezbollah"


def test_a_drone_iraq_shot_down_that_a_state_owned_is_not_an_unidentified_groups():
    # review guard: a US drone Iraq's air defences downed stays the United States' weapon; a state's named drone is no group's
    [c] = _events("Iraqi air defences shot down a US MQ-9 Reaper drone over Diyala on Monday, a security official said.", date(2024, 1, 10))
    assert (c["actor1"], c["actor2"]) == ("Iraq", "United States")
    # (round 42: the state a drone is named for owns it, as ACLED codes a disrupted weapon's owner)
    for text, owner in (("Iraqi security forces shot down a Turkish drone over the Makhmour camp on Thursday, officials said.", "Turkey"),
                        ("Iraqi security forces shot down an Iranian drone over Sulaimaniyah on Thursday, officials said.", "Iran")):
        [c] = _events(text, date(2024, 1, 10))
        assert (c["actor1"], c["actor2"]) == ("Iraq", owner), text


def test_a_denial_of_something_else_leaves_a_strike_the_us_owned_up_to_american():
    # review guard: the command said it struck; what it denied was the wounded, or that the strike broke Iraq's sovereignty
    for text in ("Airstrikes hit a Kataib Hezbollah weapons depot in Jurf al-Sakhar on Tuesday, the group said. The US military said "
                 "it had struck the depot. The Pentagon denied that Iraqi soldiers were wounded.",
                 "A drone strike killed a Kataib Hezbollah commander in Baghdad on Thursday. Central Command said it struck in "
                 "self-defense. The Pentagon denied that the strike violated Iraq's sovereignty."):
        [c] = _events(text, date(2024, 1, 10))
        assert (c["actor1"], c["sub_event_type"]) == ("United States", "Air/drone strike"), text
