"""The whole-pipeline benchmark behind ``python -m geo bench``: synthetic events through the real
import path, then every figure the scale targets name, and the naive map as a baseline.

:func:`run_bench` writes ``n`` synthetic ACLED rows (:mod:`geo.bench`: ids ``SYN…``, labelled
synthetic in every field that can say so) to a temporary directory, imports them into a fresh store
there (never the user's), and measures:

- import time and store size, and the time to load the store into the typed frame;
- filter latency p50 (date window + actor + event type) over 25 date windows;
- map build time (construction + render) and HTML payload, whole region and a 1°x1° box around
  Deir ez-Zor; the naive map (one ``folium.CircleMarker`` with a popup per event) in the same run,
  as ratios naive / ours (above 100,000 events it is timed on the first 100,000 and scaled linearly);
- the dashboard's rerun after a filter change (streamlit's AppTest, median of three changes);
- the briefing PNG export; gazetteer fuzzy lookup p50; ingest articles per second;
- peak memory of the benchmark process and of the dashboard's process.

The synthetic CSV, the naive map and the dashboard each run in a child process
(``python -m geo.bench synth|naive …`` and ``benchmarks/dashboard_rerun.py``) so that their
memory is theirs: the generator and the naive baseline are not part of the application, and the
dashboard has its own process in real use. Progress goes to standard error, one line per stage.
Nothing here imports streamlit: the dashboard stage is a script beside ``dashboard.py``.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import random
import resource
import shutil
import statistics
import string
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["run_bench", "format_report", "verdict", "RESULT_KEYS", "TARGETS", "NAIVE_MAX_EVENTS", "ZOOM_BOX",
           "typo", "latin_names", "fuzzy_latencies_ms", "fuzzy_p50_ms", "EVAL_DIR", "eval_dir", "eval_articles",
           "ingest_rate", "filter_p50_ms", "map_figures", "naive_map_html", "png_export_s", "peak_rss_mb", "p50", "timed", "child_main"]

#: The keys the issue asks for, in its order; :func:`run_bench` adds its extras after them.
RESULT_KEYS = ("events", "import_s", "store_mb", "filter_p50_ms", "map_build_s", "map_payload_bytes", "zoomed_map_payload_bytes",
               "naive_map_build_s", "naive_map_payload_bytes", "dashboard_rerun_s", "png_export_s", "gazetteer_fuzzy_p50_ms",
               "ingest_articles_per_s", "peak_rss_mb")
#: The naive baseline is timed on at most this many events and scaled linearly above it.
NAIVE_MAX_EVENTS = 100_000
#: The zoomed view: (west, south, east, north), 1°x1° around Deir ez-Zor (40.14 E, 35.34 N).
ZOOM_BOX = (39.9, 34.85, 40.9, 35.85)
_FILTER_ACTOR = "Islamic Resistance in Iraq"
_FILTER_TYPE = "Explosions/Remote violence"
_TITLE = "Strikemap benchmark (synthetic events)"
_REPO = Path(__file__).resolve().parents[2]
#: The ingest evaluation articles (a source checkout only; an installed package has none).
EVAL_DIR = _REPO / "tests" / "geo" / "data" / "eval"
#: The dashboard stage's script: it imports streamlit's AppTest, so it lives beside the app, not in ``geo/``.
_DASHBOARD_RERUN = _REPO / "benchmarks" / "dashboard_rerun.py"

#: figure -> [(limit, largest N it is stated for (None: any N), "max" or "min", how the target reads)].
#: A target stated at N0 is checked for every run of at most N0 events (what misses at a smaller N
#: misses at N0); the tier with the smallest N0 that covers the run applies. None: no target.
TARGETS: dict[str, list[tuple[float, int | None, str, str]]] = {
    "import_s": [(60.0, 1_000_000, "max", "<= 60 s at 1M")],
    "filter_p50_ms": [(100.0, 1_000_000, "max", "<= 100 ms at 1M")],
    "map_build_s": [(0.5, None, "max", "<= 0.5 s")],
    "map_payload_bytes": [(2e6, None, "max", "<= 2 MB")],
    "zoomed_map_build_s": [(0.5, None, "max", "<= 0.5 s")],
    "zoomed_map_payload_bytes": [(2e6, None, "max", "<= 2 MB")],
    "dashboard_rerun_s": [(1.0, 100_000, "max", "<= 1 s at 100k"), (3.0, 1_000_000, "max", "<= 3 s at 1M")],
    "png_export_s": [(2.0, 100_000, "max", "<= 2 s at 100k")],
    "peak_rss_mb": [(2048.0, 1_000_000, "max", "<= 2 GB at 1M")],
    "gazetteer_fuzzy_p50_ms": [(2.0, None, "max", "<= 2 ms (gazetteer)")],
    "ingest_articles_per_s": [(100.0, None, "min", ">= 100/s (ingest)")],
}


# -- small measuring helpers ---------------------------------------------------------------------


def p50(values: Sequence[float]) -> float:
    """The median; NaN for no values.

    >>> p50([3.0, 1.0, 2.0]), math.isnan(p50([]))
    (2.0, True)
    """
    return float(statistics.median(values)) if len(values) else math.nan


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB.

    Linux's ``VmHWM`` first: ``ru_maxrss`` of a child started by ``subprocess`` (vfork + exec)
    starts at its parent's peak, so it cannot tell the child's own. Elsewhere ``ru_maxrss`` (KB on
    Linux, bytes on macOS)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / (1024 * 1024) if sys.platform == "darwin" else kb / 1024


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


# -- gazetteer (shared with benchmarks/gazetteer_bench.py) ---------------------------------------


def typo(rng: random.Random, name: str) -> str:
    """``name`` with one letter replaced by a random lowercase letter (digits and spaces untouched).

    >>> typo(random.Random(7), "Abu Kamal"), typo(random.Random(7), "42")
    ('Abu Kaeal', '42')
    """
    spots = [i for i, ch in enumerate(name) if ch.isalpha()]
    if not spots:
        return name
    i = rng.choice(spots)
    return name[:i] + rng.choice(string.ascii_lowercase) + name[i + 1 :]


def latin_names(gz) -> list[str]:
    """The populated layer's full names in Latin script of four letters or more (the fuzzy stage's
    realistic queries). Reads the gazetteer's private index, as a benchmark may."""
    pop = gz._pop
    return [k for k in pop.keys[: pop.n_full] if k.isascii() and len(k) >= 4]


def fuzzy_latencies_ms(gz, queries: Sequence[str]) -> tuple[list[float], int]:
    """Each query's ``gz.get`` time in ms, in query order, and how many found a place."""
    lat, found = [], 0
    for q in queries:
        t = time.perf_counter()
        found += gz.get(q) is not None
        lat.append((time.perf_counter() - t) * 1000)
    return lat, found


def fuzzy_p50_ms(gz, *, queries: int = 300, seed: int = 7) -> float:
    """p50 of ``gz.get`` over names of the index with one letter changed (forces the fuzzy stage)."""
    rng = random.Random(seed)
    names = latin_names(gz)
    lat, _ = fuzzy_latencies_ms(gz, [typo(rng, q) for q in rng.sample(names, min(queries, len(names)))])
    return p50(lat)


# -- ingest (shared with benchmarks/ingest_bench.py) ---------------------------------------------


def eval_dir() -> Path | None:
    """The evaluation articles' folder, or None when this is not a source checkout."""
    return EVAL_DIR if any(EVAL_DIR.glob("eval_*.txt")) else None


def eval_articles(n: int, size: int = 4096):
    """``n`` articles of ``size`` characters, each the evaluation texts joined in turn."""
    from ..ingest import Article

    texts = [p.read_text(encoding="utf-8") for p in sorted(EVAL_DIR.glob("eval_*.txt"))]
    if not texts:
        raise FileNotFoundError(f"no eval_*.txt in {EVAL_DIR}: the ingest benchmark needs a source checkout")
    out, i = [], 0
    while len(out) < n:
        body = ""
        while len(body) < size:
            body += texts[i % len(texts)] + "\n\n"
            i += 1
        out.append(Article(f"bench_{len(out):04d}.txt", body[:size]))
    return out


def ingest_rate(articles: Sequence, *, finder, runs: int = 3) -> float:
    """Articles per second, one at a time through :func:`geo.ingest.pipeline.ingest_articles`: the
    median of ``runs`` passes after a warm-up, with the garbage collector off (as timeit does)."""
    from ..ingest import ingest_articles

    ingest_articles(list(articles[:5]), finder=finder)  # warm up
    times = []
    gc.disable()
    try:
        for _ in range(runs):
            t = time.perf_counter()
            for a in articles:
                ingest_articles([a], finder=finder)
            times.append(time.perf_counter() - t)
    finally:
        gc.enable()
    return len(articles) / statistics.median(times)


# -- events: filter, maps, PNG -------------------------------------------------------------------


def _windows(gdf, k: int, seed: int) -> list[tuple]:
    """``k`` date windows of 30 days to two years inside the events' span, from a fixed seed."""
    lo, hi = gdf["event_date"].min().date(), gdf["event_date"].max().date()
    span = max((hi - lo).days, 1)
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(k):
        length = int(rng.integers(30, 731))
        start = lo + timedelta(days=int(rng.integers(0, max(span - length, 1))))
        out.append((start, min(start + timedelta(days=length), hi)))
    return out


def filter_p50_ms(gdf, *, windows: int = 25, seed: int = 7, actors=None) -> float:
    """p50 in ms of :meth:`geo.view.View.apply` with a date window, an actor (with its
    members) and an event type, over ``windows`` different windows after one warm-up."""
    from ..model import ActorTable
    from ..view import View

    table = actors or ActorTable.load()
    flts = [View(date_from=a, date_to=b, actors=(_FILTER_ACTOR,), event_types=(_FILTER_TYPE,)) for a, b in _windows(gdf, windows, seed)]
    if not flts:
        return math.nan
    flts[0].apply(gdf, actors=table)  # warm up
    lat = []
    for flt in flts:
        t = time.perf_counter()
        flt.apply(gdf, actors=table)
        lat.append((time.perf_counter() - t) * 1000)
    return p50(lat)


def map_figures(gdf, *, repeat: int = 3) -> tuple[float, int]:
    """Build time (``event_map`` + render, median of ``repeat``) and payload bytes of our map."""
    from ..outputs import event_map

    times, size = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        html = event_map(gdf, title=_TITLE, tiles=None).get_root().render()
        times.append(time.perf_counter() - t)
        size = len(html.encode())
    return p50(times), size


def naive_map_html(lat: Sequence[float], lon: Sequence[float], popups: Sequence[str]) -> str:
    """The baseline: a plain ``folium.Map`` with one ``CircleMarker`` and popup per event, rendered."""
    import folium

    m = folium.Map(location=[33.0, 42.0], zoom_start=6, tiles=None)
    for y, x, text in zip(lat, lon, popups, strict=True):
        folium.CircleMarker(location=[y, x], radius=4, popup=text).add_to(m)  # folium wants (lat, lon)
    return m.get_root().render()


def png_export_s(gdf, **options) -> tuple[float, float]:
    """Seconds for :func:`geo.outputs.briefing_png` of ``gdf`` (labels, context and all), and for
    the process's first call (on ten events: imports, fonts, borders and context layers), which the
    timed call does not pay. Above :data:`geo.outputs.BIN_ABOVE` events the picture bins them;
    ``bin_above`` in ``options`` changes that (the naive baseline scatters every event)."""
    from ..outputs import briefing_png

    first, _ = timed(lambda: briefing_png(gdf.head(10), title=_TITLE))
    took, png = timed(lambda: briefing_png(gdf, title=_TITLE, **options))
    if not png.startswith(b"\x89PNG"):
        raise RuntimeError("briefing_png did not return a PNG")
    return took, first


# -- child processes ----------------------------------------------------------------------------


def _child(args: list[str], *, env: dict[str, str] | None = None, timeout: float = 3600, script: Path | None = None) -> dict:
    """Run ``python -m geo.bench ARGS… OUT`` (or ``python SCRIPT ARGS… OUT``) and return the JSON it wrote to OUT."""
    with tempfile.TemporaryDirectory(prefix="strikemap-bench-child-") as tmp:
        out = Path(tmp) / "result.json"
        cmd = [str(script), *args] if script else ["-m", "geo.bench", *args]
        r = subprocess.run([sys.executable, *cmd, str(out)], capture_output=True, text=True,
                           env={**os.environ, **(env or {})}, timeout=timeout, cwd=str(_REPO) if _REPO.is_dir() else None)
        if r.returncode != 0 or not out.exists():
            tail = "\n".join((r.stderr or r.stdout).strip().splitlines()[-15:])
            raise RuntimeError(f"benchmark child {args[0]!r} failed with exit code {r.returncode}:\n{tail}")
        return json.loads(out.read_text(encoding="utf-8"))


def _child_synth(csv_path: str, n: str, out: str) -> dict:
    from .synthetic import write_synthetic_acled

    took, _ = timed(lambda: write_synthetic_acled(csv_path, int(n)))
    return {"generate_s": took}


def _child_naive(parquet: str, out: str) -> dict:
    import pandas as pd

    df = pd.read_parquet(parquet)
    popups = (df["location"].astype(str) + ", " + df["event_date"].dt.strftime("%Y-%m-%d")).tolist()
    t = time.perf_counter()
    html = naive_map_html(df["latitude"].tolist(), df["longitude"].tolist(), popups)
    took = time.perf_counter() - t
    return {"build_s": took, "payload_bytes": len(html.encode()), "events": len(df)}


_CHILDREN = {"synth": _child_synth, "naive": _child_naive}


def child_main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m geo.bench", description="A child process of python -m geo bench (internal).")
    ap.add_argument("what", choices=tuple(_CHILDREN))
    ap.add_argument("args", nargs="+", help="the stage's inputs, then the JSON file to write")
    a = ap.parse_args(argv)
    result = _CHILDREN[a.what](*a.args)
    result["peak_rss_mb"] = peak_rss_mb()
    Path(a.args[-1]).write_text(json.dumps(result), encoding="utf-8")
    return 0


# -- the run ------------------------------------------------------------------------------------


class _Stages:
    """One line per stage on standard error: ``bench 100,000: [3/11] filter p50 … 0.8 s``."""

    def __init__(self, n: int, total: int, show: bool) -> None:
        self.n, self.total, self.show, self.i, self.t0 = n, total, show, 0, time.perf_counter()

    @contextmanager
    def __call__(self, what: str) -> Iterator[None]:
        self.i += 1
        if self.show:
            print(f"bench {self.n:,}: [{self.i}/{self.total}] {what} …", file=sys.stderr, flush=True)
        t = time.perf_counter()
        yield
        if self.show:
            print(f"bench {self.n:,}: [{self.i}/{self.total}] {what}: {time.perf_counter() - t:.1f} s "
                  f"(total {time.perf_counter() - self.t0:.0f} s)", file=sys.stderr, flush=True)


def _store_mb(db: Path) -> float:
    return sum(p.stat().st_size for p in (db, db.with_name(db.name + "-wal")) if p.exists()) / 1e6


def run_bench(n: int, *, progress: bool = True, workdir: str | Path | None = None) -> dict[str, Any]:
    """Run the benchmark at ``n`` synthetic events and return its figures.

    Parameters
    ----------
    n
        Synthetic events to generate and import (the store also holds the 13 curated events).
    progress
        One line per stage on standard error (and the importer's bar when that is a terminal).
    workdir
        Where the synthetic CSV and the store go, kept afterwards; default a temporary directory,
        deleted at the end.

    Returns
    -------
    dict
        :data:`RESULT_KEYS` first, then extras: ``load_s`` (store to frame), ``loaded_events``,
        ``zoomed_events``, ``zoomed_map_build_s``, ``naive_events`` and ``naive_extrapolated`` (the
        naive map was timed on that many events and scaled linearly), ``build_ratio`` and
        ``payload_ratio`` (naive / ours), ``dashboard_first_run_s``, ``dashboard_reruns_s``,
        ``dashboard_peak_rss_mb``, ``bench_peak_rss_mb`` (this process), ``naive_peak_rss_mb``,
        ``png_first_call_s``, ``generate_s``, ``workdir`` (when kept). A figure that cannot be
        measured here (the dashboard or the evaluation articles outside a source checkout) is None.
    """
    if not isinstance(n, int) or n < 1:
        raise ValueError(f"n was {n!r} but is expected to be a whole number of events, 1 or more")
    keep = workdir is not None
    work = Path(workdir) if keep else Path(tempfile.mkdtemp(prefix="strikemap-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        return _run(n, work, progress=progress, keep=keep)
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)


def _run(n: int, work: Path, *, progress: bool, keep: bool) -> dict[str, Any]:
    from gazetteer import Gazetteer

    from ..store import open_store

    stage = _Stages(n, 9, progress)
    r: dict[str, Any] = {"events": n}
    csv_path, db = work / f"synthetic_acled_{n}.csv", work / "bench.sqlite"
    for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        stale.unlink(missing_ok=True)  # a kept workdir run again starts from an empty store

    with stage(f"synthetic ACLED CSV of {n:,} events (child process)"):
        synth = _child(["synth", str(csv_path), str(n)])
    gz = Gazetteer.default()
    with stage("import through the real import path"), open_store(db, gazetteer=gz) as store:
        r["import_s"], report = timed(lambda: store.import_file(csv_path, progress=progress and sys.stderr.isatty()))
        if report.added != n:
            raise RuntimeError(f"the import added {report.added} of {n} synthetic events: {report}")
        r["store_mb"] = _store_mb(db)
        r["load_s"], gdf = timed(store.frame)
    loaded = len(gdf)
    with stage("filter p50 (date window + actor + type)"):
        r["filter_p50_ms"] = filter_p50_ms(gdf)
    with stage("our map: whole region and zoomed"):
        map_figures(gdf.head(50), repeat=1)  # warm up: static assets and borders are read once per process
        r["map_build_s"], r["map_payload_bytes"] = map_figures(gdf)
        w, s, e, nn = ZOOM_BOX
        zoomed = gdf.cx[w:e, s:nn]  # cx takes x (lon) first
        r["zoomed_events"] = len(zoomed)
        r["zoomed_map_build_s"], r["zoomed_map_payload_bytes"] = map_figures(zoomed)
    naive_n = loaded if n <= NAIVE_MAX_EVENTS else NAIVE_MAX_EVENTS  # all of them up to 100k (+ the curated few)
    with stage(f"naive map, one CircleMarker per event, on {naive_n:,} events (child process)"):
        part = work / "naive_events.parquet"
        gdf[["latitude", "longitude", "location", "event_date"]].head(naive_n).to_parquet(part)
        naive = _child(["naive", str(part)])
        part.unlink()
        scale = loaded / naive_n
        r["naive_map_build_s"] = naive["build_s"] * scale
        r["naive_map_payload_bytes"] = round(naive["payload_bytes"] * scale)
    with stage("briefing PNG"):
        r["png_export_s"], png_first = png_export_s(gdf)
        from ..outputs import BIN_ABOVE

        r["png_binned"] = loaded > BIN_ABOVE
        if r["png_binned"]:  # the naive baseline in the same run: every event scattered
            r["naive_png_export_s"] = png_export_s(gdf, bin_above=loaded + 1)[0]
    with stage("gazetteer fuzzy p50"):
        r["gazetteer_fuzzy_p50_ms"] = fuzzy_p50_ms(gz)
    with stage("ingest articles per second"):
        r["ingest_articles_per_s"] = None
        if eval_dir() is not None:
            from ..ingest import MentionFinder

            r["ingest_articles_per_s"] = ingest_rate(eval_articles(100), finder=MentionFinder.default())
    del gdf, zoomed
    gc.collect()
    with stage("dashboard: first run and rerun after a filter change (AppTest, child process)"):
        dash = _child([str(db)], env={"STRIKEMAP_TILES": "none"}, script=_DASHBOARD_RERUN) if _DASHBOARD_RERUN.exists() else None
        r["dashboard_rerun_s"] = dash["rerun_s"] if dash else None
    own = peak_rss_mb()
    r["peak_rss_mb"] = max(own, dash["peak_rss_mb"] if dash else 0.0)

    extras = {
        "load_s": r.pop("load_s"), "loaded_events": loaded, "zoomed_events": r.pop("zoomed_events"),
        "zoomed_map_build_s": r.pop("zoomed_map_build_s"), "naive_events": naive_n, "naive_extrapolated": naive_n < loaded,
        "build_ratio": r["naive_map_build_s"] / r["map_build_s"], "payload_ratio": r["naive_map_payload_bytes"] / r["map_payload_bytes"],
        "dashboard_first_run_s": dash["first_run_s"] if dash else None, "dashboard_reruns_s": dash["reruns_s"] if dash else None,
        "dashboard_peak_rss_mb": dash["peak_rss_mb"] if dash else None, "bench_peak_rss_mb": own,
        "naive_peak_rss_mb": naive["peak_rss_mb"], "png_first_call_s": png_first, "generate_s": synth["generate_s"],
    }
    if keep:
        extras["workdir"] = str(work)
    return _rounded({k: r[k] for k in RESULT_KEYS} | extras)


def _rounded(d: dict[str, Any]) -> dict[str, Any]:
    def one(k: str, v: Any) -> Any:
        if isinstance(v, list):
            return [one(k, x) for x in v]
        if isinstance(v, float) and not isinstance(v, bool):
            return round(v, 1) if k.endswith(("_mb", "_per_s", "_ratio")) else round(v, 4 if k.endswith("_s") else 3)
        return v

    return {k: one(k, v) for k, v in d.items()}


# -- the report ---------------------------------------------------------------------------------

_ROWS = (  # (key, label, unit)
    ("import_s", "import", "s"), ("store_mb", "store size", "MB"), ("load_s", "store -> frame", "s"),
    ("filter_p50_ms", "filter p50 (dates + actor + type)", "ms"),
    ("map_build_s", "map build, whole region", "s"), ("map_payload_bytes", "map payload, whole region", "bytes"),
    ("zoomed_map_build_s", "map build, zoomed", "s"), ("zoomed_map_payload_bytes", "map payload, zoomed", "bytes"),
    ("naive_map_build_s", "naive map build (CircleMarkers)", "s"), ("naive_map_payload_bytes", "naive map payload", "bytes"),
    ("dashboard_first_run_s", "dashboard first run (cold)", "s"), ("dashboard_rerun_s", "dashboard rerun after a filter change", "s"),
    ("png_export_s", "briefing PNG export", "s"), ("naive_png_export_s", "briefing PNG, every event scattered (naive)", "s"),
    ("gazetteer_fuzzy_p50_ms", "gazetteer fuzzy p50", "ms"),
    ("ingest_articles_per_s", "ingest", "articles/s"), ("peak_rss_mb", "peak memory (bench or dashboard)", "MB"),
)


def verdict(key: str, value: Any, n: int) -> tuple[str, str]:
    """(how the target reads, "pass" / "MISS" / "") for one figure of a run at ``n`` events.

    >>> verdict("dashboard_rerun_s", 1.5, 100_000), verdict("dashboard_rerun_s", 1.5, 1_000_000)
    (('<= 1 s at 100k', 'MISS'), ('<= 3 s at 1M', 'pass'))
    >>> verdict("png_export_s", 1.0, 1_000_000), verdict("store_mb", 5.0, 10)
    (('<= 2 s at 100k', ''), ('', ''))
    """
    tiers = TARGETS.get(key)
    if not tiers:
        return "", ""
    applies = [t for t in tiers if t[1] is None or n <= t[1]]
    if not applies:
        return tiers[-1][3], ""
    limit, _, how, text = min(applies, key=lambda t: math.inf if t[1] is None else t[1])
    if value is None:
        return text, ""
    ok = value <= limit if how == "max" else value >= limit
    return text, "pass" if ok else "MISS"


def _fmt(value: Any, unit: str) -> str:
    if value is None:
        return "n/a"
    if unit == "bytes":
        return f"{value:,} B ({value / 1e6:.2f} MB)"
    return f"{value:,.3f} {unit}" if isinstance(value, float) and value < 10 and unit != "MB" else f"{value:,.1f} {unit}"


def format_report(r: dict[str, Any]) -> str:
    """The figures of :func:`run_bench` as a table with targets and pass/MISS marks, then the ratios."""
    n = r["events"]
    lines = [f"strikemap benchmark: {n:,} synthetic ACLED events (SYN… ids; never real data), "
             f"{r.get('loaded_events', n):,} in the store with the curated ones", ""]
    rows = [(label, _fmt(r.get(k), unit), *verdict(k, r.get(k), n)) for k, label, unit in _ROWS]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines.append(f"{'figure':<{widths[0]}}  {'value':>{widths[1]}}  target")
    lines += [f"{a:<{widths[0]}}  {b:>{widths[1]}}  {c:<{widths[2]}}  {d}".rstrip() for a, b, c, d in rows]
    lines.append("")
    naive = f"naive baseline on {r.get('naive_events', n):,} events"
    if r.get("naive_extrapolated"):
        naive += f", scaled linearly to {r.get('loaded_events', n):,} (extrapolated)"
    lines.append(f"{naive}: naive / ours, build time {r['build_ratio']:.1f}x, payload {r['payload_ratio']:.1f}x")
    lines.append(f"zoomed view: {r.get('zoomed_events', 0):,} events in the 1°x1° box around Deir ez-Zor")
    if r.get("dashboard_reruns_s"):
        lines.append("dashboard reruns: " + ", ".join(f"{x:.2f} s" for x in r["dashboard_reruns_s"])
                     + f"; peak memory of the dashboard process {r['dashboard_peak_rss_mb']:.0f} MB,"
                     + f" of the benchmark process {r['bench_peak_rss_mb']:.0f} MB")
    if r.get("png_binned"):
        lines.append("briefing PNG: the events binned in hexagons (above geo.outputs.BIN_ABOVE in the frame); naive: every event scattered")
    misses = [label for k, label, _ in _ROWS if verdict(k, r.get(k), n)[1] == "MISS"]
    lines.append("targets missed: " + (", ".join(misses) if misses else "none"))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(child_main())
