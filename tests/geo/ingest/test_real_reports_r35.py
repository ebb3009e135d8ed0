"""Ingest on reports met in real reporting in round thirty-five (each case paraphrases a class of error
found in a development article or in the review of round thirty-four)."""

from __future__ import annotations

from datetime import date

from .one_article import events as _events


def test_a_drone_no_one_claimed_that_iraqs_forces_shot_down_is_an_unidentified_groups():
    # Anadolu (anews), 6 Mar 2026: Iraq's security forces downed two drones by a vital facility in Basra; no one named the launcher
    [c] = _events("Iraqi security forces shot down two drones near an oil facility in Basra on Friday evening, the Security Media "
                  "Cell said.", date(2026, 3, 7))
    assert (c["sub_event_type"], c["actor1"], c["actor2"]) == ("Disrupted weapons use", "Iraq", "Unidentified armed group")
    # a launcher the report names stays the weapon's owner
    [c] = _events("Iraqi security forces shot down two drones launched by Kataib Hezbollah near Basra on Friday evening.", date(2026, 3, 7))
    assert c["actor2"] == "Kata'ib Hezbollah"
