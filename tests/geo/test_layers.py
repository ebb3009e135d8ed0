"""geo.layers.sites_layer: one circle per place, colour by kind, escaped popups and tooltips."""

from __future__ import annotations

import folium
import pytest
from streamlit_folium import generate_leaflet_string

from gazetteer import Gazetteer
from gazetteer.model import KINDS, Place
from geo.layers import KIND_COLOURS, place_popup_html, sites_layer
from geo.mapassets import offline_map

HOSTILE = "Qa`im ${alert(1)} </script><img src=x onerror=alert(2)> & \"al-Qa'im\""


def hostile_place(**kw) -> Place:
    fields = dict(id="hostile", name=HOSTILE, country="IQ", kind="town", lat=34.37, lon=41.09, precision="exact",
                  source="<a href='https://example.org'>src</a>", layer="curated", note="<script>alert(3)</script>")
    return Place(**(fields | kw))


def circles(group: folium.FeatureGroup) -> list[folium.CircleMarker]:
    return [c for c in group._children.values() if isinstance(c, folium.CircleMarker)]


def test_every_kind_has_a_colour():
    assert set(KIND_COLOURS) == set(KINDS)


def test_one_circle_per_curated_place():
    places = Gazetteer.default().places
    group = sites_layer(places)
    assert len(circles(group)) == len(places)
    tower = next(c for c in circles(group) if c.location == [33.3142, 38.7033])  # (lat, lon)
    assert tower.options["fillColor"] == KIND_COLOURS["site"]


def test_popup_shows_every_field_escaped():
    html = place_popup_html(hostile_place())
    for text in ("Qa`im ${alert(1)} &lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &amp; &quot;al-Qa&#x27;im&quot;",
                 "town, IQ", "precision: exact", "&lt;a href=&#x27;https://example.org&#x27;&gt;src&lt;/a&gt;",
                 "&lt;script&gt;alert(3)&lt;/script&gt;"):
        assert text in html
    assert "<script" not in html and "<img" not in html and "<a " not in html


@pytest.mark.parametrize("render", ["folium", "st_folium"])
def test_hostile_names_stay_text_in_the_script(render):
    m = offline_map()
    sites_layer([hostile_place()]).add_to(m)
    out = m.get_root().render()
    if render == "st_folium":
        out = generate_leaflet_string(m)
    script = out[out.index("L.circleMarker("):]
    assert "</script><img" not in script and "<script>alert(3)" not in script
    assert "`" not in script.replace("Qa`im", ""), "no template literal to break out of"
    assert ".bindPopup(" in script and ".bindTooltip(" in script
    assert "$(" not in script, "folium.Popup's jQuery is not loaded on offline maps"
