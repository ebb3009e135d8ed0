"""Event labels: one per place, naming the place, its dates and the fatalities reported there.

The briefing image and the interactive map label the same places (:func:`place_labels`): events at
one place (the same name at the same point) share one label listing their dates; above ``limit``
places the most important are labelled (the user's selection, then fatalities, then how many events,
then the latest) and the others are counted. Labels are plain text: drawers show them literally.
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
import pandas as pd

from ..model import place_scopes

__all__ = ["LABEL_LIMIT", "place_labels", "event_labels", "dates_text"]

#: How many places a picture labels before it names only the most important.
LABEL_LIMIT = 25
_MAX_DATES = 4


def dates_text(dates: pd.Series | pd.DatetimeIndex, *, year: bool = False) -> str:
    """The days of ``dates`` in a few characters: days of one month share its name; more than four
    days become a count and a range.

    >>> d = pd.to_datetime(["2024-02-02", "2024-02-04", "2024-02-02", "2024-01-28"])
    >>> dates_text(d), dates_text(d[:1], year=True)
    ('28 Jan; 2, 4 Feb', '2 Feb 2024')
    >>> dates_text(pd.date_range("2024-01-01", periods=9, freq="W"))
    '9 days, 7 Jan – 3 Mar'
    >>> dates_text(pd.to_datetime([]))
    ''
    """
    days = pd.DatetimeIndex(pd.to_datetime(pd.Series(dates)).dropna().dt.normalize().unique()).sort_values()
    if not len(days):
        return ""
    tail = f" {days[-1].year}" if year else ""
    if len(days) > _MAX_DATES:
        return f"{len(days)} days, {days[0].day} {days[0]:%b} – {days[-1].day} {days[-1]:%b}{tail}"
    parts: list[str] = []
    for _month, group in pd.Series(days).groupby([days.year, days.month], sort=True):
        parts.append(", ".join(str(d.day) for d in group) + f" {group.iloc[0]:%b}")
    return "; ".join(parts) + tail


def place_labels(lon: np.ndarray, lat: np.ndarray, place: np.ndarray, dates: np.ndarray, fatalities: np.ndarray, *,
                 limit: int = LABEL_LIMIT, selected: Collection[str] = ()) -> pd.DataFrame:
    """One label per place (the same name at the same point, to about 100 m), the ``limit`` most
    important: columns lon, lat, place, text ("Tower 22" then "28 Jan · 3 killed"), fatalities,
    events; ``attrs["unlabelled"]`` counts the places left out.

    Importance: a place in ``selected`` (names, case-insensitive) first, then fatalities, events,
    and the latest date. Vectorised: a million events take a group-by, the text is made for the
    chosen places only.

    >>> d = pd.to_datetime(["2024-01-28", "2024-02-02", "2024-02-04", "2024-02-02"])
    >>> lab = place_labels(np.array([38.70, 40.93, 40.93, 41.14]), np.array([33.31, 34.45, 34.45, 34.37]),
    ...                    np.array(["Tower 22", "Albu Kamal", "Albu Kamal", "<b>Al-Qaim</b> $x$"]), d.values, np.array([3, 23, np.nan, 0]))
    >>> lab["text"].tolist(), lab.attrs["unlabelled"]
    (['Albu Kamal\\n2, 4 Feb · 23 killed', 'Tower 22\\n28 Jan · 3 killed', '<b>Al-Qaim</b> $x$\\n2 Feb'], 0)
    >>> one = place_labels(np.array([38.7, 41.1]), np.array([33.3, 34.4]), np.array(["Tower 22", "Al-Qaim"]), d.values[:2],
    ...                    np.array([3.0, 0.0]), limit=1, selected={"al-qaim"})
    >>> one["place"].tolist(), one.attrs["unlabelled"]
    (['Al-Qaim'], 1)
    """
    n = len(lon)
    fat = pd.to_numeric(pd.Series(fatalities, dtype="float64"), errors="coerce").to_numpy()
    frame = pd.DataFrame({"x": np.round(np.asarray(lon, dtype=float), 3), "y": np.round(np.asarray(lat, dtype=float), 3),
                          "place": pd.Categorical(np.asarray(place, dtype=object)), "t": pd.to_datetime(pd.Series(dates)).to_numpy(),
                          "f": fat, "row": np.arange(n)})
    g = frame.groupby(["place", "x", "y"], observed=True, sort=False).agg(
        lon=("x", "first"), lat=("y", "first"), fatalities=("f", "sum"), known=("f", "count"), events=("row", "size"), latest=("t", "max"))
    g = g.reset_index()
    chosen = {s.casefold() for s in selected}
    g["picked"] = g["place"].astype(str).str.casefold().isin(chosen) if chosen else False
    g = g.sort_values(["picked", "fatalities", "events", "latest"], ascending=False, kind="stable")
    top = g.head(max(limit, 0)).copy()
    years = frame["t"].dt.year
    several_years = bool(n) and years.min() != years.max()
    texts = []
    for place_name, x, y, f, known in zip(top["place"], top["x"], top["y"], top["fatalities"], top["known"], strict=True):
        days = frame.loc[(frame["place"] == place_name) & (frame["x"] == x) & (frame["y"] == y), "t"]
        killed = f" · {int(f):,} killed" if known and f > 0 else ""
        texts.append(f"{_short(str(place_name))}\n{dates_text(days, year=several_years)}{killed}".rstrip("\n"))
    out = pd.DataFrame({"lon": top["lon"].to_numpy(), "lat": top["lat"].to_numpy(), "place": top["place"].astype(str).to_numpy(),
                        "text": texts, "fatalities": top["fatalities"].to_numpy(), "events": top["events"].to_numpy()})
    out.attrs["unlabelled"] = int(len(g) - len(top))
    return out


def event_labels(events: pd.DataFrame, *, limit: int = LABEL_LIMIT, selected: Collection[str] = ()) -> pd.DataFrame:
    """:func:`place_labels` of the events drawn at a point (not those known only to a region or a
    country, which the maps name otherwise), from a frame of events (:func:`geo.model.to_frame`)."""
    if not len(events):
        return place_labels(np.zeros(0), np.zeros(0), np.zeros(0, dtype=object), np.zeros(0, dtype="datetime64[ns]"), np.zeros(0))
    point = place_scopes(events) == "point"
    geom = events.geometry.values[point]
    import shapely

    x, y = shapely.get_x(geom), shapely.get_y(geom)
    ok = np.isfinite(x) & np.isfinite(y)
    sub = events[point][ok]
    return place_labels(x[ok], y[ok], sub["location"].astype(str).to_numpy(), sub["event_date"].to_numpy(), sub["fatalities"].to_numpy(),
                        limit=limit, selected=selected)


def _short(text: str, n: int = 28) -> str:
    s = " ".join(text.split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"
