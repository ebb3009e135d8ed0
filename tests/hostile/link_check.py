"""The worst shared links the red team sent (issue 18, item 6), opened in the real dashboard
(headless, streamlit's AppTest): the seconds until the page has run to its end and shows its map.
Used by ``tests/hostile/test_links.py`` (usable, bounded notices) and ``benchmarks/hostile_input.py``
(the seconds, against the target of 5)."""

from __future__ import annotations

import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: name -> query parameters
WORST_LINKS: dict[str, dict[str, list[str]]] = {
    "2,000 bad countries (10 KB)": {"country": [",".join(f"C{i}" for i in range(2000))]},
    "one 100 KB actor": {"actor": ["x" * 100_000]},
    "5,000 sides": {"side": ["y"] * 5000},
    "1,500 parameters": {f"p{i}": ["1"] for i in range(1500)},
}


def open_link(query: dict[str, list[str]]):
    """(seconds to a finished run, the AppTest) for ``query`` (environment as the caller set it)."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    for k, v in query.items():
        at.query_params[k] = v
    t = time.perf_counter()
    at.run()
    return time.perf_counter() - t, at


def has_map(at) -> bool:
    return any(type(e).__name__ == "UnknownElement" and "st_folium" in getattr(e.proto, "component_name", "") for e in at.main)


def worst_link_seconds() -> dict[str, float]:
    """Seconds to a usable page for each of :data:`WORST_LINKS` (after one warm-up run of a plain page)."""
    open_link({})
    out = {}
    for name, query in WORST_LINKS.items():
        seconds, at = open_link(query)
        out[name] = seconds if not at.exception and has_map(at) else float("inf")
    return out
