"""The worst shared links (red team, issue 18, item 6) open a usable dashboard: the map is drawn,
no exception, and the notices are few and short (one summary, never one per value). Timing is
printed by ``benchmarks/hostile_input.py``, not asserted here."""

from __future__ import annotations

import pytest

from .link_check import WORST_LINKS, has_map, open_link


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    monkeypatch.delenv("STRIKEMAP_TILES", raising=False)
    monkeypatch.setenv("STRIKEMAP_DB", str(tmp_path / "events.sqlite"))
    monkeypatch.setenv("STRIKEMAP_SESSIONS", str(tmp_path / "sessions"))


@pytest.mark.parametrize("name", list(WORST_LINKS))
def test_the_worst_links_open_a_usable_page(name):
    _, at = open_link(WORST_LINKS[name])
    assert not at.exception, [e.message for e in at.exception]
    assert has_map(at)
    assert len(at.toast) <= 10 and all(len(str(t.value)) < 400 for t in at.toast), [t.value for t in at.toast]
