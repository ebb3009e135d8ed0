"""Ingest on reports met in real reporting in round forty-two (each case paraphrases a class of error found in
the quoted evidence of the development sets, in their public texts, or in a systematic grid of the frames reporting uses)."""

from __future__ import annotations

from datetime import date

from .one_article import events as _events


def _placed(text: str, published: date) -> list[dict]:
    return [c for c in _events(text, published) if c["kind"] == "event"]


def test_weapons_named_as_what_the_struck_sites_held_are_no_attack():
    # Business Insider (26 Jan 2024) on the US strikes of 23 Jan: "headquarters, storage, and training locations for rocket,
    # missile, and one-way attack UAV capabilities" made a militia missile attack at the second place named
    text = ("The strikes targeted headquarters, storage and training locations for rockets, missiles and drones in Jurf al-Sakhar "
            "and al-Qaim, officials said.")
    got = _placed(text, date(2024, 1, 24))
    assert {c["place_id"] for c in got} == {"jurf-al-sakhar", "al-qaim"}
    assert {c["sub_event_type"] for c in got} == {"Air/drone strike"}
    # rockets fired at a site are still an attack
    [c] = _placed("Militants fired rockets at a US base in al-Qaim on Monday.", date(2024, 1, 24))
    assert (c["sub_event_type"], c["actor2"]) == ("Shelling/artillery/missile attack", "United States")


def test_a_state_that_responded_by_striking_struck():
    # Business Insider (26 Jan 2024): "The U.S. responded on Tuesday by targeting three militia ..." was no report
    for text in ("The U.S. responded on Tuesday by targeting three militia headquarters in Iraq.",
                 "US forces retaliated on Tuesday by striking three militia sites in Iraq."):
        [c] = _placed(text, date(2024, 1, 24))
        assert (c["sub_event_type"], c["actor1"], c["place_id"], c["event_date"]) == (
            "Air/drone strike", "United States", "iraq", "2024-01-23"), text
    # an answer that is no strike is none
    assert not _placed("The ship responded by firing flares near Aden on Tuesday.", date(2024, 1, 24))
