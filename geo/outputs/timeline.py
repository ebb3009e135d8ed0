"""The timeline drawn under the map: events per day, week or month, stacked by side in the map's
side colours (a Vega-Lite chart built with altair; the dashboard only places it)."""

from __future__ import annotations

import altair as alt
import pandas as pd

from ..model import SIDE_COLOURS

__all__ = ["timeline_chart", "campaign_chart"]


def timeline_chart(data: pd.DataFrame, freq: str, *, height: int = 180) -> alt.Chart:
    """A stacked bar chart of :func:`geo.view.timeline_frame`'s ``data`` (period, side, events).

    >>> from geo.view import timeline_frame
    >>> from geo.model import curated_records, to_frame
    >>> chart = timeline_chart(*timeline_frame(to_frame(curated_records()), freq="day"))
    >>> chart.to_dict()["mark"]["type"], chart.to_dict()["encoding"]["x"]["title"]
    ('bar', 'events per day')
    """
    colours = alt.Scale(domain=list(SIDE_COLOURS), range=list(SIDE_COLOURS.values()))
    return alt.Chart(data).mark_bar().encode(
        x=alt.X("period:T", title=f"events per {freq}"), y=alt.Y("events:Q", title="events", stack=True),
        color=alt.Color("side:N", scale=colours, legend=alt.Legend(orient="bottom", title=None)),
        tooltip=[alt.Tooltip("period:T", title=freq), "side:N", "events:Q"],
    ).properties(height=height)


def campaign_chart(progress: pd.DataFrame, *, height: int = 150) -> alt.LayerChart:
    """The coded attacks summed over the campaign (a line) against the Pentagon's running total
    (points, each with its source in the tooltip): :func:`geo.view.campaign_progress`'s frame.

    >>> from datetime import date
    >>> from geo.model import campaign_figures, curated_records, to_frame
    >>> from geo.view import campaign_progress
    >>> frame, _ = campaign_progress(to_frame(curated_records()), campaign_figures(), until=date(2024, 2, 5))
    >>> sorted(m["mark"]["type"] for m in campaign_chart(frame).to_dict()["layer"])
    ['line', 'point']
    """
    colours = alt.Scale(domain=["coded here", "Pentagon's count"], range=["#0072B2", "#1a1a1a"])
    base = alt.Chart(progress).encode(x=alt.X("date:T", title=None), y=alt.Y("attacks:Q", title="attacks since 17 Oct 2023"),
                                      color=alt.Color("series:N", scale=colours, legend=alt.Legend(orient="bottom", title=None)))
    line = base.transform_filter(alt.datum.series == "coded here").mark_line(interpolate="step-after")
    points = base.transform_filter(alt.datum.series == "Pentagon's count").mark_point(filled=True, size=45).encode(
        tooltip=[alt.Tooltip("date:T", title="as of"), alt.Tooltip("attacks:Q", title="attacks"), alt.Tooltip("source:N", title="source")])
    return alt.layer(line, points).properties(height=height)
