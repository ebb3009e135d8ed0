"""A view of the events: the filter an analyst set, as it lives in a URL, and the summaries the
dashboard draws for it (option counts, the timeline, the table). No streamlit here: the dashboard
reads widgets and the URL, calls these, and draws what they return.

A view's URL parameters: ``from``, ``to`` (YYYY-MM-DD), ``actor``, ``side``, ``type``, ``country``
(repeatable, or comma-separated for ``side``/``type``/``country``), ``prec`` (1, 2 or 3), ``step``
(day, week, month) and ``window`` (cumulative, 7, 30) for the map's time control, and ``bbox``
(west,south,east,north in degrees) for a zoomed-in area. Parsing is defensive: a bad value is
dropped and reported, never an error page.

The summaries take the whole frame and a boolean mask (:func:`geo.filters.filter_mask`) rather
than a filtered copy, so a sidebar of counts over a million events costs milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import geopandas as gpd
import numpy as np
import pandas as pd

from .actors import ActorTable
from .filters import ACTOR_COLUMNS, Bounds, EventFilter
from .schema import EVENT_TYPES, ISO_NUMERIC, SIDES
from .style import SIDE_COLOURS, side_codes

__all__ = ["View", "view_from_query", "view_to_query", "actor_options", "value_counts", "timeline_frame", "table_frame",
           "with_dates", "area_options", "STEPS", "WINDOWS", "TABLE_ROWS"]

#: The table shows at most this many events (the most recent); exports hold them all.
TABLE_ROWS = 1000

STEPS = ("auto", "day", "week", "month")
WINDOWS = ("cumulative", "7", "30")


@dataclass(frozen=True)
class View:
    """What the page shows: an :class:`EventFilter` plus the map's time-control settings."""

    date_from: date | None = None
    date_to: date | None = None
    actors: tuple[str, ...] = ()
    sides: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    min_precision: int | None = None
    step: str = "auto"
    window: str = "cumulative"
    bbox: Bounds | None = None
    problems: tuple[str, ...] = field(default=(), compare=False)

    def event_filter(self) -> EventFilter:
        return EventFilter(date_from=self.date_from, date_to=self.date_to, actors=self.actors, sides=self.sides,
                           event_types=self.types, countries=self.countries, min_precision=self.min_precision, bbox=self.bbox)


def _values(query: Mapping[str, Sequence[str] | str], key: str, *, split: bool) -> list[str]:
    raw = query.get(key, [])
    raw = [raw] if isinstance(raw, str) else list(raw)
    out: list[str] = []
    for v in raw:
        parts = str(v).split(",") if split else [str(v)]
        out += [p.strip() for p in parts if p.strip()]
    return list(dict.fromkeys(out))  # unique, in order


def _date(query, key: str, problems: list[str]) -> date | None:
    values = _values(query, key, split=False)
    if not values:
        return None
    try:
        return date.fromisoformat(values[0][:10])
    except ValueError:
        problems.append(f"{key}={values[0]!r} is not a date (expected YYYY-MM-DD): ignored")
        return None


def view_from_query(query: Mapping[str, Sequence[str] | str], *, actors: ActorTable | None = None) -> View:
    """The view a URL's parameters describe; bad values are left out and listed in ``problems``.

    Examples
    --------
    >>> v = view_from_query({"from": ["2024-02-03"], "to": ["2024-02-05"], "actor": ["Islamic Resistance in Iraq"],
    ...                      "side": ["Iran and aligned"], "type": ["Explosions/Remote violence"], "country": ["SY"]})
    >>> v.date_from, v.actors, v.countries
    (datetime.date(2024, 2, 3), ('Islamic Resistance in Iraq',), ('SY',))
    >>> v = view_from_query({"from": ["2024-02-30"], "side": ["Martians,Iran and aligned"], "prec": ["9"], "actor": ["kataib hezbollah"]})
    >>> v.date_from, v.sides, v.min_precision, v.actors
    (None, ('Iran and aligned',), None, ("Kata'ib Hezbollah",))
    >>> len(v.problems)
    3
    >>> view_from_query({"from": "2024-02-05", "to": "2024-02-01"}).date_to is None  # reversed range: 'to' dropped
    True
    """
    table = actors or ActorTable.load()
    problems: list[str] = []
    d_from, d_to = _date(query, "from", problems), _date(query, "to", problems)
    if d_from and d_to and d_from > d_to:
        problems.append(f"to={d_to} is before from={d_from}: ignored")
        d_to = None
    names = []
    for a in _values(query, "actor", split=False):
        c = table.canonical(a)
        if c is None:
            problems.append(f"actor={a!r} is not in the actor table: ignored")
        else:
            names.append(c)
    sides = [s for s in _values(query, "side", split=True) if s in SIDES or problems.append(f"side={s!r} is not one of {SIDES}: ignored")]
    types = [t for t in _values(query, "type", split=True)
             if t in EVENT_TYPES or problems.append(f"type={t!r} is not an ACLED event type: ignored")]
    countries = [c.upper() for c in _values(query, "country", split=True)
                 if c.upper() in ISO_NUMERIC or problems.append(f"country={c!r} is not a known ISO code: ignored")]
    prec = None
    for p in _values(query, "prec", split=False)[:1]:
        if p in ("1", "2", "3"):
            prec = int(p)
        else:
            problems.append(f"prec={p!r} is not 1, 2 or 3: ignored")
    step = next(iter(_values(query, "step", split=False)), "auto")
    window = next(iter(_values(query, "window", split=False)), "cumulative")
    if step not in STEPS:
        problems.append(f"step={step!r} is not one of {STEPS}: ignored")
        step = "auto"
    if window not in WINDOWS:
        problems.append(f"window={window!r} is not one of {WINDOWS}: ignored")
        window = "cumulative"
    bbox = None
    for b in _values(query, "bbox", split=False)[:1]:
        try:
            bbox = tuple(float(x) for x in b.split(","))
            EventFilter(bbox=bbox)  # validates
        except (TypeError, ValueError):
            problems.append(f"bbox={b!r} is not west,south,east,north in degrees: ignored")
            bbox = None
    return View(d_from, d_to, tuple(dict.fromkeys(names)), tuple(sides), tuple(types), tuple(countries), prec, step, window,
                bbox, tuple(problems))


def view_to_query(view: View, *, full_range: tuple[date, date] | None = None) -> dict[str, list[str]]:
    """The URL parameters of ``view``. A date window other than the data's ``full_range`` is written
    with both ends, so a shared link keeps its window when more events arrive; the whole range and
    default settings are left out, so the plain URL shows everything.

    >>> view_to_query(View(date_from=date(2024, 2, 3), actors=("Kata'ib Hezbollah",), countries=("SY", "IQ"), min_precision=2))
    {'from': ['2024-02-03'], 'actor': ["Kata'ib Hezbollah"], 'country': ['SY', 'IQ'], 'prec': ['2']}
    >>> view_to_query(View(date_from=date(2024, 2, 3), date_to=date(2024, 2, 5)), full_range=(date(2020, 1, 3), date(2024, 2, 5)))
    {'from': ['2024-02-03'], 'to': ['2024-02-05']}
    >>> view_to_query(View(date_from=date(2020, 1, 3), date_to=date(2024, 2, 5)), full_range=(date(2020, 1, 3), date(2024, 2, 5)))
    {}
    """
    q: dict[str, list[str]] = {}
    if (view.date_from, view.date_to) != tuple(full_range or (None, None)):
        if view.date_from:
            q["from"] = [view.date_from.isoformat()]
        if view.date_to:
            q["to"] = [view.date_to.isoformat()]
    for key, values in (("actor", view.actors), ("side", view.sides), ("type", view.types), ("country", view.countries)):
        if values:
            q[key] = list(values)
    if view.min_precision is not None:
        q["prec"] = [str(view.min_precision)]
    if view.step != "auto":
        q["step"] = [view.step]
    if view.window != "cumulative":
        q["window"] = [view.window]
    if view.bbox is not None:
        q["bbox"] = [",".join(f"{x:.4f}".rstrip("0").rstrip(".") for x in view.bbox)]
    return q


def _codes(col: pd.Series, mask: np.ndarray | None) -> tuple[np.ndarray, pd.Index]:
    """Category codes of the masked rows (-1 = missing) and the categories."""
    cat = col if isinstance(col.dtype, pd.CategoricalDtype) else col.astype(str).astype("category")
    codes = cat.cat.codes.to_numpy()
    return (codes if mask is None else codes[mask]), cat.cat.categories


def actor_options(gdf: gpd.GeoDataFrame, table: ActorTable | None = None, *, mask: np.ndarray | None = None) -> dict[str, int]:
    """Actors to offer in a filter with the events each would keep among the ``mask`` rows
    (hierarchy-aware: an umbrella counts its members' events, an event with two members once),
    most events first; actors of the table with no events are left out.

    >>> from geo.curated import curated_records
    >>> from geo.events import to_frame
    >>> opts = actor_options(to_frame(curated_records()))
    >>> opts["Islamic Resistance in Iraq"] >= opts["Kata'ib Hezbollah"] >= 1
    True
    """
    table = table or ActorTable.load()
    # per actor column: which canonical actors (and their umbrellas) each category names
    per_col = []
    for c in ACTOR_COLUMNS:
        codes, cats = _codes(gdf[c], mask)
        named: list[set[str]] = []
        for cell in cats:
            names = set()
            for part in str(cell).split(";"):
                name = table.canonical(part.strip())
                while name and name not in names:
                    names.add(name)
                    parent = table.actors[name].parent
                    name = parent if parent in table.actors else None
            named.append(names)
        if any(named):
            per_col.append((codes, named))
    candidates = set().union(*(set().union(*named) for _, named in per_col)) if per_col else set()
    counts = {}
    for a in candidates:
        rows = None
        for codes, named in per_col:
            ok = np.fromiter((a in n for n in named), dtype=bool, count=len(named))
            if ok.any():
                hit = np.where(codes >= 0, ok[np.maximum(codes, 0)], False)
                rows = hit if rows is None else rows | hit
        counts[a] = int(rows.sum()) if rows is not None else 0
    return dict(sorted(((a, n) for a, n in counts.items() if n), key=lambda kv: (-kv[1], kv[0])))


def value_counts(gdf: gpd.GeoDataFrame, column: str, values: Iterable[str] | None = None, *,
                 mask: np.ndarray | None = None) -> dict[str, int]:
    """Events per value of ``column`` among the ``mask`` rows (for sides: either side of the
    event, an event counted once per side), most first.

    >>> from geo.events import empty_frame
    >>> value_counts(empty_frame(), "event_type")
    {}
    """
    out: dict[str, int] = {}
    if column == "side":
        c1, cats1 = _codes(gdf["side1"], mask)
        c2, cats2 = _codes(gdf["side2"], mask)
        for s in SIDES:
            hit = np.zeros(len(c1), dtype=bool)
            for codes, cats in ((c1, cats1), (c2, cats2)):
                if s in cats:
                    hit |= codes == cats.get_loc(s)
            out[s] = int(hit.sum())
    elif column == "country":
        iso = gdf["iso"].to_numpy(dtype="float64", na_value=np.nan)
        iso = iso if mask is None else iso[mask]
        got, n = np.unique(iso[~np.isnan(iso)].astype(np.int64), return_counts=True)
        by_iso = dict(zip(got.tolist(), n.tolist(), strict=True))
        out = {k: by_iso.get(v[0], 0) for k, v in ISO_NUMERIC.items()}
    else:
        codes, cats = _codes(gdf[column], mask)
        n = np.bincount(codes[codes >= 0], minlength=len(cats))
        out = {str(k): int(v) for k, v in zip(cats, n, strict=True)}
    out = {k: v for k, v in out.items() if k and v}
    if values is not None:
        out = {v: out.get(v, 0) for v in values}
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


def area_options(gdf: gpd.GeoDataFrame, *, mask: np.ndarray | None = None, limit: int = 40) -> dict[str, tuple[Bounds, int]]:
    """Areas to zoom the map to: each country and its first-level divisions with most events among
    the ``mask`` rows, labelled ``"Syria"`` or ``"Syria › Deir ez-Zor"``, with the box that holds
    the middle 98% of their events (so a stray point does not zoom out to the world) and the count.

    >>> from geo.curated import curated_records
    >>> from geo.events import to_frame
    >>> areas = area_options(to_frame(curated_records()))
    >>> "Syria" in areas and areas["Syria"][1] >= 1 and all(w < e and s < n for (w, s, e, n), _ in areas.values())
    True
    """
    if len(gdf) == 0:
        return {}
    frame = pd.DataFrame({"country": gdf["country"].astype(str).to_numpy(), "admin1": gdf["admin1"].astype(str).to_numpy(),
                          "lon": gdf["longitude"].to_numpy(), "lat": gdf["latitude"].to_numpy()})
    if mask is not None:
        frame = frame[mask]
    frame = frame[frame["country"] != ""]
    out: dict[str, tuple[Bounds, int]] = {}

    def box(g: pd.DataFrame) -> Bounds:
        lo = g[["lon", "lat"]].quantile(0.01).to_numpy()
        hi = g[["lon", "lat"]].quantile(0.99).to_numpy()
        pad = 0.1 + 0.05 * max(hi[0] - lo[0], hi[1] - lo[1])
        return (round(max(lo[0] - pad, -180), 4), round(max(lo[1] - pad, -90), 4),
                round(min(hi[0] + pad, 180), 4), round(min(hi[1] + pad, 90), 4))

    sizes = frame.groupby("country").size().sort_values(ascending=False)
    for country, n in sizes.items():
        out[str(country)] = (box(frame[frame["country"] == country]), int(n))
    sub = frame[frame["admin1"] != ""].groupby(["country", "admin1"]).size().sort_values(ascending=False).head(limit)
    for (country, admin1), n in sub.items():
        g = frame[(frame["country"] == country) & (frame["admin1"] == admin1)]
        out[f"{country} › {admin1}"] = (box(g), int(n))
    return out


def timeline_frame(gdf: gpd.GeoDataFrame, *, freq: str = "auto") -> tuple[pd.DataFrame, str]:
    """Events per period by side (the side colours of the map), as a long frame with columns
    ``period`` (start date), ``side`` and ``events``, and the period used (``day`` or ``week``;
    ``auto`` takes weeks beyond 90 days).

    >>> from geo.curated import curated_records
    >>> from geo.events import to_frame
    >>> from geo.style import SIDE_COLOURS
    >>> t, freq = timeline_frame(to_frame(curated_records()), freq="day")
    >>> freq, int(t["events"].sum()), set(t["side"]) <= set(SIDE_COLOURS)
    ('day', 13, True)
    """
    if freq not in ("auto", "day", "week"):
        raise ValueError(f"freq was {freq!r} but is expected to be 'auto', 'day' or 'week'")
    if len(gdf) == 0:
        return pd.DataFrame({"period": pd.Series(dtype="datetime64[ns]"), "side": pd.Series(dtype=str),
                             "events": pd.Series(dtype=int)}), "day" if freq == "auto" else freq
    days = gdf["event_date"].to_numpy(dtype="datetime64[D]").astype(np.int64)
    if freq == "auto":
        freq = "day" if int(days.max() - days.min()) <= 90 else "week"
    if freq == "week":
        days = days - (days + 3) % 7  # the Monday that starts each week (1970-01-01 was a Thursday)
    names = np.array(list(SIDE_COLOURS), dtype=object)
    periods, inverse = np.unique(days, return_inverse=True)
    counts = np.bincount(inverse * len(names) + side_codes(gdf["side1"]), minlength=len(periods) * len(names))
    p_idx, s_idx = np.divmod(np.flatnonzero(counts), len(names))
    out = pd.DataFrame({"period": periods[p_idx], "side": names[s_idx].astype(str), "events": counts[counts > 0]})
    out["period"] = out["period"].to_numpy().astype("datetime64[D]").astype("datetime64[ns]")
    return out, freq


def table_frame(gdf: gpd.GeoDataFrame, *, limit: int | None = None) -> pd.DataFrame:
    """The events as a plain table for reading: the columns an analyst scans, sources as text, the
    first http(s) source link, conflicting reports flattened. With ``limit``, only the ``limit``
    most recent events (newest first): a page cannot show a million rows, an export can.

    >>> from geo.events import empty_frame
    >>> list(table_frame(empty_frame()).columns)[:4]
    ['date', 'type', 'sub-type', 'actor 1']
    """
    from .popups import safe_url

    def outlets(sources) -> str:
        if not isinstance(sources, list):
            return ""
        return "; ".join(str(s.get("outlet") or s.get("url") or "") if isinstance(s, Mapping) else str(s) for s in sources)

    def first_link(sources) -> str | None:
        for s in sources if isinstance(sources, list) else []:
            url = safe_url(s.get("url")) if isinstance(s, Mapping) else None
            if url:
                return url
        return None

    def conflicts(c) -> str:
        if not isinstance(c, Mapping):
            return ""
        return "; ".join(f"{k}: " + ", ".join(f"{s} {v}" for s, v in (per.items() if isinstance(per, Mapping) else [("", per)]))
                         for k, per in c.items())

    if limit is not None and len(gdf) > limit:
        order = np.argsort(gdf["event_date"].to_numpy(), kind="stable")[::-1][:limit]
        gdf = gdf.iloc[order]

    return pd.DataFrame({
        "date": gdf["event_date"].dt.date,
        "type": gdf["event_type"].astype(str),
        "sub-type": gdf["sub_event_type"].astype(str),
        "actor 1": gdf["actor1"].astype(str),
        "side 1": gdf["side1"].astype(str),
        "actor 2": gdf["actor2"].astype(str),
        "location": gdf["location"].astype(str),
        "country": gdf["country"].astype(str),
        "geo precision": gdf["geo_precision"],
        "time precision": gdf["time_precision"],
        "fatalities": gdf["fatalities"],
        "conflicting reports": [conflicts(c) for c in gdf["conflicts"]],
        "sources": [outlets(s) or str(f) for s, f in zip(gdf["sources"], gdf["source"], strict=True)],
        "link": [first_link(s) for s in gdf["sources"]],
        "notes": gdf["notes"].astype(str),
        "id": gdf["event_id_cnty"].astype(str),
    }).reset_index(drop=True)


def with_dates(view: View, lo: date, hi: date) -> View:
    """``view`` with its dates clamped to the data's range [lo, hi], so a link made on more data
    still opens; a window wholly outside the data gives the whole range, and says so in ``problems``.

    >>> v = with_dates(View(date_from=date(2019, 1, 1), date_to=date(2024, 2, 3)), date(2020, 1, 3), date(2024, 2, 5))
    >>> v.date_from, v.date_to, v.problems
    (datetime.date(2020, 1, 3), datetime.date(2024, 2, 3), ())
    >>> v = with_dates(View(date_to=date(1999, 1, 1)), date(2020, 1, 3), date(2024, 2, 5))
    >>> v.date_from, v.date_to, len(v.problems)
    (datetime.date(2020, 1, 3), datetime.date(2024, 2, 5), 1)
    """
    if (view.date_to and view.date_to < lo) or (view.date_from and view.date_from > hi):
        problem = f"the link's dates lie outside the data ({lo} to {hi}): showing all"
        return replace(view, date_from=lo, date_to=hi, problems=(*view.problems, problem))
    d_from = min(max(view.date_from or lo, lo), hi)
    d_to = max(min(view.date_to or hi, hi), d_from)
    return replace(view, date_from=d_from, date_to=d_to)
