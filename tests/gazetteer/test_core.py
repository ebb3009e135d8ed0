"""The gazetteer's province test for regions made of provinces (gazetteer/core.py)."""

from __future__ import annotations

from gazetteer import Gazetteer


def test_the_kurdistan_region_holds_its_four_governorates_and_not_kirkuk():
    gz = Gazetteer.default()
    towns = {name: gz.get(name).place for name in ("Sulaymaniyah", "Erbil", "Duhok", "Kirkuk", "Baghdad")}
    held = {name: gz.may_lie_in(p.lat, p.lon, "kurdistan-region") for name, p in towns.items()}
    assert held == {"Sulaymaniyah": True, "Erbil": True, "Duhok": True, "Kirkuk": False, "Baghdad": False}
