"""Guards on round forty-three's rules, from a reviewing helper's cases written for other theatres: each rule fitted to the US-militia
theatre kept where other states strike, condemn, fight or call themselves the same names."""

from __future__ import annotations

from datetime import date

import pytest

from .one_article import events as _events

_DAY = date(2024, 1, 5)


def _placed(text: str) -> list[dict]:
    return [c for c in _events(text, _DAY) if c["kind"] == "event"]


@pytest.mark.parametrize("text", [
    "The Iraqi government condemned Iran's missile strike on Erbil, which Tehran said had targeted a spy centre.",
    "Baghdad condemned the Israeli strike that killed Iranian advisers in Damascus.",
    "The Iraqi government condemned the drone attack on the Khor Mor gas field, which halted gas supplies.",
    "Iraq's foreign ministry condemned the bombing of a market in Sadr City that killed 15 people.",
    "Al-Sudani denounced the air strike on a refugee camp in Makhmour that killed five people.",
])
def test_iraq_condemning_what_the_us_did_not_do_has_no_us_side(text):
    assert all("United States" not in (c["actor1"], c["actor2"]) for c in _placed(text) if c["event_type"] == "Strategic developments")


def test_iraq_condemning_an_unnamed_attack_is_still_against_the_us():
    # the labels' coding, kept: "The attack was condemned by the Iraqi government as escalatory and a violation of sovereignty"
    [c] = [c for c in _placed("US forces struck three sites in Iraq on Tuesday. The strikes were condemned by the Iraqi government as "
                              "escalatory and a violation of sovereignty.") if c["event_type"] == "Strategic developments"]
    assert (c["actor1"], c["actor2"]) == ("Iraq", "United States")


@pytest.mark.parametrize("text", [
    "A precision strike on a car in Tyre killed a senior Hamas official, Lebanese security sources said.",
    "Israeli strikes pounded southern Lebanon on Tuesday. A precision strike on a car in Nabatieh killed two Hezbollah members.",
])
def test_us_words_for_a_strike_are_not_the_us_in_lebanon(text):
    assert all(c["actor1"] != "United States" for c in _placed(text))


@pytest.mark.parametrize("text", [
    "Hezbollah's Islamic Resistance claimed a drone attack on the Meron air traffic control base in northern Israel on Thursday.",
    "Islamic Resistance fighters in southern Lebanon struck an Israeli Merkava tank near Metula with an anti-tank missile.",
    "An explosive drone launched from Lebanon struck a house in Metula, and the Islamic Resistance claimed responsibility.",
])
def test_the_islamic_resistance_fighting_from_lebanon_is_hezbollah(text):
    assert [c["actor1"] for c in _placed(text)] == ["Hezbollah"]


def test_tribal_fighting_far_from_the_sdf_is_not_against_it():
    [c] = _placed("Bedouin tribal fighters clashed with Druze gunmen in Sweida city, leaving 30 people dead.")
    assert c["actor2"] != "Syrian Democratic Forces"


def test_government_forces_held_villages_did_not_attack():
    for c in _placed("Rebel fighters attacked the villages of Tal Malah and Jalamah, held by government forces, in Hama province."):
        assert c["actor1"] != "Syrian government forces"
