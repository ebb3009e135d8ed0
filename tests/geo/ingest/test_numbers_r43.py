"""Tolls met in real reporting in round forty-three: members of groups named without an article, a named man killed with others."""

from __future__ import annotations

import pytest

from geo.ingest.numbers import find_figures


def _dead(text: str) -> list[int]:
    return [f.value for f in find_figures(text) if f.kind == "killed"]


@pytest.mark.parametrize(("text", "dead"), [
    # RT and MENAFN (Nov 2023) on the strikes near al-Mayadeen: the members of groups named with no article had no toll
    ("Four Syrian members of Iran-backed groups were killed on Monday, the monitor said.", [4]),
    ("Four members of Iran-backed groups were killed and ten others wounded in a second strike.", [4]),
    ("Two members of armed factions were killed in the raid.", [2]),
    ("Five members of an Iranian-backed militia were killed.", [5]),  # (with an article, as before)
])
def test_members_of_groups_without_an_article(text, dead):
    assert _dead(text) == dead


def test_members_of_something_not_a_group_are_not_read_so():
    assert _dead("Three members of parliament were killed.") == []


@pytest.mark.parametrize(("text", "dead"), [
    # EA WorldView (Feb 2024): the drone strike in Baghdad "killed" a named commander "and two other militiamen": 3, not 1
    ("The drone strike killed Wissam Mohammed al-Saadi and two other militiamen on Wednesday night.", [3]),
    ("The strike killed Abu Baqir al-Saadi, a senior commander, and two other members of the group.", [3]),
    ("The strike killed Abu Baqir al-Saadi.", [1]),
])
def test_a_named_man_killed_with_a_count_of_others(text, dead):
    assert _dead(text) == dead
