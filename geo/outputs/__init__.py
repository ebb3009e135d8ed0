"""What events are drawn as: the interactive map (offline Leaflet, grid cells above a thousand
events, a time control, place labels to switch on), the standalone HTML page, the briefing (PNG,
SVG, PDF), the slide deck (PPTX), the animation (GIF, MP4), and the labels, context layers,
popups, borders and assets they are made of; :data:`PRODUCTS` lists the outputs of a view.

Imports ``geo.model`` and ``geo.view`` (the time vocabulary).
"""

from .aggregate import aggregate_features, day_index, grid_cells, lon_lat
from .animation import animation_steps, briefing_gif, briefing_mp4
from .borders import DEFAULT_BBOX, borders_geojson, borders_path, country_borders
from .briefing import BIN_ABOVE, DEFAULT_MARKING, MIN_SIZE_PX, NO_EVENTS_BBOX, briefing_figure, briefing_png, default_source_line
from .context import CONTEXT_ATTRIBUTION
from .deck import briefing_pptx
from .eventmap import AGGREGATE_ABOVE, CONFIG_MARK, DEFAULT_VIEW, event_bounds, event_map, js_json, map_config, standalone_html
from .labels import LABEL_LIMIT, event_labels, place_labels
from .mapassets import LeafletAssets, data_uri, external_links, leaflet_assets, leaflet_links, map_tiles, offline_map, tiles_from_env
from .popups import event_popup_html, event_tooltip
from .products import ANIMATION_STEPS, PRODUCTS, Product, briefing_options, downloads, make_product
from .timeline import campaign_chart, timeline_chart
from .vector import briefing_pdf, briefing_svg

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
