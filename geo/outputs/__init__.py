"""What events are drawn as: the interactive map (offline Leaflet, grid cells above a thousand
events, a time control, place labels to switch on), the standalone HTML page, the briefing (PNG,
SVG, PDF), the slide deck (PPTX), the animation (GIF, MP4), and the labels, context layers,
popups, borders and assets they are made of; :data:`PRODUCTS` lists the outputs of a view.

Imports ``geo.model`` and ``geo.view`` (the time vocabulary).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from .aggregate import aggregate_features, day_index, grid_cells, lon_lat
from .borders import DEFAULT_BBOX, borders_geojson, borders_path, country_borders
from .context import CONTEXT_ATTRIBUTION
from .labels import LABEL_LIMIT, event_labels, place_labels
from .popups import event_popup_html, event_tooltip
from .products import ANIMATION_STEPS, PRODUCTS, Product, briefing_options, downloads, make_product

if TYPE_CHECKING:  # imported on first use, through __getattr__ below
    from .animation import animation_steps, briefing_gif, briefing_mp4
    from .briefing import BIN_ABOVE, DEFAULT_MARKING, MIN_SIZE_PX, NO_EVENTS_BBOX, briefing_figure, briefing_png, default_source_line
    from .deck import briefing_pptx
    from .eventmap import AGGREGATE_ABOVE, CONFIG_MARK, DEFAULT_VIEW, event_bounds, event_map, js_json, map_config, standalone_html
    from .mapassets import LeafletAssets, data_uri, external_links, leaflet_assets, leaflet_links, map_tiles, offline_map, tiles_from_env
    from .timeline import campaign_chart, timeline_chart
    from .vector import briefing_pdf, briefing_svg

#: The rooms drawn with matplotlib, folium, altair or python-pptx, imported when one of their names is
#: first asked for: ``python -m geo list`` or ``import`` then starts without them (about 0.7 s less).
_LAZY_ROOMS = {
    "animation": ("animation_steps", "briefing_gif", "briefing_mp4"),
    "briefing": ("BIN_ABOVE", "DEFAULT_MARKING", "MIN_SIZE_PX", "NO_EVENTS_BBOX", "briefing_figure", "briefing_png", "default_source_line"),
    "deck": ("briefing_pptx",),
    "eventmap": ("AGGREGATE_ABOVE", "CONFIG_MARK", "DEFAULT_VIEW", "event_bounds", "event_map", "js_json", "map_config", "standalone_html"),
    "mapassets": ("LeafletAssets", "data_uri", "external_links", "leaflet_assets", "leaflet_links", "map_tiles", "offline_map", "tiles_from_env"),
    "timeline": ("campaign_chart", "timeline_chart"),
    "vector": ("briefing_pdf", "briefing_svg"),
}

__all__ = [
    "event_map",
    "timeline_chart",
    "campaign_chart",
    "standalone_html",
    "map_config",
    "event_bounds",
    "js_json",
    "AGGREGATE_ABOVE",
    "CONFIG_MARK",
    "DEFAULT_VIEW",
    "briefing_png",
    "briefing_svg",
    "briefing_pdf",
    "briefing_pptx",
    "briefing_gif",
    "briefing_mp4",
    "animation_steps",
    "BIN_ABOVE",
    "DEFAULT_MARKING",
    "CONTEXT_ATTRIBUTION",
    "LABEL_LIMIT",
    "event_labels",
    "place_labels",
    "PRODUCTS",
    "Product",
    "ANIMATION_STEPS",
    "briefing_options",
    "make_product",
    "downloads",
    "briefing_figure",
    "default_source_line",
    "MIN_SIZE_PX",
    "NO_EVENTS_BBOX",
    "event_popup_html",
    "event_tooltip",
    "aggregate_features",
    "grid_cells",
    "day_index",
    "lon_lat",
    "borders_geojson",
    "country_borders",
    "borders_path",
    "DEFAULT_BBOX",
    "LeafletAssets",
    "leaflet_assets",
    "leaflet_links",
    "data_uri",
    "external_links",
    "offline_map",
    "tiles_from_env",
    "map_tiles",
]


def __getattr__(name: str):
    for room, names in _LAZY_ROOMS.items():
        if name in names:
            value = getattr(import_module(f".{room}", __name__), name)
            globals()[name] = value  # once: later lookups find it without this function
            return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
