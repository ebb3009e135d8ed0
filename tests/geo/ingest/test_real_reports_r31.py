"""Ingest on reports met in real reporting in round thirty-one (each case paraphrases a class of error
found in a development article)."""

from __future__ import annotations

from datetime import date

from .one_article import events as _events


def test_repeated_attacks_told_as_a_cause_are_no_event():
    for text in ("On Friday, a correspondent reported that US forces had evacuated a base in the Hasakah region as a result of "
                 "repeated attacks by militias.",
                 "US forces evacuated a military base in Hasakah on Friday as a result of repeated attacks by the Islamic Resistance in Iraq.",
                 "The base in Hasakah has come under frequent rocket attacks from militias since Friday."):
        assert _events(text, date(2024, 1, 20)) == [], text
    # one attack that is told is still one
    [c] = _events("Militias fired rockets at the US base in Hasakah on Friday.", date(2024, 1, 20))
    assert (c["place_id"], c["event_date"]) == ("hasakah-governorate", "2024-01-19")


def test_a_us_drone_shot_down_by_an_unnamed_side_is_the_weapon_of_the_united_states():
    for text in ("A US MQ-9 drone was shot down over Diyala on Saturday.",
                 "Earlier, the group announced that it had targeted and downed, on Thursday, an American ‘MQ9’ drone in Diyala province.",
                 "It said it had brought down the \"MQ-9 Reaper\" drone over Diyala province on Thursday."):
        [c] = _events(text, date(2024, 1, 20))
        assert (c["sub_event_type"], c["actor1"], c["actor2"]) == (
            "Disrupted weapons use", "Unidentified armed group", "United States"), (text, c["actor1"], c["actor2"])
        assert all(s.get("actor1") != "United States" for s in c["sources"]), "the US named only as the weapon's owner"
    # the US side named as who shot it down stays the interceptor
    for text in ("US forces shot down a drone over Diyala on Saturday.", "US air defenses intercepted a drone near Erbil on Saturday."):
        [c] = _events(text, date(2024, 1, 20))
        assert (c["actor1"], c["actor2"]) == ("United States", "Unidentified armed group"), text



def test_repeated_as_a_verb_or_a_count_of_strikes_told_on_a_day_is_still_an_event():
    [c] = _events("The Islamic Resistance in Iraq repeated its attack on Ain al-Asad air base on Sunday.", date(2024, 1, 20))
    assert c["place_id"] == "ain-al-asad"
    [c] = _events("The US carried out repeated airstrikes on Kata'ib Hezbollah sites near al-Qaim on Sunday.", date(2024, 1, 20))
    assert (c["place_id"], c["actor1"]) == ("al-qaim", "United States")


def test_us_aircraft_that_shot_down_a_drone_are_the_interceptor_not_the_weapon():
    for text in ("American jets shot down a drone over Diyala on Saturday.", "A US MQ-9 drone shot down a hostile drone near Erbil on Saturday."):
        [c] = _events(text, date(2024, 1, 20))
        assert (c["actor1"], c["actor2"]) == ("United States", "Unidentified armed group"), text
