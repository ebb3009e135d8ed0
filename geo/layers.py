"""Map layers: each builder takes places (later, events) and returns a folium element for the page
to ``.add_to(m)``.

Popups and tooltips are bound with Leaflet alone: ``folium.Popup`` builds its content with jQuery
(``$(`...`)``), which the offline maps of :mod:`geo.mapassets` do not load, and ``folium.Tooltip``
puts its text into a JavaScript template literal unescaped. Here every string from the data is
HTML-escaped (``html.escape``) and then written into the script as a JSON string.
"""

from __future__ import annotations

import html
import statistics
from collections.abc import Iterable, Sequence

import folium
from branca.element import MacroElement
from folium.template import Template
from geopy.distance import geodesic

from gazetteer.model import Place

__all__ = ["KIND_COLOURS", "sites_layer", "place_popup_html", "core_bounds", "Bounds"]

#: ((south, west), (north, east)) in degrees: folium's (lat, lon) order
Bounds = tuple[tuple[float, float], tuple[float, float]]

#: Circle colour of each kind of place (ColorBrewer Set1, which stays apart for colour-blind readers).
KIND_COLOURS: dict[str, str] = {
    "site": "#e41a1c",
    "town": "#377eb8",
    "district": "#984ea3",
    "province": "#4daf4a",
    "country": "#ff7f00",
    "feature": "#a65628",
}
#: Circle radius in pixels: the larger the unit, the smaller the dot (its point is only a centre).
_RADIUS = {"site": 7, "town": 6, "district": 5, "province": 5, "country": 5, "feature": 6}
_OTHER_COLOUR = "#555555"


class _BindPopupTooltip(MacroElement):
    """``parent.bindPopup(html).bindTooltip(html)`` in plain Leaflet; the strings go in as JSON."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            {{ this._parent.get_name() }}.bindPopup({{ this.popup|tojavascript }}, {"maxWidth": 320})
                .bindTooltip({{ this.tooltip|tojavascript }});
        {% endmacro %}
        """
    )

    def __init__(self, popup: str, tooltip: str) -> None:
        super().__init__()
        self._name = "BindPopupTooltip"
        self.popup = popup
        self.tooltip = tooltip


def place_popup_html(place: Place) -> str:
    """The popup of one place: name, kind, country, precision, source and note, each escaped.

    >>> from gazetteer.model import Place
    >>> p = Place(id="x", name="<b>Qa'im</b>", country="IQ", kind="town", lat=34.4, lon=41.1,
    ...           precision="exact", source="test & check", layer="curated")
    >>> print(place_popup_html(p))
    <b>&lt;b&gt;Qa&#x27;im&lt;/b&gt;</b><br>town, IQ<br>precision: exact<br>source: test &amp; check
    """
    e = html.escape
    lines = [f"<b>{e(place.name)}</b>", f"{e(place.kind)}, {e(place.country)}", f"precision: {e(place.precision)}",
             f"source: {e(place.source)}"]
    if place.note:
        lines.append(f"<i>{e(place.note)}</i>")
    return "<br>".join(lines)


def sites_layer(places: Iterable[Place], *, name: str = "Curated places") -> folium.FeatureGroup:
    """A feature group with one circle marker per place, coloured by kind (:data:`KIND_COLOURS`).

    Each marker has a popup (:func:`place_popup_html`) and a tooltip with the place's name, both
    HTML-escaped. An empty ``places`` gives an empty group.

    Examples
    --------
    >>> from gazetteer import Gazetteer
    >>> fg = sites_layer(p for p in Gazetteer.default().places if p.kind == "site")
    >>> len([c for c in fg._children.values() if isinstance(c, folium.CircleMarker)]) > 10
    True
    >>> len(sites_layer([])._children)
    0
    """
    group = folium.FeatureGroup(name=name)
    for p in places:
        colour = KIND_COLOURS.get(p.kind, _OTHER_COLOUR)
        marker = folium.CircleMarker(
            location=(p.lat, p.lon),  # folium wants (lat, lon)
            radius=_RADIUS.get(p.kind, 5),
            color="#222222",
            weight=1,
            fill=True,
            fill_color=colour,
            fill_opacity=0.85,
        )
        marker.add_child(_BindPopupTooltip(place_popup_html(p), html.escape(p.name)))
        marker.add_to(group)
    return group


def core_bounds(places: Sequence[Place], *, radius_km: float = 2500.0) -> Bounds | None:
    """The box around the places within ``radius_km`` of the places' median point, so a few far
    ones (a US air base, Hong Kong) do not zoom the map out to the world. None for no places.

    The median is taken per coordinate: right for one region, not across the antimeridian.
    Distances are geodesic (``geopy.distance.geodesic``).

    Examples
    --------
    >>> from gazetteer.model import Place
    >>> def at(lat, lon):
    ...     return Place(id=f"{lat},{lon}", name="x", country="IQ", kind="town", lat=lat, lon=lon,
    ...                  precision="exact", source="test", layer="curated")
    >>> core_bounds([]) is None
    True
    >>> core_bounds([at(33.3, 44.4)])
    ((33.3, 44.4), (33.3, 44.4))
    >>> iraq = [at(30 + i / 2, 40 + i / 2) for i in range(8)]
    >>> core_bounds(iraq + [at(32.4, -99.9), at(39.1, -75.5), at(22.3, 114.2)])  # Dyess, Dover, Hong Kong left out
    ((30.0, 40.0), (33.5, 43.5))
    >>> core_bounds([at(39.1, -75.5), at(22.3, 114.2)])  # nothing near the median: every place
    ((22.3, -75.5), (39.1, 114.2))
    """
    if not radius_km > 0:
        raise ValueError(f"radius_km was {radius_km!r} but is expected to be a positive number of km")
    if not places:
        return None
    centre = (statistics.median(p.lat for p in places), statistics.median(p.lon for p in places))  # (lat, lon)
    near = [p for p in places if geodesic(centre, (p.lat, p.lon)).km <= radius_km] or list(places)
    south, north = min(p.lat for p in near), max(p.lat for p in near)
    west, east = min(p.lon for p in near), max(p.lon for p in near)
    return (south, west), (north, east)  # (lat, lon): south-west, north-east
