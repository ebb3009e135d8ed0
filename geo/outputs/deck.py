"""The briefing as a PowerPoint deck (python-pptx), made of editable pieces:

1. the map slide: the briefing picture, its title and marking line as real slide text (the title is
   the slide's title placeholder, set where the picture leaves room for it);
2. the events table, split over as many slides as it needs (date, place, type, actors,
   fatalities, outlets), in native PowerPoint tables;
3. the sources: each outlet with its date and link (only http and https links are made clickable).

Every string from the data or the user goes in as plain text (python-pptx escapes XML; characters
XML 1.0 cannot hold are dropped), so ``<script>`` or ``$x$`` or Arabic shows as written.
"""

from __future__ import annotations

import io
import re
from datetime import date

import geopandas as gpd
import pandas as pd
from matplotlib.text import Text
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

from common import safe_url

from .briefing import DEFAULT_MARKING, briefing_figure

__all__ = ["briefing_pptx", "ROWS_PER_SLIDE", "table_rows"]

#: Events per table slide.
ROWS_PER_SLIDE = 12
_SOURCES_PER_SLIDE = 14
_SLIDE_W, _SLIDE_H = Inches(13.333), Inches(7.5)
_COLUMNS = (("Date", 1.1), ("Place", 2.3), ("Type", 2.1), ("Actors", 3.1), ("Fatalities", 1.0), ("Outlets", 2.9))
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_MARK_RGB, _INK_RGB, _GREY_RGB = RGBColor(0x7B, 0x1E, 0x1E), RGBColor(0x1A, 0x1A, 0x1A), RGBColor(0x5A, 0x5A, 0x5A)


def _plain(value: object, n: int = 200) -> str:
    """One line of plain text, at most ``n`` characters: no control characters XML cannot hold."""
    s = " ".join(_XML_INVALID.sub("", "" if value is None or value is pd.NA else str(value)).split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


def table_rows(events: gpd.GeoDataFrame) -> list[tuple[str, ...]]:
    """The events table, oldest first: date, place, type, actors, fatalities, outlets (plain text).

    >>> from geo.model import curated_records, to_frame
    >>> rows = table_rows(to_frame(curated_records()))
    >>> rows[1][:2], len(rows[1])
    (('2024-01-28', 'Tower 22'), 6)
    """
    rows = []
    for r in events.sort_values("event_date", kind="stable").itertuples():
        actors = " vs ".join(_plain(a, 60) for a in (r.actor1, r.actor2) if a is not None and a is not pd.NA and str(a).strip())
        fatalities = "" if pd.isna(r.fatalities) else f"{int(r.fatalities):,}"
        rows.append((f"{r.event_date:%Y-%m-%d}", _plain(r.location, 50), _plain(r.sub_event_type, 40), actors, fatalities, _plain(r.source, 90)))
    return rows


def _sources(events: gpd.GeoDataFrame) -> list[tuple[str, str | None]]:
    """(outlet and date, link or None) of every cited source, once each, by outlet."""
    seen: dict[tuple[str, str], tuple[str, str | None]] = {}
    for cell in events["sources"]:
        for s in cell or ():
            outlet, when, url = _plain(s.get("outlet"), 60), _plain(s.get("date"), 12), _plain(s.get("url"), 300)
            seen.setdefault((outlet, url), (f"{outlet}{f', {when}' if when else ''}", safe_url(url) if url else None))
    return sorted(seen.values(), key=lambda v: v[0].casefold())


def _textbox(slide, left, top, width, height, text: str, *, size: float, bold: bool = False, colour=_INK_RGB,
             align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.TOP) -> None:
    tf = slide.shapes.add_textbox(left, top, width, height).text_frame
    _fill(tf, text, size=size, bold=bold, colour=colour, align=align, anchor=anchor)


def _fill(tf, text: str, *, size: float, bold: bool = False, colour=_INK_RGB, align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.TOP) -> None:
    tf.word_wrap, tf.vertical_anchor = True, anchor
    tf.margin_left = tf.margin_right = tf.margin_top = tf.margin_bottom = 0
    for i, line in enumerate(text.split("\n")):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.alignment = align
        run = p.add_run()
        run.text = _plain(line, 400)
        run.font.size, run.font.bold, run.font.color.rgb = Pt(size), bold, colour


def _title(slide, text: str, *, box: tuple[int, int, int, int] | None = None, size: float = 26) -> None:
    """The slide's title placeholder, plain text, where ``box`` (left, top, width, height in EMU) says."""
    title = slide.shapes.title
    title.left, title.top, title.width, title.height = box or (Inches(0.4), Inches(0.35), Inches(12.5), Inches(0.8))
    title.text_frame.clear()
    _fill(title.text_frame, text, size=size, bold=True)


def _map_slide(prs, events: gpd.GeoDataFrame, options: dict) -> None:
    """The briefing picture with its title and marking lifted out as slide text."""
    fig = briefing_figure(events, **options)
    renderer, scale = fig.canvas.get_renderer(), _SLIDE_W / fig.bbox.width
    lifted = {}
    for t in fig.findobj(lambda a: isinstance(a, Text) and a.get_gid() in ("title", "marking")):
        bb = t.get_window_extent(renderer)
        lifted[t.get_gid()] = (t.get_text(), t.get_fontsize() * _SLIDE_W / Inches(16), (Emu(int(bb.x0 * scale)),
                               Emu(int((fig.bbox.height - bb.y1) * scale)), Emu(int(bb.width * scale * 1.15) + Inches(0.3)),
                               Emu(int(bb.height * scale * 1.1))))
        t.set_visible(False)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=fig.dpi, facecolor="white")
    slide = prs.slides.add_slide(prs.slide_layouts[5])  # "Title Only": the title stays the slide's title
    slide.shapes.add_picture(io.BytesIO(buf.getvalue()), 0, 0, width=_SLIDE_W, height=_SLIDE_H)
    text, size, box = lifted.get("title", (options.get("title", ""), 18, None))
    _title(slide, text, box=box, size=size)
    element = slide.shapes.title.element
    tree = element.getparent()
    tree.remove(element)
    tree.append(element)  # drawn above the picture (shapes draw in tree order)
    if "marking" in lifted:
        _marking(prs, slide, lifted["marking"][0])


def _marking(prs, slide, marking: str) -> None:
    if marking.strip():
        _textbox(slide, Inches(3.2), Inches(0.06), Inches(6.9), Inches(0.3), marking, size=10, bold=True, colour=_MARK_RGB, align=PP_ALIGN.CENTER)


def _table_slides(prs, rows: list[tuple[str, ...]], marking: str) -> None:
    for start in range(0, len(rows), ROWS_PER_SLIDE) or [0]:
        part = rows[start: start + ROWS_PER_SLIDE]
        slide = prs.slides.add_slide(prs.slide_layouts[5])
        _title(slide, f"Events {start + 1}–{start + len(part)} of {len(rows)}" if rows else "Events: none in this view")
        _marking(prs, slide, marking)
        shape = slide.shapes.add_table(len(part) + 1, len(_COLUMNS), Inches(0.4), Inches(1.3), Inches(12.5), Inches(0.4) * (len(part) + 1))
        table = shape.table
        for j, (name, width) in enumerate(_COLUMNS):
            table.columns[j].width = Inches(width)
            _fill(table.cell(0, j).text_frame, name, size=11, bold=True, colour=RGBColor(0xFF, 0xFF, 0xFF))
        for i, row in enumerate(part, start=1):
            for j, value in enumerate(row):
                _fill(table.cell(i, j).text_frame, value, size=9.5, align=PP_ALIGN.RIGHT if j == 4 else PP_ALIGN.LEFT)


def _source_slides(prs, sources: list[tuple[str, str | None]], marking: str) -> None:
    for start in range(0, len(sources), _SOURCES_PER_SLIDE) or [0]:
        part = sources[start: start + _SOURCES_PER_SLIDE]
        slide = prs.slides.add_slide(prs.slide_layouts[5])
        _title(slide, "Sources" + (f" ({start + 1}–{start + len(part)} of {len(sources)})" if len(sources) > _SOURCES_PER_SLIDE else ""))
        _marking(prs, slide, marking)
        tf = slide.shapes.add_textbox(Inches(0.5), Inches(1.3), Inches(12.3), Inches(5.8)).text_frame
        tf.word_wrap = True
        for i, (what, url) in enumerate(part or [("No sources cited in this view", None)]):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            run = p.add_run()
            run.text, run.font.size = what + (": " if url else ""), Pt(12)
            if url:
                link = p.add_run()
                link.text, link.font.size, link.font.color.rgb = _plain(url, 300), Pt(11), RGBColor(0x1F, 0x5F, 0xA8)
                link.hyperlink.address = url


def briefing_pptx(events: gpd.GeoDataFrame, *, title: str = "Strikemap briefing", marking: str | None = None,
                  date_from: date | None = None, date_to: date | None = None, **options) -> bytes:
    """A deck of the briefing: the map slide, the events table over as many slides as it needs
    (:data:`ROWS_PER_SLIDE` rows each), and the sources with their links. Options are those of
    :func:`geo.outputs.briefing_png`.

    >>> from pptx import Presentation
    >>> from geo.model import curated_records, to_frame
    >>> deck = Presentation(io.BytesIO(briefing_pptx(to_frame(curated_records()), title="<b>Week</b> $5$")))
    >>> [s.shapes.title.text_frame.text for s in deck.slides]
    ['<b>Week</b> $5$', 'Events 1–12 of 13', 'Events 13–13 of 13', 'Sources']
    """
    marking = DEFAULT_MARKING if marking is None else marking
    prs = Presentation()
    prs.slide_width, prs.slide_height = _SLIDE_W, _SLIDE_H
    _map_slide(prs, events, {"title": title, "marking": marking, "date_from": date_from, "date_to": date_to, **options})
    _table_slides(prs, table_rows(events), marking)
    _source_slides(prs, _sources(events), marking)
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()
