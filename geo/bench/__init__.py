"""Benchmarks behind ``python -m geo bench``: synthetic ACLED events (ids ``SYN…``, never mixed
into real data) and the scale run that imports them and measures every stage against the naive
baseline. Not a room the library uses: only the command line calls it.

Imports every other room of ``geo``, lazily.
"""

from .scale import (
    RESULT_KEYS,
    TARGETS,
    eval_articles,
    format_report,
    fuzzy_latencies_ms,
    ingest_rate,
    latin_names,
    p50,
    peak_rss_mb,
    run_bench,
    timed,
    typo,
)
from .synthetic import SYNTHETIC_SOURCE, synthetic_acled, write_synthetic_acled

__all__ = [
    "run_bench",
    "format_report",
    "RESULT_KEYS",
    "TARGETS",
    "eval_articles",
    "ingest_rate",
    "fuzzy_latencies_ms",
    "latin_names",
    "typo",
    "p50",
    "peak_rss_mb",
    "timed",
    "synthetic_acled",
    "write_synthetic_acled",
    "SYNTHETIC_SOURCE",
]
