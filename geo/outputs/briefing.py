r"""Briefing images: one 16:9 PNG slide of events on a map, with title, date window, active filters,
legend, scale bar, sources and generation time, for pasting into a brief.

Drawn on the server with matplotlib's Agg backend: a :class:`~matplotlib.figure.Figure` on its own
``FigureCanvasAgg``, never pyplot, so images can be made from several threads and no global state
changes; no browser, no internet (borders from :mod:`geo.outputs`). Symbols follow :mod:`geo.model`,
as on the web maps. Every string from the data is drawn as plain text (``parse_math=False``), so
``$5 million`` or ``<script>`` appear as written.
"""

from __future__ import annotations

import io
import math
import textwrap
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, date, datetime

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection, PathCollection, PolyCollection
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.markers import MarkerStyle
from matplotlib.patches import Rectangle
from matplotlib.path import Path
from matplotlib.ticker import FuncFormatter
from matplotlib.transforms import IdentityTransform
from pyproj import Geod

from ..model import (
    KIND_SYMBOLS,
    KINDS,
    PRECISION_RADIUS_KM,
    SIDE_COLOURS,
    Bounds,
    check_bounds,
    country_code,
    drawn_sides,
    event_kinds,
    event_sides,
    hollow,
    marker_radius,
    place_scopes,
)
from .borders import country_borders
from .context import CONTEXT_ATTRIBUTION, capitals_of, cities_in, lakes_in, rivers_in, water_names_in
from .labels import LABEL_LIMIT, place_labels
from .placement import place_texts

__all__ = ["briefing_png", "briefing_figure", "default_source_line", "MIN_SIZE_PX", "NO_EVENTS_BBOX", "MAP_AXES", "date_window_text",
           "frame_for", "fit_frame", "BIN_ABOVE", "DEFAULT_MARKING", "event_points"]

Frame = Bounds  # (west, south, east, north) in degrees

MIN_SIZE_PX, _MAX_SIZE_PX = (1600, 900), (7680, 4320)
#: The frame with no events: Iraq, Syria and Jordan (inside ``geo.outputs.DEFAULT_BBOX``).
NO_EVENTS_BBOX: Frame = (34.0, 28.0, 49.0, 38.5)
_CORE_KM = 2500.0  # events further than this from the median point are left out of the frame (a note counts them)
_NEAR_KM = 800.0  # ... and those further than max(this, 3 x the 80th percentile distance): a lone far event does not shrink the theatre
#: Above this many events in the frame, the map bins them (hexagons coloured by count) instead of drawing each.
BIN_ABOVE = 250_000
#: The handling line drawn when the user sets none.
DEFAULT_MARKING = "UNCLASSIFIED · OPEN-SOURCE REPORTING"
_WATER, _WATER_EDGE, _WATER_TEXT = "#C9DDEB", "#8DB3CF", "#4F7FA3"
_HALO = {"facecolor": "#E8E6E1", "edgecolor": "none", "alpha": 0.75, "pad": 0.6}
_MAX_RINGS = 2000  # precision rings drawn per precision level: those of the events with most fatalities
_LABELLED = ("IQ", "SY", "JO", "IR", "SA", "TR", "LB", "IL", "KW")
_SCALES_KM = (10, 20, 50, 100, 200, 500, 1000, 2000)
MAP_AXES, _PANEL = (0.035, 0.095, 0.64, 0.875), (0.70, 0.095, 0.285, 0.875)  # (left, bottom, width, height) on a 16 in wide page
_INK, _GREY, _LAND, _SEA, _EDGE = "#1A1A1A", "#5A5A5A", "#E8E6E1", "#F2F6F9", "#8E8A84"
_SWATCH = [(-2, -1), (2, -1), (2, 1), (-2, 1), (-2, -1)]  # a colour swatch, not a kind's symbol
_RGBA = np.array([to_rgba(c) for c in SIDE_COLOURS.values()])
_GEOD = Geod(ellps="WGS84")
_REQUIRED = ("event_date", "time_precision", "event_type", "sub_event_type", "side1", "fatalities", "geo_precision", "location")


def _clean(text: object, n: int) -> str:
    """One line of at most ``n`` characters, cut with an ellipsis."""
    s = " ".join(str(text).split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


def _text(ax, x: float, y: float, s: str, **kw):
    """Plain text (no mathtext, no TeX, whatever the string or the global rcParams), in axes or figure fractions."""
    defaults = {"transform": ax.transAxes if hasattr(ax, "transAxes") else ax.transFigure, "color": _INK}
    return ax.text(x, y, s, **(defaults | kw), parse_math=False, usetex=False)


def default_source_line(events: pd.DataFrame, *, max_chars: int = 150) -> str:
    """The footer's source line: the outlets of the ``source`` column (``;``-separated), most frequent
    first, cut to fit ``max_chars``, then ``Strikemap; borders: Natural Earth``.

    >>> default_source_line(pd.DataFrame({"source": ["AP; Reuters", "Reuters", "Daily Caller; Reuters; AP", None, ""]}))
    'Sources: Reuters, AP, Daily Caller · Strikemap; borders: Natural Earth'
    >>> default_source_line(pd.DataFrame({"source": [f"Outlet {i}" for i in range(40)]}), max_chars=80)
    'Sources: Outlet 0, Outlet 1 and 38 more · Strikemap; borders: Natural Earth'
    >>> default_source_line(pd.DataFrame({"source": []}))
    'Strikemap; borders: Natural Earth'
    """
    counts: Counter[str] = Counter()
    for cell, k in events["source"].dropna().astype(str).value_counts(sort=False).items():
        counts.update({_clean(o, 40): k for o in cell.split(";") if o.strip()})
    outlets, tail = [o for o, _ in counts.most_common()], "Strikemap; borders: Natural Earth"
    for n in range(len(outlets), 0, -1):
        line = f"Sources: {', '.join(outlets[:n])}{f' and {len(outlets) - n} more' if n < len(outlets) else ''} · {tail}"
        if len(line) <= max_chars or n == 1:
            return line
    return tail


def _check(events: gpd.GeoDataFrame, size_px: tuple[int, int], date_from: date | None, date_to: date | None) -> None:
    w, h = size_px if len(size_px) == 2 else (0, 1)
    if not (MIN_SIZE_PX[0] <= w <= _MAX_SIZE_PX[0] and MIN_SIZE_PX[1] <= h <= _MAX_SIZE_PX[1] and abs(w / h * 9 / 16 - 1) <= 0.01):
        raise ValueError(f"size_px was {size_px!r} but is expected to be (width, height) in pixels, 16:9 within 1%, "
                         f"from {MIN_SIZE_PX[0]}x{MIN_SIZE_PX[1]} to {_MAX_SIZE_PX[0]}x{_MAX_SIZE_PX[1]}, e.g. (1920, 1080)")
    if not isinstance(events, gpd.GeoDataFrame) or not set(_REQUIRED) <= set(events.columns):
        missing = sorted(set(_REQUIRED) - set(getattr(events, "columns", ())))
        raise ValueError(f"events is expected to be a GeoDataFrame of events (geo.model.to_frame) but has no {missing or 'geometry'}")
    if date_from and date_to and date_from > date_to:
        raise ValueError(f"date_from {date_from!r} is after date_to {date_to!r}: swap them")


def date_window_text(dates: pd.Series, date_from: date | None, date_to: date | None) -> str:
    dates = dates.dropna()
    lo, hi = date_from or (dates.min() if len(dates) else None), date_to or (dates.max() if len(dates) else None)
    if lo is None or hi is None:
        return "no events" if lo is hi else f"from {lo:%Y-%m-%d}" if hi is None else f"until {hi:%Y-%m-%d}"
    return f"{lo:%Y-%m-%d}" if f"{lo:%Y-%m-%d}" == f"{hi:%Y-%m-%d}" else f"{lo:%Y-%m-%d} to {hi:%Y-%m-%d}"


def event_points(events: gpd.GeoDataFrame) -> pd.DataFrame:
    """One row per located event: lon, lat, side, kind, hollow, s (marker area in points²), prec,
    location, scope, admin1, country (categorical), date, fatalities."""
    geom = (events if events.crs is None or events.crs.to_epsg() == 4326 else events.to_crs(4326)).geometry.values
    drawn = drawn_sides(events)
    d = pd.DataFrame({"lon": shapely.get_x(geom), "lat": shapely.get_y(geom), "side": event_sides(drawn),
                      "kind": event_kinds(events["event_type"], events["sub_event_type"], drawn),
                      "hollow": hollow(events["time_precision"]),
                      # radius in CSS px (1/96 in), rounded to 0.5 px -> diameter in points, squared
                      "s": (np.round(marker_radius(events["fatalities"]) * 2) / 2 * 1.5) ** 2,
                      "prec": pd.to_numeric(events["geo_precision"], errors="coerce").fillna(1).to_numpy(int),
                      # names stay categorical: a million rows are not turned into a million Python strings
                      "location": pd.Categorical(events["location"]), "scope": place_scopes(events),
                      "admin1": pd.Categorical(events["admin1"]), "country": pd.Categorical(events["country"]),
                      "date": events["event_date"].to_numpy(),
                      "fatalities": pd.to_numeric(events["fatalities"], errors="coerce").to_numpy(dtype="float64", na_value=np.nan)})
    return d[np.isfinite(d["lon"]) & np.isfinite(d["lat"])]


def frame_for(lon: np.ndarray, lat: np.ndarray, box_ratio: float, *, anchors: Sequence[tuple[float, float]] = ()) -> Frame:
    """The events that matter, with a margin and a minimum span, widened to fill an axes of
    ``box_ratio`` (width / height) at the true aspect of the centre latitude.

    The events that matter are those within ``max(800 km, 3 x the 80th percentile distance)`` of
    their median point, and never further than 2,500 km: a lone event in another country or
    continent is listed in a note instead of shrinking the theatre. Each of ``anchors`` (lon, lat:
    the capitals of the countries of the events) is taken in too when that grows neither side of
    the frame by more than half (or 3 degrees), so a reader finds Damascus or Baghdad.
    """
    if len(lon) > 50_000:  # a regular sample decides the frame of a large view (its margin covers what the sample misses)
        k = len(lon) // 50_000 + 1
        lon, lat = lon[::k], lat[::k]
    if not len(lon):
        w, s, e, n = NO_EVENTS_BBOX
    else:
        dist = _GEOD.inv(np.full_like(lon, np.median(lon)), np.full_like(lat, np.median(lat)), lon, lat)[2] / 1000
        near = dist <= min(_CORE_KM, max(_NEAR_KM, 3 * float(np.percentile(dist, 80))))
        near = near if near.any() else np.ones_like(near)
        w, e, s, n = lon[near].min(), lon[near].max(), lat[near].min(), lat[near].max()
        for x, y in anchors:
            ww, ee, ss, nn = min(w, x), max(e, x), min(s, y), max(n, y)
            if ee - ww <= max(1.5 * (e - w), e - w + 3) and nn - ss <= max(1.5 * (n - s), n - s + 3):
                w, e, s, n = ww, ee, ss, nn
    return fit_frame((w, s, e, n), box_ratio, margin=0.575, pad=0.4, min_half=3.0)


def fit_frame(bbox: Frame, box_ratio: float, *, margin: float = 0.5, pad: float = 0.0, min_half: float = 0.05) -> Frame:
    """``bbox`` (west, south, east, north) widened by ``margin`` of its span on each side plus
    ``pad`` degrees (at least ``min_half`` degrees from the centre each way), then to fill an axes of
    ``box_ratio`` at the true aspect of its centre latitude: a frame the user set stays in view whole.

    >>> w, s, e, n = fit_frame((38.0, 33.0, 42.0, 36.0), 1.3)
    >>> w <= 38.0 and e >= 42.0 and s <= 33.0 and n >= 36.0
    True
    """
    w, s, e, n = bbox
    cx, cy = (w + e) / 2, (s + n) / 2
    coslat = math.cos(math.radians(min(abs(cy), 80.0)))
    half_h, half_w = max((n - s) * margin + pad, min_half), max((e - w) * margin + pad, min_half / coslat)
    half_h, half_w = min(max(half_h, half_w * coslat / box_ratio), 85.0), min(max(half_w, half_h * box_ratio / coslat), 180.0)
    cy = min(max(cy, -85.0 + half_h), 85.0 - half_h)
    return cx - half_w, cy - half_h, cx + half_w, cy + half_h


def _path(geom: shapely.Geometry) -> Path | None:
    verts, codes = [], []
    for poly in shapely.get_parts(geom):
        for ring in (poly.exterior, *poly.interiors) if poly.geom_type == "Polygon" else ():  # clipping can leave lines on the edge
            xy = np.asarray(ring.coords)
            verts.append(xy)
            codes.append([Path.MOVETO] + [Path.LINETO] * (len(xy) - 2) + [Path.CLOSEPOLY])
    return Path(np.concatenate(verts), np.concatenate(codes)) if verts else None


def _draw_borders(ax, frame: Frame) -> list:
    w, s, e, n = frame
    snapped = (max(math.floor(w / 10) * 10, -180), max(math.floor(s / 10) * 10, -90),
               min(math.ceil(e / 10) * 10, 180), min(math.ceil(n / 10) * 10, 90))
    span = max(e - w, n - s)
    borders = country_borders(snapped, tolerance=0.01 if span < 25 else 0.03 if span < 80 else 0.1)  # a snapped bbox hits the cache
    paths = [p for p in map(_path, shapely.clip_by_rect(borders.geometry.values, w - 1, s - 1, e + 1, n + 1)) if p is not None]
    ax.add_collection(PathCollection(paths, facecolor=_LAND, edgecolor=_EDGE, linewidth=0.8, zorder=1))
    inner = shapely.clip_by_rect(borders.geometry.values, w + 0.04 * (e - w), s + 0.04 * (n - s), e - 0.04 * (e - w), n - 0.04 * (n - s))
    area = (e - w) * (n - s)
    names = []
    for iso, name, whole, part in zip(borders["iso2"], borders["name"], borders.geometry.values, inner, strict=True):
        shown = part.area >= 0.5 * whole.area or part.area >= 0.04 * area  # mostly in the frame, or a large part of it
        if iso in _LABELLED and shown and part.area >= 0.002 * area:  # and not a speck: no pile of names on a world map
            p = part.representative_point()  # of the part in the frame: Iran is labelled when only its west shows
            names.append(_text(ax, p.x, p.y, str(name).upper(), transform=ax.transData, fontsize=10, fontweight="bold", color="#85817A",
                               ha="center", va="center", zorder=2, gid="country"))
    return names


def _clear_names(ax, names: list, fixed: list) -> None:
    """Move each country name off the city names and water names it would cover ("LEBANON" under
    "Beirut"): up or down by a line or two, else left where it is."""
    renderer = ax.figure.canvas.get_renderer()
    taken = [o.get_window_extent(renderer) for o in fixed if o.get_visible()]
    inverse = ax.transData.inverted()
    for t in names:
        box = t.get_window_extent(renderer)
        if not any(box.overlaps(o) for o in taken):
            continue
        x, y = ax.transData.transform(t.get_position())
        for dy in (-1.3, 1.3, -2.6, 2.6):
            moved = box.translated(0, dy * box.height)
            if not any(moved.overlaps(o) for o in taken) and ax.bbox.contains(*moved.p0) and ax.bbox.contains(*moved.p1):
                t.set_position(inverse.transform((x, y + dy * box.height)))
                break


def _circles(lon: np.ndarray, lat: np.ndarray, radius_km: float, n: int = 48) -> np.ndarray:
    """Geodesic circles around each point, shape (points, n, 2) of (lon, lat)."""
    az = np.tile(np.linspace(0.0, 360.0, n, endpoint=False), len(lon))
    x0, y0 = np.repeat(lon, n), np.repeat(lat, n)
    x, y, _ = _GEOD.fwd(x0, y0, az, np.full(az.shape, radius_km * 1000.0))
    x = x0 + (x - x0 + 180.0) % 360.0 - 180.0  # no jump across the antimeridian
    return np.stack([x, y], axis=-1).reshape(len(lon), n, 2)


def _draw_precision(ax, d: pd.DataFrame) -> int:
    """Areas (precision 3) and rings (precision 2) in the side colour; returns how many were left out (over ``_MAX_RINGS``)."""
    left_out = 0
    for prec, face_alpha, edge_alpha, lw in ((3, 0.13, 0.45, 0.8), (2, 0.0, 0.9, 1.2)):
        sel = d[(d["prec"] == prec) & (d["scope"] == "point")]  # a region is named beside its mark, not drawn as a disk
        left_out += max(len(sel) - _MAX_RINGS, 0)
        sel = sel.nlargest(_MAX_RINGS, "s") if len(sel) > _MAX_RINGS else sel
        rgba = _RGBA[pd.Categorical(sel["side"], list(SIDE_COLOURS)).codes]
        polys = _circles(sel["lon"].to_numpy(), sel["lat"].to_numpy(), PRECISION_RADIUS_KM[prec])
        if prec == 3:
            ax.add_collection(PolyCollection(polys, facecolors=rgba * [1, 1, 1, face_alpha], edgecolors=rgba * [1, 1, 1, edge_alpha],
                                             linewidths=lw, zorder=3))
        else:
            rings = np.concatenate([polys, polys[:, :1]], axis=1)
            ax.add_collection(LineCollection(rings, colors=rgba * [1, 1, 1, edge_alpha], linewidths=lw, zorder=3))
    return left_out


def _marker_path(marker: str) -> Path:
    style = MarkerStyle(marker)
    return style.get_path().transformed(style.get_transform())


def _draw_events(ax, d: pd.DataFrame) -> None:
    """One collection per (side, kind, hollow), biggest symbols first; hollow: edge only, in the side
    colour. Many events: one per size too, so Agg stamps one marker image; the collections are made
    directly (what ``ax.scatter`` makes, without its per-call overhead: hundreds of them at 100k)."""
    keys = ["side", "kind", "hollow"] + ["s"] * (len(d) > 5000)
    srt = d[[*keys, "lon", "lat"] + ["s"] * (len(d) <= 5000)].sort_values("s", ascending=False, kind="stable")
    xy, sizes = srt[["lon", "lat"]].to_numpy(), srt["s"].to_numpy()
    groups = sorted(srt.groupby(keys, sort=False, observed=True).indices.items(), key=lambda kv: kv[1][0])  # biggest symbols first
    paths: dict[str, Path] = {}
    for (side, kind, is_hollow, *size), idx in groups:
        face, edge, lw = ("none", SIDE_COLOURS[side], 1.8) if is_hollow else (SIDE_COLOURS[side], "white", 0.7)
        marker = KIND_SYMBOLS[kind][1]
        if marker not in paths:
            paths[marker] = _marker_path(marker)
        coll = PathCollection([paths[marker]], sizes=np.atleast_1d(size[0] if size else sizes[idx]), offsets=xy[idx],
                              offset_transform=ax.transData, transform=IdentityTransform(), facecolors=[face], edgecolors=[edge],
                              linewidths=[lw], alpha=0.9, zorder=5 if is_hollow else 4)  # sizes in points², as scatter's
        ax.add_collection(coll, autolim=False)


def _scale_bar(ax, frame: Frame) -> None:
    w, s, e, n = frame
    cx, cy = (w + e) / 2, (s + n) / 2
    km_per_deg = _GEOD.inv(cx - 0.5, cy, cx + 0.5, cy)[2] / 1000  # one degree of longitude at the centre latitude
    km = max([k for k in _SCALES_KM if k <= (e - w) * km_per_deg / 5] or [_SCALES_KM[0]])
    x0, y0, dx, dy = w + 0.04 * (e - w), s + 0.05 * (n - s), km / km_per_deg, 0.009 * (n - s)
    for i, c in enumerate((_INK, "white", _INK, "white")):
        ax.add_patch(Rectangle((x0 + i * dx / 4, y0), dx / 4, dy, facecolor=c, edgecolor=_INK, linewidth=0.8, zorder=6))
    _text(ax, x0, y0 + 2.2 * dy, f"{km} km (at {abs(cy):.0f}°{'N' if cy >= 0 else 'S'})", transform=ax.transData, fontsize=9, zorder=6)


def _draw_context(ax, frame: Frame) -> list:
    """Lakes, rivers, their names and the main cities; returns the city texts (fixed: labels avoid them)."""
    if lakes := [p for p in (_ring_path(xy) for xy in lakes_in(frame)) if p is not None]:
        ax.add_collection(PathCollection(lakes, facecolor=_WATER, edgecolor=_WATER_EDGE, linewidth=0.5, zorder=1.4))
    if rivers := rivers_in(frame):
        ax.add_collection(LineCollection(rivers, colors=_WATER_EDGE, linewidths=0.9, zorder=1.5))
    span = frame[2] - frame[0]
    fixed = []
    for r in water_names_in(frame).itertuples():
        fixed.append(_text(ax, r.lon, r.lat, r.name, transform=ax.transData, fontsize=8.5, fontstyle="italic", color=_WATER_TEXT, rotation=r.angle,
              rotation_mode="anchor", ha="center", va="bottom" if r.kind == "river" else "center", zorder=2, gid="water"))
    w, s, e, n = frame
    cities = cities_in((w + 0.02 * span, s + 0.02 * (n - s), e - 0.1 * span, n - 0.04 * (n - s)))  # room for the name to the right
    ax.scatter(cities["lon"], cities["lat"], s=np.where(cities["capital"], 22, 9), marker="s", facecolors=np.where(cities["capital"], _INK, "white"),
               edgecolors=_INK, linewidths=0.8, zorder=2.5)
    return fixed + [_text(ax, r.lon + 0.006 * span, r.lat, r.name, transform=ax.transData, fontsize=9 if r.capital else 8,
                          fontweight="bold" if r.capital else "normal", color="#3C3C3C", va="bottom", zorder=2.5, gid="city",
                          bbox=_HALO) for r in cities.itertuples()]  # a box, not a path effect: SVG keeps it as text


def _ring_path(xy: np.ndarray) -> Path | None:
    return Path(xy.astype(float), closed=True) if len(xy) >= 3 else None


def _draw_labels(ax, d: pd.DataFrame, fixed: list, limit: int, selected: Sequence[str]) -> int:
    """One label per place, placed clear of each other, the symbols and the context names
    (:mod:`geo.outputs.placement`), tied back by leader lines; returns how many places were left unlabelled."""
    if not len(d) or limit <= 0:
        return 0
    pt = d[d["scope"] == "point"]
    lab = place_labels(pt["lon"].to_numpy(), pt["lat"].to_numpy(), np.asarray(pt["location"], dtype=object), pt["date"].to_numpy(),
                       pt["fatalities"].to_numpy(), limit=limit, selected=selected)
    (w, e), (s, n) = ax.get_xlim(), ax.get_ylim()
    for t in [t for t in fixed if t.get_gid() == "city"]:
        x, y = t.get_position()
        near = np.hypot(lab["lon"] - x, lab["lat"] - y) < 0.03 * (e - w)
        if any(t.get_text().casefold() in p.casefold() for p in lab.loc[near, "place"]):
            t.set_visible(False)  # "Baghdad" beside the label "Baghdad, 29 Jan": said once
            fixed = [f for f in fixed if f is not t]
    dx, dy = 0.012 * (e - w), 0.012 * (n - s)
    texts = [_text(ax, x + dx, y + dy, t, transform=ax.transData, fontsize=8.5, color=_INK, zorder=7, linespacing=1.1,
                   bbox={"facecolor": "white", "edgecolor": "#B0B0B0", "alpha": 0.88, "pad": 1.6, "linewidth": 0.5})
             for x, y, t in zip(lab["lon"], lab["lat"], lab["text"], strict=True)]
    marks = d.drop_duplicates(["lon", "lat", "s"]).nlargest(3000, "s")  # the symbols to keep clear of: the biggest, when there are many
    renderer = ax.figure.canvas.get_renderer()
    px = ax.transData.transform(marks[["lon", "lat"]].to_numpy(dtype=float))
    radius = np.sqrt(marks["s"].to_numpy(dtype=float)) / 2 * ax.figure.dpi / 72
    for t in [t for t in fixed if t.get_gid() == "city" and t.get_visible()]:
        b = t.get_window_extent(renderer)
        if np.any((px[:, 0] + radius > b.x0) & (px[:, 0] - radius < b.x1) & (px[:, 1] + radius > b.y0) & (px[:, 1] - radius < b.y1)):
            t.set_visible(False)  # a town's name under an event's symbol is unreadable: the event's label names the place
    hard = [t for t in fixed if t.get_gid() not in ("city", "water", "country")]  # other labels, region notes, the inset: never covered
    hidden = place_texts(ax, texts, lab[["lon", "lat"]].to_numpy(), hard, soft=[t for t in fixed if t.get_gid() in ("city", "water", "country")],
                         symbols=marks[["lon", "lat"]].to_numpy(), symbol_px=np.sqrt(marks["s"].to_numpy()) / 2 * ax.figure.dpi / 72)
    return int(lab.attrs["unlabelled"]) + hidden


def _draw_bins(ax, d: pd.DataFrame, frame: Frame) -> None:
    """Hexagons coloured by how many events fall in each (log scale): a million points in one pass."""
    w, s, e, n = frame
    hb = ax.hexbin(d["lon"].to_numpy(), d["lat"].to_numpy(), gridsize=(70, 35), extent=(w, e, s, n), bins="log", mincnt=1,
                   cmap="YlOrRd", linewidths=0.2, edgecolors="white", alpha=0.85, zorder=4)
    cax = ax.inset_axes((0.035, 0.14, 0.22, 0.022))
    ax.figure.colorbar(hb, cax=cax, orientation="horizontal")
    cax.tick_params(labelsize=7.5, colors=_GREY, length=2)
    _text(cax, 0, 1.6, "events per hexagon", fontsize=8, color=_GREY)


def _draw_inset(fig: Figure, ax, frame: Frame, d: pd.DataFrame):
    """A locator: the region around the frame, countries outlined, the frame as a red box; in the
    top corner (right or left) that hides fewer events."""
    w, s, e, n = frame
    box = ax.get_position()
    fx, fy = 0.11 / box.width * (e - w), 0.15 / box.height * (n - s)  # the inset's size in degrees
    top = d["lat"].to_numpy() > n - fy
    right = int((top & (d["lon"].to_numpy() > e - fx)).sum()) <= int((top & (d["lon"].to_numpy() < w + fx)).sum())
    pos = (box.x1 - 0.1 if right else box.x0 + 0.005, box.y1 - 0.135, 0.095, 0.13)
    cx, cy = (w + e) / 2, (s + n) / 2
    coslat = math.cos(math.radians(min(abs(cy), 80.0)))
    half_w = max(e - w, (n - s) / coslat) * 1.6
    half_h = half_w * coslat * (pos[3] * fig.get_figheight()) / (pos[2] * fig.get_figwidth())  # true aspect at the centre
    region = (cx - half_w, cy - half_h, cx + half_w, cy + half_h)
    inset = fig.add_axes(pos, facecolor=_SEA)
    inset.set(xlim=(region[0], region[2]), ylim=(region[1], region[3]), xticks=[], yticks=[])
    borders = country_borders((max(math.floor(region[0] / 10) * 10, -180), max(math.floor(region[1] / 10) * 10, -90),
                               min(math.ceil(region[2] / 10) * 10, 180), min(math.ceil(region[3] / 10) * 10, 90)), tolerance=0.1)  # snapped: cached
    paths = [p for p in map(_path, borders.geometry.values) if p is not None]
    inset.add_collection(PathCollection(paths, facecolor=_LAND, edgecolor=_EDGE, linewidth=0.4))
    inset.add_patch(Rectangle((w, s), e - w, n - s, fill=False, edgecolor="#C0392B", linewidth=1.4))
    inset.spines[:].set_color(_EDGE)
    return inset


def _map(fig: Figure, d: pd.DataFrame, *, frame: Frame | None = None, labels: int = LABEL_LIMIT, selected: Sequence[str] = (),
         context: bool = True, inset: bool = True, marks: bool = True, bin_above: int = BIN_ABOVE) -> None:
    """The map axes: borders, context, precision rings, events (or bins), labels, scale bar, and
    notes on what is not shown."""
    ax = fig.add_axes(MAP_AXES, facecolor=_SEA)
    ratio = (MAP_AXES[2] * 16) / (MAP_AXES[3] * fig.get_figheight())
    if frame:
        w, s, e, n = fit_frame(frame, ratio, margin=0.5)
    else:
        capitals = capitals_of({country_code(c) for c in d.loc[d["scope"] != "country", "country"].unique()} - {None}) if context else None
        anchors = [] if capitals is None else list(zip(capitals["lon"], capitals["lat"], strict=True))
        w, s, e, n = frame_for(d["lon"].to_numpy(), d["lat"].to_numpy(), ratio, anchors=anchors)
    ax.set(xlim=(w, e), ylim=(s, n))
    ax.set_aspect(1 / math.cos(math.radians(min(abs((s + n) / 2), 80.0))), adjustable="box")  # the frame fits: only a world map shrinks
    ax.apply_aspect()
    (w, e), (s, n) = ax.get_xlim(), ax.get_ylim()
    ax.tick_params(labelsize=8, colors=_GREY, length=3)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{abs(v):g}°{'E' if v > 0 else 'W' if v < 0 else ''}"))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{abs(v):g}°{'N' if v > 0 else 'S' if v < 0 else ''}"))
    ax.spines[:].set_color(_EDGE)
    names = _draw_borders(ax, (w, s, e, n))
    fixed = _draw_context(ax, (w, s, e, n)) if context else []
    _clear_names(ax, names, fixed)
    fixed += names  # event labels avoid country names where they can
    country = d["scope"] == "country"  # a country is not a place: listed, not drawn
    inside = d["lon"].between(w, e) & d["lat"].between(s, n) & ~country
    binned = int(inside.sum()) > bin_above
    left_out, unlabelled = 0, 0
    if not marks:
        if inset and len(d):
            _draw_inset(fig, ax, (w, s, e, n), d[inside])
    elif binned:
        _draw_bins(ax, d[inside], (w, s, e, n))
    else:
        left_out = _draw_precision(ax, d[inside])
        _draw_events(ax, d[inside])
        regions = d[inside & (d["scope"] == "region")]
        regions = regions.assign(area=[a if isinstance(a, str) and a.strip() else str(loc) for a, loc in zip(regions["admin1"], regions["location"],
                                                                                                             strict=True)])
        for _, r in regions.drop_duplicates(["lon", "lat", "area"]).head(12).iterrows():
            east = r["lon"] > w + 0.7 * (e - w)  # near the east edge the note goes to the left of its mark
            what = f"somewhere in {_clean(r['area'], 30)}"
            fixed.append(_text(ax, r["lon"], r["lat"], f"{what}  " if east else f"  {what}", transform=ax.transData, fontsize=8.5,
                               fontstyle="italic", color=_INK, va="center", ha="right" if east else "left", zorder=6, clip_on=True,
                               bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.7, "pad": 1}))
        if inset and len(d):
            fixed.append(_draw_inset(fig, ax, (w, s, e, n), d[inside]))
        unlabelled = _draw_labels(ax, d[inside], fixed, labels, selected)
    _scale_bar(ax, (w, s, e, n))
    if binned and inset:
        _draw_inset(fig, ax, (w, s, e, n), d[inside])
    notes = [f"{int(inside.sum()):,} events binned: too many to draw one by one"] if binned else []
    notes += [f"precision rings of the {_MAX_RINGS:,} events with most fatalities per level shown, {left_out:,} left out"] if left_out else []
    if unlabelled:
        notes.append(f"{unlabelled:,} more place{'s' * (unlabelled > 1)} not labelled (most fatalities labelled first)")
    if n_country := int(country.sum()):
        counts = d.loc[country, "country"].astype(str).value_counts()
        names = ", ".join(f"{_clean(c, 24)}{f' ({k})' if k > 1 else ''}" for c, k in counts.head(4).items()) + (", …" if len(counts) > 4 else "")
        notes.append(f"{n_country:,} event{'s' * (n_country > 1)} known only to a country, counted but not drawn: {names}")
    if outside := int((~inside & ~country).sum()):
        places = pd.unique(d.loc[~inside & ~country, "location"])
        names = ", ".join(_clean(p, 30) for p in places[:3]) + (", …" if len(places) > 3 else "")
        notes.append(f"{outside:,} event{'s' * (outside > 1)} outside this frame: {names}")
    if d.empty:
        _text(ax, 0.5, 0.93, "No events match these filters", fontsize=18, ha="center", va="top", color=_GREY, zorder=7,
              bbox={"facecolor": "white", "edgecolor": _EDGE, "boxstyle": "round,pad=0.6"})
    if notes:
        _text(ax, 0.985, 0.025, "\n".join(notes), fontsize=9, ha="right", va="bottom", color=_GREY, zorder=8,
              bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.85})


def _title(ax, title: str) -> float:
    """Draw the title, wrapped and shrunk until it fits the panel in at most 4 lines; return the axes y below it."""
    for size, width in ((22, 25), (19, 29), (16, 34), (16, 26), (16, 18), (16, 12)):
        lines = textwrap.wrap(title, width) or [""]
        lines = lines if len(lines) <= 4 else [*lines[:3], lines[3][:-1] + "…"]
        t = _text(ax, 0, 1, "\n".join(lines), fontsize=size, fontweight="bold", va="top", linespacing=1.15, gid="title")
        box = t.get_window_extent(ax.figure.canvas.get_renderer()).transformed(ax.transAxes.inverted())
        if (box.x1 <= 1.0 and len(lines) <= (3 if size > 16 else 4)) or width == 12:
            return box.y0 - 0.03
        t.remove()
    raise AssertionError("unreachable: the last size always returns")


def _legend(ax, y: float, kinds: Sequence[str] = KINDS, row: float = 0.031) -> None:
    """The legend, its top at ``y`` (axes fraction): side and the kinds on the map side by side,
    then size, then precision."""
    kinds = [k for k in KINDS if k in kinds] or ["attack"]
    top = max(len(SIDE_COLOURS), len(kinds)) + 1.4
    items = [(0.0, 0, "Side (who acted)", None), (0.5, 0, "Kind", None), (0.0, top, "Size: fatalities reported", None),
             (0.0, top + 2.8, "Location and date precision", None)]
    items += [(0.0, i + 1, side, (_SWATCH, colour, colour, 0, 18)) for i, (side, colour) in enumerate(SIDE_COLOURS.items())]
    items += [(0.5, i + 1, kind, (KIND_SYMBOLS[kind][1], _GREY, "white", 0.7, 10)) for i, kind in enumerate(kinds)]
    items += [(x, top + 1.3, f"{f}{' or more' * (f == 40)}", ("o", _GREY, "white", 0.7, marker_radius(np.array([f]))[0] * 1.5))
              for x, f in ((0.0, 0), (0.2, 10), (0.42, 40))]
    items += [(0.0, top + 3.8, f"ring: near a town (within ~{PRECISION_RADIUS_KM[2]:.0f} km)", ("o", "none", _GREY, 1.2, 16)),
              (0.0, top + 4.8, "somewhere in …: only a province or region is known", ("o", to_rgba(_GREY, 0.2), to_rgba(_GREY, 0.5), 0.8, 14)),
              (0.0, top + 5.8, "hollow: date known only to the week or month", ("^", "none", _GREY, 1.8, 10)),
              (0.0, top + 6.8, "known only to a country: counted, not drawn", None and ("s", "none", "none", 0, 1))]
    for x, r, label, how in items:
        if how is None:
            bold = not label.startswith("known only")
            _text(ax, x + (0 if bold else 0.1), y - r * row, label, fontsize=9.5, fontweight="bold" if bold else "normal",
                  color=_GREY if bold else _INK, va="center")
            continue
        marker, face, edge, lw, diameter = how
        ax.scatter([x + 0.04], [y - r * row], s=[diameter**2], marker=marker, facecolors=[face], edgecolors=[edge], linewidths=lw,
                   transform=ax.transAxes, clip_on=False)
        _text(ax, x + max(0.1, 0.06 + diameter / 144 / (_PANEL[2] * 16)), y - r * row, label, fontsize=9.5, va="center")  # clear of the symbol


def _panel(fig: Figure, events: gpd.GeoDataFrame, title: str, subtitle: str, window: str, filters: list[str], kinds: set[str]) -> None:
    pan = fig.add_axes(_PANEL)
    pan.set_axis_off()
    y = _title(pan, _clean(title, 90))
    if subtitle:
        lines = textwrap.wrap(_clean(subtitle, 120), 44)[:2]
        _text(pan, 0, y + 0.01, "\n".join(lines), fontsize=12.5, va="top", color=_INK, linespacing=1.2, gid="subtitle")
        y -= 0.035 * len(lines) + 0.005
    fatalities = int(pd.to_numeric(events["fatalities"], errors="coerce").sum())
    _text(pan, 0, y, window, fontsize=14, va="top")
    _text(pan, 0, y - 0.04, f"{len(events):,} event{'s' * (len(events) != 1)} · {fatalities:,} fatalities reported", fontsize=11,
          color=_GREY, va="top")
    _text(pan, 0, y - 0.1, "Active filters", fontsize=9.5, fontweight="bold", color=_GREY, va="top")
    lines = [ln for f in filters for ln in textwrap.wrap(_clean(f, 80), 52)] or ["no filters"]
    lines = lines if len(lines) <= 8 else [*lines[:7], f"… and {len(lines) - 7} more lines"]
    _text(pan, 0, y - 0.132, "\n".join(lines[: max(2, min(8, int((y - 0.132 - 0.42) / 0.03)))]), fontsize=10, va="top", linespacing=1.3)
    _legend(pan, 0.40, kinds)


def briefing_figure(events: gpd.GeoDataFrame, *, title: str = "Strikemap briefing", subtitle: str = "", marking: str | None = None,
                    date_from: date | None = None, date_to: date | None = None, filters: Sequence[str] = (), source_line: str | None = None,
                    generated: datetime | None = None, size_px: tuple[int, int] = (1920, 1080), frame: Frame | None = None,
                    labels: int = LABEL_LIMIT, selected: Sequence[str] = (), context: bool = True, inset: bool = True,
                    marks: bool = True, bin_above: int = BIN_ABOVE) -> Figure:
    r"""The briefing slide of :func:`briefing_png` as a matplotlib :class:`~matplotlib.figure.Figure`
    on its own Agg canvas, laid out and not yet saved (the same arguments; ``marks=False`` leaves
    the events, their rings and labels out, for :mod:`geo.outputs.animation` to draw frame by frame).

    Every string on it is a :class:`~matplotlib.text.Text` drawn as plain text: ``parse_math`` and
    ``usetex`` are off whatever the string or the rcParams, so ``$\alpha$`` shows as written.

    >>> from matplotlib.text import Text
    >>> from geo.model import empty_frame
    >>> fig = briefing_figure(empty_frame(), title=r"$\undefined$ <b>", generated=datetime(2024, 2, 6, 9, 30))
    >>> any(r"$\undefined$ <b>" in t.get_text() for t in fig.findobj(Text)), {t.get_parse_math() for t in fig.findobj(Text) if t.get_text()}
    (True, {False})
    """
    _check(events, size_px, date_from, date_to)
    if frame is not None:
        frame = check_bounds(frame)
    dpi = size_px[0] / 16  # a 16 in wide page: text and symbols keep their proportions at any resolution
    fig = Figure(figsize=(16, (size_px[1] + 1e-6) / dpi), dpi=dpi, facecolor="white")
    FigureCanvasAgg(fig)
    points = event_points(events)
    _map(fig, points, frame=frame, labels=labels, selected=selected, context=context, inset=inset, marks=marks,
         bin_above=bin_above)
    _panel(fig, events, title, subtitle, date_window_text(events["event_date"], date_from, date_to),
           [filters] if isinstance(filters, str) else list(filters), set(points["kind"].unique()))
    stamp = generated or datetime.now(UTC)
    stamp = stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)
    marking = DEFAULT_MARKING if marking is None else marking
    if marking.strip():
        _text(fig, 0.5, 0.987, _clean(marking, 120), fontsize=10.5, fontweight="bold", color="#7B1E1E", ha="center", va="top", gid="marking")
    fig.add_artist(Rectangle((0.035, 0.058), 0.95, 0.0012, transform=fig.transFigure, color="#BBBBBB"))
    _text(fig, 0.035, 0.036, _clean(default_source_line(events) if source_line is None else source_line, 150), fontsize=9, color=_GREY, va="center")
    if context:
        _text(fig, 0.035, 0.014, CONTEXT_ATTRIBUTION, fontsize=7.5, color=_GREY, va="center")
    _text(fig, 0.985, 0.036, f"Generated {stamp:%Y-%m-%d %H:%M} UTC", fontsize=9, color=_GREY, ha="right", va="center")
    return fig


def briefing_png(events: gpd.GeoDataFrame, *, title: str = "Strikemap briefing", date_from: date | None = None, date_to: date | None = None,
                 filters: Sequence[str] = (), source_line: str | None = None, generated: datetime | None = None,
                 size_px: tuple[int, int] = (1920, 1080), **options) -> bytes:
    r"""A briefing slide of ``events`` as PNG bytes: the map on the left, title, date window, active
    filters and legend on the right, sources and generation time (UTC) in the footer.

    Parameters
    ----------
    events : GeoDataFrame
        Events as made by :func:`geo.model.to_frame` (EPSG:4326 points), usually already filtered.
    title : str
        Cut to 90 characters.
    date_from, date_to : date, optional
        The date window shown; each defaults to the events' first or last date.
    filters : sequence of str
        One line per active filter (:func:`geo.view.describe_filter`); "no filters" when empty.
    source_line : str, optional
        The footer's sources; default :func:`default_source_line`. Cut to 150 characters.
    generated : datetime, optional
        When the image was made (naive means UTC); default now.
    size_px : (int, int)
        Width and height in pixels: 16:9 within 1%, from 1600x900 to 7680x4320.
    **options
        Of :func:`briefing_figure`: ``subtitle`` (under the title), ``marking`` (the classification
        or handling line at the top; default :data:`DEFAULT_MARKING`, "" for none), ``frame`` (west,
        south, east, north: the user's frame instead of the events' own), ``labels`` (how many places
        to label, 0 for none), ``selected`` (place names labelled first), ``context`` (cities, rivers,
        lakes), ``inset`` (the locator map) and ``bin_above`` (draw hexagon bins above this many
        events in the frame; default :data:`BIN_ABOVE`).

    Notes
    -----
    The frame holds the events within 2,500 km of their median point (a note counts the others), or
    Iraq, Syria and Jordan with no events. Its aspect is true at the centre latitude, where the scale
    bar is measured geodesically. Precision rings are geodesic circles, at most 2,000 per level.

    Examples
    --------
    >>> from PIL import Image
    >>> from geo.model import empty_frame
    >>> png = briefing_png(empty_frame(), title="Week 6", generated=datetime(2024, 2, 6, 9, 30))
    >>> png.startswith(b"\x89PNG"), Image.open(io.BytesIO(png)).size
    (True, (1920, 1080))
    >>> briefing_png(empty_frame(), size_px=(1024, 768))
    Traceback (most recent call last):
    ...
    ValueError: size_px was (1024, 768) but is expected to be (width, height) in pixels, 16:9 within 1%, from 1600x900 to 7680x4320, e.g. (1920, 1080)
    """
    fig = briefing_figure(events, title=title, date_from=date_from, date_to=date_to, filters=filters, source_line=source_line,
                          generated=generated, size_px=size_px, **options)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=fig.dpi, facecolor="white")
    return buf.getvalue()
