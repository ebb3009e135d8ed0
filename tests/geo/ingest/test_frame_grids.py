"""The two frame grids of ``benchmarks/`` (who did what to whom; where it happened), read as regression tests: the cells read
right when they were written (round 42) stay right."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_BENCH = Path(__file__).resolve().parents[3] / "benchmarks"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, _BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_who_grid_holds():
    grid = _load("ingest_frames_who")
    wrong = [want["text"] for _, _, _, want in grid.build() if grid.check(want)[0]]
    assert len(wrong) <= 74, wrong[:20]  # 877 cells, 803 right at the end of round 42 (661 at its start)


def test_the_where_grid_holds():
    wrong = [c["text"] for c in _load("ingest_frames_where").run() if c["verdict"] != "ok"]
    assert len(wrong) <= 17, wrong[:20]  # 2,038 cells, 2,021 read right when written
