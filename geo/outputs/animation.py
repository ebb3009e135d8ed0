"""The time slider as an animation: one frame per day or week, the events so far on the briefing
map (those of the current step bright, earlier ones faded), the date on every frame. GIF through
Pillow; MP4 through the ffmpeg binary that the ``imageio-ffmpeg`` package ships (no download).

The map, context, panel and footer are drawn once; each frame redraws only the event symbols and
the date over a saved copy of that background (Agg blitting), so a hundred frames take seconds.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
from matplotlib.colors import to_rgba
from PIL import Image

from ..model import KIND_SYMBOLS, SIDE_COLOURS
from .briefing import briefing_figure, event_points

__all__ = ["STEPS", "animation_steps", "animation_frames", "briefing_gif", "briefing_mp4"]

#: What one frame covers.
STEPS = ("day", "week")
_SIZE_PX, _DPI = (1600, 900), 80  # drawn at 1600x900, written at 1280x720 (dpi 80 on a 16 in page)
_QUIET = 8  # a run of more steps than this with no event gets one frame


def animation_steps(dates: pd.Series, step: str = "week") -> pd.DatetimeIndex:
    """The first day of every step from the first event's to the last's: days, or weeks from Monday.

    >>> animation_steps(pd.Series(pd.to_datetime(["2024-01-28", "2024-02-05"])), "week").strftime("%Y-%m-%d").tolist()
    ['2024-01-22', '2024-01-29', '2024-02-05']
    >>> len(animation_steps(pd.Series(pd.to_datetime(["2024-01-28", "2024-02-05"])), "day"))
    9
    >>> animation_steps(pd.Series([], dtype="datetime64[ns]"), "fortnight")
    Traceback (most recent call last):
    ...
    ValueError: step was 'fortnight' but is expected to be one of ('day', 'week')
    """
    if step not in STEPS:
        raise ValueError(f"step was {step!r} but is expected to be one of {STEPS}")
    d = pd.to_datetime(dates).dropna()
    if d.empty:
        return pd.DatetimeIndex([])
    lo, hi = d.min().normalize(), d.max().normalize()
    if step == "week":
        lo -= pd.Timedelta(days=lo.weekday())
    return pd.date_range(lo, hi, freq="D" if step == "day" else "7D")


def _busy_steps(steps: pd.DatetimeIndex, dates: np.ndarray, step: str, quiet: int = _QUIET) -> np.ndarray:
    """Which steps get a frame: all, except inside a run of more than ``quiet`` steps without an
    event, where only the run's first step is kept (a 2020 event before a 2023 campaign does not
    make two hundred empty frames).

    >>> steps = pd.date_range("2024-01-01", periods=12, freq="D")
    >>> _busy_steps(steps, pd.to_datetime(["2024-01-01", "2024-01-12"]).values, "day", quiet=3).astype(int).tolist()
    [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]
    """
    if not len(steps):
        return np.zeros(0, dtype=bool)
    edges = np.append(steps.to_numpy(), steps[-1].to_datetime64() + np.timedelta64(1 if step == "day" else 7, "D"))
    counts = np.histogram(dates.astype("datetime64[ns]").astype("int64"), bins=edges.astype("datetime64[ns]").astype("int64"))[0]
    keep = np.ones(len(steps), dtype=bool)
    i = 0
    while i < len(steps):
        j = i
        while j < len(steps) and counts[j] == 0:
            j += 1
        if j - i > quiet:
            keep[i + 1: j] = False
        i = j + 1
    return keep


def _date_label(start: pd.Timestamp, step: str) -> str:
    if step == "day":
        return f"{start.day} {start:%B %Y}"
    end = start + pd.Timedelta(days=6)
    return f"Week of {start.day} {start:%b} – {end.day} {end:%b %Y}"


def animation_frames(events: gpd.GeoDataFrame, *, step: str = "week", **options) -> Iterator[np.ndarray]:
    """RGB frames (1280x720) of the animation, one per step of :func:`animation_steps` (a long
    quiet stretch, more than eight steps with no event, gets one frame). Options are those of
    :func:`geo.outputs.briefing_png` (title, subtitle, marking, frame…)."""
    steps = animation_steps(events["event_date"], step)
    steps = steps[_busy_steps(steps, events["event_date"].dropna().to_numpy(), step)]
    options = {"labels": 0, **options, "size_px": _SIZE_PX, "marks": False}
    fig = briefing_figure(events, **options)
    fig.set_dpi(_DPI)
    ax = fig.axes[0]
    d = event_points(events)
    day = d["date"].to_numpy(dtype="datetime64[ns]")
    rgba = np.array([to_rgba(SIDE_COLOURS[s]) for s in d["side"]]).reshape(-1, 4)
    (w, e), (s, n) = ax.get_xlim(), ax.get_ylim()
    shown = d["lon"].between(w, e).to_numpy() & d["lat"].between(s, n).to_numpy() & (d["scope"] != "country").to_numpy()
    layers = []
    for kind in pd.unique(d["kind"]):
        sel = np.flatnonzero((d["kind"] == kind).to_numpy() & shown)
        coll = ax.scatter(d["lon"].to_numpy()[sel], d["lat"].to_numpy()[sel], s=d["s"].to_numpy()[sel], marker=KIND_SYMBOLS[kind][1],
                          linewidths=0.7, zorder=5, animated=True)
        layers.append((coll, sel))
    stamp = ax.text(0.02, 0.975, "", transform=ax.transAxes, fontsize=17, fontweight="bold", va="top", ha="left", zorder=9, animated=True,
                    parse_math=False, bbox={"facecolor": "white", "edgecolor": "#8E8A84", "boxstyle": "round,pad=0.4"})
    fig.canvas.draw()
    background = fig.canvas.copy_from_bbox(fig.bbox)
    step_len = np.timedelta64(1 if step == "day" else 7, "D")
    for start in steps.to_numpy():
        end = start + step_len
        for coll, sel in layers:
            t = day[sel]
            alpha = np.where(t >= end, 0.0, np.where(t >= start, 0.95, 0.3))
            face = rgba[sel].copy()
            face[:, 3] = alpha
            edge = np.tile(to_rgba("white"), (len(sel), 1))
            edge[:, 3] = alpha
            coll.set_facecolors(face)
            coll.set_edgecolors(edge)
        so_far = int((day < end).sum())
        stamp.set_text(f"{_date_label(pd.Timestamp(start), step)}\n{so_far:,} of {len(d):,} events so far")
        fig.canvas.restore_region(background)
        for coll, _ in layers:
            ax.draw_artist(coll)
        ax.draw_artist(stamp)
        yield np.asarray(fig.canvas.buffer_rgba())[..., :3].copy()


def briefing_gif(events: gpd.GeoDataFrame, *, step: str = "week", frame_ms: int = 700, **options) -> bytes:
    """An animated GIF, one frame per step (the last held three times as long), looping.

    >>> from geo.model import curated_records, to_frame
    >>> gif = briefing_gif(to_frame(curated_records()).iloc[1:], title="Week 5", step="week")
    >>> img = Image.open(io.BytesIO(gif)); img.format, img.n_frames, img.size
    ('GIF', 3, (1280, 720))
    """
    frames = [Image.fromarray(f).quantize(colors=128, method=Image.Quantize.MEDIANCUT) for f in animation_frames(events, step=step, **options)]
    if not frames:
        raise ValueError("no events to animate: the view holds no dated events")
    buf = io.BytesIO()
    durations = [frame_ms] * (len(frames) - 1) + [frame_ms * 3]
    frames[0].save(buf, format="GIF", save_all=True, append_images=frames[1:], duration=durations, loop=0, disposal=1)
    return buf.getvalue()


def briefing_mp4(events: gpd.GeoDataFrame, *, step: str = "week", fps: float = 1.5, **options) -> bytes:
    """An H.264 MP4 of the same frames, through the ffmpeg binary of ``imageio-ffmpeg`` (offline)."""
    import imageio_ffmpeg

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "briefing.mp4"
        writer = None
        for f in animation_frames(events, step=step, **options):
            if writer is None:
                writer = imageio_ffmpeg.write_frames(str(path), (f.shape[1], f.shape[0]), fps=fps, codec="libx264", pix_fmt_in="rgb24",
                                                     pix_fmt_out="yuv420p", macro_block_size=16, ffmpeg_log_level="error")
                writer.send(None)
            writer.send(np.ascontiguousarray(f).tobytes())
        if writer is None:
            raise ValueError("no events to animate: the view holds no dated events")
        writer.close()
        return path.read_bytes()
