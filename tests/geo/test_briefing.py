"""geo.outputs: a 16:9 PNG slide drawn with Agg, sized as asked, with every side's colour, literal text."""

from __future__ import annotations

import io
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime

import numpy as np
import pandas as pd
import pytest
from PIL import Image

from geo.model import OTHER_SIDE, SIDE_COLOURS, curated_records, empty_frame, to_frame
from geo.outputs import NO_EVENTS_BBOX, briefing_png, default_source_line
from geo.outputs.briefing import MAP_AXES, date_window_text, frame_for

WHEN = datetime(2024, 2, 6, 9, 30)  # a fixed generation time, so two images can be compared byte for byte
# Two pairs of $: mathtext would parse them, and $\frac{$ raises ValueError when it is parsed.
HOSTILE = r"$\frac{$ costs $5 million <script>alert(1)</script>$ & 100% كتائب حزب الله"


@pytest.fixture(scope="module")
def curated(gz):
    return to_frame(curated_records(gz))


@pytest.fixture(scope="module")
def empty_png() -> bytes:
    return briefing_png(empty_frame(), generated=WHEN)


@pytest.fixture(scope="module")
def curated_png(curated) -> bytes:
    return briefing_png(curated, title="Tower 22 and the US response", generated=WHEN)


def pixels(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=int)


def map_pixels(png: bytes) -> np.ndarray:
    """The inside of the map axes only (the legend in the panel shows every colour anyway)."""
    img = pixels(png)
    h, w = img.shape[:2]
    left, bottom, width, height = MAP_AXES
    return img[int(h * (1 - bottom - height)) + 3: int(h * (1 - bottom)) - 3, int(w * left) + 3: int(w * (left + width)) - 3]


def near(img: np.ndarray, colour: str, tol: float = 40.0) -> int:
    """How many pixels lie within ``tol`` (RGB distance) of ``colour``."""
    rgb = np.array([int(colour[i: i + 2], 16) for i in (1, 3, 5)])
    return int((np.linalg.norm(img - rgb, axis=-1) < tol).sum())


def test_pngs_have_the_default_size(curated_png, empty_png):
    for png in (curated_png, empty_png):
        assert png.startswith(b"\x89PNG\r\n\x1a\n")
        assert Image.open(io.BytesIO(png)).size == (1920, 1080)


@pytest.mark.parametrize("size", [(1600, 900), (1920, 1085)], ids=["minimum", "within-1pct"])
def test_image_has_the_asked_size(size):
    assert Image.open(io.BytesIO(briefing_png(empty_frame(), size_px=size, generated=WHEN))).size == size


@pytest.mark.parametrize("size", [(1024, 576), (1920, 1200), (1600, 899), (1920,), (10_000, 5625)],
                         ids=["too-small", "16:10", "below-minimum", "one-number", "too-large"])
def test_bad_size_raises_naming_the_parameter(size):
    with pytest.raises(ValueError, match=r"size_px was .* 16:9 within 1%, from 1600x900"):
        briefing_png(empty_frame(), size_px=size)


def test_bad_events_and_dates_raise():
    with pytest.raises(ValueError, match="events is expected to be a GeoDataFrame"):
        briefing_png(pd.DataFrame({"source": ["AP"]}))
    with pytest.raises(ValueError, match="date_from .* is after date_to"):
        briefing_png(empty_frame(), date_from=date(2024, 2, 5), date_to=date(2024, 2, 1))


def test_empty_frame_draws_the_default_region(empty_png):
    img = map_pixels(empty_png)
    assert near(img, "#E8E6E1", tol=3) > 1000 and near(img, "#F2F6F9", tol=3) > 1000  # land and sea: borders drawn
    assert frame_for(np.array([]), np.array([]), 1.3)[0] <= NO_EVENTS_BBOX[0]


def test_image_differs_when_filters_differ(curated, curated_png):
    filtered = briefing_png(curated, title="Tower 22 and the US response", generated=WHEN, filters=["actor: Kata'ib Hezbollah"])
    assert filtered != curated_png
    changed = (pixels(filtered) != pixels(curated_png)).any(axis=-1)
    assert changed[:, : int(changed.shape[1] * 0.68)].sum() == 0  # the same map; only the panel says what was filtered


def test_curated_events_draw_each_side_colour_on_the_map(curated, curated_png):
    img = map_pixels(curated_png)
    assert near(img, SIDE_COLOURS["US and partners"]) > 200
    assert near(img, SIDE_COLOURS["Iran and aligned"]) > 200
    others = curated.assign(side1=pd.Categorical([None] * len(curated)), fatalities=pd.array([40] * len(curated), dtype="Int64"))
    grey = SIDE_COLOURS[OTHER_SIDE]
    assert near(map_pixels(briefing_png(others, generated=WHEN)), grey, tol=20) > 4 * max(near(img, grey, tol=20), 100)


def test_far_outliers_are_left_out_of_the_frame(curated):
    west, south, east, north = frame_for(curated.geometry.x.to_numpy(), curated.geometry.y.to_numpy(), 1.3)
    assert -75.5 < west < 38.7 and 53.0 < east < 114.2  # Dover and Hong Kong out; Tower 22 and Iran in
    assert south < 30.0 and north > 35.3


def test_hostile_text_is_drawn_literally(curated):
    hostile = curated.iloc[:3].assign(source=r"$\frac{$ Daily; <script>alert(1)</script>", location=HOSTILE)
    png = briefing_png(hostile, title=HOSTILE * 3, filters=[HOSTILE, "notes contain: $"], source_line=None, generated=WHEN)
    assert png.startswith(b"\x89PNG")
    assert default_source_line(hostile) == r"Sources: $\frac{$ Daily, <script>alert(1)</script> · Strikemap; borders: Natural Earth"


def test_default_source_line_lists_outlets_most_frequent_first(curated):
    df = pd.DataFrame({"source": ["AP; Reuters", "Reuters", "Daily Caller; Reuters; AP", None]})
    assert default_source_line(df) == "Sources: Reuters, AP, Daily Caller · Strikemap; borders: Natural Earth"
    line = default_source_line(curated)
    assert line.startswith("Sources: ") and line.endswith(" · Strikemap; borders: Natural Earth")
    assert {"ANI/CNN", "Daily Caller", "Reuters", "AP"} <= set(line.removeprefix("Sources: ").split(" · ")[0].split(", "))
    assert len(default_source_line(pd.DataFrame({"source": [f"Outlet number {i}" for i in range(100)]}))) <= 150


@pytest.mark.parametrize(("date_from", "date_to", "expected"), [
    (None, None, "2024-01-28 to 2024-02-05"),
    (date(2024, 2, 1), None, "2024-02-01 to 2024-02-05"),
    (date(2024, 2, 2), date(2024, 2, 2), "2024-02-02"),
], ids=["from-events", "given-from", "one-day"])
def test_date_window(date_from, date_to, expected):
    dates = pd.Series(pd.to_datetime(["2024-02-05", "2024-01-28", None]))
    assert date_window_text(dates, date_from, date_to) == expected


def test_date_window_with_no_events():
    empty = pd.Series([], dtype="datetime64[ns]")
    assert date_window_text(empty, None, None) == "no events"
    assert date_window_text(empty, date(2024, 2, 1), None) == "from 2024-02-01"


def test_threads_draw_the_same_image_as_one_thread(empty_png):
    with ThreadPoolExecutor(2) as pool:
        assert list(pool.map(lambda _: briefing_png(empty_frame(), generated=WHEN), range(2))) == [empty_png, empty_png]

