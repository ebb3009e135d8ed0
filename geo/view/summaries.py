"""What the dashboard draws for a view besides the map: the filter menus' counts, the areas to
zoom to, the timeline and the table.

The summaries take the whole frame and a boolean mask (:meth:`geo.view.View.mask`) rather than a
filtered copy, so a sidebar of counts over a million events costs milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta

import geopandas as gpd
import numpy as np
import pandas as pd

from common import safe_url

from ..model import ATTACKS_SINCE, ISO_NUMERIC, SIDE_COLOURS, SIDES, ActorTable, Bounds, drawn_sides, field_words, side_codes
from .filters import ACTOR_COLUMNS
from .timing import resolve_step

__all__ = ["actor_options", "value_counts", "timeline_frame", "table_frame", "area_options", "dense_window", "campaign_progress", "CAMPAIGN_START",
           "TABLE_ROWS"]

#: The table shows at most this many events (the most recent); exports hold them all.
TABLE_ROWS = 1000



def _codes(col: pd.Series, mask: np.ndarray | None) -> tuple[np.ndarray, pd.Index]:
    """Category codes of the masked rows (-1 = missing) and the categories."""
    cat = col if isinstance(col.dtype, pd.CategoricalDtype) else col.astype(str).astype("category")
    codes = cat.cat.codes.to_numpy()
    return (codes if mask is None else codes[mask]), cat.cat.categories


def actor_options(gdf: gpd.GeoDataFrame, table: ActorTable | None = None, *, mask: np.ndarray | None = None) -> dict[str, int]:
    """Actors to offer in a filter with the events each would keep among the ``mask`` rows, most
    first: each actor of the table under its table name (hierarchy-aware: an umbrella counts its
    members' events, an event with two members once), and every other actor of the data under its
    own name (an ACLED export from anywhere: "JNIM: Group for Support of Islam and Muslims").
    An event counts once per actor whatever role, or roles, the actor has in it, the rule
    :meth:`geo.view.View.mask` filters by, so a count and the filter it offers agree.

    >>> from geo.model import curated_records, to_frame
    >>> opts = actor_options(to_frame(curated_records()))
    >>> opts["Islamic Resistance in Iraq"] >= opts["Kata'ib Hezbollah"] >= 1
    True
    """
    table = table or ActorTable.load()
    cols = [c for c in ACTOR_COLUMNS if c in gdf]
    if not cols or len(gdf) == 0:
        return {}
    names_of, codes = [], []
    for c in cols:  # per column: the actors (with their umbrellas) each category names
        col_codes, cats = _codes(gdf[c], mask)
        codes.append(col_codes.astype(np.int64) + 1)  # 0 = missing
        names_of.append([frozenset()] + [_cell_actors(str(cell), table) for cell in cats])
    combos, counts = _unique_rows(np.stack(codes, axis=1))
    out: dict[str, int] = {}
    for combo, n in zip(combos, counts.tolist(), strict=True):
        for name in frozenset().union(*(names_of[k][code] for k, code in enumerate(combo.tolist()))):
            out[name] = out.get(name, 0) + n
    return dict(sorted(((a, n) for a, n in out.items() if n), key=lambda kv: (-kv[1], kv[0])))


def _cell_actors(cell: str, table: ActorTable) -> frozenset[str]:
    names: set[str] = set()
    for part in cell.split(";"):
        part = part.strip()
        if not part:
            continue
        name = table.canonical(part)
        if name is None:
            names.add(part)
        while name and name not in names:
            names.add(name)
            parent = table.actors[name].parent
            name = parent if parent in table.actors else None
    return frozenset(names)


def _unique_rows(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct rows of a small-integer matrix and how often each occurs (fast for millions of rows)."""
    if len(codes) == 0:
        return codes, np.zeros(0, dtype=np.int64)
    sizes = codes.max(axis=0) + 1
    if float(np.prod(sizes.astype(float))) < 2**62:
        key = np.zeros(len(codes), dtype=np.int64)
        for k in range(codes.shape[1]):
            key = key * int(sizes[k]) + codes[:, k]
        uniq, first, counts = np.unique(key, return_index=True, return_counts=True)
        return codes[first], counts
    return np.unique(codes, axis=0, return_counts=True)


def value_counts(gdf: gpd.GeoDataFrame, column: str, values: Iterable[str] | None = None, *,
                 mask: np.ndarray | None = None) -> dict[str, int]:
    """Events per value of ``column`` among the ``mask`` rows (for sides: either side of the
    event, an event counted once per side), most first.

    >>> from geo.model import empty_frame
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

    >>> from geo.model import curated_records
    >>> from geo.model import to_frame
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
    ``period`` (start date), ``side`` and ``events``, and the period used: ``day``, ``week``
    (starting on Mondays) or ``month`` (calendar months); ``auto`` as the map's play control
    (:func:`geo.view.timing.resolve_step`).

    >>> from geo.model import curated_records
    >>> from geo.model import to_frame
    >>> from geo.model import SIDE_COLOURS
    >>> t, freq = timeline_frame(to_frame(curated_records()), freq="day")
    >>> freq, int(t["events"].sum()), set(t["side"]) <= set(SIDE_COLOURS)
    ('day', 13, True)
    """
    if len(gdf) == 0:
        return pd.DataFrame({"period": pd.Series(dtype="datetime64[ns]"), "side": pd.Series(dtype=str),
                             "events": pd.Series(dtype=int)}), resolve_step(freq, 0)
    dates = gdf["event_date"].to_numpy(dtype="datetime64[D]")
    days = dates.astype(np.int64)
    freq = resolve_step(freq, int(days.max() - days.min()))
    if freq == "week":
        days = days - (days + 3) % 7  # the Monday that starts each week (1970-01-01 was a Thursday)
    elif freq == "month":
        days = dates.astype("datetime64[M]").astype("datetime64[D]").astype(np.int64)
    names = np.array(list(SIDE_COLOURS), dtype=object)
    periods, inverse = np.unique(days, return_inverse=True)
    counts = np.bincount(inverse * len(names) + side_codes(drawn_sides(gdf)), minlength=len(periods) * len(names))
    p_idx, s_idx = np.divmod(np.flatnonzero(counts), len(names))
    out = pd.DataFrame({"period": periods[p_idx], "side": names[s_idx].astype(str), "events": counts[counts > 0]})
    out["period"] = out["period"].to_numpy().astype("datetime64[D]").astype("datetime64[ns]")
    return out, freq


def table_frame(gdf: gpd.GeoDataFrame, *, limit: int | None = None) -> pd.DataFrame:
    """The events as a plain table for reading: the columns an analyst scans, sources as text, the
    first http(s) source link, conflicting reports flattened. With ``limit``, only the ``limit``
    most recent events (newest first): a page cannot show a million rows, an export can.

    >>> from geo.model import empty_frame
    >>> list(table_frame(empty_frame()).columns)[:7]
    ['date', 'location', 'sub-type', 'actor 1', 'fatalities', 'sources', 'link']
    """
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

    def conflicts(c, sub_event_type) -> str:
        if not isinstance(c, Mapping):
            return ""
        def reports(per) -> str:
            return ", ".join(f"{v} ({s})" if s else str(v) for s, v in (per.items() if isinstance(per, Mapping) else [("", per)]))

        return "; ".join(f"{field_words(k, sub_event_type)}: {reports(per)}" for k, per in c.items())

    if limit is not None and len(gdf) > limit:
        order = np.argsort(gdf["event_date"].to_numpy(), kind="stable")[::-1][:limit]
        gdf = gdf.iloc[order]

    return pd.DataFrame({  # what an analyst checks first, sources included, fits the page; the rest after
        "date": gdf["event_date"].dt.date,
        "location": gdf["location"].astype(str),
        "sub-type": gdf["sub_event_type"].astype(str),
        "actor 1": gdf["actor1"].astype(str),
        "fatalities": gdf["fatalities"],
        "sources": [outlets(s) or str(f) for s, f in zip(gdf["sources"], gdf["source"], strict=True)],
        "link": [first_link(s) for s in gdf["sources"]],
        "country": gdf["country"].astype(str),
        "type": gdf["event_type"].astype(str),
        "actor 2": gdf["actor2"].astype(str),
        "conflicting reports": [conflicts(c, sub) for c, sub in zip(gdf["conflicts"], gdf["sub_event_type"].astype(object), strict=True)],
        "side 1": gdf["side1"].astype(str),
        "geo precision": gdf["geo_precision"],
        "time precision": gdf["time_precision"],
        "notes": gdf["notes"].astype(str),
        "id": gdf["event_id_cnty"].astype(str),
    }).reset_index(drop=True)


def dense_window(gdf: gpd.GeoDataFrame, *, gap_days: int = 180) -> tuple[date, date] | None:
    """The dates a view opens on: the run of events with no gap longer than ``gap_days`` that
    holds the most events (the latest on a tie), so one background event years earlier (the
    Soleimani strike of January 2020 in a 2023-2024 campaign) does not stretch the slider, the
    timeline and the play control over empty years. None for no events.

    >>> import pandas as pd
    >>> from geo.model import curated_records, to_frame
    >>> dense_window(to_frame(curated_records()))
    (datetime.date(2024, 1, 28), datetime.date(2024, 2, 5))
    """
    if len(gdf) == 0:
        return None
    days = np.sort(gdf["event_date"].to_numpy(dtype="datetime64[D]").astype(np.int64))
    cuts = np.flatnonzero(np.diff(days) > gap_days) + 1
    starts, ends = np.r_[0, cuts], np.r_[cuts, len(days)]
    sizes = ends - starts
    best = max(range(len(sizes)), key=lambda k: (sizes[k], k))
    lo, hi = days[starts[best]], days[ends[best] - 1]
    epoch = date(1970, 1, 1)
    return epoch + timedelta(days=int(lo)), epoch + timedelta(days=int(hi))


#: The campaign's first day: the Pentagon counts attacks on US forces from here.
CAMPAIGN_START = date(2023, 10, 17)


def campaign_progress(gdf: gpd.GeoDataFrame, figures: pd.DataFrame, *, until: date | None) -> tuple[pd.DataFrame, dict] | None:
    """The coded attacks on US and coalition forces against the Pentagon's running total, up to
    ``until``: a long frame (``date``, ``series``, ``attacks``) with the coded attacks summed day by
    day and each official figure as a point, and a summary of the latest official figure: its
    date, the count, the attacks coded by then, the outlet and URL. None when the view ends
    before the campaign or no official figure falls in it.

    An attack here is an event of the Iran-aligned side that is not a strategic development,
    or one that was intercepted (ACLED's "Disrupted weapons use").

    >>> from geo.model import campaign_figures, curated_records, to_frame
    >>> _, s = campaign_progress(to_frame(curated_records()), campaign_figures(), until=date(2024, 2, 5))
    >>> s["reported"] >= 165 and 0 < s["coded"] <= s["reported"]
    True
    """
    if until is None or until < CAMPAIGN_START or len(figures) == 0:
        return None
    official = figures[(figures["measure"] == ATTACKS_SINCE) & figures["official"] & (figures["as_of"] <= until)]
    if len(official) == 0:
        return None
    last = official.iloc[-1]
    days = gdf["event_date"].to_numpy(dtype="datetime64[D]")
    attack = (drawn_sides(gdf) == "Iran and aligned").to_numpy(dtype=bool) & (
        (gdf["event_type"] != "Strategic developments") | (gdf["sub_event_type"] == "Disrupted weapons use")).to_numpy(dtype=bool)
    start, end = np.datetime64(CAMPAIGN_START, "D"), np.datetime64(until, "D")
    per_day = np.bincount((days[attack & (days >= start) & (days <= end)] - start).astype(np.int64), minlength=int((end - start).astype(int)) + 1)
    span = pd.date_range(CAMPAIGN_START, until, freq="D")
    coded = pd.Series(np.cumsum(per_day), index=span.date)
    frame = pd.concat([
        pd.DataFrame({"date": span, "series": "coded here", "attacks": coded.to_numpy()}),
        pd.DataFrame({"date": pd.to_datetime(official["as_of"]), "series": "Pentagon's count", "attacks": official["count"].to_numpy(),
                      "source": (official["outlet"] + ", " + official["published"].astype(str)).to_numpy()}),
    ], ignore_index=True)
    summary = {"as_of": last["as_of"], "reported": int(last["count"]), "coded": int(coded.iloc[[d <= last["as_of"] for d in coded.index]].iloc[-1]),
               "outlet": str(last["outlet"]), "url": str(last["url"])}
    return frame, summary
