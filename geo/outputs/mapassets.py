"""folium maps that work with no internet: Leaflet from the ``xstatic-leaflet`` package, as
``data:`` URIs, and tiles only from a server the user names.

folium's :class:`folium.Map` links Leaflet, jQuery, Bootstrap and Font Awesome from CDNs; offline a
saved page is blank and ``st_folium`` shows an empty frame. :func:`offline_map` gives one map its
own ``default_js`` / ``default_css`` holding only Leaflet's script and stylesheet, inlined. The class
attributes are left alone, so nothing changes for other maps in the process.

Only Leaflet is served: folium elements that need jQuery or Bootstrap (``folium.Popup``,
``folium.Icon`` markers, most plugins) do not work on these maps; :mod:`geo.layers` binds popups with
Leaflet alone. Leaflet's default marker image is not served either: use circle markers.

Tiles: none unless ``STRIKEMAP_TILES`` holds a URL template (``http://127.0.0.1:8080/{z}/{x}/{y}.png``)
with its attribution in ``STRIKEMAP_TILES_ATTR``, or a provider name known to ``xyzservices``;
``none`` or unset means no tiles.
"""

from __future__ import annotations

import base64
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import folium

from common import settings

__all__ = ["LeafletAssets", "leaflet_assets", "leaflet_links", "data_uri", "tiles_from_env", "map_tiles", "offline_map",
           "external_links"]

TILES_ENV = "STRIKEMAP_TILES"
TILES_ATTR_ENV = "STRIKEMAP_TILES_ATTR"

_SOURCE_MAP = re.compile(r"\n?//# sourceMappingURL=\S+\s*$")
_CSS_IMAGE = re.compile(r"url\((['\"]?)images/([\w.-]+\.png)\1\)")
_EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["']?\s*((?:https?:)?//[^"'\s>]+)""", re.IGNORECASE)


class LeafletAssets(NamedTuple):
    """Leaflet's script and stylesheet as text, and the Leaflet version they are."""

    js: str
    css: str
    version: str


def _leaflet_dir() -> tuple[Path, str]:
    import xstatic.pkg.leaflet as xs  # XStatic's documented API: BASE_DIR and VERSION

    return Path(xs.BASE_DIR), xs.VERSION


def data_uri(content: str | bytes, mime: str) -> str:
    """``content`` as a base64 ``data:`` URI.

    >>> data_uri("body{}", "text/css")
    'data:text/css;base64,Ym9keXt9'
    >>> data_uri(b"", "image/png")
    'data:image/png;base64,'
    """
    raw = content.encode("utf-8") if isinstance(content, str) else content
    return f"data:{mime};base64,{base64.b64encode(raw).decode('ascii')}"


@lru_cache(maxsize=1)
def leaflet_assets() -> LeafletAssets:
    """Leaflet's ``leaflet.js`` and ``leaflet.css`` from the installed ``xstatic-leaflet`` package.

    The script loses its ``sourceMappingURL`` comment (the map file is not served), and the images
    the stylesheet names (the layer-control icons, the default marker) are inlined as ``data:``
    URIs, so the stylesheet asks for nothing.

    >>> a = leaflet_assets()
    >>> a.version
    '1.9.3'
    >>> '"1.9.3"' in a.js, "sourceMappingURL" in a.js, "url(images/" in a.css
    (True, False, False)
    """
    base, version = _leaflet_dir()
    js = _SOURCE_MAP.sub("\n", (base / "leaflet.js").read_text(encoding="utf-8"))

    def inline(m: re.Match) -> str:
        image = base / "images" / m.group(2)
        return f"url({data_uri(image.read_bytes(), 'image/png')})" if image.is_file() else m.group(0)

    css = _CSS_IMAGE.sub(inline, (base / "leaflet.css").read_text(encoding="utf-8"))
    return LeafletAssets(js=js, css=css, version=version)


@lru_cache(maxsize=1)
def _links() -> tuple[tuple[str, str], tuple[str, str]]:
    a = leaflet_assets()
    return ("leaflet", data_uri(a.js, "text/javascript")), ("leaflet_css", data_uri(a.css, "text/css"))


def leaflet_links() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """New ``(default_js, default_css)`` lists for one map: Leaflet only, as ``data:`` URIs.

    New lists each call: folium's ``add_js_link`` / ``add_css_link`` append to them in place.

    >>> js, css = leaflet_links()
    >>> [name for name, _ in js], [name for name, _ in css]
    (['leaflet'], ['leaflet_css'])
    >>> js[0][1].startswith("data:text/javascript;base64,")
    True
    """
    js, css = _links()
    return [js], [css]


def tiles_from_env(environ: dict[str, str] | None = None) -> tuple[str | None, str | None]:
    """The ``(tiles, attr)`` folium arguments from ``STRIKEMAP_TILES`` and ``STRIKEMAP_TILES_ATTR``.

    Unset, empty or ``none`` means no tiles. Otherwise a URL template with ``{z}``, ``{x}`` and
    ``{y}`` and its attribution in ``STRIKEMAP_TILES_ATTR``, or the name of a provider known to the
    ``xyzservices`` package (``OpenStreetMap.Mapnik``, ``Esri.WorldImagery``), whose URL and
    attribution it supplies. Tiles are the one thing a map may fetch from another host, and only
    when configured here.

    >>> tiles_from_env({})
    (None, None)
    >>> tiles_from_env({"STRIKEMAP_TILES": "None"})
    (None, None)
    >>> tiles_from_env({"STRIKEMAP_TILES": "http://127.0.0.1:8080/{z}/{x}/{y}.png", "STRIKEMAP_TILES_ATTR": "local"})
    ('http://127.0.0.1:8080/{z}/{x}/{y}.png', 'local')
    >>> tiles_from_env({"STRIKEMAP_TILES": "OpenStreetMap.Mapnik"})[0]
    'https://tile.openstreetmap.org/{z}/{x}/{y}.png'
    >>> tiles_from_env({"STRIKEMAP_TILES": "Atlantis.Streets"})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: STRIKEMAP_TILES was 'Atlantis.Streets' but is expected to be 'none', a tile URL template with {z}, ...
    """
    url = settings.tiles(environ)
    if not url or url.lower() == "none":
        return None, None
    attr = settings.tiles_attribution(environ)
    if not all(part in url for part in ("{z}", "{x}", "{y}")):
        provider = _named_provider(url)
        if provider is None:
            raise ValueError(f"{TILES_ENV} was {url!r} but is expected to be 'none', a tile URL template with "
                             "{z}, {x} and {y}, such as 'http://127.0.0.1:8080/{z}/{x}/{y}.png', or an xyzservices "
                             "provider name such as 'OpenStreetMap.Mapnik'")
        return provider.build_url(), attr or provider.html_attribution
    if not attr:
        raise ValueError(f"{TILES_ENV} names a tile server ({url!r}) but {TILES_ATTR_ENV} is empty: "
                         "set it to the tiles' attribution, e.g. '© OpenStreetMap contributors'")
    return url, attr


def _named_provider(name: str):
    """The xyzservices tile provider called ``name`` (exactly as the package names it), or None."""
    import xyzservices.providers as xyz  # folium's own dependency

    try:
        provider = xyz.query_name(name)
    except ValueError:
        return None
    return provider if provider.get("url") else None


def offline_map(**folium_kwargs: Any) -> folium.Map:
    """A :class:`folium.Map` that loads nothing from the internet.

    ``folium_kwargs`` go to :class:`folium.Map`; ``tiles`` defaults to :func:`tiles_from_env` (no
    tiles unless ``STRIKEMAP_TILES`` names a server) and may be given explicitly. The map's
    ``default_js`` / ``default_css`` are set on this instance only and hold Leaflet alone, inlined.

    Examples
    --------
    >>> m = offline_map(location=(33.3, 38.7), zoom_start=6)
    >>> [name for name, _ in m.default_js], folium.Map.default_js[0][1].startswith("https://")
    (['leaflet'], True)
    >>> external_links(m.get_root().render())
    []
    >>> len(external_links(folium.Map(tiles=None).get_root().render())) > 0  # a plain folium map is not offline
    True
    """
    if "tiles" not in folium_kwargs:
        tiles, attr = tiles_from_env()
        folium_kwargs["tiles"] = tiles
        if attr is not None:
            folium_kwargs.setdefault("attr", attr)
    m = folium.Map(**folium_kwargs)
    m.default_js, m.default_css = leaflet_links()
    return m


def external_links(html: str) -> list[str]:
    """The ``src`` / ``href`` URLs in ``html`` that point at a host (``http:``, ``https:``, ``//``).

    >>> external_links('<script src="https://cdn.example/x.js"></script><link href="data:text/css;base64,">')
    ['https://cdn.example/x.js']
    """
    return _EXTERNAL.findall(html)


def map_tiles() -> tuple[str | None, str | None, str | None]:
    """``(tiles, attr, problem)``: :func:`tiles_from_env`, or no tiles and what is wrong with the setting."""
    try:
        return (*tiles_from_env(), None)
    except ValueError as err:
        return None, None, str(err)
