"""The pictures and decks of a view, in one table: what each is, its file suffix and media type,
and how it is made. The command line (``python -m geo export --format …``) and the dashboard's
download buttons both offer exactly these, with the same defaults from the view.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import partial
from typing import Any

import geopandas as gpd

from ..view import View

__all__ = ["Product", "PRODUCTS", "ANIMATION_STEPS", "briefing_options", "make_product", "downloads"]

#: What one frame of an animation covers.
ANIMATION_STEPS = ("day", "week")


@dataclass(frozen=True, slots=True)
class Product:
    """One output of a view: its name on the command line, the dashboard's button label, file suffix and media type."""

    name: str
    label: str
    suffix: str
    mime: str


PRODUCTS: dict[str, Product] = {p.name: p for p in (
    Product("png", "Briefing image (PNG)", ".png", "image/png"),
    Product("svg", "Briefing (SVG, editable text)", ".svg", "image/svg+xml"),
    Product("pdf", "Briefing (PDF)", ".pdf", "application/pdf"),
    Product("pptx", "Slide deck (PPTX)", ".pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    Product("gif", "Animation (GIF)", ".gif", "image/gif"),
    Product("mp4", "Animation (MP4)", ".mp4", "video/mp4"),
    Product("html", "Interactive map (HTML)", ".html", "text/html"),
)}


def _dates(events: gpd.GeoDataFrame, view: View) -> tuple[date | None, date | None]:
    first, last = (events["event_date"].min().date(), events["event_date"].max().date()) if len(events) else (None, None)
    return view.date_from or first, view.date_to or last


def briefing_options(events: gpd.GeoDataFrame, view: View, *, title: str | None = None, subtitle: str | None = None,
                     marking: str | None = None, generated: datetime | None = None, selected: Sequence[str] = ()) -> dict[str, Any]:
    """The briefing's options for ``events`` shown through ``view``: the user's title, subtitle and
    marking where given (blank or None: the view's title, no subtitle, the default marking), the
    view's dates, active filters and frame (its area or bbox); ``selected`` places are labelled first.

    >>> from datetime import date
    >>> from geo.model import empty_frame
    >>> o = briefing_options(empty_frame(), View(date_from=date(2024, 2, 2), countries=("SY",), bbox=(38, 33, 42, 37)), title="  ")
    >>> o["title"], o["frame"], o["filters"], o["marking"]
    ('Attacks and strikes: Syria', (38.0, 33.0, 42.0, 37.0), ['country: SY', 'area: 38.00°E–42.00°E, 33.00°N–37.00°N'], None)
    """
    date_from, date_to = _dates(events, view)
    return {"title": (title or "").strip() or view.title(events), "subtitle": (subtitle or "").strip(), "marking": marking,
            "date_from": date_from, "date_to": date_to, "filters": view.describe(dates=False), "frame": view.bbox,
            "generated": generated or datetime.now(UTC), "selected": tuple(selected)}


def _animation_step(view: View, step: str | None) -> str:
    if step is not None:
        if step not in ANIMATION_STEPS:
            raise ValueError(f"step was {step!r} but is expected to be one of {ANIMATION_STEPS}")
        return step
    return "day" if view.step == "day" else "week"


def make_product(name: str, events: gpd.GeoDataFrame, view: View, *, title: str | None = None, subtitle: str | None = None,
                 marking: str | None = None, step: str | None = None, generated: datetime | None = None, selected: Sequence[str] = (),
                 **map_options: Any) -> bytes:
    """The bytes of product ``name`` (:data:`PRODUCTS`) for ``events`` (already filtered by ``view``).

    ``step`` is the animation's (``day`` or ``week``; default the view's step, weeks unless it is
    days); ``map_options`` go to the interactive map (``tiles``, ``attr``).

    >>> from geo.model import empty_frame
    >>> make_product("png", empty_frame(), View())[:4], make_product("html", empty_frame(), View(), tiles=None)[:15]
    (b'\\x89PNG', b'<!DOCTYPE html>')
    >>> make_product("tiff", empty_frame(), View())
    Traceback (most recent call last):
    ...
    ValueError: format was 'tiff' but is expected to be one of png, svg, pdf, pptx, gif, mp4, html
    """
    if name not in PRODUCTS:
        raise ValueError(f"format was {name!r} but is expected to be one of {', '.join(PRODUCTS)}")
    options = briefing_options(events, view, title=title, subtitle=subtitle, marking=marking, generated=generated, selected=selected)
    if name == "html":
        from .eventmap import standalone_html

        lines = ([options["subtitle"]] if options["subtitle"] else []) + (view.describe() or ["all events"])
        return standalone_html(events, title=options["title"], subtitle=lines, **map_options).encode("utf-8")
    makers: dict[str, Callable[..., bytes]] = _makers()
    if name in ("gif", "mp4"):
        options["step"] = _animation_step(view, step)
    return makers[name](events, **options)


def _makers() -> dict[str, Callable[..., bytes]]:
    from .animation import briefing_gif, briefing_mp4
    from .briefing import briefing_png
    from .deck import briefing_pptx
    from .vector import briefing_pdf, briefing_svg

    return {"png": briefing_png, "svg": briefing_svg, "pdf": briefing_pdf, "pptx": briefing_pptx, "gif": briefing_gif, "mp4": briefing_mp4}


def downloads(events: gpd.GeoDataFrame, view: View, **options: Any) -> list[dict[str, Any]]:
    """One download button's arguments per product (label, key, mime, file_name, data): ``data``
    is a callable that makes the file only when the button is clicked (:func:`make_product` with
    ``options``), so a rerun of the dashboard makes none of them.

    >>> from geo.model import empty_frame
    >>> [(b["label"], b["file_name"]) for b in downloads(empty_frame(), View(date_from=date(2024, 2, 2), date_to=date(2024, 2, 5)))][:2]
    [('Briefing image (PNG)', 'strikemap-2024-02-02_2024-02-05.png'), ('Briefing (SVG, editable text)', 'strikemap-2024-02-02_2024-02-05.svg')]
    """
    stamp = f"{view.date_from}_{view.date_to}"
    return [{"label": p.label, "key": f"dl_{p.name}", "mime": p.mime, "file_name": f"strikemap-{stamp}{p.suffix}",
             "data": partial(make_product, p.name, events, view, **options)} for p in PRODUCTS.values()]
