"""Ingest on reports met in real reporting in round thirty (each case paraphrases a class of error
found in a development article)."""

from __future__ import annotations

from datetime import date

from .one_article import events as _events


def test_the_site_of_a_strike_already_told_is_no_new_strike():
    text = ("Missiles struck Erbil late on Monday, killing four civilians. The governor spoke to reporters on Tuesday near the site "
            "of the strikes on the Pirmam road.")
    got = [(c["place_id"], c["event_date"]) for c in _events(text, date(2024, 1, 16))]
    assert got == [("erbil", "2024-01-15")], got
    assert _events("Rescuers searched the scene of Monday's drone attack in Erbil for survivors.", date(2024, 1, 17)) == []
    # a site that was struck is still a strike there
    [c] = _events("A drone struck a site of the Popular Mobilization Forces in Anbar on Sunday.", date(2024, 3, 4))
    assert (c["place_id"], c["event_date"]) == ("anbar", "2024-03-03")


def test_a_shot_down_drone_names_who_stopped_it_first_and_fills_in_an_unnamed_launcher():
    [c] = _events("US forces shot down a one-way attack drone near al-Tanf on Sunday, a US official said.", date(2023, 10, 23))
    assert (c["sub_event_type"], c["actor1"], c["actor2"], c["place_id"]) == (
        "Disrupted weapons use", "United States", "Unidentified armed group", "al-tanf")
    [c] = _events("The Houthis said they shot down a U.S. MQ-9 Reaper drone over Yemen on Wednesday.", date(2024, 2, 20))
    assert (c["sub_event_type"], c["actor1"], c["actor2"]) == ("Disrupted weapons use", "Houthis", "United States")


def test_a_stance_on_any_attacks_is_no_condemnation_of_one():
    assert _events("Iraq's interior ministry condemned any attacks on diplomatic missions following the incidents.", date(2026, 3, 17)) == []
    got = _events("Iraq's interior ministry condemned the drone attack on the US embassy in Baghdad.", date(2026, 3, 17))
    assert sorted((c["sub_event_type"], c["actor1"]) for c in got) == [("Air/drone strike", "Unidentified armed group"), ("Other", "Iraq")]


def test_a_drone_seen_flying_over_a_town_is_a_sighting_not_an_attack():
    assert _events("Peshmerga forces on Friday spotted an unknown drone flying over Tuz Khurmatu in northern Iraq.", date(2025, 12, 26)) == []
    [c] = _events("An unknown drone flying over Tuz Khurmatu struck a Peshmerga post on Friday.", date(2025, 12, 26))
    assert c["sub_event_type"] == "Air/drone strike"


def test_a_fourth_drone_in_the_province_is_one_more_not_one_of_the_fields_named():
    text = ("Two drones hit the Peshkabir field on Wednesday and a third struck the nearby Tawke field, Kurdish counterterrorism "
            "forces said. A fourth drone later struck a US-headquartered oil site in Dohuk province.")
    got = sorted(c["place_id"] for c in _events(text, date(2025, 7, 16)))
    assert got == ["duhok-governorate", "peshkabir-oil-field", "tawke-oil-field"], got
