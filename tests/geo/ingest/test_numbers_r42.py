"""Tolls met in real reporting in round forty-two: the dead told as a list of parts."""

from __future__ import annotations

import pytest

from geo.ingest.numbers import find_figures


@pytest.mark.parametrize(("text", "dead"), [
    # The Week (6 Aug 2024): "killing three Iraqi fighters and a Houthi commander visiting from Yemen" was three
    ("the U.S. bombed a small drone factory near Baghdad last week, killing three Iraqi fighters and a Houthi commander", 4),
    ("Three soldiers and two civilians were killed.", 5),
    ("A man and his two sons were killed in the strike.", 3),
    ("The strike killed a woman and her two children.", 3),
    ("killing two Iraqi soldiers and a US contractor", 3),
])
def test_the_dead_told_as_a_list_are_summed(text, dead):
    assert [(f.kind, f.value) for f in find_figures(text) if f.kind == "killed"] == [("killed", dead)]


@pytest.mark.parametrize("text", [
    "killing two people and wounding five others",  # the wounded are not dead
    "The strike killed two soldiers and injured four others.",
])
def test_a_list_of_the_dead_stops_at_the_wounded(text):
    assert [f.value for f in find_figures(text) if f.kind == "killed"] == [2]


def test_a_list_whose_count_is_not_told_is_not_read():
    assert not [f for f in find_figures("A man and his sons were killed.") if f.kind == "killed" and f.value > 1]
