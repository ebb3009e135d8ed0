"""The dashboard stage of ``python -m geo bench`` (run by it as a child process): drive
``dashboard.py`` with streamlit's AppTest on the store ``DB``, a cold first run and then three
event-type changes, and write the timings as JSON to ``OUT``.

    python benchmarks/dashboard_rerun.py DB OUT

It lives here, beside the app, because it imports streamlit; nothing under ``geo/`` does.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from streamlit.testing.v1 import AppTest

from geo.bench import p50, peak_rss_mb, timed

DASHBOARD = Path(__file__).resolve().parents[1] / "dashboard.py"


def _check(at: AppTest, what: str) -> None:
    if at.exception:
        raise RuntimeError(f"the dashboard raised on {what}: " + "; ".join(e.message for e in at.exception))


def main(db: str, out: str) -> int:
    os.environ["STRIKEMAP_DB"] = db
    at = AppTest.from_file(str(DASHBOARD), default_timeout=600)
    first, _ = timed(at.run)
    _check(at, "its first run")
    reruns = []
    for value in (["Explosions/Remote violence"], ["Battles"], ["Explosions/Remote violence"]):
        took, _ = timed(at.multiselect(key="types").set_value(value).run)
        _check(at, f"event type {value}")
        reruns.append(took)
    result = {"first_run_s": first, "rerun_s": p50(reruns), "reruns_s": reruns, "peak_rss_mb": peak_rss_mb()}
    Path(out).write_text(json.dumps(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
