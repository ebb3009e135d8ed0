"""The event map: one folium map, offline, with country borders, every event drawn by side, kind,
fatalities and precision (:mod:`geo.model`), a legend, a scale and a time control that plays the
period inside the map itself (so it works in ``st_folium``, where folium's TimestampedGeoJson does
not, and in a standalone HTML file).

Above ``aggregate_above`` events the map draws grid cells with counts (:mod:`geo.outputs`)
instead of one mark per event, so the page stays light; the time control steps through those too.

The map's data goes into its script as JSON in which ``<``, ``>`` and ``&`` (and what text rewrites
of the script match: :func:`js_json`) are escaped, the script goes into the page as text (never
compiled as a Jinja template, so ``{{7*7}}`` in an event stays text), and every string shown as HTML
(popups, tooltips, legend, title) is HTML-escaped first: text from the data never runs.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from functools import lru_cache
from importlib.resources import files
from typing import Any, Literal

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
from branca.element import Element, MacroElement
from folium.template import Template

from ..model import (
    ACTOR_PALETTE,
    EVENT_TYPE_COLOURS,
    KIND_LABELS,
    KIND_SYMBOLS,
    KINDS,
    PRECISION_RADIUS_KM,
    SIDE_COLOURS,
    drawn_actors,
    drawn_sides,
    event_kinds,
    event_sides,
    hollow,
    marker_radius,
    place_scopes,
)
from ..view import WINDOWS, check_step, step_days
from .aggregate import aggregate_features, day_index, lon_lat
from .borders import map_borders
from .labels import LABEL_LIMIT, event_labels
from .mapassets import offline_map, tiles_from_env
from .popups import event_popup_html, event_tooltip

__all__ = ["event_map", "standalone_html", "event_bounds", "js_json", "map_config", "DEFAULT_VIEW", "AGGREGATE_ABOVE",
           "CONFIG_MARK", "COLOUR_BY"]

#: What the map can colour events by.
COLOUR_BY = ("side", "type", "actor")
_GREY = "#7A7A7A"
#: folium's (lat, lon) centre and zoom when there is nothing to frame: Iraq, Syria and Jordan.
DEFAULT_VIEW = {"location": (33.0, 42.0), "zoom_start": 6}
#: Above this many events the map shows grid cells with counts instead of one mark per event.
AGGREGATE_ABOVE = 1000
#: Written just before the map's JSON configuration in its script, so tests and tools can read it back.
CONFIG_MARK = "/* strikemap-config */"
_SIDES = list(SIDE_COLOURS)
_EARTH_KM = 6371.0088


#: Characters written as \\u escapes in the map's JSON. None of them is part of JSON's own syntax,
#: so each occurs only inside strings, where the escape means the same character.
_JS_ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"),
               ("'", "\\u0027"), ("(", "\\u0028"), (")", "\\u0029"), ("_", "\\u005f"))


def js_json(obj: Any) -> str:
    """JSON that is safe inside a ``<script>`` element and that no text rewrite of the script can
    change: ``<``, ``>`` and ``&`` (so ``</script>`` in the data cannot close it), the JavaScript
    line separators, and ``'``, ``(``, ``)`` and ``_`` are written as ``\\u`` escapes. The last four
    are what streamlit_folium's rewrites of a map's script match (``{{'name'}}``, ``alert(coords);``,
    ``drawnItems_draw_control_div_1``): escaped, such text in an event reaches the popup as written.

    >>> js_json({"a": "</script><b>&"})
    '{"a":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    >>> js_json(["alert(coords);"]), json.loads(js_json(["{{'x'}} a_b"]))
    ('["alert\\\\u0028coords\\\\u0029;"]', ["{{'x'}} a_b"])
    """
    text = json.dumps(obj, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    for ch, esc in _JS_ESCAPES:
        text = text.replace(ch, esc)
    return text


def map_config(script: str) -> dict:
    """The configuration (events, bins, dates) written into a rendered event map's script.

    >>> from geo.model import empty_frame
    >>> cfg = map_config(event_map(empty_frame(), tiles=None).get_root().render())
    >>> cfg["total"], cfg["events"], cfg["t0"]
    (0, [], None)
    """
    at = script.find(CONFIG_MARK)
    if at < 0:
        raise ValueError("script holds no strikemap event map configuration")
    obj, _ = json.JSONDecoder().raw_decode(script[at + len(CONFIG_MARK):].lstrip())
    return obj


def event_bounds(gdf: gpd.GeoDataFrame, *, radius_km: float = 2500.0) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """((south, west), (north, east)) around the events within ``radius_km`` (great circle) of their
    median point, so a few far events (Dover AFB, Hong Kong) do not zoom the map out to the world.

    >>> from geo.model import curated_records
    >>> from geo.model import to_frame, empty_frame
    >>> (s, w), (n, e) = event_bounds(to_frame(curated_records()))
    >>> 30 < s < n < 38 and 36 < w < e <= 53  # Iraq, Syria, Jordan and Iran; not Dover or Hong Kong
    True
    >>> event_bounds(empty_frame()) is None
    True
    """
    if len(gdf) == 0:
        return None
    lon, lat = lon_lat(gdf)
    if len(lon) > 100_000:  # framing needs no more than a regular sample
        lon, lat = lon[:: len(lon) // 100_000], lat[:: len(lat) // 100_000]
    clat, clon = np.radians(np.median(lat)), np.radians(np.median(lon))
    la, lo = np.radians(lat), np.radians(lon)
    hav = np.sin((la - clat) / 2) ** 2 + np.cos(clat) * np.cos(la) * np.sin((lo - clon) / 2) ** 2
    near = 2 * _EARTH_KM * np.arcsin(np.sqrt(np.clip(hav, 0, 1))) <= radius_km
    if not near.any():
        near[:] = True
    return (float(lat[near].min()), float(lon[near].min())), (float(lat[near].max()), float(lon[near].max()))  # (lat, lon)


def _palettes(gdf: gpd.GeoDataFrame) -> dict[str, list[list[str]]]:
    """The colours the map can colour by: side, ACLED event type, and the most frequent actors
    (``actor1``, a disrupted weapon's owner) with the rest as "other actors"; each a list of [name, colour]."""
    counts = drawn_actors(gdf).value_counts(dropna=True) if len(gdf) else pd.Series(dtype=int)  # no copy as str: a million rows
    top = [str(a) for a in counts.index if isinstance(a, str) and a][: len(ACTOR_PALETTE)]
    return {"side": [[k, c] for k, c in SIDE_COLOURS.items()],
            "type": [[k, c] for k, c in EVENT_TYPE_COLOURS.items()] + [["other type", _GREY]],
            "actor": [[a, ACTOR_PALETTE[i]] for i, a in enumerate(top)] + [["other actors", _GREY]]}


def _detail_rows(gdf: gpd.GeoDataFrame, palettes: dict[str, list[list[str]]]) -> list[list[Any]]:
    """One compact row per located event: [lat, lon, day, side, kind, radius px, hollow,
    geo_precision, popup, tooltip, event type, actor, area label] (side, kind, type and actor as
    positions in the palettes; the area label "somewhere in Anbar" for an event known only to a
    region, else empty)."""
    types = {k: i for i, (k, _) in enumerate(palettes["type"])}
    actors = {k: i for i, (k, _) in enumerate(palettes["actor"])}
    type_ix = gdf["event_type"].astype(str).map(types).fillna(len(types) - 1).astype(int).to_numpy()
    actor_ix = drawn_actors(gdf).astype(str).map(actors).fillna(len(actors) - 1).astype(int).to_numpy()
    drawn = drawn_sides(gdf)
    sides = event_sides(drawn)
    kinds = event_kinds(gdf["event_type"], gdf["sub_event_type"], drawn)
    radius = marker_radius(gdf["fatalities"])
    hol = hollow(gdf["time_precision"])
    gp = gdf["geo_precision"].fillna(1).astype(int).to_numpy()
    scope = place_scopes(gdf)
    days = day_index(gdf["event_date"])
    lon, lat = gdf.geometry.x.to_numpy(), gdf.geometry.y.to_numpy()  # geometry is (lon, lat); rows are (lat, lon)
    rows = []
    for i, ev in enumerate(gdf.to_dict("records")):
        area = html.escape(f"somewhere in {ev.get('admin1') or ev.get('location') or 'a region'}") if scope[i] == "region" else ""
        rows.append([round(float(lat[i]), 5), round(float(lon[i]), 5), int(days[i]), _SIDES.index(sides[i]), KINDS.index(kinds[i]),
                     round(float(radius[i]), 1), int(hol[i]), int(gp[i]), event_popup_html(ev), event_tooltip(ev), int(type_ix[i]),
                     int(actor_ix[i]), area])
    return rows


def _unplaced_rows(gdf: gpd.GeoDataFrame) -> list[list[Any]]:
    """Events known only to a country, listed beside the map, not drawn: [day, country, what, popup]."""
    kinds = event_kinds(gdf["event_type"], gdf["sub_event_type"], drawn_sides(gdf))
    days = day_index(gdf["event_date"])
    return [[int(days[i]), html.escape(str(ev.get("country") or ev.get("location") or "")), html.escape(f"{ev['event_date']:%Y-%m-%d} {kinds[i]}"),
             event_popup_html(ev)] for i, ev in enumerate(gdf.to_dict("records"))]


def _legend_html(aggregated: bool, kinds: Sequence[str] = KINDS) -> str:
    """The legend below the colours (which the script writes for the colouring chosen): a symbol
    for each kind of event on the map, then size, place and date precision."""
    def symbol(kind: str) -> str:
        return f"<span class='sm-sym' data-kind='{KIND_SYMBOLS[kind][0]}'></span>"

    rows = [f"{symbol(k)} {html.escape(KIND_LABELS[k])}" for k in KINDS if k in kinds]
    rows.append("size: fatalities (lowest reported)")
    rows.append(f"<span class='sm-ring'></span> place near a town (within ~{PRECISION_RADIUS_KM[2]:.0f} km)")
    rows.append("<span class='sm-area'></span> <i>somewhere in …</i>: known only to a province or region, drawn at its centre")
    rows.append("events known only to a country are listed, not drawn")
    rows.append("<span class='sm-hollow'></span> hollow: date known only to the week or month")
    if aggregated:
        rows.append("<span class='sm-binkey'>n</span> many events: grid cells with counts, coloured by the side with most")
    return "<br>".join(rows)


@lru_cache(maxsize=1)
def _css() -> str:
    return (files("geo.outputs") / "static" / "eventmap.css").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _script() -> str:
    return (files("geo.outputs") / "static" / "eventmap.js").read_text(encoding="utf-8")


class _EventLayer(MacroElement):
    """The events, the borders, the legend and the time control, in one script for the map."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (map, cfg) {
        {{ this.script }}
        })({{ this._parent.get_name() }}, /* strikemap-config */ {{ this.config }});
        {% endmacro %}
        """
    )

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__()
        self._name = "StrikemapEvents"
        self.config = js_json(config)
        self.script = _script()

    def render(self, **kwargs: Any) -> None:
        # branca's MacroElement.render wraps the rendered script in Element(text), which compiles it
        # as a Jinja template once more: "{{7*7}}" in an event's notes would run on the server. The
        # rendered script goes into the page as text instead.
        self.get_root().script.add_child(_Text(self._template.module.script(self, kwargs)), name=self.get_name())


class _Text(Element):
    """Text put into the page as it is: never compiled or rendered as a template."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text

    def render(self, **kwargs: Any) -> str:
        return self._text


def event_map(
    gdf: gpd.GeoDataFrame,
    *,
    title: str | None = None,
    subtitle: Sequence[str] = (),
    aggregate_above: int = AGGREGATE_ABOVE,
    max_cells: int = 400,
    step: Literal["auto", "day", "week", "month"] = "auto",
    mode: Literal["cumulative", "7", "30"] = "cumulative",
    colour_by: Literal["side", "type", "actor"] = "side",
    tiles: str | None | Literal["env"] = "env",
    attr: str | None = None,
    labels: bool = False,
    label_limit: int = LABEL_LIMIT,
) -> folium.Map:
    """The map of the events in ``gdf`` (already filtered), offline.

    Parameters
    ----------
    title, subtitle
        Shown in a box on the map (escaped); the dashboard leaves them out, the standalone HTML map
        sets them to the view's title and its active filters.
    aggregate_above
        Above this many events, grid cells with counts are drawn instead of one mark per event.
    step, mode
        The time control's first setting: step by ``day``, ``week`` or ``month`` (30 days; ``auto``
        picks by the span: days up to 90 days, weeks up to two years, else months); show everything
        up to the step (``cumulative``) or the last ``7`` / ``30`` days. Both can be changed on the map.
    colour_by
        The first colouring: by ``side``, ACLED event ``type``, or ``actor`` (the eight most
        frequent, the rest grey). It can be changed on the map.
    tiles, attr
        ``"env"`` reads ``STRIKEMAP_TILES`` (:func:`geo.outputs.tiles_from_env`); None draws no tiles.
    labels, label_limit
        The briefing's place labels (:func:`geo.outputs.event_labels`, the ``label_limit`` most
        important places), switched on and off by the "labels" box of the time control; ``labels``
        ticks it at first. Not offered when the map draws grid cells.

    Examples
    --------
    >>> from geo.model import curated_records
    >>> from geo.model import to_frame, empty_frame
    >>> from geo.outputs import external_links
    >>> m = event_map(to_frame(curated_records()), tiles=None)
    >>> out = m.get_root().render()
    >>> external_links(out), "StrikemapEvents" in out or "sm-event" in out
    ([], True)
    >>> event_map(empty_frame(), tiles=None).location  # nothing to frame: the default view
    [33.0, 42.0]
    """
    check_step(step)
    if colour_by not in COLOUR_BY:
        raise ValueError(f"colour_by was {colour_by!r} but is expected to be one of {COLOUR_BY}")
    if mode not in WINDOWS:
        raise ValueError(f"mode was {mode!r} but is expected to be one of {WINDOWS}")
    if tiles == "env":
        tiles, attr = tiles_from_env()
    extra = {"attr": attr} if tiles else {}
    m = offline_map(tiles=tiles, control_scale=True, **extra, **DEFAULT_VIEW)
    aggregated = len(gdf) > aggregate_above
    days = day_index(gdf["event_date"]) if len(gdf) else np.array([], dtype=np.int64)
    palettes = _palettes(gdf)
    on_map = None if aggregated else (place_scopes(gdf) != "country" if len(gdf) else np.zeros(0, dtype=bool))
    present = set(event_kinds(gdf["event_type"], gdf["sub_event_type"], drawn_sides(gdf))) if len(gdf) else set(KINDS)
    placed = None if aggregated else event_labels(gdf[on_map], limit=label_limit)
    bounds = event_bounds(gdf)
    frame = (bounds[0][1], bounds[0][0], bounds[1][1], bounds[1][0]) if bounds else None  # (lat, lon) pairs -> (west, south, east, north)
    config = {
        "events": [] if aggregated else _detail_rows(gdf[on_map], palettes),
        "unplaced": [] if aggregated else _unplaced_rows(gdf[~on_map]),
        "palettes": palettes,
        "colourBy": colour_by,
        "bins": aggregate_features(gdf, max_cells=max_cells) if aggregated else [],
        "total": int(len(gdf)),
        "t0": int(days.min()) if len(days) else None,
        "t1": int(days.max()) if len(days) else None,
        "sides": [[s, c] for s, c in SIDE_COLOURS.items()],
        "kinds": [KIND_SYMBOLS[k][0] for k in KINDS],
        "ringKm": {str(k): v for k, v in PRECISION_RADIUS_KM.items()},
        "borders": map_borders(frame),
        "tiles": bool(tiles),
        "legend": _legend_html(aggregated, present),
        "title": html.escape(title) if title else "",
        "subtitle": [html.escape(s) for s in subtitle],
        "step": step_days(step, int(days.max() - days.min()) if len(days) else 0),
        "mode": mode,
        "css": _css(),
        "intervalMs": 700,
        # (lat, lon, text): folium's order; the text is put in with textContent, never as HTML
        "labels": [] if placed is None else [[float(y), float(x), t] for x, y, t in zip(placed["lon"], placed["lat"], placed["text"], strict=True)],
        "labelsOn": bool(labels),
        "labelsNote": "" if placed is None else html.escape(f"{len(placed)} places labelled" + (
            f", {placed.attrs['unlabelled']} more not (most fatalities first)" if placed.attrs["unlabelled"] else ""), quote=True),
    }
    m.add_child(_EventLayer(config))
    if bounds:
        (s, w), (n, e) = bounds
        pad = 0.5  # degrees around a single point
        m.fit_bounds([(s - pad, w - pad), (n + pad, e + pad)], max_zoom=9)  # folium wants (lat, lon)
    return m


def standalone_html(gdf: gpd.GeoDataFrame, *, title: str = "Strikemap", subtitle: Sequence[str] = (), **kwargs: Any) -> str:
    """A whole HTML page with the interactive map of ``gdf`` that opens from disk with no internet:
    Leaflet is inlined, no link leaves the file.

    >>> from geo.model import empty_frame
    >>> page = standalone_html(empty_frame(), title="<b>Empty</b>", tiles=None)
    >>> page.startswith("<!DOCTYPE html>"), "<b>Empty</b>" in page, "&lt;b&gt;Empty" in page
    (True, False, True)
    """
    m = event_map(gdf, title=title, subtitle=subtitle, **kwargs)
    page = m.get_root().render()
    return page.replace("<head>", f"<head>\n<title>{html.escape(title)}</title>", 1)
