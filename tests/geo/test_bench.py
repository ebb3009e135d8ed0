"""``python -m geo bench`` at a small size, as a user runs it: one JSON object on standard output
with every figure, the naive map bigger and slower than ours, and nothing written to the user's store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from geo.bench import RESULT_KEYS, format_report
from geo.cli import main
from geo.store import open_store

N = 2000


@pytest.fixture(scope="module")
def bench(tmp_path_factory) -> tuple[dict, Path, Path]:
    """One run at N events, its work directory kept, with STRIKEMAP_DB naming a store it must not touch."""
    tmp = tmp_path_factory.mktemp("bench")
    user_db, keep = tmp / "user.sqlite", tmp / "kept"
    env = {**os.environ, "STRIKEMAP_DB": str(user_db)}
    r = subprocess.run([sys.executable, "-m", "geo", "bench", "--events", str(N), "--json", "--keep", str(keep)],
                       capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 0, r.stderr[-3000:]
    lines = r.stdout.strip().splitlines()
    assert len(lines) == 1, f"expected one line of JSON on stdout, got {len(lines)}: {r.stdout[:500]!r}"
    assert "[9/9]" in r.stderr  # progress goes to standard error
    return json.loads(lines[0]), user_db, keep


def test_every_figure_is_there_and_sane(bench) -> None:
    result, _, _ = bench
    assert list(result)[: len(RESULT_KEYS)] == list(RESULT_KEYS)
    assert result["events"] == N and result["loaded_events"] >= N
    for key in ("import_s", "store_mb", "filter_p50_ms", "map_build_s", "naive_map_build_s", "dashboard_rerun_s",
                "dashboard_first_run_s", "png_export_s", "gazetteer_fuzzy_p50_ms", "ingest_articles_per_s", "peak_rss_mb", "load_s"):
        assert isinstance(result[key], int | float) and result[key] > 0, (key, result[key])
    assert 0 < result["zoomed_map_payload_bytes"] < result["map_payload_bytes"] < result["naive_map_payload_bytes"]
    assert 0 < result["zoomed_events"] < N
    assert result["naive_events"] == result["loaded_events"] and result["naive_extrapolated"] is False
    assert result["build_ratio"] > 1 and result["payload_ratio"] > 1
    assert len(result["dashboard_reruns_s"]) == 3
    assert result["peak_rss_mb"] == max(result["bench_peak_rss_mb"], result["dashboard_peak_rss_mb"]) < 24 * 1024


def test_synthetic_events_stay_in_the_benchmark_store(bench, gz) -> None:
    _, user_db, keep = bench
    assert not user_db.exists()
    assert {p.name for p in keep.iterdir()} >= {"bench.sqlite", f"synthetic_acled_{N}.csv"}
    with open_store(keep / "bench.sqlite", gazetteer=gz) as store:
        gdf = store.frame()
    synthetic = gdf["event_id_cnty"].str.startswith("SYN")
    assert synthetic.sum() == N
    assert (gdf.loc[~synthetic, "layer"] == "curated").all()  # the base layer, and nothing else


def test_text_report_has_targets_marks_and_ratios(bench) -> None:
    result, _, _ = bench
    text = format_report(result)
    assert f"{N:,} synthetic ACLED events" in text
    assert "<= 0.5 s" in text and "<= 1 s at 100k" in text and "pass" in text
    assert "naive / ours, build time" in text and "targets missed:" in text
    extrapolated = format_report(result | {"events": 1_000_000, "loaded_events": 1_000_013, "naive_events": 100_000,
                                           "naive_extrapolated": True, "png_export_s": 9.0})
    assert "scaled linearly to 1,000,013 (extrapolated)" in extrapolated
    assert "<= 3 s at 1M" in extrapolated and "briefing PNG export" not in extrapolated.split("targets missed:")[1]


@pytest.mark.parametrize("bad", ["0", "-5", "many"])
def test_events_must_be_a_positive_count(bad: str, capsys) -> None:
    with pytest.raises(SystemExit) as err:
        main(["bench", "--events", bad])
    assert err.value.code == 2
    assert "is not a number of events" in capsys.readouterr().err
