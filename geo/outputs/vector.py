"""The briefing as vector files: SVG and PDF with text kept as text, so every label, the title and
the notes stay editable in Inkscape, Illustrator or PowerPoint.

matplotlib writes SVG text as glyph outlines and embeds PDF fonts as Type 3 by default; here
``svg.fonttype = "none"`` writes ``<text>`` elements (XML-escaped, so ``<script>`` in a title is
text) and ``pdf.fonttype = 42`` embeds TrueType. Both set only for the one save, never globally.
"""

from __future__ import annotations

import io

import geopandas as gpd
from matplotlib import rc_context

from .briefing import briefing_figure

__all__ = ["briefing_svg", "briefing_pdf"]

_RC = {"svg.fonttype": "none", "pdf.fonttype": 42, "svg.hashsalt": "strikemap"}  # hashsalt: the same ids every time


def _save(events: gpd.GeoDataFrame, fmt: str, metadata: dict, **options) -> bytes:
    with rc_context(_RC):
        fig = briefing_figure(events, **options)
        buf = io.BytesIO()
        fig.savefig(buf, format=fmt, dpi=fig.dpi, facecolor="white", metadata=metadata)
    return buf.getvalue()


def briefing_svg(events: gpd.GeoDataFrame, **options) -> bytes:
    """The briefing of :func:`geo.outputs.briefing_png` (the same options) as SVG with ``<text>`` elements.

    >>> from geo.model import empty_frame
    >>> svg = briefing_svg(empty_frame(), title="<script>alert(1)</script> كتائب", marking="")
    >>> b"&lt;script&gt;alert(1)&lt;/script&gt;" in svg, "كتائب".encode() in svg, b"<script>" in svg
    (True, True, False)
    """
    return _save(events, "svg", {"Date": None}, **options)


def briefing_pdf(events: gpd.GeoDataFrame, **options) -> bytes:
    """The briefing as PDF with TrueType text (``pdf.fonttype`` 42): selectable and editable.

    >>> from geo.model import empty_frame
    >>> briefing_pdf(empty_frame(), title="Week 6")[:5]
    b'%PDF-'
    """
    return _save(events, "pdf", {"CreationDate": None}, **options)
