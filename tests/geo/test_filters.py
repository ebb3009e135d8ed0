"""One vectorised filter, hierarchy-aware for actors."""

from __future__ import annotations

from datetime import date

import pytest

from geo.model import curated_records, to_frame
from geo.view import View


@pytest.fixture(scope="module")
def gdf(gz):
    return to_frame(curated_records(gz))


def _ids(gdf, **kw) -> set[str]:
    return set(View(**kw).apply(gdf).event_id_cnty)


def test_umbrella_includes_its_members(gdf) -> None:
    iri = _ids(gdf, actors=("Islamic Resistance in Iraq",))
    assert {"SMJOR0001", "SMSYR0003", "SMIRQ0002", "SMIRQ0005"} <= iri  # KH and al-Nujaba events too
    assert _ids(gdf, actors=("Kataib Hizbullah",)) == {"SMJOR0001", "SMIRQ0002"}  # alias + assoc_actor_1


def test_iran_includes_irgc_and_quds_force(gdf) -> None:
    assert {"SMIRQ0001", "SMSYR0001", "SMIRN0001"} <= _ids(gdf, actors=("Iran",))


def test_dates_sides_types_countries_precision_text(gdf) -> None:
    assert _ids(gdf, date_from=date(2024, 2, 3), date_to=date(2024, 2, 4)) == {"SMSYR0002", "SMSYR0003"}
    assert "SMSYR0003" in _ids(gdf, sides=("Iran and aligned",))
    assert _ids(gdf, event_types=("Strategic developments",)) >= {"SMIRQ0002", "SMUSA0001"}
    assert _ids(gdf, sub_event_types=("Shelling/artillery/missile attack",)) == {"SMSYR0002", "SMSYR0004"}
    assert _ids(gdf, countries=("JO",)) == {"SMJOR0001"} == _ids(gdf, countries=("Jordan",))
    assert all(p == 1 for p in View(min_precision=1).apply(gdf).geo_precision)
    assert "SMIRQ0004" not in _ids(gdf, min_precision=2)
    assert _ids(gdf, text="SDF COMMANDOS") == {"SMSYR0003"}


def test_filters_combine_and_do_not_change_the_input(gdf) -> None:
    before = gdf.copy()
    out = View(actors=("United States",), countries=("SY",), event_types=("Explosions/Remote violence",)).apply(gdf)
    assert set(out.event_id_cnty) == {"SMSYR0001", "SMSYR0002", "SMSYR0003", "SMSYR0004"}
    assert gdf.equals(before)


@pytest.mark.parametrize(("kw", "msg"), [({"sides": ("Blue",)}, "side was 'Blue'"), ({"min_precision": 5}, "min_precision"),
                                         ({"date_from": date(2024, 2, 5), "date_to": date(2024, 2, 1)}, "after")])
def test_bad_filters_say_what_is_accepted(kw, msg) -> None:
    with pytest.raises(ValueError, match=msg):
        View(**kw)
