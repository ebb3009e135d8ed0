"""A view of the events: the filter an analyst set, as it lives in a URL, and the summaries the
dashboard draws for it (option counts, the timeline, the table). No streamlit here: the dashboard
reads widgets and the URL, calls these, and draws what they return.

A view's URL parameters: ``from``, ``to`` (YYYY-MM-DD), ``actor``, ``side``, ``type``, ``country``
(repeatable, or comma-separated for ``side``/``type``/``country``), ``prec`` (1, 2 or 3), ``step``
(day, week, month) and ``window`` (cumulative, 7, 30) for the map's time control. Parsing is
defensive: a bad value is dropped and reported, never an error page.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import geopandas as gpd
import pandas as pd

from .actors import ActorTable
from .filters import EventFilter, filter_events
from .schema import EVENT_TYPES, ISO_NUMERIC, SIDES
from .style import event_sides

__all__ = ["View", "view_from_query", "view_to_query", "actor_options", "value_counts", "timeline_frame", "table_frame",
           "with_dates", "STEPS", "WINDOWS"]

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
    problems: tuple[str, ...] = field(default=(), compare=False)

    def event_filter(self) -> EventFilter:
        return EventFilter(date_from=self.date_from, date_to=self.date_to, actors=self.actors, sides=self.sides,
                           event_types=self.types, countries=self.countries, min_precision=self.min_precision)


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
    return View(d_from, d_to, tuple(dict.fromkeys(names)), tuple(sides), tuple(types), tuple(countries), prec, step, window,
                tuple(problems))


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
    return q


def actor_options(gdf: gpd.GeoDataFrame, table: ActorTable | None = None) -> dict[str, int]:
    """Actors to offer in a filter with the events each would keep (hierarchy-aware: an umbrella
    counts its members' events), most events first; actors of the table with no events are left out.

    >>> from geo.curated import curated_records
    >>> from geo.events import to_frame
    >>> opts = actor_options(to_frame(curated_records()))
    >>> opts["Islamic Resistance in Iraq"] >= opts["Kata'ib Hezbollah"] >= 1
    True
    """
    table = table or ActorTable.load()
    present: set[str] = set()
    for c in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"):
        for cell in pd.unique(gdf[c].astype(str)):
            for part in cell.split(";"):
                name = table.canonical(part.strip())
                if name:
                    present.add(name)
    candidates = set(present)
    for name in present:  # the umbrellas above each actor present
        parent = table.actors[name].parent
        while parent and parent in table.actors and parent not in candidates:
            candidates.add(parent)
            parent = table.actors[parent].parent
    counts = {a: len(filter_events(gdf, EventFilter(actors=(a,)), actors=table)) for a in candidates}
    return dict(sorted(((a, n) for a, n in counts.items() if n), key=lambda kv: (-kv[1], kv[0])))


def value_counts(gdf: gpd.GeoDataFrame, column: str, values: Iterable[str] | None = None) -> dict[str, int]:
    """Events per value of ``column`` (for sides: either side of the event), most first.

    >>> from geo.events import empty_frame
    >>> value_counts(empty_frame(), "event_type")
    {}
    """
    if column == "side":
        both = pd.concat([gdf["side1"].astype(str), gdf["side2"].astype(str)], keys=["a", "b"]).droplevel(0)
        counts = both[both.isin(SIDES)].groupby(level=0).unique().explode().value_counts()
    elif column == "country":
        iso = {v[0]: k for k, v in ISO_NUMERIC.items()}
        counts = gdf["iso"].map(iso).dropna().value_counts()
    else:
        counts = gdf[column].astype(str).value_counts()
    out = {str(k): int(n) for k, n in counts.items() if str(k) and n}
    if values is not None:
        out = {v: out.get(v, 0) for v in values}
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


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
    dates = gdf["event_date"]
    if freq == "auto":
        freq = "day" if (dates.max() - dates.min()).days <= 90 else "week"
    period = dates.dt.to_period("W-SUN").dt.start_time if freq == "week" else dates.dt.normalize()
    frame = pd.DataFrame({"period": period.to_numpy(), "side": event_sides(gdf["side1"])})
    out = frame.groupby(["period", "side"]).size().rename("events").reset_index()
    return out, freq


def table_frame(gdf: gpd.GeoDataFrame) -> pd.DataFrame:
    """The events as a plain table for reading: the columns an analyst scans, sources as text, the
    first http(s) source link, conflicting reports flattened.

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
