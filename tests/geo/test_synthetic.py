"""The synthetic ACLED generator behind the benchmark: labelled synthetic everywhere, reproducible
from its seed, real towns with their coordinates, and accepted whole by the real importer."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.bench import SYNTHETIC_SOURCE, synthetic_acled, write_synthetic_acled
from geo.model import ACLED_COLUMNS


@pytest.fixture(scope="module")
def rows():
    return synthetic_acled(2000, seed=11)


def test_every_row_says_it_is_synthetic(rows) -> None:
    assert list(rows.columns) == list(ACLED_COLUMNS)
    assert rows["event_id_cnty"].str.fullmatch(r"SYN\d{7}").all()
    assert rows["event_id_cnty"].is_unique
    assert (rows["source"] == SYNTHETIC_SOURCE).all() and (rows["tags"] == "synthetic").all()
    assert rows["notes"].str.startswith("SYNTHETIC benchmark event ").all()


def test_same_seed_same_rows_other_seed_other_rows(rows) -> None:
    assert synthetic_acled(2000, seed=11).equals(rows)
    other = synthetic_acled(2000, seed=12)
    assert not other.equals(rows)
    assert (other["event_id_cnty"] == rows["event_id_cnty"]).all()  # ids count up whatever the seed


def test_real_towns_of_the_theatre(rows) -> None:
    assert set(rows["country"]) <= {"Iraq", "Syria", "Jordan"}
    lat, lon = rows["latitude"].astype(float), rows["longitude"].astype(float)
    assert lat.between(29.0, 37.5).all() and lon.between(35.0, 48.7).all()  # Iraq, Syria and Jordan's box
    assert rows.loc[rows["event_type"] == "Strategic developments", "fatalities"].eq("0").all()
    assert (rows["actor1"] != rows["actor2"]).all()


def test_no_rows_and_a_negative_count() -> None:
    empty = synthetic_acled(0)
    assert len(empty) == 0 and list(empty.columns) == list(ACLED_COLUMNS)
    with pytest.raises(ValueError, match=r"n was -1 but is expected to be 0 or more"):
        synthetic_acled(-1)


def test_the_importer_takes_them_whole_and_once(tmp_path: Path, empty_store) -> None:
    path = write_synthetic_acled(tmp_path / "synthetic.csv", 300, seed=5)
    report = empty_store.import_file(path)
    assert (report.format, report.added, report.duplicates, report.refused) == ("acled", 300, 0, 0)
    gdf = empty_store.frame()
    assert len(gdf) == 300 and gdf["event_id_cnty"].str.startswith("SYN").all()
    assert (gdf["source"] == SYNTHETIC_SOURCE).all() and gdf.geometry.notna().all()
    again = empty_store.import_file(path)
    assert (again.added, again.duplicates) == (0, 300)
